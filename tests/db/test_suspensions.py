"""Suspensions (DOMAIN.md section 2, rule 3): a legal hold, an investigation or a safety hold keeps
mines surplus to destroy but out of every schedule, move and destruction until it is lifted; each
refusal names the suspension and leaves the record as it was."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import select

from stockpile_tracker.db.models import AuditEntry
from stockpile_tracker.domain.enums import Rule
from stockpile_tracker.domain.errors import InvalidInput, NotFound, RuleViolation
from stockpile_tracker.reports.status import status_report
from stockpile_tracker.services import Stockpile

from ..helpers import TODAY, receive, refused, seed_catalogue


@pytest.fixture
def sp(stockpile) -> Stockpile:
    seed_catalogue(stockpile)
    return stockpile


@pytest.fixture
def held(sp):
    """L-001: 1,000 M67 received 2020, 200 in an open task, 300 under a legal hold since 2024."""
    lot = receive(sp, "L-001", 1000)
    sp.destruction.schedule(planned_on=date(2026, 9, 1), site="ANAD", method="other", lines={lot: 200})
    sp.suspensions.suspend(
        lot,
        kind="legal_hold",
        quantity=300,
        reference="CID-2024-113",
        reason="missing crate",
        suspended_from=date(2024, 3, 4),
    )
    return lot


def test_a_legal_hold_is_surplus_suspended_not_kept(sp, held):
    """Until schema 0009 a legal hold was a retention: its mines counted as kept, and the profile
    flagged retention it does not permit. They are surplus to destroy, suspended."""
    lot = sp.queries.lot(held)
    assert (lot.on_hand, lot.retained, lot.surplus, lot.scheduled, lot.suspended, lot.unscheduled) == (
        1000,
        0,
        1000,
        200,
        300,
        500,
    )
    assert lot.kept_for == "surplus"
    assert not [f for f in sp.compliance.findings() if f.rule is Rule.POLICY]
    report = status_report(sp, TODAY)
    assert {t.title: t for t in report.tables}["Retained, by reason"].rows == ()
    error = refused(
        sp.context.engine,
        InvalidInput,
        sp.lots.change_retention,
        held,
        quantity=10,
        category="legal_hold",
        authority_ref="CID",
        reason="inquiry",
        valid_from=TODAY,
    )
    assert error.field == "category" and "suspension" in str(error)


def test_suspend_and_lift_are_audited_and_move_the_figures(sp, held):
    (legal,) = sp.suspensions.of_lot(held)
    assert (legal.kind_label, legal.quantity, legal.in_force, legal.suspended_by) == ("legal hold", 300, True, "alice")
    second = sp.suspensions.suspend(
        held, kind="safety", quantity=100, reference="SAF-9", reason="leaking", suspended_from=TODAY
    )
    assert sp.queries.lot(held).suspended == 400  # several in force at once
    lifted = sp.suspensions.lift(legal.id, reason="inquiry closed")
    assert (lifted.lifted_on, lifted.lifted_by, lifted.lift_reason, lifted.in_force) == (
        TODAY,
        "alice",
        "inquiry closed",
        False,
    )
    lot = sp.queries.lot(held)
    assert (lot.suspended, lot.unscheduled) == (100, 700)
    assert [s.id for s in sp.suspensions.of_lot(held) if s.in_force] == [second.id]
    with sp.context.engine.connect() as connection:
        actions = connection.scalars(select(AuditEntry.action).where(AuditEntry.entity_id == held)).all()
    assert actions.count("suspend") == 2 and actions.count("lift_suspension") == 1
    # the lifted mines can be scheduled now
    sp.destruction.schedule(planned_on=date(2026, 9, 2), site="ANAD", method="other", lines={held: 700})
    assert sp.check().ok


BLOCKS = {
    "schedule": lambda sp, lot: sp.destruction.schedule(
        planned_on=date(2026, 9, 3), site="ANAD", method="other", lines={lot: 501}
    ),
    "destroy": lambda sp, lot: sp.destruction.record_event(
        occurred_on=TODAY,
        site="ANAD",
        method="other",
        officer="Capt. A",
        witness="B. Jones",
        certificate_number="DC-9",
        lines={lot: 501},
    ),
    "transfer out": lambda sp, lot: sp.lots.transfer_out(lot, 501, TODAY, "TO-1", "to an ally"),
    "split off": lambda sp, lot: sp.lots.split_lot(
        lot, new_lot_number="L-S", quantity=501, on=TODAY, category=None, authority_ref="A", reason="r"
    ),
    "retain": lambda sp, lot: sp.lots.change_retention(
        lot, quantity=501, category="korea", authority_ref="R", reason="reserve", valid_from=TODAY
    ),
    "suspend again": lambda sp, lot: sp.suspensions.suspend(
        lot, kind="investigation", quantity=501, reference="Q-1", reason="fuzes", suspended_from=TODAY
    ),
    "count fewer than are suspended": lambda sp, lot: sp.lots.stock_check(lot, 250, TODAY, "SC-1", "short"),
}


@pytest.mark.parametrize("action", BLOCKS)
def test_suspended_mines_cannot_be_scheduled_moved_destroyed_or_retained(sp, held, action):
    """500 are unscheduled surplus: one more would reach the suspended mines (a shipment takes only
    what a task schedules, so suspended mines are never shipped either)."""
    error = refused(sp.context.engine, RuleViolation, BLOCKS[action], sp, held)
    assert error.rule is Rule.SUSPENSION
    assert "CID-2024-113" in str(error) and "300" in str(error) and "lift the suspension" in str(error)


def test_what_is_not_suspended_still_moves(sp, held):
    sp.lots.transfer_out(held, 500, TODAY, "TO-1", "to an ally")
    assert sp.queries.lot(held).unscheduled == 0


def test_only_unscheduled_surplus_is_suspended(sp, held):
    sp.lots.change_retention(held, quantity=100, category="korea", authority_ref="R", reason="r", valid_from=TODAY)
    error = refused(
        sp.context.engine,
        RuleViolation,
        sp.suspensions.suspend,
        held,
        kind="safety",
        quantity=401,
        reference="S-1",
        reason="leaking",
        suspended_from=TODAY,
    )
    assert error.rule is Rule.SUSPENSION and "only 400 are unscheduled surplus" in str(error)


@pytest.mark.parametrize(
    ("retained", "scheduled", "quantity"),
    [(0, 0, 1001), (200, 0, 801), (0, 300, 701), (200, 300, 501)],
    ids=["more than on hand", "retained in the way", "scheduled in the way", "both in the way"],
)
def test_suspending_more_than_the_unscheduled_surplus_names_the_suspension_rule(sp, retained, scheduled, quantity):
    """DOMAIN.md section 4, suspension: only unscheduled surplus is suspended, whatever holds the
    rest (never "allocation": nothing is being scheduled)."""
    lot = receive(sp, "L-S", 1000)
    if retained:
        sp.lots.change_retention(
            lot, quantity=retained, category="korea", authority_ref="R", reason="r", valid_from=TODAY
        )
    if scheduled:
        sp.destruction.schedule(planned_on=date(2026, 9, 1), site="ANAD", method="other", lines={lot: scheduled})
    error = refused(
        sp.context.engine,
        RuleViolation,
        sp.suspensions.suspend,
        lot,
        kind="safety",
        quantity=quantity,
        reference="S-1",
        reason="leaking",
        suspended_from=TODAY,
    )
    unscheduled = 1000 - retained - scheduled
    assert (error.rule, error.field) == (Rule.SUSPENSION, "quantity")
    assert f"so only {unscheduled:,} are unscheduled surplus" in str(error)


def test_a_backdated_suspension_cannot_hold_mines_the_lot_had_given_up(sp):
    lot = receive(sp, "L-B", 1000)
    sp.lots.transfer_out(lot, 900, date(2023, 1, 1), "TO", "sold back")
    sp.lots.transfer_in(lot, 900, date(2024, 1, 1), "TI", "bought back")
    error = refused(
        sp.context.engine,
        RuleViolation,
        sp.suspensions.suspend,
        lot,
        kind="investigation",
        quantity=500,
        reference="Q-2",
        reason="r",
        suspended_from=date(2022, 6, 1),
    )
    assert error.rule is Rule.SUSPENSION and "2023-01-01" in str(error)


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"kind": "museum"}, "kind"),
        ({"quantity": 0}, "quantity"),
        ({"reference": " "}, "reference"),
        ({"reason": ""}, "reason"),
        ({"suspended_from": TODAY + timedelta(days=1)}, "from"),
        ({"suspended_from": date(2019, 1, 1)}, "from"),  # before the lot held any mines
    ],
)
def test_a_bad_suspension_names_its_field_and_writes_nothing(sp, held, changes, field):
    asked = {"kind": "safety", "quantity": 5, "reference": "S", "reason": "r", "suspended_from": TODAY} | changes
    error = refused(sp.context.engine, InvalidInput, sp.suspensions.suspend, held, **asked)
    assert error.field == field


def test_a_bad_lifting_names_its_field_and_writes_nothing(sp, held):
    (legal,) = sp.suspensions.of_lot(held)
    engine = sp.context.engine
    assert refused(engine, InvalidInput, sp.suspensions.lift, legal.id, reason=" ").field == "reason"
    early = refused(engine, InvalidInput, sp.suspensions.lift, legal.id, reason="r", lifted_on=date(2024, 1, 1))
    assert early.field == "lifted on"
    refused(engine, NotFound, sp.suspensions.lift, 999, reason="r")
    sp.suspensions.lift(legal.id, reason="closed")
    again = refused(engine, InvalidInput, sp.suspensions.lift, legal.id, reason="closed")
    assert again.field == "suspension" and "already lifted" in str(again)


def suspension_findings(sp: Stockpile, profile: str | None = None):
    return [f for f in sp.compliance.findings(profile) if f.rule is Rule.SUSPENSION]


@pytest.mark.parametrize(("days", "severity"), [(400, None), (200, "warning"), (-10, "error")])
def test_suspended_surplus_has_its_own_finding_near_the_deadline(sp, held, days, severity):
    """Within 12 months of the programme's deadline a warning, after it an error, naming the kind,
    the reference and the quantity; further off, none. The surplus-to-schedule warning counts
    only what can be scheduled."""
    sp.destruction.create_programme(
        name="P", profile="us-2022", deadline=TODAY + timedelta(days=days), sites=["ANAD"], methods=["other"]
    )
    found = suspension_findings(sp)
    if severity is None:
        assert found == []
    else:
        (finding,) = found
        assert (finding.severity, finding.quantity, finding.lots) == (severity, 300, ("L-001",))
        assert "legal hold CID-2024-113: 300 surplus mines" in finding.message
    (unscheduled,) = [f for f in sp.compliance.findings() if f.rule is Rule.SURPLUS_TO_SCHEDULE]
    assert unscheduled.quantity == 500


@pytest.mark.parametrize(
    ("days", "said"), [(1, "falls in 1 day"), (-1, "passed 1 day ago"), (-30, "passed 30 days ago")]
)
def test_a_suspension_finding_says_since_when_and_how_far_the_deadline_is_apart(sp, held, days, said):
    """The day the hold began, then the deadline with how far it is from today: never today less
    the deadline read as if the hold began after it."""
    deadline = TODAY + timedelta(days=days)
    sp.destruction.create_programme(name="P", profile="us-2022", deadline=deadline, sites=["ANAD"], methods=["other"])
    (finding,) = suspension_findings(sp)
    assert finding.message.endswith(
        "of lot L-001 have been suspended since 2024-03-04; the deadline of programme P "
        f"({deadline.isoformat()}) {said}"
    )


def test_suspended_mines_are_still_to_destroy_by_the_treaty_deadline(sp, held):
    """Under Ottawa (deadline four years after entry into force, long past) all 1,000 are surplus
    held after the deadline, the 300 suspended among them; the suspension has its error too."""
    (late,) = [f for f in sp.compliance.findings("ottawa") if "non-compliant since" in f.message]
    assert late.quantity == 1000
    (finding,) = suspension_findings(sp, "ottawa")
    assert finding.severity == "error" and finding.quantity == 300


def test_a_suspension_of_stock_the_profile_does_not_govern_has_no_finding(sp):
    lot = receive(sp, "AV-1", 100, type="BLU-91/B")
    sp.suspensions.suspend(lot, kind="safety", quantity=100, reference="S", reason="r", suspended_from=TODAY)
    assert suspension_findings(sp, "ottawa") == []


def test_a_suspension_of_items_is_found_in_the_mines_the_profile_governs(sp):
    """The suspension is in items, as the ledger; its finding in mines: 10 Volcano canisters
    (1 AP + 5 AV) under Ottawa (AP) hold back 10 governed mines, 10 ADAM projectiles 360. The
    status report's and the totals' suspended figures are mines too."""
    sp.catalogue.add_type(designation="ADAM", name="ADAM projectile", category="AP", ap_per_item=36)
    sp.catalogue.add_type(designation="M87", name="Volcano canister", category="AV", ap_per_item=1, av_per_item=5)
    for number, type in (("A-1", "ADAM"), ("V-1", "M87")):
        lot = receive(sp, number, 50, type=type)
        sp.suspensions.suspend(lot, kind="safety", quantity=10, reference=number, reason="r", suspended_from=TODAY)
    found = {f.lots: f for f in suspension_findings(sp, "ottawa")}
    assert (found[("A-1",)].quantity, found[("V-1",)].quantity) == (360, 10)
    assert "safety A-1: 360 surplus mines (in 10 items) of lot A-1" in found[("A-1",)].message
    sp.catalogue.set_active_profile("ottawa")
    scope = sp.queries.scope_totals()
    assert (scope.covered.suspended, scope.not_covered.suspended, scope.items.suspended) == (370, 50, 20)
    (listed,) = [t for t in status_report(sp, TODAY).tables if t.title == "Suspended, by suspension"]
    assert sorted(row[2:] for row in listed.rows) == [
        ("A-1", "ANAD", TODAY, 10, 360, 0),
        ("V-1", "ANAD", TODAY, 10, 10, 50),
    ]
    assert tuple(listed.total_row[-3:]) == (20, 370, 50)  # items too, as the other tables total them


def shipped_and_held(sp, number, site, shipped, held, shipped_on, held_from):
    """A lot of 1,000 with `shipped` shipped for a task at `site`, `held` of them suspended there."""
    lot = receive(sp, number, 1000)
    task = sp.destruction.schedule(planned_on=TODAY, site=site, method="disassembly", lines={lot: shipped})
    sp.destruction.ship(task.id, on=shipped_on, lines={lot: shipped}, document_ref="GBL-1")
    suspension = sp.suspensions.suspend(
        lot,
        kind="safety",
        quantity=held,
        reference=f"PLANT-STOP-{number}",
        reason="explosion at the plant; mines inside under a safety hold",
        suspended_from=held_from,
        shipped_to=site,
    )
    return lot, task, suspension


def test_mines_shipped_for_destruction_are_suspended_where_they_are(sp, verifier, engine, database_url, capsys):
    """Greece, 2014: the plant stopped with the state's mines in it. A hold on them at the plant keeps
    them there: not destroyed, not sent back, not lost by closing the task, until it is lifted. They
    stay at destruction sites, not in the lot's suspended surplus at home."""
    from stockpile_tracker.cli import main

    sp.catalogue.add_site(code="TEAD", name="Tooele", country="US", kind="destruction")
    lot, task, held = shipped_and_held(sp, "P-1", "TEAD", 600, 500, date(2026, 6, 1), date(2026, 6, 10))
    assert (held.held_at, held.quantity) == ("TEAD, for destruction", 500)
    row = sp.queries.lot(lot)
    assert (row.on_hand, row.at_destruction, row.suspended, row.unscheduled) == (400, 600, 0, 400)

    def destroy(quantity, cert, on=date(2026, 6, 20)):
        return sp.destruction.record_event(
            occurred_on=on,
            site="TEAD",
            method="disassembly",
            officer="D. Moore",
            witness="B. Jones",
            certificate_number=cert,
            lines={lot: quantity},
            task_id=task.id,
        )

    first = destroy(100, "T-1")  # the 100 not held back
    verifier.destruction.verify_certificate(first.id, verified_on=TODAY)
    for action, args, kwargs, left in (
        (destroy, (1, "T-2"), {}, 499),
        (
            sp.destruction.return_shipped,
            (task.id,),
            {"on": TODAY, "lines": {lot: 1}, "document_ref": "R", "reason": "r"},
            499,
        ),
        (sp.destruction.close_task, (task.id, "plant closed"), {}, 0),
    ):
        error = refused(engine, RuleViolation, action, *args, **kwargs)
        assert error.rule == Rule.SUSPENSION
        assert f"500 would be suspended at TEAD but only {left} await destruction there; lift the suspension" in str(
            error
        )
    titles = [t.title for t in status_report(sp, TODAY).tables]
    assert "Suspended, by suspension" not in titles  # none at home: its total is Suspended above
    (listed,) = [t for t in status_report(sp, TODAY).tables if t.title.startswith("Suspended at destruction sites")]
    assert listed.rows[0][2:4] == ("P-1", "TEAD, for destruction")
    assert main(["--database", database_url, "db", "check"]) == 0, capsys.readouterr().out

    # not on mines it does not hold there, nor at a site they were never shipped to
    def one_more(error, site):
        one = {"kind": "safety", "quantity": 1, "reference": "X", "reason": "r", "suspended_from": TODAY}
        return refused(engine, error, sp.suspensions.suspend, lot, **one, shipped_to=site)

    error = one_more(RuleViolation, "TEAD")
    assert "501 would be suspended at TEAD but only 500 await destruction there" in str(error)
    error = one_more(InvalidInput, "CAMP-C")
    assert str(error) == (
        "site: lot P-1 (M67) has no mines awaiting destruction at CAMP-C: a suspension is on its mines at home "
        "(ANAD) or on those shipped to a destruction site"
    )
    sp.suspensions.lift(held.id, reason="plant reopened", lifted_on=date(2026, 6, 25))
    destroy(500, "T-3", on=date(2026, 6, 26))  # once lifted; not on a day it was in force
    assert sp.queries.lot(lot).at_destruction == 0
    assert sp.check().ok


def test_mines_shipped_to_the_homes_own_plant_are_not_its_stock_on_hand(sp, engine):
    """A depot with a demilitarisation plant: mines shipped to it for a task are apart from the
    depot's stock, for a suspension of them and for what the home's holds back on any day."""
    lot, _task, at_plant = shipped_and_held(sp, "P-2", "ANAD", 300, 100, date(2026, 2, 1), date(2026, 3, 1))
    assert at_plant.held_at == "ANAD, for destruction"
    at_home = sp.suspensions.suspend(
        lot, kind="legal_hold", quantity=600, reference="S-2", reason="r", suspended_from=date(2026, 3, 1)
    )
    for held in (at_plant, at_home):
        sp.suspensions.lift(held.id, reason="cleared", lifted_on=date(2026, 5, 1))
    # 700 on hand at home in April, 600 of them suspended then: a transfer of 200 dated April leaves 500
    error = refused(engine, RuleViolation, sp.lots.transfer_out, lot, 200, date(2026, 4, 1), "TO-1", "sold")
    assert "at the end of 2026-04-01 600 would be retained or suspended but only 500 on hand" in str(error)
    assert sp.check().ok
