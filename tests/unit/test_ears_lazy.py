"""Listening ears cost nothing until they are turned on: building the app's listening-ears
wiring loads neither WebRTC's detector nor QtMultimedia, and core's detector is pure."""

from __future__ import annotations

import json
import os
import subprocess
import sys

_PROBE = """
import importlib, json, sys
for name in sys.argv[1:]:
    importlib.import_module(name)
print(json.dumps(sorted(sys.modules)))
"""
HEAVY = ("webrtcvad", "PySide6.QtMultimedia", "numpy")


def loaded_after(*modules: str) -> set[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", _PROBE, *modules],
        capture_output=True, text=True, check=True, timeout=120, env=env,
    )  # fmt: skip
    return set(json.loads(result.stdout))


def test_the_wiring_and_the_pipeline_load_no_audio_stack() -> None:
    loaded = loaded_after(
        "heard.app",
        "heard.ui.ears_wiring",
        "heard.ui.listening_ears",
        "heard.ui.session_screen",
        "heard.platform.audio_source",
        "heard.platform.ears_pipeline",
        "heard.platform.vad",
    )
    assert "heard.ui.ears_wiring" in loaded
    assert not loaded & set(HEAVY)


def test_the_core_detector_knows_nothing_of_audio() -> None:
    loaded = loaded_after("heard.core.voice_activity", "heard.core.listening", "heard.core.session")
    assert not {name for name in loaded if name.startswith(("PySide6", "heard.platform"))}
    assert not loaded & set(HEAVY)
