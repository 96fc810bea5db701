"""The window in the language chosen (File > Settings, --language): its menus, page names and
actions in French or Spanish, as the shipped translations word them; the choice kept in the settings."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, QTranslator, QUrl
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication

from stockpile_tracker.i18n import ENGLISH, use_language
from stockpile_tracker.qt.actions import MENUS, PAGES
from stockpile_tracker.qt.app import start_language
from stockpile_tracker.qt.help import GuideDialog
from stockpile_tracker.qt.main_window import MainWindow
from stockpile_tracker.qt.settings_dialog import SettingsDialog

from ..unit.test_translations import messages, ts_file


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
