"""`db check`: the database's own integrity and its append-only triggers, the balance projection
against the ledger, the ledger's never-negative rule and the retention and suspension rule at every
date, the policy profiles readable, each unaccounted loss against its task, the rows the services
would refuse, every row of the record against its audit entry, and the audit chain."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from datetime import date
from functools import partial
from itertools import groupby
from typing import Any

from sqlalchemy import ColumnElement, Row, Text, and_, cast, func, literal, or_, select, text
from sqlalchemy.orm import Session, aliased

from ..db.migrate import HEAD, current_revision
from ..db.models import (
    AuditEntry,
    Base,
    Day,
    DestructionEvent,
    DestructionTask,
    EventLine,
    Holding,
    LossResolution,
    Lot,
    LotBalance,
    Moment,
    Movement,
    PolicyProfile,
    RetentionDecision,
    Site,
    Suspension,
)
from ..db.roles import grant_problems
from ..domain.enums import (
    AT_ANY_OWN_SITE,
    AT_DESTRUCTION_SITE,
    MOVES,
    MovementKind,
    RetentionCategory,
    SiteKind,
    TaskStatus,
)
from ..domain.errors import DatabaseError
from ..domain.rules import first_negative_balance
from . import audit
from .append_only import trigger_problems
from .archive import frozen_report_problems
from .balance import derived_balance_query, history_breach, shipped_suspension_breaches
from .base import Context
from .catalogue import profile_info
from .coverage import coverage_problems
from .dto.reports import ChainReport, CheckReport
from .progress import Progress, no_progress, through
from .refused_rows import refused_rows
from .unaccounted import loss_problems, task_problems

MAX_PROBLEMS = 50
READABLE = "dates and times readable"

# The stored projection's figures, in lot_balance's column order, as the office names them.
FIGURES = (
    "on hand",
    "received",
    "retained",
    "retained as",
    "scheduled",
    "destroyed",
    "suspended",
    "at destruction sites",
    "at other own sites",
)


def check_database(ctx: Context, seal: str | None = None, progress: Progress = no_progress) -> CheckReport:
    """`seal`: one printed on a report, which the record must still reach. `progress` is told each
    check before it starts; Cancelled raised there stops the check, which then reports nothing."""
    problems: list[str] = []
    current = current_revision(ctx.engine) == HEAD
    with ctx.read() as session:  # one snapshot: a write by another office mid-check is not a "problem"
        names = dict(session.execute(select(Lot.id, Lot.lot_number)).all())
        chain: list[ChainReport] = []
        checks: list[tuple[str, Callable[[], list[str]]]] = []
        if ctx.engine.dialect.name == "sqlite":
            checks += [
                ("SQLite's integrity check", partial(_sqlite_problems, session)),
                (READABLE, partial(unreadable_values, session)),
            ]
        checks += [
            ("lot figures against the ledger", partial(_balance_problems, session, names)),
            ("the ledger at every date", partial(_history_problems, session, names)),
        ]
        if current:  # a database not yet upgraded has fewer profile columns and no losses: checked once it is
            checks += [
                ("append-only triggers", partial(trigger_problems, session)),
                ("policy profiles", partial(_profile_problems, session)),
                ("unaccounted losses", partial(loss_problems, session)),
                ("destruction tasks", partial(task_problems, session)),
                ("holdings", partial(holding_problems, session)),
                ("ledger entries", partial(entry_problems, session)),
                ("suspensions of mines shipped", partial(shipped_suspension_breaches, session)),
                ("rows the program would refuse", partial(refused_rows, session, ctx.today())),
                ("reports frozen as submitted", partial(frozen_report_problems, session)),
                ("every row against its audit entry", partial(coverage_problems, session)),
            ]
        checks.append(("audit chain", lambda: _chain_problems(session, chain)))
        if seal is not None:
            checks.append((f"seal {seal}", partial(audit.seal_problems, session, seal)))
        if current and ctx.engine.dialect.name == "postgresql":  # who could do harm, after the harm done
            checks.append(("database roles", partial(grant_problems, session.connection())))
        for what, check in through(progress, checks):
            found = check()
            problems.extend(found)
            if what == READABLE and found:  # every other check reads them: they are put right first
                problems.append("the other checks are made once these values are corrected: they cannot be read")
                return CheckReport(
                    lots=len(names),
                    movements=session.scalar(select(func.count(Movement.id))) or 0,
                    audit_entries=session.scalar(select(func.count(AuditEntry.id))) or 0,
                    problems=tuple(problems[:MAX_PROBLEMS]),
                )
        movement_count = session.scalar(select(func.count(Movement.id))) or 0
    if len(problems) > MAX_PROBLEMS:
        problems[MAX_PROBLEMS - 1 :] = [f"and {len(problems) - MAX_PROBLEMS + 1:,} more problems not listed here"]
    return CheckReport(
        lots=len(names), movements=movement_count, audit_entries=chain[0].entries, problems=tuple(problems)
    )


def _sqlite_problems(session: Session) -> list[str]:
    """SQLite's own integrity check (its first ten lines) and the foreign keys broken."""
    problems: list[str] = []
    result = [row[0] for row in session.execute(text("PRAGMA integrity_check"))]
    if result != ["ok"]:
        problems.extend(f"SQLite integrity: {line}" for line in result[:10])
    for row in session.execute(text("PRAGMA foreign_key_check")).all()[:10]:
        problems.append(f"foreign key broken in table {row[0]} row {row[1]}")
    return problems


def _chain_problems(session: Session, chain: list[ChainReport]) -> list[str]:
    """The audit chain verified; its report kept in `chain` for the entries it counted."""
    chain.append(audit.verify_chain(session))
    return list(chain[0].problems)


def unreadable_values(session: Session) -> list[str]:
    """On SQLite, which keeps any value in any column: the dates and moments (Day, Moment columns)
    stored otherwise than the program stores them, which no read could turn into a date ('2024-13-45',
    text, a number), by table, row and column. PostgreSQL's date types hold no such value."""
    problems = []
    for table in Base.metadata.sorted_tables:
        keys = list(table.primary_key.columns)
        for column in table.columns:
            raw = cast(column, Text)
            if isinstance(column.type, Day):
                readable = and_(func.typeof(column) == "text", func.date(column).is_not_distinct_from(raw))
                what = "a date (YYYY-MM-DD)"
            elif isinstance(column.type, Moment):
                seconds = func.substr(column, 1, 19)
                readable = and_(
                    func.typeof(column) == "text",
                    func.datetime(seconds).is_not_distinct_from(seconds),  # NULL for no date: IS, not =
                    or_(
                        func.length(column) == 19,
                        and_(
                            func.length(column) == 26,
                            func.substr(column, 20, 1) == ".",
                            func.substr(column, 21).op("GLOB")(literal("[0-9][0-9][0-9][0-9][0-9][0-9]")),
                        ),
                    ),
                )
                what = "a date and time (YYYY-MM-DD HH:MM:SS)"
            else:
                continue
            query = select(*(cast(key, Text) for key in keys), raw).where(column.is_not(None), ~readable)
            for *key_values, value in session.execute(query.order_by(*keys).limit(MAX_PROBLEMS)):
                row = ", ".join(f"{key.name} {value}" for key, value in zip(keys, key_values, strict=True))
                problems.append(
                    f"table {table.name}, row {row}, column {column.name}: {value!r} is not {what}: it was "
                    "changed outside Stockpile Tracker; put back the value the record should hold"
                )
    return problems


def _figures(values: Sequence[Any]) -> str:
    """ "on hand 2,000, received 2,000, retained 0, ...": a lot's figures labelled."""
    return ", ".join(f"{label} {_figure(value)}" for label, value in zip(FIGURES, values, strict=True))


def _figure(value: int | str | None) -> str:
    if isinstance(value, int):
        return f"{value:,}"
    return "nothing" if value is None else RetentionCategory(value).label


def _balance_problems(session: Session, names: dict[int, str]) -> list[str]:
    """Each lot's stored figures against the same figures derived from the ledger."""
    stored = {
        row.lot_id: (
            row.on_hand,
            row.received,
            row.retained,
            row.retention_category,
            row.scheduled,
            row.destroyed,
            row.suspended,
            row.at_destruction,
            row.away,
        )
        for row in session.scalars(select(LotBalance))
    }
    problems = []
    for row in session.execute(derived_balance_query()):
        derived = tuple(row[1:])
        kept = stored.get(row.lot_id)
        if kept is None:
            problems.append(f"lot {names[row.lot_id]}: no stored figures; the ledger gives {_figures(derived)}")
        elif kept != derived:
            problems.append(
                f"lot {names[row.lot_id]}: the stored figures ({_figures(kept)}) differ from the ledger's "
                f"({_figures(derived)})"
            )
        if len(problems) >= MAX_PROBLEMS:
            break
    return problems


# The two sides of each two-sided entry: the second points at the first (`counterpart_id`).
PAIRS = {
    MovementKind.MOVE_IN.value: (MovementKind.MOVE_OUT.value, "move"),
    MovementKind.IN_FOR_DESTRUCTION.value: (MovementKind.OUT_FOR_DESTRUCTION.value, "shipment"),
    MovementKind.SHIPMENT_RETURN.value: (MovementKind.SENT_BACK.value, "return"),
}
FIRSTS = {first: (second, name) for second, (first, name) in PAIRS.items()}


def _entries(session: Session, *where: ColumnElement[bool]) -> Iterable[Row[int, str, int, str]]:
    """(entry, kind, lot, site code) of the ledger entries `where` holds, with each entry's holding,
    site, lot and task to judge it by."""
    return session.execute(
        select(Movement.id, Movement.kind, Movement.lot_id, Site.code)
        .join(Holding, Holding.id == Movement.holding_id)
        .join(Site, Site.id == Holding.site_id)
        .outerjoin(Lot, Lot.id == Movement.lot_id)
        .outerjoin(DestructionTask, DestructionTask.id == Movement.task_id)
        .where(*where)
        .order_by(Movement.id)
    )


def holding_problems(session: Session) -> list[str]:
    """The holdings as the services leave them (DOMAIN.md section 2, holding): every entry at the
    lot's home but a move's, a count's, a transfer out's or a destruction's of surplus with no task
    (which are where the mines are), and those of a task at its destruction site (shipped there, sent back,
    destroyed, lost); each two-sided entry paired, of one quantity, day and task, at two of the
    lot's holdings; no lot held at a destruction site but what was shipped there."""
    number = {lot_id: lot_number for lot_id, lot_number in session.execute(select(Lot.id, Lot.lot_number))}
    # Away from home: moves, and unscheduled surplus counted, transferred out or destroyed where it is.
    away_kinds = [kind.value for kind in (*MOVES, *AT_ANY_OWN_SITE)]
    plant_kinds = [k.value for k in (*AT_DESTRUCTION_SITE, MovementKind.DESTROYED, MovementKind.REVERSAL)]
    plant = Holding.for_destruction.is_(True)
    problems = [
        f"ledger entry {entry} ({kind}) of lot {number.get(lot_id)} is at {site}, not at the lot's home"
        for entry, kind, lot_id, site in _entries(
            session,
            Holding.site_id != Lot.site_id,
            ~plant,
            Movement.kind.not_in(away_kinds),
            or_(Movement.kind != MovementKind.DESTROYED.value, Movement.task_id.is_not(None)),
        )
    ]
    problems += [
        f"ledger entry {entry} ({kind}) of lot {number.get(lot_id)} is among its mines shipped to {site} for "
        "destruction, and is not an entry of a task at that site"
        for entry, kind, lot_id, site in _entries(
            session,
            plant,
            or_(
                Movement.kind.not_in(plant_kinds),
                DestructionTask.id.is_(None),
                DestructionTask.site_id != Holding.site_id,
            ),
        )
    ]
    problems += [
        f"ledger entry {entry} ({kind}) of lot {number.get(lot_id)} is at {site} among its mines on hand: it is an "
        "entry of mines shipped for destruction"
        for entry, kind, lot_id, site in _entries(
            session, ~plant, Movement.kind.in_([kind.value for kind in AT_DESTRUCTION_SITE])
        )
    ]
    problems += [
        f"suspension {suspension} of lot {number.get(lot_id)} is on its mines at {site}, neither its home nor mines "
        "shipped there for destruction"
        for suspension, lot_id, site in session.execute(
            select(Suspension.id, Suspension.lot_id, Site.code)
            .join(Holding, Holding.id == Suspension.holding_id)
            .join(Site, Site.id == Holding.site_id)
            .join(Lot, Lot.id == Suspension.lot_id)
            .where(~plant, Holding.site_id != Lot.site_id)
            .order_by(Suspension.id)
        )
    ]
    problems += [
        f"lot {number.get(lot_id)} is held at {site}, a destruction site: mines go there shipped, for a task"
        for lot_id, site in session.execute(
            select(Holding.lot_id, Site.code)
            .join(Site, Site.id == Holding.site_id)
            .where(Site.kind == SiteKind.DESTRUCTION.value, ~plant)
            .order_by(Holding.lot_id)
        )
    ]
    sides = aliased(Movement)
    pairs = session.execute(
        select(Movement.id, Movement.kind, Movement.lot_id, sides.id, sides.kind, sides.lot_id)
        .outerjoin(
            sides,
            or_(
                and_(Movement.kind.in_(list(PAIRS)), sides.id == Movement.counterpart_id),
                and_(Movement.kind.in_(list(FIRSTS)), sides.counterpart_id == Movement.id),
            ),
        )
        .where(Movement.kind.in_([*PAIRS, *FIRSTS]))
        .order_by(Movement.id)
    )
    seen = {}
    for entry, kind, lot_id, other, other_kind, other_lot in pairs:
        first, name = PAIRS.get(kind) or (kind, FIRSTS[kind][1])
        expected = first if kind in PAIRS else FIRSTS[kind][0]
        if other is None or other_kind != expected or other_lot != lot_id:
            problems.append(
                f"ledger entry {entry} ({kind}) of lot {number.get(lot_id)} is one side of a {name} without the other"
            )
        else:
            seen[entry] = other
    rows = {m.id: m for m in session.scalars(select(Movement).where(Movement.id.in_(list(seen))))}
    for entry, other in seen.items():
        one, two = rows[entry], rows[other]
        if (two.quantity, two.occurred_on, two.task_id) != (-one.quantity, one.occurred_on, one.task_id) or (
            one.holding_id == two.holding_id
        ):
            name = (PAIRS.get(one.kind) or FIRSTS[one.kind])[1]
            problems.append(
                f"ledger entries {min(entry, other)} and {max(entry, other)} of lot {number.get(one.lot_id)} are a "
                f"{name} whose two sides differ in quantity, day or task, or are at one holding"
            )
    return sorted(set(problems), key=problems.index)


def entry_problems(session: Session) -> list[str]:
    """Entries against what they stand for: a reversal is the opposite of its entry, at its holding;
    each destruction event's line is what its ledger entries took out (an event that resolves an
    unaccounted loss has none: the loss entry took them); a destruction entry names its event; a
    task no longer open has nothing left at its site for destruction."""
    number = dict(session.execute(select(Lot.id, Lot.lot_number)).all())
    original = aliased(Movement)
    problems = [
        f"ledger entry {entry} of lot {number.get(lot_id)} reverses entry {undone} but is not its opposite at its "
        "holding"
        for entry, lot_id, undone in session.execute(
            select(Movement.id, Movement.lot_id, original.id)
            .join(original, original.id == Movement.reverses_id)
            .where(
                or_(
                    Movement.quantity != -original.quantity,
                    Movement.lot_id != original.lot_id,
                    Movement.holding_id != original.holding_id,
                )
            )
            .order_by(Movement.id)
        )
    ]
    problems += [
        f"ledger entry {entry} of lot {number.get(lot_id)} is a destruction that names no destruction event"
        for entry, lot_id in session.execute(
            select(Movement.id, Movement.lot_id)
            .where(Movement.kind == MovementKind.DESTROYED.value, Movement.event_id.is_(None))
            .order_by(Movement.id)
        )
    ]
    destroyed = aliased(Movement)
    entries = (  # each event's destruction entries, and their reversals, per lot
        select(destroyed.event_id, Movement.lot_id, func.sum(Movement.quantity).label("taken"))
        .join(destroyed, or_(destroyed.id == Movement.id, destroyed.id == Movement.reverses_id))
        .where(destroyed.event_id.is_not(None), destroyed.kind == MovementKind.DESTROYED.value)
        .group_by(destroyed.event_id, Movement.lot_id)
        .subquery()
    )
    event_site = aliased(Site)
    problems += [
        f"ledger entry {entry} of lot {number.get(lot_id)} destroys for certificate {certificate} (of "
        f"{event_day.isoformat()}, at {where}) but is dated {day.isoformat()}"
        + (f", among the mines shipped to {site}" if shipped else "")
        for entry, lot_id, certificate, event_day, where, day, site, shipped in session.execute(
            select(
                Movement.id,
                Movement.lot_id,
                DestructionEvent.certificate_number,
                DestructionEvent.occurred_on,
                event_site.code,
                Movement.occurred_on,
                Site.code,
                Holding.for_destruction,
            )
            .join(DestructionEvent, DestructionEvent.id == Movement.event_id)
            .join(event_site, event_site.id == DestructionEvent.site_id)
            .join(Holding, Holding.id == Movement.holding_id)
            .join(Site, Site.id == Holding.site_id)
            .where(
                or_(
                    Movement.occurred_on != DestructionEvent.occurred_on,
                    and_(Holding.for_destruction.is_(True), Holding.site_id != DestructionEvent.site_id),
                )
            )
            .order_by(Movement.id)
        )
    ]
    resolving = select(LossResolution.event_id).where(LossResolution.event_id.is_not(None))
    problems += [
        f"certificate {certificate} says {quantity:,} of lot {number.get(lot_id)} destroyed, but its ledger entries "
        f"take out {-int(taken or 0):,}"
        for certificate, lot_id, quantity, taken in session.execute(
            select(DestructionEvent.certificate_number, EventLine.lot_id, EventLine.quantity, entries.c.taken)
            .join(DestructionEvent, DestructionEvent.id == EventLine.event_id)
            .outerjoin(entries, and_(entries.c.event_id == EventLine.event_id, entries.c.lot_id == EventLine.lot_id))
            .where(DestructionEvent.id.not_in(resolving), EventLine.quantity != -func.coalesce(entries.c.taken, 0))
            .order_by(DestructionEvent.id, EventLine.lot_id)
        )
    ]
    left = func.sum(Movement.quantity)
    problems += [
        f"task {reference} is {status}, but {int(held):,} of lot {number.get(lot_id)} are still at {site} for "
        "destruction for it"
        for reference, status, lot_id, site, held in session.execute(
            select(DestructionTask.reference, DestructionTask.status, Movement.lot_id, Site.code, left)
            .join(Movement, Movement.task_id == DestructionTask.id)
            .join(Holding, Holding.id == Movement.holding_id)
            .join(Site, Site.id == Holding.site_id)
            .where(Holding.for_destruction.is_(True), DestructionTask.status != TaskStatus.OPEN.value)
            .group_by(DestructionTask.id, DestructionTask.reference, DestructionTask.status, Movement.lot_id, Site.code)
            .having(left != 0)
            .order_by(DestructionTask.id, Movement.lot_id)
        )
    ]
    return problems[:MAX_PROBLEMS]


def _by_lot(rows: Iterable[Any]) -> dict[int, list[Any]]:
    grouped: dict[int, list[Any]] = defaultdict(list)
    for lot_id, *fields in rows:
        grouped[lot_id].append(tuple(fields))
    return grouped


def _number(names: dict[int, str], lot_id: int) -> str:
    """The lot's number; a row written with the foreign keys off (the sqlite3 shell's default) may
    name a lot that does not exist: `foreign_key_check` reports the row, this names it."""
    return names.get(lot_id) or f"id {lot_id} (no such lot)"


def _history_problems(session: Session, names: dict[int, str]) -> list[str]:
    """At every date of every lot, in one pass over the ledger: never below zero, never more
    retained and suspended than on hand (the rules `post_movement` and `balance.check_history`
    keep on each write)."""
    decisions = _by_lot(
        session.execute(
            select(
                RetentionDecision.lot_id, RetentionDecision.valid_from, RetentionDecision.id, RetentionDecision.quantity
            )
        )
    )
    suspensions = _by_lot(  # those at the lots' homes; those of mines shipped for destruction apart, below
        session.execute(
            select(Suspension.lot_id, Suspension.suspended_from, Suspension.lifted_on, Suspension.quantity)
            .outerjoin(Holding, Holding.id == Suspension.holding_id)  # a row naming no holding counts as home
            .where(or_(Holding.for_destruction.is_(False), Holding.id.is_(None)))
        )
    )
    movements = session.execute(
        select(
            Movement.lot_id,
            Movement.occurred_on,
            Movement.id,
            Movement.quantity,
            Site.code,
            Holding.site_id == Lot.site_id,
            Holding.for_destruction,
        )
        .outerjoin(Holding, Holding.id == Movement.holding_id)
        .outerjoin(Site, Site.id == Holding.site_id)
        .outerjoin(Lot, Lot.id == Movement.lot_id)
        .order_by(Movement.lot_id)
        .execution_options(yield_per=20000)
    )
    problems: list[str] = []
    seen: set[int] = set()
    for lot_id, rows in groupby(movements, key=lambda row: row[0]):
        by_site: dict[str, list[tuple[date, int, int]]] = defaultdict(list)
        entries, home = [], []
        for _lot, day, order, quantity, site, at_home, shipped in rows:
            entries.append((day, order, quantity))
            by_site[f"{site}, for destruction" if shipped else site or "no site"].append((day, order, quantity))
            if at_home and not shipped:  # the home's plant is not the home's stock
                home.append((day, order, quantity))
        seen.add(lot_id)
        negative = first_negative_balance(entries)
        if negative is not None:
            problems.append(
                f"lot {_number(names, lot_id)}: the ledger goes to {negative[1]:,} on {negative[0].isoformat()}"
            )
            continue
        for site, held in sorted(by_site.items()) if len(by_site) > 1 else ():
            negative = first_negative_balance(held)
            if negative is not None:
                problems.append(
                    f"lot {_number(names, lot_id)}: the ledger at {site} goes to {negative[1]:,} on "
                    f"{negative[0].isoformat()}"
                )
        if lot_id in decisions or lot_id in suspensions:
            problems.extend(_held_back_problem(_number(names, lot_id), home, decisions, suspensions, lot_id))
    for lot_id in (decisions.keys() | suspensions.keys()) - seen:  # held back from a lot with no entry at all
        problems.extend(_held_back_problem(_number(names, lot_id), [], decisions, suspensions, lot_id))
    return problems


def _held_back_problem(
    number: str,
    entries: list[tuple[date, int, int]],
    decisions: dict[int, list[Any]],
    suspensions: dict[int, list[Any]],
    lot_id: int,
) -> list[str]:
    breach = history_breach(
        [(day, quantity) for day, _order, quantity in entries], decisions[lot_id], suspensions[lot_id]
    )
    if breach is None:
        return []
    return [
        f"lot {number}: at the end of {breach.day.isoformat()} {breach.held_back:,} were {breach.kept} but only "
        f"{breach.on_hand:,} on hand"
    ]


def _profile_problems(session: Session) -> list[str]:
    """Each policy profile read as every check reads it: one edited outside the program into
    something no rule can read is a problem here, by name, not a traceback elsewhere."""
    problems = []
    for profile_id in session.scalars(select(PolicyProfile.id)).all():
        try:
            profile_info(session.get_one(PolicyProfile, profile_id))
        except DatabaseError as exc:
            problems.append(str(exc))
        except ValueError as exc:  # text that is not JSON where the profile keeps a list
            problems.append(f"policy profile {profile_id}: a list column holds text that is not JSON ({exc})")
    return problems


def audit_chain(ctx: Context) -> ChainReport:
    """The audit chain alone: quick enough to verify each time the window opens a database, so an
    edit made outside the program is seen on the day, not at the next `db check`."""
    with ctx.read() as session:
        return audit.verify_chain(session)
