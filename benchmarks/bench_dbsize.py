"""Database growth: bytes on disk per session, over ten years of daily sessions.

The seeded demo-data generator (heard.storage.demo_data, the same as `heard demo-data`)
writes 3,650 realistic sessions (turns, events, checklist answers) into a fresh database.
Its size is taken as SQLite leaves it (main file after a WAL checkpoint) and again after
VACUUM; the empty database (schema only) is subtracted, so the figure is what each further
session costs. Reported, with no target.

    python -m benchmarks.bench_dbsize [--sessions N]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from datetime import date
from pathlib import Path

from benchmarks import harness
from benchmarks.harness import Figure

SESSIONS = 3650


def _size(path: Path) -> int:
    wal = path.with_name(path.name + "-wal")
    return path.stat().st_size + (wal.stat().st_size if wal.exists() else 0)


def measure(sessions: int = SESSIONS) -> list[Figure]:
    from heard.storage.db import Database
    from heard.storage.demo_data import generate

    with tempfile.TemporaryDirectory(dir=harness.scratch()) as folder:
        path = Path(folder) / "heard.db"
        with Database.open(path) as db:
            db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            empty = _size(path)
            made = generate(db, sessions=sessions, until=date(2026, 1, 1), seed=1)
            db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            written = _size(path)
            db.execute("VACUUM")
            db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            vacuumed = _size(path)
    per_session = (vacuumed - empty) / made.sessions
    return [
        Figure(
            f"6. database bytes per session ({made.sessions:,} sessions)",
            per_session,
            " B",
            None,
            f"before VACUUM {(written - empty) / made.sessions:.0f} B/session; "
            f"file {vacuumed / 1e6:.1f} MB after VACUUM ({written / 1e6:.1f} MB before, "
            f"{empty / 1e3:.0f} kB empty); {made.turns / made.sessions:.1f} turns/session",
        )
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.bench_dbsize")
    parser.add_argument("--sessions", type=int, default=SESSIONS)
    args = parser.parse_args(argv)
    return harness.standalone(lambda: measure(args.sessions), "Database growth")


if __name__ == "__main__":
    sys.exit(main())
