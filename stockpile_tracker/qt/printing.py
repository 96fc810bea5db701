"""Turns a report's HTML into pages: a PDF file, a printer, or a print preview. Each page carries
the organisation and the protective marking at its top and bottom, the report's footer and
"page N of M"; no heading is left at the foot of a page without its table. Figures, dates and codes
are never broken inside: a table too wide for a portrait page is printed landscape, and one too
wide even then is drawn smaller, whole."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from html import escape, unescape
from itertools import pairwise
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, Qt, QUrl
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QFont,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextBlock,
    QTextDocument,
    QTextOption,
    QTextTable,
)
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import QFileDialog, QMessageBox, QToolBar, QWidget

from ..reports.document import Report, printable
from ..services.dto.reports import PrintedReport
from .charts import chart_png, render_chart

BAND_HEIGHT = 30  # the page's top and bottom bands, in layout pixels: two lines each
RESOLUTION = 300
EDGE = 0.5  # layout pixels
WHOLE_TABLE_ROWS = 8  # a table this short, header and total included, is never split
LAYOUT_DPI = 96  # QTextDocument measures in pixels of a 96 dpi screen
# layout pixels: a table 100% wide is laid out a whole number of pixels wide, up to a pixel wider
# than the page (A4 portrait's 679.95 pixels gave 680, and every report went landscape)
ROUNDING = 1.0


def _layout(orientation: QPageLayout.Orientation = QPageLayout.Orientation.Portrait) -> QPageLayout:
    return QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4), orientation, QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter
    )


def _orientation(report: PrintedReport) -> QPageLayout.Orientation:
    """Landscape when a table is too wide for a portrait page without drawing it smaller."""
    width = _layout().paintRect(QPageLayout.Unit.Point).width() * LAYOUT_DPI / 72
    _document, zoom = _fitted(report, width)
    return QPageLayout.Orientation.Landscape if zoom < 1 else QPageLayout.Orientation.Portrait


@dataclass(frozen=True)
class Page:
    """A slice of the laid-out document, from `top` to `bottom`, and the span of the table
    header row drawn above it when the page starts inside a table."""

    top: float
    bottom: float
    header: tuple[float, float] | None = None


def paint(report: PrintedReport, device: QPrinter | QPdfWriter) -> int:
    """Lay the report out on the device's pages and paint them; returns the number of pages."""
    painter = QPainter()
    if not painter.begin(device):
        raise OSError(f"cannot paint on {type(device).__name__}")
    try:
        page = device.pageLayout().paintRectPixels(device.resolution())
        scale = device.resolution() / LAYOUT_DPI  # the document is laid out in screen pixels
        width, height = page.width() / scale, page.height() / scale - 2 * BAND_HEIGHT
        document, zoom = _fitted(report, width)
        pages = paginate(document, height / zoom)
        for number, part in enumerate(pages):
            if number:
                device.newPage()
            painter.save()
            painter.scale(scale, scale)
            _paint_bands(painter, report, width, height, f"page {number + 1} of {len(pages)}")
            painter.translate(0, BAND_HEIGHT)
            painter.scale(zoom, zoom)
            if part.header is not None:
                _draw_slice(painter, document, *part.header, width / zoom)
                painter.translate(0, part.header[1] - part.header[0])
            _draw_slice(painter, document, part.top, part.bottom, width / zoom)
            painter.restore()
        return len(pages)
    finally:
        painter.end()


def _draw_slice(painter: QPainter, document: QTextDocument, top: float, bottom: float, width: float) -> None:
    """Draw the document from `top` to `bottom` at the painter's origin. What ends at `top` or
    starts at `bottom` is on another page: drawn here, clipped away, a PDF reader would still find
    its text twice, hence the half-pixel edges."""
    painter.save()
    painter.translate(0, -top)
    document.drawContents(painter, QRectF(0, top + EDGE, width, bottom - top - 2 * EDGE))
    painter.restore()


def _fitted(report: PrintedReport, width: float) -> tuple[QTextDocument, float]:
    """The document laid out `width` wide, and the zoom to draw it at: 1, or less when its widest
    table needs more than `width` (it is then laid out as wide as it needs, and drawn smaller)."""
    document = _document(report, width)
    needed = document.documentLayout().documentSize().width()
    if needed <= width + ROUNDING:
        return document, 1.0
    document.setTextWidth(needed)
    return document, width / max(needed, document.documentLayout().documentSize().width())


def _document(report: PrintedReport, width: float) -> QTextDocument:
    document = QTextDocument()
    document.setDefaultFont(QFont("DejaVu Sans", 9))
    words = QTextOption()
    words.setWrapMode(QTextOption.WrapMode.WordWrap)  # never inside a word, as Qt's default would
    document.setDefaultTextOption(words)
    for chart in getattr(report, "charts", ()):
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(f"chart:{chart.name}"), render_chart(chart))
    document.setHtml(breakable(report.html))
    document.setTextWidth(width)
    return document


LONGEST_RUN = 20  # characters: a longer word may be broken, in parts of at most this many
BREAK = "\u200b"  # zero width space: a place a line may end, drawn as nothing
TAG = re.compile(r"(<[^>]*>)")


def breakable(html: str) -> str:
    """The report's HTML as it is laid out on pages: each word longer than LONGEST_RUN characters
    (a lot number or a reference without spaces) given places a line may end, between parts as
    even as can be, so that it wraps inside its cell or the page instead of widening the table
    until the report is drawn smaller; a code cell kept on one line ("k") holding such a word may
    wrap. Only the printed layout: the report's HTML (stored when frozen) is left as it is, and a
    report without such a word is laid out from the very same text."""
    head, found, body = html.partition("<body>")
    if not found:
        return html
    parts = TAG.split(body)
    cell = -1  # the part holding the tag of the table cell being read
    for at, part in enumerate(parts):
        if part.startswith("<"):
            if part.startswith("<td"):
                cell = at
            elif part.startswith("</td"):
                cell = -1
            continue
        broken = _broken(unescape(part))
        if BREAK not in broken:
            continue
        parts[at] = escape(broken, quote=False)
        if cell >= 0:
            parts[cell] = re.sub(r"class='([^']*)'", lambda m: f"class='{_unkept(m.group(1))}'", parts[cell], count=1)
    return head + found + "".join(parts)


def _broken(text: str) -> str:
    def split(word: re.Match[str]) -> str:
        run = word.group(0)
        if not run.strip("_"):
            return run  # a blank to sign or date on
        count = -(-len(run) // LONGEST_RUN)
        bounds = [len(run) * n // count for n in range(count + 1)]
        return BREAK.join(run[start:end] for start, end in pairwise(bounds))

    return re.sub(rf"[^\s{BREAK}]{{{LONGEST_RUN + 1},}}", split, text)


def _unkept(classes: str) -> str:
    return " ".join(name for name in classes.split() if name != "k")


@dataclass(frozen=True)
class _Break:
    """A place a page may end: before a line of text or a table row. Inside a table, the
    table's header row (top, bottom) is repeated on the next page."""

    at: float
    header: tuple[float, float] | None = None


def paginate(document: QTextDocument, height: float) -> list[Page]:
    """Cut the document, laid out as one long page, into pages of `height`.

    QTextDocument's own pagination has no keep-with-next (page-break-after: avoid is ignored),
    can leave a heading cut across two pages, and skips a page when told to break before one. So
    the pages are cut here, at the top of a line or of a table row, never between a heading and
    its table's first row, and a table that runs on gets its header row again."""
    breaks, kept = _breaks(document)
    allowed = [b for b in breaks if b.at > 0 and not any(top < b.at < bottom for top, bottom in kept)]
    end = document.documentLayout().documentSize().height()
    pages: list[Page] = []
    start = _Break(0.0)
    while start.at < end:
        room = height - (start.header[1] - start.header[0] if start.header else 0)
        if start.at + room >= end:
            pages.append(Page(start.at, end, start.header))
            break
        fitting = [b for b in allowed if start.at < b.at <= start.at + room]
        cut = fitting[-1] if fitting else _Break(start.at + room)  # a single row taller than a page
        pages.append(Page(start.at, cut.at, start.header))
        start = cut
    return pages


def _breaks(document: QTextDocument) -> tuple[list[_Break], list[tuple[float, float]]]:
    """Where pages may end, in order, and the spans (each paragraph; a heading's top to the bottom
    of the first row of its table, or of the next paragraph) that one page must hold whole."""
    layout = document.documentLayout()
    breaks: list[_Break] = []
    kept: list[tuple[float, float]] = []
    block = document.begin()
    while block.isValid():
        table = _table_of(block)
        if table is None:
            top = layout.blockBoundingRect(block).top()
            lines = block.layout()
            if block.text():  # Qt puts an empty block after each table, over the table's last row
                breaks.extend(_Break(top + lines.lineAt(i).y()) for i in range(lines.lineCount()))
                # a paragraph (a table's note) on one page: a line cut off at a page's top would be
                # drawn across its header band
                kept.append((top, layout.blockBoundingRect(block).bottom()))
            if block.blockFormat().headingLevel() and block.next().isValid():
                kept.append((top, max(layout.blockBoundingRect(b).bottom() for b in _kept_with(block.next()))))
            block = block.next()
            continue
        rows = [_row_top(layout, table, row) for row in range(table.rows())]
        header = (rows[0], rows[1]) if table.format().headerRowCount() and len(rows) > 1 else None
        breaks.append(_Break(rows[0]))
        breaks.extend(_Break(top, header) for top in rows[1:-1])  # the last (total) row never alone
        block = table.lastCursorPosition().block().next()
    return breaks, kept


def _row_top(layout: QAbstractTextDocumentLayout, table: QTextTable, row: int) -> float:
    padding = table.format().cellPadding()
    return (
        min(
            layout.blockBoundingRect(table.cellAt(row, column).firstCursorPosition().block()).top()
            for column in range(table.columns())
        )
        - padding
    )


def _paint_bands(painter: QPainter, report: PrintedReport, width: float, height: float, page: str) -> None:
    """Top: the marking, then the organisation; bottom: the footer and page, then the marking."""
    small, marking = QFont("DejaVu Sans"), QFont("DejaVu Sans")
    small.setPixelSize(9)
    marking.setPixelSize(11)
    marking.setBold(True)
    line = BAND_HEIGHT / 2 - 1
    left, right, centre = (Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignRight, Qt.AlignmentFlag.AlignHCenter)
    bottom = BAND_HEIGHT + height + 2

    def write(top: float, align: Qt.AlignmentFlag, value: str) -> None:
        painter.drawText(QRectF(0, top, width, line), align | Qt.AlignmentFlag.AlignVCenter, value)

    painter.setFont(marking)
    write(0, centre, report.marking)
    write(bottom + line, centre, report.marking)
    painter.setFont(small)
    write(line, left, report.organisation)
    write(bottom, left, report.footer)
    write(bottom, right, page)


def _table_of(block: QTextBlock) -> QTextTable | None:
    """The table the block is in. Not QTextCursor.currentTable(): PySide6 6.12 on Python 3.11
    returns its None without counting the reference, and a few thousand such calls abort Python."""
    frame = block.document().frameAt(block.position())
    return frame if isinstance(frame, QTextTable) else None


def _kept_with(block: QTextBlock) -> list[QTextBlock]:
    """The blocks a heading keeps on its page: a short table whole; of a longer one, its header
    and first two rows (the last block of each cell of the last row kept); else the next block."""
    table = _table_of(block)
    if table is None:
        return [block]
    last = table.rows() - 1 if table.rows() <= WHOLE_TABLE_ROWS else 2
    return [table.cellAt(last, column).lastCursorPosition().block() for column in range(table.columns())]


def write_pdf(report: Report | PrintedReport, path: str | Path) -> int:
    """Raises OSError (with the file name) when the file cannot be written."""
    report = _printable(report)
    Path(path).open("wb").close()
    writer = QPdfWriter(str(path))
    writer.setResolution(RESOLUTION)
    writer.setPageLayout(_layout(_orientation(report)))
    writer.setTitle(report.title)
    writer.setCreator("Stockpile Tracker")
    return paint(report, writer)


class ReportPreview(QPrintPreviewDialog):
    """A print preview with Print, and actions to save the report as PDF or DOCX or its tables as
    CSV (and to freeze it as submitted, when `on_freeze` is given; `not_yet` says why it cannot be
    frozen yet, and the action is disabled).

    The dialog owns its printer: the preview paints on it for as long as the dialog lives, and a
    printer held only by a local of the caller is freed under it (that crashed the window)."""

    def __init__(
        self,
        report: Report | PrintedReport,
        parent: QWidget | None = None,
        *,
        period: str = "",
        on_freeze: Callable[[ReportPreview], None] | None = None,
        not_yet: str | None = None,
    ) -> None:
        self.report = _printable(report)
        self.own_printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        self.own_printer.setPageLayout(_layout(_orientation(self.report)))
        super().__init__(self.own_printer, parent)
        self.setWindowTitle(f"{self.report.title} - {period}" if period else self.report.title)
        self.paintRequested.connect(self._paint)
        toolbar = self.findChild(QToolBar)
        if toolbar is not None:
            toolbar.addSeparator()
            toolbar.addAction("Save as PDF...", lambda: _save(self, self.report, "pdf"))
            toolbar.addAction("Save tables as CSV...", lambda: _save(self, self.report, "csv"))
            toolbar.addAction("Save as DOCX...", lambda: _save(self, self.report, "docx"))
            if on_freeze is not None:
                self.freeze_action = toolbar.addAction("Freeze as submitted...", lambda: on_freeze(self))
                if not_yet is not None:  # shown, but not offered: the tooltip says why
                    self.freeze_action.setEnabled(False)
                    self.freeze_action.setToolTip(f"Cannot freeze yet: {not_yet}")
        self.resize(900, 1000)
        screen = self.screen().availableGeometry()  # a laptop's 800 pixels: the toolbar stays whole
        self.resize(min(self.width(), screen.width()), min(self.height(), screen.height()))

    def _paint(self, device: QPrinter) -> None:
        paint(self.report, device)

    def show_frozen(self, report: PrintedReport) -> None:
        """Show the report as it was frozen (its cover names the submission), with nothing left to freeze."""
        self.report = report
        self.freeze_action.setVisible(False)
        widget = self.findChild(QPrintPreviewWidget)
        if widget is not None:
            widget.updatePreview()


def _printable(report: Report | PrintedReport) -> PrintedReport:
    return printable(report) if isinstance(report, Report) else report


def _save(parent: QWidget, report: PrintedReport, kind: str) -> None:
    name = report.title.lower().replace(" ", "-")
    path, _filter = QFileDialog.getSaveFileName(
        parent, f"Save {report.title}", f"{name}.{kind}", f"{kind.upper()} files (*.{kind})"
    )
    if not path:
        return
    try:
        if kind == "pdf":
            write_pdf(report, path)
        elif kind == "docx":
            from ..reports.docx import to_docx  # python-docx is loaded only to write one

            charts = getattr(report, "charts", ())
            Path(path).write_bytes(to_docx(report, {chart.name: chart_png(chart) for chart in charts}))
        else:
            Path(path).write_text(report.csv, encoding="utf-8-sig")
    except OSError as exc:
        QMessageBox.critical(parent, f"Save {report.title}", f"Cannot write {path}: {exc.strerror or exc}")
