"""Frozen views of destruction tasks, events and programmes, built from their rows in a few queries
(the plan and the log show hundreds at a time)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Sequence

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from ..db.models import (
    DestructionEvent,
    DestructionTask,
    EventLine,
    Lot,
    MineType,
    Movement,
    Programme,
    TaskLine,
)
from ..domain.enums import MovementKind
from .dto import EventInfo, EventLineInfo, ProgrammeInfo, TaskInfo, TaskLineInfo


def _chunks(ids: list[int], size: int = 500) -> Iterator[list[int]]:
    for start in range(0, len(ids), size):
        yield ids[start : start + size]


def task_infos(session: Session, tasks: Sequence[DestructionTask]) -> list[TaskInfo]:
    """Tasks with their lines' planned, shipped, destroyed and certified quantities, in a few
    queries for the whole list rather than a few per line."""
    ids = [task.id for task in tasks]
    lines: dict[int, list] = defaultdict(list)
    shipped: dict[tuple[int, int], int] = {}
    on_site: dict[tuple[int, int], int] = {}
    events: dict[tuple[int, int], tuple[int, int]] = {}
    shipment = MovementKind.OUT_FOR_DESTRUCTION.value
    destroyed_entry = MovementKind.DESTROYED.value
    reversed_entry = aliased(Movement)
    for chunk in _chunks(ids):
        for row in session.execute(
            select(TaskLine.task_id, TaskLine.lot_id, TaskLine.quantity, Lot.lot_number, MineType.designation)
            .join(Lot, Lot.id == TaskLine.lot_id)
            .join(MineType, MineType.id == Lot.mine_type_id)
            .where(TaskLine.task_id.in_(chunk))
            .order_by(TaskLine.id)
        ):
            lines[row.task_id].append(row)
        kind = func.coalesce(reversed_entry.kind, Movement.kind)  # a reversal counts as what it reverses
        for task_id, lot_id, entry_kind, total in session.execute(
            select(Movement.task_id, Movement.lot_id, kind, func.sum(Movement.quantity))
            .outerjoin(reversed_entry, reversed_entry.id == Movement.reverses_id)
            .where(Movement.task_id.in_(chunk), kind.in_([shipment, destroyed_entry]))
            .group_by(Movement.task_id, Movement.lot_id, kind)
        ):
            (shipped if entry_kind == shipment else on_site)[(task_id, lot_id)] = -int(total)
        events.update(
            {
                (task_id, lot_id): (int(destroyed), int(certified))
                for task_id, lot_id, destroyed, certified in session.execute(
                    select(
                        DestructionEvent.task_id,
                        EventLine.lot_id,
                        func.sum(EventLine.quantity),
                        func.coalesce(func.sum(EventLine.certified_quantity), 0),
                    )
                    .join(DestructionEvent, DestructionEvent.id == EventLine.event_id)
                    .where(DestructionEvent.task_id.in_(chunk))
                    .group_by(DestructionEvent.task_id, EventLine.lot_id)
                )
            }
        )
    return [
        TaskInfo(
            task.id,
            task.reference,
            task.programme_id,
            task.planned_on,
            task.site.code,
            task.method,
            task.status,
            tuple(
                TaskLineInfo(
                    line.lot_id,
                    line.lot_number,
                    line.designation,
                    line.quantity,
                    shipped.get((task.id, line.lot_id), 0),
                    on_site.get((task.id, line.lot_id), 0),
                    *events.get((task.id, line.lot_id), (0, 0)),
                )
                for line in lines[task.id]
            ),
            task.close_note,
        )
        for task in tasks
    ]


def task_info(session: Session, task: DestructionTask) -> TaskInfo:
    session.flush()
    return task_infos(session, [task])[0]


def event_infos(session: Session, events: Sequence[DestructionEvent]) -> list[EventInfo]:
    ids = [event.id for event in events]
    lines: dict[int, list[EventLineInfo]] = defaultdict(list)
    for chunk in _chunks(ids):
        for event_id, *values in session.execute(
            select(
                EventLine.event_id,
                EventLine.lot_id,
                Lot.lot_number,
                MineType.designation,
                EventLine.quantity,
                EventLine.certified_quantity,
            )
            .join(Lot, Lot.id == EventLine.lot_id)
            .join(MineType, MineType.id == Lot.mine_type_id)
            .where(EventLine.event_id.in_(chunk))
            .order_by(EventLine.id)
        ):
            lines[event_id].append(EventLineInfo(*values))
    return [
        EventInfo(
            event.id,
            event.task_id,
            event.occurred_on,
            event.site.code,
            event.method,
            event.officer,
            event.witness,
            event.certificate_number,
            event.notes,
            event.recorded_by,
            event.verified_by,
            event.verified_on,
            tuple(lines[event.id]),
            event.corrected_by,
        )
        for event in events
    ]


def event_info(session: Session, event: DestructionEvent) -> EventInfo:
    session.flush()
    return event_infos(session, [event])[0]


def programme_info(programme: Programme) -> ProgrammeInfo:
    return ProgrammeInfo(
        programme.id,
        programme.name,
        programme.profile.code,
        programme.deadline,
        tuple(site.code for site in programme.sites),
        tuple(programme.methods),
        programme.safety_standards,
        programme.environmental_standards,
    )
