"""Unaccounted losses (DOMAIN.md rule 6): written when a task closes with mines shipped and not
destroyed at the site or certified fewer than reported, read by every figure that counts them. One
source: `loss_infos`, with its resolutions, as of a day."""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session, aliased

from ..db.models import DestructionTask, LossResolution, Lot, MineType, Movement, TaskLine, UnaccountedLoss
from ..domain.enums import MovementKind, Resolution, TaskStatus
from . import audit
from .base import utc_now
from .catalogue import covered_mines, in_scope_where
from .destruction_info import task_infos
from .dto.catalogue import PolicyProfileInfo
from .dto.destruction import LossInfo, ResolutionInfo, TaskInfo


def write_losses(session: Session, user: str, task: TaskInfo, explanation: str, on: date) -> list[LossInfo]:
    """One loss per lot of the task whose mines did not all come back destroyed: shipped and not
    reported destroyed at the site, plus what its verified certificates certify fewer than its events
    reported, on site or after shipment."""
    rows = [
        UnaccountedLoss(
            task_id=task.id,
            lot_id=line.lot_id,
            quantity=line.loss_on_closing,
            explanation=explanation,
            occurred_on=on,
            recorded_by=user,
            recorded_at=utc_now(),
        )
        for line in task.lines
        if line.loss_on_closing > 0
    ]
    session.add_all(rows)
    session.flush()
    losses = loss_infos(session, loss_ids=[row.id for row in rows])
    for loss in losses:
        audit.record(
            session,
            user,
            "record_loss",
            "unaccounted_loss",
            loss.id,
            after={"task": task.reference, "lot_id": loss.lot_id, "quantity": loss.quantity, "on": on},
            reason=explanation,
        )
    return losses


def loss_infos(
    session: Session,
    *,
    as_of: date | None = None,
    lot_id: int | None = None,
    loss_ids: list[int] | None = None,
    open_only: bool = False,
) -> list[LossInfo]:
    """Losses, oldest first, with their resolutions; `as_of`: as they stood at the end of that day
    (losses recorded and resolutions dated by then)."""
    query = (
        select(UnaccountedLoss, DestructionTask, Lot.lot_number, MineType)
        .join(DestructionTask, DestructionTask.id == UnaccountedLoss.task_id)
        .join(Lot, Lot.id == UnaccountedLoss.lot_id)
        .join(MineType, MineType.id == Lot.mine_type_id)
        .order_by(UnaccountedLoss.occurred_on, UnaccountedLoss.id)
    )
    if as_of is not None:
        query = query.where(UnaccountedLoss.occurred_on <= as_of)
    if lot_id is not None:
        query = query.where(UnaccountedLoss.lot_id == lot_id)
    if loss_ids is not None:
        query = query.where(UnaccountedLoss.id.in_(loss_ids))
    rows = session.execute(query).all()
    shipped = shipment_days(session, {row[0].task_id for row in rows})
    resolutions: dict[int, list[ResolutionInfo]] = defaultdict(list)
    ids = [row[0].id for row in rows]
    for resolution in session.scalars(
        select(LossResolution).where(LossResolution.loss_id.in_(ids)).order_by(LossResolution.id)
    ):
        if as_of is None or resolution.resolved_on <= as_of:
            resolutions[resolution.loss_id].append(
                ResolutionInfo(
                    kind=resolution.kind,
                    quantity=resolution.quantity,
                    reference=resolution.reference,
                    resolved_on=resolution.resolved_on,
                    reason=resolution.reason,
                    recorded_by=resolution.recorded_by,
                )
            )
    losses = [
        LossInfo(
            id=loss.id,
            task_id=task.id,
            task_reference=task.reference,
            programme_id=task.programme_id,
            lot_id=loss.lot_id,
            lot_number=lot_number,
            type_designation=mine_type.designation,
            category=mine_type.category,
            activation=mine_type.activation,
            ap_per_item=mine_type.ap_per_item,
            av_per_item=mine_type.av_per_item,
            quantity=loss.quantity,
            explanation=loss.explanation,
            occurred_on=loss.occurred_on,
            recorded_by=loss.recorded_by,
            resolutions=tuple(resolutions[loss.id]),
            shipped=shipped.get((loss.task_id, loss.lot_id), ()),
        )
        for loss, task, lot_number, mine_type in rows
    ]
    return [loss for loss in losses if loss.unaccounted > 0] if open_only else losses


def shipment_days(session: Session, task_ids: set[int]) -> dict[tuple[int | None, int], tuple[date, date]]:
    """(task, lot) -> the first and last day the task shipped mines of the lot, shipments reversed
    as mistakes left out."""
    undone = aliased(Movement)
    rows = session.execute(
        select(Movement.task_id, Movement.lot_id, func.min(Movement.occurred_on), func.max(Movement.occurred_on))
        .outerjoin(undone, undone.reverses_id == Movement.id)
        .where(
            Movement.task_id.in_(task_ids),
            Movement.kind == MovementKind.OUT_FOR_DESTRUCTION.value,
            undone.id.is_(None),
        )
        .group_by(Movement.task_id, Movement.lot_id)
    )
    return {(task_id, lot_id): (first, last) for task_id, lot_id, first, last in rows}


def loss_problems(session: Session) -> list[str]:
    """For `db check`: each loss against its task line. What the task took from the lot and does
    not count destroyed (shipped and not reported destroyed at the site, or certified less than
    reported; resolutions destroyed later are events of the task) must be what is still
    unaccounted for plus what was found and returned or written off."""
    losses = loss_infos(session)
    tasks = session.scalars(select(DestructionTask).where(DestructionTask.id.in_({loss.task_id for loss in losses})))
    lines = {(task.id, line.lot_id): line for task in task_infos(session, tasks.all()) for line in task.lines}
    problems = []
    for loss in losses:
        line = lines.get((loss.task_id, loss.lot_id))
        left = line.not_destroyed if line else 0
        kept = (
            loss.unaccounted
            + loss.resolved(Resolution.FOUND_RETURNED.value)
            + loss.resolved(Resolution.WRITTEN_OFF.value)
        )
        if loss.unaccounted < 0 or left != kept:
            problems.append(
                f"unaccounted loss {loss.id} (task {loss.task_reference}, lot {loss.lot_number}): the task left "
                f"{left:,} not destroyed, but the loss and its resolutions account for {kept:,} "
                f"({loss.unaccounted:,} still unaccounted for)"
            )
    return problems


def task_problems(session: Session) -> list[str]:
    """For `db check`: the tasks' rows as the services leave them, so that an edit made outside the
    program cannot make shipped mines vanish. A cancelled task took nothing out; an open task has no
    loss; a closed task left nothing not destroyed without its loss; a line plans at least what was
    taken out for it; a ledger entry of a task is for a lot the task plans."""
    tasks = session.scalars(select(DestructionTask).order_by(DestructionTask.reference)).all()
    lost = {
        (task_id, lot_id)
        for task_id, lot_id in session.execute(select(UnaccountedLoss.task_id, UnaccountedLoss.lot_id))
    }
    problems = []
    for task in task_infos(session, tasks):
        for line in task.lines:
            where = f"task {task.reference} ({task.status}), lot {line.lot_number}"
            taken = line.shipped + line.on_site
            if task.status == TaskStatus.CANCELLED.value and (taken or line.reported):
                problems.append(
                    f"{where}: cancelled, yet {taken:,} were taken out and {line.reported:,} destroyed for it"
                )
            elif task.status == TaskStatus.OPEN.value and (task.id, line.lot_id) in lost:
                problems.append(f"{where}: open, yet it has an unaccounted loss, which only closing writes")
            elif task.status == TaskStatus.CLOSED.value and line.not_destroyed and (task.id, line.lot_id) not in lost:
                problems.append(
                    f"{where}: closed with {line.not_destroyed:,} shipped or taken out and not destroyed, "
                    "and no unaccounted loss for them"
                )
            if taken > line.planned:
                problems.append(f"{where}: plans {line.planned:,}, but {taken:,} were taken out for it")
    unplanned = session.execute(
        select(Movement.id, DestructionTask.reference, Lot.lot_number)
        .join(DestructionTask, DestructionTask.id == Movement.task_id)
        .join(Lot, Lot.id == Movement.lot_id)
        .outerjoin(TaskLine, and_(TaskLine.task_id == Movement.task_id, TaskLine.lot_id == Movement.lot_id))
        .where(TaskLine.id.is_(None))
        .order_by(Movement.id)
    )
    problems += [
        f"ledger entry {entry} is for task {reference}, which does not plan lot {number}"
        for entry, reference, number in unplanned
    ]
    return problems


def written_off(session: Session, policy: PolicyProfileInfo, today: date) -> list[tuple[int, date, int]]:
    """(lot id, day, -mines) of the mines the profile governs written off by an authority up to
    `today`: for the deadline engine, they leave the mines held then (rule 5)."""
    covered = in_scope_where(policy)
    rows = session.execute(
        select(
            UnaccountedLoss.lot_id,
            LossResolution.resolved_on,
            -func.sum(covered_mines(LossResolution.quantity, policy)),
        )
        .join(UnaccountedLoss, UnaccountedLoss.id == LossResolution.loss_id)
        .join(Lot, Lot.id == UnaccountedLoss.lot_id)
        .join(MineType, MineType.id == Lot.mine_type_id)
        .where(covered, LossResolution.kind == Resolution.WRITTEN_OFF.value, LossResolution.resolved_on <= today)
        .group_by(UnaccountedLoss.lot_id, LossResolution.resolved_on)
    )
    return [(lot_id, day, int(change)) for lot_id, day, change in rows]
