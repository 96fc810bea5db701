"""Resolving unaccounted losses (DOMAIN.md rule 6): an investigation accounts for part or all of a
loss as found and returned (back in the ledger, surplus again), destroyed with a certificate (an
event of the destruction log for mines that left with a shipment, verified like any other) or
written off by an authority. Each resolution is audited and never more than is still unaccounted."""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from ..db.models import LossResolution, UnaccountedLoss
from ..domain.enums import MovementKind, Resolution, Rule, SiteKind, word
from ..domain.errors import InvalidInput, NotFound, RuleViolation
from ..domain.rules import require_date, require_not_future, require_positive, require_text
from ..i18n import translate
from . import audit
from .base import utc_now
from .catalogue import active_profile, profile_info
from .destruction_log import DestructionLog
from .dto.destruction import LossInfo, LossScope
from .finding_words import figure
from .ledger import find_site, get_lot, post_movement
from .unaccounted import loss_infos


def require_resolution_date(on: date, loss_occurred_on: date, today: date) -> date:
    """A resolution is dated from the day of the loss to today."""
    require_not_future("date", on, today)
    if on < loss_occurred_on:
        raise InvalidInput(
            "date",
            translate("Services", "{on} is before the loss was recorded ({loss_occurred_on})").format(
                on=on.isoformat(), loss_occurred_on=loss_occurred_on.isoformat()
            ),
        )
    return on


class UnaccountedLosses(DestructionLog):
    def losses(
        self, *, open_only: bool = False, lot_id: int | None = None, as_of: date | None = None
    ) -> list[LossInfo]:
        """Losses oldest first; `open_only`: those with mines still unaccounted for."""
        with self.ctx.read() as session:
            return loss_infos(session, open_only=open_only, lot_id=lot_id, as_of=as_of)

    def loss_totals(self, as_of: date | None = None) -> LossScope:
        """Unaccounted and resolved mines in and out of the active profile's scope, in mines, as of the
        end of a day: the one source of the status report's, the dashboard's, Article 7's and `lots`'
        figures."""
        with self.ctx.read() as session:
            policy = profile_info(active_profile(session))
            losses = loss_infos(session, as_of=as_of)
        governed = [
            (loss, policy.covered_per_item(loss.ap_per_item, loss.av_per_item, loss.activation)) for loss in losses
        ]
        return LossScope(
            tuple(loss.in_mines(per_item) for loss, per_item in governed if per_item),
            tuple(
                loss.in_mines(loss.mines_per_item - per_item)
                for loss, per_item in governed
                if loss.mines_per_item > per_item
            ),
        )

    def return_loss(self, loss_id: int, *, quantity: int | None, on: date, reference: str, reason: str) -> LossInfo:
        """Mines found: back into the lot's ledger as a `returned` entry, surplus to destroy again."""
        with self.ctx.write() as session:
            loss, quantity, on, reference, reason = self._checked(session, loss_id, quantity, on, reference, reason)
            entry = post_movement(
                self.ctx, session, get_lot(session, loss.lot_id), MovementKind.RETURNED, quantity, on, reference, reason
            )
            return self._resolve(session, loss, Resolution.FOUND_RETURNED, quantity, on, reference, reason, entry.id)

    def destroy_loss(
        self,
        loss_id: int,
        *,
        quantity: int | None,  # None: left blank, refused as required
        on: date,
        site: str,
        method: str,
        officer: str,
        witness: str,
        certificate_number: str,
        reason: str,
    ) -> LossInfo:
        """Mines found destroyed: an event against the loss's task with its certificate, for mines
        that left the destruction site's holding with the loss entry (no further ledger entry); a
        second person verifies it. They were shipped away, so they were destroyed at a destruction
        site, never at a depot."""
        evidence = self._evidence(on, method, officer, witness, certificate_number)
        with self.ctx.write() as session:
            loss, quantity, on, reference, reason = self._checked(
                session, loss_id, quantity, on, evidence.certificate, reason
            )
            _require_destruction_site(session, site)
            event = self._new_event(session, evidence, site, loss.task_id, reason)
            self._destroy_shipped(session, event, get_lot(session, loss.lot_id), quantity)
            self._audit_event(session, event, evidence, site, {loss.lot_id: quantity}, loss_id=loss.id)
            return self._resolve(
                session, loss, Resolution.DESTROYED, quantity, on, reference, reason, event_id=event.id
            )

    def write_off_loss(self, loss_id: int, *, quantity: int | None, on: date, reference: str, reason: str) -> LossInfo:
        """An authority writes the mines off: they leave 'unaccounted' and count as written off."""
        with self.ctx.write() as session:
            loss, quantity, on, reference, reason = self._checked(session, loss_id, quantity, on, reference, reason)
            return self._resolve(session, loss, Resolution.WRITTEN_OFF, quantity, on, reference, reason)

    # -- helpers ------------------------------------------------------------------------------------

    def _checked(
        self, session: Session, loss_id: int, quantity: object, on: object, reference: object, reason: object
    ) -> tuple[LossInfo, int, date, str, str]:
        """The loss and the resolution's fields: no more than is still unaccounted, dated from the
        loss to today, with its reference and reason."""
        found = loss_infos(session, loss_ids=[loss_id]) if isinstance(loss_id, int) else []
        if not found:
            raise NotFound("unaccounted loss", loss_id)
        loss = found[0]
        quantity = require_positive("quantity", quantity)
        if quantity > loss.unaccounted:
            raise RuleViolation(
                Rule.RECONCILIATION,
                translate(
                    "Services",
                    "lot {lot_number}, task {task_reference}: {unaccounted} mines are still unaccounted "
                    "for, not {quantity}",
                ).format(
                    lot_number=loss.lot_number,
                    task_reference=loss.task_reference,
                    unaccounted=figure(loss.unaccounted),
                    quantity=figure(quantity),
                ),
                field="quantity",
            )
        on = require_resolution_date(require_date("date", on), loss.occurred_on, self.ctx.today())
        return (
            loss,
            quantity,
            on,
            require_text("reference", reference, 120),
            require_text("reason", reason, 2000, lines=True),
        )

    def _resolve(
        self,
        session: Session,
        loss: LossInfo,
        kind: Resolution,
        quantity: int,
        on: date,
        reference: str,
        reason: str,
        movement_id: int | None = None,
        event_id: int | None = None,
    ) -> LossInfo:
        row = LossResolution(
            loss_id=loss.id,
            kind=kind.value,
            quantity=quantity,
            reference=reference,
            resolved_on=on,
            reason=reason,
            movement_id=movement_id,
            event_id=event_id,
            recorded_by=self.ctx.user,
            recorded_at=utc_now(),
        )
        session.add(row)
        session.flush()
        audit.record(
            session,
            self.ctx.user,
            "resolve_loss",
            UnaccountedLoss.__tablename__,
            loss.id,
            before={"unaccounted": loss.unaccounted},
            after={"resolution": kind.value, "quantity": quantity, "on": on, "reference": reference},
            reason=reason,
        )
        return loss_infos(session, loss_ids=[loss.id])[0]


def _require_destruction_site(session: Session, code: str) -> None:
    if not code:
        raise InvalidInput(
            "site",
            translate(
                "Services", "choose the destruction site where the mines were destroyed (add it to the catalogue first)"
            ),
        )
    site = find_site(session, code)
    if site.kind != SiteKind.DESTRUCTION.value:
        raise InvalidInput(
            "site",
            translate(
                "Services",
                "{code} is a {label}, not a destruction site: choose the destruction site where the "
                "mines were destroyed",
            ).format(code=site.code, label=word(SiteKind(site.kind))),
        )
