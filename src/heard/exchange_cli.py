"""`heard export`, `heard import` and `heard demo-data`. Errors are HeardErrors: cli.py
prints them as one line and exits 2. Nothing here imports Qt."""

from __future__ import annotations

import argparse
import os
import sys
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, TextIO, TypeVar

from heard.errors import HeardError

if TYPE_CHECKING:
    from heard.storage.note_cipher import KeyringNoteCipher

DB_NAME = "heard.db"
COMMANDS = ("export", "import", "demo-data")
MAX_YEARS = 50

P = TypeVar("P", bound=argparse.ArgumentParser)


def add_commands(sub: argparse._SubParsersAction[P], common: P) -> None:
    """Register the three commands on the `heard` parser (`common` adds --data-dir)."""
    export = sub.add_parser("export", parents=[common], help="save the history to a file")
    export.add_argument(
        "--format", choices=("json", "csv"), default=None,
        help="json: everything, to import elsewhere; csv: one row per session, for spreadsheets"
        " (default: from the file name, else json)",
    )  # fmt: skip
    export.add_argument(
        "-o", "--output", required=True, metavar="FILE", help="file, or - for stdout"
    )
    export.add_argument(
        "--with-notes", action="store_true",
        help="also export private notes, decrypted, as plain text",
    )  # fmt: skip
    imp = sub.add_parser("import", parents=[common], help="add sessions from a JSON export")
    imp.add_argument("file", metavar="FILE", help="a file made by heard export --format json")
    imp.add_argument(
        "--skip-notes", action="store_true", help="leave out the private notes the file holds"
    )
    demo = sub.add_parser(
        "demo-data", parents=[common], help="fill a separate data folder with demo history"
    )
    years = demo.add_mutually_exclusive_group()
    years.add_argument(
        "--years", type=_years, default=None, help="years of history (10: 3,650 sessions)"
    )
    years.add_argument("--sessions", type=_count, default=None, help=argparse.SUPPRESS)
    demo.add_argument("--seed", type=int, default=1, help="same seed, same data (default 1)")
    demo.add_argument("--until", type=_day, default=None, metavar="YYYY-MM-DD", help="last day")


def _years(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        value = -1.0
    if not 0 < value <= MAX_YEARS:
        raise argparse.ArgumentTypeError(f"years must be a number above 0, up to {MAX_YEARS}")
    return value


def _count(text: str) -> int:
    if not text.isdigit() or not 1 <= int(text) <= MAX_YEARS * 365:
        raise argparse.ArgumentTypeError(f"sessions must be 1 to {MAX_YEARS * 365}")
    return int(text)


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date like 2026-01-31: {text!r}") from None


def run(args: argparse.Namespace, data_dir: Path, *, explicit_dir: bool) -> int:
    if args.command == "export":
        return export(data_dir, args.output, args.format, with_notes=args.with_notes)
    if args.command == "import":
        return import_(data_dir, Path(args.file), skip_notes=args.skip_notes)
    if not explicit_dir:
        raise HeardError("demo-data needs --data-dir DIR: a separate folder, never your own data.")
    sessions = args.sessions or round(365 * (10 if args.years is None else args.years))
    return demo_data(data_dir, sessions, seed=args.seed, until=args.until or date.today())


def export(
    data_dir: Path, output: str, fmt: str | None, *, with_notes: bool, out: TextIO | None = None
) -> int:
    from heard.storage.db import Database
    from heard.storage.exchange import ExportFormat, export_history

    out = out or sys.stdout
    path = data_dir / DB_NAME
    if not path.exists():
        raise HeardError(f"There is no history in {data_dir} yet.")
    chosen = ExportFormat(fmt or ("csv" if output.lower().endswith(".csv") else "json"))
    with Database.open(path) as db:
        target: Path | TextIO = out if output == "-" else Path(output)
        count = export_history(db, target, chosen, datetime.now(UTC), _cipher(with_notes))
    where = "standard output" if output == "-" else output
    notes = " with notes (in plain text)" if with_notes else ""
    print(
        f"Exported {count} session(s){notes} to {where}.", file=sys.stderr if output == "-" else out
    )
    return 0


def import_(data_dir: Path, file: Path, *, skip_notes: bool, out: TextIO | None = None) -> int:
    from heard.platform.data_lock import exclusive_use
    from heard.platform.paths import ensure_private_dir
    from heard.storage.db import Database
    from heard.storage.exchange_import import import_history, read_export
    from heard.storage.note_cipher import KeyringNoteCipher

    out = out or sys.stdout
    data = read_export(file)  # validate before creating or opening anything
    needs_cipher = not skip_notes and any(s.note is not None for s in data.sessions)
    ensure_private_dir(data_dir)
    with exclusive_use(data_dir), Database.open(data_dir / DB_NAME) as db:  # one writer
        cipher = KeyringNoteCipher() if needs_cipher else None
        result = import_history(db, data, cipher, skip_notes=skip_notes)
    extra = f", {result.already_here} already here" if result.already_here else ""
    notes = f", {result.notes} note(s) locked with your key" if result.notes else ""
    print(f"Imported {result.added} session(s){extra}{notes}.", file=out)
    return 0


def demo_data(
    data_dir: Path, sessions: int, *, seed: int, until: date, out: TextIO | None = None
) -> int:
    from heard.platform.data_lock import exclusive_use
    from heard.platform.paths import ENV_DATA_DIR, ensure_private_dir, resolve_data_dir
    from heard.storage import demo_data as demo
    from heard.storage.db import Database

    out = out or sys.stdout
    own = resolve_data_dir(None, {k: v for k, v in os.environ.items() if k != ENV_DATA_DIR})
    if data_dir == own:
        raise HeardError(f"{data_dir} is your own data folder; demo data goes elsewhere.")
    ensure_private_dir(data_dir)
    with exclusive_use(data_dir), Database.open(data_dir / DB_NAME) as db:  # one writer
        result = demo.generate(db, sessions=sessions, until=until, seed=seed)
    print(
        f"Wrote {result.sessions} demo sessions and {result.turns} turns"
        f" ({result.first_day} to {result.last_day}) to {data_dir}.",
        file=out,
    )
    return 0


def _cipher(with_notes: bool) -> KeyringNoteCipher | None:
    if not with_notes:
        return None
    from heard.storage.note_cipher import KeyringNoteCipher

    return KeyringNoteCipher()
