"""File > Settings: this user's preferences on this computer (the language of the window). The
record's own settings (organisation, protective marking) are set from the command line."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QWidget

from ..i18n import LANGUAGES, translate
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
