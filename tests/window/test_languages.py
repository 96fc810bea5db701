"""The window in the language chosen (File > Settings, --language): its menus, page names, actions
and dialogs in French or Spanish, as the shipped translations word them; a French form's labels each
with an access key of their own; the choice kept in the settings."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from PySide6.QtCore import QLocale, Qt, QTranslator, QUrl
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QWidget,
)

from stockpile_tracker.i18n import ENGLISH, use_language
from stockpile_tracker.qt.actions import MENUS, PAGES
from stockpile_tracker.qt.app import start_language
from stockpile_tracker.qt.catalogue_dialogs import MineTypeDialog
from stockpile_tracker.qt.form_dialog import FormDialog
from stockpile_tracker.qt.help import GuideDialog
from stockpile_tracker.qt.import_dialog import ImportDialog
from stockpile_tracker.qt.lot_dialogs import ReceiveDialog
from stockpile_tracker.qt.main_window import MainWindow
from stockpile_tracker.qt.settings_dialog import SettingsDialog
from stockpile_tracker.qt.user_name_dialog import UserNameDialog
from stockpile_tracker.qt.widgets import LinesTable

from ..unit.test_translations import messages, ts_file
from .test_keyboard import _access_key, every_dialog


@pytest.fixture
def started_in():
    """Starts the window's language as the program does; English and the system's locale after."""
    app = QApplication.instance()
    yield lambda language: start_language(app, language)
    for translator in app.findChildren(QTranslator):
        app.removeTranslator(translator)
        translator.deleteLater()
    use_language(ENGLISH)
    QLocale.setDefault(QLocale.system())


@pytest.mark.parametrize(("language", "file_menu"), [("fr", "&Fichier"), ("es", "&Archivo")])
def test_the_window_started_in_a_language_shows_its_menus_pages_and_actions_in_it(
    qtbot, settings, started_in, language, file_menu
):
    started_in(language)
    window = MainWindow(settings, "alice")
    qtbot.addWidget(window)
    translated = {source: element.text for (_context, source), element in messages(ts_file(language)).items()}
    titles = [action.text() for action in window.menuBar().actions()]
    assert titles[0] == file_menu
    assert titles == [translated[title] for title in MENUS]
    assert [window.nav_list.item(row).text() for row in range(window.nav_list.count())] == [
        translated[page] for page in PAGES
    ]
    assert window.named_actions["receive"].text() == translated["&Receive a lot..."]
    assert QLocale().language() == QLocale(language).language()  # numbers and dates of Qt's widgets


def test_the_language_chosen_in_the_settings_is_kept_for_the_next_start(qtbot, settings):
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    assert dialog.language.currentData() == ""  # the system's by default
    dialog.language.setCurrentIndex(dialog.language.findData("es"))
    dialog.accept()
    assert settings.language == "es"
    again = SettingsDialog(settings)
    qtbot.addWidget(again)
    assert again.language.currentText() == "Español"


@pytest.mark.parametrize(
    ("language", "title", "heading"),
    [
        ("fr", "Stockpile Tracker - guide de l'utilisateur", "Stockpile Tracker : guide de l'utilisateur"),
        ("es", "Stockpile Tracker - guía del usuario", "Stockpile Tracker: guía del usuario"),
    ],
)
def test_the_help_window_opened_in_a_language_shows_the_guide_written_in_it(
    qtbot, settings, started_in, language, title, heading
):
    started_in(language)
    window = MainWindow(settings, "alice")
    qtbot.addWidget(window)
    window.named_actions["guide"].trigger()
    guide = window.findChild(GuideDialog)
    assert guide.windowTitle() == title
    assert guide.browser.toPlainText().startswith(heading)
    picture = QUrl(f"../images/{language}/dashboard.png")  # as the guide names it, from where it is
    assert guide.browser.loadResource(QTextDocument.ResourceType.ImageResource.value, picture)
    guide.close()


DIALOG_CONTEXTS = {  # the dialogs' and the window's messages (docs/TRANSLATING.md)
    *("FormDialog", "LotDialogs", "DestructionDialogs", "CatalogueDialogs", "SuspensionDialogs"),
    *("ResolveLossDialog", "KoreaRequirementDialog", "PolicyProfileDialog", "Article7TextDialog"),
    *("ReportDialog", "ImportDialog", "UserNameDialog", "ErrorBox", "TableExport", "MainWindowMessages"),
}
PLACEHOLDER = re.compile(r"\{\w*\}")


def english_left(language: str) -> Callable[[str], bool]:
    """Whether a text shown is the English of one of the dialogs' texts that the language words
    otherwise: as written, or filled in ({lot} standing for any lot)."""
    whole, filled = set(), []
    for (context, source), element in messages(ts_file(language)).items():
        if context not in DIALOG_CONTEXTS or element.text == source:
            continue
        words = source.replace("&", "")
        if not PLACEHOLDER.search(words):
            whole.add(words)
        elif re.search(r"[A-Za-z]{2}", PLACEHOLDER.sub("", words)):  # "{problem}; {remedy}" matches anything
            filled.append(re.compile(".+?".join(re.escape(part) for part in PLACEHOLDER.split(words)), re.DOTALL))
    return lambda text: text in whole or any(pattern.fullmatch(text) for pattern in filled)


def texts_shown(dialog: QWidget) -> list[str]:
    """Its title, labels, buttons, tick boxes, group titles, field hints, tooltips and table headings."""
    texts = [dialog.windowTitle()]
    texts += [widget.text() for widget in [*dialog.findChildren(QLabel), *dialog.findChildren(QAbstractButton)]]
    texts += [group.title() for group in dialog.findChildren(QGroupBox)]
    texts += [edit.placeholderText() for edit in dialog.findChildren(QLineEdit)]
    texts += [widget.toolTip() for widget in dialog.findChildren(QWidget)]
    texts += [widget.accessibleName() for widget in dialog.findChildren(QWidget)]
    for view in dialog.findChildren(QAbstractItemView):
        if isinstance(view, LinesTable | QHeaderView):  # a LinesTable's lot and type headings are widgets.py's
            continue
        model = view.model()
        texts += [str(model.headerData(column, Qt.Orientation.Horizontal)) for column in range(model.columnCount())]
    return [text.replace("&", "") for text in texts if text]


@pytest.mark.parametrize("language", ["fr", "es"])
def test_every_dialog_opened_in_a_language_shows_no_english_of_its_own(
    qtbot, settings, demo_url, tmp_path, started_in, language
):
    started_in(language)
    window = MainWindow(settings, "reader")
    qtbot.addWidget(window)
    assert window.open_database(demo_url)
    csv_file = tmp_path / "lots.csv"
    csv_file.write_text("lot_number,type,quantity\n")
    english = english_left(language)
    left, seen = [], 0
    for dialog in every_dialog(window, str(csv_file)):
        if isinstance(dialog, FormDialog | ImportDialog | UserNameDialog):
            texts = texts_shown(dialog)
            seen += len(texts)
            left += [f"{type(dialog).__name__}: {text!r}" for text in texts if english(text)]
        dialog.deleteLater()
    assert seen > 300
    assert not left, "\n".join(left)


def test_a_form_in_french_gives_each_label_an_access_key_of_its_own(qtbot, settings, demo_url, started_in):
    started_in("fr")
    window = MainWindow(settings, "reader")
    qtbot.addWidget(window)
    assert window.open_database(demo_url)
    receive = ReceiveDialog(window.stockpile, window)
    for dialog in (receive, MineTypeDialog(window.stockpile, window)):
        dialog.show()
        keyed = [label for label in dialog.findChildren(QLabel) if label.buddy() is not None]
        keyed += dialog.findChildren(QCheckBox)
        texts = [widget.text() for widget in keyed]
        keys = [key for key in map(_access_key, texts) if key is not None]
        assert len(set(keys)) == len(keys), texts
        keyless = [text for text in texts if _access_key(text) is None]
        assert all(set(filter(str.isalnum, text.lower())) <= set(keys) for text in keyless), texts  # none left
        assert len(keyless) <= 1, texts
        dialog.close()
    assert receive.findChild(QLabel, "", Qt.FindChildOption.FindChildrenRecursively)
    assert "&Numéro de lot" in [label.text() for label in receive.findChildren(QLabel)]
