"""Unaccounted losses (DOMAIN.md rule 6): a task closed with mines shipped and not destroyed keeps
them on the record as a loss until an investigation resolves it: found and returned, destroyed with a
certificate, or written off by an authority; partly or in full, never more than is unaccounted."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import DBAPIError

from stockpile_tracker.cli import main
from stockpile_tracker.db.models import AuditEntry
from stockpile_tracker.domain.enums import Resolution, Rule
from stockpile_tracker.domain.errors import InvalidInput, NotFound, RuleViolation
from stockpile_tracker.reports.article7 import article7_report
from stockpile_tracker.reports.progress import progress_report
from stockpile_tracker.reports.records import lot_history_report
from stockpile_tracker.reports.status import status_report
from stockpile_tracker.services.dto.destruction import LossTotals

from ..helpers import TODAY, receive, refused, seed_catalogue, tamper_outside_the_program

D = date
EXPLANATION = "contractor's certificate TEAD-CERT-0042 short by 480; inquiry INV-7"


def with_plant(stockpile):
    """The catalogue of helpers.seed_catalogue and the contractor's plant TEAD, a destruction site."""
    seed_catalogue(stockpile)
    stockpile.catalogue.add_site(
        code="TEAD", name="Tooele Army Depot demilitarisation", country="US", kind="destruction"
    )
    return stockpile


@pytest.fixture
def sp(stockpile):
    return with_plant(stockpile)


def closed_short(
    sp, verifier, *, shipped=5560, destroyed=5080, kept=440, type="M67", lot_number="L-001", programme_id=None
):
    """A lot shipped to the contractor but `kept`, its certificate short, verified, the task closed
    with an explanation."""
    lot = receive(sp, lot_number, quantity=shipped + kept, type=type)
    task = sp.destruction.schedule(
        planned_on=D(2026, 5, 1), site="ANAD", method="disassembly", lines={lot: shipped}, programme_id=programme_id
    )
    sp.destruction.ship(task.id, on=D(2026, 5, 2), lines={lot: shipped}, document_ref="GBL-1")
    event = sp.destruction.record_event(
        occurred_on=D(2026, 5, 10),
        site="ANAD",
        method="disassembly",
        officer="Capt. Reyes",
        witness="Mr. Okafor",
        certificate_number=f"CERT-{lot_number}",
        lines={lot: destroyed},
        task_id=task.id,
    )
    verifier.destruction.verify_certificate(event.id, verified_on=D(2026, 5, 20))
    sp.destruction.close_task(task.id, EXPLANATION)
    return lot, task


def resolve(sp, kind, loss_id, quantity, *, on=TODAY, reference="REF-1", site="TEAD", **kwargs):
    """Each resolution through its own service call, with the fields its dialog asks."""
    common = {"quantity": quantity, "on": on, "reason": kwargs.pop("reason", "inquiry INV-7 concluded")}
    if kind is Resolution.FOUND_RETURNED:
        return sp.destruction.return_loss(loss_id, reference=reference, **common)
    if kind is Resolution.WRITTEN_OFF:
        return sp.destruction.write_off_loss(loss_id, reference=reference, **common)
    return sp.destruction.destroy_loss(
        loss_id,
        site=site,
        method="disassembly",
        officer="Capt. Reyes",
        witness="Mr. Okafor",
        certificate_number=reference,
        **common,
        **kwargs,
    )


def test_closing_with_a_gap_keeps_the_480_as_an_unaccounted_loss(sp, verifier):
    # GIVEN 5,560 shipped and 5,080 destroyed, closed with an explanation
    lot, task = closed_short(sp, verifier)
    # THEN one loss of 480 for the lot, with the explanation, dated the day it was closed
    [loss] = sp.destruction.losses()
    assert (loss.task_reference, loss.lot_id, loss.quantity, loss.unaccounted) == (task.reference, lot, 480, 480)
    assert (loss.explanation, loss.occurred_on, loss.recorded_by) == (EXPLANATION, TODAY, "alice")
    assert sp.destruction.losses(open_only=True) == [loss]
    # AND a rule 6 error names the task, the lot, the quantity and its age
    [finding] = [f for f in sp.compliance.findings() if f.rule is Rule.RECONCILIATION]
    assert finding.severity == "error" and finding.quantity == 480
    assert (finding.tasks, finding.lots) == ((task.reference,), ("L-001",))
    assert "480" in finding.message and "shipped 2026-05-02, task closed short 2026-06-30 (today)" in finding.message
    assert sp.check().ok
    # AND as of the day before it was recorded, it is no finding yet
    assert not [f for f in sp.compliance.findings(as_of=D(2026, 6, 29)) if "unaccounted for" in f.message]


def test_a_loss_finding_says_when_the_mines_were_shipped_and_when_the_task_was_closed_short(sp, verifier):
    """A loss is as old as its shipments (read from the ledger), not as the day the task was closed;
    a task that shipped twice gives its first and last day."""
    lot = receive(sp, "L-001", quantity=1000)
    task = sp.destruction.schedule(planned_on=D(2026, 5, 1), site="ANAD", method="disassembly", lines={lot: 600})
    sp.destruction.ship(task.id, on=D(2026, 5, 2), lines={lot: 400}, document_ref="GBL-1")
    sp.destruction.ship(task.id, on=D(2026, 5, 9), lines={lot: 200}, document_ref="GBL-2")
    sp.destruction.close_task(task.id, EXPLANATION)
    [loss] = sp.destruction.losses()
    assert loss.shipped == (D(2026, 5, 2), D(2026, 5, 9))
    [finding] = [f for f in sp.compliance.findings() if f.rule is Rule.RECONCILIATION]
    assert finding.message.endswith(
        f"600 items (600 mines) unaccounted for: shipped 2026-05-02 to 2026-05-09, "
        f"task closed short {TODAY.isoformat()} (today)"
    )


def test_a_task_closed_in_full_or_short_at_the_depot_records_no_loss(sp, verifier):
    lot = receive(sp, quantity=1000)
    task = sp.destruction.schedule(planned_on=D(2026, 5, 1), site="ANAD", method="disassembly", lines={lot: 500})
    sp.destruction.record_event(
        occurred_on=D(2026, 5, 10),
        site="ANAD",
        method="disassembly",
        officer="Capt. Reyes",
        witness="Mr. Okafor",
        certificate_number="C-1",
        lines={lot: 300},
        task_id=task.id,
    )
    [event] = sp.destruction.events()
    verifier.destruction.verify_certificate(event.id, verified_on=D(2026, 5, 20))
    sp.destruction.close_task(task.id, "200 kept back for the next task")
    assert sp.destruction.losses() == []  # the 200 never left: they are on hand, not lost


def test_found_and_returned_mines_are_back_on_hand_as_surplus(sp, verifier):
    lot, _task = closed_short(sp, verifier)
    [loss] = sp.destruction.losses()
    before = sp.queries.lot(lot)
    resolved = resolve(sp, Resolution.FOUND_RETURNED, loss.id, 480, reference="RET-9")
    assert (resolved.unaccounted, resolved.resolved(Resolution.FOUND_RETURNED.value)) == (0, 480)
    row = sp.queries.lot(lot)
    assert (row.on_hand, row.surplus) == (before.on_hand + 480, before.surplus + 480)
    assert [(e.kind, e.quantity) for e in sp.queries.ledger(lot)][-1] == ("returned", 480)
    assert not [f for f in sp.compliance.findings() if f.rule is Rule.RECONCILIATION]
    assert sp.check().ok


def test_returned_mines_come_back_to_a_lot_that_shipped_all_it_held(sp, verifier):
    """The lot held none after the shipment, but its unaccounted mines were never gone (rule 8)."""
    lot, _task = closed_short(sp, verifier, kept=0)
    assert sp.queries.lot(lot).on_hand == 0
    [loss] = sp.destruction.losses()
    resolve(sp, Resolution.FOUND_RETURNED, loss.id, 480)
    assert sp.queries.lot(lot).on_hand == 480


def test_a_returned_entry_cannot_be_reversed(sp, verifier, engine):
    lot, _task = closed_short(sp, verifier)
    [loss] = sp.destruction.losses()
    resolve(sp, Resolution.FOUND_RETURNED, loss.id, 100)
    returned = sp.queries.ledger(lot)[-1]
    err = refused(engine, RuleViolation, sp.lots.reverse, returned.id, "typed wrong")
    assert err.rule is Rule.APPEND_ONLY


def test_destroyed_with_a_certificate_is_an_event_verified_by_a_second_person(sp, verifier, engine):
    lot, task = closed_short(sp, verifier)
    [loss] = sp.destruction.losses()
    before = sp.queries.lot(lot)
    resolved = resolve(sp, Resolution.DESTROYED, loss.id, 480, reference="TEAD-CERT-0042A")
    assert resolved.unaccounted == 0
    event = sp.destruction.find_event("TEAD-CERT-0042A")
    assert (event.task_id, event.quantity, event.verified_by) == (task.id, 480, None)
    # no further ledger entry: the loss entry took the mines out of the plant's holding; destroyed counts them
    row = sp.queries.lot(lot)
    assert (row.on_hand, row.at_destruction, row.destroyed) == (before.on_hand, 0, before.destroyed + 480)
    assert [(e.kind, e.quantity, e.site_code) for e in sp.queries.ledger(lot)] == [
        ("receipt", 6000, "ANAD"),
        ("out_for_destruction", -5560, "ANAD"),
        ("in_for_destruction", 5560, "ANAD"),  # the task is at the depot's plant
        ("destroyed", -5080, "ANAD"),
        ("unaccounted_loss", -480, "ANAD"),
    ]
    err = refused(engine, RuleViolation, sp.destruction.verify_certificate, event.id, verified_on=TODAY)
    assert err.rule is Rule.FOUR_EYES
    verifier.destruction.verify_certificate(event.id, verified_on=TODAY)
    assert sp.check().ok


def test_written_off_mines_leave_unaccounted_and_count_as_written_off(sp, verifier):
    lot, _task = closed_short(sp, verifier)
    [loss] = sp.destruction.losses()
    before = sp.queries.lot(lot)
    resolved = resolve(sp, Resolution.WRITTEN_OFF, loss.id, 480, reference="SECARMY-2026-17")
    assert (resolved.unaccounted, resolved.resolved(Resolution.WRITTEN_OFF.value)) == (0, 480)
    assert sp.queries.lot(lot) == before
    assert sp.destruction.losses(open_only=True) == []


def test_partial_resolutions_add_up_to_the_loss(sp, verifier, engine):
    _lot, _task = closed_short(sp, verifier)
    [loss] = sp.destruction.losses()
    resolve(sp, Resolution.FOUND_RETURNED, loss.id, 300, reference="RET-1")
    resolve(sp, Resolution.DESTROYED, loss.id, 100, reference="CERT-R-1")
    partly = resolve(sp, Resolution.WRITTEN_OFF, loss.id, 60, reference="AUTH-1")
    assert [r.kind for r in partly.resolutions] == ["found_returned", "destroyed", "written_off"]
    assert partly.unaccounted == 20
    [finding] = [f for f in sp.compliance.findings() if f.rule is Rule.RECONCILIATION]
    assert finding.quantity == 20
    err = refused(engine, RuleViolation, resolve, sp, Resolution.WRITTEN_OFF, loss.id, 21)
    assert (err.rule, err.field) == (Rule.RECONCILIATION, "quantity") and "20" in str(err)
    assert resolve(sp, Resolution.WRITTEN_OFF, loss.id, 20, reference="AUTH-2").unaccounted == 0


@pytest.mark.parametrize("kind", list(Resolution))
@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"quantity": 481}, "quantity"),
        ({"quantity": 0}, "quantity"),
        ({"quantity": None}, "quantity"),
        ({"on": D(2026, 6, 29)}, "date"),
        ({"on": D(2026, 7, 1)}, "date"),
        ({"reference": "  "}, "reference"),
        ({"reason": ""}, "reason"),
    ],
)
def test_a_bad_resolution_is_refused_by_its_field_and_changes_nothing(sp, verifier, engine, kind, change, field):
    closed_short(sp, verifier)
    [loss] = sp.destruction.losses()
    arguments = {"quantity": 480, "on": TODAY, "reference": "REF-1"} | change
    quantity = arguments.pop("quantity")
    error = RuleViolation if change == {"quantity": 481} else InvalidInput
    if kind is Resolution.DESTROYED and field == "reference":
        field = "certificate number"
    err = refused(engine, error, resolve, sp, kind, loss.id, quantity, **arguments)
    assert err.field == field


@pytest.mark.parametrize("site", ["ANAD", "", "NOWHERE"])
def test_mines_found_destroyed_were_destroyed_at_a_destruction_site(sp, verifier, engine, site):
    """They left with a shipment: a depot (ANAD, where the task was planned), no site or an unknown
    one is refused by the site, and nothing is written."""
    closed_short(sp, verifier)
    [loss] = sp.destruction.losses()
    err = refused(engine, InvalidInput, resolve, sp, Resolution.DESTROYED, loss.id, 480, reference="C-9", site=site)
    assert err.field == "site"
    if site == "ANAD":
        assert str(err).startswith("site: ANAD is a depot, not a destruction site")


def test_an_unknown_loss_is_not_found(sp, engine):
    refused(engine, NotFound, resolve, sp, Resolution.WRITTEN_OFF, 99, 1)


def test_the_loss_and_every_resolution_are_audited(sp, verifier, engine):
    closed_short(sp, verifier)
    [loss] = sp.destruction.losses()
    for kind in Resolution:
        resolve(sp, kind, loss.id, 10, reference=f"REF-{kind.value}")
    assert sp.verify_audit_chain().ok
    with engine.connect() as connection:
        actions = connection.scalars(
            select(AuditEntry.action).where(AuditEntry.entity == "unaccounted_loss", AuditEntry.entity_id == loss.id)
        ).all()
    assert sorted(actions) == ["record_loss", "resolve_loss", "resolve_loss", "resolve_loss"]


# -- one figure everywhere -----------------------------------------------------------------------------


def unaccounted_column(table) -> int:
    return table.total_row[table.columns.index("Unaccounted for")]


def test_the_unaccounted_figure_agrees_across_reports_dashboard_lots_and_the_deadline(
    sp, verifier, database_url, capsys
):
    # GIVEN a programme under Ottawa (deadline 2003, long past), 480 AP mines and 100 AV mines unaccounted for
    sp.catalogue.set_active_profile("ottawa")
    programme = sp.destruction.create_programme(name="P", profile="ottawa", sites=["ANAD"], methods=["disassembly"])
    closed_short(sp, verifier, programme_id=programme.id)
    closed_short(sp, verifier, shipped=600, destroyed=500, type="BLU-91/B", lot_number="AV-1")

    def still_held() -> int:
        [late] = [f for f in sp.compliance.findings() if "non-compliant since" in f.message]
        return late.quantity

    scope, losses = sp.queries.scope_totals(), sp.destruction.loss_totals()
    assert (losses.covered.unaccounted, losses.not_covered.unaccounted) == (480, 100)
    # THEN the status report, Article 7, the dashboard, the progress report and `lots` say 480 (and 100 apart)
    status = status_report(sp, TODAY)
    covered_table, apart_table = (t for t in status.tables if t.title.startswith("Unaccounted losses"))
    assert (unaccounted_column(covered_table), unaccounted_column(apart_table)) == (480, 100)
    [form_b] = [t for t in article7_report(sp, 2026).tables if "unaccounted for" in t.title]
    assert unaccounted_column(form_b) == 480
    assert sp.overview.dashboard().losses == losses
    forecast = sp.destruction.forecast(programme.id)
    assert (forecast.unaccounted, forecast.remaining) == (480, forecast.surplus + forecast.awaiting + 480)
    progress = dict(progress_report(sp, programme.id).tables[0].rows)
    assert progress["Unaccounted for (tasks closed short, under investigation)"] == 480
    assert main(["--database", database_url, "--user", "reader", "lots"]) == 0
    out = capsys.readouterr().out
    assert f"Unaccounted for, {scope.covered_label}: 480 in 1 loss of" in out
    assert f"Unaccounted for, {scope.not_covered_label}: 100 in 1 loss of" in out
    # AND the deadline engine holds them: surplus on hand plus the 480, not the AV ones
    assert still_held() == scope.covered.surplus + 480
    [loss, _av] = sp.destruction.losses()
    # WHEN 200 are found and returned, the same mines are held, now on hand
    resolve(sp, Resolution.FOUND_RETURNED, loss.id, 200)
    assert sp.queries.scope_totals().covered.surplus == scope.covered.surplus + 200
    assert still_held() == scope.covered.surplus + 480
    # AND written off, the rest are not to destroy any more; the programme is complete of them
    resolve(sp, Resolution.WRITTEN_OFF, loss.id, 280, reference="AUTH-9")
    assert still_held() == scope.covered.surplus + 200
    assert sp.destruction.forecast(programme.id).unaccounted == 0
    assert sp.destruction.loss_totals().covered == LossTotals(
        losses=0, unaccounted=0, returned=200, destroyed=0, written_off=280
    )
    [covered_table, _apart] = [t for t in status_report(sp, TODAY).tables if t.title.startswith("Unaccounted")]
    assert unaccounted_column(covered_table) == 0
    # AND Article 7 lists the loss resolved in the year, with how
    [form_b] = [t for t in article7_report(sp, 2026).tables if "unaccounted for" in t.title]
    found = form_b.columns.index("Found and returned")
    assert [row[found : found + 4] for row in form_b.rows] == [(200, 0, 280, 0)]


def test_a_loss_of_items_counts_its_mines_where_the_figures_beside_it_are_mines(sp, verifier):
    """A loss is in items, as the task and its certificate; the figures count its mines: 5 ADAM
    projectiles (36 AP) are 180 mines, 10 Volcano canisters (1 AP + 5 AV) under Ottawa 10 governed
    mines and 50 apart. The reconciliation finding says both."""
    sp.catalogue.add_type(designation="ADAM", name="ADAM projectile", category="AP", ap_per_item=36)
    sp.catalogue.add_type(designation="M87", name="Volcano canister", category="AV", ap_per_item=1, av_per_item=5)
    sp.catalogue.set_active_profile("ottawa")
    programme = sp.destruction.create_programme(name="P", profile="ottawa", sites=["ANAD"], methods=["disassembly"])
    closed_short(sp, verifier, shipped=20, destroyed=15, kept=10, type="ADAM", programme_id=programme.id)
    closed_short(sp, verifier, shipped=20, destroyed=10, kept=0, type="M87", lot_number="V-1")
    losses = sp.destruction.loss_totals()
    assert (losses.covered.unaccounted, losses.not_covered.unaccounted) == (180 + 10, 50)
    status = status_report(sp, TODAY)
    covered_table, apart_table = (t for t in status.tables if t.title.startswith("Unaccounted losses"))
    assert (unaccounted_column(covered_table), unaccounted_column(apart_table)) == (190, 50)
    [form_b] = [t for t in article7_report(sp, 2026).tables if "unaccounted for" in t.title]
    assert unaccounted_column(form_b) == 190
    assert sp.destruction.forecast(programme.id).unaccounted == 180
    [late] = [f for f in sp.compliance.findings() if "non-compliant since" in f.message]
    assert late.quantity == sp.queries.scope_totals().covered.surplus + 190
    messages = sorted(f.message for f in sp.compliance.findings() if f.rule is Rule.RECONCILIATION)
    assert "(ADAM): 5 items (180 mines) unaccounted for" in messages[0]
    assert "(M87): 10 items (60 mines) unaccounted for" in messages[1]


def test_the_lot_history_lists_its_losses(sp, verifier):
    lot, task = closed_short(sp, verifier)
    report = lot_history_report(sp, lot)
    details = dict(report.tables[0].rows)
    assert details["Unaccounted for"] == 480
    [losses] = [t for t in report.tables if t.title == "Unaccounted losses"]
    assert losses.rows[0][:2] == (task.reference, "L-001") and unaccounted_column(losses) == 480
    shipped, closed = (losses.columns.index(title) for title in ("Shipped", "Closed short"))
    assert (losses.rows[0][shipped], losses.rows[0][closed]) == ("2026-05-02", TODAY)


def test_a_status_report_before_the_loss_has_none(sp, verifier):
    closed_short(sp, verifier)
    before = status_report(sp, D(2026, 6, 29))
    assert not [t for t in before.tables if t.title.startswith("Unaccounted losses")]
    assert any("Unaccounted losses" in note and "none" in note for note in before.notes)


def test_db_check_finds_a_resolution_written_outside_the_program(sp, verifier, database_url):
    """A loss's resolutions must add up with its task line: one inserted by hand (the tables take
    no UPDATE or DELETE, but an INSERT) that resolves more than was lost is a problem of `db check`."""
    closed_short(sp, verifier)
    [loss] = sp.destruction.losses()
    assert sp.check().ok
    tamper_outside_the_program(
        database_url,
        "INSERT INTO loss_resolution (loss_id, kind, quantity, reference, resolved_on, reason, recorded_by, "  # noqa: S608
        f"recorded_at) VALUES ({loss.id}, 'written_off', 500, 'X', '2026-06-30', 'by hand', 'mallory', "
        "'2026-06-30 12:00:00')",
    )
    [problem] = [p for p in sp.check().problems if "unaccounted loss" in p]
    assert "lot L-001" in problem and "-20 still unaccounted for" in problem


def test_losses_and_resolutions_refuse_edits(sp, verifier, engine):
    _lot, _task = closed_short(sp, verifier)
    [loss] = sp.destruction.losses()
    resolve(sp, Resolution.WRITTEN_OFF, loss.id, 10)
    for statement in ("UPDATE unaccounted_loss SET quantity = 1", "DELETE FROM loss_resolution"):
        with pytest.raises(DBAPIError, match="append-only"), engine.begin() as connection:
            connection.execute(text(statement))
    assert sp.destruction.losses()[0].unaccounted == 470


def test_the_stockpile_is_not_destroyed_while_mines_are_unaccounted_for(sp, verifier):
    """Under Ottawa (deadline 2003): everything shipped, 480 never reported destroyed. Non-compliant
    while they are unaccounted for; written off, destruction is complete, on the day of the write-off."""
    sp.catalogue.set_active_profile("ottawa")
    closed_short(sp, verifier, kept=0)
    assert sp.queries.scope_totals().covered.surplus == 0

    def deadline_findings() -> list[str]:
        return [f.message for f in sp.compliance.findings() if f.rule is Rule.DEADLINES]

    [late] = deadline_findings()
    assert "non-compliant since 2003-03-01: 480 surplus mines still held" in late
    [loss] = sp.destruction.losses()
    resolve(sp, Resolution.WRITTEN_OFF, loss.id, 480, reference="AUTH-1")
    [done] = [f for f in sp.compliance.findings() if f.rule is Rule.DEADLINES]
    assert f"stockpile destruction completed {TODAY.isoformat()}" in done.message
    # AND it says the completion rests on the write-off, not on a destruction
    assert done.message.endswith(
        "; on that day 480 mines unaccounted for were written off by an authority, not destroyed"
    )
    assert "with the write-off and its authority" in done.action


# -- a certificate that certifies fewer than the event reported destroyed --------------------------


def certified_short(sp, verifier, *, shipped, reported=100, certified=90, kept=50, programme_id=None):
    """100 of lot L-001 destroyed, at the depot or after shipment to TEAD, `reported` by the event and
    `certified` by its verified certificate; the task closed with an explanation. `kept` stay on hand."""
    lot = receive(sp, "L-001", quantity=100 + kept)
    site = "TEAD" if shipped else "ANAD"
    task = sp.destruction.schedule(
        planned_on=D(2026, 5, 1), site=site, method="disassembly", lines={lot: 100}, programme_id=programme_id
    )
    if shipped:
        sp.destruction.ship(task.id, on=D(2026, 5, 2), lines={lot: 100}, document_ref="GBL-1")
    event = sp.destruction.record_event(
        occurred_on=D(2026, 5, 10),
        site=site,
        method="disassembly",
        officer="Capt. Reyes",
        witness="Mr. Okafor",
        certificate_number="CERT-1",
        lines={lot: reported},
        task_id=task.id,
    )
    verifier.destruction.verify_certificate(event.id, verified_on=D(2026, 5, 20), certified={lot: certified})
    return lot, task


def close(sp, task) -> None:
    sp.destruction.close_task(task.id, "certificate CERT-1 accounts for 90 of the 100 reported; inquiry INV-8")


def form_g(sp) -> int:
    [table] = [
        t
        for t in article7_report(sp, 2026).tables
        if t.title.startswith("Form G - anti-personnel mines destroyed in 2026")
    ]
    return sum(row[1] for row in table.rows)


@pytest.mark.parametrize("shipped", [True, False], ids=["shipped", "on site"])
def test_a_certificate_short_of_the_event_is_a_loss_once_the_task_closes(sp, verifier, shipped):
    # GIVEN 100 reported destroyed and a verified certificate for 90, the task still open
    programme = sp.destruction.create_programme(
        name="P", profile="us-2022", deadline=D(2027, 12, 31), sites=["ANAD", "TEAD"], methods=["disassembly"]
    )
    lot, task = certified_short(sp, verifier, shipped=shipped, programme_id=programme.id)
    # THEN nothing changes while it is open: the reported 100 count destroyed, 50 on hand
    assert (sp.queries.lot(lot).on_hand, sp.queries.lot(lot).destroyed) == (50, 100)
    assert sp.destruction.programme_progress(programme.id).destroyed == 100
    # AND a finding says so, so that no one signs the 10 as destroyed meanwhile
    [short] = [f for f in sp.compliance.findings() if "certify" in f.message]
    assert (short.rule, short.severity, short.quantity) == (Rule.RECONCILIATION, "error", 10)
    # WHEN it is closed with an explanation
    close(sp, task)
    # THEN the 10 the certificate does not account for are an unaccounted loss of the lot
    [loss] = sp.destruction.losses()
    assert (loss.task_reference, loss.lot_id, loss.quantity, loss.unaccounted) == (task.reference, lot, 10, 10)
    # AND destroyed counts the certified 90 everywhere, on hand stays 50
    row = sp.queries.lot(lot)
    assert (row.on_hand, row.destroyed) == (50, 90)
    [line] = sp.destruction.task(task.id).lines
    assert (line.reported, line.destroyed, line.uncertified) == (100, 90, 10)
    status = status_report(sp, TODAY)
    [by_type] = [t for t in status.tables if t.title == "Items and mines, by type"]
    assert by_type.rows[0][by_type.columns.index("Items destroyed")] == 90
    [covered_losses] = [t for t in status.tables if t.title.startswith("Unaccounted losses")]
    assert unaccounted_column(covered_losses) == 10
    assert sp.destruction.programme_progress(programme.id).destroyed == 90
    assert dict(progress_report(sp, programme.id).tables[0].rows)["Destroyed to date"] == 90
    assert sp.destruction.forecast(programme.id).unaccounted == 10
    assert form_g(sp) == 90
    assert sp.overview.destroyed_in(2026) == (90, 0)
    assert not [f for f in sp.compliance.findings() if "certify" in f.message]  # the loss's own finding now
    assert sp.check().ok
    # AND as of the day before the task was closed, the reported 100 still counted
    [before] = [t for t in status_report(sp, D(2026, 6, 29)).tables if t.title == "Items and mines, by type"]
    assert before.rows[0][before.columns.index("Items destroyed")] == 100


@pytest.mark.parametrize("shipped", [True, False], ids=["shipped", "on site"])
def test_the_uncertified_mines_are_held_for_the_deadline_until_written_off(sp, verifier, shipped):
    """Under Ottawa (deadline 2003): all 100 destroyed, 90 certified. The 10 are still held, so the
    stockpile is not destroyed until an authority writes them off."""
    sp.catalogue.set_active_profile("ottawa")
    _lot, task = certified_short(sp, verifier, shipped=shipped, kept=0)

    def deadline_finding() -> str:
        [finding] = [f.message for f in sp.compliance.findings() if f.rule is Rule.DEADLINES]
        return finding

    assert "stockpile destruction completed" in deadline_finding()  # open: the 100 reported count
    close(sp, task)
    assert "non-compliant since 2003-03-01: 10 surplus mines still held" in deadline_finding()
    [loss] = sp.destruction.losses()
    resolve(sp, Resolution.WRITTEN_OFF, loss.id, 10, reference="AUTH-1")
    assert f"stockpile destruction completed {TODAY.isoformat()}" in deadline_finding()


@pytest.mark.parametrize("kind", list(Resolution))
@pytest.mark.parametrize("shipped", [True, False], ids=["shipped", "on site"])
def test_a_loss_of_a_short_certificate_is_resolved_as_any_other(sp, verifier, shipped, kind):
    lot, task = certified_short(sp, verifier, shipped=shipped)
    close(sp, task)
    [loss] = sp.destruction.losses()
    resolved = resolve(sp, kind, loss.id, 10, reference=f"REF-{kind.value}")
    assert (resolved.unaccounted, resolved.resolved(kind.value)) == (0, 10)
    row = sp.queries.lot(lot)
    expected = {
        Resolution.FOUND_RETURNED: (60, 90),  # a `returned` entry: back on hand, surplus again
        Resolution.DESTROYED: (50, 100),  # an event of the task at the destruction site
        Resolution.WRITTEN_OFF: (50, 90),
    }[kind]
    assert (row.on_hand, row.destroyed) == expected
    if kind is Resolution.FOUND_RETURNED:
        assert [(e.kind, e.quantity) for e in sp.queries.ledger(lot)][-1] == ("returned", 10)
    assert sp.check().ok


def test_a_shipment_gap_and_a_short_certificate_are_one_loss_of_their_sum(sp, verifier):
    """100 shipped, 95 reported destroyed at the site, 90 of them certified: 5 not reported and 5 not
    certified, one loss of 10 for the task and lot."""
    lot, task = certified_short(sp, verifier, shipped=True, reported=95)
    close(sp, task)
    [loss] = sp.destruction.losses()
    assert (loss.lot_id, loss.quantity) == (lot, 10)
    assert sp.queries.lot(lot).destroyed == 90
    assert sp.check().ok


def test_db_check_finds_a_short_certificate_loss_edited_outside_the_program(sp, verifier, database_url):
    _lot, task = certified_short(sp, verifier, shipped=False)
    close(sp, task)
    [loss] = sp.destruction.losses()
    assert sp.check().ok
    tamper_outside_the_program(
        database_url,
        f"UPDATE unaccounted_loss SET quantity = 4 WHERE id = {loss.id}",  # noqa: S608
        tables=("unaccounted_loss",),
    )
    [problem] = [p for p in sp.check().problems if "unaccounted loss" in p]
    assert "lot L-001" in problem and "left 10 not destroyed" in problem and "account for 4" in problem
