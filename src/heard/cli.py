"""The `heard` command line. User mistakes get one line on stderr and exit code 2."""

from __future__ import annotations

import argparse
import math
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from heard import __version__
from heard.core.model import MAX_MINUTES, MIN_MINUTES, ConfigError
from heard.errors import HeardError

if TYPE_CHECKING:
    from heard.core.config import SessionConfig

EXIT_USAGE = 2


class UsageError(Exception):
    pass


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UsageError(message)


def _minutes(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"minutes must be a number from {MIN_MINUTES} to {MAX_MINUTES} (got {text!r})"
        ) from None
    if math.isnan(value) or not MIN_MINUTES <= value <= MAX_MINUTES:
        raise argparse.ArgumentTypeError(
            f"minutes must be from {MIN_MINUTES} to {MAX_MINUTES} (got {text})"
        )
    return value


def build_parser() -> _Parser:
    parser = _Parser(prog="heard", description="A calm, phone-free conversation timer for two.")
    parser.add_argument("--version", action="version", version=f"heard {__version__}")
    parser.add_argument("--data-dir", metavar="DIR", help="use a separate data folder")
    parser.add_argument("--quit-after", type=float, metavar="SECONDS", help=argparse.SUPPRESS)
    parser.add_argument(
        "--in-tray",
        action="store_true",
        help="start quietly in the tray, for ritual reminders (used when starting at login)",
    )
    common = _Parser(add_help=False)
    common.add_argument(
        "--data-dir", metavar="DIR", default=argparse.SUPPRESS, help="use a separate data folder"
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    session = sub.add_parser("session", parents=[common], help="start a session straight away")
    session.add_argument("--minutes", type=_minutes, default=None, help="length, 1 to 180")
    session.add_argument("--names", nargs=2, metavar=("A", "B"), help="the two partners")
    session.add_argument(
        "--phones-away",
        action="store_true",
        help="both phones are in another room (recorded with the session)",
    )
    session.add_argument(
        "--quit-after", type=float, default=argparse.SUPPRESS, help=argparse.SUPPRESS
    )
    history = sub.add_parser("history", parents=[common], help="list past sessions")
    history.add_argument("--json", action="store_true", help="machine-readable output")
    from heard import exchange_cli

    exchange_cli.add_commands(sub, common)
    return parser


PLAIN = argparse.Namespace(command=None, data_dir=None, quit_after=None, in_tray=False)
"""What `heard` with no arguments means. The everyday launch skips building the parser and
its sub-commands (a few milliseconds of a launch budgeted at 1.3x a bare Qt app's)."""


def main(argv: Sequence[str] | None = None) -> int:
    words = sys.argv[1:] if argv is None else list(argv)
    try:
        args = build_parser().parse_args(words) if words else argparse.Namespace(**vars(PLAIN))
        return _dispatch(args)
    except UsageError as exc:
        return _fail(str(exc))
    except (ConfigError, HeardError) as exc:
        return _fail(str(exc))
    except KeyboardInterrupt:
        return 130


def _fail(message: str) -> int:
    print(f"heard: {message}", file=sys.stderr)
    return EXIT_USAGE


def _dispatch(args: argparse.Namespace) -> int:
    from heard.platform.paths import ensure_private_dir, resolve_data_dir

    overridden = args.data_dir is not None or bool(_env_data_dir())
    data_dir = resolve_data_dir(args.data_dir)
    if args.command == "history":
        from heard.history_cli import print_history

        return print_history(data_dir, as_json=args.json)
    if args.command in ("export", "import", "demo-data"):
        from heard import exchange_cli

        return exchange_cli.run(args, data_dir, explicit_dir=overridden)
    ensure_private_dir(data_dir)
    from heard.platform.logs import setup_logging

    setup_logging()
    from heard.app import LaunchOptions, run_gui, settings_path

    config = None
    if args.command == "session":
        config = _session_config(args, data_dir, overridden)
    quit_after = None if args.quit_after is None else round(args.quit_after * 1000)
    options = LaunchOptions(
        data_dir=data_dir, session=config, quit_after_ms=quit_after, in_tray=args.in_tray
    )
    return run_gui(options, settings_file=settings_path(options, overridden))


def _env_data_dir() -> str:
    import os

    return os.environ.get("HEARD_DATA_DIR", "").strip()


def _session_config(args: argparse.Namespace, data_dir: Path, overridden: bool) -> SessionConfig:
    from heard.app import LaunchOptions, settings_path
    from heard.platform.settings import Settings

    settings = Settings(settings_path(LaunchOptions(data_dir=data_dir), overridden))
    names = args.names or [
        settings.get("partner_a") or "Partner A",
        settings.get("partner_b") or "Partner B",
    ]
    minutes = args.minutes if args.minutes is not None else settings.get("default_minutes")
    from heard.core.config import SessionConfig

    return SessionConfig.from_minutes(
        minutes,
        names[0],
        names[1],
        pause_cue_s=settings.get("pause_cue_s"),
        phones_away=args.phones_away,
        template="cli",
    )
