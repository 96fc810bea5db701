"""An Excel workbook (.xlsx) read as import_table reads a CSV file: each cell given as the text
the CSV would hold, so a date cell is its date whatever its display format, a number cell is its
number, and text that looks like a number passes the CSV rules. Problems name the sheet's row."""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Callable, Iterator
from datetime import date, datetime, time
from typing import Any

from openpyxl import load_workbook
from openpyxl.utils.cell import range_boundaries

from ..i18n import QT_TRANSLATE_NOOP, translate
from .dto.imports import Problem
from .finding_words import figure
from .import_table import GENERAL_DIGITS, MAX_IMPORT_ROWS, ZIPPED, NotText, Table, _unusable, empty, too_much
from .progress import Cancelled, Progress

# The reader is given a file made by anyone: whatever openpyxl raises on a damaged or foreign
# archive (KeyError, ValueError, zipfile, XML and zlib errors alike) means "not a workbook we read".
UNREADABLE = QT_TRANSLATE_NOOP(
    "Imports",
    "is a zipped file but not an Excel workbook that can be read (.xlsx); save it from the spreadsheet as "
    "an Excel workbook (.xlsx) or CSV UTF-8",
)

# A workbook is zipped: 16 MB of it may unpack to gigabytes (a zip bomb). The sizes the archive
# declares bound what it unpacks to (zipfile reads no further); 100,000 lots take about 50 MB. Its
# shared strings are read whole before any row (openpyxl), so they are held to what a CSV import reads.
MAX_UNPACKED = 100_000_000
MAX_SHARED_STRINGS = 16_000_000
# Rows read, empty ones too: openpyxl gives every row up to the last the sheet holds.
MAX_SHEET_ROWS = 2 * MAX_IMPORT_ROWS
SHEET_ROWS_TOO_MANY = QT_TRANSLATE_NOOP(
    "Imports",
    "{sheet} has more than {most} rows, empty ones counted, the most one import reads; delete the empty rows "
    "below the last lot or split the sheet",
)


class _TooManyRows(Exception):
    """The sheet runs past MAX_SHEET_ROWS."""


# A row the user hid (or a filter, or a collapsed outline) is easily missed by whoever checks the
# workbook before importing it: the sheet is refused, naming it, rather than read or skipped unseen.
HIDDEN_ROW = QT_TRANSLATE_NOOP("Imports", "is hidden: show it or delete it")
HIDDEN_COLUMN = QT_TRANSLATE_NOOP("Imports", "is in a hidden column: show it or delete it")
_ROW_TAG = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?row\b([^>]*)>")
_ROW_NUMBER = re.compile(rb"""\sr\s*=\s*["']([0-9]+)["']""")
_HIDDEN = re.compile(rb"""\shidden\s*=\s*["'](1|true)["']""")
_NO_SIZE = re.compile(rb"""\s(?:ht|width)\s*=\s*["']0(?:\.0*)?["']""")  # no height or width: as hidden
_COL_TAG = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?col\b([^>]*)>")
_COL_SPAN = (re.compile(rb"""\smin\s*=\s*["']([0-9]+)["']"""), re.compile(rb"""\smax\s*=\s*["']([0-9]+)["']"""))


def sheet_names(data: bytes) -> list[str]:
    """The sheets of a workbook a user sees (hidden ones left out), in their order; none when `data`
    is no workbook read here (the import then names why)."""
    if not data.startswith(ZIPPED) or _refused(data) is not None:
        return []
    try:
        book = load_workbook(io.BytesIO(data), read_only=True)
    except Exception:  # noqa: BLE001 (see UNREADABLE)
        return []
    names = [sheet.title for sheet in book.worksheets if sheet.sheet_state == "visible"]
    book.close()
    return names


def _refused(data: bytes) -> Problem | None:
    """Why a workbook is not opened at all: no zip archive, or more to unpack than an import reads."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = archive.infolist()
    except zipfile.BadZipFile:
        return Problem(0, "file", translate("Imports", UNREADABLE))
    if sum(member.file_size for member in members) > MAX_UNPACKED:
        unpacks = QT_TRANSLATE_NOOP(
            "Imports", "unpacks to more than {most} MB, the most one import reads; split it into smaller files"
        )
        return Problem(0, "file", too_much(unpacks, MAX_UNPACKED / 1_000_000))
    if any(m.filename.endswith("sharedStrings.xml") and m.file_size > MAX_SHARED_STRINGS for m in members):
        text = QT_TRANSLATE_NOOP(
            "Imports", "holds more than {most} MB of text, the most one import reads; split it into smaller files"
        )
        return Problem(0, "file", too_much(text, MAX_SHARED_STRINGS / 1_000_000))
    return None


def read_sheet(
    data: bytes, sheet: str | None, rows_of: Callable[[Iterator[tuple[int, list[str]]]], Table], progress: Progress
) -> Table:
    """`sheet` of the workbook (the first a user sees when None), its rows passed to `rows_of` as
    (row number, cells as text), told to `progress` as they are read; the Table says which sheet."""
    if (refused := _refused(data)) is not None:
        return Table([], [refused])
    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=False)
    except Exception:  # noqa: BLE001 (see UNREADABLE)
        return Table([], [Problem(0, "file", translate("Imports", UNREADABLE))])
    sheets = ", ".join(repr(ws.title) for ws in book.worksheets)
    try:
        chosen = _chosen(book, sheet, sheets)
        if isinstance(chosen, Problem):
            return Table([], [chosen])
        refusals: list[Problem] = []
        try:
            table = rows_of(_lines(chosen, progress, refusals))
        except Cancelled:
            raise
        except _TooManyRows:
            too_many = translate("Imports", SHEET_ROWS_TOO_MANY).format(
                sheet=repr(chosen.title), most=figure(MAX_SHEET_ROWS)
            )
            return Table([], [Problem(0, "sheet", too_many)])
        except Exception:  # noqa: BLE001 (a read-only workbook is read as its rows are asked for)
            return Table([], [Problem(0, "file", translate("Imports", UNREADABLE))])
        if table.problems == [empty()]:
            said = translate("Imports", "{sheet} is empty; the workbook's sheets are {sheets}")
            return Table([], [Problem(0, "sheet", said.format(sheet=repr(chosen.title), sheets=sheets))])
        if refusals:  # hidden rows, cells a formula spilled into: refused before any cell is checked
            return Table([], sorted(refusals, key=lambda problem: problem.line), chosen.title)
        return table._replace(sheet=chosen.title)
    finally:
        book.close()


def _chosen(book: Any, sheet: str | None, sheets: str) -> Any:
    """The sheet named (case aside), or the first a user sees; a Problem when there is none."""
    if sheet is None:
        shown = [ws for ws in book.worksheets if ws.sheet_state == "visible"]
        return shown[0] if shown else Problem(0, "file", translate("Imports", "has no sheet of rows"))
    named = [ws for ws in book.worksheets if ws.title.casefold() == sheet.strip().casefold()]
    if not named:
        not_one = translate("Imports", "{sheet} is not a sheet of this workbook; its sheets are {sheets}")
        return Problem(0, "sheet", not_one.format(sheet=repr(sheet), sheets=sheets))
    return named[0]


def _lines(sheet: Any, progress: Progress, refusals: list[Problem]) -> Iterator[tuple[int, list[str]]]:
    """Each row with its number on the sheet, read across the header's columns (the first row, to its
    last value): a cell right of them is not read, as a CSV column the import does not know. A hidden
    row with a value, and a value an array formula spilled into a cell, go to `refusals`."""
    header = [_text(cell) for cell in next(sheet.iter_rows(min_row=1, max_row=1), ())]
    while header and not header[-1].strip():
        header.pop()
    refused = _Refused(sheet, header, refusals)
    total = sheet.max_row or 0
    for number, cells in enumerate(sheet.iter_rows(min_row=1, max_col=max(len(header), 1)), start=1):
        if number > MAX_SHEET_ROWS:
            raise _TooManyRows
        if number % 500 == 0:
            progress(number, max(total, number), f"reading row {number:,} of {max(total, number):,}")
        texts = [_text(cell) for cell in cells]
        while texts and not texts[-1].strip():
            texts.pop()
        refused.check(number, cells, texts)
        yield number, texts


class _Refused:
    """What makes a sheet refused whatever its cells say: a hidden row or column with a value (one
    of no height or width is hidden too), and a value an array formula spilled into (its anchor
    named with it)."""

    def __init__(self, sheet: Any, header: list[str], refusals: list[Problem]) -> None:
        self.header, self.refusals = header, refusals
        self.hidden, self.hidden_columns = _hidden(sheet)
        self.spills: list[tuple[tuple[int, int, int, int], str, str]] = []  # (bounds, anchor, formula)
        self.anchors: dict[str, Problem] = {}  # an anchor is named with the first cell it spilled into

    def check(self, number: int, cells: Any, texts: list[str]) -> None:
        if number in self.hidden and texts:
            self.refusals.append(Problem(number, "", translate("Imports", HIDDEN_ROW)))
        self.spills = [spill for spill in self.spills if spill[0][3] >= number]
        for column, cell in enumerate(cells[: len(texts)], start=1):
            name = (self.header[column - 1].strip().lower() if column <= len(self.header) else "") or cell.coordinate
            if (ref := getattr(cell.value, "ref", None)) is not None:
                self.spills.append((_bounds(str(ref)), cell.coordinate, texts[column - 1]))
                self.anchors[cell.coordinate] = Problem(number, name, str(_unusable(texts[column - 1])))
            elif texts[column - 1].strip():
                if column in self.hidden_columns:  # said once, at its first value
                    self.hidden_columns.discard(column)
                    self.refusals.append(Problem(number, name, translate("Imports", HIDDEN_COLUMN)))
                spilled = next((spill for spill in self.spills if _within(spill[0], column, number)), None)
                if spilled is not None:
                    if (anchor := self.anchors.pop(spilled[1], None)) is not None:
                        self.refusals.append(anchor)
                    self.refusals.append(Problem(number, name, _spilled(*spilled[1:])))


def _bounds(ref: str) -> tuple[int, int, int, int]:
    """A range's first and last column and row; a whole row or column ("A:A") runs to the sheet's edge."""
    min_col, min_row, max_col, max_row = range_boundaries(ref)
    return min_col or 1, min_row or 1, max_col or 16_384, max_row or 1_048_576


def _within(bounds: tuple[int, int, int, int], column: int, row: int) -> bool:
    min_col, min_row, max_col, max_row = bounds
    return min_col <= column <= max_col and min_row <= row <= max_row


def _spilled(anchor: str, formula: str) -> str:
    """Why a cell an array formula fills is refused: Excel 365's dynamic arrays (and the older array
    formulas and data tables) keep their formula in the first cell only, the others hold its results."""
    return translate(
        "Imports",
        "holds a result of the array formula in {anchor} ({formula}), not a value typed; enter the value itself",
    ).format(anchor=anchor, formula=repr(formula))


def _hidden(sheet: Any) -> tuple[set[int], set[int]]:
    """The rows and the columns of `sheet` hidden in the workbook (or of no height or width):
    openpyxl's read-only sheet does not keep their attributes, so its XML is scanned for them (a
    fraction of the time reading its cells takes)."""
    rows: set[int] = set()
    columns: set[int] = set()
    number, rest = 0, b""
    with sheet._get_source() as source:  # the read-only sheet's part of the archive
        while chunk := source.read(1 << 20):
            text = rest + chunk
            end = text.rfind(b"<")  # a tag cut by the chunk's end is read with the next
            text, rest = (text[:end], text[end:]) if end >= 0 else (text, b"")
            for column in _COL_TAG.finditer(text):
                attributes = column.group(1)
                span = [pattern.search(attributes) for pattern in _COL_SPAN]
                if span[0] and span[1] and (_HIDDEN.search(attributes) or _NO_SIZE.search(attributes)):
                    columns.update(range(int(span[0].group(1)), int(span[1].group(1)) + 1))
            for row in _ROW_TAG.finditer(text):
                attributes = row.group(1)
                place = _ROW_NUMBER.search(attributes)
                number = int(place.group(1)) if place else number + 1
                if _HIDDEN.search(attributes) or _NO_SIZE.search(attributes):
                    rows.add(number)
    return rows, columns


def _text(cell: Any) -> str:
    """The cell as CSV text: a formula as written (refused as one), an error as its code (refused
    too), a date as YYYY-MM-DD, a whole number without a decimal point, yes or no for TRUE/FALSE;
    a cell that holds no text with its value and format, which a text column reads (NotText)."""
    value = cell.value
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if not isinstance(value, int | float | date | time):  # an array or data-table formula
        formula = str(getattr(value, "text", None) or "TABLE()")
        return formula if formula.startswith("=") else f"={formula}"
    if isinstance(value, bool):
        text = "yes" if value else "no"
    elif isinstance(value, datetime):
        text = value.date().isoformat()  # the program keeps days: a time typed beside a date is dropped
    elif isinstance(value, date | time):
        text = value.isoformat()
    elif isinstance(value, float) and value.is_integer():
        text = str(int(value))
    else:
        text = str(value)
    number_format = str(getattr(cell, "number_format", None) or "General")
    if type(value) is int and number_format == "General" and len(text) <= GENERAL_DIGITS:
        return text  # shown as its CSV text: read alike by every column (most number cells)
    return NotText(text, value, number_format)
