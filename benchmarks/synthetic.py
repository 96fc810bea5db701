"""A seeded synthetic national stockpile for the benchmark: by default 100,000 lots and exactly
1,000,000 ledger movements, with retention decisions, destruction tasks and events.

The database is created by `open_database`, so the schema is the real migrated one. Rows are
bulk-inserted with `sqlite3` executemany in one transaction; `lot_balance` is then filled from the
program's own `derived_balance_query()` (INSERT ... FROM SELECT), so the projection is by
construction what `db check` expects. The generator simulates every lot in date order and keeps the
service rules as it goes:

- signs per kind (incoming kinds positive, outgoing negative), never a negative balance at any
  date, and no movement after a lot is emptied (rule 8, terminal state);
- outgoing routine movements only take unscheduled surplus (on hand - retained - scheduled);
- retention decisions never exceed what is on hand; Article 3 training consumes retained mines and
  records the follow-up decision, as `consume_in_training` does;
- reversals point at an earlier routine entry of the same lot, once, with a reason;
- closed destruction tasks have one verified event each, either destroyed at the depot (a
  `destroyed` entry carrying the task and event) or shipped to the demilitarisation site first
  (`out_for_destruction`, no second entry); open tasks schedule surplus, some partly shipped.

After loading, the expected balance of every lot (kept during the simulation) is compared with the
projection, and `PRAGMA foreign_key_check` must come back empty. One audit entry, chained from the
genesis hash, records that the file is synthetic, so `db check` finds a valid chain.

Generated files are cached in bench-data/ under a name keyed by generator version, schema revision,
seed and sizes; a file is written under a temporary name and renamed only when complete.
"""

from __future__ import annotations

import hashlib
import json
import random
import sqlite3
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path

from sqlalchemy import insert

from stockpile_tracker.db.migrate import HEAD, open_database
from stockpile_tracker.db.models import LotBalance
from stockpile_tracker.demo import SITES, STORAGE, TRAINING_INSTITUTION, VERIFIER, load_catalogue
from stockpile_tracker.services.audit import GENESIS, canonical_json, entry_hash
from stockpile_tracker.services.balance import derived_balance_query

GENERATOR_VERSION = 1
REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA_DIR = REPO_ROOT / "bench-data"


def dataset_arguments(parser, repeats: int) -> None:
    """The options of every benchmark on the synthetic national stockpile."""
    parser.add_argument("--lots", type=int, default=100_000)
    parser.add_argument("--movements", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=2022)
    parser.add_argument(
        "--repeats", type=int, default=repeats, help=f"timed runs per measure (median; default {repeats})"
    )
    parser.add_argument("--data-dir", type=Path, default=DEFAULT_DATA_DIR)


END = date(2026, 10, 31)  # the synthetic "today": nothing is dated later
POLICY = date(2022, 6, 21)  # US 2022 policy: Korea retention decided, destruction begins
LOADER = "bench-loader"
DEMIL_SITE = "TEAD"
KOREA_SITE = "CAMP-C"
CHUNK_LOTS = 10_000

CATALOGUE = load_catalogue()  # DOMAIN.md section 3, the same data the demo uses

# Relative frequency of each catalogue type among the lots (PMN-2 only appears as discoveries).
TYPE_WEIGHTS = {
    "M67": 18,
    "M72": 12,
    "BLU-92/B": 10,
    "BLU-91/B": 14,
    "M87-AP": 5,
    "M87-AT": 8,
    "M131-AP": 4,
    "M86": 4,
    "M18A1": 9,
    "M14": 7,
    "M16": 9,
}
ADAM = {"M67", "M72"}
TRAINING_TYPES = {"M14", "M16", "M18A1"}
DISCOVERED_TYPE = "PMN-2"
NOTES = [
    "crates repacked after water damage",
    "fuze inspection due",
    "relocated from Seneca Army Depot",
    "pallet markings illegible; lot confirmed by DODIC",
    "partial crate found at annual inventory",
    "stored in igloo {n}",
]
TRANSFER_UNITS = ["2nd Engineer Bn", "82nd Airborne Div", "USMC 1st CEB", "Fort Leonard Wood", "Yuma PG"]
OFFICERS = ["Capt. A. Smith", "Maj. L. Ortiz", "CW3 R. Chen", "D. Moore (contractor)"]
WITNESS = "B. Jones (national authority)"
REVERSAL_REASONS = ["entered against the wrong lot", "quantity keyed twice", "document cancelled by sender"]

# Routine ledger entries between receipt and the end of the record, by relative frequency.
ROUTINE_KINDS = ["transfer_out", "transfer_in", "check_loss", "check_gain", "reversal"]
ROUTINE_CUM_WEIGHTS = [30, 54, 70, 92, 100]
INCOMING = {"receipt", "discovery", "transfer_in", "check_gain"}

# Lot roles: what happens to a lot over its life.
PLAIN, KOREA, KOREA_CONUS, ARTICLE3, HOLD, DESTROY_FULL, DESTROY_PART, SCHEDULED = range(8)

MOVEMENT_SQL = (
    "INSERT INTO movement (id, lot_id, kind, occurred_on, quantity, document_ref, reason, reverses_id, "
    "task_id, event_id, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
LOT_SQL = (
    "INSERT INTO lot (id, lot_number, mine_type_id, site_id, manufactured_on, condition_code, notes, "
    "created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
DECISION_SQL = (
    "INSERT INTO retention_decision (id, lot_id, quantity, category, institution, authority_ref, reason, "
    "valid_from, decided_by, decided_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)


def _batches(rng: random.Random, items: list, smallest: int, largest: int):
    """The items in order, cut into groups of random size."""
    while items:
        size = rng.randint(smallest, largest)
        yield items[:size]
        items = items[size:]


@dataclass(frozen=True)
class Spec:
    seed: int = 2022
    lots: int = 100_000
    movements: int = 1_000_000

    def __post_init__(self) -> None:
        if self.lots < 100:
            raise ValueError("--lots: at least 100")
        if self.movements < 2 * self.lots:
            raise ValueError("--movements: at least twice the number of lots")

    def file_name(self, schema: str) -> str:
        return f"ledger-g{GENERATOR_VERSION}-schema{schema}-seed{self.seed}-lots{self.lots}-mov{self.movements}.sqlite"


@dataclass
class GenerationReport:
    spec: dict
    seconds: dict[str, float] = field(default_factory=dict)
    counts: dict[str, int] = field(default_factory=dict)
    generated_at: str = ""

    @property
    def total_seconds(self) -> float:
        return sum(self.seconds.values())


def schema_fingerprint() -> str:
    """The head revision and a digest of the migrations, so any schema edit makes a new file."""
    digest = hashlib.sha256()
    for script in sorted((REPO_ROOT / "migrations" / "versions").glob("*.py")):
        digest.update(script.read_bytes())
    return f"{HEAD}-{digest.hexdigest()[:8]}"


def cached_database(
    spec: Spec,
    data_dir: Path = DEFAULT_DATA_DIR,
    *,
    regenerate: bool = False,
    log: Callable[[str], None] = print,
) -> tuple[Path, GenerationReport, bool]:
    """(path, report, freshly generated?) for the spec, generating the file when not cached."""
    data_dir.mkdir(parents=True, exist_ok=True)
    path = data_dir / spec.file_name(schema_fingerprint())
    sidecar = path.with_name(path.name + ".json")
    if path.exists() and sidecar.exists() and not regenerate:
        return path, GenerationReport(**json.loads(sidecar.read_text())), False
    report = generate(path, spec, log=log)
    sidecar.write_text(json.dumps(asdict(report), indent=2))
    return path, report, True


def generate(path: Path, spec: Spec, *, log: Callable[[str], None] = print) -> GenerationReport:
    """Write the synthetic stockpile to `path` (replacing it) and say how long each step took."""
    partial = path.with_name(path.name + ".partial")
    for leftover in (partial, *_sidecars(partial), path, *_sidecars(path)):
        leftover.unlink(missing_ok=True)
    report = GenerationReport(asdict(spec), generated_at=datetime.now().isoformat(timespec="seconds"))
    clock = time.perf_counter()

    def lap(name: str) -> None:
        nonlocal clock
        now = time.perf_counter()
        report.seconds[name] = report.seconds.get(name, 0.0) + now - clock
        clock = now

    log(f"generating {path.name}: {spec.lots:,} lots, {spec.movements:,} movements, seed {spec.seed}")
    open_database(str(partial)).dispose()
    lap("create schema (open_database)")

    builder = _Builder(spec)
    connection = sqlite3.connect(partial, isolation_level=None)
    try:
        # Bulk-load settings for this connection only; the program's own connections set WAL again.
        connection.execute("PRAGMA journal_mode=MEMORY")
        connection.execute("PRAGMA synchronous=OFF")
        connection.execute("PRAGMA foreign_keys=OFF")  # checked in full after loading
        connection.execute("PRAGMA cache_size=-262144")
        connection.execute("BEGIN")
        builder.load(connection, lap, log)
        connection.execute("COMMIT")
    finally:
        connection.close()
    lap("commit")

    engine = open_database(str(partial))
    try:
        columns = [column.name for column in LotBalance.__table__.columns]
        with engine.begin() as db:
            db.execute(insert(LotBalance).from_select(columns, derived_balance_query()))
    finally:
        engine.dispose()
    lap("fill lot_balance from derived_balance_query()")

    connection = sqlite3.connect(partial, isolation_level=None)
    try:
        builder.verify(connection)
        lap("verify projection and foreign keys")
        builder.write_audit_entry(connection)
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        connection.close()
    partial.replace(path)
    lap("audit entry, checkpoint")
    report.counts = builder.counts()
    log(f"generated in {report.total_seconds:.1f} s: " + ", ".join(f"{v:,} {k}" for k, v in report.counts.items()))
    return report


def _sidecars(path: Path) -> list[Path]:
    return [path.with_name(path.name + suffix) for suffix in ("-wal", "-shm", "-journal")]


class _Lot:
    __slots__ = (
        "id",
        "type_id",
        "designation",
        "site",
        "number",
        "made",
        "arrived",
        "quantity",
        "role",
        "discovery",
        "task",
        "open_task",
        "ship",
        "trainings",
        "release",
        "notes",
        "condition",
        "extra",
    )


@dataclass
class _Task:
    id: int
    reference: str
    site: str
    method: str
    planned_on: date
    open: bool
    ship_on: date | None = None  # shipped to the demilitarisation site on this date
    event_on: date | None = None
    verified_on: date | None = None
    created_on: date | None = None
    lines: int = 0


class _Builder:
    """Plans the lots and tasks, then simulates each lot's ledger in date order."""

    def __init__(self, spec: Spec) -> None:
        self.spec = spec
        self.rng = random.Random(spec.seed)
        self.type_ids = {entry.designation: index for index, entry in enumerate(CATALOGUE, start=1)}
        self.type_sizes = {entry.designation: entry.typical_lot_size for entry in CATALOGUE}
        self.site_ids = {code: index for index, (code, _n, _c) in enumerate(SITES, start=1)}
        self.iso = {}  # date ordinal -> 'YYYY-MM-DD'
        self.movement_id = 0
        self.decision_id = 0
        self.task_lines: list[tuple[int, int, int]] = []
        self.event_lines: list[tuple[int, int, int, int]] = []
        self.expected: list[tuple] = []
        self.tasks: list[_Task] = []
        self.lots: list[_Lot] = []

    # -- planning ------------------------------------------------------------------------------

    def plan(self) -> None:
        rng = self.rng
        types = list(TYPE_WEIGHTS)
        cumulative = []
        running = 0
        for designation in types:
            running += TYPE_WEIGHTS[designation]
            cumulative.append(running)
        self.lots = []
        for number in range(1, self.spec.lots + 1):
            lot = _Lot()
            lot.id = number
            lot.discovery = number % 9 != 0 and rng.random() < 0.002
            korea = number % 9 == 0
            lot.designation = DISCOVERED_TYPE if lot.discovery else rng.choices(types, cum_weights=cumulative)[0]
            lot.type_id = self.type_ids[lot.designation]
            lot.site = KOREA_SITE if korea else "HWAD" if lot.discovery else rng.choice(STORAGE)
            size = self.type_sizes[lot.designation]
            lot.quantity = max(50, int(rng.gauss(size, size / 4)) // 10 * 10)
            if lot.discovery:
                lot.made = None
                lot.arrived = date(2024, 1, 1) + timedelta(days=rng.randint(0, 900))
                lot.number = f"PMN2-FOUND-{number:06d}"
                lot.quantity = rng.randint(20, 400)
            else:
                lot.made = date(rng.randint(1978, 2004), rng.randint(1, 12), rng.randint(1, 28))
                lot.arrived = lot.made + timedelta(days=rng.randint(90, 900))
                prefix = lot.designation.split("/")[0].replace("-", "")
                lot.number = f"{prefix}-{lot.made.year % 100:02d}{number:06d}"
            lot.condition = rng.choice("AAAABBCEH")
            lot.notes = None
            if lot.discovery:
                lot.notes = "previously unknown stockpile found during a bunker inventory"
            elif rng.random() < 0.04:
                lot.notes = rng.choice(NOTES).format(n=rng.randint(1, 400))
            lot.task = lot.open_task = None
            lot.ship = False
            lot.trainings = 0
            lot.release = False
            if korea:
                lot.role = KOREA
            elif lot.discovery:
                lot.role = PLAIN
            else:
                u = rng.random()
                if u < 0.001:
                    lot.role = HOLD
                elif u < 0.03 and lot.designation in TRAINING_TYPES:
                    lot.role = ARTICLE3
                    lot.trainings = rng.randint(1, 3)
                elif u < 0.06 and lot.designation in ADAM:
                    lot.role = KOREA_CONUS
                    lot.release = rng.random() < 0.25
                elif u < 0.36:
                    lot.role = DESTROY_FULL
                elif u < 0.44:
                    lot.role = DESTROY_PART
                elif u < 0.48:
                    lot.role = SCHEDULED
                    lot.ship = rng.random() < 0.4
                else:
                    lot.role = PLAIN
            self.lots.append(lot)
        self._plan_tasks()
        self._spread_movements()

    def _plan_tasks(self) -> None:
        rng = self.rng
        closed: dict[str, list[_Lot]] = {}
        scheduled: dict[str, list[_Lot]] = {}
        for lot in self.lots:
            if lot.role in (DESTROY_FULL, DESTROY_PART):
                site = DEMIL_SITE if rng.random() < 0.3 else lot.site
                closed.setdefault(site, []).append(lot)
            elif lot.role == SCHEDULED:
                scheduled.setdefault(lot.site, []).append(lot)
        first, last = date(2022, 8, 1).toordinal(), date(2026, 8, 31).toordinal()
        planned: list[tuple[_Task, list[_Lot]]] = []
        for site in sorted(closed):
            for group in _batches(rng, closed[site], 10, 40):
                on = date.fromordinal(rng.randint(first, last))
                task = _Task(
                    0,
                    "",
                    site,
                    "disassembly" if site == DEMIL_SITE else rng.choice(["open_detonation", "incineration_rotary"]),
                    on,
                    open=False,
                )
                if site == DEMIL_SITE:
                    task.ship_on = on
                    task.event_on = on + timedelta(days=rng.randint(10, 30))
                else:
                    task.event_on = on + timedelta(days=rng.randint(0, 10))
                task.verified_on = task.event_on + timedelta(days=7)
                planned.append((task, group))
        first, last = date(2026, 7, 1).toordinal(), date(2026, 9, 30).toordinal()
        for site in sorted(scheduled):
            for group in _batches(rng, scheduled[site], 5, 20):
                created = date.fromordinal(rng.randint(first, last))
                task = _Task(
                    0,
                    "",
                    site,
                    rng.choice(["open_detonation", "incineration_rotary"]),
                    created + timedelta(days=rng.randint(30, 150)),
                    open=True,
                    created_on=created,
                )
                planned.append((task, group))
        # Number the tasks in planning order, references per year as the service makes them.
        planned.sort(key=lambda item: (item[0].open, item[0].planned_on))
        per_year: dict[int, int] = {}
        for task_id, (task, group) in enumerate(planned, start=1):
            task.id = task_id
            year = task.planned_on.year
            per_year[year] = per_year.get(year, 0) + 1
            task.reference = f"T-{year}-{per_year[year]:03d}"
            for lot in group:
                if task.open:
                    lot.open_task = task
                else:
                    lot.task = task
            self.tasks.append(task)

    def _spread_movements(self) -> None:
        """Each lot gets its receipt and planned special entries; the rest are spread at random."""
        base = 0
        for lot in self.lots:
            special = lot.trainings + (1 if lot.role in (DESTROY_FULL, DESTROY_PART) else 0) + int(lot.ship)
            lot.extra = special
            base += 1 + special
        extras = self.spec.movements - base
        if extras < 0:
            raise ValueError(f"--movements: at least {base:,} for {self.spec.lots:,} lots")
        routine = [0] * len(self.lots)
        for index in self.rng.choices(range(len(self.lots)), k=extras):
            routine[index] += 1
        for lot, count in zip(self.lots, routine, strict=True):
            lot.extra = count  # routine entries; the special ones follow from the role

    # -- loading -------------------------------------------------------------------------------

    def load(self, db: sqlite3.Connection, lap: Callable[[str], None], log: Callable[[str], None]) -> None:
        self.plan()
        lap("plan lots and tasks")
        self._load_reference_data(db)
        lap("insert reference data")
        for start in range(0, len(self.lots), CHUNK_LOTS):
            chunk = self.lots[start : start + CHUNK_LOTS]
            lot_rows, movement_rows, decision_rows = [], [], []
            for lot in chunk:
                lot_rows.append(self._lot_row(lot))
                self._simulate(lot, movement_rows, decision_rows)
            lap("simulate ledger (Python)")
            db.executemany(LOT_SQL, lot_rows)
            db.executemany(MOVEMENT_SQL, movement_rows)
            db.executemany(DECISION_SQL, decision_rows)
            lap("insert lots, movements, decisions (executemany)")
            done = start + len(chunk)
            if done % (CHUNK_LOTS * 5) == 0 or done == len(self.lots):
                log(f"  {done:,} lots, {self.movement_id:,} movements")
        self._load_tasks(db)
        lap("insert tasks, events and their lines")
        if self.movement_id != self.spec.movements:
            raise AssertionError(f"generated {self.movement_id:,} movements, not {self.spec.movements:,}")

    def _load_reference_data(self, db: sqlite3.Connection) -> None:
        db.executemany(
            "INSERT INTO mine_type (id, designation, name, category, activation, self_destruct_hours, "
            "self_deactivating, delivery, notes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    self.type_ids[e.designation],
                    e.designation,
                    e.name,
                    e.category,
                    e.activation,
                    e.self_destruct_hours,
                    int(e.self_deactivating),
                    e.delivery,
                    e.notes,
                )
                for e in CATALOGUE
            ],
        )
        db.executemany(
            "INSERT INTO site (id, code, name, country) VALUES (?, ?, ?, ?)",
            [(self.site_ids[code], code, name, country) for code, name, country in SITES],
        )
        db.execute(
            "UPDATE setting SET value = ? WHERE key = 'organisation'",
            ("Synthetic national stockpile (benchmark data)",),
        )

    def _load_tasks(self, db: sqlite3.Connection) -> None:
        profile_id = db.execute("SELECT id FROM policy_profile WHERE code = 'us-2022'").fetchone()[0]
        db.execute(
            "INSERT INTO programme (id, name, profile_id, deadline, methods, safety_standards, "
            "environmental_standards, created_by, created_at) VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                "National APL stockpile destruction (synthetic)",
                profile_id,
                "2029-12-31",
                json.dumps(["open_detonation", "incineration_rotary", "disassembly"]),
                "IATG 10.10 / DA PAM 385-64",
                "RCRA permits per site",
                LOADER,
                "2022-07-01 09:00:00.000000",
            ),
        )
        db.executemany(
            "INSERT INTO programme_site (programme_id, site_id) VALUES (1, ?)",
            [(self.site_ids[code],) for code in [*STORAGE, DEMIL_SITE]],
        )
        task_rows, event_rows = [], []
        for task in self.tasks:
            if task.lines == 0:
                continue  # every lot meant for it had nothing left to plan
            if task.open:
                created_at = f"{task.created_on.isoformat()} 09:00:00.000000"
                task_rows.append(
                    (
                        task.id,
                        task.reference,
                        1,
                        task.planned_on.isoformat(),
                        self.site_ids[task.site],
                        task.method,
                        "open",
                        LOADER,
                        created_at,
                        None,
                        None,
                        None,
                    )
                )
                continue
            created_at = f"{(task.planned_on - timedelta(days=30)).isoformat()} 09:00:00.000000"
            closed_at = f"{(task.verified_on + timedelta(days=1)).isoformat()} 15:00:00.000000"
            task_rows.append(
                (
                    task.id,
                    task.reference,
                    1,
                    task.planned_on.isoformat(),
                    self.site_ids[task.site],
                    task.method,
                    "closed",
                    LOADER,
                    created_at,
                    LOADER,
                    closed_at,
                    None,
                )
            )
            event_rows.append(
                (
                    task.id,
                    task.id,
                    task.event_on.isoformat(),
                    self.site_ids[task.site],
                    task.method,
                    OFFICERS[task.id % len(OFFICERS)],
                    WITNESS,
                    self._certificate(task),
                    "shipment manifest " + self._manifest(task) if task.ship_on else None,
                    LOADER,
                    f"{task.event_on.isoformat()} 16:00:00.000000",
                    VERIFIER,
                    task.verified_on.isoformat(),
                )
            )
        db.executemany(
            "INSERT INTO destruction_task (id, reference, programme_id, planned_on, site_id, method, status, "
            "created_by, created_at, closed_by, closed_at, close_note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            task_rows,
        )
        db.executemany(
            "INSERT INTO destruction_event (id, task_id, occurred_on, site_id, method, officer, witness, "
            "certificate_number, notes, recorded_by, recorded_at, verified_by, verified_on) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            event_rows,
        )
        db.executemany("INSERT INTO task_line (task_id, lot_id, quantity) VALUES (?, ?, ?)", self.task_lines)
        db.executemany(
            "INSERT INTO event_line (event_id, lot_id, quantity, certified_quantity) VALUES (?, ?, ?, ?)",
            self.event_lines,
        )

    @staticmethod
    def _certificate(task: _Task) -> str:
        return f"DC-{task.site}-{task.event_on.year}-{task.id:05d}"

    @staticmethod
    def _manifest(task: _Task) -> str:
        return f"GBL-{task.site}-{task.id:05d}"

    def _lot_row(self, lot: _Lot) -> tuple:
        return (
            lot.id,
            lot.number,
            lot.type_id,
            self.site_ids[lot.site],
            lot.made.isoformat() if lot.made else None,
            lot.condition,
            lot.notes,
            LOADER,
            f"{lot.arrived.isoformat()} 10:00:00.000000",
        )

    def _day(self, ordinal: int) -> str:
        text = self.iso.get(ordinal)
        if text is None:
            text = self.iso[ordinal] = date.fromordinal(ordinal).isoformat()
        return text

    # -- the ledger of one lot -----------------------------------------------------------------

    def _simulate(self, lot: _Lot, movements: list[tuple], decisions: list[tuple]) -> None:
        rng = self.rng
        start = lot.arrived.toordinal()
        end = END.toordinal()
        # Special events: (ordinal, priority, tag).
        specials: list[tuple[int, int, str]] = []
        cutoff = end
        task = lot.task
        if task is not None:
            moved_on = (task.ship_on or task.event_on).toordinal()
            specials.append((moved_on, 1, "destroy"))
            if lot.role == DESTROY_FULL:
                cutoff = moved_on - 1
        if lot.role == KOREA:
            specials.append((POLICY.toordinal(), 1, "decide"))
        elif lot.role == KOREA_CONUS:
            specials.append((date(2022, 9, 1).toordinal(), 1, "decide"))
            if lot.release:
                specials.append((date(2025, 3, 1).toordinal() + rng.randint(0, 300), 1, "release"))
        elif lot.role == HOLD:
            specials.append((date(2024, 3, 4).toordinal() + rng.randint(0, 200), 1, "decide"))
        elif lot.role == ARTICLE3:
            decided = date(2023, 1, 10).toordinal() + rng.randint(0, 30)
            specials.append((decided, 1, "decide"))
            for _ in range(lot.trainings):
                specials.append((rng.randint(decided + 1, end), 2, "train"))
        elif lot.role == SCHEDULED:
            open_task = lot.open_task
            created = open_task.created_on.toordinal()
            specials.append((created, 1, "schedule"))
            if lot.ship:
                specials.append((rng.randint(created + 1, end), 2, "ship"))
        low = min(start + 1, cutoff)
        events = [(rng.randint(low, cutoff), 0, "") for _ in range(lot.extra)]
        events.extend(specials)
        events.sort()

        lot_id = lot.id
        clerk = f"clerk.{lot.site.lower()}"
        quantity0 = lot.quantity
        on_hand = received = retained = scheduled = destroyed = 0
        category: str | None = None
        institution: str | None = None
        latest_decision = 0
        candidates: list[tuple[int, int, str, str]] = []  # reversible entries: id, quantity, kind, doc

        def emit(
            kind: str,
            day: int,
            quantity: int,
            doc: str | None,
            reason: str | None,
            reverses: int | None = None,
            task_id: int | None = None,
            event_id: int | None = None,
        ) -> int:
            self.movement_id += 1
            movement_id = self.movement_id
            movements.append(
                (
                    movement_id,
                    lot_id,
                    kind,
                    self._day(day),
                    quantity,
                    doc,
                    reason,
                    reverses,
                    task_id,
                    event_id,
                    clerk,
                    f"{self._day(day)} {8 + movement_id % 9:02d}:00:00.000000",
                )
            )
            return movement_id

        def decide(day: int, quantity: int, why: str, ref: str) -> None:
            nonlocal retained, category, institution, latest_decision
            self.decision_id += 1
            decided_on = max(day, latest_decision)
            latest_decision = decided_on
            retained = quantity
            if quantity == 0:
                category = institution = None
            decisions.append(
                (
                    self.decision_id,
                    lot_id,
                    quantity,
                    category,
                    institution,
                    ref,
                    why,
                    self._day(decided_on),
                    LOADER,
                    f"{self._day(decided_on)} 11:00:00.000000",
                )
            )

        first_kind = "discovery" if lot.discovery else "receipt"
        emit(first_kind, start, quantity0, f"DD1348-{lot.arrived.year}-{lot_id:06d}", None)
        on_hand = received = quantity0

        for day, priority, tag in events:
            free = on_hand - retained - scheduled
            room = min(free, on_hand - 1)  # what may leave without touching locked stock or emptying
            if tag == "destroy":
                amount = free if lot.role == DESTROY_FULL else free // 2
                if amount < 1 or (lot.role == DESTROY_PART and on_hand - amount < 1):
                    tag = ""  # nothing to destroy: a stock check instead keeps the entry count
                else:
                    if task.ship_on is not None:
                        emit(
                            "out_for_destruction",
                            day,
                            -amount,
                            self._manifest(task),
                            f"shipped for task {task.reference}",
                            task_id=task.id,
                        )
                    else:
                        emit(
                            "destroyed", day, -amount, self._certificate(task), None, task_id=task.id, event_id=task.id
                        )
                    on_hand -= amount
                    destroyed += amount
                    task.lines += 1
                    self.task_lines.append((task.id, lot_id, amount))
                    self.event_lines.append((task.id, lot_id, amount, amount))
                    continue
            elif tag == "decide":
                if lot.role == KOREA:
                    amount, ref, why = free, "USFK-RET-2022-01", "reserved for the defence of the Republic of Korea"
                    category = "korea"
                elif lot.role == KOREA_CONUS:
                    amount, ref, why = free // 2, "USFK-RET-2022-02", "Korea reserve held in CONUS pending shipment"
                    category = "korea"
                elif lot.role == ARTICLE3:
                    amount = min(free, rng.choice([100, 200, 300, 500]))
                    ref, why = "DA-TRN-2023-07", "detection and clearance training"
                    category, institution = "article3", TRAINING_INSTITUTION
                else:
                    amount, ref, why = free, f"CID-2024-{lot_id % 1000:03d}", "investigation of a missing crate"
                    category = "legal_hold"
                if amount >= 1:
                    decide(day, amount, why, ref)
                else:
                    category = institution = None
                continue
            elif tag == "release":
                if retained:
                    decide(day, 0, "shipped to Korea; remainder released to surplus", "USFK-RET-2025-04")
                continue
            elif tag == "schedule":
                if room >= 1:
                    scheduled = max(1, int(room * rng.uniform(0.3, 1.0)))
                    self.task_lines.append((lot.open_task.id, lot_id, scheduled))
                    lot.open_task.lines += 1
                continue
            elif tag == "train":
                amount = min(retained, on_hand - 1, rng.randint(1, 40)) if category == "article3" else 0
                if amount >= 1:
                    doc = f"DA-TRN-{date.fromordinal(day).year}-{self.movement_id + 1:07d}"
                    emit("training", day, -amount, doc, "detection and clearance training")
                    on_hand -= amount
                    decide(day, retained - amount, f"{amount:,} consumed in training", doc)
                    continue
                tag = ""
            elif tag == "ship":
                amount = min(scheduled, on_hand - 1, rng.randint(1, max(1, scheduled)))
                if amount >= 1:
                    open_task = lot.open_task
                    emit(
                        "out_for_destruction",
                        day,
                        -amount,
                        self._manifest(open_task),
                        f"shipped for task {open_task.reference}",
                        task_id=open_task.id,
                    )
                    on_hand -= amount
                    scheduled -= amount
                    continue
                tag = ""

            # A routine entry (also the stand-in for a special one that had nothing to act on).
            if priority == 0:
                kind = rng.choices(ROUTINE_KINDS, cum_weights=ROUTINE_CUM_WEIGHTS)[0]
            else:
                kind = "check_gain"
            if kind == "reversal":
                if candidates:
                    original_id, original_quantity, original_kind, doc = candidates.pop(rng.randrange(len(candidates)))
                    amount = -original_quantity
                    if amount > 0 or -amount <= room:
                        emit("reversal", day, amount, doc, rng.choice(REVERSAL_REASONS), reverses=original_id)
                        on_hand += amount
                        if original_kind in INCOMING:
                            received += amount
                        continue
                kind = "check_gain"
            if kind in ("transfer_out", "check_loss") and room < 1:
                kind = "check_gain"
            year = date.fromordinal(day).year
            if kind == "transfer_out":
                amount = -rng.randint(1, max(1, min(room, quantity0 // 8)))
                doc = f"DD1348-{year}-{self.movement_id + 1:07d}"
                reason = "issued to " + rng.choice(TRANSFER_UNITS)
            elif kind == "check_loss":
                amount = -rng.randint(1, min(room, 10))
                doc, reason = f"INV-{year}-{lot.site}", "short at stock check; under review"
            elif kind == "transfer_in":
                amount = rng.randint(1, max(1, quantity0 // 10))
                doc = f"DD1348-{year}-{self.movement_id + 1:07d}"
                reason = "returned from " + rng.choice(TRANSFER_UNITS)
            else:
                amount = rng.randint(1, 10)
                doc, reason = f"INV-{year}-{lot.site}", "found at stock check"
            movement_id = emit(kind, day, amount, doc, reason)
            on_hand += amount
            if amount > 0:
                received += amount
            candidates.append((movement_id, amount, kind, doc))
            if len(candidates) > 6:
                del candidates[0]

        self.expected.append(
            (lot_id, on_hand, received, retained, category if retained else None, scheduled, destroyed)
        )

    # -- after loading -------------------------------------------------------------------------

    def verify(self, db: sqlite3.Connection) -> None:
        stored = db.execute(
            "SELECT lot_id, on_hand, received, retained, retention_category, scheduled, destroyed "
            "FROM lot_balance ORDER BY lot_id"
        ).fetchall()
        if stored != self.expected:
            wrong = next((pair for pair in zip(stored, self.expected, strict=False) if pair[0] != pair[1]), None)
            raise AssertionError(
                f"lot_balance differs from the simulation: stored/expected {wrong}, "
                f"{len(stored)} rows vs {len(self.expected)}"
            )
        broken = db.execute("PRAGMA foreign_key_check").fetchmany(5)
        if broken:
            raise AssertionError(f"foreign keys broken: {broken}")

    def write_audit_entry(self, db: sqlite3.Connection) -> None:
        at = datetime(END.year, END.month, END.day, 18, 0, 0)
        after = canonical_json({"generator": GENERATOR_VERSION, **asdict(self.spec), **self.counts()})
        reason = "synthetic data for make bench; no real stockpile"
        digest = entry_hash(1, at, LOADER, "bench_synthetic_load", "database", None, None, after, reason, GENESIS)
        db.execute("BEGIN IMMEDIATE")
        db.execute(
            "INSERT INTO audit_entry (id, at, user, action, entity, entity_id, before, after, reason, "
            "prev_hash, hash) VALUES (1, ?, ?, ?, ?, NULL, NULL, ?, ?, ?, ?)",
            (
                at.strftime("%Y-%m-%d %H:%M:%S.%f"),
                LOADER,
                "bench_synthetic_load",
                "database",
                after,
                reason,
                GENESIS,
                digest,
            ),
        )
        updated = db.execute(
            "UPDATE audit_head SET last_id = 1, last_hash = ? WHERE id = 1 AND last_id = 0", (digest,)
        ).rowcount
        if updated != 1:
            db.execute("ROLLBACK")
            raise AssertionError("audit head was not at the genesis entry")
        db.execute("COMMIT")

    def counts(self) -> dict[str, int]:
        return {
            "lots": len(self.lots),
            "movements": self.movement_id,
            "retention_decisions": self.decision_id,
            "destruction_tasks": sum(1 for task in self.tasks if task.lines),
            "destruction_events": sum(1 for task in self.tasks if task.lines and not task.open),
            "task_lines": len(self.task_lines),
        }
