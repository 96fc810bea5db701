"""The dialogs that act on lots: receive (or find) a lot, change its retention, split it, count it,
move mines to another site, reverse a ledger entry."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QCheckBox, QLineEdit, QWidget

from ..domain.enums import CONDITION_CODES, RetentionCategory, SiteKind
from ..services import Stockpile
from ..services.dto.lots import LedgerEntry, LotRow, MovementResult
from .form_dialog import FormDialog, as_now, reason_box, typed_text
from .widgets import ChoiceCombo, DateEdit, QuantitySpin

KEPT_FOR_CHOICES = [("surplus (not retained)", None)] + [(c.label, c.value) for c in RetentionCategory]


class ReceiveDialog(FormDialog):
    """A new lot: received, or found (a previously unknown stockpile)."""

    def __init__(self, sp: Stockpile, parent: QWidget | None = None) -> None:
        super().__init__(sp, "Receive a lot", "Receive", parent)
        self.lot_number_edit = self.add_field("Lot number", QLineEdit(), "lot number")
        self.type_combo = self.add_field(
            "Type", ChoiceCombo([(f"{t.designation} - {t.name}", t.designation) for t in sp.catalogue.types()]), "type"
        )
        self.site_combo = self.add_field(
            "Site", ChoiceCombo([(f"{s.code} - {s.name} ({s.country})", s.code) for s in sp.catalogue.sites()]), "site"
        )
        self.quantity_spin = self.add_field("Quantity (items)", QuantitySpin(), "quantity")
        self.quantity_spin.setToolTip(
            "items, as the ledger counts them: a mine, or a projectile or dispenser holding several "
            "(the type's contents)"
        )
        self.date_edit = self.add_field("Received on", DateEdit(self.today), "date")
        self.document_edit = self.add_field("Document ref.", QLineEdit(), "document reference")
        self.manufactured_check = QCheckBox("known")
        self.manufactured_edit = DateEdit(self.today)
        self.manufactured_edit.setEnabled(False)
        self.manufactured_check.toggled.connect(self.manufactured_edit.setEnabled)
        self.add_field("Manufactured", self.manufactured_check)
        self.add_field("Manufactured on", self.manufactured_edit, "manufactured on")
        self.condition_combo = self.add_field(
            "Condition",
            ChoiceCombo([(f"{code} - {text}", code) for code, text in CONDITION_CODES.items()]),
            "condition",
        )
        self.discovery_check = self.add_field("Discovery", QCheckBox("found, not received (previously unknown)"))
        self.notes_edit = self.add_field("Notes", reason_box(), "notes")

    @property
    def values(self) -> dict[str, Any]:
        return {
            "lot_number": self.lot_number_edit.text(),
            "type": self.type_combo.value,
            "site": self.site_combo.value,
            "quantity": self.quantity_spin.value(),
            "document_ref": self.document_edit.text(),
            "manufactured_on": self.manufactured_edit.value if self.manufactured_check.isChecked() else None,
            "condition": self.condition_combo.value,
            "notes": typed_text(self.notes_edit),
        }

    def submit(self) -> MovementResult:
        values = self.values
        if self.discovery_check.isChecked():
            return self.sp.lots.record_discovery(found_on=self.date_edit.value, **values)
        return self.sp.lots.receive_lot(received_on=self.date_edit.value, **values)


class RetentionDialog(FormDialog):
    def __init__(self, sp: Stockpile, lot: LotRow, parent: QWidget | None = None) -> None:
        super().__init__(sp, f"Change retention - lot {lot.lot_number}", "Record decision", parent)
        self.lot = lot = as_now(sp, [lot])[0]
        self.add_note(
            f"Lot {lot.lot_number} ({lot.type_designation}) at {lot.site_code}, in {lot.unit}: "
            f"{lot.on_hand:,} on hand, {lot.retained:,} retained ({lot.kept_for}), "
            f"{lot.scheduled:,} scheduled for destruction."
        )
        self.quantity_spin = self.add_field(f"Retain ({lot.unit})", QuantitySpin(lot.retained), "quantity")
        self.category_combo = self.add_field("Kept for", ChoiceCombo(KEPT_FOR_CHOICES), "category")
        self.category_combo.value = lot.retention_category
        self.institution_edit = self.add_field("Institution (Art. 3)", QLineEdit(), "institution")
        self.authority_edit = self.add_field("Authority ref.", QLineEdit(), "authority reference")
        self.reason_edit = self.add_field("Reason", reason_box(), "reason")
        self.valid_from_edit = self.add_field("Valid from", DateEdit(self.today), "valid from")

    def submit(self) -> MovementResult:
        return self.sp.lots.change_retention(
            self.lot.id,
            quantity=self.quantity_spin.value(),
            category=self.category_combo.value,
            authority_ref=self.authority_edit.text(),
            reason=typed_text(self.reason_edit),
            valid_from=self.valid_from_edit.value,
            institution=self.institution_edit.text(),
            seen=[self.lot],
        )


class SplitDialog(FormDialog):
    def __init__(self, sp: Stockpile, lot: LotRow, parent: QWidget | None = None) -> None:
        super().__init__(sp, f"Split lot {lot.lot_number}", "Split", parent)
        self.lot = lot = as_now(sp, [lot])[0]
        self.add_note(
            f"Move part of lot {lot.lot_number} into a new lot, in {lot.unit}: {lot.retained:,} retained "
            f"({lot.kept_for}), {lot.unscheduled:,} unscheduled surplus."
        )
        self.new_lot_edit = self.add_field("New lot number", QLineEdit(f"{lot.lot_number}-A"), "new lot number")
        self.quantity_spin = self.add_field(f"Quantity ({lot.unit})", QuantitySpin(), "quantity")
        self.category_combo = self.add_field("New lot kept for", ChoiceCombo(KEPT_FOR_CHOICES), "category")
        self.institution_edit = self.add_field("Institution (Art. 3)", QLineEdit(), "institution")
        self.authority_edit = self.add_field("Authority ref.", QLineEdit(), "authority reference")
        self.reason_edit = self.add_field("Reason", reason_box(), "reason")
        self.date_edit = self.add_field("Date", DateEdit(self.today), "date", "valid from")

    def submit(self) -> MovementResult:
        return self.sp.lots.split_lot(
            self.lot.id,
            new_lot_number=self.new_lot_edit.text(),
            quantity=self.quantity_spin.value(),
            on=self.date_edit.value,
            category=self.category_combo.value,
            authority_ref=self.authority_edit.text(),
            reason=typed_text(self.reason_edit),
            institution=self.institution_edit.text(),
            seen=[self.lot],
        )


class StockCheckDialog(FormDialog):
    def __init__(self, sp: Stockpile, lot: LotRow, parent: QWidget | None = None) -> None:
        super().__init__(sp, f"Stock check - lot {lot.lot_number}", "Record count", parent)
        self.lot = lot = as_now(sp, [lot])[0]
        sites = [site for site, _held in sp.queries.holdings(lot.id)] or [lot.site_code]
        self.add_note(
            f"Lot {lot.lot_number} ({lot.type_designation}), held at {', '.join(sites)}. Choose the site "
            "counted and type the number counted there, from the count sheet; the ledger's figure is not "
            "shown, so the count is blind. A difference from the ledger there on that date is recorded as a "
            "gain or loss and needs a reason."
        )
        self.site_combo = self.add_field("At site", ChoiceCombo([(site, site) for site in sites]), "site")
        self.counted_spin = self.add_field(f"Counted ({lot.unit})", QuantitySpin(blank=True), "counted", "quantity")
        self.date_edit = self.add_field("Counted on", DateEdit(self.today), "date")
        self.document_edit = self.add_field("Document ref.", QLineEdit(), "document reference")
        self.reason_edit = self.add_field("Reason", reason_box(), "reason")

    def submit(self) -> MovementResult:
        return self.sp.lots.stock_check(
            self.lot.id,
            self.counted_spin.quantity,
            self.date_edit.value,
            self.document_edit.text(),
            typed_text(self.reason_edit),
            site=self.site_combo.value,
            seen=[self.lot],
        )


class MoveDialog(FormDialog):
    """Mines of a lot to another of the state's own sites, on one document (a holding, DOMAIN.md
    section 2): what leaves the lot's home is unscheduled surplus; a destruction site is shipped to."""

    def __init__(self, sp: Stockpile, lot: LotRow, parent: QWidget | None = None) -> None:
        super().__init__(sp, f"Move mines - lot {lot.lot_number}", "Move", parent)
        self.lot = lot = as_now(sp, [lot])[0]
        held = sp.queries.holdings(lot.id)
        self.add_note(
            f"Lot {lot.lot_number} ({lot.type_designation}), in {lot.unit}, at home at {lot.site_code}: held at "
            + ", ".join(f"{site} {quantity:,}" for site, quantity in held)
            + f". Of those at {lot.site_code}, {max(lot.unscheduled - lot.away, 0):,} are unscheduled surplus and "
            "may leave; retained, suspended and scheduled mines stay there."
        )
        # Own sites other than the lot's home first: a move goes away from home more often than to it.
        own = sorted(
            (site for site in sp.catalogue.sites() if site.kind != SiteKind.DESTRUCTION.value),
            key=lambda site: site.code == lot.site_code,
        )
        self.from_combo = self.add_field("From", ChoiceCombo([(site, site) for site, _q in held]), "from site", "site")
        self.to_combo = self.add_field(
            "To", ChoiceCombo([(f"{s.code} - {s.name} ({s.country})", s.code) for s in own]), "to site"
        )
        self.quantity_spin = self.add_field(f"Quantity ({lot.unit})", QuantitySpin(), "quantity")
        self.date_edit = self.add_field("Moved on", DateEdit(self.today), "date")
        self.document_edit = self.add_field("Document ref.", QLineEdit(), "document reference")
        self.reason_edit = self.add_field("Reason", reason_box(), "reason")

    def submit(self) -> MovementResult:
        return self.sp.lots.move(
            self.lot.id,
            from_site=self.from_combo.value,
            to_site=self.to_combo.value,
            quantity=self.quantity_spin.value(),
            on=self.date_edit.value,
            document_ref=self.document_edit.text(),
            reason=typed_text(self.reason_edit),
            seen=[self.lot],
        )


class ReverseDialog(FormDialog):
    def __init__(self, sp: Stockpile, lot: LotRow, entry: LedgerEntry, parent: QWidget | None = None) -> None:
        super().__init__(sp, f"Reverse an entry - lot {lot.lot_number}", "Reverse entry", parent)
        self.entry = entry
        self.add_note(
            f"Entry {entry.id}: {entry.occurred_on} {entry.kind.replace('_', ' ')} {entry.quantity:+,} "
            f"(ref. {entry.document_ref or '-'}, by {entry.recorded_by}). The entry stays in the "
            "ledger; an opposite entry corrects it."
        )
        self.reason_edit = self.add_field("Reason", reason_box(), "reason")
        self.date_edit = self.add_field("Date", DateEdit(self.today), "date")

    def submit(self) -> MovementResult:
        return self.sp.lots.reverse(self.entry.id, typed_text(self.reason_edit), self.date_edit.value)
