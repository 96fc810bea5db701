"""Names are data, never markup or formulas: HTML typed into a name shows as typed in the window
and is escaped in reports; a name that a spreadsheet would run as a formula is neutralised in CSV."""

from __future__ import annotations

import csv
import io
import shutil
from datetime import date

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QLabel

from stockpile_tracker.db.migrate import open_database
from stockpile_tracker.qt.lot_dialogs import RetentionDialog, StockCheckDialog
from stockpile_tracker.qt.main_window import PAGES, MainWindow
from stockpile_tracker.qt.settings import Settings
from stockpile_tracker.reports.document import to_csv, to_html
from stockpile_tracker.reports.records import certificate_report, lot_history_report
from stockpile_tracker.reports.status import status_report
from stockpile_tracker.services import Stockpile

from ..helpers import TODAY, settle

MARKUP = "<b>bold</b><img src=x>"
FORMULA = '=HYPERLINK("http://example.invalid")'
USER = "<i>eve</i>"


def hostile_stockpile(sp: Stockpile) -> int:
    sp.catalogue.add_type(
        designation="M67",
        name=f"ADAM {MARKUP}",
        category="AP",
        self_destruct_hours=48,
        self_deactivating=True,
        delivery="artillery",
    )
    sp.catalogue.add_site(code="ANAD", name=f"Depot {MARKUP}", country="US")
    lot = sp.lots.receive_lot(
        lot_number=MARKUP, type="M67", site="ANAD", quantity=100, received_on=date(2020, 1, 1), document_ref=FORMULA
    ).lot_id
    sp.destruction.record_event(
        occurred_on=date(2026, 3, 1),
        site="ANAD",
        method="open_detonation",
        officer=FORMULA,
        witness=MARKUP,
        certificate_number=MARKUP,
        lines={lot: 10},
    )
    return lot


def test_reports_escape_markup_and_neutralise_formulas(stockpile):
    lot = hostile_stockpile(stockpile)
    html = to_html(status_report(stockpile, TODAY))
    assert "<b>bold" not in html and "<img" not in html
    for report in (lot_history_report(stockpile, lot), certificate_report(stockpile, MARKUP)):
        html = to_html(report)
        assert "<b>bold" not in html and "<img" not in html and "&lt;b&gt;bold&lt;/b&gt;" in html
        cells = [cell for row in csv.reader(io.StringIO(to_csv(report))) for cell in row]
        assert any(MARKUP in cell for cell in cells)  # CSV keeps the text as typed
        assert not any(cell.startswith("=") for cell in cells)  # ... but never a live formula
    cells = [cell for row in csv.reader(io.StringIO(to_csv(certificate_report(stockpile, MARKUP)))) for cell in row]
    assert "'" + FORMULA in cells


@pytest.fixture
def hostile_window(qtbot, tmp_path, sqlite_template):
    path = tmp_path / "hostile.db"
    shutil.copyfile(sqlite_template, path)
    engine = open_database(str(path))
    lot = hostile_stockpile(Stockpile(engine, USER))
    engine.dispose()
    window = MainWindow(Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)), USER)
    qtbot.addWidget(window)
    assert window.open_database(str(path))
    return window, lot


def _markup_read_as_html(widget) -> list[str]:
    """Labels showing a typed name that Qt would read as HTML."""
    return [
        label.text()
        for label in widget.findChildren(QLabel)
        if (MARKUP in label.text() or USER in label.text()) and label.textFormat() != Qt.TextFormat.PlainText
    ]


def test_the_window_shows_names_as_typed(hostile_window, qtbot):
    window, lot = hostile_window
    for page in range(len(PAGES)):
        window.nav_list.setCurrentRow(page)
    window.nav_list.setCurrentRow(PAGES.index("Stockpile"))
    window.stockpile_view.select_lot(lot)
    settle(qtbot, window)
    assert MARKUP in window.stockpile_view.detail.title_label.text()
    assert USER in window.user_label.text()
    assert _markup_read_as_html(window) == []


def _retain_more_than_held(dialog: RetentionDialog) -> None:
    dialog.quantity_spin.setValue(dialog.lot.on_hand + 1)
    dialog.category_combo.value = "korea"
    dialog.authority_edit.setText("R-1")
    dialog.reason_edit.setPlainText("reserve")


def _count_that_would_go_below_zero(dialog: StockCheckDialog) -> None:
    """Counted 0 in 2020, before the 10 destroyed in 2026: the ledger would go to -10."""
    dialog.counted_spin.setValue(0)
    dialog.date_edit.value = date(2020, 6, 1)
    dialog.reason_edit.setPlainText("nothing found")


@pytest.mark.parametrize(
    "dialog_class, fill",
    [(RetentionDialog, _retain_more_than_held), (StockCheckDialog, _count_that_would_go_below_zero)],
)
def test_a_refusal_quoting_a_name_shows_it_as_typed(hostile_window, qtbot, dialog_class, fill):
    window, lot = hostile_window
    dialog = dialog_class(window.sp, window.sp.queries.lot(lot), window)
    qtbot.addWidget(dialog)
    dialog.show()
    fill(dialog)
    before = window.sp.queries.ledger(lot)
    qtbot.mouseClick(dialog.action_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.error_label.isVisible()  # refused: the form stays open
    assert f"lot {MARKUP} (M67)" in dialog.error  # the refusal names the lot, markup and all
    assert _markup_read_as_html(dialog) == []  # ... and the label shows it as text
    assert window.sp.queries.ledger(lot) == before
