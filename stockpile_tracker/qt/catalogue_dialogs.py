"""The catalogue dialogs: add or correct a mine type or a site."""

from __future__ import annotations

from dataclasses import fields
from pathlib import Path

from PySide6.QtCore import QDir
from PySide6.QtWidgets import QCheckBox, QFileDialog, QLineEdit, QPushButton, QWidget

from ..domain.enums import Activation, Category, Delivery, SiteKind
from ..domain.errors import InvalidInput
from ..i18n import QT_TRANSLATE_NOOP, language_in_use, translate
from ..reports.labels import characteristic_heading
from ..services import Stockpile
from ..services.dto.catalogue import Characteristics, MineTypeInfo, SiteInfo
from .figures import word
from .form_dialog import FormDialog, reason_box, typed_text
from .widgets import ChoiceCombo, QuantitySpin

PLACEHOLDERS = {  # shown through translate: the dialog is built once the language is chosen
    "dimensions": QT_TRANSLATE_NOOP("CatalogueDialogs", "e.g. diameter 60 mm, height 40 mm"),
    "explosive": QT_TRANSLATE_NOOP("CatalogueDialogs", "e.g. TNT, tetryl, composition B"),
    "photo": QT_TRANSLATE_NOOP("CatalogueDialogs", "the photograph's file: type its path or Browse..."),
}
TYPE_DIALOG_WIDTH = 640  # a dimension or a photograph's path of 60 characters shows whole


class MineTypeDialog(FormDialog):
    """A new catalogue entry, or, given `mine_type`, a correction of one with its reason."""

    def __init__(self, sp: Stockpile, parent: QWidget | None = None, mine_type: MineTypeInfo | None = None) -> None:
        editing = mine_type is not None
        super().__init__(
            sp,
            translate("CatalogueDialogs", "Correct mine type {designation}").format(designation=mine_type.designation)
            if mine_type is not None
            else translate("CatalogueDialogs", "Add a mine type"),
            translate("CatalogueDialogs", "Save correction") if editing else translate("CatalogueDialogs", "Add type"),
            parent,
        )
        self.mine_type = mine_type
        self.setMinimumWidth(TYPE_DIALOG_WIDTH)
        self.designation_edit = self.add_field(translate("CatalogueDialogs", "Designation"), QLineEdit(), "designation")
        self.name_edit = self.add_field(translate("CatalogueDialogs", "Name"), QLineEdit(), "name")
        self.category_combo = self.add_field(
            translate("CatalogueDialogs", "Category"),
            ChoiceCombo(
                [
                    (translate("CatalogueDialogs", "AP - anti-personnel"), "AP"),
                    (translate("CatalogueDialogs", "AV - anti-vehicle"), "AV"),
                ]
            ),
            "category",
        )
        self.activation_combo = self.add_field(
            translate("CatalogueDialogs", "Activation"),
            ChoiceCombo([(word(a), a.value) for a in Activation]),
            "activation",
        )
        self.sd_check = QCheckBox(translate("CatalogueDialogs", "self-destructs after"))
        self.sd_hours_spin = QuantitySpin(4, unit="hours")
        self.sd_hours_spin.setSuffix(translate("CatalogueDialogs", " h"))
        self.sd_hours_spin.setEnabled(False)
        self.sd_check.toggled.connect(self.sd_hours_spin.setEnabled)
        self.add_field(translate("CatalogueDialogs", "Self-destruct"), self.sd_check)
        self.add_field(translate("CatalogueDialogs", "Self-destruct time"), self.sd_hours_spin, "self-destruct hours")
        self.sda_check = self.add_field(
            translate("CatalogueDialogs", "Self-deactivating"), QCheckBox(translate("CatalogueDialogs", "yes"))
        )
        self.delivery_combo = self.add_field(
            translate("CatalogueDialogs", "Delivery"), ChoiceCombo([(word(d), d.value) for d in Delivery]), "delivery"
        )
        # Contents: the mines one item holds (DOMAIN.md section 2); a plain mine is 1 of its category.
        self.ap_spin = self.add_field(
            translate("CatalogueDialogs", "AP mines per item"), QuantitySpin(1), "ap per item"
        )
        self.av_spin = self.add_field(
            translate("CatalogueDialogs", "AV mines per item"), QuantitySpin(0), "av per item"
        )
        for spin in (self.ap_spin, self.av_spin):
            spin.setToolTip(
                translate(
                    "CatalogueDialogs",
                    "A plain mine: 1 of its category. An ADAM projectile: 36 AP; a Volcano canister: 1 AP + 5 AV",
                )
            )
        if mine_type is None:
            self.category_combo.currentIndexChanged.connect(self._plain_contents)
        # Technical characteristics for Article 7 Form H, each optional: left empty, "not recorded".
        group = self.add_group(translate("CatalogueDialogs", "Technical characteristics (Article 7 Form H)"))
        self.characteristic_fields: dict[str, QLineEdit | QuantitySpin] = {}
        self.photo_button = QPushButton(translate("CatalogueDialogs", "Browse..."))
        self.photo_button.clicked.connect(self.choose_photo)
        for field in fields(Characteristics):
            label = characteristic_heading(field.name, language_in_use())
            widget = QuantitySpin(blank=True, unit="grams") if field.metadata.get("grams") else QLineEdit()
            if isinstance(widget, QLineEdit):
                widget.setPlaceholderText(translate("CatalogueDialogs", PLACEHOLDERS.get(field.name, "")))
            beside = [self.photo_button] if field.name == "photo" else []
            self.characteristic_fields[field.name] = self.add_field(
                label, widget, field.metadata["label"], form=group, beside=beside
            )
        self.notes_edit = self.add_field(translate("CatalogueDialogs", "Notes"), reason_box(), "notes")
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
            for name, widget in self.characteristic_fields.items():
                value = getattr(mine_type, name)
                if isinstance(widget, QLineEdit):
                    widget.setText(value or "")
                elif value is not None:
                    widget.setValue(value)
            self.notes_edit.setPlainText(mine_type.notes or "")
            self.add_note(
                translate(
                    "CatalogueDialogs",
                    "Every lot of this type follows the correction; the audit log keeps the entry as it was, with "
                    "your reason.",
                )
            )
            self.reason_edit = self.add_field(translate("CatalogueDialogs", "Reason"), reason_box(), "reason")

    def _plain_contents(self) -> None:
        """A new type left as a plain mine stays one of its category when the category changes."""
        if (self.ap_spin.value(), self.av_spin.value()) in ((1, 0), (0, 1)):
            ap = self.category_combo.value == Category.AP.value
            self.ap_spin.setValue(int(ap))
            self.av_spin.setValue(int(not ap))

    @property
    def photo_edit(self) -> QLineEdit:
        edit = self.characteristic_fields["photo"]
        assert isinstance(edit, QLineEdit)  # a text, as every characteristic but the masses
        return edit

    def choose_photo(self) -> None:
        """The photograph's file, chosen from the folder of the one named, if any."""
        path, _filter = QFileDialog.getOpenFileName(
            self,
            translate("CatalogueDialogs", "Photograph of the mine type"),
            str(Path(self.photo_edit.text().strip()).parent),
            translate("CatalogueDialogs", "Images (*.jpg *.jpeg *.png *.tif *.tiff *.gif *.bmp);;All files (*)"),
        )
        if path:
            self.photo_edit.setText(QDir.toNativeSeparators(path))

    def characteristics(self) -> Characteristics:
        """The characteristics as typed: an empty text or mass is not recorded. A photograph newly
        named is a file on this computer; one the type already names is kept as it is (imported,
        it may be on another)."""
        typed = {
            name: widget.text() if isinstance(widget, QLineEdit) else widget.quantity
            for name, widget in self.characteristic_fields.items()
        }
        photo = self.photo_edit.text().strip()
        kept = self.mine_type.photo if self.mine_type is not None else None
        if photo and photo != kept and not Path(photo).is_file():
            raise InvalidInput(
                "photograph",
                translate(
                    "CatalogueDialogs",
                    "there is no file {path}; choose the photograph with Browse..., or leave it empty",
                ).format(path=photo),
            )
        return Characteristics(**typed)  # type: ignore[arg-type]  # a text or a mass, as each field is

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
        )
        characteristics = self.characteristics()
        if self.mine_type is not None:
            return self.sp.catalogue.update_type(
                self.mine_type.id, reason=typed_text(self.reason_edit), **values, **vars(characteristics)
            )
        return self.sp.catalogue.add_type(**values, characteristics=characteristics)


class SiteDialog(FormDialog):
    """A new site, or, given `site`, a correction of one with its reason."""

    def __init__(self, sp: Stockpile, parent: QWidget | None = None, site: SiteInfo | None = None) -> None:
        super().__init__(
            sp,
            translate("CatalogueDialogs", "Correct site {code}").format(code=site.code)
            if site
            else translate("CatalogueDialogs", "Add a site"),
            translate("CatalogueDialogs", "Save correction") if site else translate("CatalogueDialogs", "Add site"),
            parent,
        )
        self.site = site
        self.code_edit = self.add_field(
            translate("CatalogueDialogs", "Code"), QLineEdit(site.code if site else ""), "code"
        )
        self.name_edit = self.add_field(
            translate("CatalogueDialogs", "Name"), QLineEdit(site.name if site else ""), "name"
        )
        self.country_edit = self.add_field(
            translate("CatalogueDialogs", "Country (ISO code)"), QLineEdit(site.country if site else ""), "country"
        )
        self.country_edit.setMaxLength(2)
        self.country_edit.setPlaceholderText(translate("CatalogueDialogs", "e.g. US, KR"))
        self.kind_combo = self.add_field(
            translate("CatalogueDialogs", "Kind"), ChoiceCombo([(word(k), k.value) for k in SiteKind]), "kind"
        )
        if site is not None:
            self.kind_combo.value = site.kind
            self.reason_edit = self.add_field(translate("CatalogueDialogs", "Reason"), reason_box(), "reason")

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
