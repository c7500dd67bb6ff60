"""The presence aids on the session screen, one key away and never in the way.

SessionScreen owns one SessionAids. It adds: the template's guidance line, a quiet row of
aid buttons with a word of feedback, the breathing page for a break (B), the reflection
page (G / N), the prompt cards (C) over the listener's side, and the key list (? or F1).
Keys B, R, D, W, C, G, N, ? and F1 are handled here; the screen keeps Space, P, I and Esc.
Like the screen, it only renders SessionViews and sends intents: `attach(controller)`
connects those intents to a running session's controller.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QEvent, QLocale, QObject, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QStackedWidget, QWidget

from heard.core.model import EventKind, Partner, Phase, ReflectionAnswer, Wants
from heard.core.view import SessionView
from heard.ui import session_texts as texts
from heard.ui.i18n import QT_TRANSLATE_NOOP, fill
from heard.ui.session_keys import action_for
from heard.ui.theme import Theme, ui_font
from heard.ui.widgets.aids_bar import AidsBar
from heard.ui.widgets.break_panel import BreakPanel
from heard.ui.widgets.labels import make_label, set_text
from heard.ui.widgets.reflection_panel import ReflectionPanel

if TYPE_CHECKING:  # the overlays, and the prompts, load when first shown
    from heard.core.prompts import Deck
    from heard.ui.key_help import KeyHelp
    from heard.ui.prompt_cards import PromptCards
    from heard.ui.session_controller import SessionController

log = logging.getLogger(__name__)

FEEDBACK_MS = 6000
SPEAKER_HINT = QT_TRANSLATE_NOOP("SessionAids", "Take your time. Press Space when you're done.")
WRAP_UP_HINT = QT_TRANSLATE_NOOP(
    "SessionAids", "Time to start wrapping up. Finish your thought, no rush."
)
"""Untranslated (the tests compare the English); shown through self.tr()."""
RUNNING = (Phase.SPEAKING, Phase.PAUSE_CUE, Phase.REFLECTING)
OWN_KEYS = ("break", "start_over", "distracted", "wants", "cards", "help", "got_it", "not_quite")
NameOf = Callable[[Partner], str]
_Overlay = TypeVar("_Overlay", "PromptCards", "KeyHelp")


class SessionAids(QObject):
    break_requested = Signal()
    start_over_requested = Signal()
    distraction_reported = Signal()
    wants_toggled = Signal()
    reflection_answered = Signal(object)  # ReflectionAnswer

    def __init__(
        self, screen: QWidget, name_of: NameOf, decks: Sequence[Deck] | None = None
    ) -> None:
        super().__init__(screen)
        self._screen = screen
        self._name = name_of
        self._view: SessionView | None = None
        self._pages: QStackedWidget | None = None
        self._speaker_hint: QLabel | None = None
        self._controller: SessionController | None = None
        self.guidance = make_label("template_guidance", align=Qt.AlignmentFlag.AlignCenter)
        self.guidance.setAccessibleName(self.tr("What this session is for"))
        self.guidance.hide()
        self.bar = AidsBar(screen)
        self.break_panel = BreakPanel()
        self.reflection_panel = ReflectionPanel()
        self._decks = decks
        self._cards: PromptCards | None = None  # both built on first use (start-up budget)
        self._key_help: KeyHelp | None = None
        self._cards_heading = self.tr("Prompt cards for the listener")
        self._theme: Theme | None = None
        self._unit = 1.0
        self.feedback_ms = FEEDBACK_MS
        self._feedback_timer = QTimer(self)
        self._feedback_timer.setObjectName("aids-feedback")
        self._feedback_timer.setSingleShot(True)
        self._feedback_timer.timeout.connect(lambda: self.bar.set_feedback(""))
        for action, button in self.bar.buttons.items():
            button.clicked.connect(lambda _checked=False, a=action: self.act(a))
        self.break_panel.back_button.clicked.connect(lambda: self.act("break"))
        self.reflection_panel.got_it_button.clicked.connect(lambda: self.act("got_it"))
        self.reflection_panel.not_quite_button.clicked.connect(lambda: self.act("not_quite"))
        screen.installEventFilter(self)
        self.bar.installEventFilter(self)

    # ----- building (called by the screen) ----------------------------------------------
    def add_pages(self, pages: QStackedWidget, speaker_hint: QLabel) -> None:
        self._pages, self._speaker_hint = pages, speaker_hint
        pages.addWidget(self.break_panel)
        pages.addWidget(self.reflection_panel)
        pages.installEventFilter(self)

    def set_guidance(self, text: str) -> None:
        """The template's line ('Each of you shares one high and one low'), or '' for none."""
        set_text(self.guidance, text)
        self.guidance.setVisible(bool(text))

    def set_theme(self, theme: Theme) -> None:
        self._theme = theme
        self.guidance.setStyleSheet(f"color: {theme.text_muted};")
        for widget in (self.bar, self.break_panel, self.reflection_panel, *self._overlays()):
            widget.set_theme(theme)

    def set_scale(self, unit: float) -> None:
        self._unit = unit
        self.guidance.setFont(ui_font(round(22 * unit)))
        for widget in (self.bar, self.break_panel, self.reflection_panel, *self._overlays()):
            widget.set_scale(unit)
        self._place_overlays()

    # ----- the overlays, built when first wanted --------------------------------------------
    @property
    def cards(self) -> PromptCards:
        if self._cards is None:
            from heard.core.prompts import load_prompts
            from heard.ui.prompt_cards import PromptCards

            decks = self._decks or load_prompts(QLocale().name())
            self._cards = self._dress(PromptCards(decks, self._screen))
            self._cards.heading.setText(self._cards_heading)
        return self._cards

    @property
    def key_help(self) -> KeyHelp:
        if self._key_help is None:
            from heard.ui.key_help import KeyHelp

            self._key_help = self._dress(KeyHelp(self._screen))
        return self._key_help

    def _dress(self, overlay: _Overlay) -> _Overlay:
        if self._theme is not None:
            overlay.set_theme(self._theme)
        overlay.set_scale(self._unit)
        overlay.hide()
        return overlay

    def _overlays(self) -> list[PromptCards | KeyHelp]:
        return [o for o in (self._cards, self._key_help) if o is not None]

    def _hide_overlays(self) -> None:
        for overlay in self._overlays():
            overlay.hide()

    # ----- a running session --------------------------------------------------------------
    def attach(self, controller: SessionController) -> None:
        self.detach()
        self._controller = controller
        self.break_requested.connect(controller.toggle_break)
        self.start_over_requested.connect(controller.start_over)
        self.distraction_reported.connect(controller.report_distraction)
        self.wants_toggled.connect(controller.toggle_wants)
        self.reflection_answered.connect(controller.answer_reflection)

    def detach(self) -> None:
        if self._controller is None:
            return
        for signal in (
            self.break_requested,
            self.start_over_requested,
            self.distraction_reported,
            self.wants_toggled,
            self.reflection_answered,
        ):
            signal.disconnect()
        self._controller = None
        self._feedback_timer.stop()
        self.bar.set_feedback("")
        self._hide_overlays()

    # ----- rendering ----------------------------------------------------------------------
    def render(self, view: SessionView) -> None:
        self._view = view
        phase = view.phase
        pages = self._pages
        if phase is Phase.REFLECTING and view.next_speaker is not None and pages is not None:
            listener = view.next_speaker
            self.reflection_panel.set_names(self._name(listener), self._name(listener.other))
            pages.setCurrentWidget(self.reflection_panel)
        elif phase is Phase.PAUSED and view.pause_kind is EventKind.BREAK and pages is not None:
            self.break_panel.set_context(texts.paused_context(view, self._name))
            pages.setCurrentWidget(self.break_panel)
        if self._speaker_hint is not None and view.speaker is not None:
            set_text(self._speaker_hint, self.tr(WRAP_UP_HINT if view.wrap_up else SPEAKER_HINT))
        self.bar.set_wants(view.wants)
        for action, button in self.bar.buttons.items():
            button.setEnabled(self._allowed(action, view))
        if view.speaker is not None:
            if view.wants is Wants.IDEAS:
                heading = self.tr("%1 has the floor and is open to ideas.")
            else:
                heading = self.tr("%1 has the floor and asks you to just listen.")
            self._cards_heading = fill(heading, self._name(view.speaker))
        elif view.phase is not Phase.FINISHED:
            self._cards_heading = self.tr("Prompt cards for the listener")
        if self._cards is not None:
            set_text(self._cards.heading, self._cards_heading)
        if phase is Phase.FINISHED:
            self._hide_overlays()

    @staticmethod
    def _allowed(action: str, view: SessionView) -> bool:
        phase = view.phase
        if action in ("cards", "help"):
            return phase is not Phase.FINISHED
        if action == "break":
            return phase in RUNNING or phase is Phase.PAUSED
        if action == "distracted":
            return phase in (*RUNNING, Phase.PAUSED)
        if action in ("start_over", "wants"):
            return phase in RUNNING
        return phase is Phase.REFLECTING  # got_it, not_quite

    # ----- keys and actions ---------------------------------------------------------------
    def handle_key(self, event: QKeyEvent) -> bool:
        """Act on an aid key; True when the key was ours (the screen then ignores it)."""
        key = event.key()
        if self._key_help is not None and self._key_help.isVisible():
            self._key_help.hide()
            if key in (Qt.Key.Key_Escape, Qt.Key.Key_Question, Qt.Key.Key_F1):
                return True
        if self._cards is not None and self._cards.isVisible() and self._card_key(key):
            return True
        action = action_for(key)
        mods = event.modifiers() & ~(
            Qt.KeyboardModifier.KeypadModifier | Qt.KeyboardModifier.ShiftModifier
        )
        if action not in OWN_KEYS or mods != Qt.KeyboardModifier(0):
            return False
        if not event.isAutoRepeat():
            self.act(action)
        return True

    def _card_key(self, key: int) -> bool:
        if key in (Qt.Key.Key_Escape, Qt.Key.Key_C):
            self.cards.hide()
        elif key == Qt.Key.Key_Left:
            self.cards.step(-1)
        elif key == Qt.Key.Key_Right:
            self.cards.step(1)
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.cards.scroll_deck(-1 if key == Qt.Key.Key_Up else 1)
        elif Qt.Key.Key_1 <= key < Qt.Key.Key_1 + len(self.cards.decks):
            self.cards.show_deck(key - Qt.Key.Key_1)
        else:
            return False
        return True

    def act(self, action: str) -> None:
        view = self._view
        if view is None or not self._allowed(action, view):
            return
        if action == "cards":
            self._toggle(self.cards)
        elif action == "help":
            self._toggle(self.key_help)
        elif action == "break":
            self.break_requested.emit()
        elif action == "distracted":
            self.distraction_reported.emit()
            if view.speaker:
                text = fill(
                    self.tr("Noted, no harm done. Come back to %1 when you're ready."),
                    self._name(view.speaker),
                )
            else:
                text = self.tr("Noted, no harm done.")
            self.say(text)
        elif action == "start_over":
            speaker = view.speaker or (view.next_speaker.other if view.next_speaker else None)
            self.start_over_requested.emit()
            who = self._name(speaker) if speaker is not None else self.tr("The speaker")
            self.say(fill(self.tr("“Can we try that again?” %1 starts this turn over."), who))
        elif action == "wants":
            self.wants_toggled.emit()
            self._say_wants()
        elif action in ("got_it", "not_quite"):
            answer = ReflectionAnswer.GOT_IT if action == "got_it" else ReflectionAnswer.NOT_QUITE
            self.reflection_answered.emit(answer)

    def _say_wants(self) -> None:
        view = self._view
        who = None if view is None else view.speaker or view.next_speaker
        if view is not None and who is not None:
            if view.wants is Wants.IDEAS:
                text = self.tr("%1 says: ideas are welcome.")
            else:
                text = self.tr("%1 says: please just listen.")
            self.say(fill(text, self._name(who)))

    def say(self, text: str) -> None:
        """A short word of feedback in the aids row, cleared after a few seconds."""
        log.debug("aid feedback: %s", text)
        self.bar.set_feedback(text)
        self._feedback_timer.start(self.feedback_ms)

    def _toggle(self, overlay: QWidget) -> None:
        if overlay.isVisible():
            overlay.hide()
            return
        for other in self._overlays():
            if other is not overlay:
                other.hide()
        self._place_overlays()
        overlay.show()
        overlay.raise_()

    # ----- placing the overlays -------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Move):
            self._place_overlays()
        return False

    def _place_overlays(self) -> None:
        if self._key_help is not None:
            self._key_help.setGeometry(self._screen.rect())
        pages = self._pages
        if pages is None or self._cards is None:
            return
        area = pages.geometry()  # the floor panels, the talk-share bar and the aids row
        bottom = max(area.bottom(), self.bar.geometry().bottom())
        self._cards.setGeometry(QRect(area.left(), area.top(), area.width(), bottom - area.top()))
