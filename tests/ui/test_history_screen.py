"""History with known sessions: the plotted numbers, range changes, the empty state, the
table, the details view, PNG export, keyboard and accessible names."""

from __future__ import annotations

import math
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDateEdit,
    QLineEdit,
    QTableView,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from heard.core.checklist import load_checklist
from heard.core.model import EventKind
from heard.core.periods import DateRange, Grouping, RangePreset
from heard.storage.db import Database
from heard.ui.history.chart_data import local_midnight
from heard.ui.history.history_screen import HistoryScreen
from history_data import Spec, add_all, repository

TODAY = date(2026, 3, 18)  # a Wednesday
MON = date(2026, 3, 2)
NOTE = "We want more walks."


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    with Database.open(tmp_path / "heard.db") as database:
        yield database


@pytest.fixture
def sessions(db: Database) -> list[int]:
    ids = add_all(
        db,
        [
            Spec(MON, 20, [("a", 60, True), ("b", 30, False), ("a", 10, None)], felt=(4, 2)),
            Spec(MON + timedelta(days=2), 10, [("b", 90, True)], felt=(5, None)),
            Spec(MON + timedelta(days=3), 30, phones_away=False, felt=(3, 4)),
            Spec(MON + timedelta(days=8), 15, [("a", 20, True), ("b", 20, True)]),
            Spec(
                MON + timedelta(days=15),
                20,
                [("a", 40, True), ("b", 20, None)],
                felt=(5, 5),
                checklist={"repair.acknowledge": True, "self.interrupted": False},
                events=[(EventKind.DISTRACTION, 5000, ""), (EventKind.PAUSE, 9000, "")],
            ),
        ],
    )
    repo, _ = repository(db)
    repo.set_notes_ciphertext(ids[-1], NOTE.encode())  # the test opener just decodes
    return ids


def make(qtbot: QtBot, db: Database, **kw: object) -> HistoryScreen:
    repo, _ = repository(db)
    kw.setdefault("note_opener", lambda blob, uuid: blob.decode())
    screen = HistoryScreen(db, repo, today=lambda: TODAY, content=load_checklist(), **kw)  # type: ignore[arg-type]
    qtbot.addWidget(screen)
    screen.resize(1280, 800)
    with qtbot.waitSignal(screen.refreshed):
        screen.show()
    return screen


def weekly(qtbot: QtBot, db: Database) -> HistoryScreen:
    screen = make(qtbot, db)
    screen.picker.set_grouping(Grouping.WEEK)
    with qtbot.waitSignal(screen.refreshed):
        screen.picker.set_custom(DateRange(MON, TODAY))
    return screen


def same(actual: object, expected: list[float]) -> bool:
    values = [float(v) for v in actual]  # type: ignore[attr-defined]
    return len(values) == len(expected) and all(
        (math.isnan(a) and math.isnan(b)) or a == pytest.approx(b)
        for a, b in zip(values, expected, strict=True)
    )


# --------------------------------------------------------------------------- charts


def test_charts_plot_the_weekly_numbers(qtbot: QtBot, db: Database, sessions: list[int]) -> None:
    screen = weekly(qtbot, db)
    charts = screen.charts
    assert charts is not None
    weeks = [MON, MON + timedelta(days=7), MON + timedelta(days=14)]
    middles = [(local_midnight(w) + local_midnight(w + timedelta(days=7))) / 2 for w in weeks]
    assert same(charts.minute_bars.opts["x"], middles)
    assert same(charts.minute_bars.opts["height"], [30.0, 15.0, 20.0])  # phones away only
    assert charts.minutes.title.text() == "Phone-free minutes per week"
    assert same(charts.cue_points.getData()[1], [200 / 3, 100.0, 100.0])
    nan = math.nan
    assert same(charts.felt_a_points.getData()[1], [4.0, nan, 5.0])
    assert same(charts.felt_b_points.getData()[1], [3.0, nan, 5.0])
    assert same(charts.felt_a.getData()[1], [4.5, 4.5, 4.5])  # moving average of 5 weeks
    # one bar per session: up for Ann (A), down for Bob (B); the even one and the silent
    # one draw nothing
    assert same(charts.talk_bars_a.opts["height"], [20.0, 100 * (40 / 60 - 0.5)])
    assert same(charts.talk_bars_b.opts["height"], [50.0])
    assert same(charts.talk_bars_b.opts["y0"], [-50.0])
    assert charts.talk.title.text() == "Who talked more, session by session"
    assert charts.minutes.summary.text() == (
        "1 h 05 min phone-free in this range; 22 min a week on average."
    )
    assert charts.talk.plot.accessibleDescription() == charts.talk.summary.text()


def test_headline_cards(qtbot: QtBot, db: Database, sessions: list[int]) -> None:
    screen = weekly(qtbot, db)
    cards = screen.cards
    assert cards.streak.value.text() == "3 weeks in a row"
    assert cards.streak.detail.text() == "Best: 3 weeks"
    assert (cards.week.value.text(), cards.week.detail.text()) == ("1 session", "20 min phone-free")
    assert cards.month.value.text() == "1 h 05 min phone-free"
    assert cards.month.detail.text() == "5 sessions"
    assert cards.total.detail.text() == "5 sessions, 02 Mar 2026 to 18 Mar 2026"


def test_range_and_grouping_changes_redraw(qtbot: QtBot, db: Database, sessions: list[int]) -> None:
    screen = make(qtbot, db, preset=RangePreset.LAST_YEAR)
    charts = screen.charts
    assert charts is not None
    assert screen.picker.grouping is Grouping.WEEK  # a year, grouped to fit
    with qtbot.waitSignal(screen.refreshed):
        screen.picker.set_preset(RangePreset.LAST_30_DAYS)
    assert screen.picker.grouping is Grouping.DAY
    assert len(charts.minute_bars.opts["height"]) == 30
    assert sum(charts.minute_bars.opts["height"]) == pytest.approx(65.0)
    with qtbot.waitSignal(screen.refreshed):
        screen.picker.set_grouping(Grouping.MONTH)
    assert same(charts.minute_bars.opts["height"], [0.0, 65.0])  # February, March
    with qtbot.waitSignal(screen.refreshed):
        screen.picker.set_custom(DateRange(MON + timedelta(days=7), MON + timedelta(days=9)))
    assert screen.table.proxy.rowCount() == 1
    assert screen.tabs.tabText(1) == "Sessions (1)"
    assert same(charts.minute_bars.opts["height"], [15.0])


def test_a_range_without_sessions_offers_everything(
    qtbot: QtBot, db: Database, sessions: list[int]
) -> None:
    screen = make(qtbot, db)
    with qtbot.waitSignal(screen.refreshed):
        screen.picker.set_custom(DateRange(date(2020, 1, 1), date(2020, 2, 1)))
    assert screen.chart_stack.currentWidget() is screen.range_empty
    assert not screen.save_png.isEnabled()
    with qtbot.waitSignal(screen.refreshed):
        qtbot.mouseClick(screen.range_empty.button, Qt.MouseButton.LeftButton)
    assert screen.picker.current_preset is RangePreset.EVERYTHING
    assert screen.chart_stack.currentWidget() is screen.charts


def test_a_young_history_opens_on_everything(
    qtbot: QtBot, db: Database, sessions: list[int]
) -> None:
    screen = make(qtbot, db)
    assert screen.picker.current_preset is RangePreset.EVERYTHING
    assert screen.picker.span == DateRange(MON, TODAY)


# --------------------------------------------------------------------------- empty


def test_empty_history_invites_a_first_session(qtbot: QtBot, db: Database) -> None:
    screen = make(qtbot, db)
    assert screen.body.currentWidget() is screen.empty
    assert screen.charts is None  # no axes were built
    assert not screen.export_button.isEnabled()
    assert not screen.save_png.isEnabled()
    assert screen.empty.button.text() == "Start your first session"
    with qtbot.waitSignal(screen.start_requested):
        qtbot.mouseClick(screen.empty.button, Qt.MouseButton.LeftButton)


# --------------------------------------------------------------------------- table


def test_table_sorts_and_filters(qtbot: QtBot, db: Database, sessions: list[int]) -> None:
    screen = weekly(qtbot, db)
    table, proxy = screen.table, screen.table.proxy
    assert proxy.rowCount() == 5
    assert proxy.index(0, 0).data().startswith("Tue 17 Mar 2026")  # newest first
    table.sortByColumn(1, Qt.SortOrder.AscendingOrder)  # minutes
    assert [proxy.index(r, 1).data() for r in range(5)] == ["10", "15", "20", "20", "30"]
    table.sortByColumn(5, Qt.SortOrder.DescendingOrder)  # pauses honoured, ties newest first
    assert [proxy.index(r, 5).data() for r in range(5)] == [
        "100% of 1", "100% of 2", "100% of 1", "50% of 2", "—",
    ]  # fmt: skip
    qtbot.keyClicks(screen.filter, "locked")
    assert proxy.rowCount() == 1
    screen.filter.clear()
    qtbot.keyClicks(screen.filter, "THU 05 mar")  # any order, any case
    assert proxy.rowCount() == 1
    assert proxy.index(0, 1).data() == "30"
    assert table.model().headerData(6, Qt.Orientation.Horizontal) == "Felt heard (Ann / Bob)"


def test_enter_on_a_row_opens_its_details(qtbot: QtBot, db: Database, sessions: list[int]) -> None:
    screen = weekly(qtbot, db)
    screen.tabs.setCurrentIndex(1)
    table = screen.table
    table.setFocus()
    table.setCurrentIndex(table.proxy.index(0, 0))
    with qtbot.waitSignal(table.session_opened) as blocker:
        qtbot.keyClick(table, Qt.Key.Key_Return)
    assert blocker.args == [sessions[-1]]
    assert screen.details is not None and screen.details.record.id == sessions[-1]
    screen.details.close()


# --------------------------------------------------------------------------- details


def test_details_show_turns_events_answers_and_the_note_on_demand(
    qtbot: QtBot, db: Database, sessions: list[int]
) -> None:
    screen = weekly(qtbot, db)
    dialog = screen.open_details(sessions[-1])
    qtbot.addWidget(dialog)
    timeline = dialog.timeline
    assert [(t.speaker.value, t.start_ms, t.end_ms) for t in timeline.turns] == [
        ("a", 0, 40_000), ("b", 43_000, 63_000),
    ]  # fmt: skip
    assert timeline.describe() == "Ann 1 turn, 0:40; Bob 1 turn, 0:20; 1 of 1 pauses honoured."
    assert dialog.events_label.text() == "0:05  got distracted\n0:09  paused"
    assert dialog.checkin_label.text() == "Ann: Fully heard (5 of 5)\nBob: Fully heard (5 of 5)"
    assert dialog.checklist_label.text() == (
        "Repair:\n  ✓  I said what I did, without excuses\nSelf-check:\n  –  I interrupted"
    )
    assert NOTE not in dialog.note_text.toPlainText()  # locked until asked
    assert dialog.note_text.isHidden()
    qtbot.mouseClick(dialog.show_note, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.note_text.toPlainText() == NOTE)
    assert not dialog.note_text.isHidden()
    dialog.close()


def test_a_note_that_cannot_be_opened_says_why(
    qtbot: QtBot, db: Database, sessions: list[int]
) -> None:
    from heard.errors import NoteKeyMissingError

    def refuse(blob: bytes, uuid: str) -> str:
        raise NoteKeyMissingError()

    screen = make(qtbot, db, note_opener=refuse)
    dialog = screen.open_details(sessions[-1])
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.show_note, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "no longer in your keyring" in dialog.note_status.text())
    assert dialog.show_note.isEnabled()  # try again later
    assert dialog.note_text.isHidden()
    other = screen.open_details(sessions[0])
    qtbot.addWidget(other)
    assert other.note_status.text() == "No note was written."
    assert other.show_note.isHidden()


# --------------------------------------------------------------------------- PNG


def test_save_charts_as_png(
    qtbot: QtBot, db: Database, sessions: list[int], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QFileDialog

    screen = weekly(qtbot, db)
    target = tmp_path / "charts"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    qtbot.mouseClick(screen.save_png, Qt.MouseButton.LeftButton)
    saved = tmp_path / "charts.png"
    image = QImage(str(saved))
    assert not image.isNull()
    assert image.width() > 600 and image.height() > 300
    colours = {
        image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)
    }
    assert len(colours) > 10  # drawn charts, not a blank rectangle
    assert screen.status.text() == f"Saved the charts to {saved}."


# --------------------------------------------------------------------------- a11y


def controls(root: QWidget) -> list[QWidget]:
    kinds = (QAbstractButton, QComboBox, QLineEdit, QDateEdit, QTableView, QTabWidget)
    return [
        w
        for w in root.findChildren(QWidget)
        if isinstance(w, kinds)
        and w.isVisibleTo(root)
        and not isinstance(w.parent(), QAbstractSpinBox | QComboBox)  # their inner line edit
    ]


def test_every_control_is_named_and_reachable_by_tab(
    qtbot: QtBot, db: Database, sessions: list[int]
) -> None:
    screen = weekly(qtbot, db)
    screen.tabs.setCurrentIndex(1)
    found = controls(screen)
    assert len(found) >= 10
    chain, widget = [], screen.nextInFocusChain()
    while widget is not screen and len(chain) < 500:
        chain.append(widget)
        widget = widget.nextInFocusChain()
    for control in found:
        if isinstance(control, QAbstractButton) and control.parent().inherits("QTabBar"):
            continue  # the tab bar's scroll buttons
        assert control.accessibleName(), control.objectName() or control
        assert control.accessibleDescription(), control.objectName() or control
        assert control.focusPolicy() & Qt.FocusPolicy.TabFocus, control.objectName()
        assert control in chain, control.objectName()
    dialog = screen.open_details(sessions[-1])
    qtbot.addWidget(dialog)
    for control in controls(dialog):
        assert control.accessibleName() and control.accessibleDescription(), control
    dialog.close()


def test_checklist_answers_follow_the_content_groups() -> None:
    from heard.ui.history.details_dialog import checklist_text

    content = load_checklist()
    answers = {"self.elsewhere": True, "gone.item": False, "repair.learn": True}
    assert checklist_text(answers, content) == (
        "Repair:\n  ✓  I know one thing I will do differently next time\n"
        "Self-check:\n  ✓  My mind was somewhere else\n"
        "Other:\n  –  gone.item"
    )
    assert checklist_text({"x": True}, None) == "  ✓  x"
    assert checklist_text({}, content) == ""


def test_escape_goes_back(qtbot: QtBot, db: Database) -> None:
    screen = make(qtbot, db)
    screen.activateWindow()
    screen.empty.button.setFocus()
    with qtbot.waitSignal(screen.back_requested):
        qtbot.keyClick(screen.empty.button, Qt.Key.Key_Escape)
