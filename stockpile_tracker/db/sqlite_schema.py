"""For the migrations: the ledger's append-only triggers set aside while a migration rewrites
entries, and changing a SQLite table's constraints in place (SQLite's documented procedure for a
change ALTER TABLE cannot make). Rebuilding a table instead would drop it under the
foreign keys that point at it, which are on in a transaction that cannot turn them off, and drop
its append-only triggers with it. Each change must already hold for every stored row."""

from __future__ import annotations

from sqlalchemy import Connection


def rewrite_sqlite_table(bind: Connection, table: str, changes: list[tuple[str, str]]) -> None:
    """Replace each `old` text of the table's stored definition by `new`; an `old` that is not there
    exactly once stops the migration, which then writes nothing."""
    version = bind.exec_driver_sql("PRAGMA schema_version").scalar_one()
    bind.exec_driver_sql("PRAGMA writable_schema=ON")
    for old, new in changes:
        changed = bind.exec_driver_sql(
            "UPDATE sqlite_master SET sql = replace(sql, ?, ?) WHERE type = 'table' AND name = ? AND instr(sql, ?) > 0",
            (old, new, table, old),
        ).rowcount
        if changed != 1:
            raise RuntimeError(f"{table} has no ({old}) to change")
    bind.exec_driver_sql(f"PRAGMA schema_version={int(version) + 1}")
    bind.exec_driver_sql("PRAGMA writable_schema=OFF")


# Per event: the statement that sets the trigger aside, and the one that puts it back (as 0002 made it).
SQLITE_TRIGGERS = {
    "UPDATE": (
        "DROP TRIGGER movement_no_update",
        "CREATE TRIGGER movement_no_update BEFORE UPDATE ON movement "
        "BEGIN SELECT RAISE(ABORT, 'movement is append-only: record a correction instead'); END",
    ),
    "DELETE": (
        "DROP TRIGGER movement_no_delete",
        "CREATE TRIGGER movement_no_delete BEFORE DELETE ON movement "
        "BEGIN SELECT RAISE(ABORT, 'movement is append-only: record a correction instead'); END",
    ),
}


def ledger_writable(bind: Connection, writable: bool, events: tuple[str, ...] = ("UPDATE",)) -> None:
    """The ledger's append-only triggers for `events` set aside (`writable`) while a migration
    rewrites entries, and back. PostgreSQL has one trigger for both events."""
    if bind.dialect.name != "sqlite":
        bind.exec_driver_sql(
            "ALTER TABLE movement DISABLE TRIGGER movement_append_only"
            if writable
            else "ALTER TABLE movement ENABLE TRIGGER movement_append_only"
        )
        return
    for event in events:
        drop, create = SQLITE_TRIGGERS[event]
        bind.exec_driver_sql(drop if writable else create)
