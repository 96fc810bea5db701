"""What every service shares: who is working, today's date, and one transaction per user action."""

from __future__ import annotations

import gc
import getpass
import json
import logging
import threading
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from operator import itemgetter
from typing import Any

from sqlalchemy import Connection, Engine, Table, func, insert, select, text
from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError, StatementError
from sqlalchemy.orm import Session, sessionmaker

from ..db.engine import describe_error, session_factories
from ..db.models import AuditEntry, AuditHead, Base
from ..db.roles import EVERY_PART, parts_granted, refusal
from ..domain.enums import Rule
from ..domain.errors import DatabaseError, InvalidInput, NotPermitted, RuleViolation
from ..domain.rules import require_text
from ..i18n import Translator, language_in_use, translate
from . import coverage
from .changes import NOTHING, Changes, area, watch, written, wrote

log = logging.getLogger(__name__)

INSUFFICIENT_PRIVILEGE = "42501"  # PostgreSQL's SQLSTATE for "permission denied"


UNKNOWN_LOGIN = "unknown"


def operating_system_login() -> str:
    """Who the operating system says is at the keyboard (getpass: the LOGNAME, USER or USERNAME
    variable, else the account's name), kept as names are (one line, composed, at most 100
    characters, no control or invisible character); "unknown" where it cannot say (a service
    account without a name) or says something no name may hold. It is the machine's claim, which
    whoever runs the program can set: a hint beside the name typed, never a proof."""
    try:
        login = getpass.getuser()
    except (KeyError, OSError, ImportError):  # no variable and no account name (ImportError: pwd, before 3.13)
        return UNKNOWN_LOGIN
    try:
        return require_text("operating-system login", login, 100)
    except InvalidInput:
        return UNKNOWN_LOGIN


def utc_now() -> datetime:
    """Naive UTC, microseconds kept: stored the same on SQLite and PostgreSQL, so hashes agree."""
    return datetime.now(UTC).replace(tzinfo=None)


class _Collections:
    """Python's cyclic garbage collector, held off while any import runs (`collections_paused`)."""

    lock = threading.Lock()
    paused = 0
    was_enabled = True


@contextmanager
def collections_paused() -> Iterator[None]:
    """No cyclic garbage collection while an import checks and writes its rows. Each full collection
    walks every object alive, an import's hundreds of thousands of rows and values included, and
    the rows kept alive start one after another: about a sixth of an import of 100,000 lots. What an
    import makes holds almost no cycles (reference counting frees it). The collector is as it was
    once the last import running ends, in whichever thread (the window's imports run in the
    background)."""
    with _Collections.lock:
        if _Collections.paused == 0:
            _Collections.was_enabled = gc.isenabled()
            gc.disable()
        _Collections.paused += 1
    try:
        yield
    finally:
        with _Collections.lock:
            _Collections.paused -= 1
            if _Collections.paused == 0 and _Collections.was_enabled:
                gc.enable()


def with_os_login(name: str, os_login: str | None, language: str | None = None) -> str:
    """A name with the operating-system login it worked under beside it, when that is known and
    says more than the name: "Alice Martin (OS login alice)", in `language` (a report's), else in
    the language in use."""
    if os_login is None or os_login.casefold() in (name.casefold(), UNKNOWN_LOGIN):
        return name
    words = Translator(language or language_in_use()).translate("Services", "{name} (OS login {login})")
    return words.format(name=name, login=os_login)


@dataclass
class Context:
    """Who is working and how the record is reached.

    `user` is the identity written into the record (recorded_by, verified_by, the audit) and the
    one the four-eyes rule compares. On PostgreSQL it is the database login (`session_user`), read
    once here: the name typed is kept as `display_name`, for people to read, and proves nothing. A
    login that owns the tables (the one that creates and upgrades the database, or a superuser) can
    change anything in them, so it is held to no login: like everyone on SQLite, it records under
    the name typed.

    `os_login` is the operating-system login the program runs under (`operating_system_login`),
    stamped on every audit entry written: on SQLite it is shown beside the name typed, on
    PostgreSQL it only informs (the login is the identity)."""

    engine: Engine
    user: str
    today: Callable[[], date] = date.today
    display_name: str = field(init=False)
    login: str | None = field(init=False, default=None)  # the PostgreSQL login when it is the identity
    os_login: str = field(init=False, default=UNKNOWN_LOGIN)  # the operating system's, on every audit entry
    parts: frozenset[str] = field(init=False, default=EVERY_PART)  # what its grants let it do (db roles)
    _factories: tuple[sessionmaker[Session], sessionmaker[Session]] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self.display_name = self.user = require_text("user", self.user, 100)
        self.os_login = operating_system_login()
        if self.engine.dialect.name == "postgresql":
            with _database_errors("read"), self.engine.connect() as connection:
                login, owner = connection.execute(WHO).one()
                self.parts = parts_granted(connection)
            if not owner:
                self.login = self.user = login
        self._factories = session_factories(self.engine)
        watch(self._factories[1])
        coverage.watch(self._factories[1])
        self._batch, self._reading = threading.local(), threading.local()
        self._changes, self._changes_lock = NOTHING, threading.Lock()
        self.committed = 0  # writes committed so far: a Ctrl+C after one says the change is kept
        # The audit entry (id, hash) a commit under way writes last: a Ctrl+C that stops it before it
        # is counted (the COMMIT itself, or the instant after it) is told by whether that entry is there.
        self._committing: tuple[int, str] | None = None

    @property
    def operator(self) -> str:
        """Who is working, for people to read, in the language in use (operator_in)."""
        return self.operator_in(None)

    def operator_in(self, language: str | None) -> str:
        """Who is working, as a report in `language` prints them. On PostgreSQL the login with the
        name typed beside it when they differ: "alice (Alice Martin)". Where the name typed is the
        identity (a SQLite file, the tables' owner) the operating-system login beside it when they
        differ: "Alice Martin (OS login alice)"."""
        if self.login is None:
            return with_os_login(self.user, self.os_login, language)
        if self.display_name.casefold() == self.user.casefold():
            return self.user
        return f"{self.user} ({self.display_name})"

    @contextmanager
    def read(self) -> Iterator[Session]:
        """One snapshot for one use case: the reads made inside it (in this thread) join its
        transaction, so that a forecast or a report sees the record at one moment even while
        another user writes. On PostgreSQL the transaction is REPEATABLE READ and read only; on
        SQLite one BEGIN keeps one snapshot from its first read to its last. Inside `batch()`,
        the batch's transaction is used instead."""
        joined = getattr(self._batch, "session", None) or getattr(self._reading, "session", None)
        if joined is not None:
            yield joined
            return
        with _database_errors("read", self.parts), self._factories[0]() as session, session.begin():
            self._reading.session = session
            try:
                yield session
            finally:
                self._reading.session = None

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One transaction for one user action; any error leaves the database as it was.

        Every writer first locks the single audit-head row, so writers are serialised on
        PostgreSQL as they are on SQLite (BEGIN IMMEDIATE) and balances are read fresh.
        Inside `batch()`, the batch's transaction is used instead. Once committed, what it wrote
        is added to what `take_changes` returns.
        """
        batch = getattr(self._batch, "session", None)
        if batch is not None:
            yield batch
            return
        with _database_errors("written", self.parts), self._factories[1]() as session:
            session.info["os_login"] = self.os_login  # stamped on the entries it writes (audit.write_entries)
            with session.begin():
                locked = session.execute(select(AuditHead).where(AuditHead.id == 1).with_for_update()).scalar()
                last = None if locked is None else locked.last_id
                yield session
                from .audit import write_entries  # audit builds on this module

                write_entries(session)
                head = session.get(AuditHead, 1)
                if head is not None and head.last_id != last:  # entries written: the commit keeps them
                    self._committing = (head.last_id, head.last_hash)
            self.committed += 1
            self._committing = None
            with self._changes_lock:  # committed
                self._changes |= written(session)
        if actions := session.info.get("audited"):  # committed: one line in the log, who and what
            log.info("%s: %s", self.user, ", ".join(a if n == 1 else f"{a} x{n:,}" for a, n in actions.items()))

    def recorded(self) -> bool | None:
        """Whether a write of this context was kept, asked after a Ctrl+C: True once one was counted,
        or when the one it stopped as it committed is in the record (its last audit entry, read
        afresh); False when nothing was; None when the record cannot be read to say."""
        if self.committed:
            return True
        if (pending := self._committing) is None:
            return False
        try:
            with self.engine.connect() as connection:
                found = connection.scalar(select(AuditEntry.hash).where(AuditEntry.id == pending[0]))
        except Exception:  # noqa: BLE001 (the record out of reach: then it cannot be said)
            log.warning("after a Ctrl+C, whether the change was recorded could not be read", exc_info=True)
            return None
        return found == pending[1]

    def take_changes(self) -> Changes:
        """What the writes committed since the last call changed (in any thread)."""
        with self._changes_lock:
            changes, self._changes = self._changes, NOTHING
        return changes

    @contextmanager
    def batch(self) -> Iterator[Session]:
        """Many actions in one transaction (an import): all of them are kept, or none."""
        with self.write() as session:
            self._batch.session = session
            try:
                yield session
            finally:
                self._batch.session = None


# The login, and whether it holds the tables' owner's rights (as the owner, a member of it, or a superuser).
WHO = text(
    "SELECT session_user, coalesce((SELECT pg_catalog.pg_has_role(session_user, c.relowner, 'USAGE') "
    "FROM pg_catalog.pg_class c "
    "WHERE c.oid = to_regclass('audit_entry')), false)"
)


def audited(session: Session) -> Counter[str]:
    """The audit actions a write transaction records, counted for the line its commit logs."""
    actions: Counter[str] = session.info.setdefault("audited", Counter())
    return actions


@contextmanager
def _database_errors(doing: str, parts: frozenset[str] = EVERY_PART) -> Iterator[None]:
    """What the database refuses becomes a one-line error; a rule the services missed shows as a
    constraint the database kept; a permission denied says in words what the login (holding
    `parts`) may not do."""
    try:
        yield
    except IntegrityError as exc:
        raise RuleViolation(
            Rule.DATABASE,
            translate("Services", "the database refused the change: {reason}").format(reason=_first_line(exc)),
        ) from exc
    except OperationalError as exc:
        raise DatabaseError(
            translate("Services", "the database could not be {doing}: {reason}").format(
                doing=doing, reason=_first_line(exc)
            )
        ) from exc
    except DBAPIError as exc:
        if getattr(exc.orig, "sqlstate", None) == INSUFFICIENT_PRIVILEGE:
            raise NotPermitted(refusal(_first_line(exc), parts)) from exc
        raise DatabaseError(
            translate("Services", "the database refused a value: {reason}").format(reason=_first_line(exc))
        ) from exc
    except StatementError as exc:
        raise DatabaseError(
            translate("Services", "the database refused a value: {reason}").format(reason=_first_line(exc))
        ) from exc
    except json.JSONDecodeError as exc:  # only a change made outside the program writes such text
        raise DatabaseError(
            translate(
                "Services",
                "the database holds text that is not JSON where JSON belongs ({msg}): it was changed "
                "outside Stockpile Tracker; run 'stockpile-tracker db check'",
            ).format(msg=exc.msg)
        ) from exc


def _first_line(exc: Exception) -> str:
    return describe_error(exc)


def bulk_insert(session: Session, model: type[Base], rows: list[dict[str, Any]]) -> list[int]:
    """Many rows with the same keys in one go (an import): COPY on PostgreSQL, four times faster
    there than INSERT; one executemany elsewhere. A refusal surfaces like any other statement's.

    A table whose rows the database numbers gets their ids first (`_new_ids`), in the rows' order,
    and returns them: the rows are bound to the audit by those ids (`coverage.inserted`), never
    found again by a query, which a row planted outside the program could mislead."""
    if not rows:
        return []
    table = model.__table__
    assert isinstance(table, Table)  # every model maps one table
    wrote(session, area(table.name, added=True))
    columns = {name: list(map(itemgetter(name), rows)) for name in rows[0]}  # by column: each converted at once
    ids: list[int] = []
    if table.autoincrement_column is not None and table.autoincrement_column.name not in columns:
        ids = columns[table.autoincrement_column.name] = _new_ids(session, table, len(rows))
    elif "id" in columns:
        ids = columns["id"]
    _insert(session, table, columns)
    coverage.inserted(session, table, ids)
    return ids


def _new_ids(session: Session, table: Table, count: int) -> list[int]:
    """`count` ids for new rows of `table`. PostgreSQL: from the column's own sequence, as a plain
    INSERT would take them, so another transaction can never take the same ones. SQLite: above the
    highest, which is only safe while this transaction holds the write lock (a writer's BEGIN
    IMMEDIATE): no one else can insert until it commits."""
    column = table.autoincrement_column
    assert column is not None
    connection = session.connection()
    if connection.dialect.name == "postgresql":
        sequence = connection.scalar(text("SELECT pg_get_serial_sequence(:t, :c)"), {"t": table.name, "c": column.name})
        if sequence is None:
            raise DatabaseError(
                translate(
                    "Services",
                    "the database has no sequence for {name}.{name2}: it was changed outside Stockpile "
                    "Tracker; nothing was written: run 'stockpile-tracker db check'",
                ).format(name=table.name, name2=column.name)
            )
        taken = connection.scalars(
            text("SELECT nextval(CAST(:s AS regclass)) FROM generate_series(1, :n)"), {"s": sequence, "n": count}
        )
        return sorted(taken)
    if connection.get_execution_options().get("sqlite_begin") != "IMMEDIATE" or not connection.in_transaction():
        raise AssertionError(f"ids for {table.name} taken outside a writer's transaction (BEGIN IMMEDIATE)")
    highest = connection.scalar(select(func.max(column))) or 0
    return list(range(highest + 1, highest + 1 + count))


def _insert(session: Session, table: Table, columns: dict[str, list[Any]]) -> None:
    """The rows, given by column (each list in the rows' order)."""
    connection = session.connection()
    if connection.dialect.name != "postgresql":
        _execute_many(connection, table, columns)
        return
    quote = connection.dialect.identifier_preparer.quote
    table_name, names = quote(table.name), ", ".join(map(quote, columns))
    dbapi_error = connection.dialect.loaded_dbapi.Error
    driver = connection.connection.driver_connection  # psycopg's own connection: COPY is its feature
    assert driver is not None  # the session's connection is open
    try:
        with driver.cursor() as cursor, cursor.copy(f"COPY {table_name} ({names}) FROM STDIN") as copy:
            for row in zip(*columns.values(), strict=True):
                copy.write_row(row)
    except dbapi_error as exc:
        raise DBAPIError.instance(f"COPY {table.name}", None, exc, dbapi_error) from exc


def _execute_many(connection: Connection, table: Table, columns: dict[str, list[Any]]) -> None:
    """SQLite: the INSERT SQLAlchemy compiles for these columns, run as one executemany of tuples,
    each column's values converted by its type's own bind processor (a date or a moment to the text
    SQLAlchemy stores it as), a column at a time: what `connection.execute(insert(table), rows)`
    does, without building and converting a parameter dictionary per row, which took a third of an
    import's time. A value refused surfaces as a statement's does: SQLAlchemy's error."""
    dialect = connection.dialect
    compiled = insert(table).compile(dialect=dialect, column_keys=list(columns))
    statement, order = str(compiled), compiled.positiontup or []
    assert sorted(order) == sorted(columns), (order, list(columns))  # qmark: one ? per column, by its key
    try:
        values = []
        for name in order:
            process = table.c[name].type.dialect_impl(dialect).bind_processor(dialect)
            values.append(columns[name] if process is None else _converted(process, columns[name]))
    except Exception as exc:  # a value its type cannot bind (a text for a date), as SQLAlchemy wraps it
        raise DBAPIError.instance(statement, None, exc, dialect.loaded_dbapi.Error) from exc
    connection.exec_driver_sql(statement, list(zip(*values, strict=True)))


def _converted(process: Callable[[Any], Any], values: list[Any]) -> list[Any]:
    """`process` applied to each value, once per distinct one (an import's rows share one moment and
    a few thousand dates); by type and value, as 1 and True, or 1 and 1.0, are equal but not alike."""
    keys = [(type(value), value) for value in values]
    try:
        distinct = dict.fromkeys(keys)
    except TypeError:  # a value that cannot be a key (a list, a dict): each converted
        return [process(value) for value in values]
    done = {key: process(key[1]) for key in distinct}
    return [done[key] for key in keys]
