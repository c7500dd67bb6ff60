"""Heard's language: English (the source) or German, from the desktop or the settings.

Every user-facing string goes through Qt's translation functions (`self.tr()` in QObject
classes, `translate(context, text)` from here elsewhere; never a helper that hides the literal
from lupdate). `make translations`
extracts them into resources/translations/heard_<lang>.ts (pyside6-lupdate) and compiles
.qm files (pyside6-lrelease); `make run`, `make test` and `make package` compile the .qm
files first. At run time nothing is compiled: the .qm file is loaded, or Heard stays in
English and says so in the log.

The shipped texts that are data (checklist, prompt cards, templates) have one file per
language, `name.<lang>.json`, picked by :func:`content_locale`.

Plurals: lupdate reads `self.tr("%n minutes", "", n)` as a plural, but not
QCoreApplication.translate(..., n). Outside QObject classes, pick between two whole
sentences with :func:`plural` (right for English and German).
"""

from __future__ import annotations

import logging
import re
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale

from heard import resources

if TYPE_CHECKING:  # loaded for a translation only: English, the usual case, needs none
    from PySide6.QtCore import QTranslator

log = logging.getLogger(__name__)

_LOADED: list[bytes] = []
"""Every .qm file's bytes, kept for the whole run: a QTranslator loaded from memory reads
them in place, and may outlive the Translation object that loaded it."""

SOURCE_LANGUAGE = "en"
LANGUAGES = ("en", "de")
"""The languages Heard speaks (heard.core.preferences adds "system")."""


def system_language() -> str:
    """The first of the desktop's preferred languages that Heard speaks, else English."""
    for name in QLocale.system().uiLanguages():
        code = name.replace("-", "_").split("_", maxsplit=1)[0].lower()
        if code in LANGUAGES:
            return code
    return SOURCE_LANGUAGE


def resolve_language(choice: str) -> str:
    """A setting ("system", "en", "de", or anything unknown) as a language Heard speaks."""
    return choice if choice in LANGUAGES else system_language()


def content_locale() -> str:
    """The locale name for Heard's content files (checklist.de.json...): 'de_DE', 'en_US'."""
    return QLocale().name()


def translate(context: str, text: str, disambiguation: str | None = None) -> str:
    """QCoreApplication.translate, typed. Call it with literal strings so that lupdate
    finds them: translate("SessionTexts", "Ready when you are.")."""
    return QCoreApplication.translate(context, text, disambiguation)


def ui_locale() -> QLocale:
    """The locale for numbers and dates in the UI language (English for the C locale)."""
    locale = QLocale()
    return QLocale(QLocale.Language.English) if locale.language() == QLocale.Language.C else locale


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark `text` for lupdate where it cannot be translated yet (a table at import time);
    show it later with QCoreApplication.translate(context, text). Typed, unlike Qt's."""
    return text


_PLACEHOLDER = re.compile(r"%(\d+)")


def fill(text: str, *values: object) -> str:
    """Qt's %1, %2... placeholders filled in one pass (a value may itself contain '%2').
    A number with no value (%0, %3 of two) stays as it is. One regex pass, in C: this runs
    for many labels at every change of floor."""

    def value(match: re.Match[str]) -> str:
        number = int(match.group(1))
        return str(values[number - 1]) if 1 <= number <= len(values) else match.group(0)

    return _PLACEHOLDER.sub(value, text) if "%" in text else text


def plural(count: int, one: str, other: str) -> str:
    """One of two already-translated sentences, with %n replaced by the count."""
    return (one if count == 1 else other).replace("%n", str(count))


class Translation:
    """The translators installed on the application for one language."""

    def __init__(self, app: QCoreApplication) -> None:
        self._app = app
        self._translators: list[QTranslator] = []
        self.language = SOURCE_LANGUAGE

    def install(self, choice: str) -> str:
        """Switch to the language of `choice` and return it. Screens built afterwards use
        it; the locale default (dates, numbers, content files) follows at once."""
        self.remove()
        language = resolve_language(choice)
        QLocale.setDefault(QLocale(language))
        self.language = language
        if language == SOURCE_LANGUAGE:
            return language
        from PySide6.QtCore import QLibraryInfo, QTranslator

        own = QTranslator(self._app)
        name = f"translations/heard_{language}.qm"
        try:
            data = resources.read_bytes(name)
        except (OSError, ValueError) as exc:
            log.warning("no %s translation (%s): Heard stays in English", language, exc)
            self.language = SOURCE_LANGUAGE
            QLocale.setDefault(QLocale(SOURCE_LANGUAGE))
            return SOURCE_LANGUAGE
        if not own.load(data):
            log.warning("the %s translation %s could not be read", language, name)
            self.language = SOURCE_LANGUAGE
            QLocale.setDefault(QLocale(SOURCE_LANGUAGE))
            return SOURCE_LANGUAGE
        _LOADED.append(data)  # the translator reads these bytes for as long as it exists
        self._add(own)
        # Qt's own words (Yes/No, Cancel, the text-field menu) from the Qt installation.
        qt = QTranslator(self._app)
        folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt.load(QLocale(language), "qtbase", "_", folder):
            self._add(qt)
        else:
            log.info("no Qt base translation for %s in %s", language, folder)
        log.info("language: %s", language)
        return language

    def remove(self) -> None:
        for translator in self._translators:
            self._app.removeTranslator(translator)
            translator.deleteLater()
        self._translators.clear()
        self.language = SOURCE_LANGUAGE

    def _add(self, translator: QTranslator) -> None:
        self._app.installTranslator(translator)
        self._translators.append(translator)
