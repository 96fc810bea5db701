"""Security of the record: files readable by their owner only, no password kept in the settings or
shown in a message, no SQL built from strings, and an audit log edited outside the program seen
when the database is opened."""

from __future__ import annotations

import logging
import os
import shutil
import stat
from pathlib import Path

import pytest
from alembic import command
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy.engine import make_url

from stockpile_tracker.cli import EXIT_PROBLEMS, main
from stockpile_tracker.db.engine import make_engine
from stockpile_tracker.db.migrate import alembic_config, open_database
from stockpile_tracker.domain.errors import DatabaseError
from stockpile_tracker.qt.main_window import MainWindow
from stockpile_tracker.qt.operations import wait_for_background
from stockpile_tracker.qt.settings import Settings
from stockpile_tracker.services import Stockpile

from ..conftest import PG_SKIP
from ..helpers import TODAY, receive, seed_catalogue, tamper_outside_the_program, when_modal

SECRET = "s3cret-Pa55"


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


# -- (a) owner-only files ----------------------------------------------------------------------------


def test_the_database_its_journal_and_its_backups_are_readable_by_the_owner_only(tmp_path):
    path = tmp_path / "record.db"
    engine = make_engine(str(path))
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection=connection), "0001")
    engine.dispose()
    path.chmod(0o600)  # as open_database creates it; the backup below must not be wider

    engine = open_database(str(path))  # upgrades, so a backup is taken
    sp = Stockpile(engine, "alice", today=lambda: TODAY)
    seed_catalogue(sp)
    receive(sp)
    files = [path, Path(f"{path}-wal"), Path(f"{path}-shm"), *tmp_path.glob("record.db.backup-*")]
    assert all(item.exists() for item in files) and len(files) == 4
    assert {item.name: mode(item) for item in files} == {item.name: 0o600 for item in files}
    engine.dispose()


def test_a_new_database_is_owner_only_whatever_the_umask(tmp_path):
    previous = os.umask(0)
    try:
        path = tmp_path / "new.db"
        engine = open_database(str(path))
        seed_catalogue(Stockpile(engine, "alice"))
        assert mode(path) == mode(Path(f"{path}-wal")) == mode(Path(f"{path}-shm")) == 0o600
        engine.dispose()
    finally:
        os.umask(previous)


# -- (b) no password kept or shown ---------------------------------------------------------------


def test_the_settings_keep_a_database_url_without_its_password(tmp_path):
    ini = tmp_path / "settings.ini"
    settings = Settings(QSettings(str(ini), QSettings.Format.IniFormat))
    url = f"postgresql+psycopg://clerk:{SECRET}@records.example:5432/stockpile"
    settings.last_database = url
    settings.add_recent_database(url)
    settings.sync()
    assert settings.last_database == "postgresql+psycopg://clerk@records.example:5432/stockpile"
    assert settings.recent_databases == [settings.last_database]
    assert SECRET not in ini.read_text(encoding="utf-8")


def test_the_window_keeps_no_password_after_opening_a_postgresql_database(qtbot, tmp_path, pg_server, caplog):
    if pg_server is None:
        pytest.skip(PG_SKIP)
    with pg_server.scratch(template=pg_server.template) as plain_url:
        # The test server trusts local connections, so any password is accepted, and must be forgotten.
        url = make_url(plain_url).set(password=SECRET).render_as_string(hide_password=False)
        ini = tmp_path / "settings.ini"
        settings = Settings(QSettings(str(ini), QSettings.Format.IniFormat))
        window = MainWindow(settings, "alice")
        qtbot.addWidget(window)
        caplog.set_level(logging.INFO, logger="stockpile_tracker")
        try:
            assert window.open_database(url)
            settings.sync()
            assert settings.last_database == plain_url
            assert SECRET not in ini.read_text(encoding="utf-8")
            assert SECRET not in window.windowTitle()
            assert f"alice opened {plain_url}" in caplog.text and SECRET not in caplog.text
        finally:
            window.sp.close()


def test_a_message_about_a_database_never_shows_its_password():
    """Nothing listens on port 1: the connection is refused, and the message names the server."""
    with pytest.raises(DatabaseError) as caught:
        open_database(f"postgresql+psycopg://clerk:{SECRET}@127.0.0.1:1/stockpile")
    assert "127.0.0.1:1/stockpile" in str(caught.value)
    assert SECRET not in str(caught.value)


# -- (d) an audit log edited outside the program ------------------------------------------------------


@pytest.fixture
def recorded_url(database_url) -> str:
    """A catalogue and one lot: five audit entries."""
    engine = open_database(database_url)
    sp = Stockpile(engine, "alice", today=lambda: TODAY)
    seed_catalogue(sp)
    receive(sp)
    engine.dispose()
    return database_url


@pytest.fixture
def tampered_url(recorded_url) -> str:
    tamper_outside_the_program(recorded_url, "UPDATE audit_entry SET reason = 'nothing to see' WHERE id = 2")
    return recorded_url


def test_the_window_warns_when_the_audit_log_was_changed(qtbot, tmp_path, tampered_url):
    warnings = []
    when_modal(qtbot, lambda box: (warnings.append((box.windowTitle(), box.text())), box.accept()), QMessageBox)
    window = MainWindow(Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)), "alice")
    qtbot.addWidget(window)
    assert window.open_database(tampered_url)  # the record stays readable, with the warning on top
    qtbot.waitUntil(lambda: len(warnings) > 0)
    wait_for_background()
    QApplication.processEvents()
    assert len(warnings) == 1
    title, message = warnings[0]
    assert title == "Audit log broken"
    assert "audit entry 2" in message and "changed after it was written" in message
    assert window.sp is not None


def test_the_window_opens_a_sound_database_without_a_warning(qtbot, tmp_path, sqlite_template):
    warnings = []
    when_modal(qtbot, lambda box: (warnings.append(box.text()), box.accept()), QMessageBox)
    path = tmp_path / "sound.db"
    shutil.copyfile(sqlite_template, path)
    engine = open_database(str(path))
    Stockpile(engine, "alice").catalogue.add_site(code="ANAD", name="Anniston", country="US")  # one audit entry
    engine.dispose()
    window = MainWindow(Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)), "alice")
    qtbot.addWidget(window)
    assert window.open_database(str(path))
    wait_for_background()
    QApplication.processEvents()  # the check's result, sent from its thread, is delivered here
    assert window.audit_report is not None and window.audit_report.ok and window.audit_report.entries > 0
    assert warnings == []


def test_db_check_reports_the_changed_audit_entry(tampered_url, capsys):
    assert main(["--database", tampered_url, "db", "check"]) == EXIT_PROBLEMS
    out = capsys.readouterr().out
    assert "PROBLEM: audit entry 2" in out and "changed after it was written" in out


def test_db_check_reports_a_removed_audit_entry(recorded_url, capsys):
    tamper_outside_the_program(
        recorded_url,
        "DELETE FROM audit_row WHERE entry_id = 2",  # the rows it bound, which name it
        "DELETE FROM audit_entry WHERE id = 2",
        tables=("audit_entry", "audit_row"),
    )
    assert main(["--database", recorded_url, "db", "check"]) == EXIT_PROBLEMS
    out = capsys.readouterr().out
    assert "PROBLEM: audit entries 2..2 are missing" in out
    assert "PROBLEM: audit entry 3 does not follow entry 1" in out
