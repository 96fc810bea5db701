"""The Help menu: the user guide shipped with the program (resources/guide), and About."""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QTextBrowser, QVBoxLayout, QWidget

from .. import __version__
from ..i18n import language_in_use, translate
from ..logs import log_file
from ..paths import shipped_dir


def guide_file() -> Path:
    """The guide in the language in use (guide/fr/index.html), else the English one (guide/index.html)."""
    guides = shipped_dir("resources") / "guide"
    translated = guides / language_in_use() / "index.html"
    return translated if translated.is_file() else guides / "index.html"


class GuideDialog(QDialog):
    """The guide in a window of its own, not modal: one reads it while working."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.browser = QTextBrowser()
        self.browser.setSource(QUrl.fromLocalFile(str(guide_file())))
        self.setWindowTitle(self.browser.documentTitle())  # the guide's <title>, in its language
        self.browser.setAccessibleName(self.browser.documentTitle())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(780, 680)


def show_guide(parent: QWidget) -> GuideDialog:
    """One guide per window: asking again brings it to the front."""
    guide = parent.findChild(GuideDialog) or GuideDialog(parent)
    guide.show()
    guide.raise_()
    guide.activateWindow()
    return guide


def about_text(database: str) -> str:
    """A SQLite database is named by its file, any other by its URL."""
    path = database.removeprefix("sqlite:///")
    where = (
        translate("Help", "the file {path}").format(path=path)
        if path != database
        else database or translate("Help", "none")
    )
    return (
        f"<h3>Stockpile Tracker {escape(__version__)}</h3><p>"
        + translate(
            "Help", "Keeps a landmine stockpile honest: lots, retention, destruction and the reports officials sign."
        )
        + "</p><p>"
        + translate("Help", "<b>Database in use:</b><br>{database}").format(database=escape(where))
        + "</p><p>"
        + translate("Help", "<b>Log file</b> (send it with a problem report):<br>{file}").format(
            file=escape(str(log_file()))
        )
        + "</p><p>"
        + translate("Help", "Licence: MIT. Built with Qt for Python (PySide6 {version}).").format(
            version=escape(pyside_version)
        )
        + "</p>"
    )


def show_about(parent: QWidget, database: str) -> None:
    """`database`: the address of the database in use, without its password."""
    QMessageBox.about(parent, translate("Help", "About Stockpile Tracker"), about_text(database))
