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
check = sys.modules["PySide6.support.feature"]._mod_uses_pyside
modules = sys.modules
print(json.dumps({
    "cached": sorted(name for name in linecache.cache
                     if ("heard" in name or "csv" in name) and "source_cache" not in name),
    "theme": check(modules["heard.ui.theme"]), "summary": check(modules["heard.core.summary"]),
    "csv": check(modules["csv"]), "builtin": check(modules["sys"]),
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
    # The same answers: whether a module uses PySide (and so may switch its features).
    for result in (plain, patched):
        assert (result["theme"], result["summary"], result["csv"]) == (True, False, False)
        assert result["builtin"] is False
