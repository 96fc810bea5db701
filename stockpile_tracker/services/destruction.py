"""Destruction, one service for the window, the command line and the import: the plan (programmes,
tasks, shipments; destruction_plan.py), the log (events and their certificates; destruction_log.py)
and the unaccounted losses of tasks closed short (losses.py)."""

from __future__ import annotations

from .destruction_plan import DestructionPlan
from .losses import UnaccountedLosses


class DestructionService(DestructionPlan, UnaccountedLosses):
    """Everything about destruction, reached as `Stockpile.destruction`."""
