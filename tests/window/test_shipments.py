"""Ship for task and Record a return, on the Destruction plan: mines leave for the task's destruction
site on one document and are held there (Shipped on the stockpile page, at destruction sites in
every figure); mines that come back are on hand again and still planned."""

from __future__ import annotations

from datetime import date

from stockpile_tracker.db.migrate import open_database
from stockpile_tracker.qt.destruction_dialogs import ShipmentDialog
from stockpile_tracker.qt.main_window import PAGES, MainWindow
from stockpile_tracker.services import Stockpile

from ..helpers import TODAY, drive, receive, seed_catalogue, settle, snapshot


def test_a_task_ships_from_the_window_and_part_comes_back(qtbot, settings, sqlite_url):
    engine = open_database(sqlite_url)
    sp = Stockpile(engine, "alice", today=lambda: TODAY)
    seed_catalogue(sp)
    sp.catalogue.add_site(code="TEAD", name="Tooele demilitarisation", country="US", kind="destruction")
    lot = receive(sp, quantity=6000)
    task = sp.destruction.schedule(planned_on=date(2026, 7, 1), site="TEAD", method="disassembly", lines={lot: 5560})
    window = MainWindow(settings, "carol")
    qtbot.addWidget(window)
    assert window.open_database(sqlite_url)
    window.nav_list.setCurrentRow(PAGES.index("Destruction plan"))
    settle(qtbot, window)
    window.plan_view.select_task(task.reference)
    settle(qtbot, window)

    def ship(dialog):
        assert dialog.lines_table.quantities == {lot: 5560}  # what is left to ship, offered whole
        dialog.document_edit.setText("GBL-1")

    drive(qtbot, ShipmentDialog, ship)
    window.named_actions["ship"].trigger()
    settle(qtbot, window)
    assert "5,560 await destruction at TEAD" in window.statusBar().currentMessage()
    row = sp.queries.lot(lot)
    assert (row.on_hand, row.at_destruction) == (440, 5560)

    window.plan_view.select_task(task.reference)  # the plan was read again after the write
    settle(qtbot, window)
    before = snapshot(engine)

    def without_reason(dialog):
        dialog.lines_table.quantities = {lot: 1000}
        dialog.document_edit.setText("GBL-1R")

    seen = drive(qtbot, ShipmentDialog, without_reason)
    window.named_actions["return_shipped"].trigger()
    assert "reason" in seen["dialog"].error_label.text() and snapshot(engine) == before

    def back(dialog):
        without_reason(dialog)
        dialog.reason_edit.setPlainText("the plant was stopped")

    window.plan_view.select_task(task.reference)
    settle(qtbot, window)
    drive(qtbot, ShipmentDialog, back)
    window.named_actions["return_shipped"].trigger()
    settle(qtbot, window)
    row = sp.queries.lot(lot)
    assert (row.on_hand, row.at_destruction, row.scheduled) == (1440, 4560, 1000)
    engine.dispose()
