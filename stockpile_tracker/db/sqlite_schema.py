"""Changing a SQLite table's constraints in place, for the migrations (SQLite's documented
procedure for a change ALTER TABLE cannot make). Rebuilding a table instead would drop it under the
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
