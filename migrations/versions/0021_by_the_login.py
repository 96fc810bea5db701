"""Who did it is the login (issue 14), kept by the database on PostgreSQL: a login that does not own
the tables may write into a "who" column (recorded_by, verified_by, the audit entry's user...) only
its own name, `session_user`. So a verifier cannot set verified_by to a colleague's login in SQL, and
a recorder cannot record in someone else's name; the grants of `db roles` say which columns each
may write at all. The owner (or a superuser) can change anything, triggers included, so it is held
to no login. SQLite has no logins: nothing changes there.

Revision ID: 0021
Revises: 0020
Create Date: 2026-12-02
"""

from __future__ import annotations

from alembic import op

revision = "0021"
down_revision = "0020"
branch_labels = None
depends_on = None

# Each table's "who" columns, as the services fill them with the identity (Context.user).
WHO = {
    "audit_entry": ("user",),
    "lot": ("created_by",),
    "movement": ("recorded_by",),
    "retention_decision": ("decided_by",),
    "suspension": ("suspended_by", "lifted_by"),
    "programme": ("created_by",),
    "destruction_task": ("created_by", "closed_by"),
    "destruction_event": ("recorded_by", "verified_by", "corrected_by"),
    "unaccounted_loss": ("recorded_by",),
    "loss_resolution": ("recorded_by",),
    "korea_requirement": ("set_by",),
    "article7_text": ("written_by",),
    "frozen_report": ("frozen_by",),
}

# A name set or changed (not one left as it was, nor one cleared) must be the login's. The owner's
# rights are looked up first, so its own writes (an import of thousands of rows) pay little.
FUNCTION = """
CREATE FUNCTION by_the_login() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    new_row jsonb;
    old_row jsonb;
    who text;
    written text;
BEGIN
    IF pg_has_role(session_user, (SELECT relowner FROM pg_class WHERE oid = TG_RELID), 'USAGE') THEN
        RETURN NEW;
    END IF;
    new_row := to_jsonb(NEW);
    IF TG_OP = 'UPDATE' THEN
        old_row := to_jsonb(OLD);
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


def upgrade() -> None:
    if op.get_context().dialect.name != "postgresql":
        return
    op.execute(FUNCTION)
    for table, columns in WHO.items():
        arguments = ", ".join(f"'{column}'" for column in columns)
        op.execute(
            f"CREATE TRIGGER {table}_by_the_login BEFORE INSERT OR UPDATE ON {table} "
            f"FOR EACH ROW EXECUTE FUNCTION by_the_login({arguments})"
        )


def downgrade() -> None:
    if op.get_context().dialect.name != "postgresql":
        return
    for table in WHO:
        op.execute(f"DROP TRIGGER {table}_by_the_login ON {table}")
    op.execute("DROP FUNCTION by_the_login()")
