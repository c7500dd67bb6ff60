"""Extract Heard's user-facing strings into the .ts files and compile them to .qm.

    python scripts/translations.py update     # lupdate: src/heard -> resources/translations/*.ts
    python scripts/translations.py compile    # lrelease: *.ts -> *.qm (what Heard loads)
    python scripts/translations.py status     # how many messages each .ts still lacks

`make translations` runs update and compile. The .qm files are build output (not in git):
`make run`, `make test` and `make package` compile them first. Options: --ts FILE works on
one .ts file (the tests extract into a copy).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "src" / "heard"
TS_DIR = ROOT / "resources" / "translations"
TARGETS = {"de": "de_DE"}  # language -> the locale lupdate writes into a new .ts


def tool(name: str) -> str:
    """pyside6-lupdate / pyside6-lrelease from this interpreter's venv, else from PATH."""
    here = Path(sys.executable).parent / name
    found = str(here) if here.exists() else shutil.which(name)
    if found is None:
        raise SystemExit(f"translations: {name} not found (install PySide6 in this venv)")
    return found


def ts_files(only: Path | None) -> list[Path]:
    return [only] if only is not None else [TS_DIR / f"heard_{lang}.ts" for lang in TARGETS]


def update(ts: Path) -> None:
    language = ts.stem.removeprefix("heard_")
    command = [
        tool("pyside6-lupdate"),
        *(str(path) for path in sorted(SOURCES.rglob("*.py"))),
        "-no-obsolete",
        "-locations",
        "none",
        "-silent",
        "-target-language",
        TARGETS.get(language, language),
        "-ts",
        str(ts),
    ]
    subprocess.run(command, check=True)


def compile_qm(ts: Path) -> Path:
    qm = ts.with_suffix(".qm")
    subprocess.run(
        [tool("pyside6-lrelease"), "-silent", "-nounfinished", str(ts), "-qm", str(qm)],
        check=True,
    )
    return qm


def unfinished(ts: Path) -> list[str]:
    """'context: source' for every message without a finished translation."""
    missing = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = "" if translation is None else translation.get("type", "")
            if kind in ("vanished", "obsolete"):
                continue
            if translation is None or kind == "unfinished":
                texts = [""]
            elif message.get("numerus") == "yes":
                texts = [form.text or "" for form in translation.iter("numerusform")] or [""]
            else:
                texts = [translation.text or ""]
            if not all(text.strip() for text in texts):
                missing.append(f"{name}: {message.findtext('source', '')}")
    return missing


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=("update", "compile", "status"))
    parser.add_argument("--ts", type=Path, help="work on this .ts file only")
    args = parser.parse_args(argv)
    status = 0
    for ts in ts_files(args.ts):
        if args.command == "update":
            update(ts)
            print(f"{ts.name}: {len(unfinished(ts))} untranslated")
        elif args.command == "compile":
            print(f"{compile_qm(ts).relative_to(ts.parent.parent.parent)}")
        else:
            missing = unfinished(ts)
            for line in missing:
                print(f"  {line}")
            print(f"{ts.name}: {len(missing)} untranslated")
            status |= bool(missing)
    return status


if __name__ == "__main__":
    sys.exit(main())
