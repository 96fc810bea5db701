"""For `db check`: rows of the suspensions, losses and Korea requirements that a database tool wrote
and the services would have refused. Each rule is the service's own (imported, not copied), run on
the stored row; each problem names the row and says what is wrong."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import partial
from typing import NamedTuple

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session, aliased, raiseload

from ..db.models import (
    DestructionEvent,
    DestructionTask,
    EventLine,
    KoreaRequirement,
    LossResolution,
    Lot,
    Movement,
    PolicyProfile,
    Suspension,
    UnaccountedLoss,
)
from ..domain.enums import MovementKind, Resolution, SuspensionKind
from ..domain.errors import DatabaseError, InvalidInput, RuleViolation
from ..domain.rules import require_not_future, require_whole
from .catalogue import profile_info
from .dto.catalogue import PolicyProfileInfo
from .korea import require_governed, require_korea_permitted
from .ledger import lot_name
from .losses import require_resolution_date
from .suspensions import require_held_from, require_lifted_after


def refused_rows(session: Session, today: date) -> list[str]:
    return [
        *_resolution_problems(session, today),
        *_returned_entries_problems(session),
        *_suspension_problems(session, today),
        *_korea_problems(session, today),
    ]


def _refusals(name: str, *rules: Callable[[], object]) -> list[str]:
    """`name: message` for each rule that refuses the row."""
    problems = []
    for rule in rules:
        try:
            rule()
        except (InvalidInput, RuleViolation) as refused:
            problems.append(f"{name}: {refused}")
    return problems


class Backing(NamedTuple):
    """What a resolution's mines went through: its found-and-returned ledger entry or its
    destruction event, as it must be and as it is."""

    name: str  # as it is: "ledger entry 1 (receipt of lot L-002)"
    belongs: bool  # of the loss's lot (an entry) or task (an event), of the right kind
    must_be: str  # "a found-and-returned entry of lot L-001"
    quantity: int  # of the loss's lot
    on: date


def _resolution_problems(session: Session, today: date) -> list[str]:
    """Each resolution dated from its loss to today, and backed by its own entry or event: one of the
    loss's lot (or task) of the resolution's quantity and date (DOMAIN.md rule 6)."""
    entry_lot, line = aliased(Lot), aliased(EventLine)
    rows = session.execute(
        select(
            LossResolution, UnaccountedLoss, Lot.lot_number, DestructionTask.reference, Movement, entry_lot.lot_number
        )
        .add_columns(DestructionEvent, line.quantity)
        .join(UnaccountedLoss, UnaccountedLoss.id == LossResolution.loss_id)
        .join(Lot, Lot.id == UnaccountedLoss.lot_id)
        .join(DestructionTask, DestructionTask.id == UnaccountedLoss.task_id)
        .outerjoin(Movement, Movement.id == LossResolution.movement_id)
        .outerjoin(entry_lot, entry_lot.id == Movement.lot_id)
        .outerjoin(DestructionEvent, DestructionEvent.id == LossResolution.event_id)
        .outerjoin(line, and_(line.event_id == LossResolution.event_id, line.lot_id == UnaccountedLoss.lot_id))
        .order_by(LossResolution.id)
    ).all()
    problems = []
    for resolution, loss, number, task, entry, entry_number, event, line_quantity in rows:
        name = (
            f"loss resolution {resolution.id} ({Resolution(resolution.kind).label}, {resolution.quantity:,} on "
            f"{resolution.resolved_on.isoformat()}) of unaccounted loss {loss.id} (task {task}, lot {number})"
        )
        problems.extend(
            _refusals(name, partial(require_resolution_date, resolution.resolved_on, loss.occurred_on, today))
        )
        backing = None
        if entry is not None:
            backing = Backing(
                f"ledger entry {entry.id} ({MovementKind(entry.kind).label} of lot {entry_number})",
                entry.kind == MovementKind.RETURNED.value and entry.lot_id == loss.lot_id,
                f"a {MovementKind.RETURNED.label} entry of lot {number}",
                entry.quantity,
                entry.occurred_on,
            )
        elif event is not None:
            backing = Backing(
                f"destruction event {event.id} (certificate {event.certificate_number})",
                event.task_id == loss.task_id,
                f"an event of task {task}",
                line_quantity or 0,
                event.occurred_on,
            )
        if backing is not None:
            problems.extend(_backing_problems(name, backing, resolution))
        elif resolution.kind != Resolution.WRITTEN_OFF.value:  # its entry or event not in the record
            problems.append(f"{name}: the ledger entry or destruction event that backs it does not exist")
    return problems


def _backing_problems(name: str, backing: Backing, resolution: LossResolution) -> list[str]:
    """The one check of both kinds: the entry or event is the loss's, of the quantity and date resolved."""
    wrong = []
    if not backing.belongs:
        wrong.append(f"it is not {backing.must_be}")
    if backing.quantity != resolution.quantity:
        wrong.append(f"it counts {backing.quantity:,}, not {resolution.quantity:,}")
    if backing.on != resolution.resolved_on:
        wrong.append(f"it is dated {backing.on.isoformat()}, not {resolution.resolved_on.isoformat()}")
    return [f"{name}: its {backing.name}: {'; '.join(wrong)}"] if wrong else []


def _returned_entries_problems(session: Session) -> list[str]:
    """Every found-and-returned entry, and every destruction event of a resolution, resolves exactly
    one loss: an entry with none brought mines from nowhere; one resolving two counts them twice."""
    resolutions = func.count(LossResolution.id)
    entries = session.execute(
        select(Movement.id, Lot.lot_number, Movement.quantity, Movement.occurred_on, resolutions)
        .join(Lot, Lot.id == Movement.lot_id)
        .outerjoin(LossResolution, LossResolution.movement_id == Movement.id)
        .where(Movement.kind == MovementKind.RETURNED.value)
        .group_by(Movement.id, Lot.lot_number, Movement.quantity, Movement.occurred_on)
        .having(resolutions != 1)
        .order_by(Movement.id)
    )
    events = session.execute(
        select(LossResolution.event_id, resolutions)
        .where(LossResolution.event_id.is_not(None))
        .group_by(LossResolution.event_id)
        .having(resolutions > 1)
        .order_by(LossResolution.event_id)
    )
    return [
        *(
            f"ledger entry {entry} ({MovementKind.RETURNED.label}, {quantity:,} of lot {number} on {on.isoformat()}) "
            f"resolves {count} unaccounted losses, not one"
            for entry, number, quantity, on, count in entries
        ),
        *(f"destruction event {event} resolves {count} unaccounted losses, not one" for event, count in events),
    ]


def _suspension_problems(session: Session, today: date) -> list[str]:
    """Each suspension dated as `suspend` and `lift` date it: from the lot's first entry, not in the
    future, lifted after it began and not in the future."""
    first = (  # the first entry at the holding it holds mines at
        select(Movement.holding_id, func.min(Movement.occurred_on).label("first"))
        .where(Movement.holding_id.in_(select(Suspension.holding_id)))
        .group_by(Movement.holding_id)
        .subquery()
    )
    rows = session.execute(
        select(Suspension, Lot, first.c.first)
        .join(Lot, Lot.id == Suspension.lot_id)
        .outerjoin(first, first.c.holding_id == Suspension.holding_id)
        .order_by(Suspension.id)
    ).all()
    problems = []
    for held, lot, first_entry in rows:
        name = f"suspension {held.id} ({SuspensionKind(held.kind).label} {held.reference} on {lot_name(lot)})"
        since, lifted = held.suspended_from, held.lifted_on
        problems.extend(
            _refusals(
                name,
                partial(require_not_future, "from", since, today),
                partial(require_held_from, lot_name(lot), first_entry, since),
            )
        )
        if lifted is not None:
            problems.extend(
                _refusals(
                    name,
                    partial(require_not_future, "lifted on", lifted, today),
                    partial(require_lifted_after, since, lifted),
                )
            )
    return problems


def _korea_problems(session: Session, today: date) -> list[str]:
    """Each Korea requirement as `state_requirement` takes it: a quantity a record holds, not in the
    future, under a profile that permits Korea retention, for a type the profile governs."""
    policies: dict[int, PolicyProfileInfo] = {}
    for profile_id in session.scalars(select(PolicyProfile.id)).all():
        try:  # loading a profile reads its JSON columns, which may hold nonsense
            policies[profile_id] = profile_info(session.get_one(PolicyProfile, profile_id))
        except (DatabaseError, ValueError):  # a profile no rule can read: db check names it already
            continue
    problems = []
    requirements = select(KoreaRequirement).options(raiseload(KoreaRequirement.profile)).order_by(KoreaRequirement.id)
    for row in session.scalars(requirements):
        policy = policies.get(row.profile_id)
        if policy is None:
            continue
        name = (
            f"Korea requirement {row.id} ({policy.name}, {row.mine_type.designation}, {row.quantity:,} from "
            f"{row.valid_from.isoformat()})"
        )
        problems.extend(
            _refusals(
                name,
                partial(require_whole, "quantity", row.quantity),
                partial(require_not_future, "valid from", row.valid_from, today),
                partial(require_korea_permitted, policy),
                partial(require_governed, policy, row.mine_type),
            )
        )
    return problems
