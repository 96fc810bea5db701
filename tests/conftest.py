"""Fixtures: every service test runs on SQLite and, when STOCKPILE_TEST_PG_URL is set, on
PostgreSQL. Each test gets a fresh database copied from one migrated template per session."""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from stockpile_tracker.db.migrate import open_database  # noqa: E402
from stockpile_tracker.demo import build_demo  # noqa: E402
from stockpile_tracker.services import Stockpile  # noqa: E402

from .helpers import TODAY, receive, seed_catalogue, settle, stop_modal_timers  # noqa: E402

PG_ENV = "STOCKPILE_TEST_PG_URL"
PG_SKIP = f"PostgreSQL tests need {PG_ENV}, e.g. {PG_ENV}=postgresql+psycopg://postgres@127.0.0.1:5432/test make test"


@pytest.fixture(autouse=True, scope="session")
def data_folder(tmp_path_factory) -> Path:
    """The program's data folder (default database, demo, log) is the run's own, never the user's."""
    folder = tmp_path_factory.mktemp("data")
    os.environ["STOCKPILE_DATA_DIR"] = str(folder)
    return folder


@pytest.fixture(autouse=True)
def no_modal_answerer_left():
    """A test's answers to modal windows end with it."""
    yield
    stop_modal_timers()


class PgServer:
    """Creates and drops this run's databases on the server named by STOCKPILE_TEST_PG_URL."""

    def __init__(self, url: str) -> None:
        self.url = make_url(url)
        self.prefix = f"stockpile_test_{uuid.uuid4().hex[:10]}"
        self.admin = create_engine(self.url, isolation_level="AUTOCOMMIT")
        self.created: list[str] = []
        self.template = self.create(f"{self.prefix}_template")
        open_database(self.url_of(self.template)).dispose()

    def url_of(self, name: str) -> str:
        return self.url.set(database=name).render_as_string(hide_password=False)

    def create(self, name: str, template: str | None = None) -> str:
        with self.admin.connect() as connection:
            clause = f' TEMPLATE "{template}"' if template else ""
            connection.execute(text(f'CREATE DATABASE "{name}"{clause}'))
        self.created.append(name)
        return name

    @contextmanager
    def scratch(self, template: str | None = None) -> Iterator[str]:
        """A new database for one test (a copy of `template`, if given), dropped afterwards: its URL."""
        name = self.create(f"{self.prefix}_{uuid.uuid4().hex[:8]}", template=template)
        try:
            yield self.url_of(name)
        finally:
            self.drop(name)

    def drop(self, name: str) -> None:
        with self.admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        self.created.remove(name)

    def close(self) -> None:
        for name in list(self.created):
            self.drop(name)
        self.admin.dispose()


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer | None]:
    url = os.environ.get(PG_ENV)
    if not url:
        yield None
        return
    server = PgServer(url)
    try:
        yield server
    finally:
        server.close()


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory) -> str:
    path = tmp_path_factory.mktemp("template") / "template.db"
    open_database(str(path)).dispose()
    return str(path)


@contextmanager
def fresh_copy(backend: str, tmp_path, pg_server, sqlite_template: str, pg_template: str | None) -> Iterator[str]:
    """A new database copied from a template: a file copy on SQLite, CREATE DATABASE ... TEMPLATE
    on PostgreSQL (dropped afterwards)."""
    if backend == "sqlite":
        path = tmp_path / Path(sqlite_template).name
        shutil.copyfile(sqlite_template, path)
        yield f"sqlite:///{path}"
        return
    if pg_server is None:
        pytest.skip(PG_SKIP)
    with pg_server.scratch(template=pg_template) as url:
        yield url


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request, tmp_path, pg_server, sqlite_template) -> Iterator[str]:
    """A fresh, migrated database for one test."""
    with fresh_copy(
        request.param, tmp_path, pg_server, sqlite_template, pg_server.template if pg_server else None
    ) as url:
        yield url


DEMO_LOTS = 60


def _build_demo(url: str) -> None:
    engine = open_database(url)
    build_demo(Stockpile(engine, "J. Doe", today=lambda: TODAY), lots=DEMO_LOTS)
    engine.dispose()


@pytest.fixture(scope="session")
def demo_sqlite_template(tmp_path_factory, sqlite_template) -> str:
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    shutil.copyfile(sqlite_template, path)
    _build_demo(str(path))
    return str(path)


@pytest.fixture(scope="session")
def demo_pg_template(pg_server) -> str | None:
    if pg_server is None:
        return None
    name = pg_server.create(f"{pg_server.prefix}_demo", template=pg_server.template)
    _build_demo(pg_server.url_of(name))
    return name


@pytest.fixture(params=["sqlite", "postgresql"])
def demo_url(request, tmp_path, pg_server, demo_sqlite_template, demo_pg_template) -> Iterator[str]:
    """A fresh copy of the demo stockpile (built once per run), for tests that only read it."""
    with fresh_copy(request.param, tmp_path, pg_server, demo_sqlite_template, demo_pg_template) as url:
        yield url


@pytest.fixture
def demo(demo_url) -> Iterator[Stockpile]:
    """The demo stockpile, read by a reader on the tests' fixed day."""
    engine = open_database(demo_url)
    yield Stockpile(engine, "reader", today=lambda: TODAY)
    engine.dispose()


@pytest.fixture
def engine(database_url):
    engine = open_database(database_url)
    yield engine
    engine.dispose()


@pytest.fixture
def stockpile(engine) -> Stockpile:
    """Alice, who records; the clock is fixed so that dates in tests mean the same every day."""
    return Stockpile(engine, "alice", today=lambda: TODAY)


@pytest.fixture
def verifier(engine) -> Stockpile:
    """Bob, a second person: the four-eyes rule needs one."""
    return Stockpile(engine, "bob", today=lambda: TODAY)


@pytest.fixture
def today() -> date:
    return TODAY


# -- the window, on a small hand-made stockpile ---------------------------------------------------


@pytest.fixture
def sqlite_url(tmp_path, sqlite_template):
    path = tmp_path / "gui.db"
    shutil.copyfile(sqlite_template, path)
    return str(path)


@pytest.fixture
def small_url(sqlite_url):
    """Two lots: L-001 (1,000 M67 at ANAD, 200 retained for Korea) and L-002 (500 M16)."""
    engine = open_database(sqlite_url)
    sp = Stockpile(engine, "alice")
    seed_catalogue(sp)
    first = receive(sp, "L-001", 1000)
    receive(sp, "L-002", 500, type="M16")
    sp.lots.change_retention(
        first,
        quantity=200,
        category="korea",
        authority_ref="USFK-1",
        reason="Korea reserve",
        valid_from=date(2022, 7, 1),
    )
    engine.dispose()
    return sqlite_url


@pytest.fixture
def settings(tmp_path):
    from PySide6.QtCore import QSettings

    from stockpile_tracker.qt.settings import Settings

    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def demo_window(qtbot, settings, demo_url):
    """A reader's window on the demo stockpile, its pages read."""
    from stockpile_tracker.qt.main_window import MainWindow

    window = MainWindow(settings, "reader")
    qtbot.addWidget(window)
    assert window.open_database(demo_url)
    settle(qtbot, window)
    return window


@pytest.fixture
def french() -> Iterator[None]:
    """The language in use is French for one test (the services' and the domain's messages)."""
    from stockpile_tracker.i18n import language_in_use, use_language

    before = language_in_use()
    use_language("fr")
    try:
        yield
    finally:
        use_language(before)


@pytest.fixture
def window(qtbot, settings, small_url):
    """Alice's window on the small stockpile, showing the Stockpile page (whose figures most tests read)."""
    from stockpile_tracker.qt.main_window import PAGES, MainWindow

    window = MainWindow(settings, "alice")
    qtbot.addWidget(window)
    assert window.open_database(small_url)
    window.nav_list.setCurrentRow(PAGES.index("Stockpile"))
    settle(qtbot, window)  # its totals and other pages are read in the background
    return window
