"""The catalogue dialogs: add or correct a mine type or a site."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QLineEdit, QWidget

from ..domain.enums import Activation, Category, Delivery, SiteKind
from ..services import Stockpile
from ..services.dto.catalogue import MineTypeInfo, SiteInfo
from .form_dialog import FormDialog, reason_box, typed_text
from .widgets import ChoiceCombo, QuantitySpin


class MineTypeDialog(FormDialog):
    """A new catalogue entry, or, given `mine_type`, a correction of one with its reason."""

    def __init__(self, sp: Stockpile, parent: QWidget | None = None, mine_type: MineTypeInfo | None = None) -> None:
        editing = mine_type is not None
        super().__init__(
            sp,
            f"Correct mine type {mine_type.designation}" if mine_type is not None else "Add a mine type",
            "Save correction" if editing else "Add type",
            parent,
        )
        self.mine_type = mine_type
        self.designation_edit = self.add_field("Designation", QLineEdit(), "designation")
        self.name_edit = self.add_field("Name", QLineEdit(), "name")
        self.category_combo = self.add_field(
            "Category", ChoiceCombo([("AP - anti-personnel", "AP"), ("AV - anti-vehicle", "AV")]), "category"
        )
        self.activation_combo = self.add_field(
            "Activation", ChoiceCombo([(a.label, a.value) for a in Activation]), "activation"
        )
        self.sd_check = QCheckBox("self-destructs after")
        self.sd_hours_spin = QuantitySpin(4)
        self.sd_hours_spin.setSuffix(" h")
        self.sd_hours_spin.setEnabled(False)
        self.sd_check.toggled.connect(self.sd_hours_spin.setEnabled)
        self.add_field("Self-destruct", self.sd_check)
        self.add_field("Self-destruct time", self.sd_hours_spin, "self-destruct hours")
        self.sda_check = self.add_field("Self-deactivating", QCheckBox("yes"))
        self.delivery_combo = self.add_field(
            "Delivery", ChoiceCombo([(d.label, d.value) for d in Delivery]), "delivery"
        )
        # Contents: the mines one item holds (DOMAIN.md section 2); a plain mine is 1 of its category.
        self.ap_spin = self.add_field("AP mines per item", QuantitySpin(1), "ap per item")
        self.av_spin = self.add_field("AV mines per item", QuantitySpin(0), "av per item")
        for spin in (self.ap_spin, self.av_spin):
            spin.setToolTip(
                "A plain mine: 1 of its category. An ADAM projectile: 36 AP; a Volcano canister: 1 AP + 5 AV"
            )
        if mine_type is None:
            self.category_combo.currentIndexChanged.connect(self._plain_contents)
        # Technical characteristics for Article 7 Form H, each optional: left empty, "not recorded".
        self.dimensions_edit = self.add_field("Dimensions", QLineEdit(), "dimensions")
        self.dimensions_edit.setPlaceholderText("e.g. diameter 60 mm, height 40 mm")
        self.mass_spin = self.add_field("Mass (g)", QuantitySpin(blank=True), "mass (g)")
        self.explosive_edit = self.add_field("Explosive", QLineEdit(), "explosive")
        self.explosive_edit.setPlaceholderText("e.g. TNT, tetryl, composition B")
        self.explosive_mass_spin = self.add_field("Explosive mass (g)", QuantitySpin(blank=True), "explosive mass (g)")
        self.metal_edit = self.add_field("Metal content", QLineEdit(), "metal content")
        self.fuze_edit = self.add_field("Fuze", QLineEdit(), "fuze")
        self.colour_edit = self.add_field("Colour", QLineEdit(), "colour")
        self.photo_edit = self.add_field("Photograph", QLineEdit(), "photo")
        self.photo_edit.setPlaceholderText("the photograph's file name or path")
        self.notes_edit = self.add_field("Notes", reason_box(), "notes")
        if mine_type is not None:
            self.designation_edit.setText(mine_type.designation)
            self.name_edit.setText(mine_type.name)
            self.category_combo.value = mine_type.category
            self.activation_combo.value = mine_type.activation
            self.sd_check.setChecked(mine_type.self_destruct_hours is not None)
            self.sd_hours_spin.setValue(mine_type.self_destruct_hours or 4)
            self.sda_check.setChecked(mine_type.self_deactivating)
            self.delivery_combo.value = mine_type.delivery
            self.ap_spin.setValue(mine_type.ap_per_item)
            self.av_spin.setValue(mine_type.av_per_item)
            for edit, text in (
                (self.dimensions_edit, mine_type.dimensions),
                (self.explosive_edit, mine_type.explosive),
                (self.metal_edit, mine_type.metal_content),
                (self.fuze_edit, mine_type.fuze),
                (self.colour_edit, mine_type.colour),
                (self.photo_edit, mine_type.photo),
            ):
                edit.setText(text or "")
            for spin, grams in (
                (self.mass_spin, mine_type.mass_g),
                (self.explosive_mass_spin, mine_type.explosive_mass_g),
            ):
                if grams is not None:
                    spin.setValue(grams)
            self.notes_edit.setPlainText(mine_type.notes or "")
            self.add_note(
                "Every lot of this type follows the correction; the audit log keeps the entry "
                "as it was, with your reason."
            )
            self.reason_edit = self.add_field("Reason", reason_box(), "reason")

    def _plain_contents(self) -> None:
        """A new type left as a plain mine stays one of its category when the category changes."""
        if (self.ap_spin.value(), self.av_spin.value()) in ((1, 0), (0, 1)):
            ap = self.category_combo.value == Category.AP.value
            self.ap_spin.setValue(int(ap))
            self.av_spin.setValue(int(not ap))

    def submit(self) -> MineTypeInfo:
        values = dict(
            designation=self.designation_edit.text(),
            name=self.name_edit.text(),
            category=self.category_combo.value,
            activation=self.activation_combo.value,
            self_destruct_hours=self.sd_hours_spin.value() if self.sd_check.isChecked() else None,
            self_deactivating=self.sda_check.isChecked(),
            delivery=self.delivery_combo.value,
            notes=typed_text(self.notes_edit),
            ap_per_item=self.ap_spin.value(),
            av_per_item=self.av_spin.value(),
            dimensions=self.dimensions_edit.text(),
            mass_g=self.mass_spin.quantity,
            explosive=self.explosive_edit.text(),
            explosive_mass_g=self.explosive_mass_spin.quantity,
            metal_content=self.metal_edit.text(),
            fuze=self.fuze_edit.text(),
            colour=self.colour_edit.text(),
            photo=self.photo_edit.text(),
        )
        if self.mine_type is not None:
            return self.sp.catalogue.update_type(self.mine_type.id, reason=typed_text(self.reason_edit), **values)
        return self.sp.catalogue.add_type(**values)


class SiteDialog(FormDialog):
    """A new site, or, given `site`, a correction of one with its reason."""

    def __init__(self, sp: Stockpile, parent: QWidget | None = None, site: SiteInfo | None = None) -> None:
        super().__init__(
            sp, f"Correct site {site.code}" if site else "Add a site", "Save correction" if site else "Add site", parent
        )
        self.site = site
        self.code_edit = self.add_field("Code", QLineEdit(site.code if site else ""), "code")
        self.name_edit = self.add_field("Name", QLineEdit(site.name if site else ""), "name")
        self.country_edit = self.add_field("Country (ISO code)", QLineEdit(site.country if site else ""), "country")
        self.country_edit.setMaxLength(2)
        self.country_edit.setPlaceholderText("e.g. US, KR")
        self.kind_combo = self.add_field("Kind", ChoiceCombo([(k.label, k.value) for k in SiteKind]), "kind")
        if site is not None:
            self.kind_combo.value = site.kind
            self.reason_edit = self.add_field("Reason", reason_box(), "reason")

    def submit(self) -> SiteInfo:
        values = dict(
            code=self.code_edit.text(),
            name=self.name_edit.text(),
            country=self.country_edit.text(),
            kind=self.kind_combo.value,
        )
        if self.site is not None:
            return self.sp.catalogue.update_site(self.site.id, reason=typed_text(self.reason_edit), **values)
        return self.sp.catalogue.add_site(**values)
