"""The figures every view of the stockpile derives the same way."""

from __future__ import annotations


class StockFigures:
    """For anything with on_hand, retained, suspended and scheduled: a lot, a group of lots, a
    total. The dataclasses that inherit it hold the four fields; they are declared here for the type
    checker. Held = on hand + at destruction sites; on hand = retained + surplus; surplus =
    scheduled + suspended + unscheduled."""

    on_hand: int
    retained: int
    suspended: int
    scheduled: int
    at_destruction: int

    @property
    def held(self) -> int:
        """The state's: on hand at its own sites, and shipped to destruction sites and not yet
        destroyed (DOMAIN.md section 6, Greece)."""
        return self.on_hand + self.at_destruction

    @property
    def surplus(self) -> int:
        """Held and not retained for a permitted reason: it must be destroyed, suspended or not."""
        return self.on_hand - self.retained

    @property
    def unscheduled(self) -> int:
        """Surplus neither in an open destruction task nor suspended: what can be scheduled now."""
        return self.on_hand - self.retained - self.suspended - self.scheduled
