"""The window in the language chosen (File > Settings, --language): its menus, page names,
actions and pages in French or Spanish, as the shipped translations word them, with figures in the
language's locale and counts in its singular and plural; the choice kept in the settings."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, Qt, QTranslator
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QTableView,
    QTabWidget,
    QWidget,
)

from stockpile_tracker.domain.enums import LotStatus
from stockpile_tracker.i18n import ENGLISH, translate, use_language
from stockpile_tracker.qt.actions import MENUS, PAGES
from stockpile_tracker.qt.app import start_language
from stockpile_tracker.qt.figures import counted, figure
from stockpile_tracker.qt.main_window import MainWindow
from stockpile_tracker.qt.settings_dialog import SettingsDialog
from stockpile_tracker.qt.stockpile_view import STATUS_CHOICES
from stockpile_tracker.qt.widgets import QuantitySpin

from ..helpers import settle
from ..unit.test_translations import messages, ts_file

# The contexts of the pages' texts (the dialogs' are checked with the dialogs).
PAGE_CONTEXTS = {
    "StockpileView",
    "LotTableModel",
    "DashboardView",
    "PlanView",
    "LogView",
    "CatalogueView",
    "RecordTableModel",
    "StatusLine",
    "Widgets",
}


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


def texts_shown(page: QWidget) -> set[str]:
    """Every fixed text a page shows or a screen reader says: labels, buttons, tabs, placeholders,
    choices, tables' column titles and tooltips, accessible names (access keys taken out)."""
    shown = {page.accessibleName()}
    for widget in page.findChildren(QWidget):
        shown.add(widget.accessibleName())
        if isinstance(widget, (QLabel, QAbstractButton)):
            shown.add(widget.text().replace("&", ""))
        if isinstance(widget, QLineEdit):
            shown.add(widget.placeholderText())
        if isinstance(widget, QComboBox):
            shown.update(widget.itemText(index) for index in range(widget.count()))
        if isinstance(widget, QTabWidget):
            shown.update(widget.tabText(index) for index in range(widget.count()))
        if isinstance(widget, QTableView):
            model = widget.model()
            for column in range(model.columnCount()):
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                    shown.add(model.headerData(column, Qt.Orientation.Horizontal, role) or "")
    return shown - {""}


@pytest.mark.parametrize("language", ["fr", "es"])
def test_every_page_shows_its_fixed_texts_in_the_language(qtbot, settings, small_url, started_in, language):
    """No English text of the pages' contexts is shown where a translation differs from it; the
    status line counts in the language, its figures in the language's locale."""
    started_in(language)
    window = MainWindow(settings, "alice")
    qtbot.addWidget(window)
    window.open_database(small_url)
    translations = messages(ts_file(language))
    english = {
        source
        for (context, source), element in translations.items()
        if context in PAGE_CONTEXTS and element.text != source
    }
    for row, page in enumerate(PAGES):
        window.nav_list.setCurrentRow(row)
        settle(qtbot, window)
        untranslated = texts_shown(window.pages.currentWidget()) & english
        assert not untranslated, f"{page} shows in English: {sorted(untranslated)}"
    window.nav_list.setCurrentRow(PAGES.index("Stockpile"))
    settle(qtbot, window)
    status = window.totals_label.text()
    lots = window.sp.queries.lots(window.stockpile_view.current_filter(), limit=None)
    assert status.startswith(translations["StatusLine", "{count} lots shown"].text.format(count=len(lots)))
    on_hand = sum(lot.on_hand for lot in lots)
    assert on_hand >= 1000 and QLocale(language).toString(on_hand) in status  # 1 500 / 1500


def test_the_status_filter_words_every_lot_status():
    assert [value for _label, value in STATUS_CHOICES] == [None, *(status.value for status in LotStatus)]


def test_figures_follow_the_language_and_english_keeps_its_commas(started_in):
    """The C locale of a server or a test machine writes 1500: the window writes English's 1,500."""
    assert figure(1500) == "1,500"  # the tests' locale (C, or the system's English)
    started_in("fr")
    assert figure(1500) == "1\u202f500"
    assert counted(0, "{count} lot", "{count} lots") == "0 lot"  # French: 0 takes the singular
    started_in("es")
    assert (figure(1500), figure(15000)) == ("1500", "15.000")
    assert counted(0, "{count} lote", "{count} lotes") == "0 lotes"
    assert translate("StatusLine", "{count} lots shown") == "{count} lotes mostrados"


@pytest.mark.parametrize(("language", "thousands"), [("fr", "1 500"), ("es", "15.000")])
def test_a_quantity_field_takes_the_languages_thousands_and_refuses_a_decimal(qtbot, started_in, language, thousands):
    started_in(language)
    spin = QuantitySpin()
    qtbot.addWidget(spin)
    assert spin.validate(thousands, 0)[0] == QValidator.State.Acceptable
    assert spin.valueFromText(thousands) == int(thousands.replace(" ", "").replace(".", ""))
    assert spin.validate("1,5", 0)[0] != QValidator.State.Acceptable
    assert spin.validate("1.5", 0)[0] != QValidator.State.Acceptable
    spin.setValue(1500)
    assert spin.hasAcceptableInput()  # as shown, 1 500 or 1500, it reads back
