"""Opening balances: a movement kind for the stock taken on charge when the record starts (DOMAIN.md
section 2). It brings mines in like a receipt, but is never an acquisition, so rule 4 does not flag
it. The movement kind CHECK and the incoming-kinds CHECK learn the new kind; no row changes.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-01
"""

from __future__ import annotations

from alembic import op

from stockpile_tracker.db.sqlite_schema import rewrite_sqlite_table

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

KINDS = (
    "'transfer_in', 'transfer_out', 'out_for_destruction', 'training', 'destroyed', 'check_gain', 'check_loss', "
    "'reversal'"
)
OLD_KIND = f"kind IN ('receipt', 'discovery', {KINDS})"
NEW_KIND = f"kind IN ('opening_balance', 'receipt', 'discovery', {KINDS})"
OLD_INCOMING = "kind NOT IN ('receipt', 'discovery', 'transfer_in', 'check_gain') OR quantity > 0"
NEW_INCOMING = "kind NOT IN ('opening_balance', 'receipt', 'discovery', 'transfer_in', 'check_gain') OR quantity > 0"


def _change_checks(changes: list[tuple[str, str]]) -> None:
    if op.get_bind().dialect.name == "sqlite":
        rewrite_sqlite_table(op.get_bind(), "movement", changes)
        return
    for (_old, new), name in zip(changes, ("kind", "incoming_positive"), strict=True):
        op.drop_constraint(op.f(f"ck_movement_{name}"), "movement", type_="check")
        op.create_check_constraint(op.f(f"ck_movement_{name}"), "movement", new)


def upgrade() -> None:
    _change_checks([(OLD_KIND, NEW_KIND), (OLD_INCOMING, NEW_INCOMING)])


def downgrade() -> None:
    """The ledger is append-only: opening balances cannot be turned into receipts, so a record that
    holds any stays at this schema."""
    held = op.get_bind().exec_driver_sql("SELECT count(*) FROM movement WHERE kind = 'opening_balance'").scalar_one()
    if held:
        raise RuntimeError(f"the record holds {held:,} opening balance(s), which schema 0005 cannot keep")
    _change_checks([(NEW_KIND, OLD_KIND), (NEW_INCOMING, OLD_INCOMING)])
