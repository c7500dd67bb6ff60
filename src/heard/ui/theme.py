"""Colours, type and the stylesheet for Heard's screens, in a light and a dark variant.

Partner colours come from the Okabe–Ito palette (blue and vermillion), which stays
distinguishable under deuteranopia, protanopia and tritanopia. The vermillion is deepened a
little (same hue) so soft-white text on it meets WCAG AA. Identity is never carried by colour
alone: every coloured area also says the partner's name in words.
"""

from __future__ import annotations

import logging
from typing import NamedTuple

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from heard.core.model import Partner
from heard.ui.text_scale import px

log = logging.getLogger(__name__)

AA_NORMAL = 4.5
AA_LARGE = 3.0  # also the WCAG 1.4.11 minimum for graphics and control borders


class Theme(NamedTuple):
    """A named, immutable set of colours. A NamedTuple, not a frozen dataclass: defining
    this class is on the launch path, where a 17-field frozen dataclass costs ~2.5 ms (its
    methods are generated and compiled) and a NamedTuple ~0.2 ms."""

    name: str
    dark: bool
    background: str
    surface: str
    text: str
    text_muted: str
    border: str
    focus: str
    partner_a: str
    partner_b: str
    on_partner: str
    cue_track: str
    cue_fill: str
    primary: str
    on_primary: str
    disabled_text: str
    neutral_bar: str

    def partner_colour(self, partner: Partner) -> str:
        return self.partner_a if partner is Partner.A else self.partner_b

    def text_pairs(self) -> list[tuple[str, str, str, float]]:
        """Every (what, foreground, background, minimum ratio) pair this theme puts on screen."""
        pairs: list[tuple[str, str, str, float]] = []
        for ground_name, ground in (("background", self.background), ("surface", self.surface)):
            pairs += [
                (f"text on {ground_name}", self.text, ground, AA_NORMAL),
                (f"muted text on {ground_name}", self.text_muted, ground, AA_NORMAL),
                (f"disabled button text on {ground_name}", self.disabled_text, ground, AA_LARGE),
                (f"partner A mark on {ground_name}", self.partner_a, ground, AA_LARGE),
                (f"partner B mark on {ground_name}", self.partner_b, ground, AA_LARGE),
                (f"pause ring on {ground_name}", self.cue_fill, ground, AA_LARGE),
                (f"focus ring on {ground_name}", self.focus, ground, AA_LARGE),
            ]
        pairs += [
            ("text on partner A card", self.on_partner, self.partner_a, AA_NORMAL),
            ("text on partner B card", self.on_partner, self.partner_b, AA_NORMAL),
            ("primary button text", self.on_primary, self.primary, AA_NORMAL),
        ]
        return pairs


LIGHT = Theme(
    name="light",
    dark=False,
    background="#F4F0E8",  # warm paper, not pure white
    surface="#FBF8F2",
    text="#1E2430",  # deep ink, not pure black
    text_muted="#505866",
    border="#D6CEC0",
    focus="#1E2430",
    partner_a="#0072B2",  # Okabe–Ito blue
    partner_b="#B85200",  # Okabe–Ito vermillion (#D55E00), deepened for AA text
    on_partner="#FFFCF5",
    cue_track="#E4DED3",
    cue_fill="#5F6F86",  # quiet slate: belongs to nobody
    primary="#1E2430",
    on_primary="#FBF8F2",
    disabled_text="#7D838D",
    neutral_bar="#D6CEC0",
)

DARK = Theme(
    name="dark",
    dark=True,
    background="#11151C",  # deep night, not pure black
    surface="#1A2029",
    text="#ECE6DC",
    text_muted="#A7AEBA",
    border="#323A47",
    focus="#ECE6DC",
    partner_a="#0072B2",
    partner_b="#B85200",
    on_partner="#FFFCF5",
    cue_track="#27303C",
    cue_fill="#8FA3BF",
    primary="#ECE6DC",
    on_primary="#11151C",
    disabled_text="#7A8290",
    neutral_bar="#3A4352",
)


def theme_for(dark: bool) -> Theme:
    return DARK if dark else LIGHT


def _channel(value: float) -> float:
    return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4


def relative_luminance(colour: str) -> float:
    """WCAG 2.x relative luminance of a #RRGGBB colour."""
    hex_digits = colour.lstrip("#")
    if len(hex_digits) != 6:
        raise ValueError(f"Expected #RRGGBB, got {colour!r}")
    r, g, b = (int(hex_digits[i : i + 2], 16) / 255 for i in (0, 2, 4))
    return 0.2126 * _channel(r) + 0.7152 * _channel(g) + 0.0722 * _channel(b)


def contrast_ratio(fg: str, bg: str) -> float:
    """WCAG contrast ratio between two #RRGGBB colours, from 1.0 to 21.0."""
    light, dark = sorted((relative_luminance(fg), relative_luminance(bg)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def ui_font(pixel_size: int, *, bold: bool = False, tabular: bool = False) -> QFont:
    """The application's default family at a pixel size (tabular digits if asked)."""
    font = QFont(QApplication.font())
    font.setPixelSize(px(pixel_size))  # grows with the desktop font and "large text"
    font.setBold(bold)
    if tabular:
        font.setFeature(QFont.Tag("tnum"), 1)
    return font


def build_palette(theme: Theme) -> QPalette:
    palette = QPalette()
    roles = {
        QPalette.ColorRole.Window: theme.background,
        QPalette.ColorRole.WindowText: theme.text,
        QPalette.ColorRole.Base: theme.surface,
        QPalette.ColorRole.AlternateBase: theme.background,
        QPalette.ColorRole.Text: theme.text,
        QPalette.ColorRole.Button: theme.surface,
        QPalette.ColorRole.ButtonText: theme.text,
        QPalette.ColorRole.Highlight: theme.partner_a,
        QPalette.ColorRole.HighlightedText: theme.on_partner,
        QPalette.ColorRole.ToolTipBase: theme.surface,
        QPalette.ColorRole.ToolTipText: theme.text,
        QPalette.ColorRole.PlaceholderText: theme.text_muted,
        QPalette.ColorRole.Link: theme.partner_a,
    }
    for role, colour in roles.items():
        palette.setColor(role, QColor(colour))
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(theme.disabled_text))
    return palette


FUSION = "Fusion"


_STYLE_PROPERTY = "heard_style"


def new_application(argv0: str) -> QApplication:
    """The QApplication, in the Fusion style from the start (some native styles ignore the
    palette). Asked for on the command line, Qt builds the style without a Python QStyle
    wrapper, whose enums would cost ~14 ms of the launch budget (DESIGN.md)."""
    app = QApplication([argv0, "-style", FUSION])
    app.setProperty(_STYLE_PROPERTY, FUSION)
    return app


def system_prefers_dark(app: QApplication, *, exact: bool = True) -> bool:
    """The desktop's colour scheme. Where it is unknown (no desktop, an older platform
    theme), or with exact=False, the lightness of the desktop's window colour decides.

    exact=False is for the launch: reading the scheme builds PySide's whole `Qt` namespace
    (~16 ms, more than half of the launch budget's margin over a bare Qt window), so the
    first paint uses the palette and SystemLookFollower.check() reads the scheme after it."""
    if exact:
        scheme = app.styleHints().colorScheme().name
        if scheme != "Unknown":
            return scheme == "Dark"
    return QApplication.palette().color(QPalette.ColorRole.Window).lightness() < 128


_current: Theme = LIGHT


def current_theme() -> Theme:
    """The theme apply_theme() last gave the application (LIGHT before it is called)."""
    return _current


def apply_theme(
    app: QApplication,
    dark: bool | None = None,
    *,
    fusion: bool = True,
    partners: str = "",
    exact: bool = True,
) -> Theme:
    """Give the whole application the light or dark palette and return the theme.

    dark=None follows the system's colour scheme. Fusion is used by default because some
    native styles ignore the palette. Screens built afterwards pick the theme up by default.
    `partners` picks the partners' colour pair (heard.ui.palettes; "" for the default).
    exact=False: see system_prefers_dark.
    """
    global _current  # noqa: PLW0603
    theme = theme_for(system_prefers_dark(app, exact=exact) if dark is None else dark)
    if partners:
        from heard.ui.palettes import with_partners

        theme = with_partners(theme, partners)
    if fusion and app.property(_STYLE_PROPERTY) != FUSION:
        app.setStyle(FUSION)
        app.setProperty(_STYLE_PROPERTY, FUSION)
    app.setPalette(build_palette(theme))
    _current = theme
    log.debug("Applied the %s theme", theme.name)
    return theme


def session_stylesheet(theme: Theme) -> str:
    """Colours and shapes for the session screen (sizes come from fonts set on resize)."""
    return f"""
#session_screen {{ background: {theme.background}; }}
#session_screen QLabel {{ color: {theme.text}; background: transparent; }}
#session_screen QLabel#status_announcement, #session_screen QLabel#turn_label,
#session_screen QLabel#time_caption, #session_screen QLabel#share_caption,
#session_screen QLabel#cue_next {{ color: {theme.text_muted}; }}
#session_screen QPushButton {{
    color: {theme.text}; background: {theme.surface};
    border: 2px solid {theme.border}; border-radius: 0.7em; padding: 0.45em 1.1em;
}}
#session_screen QPushButton:hover {{ border-color: {theme.text_muted}; }}
#session_screen QPushButton:pressed {{ background: {theme.background}; }}
#session_screen QPushButton:focus {{ border: 3px solid {theme.focus}; }}
#session_screen QPushButton:disabled {{ color: {theme.disabled_text}; border-style: dashed; }}
#session_screen QPushButton[primary="true"] {{
    color: {theme.on_primary}; background: {theme.primary}; border-color: {theme.primary};
}}
#session_screen QPushButton[primary="true"]:focus {{ border: 4px double {theme.on_primary}; }}
#session_screen QLabel#time_display[quiet="true"] {{ color: {theme.text_muted}; }}
"""
