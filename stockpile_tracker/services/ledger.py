"""The ledger every lot action writes to: finding a lot, its balance, the checks each entry obeys
(not past a lot's end, only unscheduled surplus, never below zero, the form not stale) and posting
the entry. Lots, destruction and corrections all post through here."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from enum import Enum
from typing import Any

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from ..db.models import Holding, Lot, LotBalance, MineType, Movement, Site
from ..domain.enums import MovementKind, Rule, word
from ..domain.errors import ConcurrentChange, InvalidInput, NotFound, RuleViolation
from ..domain.rules import (
    ascii_spellings,
    first_negative_balance,
    folded,
    looks_like,
    optional_text,
    require_not_future,
    skeleton_index,
)
from ..i18n import QT_TRANSLATE_NOOP, translate
from . import balance
from .base import Context, utc_now
from .dto.lots import LotRow
from .finding_words import figure
from .retention import kept_as


def find_type(session: Session, designation: str) -> MineType:
    found = session.scalar(select(MineType).where(MineType.designation == designation))
    if found is None:
        raise InvalidInput(
            "type",
            translate("Services", "no mine type {designation} in the catalogue").format(designation=repr(designation)),
        )
    return found


def find_site(session: Session, code: str) -> Site:
    found = session.scalar(select(Site).where(Site.code == code))
    if found is None:
        raise InvalidInput(
            "site", translate("Services", "no site {code}; add it to the catalogue first").format(code=repr(code))
        )
    return found


def lookalike(
    session: Session, column: InstrumentedAttribute[str], value: str, *where: ColumnElement[bool]
) -> str | None:
    """The lot number or certificate on record that reads as `value` in any case or width
    (rules.folded), if any: L-001 when l-001 or the fullwidth Ｌ-001 is typed. The database's unique
    index on lower() finds an ASCII one at once; only those that hold other characters are read and
    folded here (two queries: as one, SQLite reads every lot of the type through a slower plan)."""
    key = folded(value)
    same = session.scalar(select(column).where(*where, func.lower(column) == key).limit(1))
    if same is not None:
        return same
    held = session.scalars(select(column).where(*where, _not_ascii(session, column)))
    return next((number for number in held if folded(number) == key), None)


def _not_ascii(session: Session, column: InstrumentedAttribute[str]) -> ColumnElement[bool]:
    """The rows of `column` holding a character outside printable ASCII."""
    if session.get_bind().dialect.name == "postgresql":
        return column.op("~")("[^ -~]")
    return column.op("GLOB")("*[^ -~]*")


def confusable(
    session: Session, column: InstrumentedAttribute[str], value: str, *where: ColumnElement[bool]
) -> str | None:
    """The lot number or certificate on record that looks like `value` (their `rules.skeletons`
    meet: A-1O and A-10, a Cyrillic А-10, A-II and A-11) without being it in any case or width
    (`lookalike` finds that one), if any. The ASCII ones are found by the index on lower(), among
    the few spellings that could look so (`rules.ascii_spellings`); those that hold other
    characters are read and compared here. A value that could be spelled too many ways reads them all."""
    spellings = ascii_spellings(value)
    if spellings is None:
        held = list(session.scalars(select(column).where(*where)))
    else:
        held = list(session.scalars(select(column).where(*where, func.lower(column).in_(sorted(spellings)))))
        held += session.scalars(select(column).where(*where, _not_ascii(session, column)))
    return looks_like(skeleton_index(held), value)


def get_lot(session: Session, lot_id: int) -> Lot:
    if isinstance(lot_id, bool) or not isinstance(lot_id, int):
        raise InvalidInput("lot", translate("Services", "{lot_id} is not a lot id").format(lot_id=repr(lot_id)))
    lot = session.get(Lot, lot_id)
    if lot is None:
        raise NotFound("lot", lot_id)
    return lot


def lot_name(lot: Lot) -> str:
    """How a message names a lot: "lot L-001 (PMN-2)", in the language in use."""
    return translate("Services", "lot {lot_number} ({type_designation})").format(
        lot_number=lot.lot_number, type_designation=lot.mine_type.designation
    )


def holding_at(session: Session, lot: Lot, site: Site | None = None, for_destruction: bool = False) -> Holding:
    """The lot at `site` (default: its home, the lot's own site), or its mines shipped there for
    destruction, made on its first entry there."""
    site_id = lot.site_id if site is None else site.id
    found = session.scalar(
        select(Holding).where(
            Holding.lot_id == lot.id, Holding.site_id == site_id, Holding.for_destruction.is_(for_destruction)
        )
    )
    if found is None:
        found = Holding(lot_id=lot.id, site_id=site_id, for_destruction=for_destruction)
        session.add(found)
        session.flush()
    return found


def held_at(session: Session, holding: Holding) -> int:
    """What the ledger puts at a holding now."""
    total = session.scalar(select(func.sum(Movement.quantity)).where(Movement.holding_id == holding.id))
    return int(total or 0)


def current_balance(session: Session, lot: Lot) -> balance.Balance:
    stored = session.get(LotBalance, lot.id)
    if stored is None:
        return balance.NOTHING_HELD
    return balance.Balance(
        stored.on_hand,
        stored.received,
        stored.retained,
        stored.retention_category,
        stored.scheduled,
        stored.destroyed,
        stored.suspended,
        stored.at_destruction,
        stored.away,
    )


FORM_FIGURES = {  # each figure a form shows, and how a change of it is said
    "on_hand": QT_TRANSLATE_NOOP("Services", "on hand {before} is now {after}"),
    "retained": QT_TRANSLATE_NOOP("Services", "retained {before} is now {after}"),
    "retention_category": QT_TRANSLATE_NOOP("Services", "kept for {before} is now {after}"),
    "scheduled": QT_TRANSLATE_NOOP("Services", "scheduled {before} is now {after}"),
    "suspended": QT_TRANSLATE_NOOP("Services", "suspended {before} is now {after}"),
    "at_destruction": QT_TRANSLATE_NOOP("Services", "at destruction sites {before} is now {after}"),
    "destroyed": QT_TRANSLATE_NOOP("Services", "destroyed {before} is now {after}"),
}


def require_unchanged(session: Session, seen: Iterable[LotRow]) -> None:
    """The optimistic check of a form: each lot's figures are still the ones the form showed when it
    was opened. Called first inside the write transaction, which holds the writers' lock, so no other
    instance can change the lot between this check and the write."""
    for shown in seen:
        held = current_balance(session, get_lot(session, shown.id))
        changes = [
            translate("Services", said).format(
                before=_figure(name, getattr(shown, name)), after=_figure(name, getattr(held, name))
            )
            for name, said in FORM_FIGURES.items()
            if getattr(shown, name) != getattr(held, name)
        ]
        if changes:
            raise ConcurrentChange(
                translate("Services", "lot {lot_number} ({type_designation})").format(
                    lot_number=shown.lot_number, type_designation=shown.type_designation
                ),
                changes,
            )


def _figure(name: str, value: int | str | None) -> str:
    if name == "retention_category" and not isinstance(value, int):
        return kept_as(value)
    return figure(value) if isinstance(value, int) else value or translate("Services", "none")


class Action(Enum):
    """What a refused movement was to do, each said in whole sentences (a translator cannot reorder a
    verb given as a fragment): require_not_terminal's "asked to ...", require_unscheduled's "cannot ..."."""

    SCHEDULE = "schedule"
    TRANSFER_OUT = "transfer out"
    MOVE = "move"  # to another of the state's sites: `site` names it
    SPLIT = "split off"
    SUSPEND = "suspend"
    DESTROY = "destroy"
    RECORD = "record"  # any other entry: `kind` names it


def _asked(action: Action, quantity: int, site: str | None, kind: MovementKind | None) -> str:
    """What was asked, as the terminal refusal puts it in brackets."""
    if action is Action.SCHEDULE:
        said = translate("Services", "asked to schedule {quantity}")
    elif action is Action.TRANSFER_OUT:
        said = translate("Services", "asked to transfer out {quantity}")
    elif action is Action.MOVE:
        said = translate("Services", "asked to move {quantity} to {site}")
    elif action is Action.SPLIT:
        said = translate("Services", "asked to split off {quantity}")
    elif action is Action.SUSPEND:
        said = translate("Services", "asked to suspend {quantity}")
    elif action is Action.DESTROY:
        said = translate("Services", "asked to destroy {quantity}")
    else:
        said = translate("Services", "asked to record an entry of {quantity} ({kind})")
    return said.format(quantity=figure(quantity), site=site, kind=kind and word(kind))


def _cannot(action: Action, lot: Lot, quantity: int, site: str | None) -> str:
    """The refusal of require_unscheduled, before its figures."""
    if action is Action.SCHEDULE:
        said = translate("Services", "{lot}: cannot schedule {quantity}")
    elif action is Action.TRANSFER_OUT:
        said = translate("Services", "{lot}: cannot transfer out {quantity}")
    elif action is Action.MOVE:
        said = translate("Services", "{lot}: cannot move {quantity} to {site}")
    elif action is Action.SPLIT:
        said = translate("Services", "{lot}: cannot split off {quantity}")
    elif action is Action.SUSPEND:
        said = translate("Services", "{lot}: cannot suspend {quantity}")
    elif action is Action.DESTROY:
        said = translate("Services", "{lot}: cannot destroy {quantity}")
    else:
        raise ValueError(f"{action} is not checked for unscheduled surplus")
    return said.format(lot=lot_name(lot), quantity=figure(quantity), site=site)


def require_not_terminal(
    lot: Lot,
    held: balance.Balance,
    quantity: int,
    action: Action,
    *,
    site: str | None = None,
    kind: MovementKind | None = None,
) -> None:
    """A lot that held mines and holds none, on hand or at destruction sites, is final."""
    if held.held == 0 and held.received > 0:
        raise RuleViolation(
            Rule.TERMINAL,
            translate(
                "Services",
                "{lot} holds no mines any more and takes no further movements ({asked}); record mines found "
                "later as a discovery in a new lot",
            ).format(lot=lot_name(lot), asked=_asked(action, quantity, site, kind)),
            field="quantity",
        )


def require_unscheduled(
    lot: Lot, held: balance.Balance, quantity: int, action: Action, rule: Rule | None = None, *, site: str | None = None
) -> None:
    """Only unscheduled surplus may be scheduled, transferred, suspended or destroyed (retention-lock,
    allocation, suspension): neither retained, nor suspended, nor already scheduled. A refusal names
    `rule`, else the rule holding the mines back; `site`: where Action.MOVE moves the mines."""
    require_not_terminal(lot, held, quantity, action, site=site)
    if quantity <= held.unscheduled:
        return
    counts = {
        "on_hand": figure(held.on_hand),
        "retained": figure(held.retained),
        "suspended": figure(held.suspended),
        "scheduled": figure(held.scheduled),
        "unscheduled": figure(max(held.unscheduled, 0)),
    }
    figures = (
        translate(
            "Services",
            "{refusal}; {on_hand} on hand, {retained} retained, {suspended} suspended, {scheduled} "
            "scheduled, so only {unscheduled} are unscheduled surplus",
        )
        if held.suspended
        else translate(
            "Services",
            "{refusal}; {on_hand} on hand, {retained} retained, {scheduled} scheduled, so only "
            "{unscheduled} are unscheduled surplus",
        )
    )
    figures = figures.format(refusal=_cannot(action, lot, quantity, site), **counts)
    if held.suspended > 0 and quantity <= held.unscheduled + held.suspended:
        raise RuleViolation(
            rule or Rule.SUSPENSION,
            translate("Services", "{figures}; suspended: {suspensions} (lift the suspension first)").format(
                figures=figures, suspensions=balance.suspensions_in_force(lot)
            ),
            field="quantity",
        )
    locked_by_retention = held.retained > 0 and quantity <= held.on_hand - held.scheduled - held.suspended
    rule = rule or (Rule.RETENTION_LOCK if locked_by_retention else Rule.ALLOCATION)
    raise RuleViolation(rule, figures, field="quantity")


# Two-sided entries: the first takes mines out of one holding, the second puts them in another.
FIRST_SIDES = frozenset({MovementKind.MOVE_OUT, MovementKind.OUT_FOR_DESTRUCTION, MovementKind.SENT_BACK})
SECOND_SIDES = frozenset({MovementKind.MOVE_IN, MovementKind.IN_FOR_DESTRUCTION, MovementKind.SHIPMENT_RETURN})


def post_movement(
    ctx: Context,
    session: Session,
    lot: Lot,
    kind: MovementKind,
    quantity: int,
    on: date,
    document_ref: str | None,
    reason: str | None = None,
    *,
    task_id: int | None = None,
    event_id: int | None = None,
    reverses: Movement | None = None,
    counterpart: Movement | None = None,
    holding: Holding | None = None,
) -> Movement:
    """Append one ledger entry at `holding` (default: the lot's home) and refresh the lot's balance,
    or raise and keep nothing.

    `quantity` is signed: positive brings mines in, negative takes them out. Neither the lot nor the
    holding may go below zero on any day.
    """
    holding = holding or holding_at(session, lot)
    require_not_future("date", on, ctx.today())
    first = session.scalar(select(func.min(Movement.occurred_on)).where(Movement.lot_id == lot.id))
    if first is not None and on < first:
        raise InvalidInput(
            "date",
            translate(
                "Services", "{lot} came on the record on {first}: an entry cannot be dated {on}, before it"
            ).format(lot=lot_name(lot), first=first.isoformat(), on=on.isoformat()),
        )
    # Unaccounted mines were never gone, and the second side of a two-sided entry follows its first.
    if kind not in (MovementKind.REVERSAL, MovementKind.RETURNED, *SECOND_SIDES):
        require_not_terminal(lot, current_balance(session, lot), abs(quantity), Action.RECORD, kind=kind)
    movement = Movement(
        lot_id=lot.id,
        holding_id=holding.id,
        kind=kind.value,
        occurred_on=on,
        quantity=quantity,
        document_ref=optional_text("document reference", document_ref, 120),
        reason=optional_text("reason", reason, lines=True),
        reverses_id=reverses.id if reverses else None,
        counterpart_id=counterpart.id if counterpart else None,
        task_id=task_id,
        event_id=event_id,
        recorded_by=ctx.user,
        recorded_at=utc_now(),
    )
    session.add(movement)
    session.flush()
    # A first side alone is not the lot's loss: the lot is replayed once its second is posted.
    negative, where = None, None
    if kind not in FIRST_SIDES:
        negative = first_negative_balance(
            session.execute(
                select(Movement.occurred_on, Movement.id, Movement.quantity).where(Movement.lot_id == lot.id)
            ).all()
        )
    if negative is None:
        here = session.execute(
            select(Movement.occurred_on, Movement.id, Movement.quantity).where(Movement.holding_id == holding.id)
        ).all()
        negative, where = first_negative_balance(here), holding.site.code
    if negative is not None:
        day, amount = negative
        raise RuleViolation(
            Rule.CONSERVATION,
            (
                translate(
                    "Services",
                    "{lot}: a {label} of {quantity} dated {on} would make the balance at {where} {amount} on "
                    "{day}; on hand can never go below zero",
                )
                if where
                else translate(
                    "Services",
                    "{lot}: a {label} of {quantity} dated {on} would make the balance {amount} on "
                    "{day}; on hand can never go below zero",
                )
            ).format(
                lot=lot_name(lot),
                label=word(kind),
                quantity=figure(abs(quantity)),
                on=on.isoformat(),
                where=where,
                amount=figure(amount),
                day=day.isoformat(),
            ),
            field="quantity",
        )
    balance.refresh(session, lot)
    return movement


def post_pair(
    ctx: Context,
    session: Session,
    lot: Lot,
    sides: tuple[MovementKind, MovementKind],
    quantity: int,
    on: date,
    document_ref: str | None,
    reason: str | None,
    source: Holding,
    target: Holding,
    task_id: int | None = None,
) -> tuple[Movement, Movement]:
    """One document that takes `quantity` out of `source` and puts it in `target` (a move, a shipment
    to a destruction site, a return from one): two entries, the second pointing at the first."""
    out = post_movement(
        ctx, session, lot, sides[0], -quantity, on, document_ref, reason, task_id=task_id, holding=source
    )
    entry = post_movement(
        ctx,
        session,
        lot,
        sides[1],
        quantity,
        on,
        document_ref,
        reason,
        task_id=task_id,
        counterpart=out,
        holding=target,
    )
    return out, entry


def movement_snapshot(movement: Movement) -> dict[str, Any]:
    return {
        "lot_id": movement.lot_id,
        "holding_id": movement.holding_id,
        "kind": movement.kind,
        "occurred_on": movement.occurred_on,
        "quantity": movement.quantity,
        "document_ref": movement.document_ref,
        "reverses_id": movement.reverses_id,
        "task_id": movement.task_id,
        "event_id": movement.event_id,
    }
