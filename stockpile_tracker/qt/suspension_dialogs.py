"""Suspend part of a lot (a legal hold, an investigation, a safety hold) and lift a suspension:
the mines stay surplus to destroy, held back from scheduling, moves and destruction meanwhile."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLineEdit, QWidget

from ..domain.enums import SuspensionKind
from ..services import Stockpile
from ..services.dto.lots import LotRow, SuspensionInfo
from .form_dialog import FormDialog, as_now, reason_box, typed_text
from .widgets import ChoiceCombo, DateEdit, QuantitySpin

if TYPE_CHECKING:
    from .main_window import MainWindow


def _lot_note(lot: LotRow) -> str:
    return (
        f"Lot {lot.lot_number} ({lot.type_designation}), in {lot.unit}: {lot.on_hand:,} on hand, "
        f"{lot.retained:,} retained, {lot.scheduled:,} scheduled, {lot.suspended:,} suspended, "
        f"{lot.unscheduled:,} unscheduled surplus."
    )


class SuspendDialog(FormDialog):
    def __init__(self, sp: Stockpile, lot: LotRow, parent: QWidget | None = None) -> None:
        super().__init__(sp, f"Suspend - lot {lot.lot_number}", "Suspend", parent)
        self.lot = lot = as_now(sp, [lot])[0]
        self.add_note(_lot_note(lot) + " Suspended mines stay surplus, held back until lifted.")
        # at home (its unscheduled surplus), or its mines shipped to a destruction site and awaiting it there
        places: list[tuple[str, object]] = [(f"{lot.site_code}, its home", None)]
        places += [
            (f"{site}, for destruction ({awaiting:,} await destruction there)", site)
            for site, awaiting in sp.queries.shipped_to(lot.id)
        ]
        self.site_combo = self.add_field("Mines at", ChoiceCombo(places), "site")
        self.kind_combo = self.add_field("Kind", ChoiceCombo([(k.label, k.value) for k in SuspensionKind]), "kind")
        self.quantity_spin = self.add_field(f"Suspend ({lot.unit})", QuantitySpin(), "quantity")
        self.reference_edit = self.add_field("Reference", QLineEdit(), "reference")
        self.reason_edit = self.add_field("Reason", reason_box(), "reason")
        self.from_edit = self.add_field("From", DateEdit(self.today), "from")

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
        super().__init__(sp, f"Lift a suspension - lot {lot.lot_number}", "Lift", parent)
        self.lot = lot = as_now(sp, [lot])[0]
        in_force = [s for s in sp.suspensions.of_lot(lot.id) if s.in_force]
        self.add_note(_lot_note(lot) if in_force else f"Lot {lot.lot_number} has no suspension in force.")
        choices = [(f"{s.kind_label} {s.reference}: {s.quantity:,} since {s.suspended_from}", s.id) for s in in_force]
        self.suspension_combo = self.add_field("Suspension", ChoiceCombo(choices), "suspension")
        self.reason_edit = self.add_field("Why lifted", reason_box(), "reason")
        self.lifted_edit = self.add_field("Lifted on", DateEdit(self.today), "lifted on")

    def submit(self) -> SuspensionInfo:
        return self.sp.suspensions.lift(
            self.suspension_combo.value, reason=typed_text(self.reason_edit), lifted_on=self.lifted_edit.value
        )


def suspend(window: MainWindow) -> None:
    window.on_current_lot(
        SuspendDialog,
        lambda lot, s: f"Suspended {s.quantity:,} of lot {lot.lot_number}: {s.kind_label} {s.reference}",
    )


def lift_suspension(window: MainWindow) -> None:
    window.on_current_lot(
        LiftDialog,
        lambda lot, s: f"Lifted {s.kind_label} {s.reference} on lot {lot.lot_number}: {s.quantity:,} can be scheduled",
    )
