"""`db check` on the tables of suspensions, losses and Korea requirements edited outside the program
(a database tool, the append-only triggers dropped and put back): each edit a service would refuse,
or that makes mines leave or enter a figure, is a problem naming the row and what is wrong; so is an
append-only trigger dropped or disabled."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import date, timedelta

import pytest
from alembic.script import ScriptDirectory
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from stockpile_tracker.db.engine import make_engine
from stockpile_tracker.db.migrate import alembic_config, open_database
from stockpile_tracker.domain.enums import Resolution
from stockpile_tracker.services import Stockpile
from stockpile_tracker.services.append_only import APPEND_ONLY, BY_THE_LOGIN, ROW_RULES

from ..helpers import TODAY, append_only_triggers, receive, seed_catalogue, tamper_outside_the_program
from .test_losses import closed_short, resolve, with_plant

LATER = (TODAY + timedelta(days=10)).isoformat()
RESOLUTION = (
    "INSERT INTO loss_resolution (loss_id, kind, quantity, reference, resolved_on, reason, movement_id, event_id, "
    "recorded_by, recorded_at) VALUES ({loss}, '{kind}', {quantity}, 'X', '{on}', 'by hand', {entry}, {event}, "
    "'mallory', '2026-06-30 12:00:00')"
)
SUSPENSION = (  # on the lot's home holding (or none, for a lot that does not exist)
    "INSERT INTO suspension (lot_id, holding_id, kind, quantity, reference, reason, suspended_from, suspended_by, "
    "suspended_at, lifted_on, lifted_by, lift_reason) VALUES ({lot}, coalesce((SELECT h.id FROM holding h JOIN lot l "
    "ON l.id = h.lot_id WHERE h.lot_id = {lot} AND h.site_id = l.site_id AND NOT h.for_destruction), 0), "
    "'legal_hold', {quantity}, 'GHOST', 'x', '{since}', 'mallory', '2026-01-01 00:00:00', {lifted}, {by}, {reason})"
)
DECISION = (
    "INSERT INTO retention_decision (lot_id, quantity, category, authority_ref, reason, valid_from, decided_by, "
    "decided_at) VALUES ({lot}, 500, 'korea', 'USFK-1', 'x', '2020-06-01', 'mallory', '2026-01-01 00:00:00')"
)
REQUIREMENT = (
    "INSERT INTO korea_requirement (profile_id, mine_type_id, quantity, authority_ref, valid_from, set_by, set_at) "
    "VALUES ((SELECT id FROM policy_profile WHERE code = '{profile}'), (SELECT id FROM mine_type WHERE designation = "
    "'{type}'), {quantity}, 'REQ-X', '{since}', 'mallory', '2026-01-01 00:00:00')"
)


@pytest.fixture
def sp(stockpile):
    return with_plant(stockpile)


def suspension(lot: int, quantity: int, since: str, lifted: str | None = None) -> str:
    if lifted is None:
        return SUSPENSION.format(lot=lot, quantity=quantity, since=since, lifted="NULL", by="NULL", reason="NULL")
    return SUSPENSION.format(
        lot=lot, quantity=quantity, since=since, lifted=f"'{lifted}'", by="'mallory'", reason="'x'"
    )


def ids(url: str, query: str) -> list[int]:
    engine = make_engine(url)
    with engine.connect() as connection:
        found = list(connection.scalars(text(query)))
    engine.dispose()
    return found


# A row written in SQL is in no audit entry, whatever else is wrong with it (coverage.py).
UNAUDITED_SUSPENSION = "not in the audit log: row id = 1 of table suspension, written outside Stockpile Tracker"


def problems_about(sp, words: str) -> list[str]:
    return [problem for problem in sp.check().problems if words in problem]


# -- (a) a resolution backed by an entry or event that is not its own ---------------------------------


def test_a_found_and_returned_resolution_on_another_lots_receipt_is_found(sp, verifier, database_url):
    """50 mines would leave 'unaccounted' with no entry bringing them back: the entry must be a
    found-and-returned entry of the loss's lot, of its quantity and date."""
    receive(sp, "L-000", 2000)  # ledger entry 1: another lot's receipt
    closed_short(sp, verifier)
    [loss] = sp.destruction.losses()
    assert sp.check().ok
    tamper_outside_the_program(
        database_url,
        RESOLUTION.format(loss=loss.id, kind="found_returned", quantity=50, on=TODAY, entry=1, event="NULL"),
        tables=("audit_entry", "loss_resolution"),
    )
    assert sp.destruction.losses()[0].unaccounted == 430  # what the program now shows
    [problem] = problems_about(sp, "loss resolution")
    assert problem == (
        f"loss resolution 1 (found and returned, 50 on {TODAY}) of unaccounted loss {loss.id} (task "
        f"{loss.task_reference}, lot L-001): its ledger entry 1 (receipt of lot L-000): it is not a found and "
        "returned entry of lot L-001; it counts 2,000, not 50; it is dated 2020-01-15, not 2026-06-30"
    )


def test_a_destroyed_resolution_on_the_tasks_first_certificate_is_found(sp, verifier, database_url):
    """The same check for the other kind: the event must be the loss's own, of its quantity and date."""
    closed_short(sp, verifier)
    [loss] = sp.destruction.losses()
    [event] = sp.destruction.events()
    tamper_outside_the_program(
        database_url,
        RESOLUTION.format(loss=loss.id, kind="destroyed", quantity=50, on=TODAY, entry="NULL", event=event.id),
        tables=("audit_entry", "loss_resolution"),
    )
    [problem] = problems_about(sp, "loss resolution")
    assert problem.endswith(
        f"its destruction event {event.id} (certificate CERT-L-001): it counts 5,080, not 50; it is dated "
        "2026-05-10, not 2026-06-30"
    )


def test_resolutions_made_by_the_program_are_backed_by_their_own_entry_and_event(sp, verifier):
    closed_short(sp, verifier)
    [loss] = sp.destruction.losses()
    resolve(sp, Resolution.FOUND_RETURNED, loss.id, 100)
    resolve(sp, Resolution.DESTROYED, loss.id, 200, reference="CERT-9")
    resolve(sp, Resolution.WRITTEN_OFF, loss.id, 180)
    assert sp.check().ok


# -- (d) a found-and-returned resolution deleted ------------------------------------------------------


def test_a_returned_entry_whose_resolution_was_deleted_is_found(sp, verifier, database_url):
    """Deleted, the loss counts its 480 unaccounted again, and the ledger still holds them: counted twice."""
    closed_short(sp, verifier)
    [loss] = sp.destruction.losses()
    resolve(sp, Resolution.FOUND_RETURNED, loss.id, 480)
    [entry] = ids(database_url, "SELECT id FROM movement WHERE kind = 'returned'")
    tamper_outside_the_program(database_url, "DELETE FROM loss_resolution", tables=("audit_entry", "loss_resolution"))
    assert sp.destruction.losses()[0].unaccounted == 480
    assert problems_about(sp, f"ledger entry {entry}") == [
        f"ledger entry {entry} (found and returned, 480 of lot L-001 on {TODAY}) resolves 0 unaccounted losses, not one"
    ]


def test_a_returned_entry_resolving_two_losses_is_found(sp, verifier, database_url):
    closed_short(sp, verifier)
    [loss] = sp.destruction.losses()
    resolve(sp, Resolution.FOUND_RETURNED, loss.id, 100)
    [entry] = ids(database_url, "SELECT id FROM movement WHERE kind = 'returned'")
    tamper_outside_the_program(
        database_url,
        RESOLUTION.format(loss=loss.id, kind="found_returned", quantity=100, on=TODAY, entry=entry, event="NULL"),
    )
    twice = f"ledger entry {entry} (found and returned, 100 of lot L-001 on {TODAY}) resolves 2 unaccounted losses"
    assert f"{twice}, not one" in sp.check().problems


# -- (d) the append-only triggers ---------------------------------------------------------------------


@pytest.mark.parametrize("table", [*APPEND_ONLY, "suspension"])
def test_a_dropped_append_only_trigger_is_found(sp, database_url, table):
    engine = make_engine(database_url)
    with engine.begin() as connection:
        triggers = append_only_triggers(connection, (table,))
        for name, _table, _definition in triggers:
            on = f" ON {table}" if connection.dialect.name == "postgresql" else ""
            connection.execute(text(f"DROP TRIGGER {name}{on}"))
    engine.dispose()
    assert triggers
    assert sorted(sp.check().problems) == sorted(
        f"table {table} is no longer append-only: its trigger {name} is missing" for name, _t, _d in triggers
    )


def test_a_trigger_made_to_refuse_nothing_is_found(sp, database_url):
    """PostgreSQL can disable a trigger; SQLite's can be created anew, doing nothing, under its name."""
    engine = make_engine(database_url)
    with engine.begin() as connection:
        if connection.dialect.name == "postgresql":
            connection.execute(text("ALTER TABLE movement DISABLE TRIGGER movement_append_only"))
            expected = "table movement is no longer append-only: its trigger movement_append_only is disabled"
        else:
            connection.execute(text("DROP TRIGGER movement_no_update"))
            connection.execute(text("CREATE TRIGGER movement_no_update BEFORE UPDATE ON movement BEGIN SELECT 1; END"))
            expected = (
                "table movement is no longer append-only: its trigger movement_no_update no longer refuses every UPDATE"
            )
    engine.dispose()
    assert sp.check().problems == (expected,)


@pytest.mark.parametrize("name", sorted(ROW_RULES))
def test_a_dropped_or_disabled_row_rule_trigger_is_named(sp, database_url, name):
    """Migration 0022 (PostgreSQL): a verification, a verified certificate's lines, a closed task's closing."""
    if not database_url.startswith("postgresql"):
        pytest.skip("SQLite has no logins: the row rules are PostgreSQL's")
    table, _function, otherwise = ROW_RULES[name]
    tamper_outside_the_program(database_url, f"ALTER TABLE {table} DISABLE TRIGGER {name}", tables=())
    assert sp.check().problems == (f"table {table}: {otherwise}: its trigger {name} is disabled",)
    tamper_outside_the_program(database_url, f"DROP TRIGGER {name} ON {table}", tables=())
    assert sp.check().problems == (f"table {table}: {otherwise}: its trigger {name} is missing",)


def test_the_logins_guard_reading_pg_class_unqualified_again_is_named(sp, database_url):
    if not database_url.startswith("postgresql"):
        pytest.skip("SQLite has no logins")
    before = ScriptDirectory.from_config(alembic_config()).get_revision("0021").module.FUNCTION  # as 0021 made it
    tamper_outside_the_program(database_url, before.replace("CREATE FUNCTION", "CREATE OR REPLACE FUNCTION"), tables=())
    problems = sp.check().problems
    assert len(problems) == len(BY_THE_LOGIN)
    assert (
        "table movement takes any name as who did it: its trigger movement_by_the_login reads pg_class unqualified, "
        "which a login's temporary table can stand in for"
    ) in problems


# -- (b) the retention and suspension rule on every past day ------------------------------------------


def test_a_past_lifted_suspension_bigger_than_the_lot_is_found(sp, database_url):
    """Lifted today, it leaves today's figures alone; on 2026-01-15 it made the surplus negative."""
    lot = receive(sp, "L-001", 1000)
    tamper_outside_the_program(database_url, suspension(lot, 999_999, "2026-01-01", lifted="2026-02-01"))
    assert sp.queries.scope_totals(date(2026, 1, 15)).covered.unscheduled == 1000 - 999_999
    assert sp.check().problems == (
        "lot L-001: at the end of 2026-01-01 999,999 were retained or suspended but only 1,000 on hand",
        UNAUDITED_SUSPENSION,
    )


def test_a_backdated_retention_beyond_what_was_on_hand_is_found(sp, database_url):
    lot = receive(sp, "L-001", 1000, on=date(2021, 1, 1))
    tamper_outside_the_program(
        database_url,
        DECISION.format(lot=lot),
        tables=("audit_entry", "retention_decision"),
    )
    assert "lot L-001: at the end of 2020-06-01 500 were retained but only 0 on hand" in sp.check().problems


# -- (c) rows the services would refuse -----------------------------------------------------------------


def test_suspensions_dated_as_no_service_would_date_them_are_found(sp, database_url):
    lot = receive(sp, "L-001", 1000)
    tamper_outside_the_program(
        database_url,
        suspension(lot, 10, "2019-12-01"),  # before the lot's first entry (2020-01-15)
        suspension(lot, 10, LATER),  # from a day in the future
        suspension(lot, 10, "2026-01-01", lifted=LATER),  # lifted on a day in the future
    )
    name = "legal hold GHOST on lot L-001 (M67)"
    assert problems_about(sp, "suspension ") == [
        f"suspension 1 ({name}): from: 2019-12-01 is before lot L-001 (M67) held any mines (its first entry is "
        "dated 2020-01-15)",
        f"suspension 2 ({name}): from: {LATER} is in the future (today is {TODAY})",
        f"suspension 3 ({name}): lifted on: {LATER} is in the future (today is {TODAY})",
    ]


def test_a_suspension_lifted_before_it_began_is_found(sp, database_url):
    """The database's own CHECK refuses it: a tool that lifts the CHECK first gets it in."""
    lot = receive(sp, "L-001", 1000)
    engine = make_engine(database_url)
    with engine.begin() as connection:
        if connection.dialect.name == "postgresql":
            connection.execute(text("ALTER TABLE suspension DROP CONSTRAINT ck_suspension_lifted_after_suspended"))
        else:
            connection.execute(text("PRAGMA ignore_check_constraints = ON"))
        connection.execute(text(suspension(lot, 10, "2026-03-01", lifted="2026-02-01")))
    engine.dispose()
    assert (
        "suspension 1 (legal hold GHOST on lot L-001 (M67)): lifted on: 2026-02-01 is before the suspension began "
        "(2026-03-01)"
    ) in sp.check().problems  # on SQLite, beside its integrity check's "CHECK constraint failed in suspension"


def test_resolutions_dated_before_their_loss_or_in_the_future_are_found(sp, verifier, database_url):
    closed_short(sp, verifier)
    [loss] = sp.destruction.losses()
    tamper_outside_the_program(
        database_url,
        *(
            RESOLUTION.format(loss=loss.id, kind="written_off", quantity=10, on=on, entry="NULL", event="NULL")
            for on in ("2026-06-01", LATER)
        ),
    )
    name = f"of unaccounted loss {loss.id} (task {loss.task_reference}, lot L-001)"
    assert problems_about(sp, "loss resolution") == [
        f"loss resolution 1 (written off by an authority, 10 on 2026-06-01) {name}: date: 2026-06-01 is before the "
        f"loss was recorded ({TODAY})",
        f"loss resolution 2 (written off by an authority, 10 on {LATER}) {name}: date: {LATER} is in the future "
        f"(today is {TODAY})",
    ]


def test_korea_requirements_no_service_would_state_are_found(sp, database_url):
    tamper_outside_the_program(
        database_url,
        REQUIREMENT.format(profile="us-2022", type="BLU-91/B", quantity=100, since="2022-07-01"),
        REQUIREMENT.format(profile="ottawa", type="M67", quantity=100, since="2022-07-01"),
        REQUIREMENT.format(profile="us-2022", type="M67", quantity=100, since=LATER),
    )
    problems = problems_about(sp, "Korea requirement")
    assert len(problems) == 3
    us_2022 = "US anti-personnel landmine policy (June 2022)"
    assert problems[0].startswith(f"Korea requirement 1 ({us_2022}, BLU-91/B, 100 from 2022-07-01): ")
    assert "type: BLU-91/B is not covered by" in problems[0] and problems[0].endswith("it has no Korea reserve")
    assert "does not permit retention as Korea defence" in problems[1]
    assert problems[2].endswith(f"valid from: {LATER} is in the future (today is {TODAY})")


def test_a_korea_requirement_over_what_a_record_holds_is_found_or_refused(sp, database_url):
    """SQLite's integers take it, and db check finds it; PostgreSQL's integer column refuses it."""
    statement = REQUIREMENT.format(profile="us-2022", type="M67", quantity=3_000_000_000, since="2022-07-01")
    if database_url.startswith("postgresql"):
        with pytest.raises(DBAPIError, match="out of range"):
            tamper_outside_the_program(database_url, statement)
        assert sp.check().ok
        return
    tamper_outside_the_program(database_url, statement)
    [problem] = problems_about(sp, "Korea requirement")
    assert problem.endswith("quantity: 3,000,000,000 is more than the 2,147,483,647 a record can hold")


def test_a_stored_figure_differing_from_the_ledger_is_named_with_its_label(sp, database_url):
    receive(sp, "L-001", 2000)
    tamper_outside_the_program(database_url, "UPDATE lot_balance SET on_hand = 5000, received = 5000")
    assert sp.check().problems == (
        "lot L-001: the stored figures (on hand 5,000, received 5,000, retained 0, retained as nothing, scheduled 0, "
        "destroyed 0, suspended 0, at destruction sites 0, at other own sites 0) differ from the ledger's (on hand "
        "2,000, received 2,000, retained 0, retained as nothing, scheduled 0, destroyed 0, suspended 0, at "
        "destruction sites 0, at other own sites 0)",
    )


def test_a_suspension_of_a_lot_that_does_not_exist_is_named_not_a_crash(tmp_path, sqlite_template):
    """The sqlite3 shell does not enforce foreign keys unless told to: a row may name no lot."""
    path = tmp_path / "record.db"
    shutil.copyfile(sqlite_template, path)
    with sqlite3.connect(path) as connection:
        connection.execute(suspension(999, 10, "2026-01-01"))
    engine = open_database(str(path))
    problems = Stockpile(engine, "auditor", today=lambda: TODAY).check().problems
    engine.dispose()
    assert problems == (  # its lot and its holding: two foreign keys broken
        "foreign key broken in table suspension row 1",
        "foreign key broken in table suspension row 1",
        "lot id 999 (no such lot): at the end of 2026-01-01 10 were retained or suspended but only 0 on hand",
        UNAUDITED_SUSPENSION,
    )


def test_a_resolution_backed_by_an_entry_that_does_not_exist_is_found(sqlite_url):
    """Written from the sqlite3 shell, foreign keys off: the entry it names is not in the record."""
    engine = open_database(sqlite_url)
    alice = Stockpile(engine, "alice", today=lambda: TODAY)
    seed_catalogue(alice)
    closed_short(alice, Stockpile(engine, "bob", today=lambda: TODAY))
    engine.dispose()
    with sqlite3.connect(sqlite_url) as connection:
        connection.execute(
            RESOLUTION.format(loss=1, kind="found_returned", quantity=50, on=TODAY, entry=999, event="NULL")
        )
    engine = open_database(sqlite_url)
    problems = Stockpile(engine, "auditor", today=lambda: TODAY).check().problems
    engine.dispose()
    assert problems[0] == "foreign key broken in table loss_resolution row 1"
    assert problems[1].endswith(": the ledger entry or destruction event that backs it does not exist")


# -- dates no read can make sense of ------------------------------------------------------------------


def test_every_date_column_reads_through_day_or_moment():
    """A Date or DateTime column of its own would crash on a value edited outside the program."""
    from sqlalchemy import Date, DateTime

    from stockpile_tracker.db.models import Base, Day, Moment

    columns = [column for table in Base.metadata.sorted_tables for column in table.columns]
    assert [c for c in columns if isinstance(c.type, Date | DateTime)] == []
    assert sum(isinstance(c.type, Day) for c in columns) > 10 and sum(isinstance(c.type, Moment) for c in columns) > 10


def test_dates_read_back_as_written_on_both_backends(stockpile, database_url):
    seed_catalogue(stockpile)
    lot = receive(stockpile, "L-1", 100)
    [entry] = stockpile.queries.ledger(lot)
    assert type(entry.occurred_on) is date and entry.occurred_on == date(2020, 1, 15)
    assert stockpile.queries.lot(lot).lot_number == "L-1"
    assert stockpile.check().ok


def test_an_unreadable_date_is_a_database_error_and_db_check_names_its_row(sqlite_url, capsys):
    """Edited with the sqlite3 shell: a month 13, a word, a number where dates belong. A read says
    so (DatabaseError, not a crash); db check names each by table, row and column."""
    from stockpile_tracker.cli import main
    from stockpile_tracker.domain.errors import DatabaseError

    sp = Stockpile(open_database(sqlite_url), "alice", today=lambda: TODAY)
    seed_catalogue(sp)
    lot = receive(sp, "L-1", 100)
    tamper_outside_the_program(
        sqlite_url,
        "UPDATE movement SET occurred_on = '2024-13-45'",
        "UPDATE lot SET created_at = 'last tuesday', manufactured_on = 20240101",
        tables=("movement",),
    )
    with pytest.raises(DatabaseError) as caught:
        sp.queries.ledger(lot)
    assert str(caught.value) == (
        "the database holds '2024-13-45' where a date belongs: it was changed outside Stockpile Tracker; "
        "run 'stockpile-tracker db check', which names the table, row and column"
    )
    problems = sp.check().problems
    outside = "it was changed outside Stockpile Tracker; put back the value the record should hold"
    assert problems == (
        f"table lot, row id {lot}, column manufactured_on: '20240101' is not a date (YYYY-MM-DD): {outside}",
        f"table lot, row id {lot}, column created_at: 'last tuesday' is not a date and time (YYYY-MM-DD HH:MM:SS): "
        f"{outside}",
        f"table movement, row id 1, column occurred_on: '2024-13-45' is not a date (YYYY-MM-DD): {outside}",
        "the other checks are made once these values are corrected: they cannot be read",
    )
    sp.context.engine.dispose()
    assert main(["--database", sqlite_url, "--user", "alice", "db", "check"]) == 1
    out = capsys.readouterr()
    assert "column occurred_on: '2024-13-45' is not a date" in out.out + out.err and "Traceback" not in out.err
