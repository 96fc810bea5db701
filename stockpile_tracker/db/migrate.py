"""Migrate on open: refuse a database newer than the program or of another program before anything
is written to it, then, on SQLite under an exclusive lock, back the file up and run Alembic in-process
on one connection.

Alembic is imported only when the stored revision is not HEAD: it takes longer to import than the
rest of the start, and a current database (nearly every start) does not need it."""

from __future__ import annotations

import logging
import os
import sqlite3
import time
from contextlib import closing
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, inspect, text
from sqlalchemy.exc import SQLAlchemyError

from ..domain.errors import DatabaseError
from ..paths import shipped_dir
from . import engine as db_engine
from .backups import UPGRADE_BACKUPS_KEY, backup_sqlite, kept_count, prune_upgrade_backups
from .engine import describe_error, make_engine, normalise_url, sqlite_file, use_wal, without_password

log = logging.getLogger(__name__)

if TYPE_CHECKING:
    from alembic.config import Config

HEAD = "0023"  # the newest revision in migrations/versions (tests/db/test_migrations.py keeps it so)
UPGRADE_LOCK = 0x5354_4B50  # the PostgreSQL advisory lock taken by an upgrade ("STKP")
LEDGER_TABLES = frozenset({"lot", "movement", "audit_entry"})  # ours at every revision: a database holding them is ours


def alembic_config(url: str | None = None, connection: Connection | None = None) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(shipped_dir("migrations")))
    if url is not None:
        cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    cfg.attributes["connection"] = connection
    return cfg


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return _stored_revision(connection, engine.url.render_as_string(hide_password=True))


def _stored_revision(connection: Connection, where: str) -> str | None:
    """The revision Alembic wrote into the database, read with plain SQL; None for a new database.
    A table that records none, or several, is refused: what the schema is cannot be known."""
    if not inspect(connection).has_table("alembic_version"):
        return None
    revisions = connection.execute(text("SELECT version_num FROM alembic_version")).scalars().all()
    if len(revisions) == 1:
        return str(revisions[0])
    if not revisions and inspect(connection).get_table_names() == ["alembic_version"]:
        return None  # created, nothing stamped yet
    raise DatabaseError(
        f"cannot open database {where}: its schema revision cannot be read: {len(revisions)} revisions are "
        "recorded in alembic_version, not one; restore a backup copy"
    )


def open_database(url: str, *, upgrade: bool = True) -> Engine:
    """An engine on an up-to-date database, created if it does not exist yet.

    Raises DatabaseError with a one-line message when the database cannot be opened, is newer than
    this program, belongs to another program, or (with upgrade=False) is not at the program's schema;
    nothing is written to it before it is known to be ours and current (or upgraded).
    A failed upgrade leaves the database as it was: PostgreSQL rolls the one transaction back; a
    SQLite file is also put back from the backup taken just before, under the same lock.
    """
    return _open(url, upgrade=upgrade)[0]


def upgrade_database(url: str) -> str | None:
    """Open, upgrade and close (`db upgrade`), so the command can say what was done: the schema
    revision the database was at (None: it had none, and was created; HEAD: nothing to do)."""
    engine, found = _open(url, upgrade=True)
    engine.dispose()
    return found


def _open(url: str, *, upgrade: bool) -> tuple[Engine, str | None]:
    """open_database's engine, and the schema revision found before any upgrade (under the upgrade's
    lock: another program may have upgraded it meanwhile)."""
    url = normalise_url(url)
    engine = make_engine(url)  # refuses a URL it cannot use before a file is made for it
    path = sqlite_file(url)
    created = path is not None and _check_sqlite_file(path)
    where = str(path) if path is not None else without_password(url)
    try:
        with engine.connect() as connection:
            current = _revision(connection, where)
        if current != HEAD:
            if not upgrade:
                raise DatabaseError(
                    f"database {where} is at schema {current or 'none'}, not {HEAD}: run 'stockpile-tracker db upgrade'"
                )
            if path is None:
                current = _upgrade_in_one_transaction(engine, where, current)
            else:
                engine.dispose()  # an idle connection of ours would hold the file against the lock
                current = _upgrade_sqlite(engine, path, where, created)
            if current != HEAD:
                log.info("database %s upgraded from schema %s to %s", where, current or "none", HEAD)
        if path is not None:
            use_wal(engine)
    except DatabaseError:
        engine.dispose()
        raise
    except (SQLAlchemyError, sqlite3.Error) as exc:
        engine.dispose()
        raise DatabaseError(f"cannot open database {where}: {describe_error(exc)}") from exc
    return engine, current


def _revision(connection: Connection, where: str) -> str | None:
    """The schema revision, read without writing anything; another program's or a newer program's
    database is refused, and so is ours when what its schema is cannot be known."""
    current = _stored_revision(connection, where)
    tables = set(inspect(connection).get_table_names()) - {"alembic_version"}
    if current is None and LEDGER_TABLES <= tables:
        raise DatabaseError(
            f"cannot open database {where}: it holds Stockpile Tracker's tables but no record of their schema "
            "revision (its alembic_version table is missing), so it cannot be upgraded safely; restore a backup copy"
        )
    if current is None and tables:
        raise DatabaseError(
            f"cannot open database {where}: it holds tables of another program; choose a new file or an empty database"
        )
    if current not in (None, HEAD):
        if current not in known_revisions():
            raise DatabaseError(
                f"database {where} was written by a newer Stockpile Tracker (schema {current}); "
                f"this program knows schema {HEAD}: install the newer program to open it"
            )
    return current


def known_revisions() -> set[str]:
    """Every schema revision this program can open (and upgrade to HEAD)."""
    from alembic.script import ScriptDirectory

    return {rev.revision for rev in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def _upgrade_in_one_transaction(engine: Engine, where: str, current: str | None) -> str | None:
    """PostgreSQL (or SQLite in memory): one transaction. On PostgreSQL an advisory lock makes a second
    program wait, however long the first one takes, and then find the schema done (Alembic reads the
    version again once the lock is held). The revision found under the lock."""
    try:
        with engine.begin() as connection:
            if connection.dialect.name == "postgresql":
                connection.execute(text("SET LOCAL lock_timeout = 0"))  # an upgrade waits its turn
                connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": UPGRADE_LOCK})
                current = _stored_revision(connection, where)
            _upgrade(connection)
    except Exception as exc:  # a migration is code: whatever it raises, the one transaction is undone
        raise DatabaseError(
            f"cannot upgrade database {where} from schema {current or 'none'} to "
            f"{HEAD}: {describe_error(exc)}; nothing was changed "
            "(the upgrade runs in one transaction)"
        ) from exc
    return current


def upgrade_copy(engine: Engine, where: str) -> None:
    """A copy no other program uses (a backup being restored): upgraded in one transaction, with no
    backup of its own."""
    with engine.connect() as connection:
        current = _revision(connection, where)
    if current != HEAD:
        _upgrade_in_one_transaction(engine, where, current)


def _upgrade(connection: Connection) -> None:
    from alembic import command

    command.upgrade(alembic_config(connection=connection), HEAD)


def _upgrade_sqlite(engine: Engine, path: Path, where: str, created: bool) -> str | None:
    """Read the version again, back up and upgrade under one exclusive lock: in SQLite's exclusive
    locking mode the connection keeps it, across commits, until it is closed. So no other program
    writes between the backup and the upgrade, reads a half-upgraded file, or loses what it wrote to
    a backup put back over it. The revision found under the lock."""
    connection = _exclusive_connection(engine, where)
    if connection is None:
        return HEAD
    raw = _pysqlite(connection)
    try:
        current = _revision(connection, where)  # again: another program may have upgraded it meanwhile
        connection.rollback()
        if current == HEAD:
            return current
        failed = f"cannot upgrade database {where} from schema {current or 'none'} to {HEAD}"
        backup = None
        if current is not None:
            try:
                backup = backup_sqlite(raw, path, current)
            except (OSError, sqlite3.Error) as exc:
                raise DatabaseError(
                    f"{failed}: the backup copy could not be written: {_reason(exc)}; the database was left as it was"
                ) from exc
        try:
            with connection.begin():
                _upgrade(connection)
        except Exception as exc:  # a migration is code: whatever it raises, the old database must come back
            raise DatabaseError(
                f"{failed}: {describe_error(exc)}; " + _left_as_it_was(raw, path, backup, created)
            ) from exc
        if backup is not None:
            _prune(connection, path)
        return current
    finally:
        _close(connection)


def _prune(connection: Connection, path: Path) -> None:
    """After a successful upgrade, the copies taken before upgrades beyond the number the record's
    setting keeps are removed (none, and a warning, if that setting cannot be read)."""
    value = connection.execute(text("SELECT value FROM setting WHERE key = :key"), {"key": UPGRADE_BACKUPS_KEY})
    kept = kept_count(value.scalar())
    connection.rollback()
    if kept is None:
        log.warning("the number of upgrade backups to keep cannot be read: none of %s's was removed", path)
        return
    prune_upgrade_backups(path, kept)


def _pysqlite(connection: Connection) -> sqlite3.Connection:
    """The sqlite3 connection under SQLAlchemy's: its PRAGMAs and backup() are used directly."""
    raw = connection.connection.dbapi_connection
    assert isinstance(raw, sqlite3.Connection)  # a SQLite engine's
    return raw


def _exclusive_connection(engine: Engine, where: str) -> Connection | None:
    """A connection that has the file to itself, after waiting up to the busy timeout for other
    programs to let go; None when another program has upgraded the file meanwhile (its users may
    keep it open as long as they work, and nothing is left to do)."""
    give_up = time.monotonic() + db_engine.BUSY_TIMEOUT_MS / 1000
    while True:
        connection = engine.connect()
        raw = _pysqlite(connection)
        try:
            raw.execute("PRAGMA locking_mode=EXCLUSIVE")
            raw.execute("PRAGMA busy_timeout=100")  # then look whether another program upgraded it
            raw.execute("BEGIN EXCLUSIVE")
            raw.execute("COMMIT")  # the lock stays, in exclusive locking mode
            return connection
        except sqlite3.OperationalError as exc:
            _close(connection)  # an exclusive-mode connection keeps even the locks of a failed try
            if not exc.sqlite_errorname.startswith("SQLITE_BUSY") or time.monotonic() >= give_up:
                raise
        reader = engine.connect()
        try:
            if _revision(reader, where) == HEAD:
                return None
        finally:
            _close(reader)


def _close(connection: Connection) -> None:
    """Closed, not pooled: an idle connection would hold the file against the lock."""
    connection.invalidate()
    connection.close()


def _reason(exc: Exception) -> str:
    return exc.strerror if isinstance(exc, OSError) and exc.strerror else describe_error(exc)


def _check_sqlite_file(path: Path) -> bool:
    """Refuse early, with a plain reason, what SQLite would only report as a vague error later,
    and create a new file readable by its owner only (SQLite gives -wal and -shm the same mode).
    True when the file was created here."""
    if path.exists():
        if path.is_file() and not os.access(path, os.R_OK | os.W_OK, effective_ids=True):
            raise DatabaseError(
                f"cannot open database {path}: the file is read-only for you: ask for write access, or open a copy"
            )
        if path.is_file() and not os.access(path.parent, os.W_OK | os.X_OK, effective_ids=True):
            raise DatabaseError(
                f"cannot open database {path}: its folder is read-only, and SQLite "
                "writes its journal beside the file: move the file or ask for write access"
            )
        return False
    if not path.parent.is_dir():
        return False  # make_engine says which folder is missing
    try:
        path.touch(mode=0o600)  # owner-only from the start: it holds a legal record
    except OSError as exc:
        raise DatabaseError(f"cannot create database {path}: {exc.strerror}") from exc
    return True


def _left_as_it_was(raw: sqlite3.Connection, path: Path, backup: Path | None, created: bool) -> str:
    """Put the SQLite file back as it was (absent, empty, or from the backup) through the connection
    that still holds the lock; say so, and where the backup copy is."""
    if backup is None:
        if created:
            path.unlink()
            return "no database was created"
        path.write_bytes(b"")
        return "the file was left empty"
    try:
        with closing(sqlite3.connect(backup)) as copy:
            copy.backup(raw)
    except sqlite3.Error as exc:
        return f"putting the backup back failed too ({exc}): copy {backup} over {path} before opening it again"
    return f"the database was left as it was; a copy taken before the upgrade is at {backup}"
