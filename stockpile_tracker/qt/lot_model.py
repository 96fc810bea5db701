"""The stockpile table: filtered and sorted in the database, fetched a page at a time, so a
national stockpile opens as fast as a small one. Every page is read in the background (a record
locked by another program must not freeze the window); the totals, which must read every lot the
filter keeps, are the view's to read in the background too."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QIcon

from ..i18n import QT_TRANSLATE_NOOP, Translator, language_in_use
from ..reports.labels import kept_for, self_destruction
from ..services.dto.lots import LotRow, Totals
from ..services.queries import LotFilter, QueryService
from . import icons
from .operations import LatestRead
from .table_model import NO_PARENT, RETAINED_TINT, Column, RecordTableModel

PAGE_SIZE = 200

LOT_COLUMNS = [
    Column(QT_TRANSLATE_NOOP("LotTableModel", "Lot no."), lambda r: r.lot_number, sort_key="lot_number"),
    Column(QT_TRANSLATE_NOOP("LotTableModel", "Type"), lambda r: r.type_designation, sort_key="type"),
    Column(
        QT_TRANSLATE_NOOP("LotTableModel", "Cat"),
        lambda r: r.category,
        sort_key="category",
        tooltip=QT_TRANSLATE_NOOP("LotTableModel", "AP anti-personnel, AV anti-vehicle"),
    ),
    Column(
        QT_TRANSLATE_NOOP("LotTableModel", "SD/SDA"),
        lambda r: self_destruction(r.self_destruct_hours, r.sd_class, language_in_use()),
        sort_key="sd_class",
        tooltip=QT_TRANSLATE_NOOP(
            "LotTableModel", "self-destruct time, self-deactivation only, or persistent (neither)"
        ),
    ),
    Column(QT_TRANSLATE_NOOP("LotTableModel", "Site"), lambda r: r.site_code, sort_key="site"),
    Column(
        QT_TRANSLATE_NOOP("LotTableModel", "Kept for"),
        lambda r: kept_for(r, True, Translator(language_in_use())),
        sort_key="retention",
        elide=True,
    ),  # by scope in the model (`covered`)
    Column(
        QT_TRANSLATE_NOOP("LotTableModel", "On hand"),
        lambda r: r.on_hand,
        numeric=True,
        sort_key="on_hand",
        tooltip=QT_TRANSLATE_NOOP("LotTableModel", "items, as the ledger counts them"),
    ),
    Column(
        QT_TRANSLATE_NOOP("LotTableModel", "Mines"),
        lambda r: r.mines_on_hand,
        numeric=True,
        sort_key="mines",
        tooltip=QT_TRANSLATE_NOOP("LotTableModel", "mines on hand: items x mines per item"),
    ),
    Column(QT_TRANSLATE_NOOP("LotTableModel", "Retained"), lambda r: r.retained, numeric=True, sort_key="retained"),
    Column(QT_TRANSLATE_NOOP("LotTableModel", "Surplus"), lambda r: r.surplus, numeric=True, sort_key="surplus"),
    Column(QT_TRANSLATE_NOOP("LotTableModel", "Scheduled"), lambda r: r.scheduled, numeric=True, sort_key="scheduled"),
    Column(
        QT_TRANSLATE_NOOP("LotTableModel", "Suspended"),
        lambda r: r.suspended,
        numeric=True,
        sort_key="suspended",
        tooltip=QT_TRANSLATE_NOOP(
            "LotTableModel", "surplus held back from destruction: legal hold, investigation or safety"
        ),
    ),
    Column(
        QT_TRANSLATE_NOOP("LotTableModel", "Awaiting"),
        lambda r: r.at_destruction,
        numeric=True,
        sort_key="at_destruction",
        tooltip=QT_TRANSLATE_NOOP(
            "LotTableModel",
            "awaiting destruction at destruction sites: shipped for an open task, not yet reported destroyed, "
            "still held",
        ),
    ),
    Column(
        QT_TRANSLATE_NOOP("LotTableModel", "Cond"),
        lambda r: r.condition_code,
        sort_key="condition",
        tooltip=QT_TRANSLATE_NOOP("LotTableModel", "ammunition condition code"),
    ),
]
COL_KEPT_FOR = 5


def kept_for_icon(row: LotRow, covered: bool) -> QIcon | None:
    """A padlock for retained mines; the warning only while surplus the profile governs waits for a
    task (a lot whose surplus is all scheduled needs nothing more; stock it does not govern is no
    surplus to destroy), the plan's icon once it is all scheduled."""
    if row.retained:
        return icons.retained()
    if row.unscheduled > 0 and covered:
        return icons.surplus()
    if row.scheduled > 0:
        return icons.schedule()
    return None


class LotTableModel(RecordTableModel):
    first_page_shown = Signal()  # after the table's own reset, so a selection made then stays
    read_failed = Signal(Exception)  # a page could not be read: the rows are cleared

    def __init__(self, queries: QueryService, parent: QObject | None = None) -> None:
        super().__init__(LOT_COLUMNS, parent, context="LotTableModel")
        self.queries = queries
        self.lot_filter = LotFilter()
        self.sort_key = "lot_number"
        self.descending = False
        # Of the filter shown, set by the view once read; None while they are counted or when they
        # could not be read, so that no figure of another filter stands beside these rows.
        self.totals: Totals | None = None
        self._exhausted = False
        self.pages = LatestRead(self)
        self.row_tint = lambda row: RETAINED_TINT if row.retained else None
        # The types the active profile governs, read with the totals; until then every lot counts as
        # governed (its surplus is shown as surplus, as it was before the profile said otherwise).
        self.covered: frozenset[str] | None = None
        self.columns[COL_KEPT_FOR] = replace(
            LOT_COLUMNS[COL_KEPT_FOR], value=lambda r: kept_for(r, self.covers(r), Translator(language_in_use()))
        )
        self.row_icon = lambda row, column: kept_for_icon(row, self.covers(row)) if column == COL_KEPT_FOR else None

    def covers(self, row: LotRow) -> bool:
        return self.covered is None or row.type_designation in self.covered

    def set_covered(self, covered: frozenset[str]) -> None:
        if covered != self.covered:
            self.covered = covered
            if self.rowCount():
                last = self.index(self.rowCount() - 1, COL_KEPT_FOR)
                self.dataChanged.emit(self.index(0, COL_KEPT_FOR), last)

    @property
    def loading(self) -> bool:
        return self.pages.loading

    def reload(self, lot_filter: LotFilter | None = None) -> None:
        """Run the query again (after a filter change, a sort or a write): its first page of rows,
        shown when read; a newer reload supersedes it, and the pages still being read."""
        if lot_filter is not None:
            self.lot_filter = lot_filter
        self._read_page(0)

    def _read_page(self, offset: int) -> None:
        queries, shown, sort, descending = self.queries, self.lot_filter, self.sort_key, self.descending
        self.pages.start(
            lambda: queries.lots(shown, sort=sort, descending=descending, offset=offset, limit=PAGE_SIZE),
            self._show_first_page if offset == 0 else self._add_page,
            self._first_page_failed if offset == 0 else self._next_page_failed,
        )

    def _show_first_page(self, rows: list[LotRow]) -> None:
        self._exhausted = len(rows) < PAGE_SIZE  # a short page is the last one
        self.set_rows(rows)
        self.first_page_shown.emit()

    def _add_page(self, rows: list[LotRow]) -> None:
        self._exhausted = len(rows) < PAGE_SIZE
        if rows:  # none: rows went away since the last page was read
            start = self.rowCount()
            self.beginInsertRows(QModelIndex(), start, start + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()

    def _first_page_failed(self, exc: Exception) -> None:
        """No rows rather than another filter's: the page says why (read_failed)."""
        self._exhausted = True
        self.set_rows([])
        self.first_page_shown.emit()
        self.read_failed.emit(exc)

    def _next_page_failed(self, exc: Exception) -> None:
        """The rows read so far stay (they are this filter's); no more are fetched until a reload."""
        self._exhausted = True
        self.read_failed.emit(exc)

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = NO_PARENT) -> bool:
        return not parent.isValid() and not self._exhausted and not self.loading

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = NO_PARENT) -> None:
        """The next page, as the table scrolls to it, from the background like the first."""
        if self.canFetchMore(parent):
            self._read_page(self.rowCount())

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = self.columns[column].sort_key
        if key is None:
            return
        self.sort_key, self.descending = key, order == Qt.SortOrder.DescendingOrder
        self.reload()

    def index_of_lot(self, lot_id: int) -> int | None:
        for number, row in enumerate(self._rows):
            if row.id == lot_id:
                return number
        return None
