"""The stockpile table: filtered and sorted in the database, fetched a page at a time, so a
national stockpile opens as fast as a small one. Its totals, which must read every lot the filter
keeps, are the view's to read in the background."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QIcon

from ..services.dto.lots import LotRow, Totals
from ..services.queries import LotFilter, QueryService
from . import icons
from .table_model import NO_PARENT, RETAINED_TINT, Column, RecordTableModel

PAGE_SIZE = 200

LOT_COLUMNS = [
    Column("Lot no.", lambda r: r.lot_number, sort_key="lot_number"),
    Column("Type", lambda r: r.type_designation, sort_key="type"),
    Column("Cat", lambda r: r.category, sort_key="category", tooltip="AP anti-personnel, AV anti-vehicle"),
    Column(
        "SD/SDA",
        lambda r: r.sd_label,
        sort_key="sd_class",
        tooltip="self-destruct time, self-deactivation only, or persistent (neither)",
    ),
    Column("Site", lambda r: r.site_code, sort_key="site"),
    Column("Kept for", lambda r: r.kept_for, sort_key="retention"),
    Column("On hand", lambda r: r.on_hand, numeric=True, sort_key="on_hand"),
    Column("Retained", lambda r: r.retained, numeric=True, sort_key="retained"),
    Column("Surplus", lambda r: r.surplus, numeric=True, sort_key="surplus"),
    Column("Scheduled", lambda r: r.scheduled, numeric=True, sort_key="scheduled"),
    Column("Destroyed", lambda r: r.destroyed, numeric=True, sort_key="destroyed"),
    Column("Cond", lambda r: r.condition_code, sort_key="condition", tooltip="ammunition condition code"),
]
COL_KEPT_FOR = 5


def kept_for_icon(row: LotRow) -> QIcon | None:
    """A padlock for retained mines; the warning only while surplus waits for a task (a lot whose
    surplus is all scheduled needs nothing more), the plan's icon once it is all scheduled."""
    if row.retained:
        return icons.retained()
    if row.unscheduled > 0:
        return icons.surplus()
    if row.scheduled > 0:
        return icons.schedule()
    return None


class LotTableModel(RecordTableModel):
    def __init__(self, queries: QueryService, parent: QObject | None = None) -> None:
        super().__init__(LOT_COLUMNS, parent)
        self.queries = queries
        self.lot_filter = LotFilter()
        self.sort_key = "lot_number"
        self.descending = False
        # Of the filter shown, set by the view once read; None while they are counted or when they
        # could not be read, so that no figure of another filter stands beside these rows.
        self.totals: Totals | None = None
        self._exhausted = False
        self.row_tint = lambda row: RETAINED_TINT if row.retained else None
        self.row_icon = lambda row, column: kept_for_icon(row) if column == COL_KEPT_FOR else None

    def reload(self, lot_filter: LotFilter | None = None) -> None:
        """Run the query again (after a filter change or a write): its first page of rows."""
        if lot_filter is not None:
            self.lot_filter = lot_filter
        self.set_rows(self._page(0))

    def _page(self, offset: int) -> list[LotRow]:
        """A page of rows; a short page is the last one."""
        rows = self.queries.lots(
            self.lot_filter, sort=self.sort_key, descending=self.descending, offset=offset, limit=PAGE_SIZE
        )
        self._exhausted = len(rows) < PAGE_SIZE
        return rows

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = NO_PARENT) -> bool:
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = NO_PARENT) -> None:
        if parent.isValid():
            return
        start = self.rowCount()
        more = self._page(start)
        if not more:  # rows went away since the last page was read
            return
        self.beginInsertRows(QModelIndex(), start, start + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = self.columns[column].sort_key
        if key is None:
            return
        self.sort_key, self.descending = key, order == Qt.SortOrder.DescendingOrder
        self.set_rows(self._page(0))

    def index_of_lot(self, lot_id: int) -> int | None:
        for number, row in enumerate(self._rows):
            if row.id == lot_id:
                return number
        return None
