"""Suspend part of a lot (a legal hold, an investigation, a safety hold) and lift a suspension:
the mines stay surplus to destroy, held back from scheduling, moves and destruction meanwhile."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLineEdit, QWidget

from ..domain.enums import SuspensionKind
from ..i18n import translate
from ..services import Stockpile
from ..services.dto.lots import LotRow, SuspensionInfo
from .figures import figure, word
from .form_dialog import FormDialog, as_now, reason_box, typed_text, unit_words
from .widgets import ChoiceCombo, DateEdit, QuantitySpin

if TYPE_CHECKING:
    from .main_window import MainWindow


def _lot_note(lot: LotRow) -> str:
    return translate(
        "SuspensionDialogs",
        "Lot {lot} ({type}), in {unit}: {on_hand} on hand, {retained} retained, {scheduled} scheduled, "
        "{suspended} suspended, {unscheduled} unscheduled surplus.",
    ).format(
        lot=lot.lot_number,
        type=lot.type_designation,
        unit=unit_words(lot),
        on_hand=figure(lot.on_hand),
        retained=figure(lot.retained),
        scheduled=figure(lot.scheduled),
        suspended=figure(lot.suspended),
        unscheduled=figure(lot.unscheduled),
    )


class SuspendDialog(FormDialog):
    def __init__(self, sp: Stockpile, lot: LotRow, parent: QWidget | None = None) -> None:
        title = translate("SuspensionDialogs", "Suspend - lot {lot}").format(lot=lot.lot_number)
        super().__init__(sp, title, translate("SuspensionDialogs", "Suspend"), parent)
        self.lot = lot = as_now(sp, [lot])[0]
        self.add_note(
            translate("SuspensionDialogs", "{lot_note} Suspended mines stay surplus, held back until lifted.").format(
                lot_note=_lot_note(lot)
            )
        )
        # at home (its unscheduled surplus), or its mines shipped to a destruction site and awaiting it there
        places: list[tuple[str, object]] = [
            (translate("SuspensionDialogs", "{site}, its home").format(site=lot.site_code), None)
        ]
        places += [
            (
                translate("SuspensionDialogs", "{site}, for destruction ({awaiting} await destruction there)").format(
                    site=site, awaiting=figure(awaiting)
                ),
                site,
            )
            for site, awaiting in sp.queries.shipped_to(lot.id)
        ]
        self.site_combo = self.add_field(translate("SuspensionDialogs", "Mines at"), ChoiceCombo(places), "site")
        self.kind_combo = self.add_field(
            translate("SuspensionDialogs", "Kind"), ChoiceCombo([(word(k), k.value) for k in SuspensionKind]), "kind"
        )
        self.quantity_spin = self.add_field(
            translate("SuspensionDialogs", "Suspend ({unit})").format(unit=unit_words(lot)), QuantitySpin(), "quantity"
        )
        self.reference_edit = self.add_field(translate("SuspensionDialogs", "Reference"), QLineEdit(), "reference")
        self.reason_edit = self.add_field(translate("SuspensionDialogs", "Reason"), reason_box(), "reason")
        self.from_edit = self.add_field(translate("SuspensionDialogs", "From"), DateEdit(self.today), "from")

    def submit(self) -> SuspensionInfo:
        return self.sp.suspensions.suspend(
            self.lot.id,
            kind=self.kind_combo.value,
            quantity=self.quantity_spin.value(),
            reference=self.reference_edit.text(),
            reason=typed_text(self.reason_edit),
            suspended_from=self.from_edit.value,
            shipped_to=self.site_combo.value,
            seen=[self.lot],
        )


class LiftDialog(FormDialog):
    def __init__(self, sp: Stockpile, lot: LotRow, parent: QWidget | None = None) -> None:
        title = translate("SuspensionDialogs", "Lift a suspension - lot {lot}").format(lot=lot.lot_number)
        super().__init__(sp, title, translate("SuspensionDialogs", "Lift"), parent)
        self.lot = lot = as_now(sp, [lot])[0]
        in_force = [s for s in sp.suspensions.of_lot(lot.id) if s.in_force]
        self.add_note(
            _lot_note(lot)
            if in_force
            else translate("SuspensionDialogs", "Lot {lot} has no suspension in force.").format(lot=lot.lot_number)
        )
        since = translate("SuspensionDialogs", "{kind} {reference}: {quantity} since {date}")
        choices = [
            (
                since.format(
                    kind=_kind(s),
                    reference=s.reference,
                    quantity=figure(s.quantity),
                    date=s.suspended_from,
                ),
                s.id,
            )
            for s in in_force
        ]
        self.suspension_combo = self.add_field(
            translate("SuspensionDialogs", "Suspension"), ChoiceCombo(choices), "suspension"
        )
        self.reason_edit = self.add_field(translate("SuspensionDialogs", "Why lifted"), reason_box(), "reason")
        self.lifted_edit = self.add_field(
            translate("SuspensionDialogs", "Lifted on"), DateEdit(self.today), "lifted on"
        )

    def submit(self) -> SuspensionInfo:
        return self.sp.suspensions.lift(
            self.suspension_combo.value, reason=typed_text(self.reason_edit), lifted_on=self.lifted_edit.value
        )


def suspend(window: MainWindow) -> None:
    window.on_current_lot(
        SuspendDialog,
        lambda lot, s: translate("SuspensionDialogs", "Suspended {quantity} of lot {lot}: {kind} {reference}").format(
            quantity=figure(s.quantity), lot=lot.lot_number, kind=_kind(s), reference=s.reference
        ),
    )


def lift_suspension(window: MainWindow) -> None:
    window.on_current_lot(
        LiftDialog,
        lambda lot, s: translate(
            "SuspensionDialogs", "Lifted {kind} {reference} on lot {lot}: {quantity} can be scheduled"
        ).format(kind=_kind(s), reference=s.reference, lot=lot.lot_number, quantity=figure(s.quantity)),
    )


def _kind(suspension: SuspensionInfo) -> str:
    """A suspension's kind (legal hold, investigation, safety) in the window's language."""
    return word(SuspensionKind(suspension.kind))
