"""Privacy: a session with listening ears on writes nothing audio-like anywhere, and no
sample buffer outlives its frame.

A minute of speech and silence (the fixture, looped) goes through the real path: file
source → pipeline → WebRTC VAD → session → SQLite in the data folder, with the app's log
file at DEBUG and the temp folder watched. Afterwards no file in the data folder, the temp
folder or the log folder has grown by anything near the audio's size, none holds any
stretch of the audio's bytes, and every frame buffer the pipeline made is gone.
"""

from __future__ import annotations

import logging
import tempfile
import weakref
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from heard.core.clock import FakeClock
from heard.core.model import SessionConfig
from heard.core.session import Session
from heard.platform.audio_source import FileAudioSource
from heard.platform.ears_pipeline import PcmFrame
from heard.platform.logs import setup_logging
from heard.storage.db import Database
from heard.storage.recorder import SessionRecorder
from heard.storage.repository import SessionRepository
from heard.ui.listening_ears import ListeningEars
from heard.ui.session_controller import SessionController
from vad_fixtures import read_pcm, wav_path

SECONDS = 60
SPEECH = wav_path("speech_pause_speech")


@pytest.fixture
def folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, Path]]:
    made = {name: tmp_path / name for name in ("data", "tmp", "log")}
    for folder in made.values():
        folder.mkdir()
    monkeypatch.setenv("TMPDIR", str(made["tmp"]))
    monkeypatch.setattr(tempfile, "tempdir", str(made["tmp"]))
    logger = logging.getLogger("heard")
    handlers, level = list(logger.handlers), logger.level
    assert setup_logging(logging.DEBUG, folder=made["log"]) is not None
    yield made
    for handler in logger.handlers:
        if handler not in handlers:
            logger.removeHandler(handler)
            handler.close()
    logger.setLevel(level)


def sizes(folders: dict[str, Path]) -> dict[Path, int]:
    return {
        path: path.stat().st_size
        for folder in folders.values()
        for path in folder.rglob("*")
        if path.is_file()
    }


def snippets(pcm: bytes, count: int = 64, length: int = 48) -> list[bytes]:
    """Stretches of the audio with sound in them (not the quiet, which is near-zero)."""
    loud = [
        pcm[at : at + length]
        for at in range(0, len(pcm) - length, len(pcm) // (count * 4))
        if max(pcm[at : at + length : 2]) > 8  # some high bytes: real signal
    ]
    return loud[:count]


def test_listening_writes_no_audio_and_keeps_no_sample_buffer(
    qtbot: QtBot, folders: dict[str, Path]
) -> None:
    clock = FakeClock()
    db = Database.open(folders["data"] / "heard.db")
    repo = SessionRepository(db, clock)
    config = SessionConfig("Sam", "Alex", planned_s=SECONDS * 2)
    sid = repo.create_session(config)
    controller = SessionController(Session(config, clock), SessionRecorder(repo, sid))
    buffers: list[weakref.ref[PcmFrame]] = []
    source = FileAudioSource(SPEECH, clock, realtime=False, loop=True)
    ears = ListeningEars(
        controller, lambda: source, watch=lambda frame: buffers.append(weakref.ref(frame))
    )
    controller.start()
    before = sizes(folders)
    assert ears.start()

    most_alive = 0
    for second in range(SECONDS):
        for _ in range(1000 // 40):
            clock.advance(40)
            source.pump(40)  # 40 ms chunks: frames straddle chunks
            alive = [ref for ref in buffers if ref() is not None]
            most_alive = max(most_alive, len(alive))
        if second % 7 == 6:
            controller.pass_floor()
    ears.stop()
    controller.end()
    db.close()

    heard = ears.pipeline
    assert heard is not None and heard.frames == SECONDS * 1000 // 30
    assert heard.speech_frames > 0  # it really listened
    assert len(buffers) > heard.frames  # a buffer per frame, plus the partial ones
    assert most_alive <= 1, "only the partial frame may wait between chunks"
    leftovers = [ref() for ref in buffers if ref() is not None]
    assert all(len(buffer) == 0 for buffer in leftovers if buffer is not None)
    del leftovers

    audio_bytes = SECONDS * 1000 * 32
    after = sizes(folders)
    grown = {path: size - before.get(path, 0) for path, size in after.items()}
    assert sum(max(0, g) for g in grown.values()) < audio_bytes // 8, grown
    pieces = snippets(read_pcm(SPEECH))
    assert len(pieces) >= 32
    for path in after:
        data = path.read_bytes()
        found = [piece for piece in pieces if piece in data]
        assert not found, f"{path} holds {len(found)} stretches of the audio"
    log_text = (folders["log"] / "heard.log").read_text()
    assert "listening ears off" in log_text  # the log has counts, and nothing per frame
    assert log_text.count("\n") < 40
