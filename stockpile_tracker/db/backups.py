"""Copies of a SQLite record: taken through SQLite's online backup (never a file copy, which can
catch a write half done or leave the -wal behind), each a file of its own readable by its owner
only; put back under an exclusive lock through the connection that holds it, so a -wal left
beside the file is never mixed with the copy; and the copies taken before upgrades pruned to the
newest few."""

from __future__ import annotations

import logging
import os
import re
import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager
from datetime import UTC, datetime
from itertools import count
from pathlib import Path

from ..domain.errors import DatabaseError
from . import engine as db_engine
from .engine import describe_error

log = logging.getLogger(__name__)

UPGRADE_BACKUPS_KEY = "upgrade_backups_kept"  # the record's `setting` row that says how many to keep
UPGRADE_BACKUPS_KEPT = 3  # without one
JOURNALS = ("-wal", "-shm", "-journal")
PAGES_PER_STEP = 256  # a megabyte or so at SQLite's page size: progress told, and a cancel heard, that often
Progress = Callable[[int, int, str], None]  # services/progress.py's, which this layer may not import


def stamp() -> str:
    """The time in a backup's name: UTC, so names sort in the order they were taken."""
    return datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")


def new_file(folder: Path, name: str) -> Path:
    """An empty file `name` in `folder`, readable by its owner only, made here (a second one of the
    same name in the same second gets -2, -3...): no other copy is ever written over."""
    for number in count(1):
        target = folder / (f"{name}-{number}" if number > 1 else name)
        try:
            os.close(os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
            return target
        except FileExistsError:
            continue
    raise AssertionError("unreachable")


def copy_into(source: sqlite3.Connection, target: Path, progress: Progress | None = None, what: str = "") -> None:
    """A consistent copy of `source` (what it has committed, its -wal included) into the new file
    `target`, left in rollback mode so that it is one file with no -wal of its own. A copy that
    could not be finished (or was cancelled: `progress`, told the pages copied, raised) is removed."""

    def pages(_status: int, remaining: int, total: int) -> None:
        if progress is not None:
            progress(total - remaining, total, what)

    held = not source.in_transaction
    if held:  # one snapshot across the steps: another program's write would start the copy again
        source.execute("BEGIN")
        source.execute("SELECT count(*) FROM sqlite_master")
    try:
        if progress is not None:
            progress(0, source.execute("PRAGMA page_count").fetchone()[0], what)
        with closing(sqlite3.connect(target, isolation_level=None)) as copy:
            source.backup(copy, pages=PAGES_PER_STEP, progress=pages)
            copy.execute("PRAGMA journal_mode=DELETE")
    except BaseException:
        for name in (target, *(target.with_name(target.name + suffix) for suffix in JOURNALS)):
            name.unlink(missing_ok=True)
        raise
    finally:
        if held:
            source.rollback()  # a read only: nothing to keep


def backup_sqlite(source: sqlite3.Connection, path: Path, revision: str) -> Path:
    """The copy taken before an upgrade: `<db>.backup-<revision>-<time>` beside the database."""
    target = new_file(path.parent, f"{path.name}.backup-{revision}-{stamp()}")
    copy_into(source, target)
    return target


def upgrade_backups(path: Path) -> list[Path]:
    """The copies taken before upgrades of this database, newest first by when each file was last
    written (its mtime: a clock set wrong when one was taken, or a copy put back from elsewhere,
    does not make an old copy look new by its name); the name's time and number only break a tie.
    Only names of that form count: a copy made with `db backup`, or any other file, is never among
    them."""
    pattern = re.compile(re.escape(path.name) + r"\.backup-\d{4}-(\d{8}T\d{6}Z)(?:-([1-9][0-9]*))?")
    found = []
    for candidate in path.parent.iterdir():
        matched = pattern.fullmatch(candidate.name)
        if matched and candidate.is_file() and not candidate.is_symlink():
            written = candidate.stat().st_mtime_ns
            found.append((written, matched.group(1), int(matched.group(2) or 1), candidate))
    return [candidate for _written, _stamp, _number, candidate in sorted(found, reverse=True)]


def prune_upgrade_backups(path: Path, keep: int) -> list[Path]:
    """Remove the copies taken before upgrades beyond the newest `keep`; the ones removed. A copy
    that cannot be removed is left and logged: the upgrade it followed has succeeded."""
    removed = []
    for old in upgrade_backups(path)[keep:]:
        try:
            old.unlink()
            removed.append(old)
        except OSError as exc:
            log.warning("could not remove the old backup copy %s: %s", old, exc.strerror)
    if removed:
        log.info("removed %d old backup copies of %s, keeping the newest %d", len(removed), path, keep)
    return removed


def kept_count(value: str | None) -> int | None:
    """How many upgrade backups the record's setting keeps: the default without one, None (prune
    nothing) for a value edited outside the program into something that is not 1 to 100."""
    if value is None:
        return UPGRADE_BACKUPS_KEPT
    if re.fullmatch(r"[0-9]{1,3}", value) and 1 <= int(value) <= 100:
        return int(value)
    return None


@contextmanager
def sole_connection(path: Path) -> Iterator[sqlite3.Connection]:
    """A connection that has the file to itself (SQLite's exclusive locking mode keeps the lock,
    across commits, until it is closed), after waiting up to the busy timeout for other programs
    to let go. Another program that keeps the file open is refused with a message saying so."""
    give_up = time.monotonic() + db_engine.BUSY_TIMEOUT_MS / 1000
    while True:
        raw = sqlite3.connect(path, isolation_level=None, timeout=0.1)
        try:
            raw.execute("PRAGMA locking_mode=EXCLUSIVE")
            raw.execute("BEGIN EXCLUSIVE")
            raw.execute("COMMIT")  # the lock stays, in exclusive locking mode
            break
        except sqlite3.OperationalError as exc:
            raw.close()  # an exclusive-mode connection keeps even the locks of a failed try
            if not exc.sqlite_errorname.startswith("SQLITE_BUSY"):
                raise DatabaseError(f"cannot lock {path}: {describe_error(exc)}") from exc
            if time.monotonic() >= give_up:
                raise DatabaseError(
                    f"{path} is open in another program (a window or a command; waited "
                    f"{db_engine.BUSY_TIMEOUT_MS / 1000:g} s): close it there and try again"
                ) from exc
            time.sleep(0.05)
    try:
        yield raw
    finally:
        raw.close()


def replace_contents(raw: sqlite3.Connection, path: Path, copy: Path, *, keep: bool) -> Path | None:
    """Through `raw`, which holds the file alone: its journal checkpointed, what it holds now kept as
    `<db>.before-restore-<time>` (with `keep`: a file just made holds nothing), then `copy` written over it with the
    backup API, which writes through the file's own journal, so no -wal is ever mixed with it.
    If the result is not sound, what it held is put back. The file that was kept."""
    raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    aside = None
    if keep:
        aside = new_file(path.parent, f"{path.name}.before-restore-{stamp()}")
        copy_into(raw, aside)
    try:
        with closing(sqlite3.connect(copy)) as source:
            source.backup(raw)
        result = [row[0] for row in raw.execute("PRAGMA integrity_check")]
        if result != ["ok"]:
            raise DatabaseError(f"the restored file failed SQLite's integrity check: {result[0]}")
    except BaseException:
        if aside is not None:
            with closing(sqlite3.connect(aside)) as before:
                before.backup(raw)
        raise
    return aside
