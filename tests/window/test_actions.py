"""The window's actions as qt/actions.py declares them: each in its menu, on the toolbar and in a
page's context menu exactly where its declaration says, with its key and tip, enabled when it says;
the Reports menu as the report registry lists it."""

from __future__ import annotations

import re
from collections.abc import Iterator

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar, QToolBar

from stockpile_tracker.qt.actions import ACTIONS, MENUS, PAGES
from stockpile_tracker.qt.main_window import MainWindow
from stockpile_tracker.reports.registry import REPORTS


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
        assert action.statusTip() == declared.tip
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
    assert [action.text() for action in _menus(window)["&Reports"]] == [kind.title for kind in REPORTS]
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
        assert disabled == {declared.name for declared in ACTIONS if declared.page not in (None, page)}, page
    assert "clear_filters" in disabled  # on the last page, Catalogue, the stockpile's filters are not there
