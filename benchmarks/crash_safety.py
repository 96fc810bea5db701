"""Crash safety: a program killed at any moment leaves a database that is whole.

    python -m benchmarks.crash_safety                # 50 kills on a temporary SQLite file
    python -m benchmarks.crash_safety --runs 50 --database-url postgresql+psycopg://postgres@127.0.0.1:5432/test
                                                     # and 50 on a database it creates on that server

Each run starts a child process that writes through the services as the program does: a stream of
destruction events (one transaction each) and, between them, CSV lot imports (`import_lots`, every
lot of a file in one batch transaction). The parent kills the child with SIGKILL at a random moment,
then checks the database:

  - `db check` (`check_database`): SQLite's `PRAGMA integrity_check` and foreign keys, every lot's
    stored balance against the ledger, the never-negative rule, and the audit hash chain;
  - every import is all or nothing: each file's lots are all there or none are;
  - nothing a child saw committed is missing, in this run or any earlier one: each import and event
    it finished is there, and no event is there that no child started.

The place of a kill is read from the child's last line: "during an import" means after it said it
began one and before it said the import committed (a kill right after the commit counts here too).

With a PostgreSQL URL the run creates its own database on that server and drops it afterwards.
One line per database: runs, where the kills fell, failures (0 when the record survived every kill).
"""

from __future__ import annotations

import argparse
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sqlalchemy import create_engine, func, select, text
from sqlalchemy.engine import make_url

from stockpile_tracker.db.migrate import open_database
from stockpile_tracker.db.models import DestructionEvent, Movement
from stockpile_tracker.services import Stockpile

ROOT = Path(__file__).resolve().parents[1]
TYPE, SITE, EVENT_LOT = "CS-1", "CS-DEPOT", "CS-EVENTS"
EVENT_LOT_QUANTITY = 10_000_000
EVENTS_PER_ROUND = 10
DEFAULT_LOTS = 500
DEFAULT_WINDOW_S = 1.2
IMPORT_PREFIX = "import crash-"


# -- the child: a program instance writing until it is killed ----------------------------------------


def lot_file(run: int, round_: int, lots: int) -> bytes:
    """One spreadsheet of new lots; every tenth retained, so an import also writes decisions."""
    lines = ["lot_number,type,quantity,site,retention"]
    for number in range(lots):
        kept = "korea" if number % 10 == 0 else "surplus"
        lines.append(f"R{run}-{round_}-{number:04d},{TYPE},{100 + number},{SITE},{kept}")
    return ("\n".join(lines) + "\n").encode()


def child(url: str, run: int, lots: int) -> None:
    """Write events and imports for ever, saying on stdout what starts and what has committed."""
    engine = open_database(url)
    sp = Stockpile(engine, "crash child")
    event_lot = sp.queries.find_lot(EVENT_LOT, TYPE).id
    say("ready")
    for round_ in range(1_000_000):
        for number in range(EVENTS_PER_ROUND):
            certificate = f"CS-{run}-{round_}-{number}"
            say(f"begin event {certificate}")
            sp.destruction.record_event(
                occurred_on=date.today(),
                site=SITE,
                method="open_detonation",
                officer="Capt. Crash",
                witness="Lt. Witness",
                certificate_number=certificate,
                lines={event_lot: 1},
            )
            say(f"end event {certificate}")
        source = f"crash-{run}-{round_}.csv"
        say(f"begin import {source}")
        sp.imports.import_lots(lot_file(run, round_, lots), source=source)
        say(f"end import {source}")


def say(line: str) -> None:
    print(line, flush=True)


# -- the parent: kill, then check -------------------------------------------------------------------


@dataclass
class Summary:
    backend: str
    runs: int = 0
    during_import: int = 0
    during_event: int = 0
    between: int = 0
    events_committed: int = 0
    imports_committed: int = 0
    failures: list[str] = field(default_factory=list)
    seconds: float = 0.0

    def line(self) -> str:
        return (
            f"{self.backend}: {self.runs} runs, killed {self.during_import} times during an import, "
            f"{self.during_event} during an event, {self.between} between actions "
            f"({self.imports_committed} imports and {self.events_committed} events committed before a kill); "
            f"{len(self.failures)} failures ({self.seconds:.0f} s)"
        )


def prepare(url: str) -> None:
    """A migrated database with one type, one site and a large lot that the events draw from."""
    engine = open_database(url)
    try:
        sp = Stockpile(engine, "crash parent")
        sp.catalogue.add_type(designation=TYPE, name="crash test mine", category="AP", delivery="hand_emplaced")
        sp.catalogue.add_site(code=SITE, name="Crash test depot", country="ZZ")
        sp.lots.receive_lot(
            lot_number=EVENT_LOT,
            type=TYPE,
            site=SITE,
            quantity=EVENT_LOT_QUANTITY,
            received_on=date(2020, 1, 1),
            document_ref="crash test stock",
        )
    finally:
        engine.dispose()


def kill_once(url: str, run: int, lots: int, moment: float, after: str = "ready") -> tuple[list[str], str]:
    """Start a child, kill it `moment` seconds after it says `after` (a line's start); its log lines
    and how it ended."""
    process = subprocess.Popen(
        [sys.executable, "-m", "benchmarks.crash_safety", "--child", url, "--run", str(run), "--lots", str(lots)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    log = []
    while not log or not (log[-1].startswith(after) or log[-1] == ""):
        log.append(process.stdout.readline().strip())
    if log[-1].startswith(after):
        time.sleep(moment)
        os.kill(process.pid, signal.SIGKILL)
    # read() and not communicate(): communicate would skip what readline() has already buffered
    log = [line for line in log if line] + process.stdout.read().splitlines()
    err = process.stderr.read()
    process.wait()
    if process.returncode != -signal.SIGKILL:
        tail = (err.strip().splitlines() or ["no output"])[-1]
        return log, f"the child ended by itself (exit {process.returncode}): {tail}"
    return log, ""


def check_after_kill(sp: Stockpile, log: list[str], lots: int) -> list[str]:
    """Everything that must hold after a kill, as a list of problems (empty when whole). `log` is what
    every child so far said: what any of them saw committed must still be there, whichever run it was."""
    problems = list(sp.check().problems)
    begun = {line.split(" ", 2)[2] for line in log if line.startswith("begin ")}
    ended = {line.split(" ", 2)[2] for line in log if line.startswith("end ")}
    with sp.context.read() as session:
        imported = dict(
            session.execute(
                select(Movement.document_ref, func.count(Movement.id))
                .where(
                    Movement.kind.in_(("opening_balance", "receipt")),  # a lot's first entry, dated or held
                    Movement.document_ref.startswith(IMPORT_PREFIX),
                )
                .group_by(Movement.document_ref)
            ).all()
        )
        events = set(
            session.scalars(
                select(DestructionEvent.certificate_number).where(DestructionEvent.certificate_number.startswith("CS-"))
            )
        )
    for reference, count in imported.items():
        if count != lots:
            problems.append(f"{reference}: {count} of its {lots} lots are in the database")
    for name in sorted(ended):
        if name not in events and f"import {name}" not in imported:
            problems.append(f"{name} had committed but is missing")
    problems.extend(f"event {name} is in the database but was never recorded" for name in sorted(events - begun))
    return problems


def where_killed(log: list[str]) -> str:
    last = log[-1] if log else ""
    if last.startswith("begin import"):
        return "import"
    if last.startswith("begin event"):
        return "event"
    return "between"


def crash_test(
    url: str,
    runs: int,
    *,
    lots: int = DEFAULT_LOTS,
    window: float = DEFAULT_WINDOW_S,
    seed: int | None = None,
    report=print,
) -> Summary:
    """Kill `runs` children on the database at `url` (prepared here), each within `window` seconds
    of its start, and check the database after each kill."""
    rng = random.Random(seed)
    summary = Summary(make_url(url).get_backend_name())
    started = time.perf_counter()
    prepare(url)
    engine = open_database(url)
    try:
        sp = Stockpile(engine, "crash checker")
        history: list[str] = []
        for run in range(1, runs + 1):
            log, ended_badly = kill_once(url, run, lots, rng.uniform(0, window))
            summary.runs += 1
            summary.imports_committed += sum(line.startswith("end import") for line in log)
            summary.events_committed += sum(line.startswith("end event") for line in log)
            place = where_killed(log)
            if place == "import":
                summary.during_import += 1
            elif place == "event":
                summary.during_event += 1
            else:
                summary.between += 1
            history.extend(log)
            problems = ([ended_badly] if ended_badly else []) + check_after_kill(sp, history, lots)
            summary.failures.extend(f"run {run}: {problem}" for problem in problems)
            if problems:
                report(f"run {run} (killed {place}): " + "; ".join(problems))
    finally:
        engine.dispose()
    summary.seconds = time.perf_counter() - started
    return summary


@contextmanager
def scratch_database(server_url: str | None) -> Iterator[str]:
    """A new, empty database: a temporary SQLite file, or one created on the PostgreSQL server."""
    if server_url is None:
        with tempfile.TemporaryDirectory(prefix="crash-safety-") as folder:
            yield f"sqlite:///{Path(folder) / 'crash.db'}"
        return
    server = make_url(server_url)
    name = f"stockpile_crash_{uuid.uuid4().hex[:10]}"
    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as connection:
            connection.execute(text(f'CREATE DATABASE "{name}"'))
        try:
            yield server.set(database=name).render_as_string(hide_password=False)
        finally:
            with admin.connect() as connection:
                connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    finally:
        admin.dispose()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.crash_safety", description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=50, help="kills per database (default 50)")
    parser.add_argument("--database-url", help="also a PostgreSQL server (its own database is left alone)")
    parser.add_argument("--lots", type=int, default=DEFAULT_LOTS, help=f"lots per imported file ({DEFAULT_LOTS})")
    parser.add_argument(
        "--kill-within",
        type=float,
        default=DEFAULT_WINDOW_S,
        metavar="SECONDS",
        help=f"the latest kill moment after the child is ready ({DEFAULT_WINDOW_S})",
    )
    parser.add_argument("--seed", type=int, help="the random kill moments, to repeat a run")
    parser.add_argument("--child", metavar="URL", help=argparse.SUPPRESS)
    parser.add_argument("--run", type=int, default=0, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        child(args.child, args.run, args.lots)
        return 0
    seed = args.seed if args.seed is not None else random.randrange(1_000_000)
    print(f"seed {seed}, {args.lots} lots per imported file, kill within {args.kill_within} s of the child's start")
    failures = 0
    servers = [None] + ([args.database_url] if args.database_url else [])  # None: a temporary SQLite file
    for server in servers:
        with scratch_database(server) as url:
            summary = crash_test(url, args.runs, lots=args.lots, window=args.kill_within, seed=seed)
        print(summary.line(), flush=True)
        failures += len(summary.failures)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
