"""The status line of each page: the figures of what that page shows, in words (never the
stockpile's totals under another page)."""

from __future__ import annotations

from ..domain.enums import RetentionFilter
from ..domain.words import count as count  # the window's status lines count with it too
from ..services.dto.lots import ScopeTotals


def stockpile_status(split: ScopeTotals, retention: RetentionFilter) -> str:
    """Under Retained the retained total comes first, under Surplus the surplus total: a lot holding
    both shows in both views, and what it also holds is said apart, never mixed into the total.
    Retained, surplus and scheduled are of the stock the active profile governs (as on the dashboard
    and in the reports); the lots it does not govern are said apart, at the end. Figures are mines;
    the items that hold them are said when they differ."""
    totals, rest = split.covered, split.not_covered
    apart = f" - {count(rest.lots, 'lot')} {split.not_covered_label}: on hand {rest.on_hand:,}" if rest.lots else ""
    lots = count(totals.lots, "lot")
    if retention == RetentionFilter.RETAINED:
        return (
            f"{lots} holding retained mines - retained {totals.retained:,}"
            + (f" - these lots also hold {totals.surplus:,} surplus" if totals.surplus else "")
            + apart
        )
    if retention == RetentionFilter.SURPLUS:
        return (
            f"{lots} holding surplus - surplus {totals.surplus:,} (scheduled {totals.scheduled:,}, "
            f"suspended {totals.suspended:,}, not scheduled {totals.unscheduled:,})"
            + (f" - these lots also hold {totals.retained:,} retained" if totals.retained else "")
            + apart
        )
    whole, items = split.whole, split.items
    in_items = f" in {count(items.on_hand, 'item')}" if items.on_hand != whole.on_hand else ""
    return (
        f"{count(whole.lots, 'lot')} shown - on hand {count(whole.on_hand, 'mine')}{in_items} - retained "
        f"{totals.retained:,} - surplus {totals.surplus:,} - scheduled {totals.scheduled:,} - suspended "
        f"{totals.suspended:,} - destroyed {whole.destroyed:,}" + apart.replace(" - ", " - of which ", 1)
    )


def page_status(window, page: str) -> str:
    """For the dashboard, the plan, the log and the catalogue; the stockpile's is `stockpile_status`."""
    if page == "Dashboard":
        view = window.dashboard_view
        severities = [f.severity for f in view.findings_model.rows]
        if view.findings_pending:
            return "Compliance checks running..."
        if view.checks_failed:
            return "The compliance checks could not run"
        return (
            f"{count(len(severities), 'finding')}: {count(severities.count('error'), 'error')}, "
            f"{count(severities.count('warning'), 'warning')}, {severities.count('info'):,} for information"
        )
    if (page == "Destruction plan" and window.plan_view.loading) or (
        page == "Destruction log" and window.log_view.loading
    ):
        return f"Reading the {page.lower()}..."  # the rows shown until then are the last read's
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
