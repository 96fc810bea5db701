"""A seeded synthetic national stockpile for the benchmark: by default 100,000 lots and exactly
1,000,000 ledger movements, with retention decisions, destruction tasks and events.

The database is created by `open_database`, so the schema is the real migrated one. Rows are
bulk-inserted with `sqlite3` executemany in one transaction; `lot_balance` is then filled from the
program's own `derived_balance_query()` (INSERT ... FROM SELECT), so the projection is by
construction what `db check` expects. The generator simulates every lot in date order and keeps the
service rules as it goes:

- signs per kind (incoming kinds positive, outgoing negative), never a negative balance at any
  date, and no movement after a lot is emptied (the terminal-state rule);
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

The parts: setting.py (dates, sites, catalogue, names), lots.py (the lots and their roles),
tasks.py (the destruction tasks), ledger.py (one lot's ledger), loading.py (the rows written and
checked).

Generated files are cached in bench-data/ under a name keyed by generator version, schema revision,
seed and sizes; a file is written under a temporary name and renamed only when complete.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import datetime
from pathlib import Path

from sqlalchemy import insert

from stockpile_tracker.db.migrate import HEAD, open_database
from stockpile_tracker.db.models import LotBalance
from stockpile_tracker.services.balance import derived_balance_query

from .loading import Builder
from .setting import END, GENERATOR_VERSION

__all__ = ["END", "GenerationReport", "Spec", "cached_database", "dataset_arguments", "generate"]

REPO_ROOT = Path(__file__).resolve().parents[2]
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

    builder = Builder(spec)
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
