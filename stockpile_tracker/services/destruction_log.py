"""The destruction log: events (what was destroyed, where, how, witnessed by whom, with its
certificate), against a task or on their own, and the certificate's verification by a second person."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date
from typing import NamedTuple

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from ..db.models import AuditEntry, DestructionEvent, DestructionTask, EventLine, Holding, Lot, MineType, Movement, Site
from ..domain.enums import INCOMING, MovementKind, Rule
from ..domain.errors import InvalidInput, NotFound, RuleViolation
from ..domain.rules import (
    identifier_spellings,
    normalised,
    optional_text,
    require_identifier,
    require_not_future,
    require_text,
    same_person,
)
from ..i18n import translate
from . import audit, balance
from .base import UNKNOWN_LOGIN, Context, utc_now
from .destruction_info import event_info, event_infos, task_info
from .destruction_plan import checked_lines, destruction_method, open_task, require_in_task, search_condition
from .dto.destruction import EventInfo, TaskLineInfo
from .dto.lots import LotRow
from .finding_words import figure
from .ledger import (
    Action,
    confusable,
    current_balance,
    find_site,
    get_lot,
    held_at,
    holding_at,
    lookalike,
    lot_name,
    post_movement,
    require_unchanged,
    require_unscheduled,
)
from .queries import contains_text
from .unaccounted import shipment_days


class Evidence(NamedTuple):
    occurred_on: date
    method: str
    officer: str
    witness: str
    certificate: str


class DestructionLog:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx

    # -- events -------------------------------------------------------------------------------------

    def record_event(
        self,
        *,
        occurred_on: date,
        site: str,
        method: str,
        officer: str,
        witness: str,
        certificate_number: str,
        lines: Mapping[int, int],
        task_id: int | None = None,
        notes: str | None = None,
        seen: Iterable[LotRow] = (),
    ) -> EventInfo:
        """What was destroyed, with its evidence. Against a task, each lot must be in the task and
        within what is left of its line; mines already shipped are destroyed from the destruction site's holding.
        `seen`: the lots as the form showed them."""
        evidence = self._evidence(occurred_on, method, officer, witness, certificate_number)
        with self.ctx.write() as session:
            require_unchanged(session, seen)
            checked = checked_lines(session, lines)
            task = open_task(session, task_id) if task_id is not None else None
            event = self._new_event(session, evidence, site, task_id, notes)
            for lot, quantity in checked.values():
                self._destroy_line(session, event, task, lot, quantity)
            session.refresh(event)
            info = event_info(session, event)
            self._audit_event(session, event, evidence, site, lines, task_id=task_id)
            return info

    def _destroy_line(
        self,
        session: Session,
        event: DestructionEvent,
        task: DestructionTask | None,
        lot: Lot,
        quantity: int,
    ) -> None:
        first_in = session.scalar(
            select(func.min(Movement.occurred_on)).where(
                Movement.lot_id == lot.id, Movement.kind.in_([k.value for k in INCOMING])
            )
        )
        if first_in is None or event.occurred_on < first_in:
            raise RuleViolation(
                Rule.TIME,
                (
                    translate("Services", "{lot}: a destruction dated {on} is before the lot was received ({first})")
                    if first_in
                    else translate("Services", "{lot}: a destruction dated {on} is before the lot was received (never)")
                ).format(lot=lot_name(lot), on=event.occurred_on.isoformat(), first=first_in and first_in.isoformat()),
                field="date",
            )
        from_shipment = False
        if task is None:
            self._require_not_shipped_there(session, event, lot)
            require_unscheduled(lot, current_balance(session, lot), quantity, Action.DESTROY)
        else:
            require_in_task(task, lot, {line.lot_id: line.quantity for line in task.lines})
            line = next(line for line in task_info(session, task).lines if line.lot_id == lot.id)
            from_shipment = line.awaiting_destruction > 0
            if from_shipment:
                self._check_shipped(session, event, task, lot, line, quantity)
            elif quantity > line.remaining:
                raise RuleViolation(
                    Rule.ALLOCATION,
                    translate(
                        "Services",
                        "{lot}: cannot destroy {quantity}; task {reference} has {remaining} of it left to destroy",
                    ).format(
                        lot=lot_name(lot),
                        quantity=figure(quantity),
                        reference=task.reference,
                        remaining=figure(line.remaining),
                    ),
                    field="quantity",
                )
        session.add(EventLine(event_id=event.id, lot_id=lot.id, quantity=quantity))
        session.flush()
        post_movement(
            self.ctx,
            session,
            lot,
            MovementKind.DESTROYED,
            -quantity,
            event.occurred_on,
            event.certificate_number,
            None,
            task_id=task.id if task else None,
            event_id=event.id,
            holding=self._destroyed_from(session, event, task, lot, from_shipment),
        )

    @staticmethod
    def _destroyed_from(
        session: Session, event: DestructionEvent, task: DestructionTask | None, lot: Lot, from_shipment: bool
    ) -> Holding | None:
        """The holding an event's line destroys from: mines shipped for its task, at their holding for
        destruction; unscheduled surplus with no task, where it is held at the event's site (the
        lot's home when it holds none there); a task's planned mines, at the lot's home (None)."""
        if task is not None:
            if from_shipment and event.site_id != task.site_id:
                raise InvalidInput(
                    "site",
                    translate(
                        "Services",
                        "{lot}: the mines shipped for task {reference} are at {code}; a destruction of them "
                        "at {code2} is recorded at {code}",
                    ).format(lot=lot_name(lot), reference=task.reference, code=task.site.code, code2=event.site.code),
                )
            return holding_at(session, lot, task.site, for_destruction=True) if from_shipment else None
        return session.scalar(
            select(Holding).where(
                Holding.lot_id == lot.id, Holding.site_id == event.site_id, Holding.for_destruction.is_(False)
            )
        )

    @staticmethod
    def _require_not_shipped_there(session: Session, event: DestructionEvent, lot: Lot) -> None:
        """A destruction with no task at a site where the lot's only mines were shipped for one would
        take surplus from its home while they stay there awaiting it: it is that task's. (At a site
        that also holds the lot's own stock, its home's plant say, it destroys that stock.)"""
        holdings = {
            holding.for_destruction: holding
            for holding in session.scalars(
                select(Holding).where(Holding.lot_id == lot.id, Holding.site_id == event.site_id)
            )
        }
        own = False in holdings or event.site_id == lot.site_id
        there = held_at(session, holdings[True]) if True in holdings and not own else 0
        if there > 0:
            raise RuleViolation(
                Rule.ALLOCATION,
                translate(
                    "Services",
                    "{lot}: its {there} at {code} were shipped there for a destruction task; record "
                    "their destruction against that task (only what awaits destruction there), not as a "
                    "destruction of surplus",
                ).format(lot=lot_name(lot), there=figure(there), code=event.site.code),
                field="quantity",
            )

    def _evidence(
        self, occurred_on: date, method: str, officer: str, witness: str, certificate_number: str
    ) -> Evidence:
        """An event's date, method, officer, witness and certificate, checked before the record is."""
        require_not_future("date", occurred_on, self.ctx.today())
        method = destruction_method(method)
        officer = require_text("officer in charge", officer)
        witness = require_text("witness", witness)
        if same_person(officer, witness):
            raise RuleViolation(
                Rule.FOUR_EYES, translate("Services", "the witness cannot be the officer in charge"), field="witness"
            )
        return Evidence(
            occurred_on, method, officer, witness, require_identifier("certificate number", certificate_number)
        )

    def _audit_event(
        self,
        session: Session,
        event: DestructionEvent,
        evidence: Evidence,
        site: str,
        lines: Mapping[int, int],
        **recorded_against: int | None,
    ) -> None:
        """Every recorded destruction is audited alike, with what it was recorded against (its task,
        or the unaccounted loss it resolves)."""
        audit.record(
            session,
            self.ctx.user,
            "record_event",
            "destruction_event",
            event.id,
            after={
                **evidence._asdict(),
                "site": site,
                **recorded_against,
                "lines": {str(k): v for k, v in lines.items()},
            },
        )

    def _new_event(
        self, session: Session, evidence: Evidence, site: str, task_id: int | None, notes: str | None
    ) -> DestructionEvent:
        event_site = find_site(session, site)
        held = lookalike(session, DestructionEvent.certificate_number, evidence.certificate)
        if held is not None:  # in any case or width: adv-c6 and ADV-C6 are one certificate
            said = (
                translate("Services", "certificate {certificate} is already recorded")
                if held == evidence.certificate
                else translate("Services", "certificate {certificate} is already recorded as {held}")
            )
            raise InvalidInput("certificate number", said.format(certificate=evidence.certificate, held=held))
        alike = confusable(session, DestructionEvent.certificate_number, evidence.certificate)
        if alike is not None:  # ADV-C1O beside ADV-C10, one with a Cyrillic С
            raise InvalidInput(
                "certificate number",
                translate("Services", "certificate {certificate} looks like existing certificate {alike}").format(
                    certificate=evidence.certificate, alike=alike
                ),
            )
        event = DestructionEvent(
            task_id=task_id,
            occurred_on=evidence.occurred_on,
            site=event_site,
            method=evidence.method,
            officer=evidence.officer,
            witness=evidence.witness,
            certificate_number=evidence.certificate,
            notes=optional_text("notes", notes, lines=True),
            recorded_by=self.ctx.user,
            recorded_at=utc_now(),
        )
        session.add(event)
        session.flush()
        return event

    def _destroy_shipped(self, session: Session, event: DestructionEvent, lot: Lot, quantity: int) -> None:
        """Mines of an unaccounted loss found destroyed: the event line and no ledger entry (the loss
        entry took them out of the destruction site's holding when the task closed short)."""
        session.add(EventLine(event_id=event.id, lot_id=lot.id, quantity=quantity))
        session.flush()
        balance.refresh(session, lot)

    def _check_shipped(
        self,
        session: Session,
        event: DestructionEvent,
        task: DestructionTask,
        lot: Lot,
        line: TaskLineInfo,
        quantity: int,
    ) -> None:
        """Mines already shipped for the task: no more than await destruction, not before they left."""
        if quantity > line.awaiting_destruction:
            raise RuleViolation(
                Rule.ALLOCATION,
                translate(
                    "Services",
                    "{lot}: {shipped} were shipped for task {reference} and {at_destruction_site} "
                    "reported destroyed, so {awaiting_destruction} await destruction, not {quantity}; "
                    "record destruction at the depot as its own event",
                ).format(
                    lot=lot_name(lot),
                    shipped=figure(line.shipped),
                    reference=task.reference,
                    at_destruction_site=figure(line.at_destruction_site),
                    awaiting_destruction=figure(line.awaiting_destruction),
                    quantity=figure(quantity),
                ),
                field="quantity",
            )
        _first, shipped_on = shipment_days(session, {task.id})[(task.id, lot.id)]  # mines await, so some left
        if event.occurred_on < shipped_on:
            raise RuleViolation(
                Rule.TIME,
                translate(
                    "Services",
                    "{lot}: a destruction dated {occurred_on} is before the mines were shipped ({shipped_on})",
                ).format(
                    lot=lot_name(lot), occurred_on=event.occurred_on.isoformat(), shipped_on=shipped_on.isoformat()
                ),
                field="date",
            )

    def verify_certificate(
        self,
        event_id: int,
        *,
        verified_on: date,
        certified: Mapping[int, int | None] | None = None,  # None for a lot: left blank, refused
    ) -> EventInfo:
        """A second person checks the certificate against the event (four-eyes). Certified quantities
        default to the event's; a difference is kept and blocks the task from closing."""
        require_not_future("verified on", verified_on, self.ctx.today())
        with self.ctx.write() as session:
            event = self._verifiable(session, event_id)
            if verified_on < event.occurred_on:
                raise InvalidInput(
                    "verified on",
                    translate("Services", "{verified_on} is before the destruction ({occurred_on})").format(
                        verified_on=verified_on.isoformat(), occurred_on=event.occurred_on.isoformat()
                    ),
                )
            certified = dict(certified or {})
            lots = {line.lot_id for line in event.lines}
            unknown = set(certified) - lots
            if unknown:
                raise InvalidInput(
                    "certified",
                    translate("Services", "lot id {lot_id} is not in certificate {certificate_number}").format(
                        lot_id=sorted(unknown)[0], certificate_number=event.certificate_number
                    ),
                )
            for line in event.lines:
                value = certified.get(line.lot_id, line.quantity)
                if value is None:
                    raise InvalidInput(
                        "certified",
                        translate("Services", "lot {lot_number}: type the quantity the certificate states").format(
                            lot_number=get_lot(session, line.lot_id).lot_number
                        ),
                    )
                if isinstance(value, bool) or not isinstance(value, int) or value < 0:
                    raise InvalidInput(
                        "certified",
                        translate("Services", "must be a whole number, zero or more, not {value}").format(
                            value=repr(value)
                        ),
                    )
                line.certified_quantity = value
            session.flush()  # the quantities certified, then who verified them: once verified, the lines are kept
            event.verified_by, event.verified_on = self.ctx.user, verified_on
            session.flush()
            info = event_info(session, event)
            audit.record(
                session,
                self.ctx.user,
                "verify_certificate",
                "destruction_event",
                event.id,
                before={"verified_by": None},
                after={
                    "verified_by": self.ctx.user,
                    "verified_on": verified_on,
                    "certified": {str(line.lot_id): line.certified_quantity for line in info.lines},
                },
            )
            return info

    def events(
        self,
        *,
        lot_id: int | None = None,
        task_id: int | None = None,
        since: date | None = None,
        until: date | None = None,
        site: str | None = None,
        method: str | None = None,
        type: str | None = None,
        text: str | None = None,
    ) -> list[EventInfo]:
        """Destruction events, newest last, filtered in the query. `text` searches certificate,
        officer, witness, verifier, notes, site, method, lot numbers and task reference."""
        query = select(DestructionEvent).order_by(DestructionEvent.occurred_on, DestructionEvent.id)
        lines = select(EventLine.event_id)
        if lot_id is not None:
            query = query.where(DestructionEvent.id.in_(lines.where(EventLine.lot_id == lot_id)))
        if type:
            query = query.where(
                DestructionEvent.id.in_(
                    lines.join(Lot, Lot.id == EventLine.lot_id)
                    .join(MineType, MineType.id == Lot.mine_type_id)
                    .where(MineType.designation == type)
                )
            )
        if task_id is not None:
            query = query.where(DestructionEvent.task_id == task_id)
        if since is not None:
            query = query.where(DestructionEvent.occurred_on >= since)
        if until is not None:
            query = query.where(DestructionEvent.occurred_on <= until)
        if site:
            query = query.where(DestructionEvent.site_id.in_(select(Site.id).where(Site.code == site)))
        if method:
            query = query.where(DestructionEvent.method == method)
        text = (text or "").strip()
        if text:
            dialect = self.ctx.engine.dialect.name
            tasks = select(DestructionTask.id).where(contains_text(DestructionTask.reference, text, dialect))
            query = query.where(
                or_(
                    search_condition(
                        DestructionEvent,
                        lines.join(Lot, Lot.id == EventLine.lot_id),
                        text,
                        dialect,
                        DestructionEvent.certificate_number,
                        DestructionEvent.officer,
                        DestructionEvent.witness,
                        DestructionEvent.verified_by,
                        DestructionEvent.notes,
                    ),
                    DestructionEvent.task_id.in_(tasks),
                )
            )
        with self.ctx.read() as session:
            return event_infos(session, session.scalars(query).all())

    def find_event(self, certificate_number: str) -> EventInfo:
        with self.ctx.read() as session:
            event = session.scalar(  # as typed (a legacy one may hold an en dash), else with plain hyphens
                select(DestructionEvent)
                .where(DestructionEvent.certificate_number.in_(identifier_spellings(certificate_number)))
                .order_by(DestructionEvent.certificate_number != normalised(certificate_number))
                .limit(1)
            )
            if event is None:
                raise NotFound("certificate", certificate_number)
            return event_info(session, event)

    def require_verifier(self, event_id: int) -> None:
        """Raise the four-eyes refusal now, for a form that should not be filled in for nothing."""
        with self.ctx.read() as session:
            self._verifiable(session, event_id)

    def shared_os_login(self, event_id: int) -> str | None:
        """The operating-system login under which the certificate was recorded or last corrected,
        when it is the one this program runs under now; else None (also when either is unknown, or
        the entries predate migration 0023). The names differ, or the four-eyes rule would refuse:
        one account under two names is most often one person, and on a SQLite file nothing else
        tells them apart. A warning, not a refusal: two people may share one computer account."""
        mine = self.ctx.os_login
        if mine == UNKNOWN_LOGIN:
            return None
        with self.ctx.read() as session:
            logins = session.scalars(
                select(AuditEntry.os_login).where(
                    AuditEntry.entity == "destruction_event",
                    AuditEntry.entity_id == event_id,
                    AuditEntry.action.in_(("record_event", "correct_destruction")),
                    AuditEntry.os_login.is_not(None),
                )
            ).all()
        return next((login for login in logins if login is not None and login.casefold() == mine.casefold()), None)

    def os_logins(self, event_id: int) -> tuple[str | None, str | None]:
        """The operating-system logins the certificate was last recorded (or corrected) and verified
        under, as the audit log keeps them (None: not kept, or not verified)."""
        with self.ctx.read() as session:
            entries = session.execute(
                select(AuditEntry.action, AuditEntry.os_login)
                .where(AuditEntry.entity == "destruction_event", AuditEntry.entity_id == event_id)
                .order_by(AuditEntry.id)
            ).all()
        recorded = [login for action, login in entries if action in ("record_event", "correct_destruction")]
        verified = [login for action, login in entries if action == "verify_certificate"]
        return (recorded[-1] if recorded else None, verified[-1] if verified else None)

    # -- helpers ------------------------------------------------------------------------------------

    def _verifiable(self, session: Session, event_id: int) -> DestructionEvent:
        """The event, if this user may verify it: not yet verified, neither recorded nor last corrected by them."""
        event = session.get(DestructionEvent, event_id)
        if event is None:
            raise NotFound("destruction event", event_id)
        if event.verified_by is not None:
            raise RuleViolation(
                Rule.FOUR_EYES,
                translate("Services", "certificate {certificate_number} was already verified by {verified_by}").format(
                    certificate_number=event.certificate_number, verified_by=event.verified_by
                ),
            )
        for said, name in (
            (
                translate(
                    "Services", "certificate {certificate} was recorded by {name}; another person must verify it"
                ),
                event.recorded_by,
            ),
            (
                translate(
                    "Services", "certificate {certificate} was corrected by {name}; another person must verify it"
                ),
                event.corrected_by,
            ),
        ):
            if name is not None and same_person(name, self.ctx.user):
                raise RuleViolation(Rule.FOUR_EYES, said.format(certificate=event.certificate_number, name=name))
        return event
