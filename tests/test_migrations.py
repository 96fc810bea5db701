"""Migrate on open: from empty, round trip, no drift, backups, refusing a newer database, and
an installed wheel that can create a database on its own."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from stockpile_tracker.db.engine import make_engine
from stockpile_tracker.db.migrate import alembic_config, current_revision, head_revision, open_database
from stockpile_tracker.domain.errors import DatabaseError
from stockpile_tracker.services import Stockpile

from .conftest import PG_SKIP
from .helpers import TODAY, receive, seed_catalogue

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(params=["sqlite", "postgresql"])
def empty_url(request, tmp_path, pg_server):
    """A database with no tables at all."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'empty.db'}"
        return
    if pg_server is None:
        pytest.skip(PG_SKIP)
    name = pg_server.create(f"{pg_server.prefix}_{uuid.uuid4().hex[:8]}")
    try:
        yield pg_server.url_of(name)
    finally:
        pg_server.drop(name)


def small_stockpile(engine) -> Stockpile:
    sp = Stockpile(engine, "alice", today=lambda: TODAY)
    seed_catalogue(sp)
    lot = receive(sp, quantity=1200)
    sp.lots.change_retention(lot, quantity=200, category="korea", authority_ref="R-1",
                             reason="Korea reserve", valid_from=TODAY)
    return sp


def test_upgrade_from_empty_creates_the_schema_and_seeds_profiles(empty_url):
    engine = open_database(empty_url)
    try:
        assert current_revision(engine) == head_revision()
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
    assert current_revision(engine) != head_revision()
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
    for statement in ("UPDATE movement SET quantity = 5", "DELETE FROM movement",
                      "UPDATE audit_entry SET reason = 'x'", "DELETE FROM retention_decision"):
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
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "-w", str(wheels), str(ROOT)],
                   check=True)
    wheel = next(wheels.glob("stockpile_tracker-*.whl"))
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    python = venv / "bin" / "python"
    subprocess.run([python, "-m", "pip", "install", "--quiet", "--no-deps", str(wheel)], check=True)
    subprocess.run([python, "-m", "pip", "install", "--quiet", "SQLAlchemy>=2.0.30,<2.2", "alembic>=1.13",
                    "platformdirs>=4.2"], check=True)
    database = tmp_path / "installed.db"
    environment = {key: value for key, value in os.environ.items() if key != "STOCKPILE_DATABASE_URL"}
    done = subprocess.run(
        [venv / "bin" / "stockpile-tracker", "--database", str(database), "db", "upgrade"],
        capture_output=True, text=True, cwd=tmp_path, env=environment,
    )
    assert done.returncode == 0, done.stderr
    checked = subprocess.run(
        [venv / "bin" / "stockpile-tracker", "--database", str(database), "db", "check"],
        capture_output=True, text=True, cwd=tmp_path, env=environment,
    )
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert "audit chain intact" in checked.stdout
    engine = make_engine(str(database))
    assert current_revision(engine) == head_revision()
    engine.dispose()
