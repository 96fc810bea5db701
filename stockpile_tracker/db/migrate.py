"""Migrate on open: back up the SQLite file first, refuse a database newer than the program, then
run Alembic in-process on one connection."""

from __future__ import annotations

import os
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, inspect
from sqlalchemy.exc import SQLAlchemyError

from ..domain.errors import DatabaseError
from ..paths import shipped_dir
from .engine import describe_error, make_engine, normalise_url, sqlite_file, use_wal, without_password


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
    this program, belongs to another program, or (with upgrade=False) is not at the program's schema.
    A failed upgrade leaves the database as it was: PostgreSQL rolls the one transaction back; a
    SQLite file is also put back from the backup taken just before.
    """
    url = normalise_url(url)
    path = sqlite_file(url)
    created = path is not None and _check_sqlite_file(path)
    engine = make_engine(url)
    where = str(path) if path is not None else without_password(url)
    try:
        with engine.connect() as connection:
            current = MigrationContext.configure(connection).get_current_revision()
            foreign = current is None and bool(inspect(connection).get_table_names())
        if path is not None and not foreign:
            use_wal(engine)
    except (SQLAlchemyError, sqlite3.Error) as exc:
        engine.dispose()
        raise DatabaseError(f"cannot open database {where}: {describe_error(exc)}") from exc
    if foreign:
        engine.dispose()
        raise DatabaseError(f"cannot open database {where}: it holds tables of another program; "
                            "choose a new file or an empty database")
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
    backup = backup_sqlite(path, current) if path is not None and current is not None else None
    try:
        with engine.begin() as connection:
            command.upgrade(alembic_config(connection=connection), "head")
    except Exception as exc:  # a migration is code: whatever it raises, the old database must come back
        engine.dispose()
        reason = describe_error(exc)
        raise DatabaseError(
            f"cannot upgrade database {where} from schema {current or 'none'} to {head}: {reason}; "
            + _left_as_it_was(path, backup, created)
        ) from exc
    return engine


def _check_sqlite_file(path: Path) -> bool:
    """Refuse early, with a plain reason, what SQLite would only report as a vague error later,
    and create a new file readable by its owner only (SQLite gives -wal and -shm the same mode).
    True when the file was created here."""
    if path.exists():
        if path.is_file() and not os.access(path, os.R_OK | os.W_OK, effective_ids=True):
            raise DatabaseError(f"cannot open database {path}: the file is read-only for you: "
                                "ask for write access, or open a copy")
        if path.is_file() and not os.access(path.parent, os.W_OK | os.X_OK, effective_ids=True):
            raise DatabaseError(f"cannot open database {path}: its folder is read-only, and SQLite "
                                "writes its journal beside the file: move the file or ask for write access")
        return False
    if not path.parent.is_dir():
        return False  # make_engine says which folder is missing
    try:
        path.touch(mode=0o600)  # owner-only from the start: it holds a legal record
    except OSError as exc:
        raise DatabaseError(f"cannot create database {path}: {exc.strerror}") from exc
    return True


def _left_as_it_was(path: Path | None, backup: Path | None, created: bool) -> str:
    """Put the SQLite file back as it was (absent, empty, or from the backup); say so, and where
    the backup copy is."""
    if path is None:
        return "nothing was changed (the upgrade runs in one transaction)"
    if backup is None:
        for journal in (Path(f"{path}-wal"), Path(f"{path}-shm")):
            journal.unlink(missing_ok=True)
        if created:
            path.unlink()
            return "no database was created"
        path.write_bytes(b"")
        return "the file was left empty"
    try:
        _sqlite_copy(backup, path)
    except (OSError, sqlite3.Error) as exc:
        return (f"putting the backup back failed too ({exc}): copy {backup} over {path} "
                "before opening it again")
    return f"the database was left as it was; a copy taken before the upgrade is at {backup}"


def backup_sqlite(path: Path, revision: str) -> Path:
    """A consistent copy (SQLite's online backup, WAL included), readable by the owner only."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    target = path.with_name(f"{path.name}.backup-{revision}-{stamp}")
    target.touch(mode=0o600)
    _sqlite_copy(path, target)
    return target


def _sqlite_copy(source_path: Path, target_path: Path) -> None:
    """Copy through SQLite's backup API, so a -wal beside either file is taken into account."""
    source = sqlite3.connect(source_path)
    try:
        destination = sqlite3.connect(target_path)
        try:
            source.backup(destination)
        finally:
            destination.close()
    finally:
        source.close()
