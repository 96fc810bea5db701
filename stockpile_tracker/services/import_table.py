"""Read a CSV file as offices save it from a spreadsheet: UTF-8, comma, semicolon or tab, every
cell checked and every problem kept by line and column (the imports in importing.py read their
rows with it)."""

from __future__ import annotations

import csv
import io
import re
from datetime import date

from ..domain.enums import Labelled
from ..domain.rules import MAX_QUANTITY, iso_date, normalised, plain_hyphens, refused_character
from .dto.imports import Problem

FORMULA_STARTS = ("=", "+", "@")
# What one import takes (README, Import): 100,000 lots need about 500 MB while they are written. A
# file is read no further than this, so /dev/zero or a huge file ends in a refusal, not in memory
# exhaustion.
MAX_IMPORT_BYTES = 16_000_000
MAX_IMPORT_ROWS = 100_000
YES, NO = ("yes", "y", "true", "1"), ("no", "n", "false", "0")
# A comma in a number groups thousands only in a comma-separated file (English spreadsheets); a
# file separated by semicolons comes from a language whose comma marks decimals: 1,5 is one and a half.
WHOLE_NUMBER = re.compile(r"[+-]?([0-9]+|[0-9]{1,3}(,[0-9]{3})+)")
COMMA_MEANS = {  # by delimiter
    ",": " (a comma may only group thousands: 1,000 or 12,345,678)",
    ";": " (in a file separated by semicolons a comma is a decimal comma; write whole numbers without separators)",
    "\t": " (in a file separated by tabs a comma may mark decimals or thousands; write whole numbers without "
    "separators)",
}


class Row:
    """One CSV line with its number, reading cells and recording problems by column."""

    def __init__(self, line: int, cells: dict[str, str], problems: list[Problem], delimiter: str) -> None:
        self.line, self.cells, self.problems, self.delimiter = line, cells, problems, delimiter

    def problem(self, column: str, message: str, missing: bool = False) -> None:
        self.problems.append(Problem(self.line, column, message, missing))

    def text(self, column: str, required: bool = False, max_length: int = 200, lines: bool = False) -> str | None:
        """`lines`: free text (notes) that may run over several lines, as the services take it
        (rules.refused_character); otherwise one line. Composed as the services keep it (NFC)."""
        value = normalised(self.cells.get(column) or "")
        refused = refused_character(value, lines)
        if refused is not None:
            self.problem(column, refused)
            return None
        if value.startswith(FORMULA_STARTS):
            self.problem(column, f"{value!r} looks like a spreadsheet formula; enter the value itself")
            return None
        if len(value) > max_length:
            self.problem(column, f"is {len(value):,} characters long; at most {max_length:,}")
            return None
        if required and not value:
            self.problem(column, "is empty")
            return None
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
            self.problem(column, "is empty")
        return raw or None

    def whole(self, column: str, required: bool = True, positive: bool = True) -> int | None:
        raw = self._filled(column, required)
        if raw is None:
            return None
        if not WHOLE_NUMBER.fullmatch(raw) or ("," in raw and self.delimiter != ","):
            self.problem(column, f"{raw!r} is not a whole number" + (COMMA_MEANS[self.delimiter] if "," in raw else ""))
            return None
        value = int(raw.replace(",", ""))
        if positive and value <= 0:
            self.problem(column, f"must be more than zero, not {value:,}")
            return None
        if value > MAX_QUANTITY:
            self.problem(column, f"{value:,} is more than the {MAX_QUANTITY:,} a record can hold")
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
            self.problem(column, f"{raw!r} is not one of {', '.join(member.value for member in words)}")
        return value

    def yes_no(self, column: str, default: bool | None = None) -> bool | None:
        """yes or no (y, true, 1; n, false, 0); an empty cell is `default`, or a problem without one."""
        raw = self._filled(column, required=default is None)
        if raw is None:
            return default
        if raw.lower() not in YES + NO:
            self.problem(column, f"{raw!r} is not yes or no")
            return None
        return raw.lower() in YES

    def day(self, column: str, today: date, required: bool = False) -> date | None:
        raw = self._filled(column, required)
        if raw is None:
            return None
        try:
            value = iso_date(raw)
        except ValueError:
            self.problem(column, f"{raw!r} is not a date (YYYY-MM-DD)")
            return None
        if value > today:
            self.problem(column, f"{raw} is in the future")
            return None
        return value


def _plain(word: str) -> str:
    return re.sub(r"[\s_-]+", " ", word.strip().casefold())


def read_import_file(path: str) -> bytes:
    """The file's bytes, at most one past the limit: enough for read_table to refuse a bigger one."""
    with open(path, "rb") as file:
        return file.read(MAX_IMPORT_BYTES + 1)


def _text(data: bytes) -> str | Problem:
    """The file's text, or why it cannot be read as CSV UTF-8: too big, UTF-16, not UTF-8 or empty."""
    if len(data) > MAX_IMPORT_BYTES:
        return Problem(
            0,
            "file",
            f"is larger than {MAX_IMPORT_BYTES / 1_000_000:g} MB, the most one import "
            "reads; split it into smaller files",
        )
    if data.startswith(b"PK\x03\x04"):
        return Problem(
            0, "file", "is an Excel workbook or another zipped file, not CSV text; save the sheet as CSV UTF-8"
        )
    if data.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):  # before UTF-16: the same first bytes
        return Problem(1, "file", "is UTF-32 text; save the spreadsheet as CSV UTF-8")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return Problem(1, "file", 'is UTF-16 text (Excel\'s "Unicode text"); save the spreadsheet as CSV UTF-8')
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        return Problem(line, "file", "is not UTF-8 text; save the spreadsheet as CSV UTF-8")
    if not text.strip():
        return Problem(0, "file", "is empty")
    return text


def read_table(data: bytes, required: tuple[str, ...], optional: tuple[str, ...]) -> tuple[list[Row], list[Problem]]:
    """Decode (UTF-8, with or without BOM), find the delimiter (comma, semicolon or tab), check the
    header (case-insensitive; extra columns ignored). Every line must have the header's number of
    cells and every quote must close: a file cut short is refused, not read in part."""
    text = _text(data)
    if isinstance(text, Problem):
        return [], [text]
    problems: list[Problem] = []
    delimiter = _delimiter(text.splitlines()[0], required)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    try:
        header = [name.strip().lower() for name in next(reader)]
        doubled = sorted({name for name in header if name and header.count(name) > 1})
        if doubled:
            return [], [Problem(1, "header", f"column(s) named twice: {', '.join(doubled)}")]
        missing = [name for name in required if name not in header]
        if missing:
            return [], [Problem(1, "header", f"missing column(s): {', '.join(missing)}")]
        rows, counted, next_line = [], 0, reader.line_num + 1
        for cells in reader:  # a row is named by the line it starts on: a quoted cell may hold line breaks
            line, next_line = next_line, reader.line_num + 1
            if not any(cell.strip() for cell in cells):
                continue
            counted += 1
            if counted > MAX_IMPORT_ROWS:
                return [], [
                    Problem(
                        reader.line_num,
                        "file",
                        f"has more than {MAX_IMPORT_ROWS:,} rows, the most one "
                        "import takes; split it into smaller files",
                    )
                ]
            if len(cells) != len(header):
                problems.append(Problem(line, "line", f"has {len(cells):,} cells; the header has {len(header):,}"))
                continue
            rows.append(Row(line, dict(zip(header, cells, strict=True)), problems, delimiter))
    except csv.Error as exc:  # a quote left open at the end, or a cell of more than 131,072 characters
        question = "is the file complete?" if "end of data" in str(exc) else "is this a CSV file?"
        return [], [Problem(reader.line_num, "file", f"is not valid CSV ({exc}); {question}")]
    if not rows and not problems:
        problems.append(Problem(1, "file", "has a header but no rows"))
    return rows, problems


def _delimiter(header: str, required: tuple[str, ...]) -> str:
    """The delimiter that splits the header into the most required column names (then the most
    cells): a semicolon file is read as one even when its names hold commas, and the reverse."""

    def score(delimiter: str) -> tuple[int, int]:
        names = [name.strip().strip('"').strip().lower() for name in header.split(delimiter)]
        return sum(name in required for name in names), len(names)

    return max(COMMA_MEANS, key=score)
