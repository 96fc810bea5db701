"""Technical characteristics of a mine type (issue 13), what Article 7 Form H asks for: dimensions,
mass, explosive and its mass, metal content, fuze, colour and a photograph's file. Each is optional:
every existing type gets none (NULL, printed "not recorded"), so no figure changes.

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from stockpile_tracker.db.sqlite_schema import rewrite_sqlite_table

revision = "0018"
down_revision = "0017"
branch_labels = None
depends_on = None

COLUMNS = (
    ("dimensions", sa.String(length=200)),
    ("mass_g", sa.Integer()),
    ("explosive", sa.String(length=200)),
    ("explosive_mass_g", sa.Integer()),
    ("metal_content", sa.String(length=200)),
    ("fuze", sa.String(length=200)),
    ("colour", sa.String(length=100)),
    ("photo", sa.String(length=500)),
)
TEXTS = ("dimensions", "explosive", "metal_content", "fuze", "colour", "photo")
CHECKS = {
    "mass_g": "mass_g IS NULL OR mass_g > 0",
    "explosive_mass_g": "explosive_mass_g IS NULL OR explosive_mass_g > 0",
    "explosive_within_mass": "explosive_mass_g IS NULL OR mass_g IS NULL OR explosive_mass_g <= mass_g",
    "characteristics_not_blank": " AND ".join(f"({column} IS NULL OR length({column}) > 0)" for column in TEXTS),
}
ANCHOR = "CONSTRAINT ck_mine_type_contents_not_empty CHECK (ap_per_item + av_per_item > 0)"  # as 0011 wrote it


def _sqlite_checks() -> str:
    return "".join(f", CONSTRAINT ck_mine_type_{name} CHECK ({sql})" for name, sql in CHECKS.items())


def upgrade() -> None:
    for column, kind in COLUMNS:
        op.add_column("mine_type", sa.Column(column, kind, nullable=True))
    if op.get_bind().dialect.name == "sqlite":
        rewrite_sqlite_table(op.get_bind(), "mine_type", [(ANCHOR, ANCHOR + _sqlite_checks())])
        return
    for name, sql in CHECKS.items():
        op.create_check_constraint(op.f(f"ck_mine_type_{name}"), "mine_type", sql)


def downgrade() -> None:
    """The characteristics recorded go with their columns: schema 0017 has no Form H beyond the
    catalogue's kind, delivery and contents."""
    if op.get_bind().dialect.name == "sqlite":
        rewrite_sqlite_table(op.get_bind(), "mine_type", [(ANCHOR + _sqlite_checks(), ANCHOR)])
    else:
        for name in CHECKS:
            op.drop_constraint(op.f(f"ck_mine_type_{name}"), "mine_type", type_="check")
    for column, _kind in reversed(COLUMNS):
        op.drop_column("mine_type", column)
