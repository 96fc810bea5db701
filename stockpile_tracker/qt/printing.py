"""Turns a report's HTML into pages: a PDF file, a printer, or a print preview. Each page gets
the report's footer and "page N of M"."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF, QPointF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import QFont, QPagedPaintDevice, QPageLayout, QPageSize, QPainter, QPdfWriter, QTextDocument
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QFileDialog, QToolBar, QWidget

from ..reports.document import Printable, Report, printable
from .charts import render_chart

FOOTER_HEIGHT_PT = 18
RESOLUTION = 300
LAYOUT_DPI = 96  # QTextDocument measures in pixels of a 96 dpi screen


def _layout() -> QPageLayout:
    return QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                       QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter)


def paint(report: Printable, device: QPagedPaintDevice) -> int:
    """Lay the report out on the device's pages and paint them; returns the number of pages."""
    painter = QPainter()
    if not painter.begin(device):
        raise OSError(f"cannot paint on {type(device).__name__}")
    try:
        page = device.pageLayout().paintRectPixels(device.resolution())
        scale = device.resolution() / LAYOUT_DPI  # the document is laid out in screen pixels
        footer = FOOTER_HEIGHT_PT
        width, height = page.width() / scale, page.height() / scale - footer
        document = QTextDocument()
        document.setDefaultFont(QFont("DejaVu Sans", 9))
        for chart in getattr(report, "charts", ()):
            document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(f"chart:{chart.name}"),
                                 render_chart(chart))
        document.setHtml(report.html)
        document.setPageSize(QSizeF(width, height))
        pages = document.pageCount()
        for number in range(pages):
            if number:
                device.newPage()
            painter.save()
            painter.scale(scale, scale)
            painter.translate(0, -number * height)
            document.drawContents(painter, QRectF(0, number * height, width, height))
            painter.restore()
            painter.save()
            painter.scale(scale, scale)
            small = QFont("DejaVu Sans")
            small.setPixelSize(9)
            painter.setFont(small)
            band = QRectF(QPointF(0, height + 4), QSizeF(width, footer - 4))
            painter.drawText(band, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, report.footer)
            painter.drawText(band, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             f"page {number + 1} of {pages}")
            painter.restore()
        return pages
    finally:
        painter.end()


def write_pdf(report: Report | Printable, path: str | Path) -> int:
    """Raises OSError (with the file name) when the file cannot be written."""
    report = _printable(report)
    Path(path).open("wb").close()
    writer = QPdfWriter(str(path))
    writer.setResolution(RESOLUTION)
    writer.setPageLayout(_layout())
    writer.setTitle(report.title)
    writer.setCreator("Stockpile Tracker")
    return paint(report, writer)


class ReportPreview(QPrintPreviewDialog):
    """A print preview with Print, and actions to save the report as PDF or its tables as CSV
    (and to freeze it as submitted, when `on_freeze` is given).

    The dialog owns its printer: the preview paints on it for as long as the dialog lives, and a
    printer held only by a local of the caller is freed under it (that crashed the window)."""

    def __init__(self, report: Report | Printable, parent: QWidget | None = None, *, period: str = "",
                 on_freeze=None) -> None:
        self.printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        self.printer.setPageLayout(_layout())
        super().__init__(self.printer, parent)
        self.report = _printable(report)
        self.setWindowTitle(f"{self.report.title} - {period}" if period else self.report.title)
        self.paintRequested.connect(self._paint)
        toolbar = self.findChild(QToolBar)
        if toolbar is not None:
            toolbar.addSeparator()
            toolbar.addAction("Save as PDF...", lambda: _save(self, self.report, "pdf"))
            toolbar.addAction("Save tables as CSV...", lambda: _save(self, self.report, "csv"))
            if on_freeze is not None:
                toolbar.addAction("Freeze as submitted...", lambda: on_freeze(self))
        self.resize(900, 1000)

    def _paint(self, device: QPagedPaintDevice) -> None:
        paint(self.report, device)


def _printable(report: Report | Printable) -> Printable:
    return printable(report) if isinstance(report, Report) else report


def _save(parent: QWidget, report: Printable, kind: str) -> None:
    name = report.title.lower().replace(" ", "-")
    path, _filter = QFileDialog.getSaveFileName(parent, f"Save {report.title}", f"{name}.{kind}",
                                                f"{kind.upper()} files (*.{kind})")
    if not path:
        return
    if kind == "pdf":
        write_pdf(report, path)
    else:
        Path(path).write_text(report.csv, encoding="utf-8-sig")
