"""Every write says what it changed, read off what its transaction wrote: the window redraws the
pages that show it and no other."""

from __future__ import annotations

import inspect
import re
from datetime import date as D

import pytest
from sqlalchemy import update

from stockpile_tracker.db.models import Base, Lot
from stockpile_tracker.domain.errors import InvalidInput
from stockpile_tracker.reports.document import Printable
from stockpile_tracker.services import Changes, Stockpile
from stockpile_tracker.services.article7 import Submission
from stockpile_tracker.services.catalogue import MINE_TYPES
from stockpile_tracker.services.changes import AREAS, NOTHING

from ..helpers import receive, something_of_everything

LOTS, TASKS, EVENTS = Changes.LOTS, Changes.TASKS, Changes.EVENTS
ADDED, CORRECTED = Changes.CATALOGUE_ADDED, Changes.CATALOGUE_CORRECTED
LOT_FILE = b"lot_number,type,quantity,site,retention\nI-1,M67,10,ANAD,\n"
NEW_TYPE_FILE = b"lot_number,type,quantity,site,retention,category\nI-2,PFM-1S,40,NEW-DEPOT,,AP\n"
TYPE_VALUES = {
    "designation": "PMN-1",
    "name": "PMN blast",
    "category": "AP",
    "activation": "victim",
    "self_destruct_hours": None,
    "self_deactivating": False,
    "delivery": "hand_emplaced",
    "notes": None,
}
TYPE_FILE = (
    b"designation,name,category,activation,self_destruct_hours,self_deactivating,delivery\n"
    b"PMN,PMN blast,AP,victim,,no,hand_emplaced\n"
)
SITE_FILE = b"code,name,country,kind\nPLANT,Contractor's plant,BG,destruction\n"
MOVEMENT_FILE = b"date,kind,lot_number,type,site,quantity,reference\n2021-01-01,transfer_in,L-001,M67,ANAD,5,TI\n"
DESTRUCTION_FILE = (
    b"lot_number,type,destroyed_on,quantity,method,site,certificate,officer,witness\n"
    b"L-001,M67,2026-06-01,10,open_detonation,ANAD,DC-9,Capt. A,B. Jones\n"
)


@pytest.fixture
def w(stockpile, verifier):
    """helpers.something_of_everything, with a transfer in to reverse and a suspension to lift; what
    it wrote is taken."""
    w = something_of_everything(stockpile, verifier)
    w.transfer = stockpile.lots.transfer_in(w.lot, 5, D(2021, 1, 1), "TI").movement_id
    w.suspension = stockpile.suspensions.suspend(
        w.lot, kind="safety", quantity=10, reference="S-1", reason="leaking", suspended_from=D(2026, 6, 1)
    ).id
    stockpile.take_changes()
    return w


def _freeze(w):
    report = Printable("Article 7 2025", "f", "h", "c")
    return w.sp.archive.freeze(
        kind="article7",
        period="2025",
        report=report,
        submission=Submission(D(2026, 4, 28)),
        record_as_of=w.sp.archive.record_as_of(),
    )


def _loss(resolve):
    """`resolve(w, loss id)` on 5 mines shipped for the task and closed short, with a destruction site
    TEAD; what the setup wrote is taken."""

    def call(w):
        w.sp.catalogue.add_site(code="TEAD", name="Tooele demilitarisation", country="US", kind="destruction")
        w.sp.destruction.ship(w.task, on=D(2026, 6, 1), lines={w.lot: 5}, document_ref="S")
        w.sp.destruction.close_task(w.task, "5 lost in transit")
        [loss] = w.sp.destruction.losses()
        w.sp.take_changes()
        return resolve(w, loss.id)

    return call


RESOLUTION = {"quantity": 2, "on": D(2026, 6, 30), "reason": "inquiry closed"}

WRITES = {
    "catalogue.add_type": (
        lambda w: w.sp.catalogue.add_type(designation="PMN", name="PMN blast", category="AP"),
        ADDED,
    ),
    "catalogue.update_type": (
        lambda w: w.sp.catalogue.update_type(w.sp.catalogue.types()[0].id, reason="typo", name="Corrected"),
        CORRECTED,
    ),
    "catalogue.add": (
        lambda w: w.sp.catalogue.add(MINE_TYPES, TYPE_VALUES, reason="from a list"),
        ADDED,
    ),
    "catalogue.add_site": (lambda w: w.sp.catalogue.add_site(code="NEW", name="New depot", country="US"), ADDED),
    "catalogue.update_site": (
        lambda w: w.sp.catalogue.update_site(w.sp.catalogue.sites()[0].id, reason="typo", name="Corrected"),
        CORRECTED,
    ),
    "catalogue.set_active_profile": (lambda w: w.sp.catalogue.set_active_profile("ottawa"), Changes.PROFILE),
    "catalogue.update_profile": (
        lambda w: w.sp.catalogue.update_profile("ottawa", "renamed", name="Ottawa Convention"),
        Changes.PROFILE,
    ),
    "korea.state_requirement": (
        lambda w: w.sp.korea.state_requirement("us-2022", "M67", 100, authority_ref="R", valid_from=D(2026, 1, 1)),
        Changes.PROFILE,
    ),
    "catalogue.set_letterhead": (
        lambda w: w.sp.catalogue.set_letterhead(organisation="Ministry of Defence"),
        Changes.LETTERHEAD,
    ),
    "lots.receive_lot": (lambda w: receive(w.sp, "L-NEW", 10), LOTS),
    "lots.record_discovery": (
        lambda w: w.sp.lots.record_discovery(
            lot_number="L-F", type="M67", site="ANAD", quantity=3, found_on=D(2021, 1, 1)
        ),
        LOTS,
    ),
    "lots.record_opening_balance": (
        lambda w: w.sp.lots.record_opening_balance(
            lot_number="L-O", type="M67", site="ANAD", quantity=3, as_of=D(2021, 1, 1)
        ),
        LOTS,
    ),
    "lots.transfer_in": (lambda w: w.sp.lots.transfer_in(w.lot, 5, D(2021, 1, 1), "TI"), LOTS),
    "lots.transfer_out": (lambda w: w.sp.lots.transfer_out(w.lot, 5, D(2021, 1, 1), "TO", "moved"), LOTS),
    "lots.move": (
        lambda w: w.sp.lots.move(
            w.lot, from_site="ANAD", to_site="CAMP-C", quantity=5, on=D(2021, 1, 1), document_ref="MV"
        ),
        LOTS,
    ),
    "lots.consume_in_training": (lambda w: w.sp.lots.consume_in_training(w.trained, 5, D(2021, 6, 1), "TR"), LOTS),
    "lots.stock_check": (lambda w: w.sp.lots.stock_check(w.lot, 900, D(2021, 1, 1), "SC", "counted"), LOTS),
    "lots.reverse": (lambda w: w.sp.lots.reverse(w.transfer, "entered twice"), LOTS),
    "lots.change_retention": (
        lambda w: w.sp.lots.change_retention(
            w.lot, quantity=10, category="korea", authority_ref="A-2", reason="r", valid_from=D(2021, 1, 1)
        ),
        LOTS,
    ),
    "lots.split_lot": (
        lambda w: w.sp.lots.split_lot(
            w.lot, new_lot_number="L-S", quantity=5, on=D(2021, 1, 1), category=None, authority_ref="A", reason="r"
        ),
        LOTS,
    ),
    "suspensions.suspend": (
        lambda w: w.sp.suspensions.suspend(
            w.lot, kind="investigation", quantity=5, reference="Q-1", reason="fuzes", suspended_from=D(2026, 6, 2)
        ),
        LOTS,
    ),
    "suspensions.lift": (lambda w: w.sp.suspensions.lift(w.suspension, reason="repacked"), LOTS),
    "destruction.create_programme": (
        lambda w: w.sp.destruction.create_programme(name="P", profile="ottawa", sites=["ANAD"], methods=["other"]),
        TASKS,
    ),
    "destruction.schedule": (
        lambda w: w.sp.destruction.schedule(planned_on=D(2026, 9, 1), site="ANAD", method="other", lines={w.lot: 5}),
        TASKS | LOTS,
    ),
    "destruction.ship": (
        lambda w: w.sp.destruction.ship(w.task, on=D(2026, 6, 1), lines={w.lot: 5}, document_ref="S"),
        LOTS,
    ),
    "destruction.return_shipped": (
        lambda w: (
            w.sp.destruction.ship(w.task, on=D(2026, 6, 1), lines={w.lot: 5}, document_ref="S"),
            w.sp.destruction.return_shipped(
                w.task, on=D(2026, 6, 2), lines={w.lot: 2}, document_ref="R", reason="back"
            ),
        ),
        LOTS,
    ),
    "destruction.close_task": (lambda w: w.sp.destruction.close_task(w.task, "not all needed"), TASKS | LOTS),
    "destruction.cancel_task": (lambda w: w.sp.destruction.cancel_task(w.task, "plan changed"), TASKS | LOTS),
    "destruction.return_loss": (
        _loss(lambda w, loss: w.sp.destruction.return_loss(loss, reference="RET-1", **RESOLUTION)),
        TASKS | LOTS,
    ),
    "destruction.destroy_loss": (
        _loss(
            lambda w, loss: w.sp.destruction.destroy_loss(
                loss, site="TEAD", method="other", officer="O", witness="W", certificate_number="C-L", **RESOLUTION
            )
        ),
        EVENTS | TASKS | LOTS,
    ),
    "destruction.write_off_loss": (
        _loss(lambda w, loss: w.sp.destruction.write_off_loss(loss, reference="AUTH-1", **RESOLUTION)),
        TASKS | LOTS,
    ),
    "destruction.record_event": (
        lambda w: w.sp.destruction.record_event(
            occurred_on=D(2026, 6, 1),
            site="ANAD",
            method="other",
            officer="O",
            witness="W",
            certificate_number="C-2",
            lines={w.lot: 5},
            task_id=w.task,
        ),
        EVENTS | LOTS,
    ),
    "destruction.verify_certificate": (
        lambda w: w.bob.destruction.verify_certificate(w.event, verified_on=D(2026, 5, 2)),
        EVENTS,
    ),
    "corrections.correct_destruction": (
        lambda w: w.sp.corrections.correct_destruction(w.event, w.lot, quantity=90, reason="certificate says 90"),
        EVENTS | LOTS,
    ),
    "archive.freeze": (_freeze, Changes.REPORTS),
    "imports.import_lots": (lambda w: w.sp.imports.import_lots(LOT_FILE, source="a.csv"), LOTS),
    "imports.import_lots adding types and sites": (
        lambda w: w.sp.imports.import_lots(NEW_TYPE_FILE, source="a.csv", add_types=True, add_sites=True),
        LOTS | ADDED,
    ),
    "imports.import_lots dry run": (
        lambda w: w.sp.imports.import_lots(LOT_FILE, source="a.csv", dry_run=True),
        NOTHING,
    ),
    "imports.import_types": (lambda w: w.sp.imports.import_types(TYPE_FILE, source="t.csv"), ADDED),
    "imports.import_types dry run": (
        lambda w: w.sp.imports.import_types(TYPE_FILE, source="t.csv", dry_run=True),
        NOTHING,
    ),
    "imports.import_sites": (lambda w: w.sp.imports.import_sites(SITE_FILE, source="s.csv"), ADDED),
    "imports.import_sites dry run": (
        lambda w: w.sp.imports.import_sites(SITE_FILE, source="s.csv", dry_run=True),
        NOTHING,
    ),
    "imports.import_movements": (lambda w: w.sp.imports.import_movements(MOVEMENT_FILE, source="m.csv"), LOTS),
    "imports.import_movements dry run": (
        lambda w: w.sp.imports.import_movements(MOVEMENT_FILE, source="m.csv", dry_run=True),
        NOTHING,
    ),
    "imports.import_destructions": (
        lambda w: w.sp.imports.import_destructions(DESTRUCTION_FILE, source="d.csv"),
        EVENTS | LOTS,
    ),
    "imports.import_destructions dry run": (
        lambda w: w.sp.imports.import_destructions(DESTRUCTION_FILE, source="d.csv", dry_run=True),
        NOTHING,
    ),
}


@pytest.mark.parametrize("write", WRITES)
def test_each_write_reports_the_areas_it_changed(w, write):
    call, changed = WRITES[write]
    call(w)
    assert w.sp.take_changes() | w.bob.take_changes() == changed
    assert w.sp.take_changes() == NOTHING  # taken once


def test_every_write_of_the_services_is_in_the_table(stockpile):
    """A new write joins WRITES, so that what it reports is checked."""
    writes = set()
    for service in ("catalogue", "korea", "lots", "suspensions", "destruction", "corrections", "archive", "imports"):
        for name, method in inspect.getmembers(type(getattr(stockpile, service)), inspect.isfunction):
            if not name.startswith("_") and re.search(
                r"ctx\.write\(|_writing\(|self\._correct\(|self\._written\(|self\.add\(|self\._import_entries\(",
                inspect.getsource(method),
            ):
                writes.add(f"{service}.{name}")
    assert writes == {name.split(" ")[0] for name in WRITES}


def test_a_refused_write_changes_nothing(w):
    with pytest.raises(InvalidInput):
        receive(w.sp, "L-BAD", 0)
    assert w.sp.take_changes() == NOTHING


def test_writes_by_another_user_are_theirs_to_report(w):
    """Each facade reports its own writes: another window's are seen when the page is next read."""
    w.bob.destruction.verify_certificate(w.event, verified_on=D(2026, 5, 2))
    assert (w.sp.take_changes(), w.bob.take_changes()) == (NOTHING, EVENTS)


def test_changes_add_up_until_taken(w):
    receive(w.sp, "L-NEW", 10)
    w.sp.catalogue.add_site(code="NEW", name="New depot", country="US")
    assert w.sp.take_changes() == LOTS | ADDED


def test_every_table_has_its_area():
    assert set(AREAS) == set(Base.metadata.tables)


def test_a_new_stockpile_has_no_changes_to_report(engine):
    assert Stockpile(engine, "carol").take_changes() == NOTHING


def test_a_statement_run_through_the_session_reports_its_table(w):
    """A write that runs UPDATE or DELETE itself, without loading rows, is seen too."""
    with w.sp.context.write() as session:
        session.execute(update(Lot).where(Lot.id == w.lot).values(notes="checked"))
    assert w.sp.take_changes() == LOTS
