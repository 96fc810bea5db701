"""Loading the synthetic stockpile: the reference data, each chunk of lots with its simulated ledger
and retention decisions (executemany), the tasks and events with their lines; then the check of
the projection against the simulation, and the one audit entry."""

from __future__ import annotations

import json
import random
import sqlite3
from collections.abc import Callable
from dataclasses import asdict
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from stockpile_tracker.demo import SITES, STORAGE, VERIFIER
from stockpile_tracker.services.audit import GENESIS, canonical_json, entry_hash

from .ledger import LotLedger
from .lots import Lot, plan_lots, spread_movements
from .setting import CATALOGUE, DEMIL_SITE, END, GENERATOR_VERSION, LOADER, OFFICERS, WITNESS
from .tasks import Task, plan_tasks

if TYPE_CHECKING:
    from . import Spec

CHUNK_LOTS = 10_000

# Each lot has one holding, at its site, with the lot's id: an entry's holding is its lot's.
MOVEMENT_SQL = (
    "INSERT INTO movement (id, lot_id, holding_id, kind, occurred_on, quantity, document_ref, reason, reverses_id, "
    "task_id, event_id, recorded_by, recorded_at) VALUES (?1, ?2, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)"
)
HOLDING_SQL = "INSERT INTO holding (id, lot_id, site_id) VALUES (?1, ?1, ?2)"
LOT_SQL = (
    "INSERT INTO lot (id, lot_number, mine_type_id, site_id, manufactured_on, condition_code, notes, "
    "created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
DECISION_SQL = (
    "INSERT INTO retention_decision (id, lot_id, quantity, category, institution, authority_ref, reason, "
    "valid_from, decided_by, decided_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
SUSPENSION_SQL = (
    "INSERT INTO suspension (id, lot_id, kind, quantity, reference, reason, suspended_from, suspended_by, "
    "suspended_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
)


class Builder:
    """Plans the lots and tasks, simulates each lot's ledger in date order, and loads the rows."""

    def __init__(self, spec: Spec) -> None:
        self.spec = spec
        self.rng = random.Random(spec.seed)
        self.type_ids = {entry.designation: index for index, entry in enumerate(CATALOGUE, start=1)}
        self.type_sizes = {entry.designation: entry.typical_lot_size for entry in CATALOGUE}
        self.site_ids = {code: index for index, (code, *_rest) in enumerate(SITES, start=1)}
        self.iso = {}  # date ordinal -> 'YYYY-MM-DD'
        self.movement_id = 0
        self.decision_id = 0
        self.suspension_id = 0
        self.suspensions: list[tuple] = []  # of the chunk being loaded: legal holds, in force
        self.task_lines: list[tuple[int, int, int]] = []
        self.event_lines: list[tuple[int, int, int, int]] = []
        self.expected: list[tuple] = []
        self.tasks: list[Task] = []
        self.lots: list[Lot] = []

    # -- planning ------------------------------------------------------------------------------

    def plan(self) -> None:
        self.lots = plan_lots(self.rng, self.spec.lots, self.type_ids, self.type_sizes)
        self.tasks = plan_tasks(self.rng, self.lots)
        spread_movements(self.rng, self.lots, self.spec.movements, self.spec.lots)

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
                self.expected.append(LotLedger(self, lot, movement_rows, decision_rows).simulate())
            lap("simulate ledger (Python)")
            db.executemany(LOT_SQL, lot_rows)
            db.executemany(HOLDING_SQL, [(row[0], row[3]) for row in lot_rows])
            db.executemany(MOVEMENT_SQL, movement_rows)
            db.executemany(DECISION_SQL, decision_rows)
            db.executemany(SUSPENSION_SQL, self.suspensions)
            self.suspensions.clear()
            lap("insert lots, movements, decisions, suspensions (executemany)")
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
            "self_deactivating, delivery, notes, ap_per_item, av_per_item) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
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
                    e.ap_per_item,
                    e.av_per_item,
                )
                for e in CATALOGUE
            ],
        )
        db.executemany(
            "INSERT INTO site (id, code, name, country, kind) VALUES (?, ?, ?, ?, ?)",
            [(self.site_ids[code], code, name, country, kind) for code, name, country, kind in SITES],
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
                task_rows.append(self._task_row(task, f"{task.created_on.isoformat()} 09:00:00.000000"))
                continue
            task_rows.append(
                self._task_row(
                    task,
                    f"{(task.planned_on - timedelta(days=30)).isoformat()} 09:00:00.000000",
                    f"{(task.verified_on + timedelta(days=1)).isoformat()} 15:00:00.000000",
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
                    task.certificate(),
                    "shipment manifest " + task.manifest() if task.ship_on else None,
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

    def _task_row(self, task: Task, created_at: str, closed_at: str | None = None) -> tuple:
        """A destruction_task row: open, or closed by the loader when `closed_at` is given."""
        return (
            task.id,
            task.reference,
            1,
            task.planned_on.isoformat(),
            self.site_ids[task.site],
            task.method,
            "open" if closed_at is None else "closed",
            LOADER,
            created_at,
            None if closed_at is None else LOADER,
            closed_at,
            None,
        )

    def _lot_row(self, lot: Lot) -> tuple:
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

    def day(self, ordinal: int) -> str:
        text = self.iso.get(ordinal)
        if text is None:
            text = self.iso[ordinal] = date.fromordinal(ordinal).isoformat()
        return text

    # -- the ledger of one lot -----------------------------------------------------------------

    # -- after loading -------------------------------------------------------------------------

    def verify(self, db: sqlite3.Connection) -> None:
        stored = db.execute(
            "SELECT lot_id, on_hand, received, retained, retention_category, scheduled, destroyed, suspended "
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
            "suspensions": self.suspension_id,
            "destruction_tasks": sum(1 for task in self.tasks if task.lines),
            "destruction_events": sum(1 for task in self.tasks if task.lines and not task.open),
            "task_lines": len(self.task_lines),
        }
