"""Suspensions (DOMAIN.md section 2): a legal hold, an investigation or a safety hold stops
scheduling and destruction without making mines kept. Until now a legal hold was a retention
category, so held mines counted as kept, not as surplus to destroy.

Upgrade: a `suspension` table (lifted once, never deleted: triggers), `lot_balance.suspended` with
its CHECKs, and every retention decision of category legal_hold becomes a suspension of kind
legal_hold (same lot, quantity, reference, reason, date and author), lifted on the day the lot's next
decision replaced it, or in force if none did. The decision itself is rewritten into a release
(quantity 0), its reason naming the suspension: the retention category CHECK loses legal_hold, and
PostgreSQL checks a new CHECK against every row, so a superseded legal hold cannot stay as it was.
Only kept and surplus change: the lot's retained falls by the hold, its suspended rises by it. A
policy profile edited to permit legal hold as a retention permits the rest of what it did.

Downgrade: the reverse, for suspensions this upgrade made and nobody has lifted or overtaken since;
it refuses a record with any other suspension.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-01
"""

from __future__ import annotations

import json
from datetime import date

import sqlalchemy as sa
from alembic import op

from stockpile_tracker.db.sqlite_schema import rewrite_sqlite_table

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

BY = "migration 0009"
MARK = "a legal hold, recorded as suspension {} by migration 0009: "

OLD_CATEGORY = "category IS NULL OR category IN ('korea', 'article3', 'legal_hold')"
NEW_CATEGORY = "category IS NULL OR category IN ('korea', 'article3')"
OLD_SCHEDULED = "scheduled >= 0 AND scheduled <= on_hand - retained"
NEW_SCHEDULED = "scheduled >= 0 AND scheduled <= on_hand - retained - suspended"
SUSPENDED = "suspended >= 0 AND suspended <= on_hand - retained"

FIXED = ("lot_id", "kind", "quantity", "reference", "reason", "suspended_from", "suspended_by", "suspended_at")


def _sqlite() -> bool:
    return op.get_bind().dialect.name == "sqlite"


def _sqlite_check(name: str, condition: str) -> str:
    return f"CONSTRAINT {name} CHECK ({condition})"


def _change_checks(to_new: bool) -> None:
    category = (OLD_CATEGORY, NEW_CATEGORY) if to_new else (NEW_CATEGORY, OLD_CATEGORY)
    scheduled = (OLD_SCHEDULED, NEW_SCHEDULED) if to_new else (NEW_SCHEDULED, OLD_SCHEDULED)
    if _sqlite():
        rewrite_sqlite_table(op.get_bind(), "retention_decision", [category])
        old_check = _sqlite_check("ck_lot_balance_scheduled_within_surplus", scheduled[0])
        new_check = _sqlite_check("ck_lot_balance_scheduled_within_surplus", scheduled[1])
        suspended = _sqlite_check("ck_lot_balance_suspended_within_surplus", SUSPENDED)
        change = (old_check, f"{suspended}, {new_check}") if to_new else (f"{suspended}, {old_check}", new_check)
        rewrite_sqlite_table(op.get_bind(), "lot_balance", [change])
        return
    op.drop_constraint(op.f("ck_retention_decision_category"), "retention_decision", type_="check")
    op.create_check_constraint(op.f("ck_retention_decision_category"), "retention_decision", category[1])
    op.drop_constraint(op.f("ck_lot_balance_scheduled_within_surplus"), "lot_balance", type_="check")
    op.create_check_constraint(op.f("ck_lot_balance_scheduled_within_surplus"), "lot_balance", scheduled[1])
    if to_new:
        op.create_check_constraint(op.f("ck_lot_balance_suspended_within_surplus"), "lot_balance", SUSPENDED)


def _decisions_writable(writable: bool) -> None:
    """Lift the append-only trigger on retention decisions for this migration's rewrite only."""
    if not _sqlite():
        op.execute(f"ALTER TABLE retention_decision {'DISABLE' if writable else 'ENABLE'} TRIGGER retention_decision_append_only")
    elif writable:
        op.execute("DROP TRIGGER retention_decision_no_update")
    else:
        op.execute(
            "CREATE TRIGGER retention_decision_no_update BEFORE UPDATE ON retention_decision "
            "BEGIN SELECT RAISE(ABORT, 'retention_decision is append-only: record a correction instead'); END"
        )


def _suspension_triggers() -> None:
    """A suspension is never deleted, and only its lifting is ever written to it, once."""
    changed = " OR ".join(f"NEW.{column} IS DISTINCT FROM OLD.{column}" for column in FIXED)
    message = "suspension is append-only: only its lifting is written, once"
    if _sqlite():
        op.execute(
            "CREATE TRIGGER suspension_no_delete BEFORE DELETE ON suspension "
            f"BEGIN SELECT RAISE(ABORT, '{message}'); END"
        )
        op.execute(
            "CREATE TRIGGER suspension_lifted_once BEFORE UPDATE ON suspension "
            f"WHEN OLD.lifted_on IS NOT NULL OR {changed.replace('IS DISTINCT FROM', 'IS NOT')} "
            f"BEGIN SELECT RAISE(ABORT, '{message}'); END"
        )
        return
    op.execute(
        f"""
        CREATE FUNCTION suspension_lifted_once() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF TG_OP = 'DELETE' THEN
                RAISE EXCEPTION '{message}';
            END IF;
            IF OLD.lifted_on IS NOT NULL OR {changed} THEN
                RAISE EXCEPTION '{message}';
            END IF;
            RETURN NEW;
        END $$
        """
    )
    op.execute(
        "CREATE TRIGGER suspension_lifted_once BEFORE UPDATE OR DELETE ON suspension "
        "FOR EACH ROW EXECUTE FUNCTION suspension_lifted_once()"
    )


def upgrade() -> None:
    op.create_table(
        "suspension",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("lot_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.Column("reference", sa.String(length=120), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("suspended_from", sa.Date(), nullable=False),
        sa.Column("suspended_by", sa.String(length=100), nullable=False),
        sa.Column("suspended_at", sa.DateTime(), nullable=False),
        sa.Column("lifted_on", sa.Date(), nullable=True),
        sa.Column("lifted_by", sa.String(length=100), nullable=True),
        sa.Column("lift_reason", sa.Text(), nullable=True),
        sa.CheckConstraint("kind IN ('legal_hold', 'investigation', 'safety')", name=op.f("ck_suspension_kind")),
        sa.CheckConstraint("quantity > 0", name=op.f("ck_suspension_quantity_positive")),
        sa.CheckConstraint(
            "(lifted_on IS NULL) = (lifted_by IS NULL) AND (lifted_on IS NULL) = (lift_reason IS NULL)",
            name=op.f("ck_suspension_lifted_with_reason"),
        ),
        sa.CheckConstraint(
            "lifted_on IS NULL OR lifted_on >= suspended_from", name=op.f("ck_suspension_lifted_after_suspended")
        ),
        sa.ForeignKeyConstraint(["lot_id"], ["lot.id"], name=op.f("fk_suspension_lot_id_lot")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_suspension")),
    )
    op.create_index(op.f("ix_suspension_lot_id"), "suspension", ["lot_id"], unique=False)
    op.add_column("lot_balance", sa.Column("suspended", sa.Integer(), server_default="0", nullable=False))
    _legal_holds_to_suspensions()
    _no_profile_permits_legal_hold()
    _change_checks(to_new=True)
    _suspension_triggers()


def _legal_holds_to_suspensions() -> None:
    bind = op.get_bind()
    decisions = bind.execute(
        sa.text(
            "SELECT id, lot_id, quantity, category, authority_ref, reason, valid_from, decided_by, decided_at "
            "FROM retention_decision ORDER BY lot_id, valid_from, id"
        )
    ).all()
    _decisions_writable(True)
    for position, decision in enumerate(decisions):
        if decision.category != "legal_hold":
            continue
        following = decisions[position + 1] if position + 1 < len(decisions) else None
        replaced = following if following is not None and following.lot_id == decision.lot_id else None
        lifted_on = _day(replaced.valid_from) if replaced is not None else None
        suspension_id = bind.execute(
            sa.text(
                "INSERT INTO suspension (lot_id, kind, quantity, reference, reason, suspended_from, suspended_by, "
                "suspended_at, lifted_on, lifted_by, lift_reason) VALUES (:lot, 'legal_hold', :quantity, :reference, "
                ":reason, :since, :by, :at, :lifted_on, :lifted_by, :lift_reason) RETURNING id"
            ),
            {
                "lot": decision.lot_id,
                "quantity": decision.quantity,
                "reference": decision.authority_ref,
                "reason": decision.reason,
                "since": _day(decision.valid_from),
                "by": decision.decided_by,
                "at": decision.decided_at,
                "lifted_on": lifted_on,
                "lifted_by": BY if replaced is not None else None,
                "lift_reason": f"the lot's next retention decision replaced it ({BY})" if replaced is not None else None,
            },
        ).scalar_one()
        bind.execute(
            sa.text("UPDATE retention_decision SET quantity = 0, category = NULL, reason = :reason WHERE id = :id"),
            {"id": decision.id, "reason": MARK.format(suspension_id) + decision.reason},
        )
        if replaced is None:  # in force: the lot's figures say suspended, not retained
            bind.execute(
                sa.text(
                    "UPDATE lot_balance SET retained = 0, retention_category = NULL, suspended = :quantity "
                    "WHERE lot_id = :lot"
                ),
                {"lot": decision.lot_id, "quantity": decision.quantity},
            )
    _decisions_writable(False)


def _no_profile_permits_legal_hold() -> None:
    """A profile edited to permit legal hold as a retention would no longer be readable: legal hold
    is not a retention category any more, and a suspension needs no permission."""
    bind = op.get_bind()
    for profile_id, stored in bind.execute(sa.text("SELECT id, permitted_retention FROM policy_profile")).all():
        permitted = json.loads(stored) if isinstance(stored, str) else stored
        if isinstance(permitted, list) and "legal_hold" in permitted:
            bind.execute(
                sa.text("UPDATE policy_profile SET permitted_retention = :permitted WHERE id = :id").bindparams(
                    sa.bindparam("permitted", type_=sa.JSON)
                ),
                {"id": profile_id, "permitted": [value for value in permitted if value != "legal_hold"]},
            )


def _day(value: date | str) -> date:
    """SQLite gives dates back as text through a plain statement."""
    return value if isinstance(value, date) else date.fromisoformat(value)


def downgrade() -> None:
    bind = op.get_bind()
    suspensions = bind.execute(
        sa.text("SELECT id, lot_id, quantity, lifted_on, lifted_by FROM suspension ORDER BY id")
    ).all()
    latest = {
        row.lot_id: row.id
        for row in bind.execute(sa.text("SELECT id, lot_id FROM retention_decision ORDER BY lot_id, valid_from, id"))
    }
    rewritten = {}
    for suspension in suspensions:
        decision = bind.execute(
            sa.text("SELECT id, reason FROM retention_decision WHERE lot_id = :lot AND reason LIKE :mark"),
            {"lot": suspension.lot_id, "mark": MARK.format(suspension.id) + "%"},
        ).first()
        if decision is None:
            kept_as_it_was = False
        elif suspension.lifted_on is None:  # still the lot's decision in force
            kept_as_it_was = latest[suspension.lot_id] == decision.id
        else:  # lifted by this upgrade, because the next decision had replaced it
            kept_as_it_was = suspension.lifted_by == BY
        if not kept_as_it_was:
            raise RuntimeError(
                f"the record holds suspension(s) made or lifted since schema 0009 (suspension {suspension.id} of "
                f"lot id {suspension.lot_id}), which schema 0008 cannot keep: it has no suspensions, only "
                "legal hold as a retention"
            )
        rewritten[decision.id] = (suspension, decision.reason[len(MARK.format(suspension.id)) :])
    if _sqlite():
        op.execute("DROP TRIGGER suspension_no_delete")
        op.execute("DROP TRIGGER suspension_lifted_once")
    else:
        op.execute("DROP TRIGGER suspension_lifted_once ON suspension")
        op.execute("DROP FUNCTION suspension_lifted_once()")
        op.drop_constraint(op.f("ck_lot_balance_suspended_within_surplus"), "lot_balance", type_="check")
    _change_checks(to_new=False)
    _decisions_writable(True)
    for decision_id, (suspension, reason) in rewritten.items():
        bind.execute(
            sa.text(
                "UPDATE retention_decision SET quantity = :quantity, category = 'legal_hold', reason = :reason "
                "WHERE id = :id"
            ),
            {"id": decision_id, "quantity": suspension.quantity, "reason": reason},
        )
        if suspension.lifted_on is None:
            bind.execute(
                sa.text(
                    "UPDATE lot_balance SET retained = :quantity, retention_category = 'legal_hold', suspended = 0 "
                    "WHERE lot_id = :lot"
                ),
                {"lot": suspension.lot_id, "quantity": suspension.quantity},
            )
    _decisions_writable(False)
    op.drop_column("lot_balance", "suspended")
    op.drop_index(op.f("ix_suspension_lot_id"), table_name="suspension")
    op.drop_table("suspension")
