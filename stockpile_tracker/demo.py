"""A realistic demo stockpile, built through the same services a user works with, so every rule
holds in it: the catalogue of DOMAIN.md section 3, depots in the United States and one in the
Republic of Korea, a few hundred lots, retention decisions, a programme, tasks and events —
including one contractor certificate that falls 480 mines short of what was shipped, its task closed
with an explanation and the 480 an unaccounted loss under investigation."""

from __future__ import annotations

import csv
import random
from collections.abc import Callable
from dataclasses import dataclass, fields
from datetime import date, timedelta

from .domain.errors import StockpileError
from .paths import shipped_dir
from .reports.registry import REPORTS_BY_NAME, freeze, prepare
from .services import Stockpile
from .services.article7 import Submission
from .services.dto.catalogue import Characteristics, PolicyProfileInfo


@dataclass(frozen=True)
class CatalogueEntry:
    designation: str
    name: str
    category: str
    activation: str
    self_destruct_hours: int | None
    self_deactivating: bool
    delivery: str
    ap_per_item: int
    av_per_item: int
    typical_lot_size: int
    notes: str
    characteristics: Characteristics  # Form H's, where public sources give them; the rest not recorded


def _characteristics(row: dict[str, str]) -> Characteristics:
    """The row's cells of the characteristics (a column it lacks: not recorded), masses in grams."""
    cells: dict[str, str | int | None] = {}
    for field in fields(Characteristics):
        cell = row.get(field.name) or None
        cells[field.name] = int(cell) if cell and field.metadata.get("grams") else cell
    return Characteristics(**cells)  # type: ignore[arg-type]  # each cell is of its field's kind


def load_catalogue() -> list[CatalogueEntry]:
    """DOMAIN.md section 3 as data: the per-system figures are from public sources, marked "to be
    confirmed" in their notes, and stay editable."""
    with (shipped_dir("resources") / "demo_catalogue.csv").open(newline="", encoding="utf-8") as file:
        return [
            CatalogueEntry(
                row["designation"],
                row["name"],
                row["category"],
                row["activation"],
                int(row["self_destruct_hours"]) if row["self_destruct_hours"] else None,
                row["self_deactivating"] == "yes",
                row["delivery"],
                int(row["ap_per_item"]),
                int(row["av_per_item"]),
                int(row["typical_lot_size"]),
                row["notes"],
                _characteristics(row),
            )
            for row in csv.DictReader(file)
        ]


SITES = [
    ("ANAD", "Anniston Army Depot", "US", "depot"),
    ("BGAD", "Blue Grass Army Depot", "US", "depot"),
    ("MCAAP", "McAlester Army Ammunition Plant", "US", "depot"),
    ("HWAD", "Hawthorne Army Depot", "US", "depot"),
    ("TEAD", "Tooele Army Depot (demilitarization)", "US", "destruction"),
    ("BG-PLANT", "Contractor's demilitarisation plant", "BG", "destruction"),
    ("CAMP-C", "Camp Carroll, Waegwan", "KR", "depot"),
]
STORAGE = ["ANAD", "BGAD", "MCAAP", "HWAD"]
TRAINING_INSTITUTION = "US Army Engineer School, Fort Leonard Wood"
VERIFIER = "K. Park (compliance office)"
MIN_LOTS = 60
GAP_SHIPPED, GAP = 5560, 480  # the contractor's certificate short of the shipment (DOMAIN.md section 6)
MAX_LOTS = 10_000  # a demo, not a benchmark: benchmarks/synthetic/ makes a national stockpile


@dataclass(frozen=True)
class DemoSummary:
    lots: int
    tasks: int
    events: int


def build_demo(
    sp: Stockpile,
    *,
    lots: int = 300,
    seed: int = 2022,
    progress: Callable[[int, int], None] | None = None,
) -> DemoSummary:
    """Fill an empty database, in one transaction: a demo stopped part-way (killed, or an error) leaves
    the database empty, ready for the demo again. `progress(done, total)` is called as lots are received."""
    if lots < MIN_LOTS:
        raise StockpileError(f"lots: the demo needs at least {MIN_LOTS} lots for two years of destructions")
    if lots > MAX_LOTS:
        raise StockpileError(f"lots: the demo makes at most {MAX_LOTS:,} lots")
    with sp.batch():
        if sp.queries.totals().lots or sp.catalogue.types() or sp.catalogue.sites():
            raise StockpileError("the database already holds a catalogue or lots; the demo fills an empty one")
        return _fill(sp, lots, seed, progress)


def _verifier(sp: Stockpile) -> str:
    """A second person verifies certificates (four eyes); in the demo's one transaction that is the
    same services under the verifier's name (Stockpile.acting_as)."""
    return VERIFIER if sp.user != VERIFIER else "Second verifier"


def _fill(sp: Stockpile, lots: int, seed: int, progress: Callable[[int, int], None] | None) -> DemoSummary:
    rng = random.Random(seed)
    today = sp.today()
    catalogue = load_catalogue()
    for entry in catalogue:
        sp.catalogue.add_type(
            designation=entry.designation,
            name=entry.name,
            category=entry.category,
            activation=entry.activation,
            self_destruct_hours=entry.self_destruct_hours,
            self_deactivating=entry.self_deactivating,
            delivery=entry.delivery,
            notes=entry.notes,
            ap_per_item=entry.ap_per_item,
            av_per_item=entry.av_per_item,
            characteristics=entry.characteristics,
        )
    for code, name, country, kind in SITES:
        sp.catalogue.add_site(code=code, name=name, country=country, kind=kind)

    received: list[tuple[int, str, int]] = []  # lot id, type, quantity
    profile = sp.catalogue.active_profile()  # Korea and Article 3 retention only of types it governs
    regular = [entry for entry in catalogue if entry.designation != "PMN-2"]
    for number in range(1, lots + 1):
        entry = rng.choice(regular)
        designation, size = entry.designation, entry.typical_lot_size
        korea = number % 9 == 0
        site = "CAMP-C" if korea else rng.choice(STORAGE)
        quantity = max(50, int(rng.gauss(size, size / 4)) // 10 * 10)
        made = date(rng.randint(1986, 2004), rng.randint(1, 12), rng.randint(1, 28))
        arrived = made + timedelta(days=rng.randint(90, 900))
        lot_id = sp.lots.receive_lot(
            lot_number=f"{designation.split('/')[0].replace('-', '')}-{made.year % 100:02d}{number:04d}",
            type=designation,
            site=site,
            quantity=quantity,
            received_on=arrived,
            document_ref=f"DD1348-{arrived.year}-{number:05d}",
            manufactured_on=made,
            condition=rng.choice("AAAABBCEH"),
        ).lot_id
        received.append((lot_id, designation, quantity))
        if korea and profile.covers(entry.ap_per_item, entry.av_per_item, entry.activation):
            sp.lots.change_retention(
                lot_id,
                quantity=quantity,
                category="korea",
                authority_ref="USFK-RET-2022-01",
                reason="reserved for the defence of the Republic of Korea",
                valid_from=date(2022, 6, 21),
            )
        if progress:
            progress(number, lots)

    # Training stock under Article 3, and part of a few lots held in the United States for Korea.
    unretained = [lot for lot in received if not sp.queries.lot(lot[0]).retained]
    for designation in ("M14", "M16"):
        lot_id, _d, quantity = next(lot for lot in unretained if lot[1] == designation)
        sp.lots.change_retention(
            lot_id,
            quantity=min(quantity, 200),
            category="article3",
            institution=TRAINING_INSTITUTION,
            authority_ref="DA-TRN-2023-07",
            reason="detection and clearance training",
            valid_from=date(2023, 1, 10),
        )
    adam = [lot for lot in unretained if lot[1] in ("ADAM M692", "ADAM M731")]
    for lot_id, _designation, quantity in rng.sample(adam, min(6, len(adam))):
        sp.lots.change_retention(
            lot_id,
            quantity=quantity // 2,
            category="korea",
            authority_ref="USFK-RET-2022-02",
            reason="Korea reserve held in CONUS pending shipment",
            valid_from=date(2022, 9, 1),
        )
    _korea_requirements(sp, profile, received)
    # A legal hold on a lot of Claymores: stock the profile does not govern, held back all the same.
    hold = next(lot for lot in received if lot[1] == "M18A1" and not sp.queries.lot(lot[0]).retained)
    sp.suspensions.suspend(
        hold[0],
        kind="legal_hold",
        quantity=hold[2],
        reference="CID-2024-113",
        reason="investigation of a missing crate",
        suspended_from=date(2024, 3, 4),
    )

    programme = sp.destruction.create_programme(
        name="US APL stockpile destruction (2022 policy)",
        profile="us-2022",
        deadline=date(today.year + 2, 12, 31),
        sites=["ANAD", "BGAD", "TEAD", "BG-PLANT"],
        methods=["open_detonation", "incineration_rotary", "disassembly"],
        safety_standards="IATG 10.10 / DA PAM 385-64; quantity-distance per site licence",
        environmental_standards="RCRA permits per site; air and soil monitoring at open detonation",
    )
    tasks, events = _destruction_history(sp, rng, received, programme.id, today)

    sp.lots.record_discovery(
        lot_number="PMN2-FOUND-01",
        type="PMN-2",
        site="HWAD",
        quantity=312,
        found_on=today - timedelta(days=75),
        document_ref="HWAD-INV-DISC-01",
        notes="previously unknown stockpile found during a bunker inventory",
    )
    checked = next(row for row in (sp.queries.lot(lot[0]) for lot in received) if row.unscheduled > 2)
    sp.lots.stock_check(
        checked.id,
        checked.on_hand - 2,
        today - timedelta(days=40),
        "INV-2026-ANNUAL",
        "two mines short at annual inventory; under review",
    )
    profile, types = sp.catalogue.active_profile(), {t.designation: t for t in sp.catalogue.types()}
    inspected = next(
        row
        for row in (sp.queries.lot(lot[0]) for lot in received)
        if row.id != checked.id
        and row.unscheduled >= 100
        and row.mines_per_item == 1  # so that the 100 are mines, as DOMAIN.md section 3 says
        and profile.covers(row.ap_per_item, row.av_per_item, types[row.type_designation].activation)
    )
    sp.suspensions.suspend(
        inspected.id,
        kind="investigation",
        quantity=100,
        reference="QDR-2026-031",
        reason="quality deficiency report: fuzes of this lot under investigation",
        suspended_from=today - timedelta(days=20),
    )
    # Part of a lot moved to another depot: the lot is held at two sites (DOMAIN.md section 2, holding).
    moved = next(
        row
        for row in (sp.queries.lot(lot[0]) for lot in received)
        if row.id not in (checked.id, inspected.id) and row.unscheduled >= 500 and row.site_code in STORAGE[1:]
    )
    sp.lots.move(
        moved.id,
        from_site=moved.site_code,
        to_site=STORAGE[0],
        quantity=500,
        on=today - timedelta(days=10),
        document_ref="DD1149-2026-0412",
        reason="consolidated at Anniston ahead of destruction",
    )
    # The report for the year before last, written, submitted and frozen by the compliance office's
    # named officer, as its verifications are (never the login of whoever runs the demo): last
    # year's report carries its texts forward as a draft, and says which forms changed since.
    with sp.acting_as(_verifier(sp)):
        sp.article7.write(
            today.year - 2,
            {
                "cover_state": "United States of America",
                "cover_contact": "Compliance officer (demo)",
                "cover_organisation": "Stockpile compliance office (demo)",
                "C": "Not applicable: this office keeps the stockpile; there are no mined areas under its control.",
                "I": "Not applicable: there are no mined areas under this office's control.",
            },
        )
        submitted = prepare(sp, REPORTS_BY_NAME["article7"], {"year": today.year - 2})
        freeze(sp, submitted, Submission(date(today.year - 1, 4, 28), f"Art7/{today.year - 2}/demo"))
    return DemoSummary(lots + 1, tasks, events)


def _korea_requirements(sp: Stockpile, profile: PolicyProfileInfo, received: list[tuple[int, str, int]]) -> None:
    """A requirement for each type reserved for Korea, in mines (an ADAM projectile's 36 each),
    rounded up to the thousand; the largest reserve's is four fifths of it in whole items, so that
    the excess shows as surplus (a korea-reserve finding) that whole projectiles can be released for."""
    activation = {t.designation: t.activation for t in sp.catalogue.types()}
    reserved: dict[str, int] = {}
    per_item: dict[str, int] = {}
    for lot_id, designation, _quantity in received:
        lot = sp.queries.lot(lot_id)
        if lot.retention_category == "korea":
            per_item[designation] = profile.covered_per_item(lot.ap_per_item, lot.av_per_item, activation[designation])
            reserved[designation] = reserved.get(designation, 0) + lot.retained * per_item[designation]
    largest = max(reserved, key=lambda designation: reserved[designation], default=None)
    for designation, quantity in sorted(reserved.items()):
        sp.korea.state_requirement(
            profile.code,
            designation,
            quantity * 4 // 5 // per_item[designation] * per_item[designation]
            if designation == largest
            else -(-quantity // 1000) * 1000,
            authority_ref="USFK-REQ-2022-01",
            valid_from=date(2022, 9, 1),
        )


def _destruction_history(
    sp: Stockpile,
    rng: random.Random,
    received: list[tuple[int, str, int]],
    programme_id: int,
    today: date,
) -> tuple[int, int]:
    """Monthly destructions over the past two years, a few planned ahead, one overdue, and a
    contractor shipment whose certificate is 480 mines short."""
    surplus = [lot for lot in received if sp.queries.lot(lot[0]).unscheduled == lot[2]]  # none kept or held
    rng.shuffle(surplus)
    per_task = max(1, min(3, (len(surplus) - 4) // 24))
    tasks = events = 0
    start = today - timedelta(days=730)
    for month in range(24):
        planned_on = start + timedelta(days=30 * month)
        batch = [surplus.pop() for _ in range(per_task)]
        site = rng.choice(["ANAD", "BGAD"])
        method = rng.choice(["open_detonation", "incineration_rotary"])
        task = sp.destruction.schedule(
            planned_on=planned_on,
            site=site,
            method=method,
            lines={lot_id: quantity for lot_id, _d, quantity in batch},
            programme_id=programme_id,
        )
        tasks += 1
        if month == 22:
            continue  # planned, not carried out: overdue
        event = sp.destruction.record_event(
            occurred_on=planned_on + timedelta(days=rng.randint(0, 5)),
            site=site,
            method=method,
            officer=rng.choice(["Capt. A. Smith", "Maj. L. Ortiz", "CW3 R. Chen"]),
            witness="B. Jones (national authority)",
            certificate_number=f"DC-{planned_on.year}-{month + 1:04d}",
            lines={lot_id: quantity for lot_id, _d, quantity in batch},
            task_id=task.id,
        )
        events += 1
        if month < 21:
            with sp.acting_as(_verifier(sp)):
                sp.destruction.verify_certificate(event.id, verified_on=event.occurred_on + timedelta(days=7))
            sp.destruction.close_task(task.id)
    # The contractor gap (DOMAIN.md section 6): 5,560 shipped, the certificate accounts for 5,080, of a
    # type the programme governs; the task closed with an explanation, the 480 under investigation.
    # A type of one mine per item, so that the 480 are mines.
    governed = sp.catalogue.covered_types()
    plain = {t.designation for t in sp.catalogue.types() if t.mines_per_item == 1}
    lot_id, _d, quantity = next(lot for lot in surplus if lot[2] >= GAP_SHIPPED and lot[1] in governed & plain)
    shipped = GAP_SHIPPED
    on = today - timedelta(days=50)
    task = sp.destruction.schedule(
        planned_on=on, site="TEAD", method="disassembly", lines={lot_id: shipped}, programme_id=programme_id
    )
    sp.destruction.ship(task.id, on=on, lines={lot_id: shipped}, document_ref="GBL-TEAD-0042")
    event = sp.destruction.record_event(
        occurred_on=on + timedelta(days=20),
        site="TEAD",
        method="disassembly",
        officer="D. Moore (contractor)",
        witness="B. Jones (national authority)",
        certificate_number="TEAD-CERT-0042",
        lines={lot_id: shipped - GAP},
        task_id=task.id,
        notes="contractor certificate; shipment manifest GBL-TEAD-0042",
    )
    with sp.acting_as(_verifier(sp)):
        sp.destruction.verify_certificate(event.id, verified_on=on + timedelta(days=27))
    sp.destruction.close_task(
        task.id,
        "TEAD-CERT-0042 accounts for 480 fewer mines than manifest GBL-TEAD-0042 shipped; "
        "inquiry INV-2026-07 opened with the contractor",
    )
    surplus.remove((lot_id, _d, quantity))
    # Two tasks planned ahead, the first already shipped to a contractor's plant abroad and awaiting
    # destruction there: still the state's stockpile (DOMAIN.md section 1, Greece), and in Form D
    # as transferred for the purpose of destruction.
    for ahead in (30, 90):
        lot = next(lot for lot in reversed(surplus) if lot[1] in governed) if ahead == 30 else surplus[-1]
        surplus.remove(lot)
        lot_id, _d, quantity = lot
        planned = sp.destruction.schedule(
            planned_on=today + timedelta(days=ahead),
            site="BG-PLANT" if ahead == 30 else "BGAD",
            method="open_detonation",
            lines={lot_id: quantity},
            programme_id=programme_id,
        )
        if ahead == 30:
            sp.destruction.ship(
                planned.id, on=today - timedelta(days=5), lines={lot_id: quantity}, document_ref="GBL-BG-0107"
            )
        tasks += 1
    return tasks + 1, events + 1
