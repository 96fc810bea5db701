"""Errors nobody expected: written with their traceback to the log file, and shown in a dialog that
says what failed and where the log is. The window stays open: a bug never closes it silently. A
database that cannot be used now (locked, unreachable) is no bug: said in words, logged as a warning."""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from ..domain.errors import DatabaseError
from ..i18n import translate
from ..logs import start_logging

log = logging.getLogger(__name__)


class ErrorHandler:
    """sys.excepthook for the window: PySide6 hands it every exception a slot lets escape."""

    def __init__(self, window: QWidget | None, log_path: Path) -> None:
        self.window = window
        self.log_path = log_path
        self._showing = False

    def __call__(self, kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, value, tb)
            return
        if isinstance(value, DatabaseError):
            database_unavailable(self.window, value)
            return
        log.error("unexpected error", exc_info=(kind, value, tb))
        if self._showing or QApplication.instance() is None:  # an error while the dialog is up: logged only
            return
        where = traceback.extract_tb(tb)[-1] if tb is not None else None
        error = f"{kind.__name__}: {value}"
        said = (
            translate(
                "ErrorBox", "Something went wrong that the program did not expect: {error} (in {file}, line {line})."
            ).format(error=error, file=Path(where.filename).name, line=where.lineno)
            if where
            else translate("ErrorBox", "Something went wrong that the program did not expect: {error}.").format(
                error=error
            )
        )
        self._showing = True
        try:
            box = QMessageBox(
                QMessageBox.Icon.Critical,
                translate("ErrorBox", "Unexpected error"),
                said
                + "\n\n"
                + translate(
                    "ErrorBox",
                    "Each action is saved whole or not at all, so the record is consistent; look at the page's "
                    "figures before repeating what you were doing.\n\nThe details are in the log file:\n{log}",
                ).format(log=self.log_path),
                QMessageBox.StandardButton.Ok,
                self.window,
            )
            box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)  # the path can be copied
            box.exec()
        finally:
            self._showing = False


def database_unavailable(parent: QWidget | None, exc: DatabaseError) -> None:
    """Expected, not a bug: a lock held by another program, a server out of reach. Said in words,
    logged as a warning."""
    log.warning("the database could not be used: %s", exc)
    said = str(exc)
    QMessageBox.warning(
        parent,
        translate("ErrorBox", "Database not available"),
        translate(
            "ErrorBox",
            "{reason}.\n\nNothing was changed. Try again in a moment; if it persists, the database may be locked "
            "by another program, or its server out of reach.",
        ).format(reason=f"{said[:1].upper()}{said[1:]}"),
    )


def install_error_handler(window: QWidget | None) -> ErrorHandler:
    handler = ErrorHandler(window, start_logging())
    sys.excepthook = handler
    return handler
