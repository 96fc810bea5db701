"""The two figures every view of the stockpile derives the same way."""

from __future__ import annotations


class StockFigures:
    """For anything with on_hand, retained and scheduled: a lot, a group of lots, a total. The
    dataclasses that inherit it hold the three fields; they are declared here for the type checker."""

    on_hand: int
    retained: int
    scheduled: int

    @property
    def surplus(self) -> int:
        """Held and not retained for a permitted reason: it must be destroyed."""
        return self.on_hand - self.retained

    @property
    def unscheduled(self) -> int:
        """Surplus not yet in an open destruction task."""
        return self.on_hand - self.retained - self.scheduled
