"""Render History offscreen to PNGs for design review: empty, ~30 sessions and ten years of
demo data, light and dark, plus one session's details.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/render_history.py OUT_DIR
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from heard.core.checklist import load_checklist
from heard.core.clock import SystemClock
from heard.core.periods import RangePreset
from heard.storage import demo_data
from heard.storage.db import Database
from heard.storage.repository import SessionRepository
from heard.ui.history.history_screen import HistoryScreen
from heard.ui.theme import apply_theme

SIZE = (1280, 800)
TODAY = date(2026, 11, 20)


def render(
    app: QApplication, out: Path, name: str, sessions: int, preset: RangePreset | None
) -> None:
    for dark in (False, True):
        theme = apply_theme(app, dark)
        with tempfile.TemporaryDirectory() as folder:
            db = Database.open(Path(folder) / "heard.db")
            if sessions:
                demo_data.generate(db, sessions=sessions, until=TODAY - timedelta(days=1))
            screen = HistoryScreen(
                db, SessionRepository(db, SystemClock()), today=lambda: TODAY,
                content=load_checklist(), note_opener=lambda b, u: "", preset=preset, theme=theme,
            )  # fmt: skip
            screen.resize(*SIZE)
            screen.show()
            app.processEvents()
            suffix = "dark" if dark else "light"
            screen.grab().save(str(out / f"history-{name}-{suffix}.png"))
            if sessions:
                screen.tabs.setCurrentIndex(1)
                app.processEvents()
                screen.grab().save(str(out / f"history-{name}-table-{suffix}.png"))
                dialog = screen.open_details(screen.table.source.session_at(0).id)
                app.processEvents()
                dialog.grab().save(str(out / f"history-{name}-details-{suffix}.png"))
                dialog.close()
            screen.close()
            screen.deleteLater()
            app.processEvents()
            db.close()


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "history-renders")
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    render(app, out, "empty", 0, RangePreset.LAST_3_MONTHS)
    render(app, out, "30", 30, None)
    render(app, out, "10y", 3650, RangePreset.EVERYTHING)
    print(f"Wrote PNGs to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
