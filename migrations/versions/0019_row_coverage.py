"""Every row of the record bound to its audit entry (issue 14): `audit_row` keeps the digest of
each row as the entry that wrote it left it, and the entry's hash covers them (`rows_hash`). The
rows written before are taken in as they stand, one entry per table ("cover_rows"), so that from
the upgrade on a row changed outside the program is found by `db check`. On PostgreSQL, TRUNCATE of
any table of the record is refused (row triggers do not see it).

Revision ID: 0019
Revises: 0018
Create Date: 2026-12-02
"""

from __future__ import annotations

import warnings

import sqlalchemy as sa
from alembic import op

from stockpile_tracker.services.audit import canonical_json, entry_hash
from stockpile_tracker.services.base import utc_now
from stockpile_tracker.services.coverage import COVERED, Unit, coverage_problems, rows_hash, table_units

revision = "0019"
down_revision = "0018"
branch_labels = None
depends_on = None

TABLE = "audit_row"
DOWNGRADE = "downgrade_below_0019"
DOWNGRADE_REASON = "below schema 0019 the rows are bound to no entry; an upgrade takes them in again as they then stand"
REASON = "written before each row was bound to its audit entry: taken in as it stood at the upgrade to 0019"


def upgrade() -> None:
    connection = op.get_bind()
    if sa.inspect(connection).has_table(TABLE):  # kept by a downgrade: the rows are taken in again below
        if not _downgraded(connection):
            _require_as_bound(connection)
        _refuse_truncate(connection)
        _cover_existing_rows(connection)
        return
    op.add_column("audit_entry", sa.Column("rows_hash", sa.String(length=64), nullable=True))
    op.create_table(
        TABLE,
        sa.Column("entry_id", sa.Integer(), nullable=False),
        sa.Column("table_name", sa.String(length=40), nullable=False),
        sa.Column("row_key", sa.String(length=64), nullable=False),
        sa.Column("digest", sa.String(length=64), nullable=True),
        sa.ForeignKeyConstraint(["entry_id"], ["audit_entry.id"], name=op.f("fk_audit_row_entry_id_audit_entry")),
        sa.PrimaryKeyConstraint("entry_id", "table_name", "row_key", name=op.f("pk_audit_row")),
    )
    op.create_index("ix_audit_row_table_name_row_key", TABLE, ["table_name", "row_key"])
    if connection.dialect.name == "postgresql":
        op.execute(
            f"CREATE TRIGGER {TABLE}_append_only BEFORE UPDATE OR DELETE ON {TABLE} "
            "FOR EACH ROW EXECUTE FUNCTION refuse_change()"
        )
    else:
        for action in ("UPDATE", "DELETE"):
            op.execute(
                f"CREATE TRIGGER {TABLE}_no_{action.lower()} BEFORE {action} ON {TABLE} "
                f"BEGIN SELECT RAISE(ABORT, '{TABLE} is append-only: record a correction instead'); END"
            )
    _refuse_truncate(connection)
    _cover_existing_rows(connection)


def _refuse_truncate(connection: sa.Connection) -> None:
    if connection.dialect.name == "postgresql":
        op.execute(
            """
            CREATE FUNCTION refuse_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                RAISE EXCEPTION '% is part of the record: it cannot be emptied', TG_TABLE_NAME;
            END $$
            """
        )
        for table in _record_tables(connection):
            op.execute(
                f"CREATE TRIGGER {table}_no_truncate BEFORE TRUNCATE ON {table} "
                "FOR EACH STATEMENT EXECUTE FUNCTION refuse_truncate()"
            )


def _downgraded(connection: sa.Connection) -> bool:
    """Whether the newest word of the log on the rows is a downgrade, not their taking in."""
    newest = connection.execute(
        sa.text("SELECT action FROM audit_entry WHERE action IN (:cover, :down) ORDER BY id DESC LIMIT 1"),
        {"cover": "cover_rows", "down": DOWNGRADE},
    ).scalar()
    return newest == DOWNGRADE


def _require_as_bound(connection: sa.Connection) -> None:
    """Taking the rows in again must not take in a change made outside the program since they were
    bound (a record made to look older, to be upgraded clean): refused, naming the first."""
    tables = _reflected(connection)
    problems = coverage_problems(connection, tables=tables.tables)
    if problems:
        raise RuntimeError(
            f"the record was changed outside Stockpile Tracker since its rows were bound to the audit log "
            f"({'; '.join(problems[:3])}); it is not upgraded: restore a backup copy"
        )


def _reflected(connection: sa.Connection) -> sa.MetaData:
    """The record's tables as they are at this revision (not as the program declares them now)."""
    tables = sa.MetaData()
    with warnings.catch_warnings():  # SQLite's expression indexes (0020) cannot be reflected, nor need be
        warnings.simplefilter("ignore", sa.exc.SAWarning)
        tables.reflect(connection, only=list(COVERED))
    return tables


def _record_tables(connection: sa.Connection) -> list[str]:
    return sorted(sa.inspect(connection).get_table_names())  # alembic_version too: emptied, no program opens it


def _cover_existing_rows(connection: sa.Connection) -> None:
    """One entry per table that holds rows, chained after the newest entry as the program chains."""
    tables = _reflected(connection)
    for name in COVERED:
        units = [(name, str(key), digest) for key, digest in table_units(connection, tables.tables[name])]
        if units:
            _append(connection, "cover_rows", name, {"rows": len(units)}, REASON, units)


def _append(
    connection: sa.Connection, action: str, entity: str, after: object, reason: str, units: list[Unit]
) -> None:
    """An audit entry by "upgrade", binding `units`, chained after the head, which it moves."""
    entry_table = sa.table(
        "audit_entry",
        *(sa.column(name) for name in ("id", "at", "user", "action", "entity", "entity_id", "before", "after")),
        *(sa.column(name) for name in ("reason", "prev_hash", "hash", "rows_hash")),
    )
    row_table = sa.table(
        TABLE, sa.column("entry_id"), sa.column("table_name"), sa.column("row_key"), sa.column("digest")
    )
    last_id, last_hash = connection.execute(sa.text("SELECT last_id, last_hash FROM audit_head WHERE id = 1")).one()
    entry = {
        "id": last_id + 1,
        "at": utc_now(),
        "user": "upgrade",
        "action": action,
        "entity": entity,
        "entity_id": None,
        "before": None,
        "after": canonical_json(after),
        "reason": reason,
        "prev_hash": last_hash,
        "rows_hash": rows_hash(units) if units else None,
    }
    entry["hash"] = entry_hash(**entry)
    connection.execute(entry_table.insert(), entry)
    for start in range(0, len(units), 5000):
        connection.execute(
            row_table.insert(),
            [
                {"entry_id": entry["id"], "table_name": t, "row_key": k, "digest": d}
                for t, k, d in units[start : start + 5000]
            ],
        )
    connection.execute(
        sa.text("UPDATE audit_head SET last_id = :id, last_hash = :hash WHERE id = 1"),
        {"id": entry["id"], "hash": entry["hash"]},
    )


def downgrade() -> None:
    """The bindings stay (`audit_row` and `rows_hash`): the entries' hashes cover them, and dropping
    them would break the chain; an older program does not read them. The downgrade is an entry of
    the log: an upgrade after it takes the rows in again as the older migrations left them, where a
    record only marked older (no such entry since the rows were last taken in) must still match its
    digests. On PostgreSQL, TRUNCATE is no longer refused."""
    connection = op.get_bind()
    if connection.dialect.name == "postgresql":
        for table in _record_tables(connection):
            op.execute(f"DROP TRIGGER {table}_no_truncate ON {table}")
        op.execute("DROP FUNCTION refuse_truncate()")
    _append(connection, DOWNGRADE, "audit_row", {"revision": "0018"}, DOWNGRADE_REASON, [])
