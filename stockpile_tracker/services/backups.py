"""Back up and restore a SQLite record, for the command line and the window alike; and how many of
the copies taken before upgrades are kept. A record on PostgreSQL is backed up with the server's
own tools (pg_dump, pg_restore: see the README)."""

from __future__ import annotations

import logging
import os
import sqlite3
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

from ..db import migrate
from ..db.backups import (
    JOURNALS,
    UPGRADE_BACKUPS_KEPT,
    UPGRADE_BACKUPS_KEY,
    copy_into,
    kept_count,
    new_file,
    replace_contents,
    sole_connection,
    stamp,
)
from ..db.engine import (
    describe_error,
    make_engine,
    normalise_url,
    parse_url,
    record_files,
    sqlite_file,
    without_password,
)
from ..db.models import Setting
from ..domain.errors import DatabaseError, InvalidInput, StockpileError
from ..i18n import translate
from . import audit
from .base import Context
from .dto.reports import CheckReport
from .integrity import check_database
from .progress import Progress, no_progress, part

log = logging.getLogger(__name__)

MAX_KEPT = 100
RESTORE_STEPS = 100  # a restore's progress, in hundredths: checked, copied, upgraded, db check, written
POSTGRESQL_BACKUP = (
    "The record is on a PostgreSQL server: back it up with pg_dump and restore it with pg_restore, "
    "as the README shows (pg_dump --format=custom --file=FILE URL)."
)


@dataclass(frozen=True)
class Restored:
    database: Path
    source: Path
    revision: str  # the schema the backup was at (upgraded to HEAD if older)
    kept_aside: Path | None  # the record as it was before, None if the file held nothing
    check: CheckReport  # `db check` of the restored record
    seal: str  # the restored record's seal (audit.seal)
    replaced_seal: str | None  # the seal of the record it replaced, if that held an audit log

    @property
    def going_back(self) -> str:
        """What the restore undid, in the audit log's terms: seals printed since name entries it no longer holds."""
        restored = int(self.seal.split("-")[0])
        if self.replaced_seal is None:
            return f"the restored record's seal is {self.seal}"
        replaced = int(self.replaced_seal.split("-")[0])
        gone = replaced - restored
        entries = f"the {gone:,} audit entries after {restored:,} are" if gone != 1 else f"audit entry {replaced:,} is"
        later = (
            f": {entries} only in the record kept aside, and a seal printed since names entries this record does not "
            "hold"
            if replaced > restored
            else ""
        )
        return f"the restored record's seal is {self.seal}; the record it replaced was at {self.replaced_seal}{later}"


def back_up_database(
    url: str, target: Path | None = None, *, replace: bool = False, progress: Progress = no_progress
) -> Path:
    """A consistent copy of the SQLite record, taken while others work (SQLite's online backup): at
    `target`, or beside the database as `<db>.backup-<time>` (never pruned). The file written. A file
    already at `target` is written over only when `replace` says so (the window asks first): last
    Friday's copy is not lost to this Friday's by a name typed twice. The copy is written under a
    temporary name and renamed once whole: cancelled (`progress` raised) or failed, nothing is left."""
    url = normalise_url(url)
    path = _sqlite_record(url, "back it up with pg_dump (see the README)")
    if not path.is_file():
        raise DatabaseError(
            translate("Services", "cannot back up {path}: there is no database there").format(path=path)
        )
    if target is not None:
        _require_writable_target(url, target)
        if target.exists() and not replace:
            raise InvalidInput(
                "file",
                translate("Services", "{target} already exists: give another name, or remove it first").format(
                    target=target
                ),
            )
    folder, name = (path.parent, backup_name(path).name) if target is None else (target.parent, target.name)
    try:
        with closing(sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)) as source:
            staged = new_file(folder, f".{name}.{os.getpid()}.part")
            try:
                copy_into(source, staged, progress, f"copying {path.name}")
                written = target if target is not None else new_file(folder, name)
                os.replace(staged, written)  # whole, or not at all: a file written over is never half a copy
            finally:
                staged.unlink(missing_ok=True)
            return written
    except OSError as exc:
        raise DatabaseError(
            translate("Services", "cannot write the backup copy {target}: {reason}").format(
                target=target or path.parent, reason=exc.strerror
            )
        ) from exc
    except sqlite3.Error as exc:
        raise DatabaseError(
            translate("Services", "cannot back up {path}: {reason}").format(path=path, reason=describe_error(exc))
        ) from exc


def check_backup(url: str, source: Path) -> str:
    """Whether `source` may be restored over the SQLite record at `url`, before anyone is asked to
    confirm: a file other than the record, a SQLite database sound by SQLite's integrity check,
    holding this program's tables at a schema the program knows. The schema revision it is at;
    InvalidInput or DatabaseError saying why not. Reads it only (`restore_database` checks it
    again, then runs `db check` on a copy)."""
    url = normalise_url(url)
    path = _sqlite_record(url, "restore it with pg_restore (see the README)")
    source = Path(source)
    if any(source.resolve() == own.resolve() for own in record_files(url)):
        raise InvalidInput(
            "file", translate("Services", "{source} is the database itself: choose a backup copy").format(source=source)
        )
    if not source.is_file():
        raise InvalidInput(
            "file", translate("Services", "{source} does not exist or is not a file").format(source=source)
        )
    if not path.parent.is_dir():
        raise DatabaseError(
            translate("Services", "cannot restore {path}: folder {parent} does not exist").format(
                path=path, parent=path.parent
            )
        )
    for suffix in ("-wal", "-journal"):  # SQLite would read it with the file: a copy mixed with another's writes
        journal = source.with_name(source.name + suffix)
        if journal.is_file() and journal.stat().st_size > 0:
            raise InvalidInput(
                "file",
                translate(
                    "Services",
                    "{source} has a journal beside it ({name}), which SQLite would read into it: a "
                    "backup the program made has none; move the journal away, or choose another backup",
                ).format(source=source, name=journal.name),
            )
    where = str(source)
    try:
        with closing(sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)) as backup:
            return _revision_of(backup, where)
    except sqlite3.Error as exc:
        raise DatabaseError(
            translate("Services", "{where} was not restored: {reason}").format(where=where, reason=describe_error(exc))
        ) from exc


def _revision_of(backup: sqlite3.Connection, where: str) -> str:
    result = [row[0] for row in backup.execute("PRAGMA integrity_check")]
    if result != ["ok"]:
        raise DatabaseError(
            translate("Services", "{where} was not restored: it fails SQLite's integrity check: {result}").format(
                where=where, result=result[0]
            )
        )
    tables = {row[0] for row in backup.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if not migrate.LEDGER_TABLES | {"alembic_version"} <= tables:
        raise DatabaseError(
            translate(
                "Services",
                "{where} was not restored: it is not a Stockpile Tracker database (its lots, ledger, "
                "audit log or schema revision are missing)",
            ).format(where=where)
        )
    revisions = [row[0] for row in backup.execute("SELECT version_num FROM alembic_version")]
    if len(revisions) != 1:
        raise DatabaseError(
            translate("Services", "{where} was not restored: its schema revision cannot be read").format(where=where)
        )
    revision = str(revisions[0])
    if revision not in migrate.known_revisions():
        raise DatabaseError(
            translate(
                "Services",
                "{where} was not restored: it was written by a newer Stockpile Tracker (schema "
                "{revision}); this program knows schema {head}: install the newer program to restore "
                "it",
            ).format(where=where, revision=revision, head=migrate.HEAD)
        )
    return revision


def restore_database(url: str, source: Path, user: str, progress: Progress = no_progress) -> Restored:
    """Put the backup `source` in place of the SQLite record. The backup is checked first
    (`check_backup`), then on a copy of it beside the database: upgraded if older, sound by
    `db check`. Then, with no other program using the record, what the record holds now is kept
    as `<db>.before-restore-<time>` and the backup is written over it through SQLite. On any
    failure the record is left as it was; no journal file is left beside the record, the copy kept
    aside or the backup. `progress` may cancel (raise) until the record itself is written: then it is
    no longer told, and the restore ends whole."""
    url = normalise_url(url)
    path = _sqlite_record(url, "restore it with pg_restore (see the README)")
    source = Path(source)
    progress(0, RESTORE_STEPS, f"checking {source.name}")
    check_backup(url, source)
    staged = new_file(path.parent, f".{path.name}.restoring-{stamp()}")
    created = None
    try:
        revision = _stage(source, staged, progress)
        report = _checked(staged, user, part(progress, 50, 95, RESTORE_STEPS))
        if not report.ok:
            raise DatabaseError(
                translate(
                    "Services",
                    "{source} was not restored: db check finds {count} problem(s) in it, the first: "
                    "{problem}; the database was left as it was",
                ).format(source=source, count=len(report.problems), problem=report.problems[0])
            )
        if not path.exists():  # a record lost: the backup comes back in a new file, owner-only
            created = path
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        progress(95, RESTORE_STEPS, f"writing {path.name} (no longer cancelled)")
        with sole_connection(path) as raw:
            aside = replace_contents(raw, path, staged, keep=created is None)
    except BaseException as exc:
        if created is not None:
            created.unlink(missing_ok=True)
        if isinstance(exc, sqlite3.Error | OSError):
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else describe_error(exc)
            raise DatabaseError(
                translate("Services", "{source} was not restored: {reason}; the database was left as it was").format(
                    source=source, reason=reason
                )
            ) from exc
        raise
    finally:
        for name in (staged, *(staged.with_name(staged.name + suffix) for suffix in JOURNALS)):
            name.unlink(missing_ok=True)
    migrate.open_database(url).dispose()  # WAL again, as every record runs
    log.info("%s restored %s from %s; what it held before is kept as %s", user, path, source, aside)
    progress(RESTORE_STEPS, RESTORE_STEPS, "done")
    seal = _seal_of(path)
    assert seal is not None, "a restored record has an audit log: it passed db check"
    return Restored(path, source, revision, aside, report, seal, None if aside is None else _seal_of(aside))


def _seal_of(path: Path) -> str | None:
    """A SQLite record's seal read from its file, or None for one without an audit log. Read through
    a connection that may write (but does not), so that closing it, the last one, removes the -wal
    and -shm files a record in WAL mode gets when read: a read-only one would leave them behind."""
    try:
        with closing(sqlite3.connect(f"{path.resolve().as_uri()}?mode=rw", uri=True)) as record:
            record.execute("PRAGMA query_only = ON")
            head = record.execute("SELECT last_id, last_hash FROM audit_head WHERE id = 1").fetchone()
    except sqlite3.Error:
        return None
    return None if head is None else f"{head[0]}-{head[1][: audit.SEAL_HASH]}"


def backup_name(database: Path) -> Path:
    """Where a copy goes unless told: beside the database, named by the time it is taken."""
    return database.with_name(f"{database.name}.backup-{stamp()}")


def _sqlite_record(url: str, on_postgresql: str) -> Path:
    path = sqlite_file(url)
    if path is None:
        if parse_url(url).get_backend_name() == "postgresql":
            raise DatabaseError(
                translate("Services", "the record is on PostgreSQL ({url}): {on_postgresql}").format(
                    url=without_password(url), on_postgresql=on_postgresql
                )
            )
        raise DatabaseError(translate("Services", "the database is in memory: there is no file to back up or restore"))
    return path


def _require_writable_target(url: str, target: Path) -> None:
    """Never over the record or its journals, nor beside a journal that would be mixed with the copy
    when it is opened."""
    for own in record_files(url):
        if target.resolve() == own.resolve():
            raise InvalidInput(
                "file",
                translate("Services", "{target} is the database ({name}): choose another file").format(
                    target=target, name=own.name
                ),
            )
    if target.is_dir():
        raise InvalidInput(
            "file", translate("Services", "{target} is a folder: give a file name").format(target=target)
        )
    if target.exists() and not target.is_file():  # a device (/dev/null), a pipe: renamed over, it would be gone
        raise InvalidInput(
            "file", translate("Services", "{target} is not a plain file: give a file name").format(target=target)
        )
    if not target.parent.is_dir():
        raise InvalidInput("file", translate("Services", "folder {parent} does not exist").format(parent=target.parent))
    for suffix in JOURNALS:
        journal = target.with_name(target.name + suffix)
        if journal.exists():
            raise InvalidInput(
                "file",
                translate(
                    "Services",
                    "{journal} is beside {target}: SQLite would mix it into the copy when it is opened; "
                    "remove it or choose another name",
                ).format(journal=journal, target=target),
            )


def _stage(source: Path, staged: Path, progress: Progress) -> str:
    """Copy the backup into `staged` once it is known to be a sound database of this program, at a
    schema the program knows (checked again: it may have changed since `check_backup`), and bring
    the copy to HEAD. The schema it was at."""
    where = str(source)
    try:
        with closing(sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)) as backup:
            revision = _revision_of(backup, where)
            copy_into(backup, staged, part(progress, 5, 40, RESTORE_STEPS), f"copying {source.name}")
    except sqlite3.Error as exc:
        raise DatabaseError(
            translate("Services", "{where} was not restored: {reason}").format(where=where, reason=describe_error(exc))
        ) from exc
    if revision != migrate.HEAD:
        progress(40, RESTORE_STEPS, f"upgrading the copy of {source.name}")
        engine = make_engine(str(staged))
        try:
            migrate.upgrade_copy(engine, where)
        finally:
            engine.dispose()
    return revision


def _checked(staged: Path, user: str, progress: Progress) -> CheckReport:
    engine = make_engine(str(staged))
    try:
        return check_database(Context(engine, user), progress=progress)
    finally:
        engine.dispose()


def require_kept(kept: int) -> int:
    """From 1 (the copy taken before the last upgrade) to 100."""
    if not 1 <= kept <= MAX_KEPT:
        raise InvalidInput(
            "upgrade backups kept",
            translate("Services", "must be from 1 to {max_kept}, not {kept}").format(max_kept=MAX_KEPT, kept=kept),
        )
    return kept


class BackupSettings:
    """How many copies taken before upgrades are kept beside a SQLite record. Kept in the record
    (its `setting` table), not in one user's window settings: the copies lie beside the file, and
    every program that upgrades that file (the window on any machine, `db upgrade`) must prune them
    the same way."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx

    def upgrade_backups_kept(self) -> int:
        with self.ctx.read() as session:
            setting = session.get(Setting, UPGRADE_BACKUPS_KEY)
            kept = kept_count(setting.value if setting else None)
        if kept is None:
            raise StockpileError(
                translate(
                    "Services",
                    "the number of upgrade backups to keep was changed outside Stockpile Tracker into {value}: "
                    "set it again with 'settings --keep-upgrade-backups N'",
                ).format(value=repr(setting.value if setting else ""))
            )
        return kept

    def keep_upgrade_backups(self, kept: int) -> int:
        """Audited."""
        require_kept(kept)
        with self.ctx.write() as session:
            setting = session.get(Setting, UPGRADE_BACKUPS_KEY)
            before = setting.value if setting else str(UPGRADE_BACKUPS_KEPT)
            if setting is None:
                session.add(Setting(key=UPGRADE_BACKUPS_KEY, value=str(kept)))
            else:
                setting.value = str(kept)
            audit.record(
                session,
                self.ctx.user,
                "keep_upgrade_backups",
                "setting",
                None,
                before={UPGRADE_BACKUPS_KEY: before},
                after={UPGRADE_BACKUPS_KEY: str(kept)},
            )
        return kept
