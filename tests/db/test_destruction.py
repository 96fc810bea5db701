"""Destruction service: programmes, tasks, shipments, events, certificate verification, closing
and cancelling. Happy paths check the result and the database afterwards; refusals check the
error class, a message that names the lot and the quantities, and an untouched database."""

from __future__ import annotations

from datetime import date

import pytest

from stockpile_tracker.domain.errors import Discrepancy, InvalidInput, NotFound, RuleViolation
from stockpile_tracker.services import LotFilter, Stockpile

from ..helpers import receive, refused, seed_catalogue, snapshot

D = date
TODAY_FOR_STATE = date(2026, 6, 30)
PLANNED_ON, SHIPPED_ON, DESTROYED_ON = D(2026, 5, 1), D(2026, 5, 2), D(2026, 5, 10)


@pytest.fixture
def sp(stockpile):
    seed_catalogue(stockpile)
    return stockpile


def schedule(sp, lines, *, on=PLANNED_ON, site="ANAD", method="incineration_rotary", **kwargs):
    return sp.destruction.schedule(planned_on=on, site=site, method=method, lines=lines, **kwargs)


def ship(sp, task_id, lines, *, on=SHIPPED_ON, ref="SHIP-1"):
    return sp.destruction.ship(task_id, on=on, lines=lines, document_ref=ref)


def event(
    sp,
    lines,
    *,
    task_id=None,
    on=DESTROYED_ON,
    cert="C-1",
    officer="Capt. Reyes",
    witness="Mr. Okafor",
    method="incineration_rotary",
    site="ANAD",
):
    return sp.destruction.record_event(
        occurred_on=on,
        site=site,
        method=method,
        officer=officer,
        witness=witness,
        certificate_number=cert,
        lines=lines,
        task_id=task_id,
    )


def kinds(sp, lot_id):
    return [(e.kind, e.quantity, e.balance_after) for e in sp.queries.ledger(lot_id)]


def task(sp, task_id):
    [found] = [t for t in sp.destruction.tasks() if t.id == task_id]
    return found


# -- programmes ----------------------------------------------------------------------------------------


def test_ottawa_programme_deadline_is_entry_into_force_plus_four_years(sp):
    programme = sp.destruction.create_programme(
        name="Article 4 programme",
        profile="ottawa",
        sites=["ANAD"],
        methods=["open_detonation", "incineration_rotary"],
        safety_standards="IMAS 11.20",
    )
    assert programme.deadline == D(2003, 3, 1)  # seeded entry into force 1999-03-01
    assert (programme.profile_code, programme.site_codes) == ("ottawa", ("ANAD",))
    assert programme.methods == ("open_detonation", "incineration_rotary")
    assert sp.destruction.programmes() == [programme]
    assert sp.check().ok


def test_ottawa_deadline_follows_the_states_own_entry_into_force(sp):
    sp.catalogue.update_profile("ottawa", "our entry into force", effective_on=D(2021, 7, 1))
    programme = sp.destruction.create_programme(name="P", profile="ottawa", sites=[], methods=["other"])
    assert programme.deadline == D(2025, 7, 1)


def test_us_programme_needs_its_own_deadline(sp, engine, subtests):
    with subtests.test("no deadline under a profile without a deadline rule"):
        err = refused(
            engine,
            InvalidInput,
            sp.destruction.create_programme,
            name="P",
            profile="us-2022",
            sites=["ANAD"],
            methods=["open_detonation"],
        )
        assert err.field == "deadline"
    with subtests.test("unknown site"):
        err = refused(
            engine,
            InvalidInput,
            sp.destruction.create_programme,
            name="P",
            profile="us-2022",
            sites=["NOWHERE"],
            methods=["other"],
            deadline=D(2030, 12, 31),
        )
        assert err.field == "site" and "NOWHERE" in str(err)
    programme = sp.destruction.create_programme(
        name="P", profile="us-2022", sites=["ANAD"], methods=["open_detonation"], deadline=D(2030, 12, 31)
    )
    assert programme.deadline == D(2030, 12, 31)
    with subtests.test("duplicate name"):
        err = refused(
            engine,
            InvalidInput,
            sp.destruction.create_programme,
            name="P",
            profile="us-2022",
            sites=[],
            methods=["other"],
            deadline=D(2031, 1, 1),
        )
        assert "'P'" in str(err)


def test_task_of_a_programme_uses_its_sites_and_methods(sp, engine):
    lot = receive(sp, quantity=1000)
    programme = sp.destruction.create_programme(name="P", profile="ottawa", sites=["ANAD"], methods=["open_detonation"])
    err = refused(
        engine,
        InvalidInput,
        schedule,
        sp,
        {lot: 10},
        site="CAMP-C",
        method="open_detonation",
        programme_id=programme.id,
    )
    assert "CAMP-C" in str(err)
    err = refused(engine, InvalidInput, schedule, sp, {lot: 10}, method="cryofracture", programme_id=programme.id)
    assert "cryofracture" in str(err)
    planned = schedule(sp, {lot: 10}, method="open_detonation", programme_id=programme.id)
    assert planned.programme_id == programme.id


# -- scheduling ------------------------------------------------------------------------------------------


def test_schedule_a_task(sp):
    a = receive(sp, "L-001", 1000)
    b = receive(sp, "L-002", 200, type="M16")
    planned = schedule(sp, {a: 600, b: 200}, on=D(2026, 9, 1))
    assert (planned.reference, planned.status, planned.site_code, planned.method) == (
        "T-2026-001",
        "open",
        "ANAD",
        "incineration_rotary",
    )
    assert [(line.lot_number, line.planned, line.shipped, line.destroyed) for line in planned.lines] == [
        ("L-001", 600, 0, 0),
        ("L-002", 200, 0, 0),
    ]
    row_a, row_b = sp.queries.lot(a), sp.queries.lot(b)
    assert (row_a.scheduled, row_a.unscheduled) == (600, 400)
    assert (row_b.scheduled, row_b.unscheduled) == (200, 0)
    assert [r.id for r in sp.queries.lots(LotFilter(status="unscheduled_surplus"))] == [a]
    assert [r.id for r in sp.queries.lots(LotFilter(status="scheduled"))] == [a, b]
    assert sp.queries.totals().scheduled == 800
    assert sp.destruction.tasks(status="open") == [planned]
    assert [t.reference for t in sp.destruction.tasks(lot_id=b)] == ["T-2026-001"]
    assert not planned.is_overdue(D(2026, 6, 30))
    # the ledger does not move until mines are shipped or destroyed
    assert kinds(sp, a) == [("receipt", 1000, 1000)]
    assert schedule(sp, {a: 100}, on=D(2026, 10, 1)).reference == "T-2026-002"
    assert sp.check().ok


def test_scheduling_refusals(sp, engine, subtests):
    # GIVEN lot L-001 with 300 of 1,000 retained, and lot L-002 with 700 of 1,000 in a task
    retained = receive(sp, "L-001", 1000)
    sp.lots.change_retention(
        retained, quantity=300, category="korea", authority_ref="A", reason="r", valid_from=D(2021, 1, 1)
    )
    planned = receive(sp, "L-002", 1000)
    schedule(sp, {planned: 700}, reference="DEMIL-1")
    with subtests.test("retained stock"):
        err = refused(engine, RuleViolation, schedule, sp, {retained: 800})
        assert err.rule == "retention-lock"
        for part in ("L-001", "800", "1,000", "300 retained", "700"):
            assert part in str(err)
    with subtests.test("over-scheduled: a second task asks for more than the 300 left"):
        err = refused(engine, RuleViolation, schedule, sp, {planned: 400}, on=D(2026, 6, 1))
        assert err.rule == "allocation"
        for part in ("L-002", "400", "700 scheduled", "300"):
            assert part in str(err)
    with subtests.test("one bad line refuses the whole task"):
        err = refused(engine, RuleViolation, schedule, sp, {retained: 100, planned: 301})
        assert "L-002" in str(err) and "301" in str(err)
    with subtests.test("unknown lot"):
        refused(engine, NotFound, schedule, sp, {4242: 10})
    with subtests.test("duplicate reference"):
        err = refused(engine, InvalidInput, schedule, sp, {retained: 10}, reference="DEMIL-1")
        assert "DEMIL-1" in str(err)


# -- shipping ----------------------------------------------------------------------------------------------


def test_ship_for_destruction(sp):
    lot = receive(sp, quantity=1000)
    planned = schedule(sp, {lot: 600})
    shipped = ship(sp, planned.id, {lot: 250})
    assert [(line.planned, line.shipped, line.destroyed) for line in shipped.lines] == [(600, 250, 0)]
    # shipped mines leave on hand now, for the lot's holding for destruction at the task's site;
    # the rest of the line stays scheduled
    row = sp.queries.lot(lot)
    assert (row.on_hand, row.at_destruction, row.scheduled, row.destroyed) == (750, 250, 350, 0)
    out, arrived = sp.queries.ledger(lot)[-2:]
    assert [(e.kind, e.quantity, e.site_code, e.task_id, e.document_ref, e.balance_after) for e in (out, arrived)] == [
        # one document: held is 1,000 after it, and never anything else between its two sides
        ("out_for_destruction", -250, "ANAD", planned.id, "SHIP-1", 1000),
        ("in_for_destruction", 250, "ANAD", planned.id, "SHIP-1", 1000),
    ]
    ship(sp, planned.id, {lot: 350}, ref="SHIP-2")
    assert task(sp, planned.id).lines[0].shipped == 600
    assert sp.queries.lot(lot).scheduled == 0
    assert sp.check().ok


def test_shipping_refusals(sp, engine, subtests):
    # GIVEN a task for 600 of L-001, 400 of them shipped
    lot = receive(sp, "L-001", 1000)
    other = receive(sp, "L-002", 1000)
    planned = schedule(sp, {lot: 600})
    ship(sp, planned.id, {lot: 400})
    with subtests.test("more than the task line"):
        err = refused(engine, RuleViolation, ship, sp, planned.id, {lot: 300}, ref="SHIP-2")
        assert err.rule == "allocation"
        for part in ("L-001", "200 left", "300"):
            assert part in str(err)
    with subtests.test("a lot not in the task"):
        err = refused(engine, InvalidInput, ship, sp, planned.id, {other: 10})
        assert "L-002" in str(err) and planned.reference in str(err)


def test_a_reversed_shipment_can_be_shipped_again(sp):
    lot = receive(sp, quantity=1000)
    planned = schedule(sp, {lot: 600})
    shipped = ship(sp, planned.id, {lot: 600})
    arrived = sp.queries.ledger(lot)[-1]
    assert arrived.kind == "in_for_destruction"
    sp.lots.reverse(arrived.id, "truck turned back")  # either side reverses the one document, both sides
    assert [(e.kind, e.quantity, e.balance_after) for e in sp.queries.ledger(lot)[-2:]] == [
        ("reversal", -600, 1000),  # out of the holding for destruction first: neither goes below zero
        ("reversal", 600, 1000),
    ]
    line = task(sp, shipped.id).lines[0]
    assert line.shipped == 0
    row = sp.queries.lot(lot)
    assert (row.on_hand, row.at_destruction, row.scheduled) == (1000, 0, 600)
    ship(sp, planned.id, {lot: 600}, on=D(2026, 6, 30), ref="SHIP-2")
    assert sp.queries.lot(lot).on_hand == 400
    assert sp.check().ok


# -- destruction events -------------------------------------------------------------------------------------


def test_record_an_event_without_a_task(sp):
    lot = receive(sp, quantity=1000)
    recorded = event(sp, {lot: 300}, cert="CERT-2026-0001")
    assert (recorded.task_id, recorded.certificate_number, recorded.quantity) == (None, "CERT-2026-0001", 300)
    assert (recorded.recorded_by, recorded.verified_by, recorded.officer, recorded.witness) == (
        "alice",
        None,
        "Capt. Reyes",
        "Mr. Okafor",
    )
    assert [(line.lot_number, line.quantity, line.certified_quantity) for line in recorded.lines] == [
        ("L-001", 300, None)
    ]
    row = sp.queries.lot(lot)
    assert (row.on_hand, row.destroyed) == (700, 300)
    assert [r.id for r in sp.queries.lots(LotFilter(status="partially_destroyed"))] == [lot]
    entry = sp.queries.ledger(lot)[-1]
    assert (entry.kind, entry.quantity, entry.event_id, entry.document_ref) == (
        "destroyed",
        -300,
        recorded.id,
        "CERT-2026-0001",
    )
    assert sp.destruction.events(lot_id=lot) == [recorded]
    assert sp.destruction.find_event("CERT-2026-0001") == recorded
    assert sp.queries.totals().destroyed == 300
    assert sp.check().ok


def test_record_an_event_carrying_out_a_task_on_site(sp):
    lot = receive(sp, quantity=1000)
    planned = schedule(sp, {lot: 600})
    recorded = event(sp, {lot: 600}, task_id=planned.id)
    assert recorded.task_id == planned.id
    line = task(sp, planned.id).lines[0]
    assert (line.planned, line.shipped, line.destroyed, line.certified) == (600, 0, 600, 0)
    row = sp.queries.lot(lot)
    assert (row.on_hand, row.scheduled, row.destroyed) == (400, 0, 600)
    assert sp.queries.ledger(lot)[-1].task_id == planned.id
    assert sp.destruction.events(task_id=planned.id) == [recorded]
    assert sp.check().ok


def test_an_event_after_shipment_destroys_the_mines_where_they_were_shipped(sp):
    lot = receive(sp, quantity=1000)
    planned = schedule(sp, {lot: 500})
    ship(sp, planned.id, {lot: 500})
    event(sp, {lot: 500}, task_id=planned.id)
    assert kinds(sp, lot) == [
        ("receipt", 1000, 1000),
        ("out_for_destruction", -500, 1000),
        ("in_for_destruction", 500, 1000),
        ("destroyed", -500, 500),
    ]
    row = sp.queries.lot(lot)
    assert (row.on_hand, row.destroyed, row.scheduled) == (500, 500, 0)
    assert sp.check().ok


def test_destroying_beyond_unscheduled_surplus_is_refused(sp, engine, subtests):
    # GIVEN L-001: 400 of 1,000 in a task; L-002: 500 on hand; L-003: 300 of 1,000 retained
    scheduled = receive(sp, "L-001", 1000)
    schedule(sp, {scheduled: 400})
    small = receive(sp, "L-002", 500)
    retained = receive(sp, "L-003", 1000)
    sp.lots.change_retention(
        retained, quantity=300, category="korea", authority_ref="A", reason="r", valid_from=D(2021, 1, 1)
    )
    with subtests.test("more than the unscheduled surplus, outside the task"):
        err = refused(engine, RuleViolation, event, sp, {scheduled: 700})
        assert err.rule == "allocation"
        for part in ("L-001", "700", "1,000", "400 scheduled", "600"):
            assert part in str(err)
    with subtests.test("more than on hand"):
        err = refused(engine, RuleViolation, event, sp, {small: 501})
        assert "L-002" in str(err) and "501" in str(err) and "500" in str(err)
    with subtests.test("retained stock"):
        err = refused(engine, RuleViolation, event, sp, {retained: 800})
        assert err.rule == "retention-lock"
        for part in ("L-003", "800", "300 retained", "700"):
            assert part in str(err)
    with subtests.test("one bad line keeps nothing of the event"):
        err = refused(engine, RuleViolation, event, sp, {scheduled: 100, small: 501})
        assert "L-002" in str(err) and "501" in str(err)


def test_destruction_dates_must_fit_the_ledger(sp, engine, subtests):
    # GIVEN 100 received on 2020-01-15 and 900 more on 2022-01-01
    lot = receive(sp, quantity=100, on=D(2020, 1, 15))
    sp.lots.transfer_in(lot, 900, D(2022, 1, 1), "TI-1")
    with subtests.test("dated before the lot was received (rule 9)"):
        err = refused(engine, RuleViolation, event, sp, {lot: 10}, on=D(2020, 1, 10))
        assert err.rule == "time"
        for part in ("L-001", "2020-01-10", "2020-01-15"):
            assert part in str(err)
    with subtests.test("backdated to when only 100 were held (rule 1)"):
        err = refused(engine, RuleViolation, event, sp, {lot: 500}, on=D(2021, 1, 1))
        assert err.rule == "conservation"
        for part in ("L-001", "500", "-400", "2021-01-01"):
            assert part in str(err)


def test_event_evidence_refusals(sp, engine, subtests):
    lot = receive(sp, quantity=1000)
    event(sp, {lot: 10}, cert="C-77")
    with subtests.test("witness equal to the officer (rule 7), whatever the case and spacing"):
        err = refused(
            engine, RuleViolation, event, sp, {lot: 10}, officer="Capt. Reyes", witness="capt. reyes ", cert="C-78"
        )
        assert err.rule == "four-eyes"
        assert err.field == "witness"
    with subtests.test("duplicate certificate number"):
        err = refused(engine, InvalidInput, event, sp, {lot: 20}, cert="C-77")
        assert "C-77" in str(err)


def test_event_against_a_task_refusals(sp, engine, subtests):
    # GIVEN task A: 300 of L-001, 200 destroyed on site; task B: 500 of L-002, 300 shipped
    a_lot, b_lot = receive(sp, "L-001", 1000), receive(sp, "L-002", 1000)
    task_a = schedule(sp, {a_lot: 300})
    event(sp, {a_lot: 200}, task_id=task_a.id, cert="C-1")
    task_b = schedule(sp, {b_lot: 500})
    ship(sp, task_b.id, {b_lot: 300})
    with subtests.test("a lot not in the task"):
        err = refused(engine, InvalidInput, event, sp, {a_lot: 100, b_lot: 50}, task_id=task_a.id, cert="C-2")
        assert "L-002" in str(err) and task_a.reference in str(err)
    with subtests.test("beyond what is left of the task line"):
        err = refused(engine, RuleViolation, event, sp, {a_lot: 150}, task_id=task_a.id, cert="C-2")
        assert err.rule == "allocation"
        for part in ("L-001", "150", "100"):
            assert part in str(err)
    with subtests.test("beyond what was shipped"):
        err = refused(engine, RuleViolation, event, sp, {b_lot: 400}, task_id=task_b.id, cert="C-2")
        assert err.rule == "allocation"
        for part in ("L-002", "300", "400"):
            assert part in str(err)


def test_event_against_a_closed_task_is_refused(sp, verifier, engine):
    lot = receive(sp, quantity=1000)
    planned = schedule(sp, {lot: 100})
    recorded = event(sp, {lot: 100}, task_id=planned.id)
    verifier.destruction.verify_certificate(recorded.id, verified_on=D(2026, 5, 20))
    sp.destruction.close_task(planned.id)
    err = refused(engine, RuleViolation, event, sp, {lot: 10}, task_id=planned.id, cert="C-2")
    assert planned.reference in str(err) and "closed" in str(err)


def test_destruction_entries_cannot_be_reversed(sp, engine):
    lot = receive(sp, quantity=1000)
    event(sp, {lot: 300})
    destroyed = sp.queries.ledger(lot)[-1]
    err = refused(engine, RuleViolation, sp.lots.reverse, destroyed.id, "typo")
    assert err.rule == "append-only"
    assert "L-001" in str(err)


def test_a_shipment_already_destroyed_cannot_be_reversed(sp, engine):
    """Once the destruction of shipped mines is recorded, bringing the shipment back into the
    ledger would show the same mines both on hand and destroyed."""
    lot = receive(sp, quantity=1000)
    planned = schedule(sp, {lot: 500})
    ship(sp, planned.id, {lot: 500})
    event(sp, {lot: 500}, task_id=planned.id)
    for side in ("out_for_destruction", "in_for_destruction"):
        entry = next(entry for entry in sp.queries.ledger(lot) if entry.kind == side)
        err = refused(engine, RuleViolation, sp.lots.reverse, entry.id, "shipment keyed twice")
        assert "L-001" in str(err) and "would bring back mines that no longer exist" in str(err)


# -- certificates -------------------------------------------------------------------------------------------


def test_verify_a_certificate(sp, verifier):
    lot = receive(sp, quantity=1000)
    recorded = event(sp, {lot: 300})
    checked = verifier.destruction.verify_certificate(recorded.id, verified_on=D(2026, 5, 20))
    assert (checked.verified_by, checked.verified_on) == ("bob", D(2026, 5, 20))
    assert [line.certified_quantity for line in checked.lines] == [300]
    assert sp.destruction.events() == [checked]
    assert sp.check().ok


def test_verification_refusals(sp, verifier, engine, subtests):
    lot = receive(sp, quantity=1000)
    recorded = event(sp, {lot: 300}, cert="C-9", on=D(2026, 5, 10))
    with subtests.test("the recorder verifying their own certificate (four eyes)"):
        err = refused(engine, RuleViolation, sp.destruction.verify_certificate, recorded.id, verified_on=D(2026, 5, 20))
        assert err.rule == "four-eyes"
        assert "C-9" in str(err) and "alice" in str(err)
    with subtests.test("verified before the destruction"):
        err = refused(
            engine, InvalidInput, verifier.destruction.verify_certificate, recorded.id, verified_on=D(2026, 5, 9)
        )
        assert "2026-05-09" in str(err) and "2026-05-10" in str(err)
    verifier.destruction.verify_certificate(recorded.id, verified_on=D(2026, 5, 20))
    with subtests.test("verified twice"):
        err = refused(
            engine, RuleViolation, verifier.destruction.verify_certificate, recorded.id, verified_on=D(2026, 5, 21)
        )
        assert "C-9" in str(err) and "bob" in str(err)


def test_four_eyes_is_not_bypassed_by_the_case_of_a_user_name(sp, engine, today):
    """Officer and witness are compared ignoring case; the recorder and the verifier must be too,
    or 'Alice' can verify what 'alice' recorded."""
    lot = receive(sp, quantity=1000)
    recorded = event(sp, {lot: 300}, cert="C-9")
    same_person = Stockpile(engine, "Alice", today=lambda: today)
    err = refused(
        engine, RuleViolation, same_person.destruction.verify_certificate, recorded.id, verified_on=D(2026, 5, 20)
    )
    assert "C-9" in str(err)


# -- closing and cancelling ---------------------------------------------------------------------------------


def test_close_a_task_that_reconciles(sp, verifier):
    # GIVEN 500 scheduled, shipped, destroyed, and the certificate verified by a second person
    lot = receive(sp, quantity=1000)
    planned = schedule(sp, {lot: 500})
    ship(sp, planned.id, {lot: 500})
    recorded = event(sp, {lot: 500}, task_id=planned.id)
    verifier.destruction.verify_certificate(recorded.id, verified_on=D(2026, 5, 20))
    assert sp.destruction.discrepancies(planned.id) == []
    # WHEN the task is closed
    closed = sp.destruction.close_task(planned.id)
    # THEN it is closed without a note and shipped = destroyed = certified
    assert (closed.status, closed.close_note) == ("closed", None)
    assert [(line.shipped, line.destroyed, line.certified) for line in closed.lines] == [(500, 500, 500)]
    assert sp.destruction.tasks(status="open") == []
    row = sp.queries.lot(lot)
    assert (row.on_hand, row.scheduled, row.destroyed) == (500, 0, 500)
    assert sp.check().ok


def test_close_with_a_shipment_gap_is_a_discrepancy_until_explained(sp, verifier, engine):
    # GIVEN 500 shipped to the contractor, whose certificate shows only 480 destroyed
    lot = receive(sp, quantity=1000)
    planned = schedule(sp, {lot: 500})
    ship(sp, planned.id, {lot: 500})
    recorded = event(sp, {lot: 480}, task_id=planned.id)
    verifier.destruction.verify_certificate(recorded.id, verified_on=D(2026, 5, 20))
    # WHEN the task is closed without an explanation
    err = refused(engine, Discrepancy, sp.destruction.close_task, planned.id)
    # THEN it stays open and the error names the lot and both quantities
    assert err.rule == "reconciliation"
    for part in ("L-001", "500", "480", planned.reference):
        assert part in str(err)
    assert task(sp, planned.id).status == "open"
    # AND with an explanation it closes, the explanation kept
    closed = sp.destruction.close_task(planned.id, "20 misfired, destroyed in task T-2026-009")
    assert (closed.status, closed.close_note) == ("closed", "20 misfired, destroyed in task T-2026-009")
    row = sp.queries.lot(lot)
    assert (row.on_hand, row.destroyed, row.scheduled) == (500, 480, 0)
    assert sp.check().ok


def test_certified_quantity_different_from_destroyed_is_a_discrepancy(sp, verifier, engine):
    lot = receive(sp, quantity=1000)
    planned = schedule(sp, {lot: 500})
    recorded = event(sp, {lot: 500}, task_id=planned.id)
    checked = verifier.destruction.verify_certificate(recorded.id, verified_on=D(2026, 5, 20), certified={lot: 470})
    assert [line.certified_quantity for line in checked.lines] == [470]
    err = refused(engine, Discrepancy, sp.destruction.close_task, planned.id)
    assert "L-001" in str(err) and "500" in str(err) and "470" in str(err)


def test_closing_with_unverified_certificates_is_refused(sp, engine):
    lot = receive(sp, quantity=1000)
    planned = schedule(sp, {lot: 500})
    event(sp, {lot: 500}, task_id=planned.id, cert="C-5")
    err = refused(engine, RuleViolation, sp.destruction.close_task, planned.id)
    assert "C-5" in str(err) and "verified by a second person" in str(err)
    assert err.rule == "four-eyes" and "(four eyes: a second person verifies)" in str(err)


def test_an_explanation_does_not_replace_certificate_verification(sp, engine):
    """Four eyes (rule 7): the person who recorded a destruction cannot close its task on their
    own word; an explanation may excuse a quantity difference, not a missing verification."""
    lot = receive(sp, quantity=1000)
    planned = schedule(sp, {lot: 500})
    event(sp, {lot: 500}, task_id=planned.id, cert="C-5")
    before = snapshot(engine)
    with pytest.raises(RuleViolation) as caught:  # a Discrepancy or a rule 7 violation
        sp.destruction.close_task(planned.id, "verifier on leave")
    assert "C-5" in str(caught.value)
    assert snapshot(engine) == before


def test_cancel_a_task(sp, engine):
    lot = receive(sp, quantity=1000)
    planned = schedule(sp, {lot: 600})
    cancelled = sp.destruction.cancel_task(planned.id, "contractor withdrew")
    assert (cancelled.status, cancelled.close_note) == ("cancelled", "contractor withdrew")
    row = sp.queries.lot(lot)
    assert (row.scheduled, row.unscheduled) == (0, 1000)
    assert sp.destruction.tasks(status="cancelled") == [cancelled]
    # the mines can be planned again, and the cancelled task takes no shipment
    schedule(sp, {lot: 1000})
    err = refused(engine, RuleViolation, ship, sp, planned.id, {lot: 10})
    assert planned.reference in str(err) and "cancelled" in str(err)
    assert sp.check().ok


def test_cancelling_a_task_after_shipping_is_refused(sp, engine):
    lot = receive(sp, quantity=1000)
    planned = schedule(sp, {lot: 600})
    ship(sp, planned.id, {lot: 100})
    err = refused(engine, RuleViolation, sp.destruction.cancel_task, planned.id, "changed our minds")
    assert "L-001" in str(err) and planned.reference in str(err)


def test_programme_progress_sums_the_programme_tasks(sp, verifier):
    """Planned and destroyed over tasks not cancelled; open and overdue tasks counted."""
    programme = sp.destruction.create_programme(
        name="P", profile="us-2022", deadline=D(2028, 12, 31), sites=["ANAD"], methods=["incineration_rotary"]
    )
    first, second, third = (receive(sp, f"P-{n}", 1000) for n in range(3))
    done = schedule(sp, {first: 400}, programme_id=programme.id)
    event(sp, {first: 400}, task_id=done.id, cert="P-C1")
    schedule(sp, {second: 300}, programme_id=programme.id)  # planned 2026-05-01, not done: overdue
    cancelled = schedule(sp, {third: 999}, programme_id=programme.id)
    sp.destruction.cancel_task(cancelled.id, "plan withdrawn")
    schedule(sp, {third: 50})  # outside the programme
    progress = sp.destruction.programme_progress(programme.id)
    assert (progress.planned, progress.destroyed, progress.open_tasks, progress.overdue_tasks) == (700, 400, 2, 1)
    expected = [t for t in sp.destruction.tasks(programme_id=programme.id) if t.status != "cancelled"]
    assert progress.planned == sum(t.planned for t in expected)
    assert progress.destroyed == sum(t.destroyed for t in expected)
    assert progress.overdue_tasks == sum(t.is_overdue(sp.context.today()) for t in expected)


def test_a_task_destroyed_partly_on_site_and_partly_after_shipment(sp, engine, verifier):
    """5 destroyed at the depot, 5 shipped: the shipped 5 must come back destroyed before closing."""
    lot = receive(sp, quantity=1000)
    planned = schedule(sp, {lot: 10})
    on_site = event(sp, {lot: 5}, task_id=planned.id, cert="ON-SITE")
    ship(sp, planned.id, {lot: 5})
    # the depot cannot destroy what was shipped away, and the contractor cannot report more than shipped
    refused(engine, RuleViolation, event, sp, {lot: 6}, task_id=planned.id, cert="TOO-MANY")
    early = refused(engine, RuleViolation, event, sp, {lot: 5}, task_id=planned.id, cert="EARLY", on=D(2026, 5, 1))
    assert "before the mines were shipped" in str(early)
    verifier.destruction.verify_certificate(on_site.id, verified_on=DESTROYED_ON)
    refused(engine, Discrepancy, sp.destruction.close_task, planned.id)
    line = task(sp, planned.id).lines[0]
    assert (line.on_site, line.shipped, line.awaiting_destruction, line.remaining) == (5, 5, 5, 5)
    # shipped mines are destroyed where the task sent them, its site (ANAD's plant here)
    elsewhere = refused(engine, InvalidInput, event, sp, {lot: 4}, task_id=planned.id, cert="X", site="CAMP-C")
    assert str(elsewhere) == (
        "site: lot L-001 (M67): the mines shipped for task T-2026-001 are at ANAD; a destruction of them at "
        "CAMP-C is recorded at ANAD"
    )
    contractor = event(sp, {lot: 4}, task_id=planned.id, cert="CONTRACTOR", site="ANAD")
    verifier.destruction.verify_certificate(contractor.id, verified_on=DESTROYED_ON)
    err = refused(engine, Discrepancy, sp.destruction.close_task, planned.id)
    assert "shipped 5, destroyed at the destruction site 4" in str(err)
    # late and short: the plan says both
    assert task(sp, planned.id).state(TODAY_FOR_STATE) == "OVERDUE; DISCREPANCY: 1 shipped, not destroyed"
    closed = sp.destruction.close_task(planned.id, "one mine lost in transit; investigation CID-1")
    assert closed.status == "closed"
