"""Scope (DOMAIN.md sections 2 and 4): a policy profile governs some categories and activations;
every obligation counts only the mines it governs, and the rest is shown apart as "not covered by
<profile>" and at most informs. Each case here was wrong before profiles had a scope."""

from __future__ import annotations

from datetime import date

import pytest

from stockpile_tracker.domain.enums import Rule
from stockpile_tracker.domain.errors import InvalidInput, RuleViolation

from ..helpers import TODAY, receive, refused, seed_catalogue

NOT_COVERED = "not covered by US anti-personnel landmine policy (June 2022)"  # the profile's name, not its code


@pytest.fixture
def us(stockpile):
    """The seed catalogue (M67 and M16 AP victim-activated, BLU-91/B anti-vehicle), a Claymore
    (AP, command-detonated) and MOPMS (AP, both), under the US profile of 2022."""
    seed_catalogue(stockpile)
    stockpile.catalogue.add_type(designation="M18A1", name="Claymore", category="AP", activation="command")
    stockpile.catalogue.add_type(
        designation="M131", name="MOPMS", category="AP", activation="both", self_destruct_hours=4
    )
    return stockpile


def by_rule(sp) -> dict[Rule, list]:
    found: dict[Rule, list] = {}
    for finding in sp.compliance.findings():
        found.setdefault(finding.rule, []).append(finding)
    return found


def test_the_existing_profiles_govern_anti_personnel_mines_victim_activated_or_both(us):
    for profile in us.catalogue.profiles():
        assert (profile.scope_categories, profile.scope_activations) == (("AP",), ("victim", "both"))
        assert profile.covers(1, 0, "both") and not profile.covers(1, 0, "command")
        assert not profile.covers(0, 1, "victim")
    switches = {p.code: p.korea_reserve_in_korea for p in us.catalogue.profiles()}
    assert switches == {"us-2022": False, "ottawa": True}


def test_an_anti_vehicle_receipt_after_the_ban_is_not_an_acquisition(us):
    result = us.lots.receive_lot(
        lot_number="AV-1", type="BLU-91/B", site="ANAD", quantity=500, received_on=date(2024, 1, 5), document_ref="D"
    )
    assert result.warnings == ()
    assert Rule.ACQUISITION not in by_rule(us)
    # an anti-personnel receipt after the ban still is
    receive(us, "AP-1", 20, on=date(2024, 1, 5))
    (finding,) = by_rule(us)[Rule.ACQUISITION]
    assert (finding.lots, finding.quantity) == (("AP-1",), 20)


def test_a_transfer_out_of_out_of_scope_mines_is_not_flagged(us):
    lot = receive(us, "AV-1", 100, type="BLU-91/B", on=date(2020, 1, 5))
    assert us.lots.transfer_out(lot, 40, TODAY, "T-1", "to an ally").warnings == ()
    assert Rule.TRANSFERS not in by_rule(us)


@pytest.mark.parametrize("category", ["article3", "korea"])
def test_retention_of_an_out_of_scope_lot_is_refused_naming_the_type_and_the_profile(us, engine, category):
    lot = receive(us, "AV-1", 100, type="BLU-91/B", on=date(2020, 1, 5))
    error = refused(
        engine,
        RuleViolation,
        us.lots.change_retention,
        lot,
        quantity=50,
        category=category,
        institution="School",
        authority_ref="A3",
        reason="training",
        valid_from=date(2021, 1, 1),
    )
    assert "BLU-91/B" in str(error) and NOT_COVERED in str(error)
    # a legal hold is not an exception to the policy but a suspension: any lot may be held
    us.suspensions.suspend(
        lot, kind="legal_hold", quantity=50, reference="CID", reason="inquiry", suspended_from=date(2021, 1, 1)
    )


def test_an_import_retaining_an_out_of_scope_type_is_refused_by_line(us):
    data = (
        b"lot_number,type,quantity,site,retention,institution,received_on\n"
        b"C-1,M18A1,50,ANAD,article3,School,2020-01-05\n"
        b"M-1,M67,50,ANAD,article3,School,2020-01-05\n"
    )
    plan = us.imports.plan_lots(data)
    assert [(p.line, p.column) for p in plan.problems] == [(2, "retention")]
    assert "M18A1" in plan.problems[0].message and NOT_COVERED in plan.problems[0].message


def test_claymores_are_not_persistent_mines_under_the_policy_and_are_shown_apart(us):
    receive(us, "C-1", 300, type="M18A1", on=date(2020, 1, 5))
    receive(us, "AV-1", 200, type="BLU-91/B", on=date(2020, 1, 5))
    found = by_rule(us)
    assert Rule.PERSISTENT not in found and Rule.SURPLUS_TO_SCHEDULE not in found
    (apart,) = found[Rule.SCOPE]
    assert (apart.severity, apart.quantity, set(apart.lots)) == ("info", 500, {"C-1", "AV-1"})
    assert NOT_COVERED in apart.message
    scope = us.queries.scope_totals()
    assert (scope.covered.on_hand, scope.not_covered.on_hand) == (0, 500)


def test_mopms_activated_both_ways_is_in_scope(us):
    receive(us, "MO-1", 40, type="M131", on=date(2020, 1, 5))
    (surplus,) = by_rule(us)[Rule.SURPLUS_TO_SCHEDULE]
    assert (surplus.lots, surplus.quantity) == (("MO-1",), 40)
    assert us.queries.scope_totals().covered.on_hand == 40


def test_the_programme_counts_only_in_scope_mines_of_its_own_tasks(us):
    """'US APL' still to destroy: the anti-personnel surplus and its own shipments; neither the
    anti-vehicle mines, the Claymores nor what another programme shipped."""
    main = us.destruction.create_programme(
        name="US APL", profile="us-2022", deadline=date(2027, 12, 31), sites=["ANAD"], methods=["open_detonation"]
    )
    other = us.destruction.create_programme(
        name="Other", profile="us-2022", deadline=date(2028, 12, 31), sites=["ANAD"], methods=["open_detonation"]
    )
    ap = receive(us, "AP-1", 1000, on=date(2020, 1, 5))
    av = receive(us, "AV-1", 700, type="BLU-91/B", on=date(2020, 1, 5))
    receive(us, "C-1", 300, type="M18A1", on=date(2020, 1, 5))
    for programme, lines in ((main.id, {ap: 100, av: 480}), (other.id, {ap: 60})):
        task = us.destruction.schedule(
            planned_on=date(2026, 6, 1), site="ANAD", method="open_detonation", lines=lines, programme_id=programme
        )
        us.destruction.ship(task.id, on=date(2026, 6, 2), lines=lines, document_ref=f"SHIP-{programme}")
    forecast = us.destruction.forecast(main.id)
    # 1,000 AP received, 160 shipped by the two programmes: 840 surplus held; 100 of main's shipment awaited
    assert (forecast.surplus, forecast.awaiting, forecast.remaining) == (840, 100, 940)
    assert [(m.month, m.planned) for m in forecast.months] == [(date(2026, 6, 1), 100)]
    assert us.destruction.programme_progress(main.id).planned == 100
    deadline = [f for f in by_rule(us)[Rule.DEADLINES] if "US APL" in f.message]
    assert deadline and deadline[0].quantity == 940


def test_a_late_task_of_out_of_scope_mines_only_informs(us):
    av = receive(us, "AV-1", 100, type="BLU-91/B", on=date(2020, 1, 5))
    us.destruction.schedule(planned_on=date(2026, 1, 10), site="ANAD", method="open_detonation", lines={av: 100})
    (late,) = by_rule(us)[Rule.DEADLINES]
    assert late.severity == "info" and NOT_COVERED in late.message


def test_the_profile_scope_is_data_checked_before_it_is_kept(us):
    with pytest.raises(InvalidInput, match="scope activations"):
        us.catalogue.update_profile("ottawa", "why", scope_activations=["sometimes"])
    with pytest.raises(InvalidInput, match="at least one"):
        us.catalogue.update_profile("ottawa", "why", scope_categories=[])
    changed = us.catalogue.update_profile("ottawa", "count AV too", scope_categories=["AV", "AP"])
    assert changed.scope_categories == ("AP", "AV") and changed.covers(0, 1, "victim")


@pytest.mark.parametrize(
    "column, stored, said",
    [
        ("scope_categories", "'{not json'", "text that is not JSON"),
        ("scope_categories", "'null'", "scope_categories holds None"),
        ("scope_categories", "'[\"XX\"]'", "scope_categories holds ['XX'], not a list of AP, AV"),
        ("scope_activations", "'\"victim\"'", "scope_activations holds 'victim'"),
        ("permitted_retention", "'[1, 2]'", "permitted_retention holds [1, 2]"),
        ("deadline_years", "9999", "policy profile us-2022: its deadline, 9,999 years after 2022-06-21, is no date"),
    ],
)
def test_a_profile_edited_outside_into_nonsense_is_said_by_name_and_found_by_db_check(
    us, engine, capsys, database_url, column, stored, said
):
    """No traceback, no figure read from nonsense (a scope of XX would govern nothing): the checks
    and the reports stop in words, and `db check` names the profile (from the adversary review)."""
    from sqlalchemy import text
    from sqlalchemy.exc import DBAPIError

    from stockpile_tracker.cli import main

    receive(us, "L-1", 100, on=date(2020, 1, 5))
    postgresql = engine.dialect.name == "postgresql"
    json = "::json" if postgresql and column != "deadline_years" else ""
    edit = f"UPDATE policy_profile SET {column} = {stored}{json} WHERE code = 'us-2022'"  # noqa: S608 (constants)
    if postgresql and "not json" in stored:  # PostgreSQL's json column keeps this invariant itself
        with pytest.raises(DBAPIError, match="invalid input syntax for type json"), engine.begin() as connection:
            connection.execute(text(edit))
        return
    with engine.begin() as connection:
        connection.execute(text(edit))
    for command in (["check"], ["lots"], ["report", "status", "--csv", "-"]):
        assert main(["--database", database_url, *command]) == 2, command
        error = capsys.readouterr().err
        assert said in error and "Traceback" not in error, error
    assert main(["--database", database_url, "db", "check"]) == 1
    assert said in capsys.readouterr().out
