"""Catalogue service: mine types, sites and the policy profiles, which are editable data (the
facts marked [check] in DOMAIN.md must never be hard-coded logic)."""

from __future__ import annotations

import json
from datetime import date

from sqlalchemy import select

from stockpile_tracker.db.models import AuditEntry
from stockpile_tracker.domain.enums import SdClass
from stockpile_tracker.domain.errors import InvalidInput
from stockpile_tracker.services import LotFilter

from ..helpers import receive, refused, seed_catalogue

D = date


def last_audit(engine, action):
    with engine.connect() as connection:
        return connection.execute(
            select(AuditEntry).where(AuditEntry.action == action).order_by(AuditEntry.id.desc())
        ).first()


# -- mine types ------------------------------------------------------------------------------------------


def test_add_types_and_their_sd_class(stockpile):
    sd = stockpile.catalogue.add_type(
        designation="M67",
        name="ADAM M67",
        category="AP",
        self_destruct_hours=48,
        self_deactivating=True,
        delivery="artillery",
    )
    sda = stockpile.catalogue.add_type(
        designation="X-SDA",
        name="self-deactivating only",
        category="AP",
        self_deactivating=True,
        delivery="hand_emplaced",
    )
    claymore = stockpile.catalogue.add_type(
        designation="M18A1", name="Claymore", category="AP", activation="command", notes="command-detonated only"
    )
    assert (sd.sd_class, sda.sd_class, claymore.sd_class) == (SdClass.SD, SdClass.SDA, SdClass.PERSISTENT)
    assert claymore.persistent and not sd.persistent
    assert (claymore.activation, claymore.delivery, claymore.notes) == (
        "command",
        "hand_emplaced",
        "command-detonated only",
    )
    assert (sd.self_destruct_hours, sd.self_deactivating, sd.delivery) == (48, True, "artillery")
    assert [t.designation for t in stockpile.catalogue.types()] == ["M18A1", "M67", "X-SDA"]
    assert stockpile.catalogue.types()[1] == sd
    assert stockpile.check().ok


def test_type_class_reaches_the_stockpile_table(stockpile):
    seed_catalogue(stockpile)
    receive(stockpile, "A", 10, type="M67")
    receive(stockpile, "B", 20, type="M16")
    receive(stockpile, "C", 30, type="BLU-91/B")
    assert stockpile.queries.totals(LotFilter(sd_class=SdClass.PERSISTENT)).on_hand == 20
    assert stockpile.queries.totals(LotFilter(category="AP")).on_hand == 30
    assert stockpile.queries.totals(LotFilter(category="AV")).on_hand == 30


def test_duplicate_designation_is_refused(stockpile, engine):
    seed_catalogue(stockpile)
    err = refused(engine, InvalidInput, stockpile.catalogue.add_type, designation="M67", name="again", category="AP")
    assert err.field == "designation" and "M67" in str(err)


def test_a_designation_or_code_that_only_looks_new_is_refused(stockpile, engine, subtests):
    """m67 beside M67 would be two lines of one type in every report: designations and site codes
    are one in any case and any Unicode width (the fullwidth Ｍ67 of an East Asian keyboard), when
    added, as the import adds them, and when corrected; an entry may change the case of its own."""
    seed_catalogue(stockpile)
    catalogue = stockpile.catalogue
    for designation in ("m67", "\uff2d67", "\uff4d\uff16\uff17"):
        with subtests.test(designation=designation):
            err = refused(engine, InvalidInput, catalogue.add_type, designation=designation, name="x", category="AP")
            assert str(err) == f"designation: mine type {designation} is already in the catalogue as M67"
    err = refused(engine, InvalidInput, catalogue.add_site, code="anad", name="x", country="US")
    assert str(err) == "code: site anad is already in the catalogue as ANAD"
    camp = next(s for s in catalogue.sites() if s.code == "CAMP-C")
    err = refused(engine, InvalidInput, catalogue.update_site, camp.id, reason="x", code="Anad")
    assert str(err) == "code: site Anad is already in the catalogue as ANAD"
    assert catalogue.update_site(camp.id, reason="house style", code="Camp-C").code == "Camp-C"


def test_bad_type_values_are_refused(stockpile, engine, subtests):
    cases = {
        "category": dict(category="AT"),
        "activation": dict(activation="tripwire"),
        "delivery": dict(delivery="mortar"),
        "self-destruct hours": dict(self_destruct_hours=0),
        "designation": dict(designation=" "),
        "name": dict(name=""),
    }
    for field, change in cases.items():
        with subtests.test(field=field):
            values = dict(designation="T-1", name="test", category="AP") | change
            err = refused(engine, InvalidInput, stockpile.catalogue.add_type, **values)
            assert err.field == field


def test_self_destruct_hours_must_be_a_number_of_hours(stockpile, engine):
    """True is an int to Python; it is not a number of hours (require_positive refuses it for mines)."""
    err = refused(
        engine,
        InvalidInput,
        stockpile.catalogue.add_type,
        designation="T-1",
        name="test",
        category="AP",
        self_destruct_hours=True,
    )
    assert err.field == "self-destruct hours"


# -- sites -------------------------------------------------------------------------------------------------


def test_add_site(stockpile):
    site = stockpile.catalogue.add_site(code="CAMP-C", name="Camp Carroll", country="kr")
    assert (site.code, site.name, site.country) == ("CAMP-C", "Camp Carroll", "KR")
    stockpile.catalogue.add_site(code="ANAD", name="Anniston Army Depot", country="US")
    assert [s.code for s in stockpile.catalogue.sites()] == ["ANAD", "CAMP-C"]
    assert stockpile.check().ok


def test_a_site_has_a_kind_a_depot_unless_said(stockpile, engine):
    """A site is a depot, a destruction site or a training site (DOMAIN.md section 2)."""
    depot = stockpile.catalogue.add_site(code="ANAD", name="Anniston Army Depot", country="US")
    plant = stockpile.catalogue.add_site(code="PLANT", name="Contractor's plant", country="BG", kind="destruction")
    assert (depot.kind, plant.kind) == ("depot", "destruction")
    moved = stockpile.catalogue.update_site(depot.id, reason="now the school's range", kind="training")
    assert moved.kind == "training"
    audited = last_audit(engine, "update_site")
    assert (json.loads(audited.before)["kind"], json.loads(audited.after)["kind"]) == ("depot", "training")
    error = refused(engine, InvalidInput, stockpile.catalogue.update_site, depot.id, reason="x", kind="store")
    assert str(error) == "kind: 'store' is not one of depot, destruction, training"


def test_bad_sites_are_refused(stockpile, engine, subtests):
    stockpile.catalogue.add_site(code="ANAD", name="Anniston Army Depot", country="US")
    cases = [
        ("code", dict(code="ANAD"), "ANAD"),
        ("country", dict(country="USA"), "3"),
        ("country", dict(country="1A"), "1A"),
        ("country", dict(country=""), "required"),
        ("code", dict(code=""), "required"),
        ("kind", dict(kind="Depot"), "'Depot'"),
        ("kind", dict(kind=None), "None"),
    ]
    for field, change, shown in cases:
        with subtests.test(change=change):
            values = dict(code="NEW", name="New depot", country="US") | change
            err = refused(engine, InvalidInput, stockpile.catalogue.add_site, **values)
            assert err.field == field and shown in str(err)


# -- policy profiles -----------------------------------------------------------------------------------------


def test_seeded_profiles(stockpile):
    us, ottawa = ({p.code: p for p in stockpile.catalogue.profiles()}[code] for code in ("us-2022", "ottawa"))
    assert len(stockpile.catalogue.profiles()) == 2
    assert (us.effective_on, us.acquisition_banned_from, us.deadline_years, us.deadline) == (
        D(2022, 6, 21),
        D(2022, 6, 21),
        None,
        None,
    )
    assert set(us.permitted_retention) == {"korea", "article3"}
    assert us.transfers_only_for_destruction and not us.flags_retained_increase
    assert (ottawa.effective_on, ottawa.deadline_years, ottawa.deadline) == (D(1999, 3, 1), 4, D(2003, 3, 1))
    assert ottawa.permitted_retention == ("article3",)
    assert ottawa.flags_retained_increase
    assert stockpile.catalogue.active_profile().code == "us-2022"


def test_set_active_profile(stockpile, engine):
    seed_catalogue(stockpile)
    chosen = stockpile.catalogue.set_active_profile("ottawa")
    assert chosen.code == "ottawa"
    assert stockpile.catalogue.active_profile() == chosen
    entry = last_audit(engine, "set_active_profile")
    assert '"us-2022"' in entry.before and '"ottawa"' in entry.after
    # the services follow the active profile: Ottawa does not permit Korea retention
    lot = receive(stockpile, quantity=100)
    result = stockpile.lots.change_retention(
        lot, quantity=10, category="korea", authority_ref="A", reason="r", valid_from=D(2021, 1, 1)
    )
    assert any("Korea" in w for w in result.warnings)
    assert stockpile.check().ok


def test_unknown_profile_is_refused(stockpile, engine):
    err = refused(engine, InvalidInput, stockpile.catalogue.set_active_profile, "geneva")
    assert "geneva" in str(err)
    assert stockpile.catalogue.active_profile().code == "us-2022"


def test_update_profile_changes_what_the_services_flag(stockpile, engine):
    # GIVEN the US acquisition ban moved to 2023-01-01 (a [check] fact, so it is data)
    seed_catalogue(stockpile)
    updated = stockpile.catalogue.update_profile(
        "us-2022", "policy date confirmed by counsel", acquisition_banned_from=D(2023, 1, 1)
    )
    assert updated.acquisition_banned_from == D(2023, 1, 1)
    assert stockpile.catalogue.active_profile() == updated
    # WHEN a lot is received in late 2022
    result = stockpile.lots.receive_lot(
        lot_number="L-9", type="M67", site="ANAD", quantity=5, received_on=D(2022, 9, 1)
    )
    # THEN it is no longer flagged, and the change is audited with its reason
    assert result.warnings == ()
    entry = last_audit(engine, "update_profile")
    assert entry.reason == "policy date confirmed by counsel"
    assert "2022-06-21" in entry.before and "2023-01-01" in entry.after
    assert stockpile.check().ok


def test_update_profile_deadline_and_retention(stockpile):
    updated = stockpile.catalogue.update_profile(
        "ottawa",
        "our own treaty dates",
        effective_on=D(2012, 2, 29),
        deadline_years=4,
        permitted_retention=["article3", "korea"],
        withdrawal_effective_on=D(2026, 1, 1),
    )
    assert updated.deadline == D(2016, 2, 29)
    assert updated.permitted_retention == ("article3", "korea")
    assert updated.withdrawal_effective_on == D(2026, 1, 1)
    assert {p.code: p for p in stockpile.catalogue.profiles()}["ottawa"] == updated


def test_entry_into_force_may_lie_up_to_a_year_ahead(stockpile, engine):
    """Article 17: a state that ratifies today is bound from the first day of the sixth month after;
    its office keeps the record from now, so entry into force may lie ahead, though not beyond a year."""
    ahead = stockpile.catalogue.update_profile("ottawa", "ratified today", effective_on=D(2026, 12, 1))
    assert (ahead.effective_on, ahead.deadline) == (D(2026, 12, 1), D(2030, 12, 1))
    error = refused(
        engine, InvalidInput, stockpile.catalogue.update_profile, "ottawa", "far", effective_on=D(2027, 7, 1)
    )
    assert str(error) == "entry into force: 2027-07-01 is more than a year after today (2026-06-30)"


def test_bad_profile_updates_are_refused(stockpile, engine, subtests):
    cases = [
        ("colour", dict(colour="red")),
        ("id", dict(id=7)),
        ("effective_on", dict(effective_on="1999-03-01")),
        ("permitted retention", dict(permitted_retention=["museum"])),
        ("deadline years", dict(deadline_years=0)),
    ]
    for field, changes in cases:
        with subtests.test(changes=changes):
            err = refused(engine, InvalidInput, stockpile.catalogue.update_profile, "ottawa", "r", **changes)
            assert err.field == field
    with subtests.test(changes="no reason"):
        assert (
            refused(engine, InvalidInput, stockpile.catalogue.update_profile, "ottawa", " ", deadline_years=5).field
            == "reason"
        )
    with subtests.test(changes="unknown profile"):
        assert "geneva" in str(
            refused(engine, InvalidInput, stockpile.catalogue.update_profile, "geneva", "r", deadline_years=5)
        )


def test_deadline_years_that_is_not_a_number_is_invalid_input(stockpile, engine):
    """A non-number must be refused with InvalidInput like the other fields, not crash."""
    err = refused(engine, InvalidInput, stockpile.catalogue.update_profile, "ottawa", "r", deadline_years="4")
    assert err.field == "deadline years"


def test_profile_name_cannot_be_blanked(stockpile, engine):
    """Every report heads its pages with the profile's name; an empty one must be refused."""
    err = refused(engine, InvalidInput, stockpile.catalogue.update_profile, "ottawa", "r", name="  ")
    assert err.field == "name"


# -- corrections -----------------------------------------------------------------------------------------


def test_a_mine_type_is_corrected_with_a_reason_and_its_lots_follow(stockpile, engine):
    seed_catalogue(stockpile)
    receive(stockpile, "L-1", 500, type="M16")
    m16 = next(t for t in stockpile.catalogue.types() if t.designation == "M16")
    fixed = stockpile.catalogue.update_type(
        m16.id, reason="designation mistyped on entry", designation="M16A1", self_destruct_hours=4
    )
    assert (fixed.designation, fixed.self_destruct_hours, fixed.sd_class) == ("M16A1", 4, SdClass.SD)
    assert fixed.name == m16.name and fixed.delivery == m16.delivery  # fields not named are kept
    assert stockpile.queries.find_lot("L-1").type_designation == "M16A1"
    entry = last_audit(engine, "update_type")
    assert entry.reason == "designation mistyped on entry"
    assert '"designation":"M16"' in entry.before and '"designation":"M16A1"' in entry.after


def test_a_correction_is_refused_without_a_reason_or_onto_another_entry(stockpile, engine):
    seed_catalogue(stockpile)
    m16 = next(t for t in stockpile.catalogue.types() if t.designation == "M16")
    error = refused(engine, InvalidInput, stockpile.catalogue.update_type, m16.id, reason=" ", name="x")
    assert str(error) == "reason: is required"
    error = refused(engine, InvalidInput, stockpile.catalogue.update_type, m16.id, reason="typo", designation="M67")
    assert str(error) == "designation: mine type M67 is already in the catalogue"
    error = refused(engine, InvalidInput, stockpile.catalogue.update_type, m16.id, reason="typo", shape="round")
    assert str(error) == "shape: is not a field of a mine type"
    error = refused(engine, InvalidInput, stockpile.catalogue.update_type, m16.id, reason="typo", category="XX")
    assert error.field == "category"


def test_a_site_is_corrected_with_a_reason(stockpile, engine):
    seed_catalogue(stockpile)
    camp = next(s for s in stockpile.catalogue.sites() if s.code == "CAMP-C")
    fixed = stockpile.catalogue.update_site(camp.id, reason="official name", name="Camp Carroll, Waegwan")
    assert (fixed.code, fixed.name, fixed.country) == ("CAMP-C", "Camp Carroll, Waegwan", "KR")
    assert last_audit(engine, "update_site").reason == "official name"
    error = refused(engine, InvalidInput, stockpile.catalogue.update_site, camp.id, reason="x", code="ANAD")
    assert str(error) == "code: site ANAD is already in the catalogue"
    error = refused(engine, InvalidInput, stockpile.catalogue.update_site, camp.id, reason="x", country="Korea")
    assert error.field == "country"
