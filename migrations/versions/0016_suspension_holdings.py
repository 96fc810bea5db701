"""Suspensions on a holding: a hold is on the lot's mines at its home, or on those shipped to a
destruction site for a task (its holding for destruction there: a plant stopped, mines under
investigation where they are). Every existing suspension is on its lot's home, where the services
kept them, so every figure stays. The trigger that keeps a suspension as written now keeps its
holding too.

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from stockpile_tracker.db.sqlite_schema import rewrite_sqlite_table

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None

FIXED = ("lot_id", "kind", "quantity", "reference", "reason", "suspended_from", "suspended_by", "suspended_at")
MESSAGE = "suspension is append-only: only its lifting is written, once"
FOREIGN_KEY = (
    "CONSTRAINT fk_suspension_holding_id_holding FOREIGN KEY(holding_id, lot_id) REFERENCES holding (id, lot_id)"
)
ANCHOR = "CONSTRAINT fk_suspension_lot_id_lot FOREIGN KEY(lot_id) REFERENCES lot (id)"


def _sqlite() -> bool:
    return op.get_bind().dialect.name == "sqlite"


def _lifted_once(fixed: tuple[str, ...]) -> None:
    """The trigger of migration 0009, keeping `fixed` as written."""
    changed = " OR ".join(f"NEW.{column} IS DISTINCT FROM OLD.{column}" for column in fixed)
    if _sqlite():
        op.execute(
            "CREATE TRIGGER suspension_lifted_once BEFORE UPDATE ON suspension "
            f"WHEN OLD.lifted_on IS NOT NULL OR {changed.replace('IS DISTINCT FROM', 'IS NOT')} "
            f"BEGIN SELECT RAISE(ABORT, '{MESSAGE}'); END"
        )
        return
    op.execute(
        f"""
        CREATE OR REPLACE FUNCTION suspension_lifted_once() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF TG_OP = 'DELETE' THEN
                RAISE EXCEPTION '{MESSAGE}';
            END IF;
            IF OLD.lifted_on IS NOT NULL OR {changed} THEN
                RAISE EXCEPTION '{MESSAGE}';
            END IF;
            RETURN NEW;
        END $$
        """
    )


def _trigger_off() -> None:
    if _sqlite():
        op.execute("DROP TRIGGER suspension_lifted_once")
    else:
        op.execute("ALTER TABLE suspension DISABLE TRIGGER suspension_lifted_once")


def _trigger_on(fixed: tuple[str, ...]) -> None:
    _lifted_once(fixed)
    if not _sqlite():
        op.execute("ALTER TABLE suspension ENABLE TRIGGER suspension_lifted_once")


def upgrade() -> None:
    op.add_column("suspension", sa.Column("holding_id", sa.Integer(), nullable=True))
    _trigger_off()
    op.execute(
        "UPDATE suspension SET holding_id = (SELECT h.id FROM holding h JOIN lot l ON l.id = h.lot_id "
        "WHERE h.lot_id = suspension.lot_id AND h.site_id = l.site_id AND NOT h.for_destruction)"
    )
    _trigger_on((*FIXED, "holding_id"))
    if _sqlite():
        rewrite_sqlite_table(
            op.get_bind(),
            "suspension",
            [("holding_id INTEGER,", "holding_id INTEGER NOT NULL,"), (ANCHOR, f"{ANCHOR}, {FOREIGN_KEY}")],
        )
        return
    op.alter_column("suspension", "holding_id", nullable=False)
    op.create_foreign_key(
        op.f("fk_suspension_holding_id_holding"), "suspension", "holding", ["holding_id", "lot_id"], ["id", "lot_id"]
    )


def downgrade() -> None:
    """Schema 0015 holds a suspension at its lot's home: a record with one on mines shipped for
    destruction stays here."""
    shipped = (
        op.get_bind()
        .exec_driver_sql(
            "SELECT count(*) FROM suspension s JOIN holding h ON h.id = s.holding_id WHERE h.for_destruction"
        )
        .scalar_one()
    )
    if shipped:
        raise RuntimeError(
            f"the record holds {shipped:,} suspensions of mines shipped for destruction, which schema 0015 cannot keep"
        )
    _trigger_off()
    if _sqlite():
        rewrite_sqlite_table(
            op.get_bind(),
            "suspension",
            [("holding_id INTEGER NOT NULL,", "holding_id INTEGER,"), (f"{ANCHOR}, {FOREIGN_KEY}", ANCHOR)],
        )
    else:
        op.drop_constraint(op.f("fk_suspension_holding_id_holding"), "suspension", type_="foreignkey")
    op.drop_column("suspension", "holding_id")
    _trigger_on(FIXED)
