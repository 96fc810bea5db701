"""Destruction corrections: an event line can be corrected down to zero (a destruction that did not
happen for that lot), so its quantity may be 0; the line stays, as the certificate's history. The
event keeps who corrected it last, who may then not verify it (four eyes).

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-30
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("event_line", recreate="always") as batch:
        batch.drop_constraint(op.f("ck_event_line_quantity_positive"), type_="check")
        batch.create_check_constraint("quantity_not_negative", "quantity >= 0")
    # A plain added column: rebuilding destruction_event for a CHECK would break the foreign keys that
    # point at it on SQLite; the services keep the four-eyes rule for the corrector.
    op.add_column("destruction_event", sa.Column("corrected_by", sa.String(length=100), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("destruction_event") as batch:
        batch.drop_column("corrected_by")
    with op.batch_alter_table("event_line", recreate="always") as batch:
        batch.drop_constraint(op.f("ck_event_line_quantity_not_negative"), type_="check")
        batch.create_check_constraint("quantity_positive", "quantity > 0")
