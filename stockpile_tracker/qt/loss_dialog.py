"""Resolve an unaccounted loss (DOMAIN.md rule 6): what the investigation found for part or all of
it: found and returned (back on hand), destroyed with a certificate (an event verified by a second
person, like any other) or written off by an authority."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QWidget

from ..domain.enums import Resolution, SiteKind
from ..i18n import translate
from ..services import Stockpile
from ..services.dto.destruction import LossInfo
from .destruction_dialogs import method_choices
from .figures import figure, word
from .form_dialog import FormDialog, reason_box, typed_text
from .widgets import ChoiceCombo, DateEdit, QuantitySpin


def loss_words(loss: LossInfo) -> str:
    return translate(
        "ResolveLossDialog", "task {task}, lot {lot} ({type}): {unaccounted} unaccounted for: {when}"
    ).format(
        task=loss.task_reference,
        lot=loss.lot_number,
        type=loss.type_designation,
        unaccounted=figure(loss.unaccounted),
        when=_when(loss),
    )


def _when(loss: LossInfo) -> str:
    """When the mines left and when the task was closed short (LossInfo.when, in the window's language)."""
    closed = loss.occurred_on.isoformat()
    if not loss.shipped:
        return translate("ResolveLossDialog", "task closed short {closed}").format(closed=closed)
    days = sorted({day.isoformat() for day in loss.shipped})
    shipped = days[0] if len(days) == 1 else translate("ResolveLossDialog", "{first} to {last}")
    return translate("ResolveLossDialog", "shipped {shipped}, task closed short {closed}").format(
        shipped=shipped.format(first=days[0], last=days[-1]), closed=closed
    )


class ResolveLossDialog(FormDialog):
    """The evidence fields (site, method, officer, witness) only for a destruction; the reference is
    then its certificate number. A resolution cannot be undone, so the quantity starts empty: it is
    typed from the investigation's paper, and Enter alone resolves nothing. The mines left with a
    shipment, so only destruction sites are offered, the task's own first."""

    def __init__(self, sp: Stockpile, parent: QWidget | None = None) -> None:
        super().__init__(
            sp,
            translate("ResolveLossDialog", "Resolve unaccounted loss"),
            translate("ResolveLossDialog", "Resolve"),
            parent,
        )
        self.losses = {loss.id: loss for loss in sp.destruction.losses(open_only=True)}
        self.loss_combo = self.add_field(
            translate("ResolveLossDialog", "Loss"),
            ChoiceCombo([(loss_words(loss), loss.id) for loss in self.losses.values()]),
            "loss",
        )
        self.kind_combo = self.add_field(
            translate("ResolveLossDialog", "Resolution"),
            ChoiceCombo([(word(r), r.value) for r in Resolution]),
            "resolution",
        )
        self.quantity_spin = self.add_field(
            translate("ResolveLossDialog", "Quantity"), QuantitySpin(blank=True), "quantity"
        )
        self.date_edit = self.add_field(translate("ResolveLossDialog", "Date"), DateEdit(self.today), "date")
        self.reference_edit = self.add_field(
            translate("ResolveLossDialog", "Reference"), QLineEdit(), "reference", "certificate number"
        )
        destruction_sites = [s for s in sp.catalogue.sites() if s.kind == SiteKind.DESTRUCTION]
        self.site_combo = self.add_field(
            translate("ResolveLossDialog", "Site"),
            ChoiceCombo([(f"{s.code} - {s.name}", s.code) for s in destruction_sites]),
            "site",
        )
        self.method_combo = self.add_field(
            translate("ResolveLossDialog", "Method"), ChoiceCombo(method_choices()), "method"
        )
        self.officer_edit = self.add_field(
            translate("ResolveLossDialog", "Officer in charge"), QLineEdit(), "officer in charge"
        )
        self.witness_edit = self.add_field(translate("ResolveLossDialog", "Witness"), QLineEdit(), "witness")
        self.reason_edit = self.add_field(translate("ResolveLossDialog", "Reason"), reason_box(), "reason")
        if not self.losses:
            self.add_note(
                translate(
                    "ResolveLossDialog", "No unaccounted loss is open: every task closed short has been resolved."
                )
            )
            self.action_button.setEnabled(False)
        self.loss_combo.currentIndexChanged.connect(self._offer_site)
        self.kind_combo.currentIndexChanged.connect(self._show_kind)
        self._offer_site()
        self._show_kind()

    def _offer_site(self) -> None:
        """The site the loss's task shipped its mines to, when it is a destruction site."""
        loss = self.losses.get(self.loss_combo.value)
        if loss is not None:
            self.site_combo.value = self.sp.destruction.task(loss.task_id).site_code

    def _show_kind(self) -> None:
        kind = Resolution(self.kind_combo.value)
        destroyed = kind is Resolution.DESTROYED
        for widget in (self.site_combo, self.method_combo, self.officer_edit, self.witness_edit):
            widget.setEnabled(destroyed)
        self.reference_edit.setPlaceholderText(
            {
                Resolution.FOUND_RETURNED: translate("ResolveLossDialog", "the return document, e.g. the manifest"),
                Resolution.DESTROYED: translate("ResolveLossDialog", "the certificate number"),
                Resolution.WRITTEN_OFF: translate("ResolveLossDialog", "the authority's reference"),
            }[kind]
        )

    def submit(self) -> LossInfo:
        kind, loss_id, reference = Resolution(self.kind_combo.value), self.loss_combo.value, self.reference_edit.text()
        quantity, on, reason = self.quantity_spin.quantity, self.date_edit.value, typed_text(self.reason_edit)
        destruction = self.sp.destruction
        if kind is Resolution.FOUND_RETURNED:
            return destruction.return_loss(loss_id, quantity=quantity, on=on, reference=reference, reason=reason)
        if kind is Resolution.WRITTEN_OFF:
            return destruction.write_off_loss(loss_id, quantity=quantity, on=on, reference=reference, reason=reason)
        return destruction.destroy_loss(
            loss_id,
            quantity=quantity,
            on=on,
            site=self.site_combo.value,
            method=self.method_combo.value,
            officer=self.officer_edit.text(),
            witness=self.witness_edit.text(),
            certificate_number=reference,
            reason=reason,
        )

    def describe(self, loss: LossInfo) -> str:
        """For the status bar, after it is resolved."""
        return translate(
            "ResolveLossDialog", "Loss of task {task}, lot {lot}: {unaccounted} still unaccounted for"
        ).format(task=loss.task_reference, lot=loss.lot_number, unaccounted=figure(loss.unaccounted))
