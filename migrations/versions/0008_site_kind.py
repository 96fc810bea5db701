"""Site kinds: a site is a depot, a destruction site (own, a contractor's, abroad) or a training
site (DOMAIN.md section 2). Existing sites are classified from what the record shows of them: a
site named by a destruction task or event and holding no lot becomes a destruction site, every
other site a depot. No other row changes, and no figure: nothing counts by kind yet.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

KIND_CHECK = "kind IN ('depot', 'destruction', 'training')"
DESTRUCTION_SITES = (
    "UPDATE site SET kind = 'destruction' "
    "WHERE (id IN (SELECT site_id FROM destruction_task) OR id IN (SELECT site_id FROM destruction_event)) "
    "AND id NOT IN (SELECT site_id FROM lot)"
)


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        # A column constraint, added in place: SQLite cannot add a table constraint, and rebuilding
        # the table would drop it under the lots' foreign keys.
        op.execute(
            "ALTER TABLE site ADD COLUMN kind VARCHAR(12) DEFAULT 'depot' NOT NULL "
            f"CONSTRAINT ck_site_kind CHECK ({KIND_CHECK})"
        )
    else:
        op.add_column("site", sa.Column("kind", sa.String(12), nullable=False, server_default="depot"))
        op.create_check_constraint(op.f("ck_site_kind"), "site", KIND_CHECK)
    op.execute(DESTRUCTION_SITES)


def downgrade() -> None:
    """The kinds are dropped: schema 0007 has no word for them."""
    if op.get_bind().dialect.name != "sqlite":
        op.drop_constraint(op.f("ck_site_kind"), "site", type_="check")
    op.drop_column("site", "kind")
