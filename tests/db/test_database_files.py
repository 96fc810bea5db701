"""Bad database files: not a database, another program's database, read-only, locked by another
program, a full disk. Each ends in one clear line (from open_database, the command line and the
window), never a crash or a hang, and the file is left exactly as it was."""

from __future__ import annotations

import gzip
import os
import pwd
import random
import shutil
import sqlite3
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import Engine, event

from stockpile_tracker.cli import EXIT_ERROR, main
from stockpile_tracker.db import engine as db_engine
from stockpile_tracker.db.migrate import HEAD, current_revision, open_database
from stockpile_tracker.domain.errors import DatabaseError
from stockpile_tracker.qt.main_window import MainWindow
from stockpile_tracker.qt.settings import Settings
from stockpile_tracker.services import Stockpile

from ..fixtures.make_schema_fixture import fixture_path
from ..helpers import TODAY, receive, seed_catalogue, snapshot, when_modal
from .test_migrations import REVISIONS

SHORT_WAIT_MS = 100  # another program's lock is waited for this long in these tests


@pytest.fixture(autouse=True)
def short_busy_timeout(monkeypatch):
    monkeypatch.setattr(db_engine, "BUSY_TIMEOUT_MS", SHORT_WAIT_MS)


def contents(path: Path) -> bytes | None:
    """The file and its journal, byte for byte (None: no file): 'nothing lost' means nothing changed."""
    if not path.exists():
        return None
    return b"".join(p.read_bytes() for p in (path, Path(f"{path}-wal")) if p.exists())


# -- the cases: each prepares a file (and whatever holds it) and names the words the user must see --


@contextmanager
def random_bytes(path: Path, template: str) -> Iterator[str]:
    path.write_bytes(random.Random(7).randbytes(8192))
    yield "the file is not a database"


@contextmanager
def text_file(path: Path, template: str) -> Iterator[str]:
    path.write_text("lot_number,type,quantity\nL-001,M67,1000\n", encoding="utf-8")
    yield "the file is not a database"


@contextmanager
def other_programs_database(path: Path, template: str) -> Iterator[str]:
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE recipe (name TEXT)")
    connection.execute("INSERT INTO recipe VALUES ('bread')")
    connection.commit()
    connection.close()
    yield "it holds tables of another program"


@contextmanager
def locked_by_another_program(path: Path, template: str) -> Iterator[str]:
    """Another program keeps an exclusive lock (locking_mode=EXCLUSIVE and a write): nobody else
    can even read until it lets go."""
    shutil.copyfile(template, path)
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("PRAGMA locking_mode=EXCLUSIVE")
    other.execute("BEGIN EXCLUSIVE")
    try:
        yield "it is locked by another program (waited 0.1 s)"
    finally:
        other.execute("ROLLBACK")
        other.close()


@contextmanager
def full_disk(path: Path, template: str) -> Iterator[str]:
    """A new database on a disk with no room: SQLite's max_page_count stops the file at one page."""

    def no_room(dbapi_connection, _record):
        dbapi_connection.execute("PRAGMA max_page_count=1")

    event.listen(Engine, "connect", no_room)
    try:
        yield "the disk is full"
    finally:
        event.remove(Engine, "connect", no_room)


def _revisions_edited(path: Path, template: str, statement: str) -> None:
    """A copy of the template whose alembic_version was edited outside the program, in
    rollback-journal mode (as a copy of it may be): switching it to WAL before refusing it would
    change its header."""
    shutil.copyfile(template, path)
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute(statement)
    connection.execute("PRAGMA journal_mode=DELETE")
    connection.close()


@contextmanager
def newer_programs_database(path: Path, template: str) -> Iterator[str]:
    """A database a newer Stockpile Tracker wrote."""
    _revisions_edited(path, template, "UPDATE alembic_version SET version_num = '9999'")
    yield "was written by a newer Stockpile Tracker (schema 9999)"


@contextmanager
def two_revisions_recorded(path: Path, template: str) -> Iterator[str]:
    _revisions_edited(path, template, "INSERT INTO alembic_version VALUES ('0003')")
    yield "its schema revision cannot be read: 2 revisions are recorded in alembic_version, not one"


@contextmanager
def no_revision_recorded(path: Path, template: str) -> Iterator[str]:
    _revisions_edited(path, template, "DELETE FROM alembic_version")
    yield "its schema revision cannot be read: 0 revisions are recorded in alembic_version, not one"


@contextmanager
def revision_table_dropped(path: Path, template: str) -> Iterator[str]:
    """Our tables, with nothing to say which revision they are at."""
    _revisions_edited(path, template, "DROP TABLE alembic_version")
    yield "it holds Stockpile Tracker's tables but no record of their schema revision"


CASES = [
    random_bytes,
    text_file,
    other_programs_database,
    newer_programs_database,
    two_revisions_recorded,
    no_revision_recorded,
    revision_table_dropped,
    locked_by_another_program,
    full_disk,
]


@pytest.fixture(params=CASES, ids=lambda case: case.__name__)
def bad_file(request, tmp_path, sqlite_template) -> Iterator[tuple[Path, str]]:
    path = tmp_path / "bad.db"
    with request.param(path, sqlite_template) as expected:
        before = contents(path)
        yield path, expected
        assert contents(path) == before, "the file was changed"


def test_open_database_says_why_in_one_line(bad_file):
    path, expected = bad_file
    with pytest.raises(DatabaseError) as caught:
        open_database(str(path)).dispose()
    assert expected in str(caught.value)
    assert str(path) in str(caught.value)
    assert "\n" not in str(caught.value)


def test_the_command_line_says_why_in_one_line(bad_file, capsys):
    path, expected = bad_file
    assert main(["--database", str(path), "lots"]) == EXIT_ERROR
    out, err = capsys.readouterr()
    assert out == ""
    assert err.count("\n") == 1 and err.startswith("stockpile-tracker: ")
    assert expected in err


@pytest.fixture
def window(qtbot, tmp_path, sqlite_template):
    """A window with a good database open."""
    good = tmp_path / "good.db"
    shutil.copyfile(sqlite_template, good)
    window = MainWindow(Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)), "alice")
    qtbot.addWidget(window)
    assert window.open_database(str(good))
    return window


def test_the_window_says_why_and_keeps_the_open_database(window, bad_file, qtbot):
    path, expected = bad_file
    shown = []
    when_modal(qtbot, lambda box: (shown.append((box.windowTitle(), box.text())), box.accept()), QMessageBox)
    title_before = window.windowTitle()
    assert not window.open_database(str(path))
    assert len(shown) == 1 and expected in shown[0][1]
    assert window.windowTitle() == title_before
    assert window.sp.queries.totals().lots == 0  # the good database still answers


def test_an_empty_file_is_a_new_database(tmp_path):
    path = tmp_path / "empty.db"
    path.touch()
    engine = open_database(str(path))
    assert Stockpile(engine, "alice").check().ok
    engine.dispose()


def test_a_database_with_only_an_empty_revision_table_is_a_new_database(tmp_path):
    """What a schema creation stopped before its first table may leave: nothing of anyone's."""
    path = tmp_path / "unstamped.db"
    with closing(sqlite3.connect(path)) as connection:
        connection.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)")
    engine = open_database(str(path))
    assert current_revision(engine) == HEAD
    engine.dispose()


# -- read-only files ----------------------------------------------------------------------------------

NOBODY = pwd.getpwnam("nobody")


@contextmanager
def as_file_owner() -> Iterator[None]:
    """Root may write any file whatever its mode; as root, the check runs with the effective user
    `nobody` (who owns the file), for whom mode 0400 means read-only as it does for any user."""
    if os.geteuid() != 0:
        yield
        return
    os.setegid(NOBODY.pw_gid)
    os.seteuid(NOBODY.pw_uid)
    try:
        yield
    finally:
        os.seteuid(0)
        os.setegid(0)


@pytest.fixture
def own_folder() -> Iterator[Path]:
    """A folder the file's owner can reach (pytest's tmp folder is root's alone when run as root)."""
    folder = Path(tempfile.mkdtemp(prefix="stockpile-ro-"))
    try:
        yield folder
    finally:
        folder.chmod(0o700)
        shutil.rmtree(folder)


def owned_copy(template: str, folder: Path) -> Path:
    path = folder / "record.db"
    shutil.copyfile(template, path)
    if os.geteuid() == 0:
        for item in (folder, path):
            os.chown(item, NOBODY.pw_uid, NOBODY.pw_gid)
    return path


def open_in_window(qtbot, path: Path, folder: Path) -> str:
    shown = []
    window = MainWindow(
        Settings(QSettings(str(folder.parent / f"{folder.name}.ini"), QSettings.Format.IniFormat)), "alice"
    )
    qtbot.addWidget(window)
    original = QMessageBox.critical
    QMessageBox.critical = lambda parent, title, text: shown.append(text)
    try:
        with as_file_owner():
            assert not window.open_database(str(path))
    finally:
        QMessageBox.critical = original
    assert len(shown) == 1
    return shown[0]


def refused_everywhere(qtbot, capsys, path: Path, expected: str) -> None:
    """The same one line from open_database, the command line and the window; the file untouched."""
    before = contents(path)
    with as_file_owner(), pytest.raises(DatabaseError) as caught:
        open_database(str(path))
    assert expected in str(caught.value) and "\n" not in str(caught.value)
    with as_file_owner():
        assert main(["--database", str(path), "lots"]) == EXIT_ERROR
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and expected in err
    assert expected in open_in_window(qtbot, path, path.parent)
    assert contents(path) == before
    assert not Path(f"{path}-wal").exists()


def test_a_read_only_file_is_refused_with_a_reason(qtbot, capsys, own_folder, sqlite_template):
    path = owned_copy(sqlite_template, own_folder)
    path.chmod(0o400)
    refused_everywhere(qtbot, capsys, path, "the file is read-only for you: ask for write access, or open a copy")


def test_a_file_in_a_read_only_folder_is_refused_with_a_reason(qtbot, capsys, own_folder, sqlite_template):
    path = owned_copy(sqlite_template, own_folder)
    own_folder.chmod(0o500)
    refused_everywhere(qtbot, capsys, path, "its folder is read-only")


# -- writing while another program holds the lock, writing to a full disk ---------------------------


@pytest.fixture
def small(tmp_path, sqlite_template) -> Iterator[tuple[Path, Stockpile]]:
    path = tmp_path / "small.db"
    shutil.copyfile(sqlite_template, path)
    engine = open_database(str(path))
    sp = Stockpile(engine, "alice", today=lambda: TODAY)
    seed_catalogue(sp)
    receive(sp)
    yield path, sp
    engine.dispose()


def refused_with(sp: Stockpile, expected: str, action: Callable[[], object]) -> None:
    before = snapshot(sp.context.engine)
    with pytest.raises(DatabaseError, match=expected) as caught:
        action()
    assert "\n" not in str(caught.value)
    assert snapshot(sp.context.engine) == before


def test_a_write_while_another_program_holds_the_lock_waits_then_says_so(small):
    path, sp = small
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")  # in WAL mode others may still read, but nobody else may write
    try:
        assert sp.queries.totals().lots == 1
        refused_with(
            sp, r"could not be written: it is locked by another program \(waited 0.1 s\)", lambda: receive(sp, "L-002")
        )
    finally:
        other.execute("ROLLBACK")
        other.close()
    receive(sp, "L-002")  # once the other program lets go, work goes on
    assert sp.queries.totals().lots == 2


def test_a_full_disk_rolls_the_action_back_and_says_so(small):
    """The file may not grow by a page: receipts fill the free space left in its pages, then one
    does not fit, and that one is refused whole."""
    path, sp = small
    sp.context.engine.dispose()

    def no_room(dbapi_connection, _record):
        pages = dbapi_connection.execute("PRAGMA page_count").fetchone()[0]
        dbapi_connection.execute(f"PRAGMA max_page_count={pages}")

    event.listen(sp.context.engine, "connect", no_room)
    received = 1
    with pytest.raises(DatabaseError, match="could not be written: the disk is full"):
        for number in range(2, 10_000):
            before = snapshot(sp.context.engine)
            receive(sp, f"L-{number:04}")
            received += 1
    assert snapshot(sp.context.engine) == before
    event.remove(sp.context.engine, "connect", no_room)
    sp.context.engine.dispose()
    assert sp.queries.totals().lots == received
    assert sp.check().ok


def test_an_old_database_another_program_keeps_open_is_upgraded_only_when_it_lets_go(tmp_path):
    """An older program has the file open (WAL, as it left it): the upgrade needs the file to itself,
    waits the time it says it waited, and changes nothing; once the other program closes, it goes on."""
    path = tmp_path / "old.db"
    with gzip.open(fixture_path(REVISIONS[0]), "rb") as packed:
        path.write_bytes(packed.read())
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("PRAGMA journal_mode=WAL")
    other.execute("SELECT count(*) FROM lot").fetchone()
    before = contents(path)
    started = time.monotonic()
    with pytest.raises(DatabaseError) as caught:
        open_database(str(path))
    assert time.monotonic() - started >= SHORT_WAIT_MS / 1000
    assert str(caught.value) == (
        f"cannot open database {path}: it is locked by another program (waited 0.1 s): "
        "close that program or try again later"
    )
    assert contents(path) == before
    other.close()
    engine = open_database(str(path))
    assert current_revision(engine) == HEAD
    engine.dispose()


def test_a_driver_error_without_a_message_is_still_one_line():
    from sqlalchemy.exc import OperationalError

    from stockpile_tracker.db.engine import describe_error

    assert describe_error(OperationalError("INSERT", {}, MemoryError())) == (
        "the computer ran out of memory: close other programs, or work on a smaller file"
    )
    assert describe_error(OperationalError("INSERT", {}, KeyError())) == "KeyError"
