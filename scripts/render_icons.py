"""Render Heard's SVG icons to the PNG files the app loads.

    python scripts/render_icons.py           # write resources/icons/png/*.png
    python scripts/render_icons.py --check   # exit 1 if a PNG is missing or out of date

The SVGs in resources/icons are the sources (the Linux packages install the app icon's SVG
as the desktop icon). The app itself loads PNGs: reading an SVG loads Qt's SVG module and
its plugins, about 1 MiB of the memory budget (DESIGN.md), for a check mark, an arrow and
the window icon. Stylesheet icons come at 1x and 2x ("@2x", which Qt picks on HiDPI
screens); the window icon at the sizes window managers, docks and task switchers ask for.
tests/unit/test_icons.py fails when a PNG no longer matches its SVG.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtGui import QImage

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
OUT = ICONS / "png"
APP_ID = "io.github.heard.Heard"
APP_SIZES = (16, 24, 32, 48, 64, 128, 256)
SCALES = (1, 2)
TOLERANCE = 2
"""Largest difference allowed in any channel of any pixel (renderers round differently)."""


def targets() -> dict[Path, tuple[Path, int, int]]:
    """Each PNG -> (its SVG, width, height)."""
    from PySide6.QtSvg import QSvgRenderer

    out: dict[Path, tuple[Path, int, int]] = {}
    for svg in sorted(ICONS.glob("*.svg")):
        if svg.stem == APP_ID:
            for size in APP_SIZES:
                out[OUT / f"{APP_ID}-{size}.png"] = (svg, size, size)
            continue
        size = QSvgRenderer(str(svg)).defaultSize()
        for scale in SCALES:
            suffix = "" if scale == 1 else f"@{scale}x"
            width, height = size.width() * scale, size.height() * scale
            out[OUT / f"{svg.stem}{suffix}.png"] = (svg, width, height)
    return out


def render(svg: Path, width: int, height: int) -> QImage:
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    image = QImage(width, height, QImage.Format.Format_ARGB32)
    image.fill(0)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(str(svg)).render(painter, QRectF(0, 0, width, height))
    painter.end()
    return image


def largest_difference(a: QImage, b: QImage) -> int:
    """The largest difference in any channel of any pixel (255 if the sizes differ)."""
    from PySide6.QtGui import QImage

    a, b = (image.convertToFormat(QImage.Format.Format_ARGB32) for image in (a, b))
    if a.size() != b.size():
        return 255
    worst = 0
    for y in range(a.height()):
        for x in range(a.width()):
            pa, pb = a.pixel(x, y), b.pixel(x, y)
            for shift in (0, 8, 16, 24):
                worst = max(worst, abs(((pa >> shift) & 255) - ((pb >> shift) & 255)))
    return worst


def stale() -> list[str]:
    """What is missing or no longer matches its SVG, one line each."""
    from PySide6.QtGui import QImage

    problems = []
    for png, (svg, width, height) in targets().items():
        if not png.exists():
            problems.append(f"{png.relative_to(ROOT)} is missing")
            continue
        diff = largest_difference(QImage(str(png)), render(svg, width, height))
        if diff > TOLERANCE:
            problems.append(f"{png.relative_to(ROOT)} differs from {svg.name} (by {diff})")
    expected = set(targets())
    extra = [png for png in OUT.glob("*.png") if png not in expected]
    problems += [f"{png.relative_to(ROOT)} has no SVG" for png in extra]
    return problems


def write() -> None:
    OUT.mkdir(exist_ok=True)
    for png, (svg, width, height) in targets().items():
        if not render(svg, width, height).save(str(png)):
            raise SystemExit(f"render_icons: could not write {png}")
        print(f"wrote {png.relative_to(ROOT)} ({width}x{height})")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python scripts/render_icons.py")
    parser.add_argument("--check", action="store_true", help="only report stale PNGs")
    args = parser.parse_args(argv)
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication.instance() or QGuiApplication(["render_icons", "-platform", "offscreen"])
    if args.check:
        problems = stale()
        for line in problems:
            print(f"render_icons: {line}", file=sys.stderr)
        return 1 if problems else 0
    write()
    return 0


if __name__ == "__main__":
    sys.exit(main())
