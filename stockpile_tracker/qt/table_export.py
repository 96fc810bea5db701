"""File > Export table, as CSV or an Excel workbook (by the file's name): the rows of the page in
view (the stockpile's every row its filter keeps, not only those fetched), headed by what made
them: the filter, the date, the letterhead and the record's seal, as a printed report carries it."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtWidgets import QFileDialog, QMessageBox

from ..domain.errors import InvalidInput
from ..i18n import language_in_use, translate
from ..reports.document import Report, Table, printable, to_csv
from .actions import PAGES
from .figures import figure
from .table_model import RecordTableModel

if TYPE_CHECKING:
    from .main_window import MainWindow, Page

STOCKPILE = PAGES.index("Stockpile")


def _csv_value(value: object, numeric: bool) -> int | str | date | None:
    """Numbers stay numbers and days days; a signed quantity shown as "+1,000" in a numeric column
    goes out as 1000. Text stays text as shown, whatever it looks like (a lot number "-12" or
    "2024-03-01"), and yes or no is said in words, not as 1 or 0."""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if numeric and isinstance(value, str) and value[:1] in "+-" and value[1:].replace(",", "").isdigit():
        return int(value.replace(",", ""))
    return value if isinstance(value, int | str | date) or value is None else str(value)


def page_table(window: MainWindow) -> tuple[str, Table]:
    """The current page's table: every row the filter shows (the stockpile is fetched whole); of
    the Catalogue's two, the one in use (CatalogueView.exported)."""
    page = window.pages.currentIndex()
    name = PAGES[page]
    model: RecordTableModel
    rows: Sequence[Any]
    if page == PAGES.index("Catalogue"):  # its mine types or its sites: the table in use
        name, model = window.catalogue_view.exported()
        rows = model.rows
    elif page == STOCKPILE:
        view = window.stockpile_view
        model, rows = (
            view.model,
            window.stockpile.queries.lots(
                view.current_filter(), sort=view.model.sort_key, descending=view.model.descending, limit=None
            ),
        )
    else:
        model = {
            PAGES.index("Dashboard"): window.dashboard_view.findings_model,
            PAGES.index("Destruction plan"): window.plan_view.task_model,
            PAGES.index("Destruction log"): window.log_view.model,
        }[page]
        rows = model.rows
    columns = model.columns
    table = Table(
        name,
        tuple(c.title for c in columns),
        tuple(tuple(_csv_value(c.value(row), c.numeric) for c in columns) for row in rows),
        totals=page == STOCKPILE,
    )
    return name, table


def export_table(window: MainWindow) -> None:
    page = window.pages.currentIndex()
    findings = page == PAGES.index("Dashboard") and window.dashboard_view.findings_pending
    loading = cast("Page", window.pages.currentWidget()).loading
    if page != STOCKPILE and (loading or findings):  # its rows are the last read's
        QMessageBox.information(
            window,
            translate("TableExport", "Export"),
            translate("TableExport", "{page} is still being read: export it once its rows show.").format(
                page=translate("MainWindow", PAGES[page])
            ),
        )
        return
    name, table = page_table(window)
    path, _filter = QFileDialog.getSaveFileName(
        window,
        translate("TableExport", "Export {page}").format(page=translate("MainWindow", name)),
        f"{name.lower().replace(' ', '-')}.csv",
        translate("TableExport", "CSV files (*.csv);;Excel workbooks (*.xlsx)"),
    )
    if not path:
        return
    sp = window.stockpile
    try:
        sp.require_not_the_record(path)
    except InvalidInput as exc:
        QMessageBox.critical(window, translate("TableExport", "Export"), str(exc))
        return
    letterhead = sp.catalogue.letterhead()
    selection = window.stockpile_view.current_filter().description if window.pages.currentIndex() == STOCKPILE else ""
    report = Report(
        name,
        letterhead.organisation,
        translate("TableExport", "as of {date}").format(date=sp.today().isoformat()),
        sp.operator,
        datetime.now(),
        (table,),
        marking=letterhead.marking,
        selection=selection,
        seal=sp.archive.seal(),
        language=language_in_use(),
    )
    try:
        if Path(path).suffix.lower() == ".xlsx":
            from ..reports.xlsx import to_xlsx  # openpyxl is loaded only to write one

            Path(path).write_bytes(to_xlsx(printable(report)))
        else:
            Path(path).write_text(to_csv(report), encoding="utf-8-sig")
    except OSError as exc:
        QMessageBox.critical(
            window,
            translate("TableExport", "Export"),
            translate("TableExport", "Cannot write {path}: {reason}").format(path=path, reason=exc.strerror),
        )
        return
    window.statusBar().showMessage(
        translate("TableExport", "Exported {count} rows of {page} to {path}").format(
            count=figure(len(table.rows)), page=translate("MainWindow", name), path=path
        ),
        15000,
    )
