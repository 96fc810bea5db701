"""Derived quantities of a lot, computed from the ledger, retention decisions, open tasks and
destruction events. One query serves both the projection (`refresh`) and its proof (`db check`)."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from functools import cache
from typing import Any

from sqlalchemy import (
    BigInteger,
    BindParameter,
    ColumnElement,
    FromClause,
    Select,
    Subquery,
    and_,
    bindparam,
    case,
    cast,
    func,
    or_,
    select,
    true,
    union_all,
)
from sqlalchemy.orm import InstrumentedAttribute, Session, aliased, object_session

from ..db.models import (
    DestructionEvent,
    DestructionTask,
    EventLine,
    Holding,
    LossResolution,
    Lot,
    LotBalance,
    MineType,
    Movement,
    RetentionDecision,
    Site,
    Suspension,
    TaskLine,
    UnaccountedLoss,
)
from ..domain.enums import INCOMING, Rule, SuspensionKind, TaskStatus, word
from ..domain.errors import RuleViolation
from ..domain.figures import StockFigures
from ..domain.rules import MAX_QUANTITY, first_retention_breach
from ..i18n import joined_in, language_in_use, translate
from .finding_words import figure

_INCOMING = [kind.value for kind in INCOMING]


@dataclass(frozen=True)
class Balance(StockFigures):
    on_hand: int
    received: int
    retained: int
    retention_category: str | None
    scheduled: int
    destroyed: int
    suspended: int
    at_destruction: int
    away: int  # on hand at the lot's other own sites: unscheduled surplus there


NOTHING_HELD = Balance(
    on_hand=0,
    received=0,
    retained=0,
    retention_category=None,
    scheduled=0,
    destroyed=0,
    suspended=0,
    at_destruction=0,
    away=0,
)


def _work_days() -> Subquery:
    """Per task, the first and last day of its work: its ledger entries (shipments, destructions on
    site, their reversals) and its destruction events. An event that resolves an unaccounted loss
    is left out: it is recorded after the task closed short, and does not reopen it."""
    entries = (
        select(
            Movement.task_id,
            func.min(Movement.occurred_on).label("first"),
            func.max(Movement.occurred_on).label("last"),
        )
        .where(Movement.task_id.is_not(None))
        .group_by(Movement.task_id)
    )
    events = (
        select(DestructionEvent.task_id, func.min(DestructionEvent.occurred_on), func.max(DestructionEvent.occurred_on))
        .outerjoin(LossResolution, LossResolution.event_id == DestructionEvent.id)
        .where(DestructionEvent.task_id.is_not(None), LossResolution.id.is_(None))
        .group_by(DestructionEvent.task_id)
    )
    work = union_all(entries, events).subquery()  # each grouped first: the ledger read by its task index
    return (
        select(work.c.task_id, func.min(work.c.first).label("first"), func.max(work.c.last).label("last"))
        .group_by(work.c.task_id)
        .subquery()
    )


def _tasks_on(as_of: date, *, still_open: bool) -> ColumnElement[bool]:
    """The tasks begun by the end of `as_of` (entered, or work done for them: a task keyed in after
    the fact began with its first shipment or destruction) and, if `still_open`, not ended by then:
    still open, or closed or cancelled later, never before their last entry or event. One grouped
    subquery for all tasks, not one per task."""
    work = _work_days()
    next_day = datetime.combine(as_of + timedelta(days=1), time())
    begun = or_(DestructionTask.created_at < next_day, work.c.first <= as_of)
    not_ended = or_(
        DestructionTask.status == TaskStatus.OPEN.value, DestructionTask.closed_at >= next_day, work.c.last > as_of
    )
    return DestructionTask.id.in_(
        select(DestructionTask.id)
        .outerjoin(work, work.c.task_id == DestructionTask.id)
        .where(begun, not_ended if still_open else true())
    )


def task_begun_by(as_of: date | None) -> ColumnElement[bool]:
    """A task on the record at the end of `as_of` (DOMAIN.md section 5, dated views); all of them
    without it."""
    return true() if as_of is None else _tasks_on(as_of, still_open=False)


def task_open_on(as_of: date | None) -> ColumnElement[bool]:
    """A task open at the end of `as_of`, the one rule of every dated view (DOMAIN.md section 5): a
    task closed on paper the day it was keyed in was open on the days of its work. Open now without
    `as_of`."""
    if as_of is None:
        return DestructionTask.status == TaskStatus.OPEN.value
    return _tasks_on(as_of, still_open=True)


def _certified_less() -> ColumnElement[bool]:
    """An event line whose verified certificate certifies fewer than the event reported destroyed,
    of an event that destroyed its task's mines (one resolving an unaccounted loss counts as reported)."""
    resolving = select(LossResolution.event_id).where(LossResolution.event_id.is_not(None))
    return and_(EventLine.certified_quantity < EventLine.quantity, DestructionEvent.id.not_in(resolving))


def uncertified_items() -> ColumnElement[int]:
    """What an event line reported destroyed and its verified certificate does not certify: when its
    task is closed, part of the lot's unaccounted loss (DOMAIN.md rule 6, `reconciliation`)."""
    return case((_certified_less(), EventLine.quantity - EventLine.certified_quantity), else_=0)


def destroyed_items(as_of: date | None = None) -> ColumnElement[int]:
    """What an event line counts destroyed (DOMAIN.md rule 6, `reconciliation`): what the event
    reported, until its task is closed and the difference its certificate does not certify is an
    unaccounted loss (recorded by the end of `as_of`); from then on, the certified figure. The one
    rule of every "destroyed" figure: sum it over EventLine joined to DestructionEvent."""
    lost = select(UnaccountedLoss.id).where(
        UnaccountedLoss.task_id == DestructionEvent.task_id,
        UnaccountedLoss.lot_id == EventLine.lot_id,
        UnaccountedLoss.occurred_on <= as_of if as_of is not None else true(),
    )
    return case((and_(_certified_less(), lost.exists()), EventLine.certified_quantity), else_=EventLine.quantity)


def _whole(total: ColumnElement[Any]) -> ColumnElement[int]:
    """A count of mines, 0 when there is none, as an integer: PostgreSQL sums bigints as numeric,
    which would reach the figures (and JSON) as Decimal."""
    return cast(func.coalesce(total, 0), BigInteger)


def balances_on(as_of: date | None) -> FromClause:
    """Each lot's figures: the stored projection today, derived from the ledger for an earlier day
    (as the status report reads them)."""
    return LotBalance.__table__ if as_of is None else derived_balance_query(as_of=as_of).subquery()


def derived_balance_query(
    lot_ids: Collection[int] | BindParameter[list[int]] | Select[int] | None = None, as_of: date | None = None
) -> Select[*tuple[Any, ...]]:
    """lot_id, on_hand, received, retained, retention_category, scheduled, destroyed, suspended,
    at_destruction, away per lot.

    With `as_of`, each figure is what the record said at the end of that day: entries, decisions
    and destructions dated up to then, and tasks open then (`task_open_on`). What they scheduled
    is at most the lot's surplus not suspended that day: a task keyed in after the fact, or an
    entry backdated past a task's line, could leave a line more than the lot had free then.
    """

    def only(column: InstrumentedAttribute[int]) -> ColumnElement[bool]:
        return column.in_(lot_ids) if lot_ids is not None else true()

    def until(column: InstrumentedAttribute[date]) -> ColumnElement[bool]:
        return column <= as_of if as_of is not None else true()

    task_open = task_open_on(as_of)

    reversed_entry = aliased(Movement)
    plant = at_destruction_site()
    ledger = (
        select(
            Movement.lot_id,
            func.sum(case((plant, 0), else_=Movement.quantity)).label("on_hand"),
            func.sum(
                case(
                    (Movement.kind.in_(_INCOMING), Movement.quantity),
                    (reversed_entry.kind.in_(_INCOMING), Movement.quantity),
                    else_=0,
                )
            ).label("received"),
            func.sum(case((plant, 0), (Holding.site_id != Lot.site_id, Movement.quantity), else_=0)).label("away"),
            func.sum(case((plant, Movement.quantity), else_=0)).label("at_destruction"),
        )
        .join(Holding, Holding.id == Movement.holding_id)
        .join(Lot, Lot.id == Movement.lot_id)
        .outerjoin(reversed_entry, reversed_entry.id == Movement.reverses_id)
        .where(only(Movement.lot_id), until(Movement.occurred_on))
        .group_by(Movement.lot_id)
        .subquery()
    )
    ranked = (
        select(
            RetentionDecision.lot_id,
            RetentionDecision.quantity,
            RetentionDecision.category,
            func.row_number()
            .over(
                partition_by=RetentionDecision.lot_id,
                order_by=(RetentionDecision.valid_from.desc(), RetentionDecision.id.desc()),
            )
            .label("rank"),
        )
        .where(only(RetentionDecision.lot_id), until(RetentionDecision.valid_from))
        .subquery()
    )
    retention = select(ranked).where(ranked.c.rank == 1).subquery()
    removed = _removed_by_tasks(only(Movement.lot_id), as_of)
    remaining = TaskLine.quantity - func.coalesce(removed.c.removed, 0)
    scheduled = (
        select(
            TaskLine.lot_id,
            func.sum(case((remaining > 0, remaining), else_=0)).label("scheduled"),
        )
        .join(DestructionTask, DestructionTask.id == TaskLine.task_id)
        .outerjoin(removed, and_(removed.c.task_id == TaskLine.task_id, removed.c.lot_id == TaskLine.lot_id))
        .where(task_open, only(TaskLine.lot_id))
        .group_by(TaskLine.lot_id)
        .subquery()
    )
    destroyed = (
        select(EventLine.lot_id, func.sum(destroyed_items(as_of)).label("destroyed"))
        .join(DestructionEvent, DestructionEvent.id == EventLine.event_id)
        .where(only(EventLine.lot_id), until(DestructionEvent.occurred_on))
        .group_by(EventLine.lot_id)
        .subquery()
    )
    in_force = (
        Suspension.lifted_on.is_(None)
        if as_of is None
        else or_(Suspension.lifted_on.is_(None), Suspension.lifted_on > as_of)
    )
    suspended = (
        select(Suspension.lot_id, func.sum(Suspension.quantity).label("suspended"))
        .join(Holding, Holding.id == Suspension.holding_id)
        .where(in_force, ~at_destruction_site(), only(Suspension.lot_id), until(Suspension.suspended_from))
        .group_by(Suspension.lot_id)
        .subquery()
    )
    scheduled_then = _whole(scheduled.c.scheduled)
    if as_of is not None:
        free = (
            _whole(ledger.c.on_hand)
            - _whole(ledger.c.away)
            - _whole(retention.c.quantity)
            - _whole(suspended.c.suspended)
        )
        # never below zero: more retained and suspended than on hand is another rule's breach, shown as it is
        scheduled_then = case((scheduled_then <= free, scheduled_then), (free > 0, free), else_=0)
    return (
        select(
            Lot.id.label("lot_id"),
            _whole(ledger.c.on_hand).label("on_hand"),
            _whole(ledger.c.received).label("received"),
            _whole(retention.c.quantity).label("retained"),
            retention.c.category.label("retention_category"),
            scheduled_then.label("scheduled"),
            _whole(destroyed.c.destroyed).label("destroyed"),
            _whole(suspended.c.suspended).label("suspended"),
            _whole(ledger.c.at_destruction).label("at_destruction"),
            _whole(ledger.c.away).label("away"),
        )
        .outerjoin(ledger, ledger.c.lot_id == Lot.id)
        .outerjoin(retention, retention.c.lot_id == Lot.id)
        .outerjoin(scheduled, scheduled.c.lot_id == Lot.id)
        .outerjoin(destroyed, destroyed.c.lot_id == Lot.id)
        .outerjoin(suspended, suspended.c.lot_id == Lot.id)
        .where(only(Lot.id))
        .order_by(Lot.id)
    )


def holds_mines(balances: FromClause) -> ColumnElement[bool]:
    """A lot that holds mines: held, on hand plus at destruction sites, above zero (section 2). The
    lots the dashboard and the status report count; an emptied lot is not one."""
    return balances.c.on_hand + balances.c.at_destruction > 0


def at_destruction_site() -> ColumnElement[bool]:
    """A ledger entry at a lot's holding for destruction (joined as `Holding`): mines shipped for a
    task to its site, held until destroyed, sent back or unaccounted (DOMAIN.md section 6, Greece:
    still the state's). Every other holding's mines are on hand."""
    return Holding.for_destruction.is_(True)


def _removed_by_tasks(lots: ColumnElement[bool], as_of: date | None) -> Subquery:
    """task_id, lot_id, removed: what each task's ledger entries took out of the lot's own sites
    (shipped, destroyed on site, less returns and reversals), up to the end of `as_of`."""
    return (
        select(Movement.task_id, Movement.lot_id, (-func.sum(Movement.quantity)).label("removed"))
        .join(Holding, Holding.id == Movement.holding_id)
        .where(
            Movement.task_id.is_not(None),
            ~at_destruction_site(),
            lots,
            Movement.occurred_on <= as_of if as_of is not None else true(),
        )
        .group_by(Movement.task_id, Movement.lot_id)
        .subquery()
    )


def at_destruction_query(lots: ColumnElement[bool], as_of: date | None = None) -> Select[int, int, int]:
    """lot_id, site_id, at_destruction: what the lots' holdings at destruction sites held at the end
    of `as_of` (now without it), where they are not nothing."""
    total = func.sum(Movement.quantity)
    return (
        select(Movement.lot_id, Holding.site_id, total.label("at_destruction"))
        .join(Holding, Holding.id == Movement.holding_id)
        .where(at_destruction_site(), lots, Movement.occurred_on <= as_of if as_of is not None else true())
        .group_by(Movement.lot_id, Holding.site_id)
        .having(total != 0)
    )


@cache
def _one_lot_query() -> Select[*tuple[Any, ...]]:
    """Built once, the lot bound at run time: building this statement takes longer than running it
    for one lot, and every ledger entry runs it."""
    return derived_balance_query(bindparam("lot_ids", expanding=True))


def derive(session: Session, lot_id: int) -> Balance:
    session.flush()
    row = session.execute(_one_lot_query(), {"lot_ids": [lot_id]}).one()
    return Balance(
        on_hand=row.on_hand,
        received=row.received,
        retained=row.retained,
        retention_category=row.retention_category,
        scheduled=row.scheduled,
        destroyed=row.destroyed,
        suspended=row.suspended,
        at_destruction=row.at_destruction,
        away=row.away,
    )


def refresh(session: Session, lot: Lot) -> Balance:
    """Recompute one lot's balance from the ledger, check the rules, and store the projection."""
    balance = derive(session, lot.id)
    check(lot, balance)
    check_history(session, lot)
    stored = session.get(LotBalance, lot.id)
    if stored is None:
        stored = LotBalance(lot_id=lot.id)
        session.add(stored)
    for name, value in balance.__dict__.items():
        setattr(stored, name, value)
    session.flush()
    return balance


@dataclass(frozen=True)
class HistoryBreach:
    """The first day at whose end more was retained and suspended than on hand."""

    day: date
    held_back: int
    on_hand: int
    suspended: bool  # a suspension was in force that day

    @property
    def kept(self) -> str:
        return "retained or suspended" if self.suspended else "retained"


def history_breach(
    movements: Collection[tuple[date, int]],
    decisions: Collection[tuple[date, int, int]],
    suspensions: Collection[tuple[date, date | None, int]],
) -> HistoryBreach | None:
    """The rule of `check_history` on one lot's rows: (date, quantity) entries, (valid from, order,
    retained) decisions, (from, lifted on, quantity) suspensions. `db check` runs it on every lot."""
    breach = first_retention_breach(movements, decisions, suspensions)
    if breach is None:
        return None
    day, held_back, on_hand = breach
    suspended = any(since <= day and (lifted is None or lifted > day) for since, lifted, _q in suspensions)
    return HistoryBreach(day, held_back, on_hand, suspended)


def check_history(session: Session, lot: Lot) -> None:
    """Retention lock and suspension on every past day too: a backdated entry, decision or suspension
    must not leave more retained and suspended than was on hand at the lot's home on any day it
    reaches (they are kept there)."""
    breach = history_breach(
        session.execute(
            select(Movement.occurred_on, Movement.quantity)
            .join(Holding, Holding.id == Movement.holding_id)
            .where(Movement.lot_id == lot.id, Holding.site_id == lot.site_id, ~at_destruction_site())
        ).all(),
        session.execute(
            select(RetentionDecision.valid_from, RetentionDecision.id, RetentionDecision.quantity).where(
                RetentionDecision.lot_id == lot.id
            )
        ).all(),
        session.execute(
            select(Suspension.suspended_from, Suspension.lifted_on, Suspension.quantity)
            .join(Holding, Holding.id == Suspension.holding_id)
            .where(Suspension.lot_id == lot.id, ~at_destruction_site())
        ).all(),
    )
    if breach is not None:
        raise RuleViolation(
            Rule.SUSPENSION if breach.suspended else Rule.RETENTION_LOCK,
            translate(
                "Services",
                "lot {lot_number} ({designation}): at the end of {day} {held_back} would be {kept} "
                "but only {on_hand} on hand; {kept} mines cannot leave the lot",
            ).format(
                lot_number=lot.lot_number,
                designation=lot.mine_type.designation,
                day=breach.day.isoformat(),
                held_back=figure(breach.held_back),
                kept=breach.kept,
                on_hand=figure(breach.on_hand),
            ),
            field="quantity",
        )
    check_shipped_suspensions(session, lot)


def shipped_suspension_breaches(session: Session, lot_ids: Collection[int] | None = None) -> list[str]:
    """Suspensions of mines shipped for destruction (DOMAIN.md section 2, suspension): on every day,
    what is suspended at a holding for destruction is there. A breach in words, per holding."""
    held = select(Suspension.holding_id).where(Suspension.lot_id.in_(lot_ids) if lot_ids is not None else true())
    holdings = session.execute(
        select(Holding.id, Lot.lot_number, MineType.designation, Site.code)
        .join(Lot, Lot.id == Holding.lot_id)
        .join(MineType, MineType.id == Lot.mine_type_id)
        .join(Site, Site.id == Holding.site_id)
        .where(Holding.for_destruction.is_(True), Holding.id.in_(held))
        .order_by(Holding.id)
    ).all()
    found = []
    for holding_id, number, designation, site in holdings:
        breach = history_breach(
            session.execute(
                select(Movement.occurred_on, Movement.quantity).where(Movement.holding_id == holding_id)
            ).all(),
            [],
            session.execute(
                select(Suspension.suspended_from, Suspension.lifted_on, Suspension.quantity).where(
                    Suspension.holding_id == holding_id
                )
            ).all(),
        )
        if breach is not None:
            found.append(
                f"lot {number} ({designation}): at the end of {breach.day.isoformat()} {breach.held_back:,} would be "
                f"suspended at {site} but only {breach.on_hand:,} await destruction there"
            )
    return found


def check_shipped_suspensions(session: Session, lot: Lot) -> None:
    """Suspended mines at a destruction site are neither destroyed, sent back nor lost until lifted."""
    breaches = shipped_suspension_breaches(session, [lot.id])
    if breaches:
        raise RuleViolation(
            Rule.SUSPENSION,
            translate("Services", "{breach}; lift the suspension first").format(breach=breaches[0]),
            field="quantity",
        )


def suspensions_in_force(lot: Lot) -> str:
    """The lot's suspensions in force, named as the office knows them: kind, reference, quantity."""
    session = object_session(lot)
    assert session is not None  # a lot whose figures are checked was read in a session
    held = session.scalars(
        select(Suspension)
        .join(Holding, Holding.id == Suspension.holding_id)
        .where(Suspension.lot_id == lot.id, Suspension.lifted_on.is_(None), ~at_destruction_site())
        .order_by(Suspension.id)
    )
    return joined_in(
        (
            translate("Services", "{kind} {reference}: {quantity}").format(
                kind=word(SuspensionKind(s.kind)), reference=s.reference, quantity=figure(s.quantity)
            )
            for s in held
        ),
        language_in_use(),
    )


def check(lot: Lot, balance: Balance) -> None:
    """The balance rules, with messages that name the lot and the quantities."""
    name = translate("Services", "lot {lot_number} ({type_designation})").format(
        lot_number=lot.lot_number, type_designation=lot.mine_type.designation
    )  # ledger.lot_name, which imports this module
    if balance.on_hand < 0:
        raise RuleViolation(
            Rule.CONSERVATION,
            translate("Services", "{name}: on hand would be {on_hand}; it cannot go below zero").format(
                name=name, on_hand=figure(balance.on_hand)
            ),
        )
    if balance.retained > balance.on_hand:
        raise RuleViolation(
            Rule.RETENTION_LOCK,
            translate(
                "Services",
                "{name}: {retained} are retained but only {on_hand} would be on hand; change the retention first",
            ).format(name=name, retained=figure(balance.retained), on_hand=figure(balance.on_hand)),
        )
    if balance.suspended > balance.surplus:
        raise RuleViolation(
            Rule.SUSPENSION,
            translate(
                "Services",
                "{name}: {suspended} are suspended ({suspensions}) but only {surplus} would be "
                "surplus; lift the suspension first",
            ).format(
                name=name,
                suspended=figure(balance.suspended),
                suspensions=suspensions_in_force(lot),
                surplus=figure(balance.surplus),
            ),
        )
    if balance.scheduled > balance.surplus - balance.suspended:
        raise RuleViolation(
            Rule.ALLOCATION,
            translate(
                "Services",
                "{name}: {scheduled} are scheduled for destruction but only {free} would be surplus not "
                "suspended; change the destruction tasks first",
            ).format(name=name, scheduled=figure(balance.scheduled), free=figure(balance.surplus - balance.suspended)),
        )
    if balance.retained + balance.suspended + balance.scheduled > balance.on_hand - balance.away:
        raise RuleViolation(
            Rule.ALLOCATION,
            translate(
                "Services",
                "{name}: {away} of its {on_hand} on hand would be at its other sites, so only {at_home} at "
                "{home}, its home, for the {retained} retained, {suspended} suspended and {scheduled} "
                "scheduled, which stay there; move mines back first",
            ).format(
                name=name,
                away=figure(balance.away),
                on_hand=figure(balance.on_hand),
                at_home=figure(balance.on_hand - balance.away),
                home=lot.site.code,
                retained=figure(balance.retained),
                suspended=figure(balance.suspended),
                scheduled=figure(balance.scheduled),
            ),
        )
    if balance.received > MAX_QUANTITY:
        raise RuleViolation(
            Rule.CONSERVATION,
            translate(
                "Services",
                "{name}: it would have received {received}, more than the {max_quantity} a lot can "
                "hold; record the rest as a lot of its own",
            ).format(name=name, received=figure(balance.received), max_quantity=figure(MAX_QUANTITY)),
            field="quantity",
        )
    if balance.held + balance.destroyed > balance.received:
        said = (
            translate(
                "Services",
                "{name}: {on_hand} on hand, {at_destruction} at destruction sites and {destroyed} destroyed "
                "would be more than the {received} ever held",
            )
            if balance.at_destruction
            else translate(
                "Services",
                "{name}: {on_hand} on hand and {destroyed} destroyed would be more than the {received} ever held",
            )
        )
        raise RuleViolation(
            Rule.CONSERVATION,
            said.format(
                name=name,
                on_hand=figure(balance.on_hand),
                at_destruction=figure(balance.at_destruction),
                destroyed=figure(balance.destroyed),
                received=figure(balance.received),
            ),
        )
