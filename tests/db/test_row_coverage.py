"""Every row of the record bound to its audit entry (issue 14), and the seal a report carries: the
reproductions of rows changed outside the program that used to pass `db check`, each found now,
naming the row; and a history rewritten whole, chain and all, found by the seal printed before."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import DBAPIError

from stockpile_tracker.cli import main
from stockpile_tracker.db.engine import make_engine
from stockpile_tracker.db.models import AuditEntry, Base
from stockpile_tracker.domain.errors import DatabaseError, InvalidInput
from stockpile_tracker.reports.status import status_report
from stockpile_tracker.services import Stockpile, audit, coverage
from stockpile_tracker.services.audit import entry_hash
from stockpile_tracker.services.coverage import COVERED
from stockpile_tracker.services.dto.destruction import EventInfo

from ..helpers import TODAY, receive, seed_catalogue, tamper_outside_the_program


def scalar(url: str, query: str) -> int:
    engine = make_engine(url)
    with engine.connect() as connection:
        found = connection.scalar(text(query))
    engine.dispose()
    return found


def test_every_row_written_through_the_program_is_covered(demo_url):
    """The demo takes every kind of action (lots, moves, retention, suspensions, tasks, events,
    verifications, losses, profiles): all of it is bound, and the check says so."""
    engine = make_engine(demo_url)
    sp = Stockpile(engine, "auditor", today=lambda: TODAY)
    try:
        assert sp.check().problems == ()
        with engine.connect() as connection:
            for table in COVERED:
                key = COVERED[table]  # a row, or the rows sharing a programme
                rows = connection.scalar(text(f"SELECT count(DISTINCT {key}) FROM {table}"))  # noqa: S608
                bound = connection.scalar(
                    text("SELECT count(DISTINCT row_key) FROM audit_row WHERE table_name = :t"), {"t": table}
                )
                assert bound == rows, table
    finally:
        engine.dispose()


def test_a_loss_written_into_the_ledger_with_its_balance_lowered_to_match_is_found(stockpile, database_url):
    """The issue's first reproduction: a check loss of 1,000 and the balance made to agree with it."""
    seed_catalogue(stockpile)
    lot = receive(stockpile, "L-1", 5000)
    home = scalar(database_url, f"SELECT id FROM holding WHERE lot_id = {lot}")  # noqa: S608
    tamper_outside_the_program(
        database_url,
        "INSERT INTO movement (lot_id, holding_id, kind, occurred_on, quantity, document_ref, recorded_by, "  # noqa: S608
        f"recorded_at) VALUES ({lot}, {home}, 'check_loss', '2026-03-01', -1000, 'X', 'mallory', "
        "'2026-03-01 00:00:00')",
        f"UPDATE lot_balance SET on_hand = on_hand - 1000 WHERE lot_id = {lot}",  # noqa: S608
        tables=(),
    )
    entry = scalar(database_url, "SELECT max(id) FROM movement")
    assert stockpile.check().problems == (
        f"not in the audit log: row id = {entry} of table movement, written outside Stockpile Tracker",
    )


def unverified_event(sp: Stockpile) -> EventInfo:
    """A certificate of 200 mines from a lot of 500, recorded and not yet verified."""
    seed_catalogue(sp)
    lot = receive(sp, "L-1", 500)
    return sp.destruction.record_event(
        occurred_on=date(2026, 5, 10),
        site="ANAD",
        method="disassembly",
        officer="Capt. Reyes",
        witness="Mr. Okafor",
        certificate_number="CERT-1",
        lines={lot: 200},
    )


def test_a_certificate_verified_in_sql_is_found(stockpile, database_url):
    """The second: `verified_by = 'bob'` on every unverified destruction event."""
    event = unverified_event(stockpile)
    tamper_outside_the_program(
        database_url,
        "UPDATE destruction_event SET verified_by = 'bob', verified_on = '2026-06-01' WHERE verified_by IS NULL",
        tables=(),
    )
    [problem] = stockpile.check().problems
    changed = f"changed outside Stockpile Tracker: row id = {event.id} of table destruction_event"
    assert problem.startswith(changed)


def test_a_row_deleted_with_its_triggers_dropped_is_found(stockpile, database_url):
    seed_catalogue(stockpile)
    receive(stockpile, "L-1", 100)
    receive(stockpile, "L-2", 100)
    row = scalar(database_url, "SELECT max(id) FROM movement")
    tamper_outside_the_program(database_url, f"DELETE FROM movement WHERE id = {row}", tables=("movement",))  # noqa: S608
    deleted = f"deleted outside Stockpile Tracker: row id = {row} of table movement, which audit entry "
    assert any(problem.startswith(deleted) for problem in stockpile.check().problems)


def test_a_binding_removed_from_the_audit_is_found(stockpile, database_url):
    """Hiding a row by deleting what the audit recorded of it breaks the entry's own digest."""
    seed_catalogue(stockpile)
    lot = receive(stockpile, "L-1", 100)
    tamper_outside_the_program(
        database_url,
        f"DELETE FROM audit_row WHERE table_name = 'lot' AND row_key = '{lot}'",  # noqa: S608
        tables=("audit_row",),
    )
    problems = stockpile.check().problems
    assert any(p.endswith("the rows it recorded were changed outside Stockpile Tracker") for p in problems)
    assert f"not in the audit log: row id = {lot} of table lot, written outside Stockpile Tracker" in problems


def rechain(url: str, edit: str) -> None:
    """What the table's owner or the file's holder can do: drop the triggers, edit an entry, compute
    every hash after it again and move the head, so that the chain verifies."""
    engine = make_engine(url)
    with engine.connect() as connection:
        entries = connection.execute(select(AuditEntry).order_by(AuditEntry.id)).mappings().all()
    engine.dispose()
    statements, previous = [edit], "0" * 64
    for entry in entries:
        fields = {k: v for k, v in entry.items() if k != "hash"} | {"prev_hash": previous}
        if entry["id"] == 1:
            fields["user"] = "mallory"  # the edit, as the edit statement makes it
        previous = entry_hash(**fields)
        statements.append(
            f"UPDATE audit_entry SET prev_hash = '{fields['prev_hash']}', hash = '{previous}' "  # noqa: S608
            f"WHERE id = {entry['id']}"
        )
    statements.append(f"UPDATE audit_head SET last_hash = '{previous}'")  # noqa: S608
    tamper_outside_the_program(url, *statements, tables=("audit_entry",))


def test_a_history_rewritten_whole_is_found_by_the_seal_printed_before(stockpile, database_url, capsys):
    seed_catalogue(stockpile)
    receive(stockpile, "L-1", 100)
    report = status_report(stockpile, TODAY)
    seal = stockpile.archive.seal()
    count = int(seal.split("-")[0])
    assert report.seal == seal and report.footer.endswith(f" - seal {seal}")
    assert main(["--database", database_url, "db", "seal"]) == 0
    assert f"seal {seal} " in capsys.readouterr().out
    assert stockpile.check(seal).ok
    copied = "SEAL " + seal.upper().replace("FF", "\ufb00")  # as copied from a PDF: a ligature for ff
    assert stockpile.check(copied).ok
    stockpile.catalogue.add_site(code="LATE", name="Later", country="US")
    assert main(["--database", database_url, "db", "check", "--seal", seal]) == 0
    assert f"the record still reaches seal {seal}: its history up to audit entry {count:,} was not rewritten; 1 " in (
        capsys.readouterr().out
    )
    rechain(database_url, "UPDATE audit_entry SET \"user\" = 'mallory' WHERE id = 1")
    assert stockpile.check().ok  # the chain alone verifies: it was made to
    [problem] = stockpile.check(seal).problems
    assert problem.startswith(f"the seal {seal} does not match this record: at audit entry {count:,} its seal is ")
    assert main(["--database", database_url, "db", "check", "--seal", seal]) == 1
    assert f"PROBLEM: the seal {seal} does not match this record" in capsys.readouterr().out


def test_a_report_built_inside_a_batch_carries_a_seal_the_record_reaches(stockpile):
    """The demo builds and freezes a report inside its one transaction: the seal is the last one
    written, never a count of entries not yet written beside an older hash."""
    seed_catalogue(stockpile)
    with stockpile.batch():
        receive(stockpile, "L-1", 100)
        seal = status_report(stockpile, TODAY).seal
        receive(stockpile, "L-2", 100)
    assert stockpile.check(seal).ok
    assert int(seal.split("-")[0]) == int(stockpile.archive.seal().split("-")[0]) - 1  # L-1's entry is in it


def test_a_seal_of_a_longer_history_than_the_record_holds_is_found(stockpile):
    seed_catalogue(stockpile)
    count = int(stockpile.archive.seal().split("-")[0])
    [problem] = stockpile.check(f"{count + 5}-{'a' * 16}").problems
    assert problem.startswith(f"the seal {count + 5}-{'a' * 16} does not match this record: it has no audit entry")


@pytest.mark.parametrize(
    "seal", ["", "12", "12-abc", "x-0123456789abcdef", "12-0123456789ABCDEG", "١٢-0123456789abcdef"]
)
def test_a_seal_that_is_not_one_is_refused_naming_the_field(stockpile, seal):
    with pytest.raises(InvalidInput, match="seal"):
        stockpile.check(seal)


def test_truncate_is_refused_on_every_table_of_the_record(engine):
    """Row triggers do not see TRUNCATE; statement triggers do (PostgreSQL)."""
    if engine.dialect.name != "postgresql":
        pytest.skip("SQLite has no TRUNCATE")
    for table in Base.metadata.tables:
        with pytest.raises(DBAPIError, match="cannot be emptied"), engine.begin() as connection:
            connection.execute(text(f"TRUNCATE {table} CASCADE"))


def test_a_dropped_truncate_trigger_is_found(stockpile, database_url):
    if not database_url.startswith("postgresql"):
        pytest.skip("SQLite has no TRUNCATE")
    tamper_outside_the_program(database_url, "DROP TRIGGER audit_entry_no_truncate ON audit_entry", tables=())
    assert stockpile.check().problems == (
        "table audit_entry can be emptied by TRUNCATE: its trigger audit_entry_no_truncate is missing",
    )


def test_a_change_of_operator_is_audited_and_a_bad_name_changes_nothing(stockpile, database_url):
    seed_catalogue(stockpile)
    before = scalar(database_url, "SELECT count(*) FROM audit_entry")
    assert stockpile.change_operator(stockpile.operator.split(" (")[0]) is stockpile  # the same name: nothing
    with pytest.raises(InvalidInput, match="user"):
        stockpile.change_operator("bob\u200b")
    assert scalar(database_url, "SELECT count(*) FROM audit_entry") == before
    bob = stockpile.change_operator("bob")
    assert bob.operator.startswith(stockpile.user if stockpile.context.login else "bob")
    assert scalar(database_url, "SELECT action FROM audit_entry ORDER BY id DESC LIMIT 1") == "change_operator"
    assert bob.check().ok


def test_a_seal_checked_against_a_mistyped_path_finds_no_record_and_makes_none(tmp_path, capsys):
    missing = tmp_path / "stockpiel.db"
    for action in (["seal"], ["check", "--seal", f"1-{'a' * 16}"]):
        assert main(["--database", str(missing), "db", *action]) == 2
        assert f"there is no database at {missing}" in capsys.readouterr().err
    assert not missing.exists()


# -- the adversary's review: what got through, each found or refused now ------------------------------


def test_a_flag_or_a_text_stored_otherwise_than_the_program_stores_it_is_found(stockpile, sqlite_url):
    """SQLite keeps any value in any column: a flag stored as the text 'f' reads as true, a lot
    number stored as bytes prints as b'...'; the digest reads the storage class too."""
    sp = Stockpile.open(sqlite_url, "alice")
    seed_catalogue(sp)
    lot = receive(sp, "L-1", 100)
    tamper_outside_the_program(
        sqlite_url,
        "UPDATE policy_profile SET flags_retained_increase = 'f' WHERE flags_retained_increase = 0",
        f"UPDATE lot SET lot_number = CAST(lot_number AS BLOB) WHERE id = {lot}",  # noqa: S608
        tables=(),
    )
    problems = sp.check().problems
    assert f"changed outside Stockpile Tracker: row id = {lot} of table lot, since audit entry" in " ".join(problems)
    assert any(p.startswith("changed outside Stockpile Tracker: row id = ") and "policy_profile" in p for p in problems)
    sp.close()


def test_a_record_made_to_look_older_is_not_upgraded_clean(sqlite_url):
    """A verification forged in SQL, then the schema marked 0018 so that an upgrade would take every
    row in afresh: the upgrade refuses, naming the row, and the file is left as it was."""
    sp = Stockpile.open(sqlite_url, "alice")
    event = unverified_event(sp)
    sp.close()
    tamper_outside_the_program(
        sqlite_url,
        f"UPDATE destruction_event SET verified_by = 'bob', verified_on = '2026-06-01' WHERE id = {event.id}",  # noqa: S608
        "UPDATE alembic_version SET version_num = '0018'",
        tables=(),
    )
    with pytest.raises(DatabaseError, match=f"row id = {event.id} of table destruction_event"):
        Stockpile.open(sqlite_url, "alice")
    assert scalar(sqlite_url, "SELECT version_num FROM alembic_version") == "0018"


def test_a_trigger_the_program_did_not_make_is_named(stockpile, database_url):
    """Planted, it rewrites what the program writes before the row is bound (the witness replaced)."""
    if database_url.startswith("postgresql"):
        plant = (
            "CREATE FUNCTION nobody() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.witness := 'Nobody'; "
            "RETURN NEW; END $$",
            "CREATE TRIGGER zz_witness BEFORE INSERT ON destruction_event FOR EACH ROW EXECUTE FUNCTION nobody()",
        )
    else:
        plant = (
            "CREATE TRIGGER zz_witness AFTER INSERT ON destruction_event BEGIN "
            "UPDATE destruction_event SET witness = 'Nobody' WHERE id = NEW.id; END",
        )
    tamper_outside_the_program(database_url, *plant, tables=())
    assert stockpile.check().problems == (
        "table destruction_event has a trigger the program did not make: zz_witness; remove it, it can change what "
        "the program writes",
    )


def test_a_head_moved_outside_the_program_stops_every_write_before_it_breaks_the_chain(stockpile, database_url):
    seed_catalogue(stockpile)
    tamper_outside_the_program(database_url, f"UPDATE audit_head SET last_hash = '{'0' * 64}'", tables=())  # noqa: S608
    before = scalar(database_url, "SELECT count(*) FROM audit_entry")
    with pytest.raises(DatabaseError, match="the audit log's head says entry .* it was changed outside"):
        receive(stockpile, "L-1", 100)
    assert scalar(database_url, "SELECT count(*) FROM audit_entry") == before


def test_a_row_of_an_append_only_table_bound_anew_is_found(stockpile, database_url):
    """An entry that binds a changed Article 7 text again, well chained, hides the change from the
    digests; such a row never changes, so a second binding of other content is named."""
    stockpile.article7.write(2025, {"A": "National implementation measures: none."})
    row = scalar(database_url, "SELECT max(id) FROM article7_text")
    tamper_outside_the_program(
        database_url,
        f"UPDATE article7_text SET text = 'Forged.' WHERE id = {row}",  # noqa: S608
        tables=("article7_text",),
    )
    with stockpile.context.write() as session:  # what a clerk with SQL could append, well formed
        coverage._unsealed(session).setdefault("article7_text", set()).add(row)
        audit.record(session, stockpile.user, "write_article7", "article7_text", row)
    [problem] = stockpile.check().problems
    assert problem.startswith(f"bound anew: row id = {row} of table article7_text of an append-only table")


def test_a_seal_beyond_any_record_is_refused_not_a_crash(stockpile):
    with pytest.raises(InvalidInput, match="seal"):
        stockpile.check(f"{'9' * 23}-{'a' * 16}")


PLANTED = 1_000_000  # far above any id the program has given, and (PostgreSQL) any its sequences will soon give


def test_an_import_after_rows_planted_with_high_ids_binds_exactly_the_rows_it_wrote(stockpile, database_url):
    """A lot with its place and its receipt inserted in SQL with high ids (on PostgreSQL the
    sequences are left where they were): an import that followed used to look for its own rows
    above the highest id, and bound none of them (PostgreSQL) or took the planted ones for its own.
    Its rows now carry the ids it gave them, and the audit binds those and nothing else."""
    seed_catalogue(stockpile)
    receive(stockpile, "L-0", 100)
    tamper_outside_the_program(
        database_url,
        "INSERT INTO lot (id, lot_number, mine_type_id, site_id, condition_code, created_by, created_at) "  # noqa: S608
        f"SELECT {PLANTED}, 'P-1', mine_type_id, site_id, 'A', 'mallory', created_at FROM lot WHERE lot_number = 'L-0'",
        f"INSERT INTO holding (id, lot_id, site_id) SELECT {PLANTED}, id, site_id FROM lot WHERE id = {PLANTED}",  # noqa: S608
        "INSERT INTO movement (id, lot_id, holding_id, kind, occurred_on, quantity, document_ref, recorded_by, "  # noqa: S608
        f"recorded_at) VALUES ({PLANTED}, {PLANTED}, {PLANTED}, 'receipt', '2026-03-01', 40, 'X', 'mallory', "
        "'2026-03-01 00:00:00')",
        "INSERT INTO lot_balance (lot_id, on_hand, received, retained, scheduled, destroyed) "  # noqa: S608
        f"VALUES ({PLANTED}, 40, 40, 0, 0, 0)",
        tables=(),
    )
    data = (
        "lot_number,type,quantity,site,retention,institution,received_on\n"
        "I-1,M67,1000,ANAD,,,2020-01-02\n"
        "I-2,M16,500,CAMP-C,korea,,2021-03-04\n"
        "I-3,M16,200,ANAD,article3,Engineer School,2021-03-04\n"
    )
    stockpile.imports.import_lots(data.encode(), source="planted.csv", dry_run=True)  # takes ids, keeps nothing
    stockpile.imports.import_lots(data.encode(), source="planted.csv")

    lots = "SELECT id FROM lot WHERE lot_number LIKE 'I-%'"
    written = {
        "lot": lots,
        "holding": f"SELECT id FROM holding WHERE lot_id IN ({lots})",  # noqa: S608
        "movement": "SELECT id FROM movement WHERE document_ref = 'import planted.csv'",
        "retention_decision": "SELECT id FROM retention_decision WHERE authority_ref = 'import planted.csv'",
    }
    engine = make_engine(database_url)
    with engine.connect() as connection:
        entries = connection.execute(
            text("SELECT id FROM audit_entry WHERE rows_hash IS NOT NULL ORDER BY id DESC LIMIT 1")
        ).scalar_one()
        for table, query in written.items():
            rows = {str(row) for row in connection.scalars(text(query))}
            bound = set(
                connection.scalars(
                    text("SELECT row_key FROM audit_row WHERE entry_id = :e AND table_name = :t"),
                    {"e": entries, "t": table},
                )
            )
            assert bound == rows and len(rows) == (2 if table == "retention_decision" else 3), table
            assert str(PLANTED) not in bound
    engine.dispose()
    assert sorted(stockpile.check().problems) == sorted(
        f"not in the audit log: row id = {PLANTED} of table {table}, written outside Stockpile Tracker"
        for table in ("holding", "lot", "movement")
    )


def test_a_value_moved_into_the_column_before_it_behind_the_digests_separators_is_found(stockpile, database_url):
    """An adversary's review: with a separator of the digested text inside a value, a column's name
    and value can ride in the column before it, the column itself emptied, and the row's text and
    digest stay as they were. The program never writes such a character: db check names the row."""
    stockpile.catalogue.add_type(designation="X-1", name="Trial mine", category="AP", notes="kept for trials")
    kind = scalar(database_url, "SELECT id FROM mine_type WHERE designation = 'X-1'")
    moved = "Trial mine\x1fnotes\x1ekept for trials"
    edit = f"UPDATE mine_type SET name = '{moved}', notes = NULL WHERE id = {kind}"  # noqa: S608
    tamper_outside_the_program(database_url, edit, tables=())
    assert stockpile.check().problems == (
        f"changed outside Stockpile Tracker: row id = {kind} of table mine_type holds a control character the "
        "program never writes (one that separates the values its digest is made of)",
    )
