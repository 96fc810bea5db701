"""For `db check`: the triggers that make the record append-only (migrations 0002, 0003, 0007, 0009,
0010) are there, on their tables, enabled, and still refuse. A database tool can drop or disable
them and then edit or delete rows; the edit itself is found by the other checks, the missing
trigger here. On PostgreSQL also those that hold a login to its own name (0021) and to the rules of
a row (0022: a verification kept, a verified certificate's lines, a closed task's closing)."""

from __future__ import annotations

from typing import Any, NamedTuple

from sqlalchemy import text
from sqlalchemy.orm import Session

from ..db.models import Base

# Tables that take no UPDATE and no DELETE; suspension takes only its lifting (once) and no DELETE.
APPEND_ONLY = (
    "movement",
    "retention_decision",
    "audit_entry",
    "frozen_report",
    "korea_requirement",
    "unaccounted_loss",
    "loss_resolution",
    "article7_text",
    "audit_row",
)

# The tables whose "who" columns migration 0021 keeps to the login's own name (PostgreSQL).
BY_THE_LOGIN = (
    "audit_entry",
    "lot",
    "movement",
    "retention_decision",
    "suspension",
    "programme",
    "destruction_task",
    "destruction_event",
    "unaccounted_loss",
    "loss_resolution",
    "korea_requirement",
    "article7_text",
    "frozen_report",
)

# The row rules of migration 0022 (PostgreSQL): name -> table, the function it runs, what it keeps.
ROW_RULES = {
    "destruction_event_verification_kept": (
        "destruction_event",
        "verification_kept",
        "a verification can be changed, or withdrawn without a correction",
    ),
    "event_line_kept": ("event_line", "event_line_kept", "a verified certificate's quantities can be changed"),
    "destruction_task_closed_kept": (
        "destruction_task",
        "task_closed_kept",
        "a closed or cancelled task can be reopened or its closing rewritten",
    ),
}

# PostgreSQL's pg_trigger.tgtype bits: a row trigger, fired before, on DELETE, on UPDATE, on TRUNCATE.
ROW, BEFORE, DELETE, UPDATE, TRUNCATE = 1, 2, 8, 16, 32


Stored = dict[str, tuple[Any, ...]]  # a trigger's name: its table, then what the catalogue says of it


class Trigger(NamedTuple):
    name: str
    table: str
    event: str  # UPDATE, DELETE, or both on PostgreSQL, where one trigger refuses both
    function: str = ""  # PostgreSQL: the function it runs
    conditional: bool = False  # SQLite: it refuses only WHEN its condition holds (the suspension's)


def _sqlite_triggers() -> list[Trigger]:
    plain = [
        Trigger(f"{table}_no_{event.lower()}", table, event) for table in APPEND_ONLY for event in ("UPDATE", "DELETE")
    ]
    return [
        *plain,
        Trigger("suspension_no_delete", "suspension", "DELETE"),
        Trigger("suspension_lifted_once", "suspension", "UPDATE", conditional=True),
    ]


def _postgresql_triggers() -> list[Trigger]:
    return [
        *(Trigger(f"{table}_append_only", table, "UPDATE OR DELETE", "refuse_change") for table in APPEND_ONLY),
        Trigger("suspension_lifted_once", "suspension", "UPDATE OR DELETE", "suspension_lifted_once"),
    ]


def trigger_problems(session: Session) -> list[str]:
    """Each append-only table's triggers, read from the database's catalogue."""
    if session.get_bind().dialect.name == "postgresql":
        return _postgresql_problems(session)
    return _sqlite_problems(session)


def _missing(trigger: Trigger, what: str) -> str:
    return f"table {trigger.table} is no longer append-only: its trigger {trigger.name} {what}"


def _unknown(stored: Stored, known: set[str]) -> list[str]:
    """A trigger the program did not make can rewrite what it writes before the row is bound to the
    audit (a witness replaced as the event is inserted): named, whatever it does."""
    return [
        f"table {stored[name][0]} has a trigger the program did not make: {name}; remove it, it can change what "
        "the program writes"
        for name in sorted(set(stored) - known)
    ]


def _sqlite_problems(session: Session) -> list[str]:
    stored = {
        name: (table, " ".join((sql or "").upper().split()))
        for name, table, sql in session.execute(
            text("SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'trigger'")
        )
    }
    problems = _unknown(stored, {trigger.name for trigger in _sqlite_triggers()})
    for trigger in _sqlite_triggers():
        table, sql = stored.get(trigger.name, ("", ""))
        start = f"CREATE TRIGGER {trigger.name.upper()} BEFORE {trigger.event} ON {trigger.table.upper()} "
        if not sql:
            problems.append(_missing(trigger, "is missing"))
        elif table != trigger.table or not sql.startswith(start):
            problems.append(_missing(trigger, f"no longer fires before each {trigger.event} of it"))
        elif "RAISE(ABORT" not in sql or not (trigger.conditional or sql.startswith(f"{start}BEGIN")):
            problems.append(_missing(trigger, f"no longer refuses every {trigger.event}"))
    return problems


POSTGRESQL_TRIGGERS = text(
    "SELECT t.tgname, c.relname, t.tgenabled, t.tgtype, p.proname, p.prosrc "
    "FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_proc p ON p.oid = t.tgfoid "
    "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE NOT t.tgisinternal AND n.nspname = current_schema()"
)


def _postgresql_problems(session: Session) -> list[str]:
    stored = {row[0]: row[1:] for row in session.execute(POSTGRESQL_TRIGGERS)}
    tables = sorted([*Base.metadata.tables, "alembic_version"])
    known = {trigger.name for trigger in _postgresql_triggers()} | {f"{table}_no_truncate" for table in tables}
    return [
        *_unknown(stored, known | {f"{table}_by_the_login" for table in BY_THE_LOGIN} | set(ROW_RULES)),
        *_append_only_problems(stored),
        *_truncate_problems(stored, tables),
        *_login_problems(stored),
        *_row_rule_problems(stored),
    ]


def _append_only_problems(stored: Stored) -> list[str]:
    problems = []
    for trigger in _postgresql_triggers():
        if trigger.name not in stored:
            problems.append(_missing(trigger, "is missing"))
            continue
        table, enabled, kind, function, source = stored[trigger.name]
        fires = ROW | BEFORE | DELETE | UPDATE
        if table != trigger.table or kind & fires != fires:
            problems.append(_missing(trigger, "no longer fires before each UPDATE and DELETE of it"))
        elif enabled not in ("O", "A"):  # D: disabled; R: fires only on a replica
            problems.append(_missing(trigger, "is disabled"))
        elif function != trigger.function or "RAISE EXCEPTION" not in source.upper():
            problems.append(_missing(trigger, f"no longer runs {trigger.function}(), which refuses the change"))
    return problems


def _truncate_problems(stored: Stored, tables: list[str]) -> list[str]:
    """Row triggers do not see TRUNCATE: a statement trigger on every table does (migration 0019)."""
    problems = []
    for table in tables:
        name = f"{table}_no_truncate"
        found = stored.get(name)
        if found is None:
            problems.append(f"table {table} can be emptied by TRUNCATE: its trigger {name} is missing")
        elif found[0] != table or found[2] & (BEFORE | TRUNCATE) != BEFORE | TRUNCATE or found[2] & ROW:
            problems.append(f"table {table} can be emptied by TRUNCATE: its trigger {name} no longer fires before it")
        elif found[1] not in ("O", "A") or found[3] != "refuse_truncate" or "RAISE EXCEPTION" not in found[4].upper():
            problems.append(f"table {table} can be emptied by TRUNCATE: its trigger {name} no longer refuses it")
    return problems


def _login_problems(stored: Stored) -> list[str]:
    """Migration 0021: a login writes only its own name into who did it."""
    problems = []
    for table in BY_THE_LOGIN:
        name = f"{table}_by_the_login"
        found = stored.get(name)
        if found is None or found[1] not in ("O", "A") or found[3] != "by_the_login":
            problems.append(f"table {table} takes any name as who did it: its trigger {name} is missing or disabled")
        elif "pg_catalog.pg_class" not in found[4]:  # 0022: a temporary table named pg_class shadows it
            problems.append(
                f"table {table} takes any name as who did it: its trigger {name} reads pg_class unqualified, "
                "which a login's temporary table can stand in for"
            )
    return problems


def _row_rule_problems(stored: Stored) -> list[str]:
    """Migration 0022: a verification, a verified certificate's lines and a closed task are kept as they are."""
    problems = []
    for name, (table, function, otherwise) in ROW_RULES.items():
        found = stored.get(name)
        if found is None:
            problems.append(f"table {table}: {otherwise}: its trigger {name} is missing")
        elif found[0] != table or found[2] & (ROW | BEFORE | UPDATE) != ROW | BEFORE | UPDATE:
            problems.append(f"table {table}: {otherwise}: its trigger {name} no longer fires before each UPDATE")
        elif found[1] not in ("O", "A"):
            problems.append(f"table {table}: {otherwise}: its trigger {name} is disabled")
        elif found[3] != function or "RAISE EXCEPTION" not in found[4].upper():
            problems.append(f"table {table}: {otherwise}: its trigger {name} no longer runs {function}()")
    return problems
