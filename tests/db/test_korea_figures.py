"""The Korea reserve beyond the requirement is surplus in every figure of the profile (DOMAIN.md
section 4, korea-reserve), from one source (`korea.beyond_requirement`): the status report, the
scope totals, `lots`, the dashboard, Form B, the programme's forecast and progress, the
surplus-to-schedule warning and the deadlines agree to the mine with the finding, before and
after a lower requirement is stated. The lots' own decisions are unchanged: the rows still show
them retained."""

from __future__ import annotations

import shutil
from datetime import date
from itertools import count

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from stockpile_tracker.cli import main
from stockpile_tracker.db.migrate import open_database
from stockpile_tracker.domain.enums import Rule
from stockpile_tracker.reports.article7 import article7_report
from stockpile_tracker.reports.progress import progress_report
from stockpile_tracker.reports.status import status_report
from stockpile_tracker.services import Stockpile

from ..helpers import PRINTED, TODAY, receive, seed_catalogue

COVERED = "covered by US anti-personnel landmine policy (June 2022)"
YEAR_END = date(2025, 12, 31)


def tables(report) -> dict:
    return {table.title: table for table in report.tables}


def reserve(sp, lot_number: str, quantity: int, type: str = "M67") -> None:
    lot = receive(sp, lot_number, quantity, type=type, site="CAMP-C", on=date(2020, 1, 1))
    sp.lots.change_retention(
        lot, quantity=quantity, category="korea", authority_ref="USFK-1", reason="Korea", valid_from=date(2021, 1, 1)
    )


def require(sp, type: str, quantity: int, on: date) -> None:
    sp.korea.state_requirement("us-2022", type, quantity, authority_ref=f"REQ-{quantity}", valid_from=on)


@pytest.fixture
def reserves(stockpile):
    """M67 reserved in K-1 (500) and K-2 (400), ADAM projectiles (36 mines each) in A-1 (10), both
    at their requirement; 1,000 M67 surplus at ANAD; a programme under the US profile."""
    seed_catalogue(stockpile)
    stockpile.catalogue.add_type(designation="ADAM", name="ADAM projectile", category="AP", ap_per_item=36)
    reserve(stockpile, "K-1", 500)
    reserve(stockpile, "K-2", 400)
    reserve(stockpile, "A-1", 10, type="ADAM")
    receive(stockpile, "S-1", 1_000)
    require(stockpile, "M67", 900, date(2021, 1, 1))
    require(stockpile, "ADAM", 360, date(2021, 1, 1))
    stockpile.destruction.create_programme(
        name="US APL", profile="us-2022", sites=["ANAD"], methods=["open_detonation"], deadline=date(2028, 12, 31)
    )
    return stockpile


def excess_found(sp) -> dict[str, int]:
    """Type -> the mines the korea-reserve finding says are beyond the requirement."""
    return {
        f.message.split(":")[0]: f.quantity
        for f in sp.compliance.findings()
        if f.rule == Rule.KOREA_RESERVE and f.severity == "error"
    }


def assert_every_figure_agrees(sp, database_url, capsys, excess: dict[str, int]) -> None:
    beyond = sum(excess.values())
    reserved = sum(lot.retained * lot.mines_per_item for lot in sp.queries.lots(limit=None))  # the lots' decisions
    scope = sp.queries.scope_totals()
    covered = scope.covered
    assert (covered.beyond_requirement, covered.retained, covered.reserved) == (beyond, reserved - beyond, reserved)
    assert covered.on_hand == covered.retained + covered.surplus
    assert covered.unscheduled == covered.surplus  # nothing scheduled or suspended: all of it to schedule
    assert sp.queries.totals_by_scope().covered == covered
    assert sp.overview.dashboard().scope == scope
    composition = {row.designation: row for row in sp.overview.composition()}
    assert composition["M67"].retained == 900 - excess.get("M67", 0)
    assert composition["ADAM"].retained == 360 - excess.get("ADAM", 0)
    # the status report: the scope table, retained by reason, by type
    report = tables(status_report(sp, TODAY, printed_at=PRINTED))
    (in_scope,) = [t for title, t in report.items() if title.startswith("In and out of scope")]
    assert in_scope.rows[0] == (COVERED, *covered.figures)
    (korea_row,) = report["Retained, by reason"].rows
    assert korea_row == ("Korea defence", COVERED, 3, reserved, beyond, reserved - beyond)
    by_type = {row[0]: row for row in report[f"By type, {COVERED}"].rows}
    assert by_type["M67"][7:9] == (900 - excess.get("M67", 0), 1_000 + excess.get("M67", 0))  # retained, surplus
    # Form B at the year's end, under the requirement then in force
    (form_b,) = [
        t
        for title, t in tables(article7_report(sp, YEAR_END.year, printed_at=PRINTED)).items()
        if title.startswith("Form B - stockpiled")
    ]
    notes = {row[0]: row[3] for row in form_b.rows}
    assert f"of which {900 - excess.get('M67', 0):,} retained (Korea defence)" in notes["M67"]
    assert ("beyond the requirement" in notes["M67"]) == ("M67" in excess)
    if "M67" in excess:
        assert f"{excess['M67']:,} more reserved for Korea beyond the requirement: surplus to destroy" in notes["M67"]
    # the programme: its forecast, its progress report, the dashboard's progress
    (programme,) = sp.destruction.programmes()
    forecast = sp.destruction.forecast(programme.id)
    assert (forecast.surplus, forecast.beyond_requirement, forecast.remaining) == (
        covered.surplus,
        beyond,
        covered.surplus,
    )
    summary = dict(tables(progress_report(sp, programme.id, printed_at=PRINTED))["Summary"].rows)
    assert summary["Surplus still held"] == covered.surplus
    # the findings: surplus to schedule, and the profile's and the programme's deadlines alike
    found = {f.rule: f for f in sp.compliance.findings() if f.rule == Rule.SURPLUS_TO_SCHEDULE}
    assert found[Rule.SURPLUS_TO_SCHEDULE].quantity == covered.unscheduled
    # the command line
    assert main(["--database", database_url, "lots", "--limit", "0"]) == 0
    out = capsys.readouterr().out
    assert f"retained {covered.retained:,}, surplus {covered.surplus:,}" in out
    assert (f"of the surplus, {beyond:,} are reserved for Korea beyond the requirement" in out) == bool(beyond)


def test_every_figure_counts_the_excess_as_surplus_before_and_after_a_lower_requirement(reserves, database_url, capsys):
    assert excess_found(reserves) == {}
    assert_every_figure_agrees(reserves, database_url, capsys, {})
    require(reserves, "M67", 700, date(2025, 6, 1))
    require(reserves, "ADAM", 300, date(2025, 6, 1))
    excess = excess_found(reserves)
    assert excess == {"M67": 200, "ADAM": 60}  # K-2 and A-1, the last lots by lot number
    assert_every_figure_agrees(reserves, database_url, capsys, excess)
    (row,) = [lot for lot in reserves.queries.lots(limit=None) if lot.lot_number == "K-2"]
    assert (row.retained, row.kept_for) == (400, "Korea defence")  # the lot's decision stands until released


def test_the_profile_deadline_and_the_programme_count_the_same_mines(reserves):
    """With a deadline of its own the profile and the programme are both off track, and say one
    figure: the surplus held with the Korea excess in it."""
    require(reserves, "M67", 700, date(2025, 6, 1))
    reserves.catalogue.update_profile("us-2022", "a five-year deadline", deadline_years=5)
    deadlines = [f for f in reserves.compliance.findings() if f.rule == Rule.DEADLINES]
    assert len(deadlines) == 2 and {f.quantity for f in deadlines} == {1_000 + 200}
    assert reserves.queries.scope_totals().covered.surplus == 1_200


def test_any_reserves_and_requirements_give_one_excess_in_every_figure(sqlite_template, tmp_path):
    """Property: whatever Korea reserves (M67 and ADAM lots, in any order of lot numbers) and
    requirements, the excess is the reserve beyond the requirement, type by type, and the finding,
    the scope totals, `lots`' totals, the status report and the forecast count it alike."""
    numbers = count()

    @settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(
        lots=st.lists(st.tuples(st.sampled_from(["M67", "ADAM"]), st.integers(1, 300)), min_size=1, max_size=5),
        requirements=st.fixed_dictionaries({"M67": st.integers(0, 600), "ADAM": st.integers(0, 8_000)}),
    )
    def example(lots, requirements):
        path = tmp_path / f"example-{next(numbers)}.db"
        shutil.copyfile(sqlite_template, path)
        engine = open_database(f"sqlite:///{path}")
        try:
            sp = Stockpile(engine, "alice", today=lambda: TODAY)
            seed_catalogue(sp)
            sp.catalogue.add_type(designation="ADAM", name="ADAM projectile", category="AP", ap_per_item=36)
            sp.destruction.create_programme(
                name="P", profile="us-2022", sites=["ANAD"], methods=["open_detonation"], deadline=date(2028, 12, 31)
            )
            reserved: dict[str, int] = {"M67": 0, "ADAM": 0}
            for number, (type, items) in enumerate(lots):
                reserve(sp, f"K-{number:02d}", items, type)
                reserved[type] += items * (36 if type == "ADAM" else 1)
            for type, quantity in requirements.items():
                require(sp, type, quantity, date(2021, 1, 1))
            expected = {t: reserved[t] - requirements[t] for t in reserved if reserved[t] > requirements[t]}
            assert excess_found(sp) == expected
            beyond = sum(expected.values())
            covered = sp.queries.scope_totals().covered
            assert (covered.beyond_requirement, covered.reserved) == (beyond, sum(reserved.values()))
            assert covered.surplus == beyond and sp.queries.totals_by_scope().covered == covered
            (programme,) = sp.destruction.programmes()
            assert sp.destruction.forecast(programme.id).remaining == beyond
            report = tables(status_report(sp, TODAY, printed_at=PRINTED))
            assert report["Retained, by reason"].total_row[-3:] == (sum(reserved.values()), beyond, covered.retained)
        finally:
            engine.dispose()

    example()


def test_a_profile_that_permits_no_korea_reserve_counts_all_of_it_as_surplus(reserves, database_url, capsys):
    """Under the Ottawa Convention no mine may be kept for the defence of Korea: the profile requires
    none, so the whole reserve is beyond the requirement, surplus in every figure, while the lots'
    decisions stand until the office releases them (and the policy finding says so)."""
    reserves.catalogue.set_active_profile("ottawa")
    reserved = sum(lot.retained * lot.mines_per_item for lot in reserves.queries.lots(limit=None))
    assert reserved == 900 + 360
    covered = reserves.queries.scope_totals().covered
    assert (covered.retained, covered.beyond_requirement, covered.surplus) == (0, reserved, 1_000 + reserved)
    assert reserves.queries.totals_by_scope().covered == covered
    assert reserves.overview.dashboard().scope.covered == covered
    assert {row.designation: row.retained for row in reserves.overview.composition()} == {"M67": 0, "ADAM": 0}
    (korea_row,) = tables(status_report(reserves, TODAY, printed_at=PRINTED))["Retained, by reason"].rows
    assert korea_row[2:] == (3, reserved, reserved, 0)  # lots, kept by the decisions, beyond: surplus, retained
    found = {f.rule: f.quantity for f in reserves.compliance.findings()}
    assert found[Rule.POLICY] == reserved  # retained as Korea defence, which the profile does not permit
    assert found[Rule.SURPLUS_TO_SCHEDULE] == covered.unscheduled == 1_000 + reserved
    assert main(["--database", database_url, "lots", "--limit", "0"]) == 0
    assert f"retained 0, surplus {covered.surplus:,}" in capsys.readouterr().out
    (form_b,) = [
        t
        for title, t in tables(article7_report(reserves, YEAR_END.year, printed_at=PRINTED)).items()
        if title.startswith("Form B - stockpiled")
    ]
    notes = {row[0]: row[3] for row in form_b.rows}
    ottawa = reserves.catalogue.active_profile().name
    assert notes["M67"] == f"of which 900 reserved for Korea, which {ottawa} does not permit: surplus to destroy"
