"""PySide's per-import source check no longer leaves every module's source in linecache
(heard.platform.source_cache), and still answers the same."""

from __future__ import annotations

import json
import subprocess
import sys

CHILD = """
import json, linecache, sys
import PySide6.QtWidgets
from heard.platform.source_cache import read_sources_uncached
patched = sys.argv[1] == "patched"
if patched:
    assert read_sources_uncached()
    assert read_sources_uncached()  # twice is harmless
import heard.ui.theme, heard.core.summary, csv  # imported after PySide: checked by it
feature = sys.modules["PySide6.support.feature"]
flags = feature.pyside_feature_dict
print(json.dumps({
    "cached": sorted(name for name in linecache.cache
                     if ("heard" in name or "csv" in name) and "source_cache" not in name),
    "theme": flags.get("heard.ui.theme"), "summary": flags.get("heard.core.summary"),
    "csv": flags.get("csv"),
}))
"""


def run(mode: str) -> dict[str, object]:
    done = subprocess.run(
        [sys.executable, "-c", CHILD, mode], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr[-2000:]
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def test_pyside_checks_modules_without_keeping_their_source() -> None:
    plain, patched = run("plain"), run("patched")
    assert plain["cached"], "the check can fail: unpatched, PySide leaves the sources cached"
    assert patched["cached"] == []
    # The same answers: a module that uses PySide may switch features (0), others not (-1).
    for result in (plain, patched):
        assert (result["theme"], result["summary"], result["csv"]) == (0, -1, -1)
