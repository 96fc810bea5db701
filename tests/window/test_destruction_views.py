"""The Destruction plan and log count in one unit under each header and in each sum: the mines the
active profile covers, as the programmes, the status report and the findings do; the items the
ledger counts apart, under their own header."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from stockpile_tracker.qt.main_window import PAGES
from stockpile_tracker.qt.status_line import page_status
from stockpile_tracker.qt.table_model import SORT_ROLE

from ..helpers import settle


def _column(model, title: str) -> int:
    return next(n for n, c in enumerate(model.columns) if c.title == title)


def test_the_plan_rows_and_status_line_count_covered_mines(demo_window, qtbot):
    window, sp = demo_window, demo_window.sp
    window.nav_list.setCurrentRow(PAGES.index("Destruction plan"))
    plan = window.plan_view
    plan.open_only_check.setChecked(False)
    settle(qtbot, window)
    policy = sp.catalogue.active_profile()
    tasks = plan.task_model.rows
    assert any(t.planned_covered(policy) != t.planned for t in tasks)  # items would differ: the demo mixes
    planned, destroyed = _column(plan.task_model, "Planned"), _column(plan.task_model, "Destroyed")
    values = [
        (
            plan.task_model.data(plan.task_model.index(n, planned)),
            plan.task_model.data(plan.task_model.index(n, destroyed)),
        )
        for n in range(len(tasks))
    ]
    assert values == [(f"{t.planned_covered(policy):,}", f"{t.destroyed_covered(policy):,}") for t in tasks]
    # the programme row above, under the same header, sums its tasks in the same unit (in the database)
    (programme, progress) = plan.programme_model.rows[0]
    assert programme.profile_code == policy.code
    own = [t for t in tasks if t.programme_id == programme.id and t.status != "cancelled"]
    assert progress.planned == sum(t.planned_covered(policy) for t in own)
    assert progress.destroyed == sum(t.destroyed_covered(policy) for t in own)
    status = page_status(window, "Destruction plan")
    total_planned = sum(t.planned_covered(policy) for t in tasks)
    total_destroyed = sum(t.destroyed_covered(policy) for t in tasks)
    assert f"covered: planned {total_planned:,} mines, destroyed {total_destroyed:,}" in status
    assert f"{sum(t.planned for t in tasks):,}" not in status


def test_the_log_says_covered_and_not_covered_mines_apart(demo_window, qtbot):
    window, sp = demo_window, demo_window.sp
    window.nav_list.setCurrentRow(PAGES.index("Destruction log"))
    log = window.log_view
    log.since_edit.value = date(1997, 1, 1)
    settle(qtbot, window)
    scope = sp.queries.totals_by_scope()
    assert scope.covered.destroyed and scope.not_covered.destroyed
    words = f"covered: {scope.covered.destroyed:,} mines destroyed; not covered: {scope.not_covered.destroyed:,}"
    assert words in log.totals_label.text()
    assert words in page_status(window, "Destruction log")
    model = log.model  # the rows add up to the line: mines in the mines' columns, the items apart
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]

    def column_sum(name: str) -> int:
        column = headers.index(name)
        return sum(model.data(model.index(r, column), SORT_ROLE) for r in range(model.rowCount()))

    assert column_sum("Covered") == scope.covered.destroyed
    assert column_sum("Not covered") == scope.not_covered.destroyed
    assert column_sum("Items") == sum(e.quantity for e in log.model.rows) != scope.covered.destroyed
