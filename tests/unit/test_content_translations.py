"""Every language Heard speaks has its own checklist, prompt cards and templates, with the
same ids and shape as the English files and a text for every item."""

from __future__ import annotations

import json
from typing import Any

import pytest

from heard import resources
from heard.core.checklist import load_checklist
from heard.core.localized import candidates, localized
from heard.core.prompts import load_prompts
from heard.core.templates import load_templates

CONTENT = ("checklist", "prompts", "templates")


def languages() -> list[str]:
    """The languages with a UI translation (resources/translations/heard_<lang>.ts)."""
    return sorted(
        name.removeprefix("heard_").removesuffix(".ts")
        for name in resources.names("translations")
        if name.endswith(".ts")
    )


def shape(value: Any) -> Any:
    """The structure with the words taken out: ids, numbers, tones and list lengths stay."""
    if isinstance(value, dict):
        return {k: v if k in ("id", "tone", "minutes", "default", "format") else shape(v)
                for k, v in value.items()}  # fmt: skip
    if isinstance(value, list):
        return [shape(item) for item in value]
    return type(value).__name__


def texts(value: Any) -> list[str]:
    if isinstance(value, dict):
        return [t for k, v in value.items() if k not in ("id", "tone", "default") for t in texts(v)]
    if isinstance(value, list):
        return [t for item in value for t in texts(item)]
    return [value] if isinstance(value, str) else []


def test_german_is_among_the_languages() -> None:
    assert "de" in languages()


@pytest.mark.parametrize("language", languages())
@pytest.mark.parametrize("content", CONTENT)
def test_each_translation_has_the_same_ids_and_a_text_for_each(language: str, content: str) -> None:
    english = json.loads(resources.read_text(f"content/{content}.json"))
    name = f"content/{content}.{language}.json"
    assert resources.exists(name), f"{name} is missing"
    translated = json.loads(resources.read_text(name))
    assert shape(translated) == shape(english)
    words = texts(translated)
    assert all(text.strip() for text in words)
    same = [t for t in words if t in texts(english) and any(c.isalpha() for c in t)]
    assert len(same) <= len(words) // 10, f"looks untranslated: {same[:5]}"


@pytest.mark.parametrize("language", languages())
def test_the_loaders_pick_the_language(language: str) -> None:
    locale = f"{language}_XX"
    assert load_checklist(locale) != load_checklist("")
    assert load_prompts(locale) != load_prompts("")
    assert [t.id for t in load_templates(locale)] == [t.id for t in load_templates("")]
    assert load_templates(locale) != load_templates("")
    assert load_checklist(locale).item_ids() == load_checklist("").item_ids()


def test_candidates_go_from_the_most_specific_to_english() -> None:
    assert candidates("content/checklist.json", "de_AT") == [
        "content/checklist.de_AT.json",
        "content/checklist.de.json",
        "content/checklist.json",
    ]
    assert candidates("content/checklist.json", "C") == ["content/checklist.json"]
    assert localized("content/templates.json", "de_AT") == "content/templates.de.json"
    assert localized("content/templates.json", "ja_JP") == "content/templates.json"
