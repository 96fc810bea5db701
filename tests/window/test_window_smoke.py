"""Every enabled menu and toolbar action on every page of the real window, on the demo stockpile,
in a subprocess: a crash (segmentation fault included) or an uncaught exception fails the test."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

from stockpile_tracker.qt.main_window import PAGES

ROOT = Path(__file__).resolve().parents[2]


def test_every_action_on_every_page_runs_without_a_crash(demo_sqlite_template, tmp_path):
    database = tmp_path / "demo.db"
    shutil.copyfile(demo_sqlite_template, database)
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, str(ROOT / "tests" / "window_smoke.py"), str(database), str(tmp_path / "settings.ini")],
        capture_output=True,
        text=True,
        env=environment,
        cwd=ROOT,
        timeout=600,
    )
    assert done.returncode == 0, f"exit {done.returncode}\n{done.stdout}\n{done.stderr[-5000:]}"
    counts = re.search(
        r"triggered (\d+) actions on (\d+) pages; (\d+) windows opened \((.*)\); "
        r"(\d+) uncaught exceptions; window closed: True",
        done.stdout,
    )
    assert counts, done.stdout
    triggered, pages, opened, kinds, errors = counts.groups()
    assert int(pages) == len(PAGES) and int(errors) == 0
    assert int(triggered) >= 25 * len(PAGES)  # every page's menus, not a window that stopped early
    for kind in (
        "ReportPreview",
        "ReportDialog",
        "ReceiveDialog",
        "RecordDestructionDialog",
        "QFileDialog",
        "PolicyProfileDialog",
    ):
        assert kind in kinds.split(", "), f"{kind} never opened: {kinds}"
