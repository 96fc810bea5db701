"""File > Back up... and File > Restore from a backup..., through the real menu, file dialogs and
message boxes: a copy where the user chooses, never over the record; a restore confirmed, naming
what is replaced and where the record is kept, after which the window shows the record restored;
a refused restore leaves the record, and the window on it, as they were."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from stockpile_tracker.qt.main_window import MainWindow
from stockpile_tracker.services.backups import POSTGRESQL_BACKUP, back_up_database

from ..helpers import choose_existing_file, choose_file, receive, settle, when_modal


def lots_in(path: Path) -> list[str]:
    with closing(sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)) as connection:
        return [row[0] for row in connection.execute("SELECT lot_number FROM lot ORDER BY lot_number")]


def test_file_back_up_writes_a_copy_where_the_user_chooses(window, qtbot, tmp_path):
    target = tmp_path / "copies" / "friday.db"
    target.parent.mkdir()
    choose_file(qtbot, target)
    window.named_actions["backup"].trigger()
    assert lots_in(target) == ["L-001", "L-002"]
    assert window.statusBar().currentMessage() == f"Backed up gui.db to {target}"


def test_file_back_up_is_never_written_over_the_record(window, qtbot, small_url):
    told: list[dict] = []
    before = Path(small_url).read_bytes()
    choose_existing_file(qtbot, Path(small_url), told)
    window.named_actions["backup"].trigger()
    assert told[0]["text"] == f"file: {small_url} is the database (gui.db): choose another file"
    assert Path(small_url).read_bytes() == before


def restore(window, qtbot, chosen: Path, *, confirm: bool = True) -> dict:
    """File > Restore from a backup..., `chosen` in its file dialog, the confirmation answered; what
    the program then says is returned (its message box accepted)."""
    told: dict = {}

    def answer(box: QMessageBox) -> None:
        told["asked"] = box.text()
        if confirm:
            told["said"] = when_modal(qtbot, lambda said: said.accept(), QMessageBox)
            next(button for button in box.buttons() if button.text() == "Restore").click()
        else:
            box.button(QMessageBox.StandardButton.Cancel).click()

    choose_file(qtbot, chosen)
    when_modal(qtbot, answer, QMessageBox)
    window.named_actions["restore"].trigger()
    return {"asked": told["asked"], "text": told["said"]["text"]} if confirm else told


def seal_in(path: Path) -> str:
    """The seal `db seal` would print for the file, read without opening it as a record."""
    with closing(sqlite3.connect(path)) as record:
        entries, top = record.execute("SELECT last_id, last_hash FROM audit_head").fetchone()
    return f"{entries}-{top[:16]}"


def test_file_restore_confirms_then_shows_the_record_restored(window, qtbot, small_url, tmp_path):
    path = Path(small_url)
    copy = back_up_database(small_url, tmp_path / "friday.db")
    receive(window.stockpile, "L-003", 10)  # written after the copy was taken
    window.refresh_all()
    settle(qtbot, window)

    told = restore(window, qtbot, copy)

    assert told["asked"] == (
        f"Replace the record gui.db with the backup copy {copy}?\n\nThe record as it is now is kept in "
        f"{path.parent} as gui.db.before-restore-<date and time>. Everyone else must close the record first."
    )
    aside = next(path.parent.glob("gui.db.before-restore-*"))
    before, after = seal_in(copy), seal_in(aside)  # L-003's receipt: one audit entry more
    assert told["text"] == (
        f"gui.db was restored from {copy} (db check: ok, 2 lots). The record it replaced is kept as {aside}. "
        f"The restored record's seal is {before}; the record it replaced was at {after}: audit entry "
        f"{after.split('-')[0]} is only in the record kept aside, and a seal printed since names entries "
        "this record does not hold."
    )
    assert lots_in(path) == ["L-001", "L-002"] and lots_in(aside) == ["L-001", "L-002", "L-003"]
    settle(qtbot, window)
    assert window.stockpile.queries.totals().lots == 2  # the window shows the record restored
    assert window.stockpile_view.model.rowCount() == 2


def test_a_restore_cancelled_changes_nothing(window, qtbot, small_url, tmp_path):
    copy = back_up_database(small_url, tmp_path / "friday.db")
    receive(window.stockpile, "L-003", 10)
    told = restore(window, qtbot, copy, confirm=False)
    assert "Replace the record gui.db" in told["asked"]
    assert lots_in(Path(small_url)) == ["L-001", "L-002", "L-003"]
    assert not list(Path(small_url).parent.glob("gui.db.before-restore-*"))


def test_a_refused_restore_says_why_before_asking_and_the_window_goes_on_with_the_record(
    window, qtbot, small_url, tmp_path
):
    junk = tmp_path / "notes.db"
    junk.write_text("not a database")
    before = Path(small_url).read_bytes()

    choose_file(qtbot, junk)
    told = when_modal(qtbot, lambda box: box.accept(), QMessageBox)
    window.named_actions["restore"].trigger()

    # the first box is the refusal: nobody is asked to confirm replacing the record with a file that is no backup
    assert told["text"] == f"{junk} was not restored: the file is not a database (not a SQLite file)"
    assert Path(small_url).read_bytes() == before
    receive(window.stockpile, "L-003", 10)  # the window still works on its record
    assert lots_in(Path(small_url)) == ["L-001", "L-002", "L-003"]


@pytest.mark.parametrize("database_url", ["postgresql"], indirect=True)
@pytest.mark.parametrize("action", ["backup", "restore"])
def test_on_postgresql_the_window_says_to_use_pg_dump_and_pg_restore(qtbot, settings, database_url, action):
    window = MainWindow(settings, "alice")
    qtbot.addWidget(window)
    assert window.open_database(database_url)
    told = when_modal(qtbot, lambda box: box.accept(), QMessageBox)
    window.named_actions[action].trigger()
    assert told["text"] == POSTGRESQL_BACKUP and "pg_dump" in told["text"] and "pg_restore" in told["text"]
