"""How the window looks: nothing cut off at the usual screen sizes (headers, cells, choices, labels,
chart labels), readable on a dark palette, and the Help menu."""

from __future__ import annotations

import re
from collections import Counter

import pytest
from PySide6.QtCharts import QBarCategoryAxis, QCategoryAxis, QLineSeries
from PySide6.QtCore import QSettings, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QFontMetrics, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLabel,
    QStyle,
    QStyleOptionComboBox,
    QTableView,
)

from stockpile_tracker import __version__
from stockpile_tracker.demo import build_demo
from stockpile_tracker.logs import log_file
from stockpile_tracker.qt.actions import ACTIONS
from stockpile_tracker.qt.help import GuideDialog, guide_file
from stockpile_tracker.qt.main_window import PAGES, MainWindow
from stockpile_tracker.qt.settings import Settings
from stockpile_tracker.qt.table_model import ROW_ROLE, RecordTableModel
from stockpile_tracker.qt.widgets import ElidedLabel
from stockpile_tracker.services import Stockpile

from ..helpers import settle
from .test_dashboard import wait_for_findings

SIZES = [QSize(1280, 800), QSize(1920, 1080)]


def _window(qtbot, tmp_path, url: str | None = None) -> MainWindow:
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    window = MainWindow(settings, "reader")
    qtbot.addWidget(window)
    if url is not None:
        assert window.open_database(url)
        wait_for_findings(qtbot, window)
    return window


def _show_page(qtbot, window: MainWindow, page: int) -> None:
    window.nav_list.setCurrentRow(page)
    settle(qtbot, window)
    if page == PAGES.index("Dashboard"):
        wait_for_findings(qtbot, window)
        window.dashboard_view.findings_table.selectRow(0)
    QApplication.processEvents()


def _visible(widget, kind):
    return [child for child in widget.findChildren(kind) if child.isVisible()]


def _cut_headers(table: QTableView) -> list[str]:
    header, style = table.horizontalHeader(), table.style()
    metrics = QFontMetrics(header.font())
    margin = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin)
    cut = []
    for section in range(header.count()):
        title = table.model().headerData(section, Qt.Orientation.Horizontal)
        need = metrics.horizontalAdvance(title) + 2 * margin
        if header.isSortIndicatorShown() and header.sortIndicatorSection() == section:
            need += style.pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize) + margin
        right = header.sectionViewportPosition(section) + header.sectionSize(section)
        if header.sectionSize(section) < need or right > table.viewport().width():
            cut.append(title)
    return cut


def _cut_cells(table: QTableView) -> list[str]:
    """Cells whose text is wider than their column and that give no tooltip with it whole; a
    number is never allowed to be cut."""
    model, metrics = table.model(), QFontMetrics(table.font())
    padding = 2 * (table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1)
    cut = []
    for row in range(min(model.rowCount(), 60)):
        for column in range(model.columnCount()):
            index = model.index(row, column)
            text = model.data(index) or ""
            icon = table.iconSize().width() + 4 if model.data(index, Qt.ItemDataRole.DecorationRole) else 0
            if metrics.horizontalAdvance(text) + padding + icon <= table.columnWidth(column):
                continue
            numeric = isinstance(model, RecordTableModel) and model.columns[column].numeric
            if numeric or model.data(index, Qt.ItemDataRole.ToolTipRole) != text:
                cut.append(text)
    return cut


def _cut_choices(combo: QComboBox) -> list[str]:
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
    )
    metrics = QFontMetrics(combo.font())
    return [
        combo.itemText(i) for i in range(combo.count()) if metrics.horizontalAdvance(combo.itemText(i)) > field.width()
    ]


def _cut_words(window: MainWindow) -> list[str]:
    """Labels and buttons narrower than their text (an elided label shows its text in a tooltip)."""
    cut = []
    for widget in _visible(window, QLabel) + _visible(window, QAbstractButton):
        if isinstance(widget, ElidedLabel) or isinstance(widget, QLabel) and widget.wordWrap():
            continue
        if widget.width() < widget.minimumSizeHint().width():
            cut.append(widget.text())
    return cut


def _labels_have_room(chart) -> bool:
    """QtCharts drops a category label that would overlap the next one: each label must have its room."""
    plot = chart.plotArea()
    for axis in chart.axes():
        metrics = QFontMetrics(axis.labelsFont())
        if isinstance(axis, QBarCategoryAxis):  # flat bars: one line of text per bar
            assert axis.labelsAngle() == 0
            if plot.height() / axis.count() < metrics.height():
                return False
        elif isinstance(axis, QCategoryAxis):  # months under the line chart
            labels = axis.categoriesLabels()
            room = plot.width() / max(len(labels) - 1, 1)
            if room < max(metrics.horizontalAdvance(label) for label in labels) + 4:
                return False
    return True


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s.width()}x{s.height()}")
def test_nothing_is_cut_off_on_any_page(qtbot, tmp_path, demo_url, size):
    window = _window(qtbot, tmp_path, demo_url)
    window.resize(size)
    window.show()
    qtbot.waitExposed(window)
    assert window.size() == size  # no page makes the window wider or taller than the screen
    for page, name in enumerate(PAGES):
        _show_page(qtbot, window, page)
        view = window.pages.widget(page)
        for table in _visible(view, QTableView):
            assert _cut_headers(table) == [], f"{name}: headers cut at {size}"
            assert _cut_cells(table) == [], f"{name}: cells cut without a tooltip at {size}"
        for combo in _visible(window, QComboBox):
            assert _cut_choices(combo) == [], f"{name}: a choice does not fit its box at {size}"
        assert _cut_words(window) == [], f"{name}: labels or buttons cut at {size}"
    dashboard = window.dashboard_view
    for chart in (dashboard.burn_down.chart(), dashboard.composition.chart()):
        assert _labels_have_room(chart), f"{chart.title()}: labels dropped at {size}"


def test_a_programme_made_after_the_window_opened_shows_whole(qtbot, tmp_path, database_url):
    """The demo loaded into an empty database that is already on screen: the choices grow."""
    window = _window(qtbot, tmp_path, database_url)
    window.resize(SIZES[0])
    window.show()
    qtbot.waitExposed(window)
    QApplication.processEvents()  # the window laid out around "none yet", as a user sees it first
    assert window.dashboard_view.programme_combo.currentText() == "none yet"
    build_demo(Stockpile(window.sp.context.engine, "J. Doe"), lots=60)
    window.refresh_all("demo")
    wait_for_findings(qtbot, window)
    QApplication.processEvents()
    combo = window.dashboard_view.programme_combo
    assert combo.currentText().startswith("US APL stockpile destruction")
    assert _cut_choices(combo) == []
    window.nav_list.setCurrentRow(PAGES.index("Destruction log"))
    settle(qtbot, window)
    QApplication.processEvents()
    assert _cut_choices(window.log_view.site_combo) == [] and _cut_choices(window.log_view.type_combo) == []


def test_the_status_bar_never_runs_under_the_operator(qtbot, tmp_path, demo_url):
    window = _window(qtbot, tmp_path, demo_url)
    window.resize(SIZES[0])
    window.show()
    qtbot.waitExposed(window)
    long = "the totals of a long filter " * 12
    window.totals_label.setText(long)
    QApplication.processEvents()
    totals, user = window.totals_label, window.user_label
    assert totals.geometry().right() < user.geometry().left()
    assert totals.text() == long and totals.toolTip() == long  # shortened on screen, whole in the tooltip
    assert window.size() == SIZES[0]


# -- dark palette ---------------------------------------------------------------------------------


def _dark_palette() -> QPalette:
    """The usual hand-made dark palette (only these roles set), as many desktops and guides use."""
    palette = QPalette()
    for role, colour in (
        (QPalette.ColorRole.Window, "#353535"),
        (QPalette.ColorRole.WindowText, "#ffffff"),
        (QPalette.ColorRole.Base, "#232323"),
        (QPalette.ColorRole.AlternateBase, "#2d2d2d"),
        (QPalette.ColorRole.Text, "#ffffff"),
        (QPalette.ColorRole.Button, "#353535"),
        (QPalette.ColorRole.ButtonText, "#ffffff"),
        (QPalette.ColorRole.Highlight, "#2a82da"),
    ):
        palette.setColor(role, QColor(colour))
    return palette


@pytest.fixture
def dark():
    """The application's palette turned dark for one test, and back."""
    app = QApplication.instance()
    before = app.palette()
    app.setPalette(_dark_palette())
    yield app.palette()
    app.setPalette(before)


def _luminance(colour: QColor) -> float:
    def channel(value: int) -> float:
        value /= 255
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(colour.red()) + 0.7152 * channel(colour.green()) + 0.0722 * channel(colour.blue())


def contrast(one: QColor, other: QColor) -> float:
    """The WCAG contrast ratio: 1 (none) to 21 (black on white); 4.5 is the minimum for text."""
    light, dark = sorted((_luminance(one), _luminance(other)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def _row_colours(table: QTableView, row: int) -> tuple[QColor, QColor]:
    """The background of a row as drawn (its commonest pixel) and the colour its text is drawn in."""
    image = table.viewport().grab().toImage()
    top, height = table.rowViewportPosition(row), table.rowHeight(row)
    pixels = Counter(image.pixel(x, y) for x in range(0, image.width(), 3) for y in range(top + 2, top + height - 2))
    background = QColor.fromRgb(pixels.most_common(1)[0][0])
    index = table.model().index(row, 0)
    foreground = table.model().data(index, Qt.ItemDataRole.ForegroundRole)
    return background, foreground.color() if foreground is not None else table.palette().color(QPalette.ColorRole.Text)


def _flagged_row(table: QTableView, flagged) -> int:
    table.clearSelection()
    table.selectionModel().clearCurrentIndex()
    return next(row for row in range(table.model().rowCount()) if flagged(table.model().index(row, 0).data(ROW_ROLE)))


def test_flagged_rows_and_charts_read_on_a_dark_palette(qtbot, tmp_path, demo_url, dark):
    window = _window(qtbot, tmp_path, demo_url)
    window.resize(SIZES[0])
    window.show()
    qtbot.waitExposed(window)
    today = window.sp.context.today()
    checks = [
        ("Dashboard", lambda: window.dashboard_view.findings_table, lambda f: f.severity == "error"),
        ("Destruction plan", lambda: window.plan_view.task_table, lambda t: t.is_overdue(today)),
        ("Destruction log", lambda: window.log_view.table, lambda e: not e.verified_by),
        ("Stockpile", lambda: window.stockpile_view.table, lambda lot: lot.retained),
    ]
    for page, table_of, flagged in checks:
        _show_page(qtbot, window, PAGES.index(page))
        table = table_of()
        row = _flagged_row(table, flagged)
        background, text = _row_colours(table, row)
        assert background.lightness() < 100, f"{page}: a flagged row is light on a dark palette"
        assert contrast(background, text) >= 4.5, f"{page}: flagged rows' text cannot be read"

    _show_page(qtbot, window, PAGES.index("Dashboard"))
    base = dark.color(QPalette.ColorRole.Base)
    for view in (window.dashboard_view.burn_down, window.dashboard_view.composition):
        chart = view.chart()
        assert chart.backgroundBrush().color() == base
        assert contrast(chart.titleBrush().color(), base) >= 4.5
        for axis in chart.axes():
            assert contrast(axis.labelsColor(), base) >= 4.5
        image = view.grab().toImage()
        drawn = Counter(image.pixel(x, y) for x in range(0, image.width(), 4) for y in range(0, image.height(), 4))
        assert QColor.fromRgb(drawn.most_common(1)[0][0]).lightness() < 100  # dark as drawn, not only as set
    for series in window.dashboard_view.burn_down.chart().series():
        assert isinstance(series, QLineSeries) and contrast(series.pen().color(), base) >= 3  # lines: 3 is enough
    alarm = _style_colour(window.dashboard_view.surplus.value.styleSheet())  # a red figure: unscheduled surplus
    assert contrast(QColor(alarm), dark.color(QPalette.ColorRole.Window)) >= 4.5


def _style_colour(style_sheet: str) -> str:
    return re.search(r"color:\s*(#[0-9a-fA-F]{6})", style_sheet).group(1)


def test_the_charts_follow_a_palette_changed_while_the_window_is_open(qtbot, tmp_path, demo_url):
    window = _window(qtbot, tmp_path, demo_url)
    app = QApplication.instance()
    before = app.palette()
    try:
        app.setPalette(_dark_palette())
        QApplication.processEvents()
        chart = window.dashboard_view.composition.chart()
        assert chart.backgroundBrush().color() == QColor("#232323")
    finally:
        app.setPalette(before)
    QApplication.processEvents()
    assert window.dashboard_view.composition.chart().backgroundBrush().color() == before.color(QPalette.ColorRole.Base)


# -- help ---------------------------------------------------------------------------------------


def test_f1_opens_the_guide_which_covers_every_page_action_and_report(qtbot, tmp_path, demo_url):
    window = _window(qtbot, tmp_path, demo_url)
    assert window.named_actions["guide"].shortcut() == QKeySequence(QKeySequence.StandardKey.HelpContents)
    window.named_actions["guide"].trigger()
    guide = window.findChild(GuideDialog)
    assert guide is not None and guide.isVisible()
    window.named_actions["guide"].trigger()
    assert len(window.findChildren(GuideDialog)) == 1  # asked again, the same guide comes forward
    text = guide.browser.toPlainText()
    assert "Stockpile Tracker: user guide" in text
    missing = [declared.words for declared in ACTIONS if declared.words.casefold() not in text.casefold()]
    assert missing == []  # every page, action and report, as its menu names it
    keys = [QKeySequence(declared.shortcut).toString() for declared in ACTIONS if declared.shortcut]
    assert [key for key in keys if key not in text] == []  # and every key, as the action has it
    html = guide_file().read_text(encoding="utf-8")
    assert set(re.findall(r'href="#([^"]+)"', html)) <= set(re.findall(r'name="([^"]+)"', html))
    guide.close()


def test_about_names_the_version_the_database_and_the_licence(qtbot, tmp_path, demo_url):
    window = _window(qtbot, tmp_path, demo_url)
    shown = {}

    def read_and_close() -> None:
        box = QApplication.activeModalWidget()
        shown["text"] = box.text()
        box.accept()

    QTimer.singleShot(0, read_and_close)
    window.named_actions["about"].trigger()
    assert __version__ in shown["text"] and "MIT" in shown["text"]
    assert window.settings.last_database.removeprefix("sqlite:///") in shown["text"]  # the file, or the URL
    assert str(log_file()) in shown["text"]  # to send with a problem report
