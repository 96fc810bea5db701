"""Dates in the services at their edges: the day itself, the day before, the day after."""

from __future__ import annotations

from datetime import date

import pytest

from stockpile_tracker.domain.errors import InvalidInput

from ...helpers import TODAY, receive, refused
from . import DAY, RECEIVED, destroy


def _last_entry(sp, lot: int) -> int:
    return sp.queries.ledger(lot)[-1].id


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
