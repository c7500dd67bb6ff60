"""`heard export`, `heard import`, `heard demo-data`: round trips, and one-line errors (exit 2)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from heard.cli import main
from heard.storage.db import Database
from heard.storage.note_cipher import KeyringNoteCipher
from history_data import Spec, add

TABLES = ("session", "turn", "event", "checklist_answer", "session_totals")


def dump(folder: Path) -> list[tuple[object, ...]]:
    with Database.open(folder / "heard.db") as db:
        return [tuple(r) for t in TABLES for r in db.query_all(f"SELECT * FROM {t}")]


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def one_line_error(err: str, fragment: str) -> None:
    assert err.startswith("heard: ") and err.count("\n") == 1, err
    assert fragment in err
    assert "Traceback" not in err


@pytest.fixture
def demo(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    folder = tmp_path / "demo"
    code, out, _ = run(
        capsys, "demo-data", "--sessions", "40", "--seed", "4", "--until", "2026-03-01",
        "--data-dir", str(folder),
    )  # fmt: skip
    assert code == 0
    assert out.startswith("Wrote 40 demo sessions and ")
    return folder


def test_cli_round_trip_is_exact(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first, second = tmp_path / "first.json", tmp_path / "second.json"
    assert run(capsys, "export", "--data-dir", str(demo), "-o", str(first))[:2] == (
        0, f"Exported 40 session(s) to {first}.\n",
    )  # fmt: skip
    copy = tmp_path / "copy"
    assert run(capsys, "import", str(first), "--data-dir", str(copy))[:2] == (
        0, "Imported 40 session(s).\n",
    )  # fmt: skip
    assert run(capsys, "import", str(first), "--data-dir", str(copy))[:2] == (
        0, "Imported 0 session(s), 40 already here.\n",
    )  # fmt: skip
    assert (
        run(capsys, "export", "--format", "json", "--data-dir", str(copy), "-o", str(second))[0]
        == 0
    )
    one, two = (json.loads(p.read_text(encoding="utf-8")) for p in (first, second))
    one.pop("exported_at"), two.pop("exported_at")
    assert one == two
    assert dump(copy)[:40] == dump(demo)[:40]  # the same session rows, ids included


def test_export_to_stdout_and_csv_by_suffix(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, "export", "--data-dir", str(demo), "-o", "-")
    assert code == 0 and len(json.loads(out)["sessions"]) == 40
    assert err == "Exported 40 session(s) to standard output.\n"
    table = tmp_path / "h.CSV"
    assert run(capsys, "export", "--data-dir", str(demo), "-o", str(table))[0] == 0
    lines = table.read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("uuid,day,started_at,") and len(lines) == 41


def test_notes_travel_only_when_asked(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], memory_keyring: Any
) -> None:
    home = tmp_path / "home"
    home.mkdir()
    with Database.open(home / "heard.db") as db:
        sid = add(db, Spec(date(2026, 2, 2), 10, [("a", 30, True)]))
        uuid = str(db.scalar("SELECT uuid FROM session WHERE id = ?", (sid,)))
        db.execute(
            "UPDATE session SET notes_ciphertext = ? WHERE id = ?",
            (KeyringNoteCipher().seal_note("our secret", uuid), sid),
        )
    plain, with_notes = tmp_path / "plain.json", tmp_path / "notes.json"
    assert run(capsys, "export", "--data-dir", str(home), "-o", str(plain))[0] == 0
    assert "our secret" not in plain.read_text(encoding="utf-8")
    code, out, _ = run(
        capsys, "export", "--with-notes", "--data-dir", str(home), "-o", str(with_notes)
    )
    assert code == 0 and "with notes (in plain text)" in out
    assert json.loads(with_notes.read_text(encoding="utf-8"))["sessions"][0]["note"] == "our secret"

    other = tmp_path / "other"
    assert run(capsys, "import", "--skip-notes", str(with_notes), "--data-dir", str(other))[0] == 0
    with Database.open(other / "heard.db") as db:
        assert db.scalar("SELECT notes_ciphertext FROM session") is None
    third = tmp_path / "third"
    code, out, _ = run(capsys, "import", str(with_notes), "--data-dir", str(third))
    assert (code, out) == (0, "Imported 1 session(s), 1 note(s) locked with your key.\n")
    with Database.open(third / "heard.db") as db:
        blob = db.scalar("SELECT notes_ciphertext FROM session")
    assert isinstance(blob, bytes) and b"our secret" not in blob
    assert KeyringNoteCipher().open_note(blob, uuid) == "our secret"

    memory_keyring.passwords.clear()
    code, _, err = run(capsys, "export", "--with-notes", "--data-dir", str(home), "-o", str(plain))
    assert code == 2
    one_line_error(err, "The key that locked this note is no longer in your keyring.")


def test_a_bad_import_changes_nothing(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = tmp_path / "good.json"
    run(capsys, "export", "--data-dir", str(demo), "-o", str(good))
    document = json.loads(good.read_text(encoding="utf-8"))
    document["sessions"][7]["turns"][2]["end_ms"] = -3
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(document), encoding="utf-8")
    target = tmp_path / "target"
    run(capsys, "import", str(good), "--data-dir", str(target))
    before = dump(target)
    code, _, err = run(capsys, "import", str(bad), "--data-dir", str(target))
    assert code == 2
    one_line_error(err, "sessions[7].turns[2].end_ms: must be from 0 to 604800000, not -3")
    assert dump(target) == before
    fresh = tmp_path / "fresh"
    assert run(capsys, "import", str(bad), "--data-dir", str(fresh))[0] == 2
    assert not fresh.exists()  # validated before anything was created


@pytest.mark.parametrize(
    ("argv", "fragment"),
    [
        (["export", "-o", "{tmp}/nowhere/x.json", "--data-dir", "{demo}"], "Cannot write"),
        (["export", "-o", "{tmp}/x.json", "--data-dir", "{tmp}/empty"], "There is no history in"),
        (["export", "--data-dir", "{demo}"], "the following arguments are required: -o"),
        (["export", "--format", "xml", "-o", "x", "--data-dir", "{demo}"], "invalid choice: 'xml'"),
        (["import", "{tmp}/missing.json", "--data-dir", "{demo}"], "Cannot read"),
        (["demo-data", "--years", "0", "--data-dir", "{tmp}/d"], "years must be a number above 0"),
        (["demo-data", "--until", "soon", "--data-dir", "{tmp}/d"], "not a date like 2026-01-31"),
    ],
)
def test_usage_errors_are_one_line(
    argv: list[str], fragment: str, demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = [a.format(tmp=tmp_path, demo=demo) for a in argv]
    code, _, err = run(capsys, *args)
    assert code == 2
    one_line_error(err, fragment)


def test_demo_data_needs_its_own_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "demo-data", "--years", "1")
    assert code == 2
    one_line_error(err, "demo-data needs --data-dir DIR")
    real = tmp_path / "real"
    real.mkdir()
    with Database.open(real / "heard.db") as db:
        add(db, Spec(date(2026, 1, 1)))
    before = dump(real)
    code, _, err = run(capsys, "demo-data", "--years", "1", "--data-dir", str(real))
    assert code == 2
    one_line_error(err, "already holds 1 real session(s); demo data goes into a separate")
    assert dump(real) == before


def test_demo_data_is_reproducible(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for name in ("one", "two"):
        argv = ["demo-data", "--years", "0.1", "--until", "2026-01-01", "--seed", "9"]
        assert run(capsys, *argv, "--data-dir", str(tmp_path / name))[0] == 0
    assert dump(tmp_path / "one") == dump(tmp_path / "two")
    assert len([r for r in dump(tmp_path / "one") if len(r) > 10]) == 36  # 0.1 years
