"""History's stylesheet: calm, readable, light or dark (colours from ui/theme.py)."""

from __future__ import annotations

from heard.ui.calm_style import _icon as icon
from heard.ui.text_scale import px
from heard.ui.theme import Theme


def history_stylesheet(t: Theme) -> str:
    return f"""
#history_screen, #session_details {{ background: {t.background}; color: {t.text}; }}
#history_screen QLabel, #session_details QLabel {{ color: {t.text}; background: transparent; }}
#history_screen QLabel#history_title {{ font-size: {px(28)}px; font-weight: 600; }}
#history_screen QLabel#history_status {{ color: {t.text_muted}; font-size: {px(14)}px; }}
#history_screen QLabel#chart_title {{ font-size: {px(16)}px; font-weight: 600; }}
#history_screen QLabel#chart_summary {{ color: {t.text_muted}; font-size: {px(14)}px; }}
#history_screen QFrame#headline_card {{
    background: {t.surface}; border: 1px solid {t.border}; border-radius: 14px;
}}
#history_screen QLabel#card_caption {{ color: {t.text_muted}; font-size: {px(14)}px; }}
#history_screen QLabel#card_value {{ font-size: {px(22)}px; font-weight: 600; }}
#history_screen QLabel#card_detail {{ color: {t.text_muted}; font-size: {px(13)}px; }}
#history_screen QLabel#empty_heading {{ font-size: {px(28)}px; font-weight: 600; }}
#history_screen QLabel#empty_text {{ color: {t.text_muted}; font-size: {px(18)}px; }}
#history_screen QPushButton, #session_details QPushButton {{
    color: {t.text}; background: {t.surface}; border: 2px solid {t.border};
    border-radius: 10px; padding: 6px 14px; font-size: {px(14)}px;
}}
#history_screen QPushButton:hover, #session_details QPushButton:hover {{
    border-color: {t.text_muted};
}}
#history_screen QPushButton:focus, #session_details QPushButton:focus {{
    border: 3px solid {t.focus};
}}
#history_screen QPushButton:disabled {{ color: {t.disabled_text}; border-style: dashed; }}
#history_screen QPushButton[primary="true"] {{
    color: {t.on_primary}; background: {t.primary}; border-color: {t.primary};
    font-size: {px(18)}px; padding: 10px 24px;
}}
#history_screen QPushButton[primary="true"]:focus {{ border: 4px double {t.on_primary}; }}
#history_screen QComboBox, #history_screen QDateEdit, #history_screen QLineEdit {{
    color: {t.text}; background: {t.surface}; border: 2px solid {t.border};
    border-radius: 8px; padding: 4px 8px; font-size: {px(14)}px;
}}
#history_screen QComboBox::drop-down {{
    subcontrol-origin: padding; subcontrol-position: center right; width: 22px; border: none;
}}
#history_screen QComboBox::down-arrow {{ image: url("{icon(t.name, "arrow")}"); width: 14px; }}
#history_screen QComboBox:focus, #history_screen QDateEdit:focus,
#history_screen QLineEdit:focus {{ border: 2px solid {t.focus}; }}
#history_screen QTabWidget::pane {{ border: none; }}
#history_screen QTabBar::tab {{
    color: {t.text_muted}; background: transparent; padding: 6px 16px; font-size: {px(15)}px;
    border-bottom: 3px solid transparent;
}}
#history_screen QTabBar::tab:selected {{ color: {t.text}; border-bottom: 3px solid {t.text}; }}
#history_screen QTabBar::tab:focus {{ text-decoration: underline; }}
#history_screen QTableView {{
    background: {t.surface}; alternate-background-color: {t.background}; color: {t.text};
    border: 1px solid {t.border}; border-radius: 8px; font-size: {px(14)}px;
    selection-background-color: {t.partner_a}; selection-color: {t.on_partner};
}}
#history_screen QHeaderView::section {{
    background: {t.background}; color: {t.text_muted}; border: none;
    border-bottom: 1px solid {t.border}; padding: 6px 8px; font-size: {px(13)}px;
}}
#session_details QLabel {{ font-size: {px(15)}px; }}
#session_details QLabel[role="heading"] {{ font-size: {px(24)}px; font-weight: 600; }}
#session_details QLabel[role="section"] {{ font-size: {px(16)}px; font-weight: 600; }}
#session_details QLabel[role="muted"] {{ color: {t.text_muted}; }}
#session_details QPlainTextEdit {{
    color: {t.text}; background: {t.surface}; border: 1px solid {t.border};
    border-radius: 8px;
}}
"""
