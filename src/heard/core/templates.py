"""Session templates: a name, a length and a line of guidance shown during the session.

The built-in ones live in resources/content/templates.json (the guide's rituals: a daily
high & low, a weekly relationship meeting, a monthly deep talk, and the 20-minute phone-free
session that is the default). Couples can add their own (stored by heard.storage). A
template's id is what the session row keeps in `template`, so ids never change.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from typing import Any, NamedTuple

from heard import resources
from heard.core.localized import localized
from heard.core.model import MAX_MINUTES, MIN_MINUTES, ConfigError

FORMAT = 1
RESOURCE = "content/templates.json"
DEFAULT_ID = "phone_free_20"
USER_PREFIX = "own_"
MAX_TEMPLATE_NAME = 40
MAX_GUIDANCE = 160
_ID = re.compile(r"^[a-z][a-z0-9_]{0,39}$")


class TemplateError(ValueError):
    """templates.json is malformed; the message names the field at fault."""


class Template(NamedTuple):  # not a dataclass: defined on the launch path (~0.2 ms, not ~1 ms)
    id: str
    name: str
    minutes: int
    guidance: str = ""
    """One line shown on the session screen ('' for none)."""
    builtin: bool = True


def load_templates(locale_name: str = "") -> tuple[Template, ...]:
    """The built-in templates, default first, in a locale such as 'de_DE'
    (templates.de_DE.json, then templates.de.json), falling back to templates.json."""
    name = localized(RESOURCE, locale_name)
    return parse_templates(json.loads(resources.read_text(name)), name)


def parse_templates(data: object, source: str = "templates") -> tuple[Template, ...]:
    root = _mapping(data, source)
    if root.get("format") != FORMAT:
        raise TemplateError(f"{source}: 'format' must be {FORMAT}")
    raw = root.get("templates")
    if not isinstance(raw, list) or not raw:
        raise TemplateError(f"{source}: 'templates' must be a non-empty list")
    found = [_template(item, f"{source}: templates[{i}]") for i, item in enumerate(raw)]
    ids = [t.id for t in found]
    if len(set(ids)) != len(ids):
        raise TemplateError(f"{source}: template ids must be unique")
    default = root.get("default")
    if default not in ids:
        raise TemplateError(f"{source}: 'default' must be one of the template ids")
    return tuple(sorted(found, key=lambda t: t.id != default))


def find(templates: Iterable[Template], template_id: str) -> Template | None:
    return next((t for t in templates if t.id == template_id), None)


def display_name(templates: Iterable[Template], template_id: str) -> str:
    """A template's name, or a readable form of an id that is not (or no longer) known."""
    found = find(templates, template_id)
    return found.name if found is not None else template_id.replace("_", " ").capitalize()


def make_user_template(
    name: str, minutes: int, guidance: str, existing: Sequence[Template]
) -> Template:
    """A couple's own template, with a fresh id. Raises ConfigError with a one-line reason."""
    clean = " ".join(name.split())
    if not clean:
        raise ConfigError("A template needs a name.")
    if len(clean) > MAX_TEMPLATE_NAME:
        raise ConfigError(f"A template's name is at most {MAX_TEMPLATE_NAME} characters.")
    if any(t.name.casefold() == clean.casefold() for t in existing):
        raise ConfigError(f"There is already a template called {clean!r}.")
    if not MIN_MINUTES <= minutes <= MAX_MINUTES:
        raise ConfigError(f"A session lasts {MIN_MINUTES} to {MAX_MINUTES} minutes.")
    line = " ".join(guidance.split())
    if len(line) > MAX_GUIDANCE:
        raise ConfigError(f"The guidance line is at most {MAX_GUIDANCE} characters.")
    slug = re.sub(r"[^a-z0-9]+", "_", clean.casefold()).strip("_")[:24] or "template"
    taken = {t.id for t in existing}
    base = f"{USER_PREFIX}{slug}"
    template_id, number = base, 2
    while template_id in taken:
        template_id, number = f"{base}_{number}", number + 1
    return Template(template_id, clean, minutes, line, builtin=False)


def _template(data: object, where: str) -> Template:
    raw = _mapping(data, where)
    template_id = raw.get("id")
    if not isinstance(template_id, str) or not _ID.match(template_id):
        raise TemplateError(f"{where}.id must be a lower-case id")
    name = raw.get("name")
    if not isinstance(name, str) or not name.strip():
        raise TemplateError(f"{where}.name must be a non-empty string")
    minutes = raw.get("minutes")
    if isinstance(minutes, bool) or not isinstance(minutes, int):
        raise TemplateError(f"{where}.minutes must be a whole number")
    if not MIN_MINUTES <= minutes <= MAX_MINUTES:
        raise TemplateError(f"{where}.minutes must be {MIN_MINUTES} to {MAX_MINUTES}")
    guidance = raw.get("guidance", "")
    if not isinstance(guidance, str):
        raise TemplateError(f"{where}.guidance must be a string")
    return Template(template_id, name.strip(), minutes, guidance.strip())


def _mapping(value: object, where: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise TemplateError(f"{where} must be an object")
    return value
