"""An Excel workbook (.xlsx) read as import_table reads a CSV file: each cell given as the text
the CSV would hold, so a date cell is its date whatever its display format, a number cell is its
number, and text that looks like a number passes the CSV rules. Problems name the sheet's row."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable, Iterator
from datetime import date, datetime, time
from typing import Any

from openpyxl import load_workbook

from .dto.imports import Problem
from .import_table import EMPTY, TOO_MUCH, ZIPPED, Table

# The reader is given a file made by anyone: whatever openpyxl raises on a damaged or foreign
# archive (KeyError, ValueError, zipfile, XML and zlib errors alike) means "not a workbook we read".
UNREADABLE = (
    "is a zipped file but not an Excel workbook that can be read (.xlsx); save it from the spreadsheet as "
    "an Excel workbook (.xlsx) or CSV UTF-8"
)

# A workbook is zipped: 16 MB of it may unpack to gigabytes (a zip bomb). The sizes the archive
# declares bound what it unpacks to (zipfile reads no further); 100,000 lots take about 100 MB.
MAX_UNPACKED = 400_000_000


def sheet_names(data: bytes) -> list[str]:
    """The sheets of a workbook, in their order; none when `data` is no workbook read here (the
    import then names why)."""
    if not data.startswith(ZIPPED) or not 0 < (_unpacked(data) or 0) <= MAX_UNPACKED:
        return []
    try:
        book = load_workbook(io.BytesIO(data), read_only=True)
    except Exception:  # noqa: BLE001 (see UNREADABLE)
        return []
    names = [sheet.title for sheet in book.worksheets]
    book.close()
    return names


def _unpacked(data: bytes) -> int | None:
    """What the archive declares it unpacks to, or None when it is no zip archive."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return sum(member.file_size for member in archive.infolist())
    except zipfile.BadZipFile:
        return None


def read_sheet(data: bytes, sheet: str | None, rows_of: Callable[[Iterator[tuple[int, list[str]]]], Table]) -> Table:
    """`sheet` of the workbook (the first when None), its rows passed to `rows_of` as (row number,
    cells as text); the Table says which sheet it read."""
    unpacked = _unpacked(data)
    if unpacked is None:
        return Table([], [Problem(0, "file", UNREADABLE)])
    if unpacked > MAX_UNPACKED:
        return Table([], [Problem(0, "file", f"unpacks to more than {MAX_UNPACKED / 1_000_000:g} MB, {TOO_MUCH}")])
    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=False)
    except Exception:  # noqa: BLE001 (see UNREADABLE)
        return Table([], [Problem(0, "file", UNREADABLE)])
    sheets = ", ".join(repr(ws.title) for ws in book.worksheets)
    try:
        if sheet is None:
            if not book.worksheets:
                return Table([], [Problem(0, "file", "has no sheet of rows")])
            chosen = book.worksheets[0]
        else:
            named = [ws for ws in book.worksheets if ws.title.casefold() == sheet.strip().casefold()]
            if not named:
                return Table(
                    [], [Problem(0, "sheet", f"{sheet!r} is not a sheet of this workbook; its sheets are {sheets}")]
                )
            chosen = named[0]
        try:
            table = rows_of(_lines(chosen.iter_rows()))
        except Exception:  # noqa: BLE001 (a read-only workbook is read as its rows are asked for)
            return Table([], [Problem(0, "file", UNREADABLE)])
        if table.problems == [EMPTY]:
            return Table([], [Problem(0, "sheet", f"{chosen.title!r} is empty; the workbook's sheets are {sheets}")])
        return table._replace(sheet=chosen.title)
    finally:
        book.close()


def _lines(rows: Iterator[tuple[Any, ...]]) -> Iterator[tuple[int, list[str]]]:
    """Each row with its number on the sheet, its cells to the last one that holds a value."""
    for number, cells in enumerate(rows, start=1):  # a read-only sheet gives every row from the first
        texts = [_text(cell) for cell in cells]
        while texts and not texts[-1].strip():
            texts.pop()
        yield number, texts


def _text(cell: Any) -> str:
    """The cell as CSV text: a formula as written (refused as one), an error as its code (refused
    too), a date as YYYY-MM-DD, a whole number without a decimal point, yes or no for TRUE/FALSE."""
    value = cell.value
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, datetime):
        return value.date().isoformat()  # the program keeps days: a time typed beside a date is dropped
    if isinstance(value, date | time):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)
