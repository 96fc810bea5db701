"""Unaccounted losses (DOMAIN.md rule 6): mines shipped for a task and not destroyed at the site when
the task was closed with an explanation stay on the record as `unaccounted_loss` entries until
`loss_resolution` entries account for them (found and returned, destroyed with a certificate,
written off by an authority). Both tables are append-only. The movement kind CHECK and the
incoming-kinds CHECK learn `returned`, the ledger entry of mines found and returned.

Existing rows: for every task already closed with an explanation, one loss per lot whose shipped
mines were not all reported destroyed at the site (shipped - destroyed there), dated the day the
task was closed, recorded by who closed it, its closing note as the explanation. No other row
changes, so every stock figure stays as it was. The downgrade drops the losses (and refuses a record
holding a `returned` entry, which schema 0009 cannot keep).

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from stockpile_tracker.db.sqlite_schema import rewrite_sqlite_table

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

APPEND_ONLY = ("unaccounted_loss", "loss_resolution")
OLD_KIND = "'check_gain', 'check_loss', 'reversal')"
NEW_KIND = "'check_gain', 'check_loss', 'returned', 'reversal')"
OLD_INCOMING = "'transfer_in', 'check_gain') OR quantity > 0"
NEW_INCOMING = "'transfer_in', 'check_gain', 'returned') OR quantity > 0"
KINDS = (
    "'opening_balance', 'receipt', 'discovery', 'transfer_in', 'transfer_out', 'out_for_destruction', "
    "'training', 'destroyed', "
)
INCOMING = "kind NOT IN ('opening_balance', 'receipt', 'discovery', "

# Per closed-with-a-note task and lot: shipped, destroyed at the depot (ledger destruction entries)
# and reported destroyed by events; a reversal counts as the entry it reverses, as the program counts.
GAPS = """
SELECT t.id, ledger.lot_id, t.close_note, t.closed_by, t.closed_at,
       ledger.shipped - (COALESCE(events.reported, 0) - ledger.on_site) AS gap
FROM destruction_task t
JOIN (
    SELECT m.task_id, m.lot_id,
           -SUM(CASE WHEN COALESCE(r.kind, m.kind) = 'out_for_destruction' THEN m.quantity ELSE 0 END) AS shipped,
           -SUM(CASE WHEN COALESCE(r.kind, m.kind) = 'destroyed' THEN m.quantity ELSE 0 END) AS on_site
    FROM movement m LEFT JOIN movement r ON r.id = m.reverses_id
    WHERE m.task_id IS NOT NULL
    GROUP BY m.task_id, m.lot_id
) ledger ON ledger.task_id = t.id
LEFT JOIN (
    SELECT e.task_id, l.lot_id, SUM(l.quantity) AS reported
    FROM event_line l JOIN destruction_event e ON e.id = l.event_id
    WHERE e.task_id IS NOT NULL
    GROUP BY e.task_id, l.lot_id
) events ON events.task_id = t.id AND events.lot_id = ledger.lot_id
WHERE t.status = 'closed' AND t.close_note IS NOT NULL AND ledger.shipped > 0
ORDER BY t.id, ledger.lot_id
"""


def _change_checks(kind: str, incoming: str) -> None:
    if op.get_bind().dialect.name == "sqlite":
        old_kind, old_incoming = (OLD_KIND, OLD_INCOMING) if kind == NEW_KIND else (NEW_KIND, NEW_INCOMING)
        rewrite_sqlite_table(op.get_bind(), "movement", [(old_kind, kind), (old_incoming, incoming)])
        return
    for name, check in (("kind", f"kind IN ({KINDS}{kind}"), ("incoming_positive", f"{INCOMING}{incoming}")):
        op.drop_constraint(op.f(f"ck_movement_{name}"), "movement", type_="check")
        op.create_check_constraint(op.f(f"ck_movement_{name}"), "movement", check)


def _append_only(table: str) -> None:
    if op.get_context().dialect.name == "postgresql":
        op.execute(
            f"CREATE TRIGGER {table}_append_only BEFORE UPDATE OR DELETE ON {table} "
            "FOR EACH ROW EXECUTE FUNCTION refuse_change()"
        )
        return
    for action in ("UPDATE", "DELETE"):
        op.execute(
            f"CREATE TRIGGER {table}_no_{action.lower()} BEFORE {action} ON {table} "
            f"BEGIN SELECT RAISE(ABORT, '{table} is append-only: record a resolution instead'); END"
        )


def _create_tables() -> None:
    op.create_table(
        "unaccounted_loss",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("task_id", sa.Integer(), nullable=False),
        sa.Column("lot_id", sa.Integer(), nullable=False),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.Column("explanation", sa.Text(), nullable=False),
        sa.Column("occurred_on", sa.Date(), nullable=False),
        sa.Column("recorded_by", sa.String(length=100), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("quantity > 0", name=op.f("ck_unaccounted_loss_quantity_positive")),
        sa.CheckConstraint("length(explanation) > 0", name=op.f("ck_unaccounted_loss_explanation")),
        sa.ForeignKeyConstraint(
            ["task_id"], ["destruction_task.id"], name=op.f("fk_unaccounted_loss_task_id_destruction_task")
        ),
        sa.ForeignKeyConstraint(["lot_id"], ["lot.id"], name=op.f("fk_unaccounted_loss_lot_id_lot")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_unaccounted_loss")),
        sa.UniqueConstraint("task_id", "lot_id", name=op.f("uq_unaccounted_loss_task_id_lot_id")),
    )
    op.create_index(op.f("ix_unaccounted_loss_task_id"), "unaccounted_loss", ["task_id"])
    op.create_index(op.f("ix_unaccounted_loss_lot_id"), "unaccounted_loss", ["lot_id"])
    op.create_table(
        "loss_resolution",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("loss_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.Column("reference", sa.String(length=120), nullable=False),
        sa.Column("resolved_on", sa.Date(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("movement_id", sa.Integer(), nullable=True),
        sa.Column("event_id", sa.Integer(), nullable=True),
        sa.Column("recorded_by", sa.String(length=100), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "kind IN ('found_returned', 'destroyed', 'written_off')", name=op.f("ck_loss_resolution_kind")
        ),
        sa.CheckConstraint("quantity > 0", name=op.f("ck_loss_resolution_quantity_positive")),
        sa.CheckConstraint("length(reference) > 0", name=op.f("ck_loss_resolution_reference")),
        sa.CheckConstraint(
            "(kind = 'found_returned') = (movement_id IS NOT NULL)", name=op.f("ck_loss_resolution_returned_entry")
        ),
        sa.CheckConstraint(
            "(kind = 'destroyed') = (event_id IS NOT NULL)", name=op.f("ck_loss_resolution_destruction_event")
        ),
        sa.ForeignKeyConstraint(
            ["loss_id"], ["unaccounted_loss.id"], name=op.f("fk_loss_resolution_loss_id_unaccounted_loss")
        ),
        sa.ForeignKeyConstraint(["movement_id"], ["movement.id"], name=op.f("fk_loss_resolution_movement_id_movement")),
        sa.ForeignKeyConstraint(
            ["event_id"], ["destruction_event.id"], name=op.f("fk_loss_resolution_event_id_destruction_event")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_loss_resolution")),
    )
    op.create_index(op.f("ix_loss_resolution_loss_id"), "loss_resolution", ["loss_id"])


def upgrade() -> None:
    _change_checks(NEW_KIND, NEW_INCOMING)
    _create_tables()
    bind = op.get_bind()
    losses = sa.table(
        "unaccounted_loss",
        sa.column("task_id", sa.Integer),
        sa.column("lot_id", sa.Integer),
        sa.column("quantity", sa.Integer),
        sa.column("explanation", sa.Text),
        sa.column("occurred_on", sa.Date),
        sa.column("recorded_by", sa.String),
        sa.column("recorded_at", sa.DateTime),
    )
    rows = [
        {
            "task_id": task_id,
            "lot_id": lot_id,
            "quantity": int(gap),
            "explanation": note,
            "occurred_on": closed_at.date(),
            "recorded_by": closed_by,
            "recorded_at": closed_at,
        }
        for task_id, lot_id, note, closed_by, closed_at, gap in bind.execute(
            sa.text(GAPS).columns(closed_at=sa.DateTime)
        )
        if gap > 0
    ]
    if rows:
        op.bulk_insert(losses, rows)
    for table in APPEND_ONLY:
        _append_only(table)


def downgrade() -> None:
    """The ledger is append-only: a `returned` entry cannot be turned into another kind, so a record
    that holds any stays at this schema. The losses and their resolutions are dropped."""
    bind = op.get_bind()
    held = bind.exec_driver_sql("SELECT count(*) FROM movement WHERE kind = 'returned'").scalar_one()
    if held:
        raise RuntimeError(f"the record holds {held:,} found-and-returned entr(ies), which schema 0009 cannot keep")
    for table in APPEND_ONLY:
        if bind.dialect.name == "postgresql":
            op.execute(f"DROP TRIGGER {table}_append_only ON {table}")
        else:
            for action in ("update", "delete"):
                op.execute(f"DROP TRIGGER {table}_no_{action}")
    op.drop_table("loss_resolution")
    op.drop_table("unaccounted_loss")
    _change_checks(OLD_KIND, OLD_INCOMING)
