"""Mines at destruction sites (DOMAIN.md section 6, Greece): shipped for destruction and not yet
reported destroyed, they are still the state's. Before migration 0012 they dropped out of on hand,
the status report, Form B and `lots`; now every view holds them, from one figure, until an event
destroys them or the task closes short and they become an unaccounted loss."""

from __future__ import annotations

from datetime import date

import pytest

from stockpile_tracker.cli import main
from stockpile_tracker.domain.enums import LotStatus, RetentionFilter
from stockpile_tracker.domain.errors import InvalidInput, RuleViolation
from stockpile_tracker.reports.article7 import article7_report
from stockpile_tracker.reports.status import status_report
from stockpile_tracker.services import LotFilter
from stockpile_tracker.services.dto.lots import Totals

from ..helpers import TODAY, receive, refused
from .test_losses import with_plant

D = date
SHIPPED_ON, DESTROYED_ON = D(2026, 5, 2), D(2026, 5, 10)


@pytest.fixture
def sp(stockpile):
    return with_plant(stockpile)


def shipped(sp, *, kept=440, shipped=5560):
    """`kept` of a lot at ANAD, `shipped` of it for a task at the TEAD plant."""
    lot = receive(sp, "L-001", quantity=shipped + kept, type="M67")
    task = sp.destruction.schedule(planned_on=D(2026, 5, 1), site="TEAD", method="disassembly", lines={lot: shipped})
    sp.destruction.ship(task.id, on=SHIPPED_ON, lines={lot: shipped}, document_ref="GBL-1")
    return lot, task


def destroyed(sp, lot, task, quantity):
    return sp.destruction.record_event(
        occurred_on=DESTROYED_ON,
        site="TEAD",
        method="disassembly",
        officer="Capt. Reyes",
        witness="Mr. Okafor",
        certificate_number="TEAD-CERT-0042",
        lines={lot: quantity},
        task_id=task.id,
    )


def by_site(sp, as_of=TODAY):
    """The status report's "By site" rows of mines the profile governs: site -> (held, at destruction
    sites, on hand)."""
    [table] = [t for t in status_report(sp, as_of).tables if t.title.startswith("By site, covered")]
    return {row[0]: row[3:6] for row in table.rows}  # site, country, lots, held, ...


def form_b(sp):
    [table] = [t for t in article7_report(sp, TODAY.year).tables if t.title.startswith("Form B - stockpiled")]
    return {row[0]: (row[1], row[3]) for row in table.rows}


def test_shipped_mines_stay_held_at_the_destruction_site_in_every_view(sp, database_url, capsys):
    lot, task = shipped(sp)
    row = sp.queries.lot(lot)
    assert (row.on_hand, row.at_destruction, row.held, row.scheduled) == (440, 5560, 6000, 0)
    assert row.kept_for == "surplus"
    assert by_site(sp) == {"ANAD": (440, 0, 440), "TEAD": (5560, 5560, 0)}
    assert form_b(sp)["M67"] == (6000, "of which 5,560 at destruction sites, not yet destroyed")
    whole = sp.queries.scope_totals().covered
    assert (whole.held, whole.at_destruction, whole.on_hand) == (6000, 5560, 440)
    assert sp.queries.totals_by_scope().covered.at_destruction == 5560
    assert main(["--database", database_url, "lots"]) == 0
    out = capsys.readouterr().out
    assert "At destruction sites" in out and "5,560" in out and "held 6,000" in out
    assert "Lot L-001 (M67), where its mines are: ANAD 440; at destruction sites TEAD 5,560 (items)" in out
    # the day before the shipment nothing was at the plant; that day, all of it
    assert by_site(sp, D(2026, 5, 1)) == {"ANAD": (6000, 0, 6000)}
    assert by_site(sp, SHIPPED_ON)["TEAD"] == (5560, 5560, 0)


def test_destruction_at_the_site_takes_them_out_and_a_short_close_makes_the_rest_a_loss(sp, verifier):
    lot, task = shipped(sp)
    event = destroyed(sp, lot, task, 5080)
    row = sp.queries.lot(lot)
    assert (row.on_hand, row.at_destruction, row.destroyed) == (440, 480, 5080)
    assert by_site(sp)["TEAD"] == (480, 480, 0)
    verifier.destruction.verify_certificate(event.id, verified_on=D(2026, 5, 20))
    sp.destruction.close_task(task.id, "contractor's certificate short by 480; inquiry INV-7")
    row = sp.queries.lot(lot)
    assert (row.on_hand, row.at_destruction, row.destroyed) == (440, 0, 5080)
    assert "TEAD" not in by_site(sp)
    [loss] = sp.destruction.losses()
    assert loss.unaccounted == 480  # not at the site any more: unaccounted for, and said so apart
    assert sp.check().ok


def test_held_adds_up_in_the_status_report_and_lots_agree(sp):
    """Held = at destruction sites + on hand, in every breakdown, and the totals are those of `lots`."""
    shipped(sp)
    receive(sp, "L-002", quantity=700, type="M16")
    report = status_report(sp, TODAY)
    covered = sp.queries.totals_by_scope().covered
    for table in report.tables:
        if table.title.endswith("covered by " + sp.catalogue.active_profile().name) and "Held" in table.columns:
            start = table.columns.index("Lots")
            total = table.total_row[start:]
            assert total[1] == total[2] + total[3]  # held = at destruction sites + on hand
            assert total == Totals.summed([covered]).figures


def test_mines_that_come_back_from_the_plant_are_on_hand_again_and_still_planned(sp, engine):
    """Greece, 2018: a plant stopped and part of a shipment came back, not destroyed."""
    lot, task = shipped(sp)
    back = sp.destruction.return_shipped(
        task.id, on=D(2026, 6, 1), lines={lot: 1000}, document_ref="GBL-1R", reason="plant stopped by an explosion"
    )
    [line] = back.lines
    assert (line.shipped, line.awaiting_destruction, line.planned) == (4560, 4560, 5560)
    row = sp.queries.lot(lot)
    assert (row.on_hand, row.at_destruction, row.scheduled, row.held) == (1440, 4560, 1000, 6000)
    assert by_site(sp) == {"ANAD": (1440, 0, 1440), "TEAD": (4560, 4560, 0)}
    assert sp.queries.ledger(lot)[-1].kind == "shipment_return"
    assert sp.check().ok
    # never more than await destruction, never before they left, never for a closed task
    error = refused(
        engine,
        RuleViolation,
        sp.destruction.return_shipped,
        task.id,
        on=TODAY,
        lines={lot: 4561},
        document_ref="X",
        reason="r",
    )
    assert "4,560 shipped for task" in str(error) and error.field == "quantity"
    error = refused(
        engine,
        InvalidInput,
        sp.destruction.return_shipped,
        task.id,
        on=D(2026, 5, 1),
        lines={lot: 1},
        document_ref="X",
        reason="r",
    )
    assert error.field == "date"
    # a return keyed in by mistake is reversed while the task is open: the task has shipped them all
    sp.lots.reverse(sp.queries.ledger(lot)[-1].id, "entered against the wrong task")
    assert sp.queries.lot(lot).at_destruction == 5560
    [line] = sp.destruction.task(task.id).lines
    assert (line.shipped, line.awaiting_destruction) == (5560, 5560)
    assert sp.check().ok


def test_a_task_closed_short_after_a_reversed_return_leaves_nothing_at_the_site(sp, verifier, engine):
    """The reversal of a return counts as the return it undoes: the task shipped all of them, so
    no more can be shipped, and closing short takes every mine still there out as the loss."""
    lot, task = shipped(sp, shipped=100)
    sp.destruction.return_shipped(task.id, on=D(2026, 6, 1), lines={lot: 30}, document_ref="R", reason="r")
    sp.lots.reverse(sp.queries.ledger(lot)[-1].id, "keyed against the wrong task")
    error = refused(engine, RuleViolation, sp.destruction.ship, task.id, on=TODAY, lines={lot: 1}, document_ref="X")
    assert "0 left to ship" in str(error)
    event = destroyed(sp, lot, task, 60)
    verifier.destruction.verify_certificate(event.id, verified_on=D(2026, 6, 20), certified={lot: 50})
    sp.destruction.close_task(task.id, "40 not reported, 10 not certified")
    [loss] = sp.destruction.losses()
    row = sp.queries.lot(lot)
    assert (loss.quantity, row.at_destruction, row.destroyed) == (50, 0, 50)
    assert [(e.kind, e.quantity) for e in sp.queries.ledger(lot)][-1] == ("unaccounted_loss", -40)
    assert sp.check().ok


def test_a_lot_wholly_at_the_plant_is_found_by_the_filters(sp):
    """Nothing on hand, all of it still to destroy: the Surplus filter and its own status find it."""
    lot, _task = shipped(sp, kept=0)
    found = sp.queries.lots(LotFilter(status=LotStatus.AT_DESTRUCTION_SITES))
    assert [row.id for row in found] == [lot]
    assert [row.id for row in sp.queries.lots(LotFilter(retention=RetentionFilter.SURPLUS))] == [lot]
    assert sp.queries.lot(lot).kept_for == "surplus, at destruction sites"
