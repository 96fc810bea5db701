"""The use cases. Widgets, the command line and reports call these, never the database: `Stockpile` is
the one door, from opening a record to closing it."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from datetime import date
from functools import update_wrapper
from pathlib import Path
from typing import Concatenate, ParamSpec, TypeVar

from sqlalchemy import Engine

from ..db import migrate
from ..db.engine import normalise_url, parse_url, record_files, sqlite_file, without_password
from ..db.migrate import open_database
from ..db.roles import DEFAULT_PREFIX, EVERY_PART, NOT_POSTGRESQL, Grant, set_up_roles
from ..domain.enums import Rule
from ..domain.errors import DatabaseError, InvalidInput, RuleViolation
from ..domain.rules import require_text
from ..i18n import translate
from . import audit
from .archive import ArchiveService
from .article7 import Article7Service
from .backups import BackupSettings
from .base import Context, operating_system_login
from .catalogue import CatalogueService
from .changes import Changes
from .compliance import ComplianceService
from .corrections import CorrectionService
from .destruction import DestructionService
from .dto.reports import ChainReport, CheckReport
from .importing import ImportService
from .integrity import audit_chain, check_database
from .korea import KoreaService
from .lots import LotService
from .overview import OverviewService
from .progress import Progress, no_progress
from .queries import LotFilter, QueryService
from .suspensions import SuspensionService

log = logging.getLogger(__name__)


class Stockpile:
    """Everything one user can do with one database."""

    def __init__(self, engine: Engine, user: str, today: Callable[[], date] = date.today, *, url: str = "") -> None:
        self.context = Context(engine, user, today)
        # The address as the user gave it (a password stays in memory only); by default as the engine reads it.
        self.url = url or engine.url.render_as_string(hide_password=False)
        self.catalogue = CatalogueService(self.context)
        self.korea = KoreaService(self.context)
        self.lots = LotService(self.context)
        self.suspensions = SuspensionService(self.context)
        self.destruction = DestructionService(self.context)
        self.corrections = CorrectionService(self.context)
        self.queries = QueryService(self.context)
        self.archive = ArchiveService(self.context)
        self.article7 = Article7Service(self.context)
        self.compliance = ComplianceService(self.context, self.destruction)
        self.overview = OverviewService(self.context, self.queries, self.destruction)
        self.imports = ImportService(self.context, self.catalogue, self.lots, self.destruction)
        self.backups = BackupSettings(self.context)

    @classmethod
    def open(cls, url: str, user: str, *, create: bool = True) -> Stockpile:
        """The record at a database URL or SQLite path, for one user: created if new (unless `create`
        is false: a check of a mistyped path finds no record, not an empty new one), upgraded (after
        a backup copy) if older than the program; a database that cannot be used raises DatabaseError."""
        url = normalise_url(url)
        require_text("user", user, 100)  # before a new database is made for nobody
        file = sqlite_file(url)
        if not create and file is not None and not file.exists():
            raise DatabaseError(
                translate("Services", "there is no database at {file}: check the path").format(file=file)
            )
        engine = open_database(url)
        try:
            sp = cls(engine, user, url=url)
        except BaseException:
            engine.dispose()
            raise
        log.info("%s opened %s", sp.user, without_password(url))
        return sp

    def close(self) -> None:
        """Let go of the database: a SQLite file is free for other programs, PostgreSQL connections end."""
        self.context.engine.dispose()

    def change_operator(self, name: str) -> Stockpile:
        """Another person takes over at this program: an audited action (who was named, who is now,
        and the operating-system login it happened under, which the entry carries as every entry
        does), because on a SQLite file the name typed is all that says who did what. The services
        for the new name are returned; on PostgreSQL the login stays the identity and only the name
        shown beside it changes."""
        name = require_text("user", name, 100)
        if name == self.context.display_name:
            return self
        after = {"name": name}  # not the OS login: the entry's own column holds it, in its hash
        with self.context.write() as session:
            who = name if self.context.login is None else self.context.user
            audit.record(
                session,
                who,
                "change_operator",
                "operator",
                None,
                before={"name": self.context.display_name},
                after=after,
            )
        return self.as_user(name)

    def as_user(self, user: str) -> Stockpile:
        """The same record for another person (the demo's fictitious recorder), sharing the connections."""
        return Stockpile(self.context.engine, user, self.context.today, url=self.url)

    @property
    def user(self) -> str:
        """The identity the record keeps: on PostgreSQL the database login (see Context)."""
        return self.context.user

    @property
    def login(self) -> str | None:
        """The PostgreSQL login that records, when it is the identity; None on SQLite and for the
        database's owner, who record under the name typed."""
        return self.context.login

    @property
    def parts(self) -> frozenset[str]:
        """What this login may do, as the database grants it (db roles): viewer, recorder, verifier,
        administrator. Every part on SQLite and for the database's owner."""
        return self.context.parts

    @property
    def operator(self) -> str:
        """Who is working, for people to read: "alice (Alice Martin)"."""
        return self.context.operator

    def operator_in(self, language: str) -> str:
        """Who is working, as a report in `language` prints them."""
        return self.context.operator_in(language)

    def today(self) -> date:
        """The record's today: deadlines, "as of" dates and the reports' year all follow it."""
        return self.context.today()

    @property
    def database_file(self) -> Path | None:
        """The SQLite file holding the record; None for PostgreSQL (or a database in memory)."""
        return sqlite_file(self.url)

    def require_not_the_record(self, target: str | Path) -> None:
        """A report or an export written over the database or its journal would replace the record:
        refused before anything is written or frozen."""
        chosen = Path(target).resolve()
        for own in record_files(self.url):
            if chosen == own.resolve():
                raise InvalidInput(
                    "file",
                    translate("Services", "{target} is the database ({name}): choose another file").format(
                        target=target, name=own.name
                    ),
                )

    @property
    def database_label(self) -> str:
        """The file's name, or the server and database: for titles and messages, never the password."""
        path = self.database_file
        return path.name if path is not None else without_password(self.url).split("://", 1)[-1].split("@")[-1]

    def check(self, seal: str | None = None, progress: Progress = no_progress) -> CheckReport:
        """`seal`: one printed on a report (`ArchiveService.seal`), which the record must still reach."""
        return check_database(self.context, seal, progress)

    def verify_audit_chain(self) -> ChainReport:
        """The audit chain alone, quick enough for every open: an edit made outside the program shows."""
        return audit_chain(self.context)

    @contextmanager
    def batch(self) -> Iterator[None]:
        """Many actions in one transaction: all of them are kept, or none (the demo)."""
        with self.context.batch():
            yield

    @contextmanager
    def acting_as(self, user: str) -> Iterator[None]:
        """Actions inside are recorded under another person's name, in the same transaction: the demo's
        second person who verifies certificates (four eyes) within its one batch."""
        if self.context.login is not None:
            raise RuleViolation(
                Rule.FOUR_EYES,
                translate(
                    "Services",
                    "on this database {login} records under its own login; another person signs in with theirs",
                ).format(login=self.context.login),
            )
        recorder = self.context.user
        self.context.user = require_text("user", user, 100)
        try:
            yield
        finally:
            self.context.user = recorder

    def take_changes(self) -> Changes:
        """What the writes made through these services changed since the last call: a window
        redraws the pages that show it."""
        return self.context.take_changes()


def upgrade_database(url: str) -> tuple[str | None, str]:
    """Bring the database at a URL or SQLite path to the program's schema (after a backup copy), for
    nobody in particular: `db upgrade` on the command line. (The schema revision it was at, None for
    none; the one it is at now), for the command to say what it did."""
    return migrate.upgrade_database(url), migrate.HEAD


def database_roles(url: str, prefix: str = DEFAULT_PREFIX, members: Iterable[tuple[str, str]] = ()) -> list[Grant]:
    """`db roles`: on PostgreSQL, the four roles created if missing and granted their parts on the
    database at `url` (brought to the program's schema first), and each (role, login) of `members`
    made a member; what was granted. On SQLite, DatabaseError: roles are a PostgreSQL feature."""
    url = normalise_url(url)
    if parse_url(url).get_backend_name() != "postgresql":  # before a SQLite file is made for nothing
        raise DatabaseError(NOT_POSTGRESQL)
    engine = open_database(url)
    try:
        return set_up_roles(engine, prefix, members)
    finally:
        engine.dispose()


P = ParamSpec("P")
R = TypeVar("R")


def one_snapshot(build: Callable[Concatenate[Stockpile, P], R]) -> Callable[Concatenate[Stockpile, P], R]:
    """For a use case built on the facade (a report): all its reads see the record at one
    moment, so figures another user commits meanwhile do not mix in."""

    def built(sp: Stockpile, /, *args: P.args, **kwargs: P.kwargs) -> R:
        with sp.context.read():
            return build(sp, *args, **kwargs)

    update_wrapper(built, build)  # its name and docstring
    return built


__all__ = [
    "Changes",
    "ChainReport",
    "DEFAULT_PREFIX",
    "EVERY_PART",
    "Grant",
    "LotFilter",
    "Stockpile",
    "database_roles",
    "one_snapshot",
    "operating_system_login",
    "upgrade_database",
    "without_password",
]
