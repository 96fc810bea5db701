"""A report is a title, a header (organisation, protective marking, as of, who printed it, its
language) and tables whose total rows are computed from the rows above them, so a printed total
always equals what it sums. A report is built in one language (en, fr, es): every fixed text,
here and in the report's module, comes through a `Translator` of that language, never the window's."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from html import escape
from typing import Any

from .. import __version__
from ..i18n import ENGLISH, QT_TRANSLATE_NOOP, Translator, column_figure, figure_in, joined_in
from ..i18n import THOUSANDS as THOUSANDS  # the reports read it here

PROGRAM = f"Stockpile Tracker {__version__}"  # on every printed report: which program made it


class Whole(str):
    """Text with spaces printed whole on one line where it fits (a type designation: "ADAM / M692"
    is one name, never "ADAM /" over "M692"); a longer one wraps as other text does. It is a str:
    it sorts, compares and is written to the CSV as its text."""

    __slots__ = ()


Cell = str | int | date | None
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
TOTAL = QT_TRANSLATE_NOOP("Report", "Total")  # a total row's label
LANGUAGE_NAMES = {  # as a report names its own language: "in French", "en français"
    ENGLISH: QT_TRANSLATE_NOOP("Report", "English"),
    "fr": QT_TRANSLATE_NOOP("Report", "French"),
    "es": QT_TRANSLATE_NOOP("Report", "Spanish"),
}


@dataclass(frozen=True)
class Table:
    title: str
    columns: tuple[str, ...]
    rows: tuple[tuple[Cell, ...], ...]
    totals: bool = True  # add a total row over the numeric columns
    note: str | None = None
    total_columns: tuple[int, ...] | None = None  # which numeric columns to total; None: all of them
    text: str | None = None  # what the office wrote, printed above the rows; a text form has no columns
    form: str = ""  # the Article 7 form the table is part of (its letter, "B"); empty: none

    @property
    def numeric(self) -> tuple[bool, ...]:
        """A column is numeric when every value in it is a whole number (or empty)."""
        return tuple(
            bool(self.rows)
            and all(isinstance(row[i], int) or row[i] is None for row in self.rows)
            and any(isinstance(row[i], int) for row in self.rows)
            for i in range(len(self.columns))
        )

    @property
    def total_row(self) -> tuple[Cell, ...] | None:
        """Labelled TOTAL (in English): `total_row_in` prints it in the report's language."""
        if not self.totals or not self.rows:
            return None
        numeric = self.numeric
        summed = [
            numeric[i] and (self.total_columns is None or i in self.total_columns) for i in range(len(self.columns))
        ]
        return tuple(
            sum(cell for row in self.rows if isinstance(cell := row[i], int))  # a numeric column: ints and blanks
            if summed[i]
            else (TOTAL if i == 0 else None)
            for i in range(len(self.columns))
        )

    def total_row_in(self, language: str) -> tuple[Cell, ...] | None:
        total = self.total_row
        return None if total is None else (Translator(language).translate("Report", TOTAL), *total[1:])


@dataclass(frozen=True)
class Chart:
    """Series over labelled points, as lines or as stacked bars; drawn by the Qt code (printing
    and the dashboard), named in the HTML."""

    name: str
    title: str
    labels: tuple[str, ...]
    series: tuple[tuple[str, tuple[int | None, ...]], ...]
    stacked_bars: bool = False
    keys: tuple[
        str, ...
    ] = ()  # what each series is, in English whatever the names' language (its colour); (): the names
    language: str = ENGLISH  # of its texts: a printed chart's axes write figures as this language does

    def key(self, index: int) -> str:
        return self.keys[index] if self.keys else self.series[index][0]


@dataclass(frozen=True)
class Signature:
    """One person who signs: their role, and their name when the record knows it."""

    role: str
    name: str = ""


@dataclass(frozen=True)
class Report:
    title: str
    organisation: str
    period: str
    printed_by: str
    printed_at: datetime
    tables: tuple[Table, ...]
    notes: tuple[str, ...] = ()
    signatures: tuple[Signature, ...] = ()
    charts: tuple[Chart, ...] = ()
    marking: str = ""  # the protective marking (e.g. OFFICIAL), on every page; empty: none
    selection: str = ""  # which rows, in words, when a filter chose them
    seal: str = ""  # the record's seal when it was built (audit.seal): `db check --seal` proves it later
    language: str = ENGLISH  # of every fixed text in it

    @property
    def footer(self) -> str:
        tr = Translator(self.language)
        printed = tr.translate("Report", "{title} - {period} - printed {when} by {name}").format(
            title=self.title, period=self.period, when=f"{self.printed_at:%Y-%m-%d %H:%M}", name=self.printed_by
        )
        sealed = tr.translate("Report", "{footer} - seal {seal}") if self.seal else "{footer}"
        return sealed.format(footer=printed, seal=self.seal)


def figure(number: int, language: str = ENGLISH) -> str:
    return figure_in(number, language)


# The sign after a percentage: 45% in English; French and Spanish write it apart, 45 %, with a
# no-break space so that the sign never starts a line (the window's figures use the same rule).
PERCENT_SIGNS = {ENGLISH: "%", "fr": "\u00a0%", "es": "\u00a0%"}


def percent(share: float, language: str = ENGLISH) -> str:
    """A share (0.45) as a whole percentage in the language: 45%, 45 % (no-break space)."""
    return figure(round(share * 100), language) + PERCENT_SIGNS[language]


def joined(parts: Iterable[str | None], language: str = ENGLISH) -> str | None:
    """A cell's notes as one list in the language ("a; b", French "a ; b" with a no-break space),
    the empty ones left out; None when none is left (an empty cell)."""
    return joined_in([part for part in parts if part], language) or None


def cell_text(cell: Cell, language: str = ENGLISH) -> str:
    """A cell as it prints: figures with the language's thousands separators, dates as YYYY-MM-DD."""
    if cell is None:
        return ""
    if isinstance(cell, int):
        return column_figure(cell, language)
    if isinstance(cell, date):
        return cell.isoformat()
    return str(cell)


STYLE = """
body { font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 9pt; }
h1 { font-size: 15pt; margin-bottom: 2pt; }
h2 { font-size: 11pt; margin-top: 12pt; margin-bottom: 3pt; }
p.meta { color: #333333; margin-top: 0; }
table { margin-bottom: 6pt; }
th { background-color: #e4e8ee; text-align: left; }
td.n, th.n { text-align: right; }
td.k { white-space: nowrap; }
tr.total td { font-weight: bold; background-color: #f1f3f6; }
p.note { font-size: 8pt; color: #444444; }
"""


def _cell_class(cell: Cell, numeric: bool, language: str) -> str:
    """Figures, dates and codes (text without a space: a lot number, a type, a task) are kept whole
    on one line ("k"), and so is a `Whole` text that fits (a type named "ADAM / M692"); other text
    with spaces wraps between words. "n": right-aligned, a numeric column. "f": a whole number, "d":
    a day, wherever they stand (the Excel workbook reads them as a number and a date; any other cell
    is text, even one written YYYY-MM-DD, such as a lot number)."""
    text = cell_text(cell)
    kept = cell is not None and (
        isinstance(cell, int) or _whole(cell, text) or not any(character.isspace() for character in text)
    )
    figure = isinstance(cell, int)
    day = isinstance(cell, date)
    return " ".join(name for name, on in (("n", numeric), ("k", kept), ("f", figure), ("d", day)) if on)


LINE_PART = 30  # characters: long free text wraps only between parts this long, kept whole


FIGURE_IN_TEXT = re.compile(r"\d{1,3}(?:[\u202f.,]\d{3})+")  # 1 500 (narrow no-break space), 1.500, 1,500


def _unbroken(text: str) -> str:
    """Escaped HTML in which every figure with thousands is kept on one line: Qt's layout breaks
    a French figure at its narrow no-break space, and "475 / 560" reads as two numbers."""
    return FIGURE_IN_TEXT.sub(lambda match: f"<nobr>{match.group()}</nobr>", escape(text))


def _whole(cell: Cell, text: str) -> bool:
    return isinstance(cell, Whole) and len(text) <= LINE_PART


def _cell_html(cell: Cell, language: str) -> str:
    text = cell_text(cell, language)
    return f"<nobr>{escape(text)}</nobr>" if _whole(cell, text) else _wrapped(text)


def _wrapped(text: str) -> str:
    """Escaped HTML of a cell. Long free text is grouped into parts of a few words joined by
    no-break spaces: a line holds at least one part, so a column squeezed by figures and codes
    (kept whole) still reads in lines of words, never one word per line."""
    if len(text) <= LINE_PART:
        return _unbroken(text)
    parts: list[str] = []
    for word in text.split(" "):
        if parts and len(parts[-1]) + 1 + len(word) <= LINE_PART:
            parts[-1] += " " + word
        else:
            parts.append(word)
    return " ".join(_unbroken(part).replace(" ", "&nbsp;") for part in parts)


def _paragraphs(text: str) -> list[str]:
    """Text as typed: a blank line starts a paragraph, a line break stays one."""
    return [
        "<p>" + "<br>".join(_unbroken(line) for line in paragraph.splitlines()) + "</p>"
        for paragraph in text.split("\n\n")
        if paragraph.strip()
    ]


def _table_html(table: Table, language: str) -> str:
    numeric = table.numeric
    # Qt's rich text honours cellpadding, not CSS padding on cells; a <thead> row is repeated
    # on every page the table runs over.
    parts = ["<table width='100%' cellspacing='0' cellpadding='4'>"]
    if any(table.columns):
        parts.append("<thead><tr>")
        parts.extend(
            f"<th class='{'n' if numeric[i] else ''}'>{escape(title)}</th>" for i, title in enumerate(table.columns)
        )
        parts.append("</tr></thead>")
    for row in table.rows:
        parts.append(
            "<tr>"
            + "".join(
                f"<td class='{_cell_class(cell, numeric[i], language)}'>{_cell_html(cell, language)}</td>"
                for i, cell in enumerate(row)
            )
            + "</tr>"
        )
    total = table.total_row_in(language)
    if total is not None:
        parts.append(
            "<tr class='total'>"
            + "".join(
                f"<td class='{_cell_class(cell, numeric[i], language)}'>{escape(cell_text(cell, language))}</td>"
                for i, cell in enumerate(total)
            )
            + "</tr>"
        )
    parts.append("</table>")
    return "".join(parts)


def to_html(report: Report) -> str:
    """Every value is escaped: names and notes come from users and import files."""
    tr, language = Translator(report.language), report.language
    heading = " - ".join(escape(part) for part in (report.period, report.selection) if part)
    marking = f" - <b>{escape(report.marking)}</b>" if report.marking else ""
    printed = tr.translate("Report", "Printed {when} by {name} with {program}, in {language}").format(
        when=f"{report.printed_at:%Y-%m-%d %H:%M}",
        name=report.printed_by,
        program=PROGRAM,
        language=tr.translate("Report", LANGUAGE_NAMES[language]),
    )
    seal = tr.translate(
        "Report",
        "Seal {seal}: where the record's audit log stood when this was printed. Keep it: {command} proves later "
        "that the record's history up to here was not rewritten.",
    )
    parts = [
        "<html><head><meta charset='utf-8'><title>",
        escape(report.title),
        "</title><style>",
        STYLE,
        "</style></head><body>",
        f"<h1>{escape(report.title)}</h1>",
        f"<p class='meta'><b>{escape(report.organisation)}</b>{marking} - {heading}<br>{escape(printed)}"
        + (
            "<br>"
            + escape(seal).format(
                seal=escape(report.seal), command=f"<i>stockpile-tracker db check --seal {escape(report.seal)}</i>"
            )
            if report.seal
            else ""
        )
        + "</p>",
    ]
    none = escape(tr.translate("Report", "None."))
    for table in report.tables:
        parts.append(f"<h2>{escape(table.title)}</h2>")
        if table.text:
            parts.extend(_paragraphs(table.text))
        if table.rows:
            parts.append(_table_html(table, language))
        elif table.columns:
            parts.append(f"<p>{none}</p>")
        if table.note:  # even under "None.": a note may say what an empty table means
            parts.append(f"<p class='note'>{_unbroken(table.note)}</p>")
    for chart in report.charts:
        # The title above the chart, in the same paragraph, so a page break cannot part them (under
        # it, it read as the next chart's title).
        parts.append(
            f"<p><b>{escape(chart.title)}</b><br><img src='chart:{escape(chart.name)}' width='660' height='300' "
            f"alt='{escape(chart.title)}'></p>"
        )
    for note in report.notes:
        parts.append(f"<p class='note'>{_unbroken(note)}</p>")
    if report.signatures:
        blank = "_" * 22
        heading, name, signature, day = (
            escape(tr.translate("Report", "Signatures")),
            escape(tr.translate("Report", "Name: {name}")),
            escape(tr.translate("Report", "Signature: {blank}")),
            escape(tr.translate("Report", "Date: {blank}")),
        )
        parts.append(f"<h2>{heading}</h2><table width='100%' cellspacing='0' cellpadding='4'><tr>")
        parts.extend(
            f"<td width='33%'><b>{escape(who.role)}</b><br><br>{name.format(name=escape(who.name) or blank)}"
            f"<br><br><br>{signature.format(blank=blank)}<br><br><br>{day.format(blank=blank)}</td>"
            for who in report.signatures
        )
        parts.append("</tr></table>")
    parts.append("</body></html>")
    return "".join(parts)


def csv_cell(cell: Cell) -> str | int:
    """Plain numbers stay numbers; text a spreadsheet would run as a formula is neutralised."""
    if isinstance(cell, int):
        return cell
    text = cell_text(cell)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def to_csv(report: Report) -> str:
    """A first line that says what made the file (the report, its date or year, the filter, who
    and under which marking, and at its end the record's seal, the same as its PDF's), then the
    report's tables one after another, each with its title, header and total row."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    tr = Translator(report.language)
    selection = tr.translate("Report", "filter: {selection}").format(selection=report.selection)
    sealed = tr.translate("Report", "seal {seal}").format(seal=report.seal)
    writer.writerow(
        [
            csv_cell(part)
            for part, shown in (
                (report.title, True),
                (report.period, True),
                (selection, bool(report.selection)),
                (report.organisation, True),
                (report.marking, True),
                (sealed, bool(report.seal)),
            )
            if shown and part
        ]
    )
    _write_tables(writer, report.tables, report.language)
    return buffer.getvalue()


def tables_csv(tables: Sequence[Table], language: str = ENGLISH) -> str:
    """The tables as a report's CSV file holds them, without its first line."""
    buffer = io.StringIO()
    _write_tables(csv.writer(buffer, lineterminator="\n"), tables, language)
    return buffer.getvalue()


def _write_tables(writer: Any, tables: Sequence[Table], language: str) -> None:
    for table in tables:
        writer.writerow([])
        writer.writerow([csv_cell(table.title)])
        if table.text:
            writer.writerow([csv_cell(table.text)])
        if any(table.columns):
            writer.writerow([csv_cell(title) for title in table.columns])
        for row in table.rows:
            writer.writerow([csv_cell(cell) for cell in row])
        total = table.total_row_in(language)
        if total is not None:
            writer.writerow([csv_cell(cell) for cell in total])
        if table.note:
            writer.writerow([csv_cell(table.note)])


def table_from(title: str, columns: Sequence[str], rows: Sequence[Sequence[Cell]], **options: Any) -> Table:
    return Table(title, tuple(columns), tuple(tuple(row) for row in rows), **options)


@dataclass(frozen=True)
class Printable:
    """What the printing code needs; a frozen report from the archive has the same fields."""

    title: str
    footer: str
    html: str
    csv: str
    charts: tuple[Chart, ...] = ()
    organisation: str = ""
    marking: str = ""
    language: str = ENGLISH  # of the page bands' "page N of M", as of the rest


def printable(report: Report) -> Printable:
    return Printable(
        report.title,
        report.footer,
        to_html(report),
        to_csv(report),
        report.charts,
        report.organisation,
        report.marking,
        report.language,
    )


def page_of(number: int | str, pages: int | str, language: str) -> str:
    """The page band's "page N of M", in the report's language."""
    return Translator(language).translate("Report", "page {number} of {pages}").format(number=number, pages=pages)
