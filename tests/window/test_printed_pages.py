"""Printed pages, read back from the PDF with pdftotext, page by page: no heading at the foot of a
page without its table, no row printed twice or lost, the organisation and the protective marking
at the top and bottom of every page, and the status report's signature block."""

from __future__ import annotations

import io
import random
import re
import shutil
import subprocess
import unicodedata
from datetime import date, datetime

import docx
import pytest

from stockpile_tracker.cli import main
from stockpile_tracker.db.migrate import open_database
from stockpile_tracker.reports.document import Report, Signature, Table, printable, to_csv, to_html
from stockpile_tracker.services import Stockpile

from ..helpers import TODAY, receive, seed_catalogue

PRINTED = datetime(2026, 6, 30, 9, 0)


def pdf_pages(path) -> list[str]:
    """The text of each page; a missing pdftotext fails the test rather than passing it unchecked."""
    assert shutil.which("pdftotext"), "pdftotext is needed to read the PDF back (Debian: poppler-utils)"
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout
    # NFKC: the font's ligatures (ffi) back to letters. pdftotext ends every page with a form feed.
    return unicodedata.normalize("NFKC", text).split("\f")[:-1]


def many_tables(count: int = 200) -> tuple[Table, ...]:
    """Tables of one to six rows in a fixed random order, so that headings fall at every height
    of a page, the foot included."""
    return tuple(
        Table(
            f"Table T{i:03d}",
            (f"Column{i:03d}", "Quantity"),
            tuple((f"row {i:03d}-{r}", r) for r in range(random.Random(i).randint(1, 6))),
        )
        for i in range(count)
    )


def test_a_heading_is_never_parted_from_its_table(tmp_path, qapp):
    from stockpile_tracker.qt.printing import write_pdf

    tables = many_tables()
    report = Report("Long", "Org", "as of 2026-06-30", "me", PRINTED, tables)
    write_pdf(report, tmp_path / "long.pdf")
    pages = pdf_pages(tmp_path / "long.pdf")
    assert len(pages) > 20
    for number, page in enumerate(pages, 1):
        lines = [line.strip() for line in page.splitlines() if line.strip()]
        for table in tables:
            if table.title in lines:
                # its header and first row on the same page, right under it
                at = lines.index(table.title)
                assert lines[at + 1].startswith(table.columns[0]), f"page {number}: {table.title} stranded"
                assert lines[at + 2].startswith(str(table.rows[0][0])), f"page {number}: {table.title} stranded"
    text = "\n".join(pages)
    for table in tables:  # each printed once: nothing drawn twice at a page's edge, nothing lost
        assert len(re.findall(rf"^{table.title}$", text, re.M)) == 1
        for row in table.rows:
            assert len(re.findall(rf"^\s*{row[0]}\s", text, re.M)) == 1


def test_a_table_that_runs_on_repeats_its_header_and_never_leaves_its_total_alone(tmp_path, qapp):
    from stockpile_tracker.qt.printing import write_pdf

    rows = tuple((f"lot {i:03d}", i) for i in range(150))
    report = Report("Long", "Org", "as of", "me", PRINTED, (Table("Lots", ("Lot", "Quantity"), rows),))
    write_pdf(report, tmp_path / "runs.pdf")
    pages = [[line.split() for line in page.splitlines() if line.strip()] for page in pdf_pages(tmp_path / "runs.pdf")]
    assert len(pages) >= 3
    for page in pages[1:]:
        assert page[1] == ["Lot", "Quantity"]  # under the organisation
    assert pages[-1][-2][0] == "Total" and pages[-1][-3][0] == "lot"  # before the footer, after a row


def test_organisation_and_marking_top_and_bottom_of_every_page_of_every_report(demo_url, tmp_path, capsys):
    assert (
        main(
            [
                "--database",
                demo_url,
                "--user",
                "A. Clerk",
                "settings",
                "--organisation",
                "Ministry of Defence, Compliance Office",
                "--marking",
                "OFFICIAL-SENSITIVE",
            ]
        )
        == 0
    )
    assert "marking: OFFICIAL-SENSITIVE" in capsys.readouterr().out
    engine = open_database(demo_url)
    sp = Stockpile(engine, "reader", today=lambda: TODAY)
    lot = sp.queries.lots(limit=1)[0].lot_number
    certificate = next(e.certificate_number for e in sp.destruction.events())
    engine.dispose()
    for args in (
        ["status"],
        ["progress"],
        ["article7", "--year", str(TODAY.year - 1)],
        ["lot", lot],
        ["certificate", certificate],
    ):
        pdf = tmp_path / f"{args[0]}.pdf"
        assert main(["--database", demo_url, "report", *args, "--pdf", str(pdf)]) == 0
        for number, page in enumerate(pdf_pages(pdf), 1):
            lines = [line.strip() for line in page.splitlines() if line.strip()]
            assert lines[0] == "OFFICIAL-SENSITIVE" and lines[-1] == "OFFICIAL-SENSITIVE", (args, number)
            assert lines[1] == "Ministry of Defence, Compliance Office", (args, number)
            # the footer, on a line or more (a long one goes on under), beside "page N of M"
            assert re.search(r" - seal \d+-[0-9a-f]{16}$", footer_of(page, number)), (args, number)


@pytest.fixture
def known_with_letterhead(stockpile):
    seed_catalogue(stockpile)
    receive(stockpile, "L-1", 1000)
    stockpile.catalogue.set_letterhead(organisation="Depot 7", marking="OFFICIAL")
    return stockpile


def test_no_marking_prints_none(known_with_letterhead, database_url, tmp_path):
    assert main(["--database", database_url, "settings", "--marking", ""]) == 0
    assert main(["--database", database_url, "report", "status", "--pdf", str(tmp_path / "s.pdf")]) == 0
    lines = [line.strip() for line in pdf_pages(tmp_path / "s.pdf")[0].splitlines() if line.strip()]
    assert lines[0] == "Depot 7" and "OFFICIAL" not in "\n".join(lines)


def test_the_status_report_ends_with_a_signature_block_on_one_page(demo_url, tmp_path):
    pdf = tmp_path / "status.pdf"
    assert main(["--database", demo_url, "report", "status", "--pdf", str(pdf)]) == 0
    pages = pdf_pages(pdf)
    last = pages[-1]
    assert "Signatures" in last
    for role in ("Prepared by", "Checked by", "Approved by"):
        assert role in last and all(role not in page for page in pages[:-1])
    assert last.count("Name:") == last.count("Signature:") == last.count("Date:") == 3
    headings = (
        "Summary by category",
        "By self-destruct / self-deactivation",
        "By type",
        "By site",
        "Retained, by reason",
        "Overdue destruction tasks",
        "Signatures",
    )
    for page in pages:
        lines = [line.strip() for line in page.splitlines() if line.strip()]
        for at in (lines.index(heading) for heading in headings if heading in lines):
            assert at + 2 < len(lines) - 2, f"{lines[at]} at the foot of a page"  # a table line before the footer


def test_a_frozen_report_prints_the_bands_it_was_frozen_with(known_with_letterhead, database_url, tmp_path):
    year = str(TODAY.year - 1)
    assert (
        main(
            [
                "--database",
                database_url,
                "report",
                "article7",
                "--year",
                year,
                "--freeze",
                "--submitted-on",
                TODAY.isoformat(),
                "--csv",
                str(tmp_path / "a7.csv"),
            ]
        )
        == 0
    )
    assert (
        main(["--database", database_url, "settings", "--organisation", "Renamed office", "--marking", "SECRET"]) == 0
    )
    assert (
        main(["--database", database_url, "report", "article7", "--year", year, "--pdf", str(tmp_path / "a7.pdf")]) == 0
    )
    page = pdf_pages(tmp_path / "a7.pdf")[0]
    lines = [line.strip() for line in page.splitlines() if line.strip()]
    assert lines[:2] == ["OFFICIAL", "Depot 7"] and lines[-1] == "OFFICIAL"
    assert "printed" in footer_of(page, 1) and "Renamed office" not in "\n".join(lines)


def test_codes_dates_and_figures_are_never_split_and_free_text_wraps_between_words(tmp_path, qapp):
    """A table too wide for a portrait page: every code, date, figure and header word is printed
    whole on one line; the explanation wraps between its words, several to a line."""
    from stockpile_tracker.qt.printing import write_pdf

    columns = (
        "Task",
        "Lot",
        "Type",
        "Shipped",
        "Closed short",
        "Activation",
        "Retained",
        "Scheduled",
        "Suspended",
        "Unscheduled",
        "Destroyed",
        "Explanation",
    )
    words = [f"word{i:02d}" for i in range(30)]
    rows = tuple(
        (
            f"T-2026-01{i}",
            f"M72-97026{i}",
            "BLU-92/B",
            "2026-10-12 to 2026-10-20",
            date(2026, 12, 1),
            "victim",
            12_393_120 + i,
            7_794_010,
            2_133_340,
            9_927_350,
            3_854_110,
            " ".join(words),
        )
        for i in range(3)
    )
    report = Report("Wide", "Org", "as of", "me", PRINTED, (Table("Losses", columns, rows),))
    write_pdf(report, tmp_path / "wide.pdf")
    text = "\n".join(pdf_pages(tmp_path / "wide.pdf"))
    kept = {str(cell) if not isinstance(cell, int) else f"{cell:,}" for row in rows for cell in row[:-1]}
    header_words = {word for title in columns for word in title.split()}
    for value in sorted(kept - {"2026-10-12 to 2026-10-20"} | header_words | {"2026-10-12", "2026-10-20"}):
        assert value in text, f"{value} split"
    for word in words:
        assert len(re.findall(rf"\b{word}\b", text)) == len(rows), f"{word} split"
    lines_of_words = [line for line in text.splitlines() if "word" in line]
    assert len(lines_of_words) <= len(rows) * len(words) / 3  # several words to a line, not one or two
    info = subprocess.run(["pdfinfo", str(tmp_path / "wide.pdf")], capture_output=True, text=True, check=True).stdout
    width, height = map(float, re.findall(r"Page size:\s+([\d.]+) x ([\d.]+)", info)[0])
    assert width > height  # too wide for a portrait page: landscape


def test_form_b_lists_every_lot_number_in_every_format(stockpile, tmp_path, qapp):
    """300 lots of one type: all 300 numbers in Form B, as data, CSV, HTML, DOCX and the printed PDF."""
    from stockpile_tracker.qt.printing import write_pdf
    from stockpile_tracker.reports.article7 import article7_report
    from stockpile_tracker.reports.docx import to_docx

    seed_catalogue(stockpile)
    rows = "".join(f"B-{n:03d},M67,10,ANAD,surplus,,2024-01-02\n" for n in range(300))
    stockpile.imports.import_lots(
        ("lot_number,type,quantity,site,retention,institution,received_on\n" + rows).encode(), source="many.csv"
    )
    report = article7_report(stockpile, TODAY.year - 1, printed_at=PRINTED)
    form_b = next(t for t in report.tables if t.title.startswith("Form B - stockpiled"))
    numbers = [f"B-{n:03d}" for n in range(300)]
    assert form_b.rows[0][2] == ", ".join(numbers) and form_b.total_row[1] == 3000
    write_pdf(report, tmp_path / "a7.pdf")
    document = docx.Document(io.BytesIO(to_docx(printable(report))))
    written = "\n".join(cell.text for table in document.tables for row in table.rows for cell in row.cells)
    for printed in (to_csv(report), to_html(report), "\n".join(pdf_pages(tmp_path / "a7.pdf")), written):
        assert all(number in printed for number in numbers) and " more" not in printed


def page_size(path) -> tuple[float, float]:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    width, height = map(float, re.findall(r"Page size:\s+([\d.]+) x ([\d.]+)", info)[0])
    return width, height


def test_a_report_whose_tables_fit_a_portrait_page_is_printed_portrait(tmp_path, qapp):
    """A table 100% wide is laid out a whole pixel wide, a fraction wider than A4 portrait's
    679.95 layout pixels: that fraction sent every report to landscape pages."""
    from stockpile_tracker.qt.printing import write_pdf

    report = Report("Short", "Org", "as of", "me", PRINTED, (Table("Lots", ("Lot", "Quantity"), (("L-1", 5),)),))
    write_pdf(report, tmp_path / "short.pdf")
    assert page_size(tmp_path / "short.pdf") == (595.0, 842.0)


def pdf_words(path) -> list[tuple[int, float, float, float, float, str]]:
    """(page, xMin, yMin, xMax, yMax, text) of each word pdftotext finds, in reading order."""
    assert shutil.which("pdftotext"), "pdftotext is needed to read the PDF back (Debian: poppler-utils)"
    out = subprocess.run(["pdftotext", "-bbox", str(path), "-"], capture_output=True, text=True, check=True).stdout
    words = []
    for number, page in enumerate(out.split("<page ")[1:]):
        for box, text in re.findall(r'<word (xMin="[^>]*")>([^<]*)</word>', page):
            x0, y0, x1, y1 = (float(v) for v in re.findall(r'"([\d.]+)"', box))
            words.append((number, x0, y0, x1, y1, text))
    return words


def test_a_word_longer_than_its_cell_wraps_inside_the_page(tmp_path, qapp):
    """A 60-character lot number (a code, kept on one line when it fits), a reference in free text
    and one in a form's text: each wraps in parts inside the page's margins, every character
    printed once, and the report stays portrait and full size; the report's HTML is unchanged."""
    from stockpile_tracker.qt.printing import LONGEST_RUN, breakable, write_pdf

    lot = "LOT" + "".join(chr(65 + i % 26) for i in range(57))
    reference = "REF/" + "X" * 50
    rows = tuple(
        (
            lot if i == 3 else f"L-{i:03d}",
            "M16",
            "ANAD",
            100 + i,
            "held for destruction " + (reference if i == 5 else ""),
        )
        for i in range(12)
    )
    text = "A reference " + "R" * 150 + " in the text."
    columns = ("Lot", "Type", "Site", "Quantity", "Remarks")
    report = Report("Long", "Org", "as of", "me", PRINTED, (Table("Lots", columns, rows, text=text),))
    html = to_html(report)
    assert lot in html and reference in html and "\u200b" not in html  # as stored, when frozen
    write_pdf(report, tmp_path / "long.pdf")
    assert to_html(report) == html
    width, height = page_size(tmp_path / "long.pdf")
    assert (width, height) == (595.0, 842.0)  # not turned landscape, nor drawn smaller, for a word
    margin = 15 / 25.4 * 72
    words = pdf_words(tmp_path / "long.pdf")
    assert all(margin - 0.5 <= x0 and x1 <= width - margin + 0.5 for _p, x0, _y0, x1, _y1, _t in words)
    pieces = [(x0, y0, t) for _p, x0, y0, _x1, _y1, t in words if t and t in lot and len(t) > 3]
    assert "".join(t for _x, _y, t in pieces) == lot and len({y for _x, y, _t in pieces}) == 3  # three lines
    assert all(len(t) <= LONGEST_RUN for _x, _y, t in pieces)
    assert "".join(t for *_, t in words if set(t) == {"R"}) == "R" * 150
    assert "".join(t for *_, t in words if t in reference and len(t) > 3) == reference
    size = next(y1 - y0 for _p, _x0, y0, _x1, y1, t in words if t == "L-000")
    plain = Report("Plain", "Org", "as of", "me", PRINTED, (Table("Lots", columns, rows[:3]),))
    write_pdf(plain, tmp_path / "plain.pdf")
    assert size == next(y1 - y0 for _p, _x0, y0, _x1, y1, t in pdf_words(tmp_path / "plain.pdf") if t == "L-000")
    # a report without such a word is laid out from its own HTML; a signature's blank stays whole
    assert breakable(printable(plain).html) == printable(plain).html
    signed = Report("Signed", "Org", "as of", "me", PRINTED, (), signatures=(Signature("Prepared by"),))
    assert breakable(printable(signed).html) == printable(signed).html


def used(words, page: int, height: float) -> float:
    """How much of a page's room for the report (between its bands) its text takes, top down."""
    top, bottom = 15 / 25.4 * 72 + 22.5, height - 15 / 25.4 * 72 - 22.5  # margins of 15 mm, bands of 30 pixels
    lowest = max(y1 for p, _x0, y0, _x1, y1, _t in words if p == page and top - 1 <= y0 and y1 <= bottom + 1)
    return (lowest - top) / (bottom - top)


def test_no_page_is_left_half_empty_before_a_long_table_row_or_paragraph(tmp_path, qapp):
    """Kept whole before: a table of six tall rows with its heading, a paragraph of 70 lines, a row
    of 700 lot numbers; each pushed to a new page (or cut across a line) and left the page before
    it half empty. Now only a heading with the start of what follows is kept together: every page
    but the last is more than half used, every line printed once, each page of a table that runs
    on starts with its header row."""
    from stockpile_tracker.qt.printing import write_pdf

    intro = Table("Intro", ("Lot", "Quantity"), tuple((f"I-{i}", i) for i in range(12)))
    tall = Table(
        "Tall rows",
        ("Type", "Quantity", "Lot numbers"),
        tuple((f"T{k}", 10 * k, ", ".join(f"LOT-{k}-{n:03d}" for n in range(60))) for k in range(6)),
    )
    statement = "\n".join(f"Line {i:02d} of a long statement the office wrote about its stockpile." for i in range(70))
    text = Table("Statement", (), (), text=statement)
    huge = Table(
        "Huge row", ("Type", "Quantity", "Lot numbers"), (("H", 5, ", ".join(f"H-{n:04d}" for n in range(700))),)
    )
    long = Table("Long", ("Lot", "Quantity"), tuple((f"L-{i:03d}", i) for i in range(120)))
    report = Report("Pages", "Org", "as of", "me", PRINTED, (intro, tall, intro, text, intro, huge, long))
    pages = write_pdf(report, tmp_path / "pages.pdf")
    words = pdf_words(tmp_path / "pages.pdf")
    _width, height = page_size(tmp_path / "pages.pdf")
    fills = [used(words, page, height) for page in range(pages)]
    assert pages >= 6 and min(fills[:-1]) > 0.5, fills
    printed = [t.rstrip(",") for *_, t in words]
    for k in range(6):
        assert all(printed.count(f"LOT-{k}-{n:03d}") == 1 for n in range(60))
    assert all(printed.count(f"H-{n:04d}") == 1 for n in range(700))
    assert all(printed.count(f"L-{i:03d}") == 1 for i in range(120))
    lines = "\n".join(pdf_pages(tmp_path / "pages.pdf"))
    assert all(len(re.findall(rf"^Line {i:02d} of a long statement", lines, re.M)) == 1 for i in range(70))
    for number, page in enumerate(pdf_pages(tmp_path / "pages.pdf")):
        body = [line.split() for line in page.splitlines() if line.strip()][1:]
        if any(word.startswith("H-") for line in body[:2] for word in line):  # the huge row runs on
            assert body[0] == ["Type", "Quantity", "Lot", "numbers"], number
        if body[1][0].startswith("L-") and body[0] != ["Long"]:
            assert body[0] == ["Lot", "Quantity"], number


def footer_of(page: str, number: int) -> str:
    """A page's footer as printed, its lines joined: from the line ending in its "page N of M" to
    the marking under it (the last line)."""
    lines = [line.strip() for line in page.splitlines() if line.strip()]
    at = next(i for i, line in enumerate(lines) if re.search(rf"page {number} of \d+$", line))
    first = re.sub(rf"\s*page {number} of \d+$", "", lines[at])
    return " ".join([first, *lines[at + 1 : -1]])


def test_a_long_title_is_printed_whole_in_the_footer_of_a_portrait_page_and_as_of_stays(tmp_path, qapp):
    """The progress report's footer (its programme's long name, as of, who printed it, the seal) is
    wider than a portrait page: it goes on under, between words, and nothing of it gives way."""
    from stockpile_tracker.qt.printing import write_pdf

    title = "Destruction progress - US APL stockpile destruction under the 2022 policy, all depots and sites"
    report = Report(
        title,
        "Org",
        "as of 2026-06-30",
        "reader",
        PRINTED,
        (Table("Lots", ("Lot", "Quantity"), (("L-1", 5),)),),
        marking="OFFICIAL",
        seal="209-ea99d31ea7948c61",
    )
    write_pdf(report, tmp_path / "long.pdf")
    assert page_size(tmp_path / "long.pdf") == (595.0, 842.0)
    page = pdf_pages(tmp_path / "long.pdf")[0]
    assert footer_of(page, 1) == report.footer and "..." not in page
    assert [line.strip() for line in page.splitlines() if line.strip()][-1] == "OFFICIAL"  # under the footer


def test_a_destruction_certificate_prints_its_long_number_whole_in_its_footer(stockpile, tmp_path, qapp):
    """The certificate's number is its title's end: a number of 80 characters (the most a record
    holds) made the footer too long for a line, and the number was cut short there."""
    from stockpile_tracker.qt.printing import write_pdf
    from stockpile_tracker.reports.records import certificate_report

    seed_catalogue(stockpile)
    lot = receive(stockpile, "L-1", 1000)
    number = ("DC-2026-" + "-".join(f"{n:04d}" for n in range(20)))[:80]
    stockpile.catalogue.set_letterhead(organisation="Depot 7", marking="OFFICIAL")
    stockpile.destruction.record_event(
        occurred_on=date(2026, 5, 2),
        site="ANAD",
        method="open_detonation",
        officer="Capt. A",
        witness="B. Jones",
        certificate_number=number,
        lines={lot: 100},
    )
    report = certificate_report(stockpile, number, printed_at=PRINTED)
    write_pdf(report, tmp_path / "certificate.pdf")
    pages = pdf_pages(tmp_path / "certificate.pdf")
    assert len(number) == 80
    for page_number, page in enumerate(pages, 1):
        footer = footer_of(page, page_number)
        assert footer == report.footer and f"Destruction certificate {number} - destroyed 2026-05-02" in footer


def test_a_type_designation_with_spaces_is_printed_on_one_line(stockpile, tmp_path, qapp):
    """ "ADAM / M692" is one type: in a table squeezed by figures it stays on one line, never
    "ADAM /" over "M692", in every table that names types (the HTML keeps it in <nobr>)."""
    from stockpile_tracker.qt.printing import write_pdf
    from stockpile_tracker.reports.status import status_report

    designation = "ADAM / M692"
    stockpile.catalogue.add_type(designation=designation, name="ADAM projectile", category="AP", ap_per_item=36)
    seed_catalogue(stockpile)
    receive(stockpile, "L-1", 1000, type=designation)
    report = status_report(stockpile, TODAY, printed_at=PRINTED)
    html = to_html(report)
    named = [table for table in report.tables if any(designation in row for row in table.rows)]
    assert len(named) >= 2 and html.count(f"<nobr>{designation}</nobr>") == len(named)
    write_pdf(report, tmp_path / "status.pdf")
    text = "\n".join(pdf_pages(tmp_path / "status.pdf"))
    assert len(re.findall(re.escape(designation), text)) == len(named)
    assert "ADAM /\n" not in text and not re.search(r"ADAM /\s*$", text, re.M)


def test_a_designation_kept_whole_is_one_line_in_a_table_too_wide_for_a_portrait_page(tmp_path, qapp):
    """As the codes beside it: the columns of figures squeeze the Type column, which held
    "ADAM", "/" and "M692" on three lines."""
    from stockpile_tracker.qt.printing import write_pdf
    from stockpile_tracker.reports.document import Whole

    columns = ("Task", "Lot", "Type", "Shipped", "Retained", "Scheduled", "Suspended", "Destroyed", "Explanation")
    words = " ".join(f"word{i:02d}" for i in range(30))
    rows = tuple(
        (
            f"T-2026-01{i}",
            f"M72-97026{i}",
            Whole("ADAM / M692"),
            "2026-10-12 to 2026-10-20",
            12_393_120,
            7_794_010,
            2_133_340,
            3_854_110,
            words,
        )
        for i in range(3)
    )
    write_pdf(Report("Wide", "Org", "as of", "me", PRINTED, (Table("Losses", columns, rows),)), tmp_path / "wide.pdf")
    text = "\n".join(pdf_pages(tmp_path / "wide.pdf"))
    assert len(re.findall("ADAM / M692", text)) == len(rows)
