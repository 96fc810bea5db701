"""Every date and quantity rule at its edge: the day itself, the day before and the day after;
exactly what is allowed, and one more. DOMAIN.md section 4 names the rules; domain/rules.py and
the services keep them. Each test states the rule it holds and the limit it probes, and a refusal
must leave the database as it was (helpers.refused)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from stockpile_tracker.domain.errors import Discrepancy, InvalidInput, RuleViolation
from stockpile_tracker.domain.rules import (
    MAX_QUANTITY,
    add_years,
)
from stockpile_tracker.reports.article7 import article7_report
from stockpile_tracker.services.compliance import UNVERIFIED_DAYS

from ..helpers import TODAY, receive, refused, seed_catalogue

DAY = timedelta(days=1)
RECEIVED = date(2020, 1, 15)  # helpers.receive's default date


def rules_found(sp, **options) -> dict[str, list]:
    found: dict[str, list] = {}
    for finding in sp.compliance.findings(**options):
        found.setdefault(finding.rule, []).append(finding)
    return found


def destroy(sp, lot: int, quantity: int, *, on: date = TODAY, task_id: int | None = None, number: str = "C-1"):
    return sp.destruction.record_event(
        occurred_on=on,
        site="ANAD",
        method="open_detonation",
        officer="Capt. A",
        witness="B. Jones",
        certificate_number=number,
        lines={lot: quantity},
        task_id=task_id,
    )


def schedule(sp, lot: int, quantity: int, *, planned_on: date = TODAY, programme_id: int | None = None):
    return sp.destruction.schedule(
        planned_on=planned_on, site="ANAD", method="open_detonation", lines={lot: quantity}, programme_id=programme_id
    )


@pytest.fixture
def sp(stockpile):
    seed_catalogue(stockpile)
    return stockpile


@pytest.fixture
def lot(sp) -> int:
    """L-001: 1,000 M67 received on RECEIVED at ANAD."""
    return receive(sp)


# -- quantities in the services: exactly what is allowed, and one more ----------------------------------


@pytest.mark.parametrize("quantity, accepted", [(0, False), (1, True), (MAX_QUANTITY, True), (MAX_QUANTITY + 1, False)])
def test_receipt_quantity(sp, engine, quantity, accepted):
    kwargs = dict(lot_number="N-1", type="M67", site="ANAD", quantity=quantity, received_on=RECEIVED)
    if accepted:
        assert sp.queries.lot(sp.lots.receive_lot(**kwargs).lot_id).on_hand == quantity
    else:
        refused(engine, InvalidInput, sp.lots.receive_lot, **kwargs)


def _last_entry(sp, lot: int) -> int:
    return sp.queries.ledger(lot)[-1].id


@pytest.mark.parametrize(
    "held_back, rule", [("retained", "rule 2, retention lock"), ("scheduled", "rule 3, allocation")]
)
@pytest.mark.parametrize("action", ["schedule", "transfer out", "destroy", "split off"])
@pytest.mark.parametrize("extra", [0, 1])
def test_only_unscheduled_surplus_leaves(sp, engine, lot, action, extra, held_back, rule):
    """Rules 2 and 3: of 1,000 on hand, 100 retained or 100 in a task: 900 may be scheduled,
    transferred, destroyed or split off, 901 may not (the one more would be a retained or a
    scheduled mine)."""
    if held_back == "retained":
        sp.lots.change_retention(
            lot, quantity=100, category="korea", authority_ref="R", reason="reserve", valid_from=RECEIVED
        )
    else:
        schedule(sp, lot, 100)
    free = sp.queries.lot(lot).unscheduled
    assert free == 1000 - 100
    call = {
        "schedule": lambda q: schedule(sp, lot, q),
        "transfer out": lambda q: sp.lots.transfer_out(lot, q, TODAY, "TO-1", "to an ally"),
        "destroy": lambda q: destroy(sp, lot, q),
        "split off": lambda q: sp.lots.split_lot(
            lot, new_lot_number="S-1", quantity=q, on=TODAY, category=None, authority_ref="A", reason="split"
        ),
    }[action]
    if extra:
        assert refused(engine, RuleViolation, call, free + extra).rule == rule
    else:
        call(free)
        after = sp.queries.lot(lot)
        assert (after.unscheduled, after.retained + after.scheduled) == (0, after.on_hand)


@pytest.mark.parametrize("extra", [0, 1])
def test_retain_up_to_what_is_not_scheduled(sp, engine, lot, extra):
    """Rule 3: 1,000 on hand, 300 in a task: 700 may be retained, 701 may not."""
    schedule(sp, lot, 300)
    call = sp.lots.change_retention
    kwargs = dict(quantity=700 + extra, category="korea", authority_ref="R", reason="reserve", valid_from=TODAY)
    if extra:
        assert refused(engine, RuleViolation, call, lot, **kwargs).rule == "rule 3, allocation"
    else:
        assert call(lot, **kwargs).retained == 700


@pytest.mark.parametrize("extra", [0, 1])
def test_train_with_up_to_the_article3_stock(sp, engine, lot, extra):
    sp.lots.change_retention(
        lot,
        quantity=50,
        category="article3",
        institution="School",
        authority_ref="A3",
        reason="training",
        valid_from=RECEIVED,
    )
    if extra:
        refused(engine, RuleViolation, sp.lots.consume_in_training, lot, 50 + extra, TODAY, "TR-1")
    else:
        result = sp.lots.consume_in_training(lot, 50, TODAY, "TR-1")
        assert (result.on_hand, result.retained) == (950, 0)


@pytest.mark.parametrize("extra", [0, 1])
def test_split_off_up_to_the_retained_part(sp, engine, lot, extra):
    sp.lots.change_retention(
        lot, quantity=50, category="korea", authority_ref="R", reason="reserve", valid_from=RECEIVED
    )
    kwargs = dict(
        new_lot_number="K-1",
        quantity=50 + extra,
        on=TODAY,
        category="korea",
        authority_ref="A",
        reason="separate the reserve",
    )
    if extra:
        assert refused(engine, RuleViolation, sp.lots.split_lot, lot, **kwargs).rule == "rule 2, retention lock"
    else:
        new = sp.lots.split_lot(lot, **kwargs)
        assert (new.on_hand, new.retained, sp.queries.lot(lot).retained) == (50, 50, 0)


@pytest.mark.parametrize("counted, change", [(999, -1), (1000, 0), (1001, 1), (0, -1000)])
def test_a_stock_check_records_the_difference_only(sp, lot, counted, change):
    result = sp.lots.stock_check(lot, counted, TODAY, "SC-1", "annual count")
    assert result.on_hand == counted
    kinds = [entry.kind for entry in sp.queries.ledger(lot)]
    assert kinds == ["receipt"] + ({-1: ["check_loss"], 0: [], 1: ["check_gain"]}[max(min(change, 1), -1)])


def test_a_stock_check_cannot_count_below_zero(sp, engine, lot):
    refused(engine, InvalidInput, sp.lots.stock_check, lot, -1, TODAY, "SC-1", "annual count")


@pytest.mark.parametrize("counted, accepted", [(301, True), (300, True), (299, False)])
def test_a_backdated_count_may_bring_a_later_balance_to_zero_not_below(sp, engine, lot, counted, accepted):
    """Rule 1 at every date: 300 leave on 2026-01-01; a count dated 2025-06-01 may find 300 (the
    balance is then 0 in 2026), not 299 (it would be -1)."""
    sp.lots.transfer_out(lot, 700, date(2025, 1, 1), "TO-1", "to an ally")
    sp.lots.transfer_in(lot, 5, TODAY, "TI-1")  # the lot is not empty today, so not terminal
    sp.lots.transfer_out(lot, 300, date(2026, 1, 1), "TO-2", "to an ally")
    if accepted:
        sp.lots.stock_check(lot, counted, date(2025, 6, 1), "SC-1", "count")
        assert sp.queries.lot(lot).on_hand == counted - 300 + 5
    else:
        error = refused(engine, RuleViolation, sp.lots.stock_check, lot, counted, date(2025, 6, 1), "SC-1", "count")
        assert error.rule == "rule 1, conservation" and "-1 on 2026-01-01" in str(error)


@pytest.mark.parametrize("left, accepted", [(1, True), (0, False)])
def test_an_empty_lot_takes_no_further_movements(sp, engine, lot, left, accepted):
    """Rule 8: a lot that held mines and holds none is closed; one mine left keeps it open."""
    sp.lots.transfer_out(lot, 1000 - left, TODAY, "TO-1", "to an ally")
    if accepted:
        assert sp.lots.transfer_in(lot, 1, TODAY, "TI-1").on_hand == left + 1
    else:
        assert (
            refused(engine, RuleViolation, sp.lots.transfer_in, lot, 1, TODAY, "TI-1").rule == "rule 8, terminal state"
        )


# -- destruction tasks: shipping, destroying, certifying, closing ----------------------------------


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
        assert error.rule == "rule 3, allocation" and f"has {left:,} left to ship" in str(error)
    else:
        line = ship(task.id, on=TODAY, lines={lot: left}, document_ref="GBL-1").lines[0]
        assert line.shipped + line.on_site == 500


@pytest.mark.parametrize("extra", [0, 1])
def test_destroy_on_site_up_to_what_is_left_of_the_task(sp, engine, lot, extra):
    task = schedule(sp, lot, 500)
    destroy(sp, lot, 200, task_id=task.id)
    if extra:
        assert (
            refused(engine, RuleViolation, destroy, sp, lot, 301, task_id=task.id, number="C-2").rule
            == "rule 3, allocation"
        )
    else:
        assert destroy(sp, lot, 300, task_id=task.id, number="C-2").quantity == 300
        assert sp.destruction.task(task.id).destroyed == 500


@pytest.mark.parametrize("extra", [0, 1])
def test_destroy_from_a_shipment_up_to_what_awaits_destruction(sp, engine, lot, extra):
    task = schedule(sp, lot, 500)
    sp.destruction.ship(task.id, on=TODAY, lines={lot: 300}, document_ref="GBL-1")
    destroy(sp, lot, 100, task_id=task.id)
    if extra:
        assert (
            refused(engine, RuleViolation, destroy, sp, lot, 201, task_id=task.id, number="C-2").rule
            == "rule 3, allocation"
        )
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
        assert refused(engine, RuleViolation, destroy, sp, lot, 100, on=day, task_id=task.id).rule == "rule 9, time"


@pytest.mark.parametrize("offset, accepted", [(-1, False), (0, True), (1, True)])
def test_no_destruction_before_the_lot_was_received(sp, engine, lot, offset, accepted):
    day = RECEIVED + offset * DAY
    if accepted:
        assert destroy(sp, lot, 10, on=day).occurred_on == day
    else:
        assert refused(engine, RuleViolation, destroy, sp, lot, 10, on=day).rule == "rule 9, time"


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


# -- dates in the services: the day itself, the day before, the day after ------------------------------


@pytest.mark.parametrize("day, accepted", [(TODAY - DAY, True), (TODAY, True), (TODAY + DAY, False)])
def test_a_receipt_is_not_dated_in_the_future(sp, engine, day, accepted):
    kwargs = dict(lot_number="N-1", type="M67", site="ANAD", quantity=10, received_on=day)
    if accepted:
        assert sp.lots.receive_lot(**kwargs).on_hand == 10
    else:
        refused(engine, InvalidInput, sp.lots.receive_lot, **kwargs)


@pytest.mark.parametrize("over", [0, 1])
@pytest.mark.parametrize(
    "field, limit", [("lot number", 80), ("document reference", 120), ("certificate number", 80), ("reference", 60)]
)
def test_identifiers_up_to_the_length_the_record_holds(sp, engine, lot, field, limit, over):
    """PostgreSQL refuses a longer value with a driver error: the service refuses it first, by name."""
    text = "N" * (limit + over)
    action = {
        "lot number": lambda: sp.lots.receive_lot(
            lot_number=text, type="M67", site="ANAD", quantity=1, received_on=RECEIVED
        ),
        "document reference": lambda: sp.lots.transfer_in(lot, 1, TODAY, text),
        "certificate number": lambda: destroy(sp, lot, 1, number=text),
        "reference": lambda: sp.destruction.schedule(
            planned_on=TODAY, site="ANAD", method="open_detonation", lines={lot: 1}, reference=text
        ),
    }[field]
    if over:
        assert refused(engine, InvalidInput, action).field == field
    else:
        action()


@pytest.mark.parametrize(
    "field, action",
    [
        ("reason", lambda sp, lot: sp.lots.transfer_out(lot, 1, TODAY, "TO-1", "  ")),
        ("reason", lambda sp, lot: sp.lots.stock_check(lot, 999, TODAY, "SC-1", None)),
        ("date", lambda sp, lot: sp.lots.reverse(_last_entry(sp, lot), "entered in error", "2026-06-30")),
        (
            "date",
            lambda sp, lot: sp.lots.split_lot(
                lot, new_lot_number="S-1", quantity=1, on=TODAY + DAY, category=None, authority_ref="A", reason="split"
            ),
        ),
        (
            "authority reference",
            lambda sp, lot: sp.lots.split_lot(
                lot, new_lot_number="S-1", quantity=1, on=TODAY, category=None, authority_ref="", reason="split"
            ),
        ),
        (
            "reason",
            lambda sp, lot: sp.lots.split_lot(
                lot, new_lot_number="S-1", quantity=1, on=TODAY, category=None, authority_ref="A", reason=""
            ),
        ),
        (
            "sites",
            lambda sp, lot: sp.destruction.create_programme(
                name="P", profile="us-2022", sites="ANAD", methods=["open_detonation"], deadline=TODAY
            ),
        ),
        (
            "planned on",
            lambda sp, lot: sp.destruction.schedule(
                planned_on="2026-07-01", site="ANAD", method="open_detonation", lines={lot: 1}
            ),
        ),
    ],
)
def test_a_refusal_names_the_field_the_form_must_mark(sp, engine, lot, field, action):
    assert refused(engine, InvalidInput, action, sp, lot).field == field


def test_a_task_by_a_method_its_programme_does_not_use_names_the_method(sp, engine, lot):
    programme = sp.destruction.create_programme(
        name="P", profile="us-2022", sites=["ANAD"], methods=["open_detonation"], deadline=date(2030, 1, 1)
    )
    error = refused(
        engine,
        InvalidInput,
        sp.destruction.schedule,
        planned_on=TODAY,
        site="ANAD",
        method="incineration_static",
        lines={lot: 1},
        programme_id=programme.id,
    )
    assert error.field == "method"


def test_a_lot_may_be_split_into_a_number_another_type_uses(sp, lot):
    """Lot numbers are the manufacturer's, unique per type only."""
    receive(sp, "L-002", 10, type="M16")
    assert (
        sp.lots.split_lot(
            lot, new_lot_number="L-002", quantity=10, on=TODAY, category=None, authority_ref="A", reason="split"
        ).on_hand
        == 10
    )


def test_a_forecast_with_no_stockpile_at_all(sp):
    """Zero: nothing held, nothing destroyed: nothing remains, done today, on track."""
    programme = sp.destruction.create_programme(
        name="P", profile="us-2022", deadline=date(2030, 1, 1), sites=["ANAD"], methods=["open_detonation"]
    )
    forecast = sp.destruction.forecast(programme.id)
    assert (forecast.surplus, forecast.remaining, forecast.forecast, forecast.on_track) == (0, 0, TODAY, True)


@pytest.mark.parametrize("offset, accepted", [(-1, True), (0, True), (1, False)])
def test_mines_are_made_on_or_before_the_day_they_arrive(sp, engine, offset, accepted):
    kwargs = dict(
        lot_number="N-1",
        type="M67",
        site="ANAD",
        quantity=10,
        received_on=RECEIVED,
        manufactured_on=RECEIVED + offset * DAY,
    )
    if accepted:
        assert sp.lots.receive_lot(**kwargs).on_hand == 10
    else:
        refused(engine, InvalidInput, sp.lots.receive_lot, **kwargs)


@pytest.mark.parametrize("offset, accepted", [(-1, False), (0, True), (1, True)])
def test_a_reversal_is_dated_on_or_after_the_entry_it_reverses(sp, engine, lot, offset, accepted):
    entry_on = date(2026, 3, 10)
    sp.lots.transfer_out(lot, 10, entry_on, "TO-1", "to an ally")
    entry = _last_entry(sp, lot)
    day = entry_on + offset * DAY
    if accepted:
        assert sp.lots.reverse(entry, "entered in error", day).on_hand == 1000
    else:
        refused(engine, InvalidInput, sp.lots.reverse, entry, "entered in error", day)


@pytest.mark.parametrize("offset, accepted", [(-1, False), (0, True), (1, True)])
def test_retention_decisions_follow_each_other_in_time(sp, engine, lot, offset, accepted):
    first = date(2025, 6, 1)
    sp.lots.change_retention(
        lot, quantity=100, category="korea", authority_ref="R-1", reason="reserve", valid_from=first
    )
    kwargs = dict(quantity=200, category="korea", authority_ref="R-2", reason="more", valid_from=first + offset * DAY)
    if accepted:
        assert sp.lots.change_retention(lot, **kwargs).retained == 200
    else:
        refused(engine, InvalidInput, sp.lots.change_retention, lot, **kwargs)


@pytest.mark.parametrize("offset, accepted", [(-1, False), (0, True), (1, True)])
def test_training_is_dated_on_or_after_the_article3_decision(sp, engine, lot, offset, accepted):
    decided = date(2025, 6, 1)
    sp.lots.change_retention(
        lot,
        quantity=50,
        category="article3",
        institution="School",
        authority_ref="A3",
        reason="training",
        valid_from=decided,
    )
    day = decided + offset * DAY
    if accepted:
        assert sp.lots.consume_in_training(lot, 5, day, "TR-1").retained == 45
    else:
        refused(engine, InvalidInput, sp.lots.consume_in_training, lot, 5, day, "TR-1")


@pytest.mark.parametrize("offset, counted_before", [(-1, False), (0, True), (1, True)])
def test_a_stock_check_counts_the_entries_of_its_own_day(sp, lot, offset, counted_before):
    """A count dated the day of a transfer compares with the balance after it."""
    moved_on = date(2026, 3, 10)
    sp.lots.transfer_out(lot, 10, moved_on, "TO-1", "to an ally")
    held = 990 if counted_before else 1000
    sp.lots.stock_check(lot, held, moved_on + offset * DAY, "SC-1", "count")
    assert [entry.kind for entry in sp.queries.ledger(lot)] == ["receipt", "transfer_out"]  # no difference


# -- rule 4: the acquisition ban ----------------------------------------------------------------------


@pytest.mark.parametrize("offset, flagged", [(-1, False), (0, True), (1, True)])
def test_a_receipt_on_the_ban_day_is_flagged(sp, offset, flagged):
    """US policy of June 2022: acquisition banned from 2022-06-21, that day included."""
    ban = sp.catalogue.active_profile().acquisition_banned_from
    assert ban == date(2022, 6, 21)
    result = sp.lots.receive_lot(lot_number="A-1", type="M67", site="ANAD", quantity=10, received_on=ban + offset * DAY)
    assert bool(result.warnings) == flagged
    found = rules_found(sp).get("rule 4, acquisition", [])
    assert [(f.lots, f.quantity) for f in found] == ([(("A-1",), 10)] if flagged else [])


@pytest.mark.parametrize("offset, flagged", [(-1, False), (0, True), (1, True)])
def test_a_transfer_in_on_the_ban_day_is_flagged(sp, lot, offset, flagged):
    ban = sp.catalogue.active_profile().acquisition_banned_from
    result = sp.lots.transfer_in(lot, 10, ban + offset * DAY, "TI-1")
    assert bool(result.warnings) == flagged
    assert ("rule 4, acquisition" in rules_found(sp)) == flagged


# -- rule 5: deadlines ------------------------------------------------------------------------------------


@pytest.mark.parametrize("offset, overdue", [(-1, True), (0, False), (1, False)])
def test_a_task_is_overdue_from_the_day_after_its_planned_day(sp, lot, offset, overdue):
    programme = sp.destruction.create_programme(
        name="P", profile="us-2022", deadline=date(2030, 1, 1), sites=["ANAD"], methods=["open_detonation"]
    )
    task = schedule(sp, lot, 100, planned_on=TODAY + offset * DAY, programme_id=programme.id)
    found = [f for f in rules_found(sp).get("rule 5, deadlines", []) if f.tasks == (task.reference,)]
    assert bool(found) == overdue
    assert sp.destruction.task(task.id).is_overdue(TODAY) == overdue
    assert sp.destruction.programme_progress(programme.id).overdue_tasks == int(overdue)
    assert (sp.destruction.task(task.id).state(TODAY) == "OVERDUE") == overdue


@pytest.mark.parametrize("destroyed, overdue", [(99, True), (100, False)])
def test_a_late_task_is_overdue_until_all_its_mines_are_destroyed(sp, lot, destroyed, overdue):
    programme = sp.destruction.create_programme(
        name="P", profile="us-2022", deadline=date(2030, 1, 1), sites=["ANAD"], methods=["open_detonation"]
    )
    task = schedule(sp, lot, 100, planned_on=TODAY - DAY, programme_id=programme.id)
    destroy(sp, lot, destroyed, task_id=task.id)
    assert sp.destruction.task(task.id).is_overdue(TODAY) == overdue
    assert sp.destruction.programme_progress(programme.id).overdue_tasks == int(overdue)
    found = [f for f in rules_found(sp).get("rule 5, deadlines", []) if f.tasks == (task.reference,)]
    assert [f.quantity for f in found] == ([100 - destroyed] if overdue else [])


@pytest.mark.parametrize(
    "shipped, destroyed, state",
    [
        (0, 0, "open"),
        (0, 99, "open"),  # one mine short
        (0, 100, "carried out - to close"),
        (100, 0, "shipped, awaiting destruction"),
        (100, 99, "DISCREPANCY: 1 shipped, not destroyed"),
        (100, 100, "carried out - to close"),
    ],
)
def test_what_the_plan_says_of_an_open_task(sp, lot, shipped, destroyed, state):
    """A task for 100 planned for tomorrow (so not overdue)."""
    task = schedule(sp, lot, 100, planned_on=TODAY + DAY)
    if shipped:
        sp.destruction.ship(task.id, on=TODAY, lines={lot: shipped}, document_ref="GBL-1")
    if destroyed:
        destroy(sp, lot, destroyed, task_id=task.id)
    assert sp.destruction.task(task.id).state(TODAY) == state


@pytest.mark.parametrize(
    "age, flagged", [(UNVERIFIED_DAYS - 1, False), (UNVERIFIED_DAYS, False), (UNVERIFIED_DAYS + 1, True)]
)
def test_a_certificate_unverified_for_more_than_30_days_is_found(sp, lot, age, flagged):
    destroy(sp, lot, 10, on=TODAY - age * DAY)
    found = rules_found(sp).get("rule 7, four eyes", [])
    assert [f.certificates for f in found] == ([("C-1",)] if flagged else [])


def _programme_destroying_100_a_month(sp, lot: int, deadline: date):
    """600 destroyed, 100 in each of the six full months before TODAY's month (2025-12..2026-05);
    1,000 - 600 = 400 surplus left: four more months, so the forecast is 2026-10-01."""
    programme = sp.destruction.create_programme(
        name="P", profile="us-2022", deadline=deadline, sites=["ANAD"], methods=["open_detonation"]
    )
    for number, month in enumerate([(2025, 12), (2026, 1), (2026, 2), (2026, 3), (2026, 4), (2026, 5)]):
        task = schedule(sp, lot, 100, planned_on=date(*month, 10), programme_id=programme.id)
        destroy(sp, lot, 100, on=date(*month, 10), task_id=task.id, number=f"C-{number}")
    return programme


@pytest.mark.parametrize("offset, on_track", [(-1, False), (0, True), (1, True)])
def test_a_forecast_on_the_deadline_day_is_on_track(sp, lot, offset, on_track):
    forecast_day = date(2026, 10, 1)
    programme = _programme_destroying_100_a_month(sp, lot, deadline=forecast_day + offset * DAY)
    forecast = sp.destruction.forecast(programme.id)
    assert (forecast.recent_rate, forecast.remaining, forecast.forecast) == (100, 400, forecast_day)
    assert forecast.on_track == on_track
    missed = [f for f in rules_found(sp).get("rule 5, deadlines", []) if "programme" in f.message]
    assert [f.quantity for f in missed] == ([] if on_track else [400])


@pytest.mark.parametrize(
    "day, counted",
    [
        (date(2025, 11, 30), False),  # the seventh month back
        (date(2025, 12, 1), True),  # the first day of the sixth month back
        (date(2026, 5, 31), True),  # the last day of the last full month
        (date(2026, 6, 1), False),  # this month is not full yet
    ],
)
def test_the_recent_rate_is_the_last_six_full_months(sp, lot, day, counted):
    programme = sp.destruction.create_programme(
        name="P", profile="us-2022", deadline=date(2030, 1, 1), sites=["ANAD"], methods=["open_detonation"]
    )
    task = schedule(sp, lot, 600, planned_on=day, programme_id=programme.id)
    destroy(sp, lot, 600, on=day, task_id=task.id)
    assert sp.destruction.forecast(programme.id).recent_rate == (600 / 6 if counted else 0)


@pytest.mark.parametrize("offset, ended", [(-1, True), (0, True), (1, False)])
def test_findings_become_information_from_the_day_a_withdrawal_takes_effect(sp, lot, offset, ended):
    withdrawn = TODAY + offset * DAY
    profile = sp.catalogue.update_profile("us-2022", "withdrawal", withdrawal_effective_on=withdrawn)
    (finding,) = sp.compliance.findings()  # 1,000 unscheduled surplus
    assert finding.severity == ("info" if ended else "warning")
    ended_note = f"(obligations under {profile.name} ended {withdrawn.isoformat()})"
    assert finding.message.startswith("1,000 surplus mines") and finding.message.endswith(ended_note) == ended


# -- rule 4: stock that must not be kept ------------------------------------------------------------


@pytest.mark.parametrize("scheduled, left", [(999, 1), (1000, 0)])
def test_surplus_to_schedule_is_found_down_to_one_mine(sp, lot, scheduled, left):
    schedule(sp, lot, scheduled)
    found = rules_found(sp).get("rule 3, surplus to schedule", [])
    assert [f.quantity for f in found] == ([left] if left else [])


@pytest.mark.parametrize(
    "category, retained, left",
    [
        ("article3", 199, 1),
        ("article3", 200, 0),
        ("korea", 200, 200),  # kept, but not for training: still found
    ],
)
def test_persistent_mines_are_found_down_to_one_not_kept_for_training(sp, category, retained, left):
    lot = receive(sp, "M16-1", 200, type="M16")
    sp.lots.change_retention(
        lot,
        quantity=retained,
        category=category,
        institution="School",
        authority_ref="A3",
        reason="training",
        valid_from=RECEIVED,
    )
    found = rules_found(sp).get("rule 4, persistent mines", [])
    assert [f.quantity for f in found] == ([left] if left else [])


@pytest.mark.parametrize(
    "second, valid_from, rise",
    [
        (100, None, 0),  # unchanged from one year to the next
        (101, date(2025, 12, 31), 1),  # one more, on the last day of last year
        (101, date(2026, 1, 1), 0),  # one more, but this year: next year's question
    ],
)
def test_an_article3_rise_under_ottawa_is_found_from_one_mine(sp, lot, second, valid_from, rise):
    """TODAY is in 2026: the check compares the end of 2024 with the end of 2025."""
    sp.lots.change_retention(
        lot,
        quantity=100,
        category="article3",
        institution="School",
        authority_ref="A",
        reason="training",
        valid_from=date(2024, 6, 1),
    )
    if valid_from is not None:
        sp.lots.change_retention(
            lot,
            quantity=second,
            category="article3",
            institution="School",
            authority_ref="B",
            reason="more training",
            valid_from=valid_from,
        )
    found = rules_found(sp, profile="ottawa").get("rule 4, Article 3 minimum", [])
    assert [f.quantity for f in found] == ([rise] if rise else [])


# -- reports: which side of a date a figure falls ---------------------------------------------------------


@pytest.fixture
def ottawa(sp):
    """Under the Ottawa profile, in force for this state from 2019-01-01: deadline 2023-01-01."""
    sp.catalogue.set_active_profile("ottawa")
    sp.catalogue.update_profile("ottawa", "entry into force for this state", effective_on=date(2019, 1, 1))
    assert sp.catalogue.active_profile().deadline == add_years(date(2019, 1, 1), 4) == date(2023, 1, 1)
    return sp


@pytest.mark.parametrize("offset, late", [(-1, False), (0, False), (1, True)])
def test_a_stockpile_found_on_the_deadline_day_is_not_previously_unknown(ottawa, offset, late):
    """Article 4 and Form G: mines found after the deadline are listed apart; on the deadline day
    the state still had until the end of the day."""
    deadline = ottawa.catalogue.active_profile().deadline
    found = ottawa.lots.record_discovery(
        lot_number="F-1", type="M16", site="ANAD", quantity=30, found_on=deadline + offset * DAY
    ).lot_id
    destroy(ottawa, found, 30, on=date(2025, 6, 1))
    forms = {table.title: table for table in article7_report(ottawa, 2025).tables}
    regular = forms["Form G - anti-personnel mines destroyed in 2025"].rows
    unknown = forms["Form G - previously unknown stockpiles destroyed in 2025"].rows
    assert [(row[0], row[1]) for row in (unknown if late else regular)] == [("M16", 30)]
    assert (regular if late else unknown) == ()


@pytest.mark.parametrize("day, year", [(date(2024, 12, 31), 2024), (date(2025, 1, 1), 2025)])
def test_article7_counts_a_day_in_its_own_calendar_year(ottawa, day, year):
    lot = receive(ottawa, "L-1", 100, type="M16", on=day)
    destroy(ottawa, lot, 40, on=day)
    for report_year in (2024, 2025):
        forms = {table.title: table for table in article7_report(ottawa, report_year).tables}
        stock = forms[f"Form B - stockpiled anti-personnel mines at 31 December {report_year}"].rows
        destroyed = forms[f"Form G - anti-personnel mines destroyed in {report_year}"].rows
        assert [row[1] for row in stock] == ([60] if report_year >= year else [])
        assert [row[1] for row in destroyed] == ([40] if report_year == year else [])


@pytest.mark.parametrize(
    "as_of, received_on, counted",
    [
        (TODAY - DAY, TODAY - 2 * DAY, True),
        (TODAY - DAY, TODAY - DAY, True),
        (TODAY - DAY, TODAY, False),
        (TODAY, TODAY - DAY, True),
        (TODAY, TODAY, True),  # today: the projection, not the ledger derived again
    ],
)
def test_status_as_of_a_day_counts_the_entries_of_that_day(sp, as_of, received_on, counted):
    receive(sp, "L-1", 100, on=received_on)
    groups = sp.queries.status_groups(as_of)
    assert sum(group.on_hand for group in groups) == (100 if counted else 0)
