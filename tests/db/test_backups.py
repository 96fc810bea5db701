"""Backups of a SQLite record (README "Backups"): `db backup` takes a consistent copy while another
program writes; `db restore` checks the copy, keeps the record as it was beside it and never mixes
a -wal left beside the file; a copy that is not ours, or is newer, or a record another program holds,
is refused with the record left as it was; the copies taken before upgrades are kept to the newest N."""

from __future__ import annotations

import os
import re
import sqlite3
import stat
import subprocess
import sys
from contextlib import closing
from datetime import UTC, datetime
from pathlib import Path

import pytest

from stockpile_tracker.cli import main
from stockpile_tracker.db import engine as db_engine
from stockpile_tracker.db.migrate import HEAD, open_database
from stockpile_tracker.domain.errors import DatabaseError, InvalidInput
from stockpile_tracker.services import Stockpile
from stockpile_tracker.services.backups import back_up_database, check_backup, restore_database

from ..helpers import receive, snapshot
from .test_migrations import REVISIONS, unpack_fixture


def run(capsys, *args: str) -> tuple[int, str, str]:
    status = main(list(args))
    out, err = capsys.readouterr()
    return status, out, err


def lots_in(path: Path) -> list[str]:
    with closing(sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)) as connection:
        return [row[0] for row in connection.execute("SELECT lot_number FROM lot ORDER BY lot_number")]


def record(path: Path) -> dict[str, list[tuple]]:
    engine = open_database(str(path))
    try:
        return snapshot(engine)
    finally:
        engine.dispose()


def left_beside(path: Path) -> list[str]:
    """The files beside the record other than the record and its journals."""
    own = {path.name, f"{path.name}-wal", f"{path.name}-shm"}
    return sorted(p.name for p in path.parent.iterdir() if p.name not in own)


def test_a_backup_taken_while_another_program_writes_is_consistent(small_url, capsys):
    path = Path(small_url)
    with closing(sqlite3.connect(path, isolation_level=None)) as writer:
        writer.execute("BEGIN IMMEDIATE")  # another program in the middle of a write
        writer.execute("INSERT INTO site (code, name, country, kind) VALUES ('HALF', 'Not committed', 'US', 'depot')")
        status, out, err = run(capsys, "--database", small_url, "db", "backup")
        writer.execute("COMMIT")
    assert (status, err) == (0, "")
    copy = Path(out.strip().rsplit(" to ", 1)[1])
    assert copy.parent == path.parent and copy.name.startswith("gui.db.backup-")
    assert stat.S_IMODE(copy.stat().st_mode) == 0o600
    assert not Path(f"{copy}-wal").exists()  # one file, whole
    assert lots_in(copy) == ["L-001", "L-002"]
    with closing(sqlite3.connect(copy)) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert connection.execute("SELECT count(*) FROM site WHERE code = 'HALF'").fetchone() == (0,)
    sp = Stockpile.open(str(copy), "auditor")
    assert sp.check().ok
    sp.close()


def test_a_backup_is_never_written_over_the_record_or_beside_a_leftover_journal(small_url, tmp_path, capsys):
    before = Path(small_url).read_bytes()
    status, _, err = run(capsys, "--database", small_url, "db", "backup", f"{small_url}-wal")
    assert (
        status == 2
        and err == f"stockpile-tracker: file: {small_url}-wal is the database (gui.db-wal): choose another file\n"
    )
    (tmp_path / "copy.db-wal").write_bytes(b"left over")
    status, _, err = run(capsys, "--database", small_url, "db", "backup", str(tmp_path / "copy.db"))
    assert status == 2 and "copy.db-wal is beside" in err and "remove it or choose another name" in err
    assert not (tmp_path / "copy.db").exists()
    assert Path(small_url).read_bytes() == before


def test_a_record_on_postgresql_is_backed_up_with_pg_dump(capsys):
    url = "postgresql+psycopg://clerk:secret@dbhost/stockpile"
    for action in ("backup", "restore"):
        status, _, err = run(capsys, "--database", url, "db", action, *(["copy.dump"] if action == "restore" else []))
        assert status == 2
        assert "PostgreSQL (postgresql+psycopg://clerk@dbhost/stockpile)" in err and "README" in err
        assert "secret" not in err
    assert "pg_dump" in run(capsys, "--database", url, "db", "backup")[2]


def test_restore_puts_the_backup_back_and_keeps_the_record_aside_with_what_its_wal_held(small_url, tmp_path, capsys):
    """The record's latest writes are in a -wal its program left behind (it stopped without closing
    the file): restored, the record is the backup exactly; the record as it was, those writes
    included, is the file kept aside."""
    path = Path(small_url)
    copy = back_up_database(small_url, tmp_path / "friday.db")
    script = (
        "import os, sqlite3, sys\n"
        "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
        "c.execute('PRAGMA wal_autocheckpoint=0')\n"
        "c.execute(\"INSERT INTO site (code, name, country, kind) VALUES ('LATE', 'After Friday', 'US', 'depot')\")\n"
        "os._exit(0)\n"  # no close: the write stays in the -wal
    )
    subprocess.run([sys.executable, "-c", script, str(path)], check=True)
    assert Path(f"{path}-wal").stat().st_size > 0

    status, out, err = run(capsys, "--database", small_url, "--user", "alice", "db", "restore", str(copy))
    with closing(sqlite3.connect(copy)) as backup:
        entries, top = backup.execute("SELECT last_id, last_hash FROM audit_head").fetchone()
    seal = f"{entries}-{top[:16]}"

    assert (status, err) == (0, "")
    aside = next(path.parent.glob("gui.db.before-restore-*"))
    assert out.splitlines() == [
        f"restored {path} from {copy} (schema {HEAD})",
        f"the record it replaced is kept as {aside}",
        f"db check: ok: 2 lots, 2 ledger entries, {entries} audit entries",
        f"the restored record's seal is {seal}; the record it replaced was at {seal}",  # the -wal's row, unaudited
    ]
    assert stat.S_IMODE(aside.stat().st_mode) == 0o600
    assert record(path) == record(copy)  # the backup, nothing of the -wal mixed in
    with closing(sqlite3.connect(aside)) as kept:
        assert kept.execute("SELECT name FROM site WHERE code = 'LATE'").fetchall() == [("After Friday",)]
    sp = Stockpile.open(small_url, "alice")
    assert sp.check().ok
    sp.close()
    assert left_beside(path) == sorted([aside.name, "friday.db"])  # no copy in the making left behind


@pytest.mark.parametrize(
    ("make", "says"),
    [
        (lambda p: p.write_bytes(b"lot,quantity\nL-9,5\n"), "the file is not a database (not a SQLite file)"),
        (
            lambda p: sqlite3.connect(p).executescript(
                "CREATE TABLE recipe (name TEXT); INSERT INTO recipe VALUES ('x')"
            ),
            "it is not a Stockpile Tracker database",
        ),
    ],
    ids=["not a database", "another program's"],
)
def test_restoring_a_file_that_is_not_our_database_is_refused(small_url, tmp_path, make, says):
    path, chosen = Path(small_url), tmp_path / "chosen.db"
    make(chosen)
    before, files = path.read_bytes(), left_beside(path)
    with pytest.raises(DatabaseError, match="^" + re.escape(f"{chosen} was not restored: {says}")):
        restore_database(small_url, chosen, "alice")
    assert path.read_bytes() == before and left_beside(path) == files


def test_restoring_a_copy_from_a_newer_program_is_refused(small_url, tmp_path):
    path = Path(small_url)
    newer = back_up_database(small_url, tmp_path / "newer.db")
    with closing(sqlite3.connect(newer)) as connection, connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    before, files = record(path), left_beside(path)
    with pytest.raises(DatabaseError) as refused:
        restore_database(small_url, newer, "alice")
    assert str(refused.value) == (
        f"{newer} was not restored: it was written by a newer Stockpile Tracker (schema 9999); "
        f"this program knows schema {HEAD}: install the newer program to restore it"
    )
    assert record(path) == before and left_beside(path) == files


def test_a_backup_with_a_journal_beside_it_is_not_restored(small_url, tmp_path):
    """An adversary's review: a -wal planted beside a backup was read into it by the check and the
    restore alike. A backup the program made has none: one beside it is refused, before anything."""
    path = Path(small_url)
    copy = back_up_database(small_url, tmp_path / "copy.db")
    journal = copy.with_name(copy.name + "-wal")
    journal.write_bytes(b"not this backup's own writes")
    before, files = record(path), left_beside(path)
    message = (
        f"file: {copy} has a journal beside it (copy.db-wal), which SQLite would read into it: a backup the "
        "program made has none; move the journal away, or choose another backup"
    )
    for attempt in (check_backup, lambda url, source: restore_database(url, source, "alice")):
        with pytest.raises(InvalidInput) as refused:
            attempt(small_url, copy)
        assert str(refused.value) == message
    assert record(path) == before and left_beside(path) == files
    journal.unlink()
    assert restore_database(small_url, copy, "alice").source == copy


def test_restoring_the_record_over_itself_is_refused(small_url):
    with pytest.raises(InvalidInput, match="is the database itself: choose a backup copy"):
        restore_database(small_url, Path(small_url), "alice")


def test_a_record_another_program_holds_open_is_not_restored(small_url, tmp_path, monkeypatch):
    path = Path(small_url)
    copy = back_up_database(small_url, tmp_path / "copy.db")
    other = Stockpile.open(small_url, "bob")  # a window left open: its connection holds the file
    receive(other, "L-003", 10)
    monkeypatch.setattr(db_engine, "BUSY_TIMEOUT_MS", 300)
    try:
        with pytest.raises(DatabaseError, match=f"^{path} is open in another program .*: close it there and try again"):
            restore_database(small_url, copy, "alice")
        assert not list(path.parent.glob("gui.db.before-restore-*"))
        assert other.queries.totals().lots == 3  # the other program goes on working
    finally:
        other.close()
    assert lots_in(path) == ["L-001", "L-002", "L-003"]


def test_a_backup_of_an_older_schema_is_restored_and_upgraded(small_url, tmp_path):
    old = unpack_fixture(REVISIONS[-2], tmp_path)
    restored = restore_database(small_url, old, "alice")
    assert restored.revision == REVISIONS[-2] and restored.check.ok
    assert lots_in(Path(small_url)) == lots_in(old)
    engine = open_database(small_url, upgrade=False)  # at HEAD already
    engine.dispose()


def journals_beside(*paths: Path) -> list[str]:
    journals = (path.with_name(path.name + suffix) for path in paths for suffix in ("-wal", "-shm"))
    return sorted(journal.name for journal in journals if journal.exists())


def test_a_restore_leaves_no_journal_beside_the_record_or_the_copy_kept_aside(small_url, tmp_path):
    path = Path(small_url)
    copy = back_up_database(small_url, tmp_path / "friday.db")
    restored = restore_database(small_url, copy, "alice")
    assert restored.kept_aside is not None and restored.check.ok
    assert journals_beside(path, restored.kept_aside, copy) == []  # no empty -wal or -shm left by the restore
    sp = Stockpile.open(small_url, "alice")  # and the record runs in WAL mode as before
    assert sp.check().ok
    sp.close()


def test_a_backup_is_checked_before_anyone_is_asked_to_confirm(small_url, tmp_path):
    """check_backup: what the window asks before its confirmation; it only reads."""
    copy = back_up_database(small_url, tmp_path / "friday.db")
    before = copy.read_bytes()
    assert check_backup(small_url, copy) == HEAD and copy.read_bytes() == before
    assert check_backup(small_url, unpack_fixture(REVISIONS[-2], tmp_path)) == REVISIONS[-2]
    junk = tmp_path / "notes.db"
    junk.write_text("not a database")
    with pytest.raises(DatabaseError, match="^" + re.escape(f"{junk} was not restored: the file is not a database")):
        check_backup(small_url, junk)
    with pytest.raises(InvalidInput, match="is the database itself"):
        check_backup(small_url, Path(small_url))
    with pytest.raises(InvalidInput, match="does not exist"):
        check_backup(small_url, tmp_path / "missing.db")
    with pytest.raises(DatabaseError, match="pg_restore"):
        check_backup("postgresql+psycopg://nobody@127.0.0.1/none", copy)
    assert journals_beside(copy) == []


def test_a_lost_record_is_restored_into_a_new_file(small_url, tmp_path):
    copy = back_up_database(small_url, tmp_path / "copy.db")
    lost = tmp_path / "new" / "stockpile.db"
    lost.parent.mkdir()
    restored = restore_database(str(lost), copy, "alice")
    assert restored.kept_aside is None and lots_in(lost) == ["L-001", "L-002"]
    assert stat.S_IMODE(lost.stat().st_mode) == 0o600


# -- the copies taken before upgrades --------------------------------------------------------------


def old_record_with_backups(tmp_path: Path, kept: str | None = None) -> Path:
    """A record at the schema before HEAD, with five copies taken before earlier upgrades and files
    that look like them but are not theirs."""
    path = unpack_fixture(REVISIONS[-2], tmp_path)
    if kept is not None:
        with closing(sqlite3.connect(path)) as connection, connection:
            connection.execute("INSERT INTO setting (key, value) VALUES ('upgrade_backups_kept', ?)", (kept,))
    for day in range(1, 6):
        copy = tmp_path / f"{path.name}.backup-0001-2024010{day}T120000Z"
        copy.write_bytes(b"old")
        written = datetime(2024, 1, day, 12, tzinfo=UTC).timestamp()
        os.utime(copy, (written, written))  # written when its name says
    for name in (
        f"{path.name}.backup-20240101T120000Z",  # db backup: never pruned
        f"{path.name}.before-restore-20240101T120000Z",
        "other.db.backup-0001-20240101T120000Z",
        f"{path.name}.backup-0001-20240101T120000Z.txt",
    ):
        (tmp_path / name).write_bytes(b"not ours to remove")
    return path


def test_after_an_upgrade_the_newest_three_upgrade_backups_are_kept(tmp_path):
    path = old_record_with_backups(tmp_path)
    open_database(str(path)).dispose()
    upgrade_backups = sorted(p.name for p in tmp_path.glob(f"{path.name}.backup-????-*Z"))
    assert len(upgrade_backups) == 3
    assert upgrade_backups[:2] == [f"{path.name}.backup-0001-2024010{day}T120000Z" for day in (4, 5)]
    assert upgrade_backups[2].startswith(f"{path.name}.backup-{REVISIONS[-2]}-")  # the one just taken
    for name in (
        f"{path.name}.backup-20240101T120000Z",
        f"{path.name}.before-restore-20240101T120000Z",
        "other.db.backup-0001-20240101T120000Z",
        f"{path.name}.backup-0001-20240101T120000Z.txt",
    ):
        assert (tmp_path / name).read_bytes() == b"not ours to remove"


def test_the_upgrade_backups_kept_are_the_newest_files_whatever_their_names_say(tmp_path):
    """A copy's name carries the clock of the day it was taken, which may have been wrong; the files
    last written are the ones kept."""
    path = old_record_with_backups(tmp_path, kept="3")
    for day in (1, 2):  # named early, written late (a clock set back, say)
        copy = tmp_path / f"{path.name}.backup-0001-2024010{day}T120000Z"
        written = datetime(2024, 2, day, 12, tzinfo=UTC).timestamp()
        os.utime(copy, (written, written))
    open_database(str(path)).dispose()
    kept = sorted(p.name for p in tmp_path.glob(f"{path.name}.backup-????-*Z"))
    assert kept[:2] == [f"{path.name}.backup-0001-2024010{day}T120000Z" for day in (1, 2)]
    assert len(kept) == 3 and kept[2].startswith(f"{path.name}.backup-{REVISIONS[-2]}-")  # the one just taken


def test_the_records_setting_says_how_many_are_kept(tmp_path):
    path = old_record_with_backups(tmp_path, kept="1")
    open_database(str(path)).dispose()
    assert [p.name for p in tmp_path.glob(f"{path.name}.backup-????-*Z")] == [
        next(tmp_path.glob(f"{path.name}.backup-{REVISIONS[-2]}-*")).name
    ]


def test_a_setting_edited_into_nonsense_removes_nothing(tmp_path):
    path = old_record_with_backups(tmp_path, kept="-1")
    open_database(str(path)).dispose()
    assert len(list(tmp_path.glob(f"{path.name}.backup-????-*Z"))) == 6


def test_settings_sets_how_many_upgrade_backups_are_kept_audited(small_url, capsys):
    status, out, _ = run(capsys, "--database", small_url, "settings")
    assert status == 0 and out.splitlines()[-1] == "upgrade backups kept: 3"
    status, out, _ = run(capsys, "--database", small_url, "--user", "alice", "settings", "--keep-upgrade-backups", "5")
    assert status == 0 and out.splitlines()[-1] == "upgrade backups kept: 5"
    with closing(sqlite3.connect(small_url)) as connection:
        entry = connection.execute("SELECT user, action, before, after FROM audit_entry ORDER BY id DESC").fetchone()
    assert entry == ("alice", "keep_upgrade_backups", '{"upgrade_backups_kept":"3"}', '{"upgrade_backups_kept":"5"}')
    before = record(Path(small_url))
    status, _, err = run(
        capsys, "--database", small_url, "settings", "--organisation", "New", "--keep-upgrade-backups", "0"
    )
    assert status == 2 and err == "stockpile-tracker: upgrade backups kept: must be from 1 to 100, not 0\n"
    assert record(Path(small_url)) == before


def test_settings_says_how_many_upgrade_backups_are_kept_and_that_postgresql_takes_none(database_url, capsys):
    status, out, _ = run(
        capsys, "--database", database_url, "--user", "alice", "settings", "--keep-upgrade-backups", "4"
    )
    on_postgresql = database_url.startswith("postgresql")
    assert status == 0
    assert out.splitlines()[-1] == "upgrade backups kept: 4" + (
        " (PostgreSQL: none are taken)" if on_postgresql else ""
    )


def test_a_backup_is_never_written_over_an_existing_file_unless_asked(small_url, tmp_path, capsys):
    """Last Friday's copy is not lost to this Friday's by a name typed twice (the window asks first)."""
    friday = back_up_database(small_url, tmp_path / "friday.db")
    kept = friday.read_bytes()
    status, out, err = run(capsys, "--database", small_url, "db", "backup", str(friday))
    assert (
        status == 2
        and out == ""
        and err == f"stockpile-tracker: file: {friday} already exists: give another name, or remove it first\n"
    )
    assert friday.read_bytes() == kept
    assert back_up_database(small_url, friday, replace=True) == friday


def test_a_backup_is_never_renamed_over_a_device(small_url, tmp_path):
    """Even asked to replace: `/dev/null` replaced by a file would be gone for every program."""
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    with pytest.raises(InvalidInput, match="is not a plain file"):
        back_up_database(small_url, fifo, replace=True)
    assert stat.S_ISFIFO(fifo.stat().st_mode)
