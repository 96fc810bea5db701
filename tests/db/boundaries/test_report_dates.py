"""Reports at their dates: which side of a date a figure falls."""

from __future__ import annotations

from datetime import date

import pytest

from stockpile_tracker.domain.rules import add_years
from stockpile_tracker.reports.article7 import article7_report

from ...helpers import TODAY, receive
from . import DAY, destroy


@pytest.fixture
def ottawa(sp):
    """Under the Ottawa profile, in force for this state from 2019-01-01: deadline 2023-01-01."""
    sp.catalogue.set_active_profile("ottawa")
    sp.catalogue.update_profile("ottawa", "entry into force for this state", effective_on=date(2019, 1, 1))
    assert sp.catalogue.active_profile().deadline == add_years(date(2019, 1, 1), 4) == date(2023, 1, 1)
    return sp


@pytest.mark.parametrize("offset, late", [(-1, False), (0, False), (1, True)])
def test_a_stockpile_found_on_the_deadline_day_is_not_previously_unknown(ottawa, offset, late):
    """Article 4 and Form G: mines found after the deadline are listed apart; on the deadline day
    the state still had until the end of the day."""
    deadline = ottawa.catalogue.active_profile().deadline
    found = ottawa.lots.record_discovery(
        lot_number="F-1", type="M16", site="ANAD", quantity=30, found_on=deadline + offset * DAY
    ).lot_id
    destroy(ottawa, found, 30, on=date(2025, 6, 1))
    forms = {table.title: table for table in article7_report(ottawa, 2025).tables}
    regular = forms["Form G - anti-personnel mines destroyed in 2025"].rows
    unknown = forms["Form G - previously unknown stockpiles destroyed in 2025"].rows
    assert [(row[0], row[1]) for row in (unknown if late else regular)] == [("M16", 30)]
    assert (regular if late else unknown) == ()


@pytest.mark.parametrize("day, year", [(date(2024, 12, 31), 2024), (date(2025, 1, 1), 2025)])
def test_article7_counts_a_day_in_its_own_calendar_year(ottawa, day, year):
    lot = receive(ottawa, "L-1", 100, type="M16", on=day)
    destroy(ottawa, lot, 40, on=day)
    for report_year in (2024, 2025):
        forms = {table.title: table for table in article7_report(ottawa, report_year).tables}
        stock = forms[f"Form B - stockpiled anti-personnel mines at 31 December {report_year}"].rows
        destroyed = forms[f"Form G - anti-personnel mines destroyed in {report_year}"].rows
        assert [row[1] for row in stock] == ([60] if report_year >= year else [])
        assert [row[1] for row in destroyed] == ([40] if report_year == year else [])


@pytest.mark.parametrize(
    "as_of, received_on, counted",
    [
        (TODAY - DAY, TODAY - 2 * DAY, True),
        (TODAY - DAY, TODAY - DAY, True),
        (TODAY - DAY, TODAY, False),
        (TODAY, TODAY - DAY, True),
        (TODAY, TODAY, True),  # today: the projection, not the ledger derived again
    ],
)
def test_status_as_of_a_day_counts_the_entries_of_that_day(sp, as_of, received_on, counted):
    receive(sp, "L-1", 100, on=received_on)
    groups = sp.queries.status_groups(as_of)
    assert sum(group.on_hand for group in groups) == (100 if counted else 0)
