"""The Korea requirement per type (DOMAIN.md section 4, korea-reserve): mines reserved for Korea
beyond the requirement in force are surplus, a finding and still to destroy by a deadline; at or
below it nothing is found; a reserve with no requirement is a warning; the requirement in force on
a day is the newest valid then; stating one is audited and bad input is refused by its field."""

from __future__ import annotations

import json
from datetime import date

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from stockpile_tracker.cli import main
from stockpile_tracker.domain.errors import InvalidInput, RuleViolation

from ..helpers import TODAY, receive, refused, seed_catalogue


def reserve(sp, lot_number: str, quantity: int, *, type: str = "M67", on: date = date(2021, 1, 1)) -> int:
    """A lot held in Korea, all of it reserved for Korea from `on`."""
    lot = receive(sp, lot_number, quantity, type=type, site="CAMP-C", on=date(2020, 1, 1))
    sp.lots.change_retention(
        lot, quantity=quantity, category="korea", authority_ref="USFK-1", reason="Korea", valid_from=on
    )
    return lot


def require(sp, quantity: int, *, on: date = date(2021, 1, 1), type: str = "M67", profile: str = "us-2022"):
    return sp.korea.state_requirement(profile, type, quantity, authority_ref=f"REQ-{quantity}", valid_from=on)


def korea_findings(sp, **options) -> list:
    return [f for f in sp.compliance.findings(**options) if f.rule == "korea-reserve"]


@pytest.fixture
def korea(stockpile):
    """900 M67 reserved for Korea in two lots, K-1 (500) and K-2 (400)."""
    seed_catalogue(stockpile)
    reserve(stockpile, "K-1", 500)
    reserve(stockpile, "K-2", 400)
    return stockpile


def test_reserved_beyond_the_requirement_is_an_error_naming_type_reserved_requirement_and_excess(korea):
    require(korea, 700)
    (finding,) = korea_findings(korea)
    assert (finding.severity, finding.quantity) == ("error", 200)
    assert finding.message.startswith(
        "M67: 900 mines reserved for Korea, 700 mines required (REQ-700, from 2021-01-01): 200 beyond it are surplus"
    )
    assert finding.lots == ("K-2",)  # the requirement is met from K-1 first: the excess is in the last lot


def test_an_excess_larger_than_the_last_lot_reaches_into_the_lot_before(korea):
    require(korea, 300)
    (finding,) = korea_findings(korea)
    assert (finding.quantity, finding.lots) == (600, ("K-1", "K-2"))


@pytest.mark.parametrize("requirement", [900, 1_000])
def test_at_or_below_the_requirement_nothing_is_found(korea, requirement):
    require(korea, requirement)
    assert korea_findings(korea) == []
    assert korea.compliance.findings() == []  # the reserve is kept, nothing else to find


def test_a_reserve_with_no_stated_requirement_is_a_warning_that_says_so(korea):
    (finding,) = korea_findings(korea)
    assert (finding.severity, finding.quantity, finding.lots) == ("warning", 900, ("K-1", "K-2"))
    assert "states no requirement for M67" in finding.message
    require(korea, 900, type="M16")  # another type's requirement is not this one's
    assert [f.severity for f in korea_findings(korea)] == ["warning"]


def test_a_requirement_of_another_profile_does_not_count_and_ottawa_flags_the_whole_reserve(korea):
    korea.catalogue.update_profile("ottawa", "a state that keeps a reserve", permitted_retention=["korea", "article3"])
    require(korea, 100, profile="ottawa")
    korea.catalogue.update_profile("ottawa", "back to the Convention", permitted_retention=["article3"])
    assert [f.severity for f in korea_findings(korea)] == ["warning"]  # us-2022 states none
    # Ottawa does not permit Korea retention: the whole reserve is a policy error, not an excess
    assert korea_findings(korea, profile="ottawa") == []
    (policy,) = [f for f in korea.compliance.findings(profile="ottawa") if f.rule == "policy"]
    assert policy.quantity == 900


def test_the_requirement_in_force_on_a_day_is_the_newest_valid_then(korea, database_url, capsys):
    require(korea, 900, on=date(2022, 1, 1))
    require(korea, 600, on=date(2025, 1, 1))
    require(korea, 800, on=date(2026, 1, 1))
    assert [r.quantity for r in korea.korea.requirements("us-2022", as_of=date(2021, 6, 1))] == []
    assert [r.quantity for r in korea.korea.requirements("us-2022", as_of=date(2025, 6, 1))] == [600]
    assert [r.quantity for r in korea.korea.requirements("us-2022")] == [800]
    assert [f.quantity for f in korea_findings(korea, as_of=date(2023, 6, 1))] == []
    assert [f.quantity for f in korea_findings(korea, as_of=date(2025, 6, 1))] == [300]
    assert [f.quantity for f in korea_findings(korea)] == [100]
    for day, expected in (("2023-06-01", []), ("2025-06-01", [300]), ("2026-06-30", [100])):
        main(["--database", database_url, "check", "--json", "--as-of", day])
        found = json.loads(capsys.readouterr().out)["findings"]
        assert [f["quantity"] for f in found if f["rule"] == "korea-reserve"] == expected


def test_the_excess_is_still_to_destroy_after_a_deadline(korea):
    """The deadline engine counts the excess as surplus held, as it counts unpermitted retention."""
    korea.catalogue.update_profile("us-2022", "a treaty deadline", deadline_years=3)  # 2025-06-21
    require(korea, 900)
    assert [f.severity for f in korea.compliance.findings() if f.rule == "deadlines"] == ["info"]  # completed
    require(korea, 650, on=date(2026, 1, 1))
    (finding,) = [f for f in korea.compliance.findings() if f.rule == "deadlines"]
    assert (finding.severity, finding.quantity) == ("error", 250)
    assert "non-compliant since 2025-06-21: 250 surplus mines" in finding.message
    assert "250 of them retained beyond what it permits" in finding.message


def test_the_requirement_and_the_excess_count_the_mines_of_an_item_the_profile_governs(korea):
    """An ADAM projectile holds 36 AP mines: 10 reserved are 360 mines against a requirement of 300
    mines, 60 beyond it. A Volcano canister (1 AP + 5 AV) under the AP-only US profile reserves its
    AP mine only: 20 canisters are 20 mines. The deadline counts the same excess, in mines."""
    korea.catalogue.add_type(designation="ADAM", name="ADAM projectile", category="AP", ap_per_item=36)
    korea.catalogue.add_type(designation="M87", name="Volcano canister", category="AV", ap_per_item=1, av_per_item=5)
    reserve(korea, "A-1", 10, type="ADAM")
    reserve(korea, "V-1", 20, type="M87")
    require(korea, 900)
    require(korea, 300, type="ADAM")
    found = {f.message.split(":")[0].split(" ")[-1]: f for f in korea_findings(korea)}
    assert (found["ADAM"].severity, found["ADAM"].quantity, found["ADAM"].lots) == ("error", 60, ("A-1",))
    assert found["ADAM"].message.startswith("ADAM: 360 mines reserved for Korea, 300 mines required")
    assert (found["M87"].severity, found["M87"].quantity) == ("warning", 20)
    korea.catalogue.update_profile("us-2022", "a treaty deadline", deadline_years=3)
    (late,) = [f for f in korea.compliance.findings() if f.rule == "deadlines"]
    assert "60 of them retained beyond what it permits" in late.message


def test_stating_a_requirement_is_audited_and_kept_append_only(korea, engine):
    stated = require(korea, 700)
    assert (stated.profile_code, stated.designation, stated.quantity, stated.set_by) == ("us-2022", "M67", 700, "alice")
    with engine.connect() as connection:
        action, after, reason = connection.execute(
            text("SELECT action, after, reason FROM audit_entry ORDER BY id DESC LIMIT 1")
        ).one()
    assert action == "korea_requirement" and '"quantity":700' in after and reason == "authority REQ-700"
    for statement in ("UPDATE korea_requirement SET quantity = 5", "DELETE FROM korea_requirement"):
        with pytest.raises(DBAPIError, match="append-only"), engine.begin() as connection:
            connection.execute(text(statement))


@pytest.mark.parametrize(
    ("error", "field", "arguments"),
    [
        (InvalidInput, "quantity", {"quantity": -1}),
        (InvalidInput, "quantity", {"quantity": "many"}),
        (InvalidInput, "authority", {"authority_ref": " "}),
        (InvalidInput, "valid from", {"valid_from": date(2026, 7, 1)}),
        (InvalidInput, "valid from", {"valid_from": date(2020, 12, 31)}),  # before the one in force
        (InvalidInput, "type", {"type": "PMN"}),
        (InvalidInput, "type", {"type": "BLU-91/B"}),  # anti-vehicle: not covered by the profile
        (InvalidInput, "profile", {"profile": "nope"}),
        (RuleViolation, "profile", {"profile": "ottawa"}),  # does not permit Korea retention
    ],
)
def test_bad_input_is_refused_by_its_field_and_writes_nothing(korea, engine, error, field, arguments):
    require(korea, 700)
    values = {"profile": "us-2022", "type": "M67", "quantity": 500, "authority_ref": "R", "valid_from": TODAY}
    values |= arguments
    err = refused(
        engine,
        error,
        korea.korea.state_requirement,
        values.pop("profile"),
        values.pop("type"),
        values.pop("quantity"),
        **values,
    )
    assert err.field == field
    assert str(err).startswith(f"{field}: ") if error is InvalidInput else "Korea defence" in str(err)
