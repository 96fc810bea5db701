"""Destruction progress for a programme: destroyed per month against plan, cumulative against the
deadline, and the completion forecast from the recent rate, with the burn-down and composition charts
that the dashboard shows too."""

from __future__ import annotations

from datetime import date, datetime
from itertools import accumulate

from ..services import Stockpile, one_snapshot
from ..services.dto.destruction import ProgrammeForecast
from ..services.dto.reports import TypeComposition
from .document import Chart, Report, table_from


def _month_label(month: date) -> str:
    return month.strftime("%Y-%m")


def _months(first: date, last: date) -> list[date]:
    months, month = [], first
    while month <= last:
        months.append(month)
        month = date(month.year + month.month // 12, month.month % 12 + 1, 1)
    return months


@one_snapshot
def progress_report(sp: Stockpile, programme_id: int, *, printed_at: datetime | None = None) -> Report:
    data = sp.destruction.forecast(programme_id)
    composition = sp.overview.composition()
    programme, today = data.programme, sp.today()
    forecast = data.forecast.isoformat()[:7] if data.forecast else "none (nothing destroyed lately)"
    profiles = {profile.code: profile.name for profile in sp.catalogue.profiles()}
    summary = table_from(
        "Summary",
        ("", ""),
        [
            ("Policy profile", profiles[programme.profile_code]),
            ("Deadline", programme.deadline),
            # the figure Form F of the Article 7 report gives for a year not over: the same service figure
            ("Scheduled in tasks (not cancelled)", data.planned),
            ("Destroyed to date", data.destroyed),
            ("Surplus still held", data.surplus),
            *(
                [("of which reserved for Korea beyond the requirement (kept until released)", beyond)]
                if (beyond := data.beyond_requirement)
                else []
            ),
            ("Shipped, not yet reported destroyed", data.awaiting),
            ("Unaccounted for (tasks closed short, under investigation)", data.unaccounted),
            ("Rate, last six full months", f"{data.recent_rate:,.0f} a month"),
            ("Forecast completion", forecast),
            ("On track for the deadline", "yes" if data.on_track else "NO"),
        ],
        totals=False,
    )
    cumulative_planned = list(accumulate(m.planned for m in data.months))
    cumulative_destroyed = list(accumulate(m.destroyed for m in data.months))
    monthly = table_from(
        "Destroyed per month against plan",
        ("Month", "Planned", "Destroyed", "Cumulative planned", "Cumulative destroyed"),
        [
            (_month_label(m.month), m.planned, m.destroyed, planned, destroyed)
            for m, planned, destroyed in zip(data.months, cumulative_planned, cumulative_destroyed, strict=True)
        ],
        total_columns=(1, 2),
    )
    letterhead = sp.catalogue.letterhead()
    return Report(
        f"Destruction progress - {programme.name}",
        letterhead.organisation,
        f"as of {today.isoformat()}",
        sp.operator,  # who printed it, as the window shows them
        printed_at or datetime.now(),
        (summary, monthly),
        notes=(
            "The forecast divides what must still be destroyed (the surplus held, the mines shipped but not "
            "yet reported destroyed and those unaccounted for) by the average destroyed a month over the last "
            "six full months.",
        ),
        charts=((progress_chart(data, today),) if data.months else ())
        + ((composition_chart(composition, sp.catalogue.active_profile().not_covered),) if composition else ()),
        marking=letterhead.marking,
        seal=sp.archive.seal(),
    )


def progress_chart(data: ProgrammeForecast, today: date) -> Chart:
    """Cumulative plan and destruction by month up to the deadline, with the forecast from today."""
    first = data.months[0].month
    last = max(data.months[-1].month, data.programme.deadline.replace(day=1))
    months = _months(first, last)
    planned = {m.month: m.planned for m in data.months}
    destroyed = {m.month: m.destroyed for m in data.months}
    this_month = today.replace(day=1)
    done = 0
    plan_line: list[int] = []
    done_line: list[int | None] = []
    forecast_line: list[int | None] = []
    planned_total = 0
    for month in months:
        planned_total += planned.get(month, 0)
        plan_line.append(planned_total)
        if month <= this_month:
            done += destroyed.get(month, 0)
            done_line.append(done)
            forecast_line.append(done if month == this_month else None)
        else:
            done_line.append(None)
            steps = len(_months(this_month, month)) - 1
            forecast_line.append(done + round(data.recent_rate * steps))
    target = data.destroyed + data.remaining
    return Chart(
        "progress",
        "Cumulative destroyed against plan and deadline",
        tuple(_month_label(m) for m in months),
        (
            ("planned", tuple(plan_line)),
            ("destroyed", tuple(done_line)),
            ("forecast", tuple(forecast_line)),
            ("all surplus gone", tuple(target for _ in months)),
        ),
    )


COMPOSITION_TYPES = 8  # the types holding most stock, by name; the rest together as "others (N)"


def composition_chart(composition: tuple[TypeComposition, ...], not_covered: str) -> Chart:
    """Retained, surplus and shipped stock per mine type, largest first; a type the active profile does not
    govern is one bar of its own colour, labelled (`not_covered`), never drawn as surplus to destroy."""
    shown = list(composition[:COMPOSITION_TYPES])
    rest = composition[COMPOSITION_TYPES:]
    labels = [row.designation for row in shown] + ([f"others ({len(rest)})"] if rest else [])
    bars = [(row,) for row in shown] + ([rest] if rest else [])
    series = [
        ("retained", tuple(sum(row.retained for row in rows) for rows in bars)),
        ("surplus", tuple(sum(row.surplus for row in rows) for rows in bars)),
    ]
    if any(row.at_destruction for row in composition):
        series.append(("at destruction sites", tuple(sum(row.at_destruction for row in rows) for rows in bars)))
    if any(row.not_covered for row in composition):
        series.append((not_covered, tuple(sum(row.not_covered for row in rows) for rows in bars)))
    return Chart(
        "composition",
        "Stock by type, in mines",  # the legend names the parts
        tuple(labels),
        tuple(series),
        stacked_bars=True,
    )
