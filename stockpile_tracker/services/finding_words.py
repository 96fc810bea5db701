"""The findings' figures and counts in the window's language (context Findings): numbers with the
language's thousands separator, a count's sentence for one and for many, how far a day is."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from functools import reduce

from ..i18n import QT_TRANSLATE_NOOP, figure_in, language_in_use, singular, translate
from .dto.catalogue import PolicyProfileInfo


def figure(number: int) -> str:
    """1,500 / 1 500 / 1.500, as the language in use writes it."""
    return figure_in(number, language_in_use())


def counted(number: int, one: str, many: str, **figures: str) -> str:
    """`one` or `many` (the same text, translated for one and for many) as the language's plural
    rule says for `number`, with {count} and the other figures filled in."""
    return (one if singular(number) else many).format(count=figure(number), **figures)


def days_between(day: date, today: date) -> str:
    """How far `day` is from `today`, both ways: "today", "3 days ago", "in 1 day"
    (domain.words.days_between, in the language in use)."""
    days = (today - day).days
    if days == 0:
        return translate("Findings", "today")
    if days > 0:
        return counted(days, translate("Findings", "{count} day ago"), translate("Findings", "{count} days ago"))
    return counted(-days, translate("Findings", "in {count} day"), translate("Findings", "in {count} days"))


def days_named(days: Iterable[date]) -> str:
    """ "2026-05-02", or "2026-05-02 to 2026-05-09" (LossInfo.shipped_days)."""
    named = sorted({day.isoformat() for day in days})
    if not named:
        return ""
    return reduce(
        lambda earlier, later: translate("Findings", "{earlier} to {later}").format(earlier=earlier, later=later), named
    )


SCOPE_WAYS = {
    "victim": QT_TRANSLATE_NOOP("Findings", "victim-activated"),
    "command": QT_TRANSLATE_NOOP("Findings", "command-detonated"),
    "both": QT_TRANSLATE_NOOP("Findings", "activated either way"),
}
SCOPE_CATEGORIES = {
    "AP": QT_TRANSLATE_NOOP("Findings", "anti-personnel"),
    "AV": QT_TRANSLATE_NOOP("Findings", "anti-vehicle"),
}


def scope_words(policy: PolicyProfileInfo) -> str:
    """What the profile governs, in words (PolicyProfileInfo.scope, in the language in use):
    "anti-personnel mines that are victim-activated or activated either way"."""
    categories = reduce(
        lambda one, other: translate("Findings", "{one} and {other}").format(one=one, other=other),
        (translate("Findings", SCOPE_CATEGORIES[c]) for c in policy.scope_categories),
    )
    ways = reduce(
        lambda one, other: translate("Findings", "{one} or {other}").format(one=one, other=other),
        (translate("Findings", SCOPE_WAYS[a]) for a in policy.scope_activations),
    )
    return translate("Findings", "{categories} mines that are {activations}").format(
        categories=categories, activations=ways
    )
