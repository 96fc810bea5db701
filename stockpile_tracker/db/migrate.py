"""Migrate on open: back up the SQLite file first, refuse a database newer than the program, then
run Alembic in-process on one connection."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine
from sqlalchemy.exc import SQLAlchemyError

from ..domain.errors import DatabaseError
from ..paths import shipped_dir
from .engine import make_engine, normalise_url, sqlite_file


def alembic_config(url: str | None = None, connection=None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(shipped_dir("migrations")))
    if url is not None:
        cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    cfg.attributes["connection"] = connection
    return cfg


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def open_database(url: str, *, upgrade: bool = True) -> Engine:
    """An engine on an up-to-date database, created if it does not exist yet.

    Raises DatabaseError with a one-line message when the database cannot be opened, is newer than
    this program, or (with upgrade=False) is not at the program's schema.
    """
    url = normalise_url(url)
    path = sqlite_file(url)
    if path is not None and not path.exists() and path.parent.is_dir():
        try:
            path.touch(mode=0o600)  # owner-only from the start: it holds a legal record
        except OSError as exc:
            raise DatabaseError(f"cannot create database {path}: {exc.strerror}") from exc
    engine = make_engine(url)
    where = str(path) if path is not None else engine.url.render_as_string(hide_password=True)
    try:
        current = current_revision(engine)
    except SQLAlchemyError as exc:
        engine.dispose()
        raise DatabaseError(f"cannot open database {where}: {_reason(exc)}") from exc
    script = ScriptDirectory.from_config(alembic_config())
    head = script.get_current_head()
    if current is not None and current not in {rev.revision for rev in script.walk_revisions()}:
        engine.dispose()
        raise DatabaseError(
            f"database {where} was written by a newer Stockpile Tracker (schema {current}); "
            f"this program knows schema {head}: install the newer program to open it"
        )
    if current == head:
        return engine
    if not upgrade:
        engine.dispose()
        raise DatabaseError(f"database {where} is at schema {current or 'none'}, not {head}: "
                            "run 'stockpile-tracker db upgrade'")
    if path is not None and current is not None:
        backup_sqlite(path, current)
    try:
        with engine.begin() as connection:
            command.upgrade(alembic_config(connection=connection), "head")
    except SQLAlchemyError as exc:
        engine.dispose()
        raise DatabaseError(f"cannot upgrade database {where}: {_reason(exc)}") from exc
    return engine


def backup_sqlite(path: Path, revision: str) -> Path:
    """A consistent copy (SQLite's online backup, WAL included), readable by the owner only."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    target = path.with_name(f"{path.name}.backup-{revision}-{stamp}")
    target.touch(mode=0o600)
    source = sqlite3.connect(path)
    try:
        destination = sqlite3.connect(target)
        try:
            source.backup(destination)
        finally:
            destination.close()
    finally:
        source.close()
    return target


def _reason(exc: SQLAlchemyError) -> str:
    original = getattr(exc, "orig", None)
    return str(original if original is not None else exc).strip().splitlines()[0]
