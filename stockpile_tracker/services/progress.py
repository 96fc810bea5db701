"""How a long task (an import, db check, a backup or restore, a report at national scale) tells how far it is, and
how the person waiting stops it: the task calls `progress(done, total, what)` as it goes; the window's
or the command line's progress raises `Cancelled` there once the user has cancelled, and the task
stops where it is, leaving no file half written and the record as it was."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import TypeVar

Progress = Callable[[int, int, str], None]  # (done, total, what is being done now); may raise Cancelled

Step = TypeVar("Step")


class Cancelled(Exception):
    """The user stopped a long task before it ended: nothing it was doing was kept, and the one who
    asked for it says so in its own words."""


def no_progress(_done: int, _total: int, _what: str) -> None:
    """A task run without anyone watching: it behaves as it always has."""


def through(progress: Progress, steps: Sequence[tuple[str, Step]]) -> Iterator[tuple[str, Step]]:
    """Each (what, step) of a task in turn, told before it starts (the user may cancel there), and the
    end told once the last is done."""
    for number, (what, step) in enumerate(steps):
        progress(number, len(steps), what)
        yield what, step
    progress(len(steps), len(steps), "done")


def counted(progress: Progress, items: Sequence[Step], what: str, every: int = 500) -> Iterator[Step]:
    """Each item in turn (an import's rows), told every `every` items as "`what` 1,500 of 100,000",
    and the end told once all are done."""
    for number, item in enumerate(items):
        if number % every == 0:
            progress(number, len(items), f"{what} {number + 1:,} of {len(items):,}")
        yield item
    progress(len(items), len(items), "done")


def halves(progress: Progress) -> tuple[Progress, Progress]:
    """A task's two halves as the user waits for them (an import's rows read, then checked; checked,
    then recorded), each told in thousandths of the whole so that it moves as its rows do."""
    return part(progress, 0, 500, 1000), part(progress, 500, 1000, 1000)


def part(progress: Progress, first: int, last: int, whole: int) -> Progress:
    """One phase of a longer task, told as its share of the whole (from `first` to `last` of
    `whole`), so that the whole task's progress only goes forward from phase to phase."""

    def told(done: int, total: int, what: str) -> None:
        progress(first + (last - first) * done // max(total, 1), whole, what)

    return told
