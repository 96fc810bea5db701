"""Article 7 Forms D and G against the services on a hand-made record under the Ottawa profile
(entry into force 2019-01-01, deadline 2023-01-01): where and how mines were destroyed, the total
since entry into force, the deadline's completion, Article 3 use and transfers for destruction."""

from __future__ import annotations

from datetime import date

import pytest

from stockpile_tracker.reports.article7 import article7_report
from stockpile_tracker.reports.document import to_csv, to_html

from ..helpers import PRINTED, receive, report_table, seed_catalogue

OTTAWA = "Ottawa Convention (Mine Ban Treaty, 1997)"


def destroy(sp, verifier, certificate, day, site, method, lines, task_id=None):
    event = sp.destruction.record_event(
        occurred_on=day,
        site=site,
        method=method,
        officer="Capt. A",
        witness="B. Jones",
        certificate_number=certificate,
        lines=lines,
        task_id=task_id,
    )
    verifier.destruction.verify_certificate(event.id, verified_on=day)


@pytest.fixture
def ottawa(stockpile, verifier):
    """L-1 M67 1,000 (100 retained under Article 3, 10 used in 2025); L-2 M16 500: 300 destroyed at
    Anniston in 2022, 200 shipped to a plant in Bulgaria on 2025-03-01 and 150 destroyed there on
    2025-08-01; 200 of L-1 destroyed at Anniston on 2025-06-01. L-3 anti-vehicle, 100 destroyed."""
    sp = stockpile
    seed_catalogue(sp)
    sp.catalogue.add_site(code="BG-PLANT", name="Contractor's plant", country="BG", kind="destruction")
    sp.catalogue.set_active_profile("ottawa")
    sp.catalogue.update_profile("ottawa", "entry into force for this state", effective_on=date(2019, 1, 1))
    first = receive(sp, "L-1", 1000, on=date(2018, 1, 10))
    second = receive(sp, "L-2", 500, type="M16", on=date(2018, 2, 1))
    vehicle = receive(sp, "L-3", 400, type="BLU-91/B", on=date(2018, 2, 1))
    sp.lots.change_retention(
        first,
        quantity=100,
        category="article3",
        institution="Demining Centre",
        authority_ref="A3",
        reason="detection dog training",
        valid_from=date(2019, 1, 1),
    )
    sp.lots.consume_in_training(first, 10, date(2025, 5, 1), "TR-1")
    destroy(sp, verifier, "DC-2022", date(2022, 5, 1), "ANAD", "open_detonation", {second: 300, vehicle: 100})
    destroy(sp, verifier, "DC-2025", date(2025, 6, 1), "ANAD", "open_detonation", {first: 200})
    task = sp.destruction.schedule(
        planned_on=date(2025, 3, 1), site="BG-PLANT", method="disassembly", lines={second: 200}
    )
    sp.destruction.ship(task.id, on=date(2025, 3, 1), lines={second: 200}, document_ref="GBL-1")
    destroy(sp, verifier, "BG-1", date(2025, 8, 1), "BG-PLANT", "disassembly", {second: 150}, task.id)
    return sp


def test_form_g_says_where_and_how_each_type_was_destroyed_in_the_year(ottawa):
    report = article7_report(ottawa, 2025, printed_at=PRINTED)
    rows = report_table(report, "Form G - anti-personnel mines destroyed in 2025").rows
    assert rows == (
        ("M16", 150, "L-2", "at Contractor's plant, BG, by mechanical disassembly: 150"),
        ("M67", 200, "L-1", "at Anniston Army Depot, US, by open detonation: 200"),
    )


def test_form_g_total_since_entry_into_force_is_the_sum_of_every_year(ottawa):
    """Article 7(1)(g): all mines destroyed after entry into force. The total to 31 December 2025
    is the sum of the yearly forms from 2019, and leaves out the anti-vehicle mines."""
    report = article7_report(ottawa, 2025, printed_at=PRINTED)
    to_date = report_table(
        report, "Form G - anti-personnel mines destroyed since entry into force (2019-01-01) to 31 December 2025"
    )
    assert [(row[0], row[1], row[2]) for row in to_date.rows] == [("M16", 450, "L-2"), ("M67", 200, "L-1")]
    yearly = sum(
        report_table(
            article7_report(ottawa, year, printed_at=PRINTED), f"Form G - anti-personnel mines destroyed in {year}"
        ).total_row[1]
        for year in range(2019, 2026)
        if report_table(
            article7_report(ottawa, year, printed_at=PRINTED), f"Form G - anti-personnel mines destroyed in {year}"
        ).rows
    )
    assert to_date.total_row[1] == yearly == 650


def test_form_g_states_that_the_deadline_passed_without_completion(ottawa):
    report = article7_report(ottawa, 2025, printed_at=PRINTED)
    note = report_table(report, "Form G - anti-personnel mines destroyed in 2025").note
    assert note == (
        f"Destruction of the stockpiled anti-personnel mines under {OTTAWA} not completed by its deadline, 2023-01-01."
    )
    assert note in to_html(report)


def test_form_g_states_a_late_completion_as_the_deadline_finding_does(stockpile, verifier):
    """The last surplus mine destroyed on 2024-02-01, 396 days after the deadline: the report of that
    year and of later years say so, with the day the check's finding gives."""
    sp = stockpile
    seed_catalogue(sp)
    sp.catalogue.set_active_profile("ottawa")
    sp.catalogue.update_profile("ottawa", "entry into force for this state", effective_on=date(2019, 1, 1))
    lot = receive(sp, "L-9", 100, on=date(2018, 1, 10))
    destroy(sp, verifier, "DC-9", date(2024, 2, 1), "ANAD", "open_detonation", {lot: 100})
    said = "completed on 2024-02-01, 396 days after the deadline, 2023-01-01."
    for year in (2024, 2025):
        note = report_table(
            article7_report(sp, year, printed_at=PRINTED), f"Form G - anti-personnel mines destroyed in {year}"
        ).note
        assert note == f"Destruction of the stockpiled anti-personnel mines under {OTTAWA} {said}"
    assert any("completed 2024-02-01, 396 days after the deadline" in f.message for f in sp.compliance.findings())
    before = report_table(
        article7_report(sp, 2023, printed_at=PRINTED), "Form G - anti-personnel mines destroyed in 2023"
    )
    assert "not completed by its deadline" in before.note


def test_form_d_gives_purpose_use_and_transfers_for_destruction(ottawa):
    report = article7_report(ottawa, 2025, printed_at=PRINTED)
    retained = report_table(report, "Form D - retained under Article 3 at 31 December 2025")
    assert retained.columns[3] == "Used in training in 2025"
    # the purpose is the decision's, not the draw-down's ("10 consumed in training") that training wrote
    assert retained.rows == (("Demining Centre", "M67", 90, 10, "L-1", "detection dog training"),)
    transferred = report_table(report, "Form D - transferred for the purpose of destruction in 2025")
    # shipped abroad, still the state's stockpile: the 50 not yet destroyed are in Form B too
    assert transferred.rows == (("M16", 200, "L-2", "to Contractor's plant, BG: 200"),)
    held = report_table(report, "Form B - stockpiled anti-personnel mines at 31 December 2025")
    assert ("M16", 50) in [(row[0], row[1]) for row in held.rows]
    assert (
        report_table(
            article7_report(ottawa, 2024, printed_at=PRINTED),
            "Form D - transferred for the purpose of destruction in 2024",
        ).rows
        == ()
    )


def test_a_shipment_to_a_destruction_site_in_the_same_country_is_no_transfer(stockpile, verifier):
    sp = stockpile
    seed_catalogue(sp)
    sp.catalogue.add_site(code="TEAD", name="Tooele", country="US", kind="destruction")
    lot = receive(sp, "L-1", 300, type="M16", on=date(2020, 1, 10))
    task = sp.destruction.schedule(planned_on=date(2025, 3, 1), site="TEAD", method="disassembly", lines={lot: 300})
    sp.destruction.ship(task.id, on=date(2025, 3, 1), lines={lot: 300}, document_ref="GBL-1")
    report = article7_report(sp, 2025, printed_at=PRINTED)
    assert report_table(report, "Form D - transferred for the purpose of destruction in 2025").rows == ()


def test_the_title_says_voluntary_under_a_policy_that_is_not_a_treaty(ottawa):
    assert article7_report(ottawa, 2025, printed_at=PRINTED).title == "Article 7 report - calendar year 2025"
    ottawa.catalogue.set_active_profile("us-2022")
    report = article7_report(ottawa, 2025, printed_at=PRINTED)
    assert report.title == "Voluntary report in the format of Article 7 - calendar year 2025"
    assert report.title in to_csv(report) and report.title in to_html(report)
    assert any(
        table.title.startswith("Form G - anti-personnel mines destroyed since the policy took effect (2022-06-21)")
        for table in report.tables
    )


def test_a_shipment_abroad_reversed_the_next_year_is_no_transfer_in_either(stockpile):
    """A reversal corrects the shipment it undoes: it counts in the shipment's year, so neither year
    shows a transfer, and never a negative one."""
    sp = stockpile
    seed_catalogue(sp)
    sp.catalogue.add_site(code="BG-PLANT", name="Contractor's plant", country="BG", kind="destruction")
    lot = receive(sp, "L-1", 300, type="M16", on=date(2020, 1, 10))
    task = sp.destruction.schedule(
        planned_on=date(2023, 12, 20), site="BG-PLANT", method="disassembly", lines={lot: 100}
    )
    sp.destruction.ship(task.id, on=date(2023, 12, 20), lines={lot: 100}, document_ref="GBL-1")
    shipped = [e for e in sp.queries.ledger(lot) if e.kind == "in_for_destruction"]
    sp.lots.reverse(shipped[0].id, "shipped in error", on=date(2024, 1, 5))
    for year in (2023, 2024):
        report = article7_report(sp, year, printed_at=PRINTED)
        assert report_table(report, f"Form D - transferred for the purpose of destruction in {year}").rows == ()


def test_a_note_is_printed_under_an_empty_table_in_every_format(ottawa):
    """2023: nothing destroyed, the deadline (2023-01-01) passed: the empty Form G still says so."""
    report = article7_report(ottawa, 2023, printed_at=PRINTED)
    table = report_table(report, "Form G - anti-personnel mines destroyed in 2023")
    assert table.rows == () and "not completed by its deadline, 2023-01-01" in table.note
    assert table.note in to_html(report) and table.note in to_csv(report)


def test_stock_checks_and_transfers_of_the_year_with_their_corrections_and_no_split(stockpile):
    """2024: a gain of 5 and a loss of 3 found by counts, 20 transferred out, 7 transferred in, a
    split of 100 into L-2 (no change), and a loss of 4 reversed the same year (neither listed).
    2025: the 2024 transfer out reversed: listed in 2025 as its correction."""
    sp = stockpile
    seed_catalogue(sp)
    lot = receive(sp, "L-1", 1000, type="M16", on=date(2023, 1, 10))
    sp.lots.stock_check(lot, 1005, date(2024, 2, 1), "INV-1", "five more found")
    sp.lots.stock_check(lot, 1002, date(2024, 3, 1), "INV-2", "three short")
    sp.lots.stock_check(lot, 998, date(2024, 4, 1), "INV-3", "miscounted")
    mistaken = next(e for e in sp.queries.ledger(lot) if e.document_ref == "INV-3")
    sp.lots.reverse(mistaken.id, "the count was wrong", on=date(2024, 4, 2))
    out = sp.lots.transfer_out(lot, 20, date(2024, 5, 1), "TR-OUT", "lent to the police academy").movement_id
    sp.lots.transfer_in(lot, 7, date(2024, 6, 1), "TR-IN", "returned by the army")
    sp.lots.split_lot(
        lot, new_lot_number="L-2", quantity=100, on=date(2024, 7, 1), category=None, authority_ref="S-1", reason="x"
    )
    sp.lots.reverse(out, "never left", on=date(2025, 1, 5))
    changes = sp.queries.year_changes(2024)
    assert [(c.occurred_on, c.kind, c.quantity, c.reverses_on) for c in changes] == [
        (date(2024, 2, 1), "check_gain", 5, None),
        (date(2024, 3, 1), "check_loss", -3, None),
        (date(2024, 5, 1), "transfer_out", -20, None),
        (date(2024, 6, 1), "transfer_in", 7, None),
    ]
    assert [(c.occurred_on, c.kind, c.quantity, c.reverses_on) for c in sp.queries.year_changes(2025)] == [
        (date(2025, 1, 5), "transfer_out", 20, date(2024, 5, 1))
    ]
    report = article7_report(sp, 2024, printed_at=PRINTED)
    checks = report_table(
        report, "Form B - supplementary information: gains and losses found by stock checks during 2024"
    )
    assert checks.rows == (
        (date(2024, 2, 1), "M16", "L-1", "stock-check gain", 5, "Anniston Army Depot, US", "INV-1", "five more found"),
        (date(2024, 3, 1), "M16", "L-1", "stock-check loss", -3, "Anniston Army Depot, US", "INV-2", "three short"),
    )
    assert checks.total_row[4] == 2
    title = "Form D - transferred out of or into the stockpile, other than to a destruction site, during"
    moved = report_table(report, f"{title} 2024")
    assert [(row[3], row[4], row[7]) for row in moved.rows] == [
        ("transfer out", -20, "lent to the police academy"),
        ("transfer in", 7, "returned by the army"),
    ]
    assert "the reason recorded with it is printed" in moved.note
    corrected = report_table(article7_report(sp, 2025, printed_at=PRINTED), f"{title} 2025")
    assert [(row[3], row[4]) for row in corrected.rows] == [("correction of the transfer out of 2024-05-01", 20)]
    for text in (to_csv(report), to_html(report)):
        assert "lent to the police academy" in text and "three short" in text


def test_a_lot_number_holding_the_year_is_no_year_to_mask(stockpile):
    """L-2024-001 held in 2024 (frozen) and L-2025-001 in 2025 instead: Form B changed."""
    from stockpile_tracker.reports.registry import REPORTS_BY_NAME, freeze, prepare
    from stockpile_tracker.services.article7 import Submission

    sp = stockpile
    seed_catalogue(sp)
    old = receive(sp, "L-2024-001", 100, type="M16", on=date(2024, 1, 10))
    freeze(sp, prepare(sp, REPORTS_BY_NAME["article7"], {"year": 2024}), Submission(date(2025, 4, 1)))
    sp.lots.transfer_out(old, 100, date(2025, 1, 10), "T", "sent away")
    receive(sp, "L-2025-001", 100, type="M16", on=date(2025, 1, 10))  # Form B: M16, 100, another lot
    report = article7_report(sp, 2025, printed_at=PRINTED)
    status = {str(row[0])[:6]: row[1] for row in report_table(report, "Forms in this report").rows}
    assert status["Form B"] == "changed"
    assert status["Form C"] == "unchanged"


def test_form_f_notes_programmes_under_another_profile_and_agrees_with_the_progress_report(stockpile):
    from stockpile_tracker.reports.progress import progress_report

    sp = stockpile
    seed_catalogue(sp)
    lot = receive(sp, "L-1", 300, type="M16", on=date(2020, 1, 10))
    programme = sp.destruction.create_programme(
        name="Phase 1", profile="us-2022", deadline=date(2028, 12, 31), sites=["ANAD"], methods=["open_detonation"]
    )
    sp.destruction.schedule(
        planned_on=date(2026, 3, 1), site="ANAD", method="open_detonation", lines={lot: 120}, programme_id=programme.id
    )
    year = PRINTED.year  # not over: Form F's figures are today's, as the progress report's
    status = report_table(article7_report(sp, year, printed_at=PRINTED), "Form F - status of destruction programmes")
    summary = dict(report_table(progress_report(sp, programme.id, printed_at=PRINTED), "Summary").rows)
    assert status.columns[3] == f"Scheduled in tasks as of {PRINTED.date().isoformat()} (provisional)"
    assert status.rows[0][3] == 120 and summary["Scheduled in tasks (not cancelled)"] == 120
    sp.catalogue.set_active_profile("ottawa")
    only_other = report_table(
        article7_report(sp, year, printed_at=PRINTED), "Form F - status of destruction programmes"
    )
    assert only_other.columns == () and "No destruction programme is recorded under Ottawa" in only_other.note
    assert "US anti-personnel landmine policy (June 2022)" in only_other.note


def test_form_h_labels_a_dispenser_by_its_mines_names_sda_and_gives_plain_masses(stockpile):
    sp = stockpile
    seed_catalogue(sp)
    sp.catalogue.add_type(
        designation="M87",
        name="Volcano canister",
        category="AV",
        self_destruct_hours=4,
        self_deactivating=True,
        delivery="ground_dispenser",
        ap_per_item=1,
        av_per_item=5,
    )
    receive(sp, "L-1", 10, type="M87", on=date(2020, 1, 10))
    receive(sp, "L-2", 10, type="M67", on=date(2020, 1, 10))
    report = article7_report(sp, 2025, printed_at=PRINTED)
    kinds = {row[0]: row for row in report_table(report, "Form H - technical characteristics").rows}
    assert kinds["M87"][2] == "Anti-personnel and anti-vehicle, victim-activated"
    assert kinds["M67"][3] == "self-destructing (SD), self-destructs after 48 hours, and self-deactivating (SDA)"
    physical = report_table(report, "Form H - physical characteristics")
    assert physical.columns[2:5] == ("Mass (g)", "Explosive", "Explosive mass (g)")


def test_form_g_names_the_certificates_no_second_person_has_verified(ottawa, verifier):
    """Rule 7: whoever signs is told which of the year's destruction the four eyes have not yet seen;
    the anti-vehicle mines on the same certificate are not the profile's, and are not counted."""
    lots = {lot: ottawa.queries.find_lot(lot).id for lot in ("L-1", "L-3")}
    event = ottawa.destruction.record_event(
        occurred_on=date(2025, 11, 1),
        site="ANAD",
        method="open_detonation",
        officer="Capt. A",
        witness="B. Jones",
        certificate_number="DC-LATE",
        lines={lots["L-1"]: 40, lots["L-3"]: 30},
    )
    title = "Form G - anti-personnel mines destroyed in 2025"
    note = report_table(article7_report(ottawa, 2025, printed_at=PRINTED), title).note
    assert (
        "Of the mines destroyed in 2025, 40 are on certificates not yet verified by a second person: DC-LATE." in note
    )
    verifier.destruction.verify_certificate(event.id, verified_on=date(2025, 11, 2))
    note = report_table(article7_report(ottawa, 2025, printed_at=PRINTED), title).note or ""
    assert "not yet verified" not in note


@pytest.mark.parametrize(
    ("language", "title", "separator"),
    [("en", "Form G - anti-personnel", "; "), ("fr", "Formule G - Mines", "\u00a0; "), ("es", "Formulario G", "; ")],
)
def test_a_note_of_several_parts_is_joined_as_the_language_writes_a_list(ottawa, verifier, language, title, separator):
    """Where a type was destroyed in two ways, Form G's note lists both; French sets a no-break space
    before the semicolon, as in its sentences (reports.document.joined)."""
    (first,) = (row.id for row in ottawa.queries.lots() if row.lot_number == "L-1")
    destroy(ottawa, verifier, "DC-2025-B", date(2025, 7, 1), "ANAD", "open_burning", {first: 50})
    report = article7_report(ottawa, 2025, printed_at=PRINTED, language=language)
    (note,) = (row[3] for row in report_table(report, title).rows if row[0] == "M67")
    assert note.count(separator) == 1 and (language == "fr") == ("\u00a0;" in note), note
    if language == "en":
        assert note == (
            "at Anniston Army Depot, US, by open burning: 50; at Anniston Army Depot, US, by open detonation: 200"
        )
