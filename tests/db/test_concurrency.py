"""Two program instances on one database, as two real OS processes: their writes are serialised
(every writer locks the audit head; SQLite writers BEGIN IMMEDIATE), so a lot never goes below zero,
no entry is lost, and the one that comes too late is told why in words."""

from __future__ import annotations

import contextlib
import gzip
import io
import multiprocessing
from datetime import date

import pytest
from alembic import command
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from sqlalchemy import func, select, text
from sqlalchemy.exc import DBAPIError

from stockpile_tracker.cli import main
from stockpile_tracker.db.engine import make_engine
from stockpile_tracker.db.migrate import HEAD, alembic_config, current_revision, open_database
from stockpile_tracker.db.models import AuditEntry, DestructionEvent, Movement
from stockpile_tracker.domain.errors import ConcurrentChange, StockpileError
from stockpile_tracker.qt.destruction_dialogs import RecordDestructionDialog
from stockpile_tracker.services import LotFilter, Stockpile

from ..conftest import PG_SKIP
from ..fixtures.make_schema_fixture import fixture_path
from ..helpers import TODAY, receive, refused, seed_catalogue, snapshot
from .test_migrations import REVISIONS

ON_HAND = 30
ATTEMPTS = 25  # per instance: two instances ask for more than the lot holds


def destroy_one_at_a_time(url: str, lot_id: int, user: str, start, results) -> None:
    """One program instance: record ATTEMPTS destructions of one mine each, as fast as it can."""
    engine = open_database(url)
    sp = Stockpile(engine, user, today=lambda: TODAY)
    recorded, refused = 0, []
    start.wait()
    for number in range(ATTEMPTS):
        try:
            sp.destruction.record_event(
                occurred_on=TODAY,
                site="ANAD",
                method="open_detonation",
                officer=f"{user} officer",
                witness=f"{user} witness",
                certificate_number=f"{user}-{number}",
                lines={lot_id: 1},
            )
            recorded += 1
        except StockpileError as exc:
            refused.append((type(exc).__name__, getattr(exc, "rule", None), str(exc)))
    engine.dispose()
    results.put((user, recorded, refused))


def test_two_instances_destroying_from_one_lot_never_overdraw_it(database_url, stockpile):
    # GIVEN a lot of 30 mines, and two instances that will each try to destroy 25 of them
    seed_catalogue(stockpile)
    lot_id = receive(stockpile, "L-001", ON_HAND)
    audit_before = stockpile.check().audit_entries
    spawn = multiprocessing.get_context("spawn")
    start, results = spawn.Barrier(2), spawn.Queue()
    workers = [
        spawn.Process(target=destroy_one_at_a_time, args=(database_url, lot_id, user, start, results))
        for user in ("alice", "bob")
    ]
    # WHEN both run at once
    for worker in workers:
        worker.start()
    outcomes = {user: (recorded, refused) for user, recorded, refused in (results.get(timeout=120) for _ in workers)}
    for worker in workers:
        worker.join(timeout=60)
        assert worker.exitcode == 0
    # THEN exactly the lot's 30 were destroyed, each with its ledger entry, event and audit entry
    recorded = sum(count for count, _ in outcomes.values())
    refusals = [refusal for _, refused in outcomes.values() for refusal in refused]
    assert recorded == ON_HAND and len(refusals) == 2 * ATTEMPTS - ON_HAND
    lot = stockpile.queries.lot(lot_id)
    assert (lot.on_hand, lot.destroyed) == (0, ON_HAND)
    with stockpile.context.read() as session:
        assert (
            session.scalar(select(func.count()).where(Movement.lot_id == lot_id, Movement.kind == "destroyed"))
            == ON_HAND
        )
        assert session.scalar(select(func.count(DestructionEvent.id))) == ON_HAND
        assert session.scalar(select(func.count(AuditEntry.id))) == audit_before + ON_HAND
    # AND every refusal is a rule, in words that name the lot
    for kind, rule, message in refusals:
        assert kind == "RuleViolation" and rule == "terminal-state"
        assert message.startswith("lot L-001 (M67) holds no mines any more")
    report = stockpile.check()
    assert report.ok, report.problems


# -- a form left open while another instance changes its lot ----------------------------------------

FORM_ACTIONS = {
    "retention": lambda sp, lot_id, seen: sp.lots.change_retention(
        lot_id,
        quantity=100,
        category="korea",
        authority_ref="USFK-2",
        reason="reserve",
        valid_from=date(2022, 1, 1),
        seen=seen,
    ),
    "split": lambda sp, lot_id, seen: sp.lots.split_lot(
        lot_id,
        new_lot_number="L-001-A",
        quantity=50,
        on=date(2022, 1, 1),
        category=None,
        authority_ref="ORD-3",
        reason="separate storage",
        seen=seen,
    ),
    "stock check": lambda sp, lot_id, seen: sp.lots.stock_check(
        lot_id, 900, date(2022, 1, 1), "SC-1", "lost in the flood", seen=seen
    ),
    "schedule": lambda sp, lot_id, seen: sp.destruction.schedule(
        planned_on=TODAY, site="ANAD", method="open_detonation", lines={lot_id: 100}, seen=seen
    ),
    "destruction": lambda sp, lot_id, seen: sp.destruction.record_event(
        occurred_on=TODAY,
        site="ANAD",
        method="open_burning",
        officer="Capt. A",
        witness="Lt. B",
        certificate_number="DC-2",
        lines={lot_id: 5},
        seen=seen,
    ),
}


def destroy_ten(sp: Stockpile, lot_id: int) -> None:
    sp.destruction.record_event(
        occurred_on=TODAY,
        site="ANAD",
        method="open_detonation",
        officer="Capt. C",
        witness="Lt. D",
        certificate_number="DC-1",
        lines={lot_id: 10},
    )


@pytest.mark.parametrize("action", FORM_ACTIONS)
def test_a_form_on_figures_another_instance_changed_is_refused_and_writes_nothing(action, stockpile, verifier, engine):
    # GIVEN alice's form showing lot L-001 as it was, and bob destroying 10 of it meanwhile
    seed_catalogue(stockpile)
    lot_id = receive(stockpile, "L-001", 1000)
    shown = stockpile.queries.lot(lot_id)
    destroy_ten(verifier, lot_id)
    # WHEN alice submits, THEN she is told what changed, and nothing is written
    error = refused(engine, ConcurrentChange, FORM_ACTIONS[action], stockpile, lot_id, [shown])
    assert str(error) == (
        "lot L-001 (M67) was changed by someone else since this form was opened (on hand 1,000 is now 990; "
        "destroyed 0 is now 10); nothing was recorded: close the form and open it again to see the current figures"
    )
    # AND with the form opened again on the current figures, the same action goes through
    FORM_ACTIONS[action](stockpile, lot_id, [stockpile.queries.lot(lot_id)])


def test_a_change_to_another_lot_does_not_stop_the_form(stockpile, verifier):
    seed_catalogue(stockpile)
    lot_id = receive(stockpile, "L-001", 1000)
    other = receive(stockpile, "L-002", 500, type="M16")
    shown = stockpile.queries.lot(lot_id)
    destroy_ten(verifier, other)
    FORM_ACTIONS["destruction"](stockpile, lot_id, [shown])
    assert stockpile.queries.lot(lot_id).destroyed == 5


def test_the_destruction_dialog_says_the_lot_changed_and_stays_open(qtbot, stockpile, verifier, engine):
    # GIVEN alice's Record destruction form open on lot L-001
    seed_catalogue(stockpile)
    lot_id = receive(stockpile, "L-001", 1000)
    dialog = RecordDestructionDialog(stockpile, [stockpile.queries.lot(lot_id)])
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: not dialog.loading)  # the open tasks, read in the background
    dialog.lines_table.quantities = {lot_id: 5}
    qtbot.keyClicks(dialog.officer_edit, "Capt. A. Smith")
    qtbot.keyClicks(dialog.witness_edit, "B. Jones")
    qtbot.keyClicks(dialog.certificate_edit, "DC-9")
    # WHEN bob, in another instance, destroys 10 of the lot before she clicks Record destruction
    destroy_ten(verifier, lot_id)
    before = snapshot(engine)
    qtbot.mouseClick(dialog.action_button, Qt.MouseButton.LeftButton)
    # THEN the form says so in words, stays open, and nothing was written
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.error.startswith("lot L-001 (M67) was changed by someone else since this form was opened")
    assert "on hand 1,000 is now 990" in dialog.error and dialog.error_label.isVisibleTo(dialog)
    assert snapshot(engine) == before
    # AND a form opened again shows 990 and records the destruction
    again = RecordDestructionDialog(stockpile, [stockpile.queries.lot(lot_id)])
    qtbot.addWidget(again)
    qtbot.waitUntil(lambda: not again.loading)
    assert again.lines_table.item(0, 2).text() == "990"
    again.lines_table.quantities = {lot_id: 5}
    qtbot.keyClicks(again.officer_edit, "Capt. A. Smith")
    qtbot.keyClicks(again.witness_edit, "B. Jones")
    qtbot.keyClicks(again.certificate_edit, "DC-9")
    qtbot.mouseClick(again.action_button, Qt.MouseButton.LeftButton)
    assert again.result() == QDialog.DialogCode.Accepted
    assert stockpile.queries.lot(lot_id).on_hand == 985


# -- several programs opening an old database at once ------------------------------------------------

OPENERS = 4


def import_when_all_are_ready(url: str, csv_file: str, start, results) -> None:
    """One program run: `stockpile-tracker --database URL import lots FILE`, started with the others."""
    err = io.StringIO()
    start.wait()
    with contextlib.redirect_stderr(err):
        status = main(["--database", url, "--user", "racer", "import", "lots", csv_file])
    results.put((csv_file, status, err.getvalue()))


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_programs_opening_an_old_database_at_once_lose_nothing(backend, tmp_path, pg_server):
    """Each upgrades the database if it is still old, then imports its own lot: every import that
    says it was saved is there, the schema is at head with its append-only triggers, one backup."""
    # GIVEN a database at the first released schema, with a catalogue (SQLite: the demo stockpile)
    with contextlib.ExitStack() as cleanup:
        if backend == "sqlite":
            path = tmp_path / "old.db"
            with gzip.open(fixture_path(REVISIONS[0]), "rb") as packed:
                path.write_bytes(packed.read())
            url = str(path)
        else:
            if pg_server is None:
                pytest.skip(PG_SKIP)
            url = cleanup.enter_context(pg_server.scratch())
            engine = make_engine(url)
            with engine.begin() as connection:
                command.upgrade(alembic_config(connection=connection), REVISIONS[0])
                # the catalogue the imports name, in that schema's columns (today's services write later ones)
                connection.execute(
                    text(
                        "INSERT INTO mine_type (designation, name, category, activation, self_destruct_hours, "
                        "self_deactivating, delivery) VALUES ('M67', 'ADAM M67', 'AP', 'victim', 48, true, 'artillery')"
                    )
                )
                connection.execute(text("INSERT INTO site (code, name, country) VALUES ('ANAD', 'Anniston', 'US')"))
            engine.dispose()
        files = []
        for number in range(OPENERS):
            files.append(tmp_path / f"lots-{number}.csv")
            files[-1].write_text(f"lot_number,type,quantity,site,retention\nRACE-{number},M67,100,ANAD,surplus\n")
        spawn = multiprocessing.get_context("spawn")
        start, results = spawn.Barrier(OPENERS), spawn.Queue()
        workers = [
            spawn.Process(target=import_when_all_are_ready, args=(url, str(file), start, results)) for file in files
        ]
        # WHEN they all open it and import at the same moment
        for worker in workers:
            worker.start()
        outcomes = [results.get(timeout=120) for _ in workers]
        for worker in workers:
            worker.join(timeout=60)
        # THEN each import was saved, and is there
        assert [(status, err) for _file, status, err in outcomes] == [(0, "")] * OPENERS
        engine = open_database(url)
        sp = Stockpile(engine, "reader")
        assert {row.lot_number for row in sp.queries.lots(LotFilter(text="RACE-"))} == {
            f"RACE-{number}" for number in range(OPENERS)
        }
        assert sp.check().ok
        # AND the schema is at head, and the ledger refuses edits (the triggers of revision 0002)
        assert current_revision(engine) == HEAD
        with pytest.raises(DBAPIError, match="append-only"), engine.begin() as connection:
            connection.execute(text("UPDATE movement SET quantity = 1"))
        engine.dispose()
        if backend == "sqlite":
            assert len(list(tmp_path.glob("old.db.backup-*"))) == 1


def test_a_read_waiting_on_another_programs_lock_fails_in_words_after_the_busy_timeout(database_url, monkeypatch):
    """Another program holds the record locked (psql's LOCK TABLE; the sqlite3 shell in exclusive
    locking mode): a read waits the busy timeout, then fails with a message, on both databases;
    so a page read in the background, and the window's close that waits for it, never hang."""
    from stockpile_tracker.db import engine as engines

    monkeypatch.setattr(engines, "BUSY_TIMEOUT_MS", 300)
    engine = open_database(database_url)
    sp = Stockpile(engine, "alice", today=lambda: TODAY)
    seed_catalogue(sp)
    receive(sp, "L-001", 10)
    engine.dispose()  # SQLite: the other program takes its lock while we hold no connection
    other = make_engine(database_url)
    try:
        with other.connect() as holder:
            if holder.dialect.name == "postgresql":
                holder.execute(text("LOCK TABLE lot IN ACCESS EXCLUSIVE MODE"))
            else:
                holder.exec_driver_sql("PRAGMA locking_mode=EXCLUSIVE")
                holder.exec_driver_sql("UPDATE lot SET notes = notes")  # in the transaction begun
            with pytest.raises(StockpileError, match="could not be read: .*lock"):
                sp.queries.lots(LotFilter())
            holder.rollback()
            if holder.dialect.name == "sqlite":
                holder.exec_driver_sql("PRAGMA locking_mode=NORMAL")
                holder.exec_driver_sql("SELECT count(*) FROM lot")  # gives the lock back
    finally:
        other.dispose()
    assert [row.lot_number for row in sp.queries.lots(LotFilter())] == ["L-001"]  # and after, as before
    engine.dispose()
