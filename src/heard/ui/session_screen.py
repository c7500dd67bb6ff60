"""The session screen two partners glance at from the couch.

It only renders a SessionView and forwards intents as signals; the controller owns the timer,
the state machine and every decision. render() is cheap: texts and colours are touched only
when they change; while the session's state stays the same (heard.ui.shown), a new second,
percentage or ring step touches only the time, the talk share or the ring.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, Signal, SignalInstance
from PySide6.QtGui import QKeyEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QHBoxLayout,
    QLayout,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from heard.core.model import Partner, Phase
from heard.core.view import SessionView
from heard.ui import session_texts as texts
from heard.ui.i18n import QT_TRANSLATE_NOOP
from heard.ui.session_aids import SessionAids
from heard.ui.shown import ShownKey, shown_key
from heard.ui.theme import Theme, current_theme, session_stylesheet, ui_font
from heard.ui.widgets.cue_panel import CuePanel
from heard.ui.widgets.cue_ring import seconds_left
from heard.ui.widgets.ears import EarsIndicator, HoldSilenceCue
from heard.ui.widgets.floor_indicator import FloorIndicator
from heard.ui.widgets.labels import make_label, set_style_flag, set_text
from heard.ui.widgets.layout_fence import LayoutFence
from heard.ui.widgets.paused_panel import PausedPanel
from heard.ui.widgets.talk_share_bar import TalkShareBar
from heard.ui.widgets.time_display import TimeDisplay

log = logging.getLogger(__name__)

PASS_TEXT = QT_TRANSLATE_NOOP("SessionScreen", "I'm done — pass the floor (Space)")
PAUSE_TEXT = QT_TRANSLATE_NOOP("SessionScreen", "Pause (P)")
RESUME_TEXT = QT_TRANSLATE_NOOP("SessionScreen", "Resume (P)")
JUMPED_TEXT = QT_TRANSLATE_NOOP("SessionScreen", "I jumped in (I)")
END_TEXT = QT_TRANSLATE_NOOP("SessionScreen", "End (Esc)")
"""Untranslated button texts (the tests compare the English); shown through self.tr()."""
FLOOR_PAGE, CUE_PAGE, PAUSED_PAGE = 0, 1, 2
DESIGN_HEIGHT, DESIGN_WIDTH = 800, 1200
MIN_WIDTH, MIN_HEIGHT = 760, 520


class SessionScreen(QWidget):
    pass_requested = Signal()
    pause_requested = Signal()
    end_requested = Signal()
    jumped_in_reported = Signal()
    listening_toggled = Signal()  # L, or a click on the microphone mark

    def __init__(self, parent: QWidget | None = None, *, theme: Theme | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("session_screen")
        self.setAccessibleName(self.tr("Session"))
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._names = {Partner.A: self.tr("Partner A"), Partner.B: self.tr("Partner B")}
        self._view: SessionView | None = None
        self._shown: ShownKey | None = None  # the last fully drawn view, as shown_key() sees it
        self._unit = 0.0
        self._end_dialog: QMessageBox | None = None
        self.setMinimumSize(MIN_WIDTH, MIN_HEIGHT)
        self._build()
        self.set_theme(theme or current_theme())
        self._apply_scale(1.0)

    # ----- public API -------------------------------------------------------------------
    def set_names(self, name_a: str, name_b: str) -> None:
        self._names = {Partner.A: name_a, Partner.B: name_b}
        if self._view is not None:
            view, self._view = self._view, None
            self.render(view)

    def set_theme(self, theme: Theme) -> None:
        self._theme = theme
        self.setStyleSheet(session_stylesheet(theme))
        for widget in (self.floor, self.cue, self.paused, self.talk_share, self.aids):
            widget.set_theme(theme)
        self.time_display.set_theme(theme)
        self.ears_indicator.set_theme(theme)
        self.hold_cue.set_theme(theme)

    def render(self, view: SessionView) -> None:  # type: ignore[override]  # the contract's name
        shown = shown_key(view)
        previous, self._view = self._view, view
        if (
            previous is not None
            and self._shown is not None
            and shown.still == self._shown.still
            and view.phase in (Phase.SPEAKING, Phase.PAUSE_CUE, Phase.REFLECTING)
        ):
            self._render_moving(view, shown)  # only numbers moved: their widgets alone
            return
        self._shown = shown
        phase = view.phase
        self.time_display.set_remaining_ms(view.remaining_ms)
        set_text(self.time_caption, texts.time_caption(view))
        set_text(self.turn_label, texts.turn_text(view))
        set_text(self.status_announcement, texts.status_text(view, self._name))
        self.talk_share.set_share(self._names[Partner.A], self._names[Partner.B], view.talk_share_a)
        self.ears_indicator.set_on(view.listening)
        if view.speaker is not None:
            self.hold_cue.set_speaker(self._name(view.speaker))
        self.hold_cue.set_showing(view.hold_silence)
        if phase is Phase.PAUSE_CUE and view.next_speaker is not None:
            self.cue.set_cue(
                self._name(view.next_speaker), view.cue_progress, view.cue_remaining_ms
            )
            self._show_page(CUE_PAGE)
        elif phase is Phase.PAUSED:
            self.paused.set_context(texts.paused_context(view, self._name))
            self._show_page(PAUSED_PAGE)
        else:
            self._render_floor(view)
            self._show_page(FLOOR_PAGE)
        self._render_buttons(phase)
        self.aids.render(view)
        if phase is Phase.FINISHED and self._end_dialog is not None:
            self._end_dialog.close()

    def show_cue_frame(self, progress: float, seconds: int, remaining_ms: int) -> None:
        """A frame of the pause cue (the controller's `cue_frame`): only the ring and the time
        move. `seconds`: the ring's number; `remaining_ms`: the session's time left."""
        if self._view is not None and self._view.phase is Phase.PAUSE_CUE:
            self.cue.ring.set_state(progress, seconds)
            self.time_display.set_remaining_ms(remaining_ms)

    def _render_moving(self, view: SessionView, shown: ShownKey) -> None:
        """Within one state of the session: a new second, percentage or ring step."""
        assert self._shown is not None
        seconds, _, share = shown.moving
        before_seconds, _, before_share = self._shown.moving
        self._shown = shown
        if seconds != before_seconds:
            self.time_display.set_remaining_ms(view.remaining_ms)
        if share != before_share:
            self.talk_share.set_share(
                self._names[Partner.A], self._names[Partner.B], view.talk_share_a
            )
        if view.phase is Phase.PAUSE_CUE:
            self.cue.ring.set_state(view.cue_progress, seconds_left(view.cue_remaining_ms))

    def set_pause_reason(self, text: str) -> None:
        """Why the session paused itself (e.g. "Paused while the computer slept"), shown as
        the paused page's title; an empty text restores the plain "Paused"."""
        set_text(self.paused.paused_title, text or self.tr("Paused"))

    @property
    def end_dialog(self) -> QMessageBox | None:
        """The end confirmation while it is open (for the controller and tests)."""
        dialog = self._end_dialog
        return dialog if dialog is not None and dialog.isVisible() else None

    # ----- building ---------------------------------------------------------------------
    def _build(self) -> None:
        self.aids = SessionAids(self, self._name)  # B, R, D, W, C, G, N, ? and their pages
        self.status_announcement = make_label("status_announcement", wrap=False)
        self.status_announcement.setAccessibleDescription(
            self.tr("Session status, updated as it changes")
        )
        self.turn_label = make_label(
            "turn_label",
            wrap=False,
            align=Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
        )
        top = QHBoxLayout()
        top.addWidget(self.status_announcement, 1)
        top.addWidget(self.turn_label)
        self.ears_indicator = EarsIndicator(self)
        self.ears_indicator.clicked.connect(self.listening_toggled.emit)
        top.addWidget(self.ears_indicator)

        self.time_display = TimeDisplay(self)
        self.time_caption = make_label(
            "time_caption", wrap=False, align=Qt.AlignmentFlag.AlignCenter
        )
        self.floor, self.cue, self.paused = FloorIndicator(), CuePanel(), PausedPanel()
        self.hold_cue = HoldSilenceCue()  # on the listener's card, above its closing stretch
        listener = self.floor.listener_card.layout()
        assert isinstance(listener, QVBoxLayout)
        listener.insertWidget(listener.count() - 1, self.hold_cue)
        self.pages = QStackedWidget(self)
        for page in (self.floor, self.cue, self.paused):
            self.pages.addWidget(page)
        self.aids.add_pages(self.pages, self.floor.speaker_hint)
        self.talk_share = TalkShareBar(self)

        self.pass_button = self._button("pass_button", self.tr(PASS_TEXT), self.pass_requested)
        self.pass_button.setAccessibleName(self.tr("I'm done, pass the floor"))
        self.pass_button.setAccessibleDescription(
            self.tr(
                "Say you have finished speaking. A short pause follows, then your partner has the "
                "floor. Key: Space."
            )
        )
        self.pause_button = self._button("pause_button", self.tr(PAUSE_TEXT), self.pause_requested)
        self.pause_button.setAccessibleName(self.tr("Pause or resume"))
        self.pause_button.setAccessibleDescription(
            self.tr("Stop the clock for a moment, or carry on after a pause. Key: P.")
        )
        self.jumped_button = self._button(
            "jumped_button", self.tr(JUMPED_TEXT), self.jumped_in_reported
        )
        self.jumped_button.setAccessibleName(self.tr("I jumped in"))
        self.jumped_button.setAccessibleDescription(
            self.tr(
                "Note, without blame, that the listener answered before the pause was over. Key: I."
            )
        )
        self.end_button = self._button("end_button", self.tr(END_TEXT), None)
        self.end_button.clicked.connect(self._on_end_clicked)
        self.end_button.setAccessibleName(self.tr("End the session"))
        self.end_button.setAccessibleDescription(
            self.tr("Asks you to confirm before ending. Key: Escape.")
        )
        self._buttons = QHBoxLayout()
        self._buttons.addWidget(self.pass_button, 5)
        for button in (self.pause_button, self.jumped_button, self.end_button):
            self._buttons.addWidget(button, 2)

        self._root = QVBoxLayout(self)
        # The screen's minimum size is fixed below, so text changes never resize the window.
        self._root.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self._root.addLayout(top)
        self._root.addWidget(self.aids.guidance)
        clock = QVBoxLayout()
        clock.setSpacing(0)
        # Fenced: a new second, a new page or new words repaint, but lay nothing else out.
        self._time_fence = LayoutFence(self.time_display, self, follow_height=True)
        clock.addWidget(self._time_fence)
        clock.addWidget(self.time_caption)
        self._root.addLayout(clock)
        self._root.addWidget(LayoutFence(self.pages, self), 1)
        self._root.addWidget(self.talk_share)
        self._root.addWidget(self.aids.bar)
        self._root.addLayout(self._buttons)
        self._keys: dict[int, QAbstractButton] = {
            Qt.Key.Key_Space: self.pass_button,
            Qt.Key.Key_P: self.pause_button,
            Qt.Key.Key_I: self.jumped_button,
            Qt.Key.Key_Escape: self.end_button,
            Qt.Key.Key_L: self.ears_indicator,
        }

    def _button(self, name: str, text: str, signal: SignalInstance | None) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAutoDefault(False)
        # Tab reaches every button, but a click does not steal focus from the screen's keys.
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        if signal is not None:
            button.clicked.connect(signal.emit)
        return button

    # ----- rendering helpers ------------------------------------------------------------
    def _name(self, partner: Partner) -> str:
        return self._names[partner]

    def _render_floor(self, view: SessionView) -> None:
        if view.speaker is not None:
            speaker = view.speaker
            self.floor.set_floor(
                speaker, self._name(speaker), self._name(speaker.other), view.wants
            )
        elif view.phase is Phase.FINISHED:
            self.floor.set_neutral(self.tr("Time's up. Thank you both for listening."))
        else:
            self.floor.set_neutral(self.tr("Ready when you are."))

    def _show_page(self, index: int) -> None:
        if self.pages.currentIndex() != index:
            self.pages.setCurrentIndex(index)

    def _render_buttons(self, phase: Phase) -> None:
        self.time_display.set_quiet(phase in (Phase.PAUSE_CUE, Phase.PAUSED))
        set_style_flag(self.pass_button, "primary", phase is Phase.SPEAKING)
        set_style_flag(self.pause_button, "primary", phase is Phase.PAUSED)
        self.pass_button.setEnabled(phase is Phase.SPEAKING)
        self.pause_button.setEnabled(phase not in (Phase.READY, Phase.FINISHED))
        set_text(self.pause_button, self.tr(RESUME_TEXT if phase is Phase.PAUSED else PAUSE_TEXT))
        self.jumped_button.setEnabled(phase in (Phase.SPEAKING, Phase.PAUSE_CUE))
        self.end_button.setEnabled(phase is not Phase.FINISHED)

    # ----- keys and the end confirmation ------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.aids.handle_key(event):
            event.accept()
            return
        button = self._keys.get(event.key())
        plain = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier == Qt.KeyboardModifier(0)
        if button is None or not plain:
            super().keyPressEvent(event)
            return
        event.accept()
        if event.isAutoRepeat():
            return  # a held key acts once
        if button.isEnabled():
            button.click()

    def _on_end_clicked(self) -> None:
        if self.end_dialog is not None:
            return
        dialog = self._end_dialog or self._make_end_dialog()
        dialog.open()

    def _make_end_dialog(self) -> QMessageBox:
        dialog = QMessageBox(self)
        dialog.setObjectName("end_dialog")
        dialog.setWindowTitle(self.tr("End the session?"))
        dialog.setText(self.tr("End the session now?"))
        dialog.setInformativeText(self.tr("You'll go on to a short check-in together."))
        confirm = dialog.addButton(
            self.tr("End session (Enter)"), QMessageBox.ButtonRole.AcceptRole
        )
        keep = dialog.addButton(self.tr("Keep talking (Esc)"), QMessageBox.ButtonRole.RejectRole)
        confirm.setObjectName("confirm_end_button")
        keep.setObjectName("keep_talking_button")
        dialog.setDefaultButton(confirm)
        dialog.setEscapeButton(keep)
        dialog.buttonClicked.connect(self._on_end_dialog_clicked)
        self._end_dialog = dialog
        return dialog

    def _on_end_dialog_clicked(self, button: QAbstractButton) -> None:
        if button.objectName() == "confirm_end_button":
            log.info("Ending the session was confirmed")
            self.end_requested.emit()

    # ----- sizing -----------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        size = event.size()
        unit = min(size.height() / DESIGN_HEIGHT, size.width() / DESIGN_WIDTH)
        self._apply_scale(round(max(0.5, unit), 2))

    def refresh_text_size(self) -> None:
        """Size the text again: the desktop's font size or the large-text setting changed."""
        unit, self._unit = self._unit or 1.0, 0.0
        self._apply_scale(unit)

    def _apply_scale(self, unit: float) -> None:
        if unit == self._unit:
            return
        self._unit = unit
        margin = round(32 * unit)
        self._root.setContentsMargins(margin, round(20 * unit), margin, round(28 * unit))
        self._root.setSpacing(round(14 * unit))
        self._buttons.setSpacing(round(14 * unit))
        self.status_announcement.setFont(ui_font(round(20 * unit)))
        self.turn_label.setFont(ui_font(round(20 * unit)))
        self.time_display.set_pixel_size(max(48, round(150 * unit)))
        self._time_fence.refit()  # the digits' new height, before the layout runs again
        self.time_caption.setFont(ui_font(round(20 * unit)))
        for widget in (self.floor, self.cue, self.paused, self.talk_share, self.aids):
            widget.set_scale(unit)
        self.ears_indicator.set_scale(unit)
        self.hold_cue.set_scale(unit)
        for button in (self.pass_button, self.pause_button, self.jumped_button, self.end_button):
            button.setFont(ui_font(round(21 * unit), bold=True))
            button.setMinimumHeight(round(68 * unit))
