"""Ritual and 'later' reminders while Heard runs, and the tray that lets them arrive while
the window is closed.

- A single-shot timer (`reminder-check`) is aimed at the next reminder, and never sleeps
  longer than CHECK_EVERY_MS, so a wall clock moved past a reminder brings it within a
  minute. At start, whatever came due while Heard was closed is shown once, as one banner.
- Never during a session: a reminder that comes due then waits until the session is over.
- A due reminder shows the banner in the window, and a desktop notification when there is a
  tray; without one, the window asks for attention instead.
- "Start …" on the banner (or a click on the notification) opens the start screen with the
  reminder's template chosen: the couple then confirms that the phones are away, and starts.
- With rituals scheduled and a tray available, closing the window keeps Heard in the tray
  (it says so once); "Quit Heard" in the tray menu quits.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication

from heard.core.clock import Clock
from heard.platform.tray import Tray
from heard.storage.reminder_book import DueItem, ReminderBook
from heard.ui.flow import SessionFlow
from heard.ui.i18n import QT_TRANSLATE_NOOP, fill
from heard.ui.main_window import MainWindow
from heard.ui.reminder_banner import LATER_MINUTES, ReminderBanner, when_text

log = logging.getLogger(__name__)

CHECK_EVERY_MS = 60_000
TRAY_HINT = QT_TRANSLATE_NOOP(
    "ReminderCenter",
    "Heard is still here, in the tray, so your ritual reminders can reach you. "
    "Quit it from the tray icon's menu.",
)
"""Untranslated; shown through self.tr()."""


class ReminderCenter(QObject):
    delivered = Signal(object)  # the DueItems just shown (list)

    def __init__(
        self,
        book: ReminderBook,
        clock: Clock,
        window: MainWindow,
        flow: SessionFlow,
        *,
        name_of: Callable[[str], str],
        length_of: Callable[[str], int],
        tray: Tray | None = None,
        tray_hint: tuple[Callable[[], bool], Callable[[], None]] | None = None,
        stay_in_tray: Callable[[], bool] = lambda: False,
    ) -> None:
        """`tray_hint`: (was the 'still in the tray' hint shown?, remember it was);
        `stay_in_tray`: the 'start in the tray' setting."""
        super().__init__(window)
        self.book, self._clock, self.window, self.flow = book, clock, window, flow
        self._name_of, self._length_of = name_of, length_of
        self.tray = tray
        self._tray_hint = tray_hint
        self._stay_in_tray = stay_in_tray
        self._waiting: list[DueItem] = []
        self._quitting = False
        self.check_every_ms = CHECK_EVERY_MS
        """The longest the reminder clock sleeps (a moved wall clock is seen within it)."""
        # Laid over the top of the window's screens (it never pushes their layout about).
        self.banner = ReminderBanner(window)
        self.banner.hide()
        self.banner.start_clicked.connect(self._on_start)
        self.banner.later_clicked.connect(self._on_later)
        self.banner.closed.connect(self.banner.hide)
        self.timer = QTimer(self)
        self.timer.setObjectName("reminder-check")
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self._on_timer)
        flow.session_started.connect(self._on_session_started)
        flow.session_finished.connect(self._on_session_finished)
        if tray is not None:
            tray.open_requested.connect(self.bring_forward)
            tray.message_clicked.connect(self._on_message_clicked)
            tray.quit_requested.connect(self._on_quit_requested)
        window.installEventFilter(self)  # a closed (hidden, not minimized) window

    # ----- the clock ------------------------------------------------------------------------
    def start(self) -> None:
        """Show what came due while Heard was closed, then wait for the next reminder."""
        self.check_now()
        self.update_tray()

    def stop(self) -> None:
        self.timer.stop()

    def schedule_changed(self) -> None:
        """Rituals or reminders were added or removed."""
        self.check_now()
        self.update_tray()

    def check_now(self) -> None:
        items = self.book.take_due()
        if items:
            self._deliver(items)
        self._arm()

    def _arm(self) -> None:
        nxt = self.book.next_time()
        wait = self.check_every_ms
        if nxt is not None:
            ms = (nxt - self._clock.wall_utc()).total_seconds() * 1000
            wait = max(0, min(self.check_every_ms, round(ms) + 50))
        self.timer.start(wait)

    def _on_timer(self) -> None:
        self.check_now()

    # ----- showing --------------------------------------------------------------------------
    def _deliver(self, items: list[DueItem]) -> None:
        controller = self.flow.controller
        if controller is not None and controller.running:
            log.info("a reminder waits until the session is over")
            self._waiting.extend(items)
            return
        now = self._clock.wall_utc()
        tz = self.book.store.local_tz
        self.banner.show_due(items, self._name_of, now, tz)
        self._show_banner()
        live = [item for item in items if not item.missed]
        if live:
            title = fill(self.tr("Time for your %1"), self._name_of(live[-1].template_id))
            shown = self.tray is not None and self.tray.notify(title, self.banner.text.text())
            if not shown:
                QApplication.alert(self.window)
        self.delivered.emit(items)

    def remember_later(self, template_id: str, minutes: int, at: datetime) -> None:
        """A one-off reminder chosen in the readiness check ('Pick a time later')."""
        self.book.store.add_reminder(template_id, minutes, at)
        now = self._clock.wall_utc()
        when = when_text(at, now, self.book.store.local_tz)
        self.banner.show_info(
            fill(self.tr("We'll remind you at %1: %2."), when, self._name_of(template_id))
        )
        self._show_banner()
        self._arm()

    # ----- answers ----------------------------------------------------------------------------
    @property
    def banner_shown(self) -> bool:
        return self.banner.isVisible()

    def _show_banner(self) -> None:
        self._place_banner()
        self.banner.show()
        self.banner.raise_()

    def _place_banner(self) -> None:
        central = self.window.centralWidget()
        area = central.geometry() if central is not None else self.window.rect()
        margin = 12
        height = self.banner.sizeHint().height()
        self.banner.setGeometry(
            area.left() + margin, area.top() + margin, area.width() - 2 * margin, height
        )

    def _on_start(self, item: DueItem) -> None:
        self.banner.hide()
        self.open_start_screen(item.template_id, item.minutes)

    def open_start_screen(self, template_id: str, minutes: int | None = None) -> None:
        """One click from a reminder: the start screen, with the reminder's template."""
        setup = self.flow.setup
        setup.templates.select(template_id)
        if minutes is not None:
            setup.set_minutes(minutes)
        controller = self.flow.controller
        if controller is None or not controller.running:
            self.window.show_screen(setup)
        self.bring_forward()
        setup.phones.setFocus()

    def _on_later(self, item: DueItem) -> None:
        self.book.remind_later(item, LATER_MINUTES, self._length_of(item.template_id))
        self._arm()

    def _on_message_clicked(self) -> None:
        items = self.banner.items
        if items:
            self._on_start(items[-1])
        else:
            self.bring_forward()

    def bring_forward(self) -> None:
        window = self.window
        if window.isMinimized():
            window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
        window.show()
        window.raise_()
        window.activateWindow()

    def _on_session_started(self, _controller: object) -> None:
        self.banner.hide()

    def _on_session_finished(self, _summary: object) -> None:
        if self._waiting:
            waiting, self._waiting = self._waiting, []
            QTimer.singleShot(0, lambda: self._deliver(waiting))

    # ----- the tray -----------------------------------------------------------------------------
    @property
    def keeps_running(self) -> bool:
        """True when closing the window leaves Heard in the tray."""
        wanted = bool(self.book.store.rituals()) or self._stay_in_tray()
        return self.tray is not None and self.tray.available and wanted

    def update_tray(self) -> None:
        app = QApplication.instance()
        keep = self.keeps_running
        if self.tray is not None:
            if keep:
                self.tray.show()
            else:
                self.tray.hide()
        if isinstance(app, QApplication):
            app.setQuitOnLastWindowClosed(not keep)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Resize:
            self._place_banner()
        hidden = watched is self.window and event.type() == QEvent.Type.Hide
        if hidden and not self.window.isMinimized():
            self._on_window_closed()
        return False

    def _on_window_closed(self) -> None:
        if self._quitting:
            QApplication.quit()
            return
        if not self.keeps_running or self._tray_hint is None or self.tray is None:
            return
        shown, remember = self._tray_hint
        if not shown():
            self.tray.notify("Heard", self.tr(TRAY_HINT))
            remember()

    def _on_quit_requested(self) -> None:
        log.info("quit from the tray")
        self._quitting = True  # a running session asks first; the quit follows its answer
        if self.window.close() or not self.window.isVisible():
            QApplication.quit()
