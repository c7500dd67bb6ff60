"""Property: a mutated export file is either imported exactly or rejected, leaving the
database as it was. Never half-imported, never a crash other than ImportRejectedError."""

from __future__ import annotations

import copy
import json
import tempfile
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from heard.storage.db import Database
from heard.storage.demo_data import generate
from heard.storage.exchange import export_document
from heard.storage.exchange_format import ImportRejectedError
from heard.storage.exchange_import import import_history, parse_export

NOW = datetime(2026, 5, 1, tzinfo=UTC)
TABLES = ("session", "turn", "event", "checklist_answer", "session_totals")


class FakeCipher:
    """Reversible and recognisable; the real AES-GCM one is tested in test_exchange.py."""

    def seal_note(self, text: str, session_uuid: str) -> bytes:
        return f"{session_uuid}|{text}".encode()

    def open_note(self, blob: bytes, session_uuid: str) -> str:
        prefix, _, text = blob.decode().partition("|")
        assert prefix == session_uuid
        return text


CIPHER = FakeCipher()


def _base_document() -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as folder, Database.open(Path(folder) / "h.db") as db:
        generate(db, sessions=3, until=date(2026, 4, 30), seed=11, tz=UTC)
        with db.transaction():
            db.execute("DELETE FROM turn WHERE seq > 3")
            db.execute("UPDATE session SET follow_up_of = 1 WHERE id = 3")
            for sid, note in ((1, "a note ✓"), (2, "")):
                uuid = str(db.scalar("SELECT uuid FROM session WHERE id = ?", (sid,)))
                db.execute(
                    "UPDATE session SET notes_ciphertext = ? WHERE id = ?",
                    (CIPHER.seal_note(note, uuid), sid),
                )
        return export_document(db, NOW, CIPHER)


def _already_here(db: Database) -> None:
    generate(db, sessions=1, until=date(2020, 1, 1), seed=3, tz=UTC)


def _already_here_uuid() -> str:
    with tempfile.TemporaryDirectory() as folder, Database.open(Path(folder) / "h.db") as db:
        _already_here(db)
        return str(db.scalar("SELECT uuid FROM session"))


BASE = _base_document()
BASE_TEXT = json.dumps(BASE)
OLD_UUID = _already_here_uuid()


def leaves(value: Any) -> list[Any]:
    if isinstance(value, dict):
        return [leaf for item in value.values() for leaf in leaves(item)]
    if isinstance(value, list):
        return [leaf for item in value for leaf in leaves(item)]
    return [value]


def places(value: Any, found: list[tuple[Any, Any]] | None = None) -> list[tuple[Any, Any]]:
    """Every (container, key) in the document."""
    found = [] if found is None else found
    items = value.items() if isinstance(value, dict) else enumerate(value)
    for key, item in items:
        found.append((value, key))
        if isinstance(item, dict | list):
            places(item, found)
    return found


scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.sampled_from([0, -1, 1, 5, 6, 60, 61, 604_800, 604_800_001, 2**63, 10**30]),
    st.integers(),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(max_size=12),
    st.sampled_from(["a", "b", "c", "listen", "got_it", "pause", "", "\ud800", "x\x00y"]),
    st.sampled_from(sorted({str(v) for v in leaves(BASE) if isinstance(v, str)} | {OLD_UUID})),
    st.sampled_from([v for v in leaves(BASE) if not isinstance(v, str)]),
)
json_values = st.recursive(
    scalars,
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3)
    ),
    max_leaves=6,
)


def values_by_key(value: Any, found: dict[Any, set[str]]) -> dict[Any, set[str]]:
    items = value.items() if isinstance(value, dict) else enumerate(value)
    for key, item in items:
        if isinstance(item, str):
            found.setdefault(key, set()).add(item)
        elif isinstance(item, dict | list):
            values_by_key(item, found)
    return found


SEEN = values_by_key(BASE, {"uuid": {OLD_UUID}, "follow_up_of": {OLD_UUID}})


def tweaked(value: Any, key: Any) -> st.SearchStrategy[Any]:
    """A nearby value of the same JSON type: most of these are valid, but different."""
    if isinstance(value, str) and key in SEEN:
        return st.sampled_from(sorted(SEEN[key]))
    if isinstance(value, bool):
        return st.just(not value)
    if isinstance(value, int):
        low, high = sorted((value // 2, value * 2 + 1))
        return st.integers(value - 3, value + 3) | st.integers(low, high)
    if isinstance(value, float):
        return st.floats(-abs(value) * 2 - 1, abs(value) * 2 + 1)
    if isinstance(value, str):
        return st.sampled_from(sorted({str(v) for v in leaves(BASE) if isinstance(v, str)}))
    return json_values


def mutate_structure(document: Any, data: st.DataObject) -> None:
    spots = places(document)
    container, key = spots[data.draw(st.integers(0, len(spots) - 1))]
    action = data.draw(
        st.sampled_from(["tweak", "tweak", "set", "delete", "add_key", "dup", "swap"])
    )
    if action == "tweak":
        container[key] = data.draw(tweaked(container[key], key))
    elif action == "set":
        container[key] = data.draw(json_values)
    elif action == "delete":
        del container[key]
    elif action == "add_key" and isinstance(container, dict):
        container[data.draw(st.text(max_size=8))] = data.draw(json_values)
    elif action == "dup" and isinstance(container, list):
        container.insert(data.draw(st.integers(0, len(container))), copy.deepcopy(container[key]))
    elif action == "swap":
        other_container, other_key = spots[data.draw(st.integers(0, len(spots) - 1))]
        if other_container is not container or other_key != key:
            mine = copy.deepcopy(container[key])
            container[key] = copy.deepcopy(other_container[other_key])
            if other_key in other_container or isinstance(other_container, list):
                other_container[other_key] = mine


def mutate_text(text: str, data: st.DataObject) -> bytes:
    raw = text.encode()
    at = data.draw(st.integers(0, len(raw)))
    cut = data.draw(st.integers(0, 3))
    insert = data.draw(st.binary(max_size=3) | st.sampled_from([b",", b"]", b"}", b'"', b"1"]))
    return raw[:at] + insert + raw[at + cut :]


def dump(db: Database) -> list[tuple[object, ...]]:
    return [tuple(row) for table in TABLES for row in db.query_all(f"SELECT * FROM {table}")]


def normalised(session: dict[str, Any]) -> dict[str, Any]:
    result = dict(session)
    # Fields added with listening ears may be absent (older files): absent means the default.
    result["silences_held"] = session.get("silences_held")
    turns = [{"pause_measured": False, **turn} for turn in session["turns"]]
    result["turns"] = sorted(turns, key=lambda t: t["seq"])
    result["events"] = sorted(session["events"], key=lambda e: e["at_ms"])
    result["checklist"] = sorted(session["checklist"], key=lambda c: c["item_id"])
    result["actual_s"] = float(session["actual_s"])
    result["note"] = session.get("note")
    return result


@settings(
    max_examples=250,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(data=st.data(), rounds=st.sampled_from([1, 1, 1, 2, 3]), as_text=st.integers(0, 3))
def test_mutated_files_import_exactly_or_not_at_all(
    data: st.DataObject, rounds: int, as_text: int
) -> None:
    document = copy.deepcopy(BASE)
    if as_text == 0:  # a quarter of the files are damaged as text, the rest as JSON
        raw = mutate_text(BASE_TEXT, data)
    else:
        for _ in range(rounds):
            mutate_structure(document, data)
        raw = json.dumps(document, ensure_ascii=data.draw(st.booleans())).encode(
            "utf-8", "surrogatepass"
        )
    with tempfile.TemporaryDirectory() as folder, Database.open(Path(folder) / "h.db") as db:
        _already_here(db)
        before = dump(db)
        old = {s["uuid"]: s for s in export_document(db, NOW, CIPHER)["sessions"]}
        try:
            parsed = parse_export(raw)
            result = import_history(db, parsed, CIPHER)
        except ImportRejectedError as exc:
            event("rejected")
            assert str(exc) and "\n" not in str(exc)
            assert dump(db) == before
            return
        event(f"imported {result.added} of {len(parsed.sessions)}")
        incoming = json.loads(raw)["sessions"]
        stored = {s["uuid"]: s for s in export_document(db, NOW, CIPHER)["sessions"]}
        assert set(stored) == set(old) | {s["uuid"] for s in incoming}
        assert result.added == len({s["uuid"] for s in incoming} - set(old))
        for session in incoming:
            expected = old.get(session["uuid"], session)
            assert normalised(stored[session["uuid"]]) == normalised(expected)
        after = dump(db)
        again = import_history(db, parsed, CIPHER)
        assert again.added == 0 and dump(db) == after
