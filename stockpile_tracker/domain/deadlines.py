"""The dates of the treaty's obligations (DOMAIN.md section 1, section 4 deadlines): pure, so the
boundaries (the deadline day, the sixth month, 30 April) can be tested on their own."""

from __future__ import annotations

import calendar
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

MAX_DEADLINE_YEARS = 50  # Ottawa gives four; more than fifty is a typing slip, not a policy
FOUND_STOCK_MONTHS = 6  # Oslo, 2019: stocks found after the deadline are destroyed within six months
INITIAL_REPORT_DAYS = 180  # Article 7.1: the initial report within 180 days of entry into force
ANNUAL_REPORT_DUE = (4, 30)  # Article 7.2: by 30 April, for the previous calendar year


def add_months(day: date, months: int) -> date:
    """The same day `months` later; a day the month lacks falls back to its last day."""
    year, month = divmod(day.month - 1 + months, 12)
    year, month = day.year + year, month + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def found_stock_due(found_on: date) -> date:
    return add_months(found_on, FOUND_STOCK_MONTHS)


@dataclass(frozen=True)
class ReportDue:
    """One Article 7 report: `period` is the year reported on, or None for the initial report."""

    period: int | None
    due: date

    @property
    def words(self) -> str:
        return "the initial Article 7 report" if self.period is None else f"the Article 7 report for {self.period}"


def article7_reports_due(in_force: date, record_begins: date, day: date) -> list[ReportDue]:
    """The reports owed by the end of `day`, or due before the next 30 April: the initial one,
    then one a year from the year of entry into force. Reports for periods over before the record
    begins were made before it and are not asked for."""
    owed = []
    initial = ReportDue(None, in_force + timedelta(days=INITIAL_REPORT_DAYS))
    if initial.due >= record_begins and in_force <= day:
        owed.append(initial)
    for year in range(max(in_force.year, record_begins.year), day.year):
        owed.append(ReportDue(year, date(year + 1, *ANNUAL_REPORT_DUE)))
    return owed


def years_named(years: Sequence[int]) -> str:
    """Years in order as runs: "1999-2023, 2025" (a year missing from a range is never hidden in it)."""
    runs: list[list[int]] = []
    for year in years:
        if runs and year == runs[-1][-1] + 1:
            runs[-1].append(year)
        else:
            runs.append([year])
    return ", ".join(str(run[0]) if len(run) == 1 else f"{run[0]}-{run[-1]}" for run in runs)


def surplus_ended_on(
    entries: Iterable[tuple[date, int]], decisions: Iterable[tuple[date, int, int, int]]
) -> date | None:
    """The day the last surplus mine left: the end of the last day on which the surplus fell to
    zero, when it is zero at the end; None while any is held or if there never was any.

    `entries` are ledger entries (date, quantity); `decisions` are retention decisions (valid
    from, lot id, order, retained quantity), the latest of each lot in force.
    """
    by_day: dict[date, tuple[list[int], list[tuple[int, int, int]]]] = {}
    for day, quantity in entries:
        by_day.setdefault(day, ([], []))[0].append(quantity)
    for day, lot_id, order, quantity in decisions:
        by_day.setdefault(day, ([], []))[1].append((order, lot_id, quantity))
    on_hand, retained, held, ended = 0, dict[int, int](), False, None
    for day in sorted(by_day):
        quantities, kept = by_day[day]
        on_hand += sum(quantities)
        for _order, lot_id, quantity in sorted(kept):
            retained[lot_id] = quantity
        surplus = on_hand - sum(retained.values())
        if surplus > 0:
            held, ended = True, None
        elif held and ended is None:
            ended = day
    return ended
