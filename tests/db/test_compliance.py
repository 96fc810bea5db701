"""Compliance checks: each one on a hand-built stockpile that triggers it exactly, and on one that
does not; the command line's exit status and JSON."""

from __future__ import annotations

import json
from datetime import date

import pytest

from stockpile_tracker.cli import main

from ..helpers import TODAY, receive, seed_catalogue


@pytest.fixture
def clean(stockpile):
    """SD mines only, all retained for Korea in Korea, as many as the stated requirement: nothing
    to find under the US profile."""
    seed_catalogue(stockpile)
    lot = receive(stockpile, "K-1", 500, site="CAMP-C", on=date(2020, 1, 1))
    stockpile.lots.change_retention(
        lot, quantity=500, category="korea", authority_ref="R", reason="Korea", valid_from=date(2021, 1, 1)
    )
    stockpile.korea.state_requirement("us-2022", "M67", 500, authority_ref="REQ-1", valid_from=date(2021, 1, 1))
    return stockpile


def rules(sp, **options) -> dict[str, list]:
    found: dict[str, list] = {}
    for finding in sp.compliance.findings(**options):
        found.setdefault(finding.rule, []).append(finding)
    return found


def test_a_clean_stockpile_has_no_findings(clean):
    assert clean.compliance.findings() == []


def test_unscheduled_surplus_is_found_with_its_lots_and_quantity(clean):
    receive(clean, "S-1", 300, on=date(2020, 1, 1))
    (finding,) = rules(clean)["surplus-to-schedule"]
    assert (finding.severity, finding.lots, finding.quantity) == ("warning", ("S-1",), 300)
    clean.destruction.schedule(
        planned_on=date(2026, 9, 1),
        site="ANAD",
        method="open_detonation",
        lines={clean.queries.find_lot("S-1").id: 300},
    )
    assert "surplus-to-schedule" not in rules(clean)


def test_retention_the_profile_does_not_permit(clean):
    assert "policy" not in rules(clean)
    # the Ottawa profile permits Article 3 retention only: the Korea reserve is outside it
    (finding,) = rules(clean, profile="ottawa")["policy"]
    assert finding.severity == "error" and finding.lots == ("K-1",) and "Korea defence" in finding.message


def test_receipts_after_the_acquisition_ban_and_transfers_not_for_destruction(clean):
    receive(clean, "A-1", 10, on=date(2023, 1, 1))
    lot = receive(clean, "A-0", 50, on=date(2020, 1, 1))
    clean.lots.transfer_out(lot, 20, date(2021, 1, 1), "TO-1", "to a training unit")
    found = rules(clean)
    assert found["acquisition"][0].lots == ("A-1",) and found["acquisition"][0].quantity == 10
    assert found["transfers"][0].lots == ("A-0",) and found["transfers"][0].quantity == 20


def test_a_split_is_not_a_transfer_or_an_acquisition(clean):
    lot = receive(clean, "P-1", 50, on=date(2020, 1, 1))
    clean.lots.split_lot(
        lot,
        new_lot_number="P-1-B",
        quantity=10,
        on=date(2024, 1, 1),
        category=None,
        authority_ref="SPLIT",
        reason="separate the damaged crates",
    )
    found = rules(clean)
    assert "transfers" not in found and "acquisition" not in found


def test_persistent_mines_other_than_for_training(clean):
    lot = receive(clean, "M16-1", 200, type="M16", on=date(2020, 1, 1))
    clean.lots.change_retention(
        lot,
        quantity=200,
        category="article3",
        institution="School",
        authority_ref="A3",
        reason="training",
        valid_from=date(2021, 1, 1),
    )
    assert "persistent-mines" not in rules(clean)
    receive(clean, "M16-2", 70, type="M16", on=date(2020, 1, 1))
    (finding,) = rules(clean)["persistent-mines"]
    assert finding.lots == ("M16-2",) and finding.quantity == 70
    assert finding.action.startswith("destroy them: schedule the surplus ones for destruction")


def test_persistent_mines_retained_other_than_for_training_are_sent_to_their_retention_decision(clean):
    """Retained mines cannot be scheduled: the advice does not tell the user to schedule them."""
    lot = receive(clean, "M16-1", 200, type="M16", on=date(2020, 1, 1))
    clean.lots.change_retention(
        lot, quantity=200, category="korea", authority_ref="K", reason="Korea", valid_from=date(2021, 1, 1)
    )
    (finding,) = rules(clean)["persistent-mines"]
    assert finding.quantity == 200 and "review their retention decision" in finding.action


def test_korea_reserve_held_outside_korea_is_a_warning_only_where_the_profile_asks_it(clean):
    lot = receive(clean, "K-US", 80, site="ANAD", on=date(2020, 1, 1))
    clean.lots.change_retention(
        lot, quantity=80, category="korea", authority_ref="R", reason="Korea", valid_from=date(2021, 1, 1)
    )
    clean.korea.state_requirement("us-2022", "M67", 580, authority_ref="REQ-2", valid_from=date(2021, 1, 1))
    # the US policy of 2022 holds reserves for Korea, not in it
    assert not clean.catalogue.active_profile().korea_reserve_in_korea
    assert "korea-reserve" not in rules(clean)
    clean.catalogue.update_profile("us-2022", "reserves to be held in Korea", korea_reserve_in_korea=True)
    (finding,) = rules(clean)["korea-reserve"]
    assert (finding.severity, finding.lots, finding.quantity) == ("warning", ("K-US",), 80)


def test_overdue_tasks_unverified_certificates_and_shipment_gaps(clean, verifier):
    lot = receive(clean, "T-1", 100, on=date(2020, 1, 1))
    task = clean.destruction.schedule(
        planned_on=date(2026, 3, 1), site="ANAD", method="open_detonation", lines={lot: 100}
    )
    assert rules(clean)["deadlines"][0].tasks == (task.reference,)
    clean.destruction.ship(task.id, on=date(2026, 3, 1), lines={lot: 100}, document_ref="GBL-1")
    clean.destruction.record_event(
        occurred_on=date(2026, 3, 5),
        site="ANAD",
        method="open_detonation",
        officer="Capt. A",
        witness="B. Jones",
        certificate_number="C-1",
        lines={lot: 90},
        task_id=task.id,
    )
    found = rules(clean, unverified_days=30)
    assert found["reconciliation"][0].quantity == 10
    assert found["four-eyes"][0].certificates == ("C-1",)
    verifier.destruction.verify_certificate(clean.destruction.find_event("C-1").id, verified_on=date(2026, 3, 6))
    assert "four-eyes" not in rules(clean)


def test_an_article3_rise_between_two_years_under_ottawa(clean):
    lot = receive(clean, "R-1", 500, on=date(2020, 1, 1))
    clean.lots.change_retention(
        lot,
        quantity=100,
        category="article3",
        institution="School",
        authority_ref="A",
        reason="training",
        valid_from=date(2024, 6, 1),
    )
    assert "article3-minimum" not in rules(clean, profile="ottawa")  # 2024 -> 2025 unchanged
    clean.lots.change_retention(
        lot,
        quantity=150,
        category="article3",
        institution="School",
        authority_ref="B",
        reason="more training",
        valid_from=date(2025, 6, 1),
    )
    (finding,) = rules(clean, profile="ottawa")["article3-minimum"]
    assert finding.quantity == 50 and "from 100 (2024) to 150 (2025)" in finding.message
    assert "article3-minimum" not in rules(clean)  # the US profile does not flag it


def test_after_withdrawal_findings_are_information(clean):
    receive(clean, "S-1", 300, on=date(2020, 1, 1))
    clean.catalogue.update_profile("us-2022", "obligations ended", withdrawal_effective_on=date(2026, 1, 1))
    assert {f.severity for f in clean.compliance.findings()} == {"info"}


def test_forecast_that_misses_the_deadline(clean):
    programme = clean.destruction.create_programme(
        name="P", profile="us-2022", deadline=date(2026, 12, 31), sites=["ANAD"], methods=["open_detonation"]
    )
    receive(clean, "F-1", 10_000, on=date(2020, 1, 1))
    (finding,) = [f for f in rules(clean)["deadlines"] if "programme" in f.message]
    assert finding.severity == "error" and finding.quantity == clean.queries.totals().surplus == 10_000
    assert f"will not all be destroyed by {programme.deadline.isoformat()}" in finding.message
    assert "forecast never at the recent rate" in finding.message  # nothing destroyed yet


def test_cli_exit_status_and_json(clean, database_url, capsys):
    assert main(["--database", database_url, "check", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == {"findings": []}
    receive(clean, "A-1", 10, on=TODAY)
    assert main(["--database", database_url, "check", "--json"]) == 1
    findings = json.loads(capsys.readouterr().out)["findings"]
    acquisition = next(f for f in findings if f["rule"] == "acquisition")
    assert acquisition["severity"] == "error" and acquisition["lots"] == ["A-1"]
    assert set(acquisition) >= {"severity", "rule", "message", "lots", "tasks"}
    assert main(["--database", database_url, "check", "--profile", "nope"]) == 2


def test_cli_text_names_ten_things_and_counts_the_rest(clean, database_url, capsys):
    for number in range(12):
        receive(clean, f"A-{number:02}", 10, on=TODAY)
    assert main(["--database", database_url, "check"]) == 1
    line = next(line for line in capsys.readouterr().out.splitlines() if "acquisition" in line)
    assert "lot A-00, lot A-01" in line and "lot A-09 and 2 more]" in line and "A-10" not in line


def test_errors_come_first(clean):
    receive(clean, "S-1", 300, on=date(2020, 1, 1))  # unscheduled surplus: a warning, found first
    receive(clean, "A-1", 10, on=TODAY)  # received after the ban: an error, found later
    severities = [f.severity for f in clean.compliance.findings()]
    assert severities == sorted(severities, key=["error", "warning", "info"].index) and severities[0] == "error"


def test_a_check_against_one_profile_judges_only_that_profiles_programmes(demo):
    """The demo's programme carries out the US policy: checked against the Ottawa Convention, the
    programme's own deadline is not the Convention's obligation and is not judged; checked against
    the US policy, it is."""
    (programme,) = demo.destruction.programmes()
    assert programme.profile_code == "us-2022"
    named = f"programme {programme.name}"
    ottawa = [f.message for f in demo.compliance.findings(profile="ottawa")]
    us = [f.message for f in demo.compliance.findings(profile="us-2022")]
    assert not [message for message in ottawa if message.startswith(named)]
    assert [message for message in us if message.startswith(named)]


def test_the_scope_finding_counts_the_mines_not_covered_that_are_held(demo):
    """Rule `scope` counts held mines (on hand and at destruction sites, DOMAIN.md section 2), as
    the status report and the stockpile page do, and names every lot that holds them."""
    from stockpile_tracker.reports.status import status_report

    (finding,) = [f for f in demo.compliance.findings() if f.rule == "scope"]
    apart = demo.queries.scope_totals().not_covered
    assert finding.quantity == apart.held == demo.queries.totals_by_scope().not_covered.held
    assert f"{apart.held:,} mines in {len(finding.lots)} lots are not covered" in finding.message
    report = status_report(demo, TODAY)
    (table,) = [t for t in report.tables if t.title.startswith("In and out of scope")]
    figures = {row[0]: row[1:] for row in table.rows}
    assert apart.figures == figures[demo.queries.scope_totals().not_covered_label]


def test_not_covered_mines_shipped_to_a_plant_are_still_in_the_scope_finding(stockpile):
    """A lot wholly at a destruction site holds mines (held), none on hand: the finding names it."""
    from .test_losses import with_plant

    sp = with_plant(stockpile)
    shipped = receive(sp, "AV-1", 300, type="BLU-91/B")
    receive(sp, "AV-2", 100, type="BLU-91/B")
    task = sp.destruction.schedule(planned_on=date(2026, 5, 1), site="TEAD", method="disassembly", lines={shipped: 300})
    sp.destruction.ship(task.id, on=date(2026, 5, 2), lines={shipped: 300}, document_ref="GBL-1")
    (finding,) = [f for f in sp.compliance.findings() if f.rule == "scope"]
    apart = sp.queries.totals_by_scope().not_covered
    assert (apart.on_hand, apart.at_destruction) == (100, 300)
    assert finding.quantity == apart.held == 400
    assert finding.lots == ("AV-1", "AV-2")
    assert finding.message.startswith("400 mines in 2 lots are not covered by")
