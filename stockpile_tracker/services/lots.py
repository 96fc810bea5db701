"""Ledger actions on lots: receive, discover, transfer, training, stock check, reverse,
retention and split. Each is one transaction; each rule is checked before anything is kept.
The ledger itself is in ledger.py, retention decisions in retention.py."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..db.models import DestructionTask, Holding, Lot, MineType, Movement, PolicyProfile, RetentionDecision
from ..domain.enums import CONDITION_CODES, MOVES, MovementKind, RetentionCategory, Rule, SiteKind, TaskStatus, word
from ..domain.errors import InvalidInput, NotFound, RuleViolation
from ..domain.rules import (
    covered_per_item,
    optional_text,
    require_date,
    require_identifier,
    require_not_future,
    require_positive,
    require_text,
    require_whole,
)
from ..i18n import translate
from . import audit, balance
from .base import Context, utc_now
from .catalogue import active_profile
from .destruction_info import task_info
from .dto.lots import LotRow, MovementResult
from .finding_words import figure
from .ledger import (
    Action,
    confusable,
    current_balance,
    find_site,
    find_type,
    get_lot,
    held_at,
    holding_at,
    lookalike,
    lot_name,
    movement_snapshot,
    post_movement,
    post_pair,
    require_unchanged,
    require_unscheduled,
)
from .retention import add_decision, kept_as, latest_decision, retention_category, retention_warnings

TypeScope = tuple[int, int, str]  # a type's AP and AV mines per item and its activation


def type_scope(mine_type: MineType) -> TypeScope:
    """What a profile's scope is judged on (rules.covered_per_item)."""
    return (mine_type.ap_per_item, mine_type.av_per_item, mine_type.activation)


# Mines acquired: an opening balance was held before the record began, a discovery was held unrecorded.
ACQUISITIONS = frozenset({MovementKind.RECEIPT, MovementKind.TRANSFER_IN})


def acquisition_warnings(kind: MovementKind, on: date, scope: TypeScope, profile: PolicyProfile) -> list[str]:
    """acquisition: mines acquired after a profile's acquisition ban are kept, and flagged, when the
    profile governs any mine of their type (`scope`)."""
    if kind not in ACQUISITIONS:
        return []
    if profile.acquisition_banned_from is None or on < profile.acquisition_banned_from:
        return []
    if not covered_per_item(*scope, profile.scope_categories, profile.scope_activations):
        return []
    return [
        translate(
            "Services",
            "{kind} dated {on} falls after the acquisition ban of {profile} (from {banned_from}): flagged for review",
        ).format(
            kind=word(kind),
            on=on.isoformat(),
            profile=profile.name,
            banned_from=profile.acquisition_banned_from.isoformat(),
        )
    ]


def type_scopes(session: Session) -> dict[str, TypeScope]:
    """Each type's scope (`type_scope`), for an import."""
    return {row.designation: type_scope(row) for row in session.scalars(select(MineType))}


def held_on(session: Session, holding: Holding, on: date) -> int:
    """The ledger's balance of a holding at the end of a day: what a count there that day is
    compared with (mines at the lot's other sites are counted where they are)."""
    return (
        session.scalar(
            select(func.sum(Movement.quantity)).where(Movement.holding_id == holding.id, Movement.occurred_on <= on)
        )
        or 0
    )


def require_held_there_by(session: Session, lot: Lot, holding: Holding, on: date) -> None:
    """An entry at a site other than the lot's home is dated once mines of it were there."""
    if holding.site_id == lot.site_id:
        return
    first = session.scalar(select(func.min(Movement.occurred_on)).where(Movement.holding_id == holding.id))
    if first is None or on < first:
        raise InvalidInput(
            "date",
            (
                translate("Services", "{lot} came to {code} on {first}: an entry there cannot be dated {on}")
                if first
                else translate("Services", "{lot} came to {code} on no day: an entry there cannot be dated {on}")
            ).format(lot=lot_name(lot), code=holding.site.code, first=first and first.isoformat(), on=on.isoformat()),
        )


def own_holding(session: Session, lot: Lot, site_code: str | None) -> Holding:
    """The lot's holding at one of the state's own sites where it holds mines (default: its home),
    where its unscheduled surplus is counted, transferred out or destroyed."""
    if site_code is None or site_code == lot.site.code:
        return holding_at(session, lot)
    site = find_site(session, site_code)
    found = {
        holding.for_destruction: holding
        for holding in session.scalars(select(Holding).where(Holding.lot_id == lot.id, Holding.site_id == site.id))
    }
    if False in found:
        return found[False]
    if True in found:
        raise InvalidInput(
            "site",
            translate(
                "Services",
                "{lot}: its mines at {code} were shipped there for destruction; they are destroyed "
                "there, or come back home with a return",
            ).format(lot=lot_name(lot), code=site.code),
        )
    raise InvalidInput(
        "site",
        translate("Services", "{lot} is not held at {code} (its home is {code2})").format(
            lot=lot_name(lot), code=site.code, code2=lot.site.code
        ),
    )


def _condition(code: str) -> str:
    code = (code or "").strip().upper()
    if code not in CONDITION_CODES:
        raise InvalidInput(
            "condition",
            translate("Services", "{code} is not a condition code ({choices})").format(
                code=repr(code), choices=", ".join(CONDITION_CODES)
            ),
        )
    return code


def _require_free_number(session: Session, field: str, number: str, mine_type: MineType) -> None:
    """A lot number names one lot of its type, in any case or width: L-001 and l-001 would be two
    lots that print alike; and a new one may not look like one of its type (rules.skeletons: A-1O
    beside A-10, A-II beside A-11)."""
    held = lookalike(session, Lot.lot_number, number, Lot.mine_type_id == mine_type.id)
    if held is not None:
        said = (
            translate("Services", "lot {number} of type {designation} already exists")
            if held == number
            else translate("Services", "lot {number} of type {designation} already exists as {held}")
        )
        raise InvalidInput(field, said.format(number=number, designation=mine_type.designation, held=held))
    alike = confusable(session, Lot.lot_number, number, Lot.mine_type_id == mine_type.id)
    if alike is not None:
        raise InvalidInput(
            field,
            translate("Services", "lot {number} of type {designation} looks like existing lot {alike}").format(
                number=number, designation=mine_type.designation, alike=alike
            ),
        )


class LotService:
    """Each action is a public method that opens its transaction and a `post_...` part that works
    inside a given one, so that an import applies the same rules to many rows in one transaction."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx

    def _written(self, post: Callable[..., MovementResult], *args: Any) -> MovementResult:
        """One `post_...` part in its own transaction."""
        with self.ctx.write() as session:
            return post(session, *args)

    # -- new lots -------------------------------------------------------------------------------

    def receive_lot(
        self,
        *,
        lot_number: str,
        type: str,
        site: str,
        quantity: int,
        received_on: date,
        document_ref: str | None = None,
        manufactured_on: date | None = None,
        condition: str = "A",
        notes: str | None = None,
    ) -> MovementResult:
        """A new lot arrives. Under a profile that bans acquisition, the receipt is kept and flagged."""
        return self._written(
            self.post_new_lot,
            MovementKind.RECEIPT,
            lot_number,
            type,
            site,
            quantity,
            received_on,
            document_ref,
            manufactured_on,
            condition,
            notes,
        )

    def record_opening_balance(
        self,
        *,
        lot_number: str,
        type: str,
        site: str,
        quantity: int,
        as_of: date,
        document_ref: str | None = None,
        manufactured_on: date | None = None,
        condition: str = "A",
        notes: str | None = None,
    ) -> MovementResult:
        """Stock already held when the record starts, taken on charge as of a day: never an
        acquisition, so no profile's ban flags it (acquisition), however late the record starts."""
        return self._written(
            self.post_new_lot,
            MovementKind.OPENING_BALANCE,
            lot_number,
            type,
            site,
            quantity,
            as_of,
            document_ref,
            manufactured_on,
            condition,
            notes,
        )

    def record_discovery(
        self,
        *,
        lot_number: str,
        type: str,
        site: str,
        quantity: int,
        found_on: date,
        document_ref: str | None = None,
        manufactured_on: date | None = None,
        condition: str = "A",
        notes: str | None = None,
    ) -> MovementResult:
        """Mines found that were not on the record: a previously unknown stockpile, its own lot."""
        return self._written(
            self.post_new_lot,
            MovementKind.DISCOVERY,
            lot_number,
            type,
            site,
            quantity,
            found_on,
            document_ref,
            manufactured_on,
            condition,
            notes,
        )

    def post_new_lot(
        self,
        session: Session,
        kind: MovementKind,
        lot_number: str,
        type_designation: str,
        site_code: str,
        quantity: int,
        on: date,
        document_ref: str | None,
        manufactured_on: date | None = None,
        condition: str = "A",
        notes: str | None = None,
        reason: str | None = None,
    ) -> MovementResult:
        """A lot taken on charge by its first entry (`kind`), inside the caller's transaction."""
        lot_number = require_identifier("lot number", lot_number)
        require_positive("quantity", quantity)
        require_not_future("date", on, self.ctx.today())
        if manufactured_on is not None and require_date("manufactured on", manufactured_on) > on:
            raise InvalidInput(
                "manufactured on",
                translate("Services", "{manufactured_on} is after the {label} date {on}").format(
                    manufactured_on=manufactured_on.isoformat(), label=word(kind), on=on.isoformat()
                ),
            )
        mine_type = find_type(session, type_designation)
        site = find_site(session, site_code)
        if site.kind == SiteKind.DESTRUCTION.value:
            raise InvalidInput(
                "site",
                translate(
                    "Services",
                    "{code} is a destruction site: a lot is taken on charge at one of the state's own "
                    "depots or training sites, and its mines go to a destruction site shipped for a task",
                ).format(code=site.code),
            )
        _require_free_number(session, "lot number", lot_number, mine_type)
        lot = Lot(
            lot_number=lot_number,
            mine_type=mine_type,
            site=site,
            manufactured_on=manufactured_on,
            condition_code=_condition(condition),
            notes=optional_text("notes", notes, lines=True),
            created_by=self.ctx.user,
            created_at=utc_now(),
        )
        session.add(lot)
        session.flush()
        movement = post_movement(self.ctx, session, lot, kind, quantity, on, document_ref, reason)
        warnings = acquisition_warnings(kind, on, type_scope(mine_type), active_profile(session))
        audit.record(
            session,
            self.ctx.user,
            kind.value,
            "lot",
            lot.id,
            after={
                "lot_number": lot.lot_number,
                "type": mine_type.designation,
                "site": site.code,
                "manufactured_on": manufactured_on,
                "condition": lot.condition_code,
                "movement": movement_snapshot(movement),
                "warnings": warnings,
            },
        )
        return self._result(session, lot, movement, warnings)

    # -- movements on an existing lot ----------------------------------------------------------

    def transfer_in(
        self, lot_id: int, quantity: int, on: date, document_ref: str | None, reason: str | None = None
    ) -> MovementResult:
        return self._written(self.post_incoming, MovementKind.TRANSFER_IN, lot_id, quantity, on, document_ref, reason)

    def post_incoming(
        self,
        session: Session,
        kind: MovementKind,
        lot_id: int,
        quantity: int,
        on: date,
        document_ref: str | None,
        reason: str | None = None,
    ) -> MovementResult:
        """Mines added to a lot already on the record (a transfer in; in an import, any incoming
        kind), flagged when they are acquired after a ban; inside the caller's transaction."""
        require_positive("quantity", quantity)
        lot = get_lot(session, lot_id)
        movement = post_movement(self.ctx, session, lot, kind, quantity, on, document_ref, reason)
        warnings = acquisition_warnings(kind, on, type_scope(lot.mine_type), active_profile(session))
        audit.record(
            session,
            self.ctx.user,
            kind.value,
            "movement",
            movement.id,
            after=movement_snapshot(movement) | {"warnings": warnings},
            reason=reason,
        )
        return self._result(session, lot, movement, warnings)

    def transfer_out(
        self,
        lot_id: int,
        quantity: int,
        on: date,
        document_ref: str | None,
        reason: str,
        site: str | None = None,
    ) -> MovementResult:
        """Mines leave for another holder, from the lot's holding at `site` (default: its home). Only
        unscheduled surplus may go (retention-lock, allocation)."""
        return self._written(self.post_transfer_out, lot_id, quantity, on, document_ref, reason, site)

    def post_transfer_out(
        self,
        session: Session,
        lot_id: int,
        quantity: int,
        on: date,
        document_ref: str | None,
        reason: str,
        site: str | None = None,
    ) -> MovementResult:
        """`transfer_out` inside the caller's transaction."""
        require_positive("quantity", quantity)
        reason = require_text("reason", reason, 2000, lines=True)
        lot = get_lot(session, lot_id)
        holding = own_holding(session, lot, site)
        require_held_there_by(session, lot, holding, on)
        require_unscheduled(lot, current_balance(session, lot), quantity, Action.TRANSFER_OUT)
        movement = post_movement(
            self.ctx, session, lot, MovementKind.TRANSFER_OUT, -quantity, on, document_ref, reason, holding=holding
        )
        profile = active_profile(session)
        warnings = []
        covered = covered_per_item(*type_scope(lot.mine_type), profile.scope_categories, profile.scope_activations)
        if profile.transfers_only_for_destruction and covered:
            warnings.append(
                translate("Services", "transfer out not for destruction under {profile}: flagged for review").format(
                    profile=profile.name
                )
            )
        audit.record(
            session,
            self.ctx.user,
            "transfer_out",
            "movement",
            movement.id,
            after=movement_snapshot(movement) | {"warnings": warnings},
            reason=reason,
        )
        return self._result(session, lot, movement, warnings)

    def consume_in_training(
        self, lot_id: int, quantity: int, on: date, document_ref: str, reason: str | None = None
    ) -> MovementResult:
        """Article 3 mines used in training: they leave the ledger and the retained quantity."""
        return self._written(self.post_training, lot_id, quantity, on, document_ref, reason)

    def post_training(
        self, session: Session, lot_id: int, quantity: int, on: date, document_ref: str, reason: str | None = None
    ) -> MovementResult:
        """`consume_in_training` inside the caller's transaction."""
        require_positive("quantity", quantity)
        document_ref = require_text("document reference", document_ref, 120)
        lot = get_lot(session, lot_id)
        held = current_balance(session, lot)
        if held.retention_category != RetentionCategory.ARTICLE3.value or held.retained < quantity:
            raise RuleViolation(
                Rule.RETENTION_LOCK,
                translate(
                    "Services",
                    "{lot}: only mines retained under Article 3 are consumed in training; {retained} are "
                    "retained ({kept_as}), {quantity} asked",
                ).format(
                    lot=lot_name(lot),
                    retained=figure(held.retained),
                    kept_as=kept_as(held.retention_category),
                    quantity=figure(quantity),
                ),
                field="quantity",
            )
        latest = latest_decision(session, lot)
        assert latest is not None  # mines retained under Article 3 were retained by a decision
        if on < latest.valid_from:
            raise InvalidInput(
                "date",
                translate(
                    "Services", "training dated {on} is before the Article 3 decision in force (from {valid_from})"
                ).format(on=on.isoformat(), valid_from=latest.valid_from.isoformat()),
            )
        remaining = held.retained - quantity
        add_decision(
            self.ctx,
            session,
            lot,
            remaining,
            RetentionCategory.ARTICLE3 if remaining else None,
            latest.institution,
            document_ref,
            reason or f"{quantity:,} consumed in training",
            on,
        )
        movement = post_movement(self.ctx, session, lot, MovementKind.TRAINING, -quantity, on, document_ref, reason)
        audit.record(
            session,
            self.ctx.user,
            "training",
            "movement",
            movement.id,
            after=movement_snapshot(movement),
            reason=reason,
        )
        return self._result(session, lot, movement)

    def stock_check(
        self,
        lot_id: int,
        counted: int | None,  # None: left blank, refused as required
        on: date,
        document_ref: str | None,
        reason: str | None = None,
        *,
        site: str | None = None,
        seen: Iterable[LotRow] = (),
    ) -> MovementResult:
        """Record a physical count of the lot at `site` (default: its home). A difference from the
        ledger's balance there on the count's date becomes a gain or loss entry there on that date,
        with a reason. `seen`: the lot as the form showed it."""
        counted = require_whole("counted", counted)
        with self.ctx.write() as session:
            require_unchanged(session, seen)
            return self.post_stock_check(session, lot_id, counted, on, document_ref, reason, site)

    def post_stock_check(
        self,
        session: Session,
        lot_id: int,
        counted: int,
        on: date,
        document_ref: str | None,
        reason: str | None,
        site: str | None = None,
    ) -> MovementResult:
        """`stock_check` inside the caller's transaction."""
        document_ref = optional_text("document reference", document_ref, 120)
        lot = get_lot(session, lot_id)
        require_not_future("date", on, self.ctx.today())
        holding = own_holding(session, lot, site)
        require_held_there_by(session, lot, holding, on)
        held_then = held_on(session, holding, on)
        difference = counted - held_then
        movement = None
        if difference:
            reason = require_text("reason", reason, 2000, lines=True)
            kind = MovementKind.CHECK_GAIN if difference > 0 else MovementKind.CHECK_LOSS
            movement = post_movement(
                self.ctx, session, lot, kind, difference, on, document_ref, reason, holding=holding
            )
        audit.record(
            session,
            self.ctx.user,
            "stock_check",
            "lot",
            lot.id,
            before={"on_hand_on_that_date": held_then},
            after={
                "site": holding.site.code,
                "counted": counted,
                "on": on,
                "document_ref": document_ref,
                "movement_id": movement.id if movement else None,
            },
            reason=reason,
        )
        return self._result(session, lot, movement)

    def move(
        self,
        lot_id: int,
        *,
        from_site: str,
        to_site: str,
        quantity: int,
        on: date,
        document_ref: str,
        reason: str | None = None,
        seen: Iterable[LotRow] = (),
    ) -> MovementResult:
        """Mines of a lot move between two of the state's own sites, on one document: out of one holding,
        into the other. The lot keeps them (no acquisition, no transfer). Retained, suspended and
        scheduled mines stay at the lot's home site; mines elsewhere are unscheduled surplus, moved
        back before they are scheduled, retained or suspended (DOMAIN.md section 2, holding)."""
        with self.ctx.write() as session:
            require_unchanged(session, seen)
            return self.post_move(session, lot_id, from_site, to_site, quantity, on, document_ref, reason)

    def post_move(
        self,
        session: Session,
        lot_id: int,
        from_site: str,
        to_site: str,
        quantity: int,
        on: date,
        document_ref: str,
        reason: str | None = None,
    ) -> MovementResult:
        """`move` inside the caller's transaction."""
        require_positive("quantity", quantity)
        document_ref = require_text("document reference", document_ref, 120)
        lot = get_lot(session, lot_id)
        source, target = find_site(session, from_site), find_site(session, to_site)
        if target.id == source.id:
            raise InvalidInput(
                "to site",
                translate("Services", "{lot} would move from {code} to {code}").format(
                    lot=lot_name(lot), code=source.code
                ),
            )
        if target.kind == SiteKind.DESTRUCTION.value:
            raise InvalidInput(
                "to site",
                translate(
                    "Services",
                    "{code} is a destruction site: mines go there shipped for a destruction task "
                    "(Destruction > Ship for task), not moved",
                ).format(code=target.code),
            )
        origin = holding_at(session, lot, source)
        there = held_at(session, origin)
        if quantity > there:
            raise RuleViolation(
                Rule.CONSERVATION,
                translate("Services", "{lot} holds {there} at {code}; cannot move {quantity}").format(
                    lot=lot_name(lot), there=figure(there), code=source.code, quantity=figure(quantity)
                ),
                field="quantity",
            )
        if source.id == lot.site_id:  # only its unscheduled surplus leaves home
            require_unscheduled(lot, current_balance(session, lot), quantity, Action.MOVE, site=target.code)
        out, entry = post_pair(
            self.ctx,
            session,
            lot,
            (MovementKind.MOVE_OUT, MovementKind.MOVE_IN),
            quantity,
            on,
            document_ref,
            reason,
            origin,
            holding_at(session, lot, target),
        )
        audit.record(
            session,
            self.ctx.user,
            "move",
            "lot",
            lot.id,
            after={
                "from": source.code,
                "to": target.code,
                "out": movement_snapshot(out),
                "in": movement_snapshot(entry),
            },
            reason=reason,
        )
        return self._result(session, lot, entry)

    def reverse(self, movement_id: int, reason: str, on: date | None = None) -> MovementResult:
        """Correct a mistaken entry with an opposite one; the original stays in the ledger."""
        reason = require_text("reason", reason, 2000, lines=True)
        with self.ctx.write() as session:
            original = session.get(Movement, movement_id)
            if original is None:
                raise NotFound("ledger entry", movement_id)
            lot = get_lot(session, original.lot_id)
            on = require_date("date", on or self.ctx.today())
            sides = self._reversible_sides(session, lot, original)
            if on < original.occurred_on:
                raise InvalidInput(
                    "date",
                    translate(
                        "Services", "a reversal cannot be dated {on}, before the entry it reverses ({occurred_on})"
                    ).format(on=on.isoformat(), occurred_on=original.occurred_on.isoformat()),
                )
            for side in sides:
                movement = post_movement(
                    self.ctx,
                    session,
                    lot,
                    MovementKind.REVERSAL,
                    -side.quantity,
                    on,
                    side.document_ref,
                    reason,
                    task_id=side.task_id,
                    reverses=side,
                    holding=session.get(Holding, side.holding_id),
                )
                audit.record(
                    session,
                    self.ctx.user,
                    "reversal",
                    "movement",
                    movement.id,
                    before=movement_snapshot(side),
                    after=movement_snapshot(movement),
                    reason=reason,
                )
            if original.kind == MovementKind.TRAINING.value:
                self._restore_training_stock(session, lot, -original.quantity, on, original, reason)
            return self._result(session, lot, movement)

    def _reversible_sides(self, session: Session, lot: Lot, original: Movement) -> list[Movement]:
        """The entries a reversal of `original` reverses, the one that put mines in first (so neither
        holding goes below zero), or a refusal that says what to do instead."""
        if original.kind == MovementKind.REVERSAL.value:
            raise RuleViolation(
                Rule.APPEND_ONLY,
                translate(
                    "Services",
                    "{lot}: entry {id} is itself a reversal and cannot be reversed; record the correct entry instead",
                ).format(lot=lot_name(lot), id=original.id),
            )
        already = session.scalar(select(Movement.id).where(Movement.reverses_id == original.id))
        if already is not None:
            raise RuleViolation(
                Rule.APPEND_ONLY,
                translate("Services", "{lot}: entry {id} was already reversed by entry {already}").format(
                    lot=lot_name(lot), id=original.id, already=already
                ),
            )
        if original.kind == MovementKind.RETURNED.value:
            raise RuleViolation(
                Rule.APPEND_ONLY,
                translate(
                    "Services",
                    "{lot}: entry {id} returned mines of an unaccounted loss and resolves it; it cannot be reversed",
                ).format(lot=lot_name(lot), id=original.id),
            )
        if original.event_id is not None:
            raise RuleViolation(
                Rule.APPEND_ONLY,
                translate(
                    "Services",
                    "{lot}: entry {id} records destruction certificate {document_ref}; correct the "
                    "destruction instead (Reverse on the entry in the window), which keeps the "
                    "certificate's history and has it verified again",
                ).format(lot=lot_name(lot), id=original.id, document_ref=original.document_ref),
            )
        if original.kind == MovementKind.UNACCOUNTED_LOSS.value:
            raise RuleViolation(
                Rule.APPEND_ONLY,
                translate(
                    "Services",
                    "{lot}: entry {id} is the unaccounted loss of a task closed short; it is resolved by "
                    "an investigation (Destruction > Unaccounted losses), not reversed",
                ).format(lot=lot_name(lot), id=original.id),
            )
        other_id = original.counterpart_id or session.scalar(
            select(Movement.id).where(Movement.counterpart_id == original.id)
        )
        if other_id is not None and original.task_id is None:
            moved = original.kind in {kind.value for kind in MOVES}
            raise RuleViolation(
                Rule.APPEND_ONLY,
                (
                    translate(
                        "Services",
                        "{lot}: entry {id} is one side of a move (the other side is entry {other}); reversing one "
                        "side would create or lose mines: move them back instead",
                    )
                    if moved
                    else translate(
                        "Services",
                        "{lot}: entry {id} is one side of a split (the other side is entry {other}); reversing one "
                        "side would create or lose mines: split back instead",
                    )
                ).format(lot=lot_name(lot), id=original.id, other=other_id),
            )
        # A shipment or a return is one document at two holdings: both sides are reversed, the
        # one that put mines in first, so neither holding goes below zero.
        sides = [original] if other_id is None else [original, session.get(Movement, other_id)]
        sides = sorted((side for side in sides if side is not None), key=lambda side: -side.quantity)
        if original.task_id is not None:  # destruction entries are refused above
            home_sides = (MovementKind.OUT_FOR_DESTRUCTION.value, MovementKind.SHIPMENT_RETURN.value)
            self._require_shipment_reversible(
                session, lot, next((side for side in sides if side.kind in home_sides), original)
            )
        return sides

    # -- retention -----------------------------------------------------------------------------

    def change_retention(
        self,
        lot_id: int,
        *,
        quantity: int,
        category: RetentionCategory | str | None,
        authority_ref: str,
        reason: str,
        valid_from: date,
        institution: str | None = None,
        seen: Iterable[LotRow] = (),
    ) -> MovementResult:
        """A new retention decision for the lot; quantity 0 releases everything to surplus.
        `seen`: the lot as the form showed it."""
        require_whole("quantity", quantity)
        category = retention_category(category) if quantity else None
        if quantity and category is None:
            raise InvalidInput(  # words, never codes (section 5)
                "category",
                translate(
                    "Services", "say why the mines are kept: {korea} or {article3} (a legal hold is a suspension)"
                ).format(korea=word(RetentionCategory.KOREA), article3=word(RetentionCategory.ARTICLE3)),
            )
        authority_ref = require_text("authority reference", authority_ref, 120)
        reason = require_text("reason", reason, 2000, lines=True)
        require_not_future("valid from", valid_from, self.ctx.today())
        with self.ctx.write() as session:
            require_unchanged(session, seen)
            lot = get_lot(session, lot_id)
            held = current_balance(session, lot)
            if (quantity, category.value if category else None) == (held.retained, held.retention_category):
                raise InvalidInput(
                    "quantity",
                    translate("Services", "{lot} already has {quantity} retained as that").format(
                        lot=lot_name(lot), quantity=figure(quantity)
                    ),
                )
            if quantity > held.on_hand - held.scheduled - held.suspended:
                said = (
                    translate(
                        "Services",
                        "{lot}: cannot retain {quantity}; {on_hand} on hand of which {scheduled} are scheduled "
                        "for destruction and {suspended} suspended ({suspensions}): lift the suspension first",
                    )
                    if held.suspended
                    else translate(
                        "Services",
                        "{lot}: cannot retain {quantity}; {on_hand} on hand of which {scheduled} are scheduled "
                        "for destruction",
                    )
                )
                raise RuleViolation(
                    Rule.SUSPENSION
                    if held.suspended and quantity <= held.on_hand - held.scheduled
                    else Rule.ALLOCATION,
                    said.format(
                        lot=lot_name(lot),
                        quantity=figure(quantity),
                        on_hand=figure(held.on_hand),
                        scheduled=figure(held.scheduled),
                        suspended=figure(held.suspended),
                        suspensions=balance.suspensions_in_force(lot),
                    ),
                    field="quantity",
                )
            warnings = retention_warnings(session, held, quantity, category)
            add_decision(
                self.ctx,
                session,
                lot,
                quantity,
                category,
                institution,
                authority_ref,
                reason,
                valid_from,
                warnings=warnings,
            )
            balance.refresh(session, lot)
            return self._result(session, lot, None, warnings)

    def split_lot(
        self,
        lot_id: int,
        *,
        new_lot_number: str,
        quantity: int,
        on: date,
        category: RetentionCategory | str | None,
        authority_ref: str,
        reason: str,
        institution: str | None = None,
        seen: Iterable[LotRow] = (),
    ) -> MovementResult:
        """Move part of a lot into a new lot, so that one part is retained and the other surplus.

        With `category` equal to the lot's retention, the retained part moves; otherwise the new
        lot is taken from unscheduled surplus (and retained under `category`, if one is given).
        `seen`: the lot as the form showed it.
        """
        new_lot_number = require_identifier("new lot number", new_lot_number)
        require_positive("quantity", quantity)
        require_not_future("date", on, self.ctx.today())
        category = retention_category(category)
        authority_ref = require_text("authority reference", authority_ref, 120)
        reason = require_text("reason", reason, 2000, lines=True)
        with self.ctx.write() as session:
            require_unchanged(session, seen)
            lot = get_lot(session, lot_id)
            held = current_balance(session, lot)
            _require_free_number(session, "new lot number", new_lot_number, lot.mine_type)
            moves_retained = category is not None and category.value == held.retention_category
            latest = latest_decision(session, lot)
            if moves_retained:
                if quantity > held.retained:
                    raise RuleViolation(
                        Rule.RETENTION_LOCK,
                        translate(
                            "Services", "{lot}: only {retained} are retained as {kept_as}; cannot move {quantity}"
                        ).format(
                            lot=lot_name(lot),
                            retained=figure(held.retained),
                            kept_as=kept_as(held.retention_category),
                            quantity=figure(quantity),
                        ),
                        field="quantity",
                    )
                remaining = held.retained - quantity
                add_decision(
                    self.ctx,
                    session,
                    lot,
                    remaining,
                    category if remaining else None,
                    latest.institution if latest else None,
                    authority_ref,
                    reason,
                    on,
                )
            else:
                require_unscheduled(lot, held, quantity, Action.SPLIT)
            new_lot = Lot(
                lot_number=new_lot_number,
                mine_type_id=lot.mine_type_id,
                site_id=lot.site_id,
                manufactured_on=lot.manufactured_on,
                condition_code=lot.condition_code,
                notes=f"split from lot {lot.lot_number}",
                created_by=self.ctx.user,
                created_at=utc_now(),
            )
            session.add(new_lot)
            session.flush()
            note = f"split: {quantity:,} to lot {new_lot_number}"
            out = post_movement(self.ctx, session, lot, MovementKind.TRANSFER_OUT, -quantity, on, authority_ref, note)
            warnings = (
                []
                if moves_retained or category is None
                else retention_warnings(session, balance.NOTHING_HELD, quantity, category)
            )
            if category is not None:
                add_decision(
                    self.ctx,
                    session,
                    new_lot,
                    quantity,
                    category,
                    institution or (latest.institution if latest else None),
                    authority_ref,
                    reason,
                    on,
                )
            post_movement(
                self.ctx,
                session,
                new_lot,
                MovementKind.TRANSFER_IN,
                quantity,
                on,
                authority_ref,
                f"split from lot {lot.lot_number}",
                counterpart=out,
            )
            audit.record(
                session,
                self.ctx.user,
                "split_lot",
                "lot",
                lot.id,
                before={"on_hand": held.on_hand, "retained": held.retained},
                after={
                    "new_lot_id": new_lot.id,
                    "new_lot_number": new_lot_number,
                    "quantity": quantity,
                    "category": category,
                    "movement_id": out.id,
                    "warnings": warnings,
                },
                reason=reason,
            )
            return self._result(session, new_lot, None, warnings)

    # -- helpers ---------------------------------------------------------------------------------

    def _require_shipment_reversible(self, session: Session, lot: Lot, shipment: Movement) -> None:
        """A task's shipment or return is reversed only while the task is open; mines shipped for
        destruction come back only if the destruction site has not reported them destroyed
        (conservation)."""
        returned = shipment.kind == MovementKind.SHIPMENT_RETURN.value
        task = self._require_task_open(session, lot, shipment, "brought mines back" if returned else "shipped mines")
        if returned:
            return
        line = next(line for line in task_info(session, task).lines if line.lot_id == lot.id)
        if -shipment.quantity > line.awaiting_destruction:
            raise RuleViolation(
                Rule.CONSERVATION,
                translate(
                    "Services",
                    "{lot}: of the {shipped} shipped for task {task}, {destroyed} were reported destroyed; "
                    "reversing a shipment of {quantity} would bring back mines that no longer exist",
                ).format(
                    lot=lot_name(lot),
                    shipped=figure(line.shipped),
                    task=task.reference,
                    destroyed=figure(line.at_destruction_site),
                    quantity=figure(-shipment.quantity),
                ),
            )

    def _require_task_open(self, session: Session, lot: Lot, entry: Movement, what: str) -> DestructionTask:
        """A task's shipment or return is reversed only while the task is open: a closed task's
        reconciliation is signed off."""
        task = session.get(DestructionTask, entry.task_id)
        assert task is not None  # a shipment or its return names its task
        if task.status != TaskStatus.OPEN.value:
            raise RuleViolation(
                Rule.APPEND_ONLY,
                translate(
                    "Services",
                    "{lot}: entry {id} {what} for task {reference}, which is {status}; it can no longer be reversed",
                ).format(lot=lot_name(lot), id=entry.id, what=what, reference=task.reference, status=task.status),
            )
        return task

    def _restore_training_stock(
        self, session: Session, lot: Lot, quantity: int, on: date, original: Movement, reason: str
    ) -> None:
        """Mines wrongly booked as consumed in training go back to Article 3 retention."""
        held = current_balance(session, lot)
        institution = session.scalar(
            select(RetentionDecision.institution)
            .where(RetentionDecision.lot_id == lot.id, RetentionDecision.category == RetentionCategory.ARTICLE3.value)
            .order_by(RetentionDecision.valid_from.desc(), RetentionDecision.id.desc())
            .limit(1)
        )
        latest = latest_decision(session, lot)
        if held.retention_category not in (None, RetentionCategory.ARTICLE3.value):
            raise RuleViolation(
                Rule.RETENTION_LOCK,
                translate(
                    "Services",
                    "{lot}: entry {id} consumed Article 3 mines, but the lot is now retained as "
                    "{kept_as}; change the retention first",
                ).format(lot=lot_name(lot), id=original.id, kept_as=kept_as(held.retention_category)),
            )
        add_decision(
            self.ctx,
            session,
            lot,
            held.retained + quantity,
            RetentionCategory.ARTICLE3,
            institution,
            original.document_ref or f"reversal of entry {original.id}",
            f"reversal of entry {original.id}: {reason}",
            max(on, latest.valid_from) if latest else on,
        )
        balance.refresh(session, lot)

    def _result(
        self, session: Session, lot: Lot, movement: Movement | None, warnings: list[str] | None = None
    ) -> MovementResult:
        held = current_balance(session, lot)
        return MovementResult(
            lot.id,
            lot.lot_number,
            movement.id if movement else None,
            held.on_hand,
            held.retained,
            tuple(warnings or ()),
        )
