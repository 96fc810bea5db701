"""A fast start: the commands that need no window never load Qt, a current database is opened
without Alembic, and the window loads printing and the report modules when first used. Each case
runs the program in a new Python, as a user starts it, and looks at what it loaded."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from stockpile_tracker.db.engine import make_engine
from stockpile_tracker.db.migrate import current_revision

WATCHED = (
    "PySide6",
    "alembic",
    "PySide6.QtPrintSupport",
    "stockpile_tracker.qt.printing",
    "stockpile_tracker.reports.article7",
    "stockpile_tracker.reports.records",
    "stockpile_tracker.reports.status",
)
RUN = f"""
import json, sys
from stockpile_tracker.cli import main
try:
    status = main(sys.argv[1:])
except SystemExit as exit:
    status = exit.code
print(json.dumps([status, [name for name in {WATCHED!r} if name in sys.modules]]))
"""


def start(tmp_path: Path, *argv: str, **env: str) -> tuple[int, set[str], str]:
    """(exit status, the watched modules it loaded, what it printed before) for the command line."""
    done = subprocess.run(
        [sys.executable, "-c", RUN, *argv],
        env={**os.environ, "XDG_CONFIG_HOME": str(tmp_path / "config"), **env},
        capture_output=True,
        text=True,
        timeout=120,
    )
    *printed, last = done.stdout.splitlines()
    status, loaded = json.loads(last)
    return status, set(loaded), "\n".join(printed)


@pytest.fixture
def demo_file(tmp_path, demo_sqlite_template) -> str:
    """A copy of the demo stockpile, at this program's schema."""
    path = tmp_path / "demo.db"
    shutil.copyfile(demo_sqlite_template, path)
    return str(path)


def test_help_loads_neither_qt_nor_alembic(tmp_path):
    status, loaded, printed = start(tmp_path, "--help")

    assert status == 0
    assert "usage: stockpile-tracker" in printed
    assert loaded == set()


@pytest.mark.parametrize(
    "command",
    [
        ["lots"],
        ["db", "check"],
        ["check"],
        ["settings"],
        ["profile", "list"],
        ["report", "status", "--csv", "{tmp}/status.csv"],
    ],
    ids=" ".join,
)
def test_commands_on_a_current_database_load_neither_qt_nor_alembic(command, demo_file, tmp_path):
    argv = [part.format(tmp=tmp_path) for part in command]

    status, loaded, _printed = start(tmp_path, "--database", demo_file, *argv)

    assert status in (0, 1)  # check says 1 when the demo has findings at error level
    assert {"PySide6", "alembic"}.isdisjoint(loaded)


def test_a_new_database_is_made_with_alembic(tmp_path):
    """The other side: a database not at this program's schema is brought there by Alembic."""
    path = tmp_path / "new.db"

    status, loaded, printed = start(tmp_path, "--database", str(path), "db", "upgrade")

    assert status == 0
    assert f"database {path}: created the schema at revision" in printed
    assert "alembic" in loaded
    engine = make_engine(str(path))
    assert current_revision(engine) is not None
    engine.dispose()


def test_the_window_starts_without_alembic_printing_or_reports(demo_file, tmp_path):
    status, loaded, printed = start(
        tmp_path,
        "--database",
        demo_file,
        "--user",
        "alice",
        QT_QPA_PLATFORM="offscreen",
        STOCKPILE_QUIT_WHEN_SHOWN="1",
    )

    assert (status, printed) == (0, "shown")
    assert loaded == {"PySide6"}
