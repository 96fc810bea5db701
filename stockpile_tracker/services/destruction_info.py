"""Frozen views of destruction tasks, events and programmes, built from their rows in a few queries
(the plan and the log show hundreds at a time)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Sequence
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Row, case, func, select, true
from sqlalchemy.orm import InstrumentedAttribute, Session, aliased

from ..db.models import (
    DestructionEvent,
    DestructionTask,
    EventLine,
    Holding,
    Lot,
    MineType,
    Movement,
    Programme,
    TaskLine,
)
from ..domain.enums import MovementKind, TaskStatus
from .balance import at_destruction_site, destroyed_items, task_open_on, uncertified_items
from .dto.destruction import EventInfo, EventLineInfo, ProgrammeInfo, TaskInfo, TaskLineInfo


def _chunks(ids: list[int], size: int = 500) -> Iterator[list[int]]:
    for start in range(0, len(ids), size):
        yield ids[start : start + size]


def task_infos(session: Session, tasks: Sequence[DestructionTask], as_of: date | None = None) -> list[TaskInfo]:
    """Tasks with their lines' planned, shipped, reported and counted destroyed, certified and
    uncertified quantities, in a few queries for the whole list rather than a few per line; with
    `as_of`, as they stood at the end of that day (a task open then, `task_open_on`, shows as open)."""
    ids = [task.id for task in tasks]
    lines: dict[int, list[Row[*tuple[Any, ...]]]] = defaultdict(list)
    open_then: set[int] = set()  # with `as_of`: the tasks open at the end of that day
    shipped: dict[tuple[int | None, int], int] = {}  # by (task id, lot id); the task ids are the chunk's
    on_site: dict[tuple[int | None, int], int] = {}
    reported: dict[tuple[int | None, int], int] = {}
    destroyed: dict[tuple[int | None, int], int] = {}
    certified: dict[tuple[int | None, int], int] = {}
    uncertified: dict[tuple[int | None, int], int] = {}
    shipment = MovementKind.OUT_FOR_DESTRUCTION.value
    destroyed_entry = MovementKind.DESTROYED.value
    reversed_entry = aliased(Movement)

    def by_then(column: InstrumentedAttribute[date | None] | InstrumentedAttribute[date]) -> ColumnElement[bool]:
        return true() if as_of is None else column <= as_of

    for chunk in _chunks(ids):
        if as_of is not None:
            open_then.update(
                session.scalars(select(DestructionTask.id).where(DestructionTask.id.in_(chunk), task_open_on(as_of)))
            )
        for row in session.execute(
            select(
                TaskLine.task_id,
                TaskLine.lot_id,
                TaskLine.quantity,
                Lot.lot_number,
                MineType.designation,
                MineType.category,
                MineType.activation,
                MineType.ap_per_item,
                MineType.av_per_item,
            )
            .join(Lot, Lot.id == TaskLine.lot_id)
            .join(MineType, MineType.id == Lot.mine_type_id)
            .where(TaskLine.task_id.in_(chunk))
            .order_by(TaskLine.id)
        ):
            lines[row.task_id].append(row)
        # A reversal counts as what it reverses; a return from the destruction site (or the reversal of
        # one), as a shipment back.
        undone = func.coalesce(reversed_entry.kind, Movement.kind)
        kind = case((undone == MovementKind.SHIPMENT_RETURN.value, shipment), else_=undone)
        for task_id, lot_id, entry_kind, total in session.execute(
            select(Movement.task_id, Movement.lot_id, kind, func.sum(Movement.quantity))
            .join(Holding, Holding.id == Movement.holding_id)
            .outerjoin(reversed_entry, reversed_entry.id == Movement.reverses_id)
            .where(
                Movement.task_id.in_(chunk),
                ~at_destruction_site(),  # what left the lot's own sites: shipped, or destroyed there
                kind.in_([shipment, destroyed_entry]),
                by_then(Movement.occurred_on),
            )
            .group_by(Movement.task_id, Movement.lot_id, kind)
        ):
            (shipped if entry_kind == shipment else on_site)[(task_id, lot_id)] = -int(total)
        for task_id, lot_id, events, counted, certificates, short in session.execute(
            select(
                DestructionEvent.task_id,
                EventLine.lot_id,
                func.sum(EventLine.quantity),
                func.sum(destroyed_items(as_of)),
                func.sum(case((by_then(DestructionEvent.verified_on), EventLine.certified_quantity))),
                func.sum(case((by_then(DestructionEvent.verified_on), uncertified_items()), else_=0)),
            )
            .join(DestructionEvent, DestructionEvent.id == EventLine.event_id)
            .where(DestructionEvent.task_id.in_(chunk), by_then(DestructionEvent.occurred_on))
            .group_by(DestructionEvent.task_id, EventLine.lot_id)
        ):
            reported[(task_id, lot_id)] = int(events)
            destroyed[(task_id, lot_id)] = int(counted)
            certified[(task_id, lot_id)] = certificates or 0  # none when no line has a certificate yet
            uncertified[(task_id, lot_id)] = int(short)
    return [
        TaskInfo(
            id=task.id,
            reference=task.reference,
            programme_id=task.programme_id,
            planned_on=task.planned_on,
            site_code=task.site.code,
            method=task.method,
            status=TaskStatus.OPEN.value if task.id in open_then else task.status,
            lines=tuple(
                TaskLineInfo(
                    lot_id=line.lot_id,
                    lot_number=line.lot_number,
                    type_designation=line.designation,
                    category=line.category,
                    activation=line.activation,
                    planned=line.quantity,
                    shipped=shipped.get((task.id, line.lot_id), 0),
                    on_site=on_site.get((task.id, line.lot_id), 0),
                    reported=reported.get((task.id, line.lot_id), 0),
                    destroyed=destroyed.get((task.id, line.lot_id), 0),
                    certified=certified.get((task.id, line.lot_id), 0),
                    uncertified=uncertified.get((task.id, line.lot_id), 0),
                    ap_per_item=line.ap_per_item,
                    av_per_item=line.av_per_item,
                )
                for line in lines[task.id]
            ),
            close_note=task.close_note,
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
        for row in session.execute(
            select(
                EventLine.event_id,
                EventLine.lot_id,
                Lot.lot_number,
                MineType.designation,
                EventLine.quantity,
                EventLine.certified_quantity,
                (MineType.ap_per_item + MineType.av_per_item).label("mines_per_item"),
                MineType.ap_per_item,
                MineType.av_per_item,
                MineType.activation,
                destroyed_items().label("destroyed"),
            )
            .join(DestructionEvent, DestructionEvent.id == EventLine.event_id)
            .join(Lot, Lot.id == EventLine.lot_id)
            .join(MineType, MineType.id == Lot.mine_type_id)
            .where(EventLine.event_id.in_(chunk))
            .order_by(EventLine.id)
        ):
            lines[row.event_id].append(
                EventLineInfo(
                    lot_id=row.lot_id,
                    lot_number=row.lot_number,
                    type_designation=row.designation,
                    quantity=row.quantity,
                    certified_quantity=row.certified_quantity,
                    mines_per_item=row.mines_per_item,
                    ap_per_item=row.ap_per_item,
                    av_per_item=row.av_per_item,
                    activation=row.activation,
                    destroyed=row.destroyed,
                )
            )
    return [
        EventInfo(
            id=event.id,
            task_id=event.task_id,
            occurred_on=event.occurred_on,
            site_code=event.site.code,
            method=event.method,
            officer=event.officer,
            witness=event.witness,
            certificate_number=event.certificate_number,
            notes=event.notes,
            recorded_by=event.recorded_by,
            verified_by=event.verified_by,
            verified_on=event.verified_on,
            lines=tuple(lines[event.id]),
            corrected_by=event.corrected_by,
        )
        for event in events
    ]


def event_info(session: Session, event: DestructionEvent) -> EventInfo:
    session.flush()
    return event_infos(session, [event])[0]


def programme_info(programme: Programme) -> ProgrammeInfo:
    return ProgrammeInfo(
        id=programme.id,
        name=programme.name,
        profile_code=programme.profile.code,
        profile_name=programme.profile.name,
        deadline=programme.deadline,
        site_codes=tuple(site.code for site in programme.sites),
        methods=tuple(programme.methods),
        safety_standards=programme.safety_standards,
        environmental_standards=programme.environmental_standards,
    )
