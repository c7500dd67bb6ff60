"""The soft chime at the end of a pause cue.

QtMultimedia is imported only when the chime is first prepared (it costs start-up time and
needs libpulse). Without an audio device QSoundEffect reports an Error status: that means
"no sound available" and the app carries on in silence.
"""

from __future__ import annotations

import contextlib
import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QUrl, Signal

if TYPE_CHECKING:
    from PySide6.QtMultimedia import QSoundEffect

log = logging.getLogger(__name__)

CHIME = "sounds/chime.wav"


class ChimePlayer(QObject):
    """Plays the chime when it can. `unavailable` fires once, with a plain reason."""

    unavailable = Signal(str)

    def __init__(self, parent: QObject | None = None, *, enabled: bool = True, volume: float = 0.5):
        super().__init__(parent)
        self._enabled = enabled
        self._volume = volume
        self._effect: QSoundEffect | None = None
        self._failed = False
        self._file_ctx: contextlib.ExitStack | None = None

    @property
    def available(self) -> bool:
        return not self._failed

    def set_enabled(self, enabled: bool) -> None:
        self._enabled = enabled

    def set_volume(self, volume: float) -> None:
        """0.0 to 1.0; applies to the next chime."""
        self._volume = min(1.0, max(0.0, volume))
        if self._effect is not None:
            self._effect.setVolume(self._volume)

    def prepare(self) -> None:
        """Load the sound ahead of time (call after the window is shown)."""
        if self._effect is not None or self._failed or not self._enabled:
            return
        try:
            from PySide6.QtMultimedia import QSoundEffect

            import heard.resources
        except ImportError as exc:  # libpulse0 missing, or no QtMultimedia
            self._fail(self.tr("Sound is unavailable (%1).").replace("%1", str(exc)))
            return
        self._file_ctx = contextlib.ExitStack()
        path = self._file_ctx.enter_context(heard.resources.as_file(CHIME))
        effect = QSoundEffect(self)
        effect.setObjectName("chime")
        effect.statusChanged.connect(self._on_status_changed)
        effect.setSource(QUrl.fromLocalFile(str(path)))
        effect.setVolume(self._volume)
        self._effect = effect

    def play(self) -> None:
        if not self._enabled or self._failed:
            return
        self.prepare()
        if self._effect is not None and self._effect.status() == self._effect.Status.Ready:
            self._effect.play()

    def _on_status_changed(self) -> None:
        effect = self._effect
        if effect is not None and effect.status() == effect.Status.Error:
            self._fail(
                self.tr("No sound device was found, so the chime is off. Everything else works.")
            )

    def _fail(self, reason: str) -> None:
        if self._failed:
            return
        self._failed = True
        log.info("chime unavailable: %s", reason)
        self.unavailable.emit(reason)
