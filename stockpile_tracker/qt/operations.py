"""Slow work off the GUI thread through one helper: the work runs in the thread pool with its own
database session (the services open one per call), and the result comes back as a signal."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Signals(QObject):
    progress = Signal(int, int)
    finished = Signal(object)
    failed = Signal(Exception)


class Operation(QRunnable):
    """`work(progress)` runs in a worker thread; `progress(done, total)` may be called from it."""

    def __init__(self, work: Callable[[Callable[[int, int], None]], Any]) -> None:
        super().__init__()
        self.signals = _Signals()
        self._work = work

    def run(self) -> None:
        try:
            result = self._work(self.signals.progress.emit)
        except Exception as exc:  # reported to the GUI thread, shown there
            self.signals.failed.emit(exc)
        else:
            self.signals.finished.emit(result)


def run_in_background(
    work: Callable[[Callable[[int, int], None]], Any],
    *,
    on_done: Callable[[Any], None],
    on_error: Callable[[Exception], None],
    on_progress: Callable[[int, int], None] | None = None,
) -> Operation:
    operation = Operation(work)
    operation.signals.finished.connect(on_done)
    operation.signals.failed.connect(on_error)
    if on_progress is not None:
        operation.signals.progress.connect(on_progress)
    QThreadPool.globalInstance().start(operation)
    return operation


def wait_for_background() -> None:
    """Before a database is closed: let the work still using it finish."""
    QThreadPool.globalInstance().waitForDone()
