"""`make bench`: the stockpile screen's questions on a synthetic national stockpile, each timed
through the program's services and as plain SQL through the stdlib `sqlite3` module on the same file.

    python -m benchmarks.ledger_bench                      # 100,000 lots, 1,000,000 movements
    python -m benchmarks.ledger_bench --lots 10000 --movements 100000   # a quick run
    python -m benchmarks.ledger_bench --try-index lot:site_id,lot_number  # before/after an index

Questions:
  1. open + first screen: `open_database` + `Stockpile` + first page + totals (a fresh engine each
     time: Alembic's revision check, connection set-up, SQL compiled anew) against
     `sqlite3.connect` + the same two queries in plain SQL; and bulk insert of ledger rows through
     SQLAlchemy Core executemany against `sqlite3` executemany (inside a transaction rolled back).
  2. first page of 100 lots sorted by lot number, with on hand / retained / surplus, per filter:
     `QueryService.lots` against the equivalent plain SQL.
  3. totals per filter: `QueryService.totals` against a plain SUM over lot_balance with the same
     joins; and, as a reference, on hand and retained summed straight from the ledger.

Every figure is the median of several runs (time.perf_counter) after one warm-up run. Targets are
shown next to the figures (service within 2x of plain SQL; a first page under 200 ms) and never fail
the run. The service queries' `EXPLAIN QUERY PLAN` is printed with what to look at.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import partial
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, event, insert

from stockpile_tracker.db.migrate import open_database
from stockpile_tracker.db.models import Movement
from stockpile_tracker.domain.enums import RetentionFilter
from stockpile_tracker.services import LotFilter, Stockpile

from .synthetic import GenerationReport, Spec, cached_database, dataset_arguments

PAGE = 100
RATIO_TARGET = 2.0
PAGE_TARGET_MS = 200.0
USER = "bench"

# -- the plain-SQL side: what someone would write by hand against the same schema -------------------

FROM = (
    "FROM lot l JOIN lot_balance b ON b.lot_id = l.id "
    "JOIN mine_type t ON t.id = l.mine_type_id JOIN site s ON s.id = l.site_id"
)
PAGE_SELECT = (
    "SELECT l.id, l.lot_number, t.designation, t.category, "
    "CASE WHEN t.self_destruct_hours IS NOT NULL THEN 'SD' WHEN t.self_deactivating THEN 'SDA' "
    "ELSE 'persistent' END, t.self_destruct_hours, s.code, s.country, l.condition_code, "
    "b.retention_category, b.on_hand, b.retained, b.scheduled, b.destroyed, l.notes "
)
TOTALS_SELECT = (
    "SELECT count(l.id), coalesce(sum(b.on_hand), 0), coalesce(sum(b.retained), 0), "
    "coalesce(sum(b.scheduled), 0), coalesce(sum(b.destroyed), 0) "
)
# On hand from the ledger, retained from the latest retention decision: no projection involved.
LEDGER_TOTALS = (
    "WITH g AS (SELECT lot_id, sum(quantity) AS on_hand FROM movement GROUP BY lot_id), "
    "k AS (SELECT lot_id, quantity FROM (SELECT lot_id, quantity, row_number() OVER "
    "(PARTITION BY lot_id ORDER BY valid_from DESC, id DESC) AS rank FROM retention_decision) "
    "WHERE rank = 1) "
    "SELECT count(l.id), coalesce(sum(g.on_hand), 0), coalesce(sum(coalesce(k.quantity, 0)), 0) "
    "FROM lot l JOIN g ON g.lot_id = l.id LEFT JOIN k ON k.lot_id = l.id "
    "JOIN mine_type t ON t.id = l.mine_type_id JOIN site s ON s.id = l.site_id"
)


@dataclass(frozen=True)
class Question:
    name: str
    service_filter: LotFilter
    where: tuple[str, ...] = ()  # conditions on l, b, t, s
    params: tuple[Any, ...] = ()

    def plain_where(self, ledger: bool = False) -> str:
        if not self.where:
            return ""
        text = " AND ".join(self.where)
        if ledger:
            text = text.replace("b.retained", "coalesce(k.quantity, 0)").replace("b.on_hand", "g.on_hand")
        return " WHERE " + text

    def page_sql(self) -> str:
        # LIMIT/OFFSET bound as the service binds them: with a literal LIMIT 100 SQLite plans the
        # Retained page differently (index on retained + sort, about 10x slower on the big file).
        return PAGE_SELECT + FROM + self.plain_where() + " ORDER BY l.lot_number, l.id LIMIT ? OFFSET ?"

    def page_params(self, offset: int = 0) -> tuple[Any, ...]:
        return (*self.params, PAGE, offset)

    def totals_sql(self) -> str:
        return TOTALS_SELECT + FROM + self.plain_where()

    def ledger_sql(self) -> str:
        return LEDGER_TOTALS + self.plain_where(ledger=True)


TEXT = "crate"
QUESTIONS = [
    Question("All", LotFilter()),
    Question("Retained", LotFilter(retention=RetentionFilter.RETAINED), ("b.retained > 0",)),
    Question("Surplus", LotFilter(retention=RetentionFilter.SURPLUS), ("b.on_hand > b.retained",)),
    Question("Type M67", LotFilter(type="M67"), ("t.designation = ?",), ("M67",)),
    Question("Site CAMP-C (KR)", LotFilter(site="CAMP-C"), ("s.code = ?",), ("CAMP-C",)),
    Question("Site ANAD", LotFilter(site="ANAD"), ("s.code = ?",), ("ANAD",)),
    Question(
        f"Text '{TEXT}'", LotFilter(text=TEXT), ("(l.lot_number LIKE ? OR l.notes LIKE ?)",), (f"%{TEXT}%", f"%{TEXT}%")
    ),
    Question(
        "Surplus+M14+ANAD",
        LotFilter(retention=RetentionFilter.SURPLUS, type="M14", site="ANAD"),
        ("b.on_hand > b.retained", "t.designation = ?", "s.code = ?"),
        ("M14", "ANAD"),
    ),
]


# -- measuring --------------------------------------------------------------------------------------


def median_ms(run: Callable[[], Any], repeats: int) -> tuple[float, Any]:
    """Median wall time of `repeats` runs after one warm-up, and the last result."""
    (service_ms, result), _ = paired_ms(run, None, repeats)
    return service_ms, result


def paired_ms(
    service: Callable[[], Any], plain: Callable[[], Any] | None, repeats: int
) -> tuple[tuple[float, Any], tuple[float, Any]]:
    """Median wall time and last result of each side. The two sides alternate run by run, after one
    warm-up each, so that a busy machine slows both alike."""
    results: list[Any] = [service(), plain() if plain else None]
    times: list[list[float]] = [[], []]
    for _ in range(repeats):
        for side, run in enumerate((service, plain)):
            if run is None:
                continue
            start = time.perf_counter()
            results[side] = run()
            times[side].append(time.perf_counter() - start)
    medians = [statistics.median(t) * 1000 if t else 0.0 for t in times]
    return (medians[0], results[0]), (medians[1], results[1])


@dataclass
class Row:
    section: str
    question: str
    service_ms: float
    plain_ms: float
    ledger_ms: float | None = None
    page: bool = False
    same: bool | None = None  # the service and plain SQL gave the same answer
    note: str = ""

    @property
    def ratio(self) -> float:
        return self.service_ms / self.plain_ms if self.plain_ms else float("inf")

    def verdict(self) -> str:
        marks = [f"ratio {'ok' if self.ratio <= RATIO_TARGET else 'OVER'}"]
        if self.page:
            marks.append(f"<{PAGE_TARGET_MS:.0f}ms {'ok' if self.service_ms < PAGE_TARGET_MS else 'OVER'}")
        return ", ".join(marks)


@dataclass
class Plans:
    by_question: dict[str, list[str]] = field(default_factory=dict)
    plain: dict[str, list[str]] = field(default_factory=dict)  # only where the plan differs


class Capture:
    """The SQL the services send, as sent, for EXPLAIN QUERY PLAN."""

    def __init__(self, engine: Engine) -> None:
        self.statements: list[tuple[str, Any]] = []
        event.listen(engine, "before_cursor_execute", self._record)

    def _record(self, _conn, _cursor, statement, parameters, _context, _executemany) -> None:
        self.statements.append((statement, parameters))

    def last_select(self) -> tuple[str, Any]:
        return next(s for s in reversed(self.statements) if s[0].lstrip().upper().startswith("SELECT"))


def plain_connection(path: Path) -> sqlite3.Connection:
    """Autocommit, foreign keys on: the settings the program's connections use."""
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("PRAGMA foreign_keys=ON")
    return connection


def explain(connection: sqlite3.Connection, statement: str, parameters: Any) -> list[str]:
    return [row[3] for row in connection.execute("EXPLAIN QUERY PLAN " + statement, parameters or ())]


def _shape(plan: list[str]) -> list[str]:
    """A plan without table aliases, to compare the service's plan with the plain SQL's."""
    aliases = {" l ": " lot ", " b ": " lot_balance ", " t ": " mine_type ", " s ": " site "}
    shaped = []
    for line in plan:
        line = f" {line} "
        for alias, table in aliases.items():
            line = line.replace(alias, table)
        shaped.append(line.strip())
    return shaped


def measure_queries(path: Path, repeats: int, *, ledger: bool = True) -> tuple[list[Row], Plans]:
    """Sections 2 and 3 on one file."""
    rows: list[Row] = []
    plans = Plans()
    engine = open_database(str(path))
    capture = Capture(engine)
    sp = Stockpile(engine, USER)
    plain = plain_connection(path)
    try:
        for q in QUESTIONS:
            (service_ms, service_rows), (plain_ms, plain_rows) = paired_ms(
                lambda q=q: sp.queries.lots(q.service_filter, limit=PAGE),
                lambda q=q: plain.execute(q.page_sql(), q.page_params()).fetchall(),
                repeats,
            )
            statement = capture.last_select()
            same = [r.id for r in service_rows] == [r[0] for r in plain_rows]
            rows.append(
                Row(
                    "2 first page", q.name, service_ms, plain_ms, page=True, same=same, note=f"{len(service_rows)} rows"
                )
            )
            plans.by_question[f"page  {q.name}"] = explain(plain, *statement)
            plain_plan = explain(plain, q.page_sql(), q.page_params())
            if _shape(plain_plan) != _shape(plans.by_question[f"page  {q.name}"]):
                plans.plain[f"page  {q.name}"] = plain_plan
        for q in QUESTIONS:
            (service_ms, totals), (plain_ms, plain_totals) = paired_ms(
                lambda q=q: sp.queries.totals(q.service_filter),
                lambda q=q: plain.execute(q.totals_sql(), q.params).fetchone(),
                repeats,
            )
            statement = capture.last_select()
            same = (totals.lots, totals.on_hand, totals.retained, totals.scheduled, totals.destroyed) == plain_totals
            ledger_ms = None
            if ledger:
                ledger_ms, ledger_totals = median_ms(
                    lambda q=q: plain.execute(q.ledger_sql(), q.params).fetchone(), max(1, min(repeats, 3))
                )
                same = same and tuple(ledger_totals) == (totals.lots, totals.on_hand, totals.retained)
            rows.append(
                Row(
                    "3 totals",
                    q.name,
                    service_ms,
                    plain_ms,
                    ledger_ms,
                    same=same,
                    note=f"{totals.lots:,} lots, {totals.on_hand:,} on hand",
                )
            )
            plans.by_question[f"totals {q.name}"] = explain(plain, *statement)
            plain_plan = explain(plain, q.totals_sql(), q.params)
            if _shape(plain_plan) != _shape(plans.by_question[f"totals {q.name}"]):
                plans.plain[f"totals {q.name}"] = plain_plan
    finally:
        plain.close()
        engine.dispose()
    return rows, plans


def measure_open(path: Path, repeats: int) -> Row:
    first = QUESTIONS[0]

    def service() -> None:
        engine = open_database(str(path))
        try:
            sp = Stockpile(engine, USER)
            sp.queries.lots(first.service_filter, limit=PAGE)
            sp.queries.totals(first.service_filter)
        finally:
            engine.dispose()

    def plain() -> None:
        connection = sqlite3.connect(path)
        try:
            connection.execute(first.page_sql(), first.page_params()).fetchall()
            connection.execute(first.totals_sql()).fetchone()
        finally:
            connection.close()

    (service_ms, _), (plain_ms, _) = paired_ms(service, plain, repeats)
    return Row("1 load", "open + first screen (All)", service_ms, plain_ms, note="new engine each run")


def measure_bulk_insert(path: Path, count: int, repeats: int) -> Row:
    """The same ledger rows inserted by SQLAlchemy Core executemany and by sqlite3 executemany, each
    inside a transaction that is rolled back, so the cached file is left as it was."""
    plain = plain_connection(path)
    lot_ids = [row[0] for row in plain.execute("SELECT id FROM lot ORDER BY id LIMIT ?", (count,))]
    lot_ids = (lot_ids * (count // max(1, len(lot_ids)) + 1))[:count]
    on = date(2026, 10, 31)
    at = datetime(2026, 10, 31, 17, 0, 0)
    dicts = [
        dict(
            lot_id=lot_id,
            holding_id=lot_id,  # the synthetic record's holdings have their lot's id
            kind="check_gain",
            occurred_on=on,
            quantity=1,
            document_ref=f"BENCH-{n:07d}",
            reason="bench",
            reverses_id=None,
            task_id=None,
            event_id=None,
            recorded_by=USER,
            recorded_at=at,
        )
        for n, lot_id in enumerate(lot_ids)
    ]
    text_on, text_at = on.isoformat(), at.strftime("%Y-%m-%d %H:%M:%S.%f")
    tuples = [
        (
            d["lot_id"],
            d["holding_id"],
            d["kind"],
            text_on,
            1,
            d["document_ref"],
            d["reason"],
            None,
            None,
            None,
            USER,
            text_at,
        )
        for d in dicts
    ]
    engine = open_database(str(path))

    def service() -> None:
        with engine.connect() as connection:
            transaction = connection.begin()
            connection.execute(insert(Movement), dicts)
            transaction.rollback()

    def plain_insert() -> None:
        plain.execute("BEGIN")
        plain.executemany(
            "INSERT INTO movement (lot_id, holding_id, kind, occurred_on, quantity, document_ref, reason, "
            "reverses_id, task_id, event_id, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            tuples,
        )
        plain.execute("ROLLBACK")

    try:
        (service_ms, _), (plain_ms, _) = paired_ms(service, plain_insert, repeats)
    finally:
        plain.close()
        engine.dispose()
    return Row("1 load", f"bulk insert {count:,} ledger rows", service_ms, plain_ms, note="SQLAlchemy Core vs sqlite3")


# -- printing ---------------------------------------------------------------------------------------


def print_table(rows: list[Row], title: str) -> None:
    print(f"\n{title}")
    headers = ["question", "service ms", "plain SQL ms", "ratio", "ledger SQL ms", "same", "targets", "notes"]
    table = []
    section = None
    for row in rows:
        if row.section != section:
            section = row.section
            table.append([f"[{section}]", "", "", "", "", "", "", ""])
        table.append(
            [
                "  " + row.question,
                f"{row.service_ms:,.1f}",
                f"{row.plain_ms:,.1f}",
                f"{row.ratio:.2f}x",
                "" if row.ledger_ms is None else f"{row.ledger_ms:,.1f}",
                "" if row.same is None else ("yes" if row.same else "NO"),
                row.verdict(),
                row.note,
            ]
        )
    widths = [max(len(str(cell)) for cell in column) for column in zip(headers, *table, strict=True)]
    right = {1, 2, 3, 4}

    def line(cells: list[str]) -> str:
        return "  ".join(
            f"{cell:>{w}}" if i in right else f"{cell:<{w}}"
            for i, (cell, w) in enumerate(zip(cells, widths, strict=True))
        ).rstrip()

    print(line(headers))
    print("  ".join("-" * w for w in widths))
    for cells in table:
        print(line(cells))
    print(
        f"targets: service within {RATIO_TARGET:.0f}x of plain SQL; first page of {PAGE} under "
        f"{PAGE_TARGET_MS:.0f} ms. 'ledger SQL' = on hand and retained summed from movement and "
        "retention_decision in plain SQL (reference)."
    )


def print_plans(plans: Plans) -> None:
    print("\nEXPLAIN QUERY PLAN of the service queries (as the service sent them):")
    for name, lines in plans.by_question.items():
        flags = []
        if any("TEMP B-TREE" in line for line in lines):
            flags.append("sorts in a temp b-tree")
        if any(line.startswith("SCAN ") and "USING" not in line for line in lines):
            flags.append("full table scan")
        flag = f"   <-- {', '.join(flags)}" if flags else ""
        print(f"  {name}: {' | '.join(lines)}{flag}")
    for name, lines in plans.plain.items():
        print(f"  (plain SQL plans differently) {name}: {' | '.join(lines)}")


def print_generation(path: Path, report: GenerationReport, fresh: bool) -> None:
    size = path.stat().st_size / 1e6
    state = "generated now" if fresh else f"cached (generated {report.generated_at})"
    print(f"data: {path} ({size:,.0f} MB), {state}")
    print(f"generation took {report.total_seconds:.1f} s: " + ", ".join(f"{v:,} {k}" for k, v in report.counts.items()))
    for step, seconds in report.seconds.items():
        print(f"  {seconds:7.2f} s  {step}")


def parse_index(spec: str) -> tuple[str, list[str]]:
    table, _, columns = spec.partition(":")
    names = [c.strip() for c in columns.split(",") if c.strip()]
    if not table.isidentifier() or not names or not all(c.isidentifier() for c in names):
        raise argparse.ArgumentTypeError(f"--try-index: expected table:column[,column...], not {spec!r}")
    return table, names


def try_indexes(path: Path, indexes: list[tuple[str, list[str]]], repeats: int, *, analyze: bool = False) -> None:
    """Sections 2 and 3 on the cached file and on a copy with the extra indexes (and, with
    `analyze`, planner statistics from ANALYZE), run by run in turn so that both see the same
    machine load. The cached file itself is not touched."""
    copy = path.with_name(path.name + ".try-index")
    shutil.copyfile(path, copy)
    engines: list[Engine] = []
    connections: list[sqlite3.Connection] = []
    try:
        _build_indexes(copy, indexes, analyze=analyze)
        engines = [open_database(str(path)), open_database(str(copy))]
        before, after = (Stockpile(engine, USER) for engine in engines)
        connections = [plain_connection(path), plain_connection(copy)]
        capture = Capture(engines[1])
        print(f"{'':13} {'question':<18} {'service ms before':>17} {'after':>8}   {'plain ms before':>15} {'after':>8}")
        changed: dict[str, list[str]] = {}
        for kind in ("page", "totals"):
            for q in QUESTIONS:
                service, plain = _askers(kind, q)
                (s_before, _), (s_after, _) = paired_ms(partial(service, before), partial(service, after), repeats)
                new_plan = explain(connections[1], *capture.last_select())
                if _plan_changed(new_plan, connections[0], capture, analyze=analyze):
                    changed[f"{kind} {q.name}"] = new_plan
                (p_before, _), (p_after, _) = paired_ms(
                    partial(plain, connections[0]), partial(plain, connections[1]), repeats
                )
                print(f"  {kind:<11} {q.name:<18} {s_before:17.1f} {s_after:8.1f}   {p_before:15.1f} {p_after:8.1f}")
        print("service plans that use the new index" + (" or changed after ANALYZE:" if analyze else ":"))
        for name, lines in changed.items():
            print(f"  {name}: {' | '.join(lines)}")
    finally:
        for connection in connections:
            connection.close()
        for engine in engines:
            engine.dispose()
        for leftover in (copy, copy.with_name(copy.name + "-wal"), copy.with_name(copy.name + "-shm")):
            leftover.unlink(missing_ok=True)


def _build_indexes(copy: Path, indexes: list[tuple[str, list[str]]], *, analyze: bool) -> None:
    """The indexes tried (and ANALYZE), built on the copy, each timed."""
    connection = sqlite3.connect(copy, isolation_level=None)
    for number, (table, columns) in enumerate(indexes, start=1):
        statement = f"CREATE INDEX bench_try_{number} ON {table} ({', '.join(columns)})"
        start = time.perf_counter()
        connection.execute(statement)
        print(f"\n{statement}  -- built in {(time.perf_counter() - start) * 1000:,.0f} ms on a copy of the file")
    if analyze:
        start = time.perf_counter()
        connection.execute("ANALYZE")
        print(f"\nANALYZE  -- {(time.perf_counter() - start) * 1000:,.0f} ms on a copy of the file")
    connection.close()


def _askers(kind: str, q: Question) -> tuple[Callable[[Stockpile], Any], Callable[[sqlite3.Connection], Any]]:
    """The question asked through the program and as plain SQL: a page of rows, or the totals."""
    if kind == "page":
        return (
            lambda sp: sp.queries.lots(q.service_filter, limit=PAGE),
            lambda db: db.execute(q.page_sql(), q.page_params()).fetchall(),
        )
    return (
        lambda sp: sp.queries.totals(q.service_filter),
        lambda db: db.execute(q.totals_sql(), q.params).fetchone(),
    )


def _plan_changed(new_plan: list[str], old_db: sqlite3.Connection, capture: Capture, *, analyze: bool) -> bool:
    """The program's query uses a tried index or, after ANALYZE, is planned differently."""
    if any("bench_try_" in line for line in new_plan):
        return True
    return analyze and _shape(new_plan) != _shape(explain(old_db, *capture.last_select()))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.ledger_bench", description=__doc__.split("\n")[0])
    dataset_arguments(parser, repeats=7)
    parser.add_argument("--regenerate", action="store_true", help="rebuild the cached file")
    parser.add_argument(
        "--insert-rows", type=int, default=20_000, help="ledger rows for the bulk-insert comparison (0 skips it)"
    )
    parser.add_argument(
        "--try-index",
        type=parse_index,
        action="append",
        default=[],
        metavar="TABLE:COLS",
        help="also time sections 2-3 on a copy with this index, e.g. lot:site_id,lot_number",
    )
    parser.add_argument(
        "--try-analyze",
        action="store_true",
        help="also time sections 2-3 on a copy after ANALYZE (with any --try-index)",
    )
    parser.add_argument("--check", action="store_true", help="also time `db check` (Stockpile.check) on the file")
    args = parser.parse_args(argv)
    try:
        spec = Spec(args.seed, args.lots, args.movements)
    except ValueError as exc:
        parser.error(str(exc))

    started = time.perf_counter()
    path, report, fresh = cached_database(spec, args.data_dir, regenerate=args.regenerate)
    print_generation(path, report, fresh)

    rows = [measure_open(path, max(1, min(args.repeats, 5)))]
    if args.insert_rows:
        rows.append(measure_bulk_insert(path, min(args.insert_rows, spec.movements), max(1, min(args.repeats, 3))))
    query_rows, plans = measure_queries(path, args.repeats)
    rows.extend(query_rows)
    load = ", ".join(f"{value:.1f}" for value in os.getloadavg())
    print_table(
        rows,
        f"{spec.lots:,} lots, {spec.movements:,} movements; median of {args.repeats} runs; "
        f"SQLite {sqlite3.sqlite_version}; {os.cpu_count()} CPUs, load average {load}",
    )
    print_plans(plans)
    if args.try_index or args.try_analyze:
        try_indexes(path, args.try_index, args.repeats, analyze=args.try_analyze)
    if args.check:
        engine = open_database(str(path))
        try:
            start = time.perf_counter()
            result = Stockpile(engine, USER).check()
            print(
                f"\ndb check: {time.perf_counter() - start:.1f} s, "
                f"{'ok' if result.ok else 'PROBLEMS: ' + '; '.join(result.problems[:3])}"
            )
        finally:
            engine.dispose()
    print(f"\nbench finished in {time.perf_counter() - started:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
