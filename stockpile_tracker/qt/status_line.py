"""The status line of each page: the figures of what that page shows, in words (never the
stockpile's totals under another page). Each clause is a whole text, written for one and for many
where it counts something (figures.counted); the clauses are joined by " - "."""

from __future__ import annotations

from ..domain.enums import RetentionFilter
from ..domain.words import count as count  # the window's messages count with it too
from ..i18n import translate
from ..services.dto.lots import ScopeTotals
from .figures import counted, figure

CLAUSES = " - "


def _lots(number: int) -> str:
    return counted(number, translate("StatusLine", "{count} lot"), translate("StatusLine", "{count} lots"))


def stockpile_status(split: ScopeTotals, retention: RetentionFilter) -> str:
    """One line that fits a window 1280 wide, on one basis: the mines the active profile governs
    ("covered", as on the dashboard and in the reports), adding up as it reads; the mines it does
    not govern apart, at the end. Under Retained the retained total comes first, under Surplus the
    surplus total. `stockpile_detail` is the whole of it, for the tooltip."""
    totals, rest = split.covered, split.not_covered
    if retention == RetentionFilter.RETAINED:
        clauses = [
            counted(
                totals.lots,
                translate("StatusLine", "{count} lot holding retained mines"),
                translate("StatusLine", "{count} lots holding retained mines"),
            ),
            translate("StatusLine", "covered: retained {retained} mines").format(retained=figure(totals.retained)),
        ]
        if totals.surplus:
            clauses.append(translate("StatusLine", "also surplus {surplus}").format(surplus=figure(totals.surplus)))
    elif retention == RetentionFilter.SURPLUS:
        clauses = [
            counted(
                totals.lots,
                translate("StatusLine", "{count} lot holding surplus"),
                translate("StatusLine", "{count} lots holding surplus"),
            ),
            translate(
                "StatusLine",
                "covered: surplus {surplus} mines = scheduled {scheduled} + suspended {suspended} "
                "+ not scheduled {unscheduled}",
            ).format(
                surplus=figure(totals.surplus),
                scheduled=figure(totals.scheduled),
                suspended=figure(totals.suspended),
                unscheduled=figure(totals.unscheduled),
            ),
        ]
        if totals.retained:
            clauses.append(translate("StatusLine", "also retained {retained}").format(retained=figure(totals.retained)))
    else:
        covered = (
            translate(
                "StatusLine",
                "covered: on hand {on_hand} mines = retained {retained} + surplus {surplus} (scheduled {scheduled}); "
                "at destruction sites {at_destruction}; destroyed {destroyed}",
            )
            if totals.at_destruction
            else translate(
                "StatusLine",
                "covered: on hand {on_hand} mines = retained {retained} + surplus {surplus} (scheduled {scheduled}); "
                "destroyed {destroyed}",
            )
        )
        clauses = [
            counted(
                split.whole.lots,
                translate("StatusLine", "{count} lot shown"),
                translate("StatusLine", "{count} lots shown"),
            ),
            covered.format(
                on_hand=figure(totals.on_hand),
                retained=figure(totals.retained),
                surplus=figure(totals.surplus),
                scheduled=figure(totals.scheduled),
                at_destruction=figure(totals.at_destruction),
                destroyed=figure(totals.destroyed),
            ),
        ]
    if rest.lots:
        clauses.append(translate("StatusLine", "not covered: on hand {on_hand}").format(on_hand=figure(rest.on_hand)))
    return CLAUSES.join(clauses)


def stockpile_detail(split: ScopeTotals) -> str:
    """The figures of the lots shown, each labelled with its basis: the status line's tooltip."""
    whole, items = split.whole, split.items
    lines = [
        translate("StatusLine", "{lots_shown}: {items} on hand, {mines} mines").format(
            lots_shown=counted(
                whole.lots, translate("StatusLine", "{count} lot shown"), translate("StatusLine", "{count} lots shown")
            ),
            items=counted(
                items.on_hand, translate("StatusLine", "{count} item"), translate("StatusLine", "{count} items")
            ),
            mines=figure(whole.on_hand),
        )
    ]
    for label, totals in ((split.covered_label, split.covered), (split.not_covered_label, split.not_covered)):
        if totals.lots:
            lines.append(
                translate(
                    "StatusLine",
                    "{scope}, in mines ({lots}): on hand {on_hand} = retained {retained} + surplus {surplus}; "
                    "surplus = scheduled {scheduled} + suspended {suspended} + not scheduled {unscheduled}; "
                    "at destruction sites {at_destruction} (held {held}); destroyed {destroyed}",
                ).format(
                    scope=label,
                    lots=_lots(totals.lots),
                    on_hand=figure(totals.on_hand),
                    retained=figure(totals.retained),
                    surplus=figure(totals.surplus),
                    scheduled=figure(totals.scheduled),
                    suspended=figure(totals.suspended),
                    unscheduled=figure(totals.unscheduled),
                    at_destruction=figure(totals.at_destruction),
                    held=figure(totals.held),
                    destroyed=figure(totals.destroyed),
                )
            )
    if split.covered.beyond_requirement:
        note = split.covered.beyond_note
        lines.append(note[0].upper() + note[1:] + ".")
    lines.append(
        translate(
            "StatusLine", "The rows are in items, each with its own retention decision; these totals are in mines."
        )
    )
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
        return translate("StatusLine", "{findings}: {errors}, {warnings}, {info} for information").format(
            findings=counted(
                len(severities), translate("StatusLine", "{count} finding"), translate("StatusLine", "{count} findings")
            ),
            errors=counted(
                severities.count("error"),
                translate("StatusLine", "{count} error"),
                translate("StatusLine", "{count} errors"),
            ),
            warnings=counted(
                severities.count("warning"),
                translate("StatusLine", "{count} warning"),
                translate("StatusLine", "{count} warnings"),
            ),
            info=figure(severities.count("info")),
        )
    # Until read, the rows shown are the last read's.
    if page == "Destruction plan" and window.plan_view.loading:
        return translate("StatusLine", "Reading the destruction plan...")
    if page == "Destruction log" and window.log_view.loading:
        return translate("StatusLine", "Reading the destruction log...")
    if page == "Destruction plan":
        tasks, policy = window.plan_view.task_model.rows, window.plan_view.policy
        today = window.sp.today()
        return CLAUSES.join(
            [
                counted(
                    len(tasks),
                    translate("StatusLine", "{count} task shown"),
                    translate("StatusLine", "{count} tasks shown"),
                ),
                # one unit: the mines the active profile covers, as the task rows show them
                translate("StatusLine", "covered: planned {planned} mines, destroyed {destroyed}").format(
                    planned=figure(sum(t.planned_covered(policy) for t in tasks)),
                    destroyed=figure(sum(t.destroyed_covered(policy) for t in tasks)),
                ),
                translate("StatusLine", "{open} open, {overdue} overdue").format(
                    open=figure(sum(t.status == "open" for t in tasks)),
                    overdue=figure(sum(t.is_overdue(today) for t in tasks)),
                ),
            ]
        )
    if page == "Destruction log":
        events = window.log_view.model.rows
        return CLAUSES.join(
            [
                counted(
                    len(events),
                    translate("StatusLine", "{count} event shown"),
                    translate("StatusLine", "{count} events shown"),
                ),
                window.log_view.destroyed_words(events),  # covered and not covered apart, in mines
                translate("StatusLine", "{count} awaiting verification").format(
                    count=figure(sum(e.verified_by is None for e in events))
                ),
            ]
        )
    catalogue = window.catalogue_view
    return CLAUSES.join(
        [
            counted(
                len(catalogue.type_model.rows),
                translate("StatusLine", "{count} mine type"),
                translate("StatusLine", "{count} mine types"),
            ),
            counted(
                len(catalogue.site_model.rows),
                translate("StatusLine", "{count} site"),
                translate("StatusLine", "{count} sites"),
            ),
        ]
    )
