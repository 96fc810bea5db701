"""Mines at destruction sites: a lot's mines shipped for an open destruction task and not yet
reported destroyed are still the state's (DOMAIN.md section 6, Greece), so the lot balance keeps
them as `at_destruction`, beside `on_hand` at the state's own sites. The projection is derived
from rows the record already holds (the tasks' ledger entries and destruction events), so every
existing figure stays and the new one is filled in; the downgrade drops it and loses nothing.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from stockpile_tracker.db.sqlite_schema import rewrite_sqlite_table

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

OLD_HELD = "destroyed >= 0 AND on_hand + destroyed <= received"
NEW_HELD = "destroyed >= 0 AND on_hand + at_destruction + destroyed <= received"
AT_DESTRUCTION = "at_destruction >= 0"

# Per lot, over its open tasks: what the task's entries took out of the lot (shipped, destroyed on
# site) less what its destruction events reported destroyed (services/balance.py, at_destruction_query).
FILL = """
UPDATE lot_balance SET at_destruction = coalesce((
    SELECT -sum(m.quantity) FROM movement m JOIN destruction_task t ON t.id = m.task_id
    WHERE m.lot_id = lot_balance.lot_id AND t.status = 'open'), 0) - coalesce((
    SELECT sum(l.quantity) FROM event_line l JOIN destruction_event e ON e.id = l.event_id
    JOIN destruction_task t ON t.id = e.task_id
    WHERE l.lot_id = lot_balance.lot_id AND t.status = 'open'), 0)
"""


def _sqlite() -> bool:
    return op.get_bind().dialect.name == "sqlite"


def _check(name: str, condition: str) -> str:
    return f"CONSTRAINT ck_lot_balance_{name} CHECK ({condition})"


# lot_balance's two CHECKs as this revision leaves them, in SQLite's stored definition.
CHECKED = f"{_check('at_destruction_not_negative', AT_DESTRUCTION)}, {_check('destroyed_within_held', NEW_HELD)}"


def upgrade() -> None:
    op.add_column("lot_balance", sa.Column("at_destruction", sa.Integer(), server_default="0", nullable=False))
    op.execute(FILL)
    if _sqlite():
        rewrite_sqlite_table(op.get_bind(), "lot_balance", [(_check("destroyed_within_held", OLD_HELD), CHECKED)])
        return
    op.drop_constraint(op.f("ck_lot_balance_destroyed_within_held"), "lot_balance", type_="check")
    op.create_check_constraint(op.f("ck_lot_balance_destroyed_within_held"), "lot_balance", NEW_HELD)
    op.create_check_constraint(op.f("ck_lot_balance_at_destruction_not_negative"), "lot_balance", AT_DESTRUCTION)


def downgrade() -> None:
    if _sqlite():
        rewrite_sqlite_table(op.get_bind(), "lot_balance", [(CHECKED, _check("destroyed_within_held", OLD_HELD))])
    else:
        op.drop_constraint(op.f("ck_lot_balance_at_destruction_not_negative"), "lot_balance", type_="check")
        op.drop_constraint(op.f("ck_lot_balance_destroyed_within_held"), "lot_balance", type_="check")
        op.create_check_constraint(op.f("ck_lot_balance_destroyed_within_held"), "lot_balance", OLD_HELD)
    op.drop_column("lot_balance", "at_destruction")
