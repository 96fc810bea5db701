"""Item contents (DOMAIN.md section 2): a type says how many AP and AV mines one item holds. The
ledger counts items; every obligation counts the mines the profile governs (items x those mines
per item), and the rest of a covered item (a Volcano canister's AV mines under an AP profile) is
shown apart and reported in Form J. Each view says both units and agrees to the mine."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import text

from stockpile_tracker.domain.enums import Rule
from stockpile_tracker.domain.errors import InvalidInput, RuleViolation
from stockpile_tracker.reports.article7 import article7_report
from stockpile_tracker.reports.status import status_report

from ..helpers import PRINTED, TODAY, receive, refused, seed_catalogue

VOLCANO_AP, VOLCANO_AV = 1, 5
CANISTERS = 1_000


def tables(report) -> dict:
    return {table.title: table for table in report.tables}


@pytest.fixture
def volcano(stockpile):
    """Volcano M87 canisters (1 AP + 5 AV) under the US profile of 2022, which governs AP mines."""
    seed_catalogue(stockpile)
    stockpile.catalogue.add_type(
        designation="M87",
        name="Volcano M87 canister",
        category="AV",
        self_destruct_hours=4,
        self_deactivating=True,
        delivery="ground_dispenser",
        ap_per_item=VOLCANO_AP,
        av_per_item=VOLCANO_AV,
    )
    receive(stockpile, "V-1", CANISTERS, type="M87")
    return stockpile


def test_a_plain_type_holds_one_mine_of_its_category(stockpile):
    seed_catalogue(stockpile)
    kinds = {t.designation: (t.ap_per_item, t.av_per_item) for t in stockpile.catalogue.types()}
    assert kinds == {"M67": (1, 0), "M16": (1, 0), "BLU-91/B": (0, 1)}


def test_the_volcano_counts_its_ap_mine_and_shows_its_av_mines_apart(volcano):
    covered, apart = CANISTERS * VOLCANO_AP, CANISTERS * VOLCANO_AV
    for split in (volcano.queries.scope_totals(), volcano.queries.totals_by_scope()):
        assert (split.covered.lots, split.covered.on_hand, split.covered.surplus) == (1, covered, covered)
        assert (split.not_covered.lots, split.not_covered.on_hand) == (1, apart)
        assert (split.items.lots, split.items.on_hand) == (1, CANISTERS)
        assert (split.whole.lots, split.whole.on_hand) == (1, covered + apart)
    (row,) = volcano.queries.lots()
    assert (row.on_hand, row.mines_on_hand, row.contents) == (CANISTERS, covered + apart, "1 AP + 5 AV")
    found = {f.rule: f for f in volcano.compliance.findings()}
    assert found[Rule.SURPLUS_TO_SCHEDULE].quantity == covered
    assert found[Rule.SCOPE].quantity == apart and found[Rule.SCOPE].severity == "info"


def test_the_volcano_in_the_status_report_and_the_article7_forms(volcano):
    report = tables(status_report(volcano, TODAY, printed_at=PRINTED))
    (line,) = [row for row in report["Items and mines, by type"].rows if row[0] == "M87"]
    assert line[1:6] == ("1 AP + 5 AV", CANISTERS, CANISTERS * 6, CANISTERS * VOLCANO_AP, CANISTERS * VOLCANO_AV)
    by_category = report["Summary by category, covered by US anti-personnel landmine policy (June 2022)"].rows
    assert [(row[0], row[2]) for row in by_category] == [("Anti-personnel", CANISTERS * VOLCANO_AP)]
    forms = tables(article7_report(volcano, 2025, printed_at=PRINTED))
    (form_b,) = forms["Form B - stockpiled anti-personnel mines at 31 December 2025"].rows
    assert form_b[:2] == ("M87", CANISTERS * VOLCANO_AP)
    assert form_b[3] == f"{CANISTERS * VOLCANO_AP:,} mines in {CANISTERS:,} canisters"
    (form_j,) = [t for title, t in forms.items() if title.startswith("Form J") and "held" in title][0].rows
    assert form_j[:2] == ("M87", CANISTERS * VOLCANO_AV)
    assert f"{CANISTERS * VOLCANO_AV:,} mines in {CANISTERS:,} canisters" in form_j[3]


def test_destroying_canisters_destroys_their_mines_on_both_sides(volcano, verifier):
    (row,) = volcano.queries.lots()
    programme = volcano.destruction.create_programme(
        name="AP", profile="us-2022", deadline=date(2027, 12, 31), sites=["ANAD"], methods=["open_detonation"]
    )
    task = volcano.destruction.schedule(
        planned_on=date(2026, 6, 1),
        site="ANAD",
        method="open_detonation",
        lines={row.id: 300},
        programme_id=programme.id,
    )
    volcano.destruction.record_event(
        occurred_on=date(2026, 6, 2),
        site="ANAD",
        method="open_detonation",
        officer="Capt. A",
        witness="B. Jones",
        certificate_number="C-1",
        lines={row.id: 100},
        task_id=task.id,
    )
    assert volcano.overview.destroyed_in(2026) == (100 * VOLCANO_AP, 100 * VOLCANO_AV)
    progress = volcano.destruction.programme_progress(programme.id)
    assert (progress.planned, progress.destroyed) == (300 * VOLCANO_AP, 100 * VOLCANO_AP)
    forecast = volcano.destruction.forecast(programme.id)
    assert forecast.surplus == (CANISTERS - 100) * VOLCANO_AP
    assert volcano.queries.scope_totals().covered.destroyed == 100 * VOLCANO_AP


def test_adam_projectiles_in_form_b(stockpile):
    """The issue's example: 'ADAM M692: 9,516,744 mines in 264,354 projectiles'."""
    seed_catalogue(stockpile)
    stockpile.catalogue.add_type(
        designation="ADAM M692",
        name="ADAM projectile",
        category="AP",
        self_destruct_hours=48,
        delivery="artillery",
        ap_per_item=36,
    )
    receive(stockpile, "A-1", 264_354, type="ADAM M692")
    forms = tables(article7_report(stockpile, 2025, printed_at=PRINTED))
    (form_b,) = forms["Form B - stockpiled anti-personnel mines at 31 December 2025"].rows
    assert form_b[:2] == ("ADAM M692", 264_354 * 36)
    assert form_b[3] == "9,516,744 mines in 264,354 projectiles"


def test_a_type_under_a_profile_of_both_categories_counts_all_its_mines(volcano):
    profile = volcano.catalogue.active_profile()
    volcano.catalogue.update_profile(profile.code, reason="both", scope_categories=["AP", "AV"])
    split = volcano.queries.scope_totals()
    assert (split.covered.on_hand, split.not_covered.on_hand) == (CANISTERS * 6, 0)
    by_category = tables(status_report(volcano, TODAY, printed_at=PRINTED))[
        "Summary by category, covered by US anti-personnel landmine policy (June 2022)"
    ].rows
    assert [(row[0], row[2]) for row in by_category] == [
        ("Anti-personnel", CANISTERS * VOLCANO_AP),
        ("Anti-vehicle", CANISTERS * VOLCANO_AV),
    ]


@pytest.mark.parametrize(
    ("contents", "field", "words"),
    [
        ({"ap_per_item": -1}, "ap per item", "zero or more"),
        ({"ap_per_item": 0, "av_per_item": 0}, "ap per item", "at least one AP mine"),
        ({"ap_per_item": 0, "av_per_item": 3}, "ap per item", "at least one AP mine"),
        ({"ap_per_item": 1, "av_per_item": "5"}, "av per item", "whole number"),
        ({"ap_per_item": 10_001}, "ap per item", "at most 10,000"),
    ],
)
def test_contents_that_are_not_mines_are_refused(stockpile, engine, contents, field, words):
    seed_catalogue(stockpile)
    error = refused(
        engine, InvalidInput, stockpile.catalogue.add_type, designation="X", name="x", category="AP", **contents
    )
    assert error.field == field and words in str(error)


def test_the_database_keeps_contents_above_zero(stockpile, engine):
    seed_catalogue(stockpile)
    for ap, av in ((0, 0), (-1, 2)):
        with pytest.raises(RuleViolation, match="contents"):
            with stockpile.context.write() as session:
                session.execute(
                    text(
                        "INSERT INTO mine_type (designation, name, category, activation, self_deactivating, delivery, "
                        "ap_per_item, av_per_item) VALUES ('X', 'x', 'AP', 'victim', false, 'artillery', :ap, :av)"
                    ),
                    {"ap": ap, "av": av},
                )


def test_contents_are_corrected_with_a_reason(volcano):
    (kind,) = [t for t in volcano.catalogue.types() if t.designation == "M87"]
    fixed = volcano.catalogue.update_type(kind.id, reason="M87A1 holds no AP mine", ap_per_item=0)
    assert (fixed.ap_per_item, fixed.av_per_item) == (0, VOLCANO_AV)
    split = volcano.queries.scope_totals()
    assert (split.covered.on_hand, split.not_covered.on_hand) == (0, CANISTERS * VOLCANO_AV)


def test_form_b_the_status_report_and_the_scope_totals_agree_to_the_mine(volcano):
    """At 31 December, mixed and plain items together: Form B is the covered mines, Form J's
    holdings the rest, as the status report and the query service count them."""
    receive(volcano, "A-1", 2_000, type="M67")
    receive(volcano, "G-1", 300, type="BLU-91/B")
    end = date(2025, 12, 31)
    split = volcano.queries.scope_totals(end)
    forms = tables(article7_report(volcano, end.year, printed_at=PRINTED))
    form_b = forms[f"Form B - stockpiled anti-personnel mines at 31 December {end.year}"]
    (form_j,) = [t for title, t in forms.items() if title.startswith("Form J") and "held" in title]
    assert (form_b.total_row[1], form_j.total_row[1]) == (split.covered.on_hand, split.not_covered.on_hand)
    in_and_out = next(t for t in status_report(volcano, end, printed_at=PRINTED).tables if t.title.startswith("In and"))
    assert [row[2] for row in in_and_out.rows] == [split.covered.on_hand, split.not_covered.on_hand]
    assert split.covered.on_hand + split.not_covered.on_hand == sum(row.mines_on_hand for row in volcano.queries.lots())
