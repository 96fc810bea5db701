"""Shipments as holdings: mines shipped for a task are the lot's holding for destruction at the
task's site (`holding.for_destruction`), in the ledger, until destroyed there, sent back, or lost
when the task closes short (DOMAIN.md section 2, holding). Until now the figure was derived from the tasks; every existing
shipment now gets its destruction site's side (`in_for_destruction`), every return its
(`sent_back`), every destruction of shipped mines its ledger entry at the site, and every task
closed short the entry that took its mines out (`unaccounted_loss`), so every figure stays.

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from stockpile_tracker.db.sqlite_schema import ledger_writable, rewrite_sqlite_table

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None

OLD_KINDS = "'move_in', 'shipment_return')"
NEW_KINDS = "'move_in', 'shipment_return', 'in_for_destruction', 'sent_back', 'unaccounted_loss')"
KIND_CHECK = (
    "kind IN ('opening_balance', 'receipt', 'discovery', 'transfer_in', 'transfer_out', 'out_for_destruction', "
    "'training', 'destroyed', 'check_gain', 'check_loss', 'returned', 'reversal', 'move_out', 'move_in', "
    "'shipment_return'{})"
)
SIGNS = (
    "(kind <> 'in_for_destruction' OR quantity > 0) AND (kind NOT IN ('sent_back', 'unaccounted_loss') OR quantity < 0)"
)
ANCHOR = "CONSTRAINT ck_movement_quantity_not_zero CHECK (quantity <> 0)"
ADDED = f"CONSTRAINT ck_movement_destruction_site_signs CHECK ({SIGNS}), {ANCHOR}"
COLUMNS = "lot_id, holding_id, kind, occurred_on, quantity, document_ref, reason, reverses_id, counterpart_id, "
COLUMNS += "task_id, event_id, recorded_by, recorded_at"
AT_PLANT = "JOIN holding h ON h.lot_id = m.lot_id AND h.site_id = t.site_id AND h.for_destruction"
OLD_UNIQUE = "CONSTRAINT uq_holding_lot_id_site_id UNIQUE (lot_id, site_id)"
NEW_UNIQUE = "CONSTRAINT uq_holding_lot_id_site_id_for_destruction UNIQUE (lot_id, site_id, for_destruction)"

# Each statement in turn: the holdings, then the entries that make the ledger say what the tasks did.
BACKFILL = [
    # A holding for destruction at each task's site for each lot shipped for it.
    "INSERT INTO holding (lot_id, site_id, for_destruction) SELECT DISTINCT m.lot_id, t.site_id, TRUE "
    "FROM movement m JOIN destruction_task t ON t.id = m.task_id WHERE m.kind = 'out_for_destruction'",
    # A shipment's arrival, pointing at the shipment.
    f"INSERT INTO movement ({COLUMNS}) SELECT m.lot_id, h.id, 'in_for_destruction', m.occurred_on, -m.quantity, "
    "m.document_ref, m.reason, NULL, m.id, m.task_id, NULL, m.recorded_by, m.recorded_at "
    f"FROM movement m JOIN destruction_task t ON t.id = m.task_id {AT_PLANT} "
    "WHERE m.kind = 'out_for_destruction' ORDER BY m.id",
    # A return's departure from the site.
    f"INSERT INTO movement ({COLUMNS}) SELECT m.lot_id, h.id, 'sent_back', m.occurred_on, -m.quantity, "
    "m.document_ref, m.reason, NULL, NULL, m.task_id, NULL, m.recorded_by, m.recorded_at "
    f"FROM movement m JOIN destruction_task t ON t.id = m.task_id {AT_PLANT} "
    "WHERE m.kind = 'shipment_return' ORDER BY m.id",
    # The return points at its departure (the second side of a pair points at its first).
    "UPDATE movement SET counterpart_id = (SELECT s.id FROM movement s WHERE s.kind = 'sent_back' "
    "AND s.lot_id = movement.lot_id AND s.task_id = movement.task_id AND s.occurred_on = movement.occurred_on "
    "AND s.quantity = -movement.quantity AND s.recorded_at = movement.recorded_at ORDER BY s.id LIMIT 1) "
    "WHERE kind = 'shipment_return'",
    # A reversed shipment or return: its other side reversed too, at the site, on the same day.
    f"INSERT INTO movement ({COLUMNS}) SELECT r.lot_id, o.holding_id, 'reversal', r.occurred_on, -o.quantity, "
    "r.document_ref, r.reason, o.id, NULL, r.task_id, NULL, r.recorded_by, r.recorded_at "
    "FROM movement r JOIN movement m ON m.id = r.reverses_id "
    "JOIN movement o ON (o.kind = 'in_for_destruction' AND o.counterpart_id = m.id) "
    "OR (o.kind = 'sent_back' AND m.counterpart_id = o.id) "
    "WHERE m.kind IN ('out_for_destruction', 'shipment_return') ORDER BY r.id",
    # Mines destroyed after shipment: the event's line as an entry at the site (an event that
    # resolves an unaccounted loss destroys mines the loss entry below takes out).
    f"INSERT INTO movement ({COLUMNS}) SELECT l.lot_id, h.id, 'destroyed', e.occurred_on, -l.quantity, "
    "e.certificate_number, NULL, NULL, NULL, e.task_id, e.id, e.recorded_by, e.recorded_at "
    "FROM event_line l JOIN destruction_event e ON e.id = l.event_id "
    "JOIN destruction_task t ON t.id = e.task_id "
    "JOIN holding h ON h.lot_id = l.lot_id AND h.site_id = t.site_id AND h.for_destruction "
    "WHERE l.quantity > 0 AND NOT EXISTS (SELECT 1 FROM movement d WHERE d.event_id = e.id AND d.lot_id = l.lot_id) "
    "AND NOT EXISTS (SELECT 1 FROM loss_resolution x WHERE x.event_id = e.id) ORDER BY l.id",
    # A task closed short: what was still at its site left it as the unaccounted loss, that day.
    f"INSERT INTO movement ({COLUMNS}) SELECT m.lot_id, m.holding_id, 'unaccounted_loss', "
    "(SELECT min(u.occurred_on) FROM unaccounted_loss u WHERE u.task_id = t.id AND u.lot_id = m.lot_id), "
    "-sum(m.quantity), t.reference, t.close_note, NULL, NULL, t.id, NULL, t.closed_by, t.closed_at "
    "FROM movement m JOIN destruction_task t ON t.id = m.task_id JOIN holding h ON h.id = m.holding_id "
    "WHERE h.for_destruction AND t.status <> 'open' "
    "GROUP BY m.lot_id, m.holding_id, t.id, t.reference, t.close_note, t.closed_by, t.closed_at "
    "HAVING sum(m.quantity) > 0 ORDER BY t.id, m.lot_id",
]


def upgrade() -> None:
    bind = op.get_bind()
    op.add_column("holding", sa.Column("for_destruction", sa.Boolean(), server_default=sa.false(), nullable=False))
    if bind.dialect.name == "sqlite":
        rewrite_sqlite_table(bind, "holding", [(OLD_UNIQUE, NEW_UNIQUE)])
        bind.exec_driver_sql("REINDEX holding")  # the unique index rebuilt on its new columns
        rewrite_sqlite_table(bind, "movement", [(OLD_KINDS, NEW_KINDS), (ANCHOR, ADDED)])
    else:
        op.drop_constraint(op.f("uq_holding_lot_id_site_id"), "holding", type_="unique")
        op.create_unique_constraint(
            op.f("uq_holding_lot_id_site_id_for_destruction"), "holding", ["lot_id", "site_id", "for_destruction"]
        )
        op.drop_constraint(op.f("ck_movement_kind"), "movement", type_="check")
        op.create_check_constraint(
            op.f("ck_movement_kind"), "movement", KIND_CHECK.format(", 'in_for_destruction', 'sent_back', 'unaccounted_loss'")
        )
        op.create_check_constraint(op.f("ck_movement_destruction_site_signs"), "movement", SIGNS)
    ledger_writable(bind, True)
    for statement in BACKFILL:
        bind.exec_driver_sql(statement)
    ledger_writable(bind, False)


def downgrade() -> None:
    """Back to the figure derived from the tasks: the entries at destruction sites go (their
    reversals first), and so do the holdings there."""
    bind = op.get_bind()
    at_plant = "SELECT m.id FROM movement m JOIN holding h ON h.id = m.holding_id WHERE h.for_destruction"
    ledger_writable(bind, True, ("UPDATE", "DELETE"))
    bind.exec_driver_sql("UPDATE movement SET counterpart_id = NULL WHERE kind = 'shipment_return'")
    bind.exec_driver_sql(f"DELETE FROM movement WHERE reverses_id IN ({at_plant}) ")
    bind.exec_driver_sql(f"DELETE FROM movement WHERE id IN ({at_plant})")
    ledger_writable(bind, False, ("UPDATE", "DELETE"))
    bind.exec_driver_sql("DELETE FROM holding WHERE for_destruction")
    if bind.dialect.name == "sqlite":
        rewrite_sqlite_table(bind, "movement", [(NEW_KINDS, OLD_KINDS), (ADDED, ANCHOR)])
        rewrite_sqlite_table(bind, "holding", [(NEW_UNIQUE, OLD_UNIQUE)])
        bind.exec_driver_sql("REINDEX holding")
    else:
        op.drop_constraint(op.f("ck_movement_destruction_site_signs"), "movement", type_="check")
        op.drop_constraint(op.f("ck_movement_kind"), "movement", type_="check")
        op.create_check_constraint(op.f("ck_movement_kind"), "movement", KIND_CHECK.format(""))
        op.drop_constraint(op.f("uq_holding_lot_id_site_id_for_destruction"), "holding", type_="unique")
        op.create_unique_constraint(op.f("uq_holding_lot_id_site_id"), "holding", ["lot_id", "site_id"])
    op.drop_column("holding", "for_destruction")
