"""No SQL built from strings: every SQL text the code builds is a constant of the program, or
it is listed here with why it is safe. Reads the source; no database."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

SQL_CALLS = {"text", "exec_driver_sql", "execute", "executescript", "executemany", "literal_column", "copy"}

# Each SQL string built in code, with why it is safe: every part is a constant of the program.
ALLOWED = {
    (
        "stockpile_tracker/db/engine.py",
        'f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}"',
    ): "an integer constant of the module; PRAGMA takes no bound parameters",
    (
        "stockpile_tracker/db/engine.py",
        'f"BEGIN {mode}"',
    ): "DEFERRED or IMMEDIATE, from session_factories' execution options, never from input",
    (
        "stockpile_tracker/db/sqlite_schema.py",
        'f"PRAGMA schema_version={int(version) + 1}"',
    ): "the schema version SQLite itself gave, plus one, as an integer; PRAGMA takes no bound parameters",
    (
        "stockpile_tracker/services/base.py",
        'f"COPY {table_name} ({names}) FROM STDIN"',
    ): "bulk_insert: a model's table and the column names the calling code wrote, quoted by the dialect; "
    "the values go through COPY's own data stream",
    (
        "stockpile_tracker/db/roles.py",
        "template.format(**names)",
    ): "db roles: CREATE ROLE, GRANT and REVOKE take no bound parameters; the templates and privilege words are "
    "constants of the module, and every name put in them (role, login, table, column, schema, sequence) is "
    "quoted by the dialect",
}
# Migrations build DDL (trigger and table names) from constants of their own module: DDL cannot
# take bound parameters, and a migration reads no input.
ALLOWED_FOLDERS = ("migrations/versions/",)


def built_string(node: ast.expr) -> bool:
    if isinstance(node, ast.JoinedStr):
        return True
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add | ast.Mod):
        return True
    return isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "format"


def sql_built_from_strings() -> list[tuple[str, int, str]]:
    found = []
    for source in sorted([*(ROOT / "stockpile_tracker").rglob("*.py"), *(ROOT / "migrations").rglob("*.py")]):
        code = source.read_text(encoding="utf-8")
        name = source.relative_to(ROOT).as_posix()
        for node in ast.walk(ast.parse(code)):
            if not (isinstance(node, ast.Call) and node.args):
                continue
            called = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
            if called in SQL_CALLS and built_string(node.args[0]):
                found.append((name, node.lineno, ast.get_source_segment(code, node.args[0])))
    return found


def test_no_sql_is_built_from_strings_outside_the_documented_exceptions():
    found = sql_built_from_strings()
    assert found, "the scan finds nothing at all: it no longer sees the code"
    unexplained = [
        (name, line, segment)
        for name, line, segment in found
        if (name, segment) not in ALLOWED and not name.startswith(ALLOWED_FOLDERS)
    ]
    assert unexplained == [], "use bound parameters, or add the case to ALLOWED with the reason"
    stale = set(ALLOWED) - {(name, segment) for name, _, segment in found}
    assert not stale, f"exceptions no longer in the code: {stale}"


def test_the_scan_sees_each_way_of_building_sql():
    def built(expression: str) -> bool:
        return built_string(ast.parse(expression, mode="eval").body)

    assert built('f"SELECT * FROM lot WHERE id = {x}"')
    assert built('"DELETE FROM lot WHERE id = " + x')
    assert built('"SELECT %s" % x')
    assert built('"SELECT {}".format(x)')
    assert not built('"SELECT * FROM lot WHERE id = :id"')
