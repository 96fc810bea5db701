"""The languages of the window (and, next, of the reports): each fixed text is written in English in
the code, inside `translate("Context", "text")`, and its French and Spanish come from the shipped
catalogues (resources/i18n/*.qm, built by `make translations` from the .ts files translators edit;
docs/TRANSLATING.md). Plain Python, no Qt: the reports, which never import Qt, read the same
catalogues through a `Translator` of their own language, whatever the window's. A text with figures
names them ({count}, {date}) so a translator can move them."""

from __future__ import annotations

import locale
import os
import struct
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from .paths import shipped_dir

ENGLISH = "en"  # the language the texts are written in
LANGUAGES = {ENGLISH: "English", "fr": "Français", "es": "Español"}
_language = ENGLISH


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name pyside6-lupdate looks for)
    """Marks a text declared before the language is chosen (the actions, the page names): lupdate
    collects it, and where it is shown `translate(context, text)` gives its translation."""
    return text


def translate(context: str, text: str) -> str:
    """The text in the language in use, or as written when the catalogue has no translation."""
    return Translator(_language).translate(context, text)


@dataclass(frozen=True)
class Translator:
    """The texts of one language: a report is printed in its own, whatever the window's, and two
    reports built at once in two languages share nothing but the catalogues, read once."""

    language: str = ENGLISH

    def __post_init__(self) -> None:
        if self.language not in LANGUAGES:
            raise ValueError(f"language {self.language!r} is not one of {', '.join(LANGUAGES)}")

    def translate(self, context: str, text: str) -> str:
        """The text in this language, or as written when the catalogue has no translation. lupdate
        collects a call written with both texts in quotes; one given a variable (a label marked
        where it is declared, with QT_TRANSLATE_NOOP) it passes over."""
        return catalogue(self.language).get((context, text), text)

    def profile_name(self, name: str) -> str:
        """A profile's name in this language when it is a built-in one's (i18n.profile_name)."""
        return profile_name(name, self.language)


# The built-in profiles' names as the first migration seeds them (migrations 0001): words of the
# program, shown in the language of the page or report; a name the office gave or changed is its own
# and is shown as typed (DOMAIN.md section 1).
SEEDED_PROFILE_NAMES = (
    QT_TRANSLATE_NOOP("Profiles", "US anti-personnel landmine policy (June 2022)"),
    QT_TRANSLATE_NOOP("Profiles", "Ottawa Convention (Mine Ban Treaty, 1997)"),
)


def profile_name(name: str, language: str | None = None) -> str:
    """A profile's name as a page or report in `language` (default: the language in use) shows it:
    a built-in profile's seeded name in that language, any other name as stored. The one function the
    reports (with their own language) and the window call."""
    if name not in SEEDED_PROFILE_NAMES:
        return name
    return Translator(language or _language).translate("Profiles", name)


# Thousands as each language's administrative texts write them: 1,200 in English reads as 1.2 in
# French and Spanish (a narrow no-break space there, as in the Convention's French; a point in Spanish).
THOUSANDS = {ENGLISH: ",", "fr": "\u202f", "es": "."}


def figure_in(number: int, language: str) -> str:
    """A whole number with the language's thousands separator (reports.document.figure). Spanish
    groups from five digits (4950, 15.000), as its norm and Qt's Spanish locale in the window do."""
    if language == "es" and abs(number) < 10_000:
        return str(number)
    return column_figure(number, language)


def column_figure(number: int, language: str) -> str:
    """A whole number in a table's column: Spanish groups four digits there too (5.080 above
    23.330), as its norm does for figures aligned with larger ones; elsewhere as figure_in."""
    return f"{number:,}".replace(",", THOUSANDS[language])


# The semicolon between the parts of a list (a report's notes, a refusal's suspensions): French sets a
# no-break space before it, as before : ? and ! (the translations do the same inside their sentences).
SEPARATORS = {ENGLISH: "; ", "fr": "\u00a0; ", "es": "; "}


def joined_in(parts: Iterable[str], language: str) -> str:
    """The parts, in order, as one list in `language`: "a; b" in English and Spanish, "a ; b" in
    French (reports.document.joined; the services' messages in the language in use)."""
    return SEPARATORS[language].join(parts)


def singular(number: int) -> bool:
    """Whether a count takes the singular in the language in use: French says "0 lot" and "1 lot",
    English and Spanish "0 lots" and "1 lot" (gettext's and Qt's plural rules). A text with a count
    is written twice, for one and for many, and this chooses (qt.figures.counted)."""
    return number in (0, 1) if _language == "fr" else number == 1


def use_language(language: str) -> None:
    """Chosen once at the start (the window), before any text is shown."""
    global _language
    if language not in LANGUAGES:
        raise ValueError(f"language {language!r} is not one of {', '.join(LANGUAGES)}")
    _language = language


def language_in_use() -> str:
    return _language


def chosen_language(choice: str, system: str) -> str:
    """The language asked for (the settings, --language) if it is one of ours, else the system's
    (a locale name such as "fr_CA") if it is, else English."""
    for candidate in (choice, system.split("_")[0].split("-")[0]):
        if candidate in LANGUAGES:
            return candidate
    return ENGLISH


def system_locale() -> str:
    """The system's language as a locale name ("fr_FR") without Qt, for the command line: the
    environment as gettext reads it on Linux and macOS (LANGUAGE, LC_ALL, LC_MESSAGES, LANG), else
    the user's locale (Windows: "French_France"). Python's own getlocale reads "C" until a
    program calls setlocale, which this one never does."""
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(variable, "").split(":")[0]
        if value:
            return locale.normalize(value)
    try:
        return locale.normalize(locale.getlocale()[0] or "")
    except ValueError:  # an odd name in the environment of a Windows process
        return ""


def catalogue_file(language: str) -> Path:
    return shipped_dir("resources") / "i18n" / f"stockpile_tracker_{language}.qm"


@cache
def catalogue(language: str) -> dict[tuple[str, str], str]:
    """(context, source text) -> translation, read from the language's .qm file; English has none."""
    return {} if language == ENGLISH else read_qm(catalogue_file(language).read_bytes())


# The .qm format (Qt's translator.cpp): a magic number, then sections of a tag byte and a 32-bit
# length; the messages section holds, for each message, fields (a tag, a 32-bit length, the bytes)
# up to an end tag. lrelease keeps the context and the source text beside each translation.
QM_MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
_MESSAGES = 0x69
_END, _TRANSLATION, _SOURCE, _CONTEXT, _COMMENT = 1, 3, 6, 7, 8
_NULL = 0xFFFFFFFF


def read_qm(data: bytes) -> dict[tuple[str, str], str]:
    if not data.startswith(QM_MAGIC):
        raise ValueError("not a Qt translation (.qm) file")
    position, messages = len(QM_MAGIC), b""
    while position < len(data):
        tag, length = struct.unpack_from(">BI", data, position)
        if tag == _MESSAGES:
            messages = data[position + 5 : position + 5 + length]
        position += 5 + length
    found: dict[tuple[str, str], str] = {}
    fields: dict[int, bytes] = {}
    position = 0
    while position < len(messages):
        tag = messages[position]
        if tag == _END:
            if fields.get(_TRANSLATION):
                found[fields[_CONTEXT].decode(), fields[_SOURCE].decode()] = fields[_TRANSLATION].decode("utf-16-be")
            fields = {}
            position += 1
            continue
        if tag not in (_TRANSLATION, _SOURCE, _CONTEXT, _COMMENT):
            raise ValueError(f"a .qm file with a field this program does not read ({tag})")
        (length,) = struct.unpack_from(">I", messages, position + 1)
        position += 5
        if length != _NULL:
            fields[tag] = messages[position : position + length]
            position += length
    return found
