"""Figures and days as the window shows them: numbers in the locale of the language in use (1,500 /
1 500 / 1500 and 15.000), days as ISO dates (YYYY-MM-DD) in every language (docs/TRANSLATING.md)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QLocale

from ..domain.enums import word as word  # a domain word in the window's language, as the services say it
from ..i18n import ENGLISH as ENGLISH_LANGUAGE
from ..i18n import column_figure, language_in_use, singular
from ..reports import document

ENGLISH = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
LOCALES = {  # a printed chart's figures in its report's language: 1,000 / 1 000 / 1.000
    ENGLISH_LANGUAGE: ENGLISH,
    "fr": QLocale(QLocale.Language.French, QLocale.Country.France),
    "es": QLocale(QLocale.Language.Spanish, QLocale.Country.Spain),
}


def locale() -> QLocale:
    """The default locale (app.start_language sets the language's); the C locale, which a server or
    a test machine may have, writes figures without separators: English's instead."""
    default = QLocale()  # read each time: cheap, and a test may change it
    return ENGLISH if default.name() == "C" else default


def locale_of(language: str) -> QLocale:
    """The locale a text in `language` writes its figures in (a printed chart's axes)."""
    return LOCALES[language]


def figure(number: int) -> str:
    """A whole number with the locale's thousands separator."""
    return locale().toString(number)


def in_column(number: int) -> str:
    """A figure in a table's column, as a report's table prints it (i18n.column_figure): Spanish
    groups four digits there too, beside larger figures."""
    return column_figure(number, language_in_use())


def percent(share: float) -> str:
    """A share (0.45) as the reports print it in the window's language: 45%, 45 % (reports.document.percent)."""
    return document.percent(share, language_in_use())


def signed(number: int) -> str:
    """A change in a balance: +1,500 or -200."""
    return (locale().positiveSign() if number >= 0 else "") + figure(number)


def day(value: date) -> str:
    """ISO in every language: it is what the date fields show and the reports print, and the
    locales' short formats are ambiguous (3/4/27) or drop the century (Spanish d/M/yy)."""
    return value.isoformat()


def counted(number: int, one: str, many: str, **figures: str) -> str:
    """`one` or `many` (the same text translated for one and for many) as the language's plural rule
    says for `number`, with {count} (the number) and any other figures filled in."""
    return (one if singular(number) else many).format(count=figure(number), **figures)
