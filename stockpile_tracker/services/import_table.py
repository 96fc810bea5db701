"""Read a CSV file as offices save it from a spreadsheet (UTF-8, comma, semicolon or tab) or an
Excel workbook, every cell checked and every problem kept by line and column (the imports in
importing.py read their rows with it)."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from datetime import date, time
from typing import NamedTuple

from ..domain.enums import Labelled
from ..domain.rules import MAX_QUANTITY, iso_date, normalised, plain_hyphens, refused_character, too_long
from ..i18n import QT_TRANSLATE_NOOP, translate
from .dto.imports import Problem
from .finding_words import figure
from .progress import Progress, no_progress

FORMULA_STARTS = ("=", "+", "@")
# A spreadsheet's error values: #N/A, #GETTING_DATA, and every other a code in capitals ending in ! or ?
# (#DIV/0!, #NAME?, #SPILL!, #BLOCKED!, ...), as the newer ones are too.
SPREADSHEET_ERROR = re.compile(r"#(N/A|GETTING_DATA|[A-Z][A-Z0-9_/]*[!?])", re.IGNORECASE)
# What one import takes (README, Import): 100,000 lots need about 500 MB while they are written. A
# file is read no further than this, so /dev/zero or a huge file ends in a refusal, not in memory
# exhaustion.
MAX_IMPORT_BYTES = 16_000_000
MAX_IMPORT_ROWS = 100_000
YES, NO = ("yes", "y", "true", "1"), ("no", "n", "false", "0")
# A comma in a number groups thousands only in a comma-separated file (English spreadsheets); a
# file separated by semicolons comes from a language whose comma marks decimals: 1,5 is one and a half.
WHOLE_NUMBER = re.compile(r"[+-]?([0-9]+|[0-9]{1,3}(,[0-9]{3})+)")
WORKBOOK = ""  # the delimiter of a workbook's rows: none, and a comma in a text cell is ambiguous
COMMA_MEANS = {  # by delimiter: why a number with a comma is not read
    ",": QT_TRANSLATE_NOOP(
        "Imports", "{value} is not a whole number (a comma may only group thousands: 1,000 or 12,345,678)"
    ),
    ";": QT_TRANSLATE_NOOP(
        "Imports",
        "{value} is not a whole number (in a file separated by semicolons a comma is a decimal comma; write whole "
        "numbers without separators)",
    ),
    "\t": QT_TRANSLATE_NOOP(
        "Imports",
        "{value} is not a whole number (in a file separated by tabs a comma may mark decimals or thousands; write "
        "whole numbers without separators)",
    ),
    WORKBOOK: QT_TRANSLATE_NOOP(
        "Imports",
        "{value} is not a whole number (a comma in a text cell may mark decimals or thousands; enter the number as "
        "a number)",
    ),
}
CSV_DELIMITERS = (",", ";", "\t")
ZIPPED = b"PK\x03\x04"  # an .xlsx workbook is a zip archive
OLD_EXCEL = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # Excel 97-2003 (.xls): not read
ZEROS = re.compile(r"0+")  # a number format that pads a whole number with zeros: "00000"
GENERAL_DIGITS, KEPT_DIGITS = 11, 15  # what Excel's General format writes whole; what a number cell keeps


class NotText(str):
    """A workbook cell that holds no text (a number, a date, TRUE or FALSE) as the CSV text it would
    be saved as, which a quantity or a day is read from; a text column reads the text the cell
    shows instead (`shown`), or refuses it when its format is not one rendered here. A lot number
    typed 00123 in a cell formatted "00000" is the number 123: read as 00123, never as 123."""

    value: object
    number_format: str

    def __new__(cls, text: str, value: object, number_format: str) -> NotText:
        cell = super().__new__(cls, text)
        cell.value, cell.number_format = value, number_format
        return cell

    def shown(self) -> str | None:
        """The text the cell shows in Excel, when its format says it for certain: a whole number in
        General (or Text, "@", given once the number was typed) up to 11 digits (Excel writes 12 or
        more as 1.23457E+11), in "0" or zeros ("00000": 123 is 00123) up to the 15 digits Excel
        keeps; a day in yyyy-mm-dd. Anything else (decimals, whose separator is the viewer's
        language's, thousands, TRUE/FALSE, other formats) is None."""
        value, number_format = self.value, self.number_format.strip().lower()
        if isinstance(value, date):  # Excel keeps the dashes of yyyy-mm-dd escaped (yyyy\-mm\-dd)
            return str(self) if number_format.replace("\\", "") == "yyyy-mm-dd" else None
        if isinstance(value, bool) or not isinstance(value, int | float):
            return None
        if isinstance(value, float):
            if not value.is_integer():
                return None
            value = int(value)
        digits = str(abs(value))
        if number_format in ("general", "@"):
            return str(value) if len(digits) <= GENERAL_DIGITS else None
        if ZEROS.fullmatch(number_format) and len(digits) <= KEPT_DIGITS:
            return ("-" if value < 0 else "") + digits.zfill(len(number_format))
        return None

    def refusal(self) -> str:
        """Why the cell is not read as text: its value and format named, and how to give the text."""
        if isinstance(self.value, bool):
            said = translate("Imports", "is TRUE or FALSE where text is expected: {remedy}")
        elif isinstance(self.value, date | time):
            said = translate("Imports", "is a date cell ({value}, format {format}) where text is expected: {remedy}")
        else:
            said = translate(
                "Imports",
                "is a number cell ({value}, format {format}) where text is expected; it may not show what was "
                "typed (00123 is the number 123): {remedy}",
            )
        remedy = translate("Imports", "format the cell as Text and type the text again")
        return said.format(value=str(self), format=repr(self.number_format), remedy=remedy)


READ_KEPT = 4096  # texts a file's rows remember having read without a problem (`Row.text`)


class Row:
    """One CSV line or sheet row with its number, reading cells and recording problems by column.
    `read`: the texts the file's rows have read without a problem, shared by them (`Row.text`)."""

    def __init__(
        self,
        line: int,
        cells: dict[str, str],
        problems: list[Problem],
        delimiter: str,
        read: dict[tuple[str, bool, int, bool], str | None] | None = None,
    ) -> None:
        self.line, self.cells, self.problems, self.delimiter = line, cells, problems, delimiter
        self.read = {} if read is None else read

    def at(self, line: int) -> str:
        """Another row of the same file, as its problems name it: "line 5" of a CSV file, "row 5" of a sheet."""
        if self.delimiter == WORKBOOK:
            return translate("Imports", "row {line}").format(line=line)
        return translate("Imports", "line {line}").format(line=line)

    def problem(self, column: str, message: str, missing: bool = False) -> None:
        self.problems.append(Problem(self.line, column, message, missing))

    def text(self, column: str, required: bool = False, max_length: int = 200, lines: bool = False) -> str | None:
        """`lines`: free text (notes) that may run over several lines, as the services take it
        (rules.refused_character); otherwise one line. Composed as the services keep it (NFC). A
        workbook's number or date cell is read as the text it shows, or refused (NotText). A cell
        read so before in the file without a problem (a type, a site, a retention of 100,000 rows) is
        not checked again: the same text and checks give the same value."""
        raw = self.cells.get(column) or ""
        if isinstance(raw, NotText):
            if (shown := raw.shown()) is None:
                self.problem(column, raw.refusal())
                return None
            raw = shown
        if (raw, required, max_length, lines) in self.read:
            return self.read[raw, required, max_length, lines]
        value = normalised(raw)
        # printable ASCII holds no character refused_character refuses: most cells, read so at once
        refused = None if value.isascii() and value.isprintable() else refused_character(value, lines)
        if refused is not None:
            self.problem(column, refused)
            return None
        if (unusable := _unusable(value)) is not None:
            self.problem(column, unusable)
            return None
        if len(value) > max_length:
            self.problem(column, too_long(len(value), max_length))
            return None
        if required and not value:
            self.problem(column, translate("Imports", "is empty"))
            return None
        if len(self.read) < READ_KEPT:
            self.read[raw, required, max_length, lines] = value or None
        return value or None

    def identifier(self, column: str, required: bool = False, max_length: int = 80) -> str | None:
        """A lot number or certificate, as the services keep it (rules.require_identifier): one line
        of text with every dash look-alike a hyphen, so "A–1" with an en dash is A-1."""
        value = self.text(column, required, max_length)
        return None if value is None else plain_hyphens(value)

    def _filled(self, column: str, required: bool) -> str | None:
        """The cell's text, or None when empty (a problem if it is required)."""
        raw = (self.cells.get(column) or "").strip()
        if not raw and required:
            self.problem(column, translate("Imports", "is empty"))
        if (unusable := _unusable(raw)) is not None:
            self.problem(column, unusable)
            return None
        return raw or None

    def whole(self, column: str, required: bool = True, positive: bool = True) -> int | None:
        raw = self._filled(column, required)
        if raw is None:
            return None
        if not WHOLE_NUMBER.fullmatch(raw) or ("," in raw and self.delimiter != ","):
            self.problem(column, _not_whole(raw, self.delimiter))
            return None
        value = int(raw.replace(",", ""))
        if positive and value <= 0:
            self.problem(
                column, translate("Imports", "must be more than zero, not {value}").format(value=figure(value))
            )
            return None
        if value > MAX_QUANTITY:
            self.problem(
                column,
                translate("Imports", "{value} is more than the {most} a record can hold").format(
                    value=figure(value), most=figure(MAX_QUANTITY)
                ),
            )
            return None
        return value

    def choice(self, column: str, words: type[Labelled]) -> str | None:
        """One of a closed vocabulary, by its code or its label, in any case, with spaces, dashes or
        underscores alike: "AP" or "anti-personnel", "hand_emplaced" or "hand-emplaced"."""
        raw = self._filled(column, required=True)
        if raw is None:
            return None
        known = {_plain(word): member.value for member in words for word in (member.value, member.label)}
        value = known.get(_plain(raw))
        if value is None:
            self.problem(
                column,
                translate("Imports", "{value} is not one of {choices}").format(
                    value=repr(raw), choices=", ".join(member.value for member in words)
                ),
            )
        return value

    def yes_no(self, column: str, default: bool | None = None) -> bool | None:
        """yes or no (y, true, 1; n, false, 0); an empty cell is `default`, or a problem without one."""
        raw = self._filled(column, required=default is None)
        if raw is None:
            return default
        if raw.lower() not in YES + NO:
            self.problem(column, translate("Imports", "{value} is not yes or no").format(value=repr(raw)))
            return None
        return raw.lower() in YES

    def day(self, column: str, today: date, required: bool = False) -> date | None:
        raw = self._filled(column, required)
        if raw is None:
            return None
        try:
            value = iso_date(raw)
        except ValueError:
            self.problem(column, translate("Imports", "{value} is not a date (YYYY-MM-DD)").format(value=repr(raw)))
            return None
        if value > today:
            self.problem(column, translate("Imports", "{day} is in the future").format(day=raw))
            return None
        return value


def _not_whole(raw: str, delimiter: str) -> str:
    """Why a cell is not a whole number, with what the file's author meant when a separator says it:
    thousands or decimals."""
    if "," in raw:
        said = translate("Imports", COMMA_MEANS[delimiter])
    elif any(character.isspace() for character in raw):  # 1 500, as French writes it
        said = translate("Imports", "{value} is not a whole number (write whole numbers without spaces)")
    else:
        said = translate("Imports", "{value} is not a whole number")
    return said.format(value=repr(raw))


def empty() -> Problem:
    """The problem of a file (or sheet) without a line."""
    return Problem(0, "file", translate("Imports", "is empty"))


def too_much(said: str, most: float) -> str:
    """A file refused for its size: `said` names the measure ({most} MB)."""
    return translate("Imports", said).format(most=f"{most:g}")


def _unusable(value: str) -> str | None:
    """Why a cell holds no value to import: a formula (CSV cells are never run; a workbook's formula
    is refused rather than its last computed value taken) or a spreadsheet's error value."""
    if value.startswith(FORMULA_STARTS):
        return translate("Imports", "{value} looks like a spreadsheet formula; enter the value itself").format(
            value=repr(value)
        )
    if value.startswith("#") and SPREADSHEET_ERROR.fullmatch(value):  # as the pattern starts
        return translate("Imports", "holds the spreadsheet error {value}; enter the value itself").format(value=value)
    return None


def _plain(word: str) -> str:
    return re.sub(r"[\s_-]+", " ", word.strip().casefold())


def read_import_file(path: str) -> bytes:
    """The file's bytes, at most one past the limit: enough for read_table to refuse a bigger one."""
    with open(path, "rb") as file:
        return file.read(MAX_IMPORT_BYTES + 1)


def _text(data: bytes) -> str | Problem:
    """The file's text, or why it cannot be read as CSV UTF-8: UTF-16, not UTF-8 or empty."""
    if data.startswith(OLD_EXCEL):
        return Problem(
            0,
            "file",
            translate(
                "Imports",
                "is an Excel 97-2003 workbook (.xls) or a workbook protected by a password; save it without a "
                "password as an Excel workbook (.xlsx) or CSV UTF-8",
            ),
        )
    if data.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):  # before UTF-16: the same first bytes
        return Problem(1, "file", translate("Imports", "is UTF-32 text; save the spreadsheet as CSV UTF-8"))
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return Problem(
            1,
            "file",
            translate("Imports", 'is UTF-16 text (Excel\'s "Unicode text"); save the spreadsheet as CSV UTF-8'),
        )
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        return Problem(line, "file", translate("Imports", "is not UTF-8 text; save the spreadsheet as CSV UTF-8"))
    if not text.strip():
        return empty()
    return text


class Table(NamedTuple):
    """A file's rows, its problems, and the sheet they were read from (None for CSV)."""

    rows: list[Row]
    problems: list[Problem]
    sheet: str | None = None


def read_table(
    data: bytes,
    required: tuple[str, ...],
    optional: tuple[str, ...],
    sheet: str | None = None,
    progress: Progress = no_progress,
) -> Table:
    """A CSV file or an Excel workbook (.xlsx: `sheet`, or the first one), its header checked
    (case-insensitive; extra columns ignored). Every row has the header's number of cells and every
    CSV quote closes: a file cut short is refused, not read in part. A workbook's cells come as the
    CSV cells they would be saved as (spreadsheet.py), so both pass the same checks."""
    if len(data) > MAX_IMPORT_BYTES:
        too_big = QT_TRANSLATE_NOOP(
            "Imports", "is larger than {most} MB, the most one import reads; split it into smaller files"
        )
        return Table([], [Problem(0, "file", too_much(too_big, MAX_IMPORT_BYTES / 1_000_000))])
    if data.startswith(ZIPPED):
        from .spreadsheet import read_sheet  # openpyxl is loaded only to read a workbook

        return read_sheet(data, sheet, lambda lines: _rows(lines, required, WORKBOOK), progress)
    if sheet is not None:
        return Table(
            [],
            [
                Problem(
                    0, "sheet", translate("Imports", "only an Excel workbook (.xlsx) has sheets; this file is CSV text")
                )
            ],
        )
    text = _text(data)
    if isinstance(text, Problem):
        return Table([], [text])
    delimiter = _delimiter(text.splitlines()[0], required)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)

    def lines() -> Iterator[tuple[int, list[str]]]:
        """Each record with the line it starts on: a quoted cell may hold line breaks."""
        start = 1
        for cells in reader:
            yield start, cells
            start = reader.line_num + 1

    try:
        return _rows(lines(), required, delimiter)
    except csv.Error as exc:  # a quote left open at the end, or a cell of more than 131,072 characters
        said = (
            translate("Imports", "is not valid CSV ({error}); is the file complete?")
            if "end of data" in str(exc)
            else translate("Imports", "is not valid CSV ({error}); is this a CSV file?")
        )
        return Table([], [Problem(reader.line_num, "file", said.format(error=exc))])


def _rows(lines: Iterator[tuple[int, list[str]]], required: tuple[str, ...], delimiter: str) -> Table:
    """The header checked, then one Row per line with a value; a line with another number of cells
    than the header is a problem."""
    first = next(lines, None)
    if first is None:
        return Table([], [empty()])
    header = [name.strip().lower() for name in first[1]]
    if (refused := _header_problem(header, required)) is not None:
        return Table([], [Problem(first[0], "header", refused)])
    rows: list[Row] = []
    problems: list[Problem] = []
    read: dict[tuple[str, bool, int, bool], str | None] = {}  # shared by the rows (Row.text)
    for line, cells in lines:
        if not any(cell.strip() for cell in cells):
            continue
        if len(rows) + len(problems) >= MAX_IMPORT_ROWS:
            too_many = translate(
                "Imports", "has more than {most} rows, the most one import takes; split it into smaller files"
            ).format(most=figure(MAX_IMPORT_ROWS))
            return Table([], [Problem(line, "file", too_many)])
        if delimiter == WORKBOOK and len(cells) > len(header):
            past = translate("Imports", "has a value in column {column}, past the header's last")
            problems.append(Problem(line, "row", past.format(column=figure(len(cells)))))
        elif delimiter == WORKBOOK or len(cells) == len(header):  # a sheet row ends at its last value
            rows.append(
                Row(
                    line,
                    dict(zip(header, cells + [""] * (len(header) - len(cells)), strict=True)),
                    problems,
                    delimiter,
                    read,
                )
            )
        else:
            cells_said = translate("Imports", "has {cells} cells; the header has {header}")
            problems.append(
                Problem(line, "line", cells_said.format(cells=figure(len(cells)), header=figure(len(header))))
            )
    if not rows and not problems:
        problems.append(Problem(first[0], "file", translate("Imports", "has a header but no rows")))
    return Table(rows, problems)


def _header_problem(header: list[str], required: tuple[str, ...]) -> str | None:
    doubled = sorted({name for name in header if name and header.count(name) > 1})
    if doubled:
        return translate("Imports", "column(s) named twice: {columns}").format(columns=", ".join(doubled))
    missing = [name for name in required if name not in header]
    if missing:
        return translate("Imports", "missing column(s): {columns}").format(columns=", ".join(missing))
    return None


def _delimiter(header: str, required: tuple[str, ...]) -> str:
    """The delimiter that splits the header into the most required column names (then the most
    cells): a semicolon file is read as one even when its names hold commas, and the reverse."""

    def score(delimiter: str) -> tuple[int, int]:
        names = [name.strip().strip('"').strip().lower() for name in header.split(delimiter)]
        return sum(name in required for name in names), len(names)

    return max(CSV_DELIMITERS, key=score)
