"""At the default 1280x800, in English, French and Spanish (whose words are longer), nothing on the
Dashboard and the Stockpile page is cut: each figure's title, value and lines whole, the charts
whole with their legends, and the stockpile's "Kept for" column whole, the first figures beside it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, QPoint, QRect, QSize, Qt, QTranslator
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QLabel, QStyle, QWidget

from stockpile_tracker.i18n import ENGLISH, use_language
from stockpile_tracker.qt.app import start_language
from stockpile_tracker.qt.lot_model import COL_KEPT_FOR
from stockpile_tracker.qt.main_window import PAGES, MainWindow

from ..helpers import settle
from .test_dashboard import wait_for_findings

SIZE = QSize(1280, 800)
FIRST_FIGURES = ("On hand", "Mines", "Retained", "Surplus")  # the Stockpile's columns seen beside Kept for


@pytest.fixture(params=[ENGLISH, "fr", "es"])
def shown_window(request, qapp, qtbot, settings, demo_url):
    """A reader's window on the demo stockpile, started in the language, at 1280x800 on screen."""
    start_language(qapp, request.param)
    window = MainWindow(settings, "reader")
    qtbot.addWidget(window)
    assert window.open_database(demo_url)
    window.resize(SIZE)
    window.show()
    qtbot.waitExposed(window)
    wait_for_findings(qtbot, window)
    QApplication.processEvents()
    yield window
    for translator in qapp.findChildren(QTranslator):
        qapp.removeTranslator(translator)
        translator.deleteLater()
    use_language(ENGLISH)
    QLocale.setDefault(QLocale.system())


def _shown(widget: QWidget) -> QRect:
    """The part of the widget its parents (a card, a splitter's pane, the page, the window) show."""
    shown = widget.rect()
    child = widget
    while child.parentWidget() is not None:
        shown = shown.translated(child.pos()) & child.parentWidget().rect()
        child = child.parentWidget()
    return shown.translated(-widget.mapTo(widget.window(), QPoint(0, 0)))


def _whole(widget: QWidget) -> bool:
    return _shown(widget) == widget.rect()


def _cut_text(label: QLabel) -> bool:
    if label.wordWrap():  # its lines at its width, none wider than it, none below it
        return label.minimumSizeHint().width() > label.width() or label.heightForWidth(label.width()) > label.height()
    hint = label.sizeHint()
    return hint.width() > label.width() or hint.height() > label.height()


def _legend_cut(chart) -> list[str]:
    """QtCharts shortens a legend's words ("en los emplazamie...") when its markers do not fit in a row:
    each is its words, its square and their margins (about a line's height and 10 pixels, as drawn)."""
    legend = chart.legend()
    metrics = QFontMetrics(legend.font())
    labels = [marker.label() for marker in legend.markers()]
    need = sum(metrics.horizontalAdvance(label) + metrics.height() + 10 for label in labels)
    return labels if need > legend.geometry().width() else []


def test_the_dashboard_shows_every_figure_and_chart_whole(shown_window):
    window = shown_window
    assert window.size() == SIZE
    view = window.dashboard_view
    assert window.pages.currentWidget() is view
    cards = (view.deadline, view.on_hand, view.retained, view.surplus, view.destroyed_this_year, view.plan)
    cut = [
        label.text()
        for card in cards
        for label in (card.title, card.value, card.detail)
        if not _whole(label) or _cut_text(label)
    ]
    assert cut == [], cut
    assert all(_whole(card) for card in cards)
    for chart_view in (view.burn_down, view.composition):
        assert _whole(chart_view), f"{chart_view.chart().title()}: {_shown(chart_view)} shown"
        assert _legend_cut(chart_view.chart()) == [], chart_view.chart().title()
    # the findings keep a table of their own below the charts
    assert view.findings_table.isVisible() and view.findings_table.height() >= 80


def test_the_stockpile_shows_kept_for_whole_and_the_first_figures_beside_it(shown_window, qtbot):
    window = shown_window
    window.nav_list.setCurrentRow(PAGES.index("Stockpile"))
    settle(qtbot, window)
    QApplication.processEvents()
    table = window.stockpile_view.table
    model, header, style = table.model(), table.horizontalHeader(), table.style()
    header_metrics, metrics = QFontMetrics(header.font()), QFontMetrics(table.font())
    title = model.headerData(COL_KEPT_FOR, Qt.Orientation.Horizontal)
    padding = 2 * (style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1)
    icon = table.iconSize().width() + 4
    longest = max(
        metrics.horizontalAdvance(model.data(model.index(row, COL_KEPT_FOR)))
        + (icon if model.data(model.index(row, COL_KEPT_FOR), Qt.ItemDataRole.DecorationRole) else 0)
        for row in range(model.rowCount())
    )
    need = max(
        header_metrics.horizontalAdvance(title) + 2 * style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin),
        longest + padding,
    )
    assert header.sectionSize(COL_KEPT_FOR) >= need, (title, header.sectionSize(COL_KEPT_FOR), need)
    titles = [model.columns[column].title for column in range(model.columnCount())]
    for name in ("Kept for", *FIRST_FIGURES):
        column = titles.index(name)
        right = header.sectionViewportPosition(column) + header.sectionSize(column)
        assert right <= table.viewport().width(), f"{name} beyond the table's width"
    assert table.height() >= 2 * window.stockpile_view.detail.height()  # the lots first, the detail below
