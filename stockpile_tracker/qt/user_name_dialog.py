"""Who is working: asked at the start when no name is saved, and by File > Change operator."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from ..domain.errors import InvalidInput
from ..domain.rules import require_text
from ..i18n import translate
from ..services import Stockpile, operating_system_login
from .widgets import alarm_colour


def who_words(sp: Stockpile | None) -> str:
    """What the name typed is for, as the record open keeps it: on SQLite the name itself, beside the
    operating-system login; on PostgreSQL the database login records and the name is shown beside
    it (its owner, held to no login, records under the name). Before a record is open: both."""
    os_login = operating_system_login()
    if sp is None:
        return translate(
            "UserNameDialog",
            "Your name goes on every record you make and on the audit log. On a SQLite file it is the recorder, a "
            "change of it audited beside your operating-system login ({os_login}); on PostgreSQL your database "
            "login is the recorder and this name is shown beside it.",
        ).format(os_login=os_login)
    if sp.login is not None:
        return translate(
            "UserNameDialog",
            "Your database login, {login}, is the recorder: it goes on every record you make and on the audit log, "
            "and the four-eyes rule compares it. The name you type is shown beside it, as {login} (your name); "
            "changing it is audited.",
        ).format(login=sp.login)
    if sp.database_file is None:
        return translate(
            "UserNameDialog",
            "You are signed in as the database's owner: it records under the name you type, on every record you "
            "make and on the audit log. Give each person a login of their own (db roles) for the record to prove "
            "who did what.",
        )
    return translate(
        "UserNameDialog",
        "On this SQLite file the name you type is the recorder: it goes on every record you make and on the audit "
        "log, and a change of it is audited beside your operating-system login ({os_login}). A single-user file "
        "proves no more than that: several people working under four eyes use PostgreSQL.",
    ).format(os_login=os_login)


class UserNameDialog(QDialog):
    """Asked once: the name goes on every record and audit entry."""

    def __init__(self, name: str = "", parent: QWidget | None = None, sp: Stockpile | None = None) -> None:
        """`sp`: the record open, whose backend says what the name is for (`who_words`)."""
        super().__init__(parent)
        self.setWindowTitle(translate("UserNameDialog", "Who is working?"))
        layout = QVBoxLayout(self)
        self.words = QLabel(who_words(sp))
        self.words.setWordWrap(True)
        layout.addWidget(self.words)
        self.name_edit = QLineEdit(name)
        self.name_edit.setPlaceholderText(translate("UserNameDialog", "e.g. Sgt. J. Doe"))
        self.name_edit.setAccessibleName(translate("UserNameDialog", "Your name"))
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
