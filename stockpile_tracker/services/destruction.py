"""Destruction, one service for the window, the command line and the import: the plan (programmes,
tasks, shipments; destruction_plan.py) and the log (events and their certificates; destruction_log.py)."""

from __future__ import annotations

from .destruction_log import DestructionLog
from .destruction_plan import DestructionPlan


class DestructionService(DestructionPlan, DestructionLog):
    """Everything about destruction, reached as `Stockpile.destruction`."""
