"""Which language version of a shipped content file to read.

Content files (checklist, prompt cards, templates) are translated as whole files beside the
English one: ``content/checklist.json`` is English, ``content/checklist.de.json`` German,
``content/checklist.de_AT.json`` would be Austrian German. Ids stay the same in every
language; only the words change (tests/unit/test_content_translations.py checks that).
"""

from __future__ import annotations

from pathlib import PurePosixPath

from heard import resources


def candidates(resource: str, locale_name: str) -> list[str]:
    """The files to try for a locale such as 'de_DE', most specific first, ending with the
    English original: content/x.de_DE.json, content/x.de.json, content/x.json."""
    path = PurePosixPath(resource)
    names: list[str] = []
    if locale_name:
        for language in (locale_name, locale_name.split("_", maxsplit=1)[0]):
            if language and language not in ("C", "POSIX"):
                names.append(str(path.with_name(f"{path.stem}.{language}{path.suffix}")))
    names.append(resource)
    return list(dict.fromkeys(names))


def localized(resource: str, locale_name: str) -> str:
    """The first of :func:`candidates` that is shipped (the original if none is)."""
    return next(
        (name for name in candidates(resource, locale_name) if resources.exists(name)), resource
    )
