"""Who is working: asked at the start when no name is saved, and by File > Change operator."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from ..domain.errors import InvalidInput
from ..domain.rules import require_text
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
        """The name as the services take it (Context.user): one line, without an invisible character
        or a terminal escape that would make the audit log lie about who it was."""
        try:
            require_text("name", self.name, 100)
        except InvalidInput as exc:
            self.error_label.setText(str(exc))
            self.name_edit.setFocus()
            return
        super().accept()
