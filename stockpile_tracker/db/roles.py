"""Database roles on PostgreSQL (`db roles`): four group roles, each granted only what its part of
the work writes, so that the database itself refuses the rest, whatever tool a login uses.

Every role reads every table. What each writes is listed below, table by table, from what the
services write for that part: "INSERT", "UPDATE" (every column) or "UPDATE (a, b)" (those
columns only). No role is granted DELETE, TRUNCATE, REFERENCES or TRIGGER, and none owns anything:
the owner (the login that creates and upgrades the database) stays the only one who can change the
schema. Granting is exact: a role's earlier grants on the schema are revoked first, in the same
transaction, so running it again after an upgrade gives each role what this program says and no more.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass

from sqlalchemy import Connection, Engine, text
from sqlalchemy.exc import DBAPIError

from ..domain.errors import DatabaseError, InvalidInput
from .engine import describe_error

PARTS = ("viewer", "recorder", "verifier", "administrator")
DEFAULT_PREFIX = "stockpile"
PREFIX = re.compile(r"[a-z][a-z0-9_]{0,39}")

Writes = Mapping[str, tuple[str, ...]]

AUDIT: Writes = {
    "audit_entry": ("INSERT",),
    "audit_row": ("INSERT",),  # the digests of the rows each change wrote (migration 0019)
    "audit_head": ("UPDATE (last_id, last_hash)",),  # also what locks it: every writer waits its turn there
}

# Recording: lots, the ledger and its balances, retention, suspensions, destruction tasks and events,
# losses. Not the verification of a certificate, not the catalogue, profiles or settings.
RECORDER: Writes = {
    **AUDIT,
    "lot": ("INSERT",),
    "holding": ("INSERT",),
    "lot_balance": ("INSERT", "UPDATE"),
    "movement": ("INSERT",),
    "retention_decision": ("INSERT",),
    "suspension": ("INSERT", "UPDATE (lifted_on, lifted_by, lift_reason)"),
    "programme": ("INSERT",),
    "programme_site": ("INSERT",),
    "destruction_task": ("INSERT", "UPDATE (status, closed_by, closed_at, close_note)"),
    "task_line": ("INSERT",),
    "destruction_event": ("INSERT",),
    "event_line": ("INSERT", "UPDATE (quantity)"),
    "unaccounted_loss": ("INSERT",),
    "loss_resolution": ("INSERT",),
}

# Verifying a certificate: who verified it and when, and the quantities it certifies. A correction
# withdraws a verification, so it takes a login that is both recorder and verifier (or administrator).
VERIFIER: Writes = {
    **AUDIT,
    "destruction_event": ("UPDATE (verified_by, verified_on, corrected_by)",),
    "event_line": ("UPDATE (certified_quantity)",),
}

# Administering: policy profiles and their Korea requirements, the catalogue, settings, the Article 7
# texts and the reports frozen as submitted; and everything the others do.
ADMINISTRATOR: Writes = {
    **AUDIT,
    "policy_profile": ("UPDATE",),
    "korea_requirement": ("INSERT",),
    "mine_type": ("INSERT", "UPDATE"),
    "site": ("INSERT", "UPDATE"),
    "setting": ("INSERT", "UPDATE (value)"),
    "article7_text": ("INSERT",),
    "frozen_report": ("INSERT",),
}

NOT_POSTGRESQL = (
    "roles are a PostgreSQL feature: a SQLite file is one person's record, and whoever holds the file can "
    "change it; several people working under four eyes share a PostgreSQL database (see the README)"
)

OWN_WRITES: dict[str, Writes] = {"viewer": {}, "recorder": RECORDER, "verifier": VERIFIER}


@dataclass(frozen=True)
class Grant:
    """One line of what `db roles` granted: a role, an object, its privileges."""

    role: str
    on: str
    privileges: str


EVERY_PART = frozenset(PARTS)

# What shows that a login may do a part: a privilege only that part (or the administrator) holds.
# The owner holds them all; on SQLite there are no grants, and whoever holds the file does everything.
PART_PRIVILEGES = text(
    "SELECT has_table_privilege('movement', 'INSERT'), "
    "has_column_privilege('destruction_event', 'verified_by', 'UPDATE'), "
    "has_table_privilege('policy_profile', 'UPDATE')"
)


def parts_granted(connection: Connection) -> frozenset[str]:
    """The parts the current login may do, as its grants say (a PostgreSQL connection)."""
    record, verify, administer = connection.execute(PART_PRIVILEGES).one()
    held = {"recorder": record, "verifier": verify, "administrator": administer}
    return frozenset({"viewer", *(part for part, granted in held.items() if granted)})


# Who other than a table's owner may remove its rows: no one should (PUBLIC is grantee 0).
REMOVERS = text(
    "SELECT c.relname, coalesce(r.rolname, 'PUBLIC'), a.privilege_type "
    "FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
    "CROSS JOIN LATERAL aclexplode(c.relacl) a LEFT JOIN pg_roles r ON r.oid = a.grantee "
    "WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p') "
    "AND a.privilege_type IN ('DELETE', 'TRUNCATE') AND a.grantee <> c.relowner ORDER BY 1, 2, 3"
)


def grant_problems(connection: Connection) -> list[str]:
    """For `db check` on PostgreSQL: a role other than the owner granted DELETE or TRUNCATE on a
    table of the record (by hand: `db roles` grants neither), named with the table and with the
    exact command that takes it back: `db roles --prefix P` for one of the program's roles (it
    grants them exactly their part), the REVOKE statement for any other role or PUBLIC."""
    quote = connection.dialect.identifier_preparer.quote
    problems = []
    for table, role, privilege in connection.execute(REMOVERS):
        prefix = program_prefix(role)
        if prefix is not None:
            fix = f"'stockpile-tracker db roles --prefix {prefix}', which grants the program's roles exactly their part"
        else:
            grantee = "PUBLIC" if role == "PUBLIC" else quote(role)
            fix = f"REVOKE {privilege} ON {quote(table)} FROM {grantee};"
        problems.append(f"role {role} may {privilege} table {table}: only the owner should; as the owner, run {fix}")
    return problems


# What each part that writes lets a login do, in words for a refusal.
PART_WORDS = {
    "recorder": "record lots, movements or destructions",
    "verifier": "verify certificates",
    "administrator": "change the catalogue, the policy profiles, the settings or the Article 7 texts",
}
REFUSED_OBJECT = re.compile(r"permission denied for (?:table|relation|sequence) (\S+)")


def refusal(message: str, held: frozenset[str]) -> str:
    """A permission the database denied, in words first (what the login may not do, and the role
    that would let it), the database's own words, which name the table, at the end. `message`: the
    database's first line; `held`: the parts the login holds (`parts_granted`)."""
    found = REFUSED_OBJECT.search(message)
    table = found.group(1).strip('"').removesuffix("_id_seq") if found else None
    needed = [part for part, writes in (("recorder", RECORDER), ("verifier", VERIFIER)) if table in writes]
    needed += ["administrator"] if table in {**RECORDER, **VERIFIER, **ADMINISTRATOR} else []
    missing = [part for part in needed if part not in held]
    if table in AUDIT and held <= {"viewer"}:  # every writer begins there: a viewer is refused before anything else
        words = "Your login may only read: changing the record needs the role recorder, verifier or administrator"
    elif missing:
        part = missing[0]
        words = f"Your login may not {PART_WORDS[part]}: it needs the role {part}"
    else:
        words = "Your login's role does not allow this"
    return (
        f"{words} (the roles are listed by 'stockpile-tracker db roles'); nothing was written. "
        f"The database refused: {message}"
    )


def program_prefix(role: str) -> str | None:
    """The prefix of one of the program's roles (`<prefix>_recorder`...), None for any other name."""
    for part in PARTS:
        prefix = role.removesuffix(f"_{part}")
        if prefix != role and PREFIX.fullmatch(prefix):
            return prefix
    return None


def writes_of(part: str) -> dict[str, str]:
    """table -> its privileges beyond SELECT, for one part ("INSERT, UPDATE (a, b)"); the
    administrator's are everyone's together with its own."""
    sources = list(OWN_WRITES.values()) + [ADMINISTRATOR] if part == "administrator" else [OWN_WRITES[part]]
    return {table: _merged(privileges) for table, privileges in _by_table(sources).items()}


def role_name(prefix: str, part: str) -> str:
    return f"{prefix}_{part}"


def require_prefix(prefix: str) -> str:
    if not PREFIX.fullmatch(prefix):
        raise InvalidInput("prefix", f"{prefix!r}: lower-case letters, digits and _, starting with a letter")
    return prefix


def require_part(part: str) -> str:
    if part not in PARTS:
        raise InvalidInput("role", f"{part!r} is not a role: choose one of {', '.join(PARTS)}")
    return part


def set_up_roles(engine: Engine, prefix: str = DEFAULT_PREFIX, members: Iterable[tuple[str, str]] = ()) -> list[Grant]:
    """Create the four roles if missing and grant each exactly its part on the current schema's
    tables, in one transaction; then make each (part, login) of `members` a member of that part's
    role. What was granted, in order."""
    if engine.dialect.name != "postgresql":
        raise DatabaseError(NOT_POSTGRESQL)
    require_prefix(prefix)
    members = [(require_part(part), login) for part, login in members]
    try:
        with engine.begin() as connection:
            return _grant_all(connection, prefix, members)
    except DBAPIError as exc:
        raise DatabaseError(f"the roles could not be granted: {describe_error(exc)}; nothing was changed") from exc


def _grant_all(connection: Connection, prefix: str, members: list[tuple[str, str]]) -> list[Grant]:
    quote = connection.dialect.identifier_preparer.quote
    schema, database = connection.execute(text("SELECT current_schema(), current_database()")).one()
    tables = set(connection.execute(TABLES).scalars())
    sequences = {table: sequence for table, sequence in connection.execute(SEQUENCES)}  # each table's id numbering
    grants: list[Grant] = []
    for part in PARTS:
        role = role_name(prefix, part)
        if not connection.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :role"), {"role": role}).first():
            _ddl(connection, "CREATE ROLE {role} NOLOGIN", role=quote(role))
        _ddl(
            connection,
            "REVOKE ALL ON ALL TABLES IN SCHEMA {schema} FROM {role}",
            schema=quote(schema),
            role=quote(role),
        )
        _ddl(
            connection,
            "REVOKE ALL ON ALL SEQUENCES IN SCHEMA {schema} FROM {role}",
            schema=quote(schema),
            role=quote(role),
        )
        _ddl(connection, "GRANT CONNECT ON DATABASE {database} TO {role}", database=quote(database), role=quote(role))
        _ddl(connection, "GRANT USAGE ON SCHEMA {schema} TO {role}", schema=quote(schema), role=quote(role))
        grants += [Grant(role, f"database {database}", "CONNECT"), Grant(role, f"schema {schema}", "USAGE")]
        writes = writes_of(part)
        for table in sorted(tables):
            privileges = ", ".join(["SELECT", *([writes[table]] if table in writes else [])])
            _ddl(
                connection,
                "GRANT {privileges} ON TABLE {table} TO {role}",
                privileges=_quoted_columns(privileges, quote),
                table=quote(table),
                role=quote(role),
            )
            grants.append(Grant(role, table, privileges))
            if "INSERT" in privileges and table in sequences:
                sequence = sequences[table]
                _ddl(
                    connection,
                    "GRANT USAGE ON SEQUENCE {sequence} TO {role}",
                    sequence=quote(sequence),
                    role=quote(role),
                )
                grants.append(Grant(role, f"sequence {sequence}", "USAGE"))
    for part, login in members:
        if not connection.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :login"), {"login": login}).first():
            raise InvalidInput(
                "login", f"there is no login {login!r} on the server: create it first (CREATE ROLE ... LOGIN)"
            )
        _ddl(connection, "GRANT {role} TO {login}", role=quote(role_name(prefix, part)), login=quote(login))
        grants.append(Grant(login, f"role {role_name(prefix, part)}", "MEMBER"))
    return grants


TABLES = text(
    "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
    "WHERE c.relkind IN ('r', 'p') AND n.nspname = current_schema()"
)
SEQUENCES = text(  # the sequences that number a table's rows (serial columns), by table
    "SELECT t.relname, s.relname FROM pg_class s JOIN pg_depend d ON d.objid = s.oid AND d.deptype IN ('a', 'i') "
    "JOIN pg_class t ON t.oid = d.refobjid JOIN pg_namespace n ON n.oid = s.relnamespace "
    "WHERE s.relkind = 'S' AND n.nspname = current_schema()"
)


def _ddl(connection: Connection, template: str, **names: str) -> None:
    """DDL takes no bound parameters: the templates are this module's constants and every name in
    them is quoted by the dialect."""
    connection.exec_driver_sql(template.format(**names))


def _quoted_columns(privileges: str, quote: Callable[[str], str]) -> str:
    """`UPDATE (a, b)` with each column quoted; the privilege words are this module's constants."""

    def quoted(match: re.Match[str]) -> str:
        return "(" + ", ".join(quote(column.strip()) for column in match.group(1).split(",")) + ")"

    return re.sub(r"\(([^)]*)\)", quoted, privileges)


def _by_table(sources: list[Writes]) -> dict[str, list[str]]:
    tables: dict[str, list[str]] = {}
    for writes in sources:
        for table, privileges in writes.items():
            tables.setdefault(table, []).extend(privileges)
    return tables


def _merged(privileges: list[str]) -> str:
    """INSERT and UPDATE once each: UPDATE of every column covers the column lists."""
    words: list[str] = []
    columns: list[str] = []
    for privilege in privileges:
        word, _, rest = privilege.partition(" ")
        if word == "UPDATE" and rest:
            columns += [column.strip() for column in rest.strip("()").split(",") if column.strip() not in columns]
            continue
        if word not in words:
            words.append(word)
    if columns and "UPDATE" not in words:
        words.append(f"UPDATE ({', '.join(columns)})")
    return ", ".join(sorted(words, key=lambda word: word.split(" ")[0] != "INSERT"))
