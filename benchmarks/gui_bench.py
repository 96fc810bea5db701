"""`make bench`, the window: the real widgets, offscreen, on the synthetic national stockpile.

    python -m benchmarks.gui_bench                      # 100,000 lots, 1,000,000 movements
    python -m benchmarks.gui_bench --lots 10000 --movements 100000

Reports (median of several runs, after one warm-up):
  - open: a new MainWindow opens the database (migration check included), builds its views, loads
    the first rows of the stockpile table and is shown (the stockpile's totals, the dashboard's
    figures, charts and compliance findings follow from the background);
  - the dashboard's findings shown: from the start of the last open until everything is on screen;
  - first show of the other pages (they load when first shown), until their rows are shown;
  - filter change: one filter control changed, until the table and the totals are updated
    (All -> Retained -> Surplus, a type, a site, a text search, Clear filters);
  - heartbeat: in a fresh window, a 5 ms timer on the GUI thread records the longest gap between its
    ticks while a user works (first show of each page, typing four characters in the search at a
    typist's pace, the Retained/Surplus/All filters, opening Record destruction, switching pages),
    each step until what it started has finished, background reads included: the longest the
    window was frozen. On a loaded machine the timer itself fires late, so a gap of a few ms is noise.
Targets (issue 3): open under 2 s, a filter change under 200 ms; (issue 11) no step blocks the event
loop over 100 ms. Reported, never asserted.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QSettings, Qt, QTimer  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from stockpile_tracker.domain.enums import RetentionFilter  # noqa: E402
from stockpile_tracker.qt.main_window import PAGES, MainWindow  # noqa: E402
from stockpile_tracker.qt.operations import freeze_startup_objects  # noqa: E402
from stockpile_tracker.qt.settings import Settings  # noqa: E402
from stockpile_tracker.qt.widgets import FILTER_DELAY_MS  # noqa: E402

from .synthetic import Spec, cached_database, dataset_arguments  # noqa: E402


def _median_ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000


BLOCK_TARGET_MS = 100
TYPING_GAP_S = 0.12  # between keys, a quick typist


class Heartbeat:
    """A 5 ms timer on the GUI thread: the longest gap between two ticks is the longest the event
    loop was blocked (a tick cannot run while a slot or a paint holds the thread)."""

    def __init__(self) -> None:
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(5)
        self.timer.timeout.connect(self._tick)
        self.longest = 0.0
        self._last = 0.0

    def _tick(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, now - self._last)
        self._last = now

    def measure(self, app: QApplication, step, settled) -> float:
        """The longest block (ms) from `step()` until `settled()` holds and a little after."""
        self.longest, self._last = 0.0, time.perf_counter()
        self.timer.start()
        step()
        earliest = time.perf_counter() + (FILTER_DELAY_MS + 100) / 1000  # a typed filter applies after a delay
        deadline = None
        while deadline is None or time.perf_counter() < deadline:
            app.processEvents()
            time.sleep(0.001)
            if deadline is None and settled() and time.perf_counter() > earliest:
                deadline = time.perf_counter() + 0.05  # the paint and the ticks after the last fill
        self._tick()
        self.timer.stop()
        return self.longest * 1000


def _wait(app: QApplication, seconds: float) -> None:
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        app.processEvents()
        time.sleep(0.001)


def _views(window: MainWindow):
    return (window.dashboard_view, window.stockpile_view, window.plan_view, window.log_view, window.catalogue_view)


def _settled(window: MainWindow) -> bool:
    """Every page has shown what it reads in the background, the dashboard's findings included."""
    return not window.dashboard_view.findings_pending and not any(getattr(v, "loading", False) for v in _views(window))


def _until_rows_shown(app: QApplication, window: MainWindow) -> None:
    """The stockpile's first page of rows, which comes from the background."""
    while window.stockpile_view.model.loading:
        app.processEvents()
        time.sleep(0.001)


def _until_settled(app: QApplication, window: MainWindow) -> None:
    app.processEvents()
    while not _settled(window):
        time.sleep(0.001)
        app.processEvents()


def _delete_now(app: QApplication, window: MainWindow) -> None:
    """A window closed is deleted now, as the window's event loop would: the bench runs none until
    Record destruction's dialog, whose loop would otherwise delete every window closed before."""
    window.close()
    window.deleteLater()
    app.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def heartbeat_steps(app: QApplication, window: MainWindow) -> list[tuple[str, float]]:
    """Scripted user steps in a window just opened; (step, longest block in ms) each."""
    beat = Heartbeat()

    def page(name: str):
        return lambda: window.nav_list.setCurrentRow(PAGES.index(name))

    def typing(edit, text: str):
        def step() -> None:
            edit.clear()
            for character in text:
                QTest.keyClick(edit, character)
                _wait(app, TYPING_GAP_S)

        return step

    def record_destruction() -> None:
        """Opens the dialog as the menu does (modal, its own loop), and closes it once shown."""

        def close_when_shown() -> None:
            dialog = QApplication.activeModalWidget()
            if dialog is None:
                QTimer.singleShot(5, close_when_shown)
            else:
                QTimer.singleShot(100, dialog.reject)

        QTimer.singleShot(0, close_when_shown)
        window.record_destruction()

    stockpile = window.stockpile_view
    steps = [("wait for the dashboard's findings", lambda: None)]
    steps += [(f"first show: {name}", page(name)) for name in PAGES[1:]]
    steps += [
        ("switch to Dashboard", page("Dashboard")),
        ("switch to Stockpile", page("Stockpile")),
        ("type 4 characters in the search", typing(stockpile.search_edit, "crat")),
        ("clear the search", stockpile.search_edit.clear),
        ("filter: Retained", stockpile.kept_buttons[RetentionFilter.RETAINED].click),
        ("filter: Surplus", stockpile.kept_buttons[RetentionFilter.SURPLUS].click),
        ("filter: All", stockpile.kept_buttons[RetentionFilter.ALL].click),
        ("open Record destruction", record_destruction),
        ("switch to Destruction log", page("Destruction log")),
        ("type 4 characters in the log search", typing(window.log_view.search_edit, "TEAD")),
        ("switch to Destruction plan", page("Destruction plan")),
        ("switch to Stockpile again", page("Stockpile")),
    ]
    return [(name, beat.measure(app, step, lambda: _settled(window))) for name, step in steps]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.gui_bench", description=__doc__.split("\n")[0])
    dataset_arguments(parser, repeats=5)
    args = parser.parse_args(argv)
    path, _report, _fresh = cached_database(Spec(args.seed, args.lots, args.movements), args.data_dir)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    freeze_startup_objects()  # as the window's start does
    with tempfile.TemporaryDirectory() as folder:
        settings = Settings(QSettings(str(Path(folder) / "bench.ini"), QSettings.Format.IniFormat))
        opens = []
        window = None
        for _ in range(args.repeats + 1):
            if window is not None:
                _delete_now(app, window)
            start = time.perf_counter()
            window = MainWindow(settings, "bench")
            window.open_database(str(path))
            window.show()
            _until_rows_shown(app, window)
            opens.append(time.perf_counter() - start)
            shown = window.stockpile_view.model.rowCount()
        _until_settled(app, window)  # so that the checks do not share the CPU with what follows
        checked = time.perf_counter() - start
        pages = {}
        for page in range(1, window.nav_list.count()):
            start = time.perf_counter()
            window.nav_list.setCurrentRow(page)
            _until_settled(app, window)
            pages[window.nav_list.item(page).text()] = time.perf_counter() - start
        window.nav_list.setCurrentRow(PAGES.index("Stockpile"))
        view = window.stockpile_view
        steps = [
            ("Retained", lambda: view.kept_buttons[RetentionFilter.RETAINED].click()),
            ("Surplus", lambda: view.kept_buttons[RetentionFilter.SURPLUS].click()),
            ("type M67", lambda: view.type_combo.setCurrentIndex(view.type_combo.findData("M67"))),
            ("site CAMP-C", lambda: view.site_combo.setCurrentIndex(view.site_combo.findData("CAMP-C"))),
            ("text 'crate'", lambda: (view.search_edit.setText("crate"), view.apply_filter())),
            ("Clear filters", view.clear_button.click),
        ]
        timings: dict[str, list[float]] = {name: [] for name, _ in steps}
        for run in range(args.repeats + 1):
            for name, step in steps:
                start = time.perf_counter()
                step()
                _until_settled(app, window)
                if run:
                    timings[name].append(time.perf_counter() - start)
        totals = window.totals_label.text()
        _delete_now(app, window)
        window = MainWindow(settings, "bench")
        window.open_database(str(path))
        window.show()
        blocks = heartbeat_steps(app, window)
        window.close()
    print(f"window benchmark: {args.lots:,} lots, {args.movements:,} movements ({path.name})")
    print(f"load average {os.getloadavg()[0]:.1f}; medians of {args.repeats} runs after one warm-up\n")
    print(f"{'what':<34}{'ms':>10}  target")
    open_ms = _median_ms(opens[1:])
    print(
        f"{'open window, first ' + str(shown) + ' rows shown':<34}{open_ms:>10,.1f}  "
        f"under 2,000 ms: {'ok' if open_ms < 2000 else 'MISSED'}"
    )
    print(f"{'dashboard findings shown':<34}{checked * 1000:>10,.1f}  (one run, from the start of the open)")
    for name, seconds in pages.items():
        print(f"{'first show: ' + name:<34}{seconds * 1000:>10,.1f}  (one run)")
    for name, samples in timings.items():
        ms = _median_ms(samples)
        print(f"{'filter change: ' + name:<34}{ms:>10,.1f}  under 200 ms: {'ok' if ms < 200 else 'MISSED'}")
    print(f"\nstatus bar after Clear filters: {totals}")
    print(f"\nheartbeat (5 ms timer), a fresh window; load average {os.getloadavg()[0]:.1f}\n")
    print(f"{'step':<40}{'longest block, ms':>18}  target")
    for name, ms in blocks:
        verdict = "ok" if ms <= BLOCK_TARGET_MS else "MISSED"
        print(f"{name:<40}{ms:>18,.1f}  under {BLOCK_TARGET_MS} ms: {verdict}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
