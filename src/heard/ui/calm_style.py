"""The look of the after-session screens and dialogs: large, quiet, readable from a metre.

Screens opt in with `make_calm(widget)`; the rules below apply only inside such a widget
(selector `[calm="true"]`), so other screens keep their own styles.
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
    arrow of a list), kept for the whole run."""
    key = f"{kind}-{theme_name}"
    if key not in _icon_paths:
        try:
            path = _held_files.enter_context(resources.as_file(f"icons/{key}.svg"))
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
[calm="true"] QLabel {{ color: {t.text}; background: transparent; font-size: {body}px; }}
[calm="true"] QLabel[role="title"] {{ font-size: {px(64)}px; font-weight: 700; }}
[calm="true"] QLabel[centred="true"] {{ qproperty-alignment: AlignCenter; }}
[calm="true"] QSpinBox {{
    color: {t.text}; background: {t.surface}; border: 2px solid {t.border};
    border-radius: 12px; padding: 6px 10px; font-size: {subheading}px;
}}
[calm="true"] QSpinBox:focus {{ border: 3px solid {t.focus}; }}
[calm="true"] QComboBox {{
    color: {t.text}; background: {t.surface}; border: 2px solid {t.border};
    border-radius: 12px; padding: 6px 10px; font-size: {body}px; min-height: {px(32)}px;
}}
[calm="true"] QComboBox:focus {{ border: 3px solid {t.focus}; }}
[calm="true"] QComboBox::drop-down {{
    subcontrol-origin: padding; subcontrol-position: center right; width: 28px; border: none;
}}
[calm="true"] QComboBox::down-arrow {{ image: url("{_icon(t.name, "arrow")}"); width: 16px; }}
[calm="true"] QComboBox QAbstractItemView {{
    color: {t.text}; background: {t.surface}; font-size: {body}px;
    selection-background-color: {t.primary}; selection-color: {t.on_primary};
}}
[calm="true"] QSpinBox QLineEdit {{ border: none; padding: 0; background: transparent; }}
[calm="true"] QSpinBox::up-button, [calm="true"] QSpinBox::down-button {{
    width: 0px; border: none;  /* type a number, or use the arrow keys or the wheel */
}}
[calm="true"] QLabel[role="heading"] {{ font-size: {heading}px; font-weight: 600; }}
[calm="true"] QLabel[role="subheading"] {{ font-size: {subheading}px; font-weight: 600; }}
[calm="true"] QLabel[role="muted"] {{ color: {t.text_muted}; font-size: {small}px; }}
[calm="true"] QLabel[role="status"] {{ color: {t.text_muted}; font-size: {small}px; }}
[calm="true"] QLabel[role="problem"] {{
    color: {t.text}; background: {t.surface}; border: 2px solid {t.partner_b};
    border-radius: 10px; padding: 8px 14px; font-size: {small}px;
}}
[calm="true"] QLabel[role="phrase"] {{
    background: {t.surface}; border-left: 4px solid {t.cue_fill};
    padding: 3px 12px; font-style: italic; font-size: {small}px;
}}
[calm="true"] QPushButton {{
    color: {t.text}; background: {t.surface}; font-size: {body}px;
    border: 2px solid {t.border}; border-radius: 12px; padding: 9px 20px; min-height: {px(28)}px;
}}
[calm="true"] QPushButton:hover {{ border-color: {t.text_muted}; }}
[calm="true"] QPushButton:pressed {{ background: {t.background}; }}
[calm="true"] QPushButton:focus {{ border: 3px solid {t.focus}; }}
[calm="true"] QPushButton:disabled {{ color: {t.disabled_text}; border-style: dashed; }}
[calm="true"] QPushButton[primary="true"] {{
    color: {t.on_primary}; background: {t.primary}; border-color: {t.primary};
}}
[calm="true"] QPushButton[large="true"] {{
    font-size: {px(26)}px; font-weight: 700; min-height: {px(56)}px; border-radius: 16px;
}}
[calm="true"] QPushButton[primary="true"]:focus {{ border: 4px double {t.on_primary}; }}
[calm="true"] QPushButton[primary="true"]:disabled {{
    color: {t.disabled_text}; background: {t.surface}; border: 2px dashed {t.border};
}}
[calm="true"] QPushButton[scale="true"] {{
    font-size: {subheading}px; min-width: {px(150)}px; min-height: {px(72)}px; padding: 6px 8px;
}}
[calm="true"] QPushButton[scale="compact"] {{
    font-size: {small}px; min-height: {px(52)}px; padding: 4px 6px;
}}
[calm="true"] QPushButton[scale="true"]:checked,
[calm="true"] QPushButton[scale="compact"]:checked {{
    color: {t.on_primary}; background: {t.primary}; border-color: {t.primary};
}}
[calm="true"] QCheckBox {{
    color: {t.text}; spacing: 12px; padding: 3px 2px; font-size: {body}px;
}}
[calm="true"] QCheckBox::indicator {{
    width: 24px; height: 24px; border: 2px solid {t.text_muted}; border-radius: 6px;
    background: {t.surface};
}}
[calm="true"] QCheckBox::indicator:checked {{
    background: {t.primary}; border-color: {t.primary}; image: url("{_icon(t.name)}");
}}
[calm="true"] QCheckBox:focus {{ color: {t.text}; border-bottom: 3px solid {t.focus}; }}
[calm="true"] QPlainTextEdit, [calm="true"] QLineEdit {{
    color: {t.text}; background: {t.surface}; border: 2px solid {t.border};
    border-radius: 10px; padding: 8px; font-size: {body}px;
    selection-background-color: {t.partner_a}; selection-color: {t.on_partner};
}}
[calm="true"] QPlainTextEdit:focus, [calm="true"] QLineEdit:focus {{
    border: 3px solid {t.focus};
}}
[calm="true"] QPlainTextEdit:disabled {{ color: {t.disabled_text}; border-style: dashed; }}
[calm="true"] QFrame[role="panel"] {{
    background: {t.surface}; border: 1px solid {t.border}; border-radius: 16px;
}}
[calm="true"] QScrollArea {{ background: transparent; border: none; }}
[calm="true"] QScrollBar:vertical {{ background: {t.background}; width: 12px; margin: 0; }}
[calm="true"] QScrollBar::handle:vertical {{
    background: {t.border}; border-radius: 6px; min-height: 40px;
}}
[calm="true"] QScrollBar::add-line:vertical, [calm="true"] QScrollBar::sub-line:vertical {{
    height: 0; border: none; background: none;
}}
[calm="true"] QScrollBar::add-page:vertical, [calm="true"] QScrollBar::sub-page:vertical {{
    background: none;
}}
[calm="true"] QScrollArea > QWidget > QWidget {{ background: transparent; }}
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
