"""The window in the language chosen (File > Settings, --language): its menus, page names, actions,
pages and dialogs in French or Spanish, as the shipped translations word them, with figures in the
language's locale and counts in its singular and plural; a French form's labels each with an access
key of their own; the choice kept in the settings."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtCore import QLocale, Qt, QTranslator, QUrl
from PySide6.QtGui import QTextDocument, QValidator
from PySide6.QtPrintSupport import QPageSetupDialog, QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QTableView,
    QTabWidget,
    QToolBar,
    QToolButton,
    QWidget,
)

from stockpile_tracker.domain.enums import LotStatus
from stockpile_tracker.i18n import ENGLISH, Translator, language_in_use, translate, use_language
from stockpile_tracker.qt.actions import MENUS, PAGES
from stockpile_tracker.qt.app import start_language
from stockpile_tracker.qt.catalogue_dialogs import MineTypeDialog
from stockpile_tracker.qt.figures import counted, figure
from stockpile_tracker.qt.form_dialog import FormDialog
from stockpile_tracker.qt.help import GuideDialog
from stockpile_tracker.qt.import_dialog import ImportDialog
from stockpile_tracker.qt.lot_dialogs import ReceiveDialog
from stockpile_tracker.qt.main_window import MainWindow
from stockpile_tracker.qt.printing import ReportPreview
from stockpile_tracker.qt.report_dialog import ReportDialog
from stockpile_tracker.qt.settings_dialog import SettingsDialog
from stockpile_tracker.qt.stockpile_view import STATUS_CHOICES
from stockpile_tracker.qt.user_name_dialog import UserNameDialog
from stockpile_tracker.qt.widgets import QuantitySpin
from stockpile_tracker.reports import document
from stockpile_tracker.reports.registry import REPORTS_BY_NAME, prepare
from stockpile_tracker.services.dto.destruction import TaskInfo, TaskLineInfo

from ..helpers import choose_file, settle, stockpile_shown, when_modal
from ..unit.test_translations import messages, ts_file
from .test_keyboard import _access_key, every_dialog

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
def started_in(qapp):
    """Starts the window's language as the program does; English and the system's locale after."""
    app = qapp
    yield lambda language: start_language(app, language)
    for translator in app.findChildren(QTranslator):
        app.removeTranslator(translator)
        translator.deleteLater()
    use_language(ENGLISH)
    QLocale.setDefault(QLocale.system())


@pytest.mark.parametrize("language", ["fr", "es"])
def test_every_menu_entry_has_an_access_key_of_its_own_in_the_language(qtbot, settings, started_in, language):
    from .test_keyboard import menu_keys

    started_in(language)
    window = MainWindow(settings, "alice")
    qtbot.addWidget(window)
    settings.add_recent_database("/tmp/other.sqlite")
    window._rebuild_recent_menu()
    keyless, shared = menu_keys(window)
    assert not keyless, keyless
    assert not shared, shared


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


def english_left(language: str, contexts: set[str] = DIALOG_CONTEXTS) -> Callable[[str], bool]:
    """Whether a text shown is the English of one of the dialogs' texts (or `contexts`') that the
    language words otherwise: as written, or filled in ({lot} standing for any lot)."""
    whole, filled = set(), []
    for (context, source), element in messages(ts_file(language)).items():
        if context not in contexts or element.text == source:
            continue
        words = source.replace("&", "")
        if not PLACEHOLDER.search(words):
            whole.add(words)
        # "{problem}; {remedy}" matches anything, "{earlier} to {later}" any English a user typed
        elif len(re.findall(r"[A-Za-z]{2,}", PLACEHOLDER.sub("", words))) >= (1 if context in DIALOG_CONTEXTS else 3):
            filled.append(re.compile(".+?".join(re.escape(part) for part in PLACEHOLDER.split(words)), re.DOTALL))
    return lambda text: text in whole or any(pattern.fullmatch(text) for pattern in filled)


def english_within(language: str, contexts: set[str]) -> Callable[[str], bool]:
    """Whether a text shown holds, anywhere in it, the English of one of `contexts`' texts that the
    language words otherwise: the words a service's record gives a page to place inside a sentence
    of its own ("9,940,990 covered by US policy (retained ...)", "TEAD, for destruction")."""
    patterns = [
        re.compile(".+?".join(re.escape(part) for part in PLACEHOLDER.split(source.replace("&", ""))), re.DOTALL)
        for (context, source), element in messages(ts_file(language)).items()
        if context in contexts and element.text != source
    ]
    return lambda text: any(pattern.search(text) for pattern in patterns)


def texts_shown(widget: QWidget, choices: bool = True) -> list[str]:
    """Every fixed text a page or dialog shows or a screen reader says: its title, labels, buttons,
    tick boxes, group titles, tabs, field hints, choices, tooltips, accessible names, and its tables'
    column titles and their tooltips (access keys taken out). `choices`: a dialog's lists hold the
    record's names (mine types, sites), not fixed texts."""
    texts = [widget.windowTitle(), widget.accessibleName()]
    for child in widget.findChildren(QWidget):
        texts += [child.toolTip(), child.accessibleName()]
        if isinstance(child, QLabel | QAbstractButton):
            texts.append(child.text())
        if isinstance(child, QGroupBox):
            texts.append(child.title())
        if isinstance(child, QLineEdit):
            texts.append(child.placeholderText())
        if isinstance(child, QComboBox) and choices:
            texts += [child.itemText(index) for index in range(child.count())]
        if isinstance(child, QTabWidget):
            texts += [child.tabText(index) for index in range(child.count())]
        if isinstance(child, QTableView):
            model = child.model()
            for column in range(model.columnCount()):
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                    texts.append(str(model.headerData(column, Qt.Orientation.Horizontal, role) or ""))
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
    words = english_left(language, {"Vocabulary"})  # the domain's words, in the lists too (kinds, methods)
    for dialog in every_dialog(window, str(csv_file)):
        if isinstance(dialog, FormDialog | ImportDialog | UserNameDialog | ReportDialog):
            texts = texts_shown(dialog, choices=False)
            seen += len(texts)
            left += [f"{type(dialog).__name__}: {text!r}" for text in texts if english(text)]
            left += [f"{type(dialog).__name__}: {text!r}" for text in texts_shown(dialog) if words(text)]
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
        untranslated = set(texts_shown(window.pages.currentWidget())) & english
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
    # a report writes a figure as the window does (Spanish groups from five digits)
    assert [document.figure(n, language) for n in (1500, 15000) for language in ("fr", "es")] == [
        "1\u202f500",
        "1500",
        "15\u202f000",
        "15.000",
    ]
    assert counted(0, "{count} lote", "{count} lotes") == "0 lotes"
    assert translate("StatusLine", "{count} lots shown") == "{count} lotes mostrados"


@pytest.mark.parametrize(
    ("language", "discrepancy", "overdue_too", "closed"),
    [
        (
            "en",
            "DISCREPANCY: 1,500 shipped, not destroyed",
            "OVERDUE; DISCREPANCY: 1,500 shipped, not destroyed",
            "closed",
        ),
        (
            "fr",
            "ÉCART\xa0: 1\u202f500 expédiées, non détruites",
            "EN RETARD\xa0; ÉCART\xa0: 1\u202f500 expédiées, non détruites",
            "clôturée",
        ),
        (
            "es",
            "DISCREPANCIA: 1500 enviadas, no destruidas",
            "ATRASADA; DISCREPANCIA: 1500 enviadas, no destruidas",
            "cerrada",
        ),
    ],
)
def test_a_tasks_state_and_its_figures_are_in_the_language(started_in, language, discrepancy, overdue_too, closed):
    """The plan's Status column (TaskInfo.state): 2,000 shipped, the site reported 500 destroyed."""
    started_in(language)
    line = TaskLineInfo(1, "L-1", "M14", "AP", "victim", 2000, 2000, 0, 500, 500, 500, 0, 1, 0)
    task = TaskInfo(1, "T-1", None, date(2026, 6, 1), "TEAD", "open_detonation", "open", (line,))
    assert task.state(date(2026, 5, 1)) == discrepancy
    assert task.state(date(2026, 7, 1)) == overdue_too
    assert replace(task, status="closed").state(date(2026, 7, 1)) == closed


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


def cells_shown(widget: QWidget, rows: int = 60) -> list[str]:
    """The texts of the first `rows` rows of every table a page shows."""
    texts = []
    for table in widget.findChildren(QTableView):
        model = table.model()
        for row in range(min(model.rowCount(), rows)):
            for column in range(model.columnCount()):
                texts.append(str(model.data(model.index(row, column), Qt.ItemDataRole.DisplayRole) or ""))
    return [text for text in texts if text]


@pytest.mark.parametrize("language", ["fr", "es"])
def test_every_page_shows_the_domains_words_the_findings_and_the_charts_in_the_language(
    qtbot, settings, demo_url, started_in, language
):
    """The domain's words (a site's kind, a method, a ledger entry's kind, a rule), the findings'
    texts and the dashboard charts' titles and legends as the language words them: none of them in
    English where the language has its own."""
    started_in(language)
    window = MainWindow(settings, "reader")
    qtbot.addWidget(window)
    assert window.open_database(demo_url)
    english = english_left(language, PAGE_CONTEXTS | {"Vocabulary", "Findings", "Tasks"})
    within = english_within(language, {"Scope", "Holdings"})  # the services' records' words
    left, cells, seen = [], 0, []
    for row, page in enumerate(PAGES):
        window.nav_list.setCurrentRow(row)
        settle(qtbot, window)
        qtbot.waitUntil(lambda: not window.dashboard_view.findings_pending, timeout=60_000)
        if page == "Stockpile":  # a lot with mines shipped for destruction and a closed task: its pane's tabs
            window.stockpile_view.select_lot(window.sp.queries.find_lot("M16-870003").id)
            stockpile_shown(window)
        shown = window.pages.currentWidget()
        texts = texts_shown(shown) + cells_shown(shown)
        cells += len(texts)
        seen += texts
        left += [f"{page}: {text!r}" for text in texts if english(text) or within(text)]
    assert cells > 500
    assert not left, "\n".join(left)
    tr = Translator(language)
    expected = {  # each shown, so that the checks above had it to check
        tr.translate("Holdings", "{site}, for destruction").format(site="TEAD"),
        tr.translate("Vocabulary", "closed"),
        tr.translate("Tasks", "OVERDUE"),
        tr.translate("Tasks", "carried out - to close"),
    }
    assert expected <= set(seen), expected - set(seen)
    name = tr.profile_name(window.sp.catalogue.active_profile().name)  # a built-in profile's, in the language
    covered = tr.translate("Scope", "covered by {profile}").format(profile=name)
    assert any(covered in text for text in seen), covered
    dashboard = window.dashboard_view
    findings = dashboard.findings_model.rows
    assert findings, "the demo has findings"
    assert {tr.translate("Vocabulary", finding.rule.label) for finding in findings} <= set(
        cells_shown(dashboard, rows=len(findings))
    )
    titles = {dashboard.burn_down.chart().title(), dashboard.composition.chart().title()}
    assert titles == {
        tr.translate("ProgressReport", "Cumulative destroyed against plan and deadline"),
        tr.translate("ProgressReport", "Stock by type, in mines"),
    }
    legends = {marker.label() for marker in dashboard.composition.chart().legend().markers()}
    assert tr.translate("ProgressReport", "surplus") in legends, legends


@pytest.mark.parametrize(("language", "thousands"), [("en", "2,000"), ("fr", "2\u202f000"), ("es", "12.000")])
def test_a_printed_charts_axes_write_figures_as_its_language_does(qtbot, language, thousands):
    from stockpile_tracker.qt.charts import build_chart
    from stockpile_tracker.reports.document import Chart

    top = int(thousands.replace(",", "").replace(".", "").replace("\u202f", ""))
    chart = Chart("composition", "Stock", ("M14",), (("surplus", (top,)),), stacked_bars=True, language=language)
    view = build_chart(chart)
    assert view.locale().toString(top) == thousands


def _preview(window: MainWindow) -> ReportPreview:
    """The Article 7 report's preview in the window's language, as the Reports menu shows it, with
    its Freeze action (disabled: the tooltip says why)."""
    sp = window.stockpile
    article7 = prepare(sp, REPORTS_BY_NAME["article7"], {"year": sp.today().year - 1}, language=language_in_use())
    return ReportPreview(article7.printable, window, on_freeze=lambda _preview: None, not_yet="2026")


def _window_and_preview(qtbot, settings, url: str, started_in, language: str) -> tuple[MainWindow, ReportPreview]:
    """A window started in `language` on the record at `url`, and its Article 7 preview (_preview)."""
    started_in(language)
    window = MainWindow(settings, "alice")
    qtbot.addWidget(window)
    assert window.open_database(url)
    preview = _preview(window)
    qtbot.addWidget(preview)
    return window, preview


# What the preview said in English in a French or Spanish window, before it was translated.
PREVIEW_ENGLISH = re.compile(
    r"Save as|Save tables|Save |Freeze as submitted|Cannot freeze|Pages of the report|Page number|Cannot write|"
    r"Saving cancelled|PDF files|CSV files|Word documents|Excel workbooks"
)


@pytest.mark.parametrize(
    ("language", "save_pdf", "pdf_files", "look_in", "of_type", "cannot_write", "import_files"),
    [
        (
            "fr",
            "Enregistrer en PDF...",
            "Fichiers PDF (*.pdf)",
            "&Voir dans\xa0:",
            "Fichiers de &type\xa0:",
            "Impossible d'écrire ",
            "Fichiers CSV et classeurs Excel (*.csv *.xlsx)",
        ),
        (
            "es",
            "Guardar como PDF...",
            "Archivos PDF (*.pdf)",
            "&Buscar en:",
            "Archivos de &tipo:",
            "No se puede escribir ",
            "Archivos CSV y libros de Excel (*.csv *.xlsx)",
        ),
    ],
)
def test_the_report_preview_and_the_files_it_saves_are_asked_for_in_the_language(
    qtbot,
    settings,
    small_url,
    tmp_path,
    started_in,
    language,
    save_pdf,
    pdf_files,
    look_in,
    of_type,
    cannot_write,
    import_files,
):
    """Its buttons, their tooltips, its fields' names, the save dialog's title and file types (and
    Qt's own labels in that dialog), and what it says when a file cannot be written."""
    window, preview = _window_and_preview(qtbot, settings, small_url, started_in, language)
    toolbar = preview.findChild(QToolBar)
    actions = {action.text(): action for action in toolbar.actions()}
    shown = texts_shown(preview) + [action.toolTip() for action in actions.values()]
    assert save_pdf in actions and len(shown) > 30
    assert not [text for text in shown if PREVIEW_ENGLISH.search(text)]

    asked: dict = {}

    def look(dialog: QFileDialog) -> None:
        labels = {label.objectName(): label.text() for label in dialog.findChildren(QLabel)}
        asked.update(title=dialog.windowTitle(), files=dialog.nameFilters(), labels=labels)
        dialog.reject()

    when_modal(qtbot, look, QFileDialog)
    actions[save_pdf].trigger()
    assert asked["title"] == translate("ReportPreview", "Save {report}").format(report=preview.report.title)
    assert not PREVIEW_ENGLISH.search(asked["title"])
    assert asked["files"] == [pdf_files]
    assert (asked["labels"]["lookInLabel"], asked["labels"]["fileTypeLabel"]) == (look_in, of_type)  # Qt's own

    choose_file(qtbot, tmp_path / "no such folder" / "report.csv")
    told = when_modal(qtbot, lambda box: box.accept(), QMessageBox)
    next(action for text, action in actions.items() if "CSV" in text).trigger()
    assert told["text"].startswith(cannot_write + str(tmp_path))

    when_modal(qtbot, look, QFileDialog)
    window.import_file("lots")
    assert asked["files"][0] == import_files


FREEZE = {"en": "Freeze as submitted", "fr": "Figer comme présenté", "es": "Congelar como presentado"}


@pytest.mark.parametrize("language", FREEZE)
def test_every_action_of_the_report_preview_is_in_view_on_a_screen_1280_pixels_wide(
    qtbot, settings, small_url, started_in, language
):
    """Not behind the toolbar's » (the preview takes 1200 pixels of a screen 1280 wide): its Save
    buttons name the format after "Save as:" (their tooltips and names say it whole)."""
    _, preview = _window_and_preview(qtbot, settings, small_url, started_in, language)
    preview.resize(min(1200, 1280), 800)
    preview.show()
    qtbot.waitExposed(preview)
    toolbar = preview.findChild(QToolBar)
    buttons = {action.text(): toolbar.widgetForAction(action) for action in toolbar.actions() if action.text()}
    assert FREEZE[language] in [button.text() for button in buttons.values()]
    assert not [text for text, button in buttons.items() if not button.isVisible()]
    assert not toolbar.findChild(QToolButton, "qt_toolbar_ext_button").isVisible()
    assert toolbar.sizeHint().width() <= preview.width()


class _Untranslated(QTranslator):
    """Asked last (installed first), it keeps each of Qt's texts no catalogue translated."""

    def __init__(self, parent) -> None:
        super().__init__(parent)
        self.left: set[tuple[str, str]] = set()

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: ARG002 (Qt's signature)
        if context.startswith("Q") and re.search("[A-Za-z]{2}", source or ""):
            self.left.add((context, source))
        return ""

    def isEmpty(self) -> bool:  # noqa: N802 (Qt's name)
        return False


# Not words a user reads: Qt's direction of writing, a progress bar's percentage, the names of file
# types (the system's shared MIME database, not Qt's catalogue).
NOT_WORDS = {("QGuiApplication", "QT_LAYOUT_DIRECTION")}


@pytest.mark.parametrize("language", ["fr", "es"])
def test_qts_own_dialogs_show_no_english_in_the_language(qtbot, qapp, started_in, language):
    """The file dialog ("Look in:", "Files of type:"), the print, page setup and preview dialogs,
    message boxes and the progress dialog, as Qt builds them: each text in the language, from Qt's
    catalogue (qtbase_fr.qm) or, where it has none, from ours (app.QT_OWN_TEXTS)."""
    untranslated = _Untranslated(qapp)
    qapp.installTranslator(untranslated)
    started_in(language)
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)  # the same dialog on a machine with printers or none
    dialogs = [QFileDialog(), QFileDialog(), QPrintDialog(printer), QPageSetupDialog(printer)]
    dialogs[1].setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialogs += [QPrintPreviewDialog(printer), QProgressDialog()]
    box = QMessageBox()
    box.setStandardButtons(
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No | QMessageBox.StandardButton.Ok
    )
    dialogs.append(box)
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
        for button in dialog.findChildren(QPushButton):
            if button.isCheckable() or button.text().replace("&", "").startswith(("Options", "Opciones")):
                button.click()  # the print dialog's options
    qtbot.wait(50)
    left = {text for text in untranslated.left - NOT_WORDS if text[0] not in {"QMimeType", "QProgressBar"}}
    assert not left, sorted(left)
    assert dialogs[0].findChild(QLabel, "lookInLabel").text() == translate("QFileDialog", "&Look in:") != "&Look in:"
