"""Correcting a recorded destruction (DOMAIN.md section 4, append-only): the ledger stays append-only, so the
destruction entry is reversed and the corrected one posted; the event keeps its line with the
corrected quantity (0: it did not happen for that lot), and its certificate must be verified again,
because what was verified is no longer what the record says."""

from __future__ import annotations

from sqlalchemy import select

from ..db.models import DestructionEvent, DestructionTask, EventLine, Holding, Movement
from ..domain.enums import MovementKind, Rule, TaskStatus
from ..domain.errors import InvalidInput, NotFound, RuleViolation
from ..domain.rules import require_text, require_whole
from ..i18n import translate
from . import audit, balance
from .base import Context
from .destruction_info import event_info
from .dto.destruction import EventInfo
from .finding_words import figure
from .ledger import get_lot, lot_name, post_movement


class CorrectionService:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx

    def correct_destruction(self, event_id: int, lot_id: int, *, quantity: int | None, reason: str) -> EventInfo:
        """The lot's line of the event now says `quantity` destroyed (fewer than recorded; 0 to reverse
        it whole). The mines return to the holding they were destroyed from, dated as the destruction
        was: on hand at the depot, or again awaiting destruction at the destruction site. The certificate's verification
        is withdrawn, and the person who corrects it may not verify it again."""
        reason = require_text("reason", reason, 2000, lines=True)
        quantity = require_whole("quantity", quantity)
        with self.ctx.write() as session:
            event = session.get(DestructionEvent, event_id)
            if event is None:
                raise NotFound("destruction event", event_id)
            lot = get_lot(session, lot_id)
            line = session.scalar(select(EventLine).where(EventLine.event_id == event.id, EventLine.lot_id == lot.id))
            if line is None:
                raise InvalidInput(
                    "lot",
                    translate("Services", "{lot} is not on certificate {certificate_number}").format(
                        lot=lot_name(lot), certificate_number=event.certificate_number
                    ),
                )
            if quantity >= line.quantity:
                raise InvalidInput(
                    "quantity",
                    translate(
                        "Services",
                        "a correction destroys fewer than the {quantity} recorded for {lot}, not "
                        "{quantity2}; record further mines destroyed as an event of their own",
                    ).format(quantity=figure(line.quantity), lot=lot_name(lot), quantity2=figure(quantity)),
                )
            task = session.get(DestructionTask, event.task_id) if event.task_id is not None else None
            if task is not None and task.status != TaskStatus.OPEN.value:
                raise RuleViolation(
                    Rule.RECONCILIATION,
                    translate(
                        "Services",
                        "certificate {certificate_number} belongs to task {reference}, which is {status}: "
                        "its reconciliation is signed off",
                    ).format(certificate_number=event.certificate_number, reference=task.reference, status=task.status),
                )
            before = {
                "lot": lot.lot_number,
                "quantity": line.quantity,
                "verified_by": event.verified_by,
                "verified_on": event.verified_on,
                "certified": line.certified_quantity,
            }
            reversed_ids = select(Movement.reverses_id).where(Movement.reverses_id.is_not(None))
            entry = session.scalar(
                select(Movement).where(  # the entry in force: an earlier correction reversed others
                    Movement.event_id == event.id,
                    Movement.lot_id == lot.id,
                    Movement.kind == MovementKind.DESTROYED.value,
                    Movement.id.not_in(reversed_ids),
                )
            )
            # The verification is withdrawn first, in a statement of its own: on PostgreSQL the database
            # keeps a verified certificate's lines as they are (migration 0022), and it accepts the
            # withdrawal only with the correcting login in corrected_by.
            event.verified_by = event.verified_on = None
            event.corrected_by = self.ctx.user  # who may now not verify it
            session.flush()
            for each in session.scalars(select(EventLine).where(EventLine.event_id == event.id)):
                each.certified_quantity = None
            # Each step keeps the balance projection's checks true (on hand + destroyed never above what
            # was ever held): the line goes to 0 with the reversal, then to the corrected figure with its entry.
            line.quantity = 0
            session.flush()
            if entry is not None:  # the ledger took the mines out then, at the depot or the destruction site
                post_movement(
                    self.ctx,
                    session,
                    lot,
                    MovementKind.REVERSAL,
                    -entry.quantity,
                    entry.occurred_on,
                    event.certificate_number,
                    reason,
                    task_id=entry.task_id,
                    reverses=entry,
                    holding=session.get(Holding, entry.holding_id),
                )
            line.quantity = quantity
            session.flush()
            if entry is not None and quantity:
                post_movement(
                    self.ctx,
                    session,
                    lot,
                    MovementKind.DESTROYED,
                    -quantity,
                    entry.occurred_on,
                    event.certificate_number,
                    None,
                    task_id=entry.task_id,
                    event_id=event.id,
                    holding=session.get(Holding, entry.holding_id),
                )
            balance.refresh(session, lot)
            audit.record(
                session,
                self.ctx.user,
                "correct_destruction",
                "destruction_event",
                event.id,
                before=before,
                after={"lot": lot.lot_number, "quantity": quantity, "verified_by": None},
                reason=reason,
            )
            return event_info(session, event)
