"""The settings file: remembered values, and a damaged file that costs only its bad keys."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from heard.platform.settings import Settings


def test_values_survive_a_restart(tmp_path: Path) -> None:
    path = tmp_path / "settings.ini"
    first = Settings(path)
    first.set("partner_a", "Sam")
    first.set("pause_cue_s", 5)
    first.sync()
    again = Settings(path)
    assert again.get("partner_a") == "Sam"
    assert again.get("pause_cue_s") == 5
    assert again.get("fullscreen") is True  # never set: default


def test_a_hand_edited_file_falls_back_per_key(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "settings.ini"
    path.write_text(
        "[General]\npartner_a=Alex\npause_cue_s=99\nfullscreen=perhaps\ndefault_minutes=30\n",
        encoding="utf-8",
    )
    settings = Settings(path)
    with caplog.at_level(logging.WARNING, logger="heard"):
        assert settings.get("pause_cue_s") == 3
        assert settings.get("fullscreen") is True
    assert settings.get("partner_a") == "Alex"
    assert settings.get("default_minutes") == 30
    assert "pause_cue_s" in caplog.text
    assert "fullscreen" in caplog.text


def test_garbage_bytes_do_not_crash(tmp_path: Path) -> None:
    path = tmp_path / "settings.ini"
    path.write_bytes(b"\x00\xff\xfe[[[=\n\x89PNG garbage")
    settings = Settings(path)
    assert settings.get("default_minutes") == 20


def test_setting_a_bad_value_is_refused(tmp_path: Path) -> None:
    settings = Settings(tmp_path / "settings.ini")
    with pytest.raises(ValueError, match="pause_cue_s"):
        settings.set("pause_cue_s", 0)
