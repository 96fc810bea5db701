"""Dated views and tasks (DOMAIN.md section 5): a task is open at the end of a day when it had begun
by then (entered, or work done for it: its first shipment or destruction) and had not ended (closed
or cancelled later, and never before its last entry or event). The computer's clock stamps entering
and closing a task; the tests' office calendar (helpers.TODAY) lies before it, so every task here is
keyed in after the days its work is dated, as a record brought up to date after the fact is."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from stockpile_tracker.domain.enums import Rule
from stockpile_tracker.services import Stockpile
from stockpile_tracker.services.base import utc_now

from ..helpers import TODAY, receive, seed_catalogue

D = date
SHIPPED = D(2026, 3, 10)
DAY = timedelta(days=1)


@pytest.fixture
def sp(stockpile):
    seed_catalogue(stockpile)
    stockpile.catalogue.add_site(code="TEAD", name="Tooele demilitarisation", country="US", kind="destruction")
    assert utc_now().date() > TODAY  # tasks are entered after the days their work is dated
    return stockpile


def figures(sp, day: date) -> tuple[int, int, int]:
    """(on hand, scheduled, unscheduled surplus) at the end of `day`, as the status report sums them."""
    groups = sp.queries.status_groups(day)
    return sum(g.on_hand for g in groups), sum(g.scheduled for g in groups), sum(g.unscheduled for g in groups)


def shipped_before_it_was_entered(sp) -> tuple[int, int]:
    """1,000 received in 2020; a task for 500 entered today, 300 of them shipped on 10 March."""
    lot = receive(sp, "L-001", 1000)
    task = sp.destruction.schedule(planned_on=D(2026, 3, 1), site="TEAD", method="disassembly", lines={lot: 500})
    sp.destruction.ship(task.id, on=SHIPPED, lines={lot: 300}, document_ref="GBL-1")
    return lot, task.id


def destroy(sp, task_id: int, lot: int, quantity: int, on: date, site: str = "TEAD", number: str = "CERT-1"):
    return sp.destruction.record_event(
        occurred_on=on,
        site=site,
        method="disassembly",
        officer="Capt. Reyes",
        witness="Mr. Okafor",
        certificate_number=number,
        lines={lot: quantity},
        task_id=task_id,
    )


def test_a_task_entered_after_its_shipment_is_open_from_the_day_it_shipped(sp):
    lot, task_id = shipped_before_it_was_entered(sp)
    # the day before it shipped, nothing had begun: the 1,000 are unscheduled surplus
    assert sp.destruction.tasks(status="open", as_of=SHIPPED - DAY) == []
    assert figures(sp, SHIPPED - DAY) == (1000, 0, 1000)
    # from the day it shipped: open, 300 shipped awaiting destruction, the other 200 scheduled
    for day in (SHIPPED, D(2026, 5, 31), TODAY - DAY):
        [then] = sp.destruction.tasks(status="open", as_of=day)
        assert (then.id, then.status) == (task_id, "open")
        assert [(line.shipped, line.awaiting_destruction, line.scheduled_on_hand) for line in then.lines] == [
            (300, 300, 200)
        ]
        assert figures(sp, day) == (700, 200, 500)

    # `check --as-of` reads the same task: overdue once it had begun, not before
    def overdue(day: date) -> list[tuple[str, ...]]:
        return [f.tasks for f in sp.compliance.findings(as_of=day) if f.rule is Rule.DEADLINES and f.tasks]

    reference = sp.destruction.task(task_id).reference
    assert overdue(SHIPPED - DAY) == []
    assert overdue(SHIPPED) == [(reference,)]
    # today's figures are the projection's, as before
    row = sp.queries.lot(lot)
    assert (row.on_hand, row.scheduled, row.unscheduled) == (700, 200, 500) == figures(sp, TODAY)
    assert sp.check().ok


def test_a_task_closed_the_day_it_was_entered_is_open_on_the_days_of_its_work(sp, verifier):
    """The work of March keyed in and closed at once: as of the days between its shipment and the
    destruction at the plant, the mines were awaiting destruction."""
    lot, task_id = shipped_before_it_was_entered(sp)
    sp.destruction.ship(task_id, on=D(2026, 3, 12), lines={lot: 200}, document_ref="GBL-2")
    event = destroy(sp, task_id, lot, 500, D(2026, 3, 20))
    verifier.destruction.verify_certificate(event.id, verified_on=D(2026, 3, 25))
    assert sp.destruction.close_task(task_id).status == "closed"

    def awaiting(day: date) -> list[int]:
        return [line.awaiting_destruction for t in sp.destruction.tasks(status="open", as_of=day) for line in t.lines]

    assert awaiting(SHIPPED - DAY) == []
    assert awaiting(SHIPPED) == [300]
    assert awaiting(D(2026, 3, 19)) == [500]
    assert figures(sp, D(2026, 3, 11)) == (700, 200, 500)
    assert figures(sp, D(2026, 3, 19)) == (500, 0, 500)
    assert awaiting(D(2026, 3, 20)) == [0]
    # today it is closed: nothing scheduled, as before
    row = sp.queries.lot(lot)
    assert (row.on_hand, row.scheduled, row.destroyed) == (500, 0, 500)


def test_a_task_closed_before_the_day_of_its_work_is_not_ended_before_it(engine, verifier):
    """The computer's clock stamps the closing; the office dates the work. A record whose calendar
    runs ahead of the computer's (the day begins earlier where the depot is) can date the work after
    the closing's stamp: the task ends with its last entry, not before it."""
    stamped = utc_now().date()
    work_day = stamped + DAY
    sp = Stockpile(engine, "alice", today=lambda: work_day)
    seed_catalogue(sp)
    lot = receive(sp, "L-001", 1000)
    task = sp.destruction.schedule(planned_on=work_day, site="ANAD", method="open_detonation", lines={lot: 400})
    event = destroy(sp, task.id, lot, 400, work_day, site="ANAD")
    Stockpile(engine, "bob", today=lambda: work_day).destruction.verify_certificate(event.id, verified_on=work_day)
    sp.destruction.close_task(task.id)
    assert [t.id for t in sp.destruction.tasks(status="open", as_of=work_day - DAY)] == [task.id]
    assert figures(sp, work_day - DAY) == (1000, 400, 600)
    assert sp.destruction.tasks(status="open", as_of=work_day) == []
    assert figures(sp, work_day) == (600, 0, 600)


def test_a_loss_destroyed_later_does_not_reopen_its_task(engine):
    """An event that resolves an unaccounted loss is recorded after the task closed short: as of the
    days between, the task is closed and its mines are a loss, not awaiting destruction."""
    day = utc_now().date()
    sp = Stockpile(engine, "alice", today=lambda: day)
    seed_catalogue(sp)
    sp.catalogue.add_site(code="TEAD", name="Tooele demilitarisation", country="US", kind="destruction")
    lot = receive(sp, "L-001", 1000)
    task = sp.destruction.schedule(planned_on=day, site="TEAD", method="disassembly", lines={lot: 500})
    sp.destruction.ship(task.id, on=day, lines={lot: 500}, document_ref="GBL-1")
    sp.destruction.close_task(task.id, "the plant reported nothing; inquiry INV-7")
    [loss] = sp.destruction.losses()
    resolved_on = day + 10 * DAY
    later = Stockpile(engine, "alice", today=lambda: resolved_on)
    later.destruction.destroy_loss(
        loss.id,
        quantity=500,
        on=resolved_on,
        site="TEAD",
        method="disassembly",
        officer="Capt. Reyes",
        witness="Mr. Okafor",
        certificate_number="TEAD-CERT-9",
        reason="found destroyed at the plant",
    )
    between = day + 5 * DAY
    assert later.destruction.tasks(status="open", as_of=between) == []
    findings = [f.message for f in later.compliance.findings(as_of=between) if f.rule is Rule.RECONCILIATION]
    assert len(findings) == 1 and "500 items (500 mines) unaccounted for" in findings[0]


def test_a_task_keyed_in_late_schedules_no_more_than_was_free_that_day(sp):
    """Before the task was entered the lot kept 800 for Korea, released since: on the day of its
    first shipment the task's line held more than the lot had free. Scheduled is at most the surplus
    not suspended, so that the figures of that day add up as today's do."""
    lot = receive(sp, "L-001", 1000)
    kept = {"category": "korea", "authority_ref": "R-1", "reason": "Korea reserve"}
    sp.lots.change_retention(lot, quantity=800, valid_from=D(2026, 1, 1), **kept)
    sp.lots.change_retention(lot, quantity=0, valid_from=D(2026, 5, 1), **kept | {"category": None})
    task = sp.destruction.schedule(planned_on=D(2026, 3, 1), site="TEAD", method="disassembly", lines={lot: 1000})
    sp.destruction.ship(task.id, on=SHIPPED, lines={lot: 100}, document_ref="GBL-1")
    [group, shipped] = sp.queries.status_groups(SHIPPED)  # the lot at its site, and the 100 at TEAD
    assert (group.on_hand, group.retained, group.scheduled, group.unscheduled) == (900, 800, 100, 0)
    assert (shipped.site_code, shipped.at_destruction) == ("TEAD", 100)
    [group, shipped] = sp.queries.status_groups(D(2026, 5, 1))
    assert (group.on_hand, group.retained, group.scheduled, group.unscheduled) == (900, 0, 900, 0)
