"""Screenshots of every page at the default 1280x800, of each action dialog showing the error it gives when
submitted as it opens, of the first page of each report, and of the Article 7 report's first page in
each format, taken offscreen from the demo stockpile: `make screenshots`, which takes them in each
language (report pages need pdftoppm, from poppler-utils; the Word document's page needs soffice,
from libreoffice-writer-nogui).

`--language fr` starts the window in French, as `stockpile-tracker --language fr` does; the pictures
go to docs/ in English and docs/<language>/ in another (or `--output`). The user guide's pictures
(the pages and its main dialogs, smaller) go to resources/guide/images/<language>/, which the
program ships: the pages, the three forms the Actions section shows refused, and every other dialog
the guide describes as it opens (GUIDE_SHOTS), at its natural size. The report pages are taken in
English only (docs/ shows them; the guide does not)."""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings, Qt  # noqa: E402
from PySide6.QtGui import QImage, QPixmap  # noqa: E402
from PySide6.QtWidgets import QApplication, QTextBrowser  # noqa: E402

from stockpile_tracker.db.migrate import open_database  # noqa: E402
from stockpile_tracker.demo import build_demo  # noqa: E402
from stockpile_tracker.i18n import ENGLISH, LANGUAGES  # noqa: E402
from stockpile_tracker.qt.app import start_language  # noqa: E402
from stockpile_tracker.qt.article7_dialog import Article7TextDialog  # noqa: E402
from stockpile_tracker.qt.catalogue_dialogs import MineTypeDialog, SiteDialog  # noqa: E402
from stockpile_tracker.qt.destruction_dialogs import (  # noqa: E402
    CloseTaskDialog,
    CorrectDestructionDialog,
    RecordDestructionDialog,
    ScheduleDialog,
    ShipmentDialog,
    VerifyCertificateDialog,
)
from stockpile_tracker.qt.import_dialog import ImportDialog  # noqa: E402
from stockpile_tracker.qt.korea_dialog import KoreaRequirementDialog  # noqa: E402
from stockpile_tracker.qt.loss_dialog import ResolveLossDialog  # noqa: E402
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
from stockpile_tracker.qt.profile_dialog import PolicyProfileDialog  # noqa: E402
from stockpile_tracker.qt.report_dialog import FreezeDialog, ReportDialog  # noqa: E402
from stockpile_tracker.qt.settings import Settings  # noqa: E402
from stockpile_tracker.qt.settings_dialog import LetterheadDialog, SettingsDialog  # noqa: E402
from stockpile_tracker.qt.suspension_dialogs import LiftDialog, SuspendDialog  # noqa: E402
from stockpile_tracker.qt.user_name_dialog import UserNameDialog  # noqa: E402
from stockpile_tracker.reports.article7 import article7_report  # noqa: E402
from stockpile_tracker.reports.document import printable  # noqa: E402
from stockpile_tracker.reports.docx import to_docx  # noqa: E402
from stockpile_tracker.reports.progress import progress_report  # noqa: E402
from stockpile_tracker.reports.records import certificate_report, lot_history_report  # noqa: E402
from stockpile_tracker.reports.registry import REPORTS_BY_NAME, prepare  # noqa: E402
from stockpile_tracker.reports.status import status_report  # noqa: E402
from stockpile_tracker.services import Stockpile  # noqa: E402

DOCS = Path(__file__).resolve().parent
GUIDE_IMAGES = DOCS.parent / "resources" / "guide" / "images"
GUIDE_WIDTH = 1000  # the guide's pictures at most, in pixels: readable, and light to ship
GUIDE_REFUSED = ("receive", "retention", "record-destruction")  # the guide shows these forms refused
# The other dialogs the guide shows, as they open (tests/window/test_guide.py checks that every
# dialog an action opens is shown, beside the action's words, in each language)
GUIDE_SHOTS = (
    "split",
    "move",
    "stock-check",
    "suspend",
    "lift-suspension",
    "reverse",
    "schedule",
    "correct-destruction",
    "verify-certificate",
    "ship",
    "return",
    "close-task",
    "resolve-loss",
    "mine-type",
    "site",
    "policy-profile",
    "korea-requirement",
    "report",
    "freeze",
    "article7-texts",
    "import",
    "settings",
    "letterhead",
    "operator",
)
IMPORT_SAMPLE = (  # a file of lots to import, as the preview lists it before anything is recorded
    "lot_number,type,quantity,site,retention\n"
    "IMP-2024-001,{type},120,{site},surplus\n"
    "IMP-2024-002,{type},40,{site},surplus\n"
)


def settle(app: QApplication, widget: object) -> None:
    """Until what the page or form reads in the background has arrived."""
    while getattr(widget, "loading", False):
        app.processEvents()
        time.sleep(0.01)
    app.processEvents()


def save_for_guide(picture: QPixmap, target: Path) -> None:
    """Light, for the program carries them: at most GUIDE_WIDTH wide, smoothly scaled, in 256 colours
    (a window's flat colours lose nothing seen; undithered, text stays crisp: a sixth of the size),
    and PNG at Qt's strongest compression (quality 0)."""
    image = picture.toImage()
    if image.width() > GUIDE_WIDTH:
        image = image.scaledToWidth(GUIDE_WIDTH, Qt.TransformationMode.SmoothTransformation)
    flat = Qt.ImageConversionFlag.ThresholdDither | Qt.ImageConversionFlag.AvoidDither
    image.convertToFormat(QImage.Format.Format_Indexed8, flat).save(str(target), "PNG", 0)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--language", choices=LANGUAGES, default=ENGLISH, help="the window's language")
    parser.add_argument("--output", type=Path, help="the folder of the pictures (default docs/ or docs/LANGUAGE/)")
    args = parser.parse_args(argv)
    output = args.output or (DOCS if args.language == ENGLISH else DOCS / args.language)
    guide = GUIDE_IMAGES / args.language
    output.mkdir(exist_ok=True)
    guide.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    start_language(app, args.language)
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
            picture = window.grab()
            picture.save(str(output / name))
            save_for_guide(picture, guide / name)
            print(f"wrote {output / name} and {guide / name}")
        if args.language == ENGLISH:
            report_pages(window.sp, output, Path(folder))
        guide_shots(app, window, settings, guide, Path(folder))
        dialog_shots(app, window, output, guide)  # last: a form accepted as it opened writes to the demo
        window.close()
    return 0


def report_pages(sp: Stockpile, output: Path, folder: Path) -> None:
    """The first page of each report (and of its charts), then the Article 7 report's in each format."""
    lot = sp.queries.lot(sp.destruction.find_event("TEAD-CERT-0042").lines[0].lot_id)
    reports = {
        "report-status.png": status_report(sp, sp.context.today()),
        "report-progress.png": progress_report(sp, sp.destruction.programmes()[0].id),
        "report-lot-history.png": lot_history_report(sp, lot.id),
        "report-certificate.png": certificate_report(sp, "TEAD-CERT-0042"),
    }
    for name, report in reports.items():
        pdf = folder / "report.pdf"
        write_pdf(report, pdf)
        page_png(pdf, output / name)
        print(f"wrote {output / name}")
        if report.charts:
            page_png(pdf, output / name.replace(".png", "-chart.png"), page=2)
            print(f"wrote {output / name.replace('.png', '-chart.png')}")
    article7_pages(sp, output, folder)


def dialog_shots(app: QApplication, window: MainWindow, output: Path, guide: Path) -> None:
    """Each action dialog submitted as it opens: what a user sees when a field is missing or wrong."""
    sp = window.sp
    lot = next(row for row in sp.queries.lots(limit=None) if row.unscheduled > 0)
    task = next(t for t in sp.destruction.tasks() if sp.destruction.discrepancies(t.id))
    event = next(e for e in sp.destruction.events() if e.verified_by is None)
    entry = sp.queries.ledger(lot.id)[0]
    folder = output / "dialogs"
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
        picture = dialog.grab()
        picture.save(str(folder / f"{name}.png"))
        if name in GUIDE_REFUSED:
            save_for_guide(picture, guide / f"{name}.png")
        print(f"wrote {folder / name}.png: {dialog.error or 'accepted'}")
        dialog.reject()
        dialog.deleteLater()


def guide_shots(app: QApplication, window: MainWindow, settings: Settings, guide: Path, folder: Path) -> None:
    """Each dialog the guide shows as it opens (GUIDE_SHOTS), on the demo record as its action builds
    it: only the dialog, at its natural size; nothing is submitted."""
    sp = window.sp
    suspension = sp.suspensions.in_force(sp.today())[0]
    suspended = sp.queries.lot(suspension.lot_id)
    lot = next(row for row in sp.queries.lots(limit=None) if row.unscheduled > 0 and row.suspended == 0)
    task = next(t for t in sp.destruction.tasks(status="open") if any(line.shipped for line in t.lines))
    event = next(e for e in sp.destruction.events() if e.verified_by is None)
    entry = sp.queries.ledger(lot.id)[0]
    last_year = prepare(sp, REPORTS_BY_NAME["article7"], {"year": sp.today().year - 1})
    sample = folder / "lots.csv"
    sample.write_text(IMPORT_SAMPLE.format(type=lot.type_designation, site=lot.site_code), encoding="utf-8")
    opened = {
        "split": lambda: SplitDialog(sp, lot, window),
        "move": lambda: MoveDialog(sp, lot, window),
        "stock-check": lambda: StockCheckDialog(sp, lot, window),
        "suspend": lambda: SuspendDialog(sp, lot, window),
        "lift-suspension": lambda: LiftDialog(sp, suspended, window),
        "reverse": lambda: ReverseDialog(sp, lot, entry, window),
        "schedule": lambda: ScheduleDialog(sp, [lot], window),
        "correct-destruction": lambda: CorrectDestructionDialog(sp, event, None, window),
        "verify-certificate": lambda: VerifyCertificateDialog(sp, event, window),
        "ship": lambda: ShipmentDialog(sp, task, window),
        "return": lambda: ShipmentDialog(sp, task, window, returning=True),
        "close-task": lambda: CloseTaskDialog(sp, task, window),
        "resolve-loss": lambda: ResolveLossDialog(sp, window),
        "mine-type": lambda: MineTypeDialog(sp, window),
        "site": lambda: SiteDialog(sp, window),
        "policy-profile": lambda: PolicyProfileDialog(sp, window),
        "korea-requirement": lambda: KoreaRequirementDialog(sp, sp.catalogue.active_profile(), window),
        "report": lambda: ReportDialog(sp, REPORTS_BY_NAME["status"], window),
        "freeze": lambda: FreezeDialog(sp, last_year, window),
        "article7-texts": lambda: Article7TextDialog(sp, window),
        "import": lambda: ImportDialog(sp, "lots", str(sample), window),
        "settings": lambda: SettingsDialog(settings, window),
        "letterhead": lambda: LetterheadDialog(sp, window),
        "operator": lambda: UserNameDialog("J. Doe", window, sp),
    }
    assert tuple(opened) == GUIDE_SHOTS
    for name, make in opened.items():
        dialog = make()
        dialog.show()
        settle(app, dialog)
        save_for_guide(dialog.grab(), guide / f"{name}.png")
        print(f"wrote {guide / name}.png")
        dialog.reject()
        dialog.deleteLater()
        app.processEvents()


def article7_pages(sp: Stockpile, output: Path, folder: Path) -> None:
    """The first page of last year's Article 7 report in each format: the PDF as printed, the Word
    document as LibreOffice lays it out (soffice, Debian: libreoffice-writer-nogui), the HTML as Qt
    shows it (the preview's engine), and the CSV's first lines as text."""
    target = output / "article7"
    target.mkdir(exist_ok=True)
    report = printable(article7_report(sp, sp.context.today().year - 1))
    write_pdf(report, folder / "article7.pdf")
    page_png(folder / "article7.pdf", target / "pdf-first-page.png")
    (folder / "article7.docx").write_bytes(to_docx(report))
    if shutil.which("soffice") is None:  # the picture already in docs/ stays: said, not failed
        print(f"soffice not found: {target / 'docx-first-page.png'} is not taken again")
    else:
        convert = ["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(folder / "docx")]
        subprocess.run([*convert, str(folder / "article7.docx")], check=True, capture_output=True)
        page_png(folder / "docx" / "article7.pdf", target / "docx-first-page.png")
    browser = QTextBrowser()
    browser.setHtml(report.html)
    browser.resize(1000, 1300)
    browser.grab().save(str(target / "html-first-page.png"))
    (target / "csv-first-lines.csv").write_text("".join(report.csv.splitlines(keepends=True)[:40]), encoding="utf-8")
    print(f"wrote {target}/: pdf-first-page.png, html-first-page.png, csv-first-lines.csv")


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
