"""The PNG icons the app loads match the SVGs they are rendered from (scripts/render_icons.py).

The app never reads an SVG (Qt's SVG module costs about 1 MiB of the memory budget); these
tests keep the PNGs honest when an SVG changes, and prove the check can fail.
"""

from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def render_icons() -> ModuleType:
    path = ROOT / "scripts" / "render_icons.py"
    spec = importlib.util.spec_from_file_location("render_icons", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_png_matches_its_svg(qtbot: QtBot, render_icons: ModuleType) -> None:
    assert render_icons.stale() == []
    names = {png.name for png in render_icons.targets()}
    assert {"check-light.png", "check-light@2x.png", "arrow-dark@2x.png"} <= names
    assert "io.github.heard.Heard-256.png" in names


def test_a_stale_or_missing_png_is_reported(
    qtbot: QtBot, render_icons: ModuleType, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    icons = tmp_path / "icons"
    shutil.copytree(ROOT / "resources" / "icons", icons)
    monkeypatch.setattr(render_icons, "ROOT", tmp_path)
    monkeypatch.setattr(render_icons, "ICONS", icons)
    monkeypatch.setattr(render_icons, "OUT", icons / "png")
    assert render_icons.stale() == []
    blank = QImage(24, 24, QImage.Format.Format_ARGB32)
    blank.fill(QColor("white"))
    assert blank.save(str(icons / "png" / "check-dark.png"))
    (icons / "png" / "arrow-light@2x.png").unlink()
    problems = render_icons.stale()
    assert len(problems) == 2, problems
    assert any("check-dark.png differs from check-dark.svg" in line for line in problems)
    assert any("arrow-light@2x.png is missing" in line for line in problems)
