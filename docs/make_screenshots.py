"""Screenshots of every page at the default 1280x800, of each action dialog showing the error it gives when
submitted as it opens, of the first page of each report, and of the Article 7 report's first page in
each format, taken offscreen from the demo stockpile: `make screenshots` (report pages need pdftoppm,
from poppler-utils; the Word document's page needs soffice, from libreoffice-writer-nogui)."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication, QTextBrowser  # noqa: E402

from stockpile_tracker.db.migrate import open_database  # noqa: E402
from stockpile_tracker.demo import build_demo  # noqa: E402
from stockpile_tracker.qt.catalogue_dialogs import MineTypeDialog, SiteDialog  # noqa: E402
from stockpile_tracker.qt.destruction_dialogs import (  # noqa: E402
    CloseTaskDialog,
    RecordDestructionDialog,
    ScheduleDialog,
    ShipmentDialog,
    VerifyCertificateDialog,
)
from stockpile_tracker.qt.lot_dialogs import (  # noqa: E402
    MoveDialog,
    ReceiveDialog,
    RetentionDialog,
    ReverseDialog,
    SplitDialog,
    StockCheckDialog,
)
from stockpile_tracker.qt.main_window import PAGES, MainWindow  # noqa: E402
from stockpile_tracker.qt.printing import write_pdf  # noqa: E402
from stockpile_tracker.qt.settings import Settings  # noqa: E402
from stockpile_tracker.reports.article7 import article7_report  # noqa: E402
from stockpile_tracker.reports.document import printable  # noqa: E402
from stockpile_tracker.reports.docx import to_docx  # noqa: E402
from stockpile_tracker.reports.progress import progress_report  # noqa: E402
from stockpile_tracker.reports.records import certificate_report, lot_history_report  # noqa: E402
from stockpile_tracker.reports.status import status_report  # noqa: E402
from stockpile_tracker.services import Stockpile  # noqa: E402

DOCS = Path(__file__).resolve().parent


def settle(app: QApplication, widget: object) -> None:
    """Until what the page or form reads in the background has arrived."""
    while getattr(widget, "loading", False):
        app.processEvents()
        time.sleep(0.01)
    app.processEvents()


def main() -> int:
    app = QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as folder:
        database = Path(folder) / "demo-stockpile.db"
        engine = open_database(str(database))
        build_demo(Stockpile(engine, "J. Doe"))
        engine.dispose()
        settings = Settings(QSettings(str(Path(folder) / "settings.ini"), QSettings.Format.IniFormat))
        window = MainWindow(settings, "J. Doe")
        window.open_database(str(database))
        window.show()  # at its default size, 1280x800
        view = window.stockpile_view
        settle(app, view)
        lot = next(row for row in view.model.rows if row.retained and row.surplus)
        view.select_lot(lot.id)
        app.processEvents()
        shots = {
            "dashboard.png": PAGES.index("Dashboard"),
            "stockpile.png": PAGES.index("Stockpile"),
            "destruction-plan.png": PAGES.index("Destruction plan"),
            "destruction-log.png": PAGES.index("Destruction log"),
            "catalogue.png": PAGES.index("Catalogue"),
        }
        for name, page in shots.items():
            window.nav_list.setCurrentRow(page)
            if page == PAGES.index("Dashboard"):  # the findings (checked in the background), the first one's names
                while window.dashboard_view.findings_pending:
                    app.processEvents()
                    time.sleep(0.01)
                window.dashboard_view.findings_table.selectRow(0)
            settle(app, window.pages.currentWidget())
            window.grab().save(str(DOCS / name))
            print(f"wrote docs/{name}")
        sp = window.sp
        lot = sp.queries.lot(sp.destruction.find_event("TEAD-CERT-0042").lines[0].lot_id)
        reports = {
            "report-status.png": status_report(sp, sp.context.today()),
            "report-progress.png": progress_report(sp, sp.destruction.programmes()[0].id),
            "report-lot-history.png": lot_history_report(sp, lot.id),
            "report-certificate.png": certificate_report(sp, "TEAD-CERT-0042"),
        }
        for name, report in reports.items():
            pdf = Path(folder) / "report.pdf"
            write_pdf(report, pdf)
            page_png(pdf, DOCS / name)
            print(f"wrote docs/{name}")
            if report.charts:
                page_png(pdf, DOCS / name.replace(".png", "-chart.png"), page=2)
                print(f"wrote docs/{name.replace('.png', '-chart.png')}")
        article7_pages(sp, Path(folder))
        dialog_shots(app, window)  # last: a form accepted as it opened writes to the demo
        window.close()
    return 0


def dialog_shots(app: QApplication, window: MainWindow) -> None:
    """Each action dialog submitted as it opens: what a user sees when a field is missing or wrong."""
    sp = window.sp
    lot = next(row for row in sp.queries.lots(limit=None) if row.unscheduled > 0)
    task = next(t for t in sp.destruction.tasks() if sp.destruction.discrepancies(t.id))
    event = next(e for e in sp.destruction.events() if e.verified_by is None)
    entry = sp.queries.ledger(lot.id)[0]
    folder = DOCS / "dialogs"
    folder.mkdir(exist_ok=True)
    opened = {
        "receive": lambda: ReceiveDialog(sp, window),
        "retention": lambda: RetentionDialog(sp, lot, window),
        "split": lambda: SplitDialog(sp, lot, window),
        "schedule": lambda: ScheduleDialog(sp, [lot], window),
        "record-destruction": lambda: RecordDestructionDialog(sp, [lot], None, window),
        "stock-check": lambda: StockCheckDialog(sp, lot, window),
        "move": lambda: MoveDialog(sp, lot, window),
        "ship": lambda: ShipmentDialog(sp, task, window),
        "return": lambda: ShipmentDialog(sp, task, window, returning=True),
        "reverse": lambda: ReverseDialog(sp, lot, entry, window),
        "verify-certificate": lambda: VerifyCertificateDialog(sp, event, window),
        "close-task": lambda: CloseTaskDialog(sp, task, window),
        "mine-type": lambda: MineTypeDialog(sp, window),
        "site": lambda: SiteDialog(sp, window),
    }
    for name, make in opened.items():
        dialog = make()
        dialog.show()
        settle(app, dialog)
        dialog.action_button.click()  # refused: the form stays open with its error
        app.processEvents()
        dialog.grab().save(str(folder / f"{name}.png"))
        print(f"wrote docs/dialogs/{name}.png: {dialog.error or 'accepted'}")
        dialog.reject()
        dialog.deleteLater()


def article7_pages(sp: Stockpile, folder: Path) -> None:
    """The first page of last year's Article 7 report in each format: the PDF as printed, the Word
    document as LibreOffice lays it out (soffice, Debian: libreoffice-writer-nogui), the HTML as Qt
    shows it (the preview's engine), and the CSV's first lines as text."""
    target = DOCS / "article7"
    target.mkdir(exist_ok=True)
    report = printable(article7_report(sp, sp.context.today().year - 1))
    write_pdf(report, folder / "article7.pdf")
    page_png(folder / "article7.pdf", target / "pdf-first-page.png")
    (folder / "article7.docx").write_bytes(to_docx(report))
    subprocess.run(
        [
            "soffice",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(folder / "docx"),
            str(folder / "article7.docx"),
        ],
        check=True,
        capture_output=True,
    )
    page_png(folder / "docx" / "article7.pdf", target / "docx-first-page.png")
    browser = QTextBrowser()
    browser.setHtml(report.html)
    browser.resize(1000, 1300)
    browser.grab().save(str(target / "html-first-page.png"))
    (target / "csv-first-lines.csv").write_text("".join(report.csv.splitlines(keepends=True)[:40]), encoding="utf-8")
    print("wrote docs/article7/: pdf-first-page.png, docx-first-page.png, html-first-page.png, csv-first-lines.csv")


def page_png(pdf: Path, target: Path, page: int = 1) -> None:
    """One page of a PDF as a PNG at 100 dpi, by pdftoppm (Debian: poppler-utils)."""
    subprocess.run(
        [
            "pdftoppm",
            "-png",
            "-r",
            "100",
            "-f",
            str(page),
            "-l",
            str(page),
            "-singlefile",
            str(pdf),
            str(target.with_suffix("")),
        ],
        check=True,
    )


if __name__ == "__main__":
    sys.exit(main())
