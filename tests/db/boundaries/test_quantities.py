"""Quantities on a lot at their edges: exactly what is allowed, and one more."""

from __future__ import annotations

from datetime import date

import pytest

from stockpile_tracker.domain.errors import InvalidInput, RuleViolation
from stockpile_tracker.domain.rules import MAX_QUANTITY

from ...helpers import TODAY, refused
from . import RECEIVED, destroy, schedule


@pytest.mark.parametrize("quantity, accepted", [(0, False), (1, True), (MAX_QUANTITY, True), (MAX_QUANTITY + 1, False)])
def test_receipt_quantity(sp, engine, quantity, accepted):
    kwargs = dict(lot_number="N-1", type="M67", site="ANAD", quantity=quantity, received_on=RECEIVED)
    if accepted:
        assert sp.queries.lot(sp.lots.receive_lot(**kwargs).lot_id).on_hand == quantity
    else:
        refused(engine, InvalidInput, sp.lots.receive_lot, **kwargs)


@pytest.mark.parametrize("held_back, rule", [("retained", "retention-lock"), ("scheduled", "allocation")])
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
        assert refused(engine, RuleViolation, call, lot, **kwargs).rule == "allocation"
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
        assert refused(engine, RuleViolation, sp.lots.split_lot, lot, **kwargs).rule == "retention-lock"
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
        assert error.rule == "conservation" and "-1 on 2026-01-01" in str(error)


@pytest.mark.parametrize("left, accepted", [(1, True), (0, False)])
def test_an_empty_lot_takes_no_further_movements(sp, engine, lot, left, accepted):
    """Rule 8: a lot that held mines and holds none is closed; one mine left keeps it open."""
    sp.lots.transfer_out(lot, 1000 - left, TODAY, "TO-1", "to an ally")
    if accepted:
        assert sp.lots.transfer_in(lot, 1, TODAY, "TI-1").on_hand == left + 1
    else:
        assert refused(engine, RuleViolation, sp.lots.transfer_in, lot, 1, TODAY, "TI-1").rule == "terminal-state"
