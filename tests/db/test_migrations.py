"""Migrate on open: from empty, round trip, no drift, backups, refusing a newer database, a real
database of every released schema upgraded with every figure kept, a failed upgrade that puts the
old database back, and an installed wheel that can create a database on its own."""

from __future__ import annotations

import gzip
import hashlib
import os
import shutil
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from alembic import command
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, MetaData, event, inspect, select, text
from sqlalchemy.exc import DBAPIError

from stockpile_tracker import __version__, demo
from stockpile_tracker.db import migrate
from stockpile_tracker.db.engine import make_engine
from stockpile_tracker.db.migrate import HEAD, alembic_config, current_revision, open_database
from stockpile_tracker.domain.enums import Rule
from stockpile_tracker.domain.errors import DatabaseError
from stockpile_tracker.reports.registry import REPORTS_BY_NAME, prepare
from stockpile_tracker.services import Stockpile

from ..conftest import PG_SKIP
from ..fixtures.make_schema_fixture import fixture_path
from ..helpers import TODAY, receive, seed_catalogue

ROOT = Path(__file__).resolve().parents[2]
REVISIONS = sorted(rev.revision for rev in ScriptDirectory.from_config(alembic_config()).walk_revisions())


@pytest.fixture(params=["sqlite", "postgresql"])
def empty_url(request, tmp_path, pg_server):
    """A database with no tables at all."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'empty.db'}"
        return
    if pg_server is None:
        pytest.skip(PG_SKIP)
    with pg_server.scratch() as url:
        yield url


def small_stockpile(engine) -> Stockpile:
    sp = Stockpile(engine, "alice", today=lambda: TODAY)
    seed_catalogue(sp)
    lot = receive(sp, quantity=1200)
    sp.lots.change_retention(
        lot, quantity=200, category="korea", authority_ref="R-1", reason="Korea reserve", valid_from=TODAY
    )
    return sp


def test_the_program_head_is_the_newest_migration():
    """open_database compares the stored revision with HEAD, so that a current database is opened
    without importing Alembic: a new migration must move HEAD too."""
    assert ScriptDirectory.from_config(alembic_config()).get_current_head() == HEAD


def test_upgrade_from_empty_creates_the_schema_and_seeds_profiles(empty_url):
    engine = open_database(empty_url)
    try:
        assert current_revision(engine) == HEAD
        sp = Stockpile(engine, "alice")
        assert {p.code for p in sp.catalogue.profiles()} == {"us-2022", "ottawa"}
        assert sp.check().ok
    finally:
        engine.dispose()


def test_models_and_migrations_do_not_drift(engine):
    with engine.begin() as connection:
        command.check(alembic_config(connection=connection))


def test_downgrade_then_upgrade_keeps_the_data(engine):
    sp = small_stockpile(engine)
    before = sp.queries.totals()
    with engine.begin() as connection:
        command.downgrade(alembic_config(connection=connection), "-1")
    assert current_revision(engine) != HEAD
    engine.dispose()
    engine = open_database(engine.url.render_as_string(hide_password=False))
    sp = Stockpile(engine, "alice", today=lambda: TODAY)
    assert sp.queries.totals() == before
    assert sp.check().ok
    with pytest.raises(DBAPIError, match="append-only"), engine.begin() as connection:
        connection.execute(text("UPDATE movement SET quantity = 1"))
    engine.dispose()


def test_the_ledger_and_the_audit_log_refuse_edits(engine):
    small_stockpile(engine)
    for statement in (
        "UPDATE movement SET quantity = 5",
        "DELETE FROM movement",
        "UPDATE audit_entry SET reason = 'x'",
        "DELETE FROM retention_decision",
    ):
        with pytest.raises(DBAPIError, match="append-only"), engine.begin() as connection:
            connection.execute(text(statement))


def test_an_older_sqlite_database_is_backed_up_before_upgrading(tmp_path):
    path = tmp_path / "old.db"
    engine = make_engine(str(path))
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection=connection), "0001")
        connection.execute(text("INSERT INTO site (code, name, country) VALUES ('OLD', 'Old depot', 'US')"))
    engine.dispose()

    open_database(str(path)).dispose()

    backups = list(tmp_path.glob("old.db.backup-0001-*"))
    assert len(backups) == 1
    assert stat.S_IMODE(backups[0].stat().st_mode) == 0o600
    kept = make_engine(str(backups[0]))
    with kept.connect() as connection:
        assert connection.execute(text("SELECT code FROM site")).scalars().all() == ["OLD"]
        assert connection.execute(text("SELECT version_num FROM alembic_version")).scalar() == "0001"
    kept.dispose()


def test_a_new_sqlite_file_is_readable_by_its_owner_only(tmp_path):
    path = tmp_path / "new.db"
    open_database(str(path)).dispose()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_a_database_newer_than_the_program_is_refused(database_url):
    engine = open_database(database_url)
    with engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    engine.dispose()
    with pytest.raises(DatabaseError, match="newer Stockpile Tracker.*9999"):
        open_database(database_url)


@pytest.mark.slow
def test_an_installed_wheel_creates_and_migrates_a_database(tmp_path):
    """The wheel must carry migrations/ inside the package. The GUI wheels are not needed to
    migrate, so the clean venv gets only the wheel and the core libraries."""
    wheels = tmp_path / "wheels"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "-w", str(wheels), str(ROOT)], check=True
    )
    wheel = next(wheels.glob("stockpile_tracker-*.whl"))
    assert wheel.name.startswith(f"stockpile_tracker-{__version__}-"), "the wheel's version is the package's"
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    python = venv / "bin" / "python"
    subprocess.run([python, "-m", "pip", "install", "--quiet", "--no-deps", str(wheel)], check=True)
    subprocess.run(
        [python, "-m", "pip", "install", "--quiet", "SQLAlchemy>=2.0.30,<2.2", "alembic>=1.13", "platformdirs>=4.2"],
        check=True,
    )
    database = tmp_path / "installed.db"
    environment = {key: value for key, value in os.environ.items() if key != "STOCKPILE_DATABASE_URL"}
    done = subprocess.run(
        [venv / "bin" / "stockpile-tracker", "--database", str(database), "db", "upgrade"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=environment,
    )
    assert done.returncode == 0, done.stderr
    checked = subprocess.run(
        [venv / "bin" / "stockpile-tracker", "--database", str(database), "db", "check"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=environment,
    )
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert "audit chain intact" in checked.stdout
    shown = subprocess.run([venv / "bin" / "stockpile-tracker", "--version"], capture_output=True, text=True)
    assert shown.stdout.strip() == f"stockpile-tracker {__version__}"
    read = "from stockpile_tracker.i18n import catalogue; print(catalogue('fr')['MainWindow', '&File'])"
    translated = subprocess.run([python, "-c", read], capture_output=True, text=True, cwd=tmp_path)
    assert translated.stdout.strip() == "&Fichier", translated.stderr  # the .qm files are inside
    engine = make_engine(str(database))
    assert current_revision(engine) == HEAD
    engine.dispose()


# -- every released schema, upgraded with real data -------------------------------------------------


def unpack_fixture(revision: str, tmp_path: Path) -> Path:
    path = tmp_path / f"schema-{revision}.db"
    with gzip.open(fixture_path(revision), "rb") as packed, path.open("wb") as unpacked:
        shutil.copyfileobj(packed, unpacked)
    return path


def snapshot(engine: Engine) -> dict[str, list[tuple]]:
    """Every row of every table the database has (an older schema has fewer than the models)."""
    tables = MetaData()
    tables.reflect(engine)
    with engine.connect() as connection:
        return {
            table.name: sorted(tuple(map(repr, row)) for row in connection.execute(select(table)))
            for table in tables.sorted_tables
        }


def figures(engine: Engine) -> dict:
    """Every figure a user or an inspector reads, per lot, as the record stores it: read with plain
    SQL, because the program of today reads an older schema only after upgrading it
    (`served_figures` proves the services give the same). Suspended is 0 before schema 0009."""
    with engine.connect() as connection:
        query = (
            "SELECT lot.id, lot.lot_number, b.on_hand, b.received, b.retained, b.retention_category, b.scheduled, "
            "b.destroyed, b.suspended FROM lot_balance b JOIN lot ON lot.id = b.lot_id ORDER BY lot.id"
        )
        if "suspended" not in {column["name"] for column in inspect(connection).get_columns("lot_balance")}:
            query = query.replace("b.suspended", "0")
        lots = connection.execute(text(query)).all()
        tables = inspect(connection).get_table_names()
        shipped = "holding" in tables and "for_destruction" in columns(connection, "holding")
        return {
            "lots": [tuple(row) for row in lots],
            # The entries at the lots' own sites: 0015 writes each shipment's other side at its site.
            "movements": connection.execute(
                text(
                    "SELECT count(*) FROM movement JOIN holding h ON h.id = movement.holding_id "
                    "WHERE NOT h.for_destruction"
                    if shipped
                    else "SELECT count(*) FROM movement"
                )
            ).scalar_one(),
            # Less the entries 0019 writes, taking in the rows as they stood, and its downgrade's.
            "audit entries": connection.execute(
                text("SELECT count(*) FROM audit_entry WHERE action NOT IN ('cover_rows', 'downgrade_below_0019')")
            ).scalar_one(),
            "frozen reports": frozen_reports(connection) if "frozen_report" in tables else [],
        }


def frozen_reports(connection: Connection) -> list[tuple]:
    """Each report kept as submitted, as stored; its digest proves the stored text is the one frozen."""
    rows = connection.execute(text("SELECT kind, period, html, csv, sha256 FROM frozen_report ORDER BY id")).all()
    for _kind, _period, html, csv, sha256 in rows:
        assert hashlib.sha256((html + "\x1f" + csv).encode("utf-8")).hexdigest() == sha256
    return [tuple(row) for row in rows]


def frozen_reports_print_as_submitted(engine: Engine, frozen: list[tuple]) -> None:
    """After the upgrade, each frozen report prints byte for byte as it was frozen (the PDF and the
    DOCX are made from this HTML)."""
    sp = Stockpile(engine, "reader", today=lambda: TODAY)
    for kind, period, html, csv, _sha256 in frozen:
        printed = prepare(sp, REPORTS_BY_NAME[kind], {"year": int(period)}).printable
        assert (printed.html, printed.csv) == (html, csv)


def columns(connection: Connection, table: str) -> set[str]:
    return {column["name"] for column in inspect(connection).get_columns(table)}


def at_destruction_sites(engine: Engine) -> list[tuple] | None:
    """(lot id, mines at destruction sites) of each lot with some; None before schema 0012."""
    with engine.connect() as connection:
        if "at_destruction" not in columns(connection, "lot_balance"):
            return None
        query = "SELECT lot_id, at_destruction FROM lot_balance WHERE at_destruction <> 0 ORDER BY lot_id"
        return [tuple(row) for row in connection.execute(text(query))]


def served_figures(engine: Engine) -> list[tuple]:
    """The lots as the services give them, in the order and shape of `figures` (less received,
    which no view shows); their totals add up, and `db check` finds nothing wrong."""
    sp = Stockpile(engine, "reader", today=lambda: TODAY)
    assert sp.check().problems == ()
    rows = sorted(sp.queries.lots(limit=None), key=lambda row: row.id)
    totals = sp.queries.totals()
    assert (totals.on_hand, totals.retained, totals.suspended) == (
        sum(r.on_hand for r in rows),
        sum(r.retained for r in rows),
        sum(r.suspended for r in rows),
    )
    return [
        (r.id, r.lot_number, r.on_hand, r.retained, r.retention_category, r.scheduled, r.destroyed, r.suspended)
        for r in rows
    ]


def legal_holds_become_suspensions(before: dict) -> dict:
    """The one figure 0009 changes, because it was wrong: a legal hold in force was counted as kept.
    It is a suspension now: the lot's retained falls by it (so its surplus rises by it) and its
    suspended rises by it. On hand, received, scheduled, destroyed, the entries and the audit log
    stay as they were."""
    lots = [
        (*row[:4], 0, None, row[6], row[7], row[8] + row[4]) if row[5] == "legal_hold" else row
        for row in before["lots"]
    ]
    return {**before, "lots": lots}


def without_received(row: tuple) -> tuple:
    return (*row[:3], *row[4:])


def test_every_revision_has_a_fixture_database():
    missing = [revision for revision in REVISIONS if not fixture_path(revision).exists()]
    assert not missing, f"run: python tests/fixtures/make_schema_fixture.py {' '.join(missing)}"


def upgrade_keeps_every_figure(url: str) -> None:
    engine = make_engine(url)
    before, shipped = figures(engine), at_destruction_sites(engine)
    engine.dispose()
    assert before["lots"] and any(row[7] for row in before["lots"])  # some mines were destroyed
    expected = legal_holds_become_suspensions(before)
    engine = open_database(url)
    try:
        assert current_revision(engine) == HEAD
        assert figures(engine) == expected
        assert shipped is None or at_destruction_sites(engine) == shipped
        assert served_figures(engine) == [without_received(row) for row in expected["lots"]]
        frozen_reports_print_as_submitted(engine, expected["frozen reports"])
    finally:
        engine.dispose()


@pytest.mark.parametrize("revision", REVISIONS)
def test_upgrading_a_fixture_database_keeps_every_figure(revision, tmp_path):
    path = unpack_fixture(revision, tmp_path)
    engine = make_engine(str(path))
    assert current_revision(engine) == revision
    engine.dispose()
    upgrade_keeps_every_figure(str(path))


def copy_fixture(revision: str, url: str, tmp_path: Path) -> None:
    """The revision's fixture database, row for row, in a PostgreSQL database migrated to that revision
    (the program of today cannot build a demo on an older schema once a revision changes its tables)."""
    source = make_engine(str(unpack_fixture(revision, tmp_path)))
    target = make_engine(url)
    tables = MetaData()
    tables.reflect(source)
    try:
        with target.begin() as connection:
            command.upgrade(alembic_config(connection=connection), revision)
        with source.connect() as rows, target.begin() as connection:
            connection.execute(text("SET LOCAL session_replication_role = replica"))  # no triggers, as restored
            for table in tables.sorted_tables:
                if table.name == "alembic_version":
                    continue
                connection.execute(table.delete())  # what the migrations seeded comes from the fixture too
                records = [dict(row._mapping) for row in rows.execute(select(table))]
                if records:
                    connection.execute(table.insert(), records)
                if "id" in table.c and records:
                    connection.execute(
                        text("SELECT setval(pg_get_serial_sequence(:table, 'id'), :top)"),
                        {"table": table.name, "top": max(r["id"] for r in records)},
                    )
    finally:
        source.dispose()
        target.dispose()


@pytest.mark.parametrize("revision", REVISIONS)
def test_upgrading_a_postgresql_database_keeps_every_figure(revision, pg_server, tmp_path):
    """PostgreSQL has no file to keep: the revision's fixture is copied into a database at that revision."""
    if pg_server is None:
        pytest.skip(PG_SKIP)
    with pg_server.scratch() as url:
        copy_fixture(revision, url, tmp_path)
        upgrade_keeps_every_figure(url)


def profiles_get_their_scope(url: str) -> None:
    """0005: the profiles govern AP mines, victim-activated or both; the US profile holds Korea
    reserves for Korea, not in it; the in- and out-of-scope figures add up to the totals."""
    engine = open_database(url)
    try:
        sp = Stockpile(engine, "reader", today=lambda: TODAY)
        assert {
            (p.code, p.scope_categories, p.scope_activations, p.korea_reserve_in_korea) for p in sp.catalogue.profiles()
        } == {("us-2022", ("AP",), ("victim", "both"), False), ("ottawa", ("AP",), ("victim", "both"), True)}
        scope, totals = sp.queries.scope_totals(), sp.queries.totals()
        assert scope.covered.on_hand and scope.not_covered.on_hand
        assert scope.covered.on_hand + scope.not_covered.on_hand == totals.on_hand
        assert scope.covered.destroyed + scope.not_covered.destroyed == totals.destroyed
        assert sp.check().ok
    finally:
        engine.dispose()


def on_fixture_upgraded(revision: str, tmp_path, pg_server, check) -> None:
    """`check(url)` on the fixture database of `revision`, on SQLite, and on a PostgreSQL copy of
    it when STOCKPILE_TEST_PG_URL names a server; `check` opens (so upgrades) it."""
    check(str(unpack_fixture(revision, tmp_path)))
    if pg_server is None:
        return
    (tmp_path / "pg").mkdir()  # a fresh copy of the fixture: the first was upgraded in place
    with pg_server.scratch() as url:
        copy_fixture(revision, url, tmp_path / "pg")
        check(url)


def test_upgrading_0004_gives_the_profiles_their_scope(tmp_path, pg_server):
    on_fixture_upgraded("0004", tmp_path, pg_server, profiles_get_their_scope)


def opening_balances_are_taken(url: str) -> None:
    """0006: a record upgraded from 0005 takes opening balances (the movement CHECKs know the kind,
    as an incoming one), none flagged as an acquisition, and still refuses a kind it does not know."""
    engine = open_database(url)
    try:
        sp = Stockpile(engine, "reader", today=lambda: TODAY)
        before = sp.queries.totals().on_hand
        opening = sp.lots.record_opening_balance(
            lot_number="OB-1",
            type=sp.catalogue.types()[0].designation,
            site=sp.catalogue.sites()[0].code,
            quantity=25,
            as_of=TODAY,
        )
        assert opening.warnings == ()
        assert sp.queries.totals().on_hand == before + 25
        assert sp.check().ok
        acquired = [f.lots for f in sp.compliance.findings() if f.rule is Rule.ACQUISITION]
        assert not any("OB-1" in lots for lots in acquired)
        with pytest.raises(DBAPIError, match="ck_movement_kind"), engine.begin() as connection:
            connection.execute(
                text(
                    "INSERT INTO movement (lot_id, holding_id, kind, occurred_on, quantity, recorded_by, recorded_at) "
                    "VALUES (:lot, (SELECT id FROM holding WHERE lot_id = :lot), 'gift', '2026-06-30', 1, 'x', "
                    "'2026-06-30 00:00:00')"
                ),
                {"lot": opening.lot_id},
            )
    finally:
        engine.dispose()


def test_upgrading_0005_takes_opening_balances(tmp_path, pg_server):
    on_fixture_upgraded("0005", tmp_path, pg_server, opening_balances_are_taken)


GAP_NOTE = "TEAD-CERT-0042 is 480 short; inquiry opened"


def losses_carry_over(url: str) -> None:
    """0010: a task closed with a gap before the program kept losses (as 0006's program left it) gets
    its unaccounted loss, every figure as it was; the downgrade drops the losses again."""
    engine = make_engine(url)
    with engine.begin() as connection:  # closed short, with an explanation, by the program of 0006
        connection.execute(
            text(
                "UPDATE destruction_task SET status = 'closed', closed_by = 'J. Doe', "
                "closed_at = '2026-06-30 10:00:00', close_note = :note "
                "WHERE id = (SELECT task_id FROM destruction_event WHERE certificate_number = 'TEAD-CERT-0042')"
            ),
            {"note": GAP_NOTE},
        )
    before = figures(engine)
    engine.dispose()
    engine = open_database(url)
    try:
        sp = Stockpile(engine, "reader", today=lambda: TODAY)
        assert figures(engine) == legal_holds_become_suspensions(before)
        [loss] = sp.destruction.losses()
        assert (loss.quantity, loss.unaccounted, loss.explanation, loss.recorded_by) == (480, 480, GAP_NOTE, "J. Doe")
        assert loss.occurred_on == TODAY
        assert any(f.rule is Rule.RECONCILIATION and f.quantity == 480 for f in sp.compliance.findings())
        with engine.begin() as connection:
            command.downgrade(alembic_config(connection=connection), "0006")
            assert not inspect(connection).has_table("unaccounted_loss")
        assert figures(engine) == before
    finally:
        engine.dispose()


def test_upgrading_0006_keeps_a_gap_closed_before_as_an_unaccounted_loss(tmp_path, pg_server):
    on_fixture_upgraded("0006", tmp_path, pg_server, losses_carry_over)


def test_a_downgrade_below_0010_refuses_a_record_with_returned_mines(engine):
    sp = Stockpile(engine, "alice", today=lambda: TODAY)
    seed_catalogue(sp)
    lot = receive(sp, quantity=100)
    task = sp.destruction.schedule(planned_on=TODAY, site="ANAD", method="other", lines={lot: 100})
    sp.destruction.ship(task.id, on=TODAY, lines={lot: 100}, document_ref="S")
    sp.destruction.close_task(task.id, "lost in transit")
    [loss] = sp.destruction.losses()
    sp.destruction.return_loss(loss.id, quantity=10, on=TODAY, reference="R", reason="found at the plant")
    with pytest.raises(RuntimeError, match="found-and-returned"), engine.begin() as connection:
        command.downgrade(alembic_config(connection=connection), "0006")
    assert current_revision(engine) == HEAD


def test_a_downgrade_below_0006_refuses_a_record_with_opening_balances(engine):
    sp = Stockpile(engine, "alice", today=lambda: TODAY)
    seed_catalogue(sp)
    sp.lots.record_opening_balance(lot_number="OB-1", type="M67", site="ANAD", quantity=5, as_of=TODAY)
    with pytest.raises(RuntimeError, match="holds 1 opening balance"), engine.begin() as connection:
        command.downgrade(alembic_config(connection=connection), "0005")
    assert current_revision(engine) == HEAD


def types_hold_one_mine_of_their_category(url: str) -> None:
    """0011: every type of a record upgraded from 0006 holds 1 mine of its category, so every
    figure in mines is the figure in items it was; the database refuses an item of no mines."""
    engine = open_database(url)
    try:
        sp = Stockpile(engine, "reader", today=lambda: TODAY)
        assert {(t.category, t.ap_per_item, t.av_per_item) for t in sp.catalogue.types()} == {
            ("AP", 1, 0),
            ("AV", 0, 1),
        }
        lots = sp.queries.lots(limit=None)
        assert lots and all(row.mines_on_hand == row.on_hand for row in lots)
        split = sp.queries.totals_by_scope()
        assert split.whole == split.items == sp.queries.totals()
        assert sp.check().ok
        with pytest.raises(DBAPIError, match="ck_mine_type_contents_not_empty"), engine.begin() as connection:
            connection.execute(text("UPDATE mine_type SET ap_per_item = 0, av_per_item = 0"))
    finally:
        engine.dispose()


def test_upgrading_0006_gives_every_type_one_mine_of_its_category(tmp_path, pg_server):
    on_fixture_upgraded("0006", tmp_path, pg_server, types_hold_one_mine_of_their_category)


def test_a_downgrade_below_0011_refuses_a_record_with_items_of_other_contents(engine):
    sp = Stockpile(engine, "alice", today=lambda: TODAY)
    seed_catalogue(sp)
    sp.catalogue.add_type(designation="M87", name="Volcano", category="AV", ap_per_item=1, av_per_item=5)
    with pytest.raises(RuntimeError, match="1 type"), engine.begin() as connection:
        command.downgrade(alembic_config(connection=connection), "0006")
    assert current_revision(engine) == HEAD


def korea_requirements_can_be_stated(url: str) -> None:
    """0007: a record upgraded from 0006 keeps its Korea reserve, which no requirement measures yet
    (a warning per type says so), and takes requirements, append-only."""
    engine = open_database(url)
    try:
        sp = Stockpile(engine, "reader", today=lambda: TODAY)
        unmeasured = [f for f in sp.compliance.findings() if f.rule is Rule.KOREA_RESERVE]
        assert unmeasured and {f.severity for f in unmeasured} == {"warning"}
        designation = unmeasured[0].message.split(" requirement for ")[-1]
        reserved = unmeasured[0].quantity
        sp.korea.state_requirement("us-2022", designation, reserved - 1, authority_ref="R-7", valid_from=TODAY)
        (over,) = [f for f in sp.compliance.findings() if f.rule is Rule.KOREA_RESERVE and designation in f.message]
        assert (over.severity, over.quantity) == ("error", 1)
        assert sp.check().ok
        with pytest.raises(DBAPIError, match="append-only"), engine.begin() as connection:
            connection.execute(text("UPDATE korea_requirement SET quantity = 0"))
    finally:
        engine.dispose()


def sites_get_their_kind(url: str) -> None:
    """0008: a site named by destruction tasks or events and holding no lot becomes a destruction
    site, every other a depot: on the demo, the kinds a new demo gives its sites. The kind CHECK
    refuses a kind it does not know."""
    engine = make_engine(url)
    with engine.connect() as connection:
        destroying = set(
            connection.execute(
                text(
                    "SELECT code FROM site WHERE id IN (SELECT site_id FROM destruction_task "
                    "UNION SELECT site_id FROM destruction_event)"
                )
            ).scalars()
        )
        holding = set(connection.execute(text("SELECT code FROM site WHERE id IN (SELECT site_id FROM lot)")).scalars())
    engine.dispose()
    assert destroying - holding and destroying & holding  # both cases are in the fixture
    engine = open_database(url)
    try:
        kinds = {site.code: site.kind for site in Stockpile(engine, "reader").catalogue.sites()}
        assert (
            kinds
            == {code: "destruction" if code in destroying - holding else "depot" for code in kinds}
            == {code: kind for code, _name, _country, kind in demo.SITES if code in kinds}  # the demo of then
        )
        with pytest.raises(DBAPIError, match="ck_site_kind"), engine.begin() as connection:
            connection.execute(text("UPDATE site SET kind = 'warehouse'"))
    finally:
        engine.dispose()


def legal_holds_are_suspended(url: str) -> None:
    """0009: the demo's legal hold (a retention until then) is a suspension of the same lot,
    quantity, reference and date, in force; the lot keeps nothing, its mines are surplus again, so
    no policy finding calls it retention the profile does not permit. The database refuses a new
    legal hold as a retention, and a suspension cannot be deleted."""
    engine = make_engine(url)
    with engine.connect() as connection:
        lot_id, quantity, reference, since = connection.execute(
            text(
                "SELECT lot_id, quantity, authority_ref, valid_from FROM retention_decision "
                "WHERE category = 'legal_hold'"
            )
        ).one()
    engine.dispose()
    engine = open_database(url)
    try:
        sp = Stockpile(engine, "reader", today=lambda: TODAY)
        (held,) = sp.suspensions.of_lot(lot_id)
        assert (held.kind, held.quantity, held.reference, str(held.suspended_from), held.in_force) == (
            "legal_hold",
            quantity,
            reference,
            str(since),
            True,
        )
        lot = sp.queries.lot(lot_id)
        assert (lot.retained, lot.suspended, lot.surplus) == (0, quantity, lot.on_hand)
        assert not [f for f in sp.compliance.findings() if f.rule is Rule.POLICY and "legal hold" in f.message]
        with pytest.raises(DBAPIError, match="ck_retention_decision_category"), engine.begin() as connection:
            connection.execute(
                text(
                    "INSERT INTO retention_decision (lot_id, quantity, category, authority_ref, reason, valid_from, "
                    "decided_by, decided_at) VALUES (:lot, 1, 'legal_hold', 'X', 'x', '2026-06-30', 'x', "
                    "'2026-06-30 00:00:00')"
                ),
                {"lot": lot_id},
            )
        with pytest.raises(DBAPIError, match="suspension is append-only"), engine.begin() as connection:
            connection.execute(text("DELETE FROM suspension"))
    finally:
        engine.dispose()


def test_upgrading_0006_takes_korea_requirements(tmp_path, pg_server):
    on_fixture_upgraded("0006", tmp_path, pg_server, korea_requirements_can_be_stated)


def test_a_downgrade_below_0007_drops_the_requirements_and_keeps_every_figure(engine):
    sp = small_stockpile(engine)
    sp.korea.state_requirement("us-2022", "M67", 150, authority_ref="R-1", valid_from=TODAY)
    before = figures(engine)
    with engine.begin() as connection:
        command.downgrade(alembic_config(connection=connection), "0006")
    assert "korea_requirement" not in snapshot(engine)
    assert figures(engine) == before
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection=connection), "head")
    assert Stockpile(engine, "alice", today=lambda: TODAY).korea.requirements("us-2022") == []


def test_upgrading_0006_gives_the_sites_their_kind(tmp_path, pg_server):
    on_fixture_upgraded("0006", tmp_path, pg_server, sites_get_their_kind)


def test_a_downgrade_below_0008_drops_the_kinds_and_an_upgrade_classifies_again(engine):
    sp = Stockpile(engine, "alice", today=lambda: TODAY)
    seed_catalogue(sp)
    sp.catalogue.add_site(code="RANGE", name="Engineer school range", country="US", kind="training")
    with engine.begin() as connection:
        command.downgrade(alembic_config(connection=connection), "0006")
        assert "kind" not in {column["name"] for column in inspect(connection).get_columns("site")}
        command.upgrade(alembic_config(connection=connection), HEAD)
    assert {site.kind for site in sp.catalogue.sites()} == {"depot"}  # no task or event names a site


def test_upgrading_0006_makes_legal_holds_suspensions(tmp_path, pg_server):
    on_fixture_upgraded("0006", tmp_path, pg_server, legal_holds_are_suspended)


def test_a_downgrade_to_0006_gives_the_legal_holds_back_as_they_were(tmp_path):
    path = unpack_fixture("0006", tmp_path)
    engine = make_engine(str(path))
    before = snapshot(engine)["retention_decision"], figures(engine)
    engine.dispose()
    open_database(str(path)).dispose()
    engine = make_engine(str(path))
    with engine.begin() as connection:
        command.downgrade(alembic_config(connection=connection), "0006")
    assert (snapshot(engine)["retention_decision"], figures(engine)) == before
    engine.dispose()


def test_a_profile_that_permitted_legal_hold_is_readable_after_0009(tmp_path):
    path = unpack_fixture("0006", tmp_path)
    engine = make_engine(str(path))
    with engine.begin() as connection:
        connection.execute(
            text(
                "UPDATE policy_profile SET permitted_retention = '[\"article3\", \"legal_hold\"]' WHERE code = 'ottawa'"
            )
        )
    engine.dispose()
    engine = open_database(str(path))
    try:
        sp = Stockpile(engine, "reader", today=lambda: TODAY)
        profiles = {p.code: p.permitted_retention for p in sp.catalogue.profiles()}
        assert profiles["ottawa"] == ("article3",) and sp.check().ok
    finally:
        engine.dispose()


def test_a_downgrade_below_0009_refuses_a_record_with_an_investigation(engine):
    sp = small_stockpile(engine)
    lot = sp.queries.lots()[0]
    sp.suspensions.suspend(
        lot.id, kind="investigation", quantity=5, reference="QDR-1", reason="fuzes", suspended_from=TODAY
    )
    with pytest.raises(RuntimeError, match="suspension.*schema 0008 cannot keep"), engine.begin() as connection:
        command.downgrade(alembic_config(connection=connection), "0006")
    assert current_revision(engine) == HEAD


# -- a failed upgrade ------------------------------------------------------------------------------


def failing_upgrade(monkeypatch, *, commit_first: bool = False):
    """The real migrations run, then the last one fails, as a broken 0004 would. With commit_first
    it commits before failing (as a migration with an autocommit block can), so only the backup
    can bring the old database back."""
    real_upgrade = command.upgrade

    def upgrade(cfg, target):
        real_upgrade(cfg, target)
        if commit_first:
            cfg.attributes["connection"].exec_driver_sql("COMMIT")
        raise RuntimeError("column 'x' already exists")

    monkeypatch.setattr(command, "upgrade", upgrade)


def test_a_failed_upgrade_puts_the_sqlite_file_back_and_says_where_the_backup_is(tmp_path, monkeypatch):
    path = unpack_fixture(REVISIONS[0], tmp_path)
    engine = make_engine(str(path))
    before = snapshot(engine), figures(engine)
    engine.dispose()
    failing_upgrade(monkeypatch, commit_first=True)

    with pytest.raises(DatabaseError) as caught:
        open_database(str(path))

    message = str(caught.value)
    backup = next(tmp_path.glob(f"{path.name}.backup-{REVISIONS[0]}-*"))
    assert f"cannot upgrade database {path} from schema {REVISIONS[0]} to {HEAD}" in message
    assert "column 'x' already exists" in message
    assert "the database was left as it was" in message
    assert str(backup) in message
    assert "\n" not in message
    engine = make_engine(str(path))
    assert current_revision(engine) == REVISIONS[0]
    assert (snapshot(engine), figures(engine)) == before
    engine.dispose()
    monkeypatch.undo()
    upgrade_keeps_every_figure(str(path))  # and the next program opens it


def test_a_failed_upgrade_on_postgresql_changes_nothing(pg_server, monkeypatch, tmp_path):
    if pg_server is None:
        pytest.skip(PG_SKIP)
    with pg_server.scratch() as url:
        copy_fixture(REVISIONS[0], url, tmp_path)
        engine = make_engine(url)
        before = snapshot(engine)
        engine.dispose()
        failing_upgrade(monkeypatch)
        with pytest.raises(DatabaseError, match="column 'x' already exists; nothing was changed"):
            open_database(url)
        engine = make_engine(url)
        assert current_revision(engine) == REVISIONS[0]
        assert snapshot(engine) == before
        engine.dispose()


def test_a_disk_that_fills_up_during_the_upgrade_leaves_the_old_database(tmp_path):
    """SQLite's max_page_count stands in for a full disk: the schema cannot grow by one page. From the
    first revision, so that the upgrade has tables to rebuild (0005 only adds columns in place)."""
    path = unpack_fixture(REVISIONS[0], tmp_path)
    engine = make_engine(str(path))
    before = snapshot(engine)
    engine.dispose()

    def no_room(dbapi_connection, _record):
        pages = dbapi_connection.execute("PRAGMA page_count").fetchone()[0]
        dbapi_connection.execute(f"PRAGMA max_page_count={pages}")

    event.listen(Engine, "connect", no_room)
    try:
        with pytest.raises(DatabaseError, match="the disk is full.*the database was left as it was"):
            open_database(str(path))
    finally:
        event.remove(Engine, "connect", no_room)
    engine = make_engine(str(path))
    assert current_revision(engine) == REVISIONS[0]
    assert snapshot(engine) == before
    engine.dispose()


def small_disk_available() -> bool:
    return shutil.which("unshare") is not None and subprocess.run(["unshare", "-rm", "true"]).returncode == 0


@pytest.mark.skipif(not small_disk_available(), reason="needs a private mount namespace (unshare -rm) for a small disk")
def test_no_room_for_the_backup_leaves_the_old_database_untouched(tmp_path):
    """A disk with room for the old database and no more: a tmpfs of 400 KiB, mounted in a namespace
    of its own. Nothing may be written: no half backup, no switch to WAL, no upgrade."""
    path = unpack_fixture(REVISIONS[0], tmp_path)
    disk = tmp_path / "disk"
    disk.mkdir()
    copy = disk / path.name
    script = (
        f"mount -t tmpfs -o size=400k tmpfs {disk} && cp {path} {copy} && "
        f'{sys.executable} -m stockpile_tracker --database {copy} lots; echo "exit $?"; '
        f"cmp -s {path} {copy} && echo unchanged; ls -A {disk}"
    )
    done = subprocess.run(["unshare", "-rm", "sh", "-c", script], capture_output=True, text=True)
    assert done.stderr == (
        f"stockpile-tracker: cannot upgrade database {copy} from schema {REVISIONS[0]} to "
        f"{HEAD}: the backup copy could not be written: the disk is full: free some "
        "space and try again; the database was left as it was\n"
    )
    assert done.stdout.split() == ["exit", "2", "unchanged", path.name]


def test_no_other_program_gets_in_while_an_upgrade_commits_part_way(tmp_path, monkeypatch):
    """The lock outlives a commit inside the upgrade: no other program can read or write the file
    until the backup is back, so the backup never goes back over someone else's work."""
    path = unpack_fixture(REVISIONS[0], tmp_path)
    tried = []
    real_upgrade = command.upgrade

    def upgrade_then_let_another_program_try(cfg, target):
        real_upgrade(cfg, target)
        cfg.attributes["connection"].exec_driver_sql("COMMIT")
        other = sqlite3.connect(path, timeout=0, isolation_level=None)
        for statement in ("SELECT count(*) FROM lot", "BEGIN IMMEDIATE"):
            with pytest.raises(sqlite3.OperationalError, match="locked"):
                other.execute(statement)
            tried.append(statement)
        other.close()
        raise RuntimeError("column 'x' already exists")

    monkeypatch.setattr(command, "upgrade", upgrade_then_let_another_program_try)
    with pytest.raises(DatabaseError, match="the database was left as it was"):
        open_database(str(path))
    assert tried == ["SELECT count(*) FROM lot", "BEGIN IMMEDIATE"]
    engine = make_engine(str(path))
    assert current_revision(engine) == REVISIONS[0]
    engine.dispose()


def test_backups_taken_within_one_second_keep_each_their_own_file(tmp_path):
    path = unpack_fixture(REVISIONS[0], tmp_path)
    source = sqlite3.connect(path)
    backups = [migrate.backup_sqlite(source, path, REVISIONS[0]) for _ in range(3)]
    source.close()
    assert len(set(backups)) == 3 and all(backup.stat().st_size == path.stat().st_size for backup in backups)


def shipped_mines_are_at_destruction_sites(url: str) -> None:
    """0012: mines shipped for an open task and not yet reported destroyed are held at destruction
    sites (the demo ships 380 of a lot to the Tooele plant): the upgrade fills the figure from the
    tasks as the services reckon it, every other figure as it was; the downgrade drops it."""
    engine = make_engine(url)
    before = figures(engine)
    engine.dispose()
    engine = open_database(url)
    try:
        sp = Stockpile(engine, "reader", today=lambda: TODAY)
        awaiting: dict[int, int] = {}
        for task in sp.destruction.tasks(status="open"):
            for line in task.lines:
                awaiting[line.lot_id] = awaiting.get(line.lot_id, 0) + line.awaiting_destruction
        shipped = {row.id: row.at_destruction for row in sp.queries.lots(limit=None) if row.at_destruction}
        assert shipped == {lot: n for lot, n in awaiting.items() if n} and sum(shipped.values()) > 0
        assert figures(engine) == legal_holds_become_suspensions(before)
        held = sp.queries.scope_totals().whole
        assert held.held == held.on_hand + sum(shipped.values())
        with engine.begin() as connection:
            command.downgrade(alembic_config(connection=connection), "0011")
            assert "at_destruction" not in {c["name"] for c in inspect(connection).get_columns("lot_balance")}
        assert figures(engine) == before
    finally:
        engine.dispose()


def test_upgrading_0011_puts_shipped_mines_at_destruction_sites(tmp_path, pg_server):
    on_fixture_upgraded("0011", tmp_path, pg_server, shipped_mines_are_at_destruction_sites)


def every_lot_becomes_one_holding(url: str) -> None:
    """0013: each lot gets one holding, at its site, and every ledger entry is posted to it, every
    figure as it was; the downgrade gives the record back, and refuses once mines have moved."""
    engine = make_engine(url)
    before = figures(engine)
    engine.dispose()
    engine = open_database(url)
    try:
        with engine.connect() as connection:
            lots = connection.execute(text("SELECT count(*) FROM lot")).scalar_one()
            holdings = connection.execute(
                text(
                    "SELECT count(*) FROM holding h JOIN lot ON lot.id = h.lot_id AND lot.site_id = h.site_id "
                    "WHERE NOT h.for_destruction"
                )
            ).scalar_one()
            elsewhere = connection.execute(  # (0015 puts shipped mines in holdings for destruction)
                text(
                    "SELECT count(*) FROM movement m JOIN holding h ON h.id = m.holding_id WHERE NOT h.for_destruction "
                    "AND (h.lot_id <> m.lot_id OR h.site_id <> (SELECT site_id FROM lot WHERE id = m.lot_id))"
                )
            ).scalar_one()
        assert lots == holdings > 0 and elsewhere == 0
        assert figures(engine) == legal_holds_become_suspensions(before)
        sp = Stockpile(engine, "reader", today=lambda: TODAY)
        assert all(row.away == 0 for row in sp.queries.lots(limit=None)) and sp.check().ok
        with engine.begin() as connection:
            command.downgrade(alembic_config(connection=connection), "0012")
            assert not inspect(connection).has_table("holding")
        assert figures(engine) == before
        with engine.begin() as connection:
            command.upgrade(alembic_config(connection=connection), HEAD)
        moved = next(row for row in sp.queries.lots(limit=None) if row.unscheduled > 0)
        sp.catalogue.add_site(code="STORE-2", name="Second store", country="US")
        sp.lots.move(moved.id, from_site=moved.site_code, to_site="STORE-2", quantity=1, on=TODAY, document_ref="M-1")
        with pytest.raises(RuntimeError, match="moves between sites"), engine.begin() as connection:
            command.downgrade(alembic_config(connection=connection), "0012")
    finally:
        engine.dispose()


def test_upgrading_0012_gives_every_lot_one_holding(tmp_path, pg_server):
    on_fixture_upgraded("0012", tmp_path, pg_server, every_lot_becomes_one_holding)


def test_a_downgrade_below_0014_refuses_a_record_with_a_return(engine):
    sp = Stockpile(engine, "alice", today=lambda: TODAY)
    seed_catalogue(sp)
    sp.catalogue.add_site(code="TEAD", name="Tooele", country="US", kind="destruction")
    lot = receive(sp, "R-1", 100)
    task = sp.destruction.schedule(planned_on=TODAY, site="TEAD", method="disassembly", lines={lot: 100})
    sp.destruction.ship(task.id, on=TODAY, lines={lot: 100}, document_ref="GBL-1")
    sp.destruction.return_shipped(task.id, on=TODAY, lines={lot: 10}, document_ref="GBL-1R", reason="refused")
    with pytest.raises(RuntimeError, match="returns from destruction sites"), engine.begin() as connection:
        command.downgrade(alembic_config(connection=connection), "0013")


def shipments_become_holdings_for_destruction(url: str) -> None:
    """0015: each lot's mines shipped for a task are its holding for destruction at the task's site,
    in the ledger: the holding holds what the lot had at destruction sites, and every figure stays;
    the downgrade takes those entries away again, every figure as it was."""
    engine = make_engine(url)
    before, shipped = figures(engine), at_destruction_sites(engine)
    with engine.connect() as connection:
        entries = connection.execute(text("SELECT count(*) FROM movement")).scalar_one()
    engine.dispose()
    assert shipped  # the demo has mines at a destruction site, and a task closed short
    engine = open_database(url)
    try:
        with engine.connect() as connection:
            held = connection.execute(
                text(
                    "SELECT h.lot_id, sum(m.quantity) FROM holding h JOIN movement m ON m.holding_id = h.id "
                    "WHERE h.for_destruction GROUP BY h.lot_id HAVING sum(m.quantity) <> 0 ORDER BY h.lot_id"
                )
            ).all()
            kinds = set(
                connection.execute(
                    text(
                        "SELECT DISTINCT m.kind FROM movement m JOIN holding h ON h.id = m.holding_id "
                        "WHERE h.for_destruction"
                    )
                ).scalars()
            )
        assert [tuple(row) for row in held] == shipped
        assert {"in_for_destruction", "destroyed", "unaccounted_loss"} <= kinds
        assert figures(engine) == legal_holds_become_suspensions(before)
        assert Stockpile(engine, "reader", today=lambda: TODAY).check().ok
        with engine.begin() as connection:
            command.downgrade(alembic_config(connection=connection), "0014")
            assert connection.execute(text("SELECT count(*) FROM movement")).scalar_one() == entries
        assert figures(engine) == legal_holds_become_suspensions(before)
        assert at_destruction_sites(engine) == shipped
    finally:
        engine.dispose()


def test_upgrading_0014_makes_shipments_holdings_for_destruction(tmp_path, pg_server):
    on_fixture_upgraded("0014", tmp_path, pg_server, shipments_become_holdings_for_destruction)


def suspensions_are_on_their_lots_homes(url: str) -> None:
    """0016: every suspension is on its lot's home holding, every figure as it was; the downgrade
    gives the record back, and refuses once mines shipped for destruction are suspended."""
    engine = make_engine(url)
    before = figures(engine)
    engine.dispose()
    engine = open_database(url)
    try:
        with engine.connect() as connection:
            homes = connection.execute(
                text(
                    "SELECT count(*) FROM suspension s JOIN holding h ON h.id = s.holding_id JOIN lot l "
                    "ON l.id = s.lot_id WHERE h.lot_id = s.lot_id AND h.site_id = l.site_id AND NOT h.for_destruction"
                )
            ).scalar_one()
            suspensions = connection.execute(text("SELECT count(*) FROM suspension")).scalar_one()
        assert homes == suspensions > 0
        assert figures(engine) == legal_holds_become_suspensions(before)
        sp = Stockpile(engine, "reader", today=lambda: TODAY)
        assert sp.check().ok
        with engine.begin() as connection:
            command.downgrade(alembic_config(connection=connection), "0015")
        assert figures(engine) == legal_holds_become_suspensions(before)
        with engine.begin() as connection:
            command.upgrade(alembic_config(connection=connection), HEAD)
        [shipped] = [row for row in sp.queries.lots(limit=None) if row.at_destruction]
        [site] = [site for site, _awaiting in sp.queries.shipped_to(shipped.id)]
        sp.suspensions.suspend(
            shipped.id, kind="safety", quantity=1, reference="S-1", reason="r", suspended_from=TODAY, shipped_to=site
        )
        with pytest.raises(RuntimeError, match="suspensions of mines shipped for destruction"), engine.begin() as c:
            command.downgrade(alembic_config(connection=c), "0015")
    finally:
        engine.dispose()


def test_upgrading_0015_puts_each_suspension_on_its_lots_home(tmp_path, pg_server):
    on_fixture_upgraded("0015", tmp_path, pg_server, suspensions_are_on_their_lots_homes)
