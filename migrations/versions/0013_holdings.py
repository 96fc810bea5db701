"""Holdings: a lot's mines may be held at several of the state's own sites (DOMAIN.md section 2).
Each ledger entry posts to a holding, a lot at a site; every existing lot gets one holding at its
site and every existing entry is posted to it, so every figure stays. A move between two own sites
is one document, out of one holding and into another (`move_out`, `move_in`). The lot's site is its
home: retained, suspended and scheduled mines are there, and `lot_balance.away` counts the mines at
its other sites, which are unscheduled surplus.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from stockpile_tracker.db.sqlite_schema import ledger_writable, rewrite_sqlite_table

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None

OLD_KINDS = "'returned', 'reversal')"
NEW_KINDS = "'returned', 'reversal', 'move_out', 'move_in')"
MOVE_SIGNS = "(kind <> 'move_in' OR quantity > 0) AND (kind <> 'move_out' OR quantity < 0)"
AWAY = "away >= 0 AND retained + suspended + scheduled <= on_hand - away"
AWAY_CHECK = f"CONSTRAINT ck_lot_balance_away CHECK ({AWAY})"
KIND_CHECK = (
    "kind IN ('opening_balance', 'receipt', 'discovery', 'transfer_in', 'transfer_out', 'out_for_destruction', "
    "'training', 'destroyed', 'check_gain', 'check_loss', 'returned', 'reversal'{})"
)


def _sqlite() -> bool:
    return op.get_bind().dialect.name == "sqlite"


def upgrade() -> None:
    op.create_table(
        "holding",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("lot_id", sa.Integer(), nullable=False),
        sa.Column("site_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["lot_id"], ["lot.id"], name=op.f("fk_holding_lot_id_lot")),
        sa.ForeignKeyConstraint(["site_id"], ["site.id"], name=op.f("fk_holding_site_id_site")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_holding")),
        sa.UniqueConstraint("lot_id", "site_id", name=op.f("uq_holding_lot_id_site_id")),
        sa.UniqueConstraint("id", "lot_id", name=op.f("uq_holding_id_lot_id")),
    )
    op.execute("INSERT INTO holding (lot_id, site_id) SELECT id, site_id FROM lot ORDER BY id")
    op.add_column("movement", sa.Column("holding_id", sa.Integer(), nullable=True))
    ledger_writable(op.get_bind(), True)
    op.execute("UPDATE movement SET holding_id = (SELECT h.id FROM holding h WHERE h.lot_id = movement.lot_id)")
    ledger_writable(op.get_bind(), False)
    op.add_column("lot_balance", sa.Column("away", sa.Integer(), server_default="0", nullable=False))
    if _sqlite():
        rewrite_sqlite_table(
            op.get_bind(),
            "movement",
            [
                ("holding_id INTEGER,", "holding_id INTEGER NOT NULL,"),
                (OLD_KINDS, NEW_KINDS),
                (
                    "CONSTRAINT uq_movement_reverses_id UNIQUE (reverses_id)",
                    f"CONSTRAINT uq_movement_reverses_id UNIQUE (reverses_id), CONSTRAINT ck_movement_move_signs "
                    f"CHECK ({MOVE_SIGNS}), CONSTRAINT fk_movement_holding_id_holding FOREIGN KEY(holding_id, lot_id) "
                    "REFERENCES holding (id, lot_id)",
                ),
            ],
        )
        anchor = "CONSTRAINT ck_lot_balance_at_destruction_not_negative"
        rewrite_sqlite_table(op.get_bind(), "lot_balance", [(anchor, f"{AWAY_CHECK}, {anchor}")])
    else:
        op.alter_column("movement", "holding_id", nullable=False)
        op.create_foreign_key(
            op.f("fk_movement_holding_id_holding"), "movement", "holding", ["holding_id", "lot_id"], ["id", "lot_id"]
        )
        op.drop_constraint(op.f("ck_movement_kind"), "movement", type_="check")
        op.create_check_constraint(op.f("ck_movement_kind"), "movement", KIND_CHECK.format(", 'move_out', 'move_in'"))
        op.create_check_constraint(op.f("ck_movement_move_signs"), "movement", MOVE_SIGNS)
        op.create_check_constraint(op.f("ck_lot_balance_away"), "lot_balance", AWAY)
    op.create_index(op.f("ix_movement_holding_id_occurred_on"), "movement", ["holding_id", "occurred_on"])


def downgrade() -> None:
    """Schema 0012 knows one site a lot: a record whose mines moved between sites stays here."""
    moved = (
        op.get_bind()
        .exec_driver_sql("SELECT count(*) FROM movement WHERE kind IN ('move_out', 'move_in')")
        .scalar_one()
    )
    if moved:
        raise RuntimeError(
            f"the record holds {moved:,} ledger entries of moves between sites, which schema 0012 cannot keep: "
            "it has one site a lot"
        )
    op.drop_index(op.f("ix_movement_holding_id_occurred_on"), table_name="movement")
    if _sqlite():
        rewrite_sqlite_table(
            op.get_bind(),
            "movement",
            [
                ("holding_id INTEGER NOT NULL,", "holding_id INTEGER,"),
                (NEW_KINDS, OLD_KINDS),
                (
                    f"CONSTRAINT uq_movement_reverses_id UNIQUE (reverses_id), CONSTRAINT ck_movement_move_signs "
                    f"CHECK ({MOVE_SIGNS}), CONSTRAINT fk_movement_holding_id_holding FOREIGN KEY(holding_id, lot_id) "
                    "REFERENCES holding (id, lot_id)",
                    "CONSTRAINT uq_movement_reverses_id UNIQUE (reverses_id)",
                ),
            ],
        )
        anchor = "CONSTRAINT ck_lot_balance_at_destruction_not_negative"
        rewrite_sqlite_table(op.get_bind(), "lot_balance", [(f"{AWAY_CHECK}, {anchor}", anchor)])
    else:
        op.drop_constraint(op.f("ck_lot_balance_away"), "lot_balance", type_="check")
        op.drop_constraint(op.f("ck_movement_move_signs"), "movement", type_="check")
        op.drop_constraint(op.f("ck_movement_kind"), "movement", type_="check")
        op.create_check_constraint(op.f("ck_movement_kind"), "movement", KIND_CHECK.format(""))
        op.drop_constraint(op.f("fk_movement_holding_id_holding"), "movement", type_="foreignkey")
    op.drop_column("lot_balance", "away")
    op.drop_column("movement", "holding_id")
    op.drop_table("holding")
