"""Property: in-scope figures never include out-of-scope mines (DOMAIN.md section 2, scope and
contents). Hypothesis draws stockpiles of types in and out of the profile's scope (AP
victim-activated, AP both, AP command-detonated, anti-vehicle, and two systems of any contents: a
mixed item whose principal category is AP, one whose principal category is AV), received before or
after the acquisition ban, kept for a reason, partly scheduled in one of two programmes, shipped or
destroyed, under either profile, with Korea requirements (in mines) for some types; the figures the
obligations count are then compared, in mines (items x mines per item), with the mines the profile
governs, and covered + not covered = all; the Korea findings with the reserve and requirement of
each type, in mines.

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

TYPES = ["M67", "M16", "M131", "M18A1", "BLU-91/B", "MIX-AP", "MIX-AV"]  # in scope: M67, M16, M131 (both)
CONTENTS = st.tuples(st.integers(1, 40), st.integers(0, 80))  # the principal category's mines, the other's
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
REQUIREMENTS = st.dictionaries(st.sampled_from(["M67", "M16", "M131", "MIX-AP"]), st.integers(0, 2_000))  # in mines
# Rules of the policy: out-of-scope mines may only inform under them. Reconciliation and four eyes
# are about the record itself, whatever the mines.
POLICY_RULES = {Rule.SURPLUS_TO_SCHEDULE, Rule.POLICY, Rule.SCOPE, Rule.PERSISTENT, Rule.KOREA_RESERVE}
POLICY_RULES |= {Rule.ACQUISITION}
POLICY_RULES |= {Rule.TRANSFERS, Rule.ARTICLE3_MINIMUM, Rule.DEADLINES}


def build(sp: Stockpile, lots: list[dict], profile: str, mixed: dict, requirements: dict[str, int]) -> list[int]:
    seed_catalogue(sp)
    sp.catalogue.add_type(designation="M18A1", name="Claymore", category="AP", activation="command")
    sp.catalogue.add_type(designation="M131", name="MOPMS", category="AP", activation="both", self_destruct_hours=4)
    (ap, other_av), activation = mixed["MIX-AP"]
    sp.catalogue.add_type(
        designation="MIX-AP",
        name="Volcano-like",
        category="AP",
        activation=activation,
        ap_per_item=ap,
        av_per_item=other_av,
    )
    (av, other_ap), activation = mixed["MIX-AV"]
    sp.catalogue.add_type(
        designation="MIX-AV",
        name="GATOR-like",
        category="AV",
        activation=activation,
        ap_per_item=other_ap,
        av_per_item=av,
    )
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
        state_requirements(sp, profile, requirements)
    return ids


def state_requirements(sp: Stockpile, profile: str, requirements: dict[str, int]) -> None:
    """Each requirement, in mines, of a type the profile governs (MIX-AP of a command activation is not)."""
    governed = sp.catalogue.covered_types()
    for designation, quantity in requirements.items():
        if designation in governed:
            sp.korea.state_requirement(profile, designation, quantity, authority_ref="REQ", valid_from=date(2024, 3, 1))


def governed(ap_per_item: int, av_per_item: int, activation: str, profile) -> int:
    """The mines of one item the profile governs, said from the profile's own lists here, not by
    the program's computation: its AP mines if it governs AP, its AV mines if AV."""
    if activation not in profile.scope_activations:
        return 0
    return ap_per_item * ("AP" in profile.scope_categories) + av_per_item * ("AV" in profile.scope_categories)


def check_scope(sp: Stockpile, ids: list[int], requirements: dict[str, int]) -> None:
    profile = sp.catalogue.active_profile()
    activation = {t.designation: t.activation for t in sp.catalogue.types()}
    rows = {lot_id: sp.queries.lot(lot_id) for lot_id in ids}
    per_item = {
        i: governed(row.ap_per_item, row.av_per_item, activation[row.type_designation], profile)
        for i, row in rows.items()
    }
    apart = {i: row.mines_per_item - per_item[i] for i, row in rows.items()}
    covered = {i for i in rows if per_item[i]}
    scope = sp.queries.scope_totals()
    filtered = sp.queries.totals_by_scope()
    reserved, lots_of = korea_reserves(rows, per_item)
    excess = korea_excess(profile.code, reserved, requirements)
    beyond = sum(excess.values())  # surplus in every figure of the profile, not retained
    for name, part in (("covered", per_item), ("not_covered", apart)):
        expected = tuple(
            sum(getattr(rows[i], figure) * part[i] for i in rows)
            for figure in ("on_hand", "retained", "scheduled", "suspended", "destroyed")
        )
        counted = beyond if name == "covered" else 0
        for totals in (getattr(scope, name), getattr(filtered, name)):
            assert (totals.on_hand, totals.reserved, totals.scheduled, totals.suspended, totals.destroyed) == expected
            assert totals.beyond_requirement == counted and totals.retained == expected[1] - counted
            assert totals.surplus == totals.scheduled + totals.suspended + totals.unscheduled
    # covered + not covered = all the mines; the items are what the ledger counts
    assert scope.whole.on_hand == sum(row.mines_on_hand for row in rows.values()) == filtered.whole.on_hand
    assert scope.items.on_hand == sum(row.on_hand for row in rows.values()) == filtered.items.on_hand
    # nothing out of scope is kept for Korea or under Article 3
    assert all(rows[i].retention_category is None for i in set(rows) - covered)
    # the programmes' figures: only in-scope surplus and their own shipments, in mines
    held = sum((rows[i].on_hand - rows[i].retained) * per_item[i] for i in covered) + beyond
    shipped_in_scope = sum(
        line.awaiting_destruction * per_item[line.lot_id]
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
    check_korea(profile.code, requirements, findings, reserved, lots_of, excess)


def korea_reserves(rows: dict, per_item: dict[int, int]) -> tuple[dict[str, int], dict[str, set[int]]]:
    """Type -> its mines reserved for Korea (those the profile governs), and its lots."""
    reserved: dict[str, int] = defaultdict(int)
    lots_of: dict[str, set[int]] = defaultdict(set)
    for i in (i for i in rows if per_item[i]):
        if rows[i].retention_category == "korea":
            reserved[rows[i].type_designation] += rows[i].retained * per_item[i]
            lots_of[rows[i].type_designation].add(i)
    return reserved, lots_of


def korea_excess(profile: str, reserved: dict[str, int], requirements: dict[str, int]) -> dict[str, int]:
    """Type -> mines reserved beyond its requirement; none under Ottawa (no Korea retention permitted)."""
    if profile != "us-2022":
        return {}
    return {d: q - requirements[d] for d, q in reserved.items() if d in requirements and q > requirements[d]}


def check_korea(
    profile: str,
    requirements: dict[str, int],
    findings: list,
    reserved: dict[str, int],
    lots_of: dict[str, set[int]],
    excess: dict[str, int],
) -> None:
    """The Korea reserve of each type beyond its requirement is one error of exactly that excess, in
    the type's lots; a type reserved with no requirement is one warning of its whole reserve; both in
    the mines the profile governs. Under Ottawa (no Korea retention permitted) there is no excess to
    find."""
    korea = [f for f in findings if f.rule is Rule.KOREA_RESERVE]
    if profile != "us-2022":
        assert [f for f in korea if f.severity == "error"] == []
        return
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
        mixed=st.fixed_dictionaries(
            {name: st.tuples(CONTENTS, st.sampled_from(["victim", "command", "both"])) for name in ("MIX-AP", "MIX-AV")}
        ),
        requirements=REQUIREMENTS,
    )
    def example(lots, profile, mixed, requirements):
        path = tmp_path / f"example-{next(numbers)}.db"
        shutil.copyfile(sqlite_template, path)
        engine = open_database(f"sqlite:///{path}")
        try:
            sp = Stockpile(engine, "alice", today=lambda: TODAY)
            check_scope(sp, build(sp, lots, profile, mixed, requirements), requirements)
        finally:
            engine.dispose()

    example()
