"""The start-up path loads no heavy module it does not need (DESIGN.md, Performance).

A fresh `heard` process (subprocess, offscreen, throwaway data folder) notes which heavy
modules are loaded at two moments: when its window first paints, and once the whole
start-up has finished (everything built right after that paint, and the chime preloaded).
pyqtgraph and numpy wait for History; keyring and cryptography for the first note;
QtMultimedia for the chime, whose preload comes only after the window has painted.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

HEAVY = ("pyqtgraph", "numpy", "keyring", "cryptography", "PySide6.QtMultimedia")
NEVER_AT_START = ("pyqtgraph", "numpy", "keyring", "cryptography", "PySide6.QtSvg")
"""QtSvg: the icons are PNGs (scripts/render_icons.py)."""
NOT_UNTIL_A_SESSION = (
    "heard.ui.session_screen",
    "heard.ui.summary_screen",
    "heard.core.session",
    "heard.core.events",
    "heard.storage.recorder",
)
"""Built at the first Start (heard.ui.flow), not at launch: the memory budget."""
if sys.platform.startswith("linux"):  # a Unix socket, not QLocalServer (Windows only)
    NEVER_AT_START += ("PySide6.QtNetwork",)
NOT_BEFORE_PAINT = (
    "PySide6.QtNetwork",  # the single-instance server listens after the first paint
    "PySide6.QtDBus",
    "sqlite3",  # the database opens after the first paint
    "logging.handlers",
    "dataclasses",  # ~2 ms: the records built before the paint are NamedTuples
    "heard.storage.db",
    "heard.ui.flow",
)
"""Not heavy, but each costs milliseconds of a launch budgeted at 1.3x a bare Qt window's."""
QT_NAMESPACE = "PySide6.QtCore.Qt"
"""PySide builds the whole `Qt` namespace (~130 enums, ~16 ms) the first time any Qt.* enum
is touched; the start screen is built without one (heard.ui.theme.system_prefers_dark)."""
SETTLED_AFTER_MS = 2500

# The child runs the real command line in-process. An application-wide event filter sees the
# main window's first Paint event (before its paint, hence before anything deferred to after
# it) and a timer looks again once start-up has settled, then quits.
CHILD = """
import json, os, sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

HEAVY = {heavy!r}
seen = {{}}
app = QApplication(sys.argv[:1])  # run_gui() uses this one

def loaded():
    found = [name for name in HEAVY if name in sys.modules]
    if "Qt" in sys.modules["PySide6.QtCore"].__dict__:
        found.append("PySide6.QtCore.Qt")
    return sorted(found)

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if (event.type() == QEvent.Type.Paint and isinstance(watched, QMainWindow)
                and "first_paint" not in seen):
            seen["first_paint"] = loaded()
        return False

watch = FirstPaint()
app.installEventFilter(watch)

def settled():
    seen["settled"] = loaded()
    print("LAZY " + json.dumps(seen), flush=True)
    app.quit()

QTimer.singleShot({settled_ms}, settled)
for name in filter(None, os.environ.get("LAZY_TEST_INJECT", "").split(",")):
    __import__(name)  # only the self-test of this test sets this
from heard.cli import main
sys.exit(main(["--data-dir", sys.argv[1]]))
"""


def loaded_at_start(data: Path, inject: str = "") -> dict[str, list[str]]:
    watched = (*HEAVY, "PySide6.QtSvg", *NOT_BEFORE_PAINT, *NOT_UNTIL_A_SESSION)
    code = CHILD.format(heavy=watched, settled_ms=SETTLED_AFTER_MS)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "LAZY_TEST_INJECT": inject}
    result = subprocess.run(
        [sys.executable, "-c", code, str(data)],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    lines = [line for line in result.stdout.splitlines() if line.startswith("LAZY ")]
    assert result.returncode == 0 and lines, result.stderr[-3000:]
    seen: dict[str, list[str]] = json.loads(lines[-1].removeprefix("LAZY "))
    assert set(seen) == {"first_paint", "settled"}, seen
    return seen


def test_the_first_paint_comes_before_any_heavy_module(tmp_path: Path) -> None:
    seen = loaded_at_start(tmp_path / "data")
    assert seen["first_paint"] == []
    # Once start-up has settled, only the chime's QtMultimedia may have come (its preload).
    assert not set(seen["settled"]) & set(NEVER_AT_START), seen["settled"]
    assert not set(seen["settled"]) & set(NOT_UNTIL_A_SESSION), seen["settled"]
    # ... and everything deferred until after the paint has been built by then.
    assert {"sqlite3", "heard.ui.flow", QT_NAMESPACE} <= set(seen["settled"]), seen["settled"]


@pytest.mark.parametrize(
    "module", ["numpy", "keyring", "PySide6.QtNetwork", "PySide6.QtSvg", "heard.ui.session_screen"]
)
def test_the_check_sees_a_heavy_module_imported_on_the_start_path(
    tmp_path: Path, module: str
) -> None:
    """The test above can fail: a heavy import on the start path is reported."""
    seen = loaded_at_start(tmp_path / "data", inject=module)
    assert module in seen["first_paint"]
    assert module in seen["settled"]


def test_the_check_sees_the_qt_namespace_built_before_the_paint(tmp_path: Path) -> None:
    """Any module that imports `Qt` at its top, loaded on the start path, is reported."""
    seen = loaded_at_start(tmp_path / "data", inject="heard.ui.key_help")
    assert QT_NAMESPACE in seen["first_paint"]
