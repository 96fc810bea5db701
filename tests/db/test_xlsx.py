"""The report as an Excel workbook (issue 15): every table's header, rows and total as printed, the
figures as numbers and the days as dates, what made the report on top, text that looks like a
formula kept as text, and the same figures the CSV carries."""

from __future__ import annotations

import csv
import io
import re
from datetime import date, datetime, time

from openpyxl import load_workbook

from stockpile_tracker import __version__
from stockpile_tracker.cli import main
from stockpile_tracker.reports.article7 import article7_report
from stockpile_tracker.reports.document import Report, Table, cell_text, printable, table_from
from stockpile_tracker.reports.records import certificate_report, lot_history_report
from stockpile_tracker.reports.status import status_report
from stockpile_tracker.reports.xlsx import sheet_name, to_xlsx, value_of

from ..helpers import PRINTED, TODAY


def sheet_of(data: bytes):
    return load_workbook(io.BytesIO(data)).active


def rows_of(sheet) -> list[list[object]]:
    """The sheet's rows, trailing empty cells dropped."""
    rows = []
    for row in sheet.iter_rows(values_only=True):
        values = list(row)
        while values and values[-1] is None:
            values.pop()
        rows.append(values)
    return rows


def as_sheet_holds(cell: object) -> object:
    """What a report cell becomes in the workbook: whole numbers as numbers, days (a date) as dates,
    text as printed, even text written like a day (a list of days, a lot number 2024-03-01)."""
    if isinstance(cell, int) and not isinstance(cell, bool):
        return cell
    if isinstance(cell, date):
        return datetime.combine(cell, time())
    return cell_text(cell) or None


def expected_rows(table: Table) -> list[list[object]]:
    rows = [list(table.columns)] if any(table.columns) else []
    rows += [[as_sheet_holds(cell) for cell in row] for row in table.rows]
    if table.total_row is not None:
        rows.append([as_sheet_holds(cell) for cell in table.total_row])
    for row in rows:
        while row and row[-1] is None:
            row.pop()
    return rows


def assert_tables_as_printed(report: Report, data: bytes) -> None:
    rows = rows_of(sheet_of(data))
    for table in report.tables:
        if not table.rows:
            continue
        expected = expected_rows(table)
        start = rows.index([table.title]) + 1
        while rows[start] != expected[0]:  # past the office's text above the table
            start += 1
        assert rows[start : start + len(expected)] == expected, table.title


def test_status_article7_and_a_certificate_on_the_demo_as_printed(demo):
    for report in (
        status_report(demo, TODAY, printed_at=PRINTED),
        article7_report(demo, TODAY.year - 1, printed_at=PRINTED),
        certificate_report(demo, demo.destruction.events()[0].certificate_number),
    ):
        assert_tables_as_printed(report, to_xlsx(printable(report)))


def test_figures_are_numbers_and_days_are_dates_with_their_formats(demo):
    lot = demo.queries.lots(limit=1)[0]
    report = lot_history_report(demo, lot.id, printed_at=PRINTED)
    sheet = sheet_of(to_xlsx(printable(report)))
    cells = [cell for row in sheet.iter_rows() for cell in row if cell.value is not None]
    figures = [cell for cell in cells if isinstance(cell.value, int)]
    days = [cell for cell in cells if isinstance(cell.value, datetime)]
    assert figures and {cell.number_format for cell in figures} == {"#,##0"}
    assert days and {cell.number_format for cell in days} == {"yyyy-mm-dd"}


def test_what_made_the_report_is_on_top_and_on_every_printed_page():
    report = Report(
        "Stock & count",
        "Depot 7 & Stores",
        "as of 2026-06-30",
        "alice",
        datetime(2026, 6, 30, 9, 0),
        (table_from("Lots", ("Lot", "Quantity"), [("=HYPERLINK(1)", 5), ("C", 7)]),),
        marking="OFFICIAL",
        selection="Surplus; site ANAD",
        seal="12-0123456789abcdef",
    )
    sheet = sheet_of(to_xlsx(printable(report)))
    top = [row[0] for row in rows_of(sheet)[:4]]
    assert top[0] == "Stock & count"
    assert top[1] == "Depot 7 & Stores - OFFICIAL - as of 2026-06-30 - Surplus; site ANAD"
    assert top[2] == f"Printed 2026-06-30 09:00 by alice with Stockpile Tracker {__version__}, in English"
    assert top[3].startswith("Seal 12-0123456789abcdef")
    formula = next(cell for row in sheet.iter_rows() for cell in row if cell.value == "=HYPERLINK(1)")
    assert formula.data_type == "s", "a name that looks like a formula is text, never run"
    assert rows_of(sheet)[-3:] == [["Lot", "Quantity"], ["=HYPERLINK(1)", 5], ["C", 7], ["Total", 12]][-3:]
    assert sheet.oddHeader.left.text == "Depot 7 && Stores" and sheet.oddHeader.right.text == "OFFICIAL"
    assert sheet.oddFooter.left.text == report.footer.replace("&", "&&")
    assert sheet.oddFooter.center.text == "OFFICIAL"  # the marking at the foot too, as the letterhead promises
    assert sheet.page_setup.orientation == "portrait"
    wide = Report(
        "Wide", "Office", "2026", "alice", PRINTED, (table_from("Wide", [str(n) for n in range(7)], [tuple(range(7))]),)
    )
    assert sheet_of(to_xlsx(printable(wide))).page_setup.orientation == "landscape"


def test_the_command_line_writes_the_same_figures_as_its_csv(demo_url, tmp_path):
    book, sheet_csv = tmp_path / "status.xlsx", tmp_path / "status.csv"
    argv = ["--database", demo_url, "report", "status", "--as-of", "2026-06-30"]
    assert main([*argv, "--xlsx", str(book), "--csv", str(sheet_csv)]) == 0
    from_csv = [
        row for row in csv.reader(io.StringIO(sheet_csv.read_text(encoding="utf-8-sig"))) if row[:1] == ["Total"]
    ]
    from_book = [row for row in rows_of(sheet_of(book.read_bytes())) if row[:1] == ["Total"]]
    assert from_csv and len(from_book) == len(from_csv)
    for written, printed in zip(from_book, from_csv, strict=True):
        assert [str(cell) if cell is not None else "" for cell in written] == printed[: len(written)]
        assert not any(printed[len(written) :])


def test_the_figures_of_a_summary_are_numbers_too(demo):
    """A domain review: the progress report's summary and a lot's details came out as text."""
    from stockpile_tracker.reports.progress import progress_report

    programme = demo.destruction.programmes()[0]
    summary = {row[0]: row[1] for row in sheet_of(to_xlsx(printable(progress_report(demo, programme.id)))).values}
    forecast = demo.destruction.forecast(programme.id)
    assert summary["Destroyed to date"] == forecast.destroyed and summary["Surplus still held"] == forecast.surplus
    lot = demo.queries.lots(limit=1)[0]
    details = {row[0]: row[1] for row in sheet_of(to_xlsx(printable(lot_history_report(demo, lot.id)))).values}
    assert details["Retained"] == lot.retained and details["Destroyed"] == lot.destroyed


def test_text_is_written_as_text_whatever_it_looks_like():
    """A review: text written like a day (a lot number 2024-03-01, a note) came out as a date cell.
    Only the report's own dates are dates and its numbers numbers; every text is a text cell, as
    printed."""
    report = Report(
        "Lots",
        "Office",
        "2026",
        "alice",
        PRINTED,
        (
            table_from(
                "Lots",
                ("Lot", "Note", "Received", "Quantity"),
                [
                    ("2024-03-01", "2024-03-02", date(2024, 3, 3), 5),
                    ("0042", "-12", date(2024, 3, 4), 7),
                    ("1,500", "2024-02-30", None, 1),
                ],
            ),
        ),
    )
    sheet = sheet_of(to_xlsx(printable(report)))
    header = next(row for row in sheet.iter_rows() if row[0].value == "Lot")[0].row
    cells = [[(cell.data_type, cell.value) for cell in row] for row in sheet.iter_rows(min_row=header + 1, max_col=4)]
    assert cells == [
        [("s", "2024-03-01"), ("s", "2024-03-02"), ("d", datetime(2024, 3, 3)), ("n", 5)],
        [("s", "0042"), ("s", "-12"), ("d", datetime(2024, 3, 4)), ("n", 7)],
        [("s", "1,500"), ("s", "2024-02-30"), ("n", None), ("n", 1)],
        [("s", "Total"), ("n", None), ("n", None), ("n", 13)],
    ]
    assert sheet.cell(header + 1, 3).number_format == "yyyy-mm-dd"


def test_a_spanish_workbook_holds_every_figure_as_a_number_and_prints_its_pages_in_spanish(demo):
    """The expert summed a Spanish workbook: 4950 and 5080 were text, which an Excel SUM drops; its
    pages said "page 1 of 7"; a French sheet's name ended on a dangling dash."""
    report = status_report(demo, date(2026, 6, 30), printed_at=PRINTED, language="es")
    sheet = sheet_of(to_xlsx(printable(report)))
    texts = [cell.value for row in sheet.iter_rows() for cell in row if isinstance(cell.value, str)]
    assert not [text for text in texts if text.lstrip("-").replace(".", "").isdigit()], "a figure left as text"
    assert sheet.oddFooter.right.text == "página &P de &N"
    assert value_of("5080", numeric=True) == 5080  # as a Spanish report frozen before printed it
    assert sheet_name("Avancement de la destruction - US APL stockpile destruction") == "Avancement de la destruction"
    assert sheet_name("Stock status") == "Stock status" and sheet_name("--") == "Report"


def test_a_french_workbook_keeps_the_no_break_space_before_a_colon_and_drops_the_pages_layout(demo):
    """The expert found no U+00A0 in a French workbook: the layout's no-break spaces were all turned
    into plain ones, French typography's with them."""
    report = status_report(demo, date(2026, 6, 30), printed_at=PRINTED, language="fr")
    texts = [cell.value for row in sheet_of(to_xlsx(printable(report))).iter_rows() for cell in row]
    texts = [text for text in texts if isinstance(text, str)]
    assert any("\u00a0:" in text for text in texts)
    assert not [text for text in texts if " :" in text or " ;" in text]
    assert not [text for text in texts if re.search("\u00a0[^;:?!%»]", text) and "«\u00a0" not in text]
