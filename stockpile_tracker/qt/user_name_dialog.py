"""Who is working: asked at the start when no name is saved, and by File > Change operator."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from .widgets import alarm_colour


class UserNameDialog(QDialog):
    """Asked once: the name goes on every record and audit entry."""

    def __init__(self, name: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Who is working?")
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("Your name goes on every record you make and on the audit log."))
        self.name_edit = QLineEdit(name)
        self.name_edit.setPlaceholderText("e.g. Sgt. J. Doe")
        layout.addWidget(self.name_edit)
        self.error_label = QLabel()
        self.error_label.setStyleSheet(f"color: {alarm_colour(self.palette())};")
        layout.addWidget(self.error_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    @property
    def name(self) -> str:
        return self.name_edit.text().strip()

    def accept(self) -> None:
        if not self.name or len(self.name) > 100:
            self.error_label.setText("Enter your name (at most 100 characters).")
            self.name_edit.setFocus()
            return
        super().accept()
