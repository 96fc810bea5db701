"""Item contents: a mine type says how many anti-personnel and anti-vehicle mines one item holds
(an ADAM projectile 36 AP, a Volcano canister 1 AP + 5 AT; DOMAIN.md section 2). The ledger keeps
counting items; obligations count mines. Every existing type gets 1 mine of its own category, so
every figure of an existing record is unchanged.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from stockpile_tracker.db.sqlite_schema import rewrite_sqlite_table

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

COLUMNS = ("ap_per_item", "av_per_item")
CHECKS = {
    "contents_not_negative": "ap_per_item >= 0 AND av_per_item >= 0",
    "contents_not_empty": "ap_per_item + av_per_item > 0",
}
ANCHOR = "CHECK (self_destruct_hours IS NULL OR self_destruct_hours > 0)"


def upgrade() -> None:
    for column in COLUMNS:
        op.add_column("mine_type", sa.Column(column, sa.Integer(), nullable=False, server_default="0"))
    op.execute("UPDATE mine_type SET ap_per_item = 1 WHERE category = 'AP'")
    op.execute("UPDATE mine_type SET av_per_item = 1 WHERE category = 'AV'")
    if op.get_bind().dialect.name == "sqlite":
        checks = "".join(f", CONSTRAINT ck_mine_type_{name} CHECK ({sql})" for name, sql in CHECKS.items())
        rewrite_sqlite_table(
            op.get_bind(),
            "mine_type",
            [(f"{column} INTEGER DEFAULT '0' NOT NULL", f"{column} INTEGER NOT NULL") for column in COLUMNS]
            + [(ANCHOR, ANCHOR + checks)],
        )
        return
    for column in COLUMNS:
        op.alter_column("mine_type", column, server_default=None)
    for name, sql in CHECKS.items():
        op.create_check_constraint(op.f(f"ck_mine_type_{name}"), "mine_type", sql)


def downgrade() -> None:
    """A type of mixed or several mines per item cannot be said in schema 0010 without changing
    figures: a record that holds one stays at this schema."""
    mixed = (
        op.get_bind()
        .exec_driver_sql(
            "SELECT count(*) FROM mine_type WHERE NOT ((category = 'AP' AND ap_per_item = 1 AND av_per_item = 0) "
            "OR (category = 'AV' AND ap_per_item = 0 AND av_per_item = 1))"
        )
        .scalar_one()
    )
    if mixed:
        raise RuntimeError(
            f"the catalogue holds {mixed:,} type(s) of other contents than 1 mine, which schema 0010 cannot keep"
        )
    if op.get_bind().dialect.name == "sqlite":
        checks = "".join(f", CONSTRAINT ck_mine_type_{name} CHECK ({sql})" for name, sql in CHECKS.items())
        rewrite_sqlite_table(op.get_bind(), "mine_type", [(ANCHOR + checks, ANCHOR)])
    else:
        for name in CHECKS:
            op.drop_constraint(op.f(f"ck_mine_type_{name}"), "mine_type", type_="check")
    for column in reversed(COLUMNS):
        op.drop_column("mine_type", column)
