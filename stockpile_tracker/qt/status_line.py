"""The status line of each page: the figures of what that page shows, in words (never the
stockpile's totals under another page)."""

from __future__ import annotations

from ..domain.enums import RetentionFilter
from ..domain.words import count as count  # the window's status lines count with it too
from ..i18n import translate
from ..services.dto.lots import ScopeTotals


def stockpile_status(split: ScopeTotals, retention: RetentionFilter) -> str:
    """One line that fits a window 1280 wide, on one basis: the mines the active profile governs
    ("covered", as on the dashboard and in the reports), adding up as it reads; the mines it does
    not govern apart, at the end. Under Retained the retained total comes first, under Surplus the
    surplus total. `stockpile_detail` is the whole of it, for the tooltip."""
    totals, rest = split.covered, split.not_covered
    apart = f" - not covered: on hand {rest.on_hand:,}" if rest.lots else ""
    lots = count(totals.lots, "lot")
    if retention == RetentionFilter.RETAINED:
        return (
            f"{lots} holding retained mines - covered: retained {totals.retained:,} mines"
            + (f" - also surplus {totals.surplus:,}" if totals.surplus else "")
            + apart
        )
    if retention == RetentionFilter.SURPLUS:
        return (
            f"{lots} holding surplus - covered: surplus {totals.surplus:,} mines = scheduled {totals.scheduled:,} "
            f"+ suspended {totals.suspended:,} + not scheduled {totals.unscheduled:,}"
            + (f" - also retained {totals.retained:,}" if totals.retained else "")
            + apart
        )
    shipped = f"; at destruction sites {totals.at_destruction:,}" if totals.at_destruction else ""
    return (
        f"{count(split.whole.lots, 'lot')} shown - covered: on hand {totals.on_hand:,} mines = retained "
        f"{totals.retained:,} + surplus {totals.surplus:,} (scheduled {totals.scheduled:,}){shipped}; destroyed "
        f"{totals.destroyed:,}" + apart
    )


def stockpile_detail(split: ScopeTotals) -> str:
    """The figures of the lots shown, each labelled with its basis: the status line's tooltip."""
    whole, items = split.whole, split.items
    lines = [f"{count(whole.lots, 'lot')} shown: {count(items.on_hand, 'item')} on hand, {whole.on_hand:,} mines"]
    for label, totals in ((split.covered_label, split.covered), (split.not_covered_label, split.not_covered)):
        if totals.lots:
            lines.append(
                f"{label}, in mines ({count(totals.lots, 'lot')}): on hand {totals.on_hand:,} = retained "
                f"{totals.retained:,} + surplus {totals.surplus:,}; surplus = scheduled {totals.scheduled:,} + "
                f"suspended {totals.suspended:,} + not scheduled {totals.unscheduled:,}; at destruction sites "
                f"{totals.at_destruction:,} (held {totals.held:,}); destroyed {totals.destroyed:,}"
            )
    if split.covered.beyond_requirement:
        note = split.covered.beyond_note
        lines.append(note[0].upper() + note[1:] + ".")
    lines.append("The rows are in items, each with its own retention decision; these totals are in mines.")
    return "\n".join(lines)


def stockpile_texts(split: ScopeTotals, retention: RetentionFilter) -> tuple[str, str]:
    """The status line and its tooltip."""
    return stockpile_status(split, retention), stockpile_detail(split)


def page_status(window, page: str) -> str:
    """For the dashboard, the plan, the log and the catalogue; the stockpile's is `stockpile_status`."""
    if page == "Dashboard":
        view = window.dashboard_view
        severities = [f.severity for f in view.findings_model.rows]
        if view.findings_pending:
            return translate("StatusLine", "Compliance checks running...")
        if view.checks_failed:
            return translate("StatusLine", "The compliance checks could not run")
        return (
            f"{count(len(severities), 'finding')}: {count(severities.count('error'), 'error')}, "
            f"{count(severities.count('warning'), 'warning')}, {severities.count('info'):,} for information"
        )
    # Until read, the rows shown are the last read's.
    if page == "Destruction plan" and window.plan_view.loading:
        return translate("StatusLine", "Reading the destruction plan...")
    if page == "Destruction log" and window.log_view.loading:
        return translate("StatusLine", "Reading the destruction log...")
    if page == "Destruction plan":
        tasks = window.plan_view.task_model.rows
        today = window.sp.today()
        return (
            f"{count(len(tasks), 'task')} shown - planned {sum(t.planned for t in tasks):,} - destroyed "
            f"{sum(t.destroyed for t in tasks):,} - {sum(t.status == 'open' for t in tasks):,} open, "
            f"{sum(t.is_overdue(today) for t in tasks):,} overdue"
        )
    if page == "Destruction log":
        events = window.log_view.model.rows
        return (
            f"{count(len(events), 'event')} shown - destroyed {sum(e.quantity for e in events):,} - "
            f"{sum(e.verified_by is None for e in events):,} awaiting verification"
        )
    return (
        f"{count(len(window.catalogue_view.type_model.rows), 'mine type')} - "
        f"{count(len(window.catalogue_view.site_model.rows), 'site')}"
    )
