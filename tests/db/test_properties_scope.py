"""Property: in-scope figures never include out-of-scope mines (DOMAIN.md section 2, scope). Hypothesis
draws stockpiles of types in and out of the profile's scope (AP victim-activated, AP both, AP
command-detonated, anti-vehicle), received before or after the acquisition ban, kept for a reason,
partly scheduled in one of two programmes, shipped or destroyed, under either profile, with Korea
requirements for some types; the figures the obligations count are then compared with the lots the
profile governs, and the Korea findings with the reserve and requirement of each type.

Each example gets its own copy of the migrated SQLite template."""

from __future__ import annotations

import shutil
from collections import defaultdict
from datetime import date
from itertools import count

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from stockpile_tracker.db.migrate import open_database
from stockpile_tracker.domain.enums import Rule
from stockpile_tracker.domain.errors import RuleViolation
from stockpile_tracker.services import Stockpile

from ..helpers import TODAY, seed_catalogue

TYPES = ["M67", "M16", "M131", "M18A1", "BLU-91/B"]  # in scope: M67, M16 (victim), M131 (both)
LOT = st.fixed_dictionaries(
    {
        "type": st.sampled_from(TYPES),
        "quantity": st.integers(10, 400),
        "after_ban": st.booleans(),
        "kept": st.sampled_from([None, None, "korea", "article3", "legal_hold"]),
        "scheduled": st.sampled_from([0, 0, 3, 2]),  # a share of the surplus: none, a third, a half
        "programme": st.sampled_from([0, 1]),
        "shipped": st.booleans(),
        "destroyed": st.booleans(),
    }
)
REQUIREMENTS = st.dictionaries(st.sampled_from(["M67", "M16", "M131"]), st.integers(0, 200))  # in-scope types
# Rules of the policy: out-of-scope mines may only inform under them. Reconciliation and four eyes
# are about the record itself, whatever the mines.
POLICY_RULES = {Rule.SURPLUS_TO_SCHEDULE, Rule.POLICY, Rule.SCOPE, Rule.PERSISTENT, Rule.KOREA_RESERVE}
POLICY_RULES |= {Rule.ACQUISITION}
POLICY_RULES |= {Rule.TRANSFERS, Rule.ARTICLE3_MINIMUM, Rule.DEADLINES}


def build(sp: Stockpile, lots: list[dict], profile: str, requirements: dict[str, int]) -> list[int]:
    seed_catalogue(sp)
    sp.catalogue.add_type(designation="M18A1", name="Claymore", category="AP", activation="command")
    sp.catalogue.add_type(designation="M131", name="MOPMS", category="AP", activation="both", self_destruct_hours=4)
    sp.catalogue.set_active_profile(profile)
    programmes = [
        sp.destruction.create_programme(
            name=f"P{n}", profile=profile, deadline=date(2027, 12, 31), sites=["ANAD"], methods=["open_detonation"]
        ).id
        for n in range(2)
    ]
    ids = []
    for number, lot in enumerate(lots):
        lot_id = sp.lots.receive_lot(
            lot_number=f"L-{number}",
            type=lot["type"],
            site="ANAD",
            quantity=lot["quantity"],
            received_on=date(2024, 1, 5) if lot["after_ban"] else date(1995, 1, 5),
            document_ref=f"DD-{number}",
        ).lot_id
        ids.append(lot_id)
        if lot["kept"] == "legal_hold":  # a suspension, on any lot: its mines stay surplus
            sp.suspensions.suspend(
                lot_id,
                kind="legal_hold",
                quantity=lot["quantity"] // 4,
                reference="CID",
                reason="inquiry",
                suspended_from=date(2024, 2, 1),
            )
        elif lot["kept"]:
            try:
                sp.lots.change_retention(
                    lot_id,
                    quantity=lot["quantity"] // 4,
                    category=lot["kept"],
                    institution="School",
                    authority_ref="R",
                    reason="kept",
                    valid_from=date(2024, 2, 1),
                )
            except RuleViolation:
                pass  # Korea or Article 3 retention of an out-of-scope type: refused
        surplus = sp.queries.lot(lot_id).unscheduled  # what can be scheduled: neither kept nor suspended
        if lot["scheduled"] and surplus >= lot["scheduled"]:
            planned = surplus // lot["scheduled"]
            task = sp.destruction.schedule(
                planned_on=date(2026, 3, 1),
                site="ANAD",
                method="open_detonation",
                lines={lot_id: planned},
                programme_id=programmes[lot["programme"]],
            )
            if lot["shipped"]:
                sp.destruction.ship(task.id, on=date(2026, 3, 2), lines={lot_id: planned}, document_ref=f"S-{number}")
            if lot["destroyed"]:
                sp.destruction.record_event(
                    occurred_on=date(2026, 3, 5),
                    site="ANAD",
                    method="open_detonation",
                    officer="Capt. A",
                    witness="B. Jones",
                    certificate_number=f"C-{number}",
                    lines={lot_id: planned // 2 or 1},
                    task_id=task.id,
                )
    if profile == "us-2022":  # the one that permits Korea retention
        for designation, quantity in requirements.items():
            sp.korea.state_requirement(profile, designation, quantity, authority_ref="REQ", valid_from=date(2024, 3, 1))
    return ids


def check_scope(sp: Stockpile, ids: list[int], requirements: dict[str, int]) -> None:
    profile = sp.catalogue.active_profile()
    types = {t.designation: t for t in sp.catalogue.types()}
    rows = {lot_id: sp.queries.lot(lot_id) for lot_id in ids}
    covered = {
        i
        for i, row in rows.items()
        if profile.covers(types[row.type_designation].category, types[row.type_designation].activation)
    }
    scope = sp.queries.scope_totals()
    for totals, members in ((scope.covered, covered), (scope.not_covered, set(rows) - covered)):
        assert (totals.on_hand, totals.retained, totals.scheduled, totals.suspended, totals.destroyed) == (
            sum(rows[i].on_hand for i in members),
            sum(rows[i].retained for i in members),
            sum(rows[i].scheduled for i in members),
            sum(rows[i].suspended for i in members),
            sum(rows[i].destroyed for i in members),
        )
        assert totals.surplus == totals.scheduled + totals.suspended + totals.unscheduled
    # nothing out of scope is kept for Korea or under Article 3
    assert all(rows[i].retention_category is None for i in set(rows) - covered)
    # the programmes' figures: only in-scope surplus and their own shipments
    held = sum(rows[i].on_hand - rows[i].retained for i in covered)
    shipped_in_scope = sum(
        line.awaiting_destruction
        for task in sp.destruction.tasks(status="open")
        for line in task.lines
        if line.lot_id in covered
    )
    forecasts = [sp.destruction.forecast(p.id) for p in sp.destruction.programmes()]
    assert all(f.surplus <= held for f in forecasts)
    assert sum(f.awaiting for f in forecasts) == shipped_in_scope
    # findings: only information about out-of-scope lots
    findings = sp.compliance.findings()
    for finding in findings:
        if finding.severity != "info" and finding.rule in POLICY_RULES:
            outside = set(finding.lot_ids) - covered
            assert not outside, f"{finding.message} counts lots out of scope"
    check_korea(profile.code, rows, covered, requirements, findings)


def check_korea(profile: str, rows: dict, covered: set[int], requirements: dict[str, int], findings: list) -> None:
    """The Korea reserve of each type beyond its requirement is one error of exactly that excess, in
    the type's lots; a type reserved with no requirement is one warning of its whole reserve. Under
    Ottawa (no Korea retention permitted) there is no excess to find."""
    korea = [f for f in findings if f.rule is Rule.KOREA_RESERVE]
    if profile != "us-2022":
        assert [f for f in korea if f.severity == "error"] == []
        return
    reserved: dict[str, int] = defaultdict(int)
    lots_of: dict[str, set[int]] = defaultdict(set)
    for i in covered:
        if rows[i].retention_category == "korea":
            reserved[rows[i].type_designation] += rows[i].retained
            lots_of[rows[i].type_designation].add(i)
    excess = {d: q - requirements[d] for d, q in reserved.items() if d in requirements and q > requirements[d]}
    errors = {f.message.split(":")[0]: f for f in korea if f.severity == "error"}
    assert {d: f.quantity for d, f in errors.items()} == excess
    assert all(set(f.lot_ids) <= lots_of[d] for d, f in errors.items())
    warned = sorted((f.quantity, sorted(f.lot_ids)) for f in korea if f.severity == "warning")
    assert warned == sorted((q, sorted(lots_of[d])) for d, q in reserved.items() if d not in requirements)


def test_in_scope_figures_never_include_out_of_scope_mines(sqlite_template, tmp_path):
    numbers = count()

    @settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(
        lots=st.lists(LOT, min_size=1, max_size=6),
        profile=st.sampled_from(["us-2022", "ottawa"]),
        requirements=REQUIREMENTS,
    )
    def example(lots, profile, requirements):
        path = tmp_path / f"example-{next(numbers)}.db"
        shutil.copyfile(sqlite_template, path)
        engine = open_database(f"sqlite:///{path}")
        try:
            sp = Stockpile(engine, "alice", today=lambda: TODAY)
            check_scope(sp, build(sp, lots, profile, requirements), requirements)
        finally:
            engine.dispose()

    example()
