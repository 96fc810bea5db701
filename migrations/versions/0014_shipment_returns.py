"""Returns from a destruction site: mines shipped for an open task that come back to the lot's
home unharmed (a plant stopped, a load refused) are a ledger entry of their own, `shipment_return`,
dated when they arrive: on hand again, no longer at destruction sites, still planned by the task.
Only a kind is added, so every figure stays.

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-01
"""

from __future__ import annotations

from alembic import op

from stockpile_tracker.db.sqlite_schema import rewrite_sqlite_table

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None

OLD_KINDS = "'move_out', 'move_in')"
NEW_KINDS = "'move_out', 'move_in', 'shipment_return')"
KIND_CHECK = (
    "kind IN ('opening_balance', 'receipt', 'discovery', 'transfer_in', 'transfer_out', 'out_for_destruction', "
    "'training', 'destroyed', 'check_gain', 'check_loss', 'returned', 'reversal', 'move_out', 'move_in'{})"
)
POSITIVE = "kind <> 'shipment_return' OR quantity > 0"
ANCHOR = "CONSTRAINT ck_movement_quantity_not_zero CHECK (quantity <> 0)"
ADDED = f"CONSTRAINT ck_movement_return_positive CHECK ({POSITIVE}), {ANCHOR}"


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        rewrite_sqlite_table(op.get_bind(), "movement", [(OLD_KINDS, NEW_KINDS), (ANCHOR, ADDED)])
        return
    op.drop_constraint(op.f("ck_movement_kind"), "movement", type_="check")
    op.create_check_constraint(op.f("ck_movement_kind"), "movement", KIND_CHECK.format(", 'shipment_return'"))
    op.create_check_constraint(op.f("ck_movement_return_positive"), "movement", POSITIVE)


def downgrade() -> None:
    """Schema 0013 has no returns: a record that holds one stays here."""
    returns = (
        op.get_bind().exec_driver_sql("SELECT count(*) FROM movement WHERE kind = 'shipment_return'").scalar_one()
    )
    if returns:
        raise RuntimeError(f"the record holds {returns:,} returns from destruction sites, which schema 0013 cannot keep")
    if op.get_bind().dialect.name == "sqlite":
        rewrite_sqlite_table(op.get_bind(), "movement", [(NEW_KINDS, OLD_KINDS), (ADDED, ANCHOR)])
        return
    op.drop_constraint(op.f("ck_movement_return_positive"), "movement", type_="check")
    op.drop_constraint(op.f("ck_movement_kind"), "movement", type_="check")
    op.create_check_constraint(op.f("ck_movement_kind"), "movement", KIND_CHECK.format(""))
