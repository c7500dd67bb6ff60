"""Custom widgets for the session screen."""

from heard.ui.widgets.card import Card
from heard.ui.widgets.cue_panel import CuePanel
from heard.ui.widgets.cue_ring import CueRing, seconds_left
from heard.ui.widgets.floor_indicator import FloorIndicator
from heard.ui.widgets.paused_panel import PausedPanel
from heard.ui.widgets.talk_share_bar import ShareBar, TalkShareBar, share_text
from heard.ui.widgets.time_display import TimeDisplay, format_remaining, spoken_remaining

__all__ = [
    "Card",
    "CuePanel",
    "CueRing",
    "FloorIndicator",
    "PausedPanel",
    "ShareBar",
    "TalkShareBar",
    "TimeDisplay",
    "format_remaining",
    "seconds_left",
    "share_text",
    "spoken_remaining",
]
