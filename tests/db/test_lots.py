"""Lot service: receipts, discoveries, transfers, training, retention, splits, reversals and stock
checks. Each happy path checks the result and the database afterwards; each refusal checks the
error class, a message that names the lot and the quantities, and an untouched database."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from stockpile_tracker.db.models import AuditEntry
from stockpile_tracker.domain.enums import RetentionFilter
from stockpile_tracker.domain.errors import InvalidInput, NotFound, RuleViolation
from stockpile_tracker.services import LotFilter

from ..helpers import receive, refused, seed_catalogue

D = date
DECIDED_ON = D(2020, 6, 1)


def ledger(sp, lot_id):
    """(kind, quantity, balance after) of every entry, in date order."""
    return [(e.kind, e.quantity, e.balance_after) for e in sp.queries.ledger(lot_id)]


def audit_entries(engine, action):
    with engine.connect() as connection:
        return connection.execute(select(AuditEntry).where(AuditEntry.action == action)).all()


@pytest.fixture
def sp(stockpile):
    seed_catalogue(stockpile)
    return stockpile


def retain(sp, lot_id, quantity, category="korea", *, on=DECIDED_ON, institution=None):
    return sp.lots.change_retention(
        lot_id,
        quantity=quantity,
        category=category,
        authority_ref="DIR-7",
        reason="kept",
        valid_from=on,
        institution=institution,
    )


# -- receipts and discoveries --------------------------------------------------------------------


def test_receive_lot_creates_a_lot_with_one_receipt(sp):
    result = sp.lots.receive_lot(
        lot_number="L-001",
        type="M67",
        site="ANAD",
        quantity=1000,
        received_on=D(2020, 1, 15),
        document_ref="DD-1",
        manufactured_on=D(2019, 5, 1),
        condition="b",
    )
    assert (result.lot_number, result.on_hand, result.retained, result.warnings) == ("L-001", 1000, 0, ())
    row = sp.queries.lot(result.lot_id)
    assert (row.type_designation, row.category, row.sd_class.value) == ("M67", "AP", "SD")
    assert (row.site_code, row.site_country, row.condition_code) == ("ANAD", "US", "B")
    assert (row.on_hand, row.retained, row.scheduled, row.destroyed) == (1000, 0, 0, 0)
    assert (row.surplus, row.unscheduled, row.kept_for) == (1000, 1000, "surplus")
    [entry] = sp.queries.ledger(result.lot_id)
    assert entry.id == result.movement_id
    assert (entry.kind, entry.quantity, entry.balance_after, entry.occurred_on) == (
        "receipt",
        1000,
        1000,
        D(2020, 1, 15),
    )
    assert (entry.document_ref, entry.recorded_by, entry.reverses_id) == ("DD-1", "alice", None)
    assert sp.queries.totals().lots == 1
    assert sp.queries.totals().on_hand == 1000
    assert sp.check().ok


def test_same_lot_number_may_exist_for_two_types(sp):
    """A lot number is unique per type only: two manufacturers can use the same batch code."""
    receive(sp, "L-001", 100, type="M67")
    receive(sp, "L-001", 40, type="M16")
    assert sp.queries.totals().on_hand == 140
    assert sp.queries.find_lot("L-001", type="M16").on_hand == 40
    with pytest.raises(InvalidInput):
        sp.queries.find_lot("L-001")  # ambiguous without the type
    assert sp.check().ok


def test_lot_number_reused_for_the_same_type_is_refused(sp, engine, subtests):
    receive(sp, "L-001", 1000, type="M67")
    with subtests.test("another receipt"):
        err = refused(engine, InvalidInput, receive, sp, "L-001", 300, type="M67")
        assert err.field == "lot number"
        assert "L-001" in str(err) and "M67" in str(err)
    with subtests.test("a discovery, even spelt with spaces around it"):
        err = refused(
            engine,
            InvalidInput,
            sp.lots.record_discovery,
            lot_number=" L-001 ",
            type="M67",
            site="CAMP-C",
            quantity=300,
            found_on=D(2024, 1, 1),
        )
        assert "L-001" in str(err)
    assert sp.queries.totals().on_hand == 1000


def test_record_discovery_is_its_own_lot_and_not_an_acquisition(sp):
    # GIVEN the US 2022 profile, which bans acquisition from 2022-06-21
    # WHEN mines not on the record are found after that date
    result = sp.lots.record_discovery(
        lot_number="FOUND-1", type="M16", site="CAMP-C", quantity=37, found_on=D(2024, 3, 2), document_ref="INV-9"
    )
    # THEN they form their own lot, with a discovery entry, and are not flagged as an acquisition
    assert (result.on_hand, result.warnings) == (37, ())
    assert ledger(sp, result.lot_id) == [("discovery", 37, 37)]
    row = sp.queries.lot(result.lot_id)
    assert (row.site_code, row.sd_class.value, row.on_hand) == ("CAMP-C", "persistent", 37)
    assert sp.check().ok


def test_receipt_after_the_us_acquisition_ban_is_kept_and_flagged(sp):
    before_ban = sp.lots.receive_lot(lot_number="OLD", type="M67", site="ANAD", quantity=10, received_on=D(2022, 6, 20))
    assert before_ban.warnings == ()
    result = sp.lots.receive_lot(lot_number="NEW", type="M67", site="ANAD", quantity=25, received_on=D(2023, 1, 10))
    [warning] = result.warnings
    assert "2023-01-10" in warning and "2022-06-21" in warning
    # the receipt is a fact: it is kept, not refused
    assert sp.queries.lot(result.lot_id).on_hand == 25
    assert sp.queries.totals().on_hand == 35
    assert sp.check().ok


# -- transfers ---------------------------------------------------------------------------------------


def test_transfer_in_and_out(sp):
    lot = receive(sp, quantity=1000)
    got = sp.lots.transfer_in(lot, 250, D(2021, 2, 1), "TI-1", "from Blue Grass")
    assert (got.on_hand, got.warnings) == (1250, ())
    sent = sp.lots.transfer_out(lot, 400, D(2021, 3, 1), "TO-1", "to Camp Carroll depot")
    assert sent.on_hand == 850
    # US 2022: transfers are for destruction only, so a plain transfer out is flagged
    [warning] = sent.warnings
    assert "not for destruction" in warning
    assert ledger(sp, lot) == [("receipt", 1000, 1000), ("transfer_in", 250, 1250), ("transfer_out", -400, 850)]
    assert sp.queries.ledger(lot)[2].reason == "to Camp Carroll depot"
    assert sp.queries.lot(lot).on_hand == 850
    assert sp.check().ok


def test_transfer_out_is_not_flagged_when_the_profile_allows_transfers(sp):
    sp.catalogue.update_profile(
        "us-2022", "test a profile without the transfer rule", transfers_only_for_destruction=False
    )
    lot = receive(sp, quantity=100)
    assert sp.lots.transfer_out(lot, 10, D(2021, 3, 1), "TO-1", "sold").warnings == ()


def test_transfer_out_beyond_unscheduled_surplus_is_refused(sp, engine, subtests):
    # GIVEN 1,000 on hand, 300 of them retained for Korea (700 unscheduled surplus)
    lot = receive(sp, quantity=1000)
    retain(sp, lot, 300)
    with subtests.test("retained stock is locked (rule 2)"):
        err = refused(engine, RuleViolation, sp.lots.transfer_out, lot, 800, D(2021, 3, 1), "TO-1", "x")
        assert err.rule == "retention-lock"
        for part in ("L-001", "800", "1,000", "300 retained", "700"):
            assert part in str(err)
    with subtests.test("more than on hand (rule 3)"):
        err = refused(engine, RuleViolation, sp.lots.transfer_out, lot, 1200, D(2021, 3, 1), "TO-1", "x")
        assert err.rule == "allocation"
        for part in ("L-001", "1,200", "1,000", "700"):
            assert part in str(err)


def test_backdated_loss_that_makes_an_earlier_balance_negative_is_refused(sp, engine):
    # GIVEN 100 received in 2020 and 500 more transferred in during 2022 (600 on hand today)
    lot = receive(sp, quantity=100, on=D(2020, 1, 15))
    sp.lots.transfer_in(lot, 500, D(2022, 1, 1), "TI-1")
    # WHEN 300 are recorded as leaving in 2021, when only 100 were held
    err = refused(engine, RuleViolation, sp.lots.transfer_out, lot, 300, D(2021, 1, 1), "TO-1", "late entry")
    # THEN the ledger refuses: on 2021-01-01 the balance would be -200
    assert err.rule == "conservation"
    for part in ("L-001", "300", "-200", "2021-01-01"):
        assert part in str(err)


# -- terminal states -------------------------------------------------------------------------------------


def test_fully_transferred_out_lot_takes_no_further_movements(sp, engine):
    lot = receive(sp, quantity=100)
    sp.lots.transfer_out(lot, 100, D(2021, 3, 1), "TO-1", "all gone")
    assert sp.queries.lot(lot).on_hand == 0
    err = refused(engine, RuleViolation, sp.lots.transfer_in, lot, 5, D(2021, 4, 1), "TI-1")
    assert err.rule == "terminal-state"
    assert "L-001" in str(err)
    err = refused(engine, RuleViolation, sp.lots.stock_check, lot, 3, D(2021, 4, 1), "SC-1", "found")
    assert err.rule == "terminal-state"


def test_fully_destroyed_lot_takes_no_further_movements(sp, engine):
    lot = receive(sp, quantity=100)
    sp.destruction.record_event(
        occurred_on=D(2021, 5, 1),
        site="ANAD",
        method="open_detonation",
        officer="Capt. Reyes",
        witness="Mr. Okafor",
        certificate_number="C-1",
        lines={lot: 100},
    )
    assert [r.id for r in sp.queries.lots(LotFilter(status="destroyed"))] == [lot]
    err = refused(engine, RuleViolation, sp.lots.transfer_in, lot, 10, D(2021, 6, 1), "TI-1")
    assert err.rule == "terminal-state"
    assert "L-001" in str(err)
    # a count that agrees (zero) is still fine and leaves no entry
    assert sp.lots.stock_check(lot, 0, D(2021, 6, 1), "SC-1").movement_id is None


# -- training -------------------------------------------------------------------------------------------


def test_consume_in_training_takes_from_article3_retention(sp):
    lot = receive(sp, quantity=1000)
    retain(sp, lot, 100, "article3", institution="Engineer School, Fort Leonard Wood")
    result = sp.lots.consume_in_training(lot, 30, D(2021, 6, 1), "TR-1", "clearance course 21-3")
    assert (result.on_hand, result.retained) == (970, 70)
    assert ledger(sp, lot)[-1] == ("training", -30, 970)
    latest = sp.queries.retention_history(lot)[-1]
    assert (latest.quantity, latest.category, latest.institution) == (
        70,
        "article3",
        "Engineer School, Fort Leonard Wood",
    )
    row = sp.queries.lot(lot)
    assert (row.on_hand, row.retained, row.retention_category, row.surplus) == (970, 70, "article3", 900)
    # using up the rest ends the Article 3 retention
    result = sp.lots.consume_in_training(lot, 70, D(2021, 7, 1), "TR-2")
    assert (result.on_hand, result.retained) == (900, 0)
    assert sp.queries.lot(lot).retention_category is None
    assert sp.check().ok


def test_training_only_from_article3_stock(sp, engine, subtests):
    korea = receive(sp, "L-K", 1000)
    retain(sp, korea, 100, "korea")
    surplus = receive(sp, "L-S", 1000)
    article3 = receive(sp, "L-A", 1000)
    retain(sp, article3, 100, "article3", institution="EOD School")
    with subtests.test("stock retained for Korea"):
        err = refused(engine, RuleViolation, sp.lots.consume_in_training, korea, 10, D(2021, 6, 1), "TR-1")
        assert err.rule == "retention-lock"
        for part in ("L-K", "10 asked", "100 are retained (Korea defence)"):
            assert part in str(err)
    with subtests.test("surplus"):
        err = refused(engine, RuleViolation, sp.lots.consume_in_training, surplus, 10, D(2021, 6, 1), "TR-1")
        assert "L-S" in str(err) and "10 asked" in str(err) and "0 are retained" in str(err)
    with subtests.test("more than retained under Article 3"):
        err = refused(engine, RuleViolation, sp.lots.consume_in_training, article3, 150, D(2021, 6, 1), "TR")
        assert "L-A" in str(err) and "150 asked" in str(err) and "100 are retained" in str(err)


def test_reversing_a_training_entry_restores_the_article3_retention(sp):
    """A training entry keyed by mistake is reversed: the mines were never used, so they are
    still retained under Article 3; they must not silently become surplus (rule 2: releasing
    retained stock takes a retention decision of its own)."""
    lot = receive(sp, quantity=1000)
    retain(sp, lot, 100, "article3", institution="EOD School")
    used = sp.lots.consume_in_training(lot, 30, D(2021, 6, 1), "TR-1")
    sp.lots.reverse(used.movement_id, "wrong lot keyed", on=D(2021, 6, 2))
    row = sp.queries.lot(lot)
    assert row.on_hand == 1000
    assert (row.retained, row.retention_category) == (100, "article3")


# -- retention --------------------------------------------------------------------------------------------


def test_retain_then_release_to_zero(sp, engine):
    lot = receive(sp, quantity=1000)
    kept = sp.lots.change_retention(
        lot,
        quantity=300,
        category="korea",
        authority_ref="USFK-22-14",
        reason="war reserve for the defence of Korea",
        valid_from=D(2022, 7, 1),
    )
    assert (kept.on_hand, kept.retained, kept.movement_id, kept.warnings) == (1000, 300, None, ())
    row = sp.queries.lot(lot)
    assert (row.retained, row.retention_category, row.surplus, row.unscheduled) == (300, "korea", 700, 700)
    other = receive(sp, "L-002", 50)
    kept_only = sp.queries.totals(LotFilter(retention=RetentionFilter.RETAINED))
    assert (kept_only.lots, kept_only.on_hand, kept_only.retained) == (1, 1000, 300)
    assert [r.id for r in sp.queries.lots(LotFilter(retention=RetentionFilter.SURPLUS))] == [lot, other]

    released = sp.lots.change_retention(
        lot,
        quantity=0,
        category="korea",
        authority_ref="USFK-24-02",
        reason="reserve no longer required",
        valid_from=D(2024, 1, 1),
    )
    assert released.retained == 0
    row = sp.queries.lot(lot)
    assert (row.retained, row.retention_category, row.surplus) == (0, None, 1000)
    history = sp.queries.retention_history(lot)
    assert [(d.quantity, d.category, d.authority_ref, d.valid_from, d.decided_by) for d in history] == [
        (300, "korea", "USFK-22-14", D(2022, 7, 1), "alice"),
        (0, None, "USFK-24-02", D(2024, 1, 1), "alice"),
    ]
    # the release is audited with its reason and the before/after quantities
    last = audit_entries(engine, "retention_decision")[-1]
    assert last.reason == "reserve no longer required"
    assert '"retained":300' in last.before and '"retained":0' in last.after
    assert ledger(sp, lot) == [("receipt", 1000, 1000)]  # retention is not a movement
    assert sp.check().ok


def test_retention_outside_the_profile_is_flagged(sp):
    sp.catalogue.set_active_profile("ottawa")
    lot = receive(sp, quantity=1000)
    result = retain(sp, lot, 50, "korea")
    assert any("does not permit retention as Korea defence" in warning for warning in result.warnings)
    assert sp.queries.lot(lot).retained == 50


def test_ottawa_flags_any_increase_of_retained_stock(sp):
    sp.catalogue.set_active_profile("ottawa")
    lot = receive(sp, quantity=1000)
    result = retain(sp, lot, 50, "article3", institution="Demining Centre")
    assert any("0 to 50" in w for w in result.warnings)
    # a decrease is not flagged
    assert retain(sp, lot, 20, "article3", on=D(2021, 1, 1), institution="Demining Centre").warnings == ()


def test_retaining_more_than_on_hand_minus_scheduled_is_refused(sp, engine):
    lot = receive(sp, quantity=1000)
    sp.destruction.schedule(planned_on=D(2026, 9, 1), site="ANAD", method="open_detonation", lines={lot: 600})
    err = refused(engine, RuleViolation, retain, sp, lot, 500)
    assert err.rule == "allocation"
    for part in ("L-001", "500", "1,000", "600"):
        assert part in str(err)
    # exactly what is left is fine
    assert retain(sp, lot, 400).retained == 400


def test_article3_retention_without_institution_is_refused(sp, engine):
    lot = receive(sp, quantity=1000)
    err = refused(engine, InvalidInput, retain, sp, lot, 100, "article3")
    assert err.field == "institution"


def test_retention_decisions_must_change_something_and_follow_in_time(sp, engine, subtests):
    lot = receive(sp, quantity=1000)
    retain(sp, lot, 300, on=D(2022, 1, 1))
    with subtests.test("unchanged"):
        err = refused(engine, InvalidInput, retain, sp, lot, 300, on=D(2023, 1, 1))
        assert "L-001" in str(err) and "300" in str(err)
    with subtests.test("dated before the decision in force"):
        err = refused(engine, InvalidInput, retain, sp, lot, 200, on=D(2021, 1, 1))
        assert "2021-01-01" in str(err) and "2022-01-01" in str(err)


# -- splits -------------------------------------------------------------------------------------------------


def test_split_moves_the_retained_part_into_a_new_lot(sp):
    # GIVEN a lot of 1,000 of which 300 are kept for Korea
    lot = receive(sp, quantity=1000)
    retain(sp, lot, 300)
    # WHEN 100 of the Korea reserve are split off
    result = sp.lots.split_lot(
        lot,
        new_lot_number="L-001-K",
        quantity=100,
        on=D(2021, 1, 1),
        category="korea",
        authority_ref="USFK-21-3",
        reason="ship to Korea",
    )
    # THEN the new lot holds 100, all retained; the old lot keeps 200 retained of 900
    assert (result.lot_number, result.on_hand, result.retained) == ("L-001-K", 100, 100)
    old, new = sp.queries.lot(lot), sp.queries.lot(result.lot_id)
    assert (old.on_hand, old.retained, old.retention_category) == (900, 200, "korea")
    assert (new.on_hand, new.retained, new.retention_category) == (100, 100, "korea")
    assert (new.type_designation, new.site_code, new.notes) == ("M67", "ANAD", "split from lot L-001")
    assert ledger(sp, lot)[-1] == ("transfer_out", -100, 900)
    assert ledger(sp, result.lot_id) == [("transfer_in", 100, 100)]
    totals = sp.queries.totals()
    assert (totals.lots, totals.on_hand, totals.retained) == (2, 1000, 300)
    assert sp.check().ok


def test_split_takes_from_surplus_when_the_category_differs(sp):
    lot = receive(sp, quantity=1000)
    retain(sp, lot, 300)
    plain = sp.lots.split_lot(
        lot,
        new_lot_number="L-001-S",
        quantity=200,
        on=D(2021, 1, 1),
        category=None,
        authority_ref="ORD-1",
        reason="separate the damaged boxes",
    )
    assert (plain.on_hand, plain.retained) == (200, 0)
    trained = sp.lots.split_lot(
        lot,
        new_lot_number="L-001-T",
        quantity=50,
        on=D(2021, 2, 1),
        category="article3",
        institution="EOD School",
        authority_ref="ORD-2",
        reason="training stock",
    )
    assert (trained.on_hand, trained.retained) == (50, 50)
    assert sp.queries.retention_history(trained.lot_id)[-1].institution == "EOD School"
    old = sp.queries.lot(lot)
    assert (old.on_hand, old.retained, old.retention_category) == (750, 300, "korea")
    assert sp.queries.totals().on_hand == 1000
    assert sp.queries.totals().retained == 350
    assert sp.check().ok


def test_split_refusals(sp, engine, subtests):
    # GIVEN 1,000 on hand, 300 retained for Korea, and another lot L-002
    lot = receive(sp, "L-001", 1000)
    retain(sp, lot, 300)
    receive(sp, "L-002", 10)

    def split(new, quantity, category):
        return sp.lots.split_lot(
            lot,
            new_lot_number=new,
            quantity=quantity,
            on=D(2021, 1, 1),
            category=category,
            authority_ref="A",
            reason="r",
        )

    with subtests.test("moving more than is retained"):
        err = refused(engine, RuleViolation, split, "L-001-K", 400, "korea")
        assert err.rule == "retention-lock"
        assert "L-001" in str(err) and "300" in str(err) and "400" in str(err)
    with subtests.test("taking more than the unscheduled surplus"):
        err = refused(engine, RuleViolation, split, "L-001-S", 800, None)
        assert "L-001" in str(err) and "800" in str(err) and "700" in str(err)
    with subtests.test("to a lot number that exists"):
        err = refused(engine, InvalidInput, split, "L-002", 10, None)
        assert "L-002" in str(err)


def test_split_into_new_retention_is_flagged_under_ottawa(sp):
    """Ottawa flags any increase of retained stock (rule 4); retaining by splitting is one."""
    sp.catalogue.set_active_profile("ottawa")
    lot = receive(sp, quantity=1000)
    result = sp.lots.split_lot(
        lot,
        new_lot_number="L-001-T",
        quantity=50,
        on=D(2021, 1, 1),
        category="article3",
        institution="Demining Centre",
        authority_ref="A",
        reason="training stock",
    )
    assert result.retained == 50
    assert any("50" in w for w in result.warnings), result.warnings


def test_reversing_one_leg_of_a_split_does_not_create_or_lose_mines(sp):
    """A split is a transfer out of one lot and into another. Reversing only one leg must be
    refused (or undo both): the stockpile as a whole must still hold what it received."""
    lot = receive(sp, quantity=1000)
    sp.lots.split_lot(
        lot, new_lot_number="L-001-S", quantity=300, on=D(2021, 1, 1), category=None, authority_ref="A", reason="r"
    )
    split_out = sp.queries.ledger(lot)[-1]
    assert split_out.kind == "transfer_out"
    try:
        sp.lots.reverse(split_out.id, "split keyed by mistake")
    except RuleViolation:
        pass  # refusing is a correct answer
    assert sp.queries.totals().on_hand == 1000


# -- reversals ------------------------------------------------------------------------------------------------


def test_reverse_a_mistaken_entry(sp):
    lot = receive(sp, quantity=1000)
    wrong = sp.lots.transfer_out(lot, 400, D(2021, 3, 1), "TO-1", "keyed on the wrong lot")
    result = sp.lots.reverse(wrong.movement_id, "wrong lot", on=D(2021, 4, 1))
    assert result.on_hand == 1000
    entries = sp.queries.ledger(lot)
    assert [(e.kind, e.quantity, e.balance_after) for e in entries] == [
        ("receipt", 1000, 1000),
        ("transfer_out", -400, 600),
        ("reversal", 400, 1000),
    ]
    original, reversal = entries[1], entries[2]
    assert original.reversed_by_id == reversal.id == result.movement_id
    assert reversal.reverses_id == original.id
    assert (reversal.reason, reversal.occurred_on, reversal.recorded_by) == ("wrong lot", D(2021, 4, 1), "alice")
    assert sp.queries.lot(lot).on_hand == 1000
    assert sp.check().ok


def test_reverse_defaults_to_today(sp, today):
    lot = receive(sp, quantity=1000)
    sp.lots.reverse(sp.queries.ledger(lot)[0].id, "never arrived")
    entry = sp.queries.ledger(lot)[-1]
    assert (entry.kind, entry.quantity, entry.occurred_on) == ("reversal", -1000, today)
    assert sp.queries.lot(lot).on_hand == 0
    assert sp.check().ok


def test_reversal_refusals(sp, engine, subtests):
    # GIVEN a transfer in keyed twice: the second already reversed, the first not
    lot = receive(sp, quantity=1000)
    kept = sp.lots.transfer_in(lot, 50, D(2021, 3, 1), "TI-1")
    duplicate = sp.lots.transfer_in(lot, 50, D(2021, 3, 1), "TI-1")
    reversal = sp.lots.reverse(duplicate.movement_id, "keyed twice")
    with subtests.test("a reversal of a reversal"):
        err = refused(engine, RuleViolation, sp.lots.reverse, reversal.movement_id, "undo")
        assert err.rule == "append-only"
        assert "L-001" in str(err) and str(reversal.movement_id) in str(err)
    with subtests.test("reversing twice"):
        err = refused(engine, RuleViolation, sp.lots.reverse, duplicate.movement_id, "again")
        assert err.rule == "append-only"
        assert "L-001" in str(err) and str(reversal.movement_id) in str(err)
    with subtests.test("dated before the entry"):
        err = refused(engine, InvalidInput, sp.lots.reverse, kept.movement_id, "x", on=D(2021, 2, 1))
        assert "2021-02-01" in str(err) and "2021-03-01" in str(err)
    with subtests.test("an entry that does not exist"):
        refused(engine, NotFound, sp.lots.reverse, 9999, "x")
    assert sp.queries.lot(lot).on_hand == 1050


def test_reversing_a_receipt_whose_mines_have_left_is_refused(sp, engine):
    lot = receive(sp, quantity=1000)
    sp.lots.transfer_out(lot, 400, D(2021, 3, 1), "TO-1", "moved")
    receipt = sp.queries.ledger(lot)[0].id
    err = refused(engine, RuleViolation, sp.lots.reverse, receipt, "never arrived")
    assert err.rule == "conservation"
    assert "L-001" in str(err) and "1,000" in str(err) and "-400" in str(err)


# -- stock checks ------------------------------------------------------------------------------------------


def test_stock_check_that_agrees_records_no_entry(sp, engine):
    lot = receive(sp, quantity=1000)
    result = sp.lots.stock_check(lot, 1000, D(2021, 1, 5), "SC-1")
    assert (result.movement_id, result.on_hand) == (None, 1000)
    assert ledger(sp, lot) == [("receipt", 1000, 1000)]
    assert len(audit_entries(engine, "stock_check")) == 1
    assert sp.check().ok


def test_stock_check_gain_and_loss(sp):
    lot = receive(sp, quantity=1000)
    gain = sp.lots.stock_check(lot, 1012, D(2021, 1, 5), "SC-1", "box miscounted at receipt")
    assert gain.on_hand == 1012
    loss = sp.lots.stock_check(lot, 1005, D(2022, 1, 5), "SC-2", "seven missing, investigation 22-1")
    assert loss.on_hand == 1005
    assert ledger(sp, lot) == [("receipt", 1000, 1000), ("check_gain", 12, 1012), ("check_loss", -7, 1005)]
    assert sp.queries.ledger(lot)[2].reason == "seven missing, investigation 22-1"
    assert sp.queries.lot(lot).on_hand == 1005
    assert sp.check().ok


def test_backdated_stock_check_compares_with_the_balance_on_its_date(sp):
    # GIVEN 1,000 received in 2020 and 100 transferred out in 2022 (900 on hand today)
    lot = receive(sp, quantity=1000, on=D(2020, 1, 15))
    sp.lots.transfer_out(lot, 100, D(2022, 1, 1), "TO-1", "moved")
    # WHEN a count made in 2021, entered late, found the 1,000 that were there then
    result = sp.lots.stock_check(lot, 1000, D(2021, 1, 5), "SC-2021", "count entered late")
    # THEN it agrees with the ledger on that date: no gain is invented
    assert result.movement_id is None
    assert result.on_hand == 900
    assert ledger(sp, lot) == [("receipt", 1000, 1000), ("transfer_out", -100, 900)]


def test_retained_mines_cannot_leave_on_a_backdated_day(sp, engine):
    """Retain 100 from 2021, release them in 2025: a transfer of 100 dated 2022 would take mines
    that were retained on that day (rule 2 on every past day, not only today)."""
    lot = receive(sp, quantity=100, on=D(2020, 1, 1))
    sp.lots.change_retention(
        lot, quantity=100, category="korea", authority_ref="R-1", reason="Korea", valid_from=D(2021, 1, 1)
    )
    sp.lots.change_retention(
        lot, quantity=0, category=None, authority_ref="R-2", reason="released", valid_from=D(2025, 1, 1)
    )
    err = refused(engine, RuleViolation, sp.lots.transfer_out, lot, 100, D(2022, 6, 1), "T-1", "to a unit")
    assert "2022-06-01" in str(err) and "100 would be retained but only 0" in str(err)
    assert str(err).endswith("(retention lock: retained mines cannot be scheduled, moved or destroyed)")
    sp.lots.transfer_out(lot, 100, D(2025, 6, 1), "T-2", "to a unit")  # after the release it may go


def test_a_backdated_decision_cannot_retain_more_than_was_on_hand(sp, engine):
    lot = receive(sp, quantity=100, on=D(2020, 1, 1))
    sp.lots.transfer_in(lot, 900, D(2024, 1, 1), "TI-1")
    err = refused(
        engine,
        RuleViolation,
        sp.lots.change_retention,
        lot,
        quantity=1000,
        category="korea",
        authority_ref="R-1",
        reason="Korea",
        valid_from=D(2021, 1, 1),
    )
    assert "1,000 would be retained but only 100 on hand" in str(err)


def test_training_cannot_be_dated_before_its_article3_decision(sp, engine):
    lot = receive(sp, quantity=100, on=D(2020, 1, 1))
    sp.lots.change_retention(
        lot,
        quantity=50,
        category="article3",
        institution="Engineer School",
        authority_ref="A3",
        reason="training",
        valid_from=D(2026, 1, 1),
    )
    err = refused(engine, InvalidInput, sp.lots.consume_in_training, lot, 10, D(2021, 1, 1), "TR-1")
    assert err.field == "date" and "before the Article 3 decision" in str(err)


def test_retention_decisions_made_by_other_actions_are_audited(sp, engine):
    """Training and splits change the retained quantity through decisions of their own (rule 2)."""
    lot = receive(sp, quantity=1000)
    retain(sp, lot, 100, "article3", institution="Engineer School")
    sp.lots.consume_in_training(lot, 30, DECIDED_ON, "TR-1")
    sp.lots.split_lot(
        lot,
        new_lot_number="L-001-A3",
        quantity=20,
        on=DECIDED_ON,
        category="article3",
        authority_ref="SPLIT-1",
        reason="separate the training stock",
    )
    entries = audit_entries(engine, "retention_decision")
    assert ['"retained":100' in e.after for e in entries] == [True, False, False, False]
    assert '"retained":70' in entries[1].after and '"retained":100' in entries[1].before
    assert '"retained":50' in entries[2].after and '"retained":20' in entries[3].after


def test_a_transfer_in_after_the_acquisition_ban_is_flagged(sp):
    lot = receive(sp, quantity=10, on=D(2020, 1, 1))
    assert sp.lots.transfer_in(lot, 5, D(2021, 1, 1), "TI-1").warnings == ()
    flagged = sp.lots.transfer_in(lot, 5, D(2023, 1, 1), "TI-2").warnings
    assert len(flagged) == 1 and "acquisition ban" in flagged[0]
