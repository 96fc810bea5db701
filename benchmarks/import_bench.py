"""Import speed (issue 6 target: 100,000 lots in under 15 s): a valid, seeded CSV of lots for a
small catalogue, planned and imported into a fresh database through the import service; then the
same lots, movements and balances inserted with plain SQL executemany, as the ratio baseline.

    .venv/bin/python -m benchmarks.import_bench [--lots 100000] [--database-url postgresql+psycopg://...]

SQLite always (a file in a temporary folder); PostgreSQL too when --database-url names a server,
where the benchmark creates its own databases and drops them afterwards. After the import,
`db check` (balances = ledger, audit chain) must pass, or the run fails.
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime, timedelta
from pathlib import Path

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from stockpile_tracker.db.migrate import open_database
from stockpile_tracker.services import Stockpile

TODAY = date(2026, 6, 30)
USER = "bench-importer"
TYPES = [("M67", "AP", 48), ("M16", "AP", None), ("BLU-91/B", "AV", 4), ("M14", "AP", None)]
SITES = [("ANAD", "US"), ("CAMP-C", "KR"), ("TEAD", "US")]
RETENTION = [("", "")] * 17 + [("korea", ""), ("korea", ""), ("article3", "Engineer School")]


def seed(sp: Stockpile) -> None:
    for designation, category, hours in TYPES:
        sp.catalogue.add_type(
            designation=designation,
            name=designation,
            category=category,
            self_destruct_hours=hours,
            self_deactivating=hours is not None,
        )
    for code, country in SITES:
        sp.catalogue.add_site(code=code, name=code, country=country)


def lots_csv(count: int, rng: random.Random) -> bytes:
    """`count` lots, about one in ten retained (anti-personnel ones only), dates over twenty years, a
    note on some."""
    lines = ["lot_number,type,quantity,site,retention,institution,condition,received_on,manufactured_on,notes"]
    for n in range(count):
        designation, category, _hours = rng.choice(TYPES)
        site = rng.choice(SITES)[0]
        retention, institution = rng.choice(RETENTION)
        if category != "AP":  # no profile keeps anti-vehicle mines: the import would refuse the row
            retention, institution = "", ""
        received = TODAY - timedelta(days=rng.randrange(20 * 365))
        made = received - timedelta(days=rng.randrange(3 * 365))
        note = f"stored in igloo {rng.randrange(90)}" if rng.random() < 0.3 else ""
        lines.append(
            f"IMP-{n:07d},{designation},{rng.randrange(1, 20_000)},{site},{retention},{institution},"
            f"{rng.choice('AABC')},{received},{made},{note}"
        )
    return ("\n".join(lines) + "\n").encode()


@contextmanager
def fresh_databases(server: str | None) -> Iterator[Iterator[str]]:
    """Fresh, migrated databases: files in a temporary folder, or databases created on the server."""
    with tempfile.TemporaryDirectory() as folder:
        if server is None:
            yield (str(Path(folder) / f"import-{n}.db") for n in range(1_000))
            return
        url = make_url(server)
        admin = create_engine(url, isolation_level="AUTOCOMMIT")
        created: list[str] = []

        def databases() -> Iterator[str]:
            while True:
                name = f"import_bench_{uuid.uuid4().hex[:10]}"
                with admin.connect() as connection:
                    connection.execute(text(f'CREATE DATABASE "{name}"'))
                created.append(name)
                yield url.set(database=name).render_as_string(hide_password=False)

        try:
            yield databases()
        finally:
            with admin.connect() as connection:
                for name in created:
                    connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            admin.dispose()


def time_import(url: str, data: bytes) -> dict[str, float]:
    engine = open_database(url)
    try:
        sp = Stockpile(engine, USER, today=lambda: TODAY)
        seed(sp)
        started = time.perf_counter()
        plan = sp.imports.plan_lots(data)
        planned = time.perf_counter()
        assert plan.ok, plan.problems[:5]
        cpu = time.process_time()
        sp.imports.import_lots(data, source="bench.csv")
        imported, cpu = time.perf_counter(), time.process_time() - cpu
        report = sp.check()
        checked = time.perf_counter()
        assert report.ok, report.problems[:5]
        assert report.lots == len(plan.rows)
        return {"plan": planned - started, "import": imported - planned, "cpu": cpu, "check": checked - imported}
    finally:
        engine.dispose()


def time_plain_insert(url: str, data: bytes) -> float:
    """Lots, receipt movements and balances by executemany with the driver's own placeholders:
    what any import must at least do, with no checks and no audit."""
    engine = open_database(url)
    try:
        sp = Stockpile(engine, USER, today=lambda: TODAY)
        seed(sp)
        types = {t.designation: t.id for t in sp.catalogue.types()}
        sites = {s.code: s.id for s in sp.catalogue.sites()}
        rows = [line.split(",") for line in data.decode().splitlines()[1:]]
        now = datetime.now()
        mark = "?" if engine.dialect.paramstyle == "qmark" else "%s"

        def values(count: int) -> str:
            return f"VALUES ({', '.join([mark] * count)})"

        started = time.perf_counter()
        with engine.begin() as connection:
            connection.exec_driver_sql(
                "INSERT INTO lot (id, lot_number, mine_type_id, site_id, manufactured_on, condition_code, notes, "
                f"created_by, created_at) {values(9)}",
                [
                    (n, r[0], types[r[1]], sites[r[3]], date.fromisoformat(r[8]), r[6], r[9] or None, USER, now)
                    for n, r in enumerate(rows, 1)
                ],
            )
            connection.exec_driver_sql(
                f"INSERT INTO holding (id, lot_id, site_id) {values(3)}",
                [(n, n, sites[r[3]]) for n, r in enumerate(rows, 1)],
            )
            connection.exec_driver_sql(
                "INSERT INTO movement (lot_id, holding_id, kind, occurred_on, quantity, document_ref, recorded_by, "
                f"recorded_at) {values(8)}",
                [
                    (n, n, "receipt", date.fromisoformat(r[7]), int(r[2]), "import bench.csv", USER, now)
                    for n, r in enumerate(rows, 1)
                ],
            )
            connection.exec_driver_sql(
                "INSERT INTO lot_balance (lot_id, on_hand, received, retained, retention_category, scheduled, "
                f"destroyed) {values(7)}",
                [
                    (n, int(r[2]), int(r[2]), int(r[2]) if r[4] else 0, r[4] or None, 0, 0)
                    for n, r in enumerate(rows, 1)
                ],
            )
        return time.perf_counter() - started
    finally:
        engine.dispose()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.import_bench", description=__doc__.split("\n")[0])
    parser.add_argument("--lots", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=2022)
    parser.add_argument("--database-url", help="a PostgreSQL server to measure on as well (databases are created)")
    args = parser.parse_args(argv)
    data = lots_csv(args.lots, random.Random(args.seed))
    print(f"{args.lots:,} lots, {len(data) / 1e6:.1f} MB of CSV (seed {args.seed})")
    print(
        f"{'database':<11} {'plan s':>7} {'import s':>9} {'(CPU s)':>8} {'both s':>7} {'plain SQL s':>12} "
        f"{'ratio':>6} {'db check s':>11}"
    )
    for server in [None] + ([args.database_url] if args.database_url else []):
        with fresh_databases(server) as urls:
            timing = time_import(next(urls), data)
            plain = time_plain_insert(next(urls), data)
        name = "SQLite" if server is None else "PostgreSQL"
        print(
            f"{name:<11} {timing['plan']:>7.2f} {timing['import']:>9.2f} {timing['cpu']:>8.2f} "
            f"{timing['plan'] + timing['import']:>7.2f} {plain:>12.2f} {timing['import'] / plain:>6.1f} "
            f"{timing['check']:>11.2f}"
        )
    print(
        "plan = plan_lots (the check the window shows first); import = import_lots, which checks the file again\n"
        "and writes it; CPU s = this process's own CPU time during import_lots, for a machine shared with other\n"
        "work; both = the window's check then import; ratio = import / plain SQL executemany"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
