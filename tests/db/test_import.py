"""Import from spreadsheets: the whole file is checked first, every problem has its line and
column, and either every row is written or none."""

from __future__ import annotations

import subprocess
import sys
from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, insert, select

from stockpile_tracker.cli import main
from stockpile_tracker.db.migrate import open_database
from stockpile_tracker.db.models import (
    AuditEntry,
    Holding,
    Lot,
    LotBalance,
    MineType,
    Movement,
    RetentionDecision,
    Site,
)
from stockpile_tracker.domain.errors import RuleViolation, StockpileError
from stockpile_tracker.reports.document import to_csv
from stockpile_tracker.reports.status import status_report
from stockpile_tracker.services import Stockpile, import_table
from stockpile_tracker.services.base import bulk_insert
from stockpile_tracker.services.importing import RETENTION_REASON, ImportRejected
from stockpile_tracker.services.spreadsheet import UNREADABLE

from ..conftest import fresh_copy
from ..helpers import TODAY, receive, seed_catalogue, snapshot

GOOD_LOTS = (
    "Lot_Number,Type,Quantity,Site,Retention,institution,received_on,extra\n"
    "A-1,M67,1000,ANAD,surplus,,2020-01-02,ignored\n"
    "A-2,M16,500,CAMP-C,korea,,2021-03-04,\n"
    "A-3,M16,200,ANAD,article3,Engineer School,2021-03-04,\n"
    ",M67,300,ANAD,,,2022-01-01,\n"
    ",M67,20,ANAD,,,2022-01-01,\n"
)


@pytest.fixture
def sp(stockpile):
    seed_catalogue(stockpile)
    return stockpile


def rejected(sp, engine, data: str, **options) -> list[str]:
    before = snapshot(engine)
    with pytest.raises(ImportRejected) as caught:
        sp.imports.import_lots(data.encode(), source="test.csv", **options)
    assert snapshot(engine) == before
    return [str(problem) for problem in caught.value.plan.problems]


def test_import_lots_writes_every_row_with_its_retention(sp):
    plan = sp.imports.import_lots(GOOD_LOTS.encode("utf-8-sig"), source="test.csv")
    assert len(plan.rows) == 4
    totals = sp.queries.totals()
    assert (totals.lots, totals.on_hand, totals.retained) == (4, 2020, 700)
    unnumbered = sp.queries.find_lot("NO-LOT-M67-ANAD")
    assert unnumbered.on_hand == 320  # one lot per type and site for rows without a number
    assert sp.queries.find_lot("A-3").kept_for == "Article 3 training"
    assert sp.check().ok


def test_semicolons_and_a_dry_run(sp, engine):
    before = snapshot(engine)
    plan = sp.imports.import_lots(GOOD_LOTS.replace(",", ";").encode(), source="x.csv", dry_run=True)
    assert plan.quantity == 2020
    assert snapshot(engine) == before


BAD_LOTS = (
    "lot_number,type,quantity,site,retention,received_on\n"
    "B-1,M67,12x,ANAD,,2020-01-01\n"
    "B-2,M67,-5,ANAD,,2020-01-01\n"
    "B-3,NOPE,5,ANAD,,2020-01-01\n"
    "B-4,M67,5,MOON,,2020-01-01\n"
    "B-5,M67,5,ANAD,,2020-02-30\n"
    "B-5,M67,5,ANAD,,2020-01-01\n"
    "=HYPERLINK(1),M67,5,ANAD,,2020-01-01\n"
    "B-7,M67,5,ANAD,museum,2020-01-01\n"
    "B-8,M67,5,ANAD,article3,2020-01-01\n"
    "B-5,M67,5,ANAD,,2020-01-01\n"
)
BAD_LOTS_PROBLEMS = [  # also rows of the bad input table (tests/db/test_bad_inputs_table.py)
    "line 2, quantity: '12x' is not a whole number",
    "line 3, quantity: must be more than zero, not -5",
    "line 4, type: no mine type 'NOPE' in the catalogue",
    "line 5, site: no site 'MOON'",
    "line 6, received_on: '2020-02-30' is not a date (YYYY-MM-DD)",
    "line 7, lot_number: lot B-5 of type M67 is also on line 6",
    "line 8, lot_number: '=HYPERLINK(1)' looks like a spreadsheet formula; enter the value itself",
    "line 9, retention: 'museum' is not one of surplus, korea, article3",
    "line 10, institution: Article 3 retention names the authorised institution",
    "line 11, lot_number: lot B-5 of type M67 is also on line 6",
]


def test_every_problem_is_reported_by_line_and_column_and_nothing_is_written(sp, engine):
    assert rejected(sp, engine, BAD_LOTS) == BAD_LOTS_PROBLEMS


def test_missing_column_wrong_encoding_and_existing_lot(sp, engine):
    assert rejected(sp, engine, "lot_number,type,quantity,site\nX,M67,1,ANAD\n") == [
        "line 1, header: missing column(s): retention"
    ]
    before = snapshot(engine)
    with pytest.raises(ImportRejected) as caught:
        sp.imports.import_lots(
            "lot_number,type,quantity,site,retention\nÄ-1,M67,1,ANAD,\n".encode("latin-1"), source="x.csv"
        )
    assert "not UTF-8" in str(caught.value)
    assert snapshot(engine) == before
    sp.imports.import_lots(b"lot_number,type,quantity,site,retention\nC-1,M67,1,ANAD,\n", source="a.csv")
    assert rejected(sp, engine, "lot_number,type,quantity,site,retention\nC-1,M67,1,ANAD,\n") == [
        "line 2, lot_number: lot C-1 of type M67 already exists"
    ]


def test_unknown_types_and_sites_are_added_when_asked(sp):
    data = "lot_number,type,quantity,site,retention,category,self_destruct_hours\nD-1,PFM-1S,40,NEW-DEPOT,,AP,40\n"
    with pytest.raises(ImportRejected):
        sp.imports.import_lots(data.encode(), source="d.csv", add_types=True)
    plan = sp.imports.import_lots(data.encode(), source="d.csv", add_types=True, add_sites=True)
    assert list(plan.new_types) == ["PFM-1S"] and plan.new_sites == ["NEW-DEPOT"]
    new_type = next(t for t in sp.catalogue.types() if t.designation == "PFM-1S")
    assert (new_type.category, new_type.self_destruct_hours) == ("AP", 40)
    assert sp.queries.find_lot("D-1").site_code == "NEW-DEPOT"


def test_a_rule_broken_while_writing_names_its_line_and_writes_nothing(sp, engine):
    sp.imports.import_lots(GOOD_LOTS.encode(), source="lots.csv")
    before = snapshot(engine)
    data = (
        "lot_number,type,destroyed_on,quantity,method,site,certificate,officer,witness\n"
        "A-1,M67,2026-01-10,400,open detonation,ANAD,DC-1,Capt. A,B. Jones\n"
        "A-2,M16,2026-01-10,10,open_detonation,ANAD,DC-2,Capt. A,B. Jones\n"
    )  # A-2 is retained for Korea
    with pytest.raises(StockpileError) as caught:
        sp.imports.import_destructions(data.encode(), source="d.csv")
    assert "line 3" in str(caught.value) and "retention lock" in str(caught.value)
    assert snapshot(engine) == before


def test_import_destructions_groups_lines_by_certificate(sp):
    sp.imports.import_lots(GOOD_LOTS.encode(), source="lots.csv")
    data = (
        "lot_number,type,destroyed_on,quantity,method,site,certificate,officer,witness\n"
        "A-1,M67,2026-01-10,400,open detonation,ANAD,DC-1,Capt. A,B. Jones\n"
        "NO-LOT-M67-ANAD,M67,2026-01-10,20,open_detonation,ANAD,DC-1,Capt. A,B. Jones\n"
    )
    plan = sp.imports.import_destructions(data.encode(), source="d.csv")
    assert len(plan.rows) == 1
    event = sp.destruction.find_event("DC-1")
    assert event.quantity == 420 and len(event.lines) == 2 and event.officer == "Capt. A"
    assert sp.queries.totals().destroyed == 420


def test_an_imported_destruction_at_the_site_mines_were_shipped_to_destroys_them_there(sp):
    """Its `site` is where they were destroyed: mines shipped there for an open task are destroyed
    from the lot's holding for destruction, not from what is on hand at home."""
    sp.catalogue.add_site(code="TEAD", name="Tooele", country="US", kind="destruction")
    lot = receive(sp, "S-1", 1000)
    task = sp.destruction.schedule(planned_on=TODAY, site="TEAD", method="disassembly", lines={lot: 600})
    sp.destruction.ship(task.id, on=date(2026, 6, 1), lines={lot: 600}, document_ref="GBL-1")
    data = (
        "lot_number,type,destroyed_on,quantity,method,site,certificate,officer,witness\n"
        "S-1,M67,2026-06-10,250,disassembly,TEAD,TEAD-1,D. Moore,B. Jones\n"
        "S-1,M67,2026-06-11,100,open detonation,ANAD,ANAD-1,Capt. A,B. Jones\n"
    )
    sp.imports.import_destructions(data.encode(), source="d.csv")
    assert sp.destruction.find_event("TEAD-1").task_id == task.id
    assert sp.destruction.find_event("ANAD-1").task_id is None  # from its unscheduled surplus at home
    row = sp.queries.lot(lot)
    assert (row.on_hand, row.at_destruction, row.destroyed) == (300, 350, 350)
    assert [(e.kind, e.quantity, e.held_at) for e in sp.queries.ledger(lot)][-2:] == [
        ("destroyed", -250, "TEAD, for destruction"),
        ("destroyed", -100, "ANAD"),
    ]
    assert sp.check().ok
    # more than awaits there is not taken from the depot instead: the row is refused
    too_many = data.splitlines()[0] + "\nS-1,M67,2026-06-12,351,disassembly,TEAD,TEAD-2,D. Moore,B. Jones\n"
    with pytest.raises(ImportRejected) as caught:
        sp.imports.import_destructions(too_many.encode(), source="d.csv")
    assert [str(p) for p in caught.value.plan.problems] == [
        "line 2, quantity: lot S-1 (M67): its 350 at TEAD were shipped there for a destruction task; record their "
        "destruction against that task (only what awaits destruction there), not as a destruction of surplus "
        "(allocation: what is scheduled for destruction cannot exceed the surplus)"
    ]
    assert sp.queries.lot(lot).on_hand == 300


def test_csv_round_trip_gives_the_same_totals(sp, stockpile, tmp_path):
    """Export the lots (through the stockpile status's own rows), import them into a new database."""
    sp.imports.import_lots(GOOD_LOTS.encode(), source="lots.csv")
    rows = sp.queries.lots(limit=None)
    exported = "lot_number,type,quantity,site,retention,institution\n" + "".join(
        f"{r.lot_number},{r.type_designation},{r.on_hand},{r.site_code},{r.retention_category or ''},"
        f"{'Engineer School' if r.retention_category == 'article3' else ''}\n"
        for r in rows
    )
    fresh = open_database(str(tmp_path / "fresh.db"))
    other = Stockpile(fresh, "alice", today=lambda: TODAY)
    seed_catalogue(other)
    other.imports.import_lots(exported.encode(), source="export.csv")
    assert other.queries.totals() == sp.queries.totals()
    assert to_csv(status_report(other, TODAY)).splitlines()[3:8] == to_csv(status_report(sp, TODAY)).splitlines()[3:8]
    fresh.dispose()


def test_cli_import_reports_problems_per_line(sp, database_url, tmp_path, capsys):
    bad = tmp_path / "bad.csv"
    bad.write_text("lot_number,type,quantity,site,retention\nE-1,M67,0,ANAD,\nE-2,M67,1,MOON,\n")
    assert main(["--database", database_url, "import", "lots", str(bad)]) == 2
    assert capsys.readouterr().err == (
        f"{bad}: line 2, quantity: must be more than zero, not 0\n"
        f"{bad}: line 3, site: no site 'MOON'; add it to the catalogue or import with --add-sites\n"
        "stockpile-tracker: nothing was imported: 2 problems\n"
    )
    good = tmp_path / "good.csv"
    good.write_text(GOOD_LOTS)
    assert main(["--database", database_url, "import", "lots", str(good), "--dry-run"]) == 0
    assert "would import 4 lots, 2,020 mines" in capsys.readouterr().out
    assert main(["--database", database_url, "import", "lots", str(good)]) == 0
    assert "imported 4 lots" in capsys.readouterr().out


@pytest.fixture
def twin(engine, tmp_path, pg_server, sqlite_template):
    """A second fresh database on the same backend, seeded the same way."""
    backend = "sqlite" if engine.dialect.name == "sqlite" else "postgresql"
    (tmp_path / "twin").mkdir()
    with fresh_copy(
        backend, tmp_path / "twin", pg_server, sqlite_template, pg_server.template if pg_server else None
    ) as url:
        twin_engine = open_database(url)
        twin = Stockpile(twin_engine, "alice", today=lambda: TODAY)
        seed_catalogue(twin)
        yield twin
        twin_engine.dispose()


def written(sp) -> dict[str, list[tuple]]:
    """What an import leaves, without the clock's timestamps and the hashes that cover them."""
    with sp.context.read() as session:
        return {
            "lots": session.execute(
                select(
                    Lot.id,
                    Lot.lot_number,
                    Lot.mine_type_id,
                    Lot.site_id,
                    Lot.manufactured_on,
                    Lot.condition_code,
                    Lot.notes,
                    Lot.created_by,
                ).order_by(Lot.id)
            ).all(),
            "movements": session.execute(
                select(
                    Movement.id,
                    Movement.lot_id,
                    Movement.kind,
                    Movement.occurred_on,
                    Movement.quantity,
                    Movement.document_ref,
                    Movement.reason,
                    Movement.recorded_by,
                ).order_by(Movement.id)
            ).all(),
            "decisions": session.execute(
                select(
                    RetentionDecision.id,
                    RetentionDecision.lot_id,
                    RetentionDecision.quantity,
                    RetentionDecision.category,
                    RetentionDecision.institution,
                    RetentionDecision.authority_ref,
                    RetentionDecision.reason,
                    RetentionDecision.valid_from,
                    RetentionDecision.decided_by,
                ).order_by(RetentionDecision.id)
            ).all(),
            "balances": session.execute(select(LotBalance.__table__).order_by(LotBalance.lot_id)).all(),
            "audit": session.execute(
                select(
                    AuditEntry.id,
                    AuditEntry.user,
                    AuditEntry.action,
                    AuditEntry.entity,
                    AuditEntry.entity_id,
                    AuditEntry.before,
                    AuditEntry.after,
                    AuditEntry.reason,
                ).order_by(AuditEntry.id)
            ).all(),
        }


def test_an_import_writes_what_receiving_each_lot_would(sp, twin):
    """The bulk write keeps every rule of the services: the same rows, balances and audit entries,
    warnings included (the Ottawa profile flags post-ban receipts and Korea retention), as receiving
    each lot (or taking it on as an opening balance) and recording its retention one by one; and
    the audit chain verifies."""
    for stockpile in (sp, twin):
        stockpile.catalogue.set_active_profile("ottawa")
    held = GOOD_LOTS + "O-1,M16,70,ANAD,korea,,,\n"  # no received_on: an opening balance
    plan = sp.imports.import_lots(held.encode(), source="lots.csv", as_of=date(2024, 2, 1))
    for row in plan.rows:
        new = twin.lots.receive_lot if row["received_on"] else twin.lots.record_opening_balance
        lot = new(
            lot_number=row["lot_number"],
            type=row["type"],
            site=row["site"],
            quantity=row["quantity"],
            **({"received_on": row["on"]} if row["received_on"] else {"as_of": row["on"]}),
            document_ref="import lots.csv",
            manufactured_on=row["manufactured_on"],
            condition=row["condition"],
            notes=row["notes"],
        )
        if row["retention"]:
            twin.lots.change_retention(
                lot.lot_id,
                quantity=row["quantity"],
                category=row["retention"],
                authority_ref="import lots.csv",
                reason=RETENTION_REASON,
                valid_from=row["on"],
                institution=row["institution"],
            )
    imported, expected = written(sp), written(twin)
    assert any("acquisition ban" in entry.after for entry in imported["audit"])
    assert any("does not permit" in entry.after for entry in imported["audit"])
    assert imported == expected
    assert sp.check().ok


def test_a_bulk_insert_the_database_refuses_is_a_rule_violation_and_keeps_nothing(sp, engine):
    """COPY on PostgreSQL bypasses SQLAlchemy's statements; its refusals must read the same."""
    lot = receive(sp, "L-1", 10)
    before = snapshot(engine)
    with pytest.raises(RuleViolation) as caught, sp.context.write() as session:
        bulk_insert(
            session,
            LotBalance,
            [
                {
                    "lot_id": lot,
                    "on_hand": 1,
                    "received": 1,
                    "retained": 0,
                    "retention_category": None,
                    "scheduled": 0,
                    "destroyed": 0,
                }
            ],
        )
    assert caught.value.rule == "database"
    assert snapshot(engine) == before


def test_a_text_read_without_a_problem_is_still_refused_where_its_column_takes_less_and_every_refusal_is_told(
    sp, engine
):
    """A file's rows remember the texts they read without a problem (Row.text), and only with the
    checks they passed: the same 50 characters an institution takes are too long for a type, and a
    text refused on one line is refused on each line that holds it."""
    name = "X" * 50
    problems = rejected(
        sp,
        engine,
        "lot_number,type,quantity,site,retention,institution\n"
        f"C-1,M16,5,ANAD,article3,{name}\n"
        f"C-2,{name},5,ANAD,,\n"
        "C-3,M67,5,AN\u200bAD,,\n"
        "C-4,M67,5,AN\u200bAD,,\n",
    )
    assert [problem.split(":")[0] for problem in problems] == ["line 3, type", "line 4, site", "line 5, site"]
    assert "at most 40" in problems[0]


def test_a_bulk_insert_stores_every_value_as_sqlalchemys_own_insert_does(sp):
    """bulk_insert converts the values a column at a time (base._execute_many on SQLite, COPY on
    PostgreSQL): what it stores is what SQLAlchemy's insert of the same rows stores, value by value
    and type by type: dates, moments with their microseconds, flags, empty values, accents."""
    now = datetime(2026, 6, 30, 12, 34, 56, 789)
    stored = []
    for bulk in (True, False):
        with pytest.raises(KeyboardInterrupt), sp.context.write() as session:  # rolled back: nothing kept
            type_id, site_id = session.scalar(select(MineType.id)), session.scalar(select(Site.id))
            lots = [
                {
                    "lot_number": f"B-{n}",
                    "mine_type_id": type_id,
                    "site_id": site_id,
                    "manufactured_on": [date(2001, 2, 3), None, date(1999, 12, 31)][n],
                    "condition_code": "A",
                    "notes": [None, "igloo 4, café", ""][n],
                    "created_by": "bulk",
                    "created_at": [now, now, now.replace(microsecond=0)][n],
                }
                for n in range(3)
            ]
            if bulk:
                ids = bulk_insert(session, Lot, lots)
            else:
                session.execute(insert(Lot), [lot | {"id": lot_id} for lot, lot_id in zip(lots, ids, strict=True)])
            holdings = [
                {"id": 10_000 + n, "lot_id": lot_id, "site_id": site_id, "for_destruction": n == 1}
                for n, lot_id in enumerate(ids)
            ]
            if bulk:
                bulk_insert(session, Holding, holdings)
            else:
                session.execute(insert(Holding), holdings)
            stored.append(
                [
                    session.connection().exec_driver_sql(query).all()
                    for query in ("SELECT * FROM lot ORDER BY id", "SELECT * FROM holding ORDER BY id")
                ]
            )
            raise KeyboardInterrupt
    assert stored[0] == stored[1]
    assert [type(value) for value in stored[0][0][0]] == [type(value) for value in stored[1][0][0]]
    assert sp.check().ok


def test_a_value_its_column_cannot_take_is_refused_as_sqlalchemy_refuses_it(sp, engine):
    """On SQLite, a value no bind processor takes (text for a date) is the same refusal it was
    through SQLAlchemy's insert: nothing kept, the error says why. (PostgreSQL's COPY hands the
    server the text, which reads it as the date it spells.)"""
    if engine.dialect.name != "sqlite":
        pytest.skip("SQLite's bind processors")
    before = snapshot(engine)
    with pytest.raises(StockpileError, match="date"), sp.context.write() as session:
        lot = {"lot_number": "B-1", "mine_type_id": 1, "site_id": 1, "condition_code": "A", "created_by": "bulk"}
        bulk_insert(session, Lot, [lot | {"manufactured_on": "2001-02-03", "created_at": datetime(2026, 1, 1)}])
    assert snapshot(engine) == before


def test_ids_above_the_highest_are_taken_only_under_the_writers_lock(sqlite_url):
    """On SQLite a bulk insert numbers its rows above the highest id, which is safe only while its
    transaction holds the write lock (BEGIN IMMEDIATE): in a reader's transaction it is refused."""
    sp = Stockpile.open(sqlite_url, "alice")
    seed_catalogue(sp)
    rows = [{"code": code, "name": code, "country": "US"} for code in ("X-1", "X-2")]
    with pytest.raises(AssertionError, match="BEGIN IMMEDIATE"), sp.context.read() as session:
        bulk_insert(session, Site, rows)
    with pytest.raises(KeyboardInterrupt), sp.context.write() as session:  # stopped: nothing kept
        highest = session.scalar(select(func.max(Site.id)))
        assert bulk_insert(session, Site, rows) == [highest + 1, highest + 2]
        raise KeyboardInterrupt
    assert sp.check().ok
    sp.close()


# -- numbers: a comma groups thousands in a comma-separated file, and nothing else ------------------------------


def test_a_semicolon_file_with_decimal_commas_is_refused_not_read_as_hundreds(sp, engine):
    """Spreadsheets in languages with a decimal comma save CSV with semicolons: `1,00` is one."""
    data = "lot_number;type;quantity;site;retention\nS-1;M67;1,00;ANAD;\nS-2;M67;1,5;ANAD;\nS-3;M67;1,000;ANAD;\n"
    because = "(in a file separated by semicolons a comma is a decimal comma; write whole numbers without separators)"
    assert rejected(sp, engine, data) == [
        f"line 2, quantity: '1,00' is not a whole number {because}",
        f"line 3, quantity: '1,5' is not a whole number {because}",
        f"line 4, quantity: '1,000' is not a whole number {because}",
    ]


@pytest.mark.parametrize(
    "quantity", ["1,2,3,4", ",,5,,", "3,0", "1,0000", "12,34", "1,000,", ",100", "1_000", "1 500", "1\u202f500"]
)
def test_commas_that_are_not_thousands_groups_are_refused(sp, engine, quantity):
    """And spaces, as French groups thousands: refused, saying why."""
    data = f'lot_number,type,quantity,site,retention\nG-1,M67,"{quantity}",ANAD,\n'
    because = {
        ",": " (a comma may only group thousands: 1,000 or 12,345,678)",
        " ": " (write whole numbers without spaces)",
    }
    reason = next((words for mark, words in because.items() if mark in quantity.replace("\u202f", " ")), "")
    assert rejected(sp, engine, data) == [f"line 2, quantity: {quantity!r} is not a whole number{reason}"]


def test_thousands_groups_and_tab_separated_files_are_read(sp):
    sp.imports.import_lots(
        b'lot_number,type,quantity,site,retention\nG-1,M67,"1,000",ANAD,\nG-2,M67,"12,345,678",ANAD,\n',
        source="groups.csv",
    )
    sp.imports.import_lots(
        b"lot_number\ttype\tquantity\tsite\tretention\nT-1\tM16\t250\tCAMP-C\tkorea\n", source="tabs.txt"
    )
    assert [(lot.lot_number, lot.on_hand, lot.retained) for lot in sp.queries.lots(limit=None)] == [
        ("G-1", 1000, 0),
        ("G-2", 12_345_678, 0),
        ("T-1", 250, 250),
    ]


# -- destructions: a dry run refuses what the import refuses; one certificate is one event ------------------------

DESTRUCTIONS_HEADER = "lot_number,type,destroyed_on,quantity,method,site,certificate,officer,witness,notes\n"


@pytest.mark.parametrize(
    "row, problem",
    [
        (
            "A-1,M67,2019-12-31,5,other,ANAD,DC-1,Capt. A,B. Jones,",
            "line 2, destroyed_on: lot A-1 (M67): a destruction dated 2019-12-31 is before the lot was received "
            "(2020-01-02) (dates: none in the future or before the lot existed)",
        ),
        (
            "A-1,M67,0001-01-01,5,other,ANAD,DC-1,Capt. A,B. Jones,",
            "line 2, destroyed_on: lot A-1 (M67): a destruction dated 0001-01-01 is before the lot was received "
            "(2020-01-02) (dates: none in the future or before the lot existed)",
        ),
        (
            "A-1,M67,2026-01-10,5,other,ANAD,DC-1,Capt. A,capt. a,",
            "line 2, witness: the witness cannot be the officer in charge (four eyes: a second person verifies)",
        ),
        ("A-1,M67,2026-01-10,5,other,ANAD,DC-1,,B. Jones,", "line 2, officer: is empty"),
        ("A-1,M67,2026-01-10,5,other,ANAD,DC-1,Capt. A,,", "line 2, witness: is empty"),
        (
            "A-2,M16,2026-01-10,5,other,ANAD,DC-1,Capt. A,B. Jones,",
            "line 2, quantity: lot A-2 (M16): cannot destroy 5; 500 on hand, 500 retained, 0 scheduled, so only 0 are "
            "unscheduled surplus (retention lock: retained mines cannot be scheduled, moved or destroyed)",
        ),
    ],
)
def test_a_dry_run_refuses_what_the_import_refuses(sp, engine, database_url, tmp_path, capsys, row, problem):
    """The dry run writes in a transaction it rolls back, so it meets every rule the import meets."""
    sp.imports.import_lots(GOOD_LOTS.encode(), source="lots.csv")
    path = tmp_path / "destroyed.csv"
    path.write_text(DESTRUCTIONS_HEADER + row + "\n")
    before = snapshot(engine)
    for dry_run in (["--dry-run"], []):
        assert main(["--database", database_url, "import", "destructions", str(path), *dry_run]) == 2
        assert capsys.readouterr().err == f"stockpile-tracker: nothing was imported: {path}: {problem}\n"
        assert snapshot(engine) == before


def test_a_dry_run_of_lots_writes_nothing_and_says_what_the_import_does(sp, engine, database_url, tmp_path, capsys):
    path = tmp_path / "lots.csv"
    path.write_text(GOOD_LOTS)
    before = snapshot(engine)
    assert main(["--database", database_url, "import", "lots", str(path), "--dry-run"]) == 0
    assert snapshot(engine) == before
    assert main(["--database", database_url, "import", "lots", str(path)]) == 0
    assert capsys.readouterr().out == ("would import 4 lots, 2,020 mines\nimported 4 lots, 2,020 mines\n")


@pytest.mark.parametrize(
    "column, first, second",
    [
        ("officer", "Capt. A", "Lt. C"),
        ("witness", "B. Jones", "D. Smith"),
        ("destroyed_on", "2026-01-10", "2026-01-11"),
        ("site", "ANAD", "CAMP-C"),
        ("method", "other", "open_burning"),
        ("notes", "", "second burn"),
    ],
)
def test_rows_of_one_certificate_must_agree(sp, engine, column, first, second):
    """One certificate is one destruction event: what a second row says differently is refused,
    not dropped in favour of the first row."""
    sp.imports.import_lots(GOOD_LOTS.encode(), source="lots.csv")
    values = {
        "destroyed_on": "2026-01-10",
        "site": "ANAD",
        "method": "other",
        "officer": "Capt. A",
        "witness": "B. Jones",
        "notes": "",
    }

    def row(lot: str, **changed: str) -> str:
        cells = values | changed
        return (
            f"{lot},M67,{cells['destroyed_on']},10,{cells['method']},{cells['site']},DC-1,{cells['officer']},"
            f"{cells['witness']},{cells['notes']}\n"
        )

    data = DESTRUCTIONS_HEADER + row("A-1", **{column: first}) + row("NO-LOT-M67-ANAD", **{column: second})
    before = snapshot(engine)
    with pytest.raises(ImportRejected) as caught:
        sp.imports.import_destructions(data.encode(), source="d.csv")
    assert [str(p) for p in caught.value.plan.problems] == [
        f"line 3, {column}: certificate DC-1 has {column} {first!r} on line 2, here {second!r}; the rows of one "
        "certificate are one destruction event and must agree"
    ]
    assert snapshot(engine) == before


def test_rows_of_one_new_type_must_describe_it_alike(sp, engine):
    """The first row's category used to win silently over a later row's."""
    header = "lot_number,type,quantity,site,retention,category,self_destruct_hours,self_deactivating\n"
    assert rejected(
        sp,
        engine,
        header + "N-1,PFM-1S,5,ANAD,,AP,40,yes\nN-2,PFM-1S,5,ANAD,,AV,40,yes\n"
        "N-3,PFM-1S,5,ANAD,,AP,,yes\nN-4,PFM-1S,5,ANAD,,AP,40,no\nN-5,PFM-1S,5,ANAD,,AP,40,ja\n",
        add_types=True,
    ) == [
        "line 3, category: new type PFM-1S has category 'AP' on line 2, here 'AV'; the rows of one new type must agree",
        "line 4, self_destruct_hours: new type PFM-1S has self_destruct_hours '40' on line 2, here ''; the rows of "
        "one new type must agree",
        "line 5, self_deactivating: new type PFM-1S has self_deactivating 'True' on line 2, here 'False'; the rows of "
        "one new type must agree",
        "line 6, self_deactivating: 'ja' is not yes or no",
    ]
    plan = sp.imports.import_lots(
        (header + "N-1,PFM-1S,5,ANAD,,AP,40,Yes\nN-2,PFM-1S,5,ANAD,,ap,40,y\n").encode(),
        source="new.csv",
        add_types=True,
    )
    assert plan.new_types["PFM-1S"]["self_deactivating"] is True and len(plan.rows) == 2


# -- size: a file is read up to a documented limit, never whole ------------------------------------------------


def test_a_file_over_the_size_limit_is_refused_in_one_line(sp, engine, database_url, tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(import_table, "MAX_IMPORT_BYTES", 1_000_000)
    path = tmp_path / "big.csv"
    row = "B-{},M67,1,ANAD,\n"
    path.write_text("lot_number,type,quantity,site,retention\n" + "".join(row.format(n) for n in range(80_000)))
    before = snapshot(engine)
    assert main(["--database", database_url, "import", "lots", str(path)]) == 2
    assert capsys.readouterr().err == (
        f"stockpile-tracker: nothing was imported: {path}: file: is larger than 1 MB, "
        "the most one import reads; split it into smaller files\n"
    )
    assert snapshot(engine) == before


def test_a_file_over_the_row_limit_is_refused(sp, engine, monkeypatch):
    monkeypatch.setattr(import_table, "MAX_IMPORT_ROWS", 3)
    data = "lot_number,type,quantity,site,retention\n" + "".join(f"R-{n},M67,1,ANAD,\n" for n in range(4))
    assert rejected(sp, engine, data) == [
        "line 5, file: has more than 3 rows, the most one import takes; split it into smaller files"
    ]
    assert len(sp.imports.import_lots(data.encode()[: -len("R-3,M67,1,ANAD,\n")], source="three.csv").rows) == 3


@pytest.mark.parametrize("name", ["/dev/zero", "no-line-ending.csv"])
def test_an_endless_or_huge_file_ends_in_one_line_under_a_memory_limit(database_url, tmp_path, name):
    """/dev/zero never ends; a 300 MB file without a line ending is one line. Both used to be read
    whole (MemoryError under a limit, or running until killed); now the reading stops at the limit.
    A new process, so that the memory limit is its own."""
    resource = pytest.importorskip("resource")  # POSIX
    path = tmp_path / name if not name.startswith("/") else Path(name)
    if name == "no-line-ending.csv":
        with path.open("wb") as file:
            file.truncate(300_000_000)  # sparse: takes no room on the disk
    gigabyte = 2**30
    done = subprocess.run(
        [sys.executable, "-m", "stockpile_tracker.cli", "--database", database_url, "import", "lots", str(path)],
        capture_output=True,
        text=True,
        timeout=120,
        preexec_fn=lambda: resource.setrlimit(resource.RLIMIT_AS, (gigabyte, gigabyte)),
    )
    assert (done.returncode, done.stdout) == (2, "")
    assert done.stderr == (
        f"stockpile-tracker: nothing was imported: {path}: file: is larger than 16 MB, the most "
        "one import reads; split it into smaller files\n"
    )


# -- the import window speaks of its own controls ----------------------------------------------------------------


def shown_problems(dialog) -> list[str]:
    model = dialog.problems_model
    return [
        f"line {model.data(model.index(row, 0))}, {model.data(model.index(row, 1))}: {model.data(model.index(row, 2))}"
        for row in range(model.rowCount())
    ]


def test_the_import_window_names_its_own_checkboxes_not_command_line_flags(sp, qapp, tmp_path):
    from stockpile_tracker.qt.import_dialog import ImportDialog

    path = tmp_path / "new.csv"
    path.write_text("lot_number,type,quantity,site,retention,category\nN-1,PFM-1S,5,NEW-DEPOT,,AP\n")
    dialog = ImportDialog(sp, "lots", str(path))
    assert shown_problems(dialog) == [
        "line 2, type: no mine type 'PFM-1S' in the catalogue; add it on the Catalogue page, or tick \"add "
        'unknown mine types" above',
        "line 2, site: no site 'NEW-DEPOT'; add it on the Catalogue page, or tick \"add unknown sites\" above",
    ]
    assert dialog.add_types_check.text().startswith("add unknown mine types")
    assert dialog.add_sites_check.text() == "add unknown sites"
    dialog.add_types_check.setChecked(True)
    dialog.add_sites_check.setChecked(True)
    assert shown_problems(dialog) == [] and dialog.import_button.isEnabled()


def test_a_row_whose_site_is_unknown_is_a_problem_not_a_row_to_import(sp, engine, qapp, tmp_path):
    """A review: the preview listed (and counted) a row naming no site of the catalogue among the
    rows to import, beside its problem. It is a problem only, by line and column; nothing is written."""
    from stockpile_tracker.qt.import_dialog import ImportDialog

    lots = (
        "lot_number,type,quantity,site,retention,received_on\n"
        "S-1,M67,5,MOON,,2020-01-01\n"
        ",M16,7,MOON,,2020-01-01\n"
        "S-2,M67,9,ANAD,,2020-01-01\n"
    )
    unknown = ["line 2, site: no site 'MOON'", "line 3, site: no site 'MOON'"]
    plan = sp.imports.plan_lots(lots.encode())
    assert [str(problem) for problem in plan.problems] == unknown
    assert [row["line"] for row in plan.rows] == [4] and plan.summary == "1 lot, 9 mines"
    path = tmp_path / "lots.csv"
    path.write_text(lots)
    dialog = ImportDialog(sp, "lots", str(path))
    assert dialog.rows_model.rowCount() == 1 and dialog.problems_model.rowCount() == 2
    assert dialog.summary_label.text() == "1 lot, 9 mines; 2 problems." and not dialog.import_button.isEnabled()
    assert rejected(sp, engine, lots) == unknown
    sp.imports.import_lots(GOOD_LOTS.encode(), source="lots.csv")
    destroyed = DESTRUCTIONS_HEADER + "A-1,M67,2026-01-10,5,other,MOON,DC-1,Capt. A,B. Jones,\n"
    plan = sp.imports.plan_destructions(destroyed.encode())
    assert [str(problem) for problem in plan.problems] == ["line 2, site: no site 'MOON'"] and plan.rows == []
    moved = "date,kind,lot_number,type,site,quantity,reference\n2021-01-01,receipt,A-1,M67,MOON,5,R-9\n"
    plan = sp.imports.plan_movements(moved.encode())
    assert [str(problem) for problem in plan.problems] == ["line 2, site: no site 'MOON'"] and plan.rows == []


def test_the_import_window_lists_a_problem_found_while_writing(sp, engine, qapp, tmp_path):
    """The check before writing cannot know every rule (a destruction before the lot's receipt): the
    import finds it, writes nothing, and the window lists it with the others, Import disabled."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QDialog

    from stockpile_tracker.qt.import_dialog import ImportDialog

    sp.imports.import_lots(GOOD_LOTS.encode(), source="lots.csv")
    path = tmp_path / "destroyed.csv"
    path.write_text(DESTRUCTIONS_HEADER + "A-1,M67,2019-12-31,5,other,ANAD,DC-1,Capt. A,B. Jones,\n")
    dialog = ImportDialog(sp, "destructions", str(path))
    assert shown_problems(dialog) == [] and dialog.import_button.isEnabled()
    before = snapshot(engine)
    QTimer.singleShot(0, lambda: QApplication.activeModalWidget() and QApplication.activeModalWidget().reject())
    dialog.import_button.click()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert shown_problems(dialog) == [
        "line 2, destroyed_on: lot A-1 (M67): a destruction dated 2019-12-31 is before "
        "the lot was received (2020-01-02) (dates: none in the future or before "
        "the lot existed)"
    ]
    assert not dialog.import_button.isEnabled()
    assert snapshot(engine) == before


def test_an_import_counts_items_and_the_mines_they_hold(sp, database_url, tmp_path, capsys):
    """The ledger counts items; an ADAM projectile holds 36 mines, a type the import adds one."""
    sp.catalogue.add_type(designation="ADAM", name="ADAM projectile", category="AP", ap_per_item=36)
    lots = tmp_path / "lots.csv"
    lots.write_text(
        "lot_number,type,quantity,site,retention,received_on,category\n"
        "P-1,ADAM,10,ANAD,surplus,2020-01-02,\n"
        "P-2,M67,100,ANAD,surplus,2020-01-02,\n"
        "P-3,NEW-1,1,ANAD,surplus,2020-01-02,AP\n"
    )
    assert main(["--database", database_url, "import", "lots", str(lots), "--add-types"]) == 0
    assert capsys.readouterr().out.startswith("imported 3 lots, 111 items (461 mines) (new types NEW-1")
    destroyed = tmp_path / "destroyed.csv"
    destroyed.write_text(
        "lot_number,type,destroyed_on,quantity,method,site,certificate,officer,witness\n"
        "P-1,ADAM,2024-05-01,2,open_detonation,ANAD,DC-9,Capt. A,B. Jones\n"
        "P-2,M67,2024-05-01,5,open_detonation,ANAD,DC-9,Capt. A,B. Jones\n"
    )
    assert main(["--database", database_url, "import", "destructions", str(destroyed)]) == 0
    assert capsys.readouterr().out == "imported 1 destruction event, 7 items (77 mines)\n"


def test_a_type_and_a_site_are_read_in_any_case_as_the_catalogue_spells_them(sp, engine):
    """A new user's review: `m67` and `anad` were refused beside M67 and ANAD, which the README says
    are the same in any case or width."""
    data = "lot_number,type,quantity,site,retention\nC-9,m67,5,anad,\nC-10,\uff2d67,7,ANAD,\n".encode()
    plan = sp.imports.import_lots(data, source="x.csv")
    assert not plan.problems and plan.quantity == 12
    lots = {lot.lot_number: lot for lot in sp.queries.lots(limit=None)}
    assert (lots["C-9"].type_designation, lots["C-9"].site_code) == ("M67", "ANAD")
    assert lots["C-10"].type_designation == "M67"
    assert [t.designation for t in sp.catalogue.types()].count("M67") == 1
    assert sp.check().ok


def test_a_zipped_file_that_is_no_workbook_is_named_as_one(sp, engine):
    before = snapshot(engine)
    with pytest.raises(ImportRejected) as refused:
        sp.imports.import_lots(b"PK\x03\x04" + bytes(200), source="lots.xlsx")
    assert str(refused.value).endswith(f"file: {UNREADABLE}")
    assert snapshot(engine) == before


def test_an_import_lists_its_problems_in_the_window_language(sp, engine, french):
    """In a French window a row's problem is French, its place too; the column keeps the name the
    file's header gives it (the user looks for it there), said to be a column."""
    data = "lot_number,type,quantity,site,retention\nA-1,M67,-5,ANAD,\n"
    assert rejected(sp, engine, data) == ["ligne 2, colonne quantity\u00a0: doit être supérieure à zéro, et non -5"]
    with pytest.raises(ImportRejected) as caught:
        sp.imports.import_lots(data.encode(), source="test.csv")
    assert str(caught.value) == (
        "rien n'a été importé\u00a0: 1 problème\u00a0: "
        "ligne 2, colonne quantity\u00a0: doit être supérieure à zéro, et non -5"
    )
    assert rejected(sp, engine, "") == ["fichier\u00a0: est vide"]
