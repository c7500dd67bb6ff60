"""Export and import from History's buttons: exact round trip, notes only when asked, bad
files named and nothing written; and History opened from the start screen."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from heard.storage.db import Database
from heard.storage.exchange import ExportFormat, export_document
from heard.storage.note_cipher import KeyringNoteCipher
from heard.ui.history.history_screen import HistoryScreen
from heard.ui.main_window import MainWindow
from heard.ui.setup_screen import SetupScreen
from history_data import Spec, add_all, repository

TODAY = date(2026, 3, 18)
NOW = datetime(2026, 3, 18, tzinfo=UTC)


@pytest.fixture
def source(tmp_path: Path) -> Iterator[Database]:
    with Database.open(tmp_path / "source.db") as db:
        ids = add_all(
            db,
            [
                Spec(date(2026, 3, 2), 20, [("a", 60, True), ("b", 30, False)], felt=(4, 2)),
                Spec(date(2026, 3, 4), 10, [("b", 90, True)], checklist={"repair.learn": True}),
            ],
        )
        repo, _ = repository(db)
        uuid = repo.get_session(ids[0]).uuid
        repo.set_notes_ciphertext(ids[0], KeyringNoteCipher().seal_note("kept private", uuid))
        yield db


@pytest.fixture
def target(tmp_path: Path) -> Iterator[Database]:
    with Database.open(tmp_path / "target.db") as db:
        yield db


def screen_for(qtbot: QtBot, db: Database) -> HistoryScreen:
    repo, _ = repository(db)
    screen = HistoryScreen(db, repo, today=lambda: TODAY)
    qtbot.addWidget(screen)
    with qtbot.waitSignal(screen.refreshed):
        screen.show()
    return screen


def without_time(document: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in document.items() if k != "exported_at"}


@pytest.mark.parametrize("with_notes", [False, True])
def test_ui_export_then_import_is_exact(
    qtbot: QtBot, source: Database, target: Database, tmp_path: Path, with_notes: bool
) -> None:
    out = screen_for(qtbot, source)
    path = tmp_path / "history.json"
    out.exchange.ask_export_path = lambda: (path, ExportFormat.JSON)
    out.exchange.ask_include_notes = lambda: with_notes
    assert out.has_notes
    with qtbot.waitSignal(out.exchange.reported, timeout=5000) as report:
        qtbot.mouseClick(out.export_button, Qt.MouseButton.LeftButton)
    # The key is fetched off the GUI thread first; the file is written off it too.
    first = "Waiting for your keyring…" if with_notes else "Saving the history…"
    assert report.args == [first]
    qtbot.waitUntil(lambda: out.status.text().startswith("Saved 2 session(s)"), timeout=5000)
    assert out.status.text().startswith(f"Saved 2 session(s) to {path}")
    assert out.export_button.isEnabled() and not out.exchange.busy
    written = json.loads(path.read_text(encoding="utf-8"))
    assert ("kept private" in json.dumps(written)) is with_notes

    into = screen_for(qtbot, target)
    assert into.body.currentWidget() is into.empty
    into.exchange.ask_import_path = lambda: path
    into.exchange.ask_import_notes = lambda: True
    with qtbot.waitSignal(into.refreshed, timeout=5000):
        qtbot.mouseClick(into.import_button, Qt.MouseButton.LeftButton)
    assert into.status.text() == "Imported 2 session(s)."
    assert into.body.currentWidget() is not into.empty  # the charts appear at once
    assert into.table.proxy.rowCount() == 2
    cipher = KeyringNoteCipher() if with_notes else None
    assert without_time(export_document(target, NOW, cipher)) == without_time(written)

    with qtbot.waitSignal(into.refreshed, timeout=5000):
        qtbot.mouseClick(into.import_button, Qt.MouseButton.LeftButton)
    assert into.status.text() == "Imported 0 session(s), 2 were already here."


def test_a_bad_file_is_named_and_nothing_changes(
    qtbot: QtBot, source: Database, tmp_path: Path
) -> None:
    screen = screen_for(qtbot, source)
    bad = tmp_path / "bad.json"
    document = export_document(source, NOW)
    document["sessions"][1]["felt_heard_b"] = 9
    bad.write_text(json.dumps(document), encoding="utf-8")
    before = export_document(source, NOW)
    screen.exchange.ask_import_path = lambda: bad
    qtbot.mouseClick(screen.import_button, Qt.MouseButton.LeftButton)
    expected = "Nothing was imported. sessions[1].felt_heard_b: must be from 1 to 5, not 9"
    qtbot.waitUntil(lambda: screen.status.text() == expected, timeout=5000)
    assert export_document(source, NOW) == before


def test_cancelled_dialogs_do_nothing(qtbot: QtBot, source: Database) -> None:
    screen = screen_for(qtbot, source)
    screen.exchange.ask_export_path = lambda: None
    screen.exchange.ask_import_path = lambda: None
    with qtbot.assertNotEmitted(screen.exchange.reported):
        qtbot.mouseClick(screen.export_button, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(screen.import_button, Qt.MouseButton.LeftButton)


def test_history_opens_from_the_start_screen_and_goes_back(qtbot: QtBot, source: Database) -> None:
    from heard.ui.history.entry import HistoryEntry

    window = MainWindow()
    qtbot.addWidget(window)
    setup = SetupScreen()
    window.add_screen(setup)
    window.show_screen(setup)
    repo, _ = repository(source)
    entry = HistoryEntry(window, source, repo, setup, today=lambda: TODAY)
    setup.history_requested.connect(entry.open)
    window.show()
    with qtbot.waitSignal(entry.opened):
        qtbot.mouseClick(setup.history_button, Qt.MouseButton.LeftButton)
    screen = entry.screen
    assert screen is not None and window.current_screen() is screen
    assert window.windowTitle().endswith("history")
    qtbot.mouseClick(screen.back, Qt.MouseButton.LeftButton)
    assert window.current_screen() is setup
    assert entry.open() is screen  # built once


def test_pyqtgraph_loads_only_when_history_draws(tmp_path: Path) -> None:
    """A fresh interpreter: the app's wiring and an empty History import no pyqtgraph."""
    script = textwrap.dedent(
        f"""
        import sys
        from datetime import date
        from pathlib import Path
        from PySide6.QtWidgets import QApplication
        from heard.core.clock import SystemClock
        from heard.storage.db import Database
        from heard.storage.demo_data import generate
        from heard.storage.repository import SessionRepository
        from heard.ui.history.entry import HistoryEntry
        from heard.ui.main_window import MainWindow
        from heard.ui.setup_screen import SetupScreen

        app = QApplication([])
        db = Database.open(Path({str(tmp_path / "lazy.db")!r}))
        window = MainWindow()
        setup = SetupScreen()
        window.add_screen(setup)
        entry = HistoryEntry(window, db, SessionRepository(db, SystemClock()), setup)
        window.show()
        app.processEvents()
        assert "pyqtgraph" not in sys.modules, "imported at start-up"
        screen = entry.open()
        app.processEvents()
        assert screen.body.currentWidget() is screen.empty
        assert "pyqtgraph" not in sys.modules, "imported for an empty history"
        generate(db, sessions=20, until=date.today())
        screen.refresh()
        assert "pyqtgraph" in sys.modules and screen.charts is not None
        print("ok")
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"


def test_details_lead_to_the_answer_editor_and_back(qtbot: QtBot, source: Database) -> None:
    from heard.core.model import Partner
    from heard.ui.history.entry import HistoryEntry
    from heard.ui.post_session_editor import PostSessionDialog

    window = MainWindow()
    qtbot.addWidget(window)
    setup = SetupScreen()
    window.add_screen(setup)
    repo, _ = repository(source)
    entry = HistoryEntry(window, source, repo, setup, today=lambda: TODAY)
    window.show()
    screen = entry.open()
    first = screen.table.source.session_at(1)  # oldest: felt heard 4 and 2
    details = screen.open_details(first.id)
    assert not details.edit_button.isHidden()
    qtbot.mouseClick(details.edit_button, Qt.MouseButton.LeftButton)
    editor = screen.editor_dialog
    assert isinstance(editor, PostSessionDialog)
    assert editor.editor.scales[Partner.A].value() == 4
    editor.editor.scales[Partner.A].set_value(1)
    with qtbot.waitSignal(screen.refreshed):
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert screen.details is not None and screen.details is not details
    assert screen.details.checkin_label.text().startswith("Ann: Not heard (1 of 5)")
    assert screen.charts is not None
    assert 1.0 in list(screen.charts.felt_a_points.getData()[1])
    screen.details.close()


def test_files_and_the_database_are_worked_off_the_gui_thread(
    qtbot: QtBot, source: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Ten years take a second or more: the window must not freeze (DESIGN.md), and one
    file at a time: Export and Import wait while one is written."""
    import threading

    from heard.ui.history import exchange_actions

    seen: list[str] = []
    real = exchange_actions.export_history
    gate = threading.Event()

    def slow_export(*args: Any) -> int:
        seen.append(threading.current_thread().name)
        gate.wait(10)
        return real(*args)

    monkeypatch.setattr(exchange_actions, "export_history", slow_export)
    screen = screen_for(qtbot, source)
    path = tmp_path / "history.csv"
    screen.exchange.ask_export_path = lambda: (path, ExportFormat.CSV)
    screen.exchange.ask_include_notes = lambda: False
    qtbot.mouseClick(screen.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(seen))
    assert seen[0].startswith("heard-bg-") and seen[0] != threading.main_thread().name
    assert not screen.export_button.isEnabled() and not screen.import_button.isEnabled()
    gate.set()
    qtbot.waitUntil(lambda: screen.status.text().startswith("Saved 2 session(s)"), timeout=5000)
    assert screen.export_button.isEnabled() and screen.import_button.isEnabled()
    assert path.read_text(encoding="utf-8").count("\n") == 3  # header and two sessions
