"""A report's HTML, as `document.to_html` writes it, read back into blocks: headings, paragraphs
(with a chart's picture), tables with their header, body and total rows. The DOCX and the Excel
workbook are made from these, so a report kept as submitted gives the same files years later."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

Line = list[tuple[str, bool]]  # runs of text, bold or not
# The no-break spaces document._wrapped puts between a cell's words are the printed page's layout,
# not text; French typography's, before ; : ? ! % and inside « », are kept (the expert found a
# French workbook's "unité) : un lot" written with a plain space).
LAYOUT_SPACE = re.compile("(?<!«)\xa0(?![;:?!%»])")


@dataclass
class Block:
    """A heading ("h1", "h2"), a paragraph ("p", "note", "meta", with an image when it holds a
    chart), or a table ("table", its rows)."""

    kind: str
    lines: list[Line] = field(default_factory=lambda: [[]])
    image: str = ""
    rows: list[Row] = field(default_factory=list)


@dataclass
class Cell:
    lines: list[Line] = field(default_factory=lambda: [[]])
    numeric: bool = False  # in a column of figures (right-aligned)
    figure: bool = False  # a whole number (reports frozen before 2026-12 do not say)
    day: bool = False  # a date (reports frozen before 2026-12 do not say: their days are read as text)


@dataclass
class Row:
    kind: str  # "header", "body" or "total"
    cells: list[Cell] = field(default_factory=list)


class _Reader(HTMLParser):
    """The blocks of a report's HTML as `document.to_html` writes it."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[Block] = []
        self.open: Block | None = None  # the heading or paragraph being read
        self.table: Block | None = None
        self.cell: Cell | None = None
        self.in_head = False
        self.in_body = False
        self.bold = 0

    def _lines(self) -> list[Line] | None:
        if self.cell is not None:
            return self.cell.lines
        return self.open.lines if self.open is not None else None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        classes = (dict(attrs).get("class") or "").split()
        if tag == "body":
            self.in_body = True
        elif tag in ("h1", "h2") or (tag == "p" and self.table is None):
            self.open = Block(tag if tag != "p" else (classes[0] if classes else "p"))
        elif tag == "table":
            self.table = Block("table")
        elif tag == "thead":
            self.in_head = True
        elif tag == "tr" and self.table is not None:
            kind = "header" if self.in_head else "total" if "total" in classes else "body"
            self.table.rows.append(Row(kind))
        elif tag in ("th", "td") and self.table is not None and self.table.rows:
            self.cell = Cell(numeric="n" in classes, figure="f" in classes, day="d" in classes)
            self.table.rows[-1].cells.append(self.cell)
        elif tag == "b":
            self.bold += 1
        elif tag == "br" and (lines := self._lines()) is not None:
            lines.append([])
        elif tag == "img" and self.open is not None:
            self.open.image = (dict(attrs).get("src") or "").removeprefix("chart:")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("h1", "h2", "p") and self.open is not None and self.cell is None:
            if self.open.image:  # the caption, below the picture's line break
                self.open.lines = [line for line in self.open.lines if line]
            self.blocks.append(self.open)
            self.open = None
        elif tag == "table" and self.table is not None:
            self.blocks.append(self.table)
            self.table = None
        elif tag == "thead":
            self.in_head = False
        elif tag in ("th", "td"):
            self.cell = None
        elif tag == "b":
            self.bold -= 1

    def handle_data(self, data: str) -> None:
        lines = self._lines()
        if self.in_body and lines is not None:
            lines[-1].append((LAYOUT_SPACE.sub(" ", data), self.bold > 0))


def blocks(html: str) -> list[Block]:
    reader = _Reader()
    reader.feed(html)
    reader.close()
    return reader.blocks


def plain(lines: list[Line]) -> str:
    """The text of lines, one line break between them, without the bold."""
    return "\n".join("".join(text for text, _bold in line) for line in lines)
