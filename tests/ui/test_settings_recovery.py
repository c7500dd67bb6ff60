"""A damaged settings file never crashes Heard: a hand-edited one loses only its bad keys; one
that is not text at all is moved aside (never rewritten) and defaults are used."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from heard.platform.settings import Settings


def test_a_binary_settings_file_is_moved_aside_not_rewritten(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "settings.ini"
    garbage = b"\x00\xff\xfe[[[=\n\x89PNG\r\n\x1a\npartner_a=Sam\n"
    path.write_bytes(garbage)
    with caplog.at_level(logging.WARNING, logger="heard"):
        settings = Settings(path)
    assert settings.moved_to is not None
    assert settings.moved_to.name.startswith("settings.ini.corrupt-")
    assert settings.moved_to.read_bytes() == garbage
    assert "moved it to" in caplog.text
    assert settings.get("partner_a") == ""
    assert settings.get("default_minutes") == 20
    settings.set("partner_a", "Alex")
    settings.sync()
    assert Settings(path).get("partner_a") == "Alex"
    assert settings.moved_to.read_bytes() == garbage  # still intact after the new save


def test_a_hand_edited_text_file_is_kept_and_only_bad_keys_fall_back(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "settings.ini"
    path.write_text(
        "[General]\npartner_a=Émile\nchime_volume=loud\ndefault_minutes=45\n[[[broken line\n",
        encoding="utf-8",
    )
    with caplog.at_level(logging.WARNING, logger="heard"):
        settings = Settings(path)
        assert settings.get("chime_volume") == 50
    assert settings.moved_to is None
    assert settings.get("partner_a") == "Émile"
    assert settings.get("default_minutes") == 45
    assert "chime_volume" in caplog.text
    assert [p.name for p in tmp_path.iterdir()] == ["settings.ini"]


def test_a_missing_file_is_simply_defaults(tmp_path: Path) -> None:
    settings = Settings(tmp_path / "settings.ini")
    assert settings.moved_to is None
    assert settings.get("fullscreen") is True
