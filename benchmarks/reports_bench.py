"""`make bench`, the reports and the checks on the synthetic national stockpile: each timed through
the program and, where one exists, against the same work asked in plain SQL through `sqlite3`.

    python -m benchmarks.reports_bench                      # 100,000 lots, 1,000,000 movements
    python -m benchmarks.reports_bench --lots 10000 --movements 100000   # a quick run

Measures (median of several runs after one warm-up, with `paired_ms` from ledger_bench):
  - stockpile status as of the synthetic "today": the report built (`status_report`) and written
    to PDF (`qt.printing.write_pdf`); its group totals against one hand-written GROUP BY;
  - stockpile status as of the end of last year (from the ledger, not the projection);
  - the Article 7 forms for last year, built and written to PDF; the lots' year figures against
    one hand-written query over the ledger;
  - the compliance checks (`ComplianceService.findings`, under the active profile and under one
    that flags a rise in Article 3 stock) against their core queries in plain SQL; and
    `stockpile-tracker check` as a new process (interpreter, imports, migration check included);
  - peak memory: a new process opens the window on the file, changes a filter and writes the
    status PDF; its peak resident set size from getrusage(RUSAGE_SELF).ru_maxrss.
"Today" is the synthetic file's last day (benchmarks.synthetic.END), so figures do not drift with
the calendar. Targets (issue 6): status PDF under 5 s, peak memory under 500 MB; reported, never
asserted. Opening the window and a filter change are timed by benchmarks.gui_bench.
"""

from __future__ import annotations

import argparse
import os
import resource
import sqlite3
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402

from stockpile_tracker.db.migrate import open_database  # noqa: E402
from stockpile_tracker.domain.enums import INCOMING  # noqa: E402
from stockpile_tracker.qt.printing import write_pdf  # noqa: E402
from stockpile_tracker.reports.article7 import article7_report  # noqa: E402
from stockpile_tracker.reports.document import printable  # noqa: E402
from stockpile_tracker.reports.status import status_report  # noqa: E402
from stockpile_tracker.services import Stockpile  # noqa: E402

from .ledger_bench import USER, median_ms, paired_ms, plain_connection  # noqa: E402
from .synthetic import END, Spec, cached_database, dataset_arguments  # noqa: E402

STATUS_PDF_TARGET_MS = 5000.0
MEMORY_TARGET_MB = 500.0

# -- the plain-SQL side ------------------------------------------------------------------------------

SD_CLASS = (
    "CASE WHEN t.self_destruct_hours IS NOT NULL THEN 'SD' WHEN t.self_deactivating THEN 'SDA' ELSE 'persistent' END"
)
GROUP_KEYS = "t.designation, t.category, t.activation, " + SD_CLASS + ", s.code, s.country, b.retention_category"


def group_totals(balances: str) -> str:
    """The status report's groups over `balances` (one row per lot, aliased b)."""
    return (
        "SELECT " + GROUP_KEYS + ", count(*), sum(b.on_hand), sum(b.retained), sum(b.scheduled), sum(b.destroyed) "
        "FROM " + balances + " JOIN lot l ON l.id = b.lot_id JOIN mine_type t ON t.id = l.mine_type_id "
        "JOIN site s ON s.id = l.site_id WHERE b.received > 0 GROUP BY " + GROUP_KEYS + " ORDER BY " + GROUP_KEYS
    )


# Status today: the balance projection as it stands.
STATUS_TODAY = group_totals("lot_balance b")

IS_INCOMING = "IN (" + ", ".join(f"'{kind.value}'" for kind in sorted(INCOMING)) + ")"
LATEST_DECISION = (
    "SELECT lot_id, quantity, category FROM (SELECT lot_id, quantity, category, row_number() OVER "
    "(PARTITION BY lot_id ORDER BY valid_from DESC, id DESC) AS rank FROM retention_decision "
    "WHERE valid_from <= :day) WHERE rank = 1"
)
RECEIVED = "sum(CASE WHEN m.kind " + IS_INCOMING + " OR r.kind " + IS_INCOMING + " THEN m.quantity ELSE 0 END)"
# Each lot's figures at the end of :day from the ledger, decisions, tasks open then and events.
LEDGER_BALANCES = "".join(
    (
        "(WITH g AS (SELECT m.lot_id, sum(m.quantity) AS on_hand, ",
        RECEIVED,
        " AS received FROM movement m "
        "LEFT JOIN movement r ON r.id = m.reverses_id WHERE m.occurred_on <= :day GROUP BY m.lot_id), "
        "k AS (",
        LATEST_DECISION,
        "), "
        "x AS (SELECT task_id, lot_id, -sum(quantity) AS removed FROM movement "
        "WHERE task_id IS NOT NULL AND occurred_on <= :day GROUP BY task_id, lot_id), "
        "sch AS (SELECT tl.lot_id, sum(max(tl.quantity - coalesce(x.removed, 0), 0)) AS scheduled "
        "FROM task_line tl JOIN destruction_task dt ON dt.id = tl.task_id "
        "LEFT JOIN x ON x.task_id = tl.task_id AND x.lot_id = tl.lot_id "
        "WHERE dt.created_at < :next AND (dt.status = 'open' OR dt.closed_at >= :next) GROUP BY tl.lot_id), "
        "d AS (SELECT el.lot_id, sum(el.quantity) AS destroyed FROM event_line el "
        "JOIN destruction_event e ON e.id = el.event_id WHERE e.occurred_on <= :day GROUP BY el.lot_id) "
        "SELECT g.lot_id, g.on_hand, g.received, coalesce(k.quantity, 0) AS retained, "
        "k.category AS retention_category, "
        "coalesce(sch.scheduled, 0) AS scheduled, coalesce(d.destroyed, 0) AS destroyed FROM g "
        "LEFT JOIN k ON k.lot_id = g.lot_id LEFT JOIN sch ON sch.lot_id = g.lot_id "
        "LEFT JOIN d ON d.lot_id = g.lot_id) b",
    )
)
STATUS_PAST = group_totals(LEDGER_BALANCES)

# The Article 7 lots of a year: on hand and retention at the end of it, destroyed and trained during it.
YEAR_LOTS = "".join(
    (
        "WITH g AS (SELECT lot_id, sum(quantity) AS on_hand FROM movement WHERE occurred_on <= :day GROUP BY lot_id), "
        "k AS (",
        LATEST_DECISION,
        "), "
        "i AS (SELECT lot_id, institution FROM (SELECT lot_id, institution, row_number() OVER (PARTITION BY lot_id "
        "ORDER BY valid_from DESC, id DESC) AS rank FROM retention_decision WHERE institution IS NOT NULL "
        "AND valid_from <= :day) WHERE rank = 1), "
        "d AS (SELECT el.lot_id, sum(el.quantity) AS quantity FROM event_line el JOIN destruction_event e "
        "ON e.id = el.event_id WHERE e.occurred_on BETWEEN :start AND :day GROUP BY el.lot_id), "
        "tr AS (SELECT lot_id, -sum(quantity) AS quantity FROM movement WHERE kind = 'training' "
        "AND occurred_on BETWEEN :start AND :day GROUP BY lot_id), "
        "found AS (SELECT lot_id, min(occurred_on) AS day FROM movement WHERE kind = 'discovery' GROUP BY lot_id) "
        "SELECT l.lot_number, t.designation, t.category, t.activation, coalesce(g.on_hand, 0), "
        "coalesce(k.quantity, 0), "
        "k.category, i.institution, coalesce(d.quantity, 0), coalesce(tr.quantity, 0), found.day "
        "FROM lot l JOIN mine_type t ON t.id = l.mine_type_id LEFT JOIN g ON g.lot_id = l.id "
        "LEFT JOIN k ON k.lot_id = l.id LEFT JOIN i ON i.lot_id = l.id LEFT JOIN d ON d.lot_id = l.id "
        "LEFT JOIN tr ON tr.lot_id = l.id LEFT JOIN found ON found.lot_id = l.id "
        "WHERE coalesce(g.on_hand, 0) > 0 OR d.quantity > 0 OR tr.quantity > 0 ORDER BY t.designation, l.lot_number",
    )
)

# The compliance checks' core queries: the stock, the two ledger scans, the certificates, the
# open tasks' lines with what was shipped and destroyed for them, and Article 3 stock at two year ends.
STOCK = (
    "SELECT l.id, l.lot_number, t.designation, t.self_destruct_hours, t.self_deactivating, s.code, s.country, "
    "b.on_hand, b.retained, b.retention_category, b.scheduled FROM lot l JOIN lot_balance b ON b.lot_id = l.id "
    "JOIN mine_type t ON t.id = l.mine_type_id JOIN site s ON s.id = l.site_id WHERE b.on_hand > 0 "
    "ORDER BY l.lot_number"
)
LOTS_WITH = (
    "SELECT l.id, l.lot_number, sum(m.quantity) FROM movement m JOIN lot l ON l.id = m.lot_id "
    "WHERE {} GROUP BY l.id, l.lot_number ORDER BY l.lot_number"
)
RECEIVED_AFTER = LOTS_WITH.format(
    "m.kind IN ('receipt', 'transfer_in') AND m.occurred_on >= ? AND m.counterpart_id IS NULL"
)
SENT_OUT = LOTS_WITH.format(
    "m.kind = 'transfer_out' AND m.id NOT IN (SELECT counterpart_id FROM movement WHERE counterpart_id IS NOT NULL)"
)
CERTIFICATES = [
    "SELECT certificate_number, occurred_on FROM destruction_event WHERE verified_by IS NULL AND occurred_on < ?",
    "SELECT certificate_number FROM destruction_event WHERE verified_by = recorded_by",
]
OPEN_TASKS = [
    "SELECT t.reference, t.planned_on, s.code, tl.lot_id, tl.quantity, l.lot_number FROM destruction_task t "
    "JOIN site s ON s.id = t.site_id JOIN task_line tl ON tl.task_id = t.id JOIN lot l ON l.id = tl.lot_id "
    "WHERE t.status = 'open' ORDER BY t.planned_on, t.id, tl.id",
    "SELECT m.task_id, m.lot_id, coalesce(r.kind, m.kind), sum(m.quantity) FROM movement m "
    "LEFT JOIN movement r ON r.id = m.reverses_id WHERE m.task_id IN "
    "(SELECT id FROM destruction_task WHERE status = 'open') "
    "AND coalesce(r.kind, m.kind) IN ('out_for_destruction', 'destroyed') GROUP BY 1, 2, 3",
    "SELECT e.task_id, el.lot_id, sum(el.quantity), coalesce(sum(el.certified_quantity), 0) FROM destruction_event e "
    "JOIN event_line el ON el.event_id = e.id WHERE e.task_id IN "
    "(SELECT id FROM destruction_task WHERE status = 'open') GROUP BY 1, 2",
]
ARTICLE3_AT = "".join(
    (
        "WITH k AS (",
        LATEST_DECISION,
        ") SELECT coalesce(sum(k.quantity), 0) FROM k WHERE k.category = 'article3' AND (SELECT ",
        RECEIVED,
        " FROM movement m LEFT JOIN movement r ON r.id = m.reverses_id "
        "WHERE m.lot_id = k.lot_id AND m.occurred_on <= :day) > 0",
    )
)


def day_params(day: date) -> dict[str, str]:
    return {
        "day": day.isoformat(),
        "next": date.fromordinal(day.toordinal() + 1).isoformat(),
        "start": date(day.year, 1, 1).isoformat(),
    }


def compliance_sql(db: sqlite3.Connection, policy, today: date, unverified_days: int) -> int:
    """The core queries the compliance checks run under `policy`, in plain SQL; rows fetched."""
    rows = len(db.execute(STOCK).fetchall())
    if policy.acquisition_banned_from is not None:
        rows += len(db.execute(RECEIVED_AFTER, (policy.acquisition_banned_from.isoformat(),)).fetchall())
    if policy.transfers_only_for_destruction:
        rows += len(db.execute(SENT_OUT).fetchall())
    if policy.flags_retained_increase:
        for year in (today.year - 1, today.year - 2):
            rows += len(db.execute(ARTICLE3_AT, day_params(date(year, 12, 31))).fetchall())
    cutoff = date.fromordinal(today.toordinal() - unverified_days).isoformat()
    rows += len(db.execute(CERTIFICATES[0], (cutoff,)).fetchall()) + len(db.execute(CERTIFICATES[1]).fetchall())
    for statement in OPEN_TASKS:
        rows += len(db.execute(statement).fetchall())
    return rows


# -- measuring -------------------------------------------------------------------------------------


@dataclass
class Measure:
    what: str
    value: float
    plain_ms: float | None = None
    target: float | None = None
    note: str = ""
    unit: str = "ms"  # of `value` and `target`; peak memory is in MB

    def cells(self) -> list[str]:
        ratio = f"{self.value / self.plain_ms:.2f}x" if self.plain_ms else ""
        target = ""
        if self.target is not None:
            target = f"under {self.target:,.0f} {self.unit}: {'ok' if self.value < self.target else 'MISSED'}"
        return [
            self.what,
            f"{self.value:,.1f} {self.unit}",
            "" if self.plain_ms is None else f"{self.plain_ms:,.1f} ms",
            ratio,
            target,
            self.note,
        ]


def _status_rows(groups) -> list[tuple]:
    return [
        (
            g.type_designation,
            g.category,
            g.activation,
            g.sd_class.value,
            g.site_code,
            g.site_country,
            g.retention_category,
            g.lots,
            g.on_hand,
            g.retained,
            g.scheduled,
            g.destroyed,
        )
        for g in groups
    ]


def _year_rows(lots) -> list[tuple]:
    return [
        (
            lot.lot_number,
            lot.type_designation,
            lot.category,
            lot.activation,
            lot.on_hand,
            lot.retained,
            lot.retention_category,
            lot.institution,
            lot.destroyed,
            lot.trained,
            lot.discovered_on.isoformat() if lot.discovered_on else None,
        )
        for lot in lots
    ]


def _same(flag: bool) -> str:
    return "same answer as plain SQL" if flag else "DIFFERENT answer from plain SQL"


def measure_reports(path: Path, folder: Path, repeats: int) -> list[Measure]:
    engine = open_database(str(path))
    sp = Stockpile(engine, USER, lambda: END)
    plain = plain_connection(path)
    measures = []
    try:
        last_year = date(END.year - 1, 12, 31)
        (ms, groups), (plain_ms, rows) = paired_ms(
            lambda: sp.queries.status_groups(END), lambda: plain.execute(STATUS_TODAY).fetchall(), repeats
        )
        measures.append(
            Measure(
                f"status {END}: group totals",
                ms,
                plain_ms,
                note=f"{len(groups)} groups; {_same(_status_rows(groups) == rows)}",
            )
        )
        (ms, report), (plain_ms, _) = paired_ms(
            lambda: status_report(sp, END), lambda: plain.execute(STATUS_TODAY).fetchall(), repeats
        )
        measures.append(Measure(f"status {END}: report built", ms, plain_ms, note="whole report vs group totals"))
        pdf = folder / "status.pdf"
        ms, pages = median_ms(lambda: write_pdf(printable(report), pdf), repeats)
        measures.append(Measure(f"status {END}: PDF written", ms, note=f"{pages} pages"))
        ms, _ = median_ms(lambda: write_pdf(printable(status_report(sp, END)), pdf), repeats)
        measures.append(Measure(f"status {END}: built + PDF", ms, target=STATUS_PDF_TARGET_MS))

        (ms, groups), (plain_ms, rows) = paired_ms(
            lambda: sp.queries.status_groups(last_year),
            lambda: plain.execute(STATUS_PAST, day_params(last_year)).fetchall(),
            repeats,
        )
        measures.append(
            Measure(
                f"status {last_year}: group totals",
                ms,
                plain_ms,
                note=f"from the ledger; {_same(_status_rows(groups) == rows)}",
            )
        )

        year = last_year.year
        (ms, lots), (plain_ms, rows) = paired_ms(
            lambda: sp.queries.year_lots(year),
            lambda: plain.execute(YEAR_LOTS, day_params(last_year)).fetchall(),
            repeats,
        )
        measures.append(
            Measure(
                f"Article 7 {year}: lots' year figures",
                ms,
                plain_ms,
                note=f"{len(lots):,} lots; {_same(_year_rows(lots) == rows)}",
            )
        )
        (ms, report), (plain_ms, _) = paired_ms(
            lambda: article7_report(sp, year),
            lambda: plain.execute(YEAR_LOTS, day_params(last_year)).fetchall(),
            repeats,
        )
        measures.append(Measure(f"Article 7 {year}: forms built", ms, plain_ms, note="whole report vs lots query"))
        pdf = folder / "article7.pdf"
        ms, pages = median_ms(lambda: write_pdf(printable(report), pdf), repeats)
        measures.append(Measure(f"Article 7 {year}: PDF written", ms, note=f"{pages} pages"))
        ms, _ = median_ms(lambda: write_pdf(printable(article7_report(sp, year)), pdf), repeats)
        measures.append(Measure(f"Article 7 {year}: built + PDF", ms))

        active = sp.catalogue.active_profile()
        policies = [active]
        if not active.flags_retained_increase:  # also time the comparison of Article 3 stock between two years
            policies += [p for p in sp.catalogue.profiles() if p.flags_retained_increase][:1]
        for policy in policies:
            (ms, findings), (plain_ms, _) = paired_ms(
                lambda policy=policy: sp.compliance.findings(policy.code),
                lambda policy=policy: compliance_sql(plain, policy, END, 30),
                repeats,
            )
            measures.append(
                Measure(
                    f"compliance checks, profile {policy.code}",
                    ms,
                    plain_ms,
                    note=f"{len(findings)} findings; vs core queries",
                )
            )
    finally:
        plain.close()
        engine.dispose()
    return measures


def measure_check_command(path: Path, repeats: int) -> Measure:
    command = [sys.executable, "-m", "stockpile_tracker.cli", "--database", str(path), "--user", USER, "check"]

    def run() -> int:
        return subprocess.run(command, capture_output=True, check=False).returncode

    ms, status = median_ms(run, repeats)
    return Measure("`stockpile-tracker check` (new process)", ms, note=f"exit {status}; real today's date")


def peak_memory(path: Path) -> int:
    """Open the window, change a filter, write the status PDF; peak RSS in KiB (Linux ru_maxrss)."""
    from PySide6.QtCore import QSettings

    from stockpile_tracker.domain.enums import RetentionFilter
    from stockpile_tracker.qt.main_window import MainWindow
    from stockpile_tracker.qt.settings import Settings

    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as folder:
        settings = Settings(QSettings(str(Path(folder) / "bench.ini"), QSettings.Format.IniFormat))
        window = MainWindow(settings, USER)
        window.open_database(str(path))
        window.show()
        app.processEvents()
        window.stockpile_view.kept_buttons[RetentionFilter.SURPLUS].click()
        app.processEvents()
        write_pdf(status_report(window.sp, window.sp.context.today()), Path(folder) / "status.pdf")
        window.close()
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def measure_memory(path: Path) -> Measure:
    """In a new process, so that nothing this benchmark loaded counts."""
    code = (
        "import sys; from pathlib import Path; from benchmarks.reports_bench import peak_memory; "
        "print(peak_memory(Path(sys.argv[1])))"
    )
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", code, str(path)],
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(__file__).resolve().parent.parent,
    )
    seconds = time.perf_counter() - start
    megabytes = int(done.stdout.strip().splitlines()[-1]) / 1024
    return Measure(
        "peak memory: window, filter, status PDF",
        megabytes,
        target=MEMORY_TARGET_MB,
        unit="MB",
        note=f"ru_maxrss of a new process; one run, {seconds:.1f} s",
    )


def print_measures(measures: list[Measure]) -> None:
    headers = ["what", "program", "plain SQL", "ratio", "target", "notes"]
    table = [m.cells() for m in measures]
    widths = [max(len(row[i]) for row in [headers, *table]) for i in range(len(headers))]
    for row in [headers, ["-" * w for w in widths], *table]:
        print(
            "  ".join(
                cell.rjust(w) if i in (1, 2, 3) else cell.ljust(w)
                for i, (cell, w) in enumerate(zip(row, widths, strict=True))
            ).rstrip()
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.reports_bench", description=__doc__.split("\n")[0])
    dataset_arguments(parser, repeats=5)
    args = parser.parse_args(argv)
    try:
        spec = Spec(args.seed, args.lots, args.movements)
    except ValueError as exc:
        parser.error(str(exc))
    path, _report, _fresh = cached_database(spec, args.data_dir)
    QApplication.instance() or QApplication(sys.argv[:1])
    load_before = os.getloadavg()
    with tempfile.TemporaryDirectory() as folder:
        measures = measure_reports(path, Path(folder), args.repeats)
    measures.append(measure_check_command(path, max(1, min(args.repeats, 3))))
    measures.append(measure_memory(path))
    load = ", ".join(f"{a:.1f}-{b:.1f}" for a, b in zip(load_before, os.getloadavg(), strict=True))
    print(f"reports benchmark: {spec.lots:,} lots, {spec.movements:,} movements ({path.name}); today = {END}")
    print(
        f"SQLite {sqlite3.sqlite_version}; {os.cpu_count()} CPUs; load average (1, 5, 15 min; start-end) {load}; "
        f"medians of {args.repeats} runs after one warm-up\n"
    )
    print_measures(measures)
    return 0


if __name__ == "__main__":
    sys.exit(main())
