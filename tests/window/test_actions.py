"""The window's actions as qt/actions.py declares them: each in its menu, on the toolbar and in a
page's context menu exactly where its declaration says, with its key and tip, enabled when it says;
the Reports menu as the report registry lists it; the actions on a selection enabled only while it
is there."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar, QToolBar

from stockpile_tracker.db.migrate import open_database
from stockpile_tracker.qt.actions import ACTIONS, MENUS, PAGES
from stockpile_tracker.qt.destruction_dialogs import (
    CloseTaskDialog,
    CorrectDestructionDialog,
    ScheduleDialog,
    ShipmentDialog,
    VerifyCertificateDialog,
)
from stockpile_tracker.qt.lot_dialogs import (
    MoveDialog,
    RetentionDialog,
    ReverseDialog,
    SplitDialog,
    StockCheckDialog,
)
from stockpile_tracker.qt.main_window import MainWindow
from stockpile_tracker.qt.printing import ReportPreview
from stockpile_tracker.qt.suspension_dialogs import LiftDialog, SuspendDialog
from stockpile_tracker.reports.registry import REPORTS
from stockpile_tracker.services import Stockpile

from ..helpers import TODAY, close_modal, settle, something_of_everything


def _menus(window: MainWindow) -> dict[str, list]:
    """Each menu's actions, submenus (Open recent) and separators left out."""
    return {
        top.text(): [action for action in top.menu().actions() if not action.isSeparator() and action.menu() is None]
        for top in window.menuBar().actions()
    }


def _context_tables(window: MainWindow) -> dict:
    return {
        "Stockpile": window.stockpile_view.table,
        "Destruction plan": window.plan_view.task_table,
        "Destruction log": window.log_view.table,
    }


def test_every_declared_action_is_where_its_declaration_says_and_nowhere_else(window):
    menus = _menus(window)
    assert list(menus) == list(MENUS)
    toolbar = window.findChild(QToolBar, "actions_toolbar").actions()
    tables = _context_tables(window)
    for declared in ACTIONS:
        action = window.named_actions[declared.name]
        assert action.text() == declared.text
        assert [title for title, actions in menus.items() if action in actions] == [declared.menu], declared.name
        assert (action in toolbar) is declared.toolbar, declared.name
        in_context = [page for page, table in tables.items() if action in table.actions()]
        assert in_context == ([declared.context] if declared.context else []), declared.name
        assert action.shortcut() == QKeySequence(declared.shortcut), declared.name
        assert action.statusTip() == declared.select_tip  # with nothing selected: the declared tip, or what to select
    assert [len(actions) for actions in menus.values()] == [
        sum(1 for declared in ACTIONS if declared.menu == title) for title in MENUS
    ]  # nothing undeclared in a menu
    assert all(table.contextMenuPolicy() == Qt.ContextMenuPolicy.ActionsContextMenu for table in tables.values())


def test_the_toolbar_shows_each_action_in_plain_words(window):
    toolbar = window.findChild(QToolBar, "actions_toolbar")
    assert [action.iconText() for action in toolbar.actions()] == [d.words for d in ACTIONS if d.toolbar]
    assert "Receive a lot" in [action.iconText() for action in toolbar.actions()]


def test_no_two_actions_share_a_key(window):
    keys = [a.shortcut().toString() for a in window.named_actions.values() if not a.shortcut().isEmpty()]
    assert len(keys) == len(set(keys))


def _access_key(text: str) -> str | None:
    """The letter after a single &, as Qt reads it (&& is a plain &)."""
    found = re.search(r"&([^&])", text.replace("&&", ""))
    return found.group(1).lower() if found else None


def _entries(menu: QMenu | QMenuBar) -> Iterator[tuple[str, list[QAction]]]:
    """Each menu built, the menu bar first and submenus (Open recent) included, with its entries."""
    entries = [action for action in menu.actions() if not action.isSeparator()]
    yield menu.title() if isinstance(menu, QMenu) else "menu bar", entries
    for action in entries:
        if action.menu() is not None:
            yield from _entries(action.menu())


def test_no_two_entries_of_a_menu_share_an_access_key(window):
    shared = {}
    for title, entries in _entries(window.menuBar()):
        keys = [key for key in map(_access_key, (action.text() for action in entries)) if key is not None]
        shared[title] = sorted({key for key in keys if keys.count(key) > 1})
    assert len(shared) == len(MENUS) + 2  # the menu bar, each menu and Open recent
    assert all(keys == [] for keys in shared.values()), shared


def test_the_reports_menu_is_the_report_registry_in_its_order(window):
    # the reports, then what the office writes into the Article 7 report
    assert [action.text() for action in _menus(window)["&Reports"]] == [
        *(kind.title for kind in REPORTS),
        "Article 7 &texts...",
    ]
    assert window.named_actions["status_report"].shortcut() == QKeySequence(QKeySequence.StandardKey.Print)


def test_actions_are_enabled_as_declared(qtbot, settings, small_url):
    window = MainWindow(settings, "alice")
    qtbot.addWidget(window)
    enabled = {name for name, action in window.named_actions.items() if action.isEnabled()}
    assert enabled == {declared.name for declared in ACTIONS if not declared.needs_record}  # no record open yet
    assert window.open_database(small_url)
    for number, page in enumerate(PAGES):
        window.nav_list.setCurrentRow(number)
        disabled = {name for name, action in window.named_actions.items() if not action.isEnabled()}
        assert disabled == {
            declared.name for declared in ACTIONS if declared.page not in (None, page) or declared.needs
        }, page  # nothing selected yet
    assert "clear_filters" in disabled  # on the last page, Catalogue, the stockpile's filters are not there


# Each action that needs a selection, the dialog it opens on it, and the page whose table holds it.
ON_A_SELECTION = {
    "retention": (RetentionDialog, "Stockpile"),
    "split": (SplitDialog, "Stockpile"),
    "check": (StockCheckDialog, "Stockpile"),
    "move": (MoveDialog, "Stockpile"),
    "suspend": (SuspendDialog, "Stockpile"),
    "lift_suspension": (LiftDialog, "Stockpile"),
    "reverse": (ReverseDialog, "Stockpile"),
    "schedule": (ScheduleDialog, "Stockpile"),
    "verify": (VerifyCertificateDialog, "Destruction log"),
    "correct": (CorrectDestructionDialog, "Destruction log"),
    "close_task": (CloseTaskDialog, "Destruction plan"),
    "ship": (ShipmentDialog, "Destruction plan"),
    "return_shipped": (ShipmentDialog, "Destruction plan"),
    "lot_report": (ReportPreview, "Stockpile"),
    "certificate_report": (ReportPreview, "Destruction log"),
}


@pytest.fixture
def busy_window(qtbot, settings, sqlite_url):
    """A window on a stockpile with a lot (10 of it suspended), an open task and an unverified
    destruction event."""
    engine = open_database(sqlite_url)
    w = something_of_everything(Stockpile(engine, "alice", today=lambda: TODAY), Stockpile(engine, "bob"))
    w.sp.suspensions.suspend(
        w.lot, kind="safety", quantity=10, reference="S-1", reason="leaking", suspended_from=date(2026, 6, 1)
    )
    engine.dispose()
    window = MainWindow(settings, "alice")
    qtbot.addWidget(window)
    assert window.open_database(sqlite_url)
    return window


def test_every_action_on_a_selection_is_tested_here():
    assert set(ON_A_SELECTION) == {declared.name for declared in ACTIONS if declared.needs}


@pytest.mark.parametrize("name", ON_A_SELECTION)
def test_an_action_on_a_selection_is_enabled_only_while_it_is_selected(busy_window, qtbot, name):
    window = busy_window
    declared = next(d for d in ACTIONS if d.name == name)
    dialog_class, page = ON_A_SELECTION[name]
    window.nav_list.setCurrentRow(PAGES.index(page))
    settle(qtbot, window)
    action = window.named_actions[name]
    table = {
        "lot": window.stockpile_view.table,
        "suspended lot": window.stockpile_view.table,
        "lots": window.stockpile_view.table,
        "entry": window.stockpile_view.detail.ledger_table,
        "task": window.plan_view.task_table,
        "event": window.log_view.table,
    }[declared.needs]
    if declared.needs == "entry":  # a lot first: its ledger is not selected with it
        window.stockpile_view.table.selectRow(0)
        settle(qtbot, window)  # its ledger is read from the background
    # GIVEN nothing selected: greyed out, and its tip says what to select
    assert not action.isEnabled()
    assert action.statusTip() == action.toolTip() == declared.select_tip
    assert declared.select_tip.startswith("Select ") and page in declared.select_tip  # where to select
    # WHEN a row is selected THEN it is enabled, with its own tip
    table.selectRow(0)
    assert action.isEnabled()
    assert action.statusTip() == declared.tip
    # AND triggered, it opens its dialog on what is selected
    seen = close_modal(qtbot, dialog_class)
    action.trigger()
    assert isinstance(seen.get("dialog"), dialog_class), f"{dialog_class.__name__} did not open"
    # WHEN the selection is cleared THEN it is greyed out again
    table.clearSelection()
    assert not action.isEnabled()
    assert action.statusTip() == declared.select_tip


def test_the_tip_of_an_action_greyed_out_says_what_to_select(window):
    retention = window.named_actions["retention"]
    assert retention.statusTip() == "Select a lot in the Stockpile to change its retention"
    assert window.named_actions["lot_report"].statusTip() == "Select a lot in the Stockpile to print its lot history"
    assert window.named_actions["progress_report"].isEnabled()  # of the programme selected, else the first


def test_a_lot_removed_since_it_was_selected_is_said_to_be_gone(window, qtbot, small_url):
    window.stockpile_view.table.selectRow(1)  # L-002
    check = window.named_actions["check"]
    assert check.isEnabled()
    # GIVEN the lot is removed outside this window (a database tool: the program never deletes a lot)
    with sqlite3.connect(small_url) as connection:
        connection.execute("DELETE FROM lot WHERE lot_number = 'L-002'")
    connection.close()
    # WHEN its stock check is asked for THEN no form opens: the status bar says it is gone
    check.trigger()
    assert "The selected lot no longer exists" in window.statusBar().currentMessage()
    settle(qtbot, window)
    assert window.stockpile_view.model.rowCount() == 1
    assert not check.isEnabled()


def test_a_lot_opened_from_a_finding_shows_its_row_and_is_the_one_scheduled(qtbot, settings, demo_url, monkeypatch):
    """Opened from a finding, a lot may lie beyond the first page of rows: its number is searched,
    its row shows selected, and Schedule takes it."""
    from stockpile_tracker.qt import lot_model

    monkeypatch.setattr(lot_model, "PAGE_SIZE", 10)
    window = MainWindow(settings, "reader")
    qtbot.addWidget(window)
    assert window.open_database(demo_url)
    settle(qtbot, window)
    far = next(lot for lot in window.sp.queries.lots(limit=None)[10:] if lot.unscheduled > 0)
    window.open_lot(far.id)
    settle(qtbot, window)
    row = window.stockpile_view.model.index_of_lot(far.id)  # its number searched: its row shows
    assert row is not None and window.stockpile_view.table.selectionModel().isRowSelected(row)
    schedule = window.named_actions["schedule"]
    assert schedule.isEnabled()
    seen = close_modal(qtbot, ScheduleDialog)
    schedule.trigger()
    assert [lot.id for lot in seen["dialog"].lots] == [far.id]
