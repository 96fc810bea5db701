"""Import from an Excel workbook: the same columns and checks as CSV, a date cell read as its day and
a number cell as its number whatever their display, text numbers under the CSV rules, and every
problem named by sheet, row and column header, with nothing written."""

from __future__ import annotations

import io
import zipfile
from datetime import date, datetime

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
