"""The window's one way to run a long task (db check, a backup or restore, a report or its PDF at
national scale): a window-modal progress dialog with Cancel, shown once the task has taken longer
than SHOWN_AFTER_MS. The task runs here, in the window's thread (the PDF's painting must), and is
told how far it is through services/progress.py; Cancel makes its next step raise Cancelled,
which the task leaves nothing half done on."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

from ..services.progress import Cancelled, Progress

SHOWN_AFTER_MS = 500  # a task quicker than this shows no dialog at all
Result = TypeVar("Result")


def with_progress(parent: QWidget, title: str, work: Callable[[Progress], Result]) -> Result:
    """`work(progress)`'s result; Cancelled once the user pressed Cancel (the caller says so in
    the status bar), or what `work` raised."""
    dialog = QProgressDialog(title, "Cancel", 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(SHOWN_AFTER_MS)
    dialog.setAutoReset(False)  # the last step's value is not taken for the end: `work` says when it ends
    dialog.setAutoClose(False)

    def progress(done: int, total: int, what: str) -> None:
        dialog.setLabelText(what[:1].upper() + what[1:])
        dialog.setMaximum(max(total, 1))
        dialog.setValue(min(done, max(total, 1)))  # once the dialog shows, this takes its clicks too
        # The window repaints and the dialog's timers run; a click reaches the window only through
        # the dialog, once it shows (window-modal), so no other action starts under this one.
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
        if dialog.wasCanceled() and done < total:  # the end told is never cancelled: the task is whole
            raise Cancelled

    try:
        return work(progress)
    finally:
        dialog.close()
        dialog.deleteLater()
