"""`make bench`, the start: a new process each time, from its start to the main window shown on the
demo stockpile, beside a bare PySide6 window showing 200 rows read with `sqlite3` from the same file.

    python -m benchmarks.start_bench              # medians of 7
    python -m benchmarks.start_bench --repeats 3

Each run is a new Python process, timed from just before it is started until it prints "shown"
(the window sets STOCKPILE_QUIT_WHEN_SHOWN, see qt/app.py; the bare window does the same), so the
interpreter's start and every import count. The runs are interleaved, so that load on the machine
hits every measure alike, after one warm-up round (the files are in the disk cache and the bytecode
is compiled, as after any earlier start). Also timed to the end of the process: `--help` and
`db check`, which need no window. Target (issue 11): the window within 3x of the bare one.
Beside them, the floor of the product's own stack: the same bare window, after importing
SQLAlchemy's ORM and the program's table declarations (what any window on SQLAlchemy pays before
its first query), so that the figures say how much of the distance is ours.
Reported, never asserted.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

RATIO_TARGET = 3.0
BARE_ROWS = 200


def bare_window(path: str, *, with_stack: bool) -> int:
    """The reference: the least a window showing the same file's lots can do; `with_stack`, after
    importing what the program stands on (SQLAlchemy's ORM, our tables)."""
    import sqlite3

    if with_stack:
        import stockpile_tracker.db.models  # noqa: F401 (the import is what is timed)

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow, QTableWidget, QTableWidgetItem

    app = QApplication(sys.argv[:1])
    with sqlite3.connect(path) as connection:
        cursor = connection.execute(
            "SELECT l.lot_number, t.designation, s.code, b.on_hand, b.retained "
            "FROM lot l JOIN mine_type t ON t.id = l.mine_type_id JOIN site s ON s.id = l.site_id "
            "JOIN lot_balance b ON b.lot_id = l.id ORDER BY l.lot_number LIMIT ?",
            (BARE_ROWS,),
        )
        headers = [column[0] for column in cursor.description]
        rows = cursor.fetchall()
    table = QTableWidget(len(rows), len(headers))
    table.setHorizontalHeaderLabels(headers)
    for number, row in enumerate(rows):
        for column, value in enumerate(row):
            table.setItem(number, column, QTableWidgetItem(str(value)))
    window = QMainWindow()
    window.setCentralWidget(table)
    window.resize(1280, 800)
    window.show()
    QTimer.singleShot(0, lambda: say_shown_and_close(window))
    return app.exec()


def say_shown_and_close(window) -> None:
    """As the program does with STOCKPILE_QUIT_WHEN_SHOWN (qt/app.py), without importing it."""
    print("shown", flush=True)
    window.close()


def _time_to_shown(command: list[str], env: dict[str, str]) -> float:
    """Seconds from starting the process until it says "shown"; then it is left to quit."""
    with tempfile.TemporaryFile("w+") as errors:  # Qt's offscreen notes, shown only when it fails
        start = time.perf_counter()
        with subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=errors, text=True) as process:
            assert process.stdout is not None
            for line in process.stdout:
                if line.strip() == "shown":
                    seconds = time.perf_counter() - start
                    break
            else:
                process.wait()
                errors.seek(0)
                raise SystemExit(f"{' '.join(command)}: ended without showing its window\n{errors.read()}")
            process.stdout.read()
    return seconds


def _time_to_exit(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, env=env, stdout=subprocess.DEVNULL, check=True)
    return time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.start_bench", description=__doc__.split("\n")[0])
    parser.add_argument("--repeats", type=int, default=7, help="timed runs per measure (median; default 7)")
    parser.add_argument("--bare", metavar="FILE", help=argparse.SUPPRESS)  # the reference window's own process
    parser.add_argument("--with-stack", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.bare:
        return bare_window(args.bare, with_stack=args.with_stack)
    with tempfile.TemporaryDirectory() as folder:
        database = str(Path(folder) / "demo.sqlite")
        env = dict(
            os.environ,
            QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
            STOCKPILE_DATA_DIR=str(Path(folder) / "data"),  # no log or default database of the user's
            XDG_CONFIG_HOME=str(Path(folder) / "config"),  # no window settings of the user's
            STOCKPILE_QUIT_WHEN_SHOWN="1",
        )
        env.pop("PYTHONDONTWRITEBYTECODE", None)  # an installed program has its bytecode compiled
        program = [sys.executable, "-m", "stockpile_tracker", "--database", database, "--user", "bench"]
        _time_to_exit([*program, "demo"], env)
        measures = {
            "window shown": lambda: _time_to_shown(program, env),
            "bare window shown": lambda: _time_to_shown(
                [sys.executable, "-m", "benchmarks.start_bench", "--bare", database], env
            ),
            "stack floor": lambda: _time_to_shown(
                [sys.executable, "-m", "benchmarks.start_bench", "--bare", database, "--with-stack"], env
            ),
            "--help": lambda: _time_to_exit([*program, "--help"], env),
            "db check": lambda: _time_to_exit([*program, "db", "check"], env),
        }
        samples: dict[str, list[float]] = {name: [] for name in measures}
        for run in range(args.repeats + 1):
            for name, measure in measures.items():
                seconds = measure()
                if run:
                    samples[name].append(seconds)
    medians = {name: statistics.median(values) * 1000 for name, values in samples.items()}
    ratio = medians["window shown"] / medians["bare window shown"]
    print("start benchmark: a new process each run, the demo stockpile")
    print(f"load average {os.getloadavg()[0]:.1f}; medians of {args.repeats} interleaved runs after one warm-up\n")
    print(f"{'what':<44}{'ms':>8}")
    print(f"{'process start to main window shown':<44}{medians['window shown']:>8,.0f}")
    print(f"{f'bare PySide6 window, {BARE_ROWS} rows via sqlite3':<44}{medians['bare window shown']:>8,.0f}")
    print(f"{'the same, SQLAlchemy ORM and our tables imported':<44}{medians['stack floor']:>8,.0f}")
    print(f"{'stockpile-tracker --help':<44}{medians['--help']:>8,.0f}")
    print(f"{'stockpile-tracker db check':<44}{medians['db check']:>8,.0f}")
    verdict = "ok" if ratio <= RATIO_TARGET else "MISSED"
    print(f"\nwindow / bare window: {ratio:.1f}x (target within {RATIO_TARGET:g}x: {verdict})")
    print(f"the stack's floor / bare window: {medians['stack floor'] / medians['bare window shown']:.1f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
