"""The Korea requirement of a type under a policy profile (DOMAIN.md section 4, korea-reserve),
opened from the Policy profile dialog: the mines reserved for Korea beyond it are surplus."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QTableView, QWidget

from ..i18n import profile_name, translate
from ..services import Stockpile
from ..services.dto.catalogue import KoreaRequirementInfo, PolicyProfileInfo
from .form_dialog import FormDialog
from .table_model import Column, RecordTableModel
from .widgets import ChoiceCombo, DateEdit, FitColumns, QuantitySpin, record_table

REQUIREMENT_ROWS = 4  # the list shows this many and scrolls: it grows a row per type governed


def requirements_table() -> tuple[QTableView, RecordTableModel]:
    """The requirements in force, one type to a row, as the Policy profile dialog lists them: a few
    rows high, scrolling, each long cell elided with its whole text as tooltip."""
    model = RecordTableModel(
        [
            Column(translate("KoreaRequirementDialog", "Type"), lambda r: r.designation, elide=True),
            Column(translate("KoreaRequirementDialog", "Requirement (mines)"), lambda r: r.quantity, numeric=True),
            Column(translate("KoreaRequirementDialog", "Authority"), lambda r: r.authority_ref, elide=True),
            Column(translate("KoreaRequirementDialog", "Valid from"), lambda r: r.valid_from),
        ]
    )
    table = record_table(model, translate("KoreaRequirementDialog", "Korea requirements in force"))
    FitColumns(table)
    rows = table.verticalHeader().defaultSectionSize() * REQUIREMENT_ROWS
    table.setFixedHeight(rows + table.horizontalHeader().sizeHint().height() + 2 * table.frameWidth())
    return table, model


class KoreaRequirementDialog(FormDialog):
    def __init__(self, sp: Stockpile, profile: PolicyProfileInfo, parent: QWidget | None = None) -> None:
        super().__init__(
            sp,
            translate("KoreaRequirementDialog", "Korea requirement"),
            translate("KoreaRequirementDialog", "State"),
            parent,
        )
        self.profile = profile
        self.add_note(
            translate(
                "KoreaRequirementDialog",
                "Under {profile}, mines of a type reserved for the defence of the Republic of Korea beyond its "
                "requirement are surplus to destroy. The requirement counts mines, not items: items reserved x the "
                "mines of one item the profile governs. A new requirement replaces the one in force from the day it "
                "is valid.",
            ).format(profile=profile_name(profile.name))
        )
        self.add_note(
            translate("KoreaRequirementDialog", "State keeps it at once, even if the Policy profile is then cancelled.")
        )
        covered = [t for t in sp.catalogue.types() if profile.covers(t.ap_per_item, t.av_per_item, t.activation)]
        self.type_combo = self.add_field(
            translate("KoreaRequirementDialog", "Mine type"),
            ChoiceCombo([(f"{t.designation} - {t.name}", t.designation) for t in covered]),
            "type",
        )
        self.quantity_spin = self.add_field(
            translate("KoreaRequirementDialog", "Requirement (mines)"), QuantitySpin(), "quantity"
        )
        self.authority_edit = self.add_field(
            translate("KoreaRequirementDialog", "Authority reference"), QLineEdit(), "authority"
        )
        self.valid_edit = self.add_field(
            translate("KoreaRequirementDialog", "Valid from"), DateEdit(self.today), "valid from"
        )

    def submit(self) -> KoreaRequirementInfo:
        return self.sp.korea.state_requirement(
            self.profile.code,
            self.type_combo.value or "",
            self.quantity_spin.value(),
            authority_ref=self.authority_edit.text(),
            valid_from=self.valid_edit.value,
        )
