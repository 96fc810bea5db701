"""Engines for SQLite (the embedded default) and PostgreSQL (a shared record)."""

from __future__ import annotations

import re
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.engine.interfaces import DBAPIConnection
from sqlalchemy.exc import ArgumentError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import ConnectionPoolEntry

from ..domain.errors import DatabaseError

# How long a statement waits for a lock another program holds before it fails with a message:
# SQLite's busy timeout, PostgreSQL's lock_timeout. A page read in the background, and closing the
# window (which waits for those reads), never hang on a record locked by someone else.
BUSY_TIMEOUT_MS = 10_000


def normalise_url(url_or_path: str) -> str:
    """Accept a database URL or a plain path to a SQLite file."""
    if "://" in url_or_path:
        return url_or_path
    return f"sqlite:///{Path(url_or_path).expanduser().resolve()}"


def without_password(url: str) -> str:
    """The URL to keep in settings and show: a password never leaves memory (libpq finds it in
    PGPASSWORD or ~/.pgpass when the URL is used again)."""
    if "://" not in url:
        return url
    try:
        parsed = make_url(url)
        query = {key: value for key, value in parsed.query.items() if key.lower() != "password"}  # libpq's too
        kept = URL.create(
            parsed.drivername, parsed.username, None, parsed.host, parsed.port, parsed.database, query
        )  # URL.set(password=None) would keep the password
        return kept.render_as_string(hide_password=False)
    except (ArgumentError, ValueError):  # not a URL SQLAlchemy can read: cut out what may be a password
        return re.sub(r"^([^:/]*://[^:/@]*):[^/]*@", r"\1@", url)


def parse_url(url: str) -> URL:
    """The URL, or one line saying why it is not one (without the password it may hold)."""
    try:
        return make_url(url)
    except ArgumentError as exc:
        raise DatabaseError(f"not a database URL: {without_password(url)!r}") from exc
    except ValueError as exc:  # SQLAlchemy reads the port with int()
        raise DatabaseError(f"not a database URL: {without_password(url)!r}: the port must be a number") from exc


def describe_error(exc: Exception) -> str:
    """One line a user can act on, from a database driver error (SQLite's are named by code)."""
    original = getattr(exc, "orig", None) or exc
    name = getattr(original, "sqlite_errorname", "")
    for prefix, reason in SQLITE_REASONS.items():
        if name.startswith(prefix):
            return reason.format(seconds=BUSY_TIMEOUT_MS / 1000)
    if isinstance(original, MemoryError):
        return "the computer ran out of memory: close other programs, or work on a smaller file"
    lines = str(original).strip().splitlines()
    return lines[0] if lines else type(original).__name__  # some errors carry no message at all


LOCKED = "it is locked by another program (waited {seconds:g} s): close that program or try again later"
SQLITE_REASONS = {
    "SQLITE_BUSY": LOCKED,
    "SQLITE_LOCKED": LOCKED,
    "SQLITE_FULL": "the disk is full: free some space and try again",
    "SQLITE_READONLY": "the file is read-only: ask for write access, or open a copy",
    "SQLITE_NOTADB": "the file is not a database (not a SQLite file)",
    "SQLITE_CORRUPT": "the file is damaged: restore it from a backup copy",
    "SQLITE_CANTOPEN": "the file cannot be opened: check that its folder can be written to",
    "SQLITE_IOERR": "the disk could not be read or written (disk I/O error)",
}


def sqlite_file(url: str) -> Path | None:
    """The file behind a SQLite URL, or None for PostgreSQL and in-memory databases."""
    parsed = parse_url(url)
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    return Path(parsed.database)


def record_files(url: str) -> tuple[Path, ...]:
    """The files that hold a SQLite record: the database and its journals. Empty for PostgreSQL."""
    path = sqlite_file(url)
    if path is None:
        return ()
    return (path, *(path.with_name(path.name + suffix) for suffix in ("-wal", "-shm", "-journal")))


def make_engine(url: str) -> Engine:
    url = normalise_url(url)
    parsed = parse_url(url)
    backend = parsed.get_backend_name()
    if backend == "sqlite":
        if parsed.drivername not in ("sqlite", "sqlite+pysqlite"):
            raise DatabaseError("SQLite URLs must start with sqlite:///")
        return _sqlite_engine(url)
    if backend == "postgresql":
        if parsed.drivername != "postgresql+psycopg":
            raise DatabaseError("PostgreSQL URLs must start with postgresql+psycopg://")
        try:
            return create_engine(
                url, pool_pre_ping=True, connect_args={"options": f"-c lock_timeout={BUSY_TIMEOUT_MS}"}
            )
        except ModuleNotFoundError as exc:
            raise DatabaseError(
                "PostgreSQL support is not installed: pip install 'stockpile-tracker[postgresql]'"
            ) from exc
    raise DatabaseError(f"unsupported database {backend!r}: use a SQLite file or PostgreSQL")


def _sqlite_engine(url: str) -> Engine:
    path = sqlite_file(url)
    if path is not None:
        if path.is_dir():
            raise DatabaseError(f"cannot open database {path}: it is a folder")
        if not path.parent.is_dir():
            raise DatabaseError(f"cannot open database {path}: folder {path.parent} does not exist")
    engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: DBAPIConnection, _record: ConnectionPoolEntry) -> None:
        # Take transaction control from pysqlite so BEGIN IMMEDIATE can be used for writes.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        if path is not None:
            cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Connection) -> None:
        # Writers take the lock up front: a deferred reader that later writes can fail with
        # SQLITE_BUSY in WAL mode instead of waiting for the busy timeout.
        mode = connection.get_execution_options().get("sqlite_begin", "DEFERRED")
        connection.exec_driver_sql(f"BEGIN {mode}")

    return engine


def use_wal(engine: Engine) -> None:
    """Readers never wait for the writer. The mode is kept in the file, so it is set once, by
    open_database, after the file is known to be ours and current: a foreign or newer file is left
    untouched."""
    connection = engine.raw_connection()
    try:
        connection.cursor().execute("PRAGMA journal_mode=WAL")
    finally:
        connection.close()


def session_factories(engine: Engine) -> tuple[sessionmaker[Session], sessionmaker[Session]]:
    """(readers, writers): writers begin IMMEDIATE on SQLite; readers on PostgreSQL take one
    snapshot for their whole transaction (REPEATABLE READ) and cannot write."""
    writer_bind = engine.execution_options(sqlite_begin="IMMEDIATE")
    reader_bind = engine
    if engine.dialect.name == "postgresql":
        reader_bind = engine.execution_options(isolation_level="REPEATABLE READ", postgresql_readonly=True)
    return (
        sessionmaker(bind=reader_bind, expire_on_commit=False),
        sessionmaker(bind=writer_bind, expire_on_commit=False),
    )
