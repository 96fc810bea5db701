"""Destruction tasks at their edges: shipping, destroying, certifying, closing."""

from __future__ import annotations

from datetime import date

import pytest

from stockpile_tracker.domain.errors import Discrepancy, InvalidInput, RuleViolation

from ...helpers import TODAY, refused
from . import DAY, RECEIVED, destroy, schedule


@pytest.mark.parametrize("extra", [0, 1])
@pytest.mark.parametrize("before", ["nothing", "part shipped", "part destroyed on site"])
def test_ship_up_to_what_is_left_of_the_task(sp, engine, verifier, lot, before, extra):
    """Rule 3: a task for 500; 100 shipped or destroyed on site first leaves 400 to ship."""
    task = schedule(sp, lot, 500)
    if before == "part shipped":
        sp.destruction.ship(task.id, on=TODAY, lines={lot: 100}, document_ref="GBL-0")
    elif before == "part destroyed on site":
        destroy(sp, lot, 100, task_id=task.id)
    left = 500 if before == "nothing" else 400
    ship = sp.destruction.ship
    if extra:
        error = refused(engine, RuleViolation, ship, task.id, on=TODAY, lines={lot: left + 1}, document_ref="GBL-1")
        assert error.rule == "allocation" and f"has {left:,} left to ship" in str(error)
    else:
        line = ship(task.id, on=TODAY, lines={lot: left}, document_ref="GBL-1").lines[0]
        assert line.shipped + line.on_site == 500


@pytest.mark.parametrize("extra", [0, 1])
def test_destroy_on_site_up_to_what_is_left_of_the_task(sp, engine, lot, extra):
    task = schedule(sp, lot, 500)
    destroy(sp, lot, 200, task_id=task.id)
    if extra:
        assert refused(engine, RuleViolation, destroy, sp, lot, 301, task_id=task.id, number="C-2").rule == "allocation"
    else:
        assert destroy(sp, lot, 300, task_id=task.id, number="C-2").quantity == 300
        assert sp.destruction.task(task.id).destroyed == 500


@pytest.mark.parametrize("extra", [0, 1])
def test_destroy_from_a_shipment_up_to_what_awaits_destruction(sp, engine, lot, extra):
    task = schedule(sp, lot, 500)
    sp.destruction.ship(task.id, on=TODAY, lines={lot: 300}, document_ref="GBL-1")
    destroy(sp, lot, 100, task_id=task.id)
    if extra:
        assert refused(engine, RuleViolation, destroy, sp, lot, 201, task_id=task.id, number="C-2").rule == "allocation"
    else:
        destroy(sp, lot, 200, task_id=task.id, number="C-2")
        (line,) = sp.destruction.task(task.id).lines
        assert (line.shipped, line.at_destruction_site, line.awaiting_destruction) == (300, 300, 0)
        assert sp.queries.lot(lot).on_hand == 1000 - 300  # no second ledger entry


@pytest.mark.parametrize("offset, accepted", [(-1, False), (0, True), (1, True)])
def test_shipped_mines_are_destroyed_on_or_after_the_shipping_day(sp, engine, lot, offset, accepted):
    """Rule 9: shipped on 2026-03-10; destroyed the day before cannot be."""
    shipped_on = date(2026, 3, 10)
    task = schedule(sp, lot, 100)
    sp.destruction.ship(task.id, on=shipped_on, lines={lot: 100}, document_ref="GBL-1")
    day = shipped_on + offset * DAY
    if accepted:
        assert destroy(sp, lot, 100, on=day, task_id=task.id).occurred_on == day
    else:
        assert refused(engine, RuleViolation, destroy, sp, lot, 100, on=day, task_id=task.id).rule == "time"


@pytest.mark.parametrize("offset, accepted", [(-1, False), (0, True), (1, True)])
def test_no_destruction_before_the_lot_was_received(sp, engine, lot, offset, accepted):
    day = RECEIVED + offset * DAY
    if accepted:
        assert destroy(sp, lot, 10, on=day).occurred_on == day
    else:
        assert refused(engine, RuleViolation, destroy, sp, lot, 10, on=day).rule == "time"


@pytest.mark.parametrize("offset, accepted", [(-1, False), (0, True), (1, True)])
def test_a_certificate_is_verified_on_or_after_the_destruction(sp, engine, verifier, lot, offset, accepted):
    destroyed_on = date(2026, 3, 10)
    event = destroy(sp, lot, 10, on=destroyed_on)
    day = destroyed_on + offset * DAY
    if accepted:
        assert verifier.destruction.verify_certificate(event.id, verified_on=day).verified_on == day
    else:
        refused(engine, InvalidInput, verifier.destruction.verify_certificate, event.id, verified_on=day)


@pytest.mark.parametrize("day, accepted", [(TODAY, True), (TODAY + DAY, False)])
def test_a_certificate_is_not_verified_in_the_future(sp, engine, verifier, lot, day, accepted):
    event = destroy(sp, lot, 10)
    if accepted:
        assert verifier.destruction.verify_certificate(event.id, verified_on=day).verified_by == "bob"
    else:
        refused(engine, InvalidInput, verifier.destruction.verify_certificate, event.id, verified_on=day)


@pytest.mark.parametrize("certified, accepted", [(-1, False), (0, True), (10, True)])
def test_certified_quantities_are_zero_or_more(sp, engine, verifier, lot, certified, accepted):
    event = destroy(sp, lot, 10)
    verify = verifier.destruction.verify_certificate
    if accepted:
        assert verify(event.id, verified_on=TODAY, certified={lot: certified}).lines[0].certified_quantity == certified
    else:
        refused(engine, InvalidInput, verify, event.id, verified_on=TODAY, certified={lot: certified})


@pytest.mark.parametrize(
    "destroyed, certified, closes",
    [
        (500, 500, True),
        (499, 499, False),  # one mine short of the plan
        (500, 499, False),  # one mine short on the certificate
        (300, 300, False),  # DOMAIN.md rule 6's example: planned for 500, 300 destroyed on site
    ],
)
def test_a_task_closes_unexplained_only_when_planned_destroyed_and_certified_agree(
    sp, engine, verifier, lot, destroyed, certified, closes
):
    """Rule 6, for mines destroyed on site (no shipment)."""
    task = schedule(sp, lot, 500)
    event = destroy(sp, lot, destroyed, task_id=task.id)
    verifier.destruction.verify_certificate(event.id, verified_on=TODAY, certified={lot: certified})
    if closes:
        assert sp.destruction.close_task(task.id).status == "closed"
        return
    refused(engine, Discrepancy, sp.destruction.close_task, task.id)
    closed = sp.destruction.close_task(task.id, "the rest was found damaged; inquiry opened")
    assert (closed.status, closed.close_note) == ("closed", "the rest was found damaged; inquiry opened")


@pytest.mark.parametrize("reported, closes", [(300, True), (299, False)])
def test_a_task_with_a_shipment_closes_unexplained_only_when_all_shipped_came_back_destroyed(
    sp, engine, verifier, lot, reported, closes
):
    task = schedule(sp, lot, 300)
    sp.destruction.ship(task.id, on=TODAY, lines={lot: 300}, document_ref="GBL-1")
    event = destroy(sp, lot, reported, task_id=task.id)
    verifier.destruction.verify_certificate(event.id, verified_on=TODAY)
    if closes:
        assert sp.destruction.close_task(task.id).status == "closed"
    else:
        assert "shipped 300, destroyed at the destruction site 299" in str(
            refused(engine, Discrepancy, sp.destruction.close_task, task.id)
        )
