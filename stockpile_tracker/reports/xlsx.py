"""A report, or an exported table, as an Excel workbook, for an office that keeps working in its
spreadsheets. Made from the report's HTML as the DOCX is (one reading for a report printed now and
one kept as submitted): the title and what made it (organisation, marking, period, filter, who
printed it, the seal) on top, then each table with its header row, figures as real numbers and days
as real dates with their formats (only the report's own numbers and dates: its text stays text, as
printed, even a lot number written 2024-03-01), the total row in bold, and columns as wide as their text."""

from __future__ import annotations

import io
import re
from datetime import date

from openpyxl import Workbook
from openpyxl.cell.cell import Cell, MergedCell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.properties import PageSetupProperties
from openpyxl.worksheet.worksheet import Worksheet

from ..services.dto.reports import PrintedReport
from .document import page_of
from .docx import HEADER_FILL, PORTRAIT_COLUMNS, TOTAL_FILL
from .html_blocks import Row, blocks, plain

# As cell_text prints a whole number in any language, and as a Spanish report printed before it
# grouped four digits in a column wrote one (5080): a figure the Excel SUM must not drop as text.
FIGURE = re.compile(r"-?([0-9]{1,3}([,.\u202f][0-9]{3})+|[0-9]+)")
DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
FIGURE_FORMAT, DAY_FORMAT = "#,##0", "yyyy-mm-dd"
WIDEST_COLUMN, NARROWEST_COLUMN = 60, 8  # characters
SHEET_NAME = re.compile(r"[\[\]:*?/\\]")  # what Excel refuses in a sheet's name
TOP = Border(top=Side(style="thin"))


def value_of(text: str, numeric: bool, day: bool = False) -> int | date | str | None:
    """A figure (a whole number, or any cell of a numeric column, printed as one) is a number, a day
    (a date value of the report, printed YYYY-MM-DD) a date; anything else stays text as printed,
    even text written like a day or a figure (a lot number 2024-03-01, a note): it is never retyped."""
    if not text:
        return None
    if numeric and FIGURE.fullmatch(text):
        return int(re.sub(r"[,.\u202f]", "", text))
    if day and DAY.fullmatch(text):
        try:
            return date.fromisoformat(text)
        except ValueError:
            return text
    return text


def sheet_name(title: str) -> str:
    """Excel's 31 characters at most, cut at a word and never ending on a dash or a space
    ("Avancement de la destruction - " was one)."""
    name = SHEET_NAME.sub(" ", title)
    if len(name) > 31:
        name = name[:31].rsplit(" ", 1)[0] if " " in name[:31] else name[:31]
    return name.rstrip(" -\u2013") or "Report"


def to_xlsx(report: PrintedReport) -> bytes:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None  # a new workbook has its one sheet
    sheet.title = sheet_name(report.title)
    widths: dict[int, int] = {}
    widest = 1
    line = 1
    for part in blocks(report.html):
        if part.kind == "table":
            line = _table(sheet, part.rows, line, widths) + 1
            widest = max(widest, *(len(row.cells) for row in part.rows))
            continue
        if part.kind == "h2" and line > 1:
            line += 1
        for text in plain(part.lines).splitlines() or [""]:
            cell = _text(sheet.cell(line, 1), text)
            cell.font = Font(
                bold=part.kind in ("h1", "h2"), size=14 if part.kind == "h1" else 11, italic=part.kind == "note"
            )
            line += 1
    for column, width in widths.items():
        sheet.column_dimensions[get_column_letter(column)].width = max(NARROWEST_COLUMN, min(WIDEST_COLUMN, width + 2))
    _page(sheet, report, landscape=widest > PORTRAIT_COLUMNS)
    workbook.properties.title = report.title
    workbook.properties.creator = report.organisation or "Stockpile Tracker"
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _text(cell: Cell | MergedCell, text: str) -> Cell | MergedCell:
    """Text as text, even when it starts with '=' (a name a user typed is never run as a formula)."""
    cell.value = text
    cell.data_type = "s"
    return cell


def _table(sheet: Worksheet, rows: list[Row], line: int, widths: dict[int, int]) -> int:
    """The table's rows from `line`; the line after the last."""
    for row in rows:
        for column, source in enumerate(row.cells, start=1):
            text = plain(source.lines).replace("\n", " ")
            typed = row.kind != "header"
            value = value_of(text, (source.numeric or source.figure) and typed, source.day and typed)
            cell = sheet.cell(line, column)
            if isinstance(value, str):
                _text(cell, value)
            else:
                cell.value = value
            if isinstance(value, int):
                cell.number_format = FIGURE_FORMAT
            elif isinstance(value, date):
                cell.number_format = DAY_FORMAT
            if row.kind != "body":
                cell.font = Font(bold=True)
                cell.fill = PatternFill("solid", fgColor=HEADER_FILL if row.kind == "header" else TOTAL_FILL)
            if row.kind == "header":
                cell.alignment = Alignment(wrap_text=True, vertical="top")
            elif row.kind == "total":
                cell.border = TOP
            widths[column] = max(widths.get(column, 0), len(f"{value:,}" if isinstance(value, int) else text))
        line += 1
    return line


def _page(sheet: Worksheet, report: PrintedReport, *, landscape: bool) -> None:
    """Printed from Excel: the organisation and the marking at the top of every page, the report's
    footer, the marking again and the page number at the bottom, as wide as one page."""
    sheet.page_setup.orientation = "landscape" if landscape else "portrait"
    sheet.page_setup.fitToWidth, sheet.page_setup.fitToHeight = 1, 0
    sheet.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    header, footer = sheet.oddHeader, sheet.oddFooter
    assert header is not None and footer is not None  # every worksheet has them
    header.left.text = _header_text(report.organisation)
    header.right.text = _header_text(report.marking)
    footer.left.text = _header_text(report.footer)
    if report.marking:  # at the top and the bottom, as a printed page
        footer.center.text = _header_text(report.marking)
    footer.right.text = page_of("&P", "&N", report.language)


def _header_text(text: str) -> str:
    """'&' starts a code in a page header: doubled, it prints itself."""
    return text.replace("&", "&&")
