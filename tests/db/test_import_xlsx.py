"""Import from an Excel workbook: the same columns and checks as CSV, a date cell read as its day and
a number cell as its number whatever their display, text numbers under the CSV rules, and every
problem named by sheet, row and column header, with nothing written."""

from __future__ import annotations

import io
import zipfile
from datetime import date, datetime, timedelta

import openpyxl
import pytest
from openpyxl.utils import get_column_letter
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from stockpile_tracker.cli import main
from stockpile_tracker.services import spreadsheet
from stockpile_tracker.services.importing import ImportRejected

from ..helpers import snapshot, workbook
from .test_import import DESTRUCTIONS_HEADER, GOOD_LOTS
from .test_import_catalogue import GOOD_SITES, GOOD_TYPES

LOTS_HEADER = ["lot_number", "type", "site", "quantity", "received_on", "retention", "notes"]
DESTROYED = DESTRUCTIONS_HEADER + "A-1,M67,2026-01-10,5,other,ANAD,DC-1,Capt. A,B. Jones,\n"


@pytest.fixture
def sp(stockpile):
    from ..helpers import seed_catalogue

    seed_catalogue(stockpile)
    return stockpile


def book(*rows: list[object], title: str = "Lots") -> bytes:
    sheet_book = openpyxl.Workbook()
    sheet = sheet_book.active
    sheet.title = title
    for row in rows:
        sheet.append(row)
    out = io.BytesIO()
    sheet_book.save(out)
    return out.getvalue()


def refused_problems(sp, engine, data: bytes, **options) -> list[str]:
    """What the import of lots says of a workbook it refuses, having written nothing."""
    before = snapshot(engine)
    with pytest.raises(ImportRejected) as caught:
        sp.imports.import_lots(data, source="lots.xlsx", **options)
    assert snapshot(engine) == before
    return [caught.value.plan.said(problem) for problem in caught.value.plan.problems]


@pytest.mark.parametrize(
    "kind, text, before",
    [
        ("lots", GOOD_LOTS, None),
        ("types", GOOD_TYPES, None),
        ("sites", GOOD_SITES, None),
        ("destructions", DESTROYED, "lots"),
    ],
)
def test_a_workbook_imports_as_its_csv_does(sp, kind, text, before):
    """The same rows, warnings and summary from the sheet as from the CSV, then written."""
    if before:
        sp.imports.import_lots(GOOD_LOTS.encode(), source="lots.csv")
    as_csv = getattr(sp.imports, f"plan_{kind}")(text.encode())
    as_sheet = getattr(sp.imports, f"plan_{kind}")(workbook(text))
    assert as_csv.ok and as_sheet.ok, as_sheet.problems
    assert (as_sheet.rows, as_sheet.warnings, as_sheet.summary) == (as_csv.rows, as_csv.warnings, as_csv.summary)
    assert as_sheet.sheet == "Sheet1" and as_csv.sheet is None
    written = getattr(sp.imports, f"import_{kind}")(workbook(text), source="book.xlsx")
    assert written.summary == as_csv.summary
    assert sp.check().ok


def test_cells_are_read_as_they_hold_them(sp):
    """A date cell whatever its format (and its time of day dropped), a number cell whatever its
    format, a whole number held as a decimal, and text in the CSV's own forms."""
    data = book(
        LOTS_HEADER,
        ["D-1", "M67", "ANAD", 1500, datetime(2024, 3, 1, 14, 30), "surplus", "shown as a day first"],
        ["D-2", "M67", "ANAD", 12.0, date(2024, 3, 2), "surplus", None],
        ["D-3", "m67", "anad", "1500", "2024-03-03", "Surplus", None],
        [4711, "M67", "ANAD", 7, date(2024, 3, 4), "surplus", 2024],
    )
    sheet = openpyxl.load_workbook(io.BytesIO(data))
    sheet.active["E2"].number_format = "d mmmm yyyy"
    sheet.active["D2"].number_format = "#,##0"
    out = io.BytesIO()
    sheet.save(out)
    plan = sp.imports.plan_lots(out.getvalue())
    assert plan.ok, plan.problems
    assert [
        (r["line"], r["lot_number"], r["type"], r["site"], r["quantity"], r["on"], r["notes"]) for r in plan.rows
    ] == [
        (2, "D-1", "M67", "ANAD", 1500, date(2024, 3, 1), "shown as a day first"),
        (3, "D-2", "M67", "ANAD", 12, date(2024, 3, 2), None),
        (4, "D-3", "M67", "ANAD", 1500, date(2024, 3, 3), None),
        (5, "4711", "M67", "ANAD", 7, date(2024, 3, 4), "2024"),
    ]


def test_every_problem_is_named_by_sheet_row_and_column(sp, engine):
    data = book(
        LOTS_HEADER,
        ["E-1", "M67", "ANAD", "=2*10", date(2024, 3, 1), "surplus", None],
        ["E-2", "M67", "ANAD", 1.5, 45000, "surplus", None],
        ["E-3", "M67", "#N/A", "1,500", date(2024, 3, 1), "surplus", None],
        ["E-4", "M67", "ANAD", 5, date(2024, 3, 1), "surplus", None, None, "a stray value"],
        ["E-5", "M67", "ANAD", None, "1/3/2024", "surplus", None],
    )
    assert refused_problems(sp, engine, data) == [
        "sheet 'Lots', row 2, quantity: '=2*10' looks like a spreadsheet formula; enter the value itself",
        "sheet 'Lots', row 3, quantity: '1.5' is not a whole number",
        "sheet 'Lots', row 3, received_on: '45000' is not a date (YYYY-MM-DD)",
        "sheet 'Lots', row 4, site: holds the spreadsheet error #N/A; enter the value itself",
        "sheet 'Lots', row 4, quantity: '1,500' is not a whole number (a comma in a text cell may mark decimals or "
        "thousands; enter the number as a number)",
        "sheet 'Lots', row 6, quantity: is empty",
        "sheet 'Lots', row 6, received_on: '1/3/2024' is not a date (YYYY-MM-DD)",
    ]


def formatted(data: bytes, formats: dict[str, str]) -> bytes:
    """The workbook with these cells given these number formats, as a user formats a column."""
    sheet_book = openpyxl.load_workbook(io.BytesIO(data))
    for cell, number_format in formats.items():
        sheet_book.active[cell].number_format = number_format
    out = io.BytesIO()
    sheet_book.save(out)
    return out.getvalue()


def test_a_number_cell_in_a_text_column_is_read_as_it_shows(sp):
    """A review: a lot number typed 00123 in a column formatted "00000" is the number 123, and was
    imported as lot 123. A text column reads a number cell as the text it shows in General, Text,
    "0" and zero-padded formats; a quantity is still the number, whatever its format."""
    sp.catalogue.add_site(code="007", name="Depot seven", country="US")
    data = book(
        LOTS_HEADER,
        [123, "M67", 7, 5, date(2024, 3, 1), "surplus", 42],
        [4711, "M67", "ANAD", 6, date(2024, 3, 2), "surplus", None],
        [98, "M67", "ANAD", 7, date(2024, 3, 3), "surplus", None],
        [-12, "M67", "ANAD", 8, date(2024, 3, 4), "surplus", 12345678901.0],
    )
    data = formatted(data, {"A2": "00000", "C2": "000", "D2": "00000", "G2": "0000", "A3": "0", "A4": "@"})
    plan = sp.imports.plan_lots(data)
    assert plan.ok, [plan.said(problem) for problem in plan.problems]
    assert [(r["lot_number"], r["site"], r["quantity"], r["notes"]) for r in plan.rows] == [
        ("00123", "007", 5, "0042"),
        ("4711", "ANAD", 6, None),
        ("98", "ANAD", 7, None),
        ("-12", "ANAD", 8, "12345678901"),
    ]
    sp.imports.import_lots(data, source="lots.xlsx")
    assert sp.queries.find_lot("00123").site_code == "007"


def test_a_cell_a_text_column_cannot_read_as_it_shows_is_refused(sp, engine):
    """Thousands, decimals (their separator is the viewer's language's), 12 digits or more (General
    shows 1.23457E+11), a date in another format than yyyy-mm-dd, TRUE or FALSE: each refused by
    row and column, nothing written, rather than read as other text than the cell shows."""
    data = book(
        LOTS_HEADER,
        [1234, "M67", "ANAD", 1234, date(2024, 3, 1), "surplus", None],
        [1.5, "M67", "ANAD", 5, date(2024, 3, 1), "surplus", 123456789012],
        [datetime(2024, 3, 1), "M67", "ANAD", 5, date(2024, 3, 1), "surplus", True],
        ["F-4", "M67", "ANAD", 5, date(2024, 3, 1), "surplus", date(2024, 3, 5)],
    )
    data = formatted(data, {"A2": "#,##0", "D2": "#,##0", "A4": "d/m/yyyy", "G5": "yyyy\\-mm\\-dd"})
    refused = (
        "where text is expected; it may not show what was typed (00123 is the number 123): format the cell as "
        "Text and type the text again"
    )
    assert refused_problems(sp, engine, data) == [
        f"sheet 'Lots', row 2, lot_number: is a number cell (1234, format '#,##0') {refused}",
        f"sheet 'Lots', row 3, lot_number: is a number cell (1.5, format 'General') {refused}",
        f"sheet 'Lots', row 3, notes: is a number cell (123456789012, format 'General') {refused}",
        "sheet 'Lots', row 4, lot_number: is a date cell (2024-03-01, format 'd/m/yyyy') where text is expected: "
        "format the cell as Text and type the text again",
        "sheet 'Lots', row 4, notes: is TRUE or FALSE where text is expected: format the cell as Text and type the "
        "text again",
    ]
    plan = sp.imports.plan_lots(formatted(data, {"A2": "0", "A3": "@", "A4": "yyyy-mm-dd"}))
    assert [plan.said(problem) for problem in plan.problems][:1] == [
        f"sheet 'Lots', row 3, lot_number: is a number cell (1.5, format '@') {refused}"
    ]
    assert [(r["lot_number"], r["quantity"], r["notes"]) for r in plan.rows] == [
        ("1234", 1234, None),
        ("F-4", 5, "2024-03-05"),
    ]


def test_a_certificate_number_in_a_number_cell_is_read_as_it_shows(sp):
    """The destruction history's certificate and type, read as their cells show them."""
    sp.imports.import_lots(GOOD_LOTS.encode(), source="lots.csv")
    data = book(
        DESTRUCTIONS_HEADER.strip().split(","),
        ["A-1", "M67", date(2026, 1, 10), 5, "other", "ANAD", 42, "Capt. A", "B. Jones", None],
    )
    plan = sp.imports.plan_destructions(formatted(data, {"G2": "00000", "D2": "00"}))
    assert plan.ok, [plan.said(problem) for problem in plan.problems]
    assert [(event["certificate"], event["quantity"]) for event in plan.rows] == [("00042", 5)]


def test_the_first_sheet_or_the_one_named(sp, engine):
    text = GOOD_LOTS
    data = workbook(text, sheet="Stock 2024", before=("Notes", "Cover"))
    first = sp.imports.plan_lots(data)
    assert [first.said(problem) for problem in first.problems] == [
        "sheet: 'Notes' is empty; the workbook's sheets are 'Notes', 'Cover', 'Stock 2024'"
    ]
    plan = sp.imports.plan_lots(data, sheet="stock 2024")  # as the sheet's tab names it, in any case
    assert plan.ok and plan.sheet == "Stock 2024" and plan.quantity == 2020
    assert refused_problems(sp, engine, data, sheet="Stock 2023") == [
        "sheet: 'Stock 2023' is not a sheet of this workbook; its sheets are 'Notes', 'Cover', 'Stock 2024'"
    ]
    assert refused_problems(sp, engine, GOOD_LOTS.encode(), sheet="Stock 2024") == [
        "sheet: only an Excel workbook (.xlsx) has sheets; this file is CSV text"
    ]


def _zipped(**members: bytes) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in members.items():
            archive.writestr(name, content)
    return out.getvalue()


@pytest.mark.parametrize(
    "data, problem",
    [
        (_zipped(**{"word/document.xml": b"<w:document/>"}), spreadsheet.UNREADABLE),
        (workbook(GOOD_LOTS)[:3000], spreadsheet.UNREADABLE),  # cut short in the middle of its archive
        (b"PK\x03\x04" + bytes(200), spreadsheet.UNREADABLE),
        (
            b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(500),
            "is an Excel 97-2003 workbook (.xls) or a workbook protected by a password; save it without a password "
            "as an Excel workbook (.xlsx) or CSV UTF-8",
        ),
        (book(LOTS_HEADER), "has a header but no rows"),
    ],
)
def test_a_file_that_is_no_workbook_we_read_is_refused_by_name(sp, engine, data, problem):
    said = refused_problems(sp, engine, data)
    assert len(said) == 1 and said[0].endswith(f"file: {problem}")


def test_a_workbook_that_unpacks_too_far_is_refused_unread(sp, engine, monkeypatch):
    """A zip bomb: the sizes its archive declares are weighed before a cell is read, its shared
    strings (read whole before any row) on their own too."""
    monkeypatch.setattr(spreadsheet, "MAX_UNPACKED", 4_000)
    assert refused_problems(sp, engine, workbook(GOOD_LOTS)) == [
        "file: unpacks to more than 0.004 MB, the most one import reads; split it into smaller files"
    ]
    monkeypatch.setattr(spreadsheet, "MAX_UNPACKED", 100_000_000)
    monkeypatch.setattr(spreadsheet, "MAX_SHARED_STRINGS", 100)
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(workbook(GOOD_LOTS))) as made, zipfile.ZipFile(out, "w") as excel_s:
        for member in made.infolist():  # as Excel saves it: text cells in xl/sharedStrings.xml
            excel_s.writestr(member, made.read(member))
        excel_s.writestr("xl/sharedStrings.xml", b"<sst>" + b"<si><t>ab</t></si>" * 10 + b"</sst>")
    assert refused_problems(sp, engine, out.getvalue()) == [
        "file: holds more than 0.0001 MB of text, the most one import reads; split it into smaller files"
    ]


def test_a_sheet_is_read_across_its_header_and_no_further_down_than_an_import_reads(sp, engine, monkeypatch):
    """A value far right of the header is not read (openpyxl would give every row that wide), and a
    sheet running far below its rows is refused after MAX_SHEET_ROWS rows, empty ones counted."""
    sheet_book = openpyxl.load_workbook(io.BytesIO(workbook(GOOD_LOTS)))
    sheet_book.active.cell(row=2, column=16_384, value="far right")
    out = io.BytesIO()
    sheet_book.save(out)
    assert sp.imports.plan_lots(out.getvalue()).quantity == 2020
    sheet_book.active.cell(row=5_000, column=1, value="far down")
    out = io.BytesIO()
    sheet_book.save(out)
    monkeypatch.setattr(spreadsheet, "MAX_SHEET_ROWS", 1_000)
    assert refused_problems(sp, engine, out.getvalue()) == [
        "sheet: " + spreadsheet.SHEET_ROWS_TOO_MANY.format(sheet="'Sheet1'", most=f"{spreadsheet.MAX_SHEET_ROWS:,}")
    ]


def test_array_formulas_new_errors_and_hidden_sheets_are_not_taken_for_values(sp, engine):
    """Excel 365's dynamic arrays and data tables are formulas too; #BLOCKED! and #GETTING_DATA are
    errors too; a hidden first sheet is not the first a user sees."""
    from openpyxl.worksheet.formula import ArrayFormula

    sheet_book = openpyxl.Workbook()
    hidden = sheet_book.active
    hidden.title, hidden.sheet_state = "Old", "hidden"
    hidden.append(LOTS_HEADER)
    hidden.append(["OLD-1", "M67", "ANAD", 999, date(2020, 1, 1), "surplus", None])
    lots = sheet_book.create_sheet("Lots")
    lots.append(LOTS_HEADER)
    lots.append(["G-1", "M67", "ANAD", 5, date(2024, 3, 1), "surplus", None])
    lots.append([None, "M67", "ANAD", 5, date(2024, 3, 1), "surplus", "#BLOCKED!"])
    lots.append(["G-3", "M67", "ANAD", 5, date(2024, 3, 1), "surplus", "#GETTING_DATA"])
    lots["A3"] = ArrayFormula("A3:A3", "=SORT(Z2:Z3)")
    out = io.BytesIO()
    sheet_book.save(out)
    assert spreadsheet.sheet_names(out.getvalue()) == ["Lots"]
    assert refused_problems(sp, engine, out.getvalue()) == [
        "sheet 'Lots', row 3, lot_number: '=SORT(Z2:Z3)' looks like a spreadsheet formula; enter the value itself",
        "sheet 'Lots', row 3, notes: holds the spreadsheet error #BLOCKED!; enter the value itself",
        "sheet 'Lots', row 4, notes: holds the spreadsheet error #GETTING_DATA; enter the value itself",
    ]


def test_the_command_line_reads_a_sheet_and_names_its_rows(sp, engine, database_url, tmp_path, capsys):
    good = tmp_path / "stock.xlsx"
    good.write_bytes(workbook(GOOD_LOTS, sheet="Lots", before=("Cover",)))
    assert main(["--database", database_url, "import", "lots", str(good), "--sheet", "Lots", "--dry-run"]) == 0
    assert capsys.readouterr().out.startswith("would import 4 lots, 2,020 mines")
    bad = tmp_path / "bad.xlsx"
    bad.write_bytes(book(LOTS_HEADER, ["F-1", "M67", "ANAD", 0, date(2024, 3, 1), "surplus", None], title="Lots"))
    before = snapshot(engine)
    assert main(["--database", database_url, "import", "lots", str(bad)]) == 2
    assert capsys.readouterr().err.strip() == (
        f"stockpile-tracker: nothing was imported: {bad}: sheet 'Lots', row 2, quantity: must be more than zero, not 0"
    )
    assert snapshot(engine) == before


def test_the_import_window_reads_the_sheet_chosen(sp, engine, qapp, tmp_path):
    """The window lists a workbook's sheets, checks the first, and imports the one chosen; problems
    are listed by row."""
    from stockpile_tracker.qt.import_dialog import ImportDialog

    path = tmp_path / "stock.xlsx"
    path.write_bytes(workbook(GOOD_LOTS, sheet="Lots", before=("Cover",)))
    dialog = ImportDialog(sp, "lots", str(path))
    model = dialog.problems_model
    assert [dialog.sheet_box.itemText(i) for i in range(dialog.sheet_box.count())] == ["Cover", "Lots"]
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Row"
    assert [model.data(model.index(0, column)) for column in (1, 2)] == [
        "sheet",
        "'Cover' is empty; the workbook's sheets are 'Cover', 'Lots'",
    ]
    assert not dialog.import_button.isEnabled()
    dialog.sheet_box.setCurrentText("Lots")
    assert model.rowCount() == 0 and dialog.import_button.isEnabled()
    dialog.accept()
    assert dialog.result_value is not None and dialog.result_value.sheet == "Lots"
    assert sp.queries.totals().on_hand == 2020


def test_the_import_window_cancels_its_check_and_its_import(sp, engine, qapp, qtbot, tmp_path):
    """Cancel on the progress dialog: a check cancelled leaves Import disabled and says why; an
    import cancelled writes nothing and says so; the next import goes through."""
    from stockpile_tracker.qt.import_dialog import CHECK_CANCELLED, ImportDialog

    from ..window.test_progress_window import press_cancel_as_it_runs

    path = tmp_path / "stock.xlsx"
    path.write_bytes(workbook(GOOD_LOTS, sheet="Lots"))
    parent = QWidget()
    qtbot.addWidget(parent)
    pressed = press_cancel_as_it_runs(qtbot, parent)
    dialog = ImportDialog(sp, "lots", str(path), parent)
    assert pressed == {"label": "Checking row 1 of 5", "cancelled": True}
    model = dialog.problems_model
    assert model.data(model.index(0, 2)) == CHECK_CANCELLED and not dialog.import_button.isEnabled()
    dialog.sheet_box.setCurrentIndex(-1)
    dialog.sheet_box.setCurrentIndex(0)  # the file checked again
    assert model.rowCount() == 0 and dialog.import_button.isEnabled()
    before = snapshot(engine)
    pressed = press_cancel_as_it_runs(qtbot, parent)
    dialog.accept()
    assert pressed["cancelled"] and dialog.result_value is None
    assert dialog.summary_label.text() == "The import was cancelled: nothing was imported."
    assert snapshot(engine) == before
    dialog.accept()
    assert dialog.result_value is not None and sp.queries.totals().on_hand == 2020


def test_a_problem_naming_another_row_names_it_as_a_row(sp, engine):
    """A sheet's problems name other rows as rows, as the CSV's name other lines as lines."""
    text = GOOD_LOTS + "A-1,M67,5,ANAD,surplus,,2020-01-02,\n"
    as_csv = [str(problem) for problem in sp.imports.plan_lots(text.encode()).problems]
    assert as_csv == ["line 7, lot_number: lot A-1 of type M67 is also on line 2"]
    assert refused_problems(sp, engine, workbook(text)) == [
        "sheet 'Sheet1', row 7, lot_number: lot A-1 of type M67 is also on row 2"
    ]


def test_a_hidden_row_is_refused_by_its_number_not_read_or_skipped(sp, engine):
    """A row hidden in the sheet (by hand, a filter or an outline) is easily missed when the workbook
    is checked: the import names it and reads nothing; an empty hidden row is no matter."""
    sheet_book = openpyxl.load_workbook(io.BytesIO(workbook(GOOD_LOTS, sheet="Lots")))
    lots = sheet_book["Lots"]
    for column, value in enumerate(["H-7", "M67", 5, "ANAD", "surplus", None, date(2024, 3, 1)], start=1):
        lots.cell(row=7, column=column, value=value)
    lots.row_dimensions[7].hidden = True
    lots.row_dimensions[9].hidden = True  # empty: nothing to miss
    out = io.BytesIO()
    sheet_book.save(out)
    assert refused_problems(sp, engine, out.getvalue()) == ["sheet 'Lots', row 7 is hidden: show it or delete it"]
    lots.row_dimensions[7].hidden = False
    out = io.BytesIO()
    sheet_book.save(out)
    assert sp.imports.plan_lots(out.getvalue()).quantity == 2025


def test_a_hidden_column_or_a_row_of_no_height_is_refused_as_a_hidden_row_is(sp, engine):
    """A column hidden (or made no wider than nothing) holds values a user checking the sheet does
    not see: refused once, at its first value; a row of no height is hidden too."""
    sheet_book = openpyxl.load_workbook(io.BytesIO(workbook(GOOD_LOTS, sheet="Lots")))
    lots = sheet_book["Lots"]
    header = [cell.value for cell in lots[1]]
    lots.column_dimensions["C"].hidden = True
    lots.column_dimensions[get_column_letter(len(header) + 2)].hidden = True  # right of the header: not read
    out = io.BytesIO()
    sheet_book.save(out)
    assert refused_problems(sp, engine, out.getvalue()) == [
        f"sheet 'Lots', row 1, {header[2].lower()}: is in a hidden column: show it or delete it"
    ]
    lots.column_dimensions["C"].hidden = False
    out = io.BytesIO()
    sheet_book.save(out)
    flat = io.BytesIO()  # row 3 of no height, as Excel writes it (openpyxl leaves ht out)
    with zipfile.ZipFile(io.BytesIO(out.getvalue())) as source, zipfile.ZipFile(flat, "w") as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename.startswith("xl/worksheets/"):
                data = data.replace(b'<row r="3"', b'<row r="3" ht="0" customHeight="1"')
            target.writestr(item, data)
    assert refused_problems(sp, engine, flat.getvalue()) == ["sheet 'Lots', row 3 is hidden: show it or delete it"]


def _spilled_workbook() -> bytes:
    """A sheet as Excel 365 saves a dynamic array: the anchor's formula (cm, _xlfn, its spill range
    as ref), the cells it spills into holding their results only."""
    sheet_book = openpyxl.Workbook()
    lots = sheet_book.active
    lots.title = "Lots"
    lots.append(LOTS_HEADER)
    for number in (1, 2, 3):
        lots.append([f"S-{number}", "M67", "ANAD", 5, date(2024, 3, 1), "surplus", None])
    out = io.BytesIO()
    sheet_book.save(out)
    rewritten = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(out.getvalue())) as source, zipfile.ZipFile(rewritten, "w") as target:
        for member in source.infolist():
            content = source.read(member.filename)
            if member.filename == "xl/worksheets/sheet1.xml":
                text = content.decode()
                anchor = text.index('<c r="D2"')
                end = text.index("</c>", anchor) + len("</c>")
                dynamic = '<c r="D2" cm="1"><f t="array" ref="D2:D4">_xlfn._xlws.SORT(Z2:Z4)</f><v>5</v></c>'
                content = (text[:anchor] + dynamic + text[end:]).encode()
            target.writestr(member, content)
    return rewritten.getvalue()


def test_the_cells_a_dynamic_array_spills_into_are_refused_as_its_results(sp, engine):
    assert refused_problems(sp, engine, _spilled_workbook()) == [
        "sheet 'Lots', row 2, quantity: '=_xlfn._xlws.SORT(Z2:Z4)' looks like a spreadsheet formula; enter the value "
        "itself",
        "sheet 'Lots', row 3, quantity: holds a result of the array formula in D2 ('=_xlfn._xlws.SORT(Z2:Z4)'), not a "
        "value typed; enter the value itself",
        "sheet 'Lots', row 4, quantity: holds a result of the array formula in D2 ('=_xlfn._xlws.SORT(Z2:Z4)'), not a "
        "value typed; enter the value itself",
    ]


# -- what a checker of the workbook cannot see, or Excel cannot hold --------------------------------------------------


def _with_member(data: bytes, name: str, change) -> bytes:
    """The workbook with its part `name` changed (as a program, not Excel, may write it)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for member in source.infolist():
            content = source.read(member.filename)
            target.writestr(member.filename, change(content) if member.filename == name else content)
    return out.getvalue()


def _with_sheet_xml(data: bytes, sheet_xml: bytes) -> bytes:
    return _with_member(data, "xl/worksheets/sheet1.xml", lambda _xml: sheet_xml)


def _inline_sheet(rows: list[list[str]], filler: int = 0) -> bytes:
    """A sheet's XML of inline strings (the header, then `rows`), after `filler` bytes of empty rows."""
    namespace = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'

    def row(number: int, cells: list[str]) -> str:
        said = "".join(
            f'<c r="{get_column_letter(column)}{number}" t="inlineStr"><is><t>{text}</t></is></c>'
            for column, text in enumerate(cells, start=1)
        )
        return f'<row r="{number}">{said}</row>'

    spacer = "".join(f'<row r="{number}"/>' for number in range(2, 2 + filler // 16))
    body = row(1, LOTS_HEADER) + spacer + "".join(row(2 + filler // 16 + n, cells) for n, cells in enumerate(rows))
    return f'<?xml version="1.0"?><worksheet {namespace}><sheetData>{body}</sheetData></worksheet>'.encode()


def _shared_string(notes: str) -> bytes:
    """A lot whose notes are a shared string (as Excel writes text; openpyxl writes it inline)."""
    sheet = _inline_sheet([["L-1", "M67", "ANAD", "5", "", "surplus", "NOTES"]]).replace(
        b'<c r="G2" t="inlineStr"><is><t>NOTES</t></is></c>', b'<c r="G2" t="s"><v>0</v></c>'
    )
    strings = (
        '<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" '
        f'uniqueCount="1"><si><t>{notes}</t></si></sst>'
    )
    typed = b'<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.'
    typed += b'spreadsheetml.sharedStrings+xml"/></Types>'
    data = _with_member(
        _with_sheet_xml(book(LOTS_HEADER), sheet), "[Content_Types].xml", lambda xml: xml.replace(b"</Types>", typed)
    )
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for member in source.infolist():
            target.writestr(member.filename, source.read(member.filename))
        target.writestr("xl/sharedStrings.xml", strings)
    return out.getvalue()


def test_a_cell_longer_than_excel_holds_is_refused_as_it_is_read(sp, engine, monkeypatch):
    """A 97 KB workbook with one inline text of 95 million characters kept the import busy a minute
    and 400 MB: a text longer than the 32,767 characters a cell holds is refused by sheet, row and
    cell as its XML is read in pieces, before openpyxl opens the workbook; a shared string by its
    column as the row is read."""
    plain = book(LOTS_HEADER)
    long = _with_sheet_xml(plain, _inline_sheet([["L-1", "M67", "ANAD", "5", "", "surplus", "x" * 5_000_000]]))
    assert len(long) < 100_000
    opened = []
    monkeypatch.setattr(spreadsheet, "load_workbook", lambda *a, **k: opened.append(a) or 1 / 0)
    said = "holds more than 32,767 characters, the most a spreadsheet cell holds; shorten it"
    assert refused_problems(sp, engine, long) == [f"sheet 'Lots', row 2, G2: {said}"]
    assert opened == [] and spreadsheet.sheet_names(long) == []
    monkeypatch.undo()
    # Counted in characters, an entity (&amp;) one, across the pieces the XML is read in (1 MB)
    for text, filler, too_long in [
        ("&amp;" * 32_767, 0, False),
        ("é" * 32_767, (1 << 20) - 40_000, False),
        ("é" * 32_768, (1 << 20) - 40_000, True),
        ("y" * 32_768, (1 << 20) - 10, True),
        ("&lt;" * 40_000, 3 << 20, True),
    ]:
        data = _with_sheet_xml(plain, _inline_sheet([["L-1", "M67", "ANAD", "5", "", "surplus", text]], filler))
        found = spreadsheet._long_cell(data)
        assert (found is not None) == too_long, (text[:5], filler)
        if found is not None:
            assert found.sheet == "Lots" and found.problems[0].column.startswith("G")
    assert refused_problems(sp, engine, _shared_string("n" * 40_000)) == [f"sheet 'Lots', row 2, notes: {said}"]
    assert sp.imports.plan_lots(_shared_string("n" * 2_000)).ok


def test_a_value_its_format_does_not_show_is_refused_by_row_and_column(sp, engine):
    """';;;' shows nothing, '"12"' shows 12 for 1,200: whoever checks the workbook before it is
    imported cannot see the value. Refused by row and column as a hidden row is; a format that shows
    the value (a digit, a date or General) is read. A font's colour (white on white) is not looked at."""
    rows = [
        ["F-1", "M67", "ANAD", 1200, None, "surplus", None],
        ["F-2", "M67", "ANAD", 500, None, "surplus", None],
        ["F-3", "M67", "ANAD", 7, None, "surplus", None],
    ]
    data = formatted(book(LOTS_HEADER, *rows), {"D2": '"12"', "A3": ";;;", "D3": ";;;", "D4": "0;-0;;@"})
    said = "whoever checks the workbook cannot see what would be imported; format the cell as General, Number or Text"
    assert refused_problems(sp, engine, data) == [
        f"sheet 'Lots', row 2, quantity: does not show its value ('1200', format '\"12\"'): {said}",
        f"sheet 'Lots', row 3, lot_number: does not show its value ('F-2', format ';;;'): {said}",
        f"sheet 'Lots', row 3, quantity: does not show its value ('500', format ';;;'): {said}",
    ]
    shown = formatted(book(LOTS_HEADER, *rows), {"D2": "#,##0", "D3": '[Red]0" pcs";-0', "D4": "0;-0;;@", "A3": "@"})
    assert sp.imports.plan_lots(shown).ok


@pytest.mark.parametrize(
    "number_format, value, shown",
    [
        ("General", 5, True),
        ("0", 0, True),
        ("#,##0.00", -5, True),
        ('"$"#,##0;("$"#,##0)', -5, True),
        ("yyyy-mm-dd", 45000, True),
        ("[h]:mm", 1, True),
        ("@", 5, True),
        ('_(* #,##0_);_(* \\(#,##0\\);_(* "-"??_);_(@_)', 0, True),  # Accounting: a dash for zero
        (";;;", 5, False),
        (";;;", "text", False),
        ('"12"', 1200, False),
        ("\\1\\2", 1200, False),
        ("0;", -5, False),  # the negative section empty
        ("0;-0;", 0, False),  # the zero section empty
        ("0;-0;0;", "text", False),  # the text section empty
        ('0;-0;0;"n/a"', "text", False),  # words in place of the text
        ('[>100]"many";0', 500, False),
        ("[Blue]0;[Red]-0", 5, True),
        ("0;-0;0", "text", True),  # no text section: text shows as it is
    ],
)
def test_a_number_format_shows_a_value_when_its_section_has_a_place_for_it(number_format, value, shown):
    sign = "text" if isinstance(value, str) else (value > 0) - (value < 0)
    assert spreadsheet._shown(number_format, sign) is shown


def test_a_duration_is_refused_as_one_not_as_a_formula(sp, engine):
    """A [h]:mm cell holds a duration: it was refused as "'=TABLE()' looks like a spreadsheet formula"."""
    sheet_book = openpyxl.load_workbook(io.BytesIO(book(LOTS_HEADER, ["D-1", "M67", "ANAD", 5, None, "surplus"])))
    sheet_book.active["E2"].value = timedelta(hours=36)
    sheet_book.active["E2"].number_format = "[h]:mm"
    out = io.BytesIO()
    sheet_book.save(out)
    assert refused_problems(sp, engine, out.getvalue()) == [
        "sheet 'Lots', row 2, received_on: is a time or duration cell (1 day, 12:00:00, format '[h]:mm') where a "
        "date or a number is expected; type the date or the number itself"
    ]


def _opens_on_second() -> bytes:
    """Two sheets, Excel opening on the second (its active tab): a user sees 'Lots', not 'Old'."""
    sheet_book = openpyxl.Workbook()
    old = sheet_book.active
    old.title = "Old"
    old.append(LOTS_HEADER)
    old.append(["OLD-1", "M67", "ANAD", 99, None, "surplus", None])
    lots = sheet_book.create_sheet("Lots")
    lots.append(LOTS_HEADER)
    lots.append(["NEW-1", "M67", "ANAD", 10, None, "surplus", None])
    sheet_book.active = 1
    old.sheet_view.tabSelected = False
    out = io.BytesIO()
    sheet_book.save(out)
    return out.getvalue()


def test_a_workbook_that_opens_on_another_sheet_than_its_first_names_the_one_to_read(
    sp, engine, database_url, tmp_path, capsys
):
    """Excel opens on the active tab while the import read the first sheet: unnamed, neither is read,
    both are named. A name is the sheet's as written (case aside): 'Lots ' is not 'Lots'. The command
    line's summary names the sheet read."""
    data = _opens_on_second()
    assert refused_problems(sp, engine, data) == [
        "sheet: the workbook opens on sheet 'Lots', not on its first sheet 'Old': name the sheet to read (the "
        "command line's --sheet, the window's Sheet box); its sheets are 'Old', 'Lots'"
    ]
    assert sp.imports.plan_lots(data, sheet="lots").sheet == "Lots"
    assert refused_problems(sp, engine, data, sheet="Lots ") == [
        "sheet: 'Lots ' is not a sheet of this workbook; its sheets are 'Old', 'Lots'"
    ]
    path = tmp_path / "two.xlsx"
    path.write_bytes(data)
    assert main(["--database", database_url, "import", "lots", str(path), "--sheet", "Old", "--dry-run"]) == 0
    assert capsys.readouterr().out.startswith("would import 1 lot, 99 mines from sheet 'Old'")


def test_the_import_window_starts_with_no_sheet_when_the_workbook_opens_on_another(sp, engine, qapp, tmp_path):
    from stockpile_tracker.qt.import_dialog import ImportDialog

    path = tmp_path / "two.xlsx"
    path.write_bytes(_opens_on_second())
    dialog = ImportDialog(sp, "lots", str(path))
    assert dialog.sheet_box.currentIndex() == -1 and not dialog.import_button.isEnabled()
    assert "opens on sheet 'Lots', not on its first sheet 'Old'" in dialog.problems_model.data(
        dialog.problems_model.index(0, 2)
    )
    dialog.sheet_box.setCurrentText("Lots")
    assert dialog.import_button.isEnabled()
    assert dialog.summary_label.text().startswith("Sheet 'Lots': 1 lot, 10 mines")
    dialog.accept()
    assert [lot.lot_number for lot in sp.queries.lots(limit=None)] == ["NEW-1"]
