"""Rules of a row, not only of a column, kept by the database on PostgreSQL (issue 14). The grants of
`db roles` are column by column: a verifier may write verified_by, a recorder a line's quantity or a
task's status, on any row. For a login that does not own the tables (decided as 0021 does), these
BEFORE triggers refuse what no service does:

- a certificate's verification (verified_by, verified_on) is set once, from nothing; it is never
  changed to another, and it is withdrawn only by a correction: the same UPDATE writes the login
  into corrected_by, and the login may change the lines' quantities (a recorder);
- the lines of a verified certificate are frozen: no quantity nor certified quantity changed, no
  line added (a correction withdraws the verification first; a verification writes the certified
  quantities before who verified it);
- a closed or cancelled task keeps its status, who closed it, when and why.

A lifted suspension was already frozen for everyone (0009, 0016).

Also: 0021's function read `pg_class` unqualified, and a login's temporary table comes first in the
search path, so `CREATE TEMP TABLE pg_class` made any login look like the owner to it. Every function
here reads pg_catalog by name and runs with search_path = pg_catalog, pg_temp (the temporary schema
last: it can shadow nothing).

SQLite has no logins: nothing changes there.

Revision ID: 0022
Revises: 0021
Create Date: 2026-12-03
"""

from __future__ import annotations

from alembic import op

revision = "0022"
down_revision = "0021"
branch_labels = None
depends_on = None

SAFE = "SET search_path = pg_catalog, pg_temp"

# The owner (or a member of it, or a superuser) is held to nothing here, as in 0021.
OWNER = (
    "pg_catalog.pg_has_role(session_user, "
    "(SELECT c.relowner FROM pg_catalog.pg_class c WHERE c.oid = TG_RELID), 'USAGE')"
)


def by_the_login(owner: str, catalog: str, safe: str) -> str:
    """0021's function: a login column written only with the login that writes it. `catalog` is
    "pg_catalog." to name the catalogue's functions so, as this revision does, or "" as 0021 did."""
    return f"""
CREATE OR REPLACE FUNCTION by_the_login() RETURNS trigger LANGUAGE plpgsql {safe} AS $$
DECLARE
    new_row jsonb;
    old_row jsonb;
    who text;
    written text;
BEGIN
    IF {owner} THEN
        RETURN NEW;
    END IF;
    new_row := {catalog}to_jsonb(NEW);
    IF TG_OP = 'UPDATE' THEN
        old_row := {catalog}to_jsonb(OLD);
    END IF;
    FOREACH who IN ARRAY TG_ARGV LOOP
        written := new_row ->> who;
        IF written IS NOT NULL AND written IS DISTINCT FROM old_row ->> who AND written <> session_user THEN
            RAISE EXCEPTION '%.% must be the login that writes it (%), not %', TG_TABLE_NAME, who, session_user, written
                USING ERRCODE = 'insufficient_privilege';
        END IF;
    END LOOP;
    RETURN NEW;
END
$$
"""


BY_THE_LOGIN = by_the_login(OWNER, "pg_catalog.", SAFE)
BY_THE_LOGIN_0021 = by_the_login(  # to go back to
    "pg_has_role(session_user, (SELECT relowner FROM pg_class WHERE oid = TG_RELID), 'USAGE')", "", ""
)

VERIFICATION_KEPT = f"""
CREATE FUNCTION verification_kept() RETURNS trigger LANGUAGE plpgsql {SAFE} AS $$
BEGIN
    IF (NEW.verified_by, NEW.verified_on) IS NOT DISTINCT FROM (OLD.verified_by, OLD.verified_on)
            OR OLD.verified_by IS NULL OR {OWNER} THEN
        RETURN NEW;
    END IF;
    IF NEW.verified_by IS NOT NULL OR NEW.verified_on IS NOT NULL THEN
        RAISE EXCEPTION 'certificate % was verified by % on %: a verification is never changed, only withdrawn '
            'by a correction', OLD.certificate_number, OLD.verified_by, OLD.verified_on
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF NEW.corrected_by IS DISTINCT FROM session_user THEN
        RAISE EXCEPTION 'certificate %: a verification is withdrawn only by a correction, which writes the login '
            'that makes it (%) into corrected_by', OLD.certificate_number, session_user
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF NOT pg_catalog.has_column_privilege(session_user, pg_catalog.format('%I.event_line', TG_TABLE_SCHEMA),
            'quantity', 'UPDATE') THEN
        RAISE EXCEPTION 'certificate %: a verification is withdrawn only by a correction, and login % may not '
            'correct the quantities destroyed', OLD.certificate_number, session_user
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END
$$
"""

LINE_KEPT = f"""
CREATE FUNCTION event_line_kept() RETURNS trigger LANGUAGE plpgsql {SAFE} AS $$
DECLARE
    certificate text;
BEGIN
    IF TG_OP = 'UPDATE' AND (NEW.event_id, NEW.quantity, NEW.certified_quantity)
            IS NOT DISTINCT FROM (OLD.event_id, OLD.quantity, OLD.certified_quantity) THEN
        RETURN NEW;
    END IF;
    IF {OWNER} THEN
        RETURN NEW;
    END IF;
    EXECUTE pg_catalog.format(
        'SELECT certificate_number FROM %I.destruction_event WHERE verified_by IS NOT NULL AND id IN ($1, $2)',
        TG_TABLE_SCHEMA
    ) INTO certificate USING NEW.event_id, CASE WHEN TG_OP = 'UPDATE' THEN OLD.event_id END;
    IF certificate IS NOT NULL THEN
        RAISE EXCEPTION 'certificate % is verified: its lines are not changed; a correction withdraws the '
            'verification first', certificate
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END
$$
"""

TASK_CLOSED_KEPT = f"""
CREATE FUNCTION task_closed_kept() RETURNS trigger LANGUAGE plpgsql {SAFE} AS $$
BEGIN
    IF OLD.status NOT IN ('closed', 'cancelled')
            OR (NEW.status, NEW.closed_by, NEW.closed_at, NEW.close_note)
                IS NOT DISTINCT FROM (OLD.status, OLD.closed_by, OLD.closed_at, OLD.close_note)
            OR {OWNER} THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'task % is %: its status, who % it, when and why are kept as they are', OLD.reference,
        OLD.status, OLD.status USING ERRCODE = 'insufficient_privilege';
END
$$
"""

# name: (table, events, function, its definition)
TRIGGERS = {
    "destruction_event_verification_kept": ("destruction_event", "UPDATE", "verification_kept", VERIFICATION_KEPT),
    "event_line_kept": ("event_line", "INSERT OR UPDATE", "event_line_kept", LINE_KEPT),
    "destruction_task_closed_kept": ("destruction_task", "UPDATE", "task_closed_kept", TASK_CLOSED_KEPT),
}


def upgrade() -> None:
    if op.get_context().dialect.name != "postgresql":
        return
    op.execute(BY_THE_LOGIN)
    for name, (table, events, function, definition) in TRIGGERS.items():
        op.execute(definition)
        op.execute(f"CREATE TRIGGER {name} BEFORE {events} ON {table} FOR EACH ROW EXECUTE FUNCTION {function}()")


def downgrade() -> None:
    if op.get_context().dialect.name != "postgresql":
        return
    for name, (table, _events, function, _definition) in TRIGGERS.items():
        op.execute(f"DROP TRIGGER {name} ON {table}")
        op.execute(f"DROP FUNCTION {function}()")
    op.execute(BY_THE_LOGIN_0021)
