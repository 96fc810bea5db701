"""Long tasks tell how far they are and stop when the user cancels (services/progress.py): db check,
a backup, a restore and a report each tell a progress that only goes forward and reaches its total;
cancelled at any step, a check reports nothing (never "ok"), and a backup or restore leaves no file
and the record as it was. Ctrl+C on the command line is the same cancel: exit 130, a message."""

from __future__ import annotations

import os
import pty
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from stockpile_tracker.reports.registry import REPORTS_BY_NAME, prepare
from stockpile_tracker.services import Stockpile
from stockpile_tracker.services.backups import back_up_database, restore_database
from stockpile_tracker.services.progress import Cancelled

from ..helpers import receive, seed_catalogue, snapshot
from .test_backups import left_beside, lots_in


class Told:
    """A progress that keeps what it is told, and cancels (raises `cancel`) at call number `at`."""

    def __init__(self, at: int | None = None, cancel: type[BaseException] = Cancelled) -> None:
        self.calls: list[tuple[int, int, str]] = []
        self.at, self.cancel = at, cancel

    def __call__(self, done: int, total: int, what: str) -> None:
        self.calls.append((done, total, what))
        if len(self.calls) - 1 == self.at:
            raise self.cancel

    def goes_forward_to_the_end(self) -> None:
        fractions = [done / total for done, total, _what in self.calls]
        assert fractions == sorted(fractions), self.calls
        assert len({total for _done, total, _what in self.calls}) == 1, "one total for the whole task"
        assert self.calls[-1][0] == self.calls[-1][1]
        assert all(0 <= done <= total for done, total, _what in self.calls)


def test_db_check_tells_each_check_and_reaches_the_end(demo):
    told = Told()
    assert demo.check(progress=told).ok
    told.goes_forward_to_the_end()
    assert any("audit chain" in what for _done, _total, what in told.calls)


def test_db_check_cancelled_at_any_check_reports_nothing(demo):
    for at in range(_steps(demo) - 1):  # the last call tells the end: the check is whole by then
        with pytest.raises(Cancelled):
            demo.check(progress=Told(at))
    assert demo.check().ok  # and a check run afterwards is whole


def _steps(sp: Stockpile) -> int:
    told = Told()
    sp.check(progress=told)
    return len(told.calls)


def test_a_report_tells_its_steps_and_cancelled_builds_nothing(demo):
    kind = REPORTS_BY_NAME["status"]
    told = Told()
    prepared = prepare(demo, kind, {"as_of": demo.today()}, told)
    told.goes_forward_to_the_end()
    assert prepared.printable.title
    for at in range(len(told.calls) - 1):
        with pytest.raises(Cancelled):
            prepare(demo, kind, {"as_of": demo.today()}, Told(at))


@pytest.fixture
def demo_file(demo_url) -> Path:
    if not demo_url.startswith("sqlite"):
        pytest.skip("a record on PostgreSQL is backed up with pg_dump (README)")
    return Path(demo_url.split("///", 1)[1])


@pytest.mark.parametrize("named", [True, False], ids=["to a file named", "beside the record"])
def test_a_backup_tells_its_pages_and_cancelled_leaves_no_file(demo_file, tmp_path, named):
    url = str(demo_file)
    (tmp_path / "copies").mkdir()
    target = tmp_path / "copies" / "copy.db" if named else None
    record = demo_file.read_bytes()
    told = Told()
    written = back_up_database(url, target, progress=told)
    told.goes_forward_to_the_end()
    assert lots_in(written) == lots_in(demo_file)
    written.unlink()
    for cancel in (Cancelled, KeyboardInterrupt):  # the window's Cancel, the command line's Ctrl+C
        for at in range(len(told.calls) - 1):
            with pytest.raises(cancel):
                back_up_database(url, target, progress=Told(at, cancel))
            assert left_beside(demo_file) == ["copies"]
            assert list((tmp_path / "copies").iterdir()) == []
            assert demo_file.read_bytes() == record


def test_a_restore_tells_its_steps_and_cancelled_leaves_the_record_as_it_was(demo_file, tmp_path):
    url = str(demo_file)
    copy = back_up_database(url, tmp_path / "friday.db")
    sp = Stockpile.open(url, "alice")
    receive(sp, "L-AFTER", 10, type="M16")  # written after the copy was taken: a restore would lose it
    record = snapshot(sp.context.engine)
    sp.close()
    cancellable = _cancellable_steps(url, copy, tmp_path)
    beside = left_beside(demo_file)
    for cancel in (Cancelled, KeyboardInterrupt):
        for at in range(cancellable):
            told = Told(at, cancel)
            with pytest.raises(cancel):
                restore_database(url, copy, "alice", told)
            assert "no longer cancelled" not in told.calls[-1][2], "cancelled only before the record is written"
            assert left_beside(demo_file) == beside
            sp = Stockpile.open(url, "alice")
            assert snapshot(sp.context.engine) == record
            sp.close()
    told = Told()
    restore_database(url, copy, "alice", told)
    told.goes_forward_to_the_end()
    assert "L-AFTER" not in lots_in(demo_file)


def _cancellable_steps(url: str, copy: Path, tmp_path: Path) -> int:
    """How many calls a whole restore makes before it writes the record, counted on a copy of the
    record in a folder of its own (the record itself stays as it is)."""
    (tmp_path / "scratch").mkdir()
    scratch = back_up_database(url, tmp_path / "scratch" / "scratch.db")
    told = Told()
    restore_database(str(scratch), copy, "alice", told)
    return next(number for number, call in enumerate(told.calls) if "no longer cancelled" in call[2])


def test_ctrl_c_during_db_check_exits_130_without_ok(demo_file):
    """On a terminal (a pseudo-terminal here) db check draws its progress on stderr; Ctrl+C as soon
    as the first line shows ends it with 130 and a message, never "ok"."""
    main_side, terminal = pty.openpty()
    command = [sys.executable, "-m", "stockpile_tracker", "--database", str(demo_file), "db", "check"]
    child = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=terminal, text=True)
    os.close(terminal)
    shown = b""
    deadline = time.monotonic() + 60
    while b"%)" not in shown and time.monotonic() < deadline:
        shown += os.read(main_side, 1024)
    child.send_signal(signal.SIGINT)
    out, _ = child.communicate(timeout=60)
    while True:
        try:
            more = os.read(main_side, 1024)
        except OSError:  # the terminal's other side is closed: all was read
            break
        if not more:
            break
        shown += more
    os.close(main_side)
    assert child.returncode == 130, (out, shown)
    assert "ok" not in out
    assert b"stockpile-tracker: cancelled (Ctrl+C): nothing half done was kept" in shown


@pytest.mark.parametrize("kind", ["lots", "types", "destructions"])
def test_an_import_tells_its_rows_and_cancelled_writes_nothing(stockpile, engine, kind):
    """Rows checked, then recorded, told as they go; cancelled at any step (or by Ctrl+C), the
    import leaves the record as it was."""
    from .test_import import GOOD_LOTS
    from .test_import_catalogue import GOOD_TYPES
    from .test_import_xlsx import DESTROYED

    seed_catalogue(stockpile)
    if kind == "destructions":
        stockpile.imports.import_lots(GOOD_LOTS.encode(), source="lots.csv")
    data = {"lots": GOOD_LOTS, "types": GOOD_TYPES, "destructions": DESTROYED}[kind].encode()
    importer = getattr(stockpile.imports, f"import_{kind}")
    told = Told()
    importer(data, source="file.csv", dry_run=True, progress=told)
    told.goes_forward_to_the_end()
    assert told.calls[0][2] == "checking row 1 of " + str(len(data.splitlines()) - 1)
    before = snapshot(engine)
    for at in range(len(told.calls) - 1):
        for cancel in (Cancelled, KeyboardInterrupt):
            with pytest.raises(cancel):
                importer(data, source="file.csv", progress=Told(at, cancel))
            assert snapshot(engine) == before
    importer(data, source="file.csv", progress=told)
    assert snapshot(engine) != before


def test_ctrl_c_while_qt_loads_takes_effect_once_it_is_loaded():
    """Ctrl+C in the middle of PySide6's import left it half initialised (a traceback or an abort):
    the command line holds it back until Qt is loaded, then stops as any Ctrl+C does."""
    from stockpile_tracker.cli import _ctrl_c_after

    loaded = False
    with pytest.raises(KeyboardInterrupt):
        with _ctrl_c_after():
            os.kill(os.getpid(), signal.SIGINT)
            time.sleep(0.05)
            loaded = True
    assert loaded


def test_ctrl_c_just_after_a_command_ends_leaves_its_exit_status(tmp_path):
    """Ctrl+C pressed as a command has ended (its work done and said) no longer kills the program by
    signal (exit -2: Python's KeyboardInterrupt raised where nothing catches it, or its default
    handler restored while it shuts down): the command's status stands."""
    script = (
        "import os, signal, sys, time\n"
        "from stockpile_tracker.cli import main\n"
        f"sys.argv = ['stockpile-tracker', '--database', {str(tmp_path / 'record.db')!r}, 'settings']\n"
        "status = main()\n"
        "os.kill(os.getpid(), signal.SIGINT)  # Ctrl+C, as the command has ended\n"
        "time.sleep(0.2)\n"
        "sys.exit(status)\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr


def test_ctrl_c_after_an_import_is_recorded_says_it_is_kept(tmp_path, monkeypatch, capsys):
    """Pressed between the import's commit and the end of the command (its summary still to print),
    Ctrl+C once said "nothing half done was kept" of lots that were recorded: a user would import
    them again. It says the change is kept."""
    from stockpile_tracker import cli

    url = str(tmp_path / "record.db")
    rows = tmp_path / "lots.csv"
    rows.write_text("lot_number,type,quantity,site,retention\nL-1,M67,10,ANAD,\n")
    sp = Stockpile.open(url, "alice", create=True)
    seed_catalogue(sp)  # M67 and ANAD to import into
    sp.close()

    def pressed(plan):
        raise KeyboardInterrupt

    monkeypatch.setattr(cli, "_import_extras", pressed)  # called once the import is recorded
    assert cli.main(["--database", url, "--user", "alice", "import", "lots", str(rows)]) == cli.EXIT_INTERRUPTED
    said = capsys.readouterr().err
    assert "after the change was recorded: it is kept" in said and "nothing half done" not in said
    sp = Stockpile.open(url, "reader")
    assert [lot.lot_number for lot in sp.queries.lots(limit=None)] == ["L-1"]
    sp.close()


@pytest.mark.parametrize("when", ["committed", "refused"])
def test_ctrl_c_as_an_import_commits_says_whether_it_was_kept(tmp_path, monkeypatch, capsys, when):
    """The COMMIT of a large import takes a while, and a Ctrl+C raised as it returns (before the write
    was counted) said "nothing half done was kept" of an import that was kept: a user would import a
    movements file twice. Raised right after the commit, it says the change is kept; raised instead of
    it (the commit never reached), that nothing was."""
    from sqlalchemy import event
    from sqlalchemy.orm import Session

    from stockpile_tracker import cli

    url = str(tmp_path / "record.db")
    rows = tmp_path / "lots.csv"
    rows.write_text("lot_number,type,quantity,site,retention\nL-1,M67,10,ANAD,\n")
    sp = Stockpile.open(url, "alice", create=True)
    seed_catalogue(sp)
    sp.close()
    pressed = []

    def ctrl_c(session, *_args):
        if session.info.get("audited") and not pressed:
            pressed.append(True)
            raise KeyboardInterrupt

    hook = "after_commit" if when == "committed" else "before_commit"
    event.listen(Session, hook, ctrl_c)
    try:
        status = cli.main(["--database", url, "--user", "alice", "import", "lots", str(rows)])
    finally:
        event.remove(Session, hook, ctrl_c)
    assert pressed and status == cli.EXIT_INTERRUPTED
    said = capsys.readouterr().err
    sp = Stockpile.open(url, "reader")
    lots = [lot.lot_number for lot in sp.queries.lots(limit=None)]
    assert sp.check().ok
    sp.close()
    if when == "committed":
        assert "after the change was recorded: it is kept" in said and "nothing half done" not in said
        assert lots == ["L-1"]
    else:
        assert "nothing half done was kept" in said and "recorded" not in said
        assert lots == []


def test_ctrl_c_as_a_write_commits_is_told_from_the_record_read_afresh(stockpile, monkeypatch):
    """Context.recorded, asked after a Ctrl+C: counted writes, else the audit entry the interrupted
    commit wrote last, looked for in the record; None when the record cannot be read."""
    context = stockpile.context
    assert context.recorded() is False
    seed_catalogue(stockpile)
    assert context.recorded() is True
    context.committed = 0
    assert context.recorded() is False  # nothing under way
    context._committing = (10**9, "0" * 64)  # a commit that did not land
    assert context.recorded() is False
    monkeypatch.setattr(context, "engine", None)  # the record out of reach
    assert context.recorded() is None


def test_ctrl_c_while_the_program_starts_exits_130_without_a_traceback(monkeypatch, capsys):
    """The command line's modules load for most of a second: a Ctrl+C then ends it with a word."""
    import types

    from stockpile_tracker.__main__ import EXIT_INTERRUPTED, launch

    class Loading(types.ModuleType):
        def __getattr__(self, name):
            raise KeyboardInterrupt

    monkeypatch.setitem(sys.modules, "stockpile_tracker.cli", Loading("stockpile_tracker.cli"))
    assert launch() == EXIT_INTERRUPTED == 130
    assert "cancelled (Ctrl+C) while starting" in capsys.readouterr().err


def test_ctrl_c_while_a_report_is_written_to_a_pipe_leaves_no_part_file(tmp_path, monkeypatch):
    """--html a.html --csv PIPE: a.html is staged beside its file, then the pipe nobody reads
    blocks; Ctrl+C there left the staged part behind."""
    from stockpile_tracker import cli

    def blocked(self, data):
        raise KeyboardInterrupt

    monkeypatch.setattr(Path, "write_bytes", blocked)  # /dev/null stands for the pipe: written directly
    with pytest.raises(KeyboardInterrupt):
        cli._stage([(str(tmp_path / "a.html"), b"<html>", "a.html"), (os.devnull, b"csv", "pipe")])
    assert list(tmp_path.iterdir()) == []
