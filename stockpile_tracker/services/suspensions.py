"""Suspensions (DOMAIN.md section 2; rule 3): a legal hold, an investigation or a safety hold on
part of a lot. Suspended mines stay surplus to destroy, but cannot be scheduled, moved or destroyed
until the suspension is lifted. Several may be in force on one lot; each is suspended and lifted
once, both audited."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, and_, func, or_, select
from sqlalchemy.orm import Session

from ..db.models import Holding, Lot, MineType, Movement, Suspension
from ..domain.enums import Rule, SuspensionKind, word
from ..domain.errors import InvalidInput, NotFound
from ..domain.rules import require_date, require_not_future, require_positive, require_text
from ..i18n import translate
from . import audit, balance
from .base import Context, utc_now
from .dto.catalogue import PolicyProfileInfo
from .dto.lots import LotRow, SuspensionInfo
from .dto.reports import Finding
from .finding_words import days_between, figure
from .ledger import (
    Action,
    current_balance,
    find_site,
    get_lot,
    held_at,
    holding_at,
    lot_name,
    require_unchanged,
    require_unscheduled,
)


def _suspended_holding(session: Session, lot: Lot, shipped_to: str | None) -> Holding:
    """The holding a suspension holds mines at: the lot's home, or its mines shipped to `shipped_to`
    for destruction (the home's own plant too). Mines moved to another of its own sites are
    suspended once moved back home."""
    if shipped_to is None:
        return holding_at(session, lot)
    where = find_site(session, shipped_to)
    shipped = session.scalar(
        select(Holding).where(Holding.lot_id == lot.id, Holding.site_id == where.id, Holding.for_destruction.is_(True))
    )
    if shipped is None or held_at(session, shipped) <= 0:
        raise InvalidInput(
            "site",
            translate(
                "Services",
                "{lot} has no mines awaiting destruction at {code}: a suspension is on its mines at "
                "home ({code2}) or on those shipped to a destruction site",
            ).format(lot=lot_name(lot), code=where.code, code2=lot.site.code),
        )
    return shipped


def suspension_kind(value: object) -> SuspensionKind:
    choices = [kind.value for kind in SuspensionKind]
    if isinstance(value, str) and value in choices:
        return SuspensionKind(value)
    raise InvalidInput(
        "kind",
        translate("Services", "{value} is not a kind of suspension ({choices})").format(
            value=repr(value), choices=", ".join(choices)
        ),
    )


def _info(suspension: Suspension, lot_number: str, holding: Holding) -> SuspensionInfo:
    return SuspensionInfo(
        id=suspension.id,
        lot_id=suspension.lot_id,
        lot_number=lot_number,
        site_code=holding.site.code,
        for_destruction=holding.for_destruction,
        kind=suspension.kind,
        quantity=suspension.quantity,
        reference=suspension.reference,
        reason=suspension.reason,
        suspended_from=suspension.suspended_from,
        suspended_by=suspension.suspended_by,
        lifted_on=suspension.lifted_on,
        lifted_by=suspension.lifted_by,
        lift_reason=suspension.lift_reason,
    )


def _snapshot(suspension: Suspension) -> dict[str, Any]:
    return {
        "suspension_id": suspension.id,
        "kind": suspension.kind,
        "quantity": suspension.quantity,
        "reference": suspension.reference,
        "suspended_from": suspension.suspended_from,
        "lifted_on": suspension.lifted_on,
        "holding_id": suspension.holding_id,  # where: the lot's home, or its mines shipped for destruction
    }


def require_held_from(lot: str, first_entry: date | None, suspended_from: date) -> None:
    """A suspension holds mines the lot held: from its first ledger entry on."""
    if first_entry is None or suspended_from < first_entry:
        raise InvalidInput(
            "from",
            (
                translate("Services", "{on} is before {lot} held any mines (its first entry is dated {first})")
                if first_entry
                else translate("Services", "{on} is before {lot} held any mines")
            ).format(on=suspended_from.isoformat(), lot=lot, first=first_entry and first_entry.isoformat()),
        )


def require_lifted_after(suspended_from: date, lifted_on: date) -> None:
    if lifted_on < suspended_from:
        raise InvalidInput(
            "lifted on",
            translate("Services", "{lifted_on} is before the suspension began ({suspended_from})").format(
                lifted_on=lifted_on.isoformat(), suspended_from=suspended_from.isoformat()
            ),
        )


def in_force_on(day: date) -> ColumnElement[bool]:
    """Suspensions in force at the end of `day`: from then or earlier, not lifted by then."""
    return and_(Suspension.suspended_from <= day, or_(Suspension.lifted_on.is_(None), Suspension.lifted_on > day))


def suspended_near_deadline(
    session: Session, policy: PolicyProfileInfo, deadline_of: tuple[date, str], today: date, severity: str
) -> list[Finding]:
    """One finding per suspension in force on stock the profile governs: its mines are surplus that
    a hold keeps from destruction as the deadline comes (the caller judges how near it is).
    `deadline_of`: the deadline, and whose (the profile, or a programme under it). The suspension
    is in items, as the ledger counts; the finding in the mines of them the profile governs."""
    deadline, whose = deadline_of
    rows = session.execute(
        select(Suspension, Lot.lot_number, MineType.ap_per_item, MineType.av_per_item, MineType.activation, Holding)
        .join(Lot, Lot.id == Suspension.lot_id)
        .join(MineType, MineType.id == Lot.mine_type_id)
        .join(Holding, Holding.id == Suspension.holding_id)
        .where(in_force_on(today))
        .order_by(Suspension.suspended_from, Suspension.id)
    ).all()
    when = (
        translate("Findings", "the deadline of {whose} ({deadline}) passed {ago}")
        if today > deadline
        else translate("Findings", "the deadline of {whose} ({deadline}) falls {ago}")
    ).format(whose=whose, deadline=deadline.isoformat(), ago=days_between(deadline, today))
    findings = []
    for held, number, ap_per_item, av_per_item, activation, holding in rows:
        per_item = policy.covered_per_item(ap_per_item, av_per_item, activation)
        if not per_item:
            continue
        mines = held.quantity * per_item
        if holding.for_destruction:
            message = (
                translate(
                    "Findings",
                    "{kind} {reference}: {mines} mines shipped to {site} for destruction of lot {lot} have been "
                    "suspended since {since}; {when}",
                )
                if per_item == 1
                else translate(
                    "Findings",
                    "{kind} {reference}: {mines} mines shipped to {site} for destruction (in {items} items) of lot "
                    "{lot} have been suspended since {since}; {when}",
                )
            )
        else:
            message = (
                translate(
                    "Findings",
                    "{kind} {reference}: {mines} surplus mines of lot {lot} have been suspended since {since}; {when}",
                )
                if per_item == 1
                else translate(
                    "Findings",
                    "{kind} {reference}: {mines} surplus mines (in {items} items) of lot {lot} have been suspended "
                    "since {since}; {when}",
                )
            )
        findings.append(
            Finding(
                severity=severity,
                rule=Rule.SUSPENSION,
                message=message.format(
                    kind=word(SuspensionKind(held.kind)),
                    reference=held.reference,
                    mines=figure(mines),
                    site=holding.site.code,
                    items=figure(held.quantity),
                    lot=number,
                    since=held.suspended_from.isoformat(),
                    when=when,
                ),
                action=translate(
                    "Findings",
                    "resolve the hold and lift it so that the mines can be destroyed, or report why they cannot be",
                ),
                lots=(number,),
                quantity=mines,
                lot_ids=(held.lot_id,),
            )
        )
    return findings


class SuspensionService:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx

    def suspend(
        self,
        lot_id: int,
        *,
        kind: SuspensionKind | str,
        quantity: int,
        reference: str,
        reason: str,
        suspended_from: date,
        shipped_to: str | None = None,
        seen: Iterable[LotRow] = (),
    ) -> SuspensionInfo:
        """Hold back part of a lot's unscheduled surplus at its home (not retained, not scheduled, not
        already suspended) or, with `shipped_to`, of its mines shipped to that site for destruction and
        awaiting it (not already suspended): they are neither destroyed, sent back nor lost until it is lifted.
        `seen`: the lot as the form showed it."""
        kind = suspension_kind(kind)
        require_positive("quantity", quantity)
        reference = require_text("reference", reference, 120)
        reason = require_text("reason", reason, 2000, lines=True)
        require_not_future("from", require_date("from", suspended_from), self.ctx.today())
        with self.ctx.write() as session:
            require_unchanged(session, seen)
            lot = get_lot(session, lot_id)
            holding = _suspended_holding(session, lot, shipped_to)
            first = session.scalar(select(func.min(Movement.occurred_on)).where(Movement.holding_id == holding.id))
            where = (
                translate("Services", "{lot} at {code}").format(lot=lot_name(lot), code=holding.site.code)
                if holding.for_destruction
                else lot_name(lot)
            )
            require_held_from(where, first, suspended_from)
            if not holding.for_destruction:  # DOMAIN.md section 4, suspension: only unscheduled surplus
                require_unscheduled(lot, current_balance(session, lot), quantity, Action.SUSPEND, Rule.SUSPENSION)
            suspension = Suspension(
                lot_id=lot.id,
                holding_id=holding.id,
                kind=kind.value,
                quantity=quantity,
                reference=reference,
                reason=reason,
                suspended_from=suspended_from,
                suspended_by=self.ctx.user,
                suspended_at=utc_now(),
            )
            session.add(suspension)
            session.flush()
            balance.refresh(session, lot)
            audit.record(session, self.ctx.user, "suspend", "lot", lot.id, after=_snapshot(suspension), reason=reason)
            return _info(suspension, lot.lot_number, holding)

    def lift(self, suspension_id: int, *, reason: str, lifted_on: date | None = None) -> SuspensionInfo:
        """End a suspension: its mines can be scheduled and destroyed again."""
        reason = require_text("reason", reason, 2000, lines=True)
        on = require_not_future("lifted on", require_date("lifted on", lifted_on or self.ctx.today()), self.ctx.today())
        if isinstance(suspension_id, bool) or not isinstance(suspension_id, int):
            raise InvalidInput("suspension", translate("Services", "choose the suspension to lift"))
        with self.ctx.write() as session:
            suspension = session.get(Suspension, suspension_id)
            if suspension is None:
                raise NotFound("suspension", suspension_id)
            lot = get_lot(session, suspension.lot_id)
            if suspension.lifted_on is not None:
                raise InvalidInput(
                    "suspension",
                    translate(
                        "Services", "{label} {reference} on {lot} was already lifted on {lifted_on} by {lifted_by}"
                    ).format(
                        label=word(SuspensionKind(suspension.kind)),
                        reference=suspension.reference,
                        lot=lot_name(lot),
                        lifted_on=suspension.lifted_on.isoformat(),
                        lifted_by=suspension.lifted_by,
                    ),
                )
            require_lifted_after(suspension.suspended_from, on)
            before = _snapshot(suspension)
            suspension.lifted_on, suspension.lifted_by, suspension.lift_reason = on, self.ctx.user, reason
            session.flush()
            balance.refresh(session, lot)
            audit.record(
                session,
                self.ctx.user,
                "lift_suspension",
                "lot",
                lot.id,
                before=before,
                after=_snapshot(suspension),
                reason=reason,
            )
            return _info(suspension, lot.lot_number, session.get_one(Holding, suspension.holding_id))

    def in_force(self, as_of: date) -> list[SuspensionInfo]:
        """Every suspension in force at the end of `as_of`, oldest first: the status report's list."""
        with self.ctx.read() as session:
            rows = session.execute(
                select(Suspension, Lot.lot_number, Holding)
                .join(Lot, Lot.id == Suspension.lot_id)
                .join(Holding, Holding.id == Suspension.holding_id)
                .where(in_force_on(as_of))
                .order_by(Suspension.suspended_from, Suspension.id)
            )
            return [_info(suspension, number, holding) for suspension, number, holding in rows]

    def of_lot(self, lot_id: int) -> list[SuspensionInfo]:
        """The lot's suspensions, in force and lifted, oldest first."""
        with self.ctx.read() as session:
            lot = get_lot(session, lot_id)
            held = session.execute(
                select(Suspension, Holding)
                .join(Holding, Holding.id == Suspension.holding_id)
                .where(Suspension.lot_id == lot.id)
                .order_by(Suspension.suspended_from, Suspension.id)
            )
            return [_info(suspension, lot.lot_number, holding) for suspension, holding in held]
