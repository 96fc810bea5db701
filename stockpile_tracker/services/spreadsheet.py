"""An Excel workbook (.xlsx) read as import_table reads a CSV file: each cell given as the text
the CSV would hold, so a date cell is its date whatever its display format, a number cell is its
number, and text that looks like a number passes the CSV rules. Problems name the sheet's row."""

from __future__ import annotations

import html
import io
import re
import zipfile
from collections.abc import Callable, Iterator
from datetime import date, datetime, time, timedelta
from functools import lru_cache
from typing import Any

from openpyxl import load_workbook
from openpyxl.utils.cell import column_index_from_string, coordinate_from_string, get_column_letter, range_boundaries

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


OPENS_ON = QT_TRANSLATE_NOOP(
    "Imports",
    "the workbook opens on sheet {opened}, not on its first sheet {first}: name the sheet to read (the command "
    "line's --sheet, the window's Sheet box); its sheets are {sheets}",
)


class _TooManyRows(Exception):
    """The sheet runs past MAX_SHEET_ROWS."""


# A row the user hid (or a filter, or a collapsed outline) is easily missed by whoever checks the
# workbook before importing it: the sheet is refused, naming it, rather than read or skipped unseen.
HIDDEN_ROW = QT_TRANSLATE_NOOP("Imports", "is hidden: show it or delete it")
HIDDEN_COLUMN = QT_TRANSLATE_NOOP("Imports", "is in a hidden column: show it or delete it")
# A cell a checker cannot see is imported unseen: a number format that shows nothing for its value
# (";;;", or an empty section for its sign) or only words of its own ('"12"' for 1,200). Its font's
# colour (white on white) is not looked at: that is the checker's to see.
UNSEEN = QT_TRANSLATE_NOOP(
    "Imports",
    "does not show its value ({value}, format {format}): whoever checks the workbook cannot see what would be "
    "imported; format the cell as General, Number or Text",
)
DURATION = QT_TRANSLATE_NOOP(
    "Imports",
    "is a time or duration cell ({value}, format {format}) where a date or a number is expected; type the date "
    "or the number itself",
)
# Excel's own limit: a cell holds at most 32,767 characters. A longer one (written by a program, not
# typed) is refused as it is read, before the sheet's reader holds it whole (95 million characters
# took a minute and 400 MB).
MAX_CELL_TEXT = 32_767
CELL_TOO_LONG = QT_TRANSLATE_NOOP(
    "Imports",
    "holds more than {most} characters, the most a spreadsheet cell holds; shorten it",
)


class _CellTooLong(Exception):
    """A cell's text runs past MAX_CELL_TEXT: its reference ("E2"), or the row when the cell has none."""

    def __init__(self, row: int, column: int | None) -> None:
        super().__init__(row, column)
        self.row, self.column = row, column


_ROW_TAG = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?row\b([^>]*)>")
_ROW_NUMBER = re.compile(rb"""\sr\s*=\s*["']([0-9]+)["']""")
_HIDDEN = re.compile(rb"""\shidden\s*=\s*["'](1|true)["']""")
_NO_SIZE = re.compile(rb"""\s(?:ht|width)\s*=\s*["']0(?:\.0*)?["']""")  # no height or width: as hidden
_COL_TAG = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?col\b([^>]*)>")
_COL_SPAN = (re.compile(rb"""\smin\s*=\s*["']([0-9]+)["']"""), re.compile(rb"""\smax\s*=\s*["']([0-9]+)["']"""))
_CELL_TAG = re.compile(rb"""<(?:[A-Za-z_][\w.-]*:)?c\b[^>]*?\sr\s*=\s*["']([A-Za-z]+[0-9]+)["']""")
_ENTITY = re.compile(rb"&#?[A-Za-z0-9]+;")
_CONTINUING = bytes(range(0x80, 0xC0))  # UTF-8's bytes after a character's first
MAX_TAG = 1 << 22  # a tag (its attributes) longer than 4 MB is no workbook's
_LOOK_BACK = 1 << 16  # where a long text's cell tag is looked for, before it
_BLOCK = (MAX_CELL_TEXT + 1) // 2
_SHEET_PART = re.compile(r"xl/worksheets/[^/]+\.xml")


def sheet_names(data: bytes) -> list[str]:
    """The sheets of a workbook a user sees (hidden ones left out), in their order (`sheet_choice`)."""
    return sheet_choice(data)[0]


def sheet_choice(data: bytes) -> tuple[list[str], str | None]:
    """The sheets of a workbook a user sees (hidden ones left out), in their order, and the one it
    opens on (Excel's active tab) when that is not the first: the import reads no sheet unnamed then
    (`_chosen`). No sheets when `data` is no workbook read here (the import then names why)."""
    if not data.startswith(ZIPPED) or _refused(data) is not None or _long_cell(data) is not None:
        return [], None
    try:
        book = load_workbook(io.BytesIO(data), read_only=True)
    except Exception:  # noqa: BLE001 (see UNREADABLE)
        return [], None
    try:
        shown = [sheet for sheet in book.worksheets if sheet.sheet_state == "visible"]
        opened: Any = book.active
        return [sheet.title for sheet in shown], (opened.title if _opens_elsewhere(opened, shown) else None)
    finally:
        book.close()


def _opens_elsewhere(opened: Any, shown: list[Any]) -> bool:
    """Whether the sheet a workbook opens on is one a user sees other than its first."""
    return bool(shown) and opened is not shown[0] and any(opened is sheet for sheet in shown)


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
    if (long := _long_cell(data)) is not None:
        return long
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


def _too_long_problem(long: _CellTooLong) -> Problem:
    """A text longer than a cell holds, named by its row and its cell's reference (E2): its column's
    header is not read, as openpyxl reads a row only whole with the next (the long text itself)."""
    said = translate("Imports", CELL_TOO_LONG).format(most=figure(MAX_CELL_TEXT))
    if long.column is None:
        return Problem(long.row, "", said)
    return Problem(long.row, f"{get_column_letter(long.column)}{long.row}", said)


def _chosen(book: Any, sheet: str | None, sheets: str) -> Any:
    """The sheet named, or the first a user sees; a Problem when there is none. A name is the
    sheet's as written, its case aside ("lots" is "Lots", "Lots " is not). With no name, a workbook
    that opens on another sheet than its first (the one Excel shows) is not read: which is meant?"""
    if sheet is None:
        shown = [ws for ws in book.worksheets if ws.sheet_state == "visible"]
        if not shown:
            return Problem(0, "file", translate("Imports", "has no sheet of rows"))
        opened = book.active
        if _opens_elsewhere(opened, shown):
            return Problem(
                0,
                "sheet",
                translate("Imports", OPENS_ON).format(
                    opened=repr(opened.title), first=repr(shown[0].title), sheets=sheets
                ),
            )
        return shown[0]
    named = [ws for ws in book.worksheets if ws.title == sheet] or [
        ws for ws in book.worksheets if ws.title.casefold() == sheet.casefold()
    ]
    if len(named) != 1:
        not_one = translate("Imports", "{sheet} is not a sheet of this workbook; its sheets are {sheets}")
        return Problem(0, "sheet", not_one.format(sheet=repr(sheet), sheets=sheets))
    return named[0]


def _lines(sheet: Any, progress: Progress, refusals: list[Problem]) -> Iterator[tuple[int, list[str]]]:
    """Each row with its number on the sheet, read across the header's columns (the first row, to its
    last value): a cell right of them is not read, as a CSV column the import does not know. A hidden
    row with a value, and a value an array formula spilled into a cell, go to `refusals`."""
    header = _header(sheet)
    refused = _Refused(header, refusals, _hidden(sheet))
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


def _header(sheet: Any) -> list[str]:
    """The sheet's first row to its last value."""
    header = [_text(cell) for cell in next(sheet.iter_rows(min_row=1, max_row=1), ())]
    while header and not header[-1].strip():
        header.pop()
    return header


class _Refused:
    """What makes a sheet refused whatever its cells say: a hidden row or column with a value (one
    of no height or width is hidden too), a value an array formula spilled into (its anchor named
    with it), a cell whose format does not show its value, a duration, and a text longer than a
    spreadsheet cell holds."""

    def __init__(self, header: list[str], refusals: list[Problem], hidden: tuple[set[int], set[int]]) -> None:
        self.header, self.refusals = header, refusals
        self.hidden, self.hidden_columns = hidden
        self.formats: dict[int | None, str] = {}  # by a cell's style: its number format
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
                if (unseen := _unseen(cell.value, texts[column - 1], self.number_format(cell))) is not None:
                    self.refusals.append(Problem(number, name, unseen))
                    if len(texts[column - 1]) > MAX_CELL_TEXT:  # a shared string: not checked further
                        texts[column - 1] = texts[column - 1][:MAX_CELL_TEXT]
                spilled = next((spill for spill in self.spills if _within(spill[0], column, number)), None)
                if spilled is not None:
                    if (anchor := self.anchors.pop(spilled[1], None)) is not None:
                        self.refusals.append(anchor)
                    self.refusals.append(Problem(number, name, _spilled(*spilled[1:])))

    def number_format(self, cell: Any) -> str:
        """The cell's number format, read once per style: most cells share a few."""
        style = getattr(cell, "_style_id", None)  # None: a cell of no style (formats are then not kept)
        if style is None or (number_format := self.formats.get(style)) is None:
            number_format = str(getattr(cell, "number_format", None) or "General")
            self.formats[style] = number_format
        return number_format


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


def _long_cell(data: bytes) -> Table | None:
    """A text in any sheet longer than a cell holds, refused before the workbook is opened (openpyxl
    reads a sheet without its size whole as it opens it): each sheet's XML read in pieces, a long
    text never held. Named by sheet, row and cell (E2). None when there is none."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            titles = _sheet_titles(archive)
            for member in archive.infolist():
                if member.filename not in titles and not _SHEET_PART.fullmatch(member.filename):
                    continue
                try:
                    _scan_texts(archive, member.filename)
                except _CellTooLong as long:
                    name = titles.get(member.filename, member.filename)
                    return Table([], [_too_long_problem(long)], name)
    except Exception:  # noqa: BLE001 (see UNREADABLE)
        return Table([], [Problem(0, "file", translate("Imports", UNREADABLE))])
    return None


def _scan_texts(archive: zipfile.ZipFile, part: str) -> None:
    """Raise _CellTooLong at the first text of the sheet `part` longer than a cell holds."""
    rest, before, row = b"", b"", 0
    run: tuple[int, bytes] | None = None  # the text open at the last piece's end: its characters, what preceded it
    with archive.open(part) as source:
        while chunk := source.read(1 << 20):
            text, rest = rest + chunk, b""
            end = text.rfind(b"<")
            if end >= 0 and text.find(b">", end) < 0:  # a tag cut by the chunk's end is read with the next
                text, rest = text[:end], text[end:]
                if len(rest) > MAX_TAG:
                    raise ValueError("a tag longer than any workbook holds")
            run = _long_texts(before, text, run, row)
            if (last_row := text.rfind(b"<row")) >= 0 and (place := _ROW_NUMBER.search(text, last_row)):
                row = int(place.group(1))
            before = text


def _sheet_titles(archive: zipfile.ZipFile) -> dict[str, str]:
    """Each worksheet's part of the archive (xl/worksheets/sheet1.xml) and its sheet's name, read
    from the workbook's list of sheets and its relationships; what cannot be read is left out."""
    try:
        book = archive.read("xl/workbook.xml")
        links = archive.read("xl/_rels/workbook.xml.rels")
    except (KeyError, zipfile.BadZipFile, OSError):
        return {}
    targets = {
        _attribute(tag, b"Id"): _attribute(tag, b"Target")
        for tag in re.findall(rb"<(?:\w+:)?Relationship\b[^>]*>", links)
    }
    titles = {}
    for tag in re.findall(rb"<(?:\w+:)?sheet\b[^>]*>", book):
        target = targets.get(_attribute(tag, b"id"))
        if target:
            part = target.lstrip("/") if target.startswith("/") else f"xl/{target}"
            titles[part] = _attribute(tag, b"name")
    return titles


def _attribute(tag: bytes, name: bytes) -> str:
    """An attribute of an XML tag (any prefix: r:id), its entities read; "" when it has none."""
    found = re.search(rb"""\s(?:\w+:)?%s\s*=\s*(?:"([^"]*)"|'([^']*)')""" % name, tag)
    if found is None:
        return ""
    return html.unescape((found.group(1) or found.group(2) or b"").decode("utf-8", "replace"))


def _long_texts(before: bytes, text: bytes, run: tuple[int, bytes] | None, row: int) -> tuple[int, bytes] | None:
    """Raise _CellTooLong at the first text between the tags of `text` (a piece of the sheet's XML,
    whole tags) longer than a cell holds, counting on from the text `run` the piece `before` left
    open (its characters, what preceded it); return the text this piece leaves open, if any. `row`:
    the last row seen, named if the cell has no reference."""
    first = text.find(b"<")
    chars, preceding = run if run is not None else (0, before[-_LOOK_BACK:])
    chars += _characters(text if first < 0 else text[:first])
    if chars > MAX_CELL_TEXT:
        raise _too_long(preceding, row)
    if first < 0:  # within one text
        return chars, preceding
    last = text.rfind(b"<")
    # A text of more than 2 x _BLOCK bytes between tags leaves a block of the piece without a tag; the
    # pieces of a sheet (a tag every few bytes) have none, and are not split to be looked at closer.
    if any(text.find(b"<", start, start + _BLOCK) < 0 for start in range(first, last, _BLOCK)):
        at = first
        for piece in text[first + 1 : last].split(b"<"):  # each tag with the text after it
            tag, _, said = piece.partition(b">")
            if len(said) > MAX_CELL_TEXT and _characters(said) > MAX_CELL_TEXT:
                raise _too_long(before[-_LOOK_BACK:] + text[: at + len(tag) + 2], row)
            at += len(piece) + 1
    tail = text[last:].partition(b">")[2]
    if not tail:
        return None
    preceding = (before[-_LOOK_BACK:] + text[: len(text) - len(tail)])[-_LOOK_BACK:]
    if (chars := _characters(tail)) > MAX_CELL_TEXT:
        raise _too_long(preceding, row)
    return chars, preceding


def _characters(text: bytes) -> int:
    """The characters of a text of the sheet's XML: its UTF-8 bytes but those that continue a
    character (a character cut by a piece's end is counted once), each entity (&amp;) one."""
    if not text:
        return 0
    return len(text.translate(None, _CONTINUING)) - sum(len(entity) - 1 for entity in _ENTITY.findall(text))


def _too_long(preceding: bytes, row: int) -> _CellTooLong:
    """The cell whose text follows `preceding` (its tag the last there), else the row it is in."""
    cell = None
    for cell in _CELL_TAG.finditer(preceding[-_LOOK_BACK:]):  # noqa: B007 (the last one is wanted)
        pass
    if cell is None:
        return _CellTooLong(row, None)
    letters, number = coordinate_from_string(cell.group(1).decode("ascii"))
    return _CellTooLong(number, column_index_from_string(letters))


def _text(cell: Any) -> str:
    """The cell as CSV text: a formula as written (refused as one), an error as its code (refused
    too), a date as YYYY-MM-DD, a whole number without a decimal point, yes or no for TRUE/FALSE;
    a cell that holds no text with its value and format, which a text column reads (NotText)."""
    value = cell.value
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, timedelta):  # a [h]:mm duration: refused as one (_unseen)
        return str(value)
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


def _unseen(value: Any, text: str, number_format: str) -> str | None:
    """Why a cell is refused whatever its column: a text longer than a cell holds, a duration (a
    [h]:mm cell, where only a day or a number is read), or a value its number format does not show
    (a section for its sign left empty, as ";;;", or one of words only, as '"12"' for 1,200), which
    whoever checks the workbook cannot see."""
    if len(text) > MAX_CELL_TEXT:
        return translate("Imports", CELL_TOO_LONG).format(most=figure(MAX_CELL_TEXT))
    if number_format == "General":
        return None
    if isinstance(value, timedelta):
        return translate("Imports", DURATION).format(value=text, format=repr(number_format))
    if isinstance(value, bool) or not isinstance(value, int | float | str):  # TRUE/FALSE, dates: shown
        return None
    if _shown(number_format, "text" if isinstance(value, str) else (value > 0) - (value < 0)):
        return None
    shown = text if len(text) <= 40 else text[:40] + "..."
    return translate("Imports", UNSEEN).format(value=repr(shown), format=repr(number_format))


_FORMAT_TOKEN = re.compile(r'"[^"]*"?|\\.|[_*].|\[[^\]]*\]?|.', re.DOTALL)


@lru_cache(maxsize=512)
def _shown(number_format: str, sign: int | str) -> bool:
    """Whether `number_format` shows a value of `sign` (1, 0, -1; "text"): the section for it is not
    empty and has a place for the value (a digit 0 # ?, a part of a date or time, General or @), not
    only words of its own. With conditions ([>100]) every section for numbers must show one."""
    sections, conditional = _sections(number_format)
    if sign == "text":  # a fourth section is the text's; without one, text shows as it is
        return len(sections) < 4 or "@" in sections[3]
    numbers = sections[:3]
    if conditional:
        return all(_places(section) for section in numbers)
    if sign == -1 and len(numbers) > 1:
        return _places(numbers[1])
    if sign == 0 and len(numbers) > 2:
        return _places(numbers[2])
    return _places(numbers[0])


def _sections(number_format: str) -> tuple[list[str], bool]:
    """A number format's sections (split at ;), each as the places it shows a value in and the
    characters it prints without quotes (words in quotes, escaped characters, _x spaces and *x fills
    left out, an elapsed [h] kept as h), and whether it has conditions ([>100])."""
    sections: list[str] = [""]
    conditional = False
    for token in _FORMAT_TOKEN.findall(number_format):
        if token == ";":
            sections.append("")
        elif token.startswith("["):
            inside = token.strip("[]").lower()
            if re.fullmatch(r"h+|m+|s+", inside):  # elapsed time: [h]:mm
                sections[-1] += "h"
            conditional = conditional or inside[:1] in ("<", ">", "=")
        elif len(token) == 1:
            sections[-1] += token.lower()
    return sections, conditional


def _places(section: str) -> bool:
    """A section of a number format that shows the value: a digit, date or time place, General or @."""
    return "general" in section or any(place in section for place in "0#?@ymdhs")
