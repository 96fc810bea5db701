"""Turns a report's HTML into pages: a PDF file, a printer, or a print preview. Each page carries
the organisation and the protective marking at its top and bottom, the report's footer and
"page N of M"; no heading is left at the foot of a page without its table, and only short blocks are
kept whole, so no page is left half empty before a long table, row or paragraph. Figures, dates
and codes are never broken inside (a word longer than LONGEST_RUN may be): a table too wide for a
portrait page is printed landscape, and one too wide even then is drawn smaller, whole."""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from html import escape, unescape
from itertools import pairwise
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, Qt, QUrl
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QAction,
    QFont,
    QKeySequence,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextBlock,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
    QTextOption,
    QTextTable,
)
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGraphicsView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QToolBar,
    QToolButton,
    QWidget,
)

from ..domain.errors import InvalidInput
from ..i18n import QT_TRANSLATE_NOOP, translate
from ..reports.document import Report, page_of, printable
from ..services.dto.reports import PrintedReport
from ..services.progress import Cancelled, Progress, no_progress
from .charts import chart_png, render_chart
from .long_task import with_progress
from .widgets import name_more_button

BAND_HEIGHT = 30  # the page's top and bottom bands, in layout pixels: two lines each
BAND_LINE = BAND_HEIGHT / 2 - 1  # a line of a band; a footer too long for one adds lines to the bottom band
WIDEST_PAGE = 9999  # the page number the footer leaves room for beside it ("page 9999 of 9999")
RESOLUTION = 300
EDGE = 0.5  # layout pixels
WHOLE_TABLE_ROWS = 8  # a table this short, header and total included, is kept with its heading if it fits KEEP
KEEP = 0.5  # of a page's height: the most that is kept together (a heading and what starts under it)
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


def paint(report: PrintedReport, device: QPrinter | QPdfWriter, progress: Progress = no_progress) -> int:
    """Lay the report out on the device's pages and paint them, `progress` told before each page;
    returns the number of pages."""
    painter = QPainter()
    if not painter.begin(device):
        raise OSError(f"cannot paint on {type(device).__name__}")
    try:
        page = device.pageLayout().paintRectPixels(device.resolution())
        scale = device.resolution() / LAYOUT_DPI  # the document is laid out in screen pixels
        width = page.width() / scale
        footer = _footer_lines(painter, report, width)
        height = page.height() / scale - 2 * BAND_HEIGHT - (len(footer) - 1) * BAND_LINE
        document, zoom = _fitted(report, width)
        pages = paginate(document, height / zoom)
        if _split_at(document, [page.top for page in pages[1:]]):
            pages = paginate(document, height / zoom)  # the same cuts, each now between two blocks
        for number, part in enumerate(pages):
            progress(number, len(pages), f"page {number + 1} of {len(pages)}")
            if number:
                device.newPage()
            painter.save()
            painter.scale(scale, scale)
            _paint_bands(painter, report, footer, width, height, page_of(number + 1, len(pages), report.language))
            painter.translate(0, BAND_HEIGHT)
            painter.scale(zoom, zoom)
            if part.header is not None:
                _draw_slice(painter, document, *part.header, width / zoom)
                painter.translate(0, part.header[1] - part.header[0])
            _draw_slice(painter, document, part.top, part.bottom, width / zoom)
            painter.restore()
        progress(len(pages), len(pages), "done")
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


def _split_at(document: QTextDocument, cuts: list[float]) -> bool:
    """Make each cut that falls between two lines of one block (a long paragraph, a tall table
    row) fall between two blocks, laid out as before: Qt draws a block's text from the line above
    the area asked for (QTextLayout::draw), and that line, clipped away on the page it does not
    belong to, would be read twice from the PDF. Returns whether any block was split."""
    layout = document.documentLayout()
    positions: list[int] = []
    block = document.begin()
    while block.isValid():
        top = layout.blockBoundingRect(block).top()
        lines = block.layout()
        for number in range(1, lines.lineCount()):
            line = lines.lineAt(number)
            if any(abs(top + line.y() - cut) < EDGE for cut in cuts):
                positions.append(block.position() + line.textStart())
        block = block.next()
    for position in sorted(positions, reverse=True):
        cursor = QTextCursor(document)
        cursor.setPosition(position)
        if document.characterAt(position - 1) == "\u2028":  # a line break (<br>): the block's end now
            cursor.deletePreviousChar()
        below = cursor.blockFormat()
        above = QTextBlockFormat(below)
        above.setBottomMargin(0)
        below.setTopMargin(0)
        cursor.setBlockFormat(above)
        cursor.insertBlock(below, cursor.charFormat())
    return bool(positions)


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
    breaks, kept = _breaks(document, height)
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


def _breaks(document: QTextDocument, height: float) -> tuple[list[_Break], list[tuple[float, float]]]:
    """Where pages may end, in order, and the spans that one page must hold whole: a paragraph no
    taller than KEEP of a page (a table's note, a chart with its caption), else its first two lines
    and its last two; a heading with the start of what follows (a short table whole, else its
    header and first rows; a short paragraph whole, else its first lines). Nothing kept is taller
    than about KEEP of a page, so a page ends half empty only where the report does: a long table
    runs on across pages (its header row repeated) and a row taller than KEEP of a page is broken
    between its lines."""
    layout = document.documentLayout()
    keep = height * KEEP
    breaks: list[_Break] = []
    kept: list[tuple[float, float]] = []
    block = document.begin()
    while block.isValid():
        table = _table_of(block)
        if table is None:
            top = layout.blockBoundingRect(block).top()
            if block.text():  # Qt puts an empty block after each table, over the table's last row
                lines = _lines(layout, block)
                breaks.extend(_Break(line_top) for line_top, _bottom in lines)
                bottom = layout.blockBoundingRect(block).bottom()
                if bottom - top <= keep or len(lines) < 4:
                    kept.append((top, bottom))
                else:  # no line left alone at the foot or the top of a page
                    kept.extend(((top, lines[1][1]), (lines[-2][0], bottom)))
            if block.blockFormat().headingLevel() and block.next().isValid():
                ends = _starts(layout, block.next(), keep)
                kept.append((top, next((end for end in ends if end - top <= keep), ends[-1])))
            block = block.next()
            continue
        rows = [_row_top(layout, table, row) for row in range(table.rows())]
        header = (rows[0], rows[1]) if table.format().headerRowCount() and len(rows) > 1 else None
        breaks.append(_Break(rows[0]))
        for row in range(1, table.rows()):
            if row < table.rows() - 1:  # the last (total) row never alone
                breaks.append(_Break(rows[row], header))
            if _row_bottom(layout, table, row) - rows[row] > keep:
                breaks.extend(_Break(at, header) for at in _row_lines(layout, table, row))
        block = table.lastCursorPosition().block().next()
    return breaks, kept


def _lines(layout: QAbstractTextDocumentLayout, block: QTextBlock) -> list[tuple[float, float]]:
    """(top, bottom) of each line of a block, in the document."""
    top = layout.blockBoundingRect(block).top()
    lines = block.layout()
    return [
        (top + line.y(), top + line.y() + line.height())
        for line in (lines.lineAt(number) for number in range(lines.lineCount()))
    ]


def _cell_lines(layout: QAbstractTextDocumentLayout, table: QTextTable, row: int) -> list[tuple[float, float]]:
    """(top, bottom) of each line of each cell of a table's row."""
    lines: list[tuple[float, float]] = []
    for column in range(table.columns()):
        cell = table.cellAt(row, column)
        block, last = cell.firstCursorPosition().block(), cell.lastCursorPosition().block()
        while block.isValid():
            lines.extend(_lines(layout, block))
            if block == last:
                break
            block = block.next()
    return lines


def _row_lines(layout: QAbstractTextDocumentLayout, table: QTextTable, row: int) -> list[float]:
    """Where a row may be cut between its lines: the top of a line of one of its cells that no
    other cell's line runs across, below the row's first line."""
    lines = _cell_lines(layout, table, row)
    first = min(bottom for _top, bottom in lines)
    return sorted(
        {
            top
            for top, _bottom in lines
            if top >= first and not any(other < top - EDGE and top + EDGE < end for other, end in lines)
        }
    )


def _row_bottom(layout: QAbstractTextDocumentLayout, table: QTextTable, row: int) -> float:
    return max(bottom for _top, bottom in _cell_lines(layout, table, row))


def _starts(layout: QAbstractTextDocumentLayout, block: QTextBlock, keep: float) -> list[float]:
    """Where the start of what follows a heading may end, longest first: a short table whole, or
    its header and first two rows, or one, or its first row's first two lines; a paragraph whole,
    or its first two lines."""
    table = _table_of(block)
    if table is None:
        lines = _lines(layout, block)
        return [layout.blockBoundingRect(block).bottom(), *([lines[1][1]] if len(lines) > 2 else [])]
    ends = [_row_bottom(layout, table, row) for row in range(min(table.rows(), 3))]
    if table.rows() <= WHOLE_TABLE_ROWS:
        ends.append(_row_bottom(layout, table, table.rows() - 1))
    if table.rows() > 1:
        inside = _row_lines(layout, table, 1)
        ends.append(inside[1] if len(inside) > 1 else ends[1])
    return sorted(set(ends), reverse=True)


def _row_top(layout: QAbstractTextDocumentLayout, table: QTextTable, row: int) -> float:
    padding = table.format().cellPadding()
    return (
        min(
            layout.blockBoundingRect(table.cellAt(row, column).firstCursorPosition().block()).top()
            for column in range(table.columns())
        )
        - padding
    )


def _band_fonts() -> tuple[QFont, QFont]:
    small, marking = QFont("DejaVu Sans"), QFont("DejaVu Sans")
    small.setPixelSize(9)
    marking.setPixelSize(11)
    marking.setBold(True)
    return small, marking


def _footer_lines(painter: QPainter, report: PrintedReport, width: float) -> list[str]:
    """The footer as it prints beside the page number, never over it: whole (a certificate's
    number, a long title, as of, who printed it, the seal), on as many lines as it needs, broken
    only between words. Only a word wider than a line gives way, in its middle."""
    painter.save()
    painter.setFont(_band_fonts()[0])
    metrics = painter.fontMetrics()
    painter.restore()
    widest = page_of(WIDEST_PAGE, WIDEST_PAGE, report.language)
    room = int(width - metrics.horizontalAdvance(widest) - metrics.horizontalAdvance("    "))
    lines: list[str] = []
    for word in report.footer.split(" "):
        if lines and metrics.horizontalAdvance(f"{lines[-1]} {word}") <= room:
            lines[-1] += f" {word}"
        else:
            lines.append(metrics.elidedText(word, Qt.TextElideMode.ElideMiddle, room))
    return lines or [""]


def _paint_bands(
    painter: QPainter, report: PrintedReport, footer: list[str], width: float, height: float, page: str
) -> None:
    """Top: the marking, then the organisation; bottom: the footer (its lines, `_footer_lines`)
    beside the page number, then the marking."""
    small, marking = _band_fonts()
    line = BAND_LINE
    left, right, centre = (Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignRight, Qt.AlignmentFlag.AlignHCenter)
    bottom = BAND_HEIGHT + height + 2

    def write(top: float, align: Qt.AlignmentFlag, value: str) -> None:
        painter.drawText(QRectF(0, top, width, line), align | Qt.AlignmentFlag.AlignVCenter, value)

    painter.setFont(marking)
    write(0, centre, report.marking)
    write(bottom + len(footer) * line, centre, report.marking)
    painter.setFont(small)
    write(line, left, report.organisation)
    write(bottom, right, page)
    for number, text in enumerate(footer):
        write(bottom + number * line, left, text)


def _table_of(block: QTextBlock) -> QTextTable | None:
    """The table the block is in. Not QTextCursor.currentTable(): PySide6 6.12 on Python 3.11
    returns its None without counting the reference, and a few thousand such calls abort Python."""
    frame = block.document().frameAt(block.position())
    return frame if isinstance(frame, QTextTable) else None


def write_pdf(report: Report | PrintedReport, path: str | Path, progress: Progress = no_progress) -> int:
    """The number of pages. Written under a temporary name beside `path` and renamed once whole:
    cancelled (`progress` raised) or failed, no file is left. Raises OSError when it cannot be
    written."""
    report = _printable(report)
    path = Path(path)
    part = path.with_name(f".{path.name}.{os.getpid()}.part")
    part.open("xb").close()
    try:
        writer = QPdfWriter(str(part))
        writer.setResolution(RESOLUTION)
        writer.setPageLayout(_layout(_orientation(report)))
        writer.setTitle(report.title)
        writer.setCreator("Stockpile Tracker")
        pages = paint(report, writer, progress)
        del writer  # the file is closed and whole
        os.replace(part, path)
        return pages
    finally:
        part.unlink(missing_ok=True)


def _name_controls(preview: QPrintPreviewDialog, toolbar: QToolBar) -> None:
    """Qt's preview leaves its pages, zoom and page number fields without a name a screen reader can
    say: the zoom is its one combo box (a line in it), the page number its other line."""
    for pages in preview.findChildren(QGraphicsView):
        pages.setAccessibleName(translate("ReportPreview", "Pages of the report"))
    for zoom in toolbar.findChildren(QComboBox):
        zoom.setAccessibleName(translate("ReportPreview", "Zoom"))
    for line in toolbar.findChildren(QLineEdit):
        line.setAccessibleName(
            translate("ReportPreview", "Zoom")
            if isinstance(line.parentWidget(), QComboBox)
            else translate("ReportPreview", "Page number")
        )
    name_more_button(toolbar)


# The preview's own actions: what each saves, its text (the button's tooltip, a screen reader's name
# for it), its key, and the format's name its button shows after "Save as:", so that the toolbar
# stays whole in French and Spanish on a screen 1280 pixels wide.
SAVES = (
    ("pdf", QT_TRANSLATE_NOOP("ReportPreview", "Save as PDF..."), QKeySequence.StandardKey.Save, "PDF"),
    ("csv", QT_TRANSLATE_NOOP("ReportPreview", "Save tables as CSV..."), "Ctrl+Shift+S", "CSV"),
    ("docx", QT_TRANSLATE_NOOP("ReportPreview", "Save as DOCX..."), "Ctrl+Shift+D", "DOCX"),
    ("xlsx", QT_TRANSLATE_NOOP("ReportPreview", "Save as Excel..."), "Ctrl+Shift+X", "Excel"),
)
FREEZE_KEY = "Ctrl+Shift+F"
QT_PREVIEW = "QPrintPreviewDialog"  # the context of Qt's own texts (qtbase_*.qm), not one of ours
PRINT_KEY = QKeySequence.StandardKey.Print


def _keyed(action: QAction, key: str | QKeySequence.StandardKey) -> None:
    """The action's key, said in its tooltip (a toolbar button shows no key of its own)."""
    action.setShortcut(QKeySequence(key))
    shown = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    action.setToolTip(f"{action.text().replace('&', '').removesuffix('...')} ({shown})")


def _reached_by_tab(toolbar: QToolBar) -> None:
    """Qt's toolbar buttons take no focus: a user on the keyboard could neither print nor save. Each
    button is reached by Tab and pressed by Space, and says its whole text to a screen reader."""
    for action in toolbar.actions():
        button = toolbar.widgetForAction(action)
        if isinstance(button, QToolButton):
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            if action.text() and button.text() != action.text().replace("&", "").removesuffix("..."):
                button.setAccessibleName(action.text().replace("&", "").removesuffix("..."))


class ReportPreview(QPrintPreviewDialog):
    """A print preview with Print, and actions to save the report as PDF, DOCX or an Excel workbook
    or its tables as CSV (and to freeze it as submitted, when `on_freeze` is given; `not_yet` says why it cannot be
    frozen yet, and the action is disabled). Each has a key (Ctrl+S saves the PDF, Ctrl+P prints).

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
        refuse: Callable[[str], None] = lambda _path: None,
    ) -> None:
        """`refuse(path)` raises for a file that must not be written (the database itself)."""
        self.report = _printable(report)
        self.refuse = refuse
        self.own_printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        self.own_printer.setPageLayout(_layout(_orientation(self.report)))
        super().__init__(self.own_printer, parent)
        self.setWindowTitle(f"{self.report.title} - {period}" if period else self.report.title)
        self.paintRequested.connect(self._paint)
        toolbar = self.findChild(QToolBar)
        if toolbar is not None:
            _name_controls(self, toolbar)
            printing = QCoreApplication.translate(QT_PREVIEW, "Print")  # as Qt's own translation words it
            for action in toolbar.actions():
                if action.text() == printing and action.shortcut().isEmpty():
                    _keyed(action, PRINT_KEY)
            toolbar.addSeparator()
            toolbar.addWidget(QLabel(translate("ReportPreview", "Save as:")))
            for kind, text, key, short in SAVES:
                action = toolbar.addAction(translate("ReportPreview", text), partial(_save, self, kind))
                action.setIconText(short)
                _keyed(action, key)
            if on_freeze is not None:
                toolbar.addSeparator()
                self.freeze_action = toolbar.addAction(
                    translate("ReportPreview", "Freeze as submitted..."), lambda: on_freeze(self)
                )
                _keyed(self.freeze_action, FREEZE_KEY)
                if not_yet is not None:  # shown, but not offered: the tooltip says why
                    self.freeze_action.setEnabled(False)
                    self.freeze_action.setToolTip(
                        translate("ReportPreview", "Cannot freeze yet: {reason}").format(reason=not_yet)
                    )
            _reached_by_tab(toolbar)
        self.resize(1200, 1000)  # the toolbar whole, its Save and Freeze actions in view
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


SAVED_AS = {
    "pdf": QT_TRANSLATE_NOOP("ReportPreview", "PDF files"),
    "csv": QT_TRANSLATE_NOOP("ReportPreview", "CSV files"),
    "docx": QT_TRANSLATE_NOOP("ReportPreview", "Word documents"),
    "xlsx": QT_TRANSLATE_NOOP("ReportPreview", "Excel workbooks"),
}


def _save(parent: ReportPreview, kind: str) -> None:
    report = parent.report
    name = report.title.lower().replace(" ", "-")
    title = translate("ReportPreview", "Save {report}").format(report=report.title)
    files = translate("ReportPreview", SAVED_AS[kind])
    path, _filter = QFileDialog.getSaveFileName(parent, title, f"{name}.{kind}", f"{files} (*.{kind})")
    if not path:
        return
    try:
        parent.refuse(path)
    except InvalidInput as exc:
        QMessageBox.critical(parent, title, str(exc))
        return
    try:
        if kind == "pdf":
            with_progress(parent, title, partial(write_pdf, report, path))
        elif kind == "docx":
            from ..reports.docx import to_docx  # python-docx is loaded only to write one

            charts = getattr(report, "charts", ())
            Path(path).write_bytes(to_docx(report, {chart.name: chart_png(chart) for chart in charts}))
        elif kind == "xlsx":
            from ..reports.xlsx import to_xlsx  # openpyxl is loaded only to write one

            Path(path).write_bytes(to_xlsx(report))
        else:
            Path(path).write_text(report.csv, encoding="utf-8-sig")
    except Cancelled:
        QMessageBox.information(
            parent, title, translate("ReportPreview", "Saving cancelled: {path} was not written").format(path=path)
        )
    except OSError as exc:
        QMessageBox.critical(
            parent,
            title,
            translate("ReportPreview", "Cannot write {path}: {reason}").format(path=path, reason=exc.strerror or exc),
        )
