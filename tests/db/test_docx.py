"""The report as a Word document (issue 13): every heading, text, table row, total and note of the
report as printed, read back with python-docx; the bands of every page; landscape for a wide table;
the same bytes for the same report."""

from __future__ import annotations

import io
from datetime import datetime

import docx
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn
from sqlalchemy import text as sql_text

from stockpile_tracker.cli import main
from stockpile_tracker.reports.article7 import article7_report
from stockpile_tracker.reports.document import Report, Signature, Table, cell_text, printable, table_from
from stockpile_tracker.reports.docx import BORDER, CELL_MARGINS, text_width, to_docx
from stockpile_tracker.reports.progress import progress_report
from stockpile_tracker.reports.records import certificate_report
from stockpile_tracker.reports.status import status_report

from ..helpers import PRINTED, TODAY


def read(data: bytes):
    return docx.Document(io.BytesIO(data))


def expected_rows(table: Table) -> list[list[str]]:
    rows = [list(table.columns)] if any(table.columns) else []
    rows += [[cell_text(cell) for cell in row] for row in table.rows]
    if table.total_row is not None:
        rows.append([cell_text(cell) for cell in table.total_row])
    return rows


def assert_same_as_printed(report: Report, data: bytes) -> None:
    document = read(data)
    headings = [p.text for p in document.paragraphs if p.style.name in ("Title", "Heading 2")]
    signatures = ["Signatures"] if report.signatures else []
    assert headings == [report.title, *(table.title for table in report.tables), *signatures]
    texts = "\n".join(p.text for p in document.paragraphs)
    for table in report.tables:
        for part in (table.note, *(table.text or "").split("\n\n")):
            assert not part or part in texts
    for note in report.notes:
        assert note in texts
    printed = [table for table in report.tables if table.rows]
    assert len(document.tables) == len(printed) + (1 if report.signatures else 0)
    for table, written in zip(printed, document.tables, strict=False):
        assert [[cell.text for cell in row.cells] for row in written.rows] == expected_rows(table), table.title


def test_the_article7_report_on_the_demo_is_in_the_document_as_printed(demo):
    report = article7_report(demo, TODAY.year - 1, printed_at=PRINTED)
    data = to_docx(printable(report))
    assert_same_as_printed(report, data)
    assert to_docx(printable(report)) == data  # the same report, the same bytes


def test_status_progress_with_its_charts_and_a_certificate_with_its_signatures(demo):
    assert_same_as_printed(status := status_report(demo, TODAY, printed_at=PRINTED), to_docx(printable(status)))
    progress = progress_report(demo, demo.destruction.programmes()[0].id, printed_at=PRINTED)
    data = to_docx(printable(progress), {chart.name: _png() for chart in progress.charts})
    assert_same_as_printed(progress, data)
    assert progress.charts and len(read(data).inline_shapes) == len(progress.charts)
    certificate = certificate_report(demo, demo.destruction.events()[0].certificate_number)
    document = read(to_docx(printable(certificate)))
    assert_same_as_printed(certificate, to_docx(printable(certificate)))
    signed = "\n".join(cell.text for cell in document.tables[-1].rows[0].cells)
    assert [who.role for who in certificate.signatures] == [line for line in signed.splitlines() if line][::4]


def test_every_page_carries_the_organisation_the_marking_the_footer_and_its_number():
    report = Report(
        "Stock <check> & count",
        "Ministry of Defence <Depot & Stores>",
        "as of 2026-06-30",
        "alice",
        datetime(2026, 6, 30, 9, 0),
        (table_from("Lots", ("Lot", "Quantity"), [("A&B<1>", 5), ("C", 7)]),),
        marking="OFFICIAL-SENSITIVE",
        signatures=(Signature("Depot officer"),),
    )
    document = read(to_docx(printable(report)))
    section = document.sections[0]
    assert [p.text for p in section.header.paragraphs] == ["OFFICIAL-SENSITIVE", "Ministry of Defence <Depot & Stores>"]
    footer = section.footer.paragraphs[0]
    assert footer.text.startswith(f"{report.footer} - page ") and footer.text.endswith(" of 1")
    assert " PAGE " in footer._p.xml and " NUMPAGES " in footer._p.xml  # filled in as the pages are laid out
    assert section.footer.paragraphs[1].text == "OFFICIAL-SENSITIVE"
    assert [[c.text for c in row.cells] for row in document.tables[0].rows] == [
        ["Lot", "Quantity"],
        ["A&B<1>", "5"],
        ["C", "7"],
        ["Total", "12"],
    ]
    properties = document.core_properties
    assert (properties.title, properties.last_modified_by, properties.created.replace(tzinfo=None)) == (
        "Stock <check> & count",
        "alice",
        datetime(2026, 6, 30, 9, 0),
    )
    assert section.orientation == WD_ORIENT.PORTRAIT


def test_a_table_too_wide_for_a_portrait_page_is_printed_landscape():
    wide = table_from("Wide", [f"Column {n}" for n in range(7)], [tuple(range(7))])
    report = Report("Wide", "Office", "2026", "alice", datetime(2026, 6, 30), (wide,))
    section = read(to_docx(printable(report))).sections[0]
    assert section.orientation == WD_ORIENT.LANDSCAPE and section.page_width > section.page_height


def test_a_chart_without_its_picture_keeps_its_caption(demo):
    progress = progress_report(demo, demo.destruction.programmes()[0].id, printed_at=PRINTED)
    document = read(to_docx(printable(progress)))
    texts = [p.text for p in document.paragraphs]
    assert progress.charts and all(chart.title in texts for chart in progress.charts) and not document.inline_shapes


def _png() -> bytes:
    """A one-pixel PNG: the document takes any picture; the charts' own are drawn by Qt."""
    return bytes.fromhex(
        "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
        "1f15c4890000000d49444154789c6360f8cfc0000003010100c9fe92ef0000000049454e44ae426082"
    )


def test_the_command_line_draws_the_charts_into_the_document(demo_url, tmp_path):
    path = tmp_path / "progress.docx"
    assert main(["--database", demo_url, "report", "progress", "--docx", str(path)]) == 0
    document = read(path.read_bytes())
    pictures = [shape._inline.graphic.graphicData.pic.blipFill.blip.embed for shape in document.inline_shapes]
    blobs = [document.part.related_parts[key].blob for key in pictures]
    assert len(blobs) == 2 and all(blob.startswith(b"\x89PNG") and len(blob) > 10_000 for blob in blobs)


NOT_XML = "\ufffe\uffff\x01\x1f"  # stored by an older version or edited outside the program


def test_characters_xml_cannot_hold_print_as_the_replacement_character():
    report = Report(
        "Stock\ufffe",
        "Depot\ud800 7",
        "2026",
        "alice\x01",
        datetime(2026, 6, 30, 9, 0),
        (table_from("Lots\uffff", ("Lot\x0b",), [("A\udfff1",)], note="note\x1f"),),
        marking="OFFICIAL\ufffe",
    )
    document = read(to_docx(printable(report)))
    texts = "\n".join(p.text for p in document.paragraphs)
    assert "Stock\ufffd" in texts and "Lots\ufffd" in texts and "note\ufffd" in texts
    assert [[cell.text for cell in row.cells] for row in document.tables[0].rows][:2] == [["Lot\ufffd"], ["A\ufffd1"]]
    assert [p.text for p in document.sections[0].header.paragraphs] == ["OFFICIAL\ufffd", "Depot\ufffd 7"]
    assert document.core_properties.title == "Stock\ufffd"


def test_a_frozen_report_holding_stored_text_xml_cannot_hold_is_written_as_a_document(
    stockpile, engine, database_url, tmp_path
):
    """The text written with SQL, as an older version or another program could have stored it; the
    report frozen with it prints the same DOCX whether it comes from the record or from the archive."""
    year = TODAY.year - 1
    with engine.begin() as connection:
        connection.execute(
            sql_text(
                "INSERT INTO article7_text (year, part, text, written_by, written_at) "
                "VALUES (:year, 'A', :text, 'older version', :at)"
            ),
            {"year": year, "text": f"Law 12/1998{NOT_XML} on mines", "at": datetime(2025, 1, 2)},
        )
    paths = [tmp_path / "draft.docx", tmp_path / "frozen.docx"]
    freeze = ["--freeze", "--submitted-on", TODAY.isoformat()]
    for path, options in zip(paths, (freeze, []), strict=True):
        command = ["--database", database_url, "report", "article7", "--year", str(year), *options, "--docx", str(path)]
        assert main(command) == 0
    assert stockpile.archive.frozen("article7", str(year)).html.count(NOT_XML) == 1  # kept as stored
    texts = [p.text for p in read(paths[1].read_bytes()).paragraphs]
    assert "Law 12/1998\ufffd\ufffd\ufffd\ufffd on mines" in texts
    assert paths[0].read_bytes() == paths[1].read_bytes()


def usable_width(document) -> int:
    section = document.sections[0]
    return section.page_width - section.left_margin - section.right_margin


def longest_words(table) -> list[int]:
    """Of each column of a written table, the width (twips) its longest word needs: each word read
    back from the document's runs, bold or not, measured at the cells' size in Arial."""
    needs = [0] * len(table.columns)
    for row in table.rows:
        for column, cell in enumerate(row.cells):
            characters = [(c, bool(run.bold)) for p in cell.paragraphs for run in p.runs for c in run.text + " "]
            word: list[tuple[str, bool]] = []
            for character, bold in characters:
                if character.isspace():
                    needs[column] = max(needs[column], text_width([(c, b) for c, b in word]) if word else 0)
                    word = []
                else:
                    word.append((character, bold))
    return [CELL_MARGINS + BORDER + need for need in needs]


def assert_columns_hold_their_words(document) -> list[tuple[list[int], list[int]]]:
    """Every table across the page's usable width, each column as wide as its longest word; returns
    each table's (widths, needs) in twips."""
    measured = []
    for table in document.tables:
        widths = [column.width for column in table.columns]
        assert sum(widths) == usable_width(document)
        for row in table.rows:  # each cell as wide as its column, which Word lays out by
            assert [cell.width for cell in row.cells] == widths
        twips, needs = [width // 635 for width in widths], longest_words(table)
        assert all(width >= need for width, need in zip(twips, needs, strict=True)), (twips, needs)
        measured.append((twips, needs))
    return measured


def test_the_estimate_of_a_word_is_arial_at_the_cells_size():
    # Q u a n t i t y in Arial's thousandths of an em: 778+556+556+556+278+222+278+500; bold:
    # 778+611+556+611+333+278+333+556; at 8 points, 20 twips a point
    assert text_width([("Quantity", False)]) == 596 and text_width([("Quantity", True)]) == 649
    mixed = 778 + 611 + 556 + 556 + 278 + 222 + 278 + 500  # "Qua" bold, "ntity" not: 3779, 604.64 twips
    assert text_width([("Qua", True), ("ntity", False)]) == 605 == -(-mixed * 160 // 1000)


def test_every_column_of_the_article7_report_holds_its_longest_word(demo):
    report = article7_report(demo, TODAY.year - 1, printed_at=PRINTED)
    document = read(to_docx(printable(report)))
    measured = assert_columns_hold_their_words(document)
    assert len(measured) >= 10
    # the hyphens of codes and dates are ones a line is not broken after; the text reads the same
    cells = [cell for table in document.tables for row in table.rows for cell in row.cells]
    assert any("-" in cell.text and "w:noBreakHyphen" in cell._tc.xml for cell in cells)
    assert not any("-" in t.text for cell in cells for t in cell._tc.iter(qn("w:t")))


def test_a_short_column_among_long_texts_keeps_its_header_and_a_long_code_whole():
    """Before, a column's share grew with its text: "Quantity" beside four long texts got 392 twips (of 10,206)
    and broke inside; the 41-character lot number now sets its column's width."""
    text = " ".join(["several words of free text"] * 6)
    lot = "LOT-" + "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789A"
    rows = [(lot, 5, text, text, text, text), ("L-2", 7, "short", text, "", text)]
    columns = ("Lot", "Quantity", "Remarks", "Condition", "Storage", "Other")
    report = Report("Long words", "Office", "2026", "alice", PRINTED, (table_from("Lots", columns, rows),))
    document = read(to_docx(printable(report)))
    [(widths, needs)] = assert_columns_hold_their_words(document)
    assert needs[1] == CELL_MARGINS + BORDER + text_width([("Quantity", True)])  # the bold header is its longest word
    assert needs[0] == CELL_MARGINS + BORDER + text_width([(lot, False)])
    assert widths[2] > widths[1] and widths[3] > widths[1]  # the rest of the page goes to the long texts
    assert [[cell.text for cell in row.cells] for row in document.tables[0].rows][1][0] == lot


def test_words_too_wide_for_the_page_share_it_in_proportion():
    words = ["W" * 40, "W" * 20, "W" * 30, "W" * 10, "I" * 10, "W" * 40]  # each W: 944 thousandths of an em
    report = Report("Too wide", "Office", "2026", "alice", PRINTED, (table_from("Codes", [""] * 6, [words]),))
    document = read(to_docx(printable(report)))
    table = document.tables[0]
    widths = [column.width // 635 for column in table.columns]
    assert sum(column.width for column in table.columns) == usable_width(document)
    needs = longest_words(table)
    assert sum(needs) > sum(widths)  # they cannot all fit
    for width, need in zip(widths, needs, strict=True):  # each its share, to a twip or two of rounding
        assert abs(width - need * sum(widths) / sum(needs)) <= 2
