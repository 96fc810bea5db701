"""`db check` against edits of the destruction tasks made outside the program (with the sqlite3
shell or psql), each made consistent with the stored balances as a careful tamperer would: none may
make shipped mines vanish from every figure without a problem named."""

from __future__ import annotations

from datetime import date

import pytest

from ..helpers import receive, tamper_outside_the_program
from .test_losses import EXPLANATION, closed_short, with_plant

D = date


@pytest.fixture
def sp(stockpile):
    return with_plant(stockpile)


def shipped(sp, quantity=620):
    """620 of lot L-001 shipped for an open task at TEAD, none reported destroyed yet."""
    lot = receive(sp, "L-001", 1000)
    task = sp.destruction.schedule(planned_on=D(2026, 5, 1), site="TEAD", method="disassembly", lines={lot: quantity})
    sp.destruction.ship(task.id, on=D(2026, 5, 2), lines={lot: quantity}, document_ref="GBL-1")
    assert sp.check().ok
    return lot, task


def problems_after(sp, database_url, *statements):
    tamper_outside_the_program(database_url, *statements, tables=("destruction_task", "task_line", "movement"))
    return sp.check().problems


def test_a_task_closed_outside_the_program_with_mines_at_the_plant_is_named(sp, database_url):
    lot, task = shipped(sp)
    problems = problems_after(
        sp,
        database_url,
        "UPDATE destruction_task SET status = 'closed', closed_by = 'x', closed_at = '2026-06-30 10:00:00'",
        "UPDATE lot_balance SET at_destruction = 0",
    )
    assert (
        f"task {task.reference} (closed), lot L-001: closed with 620 shipped or taken out and not destroyed, "
        "and no unaccounted loss for them"
    ) in problems


def test_a_cancelled_task_that_shipped_mines_is_named(sp, database_url):
    lot, task = shipped(sp)
    problems = problems_after(
        sp,
        database_url,
        "UPDATE destruction_task SET status = 'cancelled', closed_by = 'x', closed_at = '2026-06-30 10:00:00'",
        "UPDATE lot_balance SET at_destruction = 0",
    )
    assert (
        f"task {task.reference} (cancelled), lot L-001: cancelled, yet 620 were taken out and 0 destroyed for it"
        in (problems)
    )


def test_a_task_reopened_after_closing_short_is_named(sp, verifier, database_url):
    lot, task = closed_short(sp, verifier)
    problems = problems_after(
        sp,
        database_url,
        "UPDATE destruction_task SET status = 'open', closed_by = NULL, closed_at = NULL, close_note = NULL",
        "UPDATE lot_balance SET at_destruction = 480",
    )
    assert (
        f"task {task.reference} (open), lot L-001: open, yet it has an unaccounted loss, which only closing writes"
        in (problems)
    )
    assert EXPLANATION  # the loss kept its explanation: only the task was edited


def test_a_line_cut_below_what_was_shipped_is_named(sp, database_url):
    lot, task = shipped(sp)
    problems = problems_after(sp, database_url, "UPDATE task_line SET quantity = 100")
    assert f"task {task.reference} (open), lot L-001: plans 100, but 620 were taken out for it" in problems


def test_a_shipment_entered_for_a_lot_the_task_does_not_plan_is_named(sp, database_url):
    _lot, task = shipped(sp)
    receive(sp, "L-002", 500)
    problems = problems_after(
        sp,
        database_url,
        "INSERT INTO movement (lot_id, holding_id, kind, occurred_on, quantity, document_ref, task_id, recorded_by, "
        "recorded_at) SELECT lot.id, holding.id, 'out_for_destruction', '2026-05-03', -100, 'GBL-2', "
        "destruction_task.id, 'x', '2026-06-30 10:00:00' FROM lot JOIN holding ON holding.lot_id = lot.id, "
        "destruction_task WHERE lot.lot_number = 'L-002'",
        "UPDATE lot_balance SET on_hand = 400, at_destruction = 100 "
        "WHERE lot_id = (SELECT id FROM lot WHERE lot_number = 'L-002')",
    )
    assert any(p.endswith(f"is for task {task.reference}, which does not plan lot L-002") for p in problems), problems
