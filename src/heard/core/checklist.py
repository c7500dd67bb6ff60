"""The after-session content: the check-in scale, the repair checklist and repair phrases.

The words live in resources/content/checklist.json (and checklist.<language>.json for a
translation), not in code, so they can be edited and translated. Item ids are stable: they
are what the database keeps in checklist_answer, so an item's text may change, its id never.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from heard import resources
from heard.core.localized import localized

FORMAT = 1
SCALE = range(1, 6)
"""'How heard did you feel?' is answered from 1 to 5."""
_RESOURCE_DIR = "content"
_ID = re.compile(r"^[a-z][a-z0-9_]*(\.[a-z0-9_]+)*$")


class ContentError(ValueError):
    """The content file is malformed; the message names the field at fault."""


@dataclass(frozen=True)
class ChecklistItem:
    id: str
    text: str


@dataclass(frozen=True)
class ChecklistGroup:
    id: str
    title: str
    intro: str
    items: tuple[ChecklistItem, ...]


@dataclass(frozen=True)
class ChecklistContent:
    question: str
    scale: Mapping[int, str]
    """1..5 → a short label ('Mostly heard')."""
    groups: tuple[ChecklistGroup, ...]
    phrases_title: str
    phrases_intro: str
    phrases: tuple[str, ...]

    def item_ids(self) -> list[str]:
        return [item.id for group in self.groups for item in group.items]

    def item(self, item_id: str) -> ChecklistItem | None:
        """The item with this id, or None (an answer stored by an older content version)."""
        for group in self.groups:
            for item in group.items:
                if item.id == item_id:
                    return item
        return None

    def scale_label(self, value: int) -> str:
        return self.scale[value]


def load_checklist(locale_name: str = "") -> ChecklistContent:
    """The content for a locale such as 'fr_CA' (tries checklist.fr_CA.json, then
    checklist.fr.json), falling back to the default checklist.json."""
    name = localized(f"{_RESOURCE_DIR}/checklist.json", locale_name)
    return parse_checklist(json.loads(resources.read_text(name)), name)


def parse_checklist(data: object, source: str = "checklist") -> ChecklistContent:
    """Validate decoded JSON and build the content. ContentError names what is wrong."""
    root = _mapping(data, source)
    if root.get("format") != FORMAT:
        raise ContentError(f"{source}: 'format' must be {FORMAT}")
    check_in = _mapping(root.get("check_in"), f"{source}: check_in")
    raw_scale = _mapping(check_in.get("scale"), f"{source}: check_in.scale")
    if sorted(raw_scale) != [str(value) for value in SCALE]:
        raise ContentError(f"{source}: check_in.scale must have the keys 1 to 5")
    scale = {int(k): _text(v, f"{source}: check_in.scale.{k}") for k, v in raw_scale.items()}
    groups = tuple(
        _group(raw, f"{source}: groups[{index}]")
        for index, raw in enumerate(_list(root.get("groups"), f"{source}: groups"))
    )
    ids = [item.id for group in groups for item in group.items]
    duplicates = sorted({item_id for item_id in ids if ids.count(item_id) > 1})
    if duplicates:
        raise ContentError(f"{source}: item ids must be unique, repeated: {', '.join(duplicates)}")
    phrases = _mapping(root.get("phrases"), f"{source}: phrases")
    return ChecklistContent(
        question=_text(check_in.get("question"), f"{source}: check_in.question"),
        scale=scale,
        groups=groups,
        phrases_title=_text(phrases.get("title"), f"{source}: phrases.title"),
        phrases_intro=_text(phrases.get("intro"), f"{source}: phrases.intro"),
        phrases=tuple(
            _text(text, f"{source}: phrases.items[{index}]")
            for index, text in enumerate(_list(phrases.get("items"), f"{source}: phrases.items"))
        ),
    )


def _group(data: object, where: str) -> ChecklistGroup:
    raw = _mapping(data, where)
    items = []
    for index, item_data in enumerate(_list(raw.get("items"), f"{where}.items")):
        item = _mapping(item_data, f"{where}.items[{index}]")
        item_id = _text(item.get("id"), f"{where}.items[{index}].id")
        if not _ID.match(item_id):
            raise ContentError(f"{where}.items[{index}].id {item_id!r} is not a valid id")
        items.append(ChecklistItem(item_id, _text(item.get("text"), f"{where}.items[{index}]")))
    return ChecklistGroup(
        id=_text(raw.get("id"), f"{where}.id"),
        title=_text(raw.get("title"), f"{where}.title"),
        intro=_text(raw.get("intro"), f"{where}.intro"),
        items=tuple(items),
    )


def _mapping(value: object, where: str) -> Mapping[str, Any]:
    if not isinstance(value, dict):
        raise ContentError(f"{where} must be an object")
    return value


def _list(value: object, where: str) -> list[Any]:
    if not isinstance(value, list) or not value:
        raise ContentError(f"{where} must be a non-empty list")
    return value


def _text(value: object, where: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ContentError(f"{where} must be a non-empty string")
    return value.strip()
