"""Listening ears wired into the app: the setting, its switches, and each session's ears.

- The switches: a check box on the start screen, L or a click on the microphone mark during
  a session, and the settings dialog. The first time the ears are turned on, the
  explanation is shown and the couple says yes or not now; turning them off takes one key
  or click and never asks.
- Each session: when the setting is on, a ListeningEars starts with the session and stops
  with it. When they cannot run, the couple is told once, in the window's notice line, and
  the session carries on without them.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog

from heard.core.clock import Clock
from heard.ui.flow import SessionFlow
from heard.ui.i18n import QT_TRANSLATE_NOOP, fill, translate

if TYPE_CHECKING:
    from heard.ui.ears_dialog import ListeningEarsIntro
    from heard.ui.listening_ears import AudioSource, ListeningEars
    from heard.ui.session_controller import SessionController
    from heard.ui.session_screen import (
        SessionScreen,  # the ears, the microphone and the explanation load when first turned on
    )

log = logging.getLogger(__name__)


def _microphone(clock: Clock, parent: QObject) -> AudioSource:
    from heard.platform.audio_source import MicAudioSource

    return MicAudioSource(clock, parent)


NOTICE_KEY = "listening_ears"
NOTICE = QT_TRANSLATE_NOOP("EarsWiring", "Listening ears are off: %1. Everything else works.")
"""Untranslated; reported through translate("EarsWiring", NOTICE)."""


class PreferenceStore(Protocol):
    def get(self, key: str) -> Any: ...
    def set(self, key: str, value: Any) -> None: ...


class NoticeBoard(Protocol):
    def report(self, key: str, text: str) -> bool: ...


class SettingsEntry(Protocol):
    def on(self, key: str, handler: Callable[[Any], None]) -> None: ...


class EarsWiring(QObject):
    def __init__(
        self,
        flow: SessionFlow,
        settings: PreferenceStore,
        notices: NoticeBoard,
        clock: Clock,
        *,
        source_factory: Callable[[], AudioSource] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._flow = flow
        self._settings = settings
        self._notices = notices
        self._source_factory = source_factory or (lambda: _microphone(clock, self))
        self.ears: ListeningEars | None = None
        self.intro: ListeningEarsIntro | None = None
        self._after_intro: Callable[[bool], None] | None = None
        box = flow.setup.listening_ears
        box.blockSignals(True)
        box.setChecked(self.wanted)
        box.blockSignals(False)
        box.toggled.connect(self._on_setup_toggled)
        self._controller: SessionController | None = None
        """The running session's, while there is one."""
        flow.session_started.connect(self._on_session_started)
        flow.session_finished.connect(self._on_session_finished)
        flow.with_session_screen(self._on_session_screen_built)

    def _on_session_screen_built(self, screen: SessionScreen) -> None:
        screen.listening_toggled.connect(self._on_screen_toggled)

    @property
    def wanted(self) -> bool:
        return bool(self._settings.get("listening_ears"))

    def on_preference_changed(self, value: object) -> None:
        """The settings dialog changed `listening_ears`."""
        if bool(value):
            self._turn_on()
        else:
            self._turn_off()

    # ------------------------------------------------------------------ switches
    def _on_setup_toggled(self, checked: bool) -> None:
        if checked:
            self._turn_on()
        else:
            self._turn_off()

    def _on_screen_toggled(self) -> None:
        if self.ears is not None and self.ears.running:
            self._turn_off()
        else:
            self._turn_on()

    def _turn_on(self) -> None:
        """Ask first if they have never seen what the ears do; then remember and start."""
        if bool(self._settings.get("listening_ears_explained")):
            self._set_wanted(True)
            return
        self._show_intro(self._on_intro_answered)

    def _on_intro_answered(self, yes: bool) -> None:
        if yes:
            self._settings.set("listening_ears_explained", True)
        self._set_wanted(yes)

    def _turn_off(self) -> None:
        self._set_wanted(False)

    def _set_wanted(self, on: bool) -> None:
        self._settings.set("listening_ears", on)
        box = self._flow.setup.listening_ears
        if box.isChecked() != on:
            box.blockSignals(True)
            box.setChecked(on)
            box.blockSignals(False)
        if self.ears is None and on and self._controller is not None:
            self._make_ears(self._controller)  # turned on during a session
        if self.ears is None:
            return
        if on:
            self.ears.start()
        else:
            self.ears.stop()

    def _show_intro(self, answered: Callable[[bool], None]) -> None:
        if self.intro is not None and self.intro.isVisible():
            return
        from heard.ui.ears_dialog import ListeningEarsIntro

        self.intro = ListeningEarsIntro(self._flow.window)
        self._after_intro = answered
        self.intro.finished.connect(self._on_intro_finished)
        self.intro.open()

    def _on_intro_finished(self, result: int) -> None:
        answered, self._after_intro = self._after_intro, None
        if self.intro is not None:
            self.intro.deleteLater()
            self.intro = None
        if answered is not None:
            answered(result == QDialog.DialogCode.Accepted)

    # ------------------------------------------------------------------ sessions
    def _on_session_started(self, controller: SessionController) -> None:
        self._controller = controller
        if self.ears is not None:
            self.ears.stop()
            self.ears.deleteLater()
            self.ears = None
        if self.wanted:  # otherwise built if they are turned on during the session
            self._make_ears(controller).start()

    def _on_session_finished(self, _summary: object) -> None:
        self._controller = None
        if self.ears is not None:  # a switch between sessions only changes the setting
            self.ears.stop()
            self.ears.deleteLater()
            self.ears = None

    def _make_ears(self, controller: SessionController) -> ListeningEars:
        from heard.ui.listening_ears import ListeningEars  # the VAD and microphone parts

        self.ears = ListeningEars(
            controller,
            self._source_factory,
            aggressiveness=int(self._settings.get("vad_aggressiveness")),
            hold_silence_ms=int(self._settings.get("hold_silence_ms")),
            parent=self,
        )
        self.ears.unavailable.connect(self._on_unavailable)
        return self.ears

    def _on_unavailable(self, reason: str) -> None:
        log.info("listening ears unavailable: %s", reason)
        self._notices.report(NOTICE_KEY, fill(translate("EarsWiring", NOTICE), reason))


def wire_listening_ears(
    flow: SessionFlow,
    settings: PreferenceStore,
    notices: NoticeBoard,
    clock: Clock,
    settings_entry: SettingsEntry | None = None,
) -> EarsWiring:
    wiring = EarsWiring(flow, settings, notices, clock, parent=flow)
    if settings_entry is not None:
        settings_entry.on("listening_ears", wiring.on_preference_changed)
    return wiring
