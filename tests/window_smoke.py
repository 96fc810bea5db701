"""Run as a program (by test_window_smoke.py, in a subprocess, so that a segmentation fault is a
failed test and not a dead test run): the real window on a stockpile, and every enabled action of
the menus and the toolbar triggered on every page, with whatever opens answered or closed.

Dialogs asking for a date or a year are accepted (so the preview they lead to opens and paints),
forms are submitted as they open and cancelled if refused, previews are shown long enough to paint,
everything else is cancelled. Prints one line of counts; exits 1 on any uncaught exception."""

from __future__ import annotations

import sys
import time
import traceback

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtPrintSupport import QPrintPreviewDialog
from PySide6.QtWidgets import QApplication, QMenu, QToolBar, QWidget

from stockpile_tracker.qt.form_dialog import FormDialog
from stockpile_tracker.qt.main_window import PAGES, MainWindow
from stockpile_tracker.qt.report_dialog import ReportDialog
from stockpile_tracker.qt.settings import Settings

PAINT_MS = 300


class Closer:
    """Polls for the modal widget in front and answers it."""

    def __init__(self) -> None:
        self.opened: list[str] = []
        self._first_seen: dict[int, float] = {}  # by id(): a deleted widget is never hashed or compared
        self._held: list[QWidget] = []  # ...and each kept, so that its id() is not reused
        self.timer = QTimer()
        self.timer.timeout.connect(self.answer)
        self.timer.start(20)

    def answer(self) -> None:
        widget = QApplication.activeModalWidget()
        if widget is None or not widget.isVisible():
            return
        key = id(widget)
        if key not in self._first_seen:
            self._first_seen[key] = time.monotonic()
            self._held.append(widget)
            self.opened.append(type(widget).__name__)
        if isinstance(widget, QPrintPreviewDialog):
            if time.monotonic() - self._first_seen[key] >= PAINT_MS / 1000:
                widget.reject()
        elif isinstance(widget, ReportDialog):
            widget.accept()
        elif isinstance(widget, FormDialog) and not widget.property("submitted"):
            widget.setProperty("submitted", True)
            widget.action_button.click()
        else:
            widget.reject()


def actions_of(window: MainWindow) -> list:
    """Every action in the menus (submenus included) and on the toolbars, each once, Quit last."""
    found = []

    def walk(menu: QMenu) -> None:
        for action in menu.actions():
            if action.menu() is not None:
                walk(action.menu())
            elif not action.isSeparator():
                found.append(action)

    for top in window.menuBar().actions():
        walk(top.menu())
    for toolbar in window.findChildren(QToolBar):
        found.extend(a for a in toolbar.actions() if not a.isSeparator())
    unique = list(dict.fromkeys(found))
    return [a for a in unique if a is not window.named_actions["quit"]]


def select_first_row(window: MainWindow, page: int) -> None:
    """Actions on a selected lot, ledger entry, task or event are enabled only with one."""
    view = window.pages.widget(page)
    detail = getattr(view, "detail", None)  # the selected lot's ledger, once a lot is
    ledger = detail.ledger_table if detail is not None else None
    for table in (getattr(view, "table", None), getattr(view, "task_table", None), ledger):
        if table is not None and table.model() is not None and table.model().rowCount():
            table.selectRow(0)


def main(database: str, settings_file: str) -> int:
    app = QApplication(sys.argv[:1])
    errors: list[str] = []

    def record(kind, value, tb) -> None:
        errors.append("".join(traceback.format_exception(kind, value, tb)))
        print(errors[-1], file=sys.stderr, flush=True)

    sys.excepthook = record
    window = MainWindow(Settings(QSettings(settings_file, QSettings.Format.IniFormat)), "smoke tester")
    closer = Closer()
    if not window.open_database(database):
        print("cannot open the database", file=sys.stderr)
        return 1
    window.show()
    triggered = 0
    for page in range(len(PAGES)):
        for action in actions_of(window):
            window.nav_list.setCurrentRow(page)
            select_first_row(window, page)
            if action.isEnabled():
                action.trigger()
                app.processEvents()
                triggered += 1
    window.named_actions["quit"].trigger()
    app.processEvents()
    closer.timer.stop()
    print(
        f"triggered {triggered} actions on {len(PAGES)} pages; {len(closer.opened)} windows opened "
        f"({', '.join(sorted(set(closer.opened)))}); {len(errors)} uncaught exceptions; "
        f"window closed: {not window.isVisible()}"
    )
    for error in errors:
        print(error, file=sys.stderr)
    return 1 if errors or window.isVisible() else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
