"""The unaccounted-loss table the status report, the Article 7 report and the lot history print
(DOMAIN.md rule 6): each loss with how much of it is still unaccounted for and how the rest was
resolved, from `DestructionService.losses` as of the report's day."""

from __future__ import annotations

from ..domain.enums import Resolution
from ..services.dto.destruction import LossInfo
from .document import Table, table_from

COLUMNS = (
    "Task",
    "Lot",
    "Type",
    "Shipped",
    "Closed short",
    "Not destroyed or not certified",
    "Found and returned",
    "Destroyed later",
    "Written off",
    "Unaccounted for",
    "Explanation",
)


def losses_table(title: str, losses: list[LossInfo], note: str | None = None) -> Table:
    """Callers give the losses of one scope: a total never mixes what the profile governs with the rest."""
    rows = [
        (
            loss.task_reference,
            loss.lot_number,
            loss.type_designation,
            loss.shipped_days,
            loss.occurred_on,
            loss.quantity,
            loss.resolved(Resolution.FOUND_RETURNED.value),
            loss.resolved(Resolution.DESTROYED.value),
            loss.resolved(Resolution.WRITTEN_OFF.value),
            loss.unaccounted,
            loss.explanation,
        )
        for loss in losses
    ]
    return table_from(title, COLUMNS, rows, note=note)
