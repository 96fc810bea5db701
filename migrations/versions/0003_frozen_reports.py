"""Frozen reports: a submitted yearly report kept as printed, append-only.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-27
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "frozen_report",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("period", sa.String(length=32), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("footer", sa.Text(), nullable=False),
        sa.Column("html", sa.Text(), nullable=False),
        sa.Column("csv", sa.Text(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("frozen_by", sa.String(length=100), nullable=False),
        sa.Column("frozen_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_frozen_report")),
        sa.UniqueConstraint("kind", "period", name=op.f("uq_frozen_report_kind_period")),
    )
    if op.get_context().dialect.name == "postgresql":
        op.execute("CREATE TRIGGER frozen_report_append_only BEFORE UPDATE OR DELETE ON frozen_report "
                   "FOR EACH ROW EXECUTE FUNCTION refuse_change()")
    else:
        for action in ("UPDATE", "DELETE"):
            op.execute(f"CREATE TRIGGER frozen_report_no_{action.lower()} BEFORE {action} ON frozen_report "
                       "BEGIN SELECT RAISE(ABORT, 'frozen_report is append-only: record a correction "
                       "instead'); END")


def downgrade() -> None:
    if op.get_context().dialect.name == "postgresql":
        op.execute("DROP TRIGGER frozen_report_append_only ON frozen_report")
    else:
        for action in ("update", "delete"):
            op.execute(f"DROP TRIGGER frozen_report_no_{action}")
    op.drop_table("frozen_report")
