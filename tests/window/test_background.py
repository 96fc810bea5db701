"""Pages filled from the background: the newest read wins, and a read that fails says so on the
page instead of taking the window down."""

from __future__ import annotations

import gc
import threading
import weakref

from PySide6.QtCore import QItemSelectionModel, QObject
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox
from shiboken6 import Shiboken

from stockpile_tracker.domain.enums import RetentionFilter
from stockpile_tracker.domain.errors import DatabaseError
from stockpile_tracker.qt.destruction_dialogs import RecordDestructionDialog
from stockpile_tracker.qt.main_window import PAGES, MainWindow
from stockpile_tracker.qt.operations import LatestRead, freeze_startup_objects, wait_for_background
from stockpile_tracker.qt.status_line import stockpile_status
from stockpile_tracker.services import LotFilter

from ..helpers import settle, when_modal


def test_a_result_that_arrives_after_a_newer_read_started_is_dropped(qtbot):
    page = QObject()
    read = LatestRead(page)
    release = threading.Event()
    shown: list[str] = []
    failures: list[Exception] = []
    read.start(lambda: "old rows" if release.wait(10) else "timed out", shown.append, failures.append)
    read.start(lambda: "new rows", shown.append, failures.append)  # the user changed a filter meanwhile
    qtbot.waitUntil(lambda: shown == ["new rows"])
    assert not read.loading
    release.set()
    wait_for_background()
    QApplication.processEvents()  # the first read's answer, posted before it finished, is handled now
    assert shown == ["new rows"] and failures == []


def test_a_failure_is_dropped_too_once_a_newer_read_started(qtbot):
    page = QObject()
    read = LatestRead(page)
    release = threading.Event()
    shown: list[str] = []
    failures: list[Exception] = []

    def broken() -> str:
        release.wait(10)
        raise DatabaseError("the server went away")

    read.start(broken, shown.append, failures.append)
    read.start(lambda: "new rows", shown.append, failures.append)
    qtbot.waitUntil(lambda: shown == ["new rows"])
    release.set()
    wait_for_background()
    QApplication.processEvents()
    assert failures == []


def test_a_log_that_cannot_be_read_says_so_and_shows_it_once_it_can(window, qtbot, monkeypatch):
    events = window.sp.destruction.events

    def broken(**_filters):
        raise DatabaseError("the server went away")

    monkeypatch.setattr(window.sp.destruction, "events", broken)
    window.nav_list.setCurrentRow(PAGES.index("Destruction log"))
    settle(qtbot, window)
    note = window.log_view.note
    assert not note.isHidden()
    assert note.text() == "The destruction log could not be read: the server went away"
    assert window.pages.currentWidget() is window.log_view  # the window is still there, on the page asked for

    monkeypatch.setattr(window.sp.destruction, "events", events)
    window.log_view.refresh()
    settle(qtbot, window)
    assert note.isHidden()
    assert window.log_view.model.rows == events()


def test_a_log_being_read_gives_no_figures_and_no_export(window, qtbot, monkeypatch):
    """Until its rows arrive, the page's status line and an export would speak of the last read's rows."""
    read = threading.Event()
    events = window.sp.destruction.events

    def slow(**filters):
        read.wait(10)
        return events(**filters)

    monkeypatch.setattr(window.sp.destruction, "events", slow)
    window.nav_list.setCurrentRow(PAGES.index("Destruction log"))
    assert window.totals_label.text() == "Reading the destruction log..."
    told = when_modal(qtbot, lambda box: box.accept(), QMessageBox)
    window.named_actions["export"].trigger()
    assert "still being read" in told["text"]
    read.set()
    settle(qtbot, window)
    assert window.totals_label.text().startswith("0 events shown - covered: 0 mines destroyed")


def test_stockpile_totals_that_cannot_be_read_say_so(window, qtbot, monkeypatch):
    settle(qtbot, window)
    shown = window.totals_label.text()

    def broken(_filter=None):
        raise DatabaseError("the server went away")

    monkeypatch.setattr(window.sp.queries, "totals_by_scope", broken)
    window.stockpile_view.refresh()
    settle(qtbot, window)
    assert window.stockpile_view.note.text() == "The stockpile could not be read: the server went away"
    assert shown.startswith("2 lots shown")
    assert window.totals_label.text() == "totals not available"  # no figure that is not of these rows
    assert window.stockpile_view.model.rowCount() == len(window.sp.queries.lots())  # the rows still show


def test_a_stockpile_whose_rows_cannot_be_read_says_so_and_the_other_pages_still_redraw(window, qtbot, monkeypatch):
    def broken(*_args, **_kwargs):
        raise DatabaseError("the server went away")

    monkeypatch.setattr(window.sp.queries, "lots", broken)
    window.nav_list.setCurrentRow(PAGES.index("Destruction log"))
    window.named_actions["refresh"].trigger()  # F5: every page, the stockpile first
    settle(qtbot, window)
    assert window.stockpile_view.note.text() == "The stockpile could not be read: the server went away"
    assert window.stockpile_view.model.rowCount() == 0
    assert window.totals_label.text().startswith("0 events shown")  # the log in view was redrawn


def test_checks_that_could_not_run_are_no_all_clear(window, qtbot, monkeypatch):
    def broken():
        raise DatabaseError("the server went away")

    monkeypatch.setattr(window.sp.compliance, "findings", broken)
    window.nav_list.setCurrentRow(PAGES.index("Dashboard"))
    window.named_actions["refresh"].trigger()
    settle(qtbot, window)
    qtbot.waitUntil(lambda: not window.dashboard_view.findings_pending)
    window.update_status()
    assert window.totals_label.text() == "The compliance checks could not run"


def test_while_a_filter_is_counted_the_status_line_shows_no_other_filters_figures(window, qtbot, monkeypatch):
    """The rows of the new filter show when read; the totals of the old one must not stay beside them."""
    settle(qtbot, window)
    counted = threading.Event()
    totals = window.sp.queries.totals_by_scope

    def slow(lot_filter=None):
        counted.wait(10)
        return totals(lot_filter)

    monkeypatch.setattr(window.sp.queries, "totals_by_scope", slow)
    window.stockpile_view.set_filter(LotFilter(retention=RetentionFilter.RETAINED))
    assert window.totals_label.text() == "counting the lots..."
    qtbot.waitUntil(lambda: not window.stockpile_view.model.loading)
    assert window.stockpile_view.model.rowCount() == 1  # the retained lot, before its totals
    assert window.totals_label.text() == "counting the lots..."
    counted.set()
    settle(qtbot, window)
    assert window.totals_label.text() == stockpile_status(
        totals(LotFilter(retention=RetentionFilter.RETAINED)), RetentionFilter.RETAINED
    )


def test_the_stockpile_shows_at_once_and_fills_in_when_its_rows_are_read(window, qtbot, monkeypatch):
    """A record held by another program: the page and the window answer while the rows wait."""
    settle(qtbot, window)
    release = threading.Event()
    lots = window.sp.queries.lots
    monkeypatch.setattr(window.sp.queries, "lots", lambda *a, **kw: release.wait(10) and lots(*a, **kw))
    window.nav_list.setCurrentRow(PAGES.index("Stockpile"))
    window.stockpile_view.set_filter(LotFilter(retention=RetentionFilter.RETAINED))
    assert window.stockpile_view.loading and not window.stockpile_view.model.canFetchMore()
    window.nav_list.setCurrentRow(PAGES.index("Catalogue"))  # the window answers meanwhile
    assert window.pages.currentIndex() == PAGES.index("Catalogue")
    release.set()
    settle(qtbot, window)
    assert [row.retained > 0 for row in window.stockpile_view.model.rows] == [True]


def test_the_dashboard_figures_show_once_read(window, qtbot):
    window.nav_list.setCurrentRow(PAGES.index("Dashboard"))
    window.dashboard_view.refresh()
    assert window.dashboard_view.loading  # the page is there at once; its figures follow
    settle(qtbot, window)
    assert window.dashboard_view.on_hand.value.text() == f"{window.sp.queries.totals().on_hand:,}"


def test_nothing_arrives_once_the_page_is_gone(qtbot):
    page = QObject()
    read = LatestRead(page)
    release = threading.Event()
    shown: list[str] = []
    read.start(lambda: "rows" if release.wait(10) else "timed out", shown.append, shown.append)
    Shiboken.delete(page)  # the form was closed, or another database opened, before the rows came
    release.set()
    wait_for_background()
    QApplication.processEvents()
    assert shown == []


def test_record_destruction_opens_before_the_open_tasks_are_read(window, qtbot, monkeypatch):
    lot = window.sp.queries.find_lot("L-002")
    task = window.sp.destruction.schedule(
        planned_on=window.sp.context.today(), site="ANAD", method="open_detonation", lines={lot.id: 100}
    )
    release = threading.Event()
    tasks = window.sp.destruction.tasks
    monkeypatch.setattr(window.sp.destruction, "tasks", lambda **kw: release.wait(10) and tasks(**kw))
    dialog = RecordDestructionDialog(window.sp, [window.sp.queries.lot(lot.id)], None, window)
    qtbot.addWidget(dialog)
    assert dialog.loading and dialog.task_combo.count() == 1  # "(no task)" until they are read
    # what a task chosen on arrival would write over cannot be typed meanwhile, nor the form sent
    reading = (dialog.site_combo, dialog.method_combo, dialog.lines_table, dialog.action_button)
    assert not any(widget.isEnabled() for widget in reading) and dialog.officer_edit.isEnabled()
    release.set()
    qtbot.waitUntil(lambda: not dialog.loading)
    assert all(widget.isEnabled() for widget in reading)
    assert dialog.task_combo.findData(task.id) > 0
    notes = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert f"Scheduled in task {task.reference}" in notes  # the offer follows the tasks


def test_open_tasks_that_cannot_be_read_are_said_in_the_form(window, qtbot, monkeypatch):
    def broken(**_filters):
        raise DatabaseError("the server went away")

    monkeypatch.setattr(window.sp.destruction, "tasks", broken)
    dialog = RecordDestructionDialog(window.sp, [window.sp.queries.find_lot("L-002")], None, window)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: not dialog.loading)
    assert dialog.error == "The open tasks could not be read: the server went away"
    assert dialog.lines_table.rowCount() == 1  # the lot is there to record against, without a task
    assert dialog.lines_table.isEnabled() and dialog.action_button.isEnabled()


def test_the_objects_made_at_start_are_left_out_of_later_garbage_collections():
    class Cycle:
        pass

    garbage = Cycle()
    garbage.self = garbage  # type: ignore[attr-defined]  # once deleted, only the collector frees it
    gone = weakref.ref(garbage)
    del garbage
    try:
        freeze_startup_objects()
        assert gc.get_freeze_count() > 0  # the modules, at least
        assert gone() is None  # collected first, not frozen
    finally:
        gc.unfreeze()  # the other tests collect as before


LOCKED = DatabaseError("the database could not be read: canceling statement due to lock timeout")


def test_a_lot_that_cannot_be_read_is_said_so_never_called_removed(window, qtbot, monkeypatch):
    """A lock held by another program: the detail pane says the lot could not be read, and an
    action on it says the database is not available; the lot stays chosen."""
    view = window.stockpile_view
    settle(qtbot, window)
    view.table.selectRow(0)
    settle(qtbot, window)

    def locked(*_args, **_kwargs):
        raise LOCKED

    monkeypatch.setattr(window.sp.queries, "lot", locked)
    view.refresh()
    settle(qtbot, window)
    assert view.detail.title_label.text() == f"The lot could not be read: {LOCKED}"
    assert view.lot_chosen and window.named_actions["check"].isEnabled()
    titles: list[str] = []
    seen = when_modal(qtbot, lambda box: (titles.append(box.windowTitle()), box.accept()), QMessageBox)
    window.named_actions["check"].trigger()
    assert titles == ["Database not available"]
    assert seen["text"].startswith("The database could not be read: canceling statement due to lock timeout.")
    assert "no longer exists" not in window.statusBar().currentMessage()
    assert view.lot_chosen


def test_a_later_page_that_cannot_be_read_keeps_the_rows_read_and_says_so(qtbot, settings, demo_url, monkeypatch):
    from stockpile_tracker.qt import lot_model

    monkeypatch.setattr(lot_model, "PAGE_SIZE", 10)
    window = MainWindow(settings, "reader")
    qtbot.addWidget(window)
    window.open_database(demo_url)
    settle(qtbot, window)
    model = window.stockpile_view.model
    first = [row.id for row in model.rows]  # the pages the table fetched to fill its height
    assert len(first) % 10 == 0 and model.canFetchMore()
    monkeypatch.setattr(window.sp.queries, "lots", lambda *a, **kw: (_ for _ in ()).throw(LOCKED))
    model.fetchMore()
    settle(qtbot, window)
    assert [row.id for row in model.rows] == first and not model.canFetchMore()
    assert window.stockpile_view.note.text() == f"The stockpile could not be read: {LOCKED}"


def test_the_lots_selected_stay_selected_and_their_actions_enabled_after_a_refresh(window, qtbot):
    view = window.stockpile_view
    settle(qtbot, window)
    view.table.selectRow(0)
    view.table.selectionModel().select(
        view.model.index(1, 0), QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    )
    chosen = [lot.id for lot in view.selected_lots()]
    assert len(chosen) == 2 and window.named_actions["schedule"].isEnabled()
    window.refresh_all()
    settle(qtbot, window)
    assert [lot.id for lot in view.selected_lots()] == chosen
    assert window.named_actions["schedule"].isEnabled() and window.named_actions["retention"].isEnabled()


def test_a_database_named_at_start_that_cannot_be_opened_ends_the_start(qtbot, settings, tmp_path, data_folder):
    """Not another database instead: the user asked for that one (the last one used may be gone,
    and then the default opens)."""
    from stockpile_tracker.paths import default_database_url
    from stockpile_tracker.qt.app import open_first_database

    window = MainWindow(settings, "alice")
    qtbot.addWidget(window)
    seen = when_modal(qtbot, lambda box: box.accept(), QMessageBox)
    assert not open_first_database(window, str(tmp_path))  # a folder, not a database
    assert "it is a folder" in seen["text"] and window.sp is None
    settings.last_database = str(tmp_path / "gone" / "stockpile.db")
    when_modal(qtbot, lambda box: box.accept(), QMessageBox)
    assert open_first_database(window, None)
    assert window.url == default_database_url()
