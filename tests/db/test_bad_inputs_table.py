"""The bad input table of docs/RELIABILITY.md, as data: each bad input a user can give in a dialog,
on the command line or in an import file, the exact message it gets, and proof that the database
is as it was afterwards (or, for the few inputs that are accepted, that they are stored as typed).

`python -m tests.db.test_bad_inputs_table` prints the Markdown table; a test checks that
docs/RELIABILITY.md, when it exists, holds exactly that table."""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from types import SimpleNamespace

import pytest

from stockpile_tracker.cli import main
from stockpile_tracker.domain.errors import StockpileError
from stockpile_tracker.services.importing import ImportRejected

from ..helpers import snapshot, something_of_everything
from .test_import import BAD_LOTS, BAD_LOTS_PROBLEMS

D = date
LOTS_HEADER = "lot_number,type,quantity,site,retention,received_on,manufactured_on,notes\n"
DESTRUCTIONS_HEADER = "lot_number,type,destroyed_on,quantity,method,site,certificate,officer,witness\n"
RELIABILITY = Path(__file__).resolve().parents[2] / "docs" / "RELIABILITY.md"
ACCEPTED = "accepted; stored as typed"


@dataclass(frozen=True)
class Case:
    where: str
    bad_input: str
    message: str
    run: Callable[[SimpleNamespace], str] | None  # returns the message shown; None: tested in test_import.py


@pytest.fixture
def w(stockpile, verifier, engine, database_url, tmp_path):
    """L-001: 1,000 M67 at ANAD, 300 scheduled (task T-1), 100 destroyed (certificate C-1, not yet
    verified), 50 shipped for task T-2 and not reported destroyed; L-T: 200 M16, 100 retained under
    Article 3."""
    w = something_of_everything(stockpile, verifier, trained_type="M16", task_reference="T-1")
    shipped = stockpile.destruction.schedule(
        planned_on=D(2026, 9, 1), site="ANAD", method="other", lines={w.lot: 50}, reference="T-2"
    )
    stockpile.destruction.ship(shipped.id, on=D(2026, 6, 1), lines={w.lot: 50}, document_ref="S-1")
    w.engine, w.url, w.tmp, w.shipped = engine, database_url, tmp_path, shipped.id
    return w


# -- dialogs: the form filled in, the action clicked; the dialog stays open with the message -----------------


def dialog(make: Callable, fill: Callable) -> Callable[[SimpleNamespace], str]:
    def run(w: SimpleNamespace) -> str:
        from PySide6.QtWidgets import QApplication, QDialog

        form = make(w)
        until = time.monotonic() + 30
        while getattr(form, "loading", False):  # what the form reads in the background (open tasks)
            assert time.monotonic() < until, "the form never finished reading"
            QApplication.processEvents()
        fill(form)
        form.action_button.click()
        assert form.result() != QDialog.DialogCode.Accepted and form.error_label.isVisibleTo(form)
        return form.error

    return run


def set_value(widget, value) -> None:
    """A date edit's or a choice combo's `value`, set inside a lambda."""
    widget.value = value


def dialogs():
    from stockpile_tracker.qt.catalogue_dialogs import MineTypeDialog, SiteDialog
    from stockpile_tracker.qt.destruction_dialogs import (
        CloseTaskDialog,
        RecordDestructionDialog,
        ScheduleDialog,
        VerifyCertificateDialog,
    )
    from stockpile_tracker.qt.lot_dialogs import (
        ReceiveDialog,
        RetentionDialog,
        ReverseDialog,
        SplitDialog,
        StockCheckDialog,
    )

    def lot(w, number="L-001"):
        return w.sp.queries.find_lot(number)

    def receive_form(w):
        form = ReceiveDialog(w.sp)
        form.lot_number_edit.setText("L-NEW")
        form.quantity_spin.setValue(10)
        return form

    def event_form(w):
        form = RecordDestructionDialog(w.sp, [lot(w)])
        form.officer_edit.setText("Capt. Reyes")
        form.witness_edit.setText("Mr. Okafor")
        form.certificate_edit.setText("C-2")
        return form

    return [
        Case(
            "Receive dialog",
            "quantity 0",
            "quantity: must be more than zero, not 0",
            dialog(receive_form, lambda f: f.quantity_spin.setValue(0)),
        ),
        Case(
            "Receive dialog",
            "lot number left blank",
            "lot number: is required",
            dialog(receive_form, lambda f: f.lot_number_edit.setText("   ")),
        ),
        Case(
            "Receive dialog",
            "a lot number the type already has",
            "lot number: lot L-001 of type M67 already exists",
            dialog(receive_form, lambda f: (f.lot_number_edit.setText("L-001"), set_value(f.type_combo, "M67"))),
        ),
        Case(
            "Receive dialog",
            "manufactured after it was received",
            "manufactured on: 2026-06-30 is after the receipt date 2026-06-01",
            dialog(
                receive_form, lambda f: (set_value(f.date_edit, D(2026, 6, 1)), f.manufactured_check.setChecked(True))
            ),
        ),
        Case(
            "Retention dialog",
            "no reason given",
            "reason: is required",
            dialog(
                lambda w: RetentionDialog(w.sp, lot(w)),
                lambda f: (
                    f.quantity_spin.setValue(10),
                    set_value(f.category_combo, "korea"),
                    f.authority_edit.setText("A-2"),
                ),
            ),
        ),
        Case(
            "Retention dialog",
            "Article 3 without the institution",
            "institution: Article 3 retention names the authorised institution",
            dialog(
                lambda w: RetentionDialog(w.sp, lot(w)),
                lambda f: (
                    f.quantity_spin.setValue(10),
                    set_value(f.category_combo, "article3"),
                    f.authority_edit.setText("A-2"),
                    f.reason_edit.setPlainText("training"),
                ),
            ),
        ),
        Case(
            "Retention dialog",
            "more than the unscheduled stock",
            "lot L-001 (M67): cannot retain 600; 850 on hand of which 300 are scheduled for destruction "
            "(allocation: what is scheduled for destruction cannot exceed the surplus)",
            dialog(
                lambda w: RetentionDialog(w.sp, lot(w)),
                lambda f: (
                    f.quantity_spin.setValue(600),
                    set_value(f.category_combo, "korea"),
                    f.authority_edit.setText("A-2"),
                    f.reason_edit.setPlainText("reserve"),
                ),
            ),
        ),
        Case(
            "Split dialog",
            "the new lot number already exists",
            "new lot number: lot L-001 of type M67 already exists",
            dialog(
                lambda w: SplitDialog(w.sp, lot(w)),
                lambda f: (
                    f.new_lot_edit.setText("L-001"),
                    f.quantity_spin.setValue(5),
                    f.authority_edit.setText("A-3"),
                    f.reason_edit.setPlainText("repack"),
                ),
            ),
        ),
        Case(
            "Split dialog",
            "more than the unscheduled surplus",
            "lot L-001 (M67): cannot split off 900; 850 on hand, 0 retained, 300 scheduled, so only 550 are "
            "unscheduled surplus (allocation: what is scheduled for destruction cannot exceed the surplus)",
            dialog(
                lambda w: SplitDialog(w.sp, lot(w)),
                lambda f: (
                    f.quantity_spin.setValue(900),
                    f.authority_edit.setText("A-3"),
                    f.reason_edit.setPlainText("repack"),
                ),
            ),
        ),
        Case(
            "Schedule dialog",
            "every line set to zero",
            "lots: name at least one lot and quantity",
            dialog(lambda w: ScheduleDialog(w.sp, [lot(w)]), lambda f: f.lines_table.spin(0).setValue(0)),
        ),
        Case(
            "Schedule dialog",
            "more than the unscheduled surplus",
            "lot L-001 (M67): cannot schedule 600; 850 on hand, 0 retained, 300 scheduled, so only 550 are "
            "unscheduled surplus (allocation: what is scheduled for destruction cannot exceed the surplus)",
            dialog(lambda w: ScheduleDialog(w.sp, [lot(w)]), lambda f: f.lines_table.spin(0).setValue(600)),
        ),
        Case(
            "Record destruction dialog",
            "retained mines destroyed",
            "lot L-T (M16): cannot destroy 150; 200 on hand, 100 retained, 0 scheduled, so only 100 are "
            "unscheduled surplus (retention lock: retained mines cannot be scheduled, moved or destroyed)",
            dialog(
                lambda w: RecordDestructionDialog(w.sp, [lot(w, "L-T")]),
                lambda f: (
                    f.lines_table.spin(0).setValue(150),
                    f.officer_edit.setText("Capt. Reyes"),
                    f.witness_edit.setText("Mr. Okafor"),
                    f.certificate_edit.setText("C-2"),
                ),
            ),
        ),
        Case(
            "Record destruction dialog",
            "no witness",
            "witness: is required",
            dialog(event_form, lambda f: f.witness_edit.setText("")),
        ),
        Case(
            "Record destruction dialog",
            "a certificate number already used",
            "certificate number: certificate C-1 is already recorded",
            dialog(event_form, lambda f: f.certificate_edit.setText("C-1")),
        ),
        Case(
            "Stock check dialog",
            "a different count without a reason",
            "reason: is required",
            dialog(lambda w: StockCheckDialog(w.sp, lot(w)), lambda f: f.counted_spin.setValue(840)),
        ),
        Case(
            "Reverse dialog",
            "no reason given",
            "reason: is required",
            dialog(lambda w: ReverseDialog(w.sp, lot(w), w.sp.queries.ledger(w.lot)[0]), lambda f: None),
        ),
        Case(
            "Reverse dialog",
            "dated before the entry it corrects",
            "date: a reversal cannot be dated 2019-01-01, before the entry it reverses (2020-01-15)",
            dialog(
                lambda w: ReverseDialog(w.sp, lot(w), w.sp.queries.ledger(w.lot)[0]),
                lambda f: (f.reason_edit.setPlainText("typed twice"), set_value(f.date_edit, D(2019, 1, 1))),
            ),
        ),
        Case(
            "Verify dialog",
            "verified by the person who recorded it",
            "certificate C-1 was recorded by alice; another person must verify it "
            "(four eyes: a second person verifies)",
            dialog(lambda w: VerifyCertificateDialog(w.sp, w.sp.destruction.find_event("C-1")), lambda f: None),
        ),
        Case(
            "Verify dialog",
            "verified on a date in the future",
            "verified on: 2026-07-01 is in the future (today is 2026-06-30)",
            dialog(
                lambda w: VerifyCertificateDialog(w.bob, w.bob.destruction.find_event("C-1")),
                lambda f: set_value(f.date_edit, D(2026, 7, 1)),
            ),
        ),
        Case(
            "Close task dialog",
            "a discrepancy and no explanation",
            "task T-2 cannot close: lot L-001: shipped 50, destroyed at the destruction site 0; explain the "
            "difference to close it (reconciliation: shipped, destroyed and certified agree)",
            dialog(lambda w: CloseTaskDialog(w.sp, w.sp.destruction.task(w.shipped)), lambda f: None),
        ),
        Case(
            "Mine type dialog",
            "designation left blank",
            "designation: is required",
            dialog(lambda w: MineTypeDialog(w.sp), lambda f: f.name_edit.setText("x")),
        ),
        Case(
            "Mine type dialog",
            "a designation already in the catalogue",
            "designation: mine type M67 is already in the catalogue",
            dialog(
                lambda w: MineTypeDialog(w.sp),
                lambda f: (f.designation_edit.setText("M67"), f.name_edit.setText("again")),
            ),
        ),
        Case(
            "Site dialog",
            "country code with a digit",
            "country: 'U1' is not a two-letter country code (ISO 3166)",
            dialog(
                lambda w: SiteDialog(w.sp),
                lambda f: (f.code_edit.setText("NEW"), f.name_edit.setText("New"), f.country_edit.setText("U1")),
            ),
        ),
        Case(
            "Site dialog",
            "a site code already in the catalogue",
            "code: site ANAD already exists",
            dialog(
                lambda w: SiteDialog(w.sp),
                lambda f: (f.code_edit.setText("ANAD"), f.name_edit.setText("x"), f.country_edit.setText("US")),
            ),
        ),
    ]


# -- the command line: exit status 2 and one line on stderr ----------------------------------------------------


def cli(*args: str, database: bool = True) -> Callable[[SimpleNamespace], str]:
    def run(w: SimpleNamespace) -> str:
        argv = [arg.format(tmp=w.tmp) for arg in args]
        try:
            status = main((["--database", w.url] if database else []) + argv)
        except SystemExit as exc:  # argparse: the usage line, then the error
            status = exc.code
        assert status == 2
        return w.capsys.readouterr().err.strip().splitlines()[-1]

    return run


def cli_import(kind: str, content: str, *options: str) -> Callable[[SimpleNamespace], str]:
    """The import command on a file of this content."""

    def run(w: SimpleNamespace) -> str:
        (w.tmp / "bad.csv").write_text(content)
        return cli("import", kind, "{tmp}/bad.csv", *options)(w)

    return run


def commands():
    return [
        Case(
            "command line",
            "an impossible date",
            "stockpile-tracker report status: error: argument --as-of: '2026-02-30' is not a date (YYYY-MM-DD)",
            cli("report", "status", "--as-of", "2026-02-30", "--csv", "x"),
        ),
        Case(
            "command line",
            "a date in another format",
            "stockpile-tracker report status: error: argument --as-of: '30/06/2026' is not a date (YYYY-MM-DD)",
            cli("report", "status", "--as-of", "30/06/2026", "--csv", "x"),
        ),
        Case(
            "command line",
            "a date in the future",
            "stockpile-tracker: --as-of: 2999-01-01 is in the future",
            cli("report", "status", "--as-of", "2999-01-01", "--csv", "{tmp}/s.csv"),
        ),
        Case(
            "command line",
            "a date before the treaty",
            "stockpile-tracker: --as-of: 1900-01-01 is before 1997, the year the Convention was signed",
            cli("report", "status", "--as-of", "1900-01-01", "--csv", "{tmp}/s.csv"),
        ),
        Case(
            "command line",
            "a year that is not a number",
            "stockpile-tracker report article7: error: argument --year: invalid int value: '20x5'",
            cli("report", "article7", "--year", "20x5"),
        ),
        Case(
            "command line",
            "a year before the treaty",
            "stockpile-tracker: --year: 1900 is not a year this record can report on",
            cli("report", "article7", "--year", "1900", "--csv", "{tmp}/a.csv"),
        ),
        Case(
            "command line",
            "a negative limit",
            "stockpile-tracker: --limit: must be zero or more",
            cli("lots", "--limit", "-1"),
        ),
        Case(
            "command line",
            "a limit with a decimal",
            "stockpile-tracker lots: error: argument --limit: invalid int value: '2.5'",
            cli("lots", "--limit", "2.5"),
        ),
        Case(
            "command line",
            "an unknown sort column",
            "stockpile-tracker lots: error: argument --sort: invalid "
            "choice: 'colour' (choose from 'category', 'condition', 'destroyed', 'lot_number', 'on_hand', "
            "'retained', 'retention', 'scheduled', 'sd_class', 'site', 'surplus', 'type')",
            cli("lots", "--sort", "colour"),
        ),
        Case(
            "command line",
            "an unknown option",
            "stockpile-tracker: error: unrecognized arguments: --colour",
            cli("lots", "--colour"),
        ),
        Case(
            "command line",
            "an import file that does not exist",
            "stockpile-tracker: cannot read {tmp}/none.csv: No such file or directory",
            cli("import", "lots", "{tmp}/none.csv"),
        ),
        Case(
            "command line",
            "a folder given as the import file",
            "stockpile-tracker: cannot read {tmp}: Is a directory",
            cli("import", "lots", "{tmp}"),
        ),
        Case(
            "command line",
            "import destructions --dry-run of a destruction before the lot was received",
            "stockpile-tracker: nothing was imported: {tmp}/bad.csv: line 2, destroyed_on: lot L-001 (M67): a "
            "destruction dated 2020-01-14 is before the lot was received (2020-01-15) (dates: none in the future or "
            "before the lot existed)",
            cli_import(
                "destructions",
                DESTRUCTIONS_HEADER + "L-001,M67,2020-01-14,5,other,ANAD,C-9,Capt. A,B. Jones\n",
                "--dry-run",
            ),
        ),
        Case(
            "command line",
            "an import naming a type not in the catalogue",
            "stockpile-tracker: nothing was imported: "
            "{tmp}/bad.csv: line 2, type: no mine type 'NOPE' in the catalogue; add it to the catalogue or import "
            "with --add-types",
            cli_import("lots", LOTS_HEADER + "X-1,NOPE,10,ANAD,,2020-01-01,,\n"),
        ),
        Case(
            "command line",
            "an import of /dev/zero (endless)",
            "stockpile-tracker: nothing was imported: "
            "/dev/zero: file: is larger than 16 MB, the most one import reads; split it into smaller files",
            cli("import", "lots", "/dev/zero"),
        ),
        Case(
            "command line",
            "a report written into a folder that does not exist",
            "stockpile-tracker: cannot write {tmp}/no/such/folder/s.csv: No such file or directory",
            cli("report", "status", "--csv", "{tmp}/no/such/folder/s.csv"),
        ),
        Case(
            "command line",
            "a lot that does not exist",
            "stockpile-tracker: lot NOPE does not exist",
            cli("report", "lot", "NOPE", "--csv", "{tmp}/l.csv"),
        ),
        Case(
            "command line",
            "an unknown policy profile",
            "stockpile-tracker: profile: no policy profile 'nope'",
            cli("check", "--profile", "nope"),
        ),
        Case(
            "command line",
            "a user name over 100 characters",
            "stockpile-tracker: user: is 101 characters long; at most 100",
            cli("--user", "x" * 101, "lots"),
        ),
    ]


# -- import files: every problem by line and column, nothing written ------------------------------------------


def imported(data: bytes | str, kind: str = "lots") -> Callable[[SimpleNamespace], str]:
    def run(w: SimpleNamespace) -> str:
        raw = data.encode() if isinstance(data, str) else data
        action = w.sp.imports.import_lots if kind == "lots" else w.sp.imports.import_destructions
        with pytest.raises(StockpileError) as caught:
            action(raw, source="bad.csv")
        if isinstance(caught.value, ImportRejected):
            return "; ".join(str(problem) for problem in caught.value.plan.problems)
        return str(caught.value)

    return run


def lots_row(
    lot_number="X-1",
    type="M67",
    quantity="10",
    site="ANAD",
    retention="",
    received_on="2020-01-01",
    manufactured_on="",
    notes="",
) -> str:
    return LOTS_HEADER + f"{lot_number},{type},{quantity},{site},{retention},{received_on},{manufactured_on},{notes}\n"


def stored(lot_number: str, notes: str = "") -> Callable[[SimpleNamespace], str]:
    """An import that must be accepted: the lot number and notes come back exactly as typed."""

    def run(w: SimpleNamespace) -> str:
        w.sp.imports.import_lots(lots_row(lot_number, notes=notes).encode(), source="ok.csv")
        lot = w.sp.queries.find_lot(lot_number)
        assert (lot.lot_number, lot.notes or "") == (lot_number, notes)
        return ACCEPTED

    return run


VALID = lots_row()


def imports():
    return [
        Case(
            "lot import",
            "quantity with a decimal",
            "line 2, quantity: '2.5' is not a whole number",
            imported(lots_row(quantity="2.5")),
        ),
        Case(
            "lot import",
            "quantity in scientific notation",
            "line 2, quantity: '1e3' is not a whole number",
            imported(lots_row(quantity="1e3")),
        ),
        Case(
            "lot import",
            "quantity above 2^31",
            "line 2, quantity: 2,147,483,648 is more than the 2,147,483,647 a record can hold",
            imported(lots_row(quantity="2147483648")),
        ),
        Case(
            "lot import",
            "quantity zero",
            "line 2, quantity: must be more than zero, not 0",
            imported(lots_row(quantity="0")),
        ),
        Case("lot import", "quantity left empty", "line 2, quantity: is empty", imported(lots_row(quantity=""))),
        Case(
            "lot import",
            "a received date in the future",
            "line 2, received_on: 2026-07-01 is in the future",
            imported(lots_row(received_on="2026-07-01")),
        ),
        Case(
            "lot import",
            "a date written day/month/year",
            "line 2, received_on: '30/01/2020' is not a date (YYYY-MM-DD)",
            imported(lots_row(received_on="30/01/2020")),
        ),
        Case(
            "lot import",
            "a decimal comma in a file separated by semicolons (a European spreadsheet)",
            "line 2, quantity: '1,5' is not a whole number (in a file separated by semicolons a comma is a decimal "
            "comma; write whole numbers without separators)",
            imported("lot_number;type;quantity;site;retention\nX-1;M67;1,5;ANAD;\n"),
        ),
        Case(
            "lot import",
            "commas that do not group thousands",
            "line 2, quantity: '1,2,3,4' is not a whole number (a comma may only group thousands: 1,000 or 12,345,678)",
            imported(lots_row(quantity='"1,2,3,4"')),
        ),
        Case(
            "lot import",
            "a quantity of commas around a digit",
            "line 2, quantity: ',,5,,' is not a whole number (a comma may only group thousands: 1,000 or 12,345,678)",
            imported(lots_row(quantity='",,5,,"')),
        ),
        Case(
            "lot import",
            "a decimal comma in a file separated by commas",
            "line 2, quantity: '3,0' is not a whole number (a comma may only group thousands: 1,000 or 12,345,678)",
            imported(lots_row(quantity='"3,0"')),
        ),
        Case(
            "lot import",
            "a quantity in Arabic-Indic digits",
            "line 2, quantity: '١٢' is not a whole number",
            imported(lots_row(quantity="١٢")),
        ),
        Case(
            "lot import",
            "a date without dashes",
            "line 2, received_on: '20200101' is not a date (YYYY-MM-DD)",
            imported(lots_row(received_on="20200101")),
        ),
        Case(
            "lot import",
            "two rows without a lot number, one of them retained",
            "line 3, lot_number: is empty, "
            "and the row differs from line 2 (same type and site) in retention: give the rows lot numbers",
            imported(lots_row(lot_number="") + ",M67,10,ANAD,korea,2020-01-01,,\n"),
        ),
        Case(
            "lot import",
            "manufactured after received",
            "line 2, manufactured_on: 2020-02-01 is after the receipt date 2020-01-01",
            imported(lots_row(manufactured_on="2020-02-01")),
        ),
        Case(
            "lot import",
            "lot number of 81 characters",
            "line 2, lot_number: is 81 characters long; at most 80",
            imported(lots_row(lot_number="L" * 81)),
        ),
        Case(
            "lot import",
            "notes of 2,001 characters",
            "line 2, notes: is 2,001 characters long; at most 2,000",
            imported(lots_row(notes="n" * 2001)),
        ),
        Case(
            "lot import",
            "a cell starting with +",
            "line 2, lot_number: '+SUM(A1:A9)' looks like a spreadsheet formula; enter the value itself",
            imported(lots_row(lot_number="+SUM(A1:A9)")),
        ),
        Case(
            "lot import",
            "a cell starting with @",
            "line 2, site: '@ANAD' looks like a spreadsheet formula; enter the value itself",
            imported(lots_row(site="@ANAD")),
        ),
        Case(
            "lot import",
            "a NUL byte in a cell",
            "line 2, lot_number: holds the control character U+0000; is this a text file?",
            imported(lots_row(lot_number="X\x001")),
        ),
        Case("lot import", "Arabic (right-to-left) lot number", ACCEPTED, stored("لوط-١٢")),
        Case("lot import", "HTML in the lot number and notes", ACCEPTED, stored("<b>L-9</b>", "<script>x</script>")),
        Case("lot import", "a cell starting with - (a note)", ACCEPTED, stored("L-10", "- repacked")),
        Case(
            "lot import",
            "the file saved as UTF-16",
            'line 1, file: is UTF-16 text (Excel\'s "Unicode text"); save the spreadsheet as CSV UTF-8',
            imported(VALID.encode("utf-16")),
        ),
        Case(
            "lot import",
            "Latin-1 bytes on line 3",
            "line 3, file: is not UTF-8 text; save the spreadsheet as CSV UTF-8",
            imported((VALID + "Ä-2,M67,1,ANAD,,,,\n").encode("latin-1")),
        ),
        Case(
            "lot import",
            "a binary file (a PNG)",
            "line 1, file: is not UTF-8 text; save the spreadsheet as CSV UTF-8",
            imported(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00"),
        ),
        Case("lot import", "an empty file", "file: is empty", imported(b"")),
        Case("lot import", "the header only", "line 1, file: has a header but no rows", imported(LOTS_HEADER)),
        Case(
            "lot import",
            "a column named twice",
            "line 1, header: column(s) named twice: quantity",
            imported(LOTS_HEADER.replace("notes", "quantity") + "X-1,M67,10,ANAD,,2020-01-01,,5\n"),
        ),
        Case(
            "lot import",
            "a required column missing",
            "line 1, header: missing column(s): quantity, retention",
            imported("lot_number,type,site\nX-1,M67,ANAD\n"),
        ),
        Case(
            "lot import",
            "the file cut short in the middle of a row",
            "line 3, line: has 3 cells; the header has 8",
            imported(VALID + "X-2,M67,1"),
        ),
        Case(
            "lot import",
            "the file cut short inside a quoted cell",
            "line 3, file: is not valid CSV (unexpected end of data); is the file complete?",
            imported(VALID + 'X-2,M67,1,ANAD,,2020-01-01,,"stored in'),
        ),
        Case(
            "lot import",
            "one line of 200,000 characters and no line ending",
            "line 1, file: is not valid CSV (field larger than field limit (131072)); is this a CSV file?",
            imported(b"a" * 200_000),
        ),
        Case(
            "lot import",
            "a row with an extra cell",
            "line 2, line: has 9 cells; the header has 8",
            imported(VALID.replace("\n", ",extra\n").replace(LOTS_HEADER.replace("\n", ",extra\n"), LOTS_HEADER)),
        ),
        Case(
            "lot import",
            "a lot number used twice in the file",
            "line 3, lot_number: lot X-1 of type M67 is also on line 2",
            imported(VALID + "X-1,M67,5,ANAD,,2020-01-01,,\n"),
        ),
        Case(
            "lot import",
            "a lot number the type already has",
            "line 2, lot_number: lot L-001 of type M67 already exists",
            imported(lots_row(lot_number="L-001")),
        ),
        Case(
            "destruction import",
            "a method not on the list",
            "line 2, method: 'burying' is not a destruction method",
            imported(
                DESTRUCTIONS_HEADER + "L-001,M67,2026-06-01,5,burying,ANAD,C-9,Capt. A,B. Jones\n", "destructions"
            ),
        ),
        Case(
            "destruction import",
            "a lot that does not exist",
            "line 2, lot_number: no lot L-404 of type M67",
            imported(DESTRUCTIONS_HEADER + "L-404,M67,2026-06-01,5,other,ANAD,C-9,Capt. A,B. Jones\n", "destructions"),
        ),
        Case(
            "destruction import",
            "one certificate with two dates",
            "line 3, destroyed_on: certificate C-9 has "
            "destroyed_on '2026-06-01' on line 2, here '2026-06-02'; the rows of one certificate are one destruction "
            "event and must agree",
            imported(
                DESTRUCTIONS_HEADER + "L-001,M67,2026-06-01,5,other,ANAD,C-9,Capt. A,B. Jones\n"
                "L-T,M16,2026-06-02,5,other,ANAD,C-9,Capt. A,B. Jones\n",
                "destructions",
            ),
        ),
        Case(
            "destruction import",
            "one certificate with two witnesses",
            "line 3, witness: certificate C-9 has "
            "witness 'B. Jones' on line 2, here 'D. Smith'; the rows of one certificate are one destruction event "
            "and must agree",
            imported(
                DESTRUCTIONS_HEADER + "L-001,M67,2026-06-01,5,other,ANAD,C-9,Capt. A,B. Jones\n"
                "L-T,M16,2026-06-01,5,other,ANAD,C-9,Capt. A,D. Smith\n",
                "destructions",
            ),
        ),
        Case(
            "destruction import",
            "the officer in charge left blank",
            "line 2, officer: is empty",
            imported(DESTRUCTIONS_HEADER + "L-001,M67,2026-06-01,5,other,ANAD,C-9,,B. Jones\n", "destructions"),
        ),
        Case(
            "destruction import",
            "the witness is the officer in charge",
            "line 2, witness: the witness cannot be the officer in charge (four eyes: a second person verifies)",
            imported(DESTRUCTIONS_HEADER + "L-001,M67,2026-06-01,5,other,ANAD,C-9,Capt. A,CAPT. A\n", "destructions"),
        ),
        Case(
            "destruction import",
            "no officer and witness columns",
            "line 1, header: missing column(s): officer, witness",
            imported(
                "lot_number,type,destroyed_on,quantity,method,site,certificate\n"
                "L-001,M67,2026-06-01,5,other,ANAD,C-9\n",
                "destructions",
            ),
        ),
        Case(
            "destruction import",
            "a destruction before the lot was received",
            "line 2, destroyed_on: lot L-001 "
            "(M67): a destruction dated 2020-01-14 is before the lot was received (2020-01-15) (dates: none in the "
            "future or before the lot existed)",
            imported(DESTRUCTIONS_HEADER + "L-001,M67,2020-01-14,5,other,ANAD,C-9,Capt. A,B. Jones\n", "destructions"),
        ),
        Case(
            "destruction import",
            "more destroyed than unscheduled surplus",
            "line 2, quantity: lot L-001 (M67): "
            "cannot destroy 900; 850 on hand, 0 retained, 300 scheduled, so only 550 are unscheduled surplus "
            "(allocation: what is scheduled for destruction cannot exceed the surplus)",
            imported(
                DESTRUCTIONS_HEADER + "L-001,M67,2026-06-01,900,other,ANAD,C-9,Capt. A,B. Jones\n", "destructions"
            ),
        ),
        Case(
            "destruction import",
            "a certificate number already recorded",
            "line 2, certificate: certificate C-1 is already recorded",
            imported(DESTRUCTIONS_HEADER + "L-001,M67,2026-06-01,5,other,ANAD,C-1,Capt. A,B. Jones\n", "destructions"),
        ),
    ] + [
        Case("lot import", f"row `{row}` of a file of ten problems (tests/db/test_import.py)", problem, None)
        for row, problem in zip(BAD_LOTS.splitlines()[1:], BAD_LOTS_PROBLEMS, strict=True)
    ]


CASES = dialogs() + commands() + imports()


@pytest.mark.parametrize(
    "case",
    [case for case in CASES if case.run],
    ids=lambda case: re.sub(r"\W+", "-", f"{case.where} {case.bad_input}").strip("-"),
)
def test_bad_input_gets_its_message_and_leaves_the_database_as_it_was(w, capsys, qapp, case):
    w.capsys = capsys
    before = snapshot(w.engine)
    assert case.run(w) == case.message.format(tmp=w.tmp)
    if case.message != ACCEPTED:
        assert snapshot(w.engine) == before


def test_the_table_has_at_least_forty_bad_inputs_each_tested_here_or_in_test_import():
    assert len(CASES) >= 40
    assert [case.message for case in CASES if case.run is None] == BAD_LOTS_PROBLEMS


def markdown_table() -> str:
    def cell(text: str) -> str:
        return text.replace("|", "\\|").replace("\n", " ")

    lines = ["| # | Where | Bad input | Message (exactly as shown) |", "|---|---|---|---|"]
    lines += [
        f"| {n} | {case.where} | {cell(case.bad_input)} | {cell(case.message.format(tmp='TMP'))} |"
        for n, case in enumerate(CASES, 1)
    ]
    return "\n".join(lines) + "\n"


def test_the_reliability_document_holds_this_table():
    assert markdown_table() in RELIABILITY.read_text(encoding="utf-8")


if __name__ == "__main__":
    print(markdown_table(), end="")
