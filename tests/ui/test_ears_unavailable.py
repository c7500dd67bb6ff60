"""When listening ears cannot run, the session goes on without them and the couple is told
once, in plain words: no microphone, permission denied, the device lost mid-session, the
detector package missing. Also the switches: the setup box, L, the first-time explanation.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QObject, Qt, Signal
from pytestqt.qtbot import QtBot

from heard.core.clock import FakeClock
from heard.core.model import SessionConfig
from heard.core.preferences import BY_KEY
from heard.core.session import Session
from heard.platform.audio_source import WATCHDOG_MS, AudioSink, MicAudioSource
from heard.platform.pcm import PcmConverter, PcmFormat
from heard.ui.ears_dialog import ListeningEarsIntro
from heard.ui.ears_wiring import NOTICE_KEY, EarsWiring
from heard.ui.flow import SessionFlow
from heard.ui.listening_ears import ListeningEars
from heard.ui.main_window import MainWindow
from heard.ui.notices import NoticeLine, Notices
from heard.ui.session_controller import SessionController

CONFIG = SessionConfig("Sam", "Alex", planned_s=600)


class FakeSource(QObject):
    """An audio source that delivers nothing unless told, and can fail on cue."""

    failed = Signal(str)

    def __init__(self, fail_at_start: str | None = None) -> None:
        super().__init__()
        self.fail_at_start = fail_at_start
        self.sink: AudioSink | None = None
        self.starts = 0

    def start(self, sink: AudioSink) -> None:
        self.starts += 1
        self.sink = sink
        if self.fail_at_start:
            self.failed.emit(self.fail_at_start)

    def stop(self) -> None:
        self.sink = None


class MemorySettings:
    def __init__(self, **values: Any) -> None:
        self.values = dict(values)

    def get(self, key: str) -> Any:
        return self.values.get(key, BY_KEY[key].default)

    def set(self, key: str, value: Any) -> None:
        self.values[key] = value


def running_controller() -> SessionController:
    controller = SessionController(Session(CONFIG, FakeClock()))
    controller.start()
    return controller


@pytest.fixture
def controller(qtbot: QtBot) -> Any:
    made = running_controller()
    yield made
    if made.running:
        made.end()


# ------------------------------------------------------------------ ListeningEars


def test_without_the_detector_package_the_session_goes_on(
    controller: SessionController, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    monkeypatch.setitem(sys.modules, "webrtcvad", None)
    source = FakeSource()
    ears = ListeningEars(controller, lambda: source)
    with qtbot.waitSignal(ears.unavailable) as signal:
        assert not ears.start()
    assert "webrtcvad-wheels" in signal.args[0]
    assert source.starts == 0  # the microphone was never opened
    assert controller.running and not controller.session.view().listening


def test_a_source_that_fails_at_once_leaves_the_session_unlistened(
    controller: SessionController, qtbot: QtBot
) -> None:
    ears = ListeningEars(controller, lambda: FakeSource("no microphone was found"))
    changes: list[bool] = []
    ears.listening_changed.connect(changes.append)
    with qtbot.waitSignal(ears.unavailable) as signal:
        assert not ears.start()
    assert signal.args == ["no microphone was found"]
    assert changes == [] and not controller.session.view().listening


def test_a_device_lost_mid_session_stops_the_ears_not_the_session(
    controller: SessionController, qtbot: QtBot
) -> None:
    source = FakeSource()
    ears = ListeningEars(controller, lambda: source)
    assert ears.start() and controller.session.view().listening
    with qtbot.waitSignal(ears.unavailable) as signal:
        source.failed.emit("the microphone was disconnected")
    assert signal.args == ["the microphone was disconnected"]
    assert not ears.running and source.sink is None
    assert controller.running and not controller.session.view().listening
    controller.pass_floor()  # the session carries on as ever
    assert controller.session.view().next_speaker is not None


# ------------------------------------------------------------------ the microphone


# Loading QtMultimedia's backend here (no PipeWire or PulseAudio server) says so as warnings.
NO_AUDIO_SERVER = ("pipewire", "PulseAudioService", "pa_context")


@pytest.mark.qt_log_ignore(*NO_AUDIO_SERVER)
def test_no_microphone(monkeypatch: pytest.MonkeyPatch, qtbot: QtBot) -> None:
    from PySide6.QtMultimedia import QAudioDevice, QMediaDevices

    monkeypatch.setattr(QMediaDevices, "defaultAudioInput", staticmethod(QAudioDevice))
    mic = MicAudioSource(FakeClock())
    with qtbot.waitSignal(mic.failed) as signal:
        mic.start(lambda pcm, at: None)
    assert signal.args == ["no microphone was found"]
    assert not mic.running


def test_microphone_permission_denied(monkeypatch: pytest.MonkeyPatch, qtbot: QtBot) -> None:
    app = type(QCoreApplication.instance())
    monkeypatch.setattr(app, "checkPermission", lambda self, p: Qt.PermissionStatus.Denied)
    mic = MicAudioSource(FakeClock())
    with qtbot.waitSignal(mic.failed) as signal:
        mic.start(lambda pcm, at: None)
    assert signal.args == ["Heard is not allowed to use the microphone"]


def test_a_microphone_that_stops_sending_sound_is_given_up(qtbot: QtBot) -> None:
    clock = FakeClock()
    mic = MicAudioSource(clock)
    mic._sink, mic._last_data_ms = (lambda pcm, at: None), clock.monotonic_ms()
    clock.advance(WATCHDOG_MS - 1)
    mic._on_watchdog()  # still within the grace time: nothing happens
    clock.advance(1)
    with qtbot.waitSignal(mic.failed) as signal:
        mic._on_watchdog()
    assert signal.args == ["the microphone stopped sending sound"]


def test_what_the_microphone_sends_is_converted_and_timed(qtbot: QtBot) -> None:
    clock = FakeClock()
    mic = MicAudioSource(clock)
    got: list[tuple[bytes, int]] = []
    buffer = QBuffer()
    buffer.setData(QByteArray(b"\x10\x00\x10\x00" * 4800))  # 100 ms of 48 kHz stereo
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    mic._io, mic._sink = buffer, lambda pcm, at: got.append((pcm, at))
    mic._converter = PcmConverter(PcmFormat(48_000, 2, "s16"))
    clock.advance(100)
    mic._on_ready_read()
    [(pcm, at)] = got
    assert at == clock.monotonic_ms()
    assert abs(len(pcm) - 100 * 32) <= 4  # 16 kHz mono s16
    mic._io = None


# ------------------------------------------------------------------ the wiring


@pytest.fixture
def app_flow(qtbot: QtBot) -> Any:
    clock = FakeClock()
    window = MainWindow()
    qtbot.addWidget(window)
    flow = SessionFlow(window, clock, lambda config: None, fullscreen=False)
    notices = Notices(window)
    line = NoticeLine(window, notices)
    window.show()
    yield flow, notices, line
    if flow.controller is not None and flow.controller.running:
        flow.controller.end()


def wire(
    app_flow: Any, settings: MemorySettings, factory: Callable[[], Any] | None = None
) -> EarsWiring:
    flow, notices, _line = app_flow
    return EarsWiring(
        flow, settings, notices, FakeClock(), source_factory=factory or FakeSource, parent=flow
    )


def answer_intro(qtbot: QtBot, wiring: EarsWiring, yes: bool) -> None:
    qtbot.waitUntil(lambda: wiring.intro is not None and wiring.intro.isVisible())
    intro = wiring.intro
    assert isinstance(intro, ListeningEarsIntro)
    qtbot.mouseClick(intro.yes_button if yes else intro.no_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wiring.intro is None)


def test_the_first_time_the_explanation_is_shown_and_can_be_declined(
    qtbot: QtBot, app_flow: Any
) -> None:
    settings = MemorySettings()
    wiring = wire(app_flow, settings)
    box = app_flow[0].setup.listening_ears
    assert not box.isChecked()
    box.click()
    answer_intro(qtbot, wiring, yes=False)
    assert not box.isChecked() and settings.get("listening_ears") is False
    assert settings.get("listening_ears_explained") is False
    box.click()
    answer_intro(qtbot, wiring, yes=True)
    assert box.isChecked() and settings.get("listening_ears") is True
    assert settings.get("listening_ears_explained") is True
    box.click()  # off: no questions
    assert wiring.intro is None and settings.get("listening_ears") is False
    box.click()  # on again: already explained
    assert wiring.intro is None and settings.get("listening_ears") is True


def test_a_session_listens_when_the_setting_is_on_and_l_turns_it_off_and_on(
    qtbot: QtBot, app_flow: Any
) -> None:
    flow = app_flow[0]
    settings = MemorySettings(listening_ears=True, listening_ears_explained=True)
    sources: list[FakeSource] = []
    wiring = wire(app_flow, settings, lambda: sources.append(FakeSource()) or sources[-1])
    assert flow.setup.listening_ears.isChecked()
    flow.start(CONFIG)
    screen = flow.session_screen
    assert wiring.ears is not None and wiring.ears.running
    assert screen.ears_indicator.isVisible()
    qtbot.keyClick(screen, Qt.Key.Key_L)
    assert not wiring.ears.running and not screen.ears_indicator.isVisible()
    assert settings.get("listening_ears") is False and sources[0].sink is None
    qtbot.keyClick(screen, Qt.Key.Key_L)
    assert wiring.ears.running and screen.ears_indicator.isVisible()
    assert settings.get("listening_ears") is True and len(sources) == 2


def test_a_session_without_the_setting_does_not_listen(qtbot: QtBot, app_flow: Any) -> None:
    flow = app_flow[0]
    sources: list[FakeSource] = []
    wiring = wire(app_flow, MemorySettings(), lambda: sources.append(FakeSource()) or sources[-1])
    flow.start(CONFIG)
    assert wiring.ears is None and sources == []  # not even built (nor their modules loaded)
    assert not flow.session_screen.ears_indicator.isVisible()


def test_ears_turned_on_during_a_session_start_listening(qtbot: QtBot, app_flow: Any) -> None:
    flow = app_flow[0]
    sources: list[FakeSource] = []
    settings = MemorySettings(listening_ears_explained=True)
    wiring = wire(app_flow, settings, lambda: sources.append(FakeSource()) or sources[-1])
    flow.start(CONFIG)
    assert wiring.ears is None
    wiring.on_preference_changed(True)  # the settings dialog, or L on the session screen
    assert wiring.ears is not None and wiring.ears.running and len(sources) == 1
    wiring.on_preference_changed(False)
    assert not wiring.ears.running
    assert flow.controller is not None
    flow.controller.end()
    assert wiring.ears is None  # gone with the session
    wiring.on_preference_changed(True)  # between sessions: only remembered
    assert settings.get("listening_ears") is True and wiring.ears is None and len(sources) == 1


def test_unavailable_ears_are_told_once_in_plain_words(qtbot: QtBot, app_flow: Any) -> None:
    flow, notices, line = app_flow
    settings = MemorySettings(listening_ears=True, listening_ears_explained=True)
    wire(app_flow, settings, lambda: FakeSource("no microphone was found"))
    shown: list[str] = []
    notices.added.connect(shown.append)
    for _ in range(2):  # two sessions, two failures: one notice
        flow.start(CONFIG)
        assert flow.controller is not None and flow.controller.running
        flow.controller.end()
    assert shown == ["Listening ears are off: no microphone was found. Everything else works."]
    assert line.text() == shown[0]
    assert NOTICE_KEY == "listening_ears"
