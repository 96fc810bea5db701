"""Korea requirement: per policy profile and mine type, how many mines may be reserved for the
defence of the Republic of Korea, on an authority, from a day (DOMAIN.md section 4, korea-reserve).
A new table, append-only like the retention decisions (a change is a new requirement); no existing
row changes. A record that reserves mines for Korea has no requirement yet: `check` says so.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

TABLE = "korea_requirement"


def upgrade() -> None:
    op.create_table(
        TABLE,
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("profile_id", sa.Integer(), nullable=False),
        sa.Column("mine_type_id", sa.Integer(), nullable=False),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.Column("authority_ref", sa.String(length=120), nullable=False),
        sa.Column("valid_from", sa.Date(), nullable=False),
        sa.Column("set_by", sa.String(length=100), nullable=False),
        sa.Column("set_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("quantity >= 0", name=op.f("ck_korea_requirement_quantity_not_negative")),
        sa.CheckConstraint("length(authority_ref) > 0", name=op.f("ck_korea_requirement_authority_ref")),
        sa.ForeignKeyConstraint(
            ["mine_type_id"], ["mine_type.id"], name=op.f("fk_korea_requirement_mine_type_id_mine_type")
        ),
        sa.ForeignKeyConstraint(
            ["profile_id"], ["policy_profile.id"], name=op.f("fk_korea_requirement_profile_id_policy_profile")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_korea_requirement")),
    )
    op.create_index(op.f("ix_korea_requirement_mine_type_id"), TABLE, ["mine_type_id"])
    op.create_index("ix_korea_requirement_profile_id_valid_from", TABLE, ["profile_id", "valid_from"])
    # Append-only, as migration 0002 made the retention decisions.
    if op.get_context().dialect.name == "postgresql":
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


def downgrade() -> None:
    """The requirements stated go with the table (its triggers with it): the record keeps its
    reservations, which schema 0006 measures against nothing."""
    op.drop_table(TABLE)
