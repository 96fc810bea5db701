"""Reports: numbers against the query service on a hand-made stockpile with known totals and on
the demo; HTML escaping; CSV formula neutralising; PDF text and page count."""

from __future__ import annotations

import csv
import io
import re
import shutil
import subprocess
import unicodedata
from datetime import date, timedelta

import pytest

from stockpile_tracker import __version__
from stockpile_tracker.cli import main
from stockpile_tracker.db.migrate import open_database
from stockpile_tracker.domain.errors import StockpileError
from stockpile_tracker.reports.document import Printable, Report, Signature, Table, to_csv, to_html
from stockpile_tracker.reports.records import certificate_report, lot_history_report
from stockpile_tracker.reports.status import QUANTITY_COLUMNS, status_report
from stockpile_tracker.services import Stockpile

from ..helpers import PRINTED, TODAY, receive, seed_catalogue

US_POLICY = "US anti-personnel landmine policy (June 2022)"  # printed by its name, never its code
COVERED = f"covered by {US_POLICY}"
APART = f"not covered by {US_POLICY} (shown apart; no obligation counts them)"


@pytest.fixture
def known(stockpile, verifier):
    """M67 L-1: 1,000 received 2020, 300 retained for Korea, 200 destroyed 2026-03-01.
    M16 L-2: 500 received 2021, all surplus. BLU-91/B L-3 (AV): 400 received 2026-05-01."""
    sp = stockpile
    seed_catalogue(sp)
    first = receive(sp, "L-1", 1000, on=date(2020, 1, 10))
    receive(sp, "L-2", 500, type="M16", on=date(2021, 2, 1))
    receive(sp, "L-3", 400, type="BLU-91/B", site="CAMP-C", on=date(2026, 5, 1))
    sp.lots.change_retention(
        first, quantity=300, category="korea", authority_ref="R", reason="Korea", valid_from=date(2022, 7, 1)
    )
    event = sp.destruction.record_event(
        occurred_on=date(2026, 3, 1),
        site="ANAD",
        method="open_detonation",
        officer="Capt. A",
        witness="B. Jones",
        certificate_number="DC-1",
        lines={first: 200},
    )
    verifier.destruction.verify_certificate(event.id, verified_on=date(2026, 3, 5))
    return sp


def tables(report: Report) -> dict[str, Table]:
    return {table.title: table for table in report.tables}


def pdf_text(path, *options: str) -> str:
    """The text of a PDF as pdftotext reads it. Without pdftotext the test fails: a PDF whose text
    is never read proves nothing (.ci/run installs poppler-utils)."""
    if shutil.which("pdftotext") is None:
        pytest.fail("pdftotext is not installed (Debian: apt-get install poppler-utils)")
    return subprocess.run(["pdftotext", *options, str(path), "-"], capture_output=True, text=True, check=True).stdout


def test_status_report_numbers_are_the_known_ones(known):
    """Every breakdown is given in scope and apart: no total of surplus mixes in the AV lot."""
    report = status_report(known, TODAY, printed_at=PRINTED)
    summary = tables(report)[f"Summary by category, {COVERED}"]
    # Category, Lots, Held, At destruction sites, On hand, Retained, Surplus, Scheduled, Suspended,
    # Unscheduled surplus, Destroyed
    assert summary.rows == (("Anti-personnel", 2, 1300, 0, 1300, 300, 1000, 0, 0, 1000, 200),)
    assert summary.total_row == ("Total", 2, 1300, 0, 1300, 300, 1000, 0, 0, 1000, 200)
    apart = tables(report)[f"Summary by category, {APART}"]
    assert apart.rows == (("Anti-vehicle", 1, 400, 0, 400, 0, 400, 0, 0, 400, 0),)
    scope = known.queries.scope_totals()
    assert summary.total_row[1:7] == (
        scope.covered.lots,
        scope.covered.held,
        scope.covered.at_destruction,
        scope.covered.on_hand,
        scope.covered.retained,
        1000,
    )
    for title in ("By self-destruct / self-deactivation", "By site", "By type"):
        for table, total in (
            (tables(report)[f"{title}, {COVERED}"], summary),
            (tables(report)[f"{title}, {APART}"], apart),
        ):
            assert table.total_row == total.total_row[:1] + (None,) * (len(table.columns) - 11) + total.total_row[1:]
    # the scope table totals what is held, never the surplus of the two
    (in_and_out,) = [t for t in report.tables if t.title.startswith("In and out of scope")]
    assert in_and_out.total_row == ("Total", None, 1700, 0, 1700, 300, None, None, None, None, 200)
    assert tables(report)["Retained, by reason"].rows == (("Korea defence", COVERED, 1, 300, 0, 300),)


def test_status_report_splits_surplus_into_scheduled_suspended_and_unscheduled(known):
    """The known stockpile schedules and suspends nothing; here 150 of L-2's 500 surplus go into a
    task and 100 are under investigation: surplus = scheduled + suspended + unscheduled."""
    lot = known.queries.find_lot("L-2")
    known.destruction.schedule(planned_on=date(2026, 9, 1), site="ANAD", method="open_detonation", lines={lot.id: 150})
    known.suspensions.suspend(
        lot.id, kind="investigation", quantity=100, reference="QDR-7", reason="fuzes", suspended_from=TODAY
    )
    summary = tables(status_report(known, TODAY, printed_at=PRINTED))[f"Summary by category, {COVERED}"]
    # Category, Lots, Held, At destruction sites, On hand, Retained, Surplus, Scheduled, Suspended,
    # Unscheduled surplus, Destroyed
    assert summary.rows[0] == ("Anti-personnel", 2, 1300, 0, 1300, 300, 1000, 150, 100, 1000 - 150 - 100, 200)
    totals = known.queries.totals_by_scope().covered
    assert summary.total_row[1:] == totals.figures
    assert totals.surplus == totals.scheduled + totals.suspended + totals.unscheduled
    assert totals.on_hand == totals.retained + totals.surplus
    listed = tables(status_report(known, TODAY))["Suspended, by suspension"]
    assert listed.rows == (("investigation", "QDR-7", "L-2", "ANAD", TODAY, 100, 100, 0),)
    assert listed.total_row[-2:] == (totals.suspended, known.queries.totals_by_scope().not_covered.suspended)
    # a day before the suspension, the mines were not suspended
    earlier = status_report(known, TODAY - timedelta(days=1))
    assert tables(earlier)[f"Summary by category, {COVERED}"].rows[0][8] == 0
    assert "Suspended, by suspension" not in tables(earlier)


def test_status_as_of_an_earlier_date_uses_the_ledger_up_to_then(known):
    report = status_report(known, date(2025, 12, 31), printed_at=PRINTED)
    summary = tables(report)[f"Summary by category, {COVERED}"]
    # L-3 was not received yet, nothing was destroyed yet.
    assert summary.rows == (("Anti-personnel", 2, 1500, 0, 1500, 300, 1200, 0, 0, 1200, 0),)
    assert tables(report)[f"Summary by category, {APART}"].rows == ()
    before_retention = tables(status_report(known, date(2022, 6, 30)))[f"Summary by category, {COVERED}"]
    assert before_retention.total_row[5] == 0  # retained


def test_status_report_on_the_demo_equals_the_query_service(demo_url):
    """Each breakdown in scope totals to what the profile's obligations count, and apart to the
    rest, as `lots` sums them: the demo holds AV mines and Claymores, so the two differ. Its Lots
    count the lots holding mines, `lots` every lot listed (emptied ones too)."""
    engine = open_database(demo_url)
    sp = Stockpile(engine, "reader", today=lambda: TODAY)
    report = status_report(sp, TODAY)
    split = sp.queries.totals_by_scope()
    # so that the columns can differ
    assert split.covered.scheduled > 0 and split.covered.suspended > 0 and split.covered.unscheduled > 0
    assert split.not_covered.surplus > 0
    for part, totals in ((COVERED, split.covered), (APART, split.not_covered)):
        breakdowns = [t for t in report.tables if t.title.endswith(part)]
        assert len(breakdowns) == 4
        for table in breakdowns:
            lots, *figures = table.total_row[-len(QUANTITY_COLUMNS) :]
            assert figures == list(totals.figures[1:]) and 0 < lots < totals.lots
    engine.dispose()


def test_the_by_type_tables_name_the_category_of_the_mines_they_count(demo_url):
    """A GATOR dispenser (CBU-89/B, an AV type holding 22 AP and 72 AV mines) counts its AP mines
    in scope of an anti-personnel policy and its AV mines apart: each line says which it counts,
    not the type's category."""
    engine = open_database(demo_url)
    sp = Stockpile(engine, "reader", today=lambda: TODAY)
    report = status_report(sp, TODAY)
    engine.dispose()
    by_type = {
        part: next(t for t in report.tables if t.title.startswith("By type") and t.title.endswith(part))
        for part in (COVERED, APART)
    }
    categories = {part: {row[0]: row[1] for row in table.rows} for part, table in by_type.items()}
    assert (categories[COVERED]["CBU-89/B"], categories[APART]["CBU-89/B"]) == ("AP", "AV")
    assert categories[COVERED]["ADAM M692"] == "AP"


def test_form_j_says_what_of_the_stock_apart_is_at_destruction_sites_and_retained(demo_url):
    """The mines the profile does not govern, as Form J lists them, add up to what `lots` and the
    status report say of them: held, at destruction sites, retained (no Korea requirement applies)."""
    from stockpile_tracker.reports.article7 import article7_report

    engine = open_database(demo_url)
    sp = Stockpile(engine, "reader", today=lambda: TODAY)
    report = article7_report(sp, TODAY.year, printed_at=PRINTED)
    held = next(
        t
        for t in report.tables
        if t.title.startswith(f"Form J - other relevant matters: mines not covered by {US_POLICY} held")
    )
    notes = " ".join(str(row[3] or "") for row in held.rows)

    def said(pattern: str) -> int:
        return sum(int(figure.replace(",", "")) for figure in re.findall(pattern, notes))

    apart = sp.queries.totals_by_scope().not_covered
    assert apart.retained > 0  # so that the notes have something to say
    at, kept = said(r"of which ([\d,]+) at destruction sites"), said(r"of which ([\d,]+) retained")
    assert (held.total_row[1], at, kept) == (apart.held, apart.at_destruction, apart.retained)
    engine.dispose()


def test_the_overdue_table_counts_the_mines_check_counts(demo_url):
    """One figure, one source: each overdue task's mines left, in the report and in `check`."""
    engine = open_database(demo_url)
    sp = Stockpile(engine, "reader", today=lambda: TODAY)
    table = tables(status_report(sp, TODAY))["Overdue destruction tasks"]
    late = {f.tasks[0]: f.quantity for f in sp.compliance.findings() if f.rule == "deadlines" and f.tasks}
    assert table.rows and {row[0]: row[5] for row in table.rows} == late
    engine.dispose()


def test_lot_history_totals_to_the_balance(known):
    lot = known.queries.find_lot("L-1")
    report = lot_history_report(known, lot.id, printed_at=PRINTED)
    ledger = tables(report)["Ledger"]
    assert [row[4] for row in ledger.rows] == [1000, -200]
    assert ledger.total_row[4] == lot.on_hand == 800
    assert ledger.total_row[5] is None  # balances are not summed


def test_lot_history_of_an_out_of_scope_lot_calls_it_not_covered_never_surplus(known):
    anti_vehicle = known.queries.find_lot("L-3")  # BLU-91/B, 400 held, none retained
    details = dict(tables(lot_history_report(known, anti_vehicle.id, printed_at=PRINTED))["Lot"].rows)
    assert (details["Kept for"], details["Scope"]) == ("not covered", f"not covered by {US_POLICY}")
    m67 = dict(tables(lot_history_report(known, known.queries.find_lot("L-1").id))["Lot"].rows)
    assert (m67["Kept for"], m67["Scope"]) == ("Korea defence + surplus", COVERED)


def test_a_certificate_counts_items_and_the_mines_in_them(known):
    """An ADAM projectile holds 36 mines: the certificate and the destruction log say both, never
    items called mines."""
    known.catalogue.add_type(designation="M692", name="ADAM M692", category="AP", delivery="artillery", ap_per_item=36)
    lot = receive(known, "ADAM-1", 50, type="M692")
    known.destruction.record_event(
        occurred_on=date(2026, 4, 1),
        site="ANAD",
        method="open_detonation",
        officer="Capt. A",
        witness="B. Jones",
        certificate_number="DC-2",
        lines={lot: 10},
    )
    report = certificate_report(known, "DC-2", printed_at=PRINTED)
    destroyed = tables(report)["Destroyed"]
    assert destroyed.columns[2:] == ("Items destroyed", "Items certified", "AP mines in them", "AV mines in them")
    assert destroyed.rows == (("ADAM-1", "M692", 10, None, 360, 0),)
    assert destroyed.total_row[2:] == (None, None, 360, 0)  # the mines added up, AP and AV apart; never the items
    event = known.destruction.find_event("DC-2")
    assert (event.quantity, event.mines) == (10, 360)


def test_certificate_has_its_lines_and_three_signatures(known):
    report = certificate_report(known, "DC-1", printed_at=PRINTED)
    assert tables(report)["Destroyed"].total_row == ("Total", None, None, None, 200, 0)
    assert report.signatures == (
        Signature("Officer in charge", "Capt. A"),
        Signature("Witness", "B. Jones"),
        Signature("Verifier", "bob"),
    )
    html = to_html(report)
    for role, name in (("Officer in charge", "Capt. A"), ("Witness", "B. Jones"), ("Verifier", "bob")):
        assert f"<b>{role}</b><br><br>Name: {name}<br>" in html


def test_cli_writes_pdf_csv_and_html(known, database_url, tmp_path, capsys):
    pdf, csv_path, html = tmp_path / "s.pdf", tmp_path / "s.csv", tmp_path / "s.html"
    status = main(
        [
            "--database",
            database_url,
            "report",
            "status",
            "--as-of",
            "2026-06-30",
            "--pdf",
            str(pdf),
            "--csv",
            str(csv_path),
            "--html",
            str(html),
        ]
    )
    assert status == 0
    assert "wrote" in capsys.readouterr().out
    rows = list(csv.reader(io.StringIO(csv_path.read_text(encoding="utf-8-sig"))))
    assert [f"Summary by category, {COVERED}"] in rows
    assert ["Total", "2", "1300", "0", "1300", "300", "1000", "0", "0", "1000", "200"] in rows
    assert [
        "Total",
        "",
        "1700",
        "0",
        "1700",
        "300",
        "",
        "",
        "",
        "",
        "200",
    ] in rows  # in and out of scope: what is held
    assert "Stockpile status" in html.read_text()
    text = pdf_text(pdf, "-layout")
    assert "Stockpile status" in text and "1,700" in text and re.search(r"page 1 of [0-9]+\n", text)
    assert f"with Stockpile Tracker {__version__}" in text, "the program that printed it, by its one version"
    assert pdf.read_bytes().startswith(b"%PDF")


def test_cli_report_errors_are_one_line(known, database_url, tmp_path, capsys):
    assert main(["--database", database_url, "report", "lot", "NOPE", "--pdf", str(tmp_path / "x.pdf")]) == 2
    assert "lot NOPE does not exist" in capsys.readouterr().err
    assert main(["--database", database_url, "report", "status"]) == 2
    assert "--pdf FILE" in capsys.readouterr().err
    assert main(["--database", database_url, "report", "status", "--pdf", str(tmp_path / "no" / "x.pdf")]) == 2
    assert "cannot write" in capsys.readouterr().err
    assert not (tmp_path / "x.pdf").exists()


def test_a_long_report_has_numbered_pages(demo_url, tmp_path, qapp):
    from stockpile_tracker.qt.printing import write_pdf

    engine = open_database(demo_url)
    sp = Stockpile(engine, "reader", today=lambda: TODAY)
    lot = max(sp.queries.lots(limit=None), key=lambda row: row.id)
    report = lot_history_report(sp, lot.id)
    many = Report(report.title, report.organisation, report.period, report.printed_by, PRINTED, report.tables * 40)
    pages = write_pdf(many, tmp_path / "long.pdf")
    assert pages > 1
    assert f"page {pages} of {pages}" in pdf_text(tmp_path / "long.pdf")
    engine.dispose()


def test_article7_forms_count_anti_personnel_only_and_list_late_discoveries_apart(stockpile, verifier):
    from stockpile_tracker.reports.article7 import article7_report

    sp = stockpile
    seed_catalogue(sp)
    sp.catalogue.add_type(designation="M18A1", name="Claymore", category="AP", activation="command")
    sp.catalogue.set_active_profile("ottawa")
    sp.catalogue.update_profile("ottawa", "entry into force for this state", effective_on=date(2019, 1, 1))
    # deadline: 2023-01-01. L-1 M67 1,000 (100 Article 3), L-2 M16 500, L-3 AV, L-4 Claymore, L-5 found late (40).
    first = receive(sp, "L-1", 1000, on=date(2018, 1, 10))
    receive(sp, "L-2", 500, type="M16", on=date(2018, 2, 1))
    receive(sp, "L-3", 400, type="BLU-91/B", on=date(2018, 2, 1))
    receive(sp, "L-4", 50, type="M18A1", on=date(2018, 2, 1))
    late = sp.lots.record_discovery(
        lot_number="L-5", type="M16", site="ANAD", quantity=40, found_on=date(2025, 3, 1)
    ).lot_id
    sp.lots.change_retention(
        first,
        quantity=100,
        category="article3",
        institution="Demining Centre",
        authority_ref="A3",
        reason="training",
        valid_from=date(2019, 1, 1),
    )
    sp.lots.consume_in_training(first, 10, date(2025, 5, 1), "TR-1")
    for cert, lines in (("DC-A", {first: 200}), ("DC-B", {late: 30})):
        sp.destruction.record_event(
            occurred_on=date(2025, 6, 1),
            site="ANAD",
            method="open_detonation",
            officer="Capt. A",
            witness="B. Jones",
            certificate_number=cert,
            lines=lines,
        )
    report = article7_report(sp, 2025, printed_at=PRINTED)
    forms = tables(report)
    form_b = forms["Form B - stockpiled anti-personnel mines at 31 December 2025"]
    assert [(row[0], row[1]) for row in form_b.rows] == [("M16", 500), ("M67", 790)]
    assert form_b.total_row[1] == 1290  # the AV lot and the Claymore are not counted
    # the 10 of the stock found after the deadline still held are apart (DOMAIN.md section 5)
    found = forms["Form B - previously unknown stockpiles at 31 December 2025"]
    assert [(row[0], row[1], row[2], row[3]) for row in found.rows] == [
        ("M16", 10, "L-5", "discovered 2025-03-01, due for destruction by 2025-09-01")
    ]
    assert "2023-01-01" in found.note and "six months" in found.note
    # ... they are reported voluntarily in Form J, with what they are
    form_j = forms[
        "Form J - other relevant matters: mines not covered by Ottawa Convention (Mine Ban Treaty, 1997) held at "
        "31 December 2025 (voluntary)"
    ]
    assert [(row[0], row[1], row[3]) for row in form_j.rows] == [
        ("BLU-91/B", 400, "anti-vehicle, victim-activated"),
        ("M18A1", 50, "anti-personnel, command-detonated"),
    ]
    form_d = forms["Form D - retained under Article 3 at 31 December 2025"]
    assert form_d.rows == (("Demining Centre", "M67", 90, 10, "L-1", "training"),)
    destroyed = forms["Form G - anti-personnel mines destroyed in 2025"]
    assert [(row[0], row[1], row[2]) for row in destroyed.rows] == [("M67", 200, "L-1")]
    unknown = forms["Form G - previously unknown stockpiles destroyed in 2025"]
    assert [(row[0], row[1], row[2]) for row in unknown.rows] == [("M16", 30, "L-5")]
    assert "2023-01-01" in unknown.note
    nothing = tables(article7_report(sp, 2024, printed_at=PRINTED))["Form G - anti-personnel mines destroyed in 2024"]
    assert nothing.rows == ()


def test_article7_for_a_year_not_over_is_provisional_wherever_it_prints(stockpile):
    """On TODAY the year is not over: the title, the period and every form's heading say
    "provisional, as of" today, none "at 31 December"; the figures are today's."""
    from stockpile_tracker.reports.article7 import article7_report

    seed_catalogue(stockpile)
    receive(stockpile, "L-1", 700, on=date(TODAY.year, 1, 10))
    report = article7_report(stockpile, TODAY.year, printed_at=PRINTED)
    as_of = f"{TODAY.isoformat()} (provisional)"
    assert report.title == f"Voluntary report in the format of Article 7 - calendar year {TODAY.year} - provisional"
    assert report.period == f"1 January {TODAY.year} - {TODAY.isoformat()} (provisional: the year is not over)"
    printed = to_csv(report) + to_html(report)
    assert "31 December" not in printed
    # every table form's heading (the cover, the text forms and the sites' standards carry no date)
    forms = [
        t.title
        for t in report.tables
        if t.title.startswith("Form ") and t.columns and t.title != "Form F - methods, destruction sites and standards"
    ]
    assert len(forms) == 16 and all(as_of in title for title in forms)
    form_b = next(t for t in report.tables if t.title.startswith("Form B - stockpiled"))
    assert form_b.total_row[1] == stockpile.queries.scope_totals(TODAY).covered.held


@pytest.fixture
def three_programmes(stockpile, verifier):
    """Under the US policy: Phase 1 destroyed all of L-1 (600) on 2025-02-10 and 2025-03-15, task
    closed; Phase 2 planned L-2's 500 and destroyed 200 on 2025-07-10; Phase 3 shipped L-3's 400 to
    Tooele on 2025-11-01, none destroyed yet."""
    sp = stockpile
    seed_catalogue(sp)
    sp.catalogue.add_site(code="TEAD", name="Tooele Army Depot (demilitarization)", country="US", kind="destruction")
    lots = {
        number: receive(sp, number, quantity, type="M16", on=date(2020, 1, 10))
        for number, quantity in (("L-1", 600), ("L-2", 500), ("L-3", 400))
    }
    phases = [
        sp.destruction.create_programme(
            name=f"Phase {n}",
            profile="us-2022",
            deadline=date(2026 + n, 12, 31),
            sites=sites,
            methods=["open_detonation"],
            safety_standards="IMAS 10.10",
            environmental_standards="RCRA permit",
        )
        for n, sites in ((1, ["ANAD"]), (2, ["ANAD"]), (3, ["ANAD", "TEAD"]))
    ]

    def destroy(task, day, quantity, certificate):
        event = sp.destruction.record_event(
            occurred_on=day,
            site="ANAD",
            method="open_detonation",
            officer="Capt. A",
            witness="B. Jones",
            certificate_number=certificate,
            lines={lots[task.lines[0].lot_number]: quantity},
            task_id=task.id,
        )
        verifier.destruction.verify_certificate(event.id, verified_on=day)

    first = sp.destruction.schedule(
        planned_on=date(2025, 2, 1),
        site="ANAD",
        method="open_detonation",
        lines={lots["L-1"]: 600},
        programme_id=phases[0].id,
    )
    destroy(first, date(2025, 2, 10), 400, "DC-1")
    destroy(first, date(2025, 3, 15), 200, "DC-2")
    sp.destruction.close_task(first.id)
    second = sp.destruction.schedule(
        planned_on=date(2025, 6, 1),
        site="ANAD",
        method="open_detonation",
        lines={lots["L-2"]: 500},
        programme_id=phases[1].id,
    )
    destroy(second, date(2025, 7, 10), 200, "DC-3")
    third = sp.destruction.schedule(
        planned_on=date(2025, 11, 1),
        site="TEAD",
        method="open_detonation",
        lines={lots["L-3"]: 400},
        programme_id=phases[2].id,
    )
    sp.destruction.ship(third.id, on=date(2025, 11, 1), lines={lots["L-3"]: 400}, document_ref="GBL-1")
    return sp, phases


def test_form_f_gives_each_programme_its_status_from_the_forecast(three_programmes):
    """Article 7(1)(f): the status of each programme at 31 December, the forecast's figures as of
    that day; a year earlier none had started."""
    from stockpile_tracker.reports.article7 import article7_report

    sp, phases = three_programmes
    status = tables(article7_report(sp, 2025, printed_at=PRINTED))[
        "Form F - status of destruction programmes at 31 December 2025"
    ]
    assert status.columns == (
        "Programme",
        "Status",
        "Began on",
        "Scheduled in tasks at 31 December 2025",
        "Destroyed to date",
        "Still to destroy",
        "Deadline",
        "Completed on",
    )
    assert status.rows == (
        ("Phase 1", "completed", date(2025, 2, 10), 600, 600, 0, date(2027, 12, 31), date(2025, 3, 15)),
        ("Phase 2", "in progress", date(2025, 7, 10), 500, 200, 300, date(2028, 12, 31), None),
        ("Phase 3", "not started", None, 400, 0, 400, date(2029, 12, 31), None),
    )
    assert status.total_row is None  # programmes under different profiles count different mines
    for phase, row in zip(phases, status.rows, strict=True):
        forecast = sp.destruction.forecast(phase.id, as_of=date(2025, 12, 31))
        assert row[2:6] == (
            forecast.began_on,
            sum(month.planned for month in forecast.months),
            sum(month.destroyed for month in forecast.months),
            forecast.surplus + forecast.awaiting + forecast.unaccounted,
        )
    earlier = tables(article7_report(sp, 2024, printed_at=PRINTED))[
        "Form F - status of destruction programmes at 31 December 2024"
    ]
    assert [(row[0], row[1], row[2], row[4], row[7]) for row in earlier.rows] == [
        (f"Phase {n}", "not started", None, 0, None) for n in (1, 2, 3)
    ]


def test_form_f_names_the_destruction_sites_and_where_they_are_never_their_codes(three_programmes):
    from stockpile_tracker.reports.article7 import article7_report

    sp, _phases = three_programmes
    report = article7_report(sp, 2025, printed_at=PRINTED)
    sites = tables(report)["Form F - methods, destruction sites and standards"]
    assert sites.rows == (
        ("Phase 1", "Anniston Army Depot, US", "open detonation", "IMAS 10.10", "RCRA permit"),
        ("Phase 2", "Anniston Army Depot, US", "open detonation", "IMAS 10.10", "RCRA permit"),
        (
            "Phase 3",
            "Anniston Army Depot, US; Tooele Army Depot (demilitarization), US",
            "open detonation",
            "IMAS 10.10",
            "RCRA permit",
        ),
    )
    form_f = [cell for table in report.tables if table.title.startswith("Form F") for row in table.rows for cell in row]
    assert not [cell for cell in form_f if "ANAD" in str(cell) or "TEAD" in str(cell)]
    assert "Tooele Army Depot (demilitarization), US" in to_csv(report)
    for printed in (to_csv(report), to_html(report)):  # HTML joins the words of long text with no-break spaces
        assert "Tooele" in printed and "TEAD" not in printed


def test_cli_article7_on_the_demo(demo_url, tmp_path, capsys):
    target = tmp_path / "a7.csv"
    assert main(["--database", demo_url, "report", "article7", "--year", "2025", "--csv", str(target)]) == 0
    rows = list(csv.reader(io.StringIO(target.read_text(encoding="utf-8-sig"))))
    titles = [row[0] for before, row in zip(rows, rows[1:], strict=False) if row and not before]  # after a blank line
    assert titles == [
        "Cover",
        "Forms in this report",
        "Form A - national implementation measures",
        "Form B - stockpiled anti-personnel mines at 31 December 2025",
        "Form B - previously unknown stockpiles at 31 December 2025",
        "Form B - supplementary information: mines unaccounted for after their destruction task at 31 December 2025",
        "Form B - supplementary information: gains and losses found by stock checks during 2025",
        "Form C - location of mined areas",
        "Form D - retained under Article 3 at 31 December 2025",
        "Form D - transferred for the purpose of destruction in 2025",
        "Form D - transferred out of or into the stockpile, other than to a destruction site, during 2025",
        "Form E - status of programmes for conversion or decommissioning of production facilities",
        "Form F - status of destruction programmes at 31 December 2025",
        "Form F - methods, destruction sites and standards",
        "Form G - anti-personnel mines destroyed in 2025",
        "Form G - previously unknown stockpiles destroyed in 2025",
        "Form G - anti-personnel mines destroyed since the policy took effect (2022-06-21) to 31 December 2025",
        "Form G - previously unknown stockpiles destroyed since the policy took effect (2022-06-21) to 31 December "
        "2025",
        "Form H - technical characteristics of each type held at 31 December 2025",
        "Form H - physical characteristics of each type held at 31 December 2025",
        "Form I - measures to provide an immediate and effective warning to the population",
        f"Form J - other relevant matters: mines not covered by {US_POLICY} held at 31 December 2025 (voluntary)",
        f"Form J - other relevant matters: mines not covered by {US_POLICY} destroyed in 2025 (voluntary)",
    ]
    assert main(["--database", demo_url, "report", "article7", "--year", "1900", "--csv", str(target)]) == 2
    assert "--year: 1900" in capsys.readouterr().err


def test_a_frozen_article7_report_prints_the_same_after_later_entries(known, database_url, tmp_path, capsys):
    first, second = tmp_path / "first.csv", tmp_path / "second.csv"
    assert (
        main(
            [
                "--database",
                database_url,
                "report",
                "article7",
                "--year",
                "2025",
                "--freeze",
                "--submitted-on",
                "2026-04-28",
                "--csv",
                str(first),
                "--html",
                str(tmp_path / "first.html"),
                "--docx",
                str(tmp_path / "first.docx"),
            ]
        )
        == 0
    )
    assert "frozen as submitted" in capsys.readouterr().out
    # GIVEN a correction dated in 2025, recorded after the report was submitted
    lot = known.queries.find_lot("L-2")
    known.destruction.record_event(
        occurred_on=date(2025, 12, 1),
        site="ANAD",
        method="open_detonation",
        officer="Capt. A",
        witness="B. Jones",
        certificate_number="DC-LATE",
        lines={lot.id: 50},
    )
    # WHEN the report is printed again THEN it is the submitted one, byte for byte
    assert (
        main(
            [
                "--database",
                database_url,
                "report",
                "article7",
                "--year",
                "2025",
                "--csv",
                str(second),
                "--pdf",
                str(tmp_path / "again.pdf"),
                "--docx",
                str(tmp_path / "again.docx"),
            ]
        )
        == 0
    )
    assert "as submitted" in capsys.readouterr().out
    assert second.read_bytes() == first.read_bytes()
    assert (tmp_path / "again.docx").read_bytes() == (tmp_path / "first.docx").read_bytes()
    from stockpile_tracker.reports.article7 import article7_report

    live = to_csv(article7_report(known, 2025))
    assert live != first.read_text(encoding="utf-8-sig")  # the live forms moved on
    # and it cannot be frozen again, nor can a year that is not over
    assert (
        main(
            [
                *f"--database {database_url} report article7 --year 2025".split(),
                "--freeze",
                "--submitted-on",
                "2026-04-28",
                "--csv",
                str(second),
            ]
        )
        == 2
    )
    assert "already frozen" in capsys.readouterr().err
    engine = open_database(database_url)
    with pytest.raises(StockpileError, match="is not over: its report is provisional"):
        Stockpile(engine, "alice").archive.freeze(
            kind="article7", period=str(date.today().year), report=Printable("t", "f", "h", "c")
        )
    engine.dispose()


def test_progress_report_months_rate_forecast_and_chart(stockpile, verifier, tmp_path, database_url, capsys):
    from stockpile_tracker.reports.progress import progress_report

    sp = stockpile
    seed_catalogue(sp)
    programme = sp.destruction.create_programme(
        name="P", profile="us-2022", deadline=date(2027, 12, 31), sites=["ANAD"], methods=["open_detonation"]
    )
    lot = receive(sp, "L-1", 10_000, on=date(2020, 1, 1))
    # 600 destroyed in each of the six full months before June 2026 (Dec 2025 .. May 2026)
    for number, month in enumerate([(2025, 12), (2026, 1), (2026, 2), (2026, 3), (2026, 4), (2026, 5)]):
        day = date(*month, 10)
        task = sp.destruction.schedule(
            planned_on=day, site="ANAD", method="open_detonation", lines={lot: 600}, programme_id=programme.id
        )
        sp.destruction.record_event(
            occurred_on=day,
            site="ANAD",
            method="open_detonation",
            officer="Capt. A",
            witness="B. Jones",
            certificate_number=f"DC-{number}",
            lines={lot: 600},
            task_id=task.id,
        )
    data = sp.destruction.forecast(programme.id)
    assert data.recent_rate == 600 and data.surplus == 10_000 - 3_600 and data.destroyed == 3_600
    assert data.forecast == date(2027, 5, 1)  # 6,400 / 600 = 10.7 -> 11 months after June 2026
    assert data.on_track
    report = progress_report(sp, programme.id, printed_at=PRINTED)
    monthly = tables(report)["Destroyed per month against plan"]
    assert monthly.total_row[1:3] == (3_600, 3_600)
    chart = report.charts[0]
    series = dict(chart.series)
    assert chart.labels[0] == "2025-12" and chart.labels[-1] == "2027-12"
    assert [v for v in series["destroyed"] if v is not None][:6] == [600, 1200, 1800, 2400, 3000, 3600]
    assert series["all surplus gone"][0] == 10_000
    assert main(["--database", database_url, "report", "progress", "--pdf", str(tmp_path / "p.pdf")]) == 0
    assert "Destruction progress - P" in capsys.readouterr().out
    text = pdf_text(tmp_path / "p.pdf")
    assert "Forecast completion" in text and "Destroyed per month against plan" in text


# -- what a file says about itself ------------------------------------------------------------------------


def first_line(path) -> list[str]:
    return next(csv.reader(io.StringIO(path.read_text(encoding="utf-8-sig"))))


def test_a_csv_file_starts_with_what_made_it(known, database_url, tmp_path):
    known.catalogue.set_letterhead(organisation="Depot 7", marking="OFFICIAL")
    status, forms = tmp_path / "status.csv", tmp_path / "a7.csv"
    seal = f"seal {known.archive.seal()}"
    pdf = tmp_path / "status.pdf"
    assert (
        main(
            [
                *f"--database {database_url} report status --as-of 2026-03-31".split(),
                *("--csv", str(status), "--pdf", str(pdf)),
            ]
        )
        == 0
    )
    assert first_line(status) == ["Stockpile status", "as of 2026-03-31", "Depot 7", "OFFICIAL", seal]
    # the CSV carries the seal its PDF carries (pdftotext writes a seal's "ff" as the ligature "\ufb00")
    assert seal in unicodedata.normalize("NFKC", pdf_text(pdf))
    assert main(["--database", database_url, "report", "article7", "--year", "2025", "--csv", str(forms)]) == 0
    assert first_line(forms) == [
        "Voluntary report in the format of Article 7 - calendar year 2025",
        "1 January - 31 December 2025",
        "Depot 7",
        "OFFICIAL",
        seal,
    ]
    table = Table("Stockpile", ("Lot", "On hand"), (("L-2", 500),))
    rows = list(
        csv.reader(
            io.StringIO(
                to_csv(
                    Report(
                        "Stockpile",
                        "Depot 7",
                        "as of 2026-06-30",
                        "me",
                        PRINTED,
                        (table,),
                        selection="Surplus; type M16",
                    )
                )
            )
        )
    )
    assert rows[0] == ["Stockpile", "as of 2026-06-30", "filter: Surplus; type M16", "Depot 7"]
    assert rows[2:] == [["Stockpile"], ["Lot", "On hand"], ["L-2", "500"], ["Total", "500"]]


# -- organisation and marking -------------------------------------------------------------------------------


def test_organisation_and_marking_are_kept_in_the_record_and_audited(stockpile, database_url, capsys):
    from sqlalchemy import select

    from stockpile_tracker.db.models import AuditEntry
    from stockpile_tracker.domain.errors import InvalidInput
    from stockpile_tracker.services.dto.catalogue import Letterhead

    assert stockpile.catalogue.letterhead().marking == ""  # none by default
    assert (
        main(
            [
                "--database",
                database_url,
                "--user",
                "alice",
                "settings",
                "--organisation",
                "Depot 7",
                "--marking",
                "OFFICIAL",
            ]
        )
        == 0
    )
    # The settings of the record, all of them; PostgreSQL takes no upgrade backups (pg_dump does).
    kept = (
        "upgrade backups kept: 3"
        + (" (PostgreSQL: none are taken)" if database_url.startswith("postgresql") else "")
        + "\n"
    )
    assert capsys.readouterr().out == "organisation: Depot 7\nmarking: OFFICIAL\n" + kept
    assert main(["--database", database_url, "settings", "--marking", ""]) == 0  # the organisation stays
    assert capsys.readouterr().out == "organisation: Depot 7\nmarking: (none)\n" + kept
    assert stockpile.catalogue.letterhead() == Letterhead("Depot 7", "")
    with stockpile.context.engine.connect() as connection:
        entries = connection.execute(
            select(AuditEntry).where(AuditEntry.action == "set_letterhead").order_by(AuditEntry.id)
        ).all()
    assert [(e.user, e.after) for e in entries][0] == ("alice", '{"marking":"OFFICIAL","organisation":"Depot 7"}')
    assert len(entries) == 2
    for organisation, marking, message in (
        ("", "", "organisation: is required"),
        ("Depot\n7", "", "organisation: must be one line"),
        ("Depot 7", "OFFICIAL\nSECRET", "marking: must be one line"),
    ):
        with pytest.raises(InvalidInput, match=message):
            stockpile.catalogue.set_letterhead(organisation=organisation, marking=marking)
