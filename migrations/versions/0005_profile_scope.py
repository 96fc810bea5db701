"""Profile scope: a policy profile says which mine categories (AP, AV) and which activations
(victim, command, both) it governs, and whether a Korea reserve must be held in the Republic of
Korea. A mine type may be activated both ways (MOPMS M131). The existing profiles govern AP mines,
victim-activated or both; only the Ottawa profile asks that a Korea reserve be held in Korea (the
US policy of 2022 holds reserves for Korea, not in it).

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-30
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

OLD_CHECK = "activation IN ('victim', 'command')"
NEW_CHECK = "activation IN ('victim', 'command', 'both')"


def _widen_sqlite_check(old: str, new: str) -> None:
    """Rewrite mine_type's CHECK in place (SQLite's documented procedure for changing a constraint):
    rebuilding the table would drop it under the lots' foreign keys, which are on, in a transaction
    that cannot turn them off. Every stored row passes both checks, so nothing on disk changes."""
    version = op.get_bind().exec_driver_sql("PRAGMA schema_version").scalar_one()
    op.execute("PRAGMA writable_schema=ON")
    op.get_bind().exec_driver_sql(
        "UPDATE sqlite_master SET sql = replace(sql, ?, ?) WHERE type = 'table' AND name = 'mine_type'", (old, new)
    )
    op.execute(f"PRAGMA schema_version={int(version) + 1}")
    op.execute("PRAGMA writable_schema=OFF")


def _change_activation_check(old: str, new: str) -> None:
    if op.get_bind().dialect.name == "sqlite":
        _widen_sqlite_check(old, new)
    else:
        op.drop_constraint(op.f("ck_mine_type_activation"), "mine_type", type_="check")
        op.create_check_constraint(op.f("ck_mine_type_activation"), "mine_type", new)


def upgrade() -> None:
    # Plain added columns, their defaults filling the existing rows: rebuilding policy_profile would
    # drop it under the programmes' foreign keys on SQLite.
    op.add_column("policy_profile", sa.Column("scope_categories", sa.JSON(), nullable=False, server_default='["AP"]'))
    op.add_column(
        "policy_profile",
        sa.Column("scope_activations", sa.JSON(), nullable=False, server_default='["victim", "both"]'),
    )
    op.add_column(
        "policy_profile", sa.Column("korea_reserve_in_korea", sa.Boolean(), nullable=False, server_default=sa.true())
    )
    profile = sa.table("policy_profile", sa.column("code", sa.String), sa.column("korea_reserve_in_korea", sa.Boolean))
    op.execute(profile.update().where(profile.c.code == "us-2022").values(korea_reserve_in_korea=False))
    _change_activation_check(OLD_CHECK, NEW_CHECK)


def downgrade() -> None:
    op.execute("UPDATE mine_type SET activation = 'victim' WHERE activation = 'both'")
    _change_activation_check(NEW_CHECK, OLD_CHECK)
    for column in ("korea_reserve_in_korea", "scope_activations", "scope_categories"):
        op.drop_column("policy_profile", column)
