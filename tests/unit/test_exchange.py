"""Export and import: exact round trips, de-duplication, notes, CSV, and precise rejections."""

from __future__ import annotations

import copy
import csv
import io
import json
import re
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest

from heard.core.model import EndReason, EventKind, SessionConfig
from heard.errors import KeyringLockedError
from heard.storage.db import Database
from heard.storage.exchange import ExportError, ExportFormat, export_document, export_history
from heard.storage.exchange_format import ImportRejectedError
from heard.storage.exchange_import import import_file, import_history, parse_export
from heard.storage.note_cipher import KeyringNoteCipher
from heard.storage.post_session import PostSessionStore
from history_data import Spec, add, add_all, repository

NOW = datetime(2026, 5, 1, 12, 0, tzinfo=UTC)
TABLES = ("session", "turn", "event", "checklist_answer", "session_totals")


def dump(db: Database) -> list[tuple[object, ...]]:
    return [tuple(row) for table in TABLES for row in db.query_all(f"SELECT * FROM {table}")]


@pytest.fixture
def source(tmp_path: Path) -> Iterator[Database]:
    with Database.open(tmp_path / "source.db") as db:
        first, second = add_all(
            db,
            [
                Spec(
                    date(2026, 4, 1),
                    20,
                    [("a", 60, True), ("b", 45, False), ("a", 30, None)],
                    felt=(4, 3),
                    checklist={"repair.acknowledge": True, "self.interrupted": False},
                    events=[(EventKind.DISTRACTION, 5000, ""), (EventKind.PAUSE, 9000, "")],
                    names=("Zoë", "=cmd|' /C calc'!A0"),
                ),
                Spec(date(2026, 4, 2), 7.5, [("b", 20, None)], reason=EndReason.ENDED_EARLY),
            ],
        )
        repo, _clock = repository(db)
        PostSessionStore(db, repo).link_follow_up(second, first)
        cipher = KeyringNoteCipher()
        uuid = repo.get_session(first).uuid
        repo.set_notes_ciphertext(first, cipher.seal_note("We laughed 💛", uuid))
        repo.create_session(SessionConfig("Ann", "Bob"))  # still running: never exported
        yield db


@pytest.fixture
def target(tmp_path: Path) -> Iterator[Database]:
    with Database.open(tmp_path / "target.db") as db:
        yield db


def without_time(document: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in document.items() if key != "exported_at"}


@pytest.mark.parametrize("with_notes", [False, True])
def test_json_round_trip_is_exact(
    source: Database, target: Database, tmp_path: Path, with_notes: bool
) -> None:
    cipher = KeyringNoteCipher() if with_notes else None
    path = tmp_path / "export.json"
    assert export_history(source, path, ExportFormat.JSON, NOW, cipher) == 2
    assert path.stat().st_mode & 0o777 == 0o600
    result = import_file(target, path, cipher)
    assert (result.added, result.already_here, result.notes) == (2, 0, int(with_notes))
    again = export_document(target, NOW, cipher)
    assert again == json.loads(path.read_text(encoding="utf-8"))
    sessions = again["sessions"]
    assert sessions[1]["follow_up_of"] == sessions[0]["uuid"]
    assert ("note" in sessions[0]) is with_notes
    if with_notes:
        assert sessions[0]["note"] == "We laughed 💛"
        assert sessions[1]["note"] is None


def test_importing_twice_adds_nothing(source: Database, target: Database, tmp_path: Path) -> None:
    path = tmp_path / "export.json"
    export_history(source, path, ExportFormat.JSON, NOW)
    import_file(target, path, None)
    before = dump(target)
    result = import_file(target, path, None)
    assert (result.added, result.already_here) == (0, 2)
    assert dump(target) == before


def test_the_totals_of_imported_sessions_are_right(
    source: Database, target: Database, tmp_path: Path
) -> None:
    path = tmp_path / "export.json"
    export_history(source, path, ExportFormat.JSON, NOW)
    import_file(target, path, None)
    row = target.query_one(
        "SELECT turns, talk_a_ms, talk_b_ms, cues_honoured, cues_total, cues_measured"
        " FROM session_totals ORDER BY session_id LIMIT 1"
    )
    assert row is not None
    assert tuple(row) == (3, 90_000, 45_000, 1, 2, 0)


def test_notes_are_exported_only_when_asked(source: Database) -> None:
    document = export_document(source, NOW)
    assert document["notes_included"] is False
    assert all("note" not in s for s in document["sessions"])
    assert "We laughed" not in json.dumps(document, ensure_ascii=False)


def test_notes_in_a_file_need_a_cipher_or_skipping(
    source: Database, target: Database, memory_keyring: Any
) -> None:
    data = parse_export(json.dumps(export_document(source, NOW, KeyringNoteCipher())).encode())
    with pytest.raises(ImportRejectedError, match="private notes"):
        import_history(target, data, None)
    memory_keyring.error = KeyringLockedError()
    with pytest.raises(ImportRejectedError, match="keyring is locked"):
        import_history(target, data, KeyringNoteCipher())
    assert dump(target) == []
    result = import_history(target, data, None, skip_notes=True)
    assert (result.added, result.notes) == (2, 0)
    assert target.scalar("SELECT COUNT(notes_ciphertext) FROM session") == 0


def test_export_with_notes_fails_whole_when_the_key_is_gone(
    source: Database, tmp_path: Path, memory_keyring: Any
) -> None:
    memory_keyring.passwords.clear()
    path = tmp_path / "export.json"
    with pytest.raises(ExportError, match="session of 2026-04-01: The key that locked"):
        export_history(source, path, ExportFormat.JSON, NOW, KeyringNoteCipher())
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.startswith("source.db")) == []


def test_csv_has_one_row_per_session_and_defuses_formulas(source: Database) -> None:
    out = io.StringIO()
    assert export_history(source, out, ExportFormat.CSV, NOW) == 2
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert len(rows) == 2
    first = rows[0]
    assert (first["day"], first["minutes"], first["turns"]) == ("2026-04-01", "20.0", "3")
    assert (first["talk_a_min"], first["talk_b_min"], first["talk_share_a_pct"]) == (
        "1.5", "0.75", "67",
    )  # fmt: skip
    assert (first["pauses_honoured"], first["pauses_total"]) == ("1", "2")
    assert first["partner_a"] == "Zoë"
    assert first["partner_b"] == "'=cmd|' /C calc'!A0"
    assert "note" not in first
    with_notes = io.StringIO()
    export_history(source, with_notes, ExportFormat.CSV, NOW, KeyringNoteCipher())
    assert next(csv.DictReader(io.StringIO(with_notes.getvalue())))["note"] == "We laughed 💛"


def test_an_unwritable_target_leaves_nothing_behind(source: Database, tmp_path: Path) -> None:
    a_file = tmp_path / "a-file"
    a_file.write_text("not a folder", encoding="utf-8")
    a_folder = tmp_path / "a-folder"
    a_folder.mkdir()
    for target, reason in (
        (a_file / "x.json", "not a directory"),
        (tmp_path / "missing" / "x.json", "no such file or directory"),
        (a_folder, "is a directory"),
    ):
        with pytest.raises(ExportError, match=f"^Cannot write {target}: {reason}.$"):
            export_history(source, target, ExportFormat.JSON, NOW)
    assert list(a_folder.iterdir()) == []
    assert not list(tmp_path.glob(".heard-export-*"))


# --------------------------------------------------------------------------- rejections


def valid_document(db: Database) -> dict[str, Any]:
    return export_document(db, NOW)


def set_path(document: Any, path: list[str | int], value: Any) -> None:
    for key in path[:-1]:
        document = document[key]
    if value is DELETE:
        del document[path[-1]]
    else:
        document[path[-1]] = value


DELETE = object()


BAD_FIELDS = [
    ("version", 2, "this Heard reads version 1, the file has 2"),
    ("version", "1", "this Heard reads version 1, the file has '1'"),
    ("format", "other", 'must be "heard-export" (this is not a Heard export)'),
    ("sessions", {}, "must be a list, not an object"),
    ("sessions[1].uuid", DELETE, "is missing"),
    ("sessions[0].uuid", "not-a-uuid", "must be a lowercase UUID like"),
    ('sessions[0]."colour"', "red", "unknown field"),
    ('sessions[0]."note"', "hi", "unknown field"),  # notes_included is false
    ("sessions[0].planned_s", "1200", 'must be a whole number, not the text "1200"'),
    ("sessions[0].planned_s", 12.5, "must be a whole number, not the number 12.5"),
    ("sessions[0].planned_s", True, "must be a whole number, not true"),
    ("sessions[0].phones_away", 1, "must be true or false, not the number 1"),
    ("sessions[0].felt_heard_a", 6, "must be from 1 to 5, not 6"),
    ("sessions[0].partner_a", "\ud800", "holds characters that are not valid text"),
    ("sessions[0].partner_b", "A\x00B", "holds a NUL character"),
    ("sessions[0].template", "", "must be 1 to 200 characters long, not 0"),
    (
        "sessions[0].end_reason",
        None,
        "must be one of completed, ended_early, interrupted, not null",
    ),
    ("sessions[0].started_at", "2026-04-01 20:00", "must be a UTC time like"),
    ("sessions[0].started_at", "2026-02-30T20:00:00.000Z", "must be a UTC time like"),
    ("sessions[0].started_day", "2026-05-09", "must be the local day of started_at"),
    ("sessions[0].actual_s", -1, "must be from 0 to 604800, not -1"),
    ("sessions[0].turns[1].end_ms", 1000, "must be ≥ start_ms (63000)"),
    ("sessions[0].turns[0].start_ms", -5, "must be from 0 to 604800000, not -5"),
    ("sessions[0].turns[2].seq", 1, "duplicate of turns[0]"),
    ("sessions[0].turns[0].speaker", "c", 'must be one of a, b, not the text "c"'),
    ("sessions[0].events[0].kind", "nap", "must be one of pause, resume"),
    ("sessions[0].checklist[1].item_id", "repair.acknowledge", "duplicate of checklist[0]"),
    ("sessions[1].follow_up_of", "0f8d7a52-9e2c-4c3e-8f0a-5b7f1f6b2c11", "no session 0f8d7a52"),
    ("sessions[0].silences_held", -1, "must be from 0 to 1000000, not -1"),
    ("sessions[0].turns[0].pause_measured", "yes", 'must be true or false, not the text "yes"'),
    ("sessions[0].turns[2].pause_measured", True, "must be false when pause_honoured is null"),
]


def keys_of(path: str) -> list[str | int]:
    """'sessions[0].turns[1].end_ms' -> ['sessions', 0, 'turns', 1, 'end_ms']."""
    return [
        int(index) if index else name.strip('"')
        for name, index in re.findall(r'("[^"]*"|\w+)|\[(\d+)\]', path)
    ]


@pytest.mark.parametrize(("path", "value", "problem"), BAD_FIELDS)
def test_bad_fields_are_named_and_nothing_is_written(
    source: Database, target: Database, path: str, value: Any, problem: str
) -> None:
    add(target, Spec(date(2025, 1, 1)))
    before = dump(target)
    document = valid_document(source)
    set_path(document, keys_of(path), value)
    with pytest.raises(ImportRejectedError) as info:
        import_history(target, parse_export(json.dumps(document).encode()), None)
    assert str(info.value).startswith(f"{path}: {problem}")
    assert "\n" not in str(info.value)
    assert dump(target) == before


def test_duplicate_session_uuids_are_rejected(source: Database) -> None:
    document = valid_document(source)
    document["sessions"].append(document["sessions"][0])
    with pytest.raises(
        ImportRejectedError, match=r"^sessions\[2\]\.uuid: duplicate of sessions\[0\]$"
    ):
        parse_export(json.dumps(document).encode())


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        (b'{"format": "heard-export",\n "version": 1,,}', "line 2, column 15: not valid JSON"),
        (b"", "line 1, column 1: not valid JSON"),
        (b'{"version": NaN}', "not valid JSON (NaN is not allowed)"),
        (b"\xff\xfe{}", "byte 0: the file is not UTF-8 text"),
        (b"[]", 'format: must be "heard-export" (this is not a Heard export)'),
        (b'{"format": "heard-export", "version": 2}', "version: this Heard reads version 1"),
        (b'{"format": "heard-export", "version": 1}', "app_version: is missing"),
    ],
)
def test_files_that_are_not_exports(raw: bytes, message: str) -> None:
    with pytest.raises(ImportRejectedError) as info:
        parse_export(raw)
    assert message in str(info.value)


def test_a_missing_file_is_one_clear_line(target: Database, tmp_path: Path) -> None:
    with pytest.raises(ImportRejectedError, match=r"Cannot read .*nope\.json: no such file"):
        import_file(target, tmp_path / "nope.json", None)


def test_what_listening_ears_measured_goes_along(
    source: Database, target: Database, tmp_path: Path
) -> None:
    """Measured pause cues and held silences survive an export and import; a file written
    before listening ears (without those fields) still imports, as 'not measured'."""
    first = source.scalar("SELECT MIN(id) FROM session WHERE end_reason IS NOT NULL")
    source.execute("UPDATE session SET silences_held = 3 WHERE id = ?", (first,))
    source.execute(
        "UPDATE turn SET pause_measured = 1 WHERE session_id = ?1 AND seq ="
        " (SELECT MIN(seq) FROM turn WHERE session_id = ?1)",
        (first,),
    )
    document = export_document(source, NOW)
    assert document["sessions"][0]["silences_held"] == 3
    assert [t["pause_measured"] for t in document["sessions"][0]["turns"]] == [True, False, False]
    import_history(target, parse_export(json.dumps(document).encode()), None)
    assert export_document(target, NOW)["sessions"] == document["sessions"]
    measured = target.scalar("SELECT SUM(cues_measured) FROM session_totals")
    assert measured == 1  # the totals History reads follow the imported turns

    older = copy.deepcopy(document)
    for session in older["sessions"]:
        session["uuid"] = session["uuid"][:-4] + "beef"
        session.pop("silences_held")
        session["follow_up_of"] = None
        for turn in session["turns"]:
            turn.pop("pause_measured")
    parsed = parse_export(json.dumps(older).encode())
    assert parsed.sessions[0].silences_held is None
    assert not any(t.pause_measured for s in parsed.sessions for t in s.turns)
