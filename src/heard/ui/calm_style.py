"""The look of the after-session screens and dialogs: large, quiet, readable from a metre.

Screens opt in with `make_calm(widget)`, which sets the sheet below on that widget: its rules
reach only the widget and what it holds, so other screens keep their own styles. Only the
first rule names the calm widget itself (`[calm="true"]`); the others need no such prefix,
and leaving it out makes each screen build and paint ~1.5 ms faster (fewer ancestor checks).
"""

from __future__ import annotations

import atexit
import contextlib
import logging

from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from heard import resources
from heard.ui.text_scale import px
from heard.ui.theme import Theme, current_theme

log = logging.getLogger(__name__)

BODY_PX = 20
SMALL_PX = 18
HEADING_PX = 34
SUBHEADING_PX = 23


_held_files = contextlib.ExitStack()
atexit.register(_held_files.close)
_icon_paths: dict[str, str] = {}


def _icon(theme_name: str, kind: str = "check") -> str:
    """A file path for an icon drawn by the stylesheet (the check mark on a ticked box, the
    arrow of a list), kept for the whole run. A PNG rendered from icons/<key>.svg (loading
    an SVG costs Qt's SVG module); Qt picks its "@2x" sibling on a HiDPI screen."""
    key = f"{kind}-{theme_name}"
    if key not in _icon_paths:
        try:
            path = _held_files.enter_context(resources.as_file(f"icons/png/{key}.png"))
            _icon_paths[key] = path.as_posix()
        except (OSError, ValueError) as exc:  # the box still fills when ticked
            log.warning("No %s icon for the %s theme: %s", kind, theme_name, exc)
            _icon_paths[key] = ""
    return _icon_paths[key]


def calm_stylesheet(theme: Theme) -> str:
    t = theme
    body, small, heading, subheading = px(BODY_PX), px(SMALL_PX), px(HEADING_PX), px(SUBHEADING_PX)
    return f"""
[calm="true"] {{ background: {t.background}; color: {t.text}; font-size: {body}px; }}
QLabel {{ color: {t.text}; background: transparent; font-size: {body}px; }}
QLabel[role="title"] {{ font-size: {px(64)}px; font-weight: 700; }}
QLabel[centred="true"] {{ qproperty-alignment: AlignCenter; }}
QSpinBox {{
    color: {t.text}; background: {t.surface}; border: 2px solid {t.border};
    border-radius: 12px; padding: 6px 10px; font-size: {subheading}px;
}}
QSpinBox:focus {{ border: 3px solid {t.focus}; }}
QComboBox {{
    color: {t.text}; background: {t.surface}; border: 2px solid {t.border};
    border-radius: 12px; padding: 6px 10px; font-size: {body}px; min-height: {px(32)}px;
}}
QComboBox:focus {{ border: 3px solid {t.focus}; }}
QComboBox::drop-down {{
    subcontrol-origin: padding; subcontrol-position: center right; width: 28px; border: none;
}}
QComboBox::down-arrow {{ image: url("{_icon(t.name, "arrow")}"); width: 16px; }}
QComboBox QAbstractItemView {{
    color: {t.text}; background: {t.surface}; font-size: {body}px;
    selection-background-color: {t.primary}; selection-color: {t.on_primary};
}}
QSpinBox QLineEdit {{ border: none; padding: 0; background: transparent; }}
QSpinBox::up-button, QSpinBox::down-button {{
    width: 0px; border: none;  /* type a number, or use the arrow keys or the wheel */
}}
QLabel[role="heading"] {{ font-size: {heading}px; font-weight: 600; }}
QLabel[role="subheading"] {{ font-size: {subheading}px; font-weight: 600; }}
QLabel[role="muted"] {{ color: {t.text_muted}; font-size: {small}px; }}
QLabel[role="status"] {{ color: {t.text_muted}; font-size: {small}px; }}
QLabel[role="problem"] {{
    color: {t.text}; background: {t.surface}; border: 2px solid {t.partner_b};
    border-radius: 10px; padding: 8px 14px; font-size: {small}px;
}}
QLabel[role="phrase"] {{
    background: {t.surface}; border-left: 4px solid {t.cue_fill};
    padding: 3px 12px; font-style: italic; font-size: {small}px;
}}
QPushButton {{
    color: {t.text}; background: {t.surface}; font-size: {body}px;
    border: 2px solid {t.border}; border-radius: 12px; padding: 9px 20px; min-height: {px(28)}px;
}}
QPushButton:hover {{ border-color: {t.text_muted}; }}
QPushButton:pressed {{ background: {t.background}; }}
QPushButton:focus {{ border: 3px solid {t.focus}; }}
QPushButton:disabled {{ color: {t.disabled_text}; border-style: dashed; }}
QPushButton[primary="true"] {{
    color: {t.on_primary}; background: {t.primary}; border-color: {t.primary};
}}
QPushButton[large="true"] {{
    font-size: {px(26)}px; font-weight: 700; min-height: {px(56)}px; border-radius: 16px;
}}
QPushButton[primary="true"]:focus {{ border: 4px double {t.on_primary}; }}
QPushButton[primary="true"]:disabled {{
    color: {t.disabled_text}; background: {t.surface}; border: 2px dashed {t.border};
}}
QPushButton[scale="true"] {{
    font-size: {subheading}px; min-width: {px(150)}px; min-height: {px(72)}px; padding: 6px 8px;
}}
QPushButton[scale="compact"] {{
    font-size: {small}px; min-height: {px(52)}px; padding: 4px 6px;
}}
QPushButton[scale="true"]:checked,
QPushButton[scale="compact"]:checked {{
    color: {t.on_primary}; background: {t.primary}; border-color: {t.primary};
}}
QCheckBox {{
    color: {t.text}; spacing: 12px; padding: 3px 2px; font-size: {body}px;
}}
QCheckBox::indicator {{
    width: 24px; height: 24px; border: 2px solid {t.text_muted}; border-radius: 6px;
    background: {t.surface};
}}
QCheckBox::indicator:checked {{
    background: {t.primary}; border-color: {t.primary}; image: url("{_icon(t.name)}");
}}
QCheckBox:focus {{ color: {t.text}; border-bottom: 3px solid {t.focus}; }}
QPlainTextEdit, QLineEdit {{
    color: {t.text}; background: {t.surface}; border: 2px solid {t.border};
    border-radius: 10px; padding: 8px; font-size: {body}px;
    selection-background-color: {t.partner_a}; selection-color: {t.on_partner};
}}
QPlainTextEdit:focus, QLineEdit:focus {{
    border: 3px solid {t.focus};
}}
QPlainTextEdit:disabled {{ color: {t.disabled_text}; border-style: dashed; }}
QFrame[role="panel"] {{
    background: {t.surface}; border: 1px solid {t.border}; border-radius: 16px;
}}
QScrollArea {{ background: transparent; border: none; }}
QScrollBar:vertical {{ background: {t.background}; width: 12px; margin: 0; }}
QScrollBar::handle:vertical {{
    background: {t.border}; border-radius: 6px; min-height: 40px;
}}
QScrollBar::add-line:vertical, QScrollBar::sub-line:vertical {{
    height: 0; border: none; background: none;
}}
QScrollBar::add-page:vertical, QScrollBar::sub-page:vertical {{
    background: none;
}}
QScrollArea > QWidget > QWidget {{ background: transparent; }}
"""


def make_calm(widget: QWidget, theme: Theme | None = None) -> None:
    widget.setProperty("calm", True)
    # The stylesheet's background reaches a plain QWidget through its palette when it fills
    # its own background (no Qt.WidgetAttribute here: see theme.system_prefers_dark).
    widget.setAutoFillBackground(True)
    widget.setStyleSheet(calm_stylesheet(theme or current_theme()))


def label(text: str, role: str = "", *, name: str = "", wrap: bool = True) -> QLabel:
    widget = QLabel(text)
    if role:
        widget.setProperty("role", role)
    if name:
        widget.setObjectName(name)
    widget.setWordWrap(wrap)
    return widget


def button(
    text: str, name: str, description: str, *, primary: bool = False, accessible: str = ""
) -> QPushButton:
    """A push button with its accessible name and description set (every control has both)."""
    widget = QPushButton(text)
    widget.setObjectName(name)
    widget.setAccessibleName(accessible or text.replace("&", "").rstrip("…").strip())
    widget.setAccessibleDescription(description)
    widget.setAutoDefault(False)
    if primary:
        widget.setProperty("primary", True)
    return widget
