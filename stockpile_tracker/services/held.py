"""What the state holds of the mines a profile governs, day by day, for the deadline engine
(docs/DOMAIN.md section 4, `deadlines`): held = on hand + at destruction sites + unaccounted, until
destroyed or written off; the day the last surplus mine went; the recent rate of destruction."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from sqlalchemy import ColumnElement, func, or_, select
from sqlalchemy.orm import Session, aliased

from ..db.models import DestructionEvent, EventLine, Lot, MineType, Movement, RetentionDecision
from ..domain.deadlines import add_months, surplus_ended_on
from ..domain.enums import MovementKind
from ..domain.rules import month_start
from .balance import destroyed_items
from .catalogue import covered_mines, in_scope_where
from .dto.catalogue import PolicyProfileInfo
from .unaccounted import written_off


def found_after(
    session: Session, covered: ColumnElement[bool], deadline: date, today: date
) -> dict[int, tuple[str, date]]:
    """Lots of stocks found after the deadline (DOMAIN.md section 1, Oslo 2019), of the types the
    profile governs (`covered`): lot id -> (lot number, the day they were found). Their six months
    run apart from the deadline."""
    rows = session.execute(
        select(Lot.id, Lot.lot_number, func.min(Movement.occurred_on))
        .join(Lot, Lot.id == Movement.lot_id)
        .join(MineType, MineType.id == Lot.mine_type_id)
        .where(
            covered,
            Movement.kind == MovementKind.DISCOVERY.value,
            Movement.occurred_on > deadline,
            Movement.occurred_on <= today,
        )
        .group_by(Lot.id, Lot.lot_number)
        .order_by(Lot.lot_number)
    ).all()
    return {lot_id: (number, found_on) for lot_id, number, found_on in rows}


# Mines shipped to a destruction site are still held until an event destroys them (DOMAIN.md
# section 6, Greece), and so are unaccounted ones until an authority writes them off (rule 6): for
# the deadline, a shipment and its return (both sides), a ledger destruction entry, a task's loss
# entry and a return of unaccounted mines change nothing; the destruction events and the
# write-offs do.
_SHIPPED_OR_DESTROYED = [
    k.value
    for k in (
        MovementKind.OUT_FOR_DESTRUCTION,
        MovementKind.IN_FOR_DESTRUCTION,
        MovementKind.SENT_BACK,
        MovementKind.SHIPMENT_RETURN,
        MovementKind.DESTROYED,
        MovementKind.UNACCOUNTED_LOSS,
        MovementKind.RETURNED,
    )
]


def held_changes(session: Session, policy: PolicyProfileInfo, today: date) -> list[tuple[int, date, int]]:
    """(lot id, day, change) of the mines the profile governs held, up to `today`:
    the ledger's entries other than shipments, destructions and returns (and their reversals), what
    each destruction event counts destroyed (certified, once its task closed short of it: the rest is
    unaccounted) and each write-off of unaccounted mines. So held = on hand + at
    destruction sites + unaccounted, until destroyed or written off."""
    covered = in_scope_where(policy)
    undone = aliased(Movement)
    ledger = session.execute(
        select(Movement.lot_id, Movement.occurred_on, func.sum(covered_mines(Movement.quantity, policy)))
        .join(Lot, Lot.id == Movement.lot_id)
        .join(MineType, MineType.id == Lot.mine_type_id)
        .outerjoin(undone, undone.id == Movement.reverses_id)
        .where(
            covered,
            Movement.occurred_on <= today,
            Movement.kind.not_in(_SHIPPED_OR_DESTROYED),
            or_(undone.id.is_(None), undone.kind.not_in(_SHIPPED_OR_DESTROYED)),
        )
        .group_by(Movement.lot_id, Movement.occurred_on)
    ).all()
    destroyed = session.execute(
        select(EventLine.lot_id, DestructionEvent.occurred_on, -func.sum(covered_mines(destroyed_items(today), policy)))
        .join(DestructionEvent, DestructionEvent.id == EventLine.event_id)
        .join(Lot, Lot.id == EventLine.lot_id)
        .join(MineType, MineType.id == Lot.mine_type_id)
        .where(covered, DestructionEvent.occurred_on <= today)
        .group_by(EventLine.lot_id, DestructionEvent.occurred_on)
    ).all()
    return [(lot_id, day, int(change)) for lot_id, day, change in [*ledger, *destroyed]] + written_off(
        session, policy, today
    )


def kept_as_permitted(policy: PolicyProfileInfo, category: str | None, quantity: int) -> int:
    """Retained mines count as kept only under a retention the profile permits (Ottawa: Article 3):
    the others are still to destroy."""
    return quantity if category in policy.permitted_retention else 0


def surplus_ended(
    session: Session,
    policy: PolicyProfileInfo,
    changes: list[tuple[int, date, int]],
    found: Iterable[int],
    today: date,
) -> date | None:
    """The day the last surplus mine the profile governs (not found after the deadline) was
    destroyed or left the state's hands, from the mines held and the retention decisions (of the
    kinds the profile permits) up to `today`."""
    decisions = session.execute(
        select(
            RetentionDecision.valid_from,
            RetentionDecision.lot_id,
            RetentionDecision.id,
            RetentionDecision.category,
            covered_mines(RetentionDecision.quantity, policy),
        )
        .join(Lot, Lot.id == RetentionDecision.lot_id)
        .join(MineType, MineType.id == Lot.mine_type_id)
        .where(in_scope_where(policy), RetentionDecision.valid_from <= today, RetentionDecision.lot_id.not_in(found))
    ).all()
    return surplus_ended_on(
        [(day, change) for lot_id, day, change in changes if lot_id not in found],
        [(day, lot_id, order, kept_as_permitted(policy, kind, int(q))) for day, lot_id, order, kind, q in decisions],
    )


def recent_rate(
    session: Session, policy: PolicyProfileInfo, found: Iterable[int], today: date, months: int = 6
) -> float:
    """Mines the profile governs destroyed (by the destruction events: a shipment destroys
    nothing yet), a month, over the last `months` full months."""
    this_month = month_start(today)
    start = add_months(this_month, -months)
    gone = session.execute(
        select(func.coalesce(func.sum(covered_mines(destroyed_items(today), policy)), 0))
        .select_from(EventLine)
        .join(DestructionEvent, DestructionEvent.id == EventLine.event_id)
        .join(Lot, Lot.id == EventLine.lot_id)
        .join(MineType, MineType.id == Lot.mine_type_id)
        .where(
            in_scope_where(policy),
            DestructionEvent.occurred_on >= start,
            DestructionEvent.occurred_on < this_month,
            EventLine.lot_id.not_in(found),
        )
    ).scalar_one()
    return int(gone) / months
