"""Templates and prompt cards as shipped data: they load, they say what the guide asks for,
and malformed files are refused with the field at fault. Couples' own templates."""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest

from heard import resources
from heard.core.model import ConfigError
from heard.core.prompts import PromptsError, Tone, load_prompts, parse_prompts
from heard.core.templates import (
    DEFAULT_ID,
    Template,
    TemplateError,
    display_name,
    find,
    load_templates,
    make_user_template,
    parse_templates,
)


def raw(name: str) -> dict[str, Any]:
    data = json.loads(resources.read_text(f"content/{name}"))
    assert isinstance(data, dict)
    return data


# ----------------------------------------------------------------------------- templates


def test_the_guides_rituals_are_templates_with_the_default_first() -> None:
    templates = load_templates()
    assert [(t.id, t.minutes) for t in templates] == [
        (DEFAULT_ID, 20),
        ("daily_high_low", 10),
        ("weekly_meeting", 30),
        ("monthly_deep_talk", 45),
    ]
    assert templates[0].name == "20-minute phone-free session"
    high_low = find(templates, "daily_high_low")
    assert high_low is not None and "one high and one low" in high_low.guidance
    assert all(t.builtin for t in templates)


def test_unknown_ids_still_read_well() -> None:
    templates = load_templates()
    assert display_name(templates, "weekly_meeting") == "Weekly relationship meeting"
    assert display_name(templates, "try_again") == "Try again"
    assert find(templates, "nope") is None


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d.update(format=2), "format"),
        (lambda d: d.update(templates=[]), "non-empty list"),
        (lambda d: d.update(default="nope"), "default"),
        (lambda d: d["templates"][1].update(minutes=0), r"templates\[1\].minutes"),
        (lambda d: d["templates"][1].update(minutes="10"), "whole number"),
        (lambda d: d["templates"][2].update(id="Weekly Meeting"), r"templates\[2\].id"),
        (lambda d: d["templates"][0].update(name=" "), "name"),
        (lambda d: d["templates"][3].update(id="daily_high_low"), "unique"),
        (lambda d: d["templates"][0].update(guidance=3), "guidance"),
    ],
)
def test_malformed_templates_name_the_field(change: Any, message: str) -> None:
    data = copy.deepcopy(raw("templates.json"))
    change(data)
    with pytest.raises(TemplateError, match=message):
        parse_templates(data, "templates.json")


def test_a_couples_own_template_gets_a_fresh_stable_id() -> None:
    existing = list(load_templates())
    mine = make_user_template("  Sunday   walk ", 25, "  Walk and talk, no screens. ", existing)
    assert mine == Template(
        "own_sunday_walk", "Sunday walk", 25, "Walk and talk, no screens.", False
    )
    twin = make_user_template("Sunday-walk!", 15, "", [*existing, mine])
    assert twin.id == "own_sunday_walk_2"


@pytest.mark.parametrize(
    ("name", "minutes", "guidance", "message"),
    [
        ("", 20, "", "needs a name"),
        ("x" * 41, 20, "", "at most 40"),
        ("Daily high & low", 20, "", "already a template"),
        ("Fine", 0, "", "1 to 180"),
        ("Fine", 181, "", "1 to 180"),
        ("Fine", 20, "y" * 161, "at most 160"),
    ],
)
def test_own_templates_are_checked(name: str, minutes: int, guidance: str, message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        make_user_template(name, minutes, guidance, load_templates())


# ----------------------------------------------------------------------------- prompt cards


def test_the_prompt_cards_cover_the_guides_practices() -> None:
    decks = load_prompts()
    assert [d.id for d in decks] == ["questions", "reflect", "validate", "body"]
    for deck in decks:
        tones = [section.tone for section in deck.sections]
        assert tones == [Tone.DO, Tone.AVOID], deck.id  # what helps, then what to avoid
    reflect = decks[1].sections[0].items
    assert "What I'm hearing is…" in reflect
    assert "It sounds like you're feeling…" in reflect
    body = decks[3].table
    assert body is not None
    assert len(body.columns) == 3 and len(body.rows) == 6
    assert {row[0] for row in body.rows} >= {"Eyes looking away", "Slumped posture"}


def test_a_translation_is_used_when_there_is_one_and_english_otherwise() -> None:
    assert load_prompts("xx_YY") == load_prompts()


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d.update(format=0), "format"),
        (lambda d: d["decks"][0]["sections"][0].update(tone="maybe"), "tone"),
        (lambda d: d["decks"][1]["sections"][1].update(items=[]), r"sections\[1\].items"),
        (lambda d: d["decks"][3]["table"]["rows"][2].pop(), r"rows\[2\] must have 3 cells"),
        (lambda d: d["decks"][2].update(id="questions"), "unique"),
        (lambda d: d["decks"][0].update(title=""), r"decks\[0\].title"),
    ],
)
def test_malformed_prompts_name_the_field(change: Any, message: str) -> None:
    data = copy.deepcopy(raw("prompts.json"))
    change(data)
    with pytest.raises(PromptsError, match=message):
        parse_prompts(data, "prompts.json")
