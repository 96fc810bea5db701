"""Counts in words, as findings, messages and status lines say them."""

from __future__ import annotations

from datetime import date


def count(number: int, thing: str, things: str | None = None) -> str:
    """ "1 lot", "2 lots", "1 loss", "2 losses" (given): never "1 lots" nor "lot(s)"."""
    return f"{number:,} {thing if number == 1 else things or thing + 's'}"


def days_between(day: date, today: date) -> str:
    """How far `day` is from `today`, both ways: "today", "3 days ago", "in 1 day"."""
    days = (today - day).days
    if days == 0:
        return "today"
    return f"{count(days, 'day')} ago" if days > 0 else f"in {count(-days, 'day')}"
