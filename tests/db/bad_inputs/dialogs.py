"""Bad inputs in the dialogs: the form filled in, the action clicked; the dialog stays open with the
message."""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import date
from types import SimpleNamespace

from . import Case

D = date


def dialog(make: Callable, fill: Callable) -> Callable[[SimpleNamespace], str]:
    def run(w: SimpleNamespace) -> str:
        from PySide6.QtWidgets import QApplication, QDialog

        form = make(w)
        until = time.monotonic() + 30
        while getattr(form, "loading", False):  # what the form reads in the background (open tasks)
            assert time.monotonic() < until, "the form never finished reading"
            QApplication.processEvents()
        fill(form)
        form.action_button.click()
        assert form.result() != QDialog.DialogCode.Accepted and form.error_label.isVisibleTo(form)
        return form.error

    return run


def set_value(widget, value) -> None:
    """A date edit's or a choice combo's `value`, set inside a lambda."""
    widget.value = value


def dialogs():
    from stockpile_tracker.qt.catalogue_dialogs import MineTypeDialog, SiteDialog
    from stockpile_tracker.qt.destruction_dialogs import (
        CloseTaskDialog,
        RecordDestructionDialog,
        ScheduleDialog,
        VerifyCertificateDialog,
    )
    from stockpile_tracker.qt.korea_dialog import KoreaRequirementDialog
    from stockpile_tracker.qt.loss_dialog import ResolveLossDialog
    from stockpile_tracker.qt.lot_dialogs import (
        ReceiveDialog,
        RetentionDialog,
        ReverseDialog,
        SplitDialog,
        StockCheckDialog,
    )
    from stockpile_tracker.qt.suspension_dialogs import LiftDialog, SuspendDialog

    def lot(w, number="L-001"):
        return w.sp.queries.find_lot(number)

    def receive_form(w):
        form = ReceiveDialog(w.sp)
        form.lot_number_edit.setText("L-NEW")
        form.quantity_spin.setValue(10)
        return form

    def event_form(w):
        form = RecordDestructionDialog(w.sp, [lot(w)])
        form.officer_edit.setText("Capt. Reyes")
        form.witness_edit.setText("Mr. Okafor")
        form.certificate_edit.setText("C-2")
        return form

    def resolve_form(w):
        """The loss of task T-3 (40 of L-G shipped, none reported destroyed), written off in full."""
        form = ResolveLossDialog(w.sp)
        set_value(form.kind_combo, "written_off")
        form.quantity_spin.setValue(40)
        form.reference_edit.setText("AUTH-1")
        form.reason_edit.setPlainText("lost in transit; board of inquiry")
        return form

    return [
        Case(
            "Receive dialog",
            "quantity 0",
            "quantity: must be more than zero, not 0",
            dialog(receive_form, lambda f: f.quantity_spin.setValue(0)),
        ),
        Case(
            "Receive dialog",
            "lot number left blank",
            "lot number: is required",
            dialog(receive_form, lambda f: f.lot_number_edit.setText("   ")),
        ),
        Case(
            "Receive dialog",
            "a lot number the type already has",
            "lot number: lot L-001 of type M67 already exists",
            dialog(receive_form, lambda f: (f.lot_number_edit.setText("L-001"), set_value(f.type_combo, "M67"))),
        ),
        Case(
            "Receive dialog",
            "manufactured after it was received",
            "manufactured on: 2026-06-30 is after the receipt date 2026-06-01",
            dialog(
                receive_form, lambda f: (set_value(f.date_edit, D(2026, 6, 1)), f.manufactured_check.setChecked(True))
            ),
        ),
        Case(
            "Retention dialog",
            "no reason given",
            "reason: is required",
            dialog(
                lambda w: RetentionDialog(w.sp, lot(w)),
                lambda f: (
                    f.quantity_spin.setValue(10),
                    set_value(f.category_combo, "korea"),
                    f.authority_edit.setText("A-2"),
                ),
            ),
        ),
        Case(
            "Retention dialog",
            "a quantity kept for surplus (not retained)",
            "category: say why the mines are kept: Korea defence or Article 3 training (a legal hold is a suspension)",
            dialog(
                lambda w: RetentionDialog(w.sp, lot(w)),
                lambda f: (
                    f.quantity_spin.setValue(10),
                    set_value(f.category_combo, None),
                    f.authority_edit.setText("A-2"),
                    f.reason_edit.setPlainText("kept"),
                ),
            ),
        ),
        Case(
            "Retention dialog",
            "Article 3 without the institution",
            "institution: Article 3 retention names the authorised institution",
            dialog(
                lambda w: RetentionDialog(w.sp, lot(w)),
                lambda f: (
                    f.quantity_spin.setValue(10),
                    set_value(f.category_combo, "article3"),
                    f.authority_edit.setText("A-2"),
                    f.reason_edit.setPlainText("training"),
                ),
            ),
        ),
        Case(
            "Retention dialog",
            "more than the unscheduled stock",
            "lot L-001 (M67): cannot retain 600; 850 on hand of which 300 are scheduled for destruction "
            "(allocation: what is scheduled for destruction cannot exceed the surplus)",
            dialog(
                lambda w: RetentionDialog(w.sp, lot(w)),
                lambda f: (
                    f.quantity_spin.setValue(600),
                    set_value(f.category_combo, "korea"),
                    f.authority_edit.setText("A-2"),
                    f.reason_edit.setPlainText("reserve"),
                ),
            ),
        ),
        Case(
            "Split dialog",
            "the new lot number already exists",
            "new lot number: lot L-001 of type M67 already exists",
            dialog(
                lambda w: SplitDialog(w.sp, lot(w)),
                lambda f: (
                    f.new_lot_edit.setText("L-001"),
                    f.quantity_spin.setValue(5),
                    f.authority_edit.setText("A-3"),
                    f.reason_edit.setPlainText("repack"),
                ),
            ),
        ),
        Case(
            "Split dialog",
            "more than the unscheduled surplus",
            "lot L-001 (M67): cannot split off 900; 850 on hand, 0 retained, 300 scheduled, so only 550 are "
            "unscheduled surplus (allocation: what is scheduled for destruction cannot exceed the surplus)",
            dialog(
                lambda w: SplitDialog(w.sp, lot(w)),
                lambda f: (
                    f.quantity_spin.setValue(900),
                    f.authority_edit.setText("A-3"),
                    f.reason_edit.setPlainText("repack"),
                ),
            ),
        ),
        Case(
            "Suspend dialog",
            "no reference",
            "reference: is required",
            dialog(
                lambda w: SuspendDialog(w.sp, lot(w)),
                lambda f: (f.quantity_spin.setValue(10), f.reason_edit.setPlainText("inquiry")),
            ),
        ),
        Case(
            "Suspend dialog",
            "more than the unscheduled surplus",
            "lot L-001 (M67): cannot suspend 600; 850 on hand, 0 retained, 300 scheduled, so only 550 are "
            "unscheduled surplus (suspension: suspended mines are surplus, but cannot be scheduled, moved or "
            "destroyed)",
            dialog(
                lambda w: SuspendDialog(w.sp, lot(w)),
                lambda f: (
                    f.quantity_spin.setValue(600),
                    f.reference_edit.setText("CID-1"),
                    f.reason_edit.setPlainText("inquiry"),
                ),
            ),
        ),
        Case(
            "Lift suspension dialog",
            "a lot with no suspension in force",
            "suspension: choose the suspension to lift",
            dialog(lambda w: LiftDialog(w.sp, lot(w)), lambda f: f.reason_edit.setPlainText("inquiry closed")),
        ),
        Case(
            "Schedule dialog",
            "every line set to zero",
            "lots: name at least one lot and quantity",
            dialog(lambda w: ScheduleDialog(w.sp, [lot(w)]), lambda f: f.lines_table.spin(0).setValue(0)),
        ),
        Case(
            "Schedule dialog",
            "more than the unscheduled surplus",
            "lot L-001 (M67): cannot schedule 600; 850 on hand, 0 retained, 300 scheduled, so only 550 are "
            "unscheduled surplus (allocation: what is scheduled for destruction cannot exceed the surplus)",
            dialog(lambda w: ScheduleDialog(w.sp, [lot(w)]), lambda f: f.lines_table.spin(0).setValue(600)),
        ),
        Case(
            "Record destruction dialog",
            "retained mines destroyed",
            "lot L-T (M16): cannot destroy 150; 200 on hand, 100 retained, 0 scheduled, so only 100 are "
            "unscheduled surplus (retention lock: retained mines cannot be scheduled, moved or destroyed)",
            dialog(
                lambda w: RecordDestructionDialog(w.sp, [lot(w, "L-T")]),
                lambda f: (
                    f.lines_table.spin(0).setValue(150),
                    f.officer_edit.setText("Capt. Reyes"),
                    f.witness_edit.setText("Mr. Okafor"),
                    f.certificate_edit.setText("C-2"),
                ),
            ),
        ),
        Case(
            "Record destruction dialog",
            "no witness",
            "witness: is required",
            dialog(event_form, lambda f: f.witness_edit.setText("")),
        ),
        Case(
            "Record destruction dialog",
            "a certificate number already used",
            "certificate number: certificate C-1 is already recorded",
            dialog(event_form, lambda f: f.certificate_edit.setText("C-1")),
        ),
        Case(
            "Stock check dialog",
            "a different count without a reason",
            "reason: is required",
            dialog(lambda w: StockCheckDialog(w.sp, lot(w)), lambda f: f.counted_spin.setValue(840)),
        ),
        Case(
            "Reverse dialog",
            "no reason given",
            "reason: is required",
            dialog(lambda w: ReverseDialog(w.sp, lot(w), w.sp.queries.ledger(w.lot)[0]), lambda f: None),
        ),
        Case(
            "Reverse dialog",
            "dated before the entry it corrects",
            "date: a reversal cannot be dated 2019-01-01, before the entry it reverses (2020-01-15)",
            dialog(
                lambda w: ReverseDialog(w.sp, lot(w), w.sp.queries.ledger(w.lot)[0]),
                lambda f: (f.reason_edit.setPlainText("typed twice"), set_value(f.date_edit, D(2019, 1, 1))),
            ),
        ),
        Case(
            "Verify dialog",
            "verified by the person who recorded it",
            "certificate C-1 was recorded by alice; another person must verify it "
            "(four eyes: a second person verifies)",
            dialog(lambda w: VerifyCertificateDialog(w.sp, w.sp.destruction.find_event("C-1")), lambda f: None),
        ),
        Case(
            "Verify dialog",
            "verified on a date in the future",
            "verified on: 2026-07-01 is in the future (today is 2026-06-30)",
            dialog(
                lambda w: VerifyCertificateDialog(w.bob, w.bob.destruction.find_event("C-1")),
                lambda f: set_value(f.date_edit, D(2026, 7, 1)),
            ),
        ),
        Case(
            "Close task dialog",
            "a discrepancy and no explanation",
            "task T-2 cannot close: lot L-001: shipped 50, destroyed at the destruction site 0; explain the "
            "difference to close it (reconciliation: shipped, destroyed and certified agree)",
            dialog(lambda w: CloseTaskDialog(w.sp, w.sp.destruction.task(w.shipped)), lambda f: None),
        ),
        Case(
            "Resolve loss dialog",
            "more than is still unaccounted for",
            "lot L-G, task T-2026-001: 40 mines are still unaccounted for, not 41 (reconciliation: shipped, destroyed "
            "and certified agree)",
            dialog(resolve_form, lambda f: f.quantity_spin.setValue(41)),
        ),
        Case(
            "Resolve loss dialog",
            "quantity left empty (it starts empty: a resolution cannot be undone)",
            "quantity: is required",
            dialog(resolve_form, lambda f: f.quantity_spin.clear()),
        ),
        Case(
            "Resolve loss dialog",
            "found destroyed, and no destruction site in the catalogue (depots are not offered)",
            "site: choose the destruction site where the mines were destroyed (add it to the catalogue first)",
            dialog(
                resolve_form,
                lambda f: (
                    set_value(f.kind_combo, "destroyed"),
                    f.officer_edit.setText("Capt. Reyes"),
                    f.witness_edit.setText("Mr. Okafor"),
                ),
            ),
        ),
        Case(
            "Resolve loss dialog",
            "dated before the loss was recorded",
            "date: 2026-06-29 is before the loss was recorded (2026-06-30)",
            dialog(resolve_form, lambda f: set_value(f.date_edit, D(2026, 6, 29))),
        ),
        Case(
            "Resolve loss dialog",
            "dated in the future",
            "date: 2026-07-01 is in the future (today is 2026-06-30)",
            dialog(resolve_form, lambda f: set_value(f.date_edit, D(2026, 7, 1))),
        ),
        Case(
            "Resolve loss dialog",
            "written off without the authority's reference",
            "reference: is required",
            dialog(resolve_form, lambda f: f.reference_edit.clear()),
        ),
        Case(
            "Mine type dialog",
            "designation left blank",
            "designation: is required",
            dialog(lambda w: MineTypeDialog(w.sp), lambda f: f.name_edit.setText("x")),
        ),
        Case(
            "Mine type dialog",
            "a designation already in the catalogue",
            "designation: mine type M67 is already in the catalogue",
            dialog(
                lambda w: MineTypeDialog(w.sp),
                lambda f: (f.designation_edit.setText("M67"), f.name_edit.setText("again")),
            ),
        ),
        Case(
            "Mine type dialog",
            "a designation already in the catalogue in fullwidth letters (\uff2d\uff16\uff17)",
            "designation: mine type \uff2d\uff16\uff17 is already in the catalogue as M67",
            dialog(
                lambda w: MineTypeDialog(w.sp),
                lambda f: (f.designation_edit.setText("\uff2d\uff16\uff17"), f.name_edit.setText("again")),
            ),
        ),
        Case(
            "Mine type dialog",
            "an item of no mines",
            "ap per item: a type of category AP holds at least one AP mine per item (the category is the "
            "principal one)",
            dialog(
                lambda w: MineTypeDialog(w.sp),
                lambda f: (
                    f.designation_edit.setText("X-0"),
                    f.name_edit.setText("empty"),
                    f.ap_spin.setValue(0),
                    f.av_spin.setValue(0),
                ),
            ),
        ),
        Case(
            "Mine type dialog",
            "an AP type whose item holds only AV mines",
            "ap per item: a type of category AP holds at least one AP mine per item (the category is the "
            "principal one)",
            dialog(
                lambda w: MineTypeDialog(w.sp),
                lambda f: (
                    f.designation_edit.setText("X-AV"),
                    f.name_edit.setText("AV only"),
                    f.ap_spin.setValue(0),
                    f.av_spin.setValue(5),
                ),
            ),
        ),
        Case(
            "Mine type dialog",
            "a mass of zero grams",
            "mass (g): must be a whole number of grams above zero, or none, not 0",
            dialog(
                lambda w: MineTypeDialog(w.sp),
                lambda f: (
                    f.designation_edit.setText("M14"),
                    f.name_edit.setText("M14"),
                    f.characteristic_fields["mass_g"].setValue(0),
                ),
            ),
        ),
        Case(
            "Mine type dialog",
            "an explosive heavier than the whole mine",
            "explosive mass (g): 120 g is more than the type's mass, 99 g, which includes it",
            dialog(
                lambda w: MineTypeDialog(w.sp),
                lambda f: (
                    f.designation_edit.setText("M14"),
                    f.name_edit.setText("M14"),
                    f.characteristic_fields["mass_g"].setValue(99),
                    f.characteristic_fields["explosive_mass_g"].setValue(120),
                ),
            ),
        ),
        Case(
            "Site dialog",
            "country code with a digit",
            "country: 'U1' is not a two-letter country code (ISO 3166)",
            dialog(
                lambda w: SiteDialog(w.sp),
                lambda f: (f.code_edit.setText("NEW"), f.name_edit.setText("New"), f.country_edit.setText("U1")),
            ),
        ),
        Case(
            "Site dialog",
            "a site code already in the catalogue",
            "code: site ANAD is already in the catalogue",
            dialog(
                lambda w: SiteDialog(w.sp),
                lambda f: (f.code_edit.setText("ANAD"), f.name_edit.setText("x"), f.country_edit.setText("US")),
            ),
        ),
        Case(
            "Site dialog",
            "a site code already in the catalogue in other letters (anad)",
            "code: site anad is already in the catalogue as ANAD",
            dialog(
                lambda w: SiteDialog(w.sp),
                lambda f: (f.code_edit.setText("anad"), f.name_edit.setText("x"), f.country_edit.setText("US")),
            ),
        ),
        Case(
            "Korea requirement dialog",
            "authority reference left blank",
            "authority: is required",
            dialog(
                lambda w: KoreaRequirementDialog(w.sp, w.sp.catalogue.active_profile()),
                lambda f: f.quantity_spin.setValue(100),
            ),
        ),
    ]
