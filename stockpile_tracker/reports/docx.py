"""A report as a Word document (DOCX), for an office that assembles its submission in a word
processor. It is made from the report's HTML, the text that is previewed, printed and frozen, so a
report kept as submitted gives the same document years later: headings, paragraphs, tables with
their header row repeated on each page and their total row, notes, charts, signature lines; the
organisation and the protective marking at the top of every page, the footer and "page N of M" at
the bottom. The file is the same, byte for byte, for the same report (fixed dates inside)."""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor, Twips
from docx.table import _Cell
from docx.text.paragraph import Paragraph

from ..services.dto.reports import PrintedReport
from .document import Printable, page_of
from .html_blocks import Cell, Line, Row, blocks, plain

PORTRAIT_COLUMNS = 6  # a table with more columns is printed on landscape pages, as the PDF would
MARGIN = Cm(1.5)
WIDEST_CELL = 40  # average characters: a column's share of the page grows with its text up to this
CELL_SIZE = 8  # points: the text of a table's cells
CELL_MARGINS = 2 * 108  # twips: the cell's left and right margins (Table Grid's, as Word's default)
BORDER = 20  # twips: the cell's borders, and a little room for a word processor's own rounding
TWIP = 635  # EMU: a table's grid is written in twips
# Advance widths of Arial (and Liberation Sans, which has the same metrics) in thousandths of the
# font size, characters U+0020 to U+007E; another character counts as the widest letters do.
ARIAL = (
    "278 278 355 556 556 889 667 191 333 333 389 584 278 333 278 278 556 556 556 556 556 556 556 556 556 556 "
    "278 278 584 584 584 556 1015 667 667 722 722 667 611 778 722 278 500 667 556 833 722 778 667 778 722 667 "
    "611 722 667 944 667 667 611 278 278 278 469 556 333 556 556 500 556 556 278 556 556 222 222 500 222 833 "
    "556 556 556 556 333 500 278 556 500 722 500 500 500 334 260 334 584"
)
ARIAL_BOLD = (
    "278 333 474 556 556 889 722 238 333 333 389 584 278 333 278 278 556 556 556 556 556 556 556 556 556 556 "
    "333 333 584 584 584 611 975 722 722 722 722 667 611 778 722 278 556 722 611 833 722 778 667 778 722 667 "
    "611 722 667 944 667 667 611 333 278 333 584 556 333 556 611 556 611 556 333 611 611 278 278 556 278 889 "
    "611 611 611 611 389 556 333 611 556 778 556 556 500 389 280 389 584"
)
WIDTHS = {bold: tuple(map(int, table.split())) for bold, table in ((False, ARIAL), (True, ARIAL_BOLD))}
OTHER_CHARACTER = {False: 722, True: 778}  # e.g. an accented capital, a letter of another script
FONT = "Arial"
GREY = RGBColor(0x44, 0x44, 0x44)
HEADER_FILL = "E4E8EE"
TOTAL_FILL = "F1F3F6"


def to_docx(report: PrintedReport, images: Mapping[str, bytes] | None = None) -> bytes:
    """`images`: each chart's picture (PNG) by its name; a chart without one prints its caption."""
    safe = xml_text
    report = Printable(
        safe(report.title),
        safe(report.footer),
        safe(report.html),
        "",
        (),
        safe(report.organisation),
        safe(report.marking),
        report.language,
    )
    document: Any = Document()
    normal = document.styles["Normal"]
    normal.font.name, normal.font.size = FONT, Pt(9)
    document.styles["Title"].font.size = Pt(18)
    parts = blocks(report.html)
    widest = max((len(row.cells) for part in parts for row in part.rows), default=0)
    section = document.sections[0]
    _page(section, report, landscape=widest > PORTRAIT_COLUMNS)
    for part in parts:
        if part.kind == "table":
            _table(document, part.rows, section.page_width - section.left_margin - section.right_margin)
        elif part.kind in ("h1", "h2"):
            heading = document.add_heading(plain(part.lines), level=0 if part.kind == "h1" else 2)
            heading.paragraph_format.keep_with_next = True
        else:
            if part.image and images and part.image in images:
                document.add_picture(io.BytesIO(images[part.image]), width=Cm(16))
            _paragraph(document.add_paragraph(), part.lines, note=part.kind == "note")
    package = document.part.package
    for key in [key for key, rel in package.rels.items() if rel.reltype == RT.THUMBNAIL]:
        package.rels.pop(key)  # the template's picture of an empty page
    printed = _printed(report.footer)
    properties = document.core_properties
    properties.title, properties.author, properties.comments = report.title, report.organisation, report.footer
    properties.last_modified_by, properties.revision = printed[1], 1
    properties.created = properties.modified = properties.last_printed = printed[0]
    buffer = io.BytesIO()
    document.save(buffer)
    return _fixed(buffer.getvalue(), printed[0])


NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def xml_text(text: str) -> str:
    """The text with each character XML 1.0 cannot hold (a control character, U+FFFE, U+FFFF, a
    lone surrogate) as U+FFFD: stored text from an older version or edited outside the program may
    hold one, and python-docx refuses the whole document for it."""
    return NOT_XML.sub("\ufffd", text)


def _paragraph(paragraph: Paragraph, lines: list[Line], *, note: bool = False, bold: bool = False) -> None:
    for number, line in enumerate(lines):
        if number:
            paragraph.add_run().add_break()
        for text, strong in line:
            run = paragraph.add_run(text)
            run.bold = strong or bold or None
            if note:
                run.font.size, run.font.color.rgb = Pt(8), GREY


def _table(document: Any, rows: list[Row], width: int) -> None:
    """Across the page (`width` in EMU), each column at least as wide as its longest word, the rest
    shared by how much more text each holds (see `column_widths`)."""
    columns = max(len(row.cells) for row in rows)
    table = document.add_table(rows=len(rows), cols=columns)
    table.style = document.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.LEFT
    table.autofit = False
    widths = [Twips(twips) for twips in column_widths(rows, width // TWIP)]
    for column, share in zip(table.columns, widths, strict=True):
        column.width = share  # the grid, which word processors lay out by
    for row, source in zip(table.rows, rows, strict=True):
        if source.kind == "header":
            _mark(row._tr.get_or_add_trPr(), "w:tblHeader")  # repeated at the top of each page
        _mark(row._tr.get_or_add_trPr(), "w:cantSplit")  # a row is never cut across two pages
        for column, (cell, value) in enumerate(zip(row.cells, source.cells, strict=False)):
            cell.width = widths[column]
            _cell(cell, value, source.kind)


def column_widths(rows: list[Row], width: int) -> list[int]:
    """The columns' widths in twips, summing to `width`. Each column gets at least what its longest
    word needs (`words_needs`), so no word is broken inside; the page left over goes to the columns
    in proportion to how much wider their longest line would like them (up to WIDEST_CELL average
    characters). When even the words do not fit the page, each column gets a share of the page in
    proportion to what its words need."""
    columns = max(len(row.cells) for row in rows)
    least = [words_needs(rows, column) for column in range(columns)]
    wanted = [max(least[column], lines_needs(rows, column)) for column in range(columns)]
    if sum(wanted) <= width:  # every line fits on one line: the page shared as the lines ask
        widths = [width * want // sum(wanted) for want in wanted]
    elif sum(least) <= width:
        spare, more = width - sum(least), [want - need for want, need in zip(wanted, least, strict=True)]
        widths = [need + spare * extra // sum(more) for need, extra in zip(least, more, strict=True)]
    else:
        widths = [width * need // sum(least) for need in least]
    for column in range(width - sum(widths)):  # what rounding down left, a twip to a column
        widths[column % columns] += 1
    return widths


def words_needs(rows: list[Row], column: int) -> int:
    """The width (twips) a column needs to hold its longest word on one line, margins included."""
    return CELL_MARGINS + BORDER + max((text_width(word) for word in _column_words(rows, column)), default=0)


def lines_needs(rows: list[Row], column: int) -> int:
    """The width (twips) a column would need to hold each of its lines unwrapped, up to WIDEST_CELL
    average characters."""
    widest = WIDEST_CELL * WIDTHS[False][ord("0") - 32] * CELL_SIZE * 20 // 1000
    lines = [_runs(line, row.kind) for row in rows if column < len(row.cells) for line in row.cells[column].lines]
    return CELL_MARGINS + BORDER + min(widest, max((text_width(line) for line in lines), default=0))


def text_width(text: list[tuple[str, bool]]) -> int:
    """The width in twips of text in runs (text, bold) at CELL_SIZE points in Arial, from the font's
    advance widths: what a word processor would lay it out in, give or take a twip a character."""
    thousandths = sum(
        WIDTHS[bold][ord(character) - 32] if " " <= character <= "~" else OTHER_CHARACTER[bold]
        for part, bold in text
        for character in part
    )
    return -(-thousandths * CELL_SIZE * 20 // 1000)  # rounded up


def _runs(line: Line, kind: str) -> list[tuple[str, bool]]:
    """A cell's line as its runs are printed: a header or total row is bold throughout."""
    return [(text, bold or kind != "body") for text, bold in line]


def _column_words(rows: list[Row], column: int) -> list[list[tuple[str, bool]]]:
    """Each word (text between spaces, in runs) of a column's cells."""
    words: list[list[tuple[str, bool]]] = []
    for row in rows:
        if column >= len(row.cells):
            continue
        for line in row.cells[column].lines:
            word: list[tuple[str, bool]] = []
            for text, bold in _runs(line, row.kind):
                for number, part in enumerate(text.split(" ")):
                    if number:
                        words.append(word)
                        word = []
                    if part:
                        word.append((part, bold))
            words.append(word)
    return [word for word in words if word]


def _cell(cell: _Cell, value: Cell, kind: str) -> None:
    paragraph = cell.paragraphs[0]
    _paragraph(paragraph, value.lines, bold=kind != "body")
    if value.numeric:
        paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for run in paragraph.runs:
        run.font.size = Pt(CELL_SIZE)
        _hyphens_kept(run)
    if kind != "body":
        shading = OxmlElement("w:shd")
        shading.set(qn("w:val"), "clear")
        shading.set(qn("w:fill"), HEADER_FILL if kind == "header" else TOTAL_FILL)
        cell._tc.get_or_add_tcPr().append(shading)


def _hyphens_kept(run: Any) -> None:
    """Each hyphen of the run as one a line is never broken after (a lot number, a date, a type
    designation stays whole, as in the PDF): the column is as wide as the word. Read back, the text
    is the same."""
    parts = run.text.split("-")
    if len(parts) == 1:
        return
    run.text = parts[0]
    for part in parts[1:]:
        run._r.append(OxmlElement("w:noBreakHyphen"))
        if part:
            run._r.add_t(part)


def _mark(properties: Any, tag: str) -> None:
    element = OxmlElement(tag)
    element.set(qn("w:val"), "true")
    properties.append(element)


def _page(section: Any, report: PrintedReport, *, landscape: bool) -> None:
    """A4 with the PDF's margins; the bands of every page as the PDF prints them."""
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    if landscape:
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = section.page_height, section.page_width
    section.left_margin = section.right_margin = section.top_margin = section.bottom_margin = MARGIN
    top = section.header.paragraphs[0]
    if report.marking:
        _band(top, report.marking, centred=True)
        top = section.header.add_paragraph()
    _band(top, report.organisation)
    bottom = section.footer.paragraphs[0]
    # "page N of M" in the report's language, its figures fields the word processor fills in
    band = f"{report.footer} - {page_of('{PAGE}', '{NUMPAGES}', report.language)}"
    for i, part in enumerate(re.split(r"\{(PAGE|NUMPAGES)\}", band)):
        if i % 2:
            _field(bottom, part)
        elif part:
            _band(bottom, part)
    if report.marking:
        _band(section.footer.add_paragraph(), report.marking, centred=True)


def _band(paragraph: Paragraph, text: str, *, centred: bool = False) -> None:
    run = paragraph.add_run(text)
    run.font.size = Pt(8 if not centred else 10)
    run.bold = centred or None
    if centred:
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER


def _field(paragraph: Paragraph, name: str) -> None:
    """A field the word processor fills in as it lays out the pages (the page number, the pages)."""
    run = paragraph.add_run()
    run.font.size = Pt(8)
    for kind, text in (("begin", None), (None, f" {name} "), ("separate", None), (None, "1"), ("end", None)):
        if kind is not None:
            element = OxmlElement("w:fldChar")
            element.set(qn("w:fldCharType"), kind)
        else:
            element = OxmlElement("w:instrText" if text and text.strip() == name else "w:t")
            element.set(qn("xml:space"), "preserve")
            element.text = text
        run._r.append(element)


PRINTED = re.compile(r"(\d{4}-\d{2}-\d{2} \d{2}:\d{2}) \w+ (.*)$")  # "printed {when} by {name}", in any language


def _printed(footer: str) -> tuple[datetime, str]:
    """When and by whom the report was printed, as its footer says: the document's own dates."""
    found = PRINTED.search(footer)
    if found is None:
        return datetime(1997, 12, 3), ""  # a footer of another shape: the Convention's signature day
    return datetime.strptime(found.group(1), "%Y-%m-%d %H:%M"), found.group(2)


def _fixed(data: bytes, when: datetime) -> bytes:
    """The package again, each part dated `when`: zip entries otherwise carry the time of saving."""
    stamp = (max(when.year, 1980), when.month, when.day, when.hour, when.minute, 0)
    source = zipfile.ZipFile(io.BytesIO(data))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            target.writestr(zipfile.ZipInfo(item.filename, stamp), source.read(item), zipfile.ZIP_DEFLATED)
    return buffer.getvalue()
