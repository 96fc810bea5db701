"""The program's log (logs.py): one logger per module, and one line at INFO for each change to the
record and each database opened or upgraded, saying who and what; a refused change logs nothing."""

from __future__ import annotations

import logging
import re
from pathlib import Path

import pytest
from alembic import command

from stockpile_tracker.cli import main
from stockpile_tracker.db.engine import make_engine
from stockpile_tracker.db.migrate import HEAD, alembic_config
from stockpile_tracker.domain.errors import InvalidInput
from stockpile_tracker.logs import log_file
from stockpile_tracker.services import Stockpile

PACKAGE = Path(__file__).resolve().parents[2] / "stockpile_tracker"


def _lines(caplog, logger: str) -> list[str]:
    return [record.getMessage() for record in caplog.records if record.name == logger]


def test_a_change_logs_one_line_with_who_and_what_after_it_is_kept(stockpile, caplog):
    caplog.set_level(logging.INFO, logger="stockpile_tracker")
    stockpile.catalogue.add_site(code="ANAD", name="Anniston", country="US")
    assert _lines(caplog, "stockpile_tracker.services.base") == ["alice: add_site"]


def test_a_refused_change_logs_nothing(stockpile, caplog):
    caplog.set_level(logging.INFO, logger="stockpile_tracker")
    stockpile.catalogue.add_site(code="ANAD", name="Anniston", country="US")
    caplog.clear()
    with pytest.raises(InvalidInput):
        stockpile.catalogue.add_site(code="ANAD", name="Anniston again", country="US")
    assert _lines(caplog, "stockpile_tracker.services.base") == []


def test_many_changes_in_one_batch_log_one_line_under_the_recorder(stockpile, caplog):
    caplog.set_level(logging.INFO, logger="stockpile_tracker")
    with stockpile.batch():
        stockpile.catalogue.add_site(code="ANAD", name="Anniston", country="US")
        with stockpile.acting_as("bob"):
            stockpile.catalogue.add_site(code="BLGR", name="Blue Grass", country="US")
        stockpile.catalogue.add_type(designation="M67", name="Grenade", category="AP")
    assert _lines(caplog, "stockpile_tracker.services.base") == ["alice: add_site x2, add_type"]
    assert stockpile.user == "alice"


def test_opening_a_database_logs_who_and_where_and_a_new_or_older_schema(tmp_path, caplog):
    caplog.set_level(logging.INFO, logger="stockpile_tracker")
    new = tmp_path / "new.db"
    Stockpile.open(str(new), "alice").close()
    assert _lines(caplog, "stockpile_tracker.db.migrate") == [f"database {new} upgraded from schema none to {HEAD}"]
    assert _lines(caplog, "stockpile_tracker.services") == [f"alice opened sqlite:///{new}"]

    caplog.clear()
    Stockpile.open(str(new), "bob").close()  # current: opened, nothing upgraded
    assert _lines(caplog, "stockpile_tracker.db.migrate") == []
    assert _lines(caplog, "stockpile_tracker.services") == [f"bob opened sqlite:///{new}"]

    old = tmp_path / "old.db"
    engine = make_engine(str(old))
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection=connection), "0001")
    engine.dispose()
    caplog.clear()
    Stockpile.open(str(old), "carol").close()
    assert _lines(caplog, "stockpile_tracker.db.migrate") == [f"database {old} upgraded from schema 0001 to {HEAD}"]


def test_the_command_line_writes_who_changed_what_to_the_log_file(sqlite_url):
    assert main(["--database", sqlite_url, "--user", "Dana Logwriter", "demo", "--lots", "60"]) == 0
    logged = log_file().read_text(encoding="utf-8")
    assert f"INFO stockpile_tracker.services: Dana Logwriter opened sqlite:///{sqlite_url}" in logged
    assert re.search(r"INFO stockpile_tracker\.services\.base: Dana Logwriter: add_type x\d+, add_site", logged)


def test_each_module_that_logs_has_its_own_logger():
    """`logging.getLogger(__name__)` and nothing else: the log says which module wrote each line."""
    for path in PACKAGE.rglob("*.py"):
        source = path.read_text(encoding="utf-8")
        if path.name == "logs.py":  # sets up the root logger's file
            continue
        calls = re.findall(r"logging\.(\w+)\(([^)]*)\)", source)
        assert all(call == ("getLogger", "__name__") for call in calls), f"{path.name}: {calls}"
        if re.search(r"\blog\.\w+\(", source):
            assert "log = logging.getLogger(__name__)" in source, path.name


def test_a_data_folder_that_cannot_hold_the_log_stops_nothing(sqlite_url, tmp_path, monkeypatch, capsys):
    not_a_folder = tmp_path / "data"
    not_a_folder.write_text("a file where the data folder should be", encoding="utf-8")
    monkeypatch.setenv("STOCKPILE_DATA_DIR", str(not_a_folder))
    assert main(["--database", sqlite_url, "--user", "alice", "lots"]) == 0
    assert capsys.readouterr().err == ""
