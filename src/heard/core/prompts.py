"""The listener's prompt cards: open questions, reflection starters, validation phrases and
the body-language reference, each with what to avoid. The words live in
resources/content/prompts.json (prompts.<language>.json for a translation)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from heard import resources
from heard.core.localized import localized

FORMAT = 1
RESOURCE_DIR = "content"


class PromptsError(ValueError):
    """prompts.json is malformed; the message names the field at fault."""


class Tone(StrEnum):
    DO = "do"
    AVOID = "avoid"


@dataclass(frozen=True)
class Section:
    title: str
    tone: Tone
    items: tuple[str, ...]


@dataclass(frozen=True)
class Table:
    columns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


@dataclass(frozen=True)
class Deck:
    id: str
    title: str
    intro: str
    sections: tuple[Section, ...]
    table: Table | None = None


def load_prompts(locale_name: str = "") -> tuple[Deck, ...]:
    """The decks for a locale such as 'fr_CA' (prompts.fr_CA.json, then prompts.fr.json),
    falling back to prompts.json."""
    name = localized(f"{RESOURCE_DIR}/prompts.json", locale_name)
    return parse_prompts(json.loads(resources.read_text(name)), name)


def parse_prompts(data: object, source: str = "prompts") -> tuple[Deck, ...]:
    root = _mapping(data, source)
    if root.get("format") != FORMAT:
        raise PromptsError(f"{source}: 'format' must be {FORMAT}")
    decks = tuple(
        _deck(raw, f"{source}: decks[{i}]")
        for i, raw in enumerate(_list(root.get("decks"), f"{source}: decks"))
    )
    ids = [deck.id for deck in decks]
    if len(set(ids)) != len(ids):
        raise PromptsError(f"{source}: deck ids must be unique")
    return decks


def _deck(data: object, where: str) -> Deck:
    raw = _mapping(data, where)
    sections = tuple(
        _section(item, f"{where}.sections[{i}]")
        for i, item in enumerate(_list(raw.get("sections"), f"{where}.sections"))
    )
    table = None if raw.get("table") is None else _table(raw["table"], f"{where}.table")
    return Deck(
        id=_text(raw.get("id"), f"{where}.id"),
        title=_text(raw.get("title"), f"{where}.title"),
        intro=_text(raw.get("intro"), f"{where}.intro"),
        sections=sections,
        table=table,
    )


def _section(data: object, where: str) -> Section:
    raw = _mapping(data, where)
    tone = raw.get("tone")
    if tone not in {t.value for t in Tone}:
        raise PromptsError(f"{where}.tone must be 'do' or 'avoid'")
    items = tuple(
        _text(item, f"{where}.items[{i}]")
        for i, item in enumerate(_list(raw.get("items"), f"{where}.items"))
    )
    return Section(_text(raw.get("title"), f"{where}.title"), Tone(tone), items)


def _table(data: object, where: str) -> Table:
    raw = _mapping(data, where)
    columns = tuple(
        _text(c, f"{where}.columns[{i}]")
        for i, c in enumerate(_list(raw.get("columns"), f"{where}.columns"))
    )
    rows = []
    for i, row in enumerate(_list(raw.get("rows"), f"{where}.rows")):
        cells = tuple(_text(c, f"{where}.rows[{i}]") for c in _list(row, f"{where}.rows[{i}]"))
        if len(cells) != len(columns):
            raise PromptsError(f"{where}.rows[{i}] must have {len(columns)} cells")
        rows.append(cells)
    return Table(columns, tuple(rows))


def _mapping(value: object, where: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise PromptsError(f"{where} must be an object")
    return value


def _list(value: object, where: str) -> list[Any]:
    if not isinstance(value, list) or not value:
        raise PromptsError(f"{where} must be a non-empty list")
    return value


def _text(value: object, where: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise PromptsError(f"{where} must be a non-empty string")
    return value.strip()
