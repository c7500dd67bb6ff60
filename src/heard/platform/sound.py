"""The soft chime at the end of a pause cue.

On Linux the chime goes straight to PulseAudio (or PipeWire's PulseAudio server) through
libpulse-simple (heard.platform.pulse_sound): QtMultimedia would cost about 20 MB for it.
Elsewhere, or without libpulse-simple, QSoundEffect plays it; QtMultimedia is imported only
when the chime is first prepared. Either way, no sound server or device means "no sound
available" (`unavailable`, once) and the app carries on in silence.
"""

from __future__ import annotations

import contextlib
import logging
import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QUrl, Signal

if TYPE_CHECKING:
    from PySide6.QtMultimedia import QSoundEffect

    from heard.platform.pulse_sound import PulsePlayer

log = logging.getLogger(__name__)

CHIME = "sounds/chime.wav"


class ChimePlayer(QObject):
    """Plays the chime when it can. `unavailable` fires once, with a plain reason."""

    unavailable = Signal(str)
    _pulse_failed = Signal(str)  # from a chime thread; delivered on the GUI thread

    def __init__(self, parent: QObject | None = None, *, enabled: bool = True, volume: float = 0.5):
        super().__init__(parent)
        self._enabled = enabled
        self._volume = volume
        self._effect: QSoundEffect | None = None
        self._pulse: PulsePlayer | None = None
        self._pulse_failed.connect(self._on_pulse_failed)
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
        if self._effect is not None or self._pulse is not None:
            return
        if self._failed or not self._enabled or self._prepare_pulse():
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
        if self._pulse is not None:
            self._pulse.play(self._volume)
        elif self._effect is not None and self._effect.status() == self._effect.Status.Ready:
            self._effect.play()

    def _prepare_pulse(self) -> bool:
        """Use PulseAudio directly when libpulse-simple is there (Linux). False otherwise."""
        from heard.platform.pulse_sound import (
            Pcm,
            PulsePlayer,
            PulseUnavailableError,
            load_library,
            server_socket,
        )

        if sys.platform.startswith("linux") and server_socket() is None:
            log.info("no PulseAudio or PipeWire sound server socket; the chime is off")
            self._fail(self._no_device())
            return True
        try:
            lib = load_library()
        except PulseUnavailableError as exc:
            log.info("chime through QtMultimedia: %s", exc)
            return False
        import heard.resources

        pcm = Pcm.from_wav(heard.resources.read_bytes(CHIME))
        self._pulse = PulsePlayer(lib, pcm, self._report_pulse_failure)
        self._pulse.check()  # a missing sound server is known before the first cue ends
        return True

    def _report_pulse_failure(self, reason: str) -> None:
        with contextlib.suppress(RuntimeError):  # the app is closing: nobody to tell
            self._pulse_failed.emit(reason)

    def _on_pulse_failed(self, reason: str) -> None:
        log.info("no sound server: %s", reason)
        self._fail(self._no_device())

    def _no_device(self) -> str:
        return self.tr("No sound device was found, so the chime is off. Everything else works.")

    def _on_status_changed(self) -> None:
        effect = self._effect
        if effect is not None and effect.status() == effect.Status.Error:
            self._fail(self._no_device())

    def _fail(self, reason: str) -> None:
        if self._failed:
            return
        self._failed = True
        log.info("chime unavailable: %s", reason)
        self.unavailable.emit(reason)
