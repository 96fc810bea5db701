"""Every row of the record bound to the audit entry that wrote it. Each write's changed rows are
noticed as it flushes them (or inserts them in bulk); the next audit entry takes their digests into
`audit_row` and its own hash, and `db check` proves every row equal to its newest digest. A row
written, changed or deleted outside the program, even with the triggers dropped, is then found:
to hide it one would have to rewrite the hash chain as well, which the seal printed on each report
shows (`db check --seal`)."""

from __future__ import annotations

import hashlib
import operator
from collections.abc import Iterable, Iterator, Mapping
from functools import reduce
from itertools import groupby
from typing import Any

from sqlalchemy import (
    Boolean,
    ColumnElement,
    Connection,
    DateTime,
    Integer,
    Table,
    Text,
    TypeDecorator,
    and_,
    case,
    cast,
    event,
    func,
    literal,
    not_,
    null,
    or_,
    select,
)
from sqlalchemy.orm import Session, UOWTransaction, sessionmaker

from ..db import models
from .append_only import APPEND_ONLY

# The tables that carry the record, and the column that names a unit of it: a row, or (for the
# programme's sites, a link table without an id) the rows sharing the programme. The balance
# projection (proven against the ledger) and the audit tables themselves are not in it.
COVERED: dict[str, str] = {
    models.PolicyProfile.__tablename__: "id",
    models.KoreaRequirement.__tablename__: "id",
    models.MineType.__tablename__: "id",
    models.Site.__tablename__: "id",
    models.Lot.__tablename__: "id",
    models.Holding.__tablename__: "id",
    models.Movement.__tablename__: "id",
    models.RetentionDecision.__tablename__: "id",
    models.Suspension.__tablename__: "id",
    models.Programme.__tablename__: "id",
    models.ProgrammeSite.__tablename__: "programme_id",
    models.DestructionTask.__tablename__: "id",
    models.TaskLine.__tablename__: "id",
    models.DestructionEvent.__tablename__: "id",
    models.EventLine.__tablename__: "id",
    models.UnaccountedLoss.__tablename__: "id",
    models.LossResolution.__tablename__: "id",
    models.Article7Text.__tablename__: "id",
    models.FrozenReport.__tablename__: "id",
    models.Setting.__tablename__: "key",  # the active profile, the letterhead
}
CHUNK = 5000  # keys per IN list

Key = int | str  # an id, or a setting's key
Unit = tuple[str, str, str | None]  # table, key as text, digest (None: no row left)


def row_text(table: Table, dialect: str) -> ColumnElement[str]:
    """A row as one text, built by the database: each column that holds a value as its name and
    `as_text`; an empty column is left out, so that a column added later, empty in the rows written
    before it, changes no digest."""
    parts: list[ColumnElement[str]] = [  # by name: a table rebuilt by a migration may order them otherwise
        func.coalesce(literal(f"{column.name}\x1e", Text) + as_text(column, dialect) + literal("\x1f", Text), "")
        for column in sorted(table.columns, key=lambda column: column.name)
    ]
    return reduce(operator.add, parts)


def unit_digest(rows: Iterable[str]) -> str:
    """The digest of a unit's rows, each as `row_text` gives it."""
    return hashlib.sha256("\x1d".join(rows).encode("utf-8")).hexdigest()


def rows_hash(units: Iterable[Unit]) -> str:
    """One digest for the units an audit entry binds, in the entry's own hash."""
    lines = "\n".join(f"{table}\x1f{key}\x1f{digest or '-'}" for table, key, digest in sorted(units))
    return hashlib.sha256(lines.encode("utf-8")).hexdigest()


def table_units(
    connection: Connection | Session, table: Table, keys: Iterable[Key] | None = None
) -> Iterator[tuple[Key, str]]:
    """(key, digest) for the table's units in key order: all of them, or those with the given keys."""
    key = table.c[COVERED[table.name]]
    order = [key, *(column for column in table.primary_key.columns if column is not key)]
    one_row = list(table.primary_key.columns) == [key]  # each unit a row: its digest is its text's
    if keys is None:
        pieces: list[ColumnElement[bool] | None] = [None]
    else:
        pieces = list(_pieces(key, sorted(set(keys)), by_range=one_row and isinstance(key.type, Integer)))
    bind = connection.get_bind() if isinstance(connection, Session) else connection
    text = row_text(table, bind.dialect.name)
    for piece in pieces:
        query = select(key, text).order_by(*order)
        if piece is not None:
            query = query.where(piece)
        rows = connection.execute(query.execution_options(yield_per=CHUNK))
        if one_row:  # unit_digest of the one row, without grouping: an import binds 300,000
            for unit, row in rows:
                yield unit, hashlib.sha256(row.encode("utf-8")).hexdigest()
            continue
        for unit, unit_rows in groupby(rows, key=lambda row: row[0]):
            yield unit, unit_digest(row[1] for row in unit_rows)


RUN = 100  # consecutive ids, at least, read as a range rather than listed


def _pieces(key: ColumnElement[Any], wanted: list[Key], by_range: bool) -> Iterator[ColumnElement[bool]]:
    """Conditions that together select exactly the `wanted` keys (sorted), in key order: lists of
    about CHUNK keys; with `by_range` (an integer key that is the whole primary key, so no other
    value can fall between two ids), a run of RUN or more consecutive ids as its range: an import's
    100,000 new rows are one condition, not twenty lists of 5,000 to build and bind."""
    listed: list[Key] = []
    start = 0
    while start < len(wanted):
        end = start + 1  # past the run of consecutive ids that starts at `start`
        if by_range:
            while end < len(wanted) and wanted[end] == wanted[end - 1] + 1:  # type: ignore[operator]  # ints
                end += 1
        if end - start >= RUN:
            if listed:
                yield key.in_(listed)
                listed = []
            yield key.between(wanted[start], wanted[end - 1])
        else:
            listed.extend(wanted[start:end])
            if len(listed) >= CHUNK:
                yield key.in_(listed)
                listed = []
        start = end
    if listed:
        yield key.in_(listed)


def as_text(column: ColumnElement[Any], dialect: str) -> ColumnElement[str]:
    """A column's value as text, the same on SQLite and PostgreSQL so that a record moved from one
    to the other keeps its digests (a flag as true or false, a moment with its microseconds), read
    by the database itself, and readable even when an edit left something no type can parse. SQLite
    keeps any value in any column: there a value stored otherwise than the program stores it (a
    flag as the text 'f', which reads as true; a number as bytes) keeps its storage class in front."""
    plain = cast(column, Text)
    kind = column.type.impl_instance if isinstance(column.type, TypeDecorator) else column.type  # Day, Moment
    if dialect != "sqlite":
        if isinstance(kind, Boolean):
            return case((column, "true"), (not_(column), "false"))
        if isinstance(kind, DateTime):
            return func.to_char(column, "YYYY-MM-DD HH24:MI:SS.US")
        return plain
    stored = func.typeof(column, type_=Text)
    otherwise = stored + ":" + plain
    if isinstance(kind, Boolean):
        return case(
            (column.is_(None), null()),
            (and_(stored == "integer", column == 1), "true"),
            (and_(stored == "integer", column == 0), "false"),
            else_=otherwise,
        )
    expected = "integer" if isinstance(kind, Integer) else "text"
    return case((column.is_(None), null()), (stored == expected, plain), else_=otherwise)


def watch(factory: sessionmaker[Session]) -> None:
    """Sessions made by `factory` keep the units their flushes changed until an entry seals them."""
    event.listen(factory, "after_flush", _flushed)


def _flushed(session: Session, _flush: UOWTransaction) -> None:
    changed = [*session.new, *session.deleted]
    changed += [row for row in session.dirty if session.is_modified(row, include_collections=False)]
    for row in changed:
        table = row.__tablename__
        if table in COVERED:
            _unsealed(session).setdefault(table, set()).add(getattr(row, COVERED[table]))
    for row in [*session.new, *session.dirty]:  # a programme's sites change through its collection
        if isinstance(row, models.Programme):
            _unsealed(session).setdefault(models.ProgrammeSite.__tablename__, set()).add(row.id)


def _unsealed(session: Session) -> dict[str, set[Key]]:
    unsealed: dict[str, set[Key]] = session.info.setdefault("unsealed", {})
    return unsealed


def inserted(session: Session, table: Table, ids: Iterable[int]) -> None:
    """Rows inserted in bulk (an import) with the ids `bulk_insert` gave them: bound by those ids,
    so a row planted outside the program, whatever its id, is never taken for one of them."""
    if COVERED.get(table.name) == "id":  # the name as plain text: the driver binds a str subclass slowly
        _unsealed(session).setdefault(str(table.name), set()).update(ids)


def take_unsealed(session: Session) -> list[Unit]:
    """The units changed since the last entry, with their digests now; they are sealed by the entry
    the caller writes."""
    session.flush()
    pending = session.info.pop("unsealed", {})
    units: list[Unit] = []
    for table_name, keys in sorted(pending.items()):
        digests = dict(table_units(session, _table(table_name), keys))
        units.extend((table_name, str(key), digests.get(key)) for key in sorted(keys))
    return units


def coverage_problems(
    session: Session | Connection, limit: int = 20, tables: Mapping[str, Table] | None = None
) -> list[str]:
    """Every unit of the record against the newest digest an entry left of it, and every entry's
    digests against its hash. The first problems found, by table. `tables`: as a migration reads
    them (reflected), rather than as the program declares them."""
    problems = _entry_problems(session)
    for table_name in COVERED:
        latest: dict[str, tuple[int, str | None]] = {}
        recorded = session.execute(
            select(models.AuditRow.row_key, models.AuditRow.entry_id, models.AuditRow.digest)
            .where(models.AuditRow.table_name == table_name)
            .order_by(models.AuditRow.entry_id)
            .execution_options(yield_per=CHUNK)
        )
        rebound: list[str] = []
        for key, entry_id, digest in recorded:
            earlier = latest.get(key)
            if table_name in APPEND_ONLY and earlier is not None and earlier[1] != digest:
                rebound.append(  # such a row never changes: an entry binding it anew hides a change
                    f"bound anew: {_row(table_name, key)} of an append-only table, which audit entry {earlier[0]} "
                    f"recorded, is recorded otherwise by audit entry {entry_id}"
                )
            latest[key] = (entry_id, digest)
        table = (tables or models.Base.metadata.tables)[table_name]
        found = rebound + _separator_problems(session, table)
        for unit, digest in table_units(session, table):
            key = str(unit)
            entry = latest.pop(key, None)
            if entry is None or entry[1] is None:
                found.append(f"not in the audit log: {_row(table_name, key)}, written outside Stockpile Tracker")
            elif entry[1] != digest:
                row = _row(table_name, key)
                found.append(f"changed outside Stockpile Tracker: {row}, since audit entry {entry[0]} recorded it")
        found += [
            f"deleted outside Stockpile Tracker: {_row(table_name, key)}, which audit entry {entry_id} recorded"
            for key, (entry_id, digest) in sorted(latest.items())
            if digest is not None
        ]
        if len(found) > limit:
            found[limit:] = [f"and {len(found) - limit:,} more rows of table {table_name} like these"]
        problems += found
    return problems


SEPARATORS = ("\x1d", "\x1e", "\x1f")  # row_text's and unit_digest's own


def _separator_problems(session: Session | Connection, table: Table) -> list[str]:
    """Rows with a value holding a separator of the digested text. The program never writes one
    (control characters are refused on the way in), and with one a value can carry the next
    column's name and value: emptying that column and moving it into the value before would leave
    the row's digest as it was."""
    bind = session.get_bind() if isinstance(session, Session) else session
    texts = [as_text(column, bind.dialect.name) for column in table.columns]
    key = table.c[COVERED[table.name]]
    held = or_(*(text.contains(separator, autoescape=True) for text in texts for separator in SEPARATORS))
    return [
        f"changed outside Stockpile Tracker: {_row(table.name, str(unit))} holds a control character the program "
        "never writes (one that separates the values its digest is made of)"
        for (unit,) in session.execute(select(key).where(held).distinct().order_by(key).limit(20))
    ]


def _entry_problems(session: Session | Connection) -> list[str]:
    """Each entry's rows against the digest its hash covers: a row added to or taken from
    `audit_row` outside the program."""
    claimed = dict(
        session.execute(
            select(models.AuditEntry.id, models.AuditEntry.rows_hash).where(models.AuditEntry.rows_hash.is_not(None))
        ).all()
    )
    problems = []
    recorded = session.execute(
        select(models.AuditRow.entry_id, models.AuditRow.table_name, models.AuditRow.row_key, models.AuditRow.digest)
        .order_by(models.AuditRow.entry_id)
        .execution_options(yield_per=CHUNK)
    )
    for entry_id, units in groupby(recorded, key=lambda row: row[0]):
        if claimed.pop(entry_id, None) != rows_hash((table, key, digest) for _entry, table, key, digest in units):
            problems.append(f"audit entry {entry_id}: the rows it recorded were changed outside Stockpile Tracker")
    problems += [
        f"audit entry {entry_id}: the rows it recorded were removed outside Stockpile Tracker" for entry_id in claimed
    ]
    return problems[:20]


def _row(table_name: str, key: str) -> str:
    """As a database tool names it, for whoever looks the row up there."""
    return f"row {COVERED[table_name]} = {key} of table {table_name}"


def _table(name: str) -> Table:
    table = models.Base.metadata.tables[name]
    return table
