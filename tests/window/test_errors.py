"""Errors nobody expected: logged with their traceback, shown in a dialog naming the log, and the
window stays open."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from stockpile_tracker.logs import log_file
from stockpile_tracker.qt.errors import ErrorHandler, install_error_handler

from ..helpers import when_modal


def test_an_unexpected_error_is_logged_and_shown_and_the_window_stays(qtbot, monkeypatch):
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    handler = install_error_handler(window)
    assert sys.excepthook is handler and handler.log_path == log_file()
    shown = when_modal(qtbot, lambda box: box.accept(), QMessageBox)

    def broken_slot():
        raise ZeroDivisionError("a bug in a slot")

    try:
        broken_slot()
    except ZeroDivisionError:
        handler(*sys.exc_info())
    assert "ZeroDivisionError: a bug in a slot" in shown["text"]
    assert "test_errors.py, line" in shown["text"]
    assert str(log_file()) in shown["text"]
    logged = log_file().read_text(encoding="utf-8")
    assert "unexpected error" in logged and "Traceback" in logged and 'raise ZeroDivisionError("a bug' in logged
    assert window.isVisible()


def test_an_error_while_the_dialog_is_up_is_logged_without_a_second_dialog(qtbot, tmp_path):
    handler = ErrorHandler(None, tmp_path / "x.log")
    during = []

    def second_error_then_close(box):
        handler(RuntimeError, RuntimeError("second"), None)  # returns at once: no dialog over the dialog
        during.append(QApplication.activeModalWidget() is box)
        box.accept()

    when_modal(qtbot, second_error_then_close, QMessageBox)
    handler(RuntimeError, RuntimeError("first"), None)
    assert during == [True]
