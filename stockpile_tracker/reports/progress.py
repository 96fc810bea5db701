"""Destruction progress for a programme: destroyed per month against plan, cumulative against the
deadline, and the completion forecast from the recent rate, with the burn-down and composition charts
that the dashboard shows too."""

from __future__ import annotations

from datetime import date, datetime
from itertools import accumulate

from ..i18n import ENGLISH, QT_TRANSLATE_NOOP, Translator
from ..services import Stockpile, one_snapshot
from ..services.dto.destruction import ProgrammeForecast
from ..services.dto.reports import TypeComposition
from .document import Chart, Report, figure, table_from


def _month_label(month: date) -> str:
    return month.strftime("%Y-%m")


def _months(first: date, last: date) -> list[date]:
    months, month = [], first
    while month <= last:
        months.append(month)
        month = date(month.year + month.month // 12, month.month % 12 + 1, 1)
    return months


@one_snapshot
def progress_report(
    sp: Stockpile, programme_id: int, *, printed_at: datetime | None = None, language: str = ENGLISH
) -> Report:
    tr = Translator(language)
    data = sp.destruction.forecast(programme_id)
    composition = sp.overview.composition()
    programme, today = data.programme, sp.today()
    forecast = (
        data.forecast.isoformat()[:7]
        if data.forecast
        else tr.translate("ProgressReport", "none (nothing destroyed lately)")
    )
    profiles = {profile.code: tr.profile_name(profile.name) for profile in sp.catalogue.profiles()}
    summary = table_from(
        tr.translate("ProgressReport", "Summary"),
        ("", ""),
        [
            (tr.translate("ProgressReport", "Policy profile"), profiles[programme.profile_code]),
            (tr.translate("ProgressReport", "Deadline"), programme.deadline),
            # the figure Form F of the Article 7 report gives for a year not over: the same service figure
            (tr.translate("ProgressReport", "Scheduled in tasks (not cancelled)"), data.planned),
            (tr.translate("ProgressReport", "Destroyed to date"), data.destroyed),
            (tr.translate("ProgressReport", "Surplus still held"), data.surplus),
            *(
                [
                    (
                        tr.translate(
                            "ProgressReport",
                            "of which reserved for Korea beyond the requirement (kept until released)",
                        ),
                        beyond,
                    )
                ]
                if (beyond := data.beyond_requirement)
                else []
            ),
            (tr.translate("ProgressReport", "Shipped, not yet reported destroyed"), data.awaiting),
            (
                tr.translate("ProgressReport", "Unaccounted for (tasks closed short, under investigation)"),
                data.unaccounted,
            ),
            (
                tr.translate("ProgressReport", "Rate, last six full months"),
                tr.translate("ProgressReport", "{rate} a month").format(rate=figure(round(data.recent_rate), language)),
            ),
            (tr.translate("ProgressReport", "Forecast completion"), forecast),
            (
                tr.translate("ProgressReport", "On track for the deadline"),
                tr.translate("ProgressReport", "yes") if data.on_track else tr.translate("ProgressReport", "NO"),
            ),
        ],
        totals=False,
    )
    cumulative_planned = list(accumulate(m.planned for m in data.months))
    cumulative_destroyed = list(accumulate(m.destroyed for m in data.months))
    monthly = table_from(
        tr.translate("ProgressReport", "Destroyed per month against plan"),
        (
            tr.translate("ProgressReport", "Month"),
            tr.translate("ProgressReport", "Planned"),
            tr.translate("ProgressReport", "Destroyed"),
            tr.translate("ProgressReport", "Cumulative planned"),
            tr.translate("ProgressReport", "Cumulative destroyed"),
        ),
        [
            (_month_label(m.month), m.planned, m.destroyed, planned, destroyed)
            for m, planned, destroyed in zip(data.months, cumulative_planned, cumulative_destroyed, strict=True)
        ],
        total_columns=(1, 2),
    )
    letterhead = sp.catalogue.letterhead()
    profile = sp.catalogue.active_profile()
    not_covered = tr.translate("Scope", "not covered by {profile}").format(profile=tr.profile_name(profile.name))
    return Report(
        tr.translate("ProgressReport", "Destruction progress - {programme}").format(programme=programme.name),
        letterhead.organisation,
        tr.translate("ProgressReport", "as of {date}").format(date=today.isoformat()),
        sp.operator_in(language),  # who printed it
        printed_at or datetime.now(),
        (summary, monthly),
        notes=(
            tr.translate(
                "ProgressReport",
                "The forecast divides what must still be destroyed (the surplus held, the mines shipped but not "
                "yet reported destroyed and those unaccounted for) by the average destroyed a month over the last "
                "six full months.",
            ),
        ),
        charts=((progress_chart(data, today, language),) if data.months else ())
        + ((composition_chart(composition, not_covered, language),) if composition else ()),
        marking=letterhead.marking,
        seal=sp.archive.seal(),
        language=language,
    )


PROGRESS_SERIES = (
    QT_TRANSLATE_NOOP("ProgressReport", "planned"),
    QT_TRANSLATE_NOOP("ProgressReport", "destroyed"),
    QT_TRANSLATE_NOOP("ProgressReport", "forecast"),
    QT_TRANSLATE_NOOP("ProgressReport", "all surplus gone"),
)
COMPOSITION_SERIES = (
    QT_TRANSLATE_NOOP("ProgressReport", "retained"),
    QT_TRANSLATE_NOOP("ProgressReport", "surplus"),
    QT_TRANSLATE_NOOP("ProgressReport", "at destruction sites"),
)


def progress_chart(data: ProgrammeForecast, today: date, language: str = ENGLISH) -> Chart:
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
    tr = Translator(language)
    lines = (tuple(plan_line), tuple(done_line), tuple(forecast_line), tuple(target for _ in months))
    return Chart(
        "progress",
        tr.translate("ProgressReport", "Cumulative destroyed against plan and deadline"),
        tuple(_month_label(m) for m in months),
        tuple((tr.translate("ProgressReport", name), line) for name, line in zip(PROGRESS_SERIES, lines, strict=True)),
        keys=PROGRESS_SERIES,
        language=language,
    )


COMPOSITION_TYPES = 8  # the types holding most stock, by name; the rest together as "others (N)"


def composition_chart(composition: tuple[TypeComposition, ...], not_covered: str, language: str = ENGLISH) -> Chart:
    """Retained, surplus and shipped stock per mine type, largest first; a type the active profile does not
    govern is one bar of its own colour, labelled (`not_covered`), never drawn as surplus to destroy."""
    tr = Translator(language)
    shown = list(composition[:COMPOSITION_TYPES])
    rest = composition[COMPOSITION_TYPES:]
    others = tr.translate("ProgressReport", "others ({count})").format(count=figure(len(rest), language))
    labels = [row.designation for row in shown] + ([others] if rest else [])
    bars = [(row,) for row in shown] + ([rest] if rest else [])
    retained, surplus, shipped = (tr.translate("ProgressReport", key) for key in COMPOSITION_SERIES)
    series = [  # (what it is, in English: its colour; its name)
        (COMPOSITION_SERIES[0], retained, tuple(sum(row.retained for row in rows) for rows in bars)),
        (COMPOSITION_SERIES[1], surplus, tuple(sum(row.surplus for row in rows) for rows in bars)),
    ]
    if any(row.at_destruction for row in composition):
        at_sites = tuple(sum(row.at_destruction for row in rows) for rows in bars)
        series.append((COMPOSITION_SERIES[2], shipped, at_sites))
    if any(row.not_covered for row in composition):
        series.append(("not covered", not_covered, tuple(sum(row.not_covered for row in rows) for rows in bars)))
    return Chart(
        "composition",
        tr.translate("ProgressReport", "Stock by type, in mines"),  # the legend names the parts
        tuple(labels),
        tuple((name, numbers) for _key, name, numbers in series),
        stacked_bars=True,
        keys=tuple(key for key, _name, _numbers in series),
        language=language,
    )
