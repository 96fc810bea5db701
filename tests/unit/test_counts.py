"""Counts in words (domain/words.py): never "1 lots", "lot(s)" or "1 days"."""

from __future__ import annotations

from datetime import date

import pytest

from stockpile_tracker.domain.words import count, days_between


@pytest.mark.parametrize(("number", "said"), [(0, "0 losses"), (1, "1 loss"), (2, "2 losses"), (1_250, "1,250 losses")])
def test_count_says_one_thing_and_many_things(number, said):
    assert count(number, "loss", "losses") == said


@pytest.mark.parametrize(
    ("day", "said"),
    [
        (date(2026, 12, 1), "today"),
        (date(2026, 11, 30), "1 day ago"),
        (date(2026, 12, 2), "in 1 day"),
        (date(2003, 3, 1), "8,676 days ago"),
    ],
)
def test_days_between_says_which_way_and_how_far(day, said):
    assert days_between(day, date(2026, 12, 1)) == said
