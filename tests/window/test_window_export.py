"""File > Export table as CSV: the file's first line says which filter made it, so a table of
surplus lots is never taken for the whole stockpile."""

from __future__ import annotations

import csv
import io
from datetime import datetime
from pathlib import Path

from openpyxl import load_workbook
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from stockpile_tracker.db.migrate import open_database
from stockpile_tracker.qt.main_window import PAGES, MainWindow
from stockpile_tracker.qt.settings import Settings
from stockpile_tracker.services import LotFilter, Stockpile

from ..helpers import TODAY, choose_file


def export_surplus_at_anad(qtbot, demo_url: str, tmp_path: Path, name: str) -> tuple[MainWindow, Path]:
    """The demo's Stockpile page filtered to the surplus at ANAD, exported by File > Export table."""
    window = MainWindow(Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)), "reader")
    qtbot.addWidget(window)
    window.open_database(demo_url)
    window.nav_list.setCurrentRow(PAGES.index("Stockpile"))
    window.stockpile_view.set_filter(LotFilter(retention="surplus", site="ANAD"))
    target = tmp_path / name
    choose_file(qtbot, target)
    window.named_actions["export"].trigger()
    return window, target


def test_the_exported_stockpile_names_its_filter(qtbot, demo_url, tmp_path):
    engine = open_database(demo_url)
    Stockpile(engine, "clerk").catalogue.set_letterhead(organisation="Depot 7", marking="OFFICIAL")
    engine.dispose()
    window, target = export_surplus_at_anad(qtbot, demo_url, tmp_path, "surplus.csv")
    rows = list(csv.reader(io.StringIO(target.read_text(encoding="utf-8-sig"))))
    today = window.sp.context.today().isoformat()
    seal = f"seal {window.sp.archive.seal()}"  # the same as a report printed now would carry
    assert rows[0] == ["Stockpile", f"as of {today}", "filter: Surplus; site ANAD", "Depot 7", "OFFICIAL", seal]
    site = rows[3].index("Site")
    assert rows[4:-1] and {row[site] for row in rows[4:-1]} == {"ANAD"}


def test_a_table_is_never_exported_over_the_database(window, qtbot, small_url):

    from ..helpers import choose_existing_file

    before = Path(small_url).read_bytes()
    told: list[dict] = []
    choose_existing_file(qtbot, Path(small_url), told)
    window.named_actions["export"].trigger()
    assert told[0]["text"] == f"file: {small_url} is the database (gui.db): choose another file"
    assert Path(small_url).read_bytes() == before


def test_a_table_exported_as_an_excel_workbook_holds_numbers_and_its_filter(qtbot, demo_url, tmp_path):
    window, target = export_surplus_at_anad(qtbot, demo_url, tmp_path, "surplus.xlsx")
    rows = [list(row) for row in load_workbook(target).active.values]
    assert "Surplus; site ANAD" in rows[1][0]
    header = next(i for i, row in enumerate(rows) if row[:1] == ["Lot no."])
    lots = rows[header + 1 : -1]
    site, on_hand = rows[header].index("Site"), rows[header].index("On hand")
    shown = window.stockpile.queries.lots(LotFilter(retention="surplus", site="ANAD"), limit=None)
    assert {row[site] for row in lots} == {"ANAD"} and len(lots) == len(shown)
    assert rows[-1][0] == "Total" and rows[-1][on_hand] == sum(lot.on_hand for lot in shown) == sum(
        r[on_hand] for r in lots
    )


def test_an_exported_lot_number_that_looks_like_a_day_stays_text(qtbot, demo_url, tmp_path):
    """A review: a lot number written 2024-03-01 came out of File > Export table as a date cell."""
    engine = open_database(demo_url)
    Stockpile(engine, "clerk", today=lambda: TODAY).lots.receive_lot(
        lot_number="2024-03-01", type="M16", site="ANAD", quantity=3, received_on=TODAY, document_ref="R-1"
    )
    engine.dispose()
    _window, target = export_surplus_at_anad(qtbot, demo_url, tmp_path, "surplus.xlsx")
    sheet = load_workbook(target).active
    cell = next(cell for row in sheet.iter_rows() for cell in row if cell.value in ("2024-03-01", datetime(2024, 3, 1)))
    assert (cell.data_type, cell.value) == ("s", "2024-03-01")


def test_the_catalogue_exports_the_table_in_use(window, qtbot, tmp_path):
    """The Catalogue page has two tables: File > Export table writes the one the user worked in last
    (its mine types until then), not always the types."""
    window.nav_list.setCurrentRow(PAGES.index("Catalogue"))
    window.show()

    def focus(table) -> None:  # as a click in it would (the file dialog was the active window)
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
        table.setFocus()
        qtbot.waitUntil(table.hasFocus)

    def exported(name: str) -> list[list[str]]:
        target = tmp_path / name
        choose_file(qtbot, target)
        window.named_actions["export"].trigger()
        return list(csv.reader(io.StringIO(target.read_text(encoding="utf-8-sig"))))

    types = exported("types.csv")
    assert types[0][0] == "Catalogue" and types[3][0] == "Designation"
    focus(window.catalogue_view.site_table)
    sites = exported("sites.csv")
    assert sites[0][0] == "Sites" and sites[3][:2] == ["Code", "Name"]
    assert sorted(row[0] for row in sites[4:] if row) == sorted(s.code for s in window.sp.catalogue.sites())
    focus(window.catalogue_view.type_table)
    assert exported("types-again.csv")[3][0] == "Designation"


def test_a_table_exported_in_french_says_its_day_and_who_in_french(qtbot, demo_url, tmp_path, french):
    """The export's heading line and its footer are the window's language, as a report's are."""
    window, target = export_surplus_at_anad(qtbot, demo_url, tmp_path, "excedent.csv")
    heading = next(csv.reader(io.StringIO(target.read_text(encoding="utf-8-sig"))))
    assert heading[1] == f"au {window.sp.context.today().isoformat()}"
    assert "as of" not in target.read_text(encoding="utf-8-sig")
