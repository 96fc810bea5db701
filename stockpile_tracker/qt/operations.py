"""Slow work off the GUI thread through one helper: the work runs in the thread pool with its own
database session (the services open one per call), and the result comes back as a signal."""

from __future__ import annotations

import gc
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal


class _Signals(QObject):
    progress = Signal(int, int)
    finished = Signal(object)
    failed = Signal(Exception)


class Operation(QRunnable):
    """`work(progress)` runs in a worker thread; `progress(done, total)` may be called from it."""

    def __init__(self, work: Callable[[Callable[[int, int], None]], Any]) -> None:
        super().__init__()
        # Owned by the application, not by this runnable: the pool deletes the runnable in its thread
        # once `run` returns, which must not take the signals (and the result on its way) with it.
        self.signals = _Signals(QCoreApplication.instance())
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
    for reported in (operation.signals.finished, operation.signals.failed):
        reported.connect(operation.signals.deleteLater)  # on the GUI thread, after the result is handled
    if on_progress is not None:
        operation.signals.progress.connect(on_progress)
    QThreadPool.globalInstance().start(operation)
    return operation


def freeze_startup_objects() -> None:
    """Once, as the window starts: the objects made so far (the modules, Qt's and SQLAlchemy's
    classes and caches, some 75,000) live as long as the process, so Python's full garbage
    collections need not walk them again. A collection holds the GIL and stops every thread, the
    window's included, whichever thread's allocations started it: the background reads of the
    national stockpile start several, and with those objects each froze the window 80-110 ms,
    without them 10-40 ms. Garbage made later is collected as before."""
    gc.collect()  # nothing that is already garbage is frozen
    gc.freeze()


def wait_for_background() -> None:
    """Before a database is closed: let the work still using it finish. Bounded: a read waits for
    another program's lock at most BUSY_TIMEOUT_MS (db/engine.py), then fails and ends."""
    QThreadPool.globalInstance().waitForDone()


class LatestRead:
    """A page's reads, in the background: each `start` supersedes the reads before it, so a result
    (or a failure) that arrives after the user changed a filter or a write refreshed the page is
    dropped rather than overwriting newer rows. `loading` is true until the latest read is shown.
    Nothing arrives once `owner` (the page or form shown) is gone."""

    def __init__(self, owner: QObject) -> None:
        self.generation = 0
        self.loading = False
        owner.destroyed.connect(self._forget)

    def _forget(self) -> None:
        self.generation += 1

    def cancel(self) -> None:
        """Nothing more to show: what the reads under way bring is dropped."""
        self.generation += 1
        self.loading = False

    def start(
        self, read: Callable[[], Any], on_done: Callable[[Any], None], on_error: Callable[[Exception], None]
    ) -> None:
        self.generation += 1
        self.loading = True
        generation = self.generation

        def done(result: Any) -> None:
            if generation == self.generation:
                self.loading = False
                on_done(result)

        def failed(exc: Exception) -> None:
            if generation == self.generation:
                self.loading = False
                on_error(exc)

        run_in_background(lambda _progress: read(), on_done=done, on_error=failed)
