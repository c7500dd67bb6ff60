"""The main screens, built with demo data, for tests that go over all of them (German
words, keyboard order, accessible names). Each builder takes a scratch folder."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QWidget

from heard.core.checklist import load_checklist
from heard.core.events import Turn
from heard.core.model import EndReason, Partner, Phase, Wants
from heard.core.summary import SessionSummary
from heard.core.view import SessionView
from heard.platform.settings import Settings
from heard.storage.db import Database
from heard.storage.demo_data import generate
from heard.storage.keyring_store import KeyringStore
from heard.storage.repository import SessionRepository
from heard.ui.i18n import content_locale

SPEAKING = SessionView(
    phase=Phase.SPEAKING, speaker=Partner.A, next_speaker=None, paused_in=None,
    planned_ms=1_200_000, elapsed_ms=446_000, remaining_ms=754_000, cue_ms=3000,
    cue_remaining_ms=0, turn_seq=3, turn_elapsed_ms=95_000, wants=Wants.LISTEN,
    talk_a_ms=236_000, talk_b_ms=193_000, turns_a=2, turns_b=1,
)  # fmt: skip
CUE = replace(SPEAKING, phase=Phase.PAUSE_CUE, speaker=None, next_speaker=Partner.B,
              cue_remaining_ms=1800)  # fmt: skip
PAUSED = replace(SPEAKING, phase=Phase.PAUSED, paused_in=Phase.SPEAKING)


def setup_screen(_tmp: Path) -> QWidget:
    from heard.ui.setup_screen import SetupScreen

    screen = SetupScreen()
    screen.set_names("Sam", "Alex")
    return screen


def session_screen(view: SessionView) -> Callable[[Path], QWidget]:
    def build(_tmp: Path) -> QWidget:
        from heard.ui.session_screen import SessionScreen

        screen = SessionScreen()
        screen.set_names("Sam", "Alex")
        screen.resize(1280, 800)
        screen.render(view)
        return screen

    return build


def summary_screen(_tmp: Path) -> QWidget:
    from heard.ui.summary_screen import SummaryScreen

    turns = [
        Turn(1, Partner.A, 0, 300_000, Wants.LISTEN, True),
        Turn(2, Partner.B, 303_000, 500_000, Wants.IDEAS, False),
    ]
    screen = SummaryScreen()
    summary = SessionSummary.from_turns(
        turns, elapsed_ms=600_000, planned_ms=1_200_000, reason=EndReason.ENDED_EARLY
    )
    screen.show_summary(summary, "Sam", "Alex")
    return screen


def checkin_screen(_tmp: Path) -> QWidget:
    from heard.ui.checkin_screen import CheckInScreen

    screen = CheckInScreen(load_checklist(content_locale()))
    screen.begin("Sam", "Alex")
    return screen


def checklist_screen(_tmp: Path) -> QWidget:
    from heard.ui.checklist_screen import ChecklistScreen
    from heard.ui.note_editor import NoteEditor

    editor = NoteEditor(KeyringStore(), scrypt_cost_log2=10)
    screen = ChecklistScreen(load_checklist(content_locale()), editor)
    screen.begin("8d0e7a1c-2222-4333-8444-955566667777")
    return screen


def history_screen(tmp: Path) -> QWidget:
    from heard.core.clock import FakeClock
    from heard.ui.history.history_screen import HistoryScreen

    db = Database.open(tmp / f"heard-{QLocale().name()}.db")
    generate(db, sessions=40, until=date(2026, 3, 20))
    screen = HistoryScreen(
        db,
        SessionRepository(db, FakeClock()),
        today=lambda: date(2026, 3, 20),
        content=load_checklist(content_locale()),
    )
    screen.destroyed.connect(db.close)
    screen.resize(1280, 800)
    screen.refresh()
    screen.tabs.setCurrentIndex(1)
    return screen


def settings_dialog(tmp: Path) -> QWidget:
    from heard.ui.settings_dialog import SettingsDialog

    return SettingsDialog(Settings(tmp / "settings.ini"), tmp / "data")


SCREENS: dict[str, Callable[[Path], QWidget]] = {
    "setup": setup_screen,
    "session speaking": session_screen(SPEAKING),
    "session pause cue": session_screen(CUE),
    "session paused": session_screen(PAUSED),
    "summary": summary_screen,
    "check-in": checkin_screen,
    "checklist": checklist_screen,
    "history": history_screen,
    "settings": settings_dialog,
}


def intro_dialog(_tmp: Path) -> QWidget:
    from heard.ui.intro import IntroDialog

    return IntroDialog()


def keys_dialog(_tmp: Path) -> QWidget:
    from heard.ui.help_menu import KeysDialog

    return KeysDialog()


def listening_ears_intro(_tmp: Path) -> QWidget:
    from heard.ui.ears_dialog import ListeningEarsIntro

    return ListeningEarsIntro()


def readiness_dialog(_tmp: Path) -> QWidget:
    from datetime import UTC, datetime

    from heard.ui.readiness_dialog import ReadinessDialog

    return ReadinessDialog(20, datetime(2026, 3, 20, 17, 0, tzinfo=UTC), UTC)


DIALOGS: dict[str, Callable[[Path], QWidget]] = {
    "intro": intro_dialog,
    "keys": keys_dialog,
    "listening ears intro": listening_ears_intro,
    "readiness check": readiness_dialog,
}
