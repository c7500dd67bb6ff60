"""History: charts, streaks, the sessions table, details, export and import.

Import `heard.ui.history.history_screen` only when History is opened; `charts` (pyqtgraph)
is imported by the screen the first time there is something to draw.
"""
