"""The unaccounted-loss table the status report, the Article 7 report and the lot history print
(DOMAIN.md rule 6): each loss with how much of it is still unaccounted for and how the rest was
resolved, from `DestructionService.losses` as of the report's day."""

from __future__ import annotations

from ..domain.enums import Resolution
from ..i18n import ENGLISH, QT_TRANSLATE_NOOP, Translator
from ..services.dto.destruction import LossInfo
from .document import Table, Whole, table_from

COLUMNS = (
    QT_TRANSLATE_NOOP("LossesTable", "Task"),
    QT_TRANSLATE_NOOP("LossesTable", "Lot"),
    QT_TRANSLATE_NOOP("LossesTable", "Type"),
    QT_TRANSLATE_NOOP("LossesTable", "Shipped"),
    QT_TRANSLATE_NOOP("LossesTable", "Closed short"),
    QT_TRANSLATE_NOOP("LossesTable", "Not destroyed or not certified"),
    QT_TRANSLATE_NOOP("LossesTable", "Found and returned"),
    QT_TRANSLATE_NOOP("LossesTable", "Destroyed later"),
    QT_TRANSLATE_NOOP("LossesTable", "Written off"),
    QT_TRANSLATE_NOOP("LossesTable", "Unaccounted for"),
    QT_TRANSLATE_NOOP("LossesTable", "Explanation"),
)


def losses_table(title: str, losses: list[LossInfo], note: str | None = None, language: str = ENGLISH) -> Table:
    """Callers give the losses of one scope: a total never mixes what the profile governs with the rest."""
    tr = Translator(language)
    to = tr.translate("LossesTable", " to ")  # "2026-05-02 to 2026-05-09": the days a task shipped them
    rows = [
        (
            loss.task_reference,
            loss.lot_number,
            Whole(loss.type_designation),
            to.join(sorted({day.isoformat() for day in loss.shipped})),  # LossInfo.shipped_days
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
    return table_from(title, [tr.translate("LossesTable", column) for column in COLUMNS], rows, note=note)
