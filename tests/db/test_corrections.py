"""Correcting a recorded destruction (DOMAIN.md rule 1): the destruction entry is reversed and the
corrected one posted, the event keeps its line with the corrected quantity, the certificate is
verified again, and every figure follows."""

from __future__ import annotations

from datetime import date

import pytest

from stockpile_tracker.domain.errors import InvalidInput, RuleViolation
from stockpile_tracker.services import Stockpile

from ..helpers import TODAY, receive, refused, seed_catalogue

ON = date(2026, 3, 10)


@pytest.fixture
def destroyed(stockpile, verifier):
    """Lot L-1 (1,000 M67): 400 destroyed on site under certificate DC-1, verified by bob."""
    seed_catalogue(stockpile)
    lot_id = receive(stockpile, "L-1", 1000)
    event = stockpile.destruction.record_event(
        occurred_on=ON,
        site="ANAD",
        method="open_detonation",
        officer="Capt. A. Smith",
        witness="B. Jones",
        certificate_number="DC-1",
        lines={lot_id: 400},
    )
    verifier.destruction.verify_certificate(event.id, verified_on=ON)
    return lot_id, event


def test_a_destruction_corrected_down_returns_the_rest_and_is_verified_again(stockpile, destroyed):
    lot_id, event = destroyed
    corrected = stockpile.corrections.correct_destruction(
        event.id, lot_id, quantity=350, reason="certificate says 350; 50 misfired and returned"
    )
    assert corrected.quantity == 350 and corrected.verified_by is None
    assert [line.certified_quantity for line in corrected.lines] == [None]
    lot = stockpile.queries.lot(lot_id)
    assert (lot.on_hand, lot.destroyed) == (650, 350)
    ledger = stockpile.queries.ledger(lot_id)
    assert [(e.kind, e.quantity, e.occurred_on) for e in ledger] == [
        ("receipt", 1000, date(2020, 1, 15)),
        ("destroyed", -400, ON),
        ("reversal", 400, ON),
        ("destroyed", -350, ON),
    ]
    assert ledger[1].reversed_by_id == ledger[2].id
    assert stockpile.check().ok


def test_a_destruction_reversed_whole_leaves_the_line_at_zero(stockpile, verifier, destroyed):
    lot_id, event = destroyed
    stockpile.corrections.correct_destruction(event.id, lot_id, quantity=0, reason="recorded on the wrong lot")
    lot = stockpile.queries.lot(lot_id)
    assert (lot.on_hand, lot.destroyed) == (1000, 0)
    again = verifier.destruction.verify_certificate(event.id, verified_on=ON, certified={lot_id: 0})
    assert again.verified_by == "bob" and again.quantity == 0
    assert stockpile.check().ok


@pytest.mark.parametrize(
    ("quantity", "reason", "error", "message"),
    [
        (
            400,
            "no change",
            InvalidInput,
            "quantity: a correction destroys fewer than the 400 recorded for lot L-1 (M67), "
            "not 400; record further mines destroyed as an event of their own",
        ),
        (401, "more", InvalidInput, "quantity: a correction destroys fewer than the 400 recorded"),
        (-1, "negative", InvalidInput, "quantity: must be zero or more, not -1"),
        (399, " ", InvalidInput, "reason: is required"),
    ],
)
def test_a_correction_that_is_not_one_changes_nothing(stockpile, engine, destroyed, quantity, reason, error, message):
    lot_id, event = destroyed
    refusal = refused(
        engine, error, stockpile.corrections.correct_destruction, event.id, lot_id, quantity=quantity, reason=reason
    )
    assert str(refusal).startswith(message)


@pytest.fixture
def in_task(stockpile):
    """Lot L-1 (1,000 M67): a task of 400, all recorded destroyed on site under certificate DC-2."""
    seed_catalogue(stockpile)
    lot_id = receive(stockpile, "L-1", 1000)
    task = stockpile.destruction.schedule(planned_on=ON, site="ANAD", method="open_detonation", lines={lot_id: 400})
    event = stockpile.destruction.record_event(
        occurred_on=ON,
        site="ANAD",
        method="open_detonation",
        officer="Capt. A. Smith",
        witness="B. Jones",
        certificate_number="DC-2",
        lines={lot_id: 400},
        task_id=task.id,
    )
    return lot_id, task, event


def test_a_closed_task_is_not_corrected(stockpile, verifier, engine, in_task):
    lot_id, task, event = in_task
    verifier.destruction.verify_certificate(event.id, verified_on=ON)
    stockpile.destruction.close_task(task.id)
    refusal = refused(
        engine,
        RuleViolation,
        stockpile.corrections.correct_destruction,
        event.id,
        lot_id,
        quantity=300,
        reason="late news",
    )
    assert "which is closed" in str(refusal)


def test_a_correction_in_an_open_task_gives_the_task_its_mines_back(stockpile, in_task):
    lot_id, task, event = in_task
    stockpile.corrections.correct_destruction(event.id, lot_id, quantity=100, reason="300 misfired")
    line = stockpile.destruction.task(task.id).lines[0]
    assert (line.planned, line.destroyed, line.remaining) == (400, 100, 300)
    lot = stockpile.queries.lot(lot_id)
    assert (lot.on_hand, lot.scheduled, lot.destroyed) == (900, 300, 100)
    assert stockpile.check().ok


def test_the_ledger_reversal_of_a_destruction_points_to_the_correction(stockpile, engine, destroyed):
    lot_id, _event = destroyed
    entry = next(e for e in stockpile.queries.ledger(lot_id) if e.kind == "destroyed")
    refusal = refused(engine, RuleViolation, stockpile.lots.reverse, entry.id, "mistake")
    assert "correct the destruction instead" in str(refusal) and "DC-1" in str(refusal)


def test_a_destruction_can_be_corrected_again(stockpile, verifier, destroyed):
    lot_id, event = destroyed
    stockpile.corrections.correct_destruction(event.id, lot_id, quantity=350, reason="first reading")
    again = verifier.corrections.correct_destruction(event.id, lot_id, quantity=300, reason="second reading")
    assert again.quantity == 300 and again.corrected_by == "bob"
    lot = stockpile.queries.lot(lot_id)
    assert (lot.on_hand, lot.destroyed) == (700, 300)
    kinds = [(e.kind, e.quantity) for e in stockpile.queries.ledger(lot_id)]
    assert kinds[1:] == [
        ("destroyed", -400),
        ("reversal", 400),
        ("destroyed", -350),
        ("reversal", 350),
        ("destroyed", -300),
    ]
    # each correction is one document: held after its reversal is held after its corrected entry
    assert [e.balance_after for e in stockpile.queries.ledger(lot_id)][1:] == [600, 650, 650, 700, 700]
    assert stockpile.check().ok


def test_who_corrected_a_destruction_may_not_verify_it(stockpile, verifier, engine, destroyed):
    lot_id, event = destroyed
    verifier.corrections.correct_destruction(event.id, lot_id, quantity=350, reason="bob read the paper")
    refusal = refused(
        engine,
        RuleViolation,
        verifier.destruction.verify_certificate,
        event.id,
        verified_on=ON,
        certified={lot_id: 350},
    )
    assert "was corrected by bob; another person must verify it" in str(refusal)
    third = Stockpile(engine, "carol", today=lambda: TODAY)
    verified = third.destruction.verify_certificate(event.id, verified_on=ON, certified={lot_id: 350})
    assert verified.verified_by == "carol"
