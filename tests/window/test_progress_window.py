"""The window's long tasks (qt/long_task.py) behind a progress dialog whose Cancel button is pressed
while the task runs: a backup, a restore, a report and its PDF stop, say so plainly (no error box),
leave no file and the record as it was, and the window goes on as before."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtPrintSupport import QPrintPreviewDialog
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QPushButton, QToolBar, QWidget

from stockpile_tracker.qt.report_dialog import ReportDialog
from stockpile_tracker.services.backups import back_up_database

from ..db.test_backups import left_beside
from ..helpers import MODAL_TIMERS, choose_file, receive, settle, when_modal
from .test_backup_window import lots_in, restore


def press_cancel_as_it_runs(qtbot, window: QWidget) -> dict:
    """Press Cancel on the window's progress dialog from a timer, which runs as soon as the task
    lets the window's events through (its first step): the task is then under way."""
    pressed: dict = {}
    timer = QTimer()
    timer.setInterval(0)

    def poll() -> None:
        dialog = next((d for d in window.findChildren(QProgressDialog) if not d.wasCanceled()), None)
        if dialog is not None:
            timer.stop()
            pressed["label"] = dialog.labelText()
            qtbot.mouseClick(dialog.findChild(QPushButton), Qt.MouseButton.LeftButton)
            pressed["cancelled"] = dialog.wasCanceled()

    timer.timeout.connect(poll)
    timer.start()
    MODAL_TIMERS.append(timer)  # stopped after the test, whatever happened
    return pressed


def test_a_backup_cancelled_leaves_no_file_and_the_window_backs_up_again(window, qtbot, tmp_path):
    target = tmp_path / "copies" / "friday.db"
    target.parent.mkdir()
    choose_file(qtbot, target)
    pressed = press_cancel_as_it_runs(qtbot, window)
    window.named_actions["backup"].trigger()
    assert pressed == {"label": "Copying gui.db", "cancelled": True}
    assert window.statusBar().currentMessage() == f"Back up cancelled: no copy was written to {target}"
    assert list(target.parent.iterdir()) == []
    choose_file(qtbot, target)
    window.named_actions["backup"].trigger()
    assert lots_in(target) == ["L-001", "L-002"]


def test_a_restore_cancelled_leaves_the_record_and_the_window_on_it(window, qtbot, small_url, tmp_path):
    path = Path(small_url)
    copy = back_up_database(small_url, tmp_path / "friday.db")
    receive(window.stockpile, "L-003", 10)  # written after the copy: a restore would take it away
    window.refresh_all()
    settle(qtbot, window)
    beside = left_beside(path)

    def confirm(box: QMessageBox) -> None:
        next(button for button in box.buttons() if button.text() == "Restore").click()

    choose_file(qtbot, copy)
    when_modal(qtbot, confirm, QMessageBox)
    pressed = press_cancel_as_it_runs(qtbot, window)
    window.named_actions["restore"].trigger()
    assert pressed["cancelled"]
    assert window.statusBar().currentMessage() == "Restore cancelled: gui.db was left as it was"
    assert lots_in(path) == ["L-001", "L-002", "L-003"]
    assert left_beside(path) == beside
    told = restore(window, qtbot, copy)  # the window goes on: the same restore, not cancelled, is done
    assert told["text"].startswith("gui.db was restored from")
    assert lots_in(path) == ["L-001", "L-002"]


def test_a_report_cancelled_says_so_then_its_pdf_cancelled_leaves_no_file(window, qtbot, tmp_path):
    when_modal(qtbot, lambda dialog: dialog.accept(), ReportDialog)
    pressed = press_cancel_as_it_runs(qtbot, window)
    window.named_actions["status_report"].trigger()
    assert pressed == {"label": "Stockpile status: reading the record", "cancelled": True}
    assert window.statusBar().currentMessage() == "Stockpile status cancelled"

    target = tmp_path / "reports" / "status.pdf"
    target.parent.mkdir()
    said: dict = {}

    def save_pdf_and_cancel(preview: QPrintPreviewDialog) -> None:
        choose_file(qtbot, target)
        said["box"] = when_modal(qtbot, lambda box: box.accept(), QMessageBox)
        said["pressed"] = press_cancel_as_it_runs(qtbot, preview)
        next(action for action in preview.findChild(QToolBar).actions() if action.text() == "Save as PDF...").trigger()
        QTimer.singleShot(0, preview.reject)

    when_modal(qtbot, lambda dialog: dialog.accept(), ReportDialog)
    when_modal(qtbot, save_pdf_and_cancel, QPrintPreviewDialog)  # the window opens the report again
    window.named_actions["status_report"].trigger()
    assert said["pressed"]["cancelled"] and said["pressed"]["label"].startswith("Page 1 of ")
    assert said["box"]["text"] == f"Saving cancelled: {target} was not written"
    assert list(target.parent.iterdir()) == []
