"""File > Settings: this user's preferences on this computer (the language of the window). File >
Letterhead: the record's own heading of every printed page (organisation, protective marking),
the same for everyone who prints from the record, audited."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget

from ..i18n import LANGUAGES, translate
from ..services import Stockpile
from ..services.dto.catalogue import Letterhead
from .form_dialog import FormDialog
from .settings import Settings


class SettingsDialog(QDialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(translate("SettingsDialog", "Settings"))
        self.language = QComboBox()
        self.language.addItem(translate("SettingsDialog", "System default"), "")
        for code, name in LANGUAGES.items():  # each in its own language, as its readers look for it
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(self.language.findData(settings.language), 0))
        note = QLabel(translate("SettingsDialog", "The new language is used the next time Stockpile Tracker starts."))
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QFormLayout(self)
        layout.addRow(translate("SettingsDialog", "&Language:"), self.language)
        layout.addRow(note)
        layout.addRow(buttons)

    def accept(self) -> None:
        self.settings.language = str(self.language.currentData())
        super().accept()


class LetterheadDialog(FormDialog):
    def __init__(self, sp: Stockpile, parent: QWidget | None = None) -> None:
        super().__init__(sp, translate("LetterheadDialog", "Letterhead"), translate("LetterheadDialog", "Save"), parent)
        self.add_note(
            translate(
                "LetterheadDialog",
                "Every printed page and every exported table carries the organisation's name at its top and the "
                "protective marking at its top and bottom. They are kept in the record, the same for everyone who "
                "prints from it; a change is audited.",
            )
        )
        letterhead = sp.catalogue.letterhead()
        self.organisation_edit = self.add_field(
            translate("LetterheadDialog", "Organisation"), QLineEdit(letterhead.organisation), "organisation"
        )
        self.marking_edit = self.add_field(
            translate("LetterheadDialog", "Protective marking"), QLineEdit(letterhead.marking), "marking"
        )
        self.marking_edit.setPlaceholderText(translate("LetterheadDialog", "none (e.g. OFFICIAL)"))

    def submit(self) -> Letterhead:
        return self.sp.catalogue.set_letterhead(
            organisation=self.organisation_edit.text(), marking=self.marking_edit.text()
        )

    def describe(self, letterhead: Letterhead) -> str:
        """For the status bar, once saved."""
        if letterhead.marking:
            return translate("LetterheadDialog", "Letterhead saved: {organisation}, marked {marking}").format(
                organisation=letterhead.organisation, marking=letterhead.marking
            )
        return translate("LetterheadDialog", "Letterhead saved: {organisation}, no marking").format(
            organisation=letterhead.organisation
        )
