"""The dialogs that act on lots: receive (or find) a lot, change its retention, split it, count it,
move mines to another site, reverse a ledger entry."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QCheckBox, QLineEdit, QWidget

from ..domain.enums import CONDITION_CODES, MovementKind, RetentionCategory, SiteKind
from ..i18n import Translator, language_in_use, translate
from ..reports.labels import condition_words, kept_for
from ..services import Stockpile
from ..services.dto.lots import LedgerEntry, LotRow, MovementResult
from .figures import figure, word
from .form_dialog import FormDialog, as_now, reason_box, typed_text, unit_words
from .widgets import ChoiceCombo, DateEdit, QuantitySpin


def kept_for_choices() -> list[tuple[str, str | None]]:
    return [(translate("LotDialogs", "surplus (not retained)"), None)] + [(word(c), c.value) for c in RetentionCategory]


class ReceiveDialog(FormDialog):
    """A new lot: received, or found (a previously unknown stockpile)."""

    def __init__(self, sp: Stockpile, parent: QWidget | None = None) -> None:
        super().__init__(sp, translate("LotDialogs", "Receive a lot"), translate("LotDialogs", "Receive"), parent)
        self.lot_number_edit = self.add_field(translate("LotDialogs", "Lot number"), QLineEdit(), "lot number")
        self.type_combo = self.add_field(
            translate("LotDialogs", "Type"),
            ChoiceCombo([(f"{t.designation} - {t.name}", t.designation) for t in sp.catalogue.types()]),
            "type",
        )
        self.site_combo = self.add_field(
            translate("LotDialogs", "Site"),
            ChoiceCombo([(f"{s.code} - {s.name} ({s.country})", s.code) for s in sp.catalogue.sites()]),
            "site",
        )
        self.quantity_spin = self.add_field(translate("LotDialogs", "Quantity (items)"), QuantitySpin(), "quantity")
        self.quantity_spin.setToolTip(
            translate(
                "LotDialogs",
                "items, as the ledger counts them: a mine, or a projectile or dispenser holding several "
                "(the type's contents)",
            )
        )
        self.date_edit = self.add_field(translate("LotDialogs", "Received on"), DateEdit(self.today), "date")
        self.document_edit = self.add_field(translate("LotDialogs", "Document ref."), QLineEdit(), "document reference")
        self.manufactured_check = QCheckBox(translate("LotDialogs", "known"))
        self.manufactured_edit = DateEdit(self.today)
        self.manufactured_edit.setEnabled(False)
        self.manufactured_check.toggled.connect(self.manufactured_edit.setEnabled)
        self.add_field(translate("LotDialogs", "Manufactured"), self.manufactured_check)
        self.add_field(translate("LotDialogs", "Manufactured on"), self.manufactured_edit, "manufactured on")
        self.condition_combo = self.add_field(
            translate("LotDialogs", "Condition"),
            ChoiceCombo(
                [
                    (
                        translate("RecordsReport", "{code} - {condition}").format(
                            code=code, condition=condition_words(code, language_in_use())
                        ),
                        code,
                    )
                    for code in CONDITION_CODES
                ]
            ),
            "condition",
        )
        self.discovery_check = self.add_field(
            translate("LotDialogs", "Discovery"),
            QCheckBox(translate("LotDialogs", "found, not received (previously unknown)")),
        )
        self.notes_edit = self.add_field(translate("LotDialogs", "Notes"), reason_box(), "notes")

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
        title = translate("LotDialogs", "Change retention - lot {lot}").format(lot=lot.lot_number)
        super().__init__(sp, title, translate("LotDialogs", "Record decision"), parent)
        self.lot = lot = as_now(sp, [lot])[0]
        self.add_note(
            translate(
                "LotDialogs",
                "Lot {lot} ({type}) at {site}, in {unit}: {on_hand} on hand, {retained} retained ({kept_for}), "
                "{scheduled} scheduled for destruction.",
            ).format(
                lot=lot.lot_number,
                type=lot.type_designation,
                site=lot.site_code,
                unit=unit_words(lot),
                on_hand=figure(lot.on_hand),
                retained=figure(lot.retained),
                kept_for=kept_for(lot, True, Translator(language_in_use())),
                scheduled=figure(lot.scheduled),
            )
        )
        self.quantity_spin = self.add_field(
            translate("LotDialogs", "Retain ({unit})").format(unit=unit_words(lot)),
            QuantitySpin(lot.retained),
            "quantity",
        )
        self.category_combo = self.add_field(
            translate("LotDialogs", "Kept for"), ChoiceCombo(kept_for_choices()), "category"
        )
        self.category_combo.value = lot.retention_category
        self.institution_edit = self.add_field(
            translate("LotDialogs", "Institution (Art. 3)"), QLineEdit(), "institution"
        )
        self.authority_edit = self.add_field(
            translate("LotDialogs", "Authority ref."), QLineEdit(), "authority reference"
        )
        self.reason_edit = self.add_field(translate("LotDialogs", "Reason"), reason_box(), "reason")
        self.valid_from_edit = self.add_field(translate("LotDialogs", "Valid from"), DateEdit(self.today), "valid from")

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
        title = translate("LotDialogs", "Split lot {lot}").format(lot=lot.lot_number)
        super().__init__(sp, title, translate("LotDialogs", "Split"), parent)
        self.lot = lot = as_now(sp, [lot])[0]
        self.add_note(
            translate(
                "LotDialogs",
                "Move part of lot {lot} into a new lot, in {unit}: {retained} retained ({kept_for}), "
                "{unscheduled} unscheduled surplus.",
            ).format(
                lot=lot.lot_number,
                unit=unit_words(lot),
                retained=figure(lot.retained),
                kept_for=kept_for(lot, True, Translator(language_in_use())),
                unscheduled=figure(lot.unscheduled),
            )
        )
        self.new_lot_edit = self.add_field(
            translate("LotDialogs", "New lot number"), QLineEdit(f"{lot.lot_number}-A"), "new lot number"
        )
        self.quantity_spin = self.add_field(
            translate("LotDialogs", "Quantity ({unit})").format(unit=unit_words(lot)), QuantitySpin(), "quantity"
        )
        self.category_combo = self.add_field(
            translate("LotDialogs", "New lot kept for"), ChoiceCombo(kept_for_choices()), "category"
        )
        self.institution_edit = self.add_field(
            translate("LotDialogs", "Institution (Art. 3)"), QLineEdit(), "institution"
        )
        self.authority_edit = self.add_field(
            translate("LotDialogs", "Authority ref."), QLineEdit(), "authority reference"
        )
        self.reason_edit = self.add_field(translate("LotDialogs", "Reason"), reason_box(), "reason")
        self.date_edit = self.add_field(translate("LotDialogs", "Date"), DateEdit(self.today), "date", "valid from")

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
        title = translate("LotDialogs", "Stock check - lot {lot}").format(lot=lot.lot_number)
        super().__init__(sp, title, translate("LotDialogs", "Record count"), parent)
        self.lot = lot = as_now(sp, [lot])[0]
        sites = [site for site, _held in sp.queries.holdings(lot.id)] or [lot.site_code]
        self.add_note(
            translate(
                "LotDialogs",
                "Lot {lot} ({type}), held at {sites}. Choose the site counted and type the number counted there, "
                "from the count sheet; the ledger's figure is not shown, so the count is blind. A difference from "
                "the ledger there on that date is recorded as a gain or loss and needs a reason.",
            ).format(lot=lot.lot_number, type=lot.type_designation, sites=", ".join(sites))
        )
        self.site_combo = self.add_field(
            translate("LotDialogs", "At site"), ChoiceCombo([(site, site) for site in sites]), "site"
        )
        self.counted_spin = self.add_field(
            translate("LotDialogs", "Counted ({unit})").format(unit=unit_words(lot)),
            QuantitySpin(blank=True),
            "counted",
            "quantity",
        )
        self.date_edit = self.add_field(translate("LotDialogs", "Counted on"), DateEdit(self.today), "date")
        self.document_edit = self.add_field(translate("LotDialogs", "Document ref."), QLineEdit(), "document reference")
        self.reason_edit = self.add_field(translate("LotDialogs", "Reason"), reason_box(), "reason")

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
        title = translate("LotDialogs", "Move mines - lot {lot}").format(lot=lot.lot_number)
        super().__init__(sp, title, translate("LotDialogs", "Move"), parent)
        self.lot = lot = as_now(sp, [lot])[0]
        held = sp.queries.holdings(lot.id)
        self.add_note(
            translate(
                "LotDialogs",
                "Lot {lot} ({type}), in {unit}, at home at {home}: held at {held}. Of those at {home}, {leaving} "
                "are unscheduled surplus and may leave; retained, suspended and scheduled mines stay there.",
            ).format(
                lot=lot.lot_number,
                type=lot.type_designation,
                unit=unit_words(lot),
                home=lot.site_code,
                held=", ".join(f"{site} {figure(quantity)}" for site, quantity in held),
                leaving=figure(max(lot.unscheduled - lot.away, 0)),
            )
        )
        # Own sites other than the lot's home first: a move goes away from home more often than to it.
        own = sorted(
            (site for site in sp.catalogue.sites() if site.kind != SiteKind.DESTRUCTION.value),
            key=lambda site: site.code == lot.site_code,
        )
        self.from_combo = self.add_field(
            translate("LotDialogs", "From"), ChoiceCombo([(site, site) for site, _q in held]), "from site", "site"
        )
        self.to_combo = self.add_field(
            translate("LotDialogs", "To"),
            ChoiceCombo([(f"{s.code} - {s.name} ({s.country})", s.code) for s in own]),
            "to site",
        )
        self.quantity_spin = self.add_field(
            translate("LotDialogs", "Quantity ({unit})").format(unit=unit_words(lot)), QuantitySpin(), "quantity"
        )
        self.date_edit = self.add_field(translate("LotDialogs", "Moved on"), DateEdit(self.today), "date")
        self.document_edit = self.add_field(translate("LotDialogs", "Document ref."), QLineEdit(), "document reference")
        self.reason_edit = self.add_field(translate("LotDialogs", "Reason"), reason_box(), "reason")

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
        title = translate("LotDialogs", "Reverse an entry - lot {lot}").format(lot=lot.lot_number)
        super().__init__(sp, title, translate("LotDialogs", "Reverse entry"), parent)
        self.entry = entry
        self.add_note(
            translate(
                "LotDialogs",
                "Entry {entry}: {date} {kind} {quantity} (ref. {reference}, by {recorder}). The entry stays in the "
                "ledger; an opposite entry corrects it.",
            ).format(
                entry=entry.id,
                date=entry.occurred_on,
                kind=word(MovementKind(entry.kind)),
                quantity=f"{entry.quantity:+,}",
                reference=entry.document_ref or "-",
                recorder=entry.recorded_by,
            )
        )
        self.reason_edit = self.add_field(translate("LotDialogs", "Reason"), reason_box(), "reason")
        self.date_edit = self.add_field(translate("LotDialogs", "Date"), DateEdit(self.today), "date")

    def submit(self) -> MovementResult:
        return self.sp.lots.reverse(self.entry.id, typed_text(self.reason_edit), self.date_edit.value)
