"""The shipped checklist content, its validation, and its translations."""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest

from heard import resources
from heard.core import checklist
from heard.core.checklist import ContentError, load_checklist, parse_checklist

SHIPPED = json.loads(resources.read_text("content/checklist.json"))

# Ids are stored in checklist_answer: once shipped they must keep existing (texts may change).
STORED_IDS = {
    "repair.acknowledge",
    "repair.apologize",
    "repair.ask_again",
    "repair.listen_better",
    "repair.keep_private",
    "repair.learn",
    "self.interrupted",
    "self.unasked_advice",
    "self.made_it_about_me",
    "self.rehearsing",
    "self.defensive",
    "self.elsewhere",
}


def test_the_shipped_content_loads() -> None:
    content = load_checklist()
    assert [group.id for group in content.groups] == ["repair", "self_check"]
    assert set(content.item_ids()) >= STORED_IDS
    assert content.question == "How heard did you feel?"
    assert [content.scale_label(value) for value in (1, 5)] == ["Not heard", "Fully heard"]
    assert len(content.phrases) >= 4


def test_the_issue_s_self_check_items_are_there() -> None:
    texts = {group.id: [item.text for item in group.items] for group in load_checklist().groups}
    for wanted in (
        "I interrupted",
        "I gave advice nobody asked for",
        "I made it about me",
        "I was rehearsing my reply",
    ):
        assert wanted in texts["self_check"]


def test_item_lookup() -> None:
    content = load_checklist()
    found = content.item("self.interrupted")
    assert found is not None and found.text == "I interrupted"
    assert content.item("gone.from.an.older.version") is None


def _broken(change: str) -> dict[str, Any]:
    data = copy.deepcopy(SHIPPED)
    match change:
        case "format":
            data["format"] = 99
        case "scale":
            del data["check_in"]["scale"]["5"]
        case "duplicate":
            data["groups"][1]["items"][0]["id"] = "repair.apologize"
        case "bad-id":
            data["groups"][0]["items"][0]["id"] = "Repair Me"
        case "empty-text":
            data["groups"][0]["items"][1]["text"] = "   "
        case "no-phrases":
            data["phrases"]["items"] = []
    return data


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ("format", "'format' must be 1"),
        ("scale", "keys 1 to 5"),
        ("duplicate", "repeated: repair.apologize"),
        ("bad-id", "'Repair Me' is not a valid id"),
        ("empty-text", r"groups\[0\].items\[1\] must be a non-empty string"),
        ("no-phrases", "phrases.items must be a non-empty list"),
    ],
)
def test_malformed_content_names_the_field(change: str, message: str) -> None:
    with pytest.raises(ContentError, match=message):
        parse_checklist(_broken(change), "test.json")


def test_a_translation_is_picked_by_language(monkeypatch: pytest.MonkeyPatch) -> None:
    french = copy.deepcopy(SHIPPED)
    french["check_in"]["question"] = "Vous êtes-vous senti entendu ?"
    files = {"content/checklist.fr.json": json.dumps(french)}
    real_exists, real_read = resources.exists, resources.read_text
    monkeypatch.setattr(checklist.resources, "exists", lambda n: n in files or real_exists(n))
    monkeypatch.setattr(
        checklist.resources, "read_text", lambda n: files[n] if n in files else real_read(n)
    )
    assert load_checklist("fr_CA").question == "Vous êtes-vous senti entendu ?"
    assert load_checklist("ja_JP").question == "How heard did you feel?"
