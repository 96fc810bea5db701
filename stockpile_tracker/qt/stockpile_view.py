"""The Stockpile screen: retained vs surplus first, the other filters after, the table of lots
(filtered and sorted in the database) and the selected lot's ledger, retention and destruction."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..domain.enums import DestructionMethod, LotStatus, MovementKind, RetentionCategory, RetentionFilter, SdClass
from ..domain.errors import NotFound
from ..services import Changes, LotFilter, Stockpile
from ..services.dto.destruction import EventInfo, LossInfo, TaskInfo
from ..services.dto.lots import LedgerEntry, LotRow, RetentionInfo, ScopeTotals, SuspensionInfo
from .lot_model import LotTableModel
from .operations import LatestRead
from .table_model import ROW_ROLE, Column, RecordTableModel
from .widgets import (
    FILTER_DELAY_MS,
    ChoiceCombo,
    ElidedLabel,
    FitColumns,
    ReadNote,
    labelled,
    numeric_font,
    record_table,
)

STATUS_CHOICES = [("Any status", None)] + [(s.label.capitalize(), s.value) for s in LotStatus]
SD_CHOICES = [
    ("SD/SDA: all", None),
    ("Self-destructing (SD)", SdClass.SD.value),
    ("Self-deactivating only (SDA)", SdClass.SDA.value),
    ("Persistent", SdClass.PERSISTENT.value),
]

LEDGER_COLUMNS = [
    Column("Entry", lambda e: e.id, numeric=True),
    Column("Date", lambda e: e.occurred_on),
    Column("Kind", lambda e: MovementKind(e.kind).label),
    Column("Site", lambda e: e.held_at),
    Column("Quantity", lambda e: f"{e.quantity:+,}", numeric=True),
    Column("Held after", lambda e: e.balance_after, numeric=True),
    Column("Reference", lambda e: e.document_ref),
    Column(
        "Reason / note",
        lambda e: (e.reason or "") + (f" (reversed by entry {e.reversed_by_id})" if e.reversed_by_id else ""),
        elide=True,
    ),
    Column("Recorded by", lambda e: e.recorded_by),
]
RETENTION_COLUMNS = [
    Column("Valid from", lambda d: d.valid_from),
    Column("Retained", lambda d: d.quantity, numeric=True),
    Column("Kept for", lambda d: d.category or "released (surplus)"),
    Column("Institution", lambda d: d.institution),
    Column("Authority", lambda d: d.authority_ref),
    Column("Reason", lambda d: d.reason, elide=True),
    Column("Decided by", lambda d: d.decided_by),
]
SUSPENSION_COLUMNS = [
    Column("From", lambda s: s.suspended_from),
    Column("Suspended", lambda s: s.quantity, numeric=True),
    Column("Where", lambda s: s.held_at),
    Column("Kind", lambda s: s.kind_label),
    Column("Reference", lambda s: s.reference),
    Column("Reason", lambda s: s.reason, elide=True),
    Column("By", lambda s: s.suspended_by),
    Column("Lifted", lambda s: f"{s.lifted_on}, {s.lifted_by}: {s.lift_reason}" if s.lifted_on else "in force"),
]


@dataclass(frozen=True)
class LotFile:
    """What the detail pane shows of one lot, read together in the background."""

    row: LotRow
    ledger: list[LedgerEntry]
    retention: list[RetentionInfo]
    suspensions: list[SuspensionInfo]
    tasks: list[TaskInfo]
    events: list[EventInfo]
    losses: list[LossInfo]
    held_at: str | None  # where its mines are, in words, when at more than one site

    @property
    def unaccounted(self) -> int:
        """Shipped by its tasks closed short and not yet resolved (rule 6)."""
        return sum(loss.unaccounted for loss in self.losses)


def _held_there(lot: LotFile) -> str:
    """Of the mines at destruction sites, those a suspension holds there, in words."""
    held = sum(s.quantity for s in lot.suspensions if s.in_force and s.for_destruction)
    return f" ({held:,} suspended there)" if held else ""


def read_lot_file(sp: Stockpile, lot_id: int) -> LotFile:
    row = sp.queries.lot(lot_id)
    return LotFile(
        row,
        sp.queries.ledger(lot_id),
        sp.queries.retention_history(lot_id),
        sp.suspensions.of_lot(lot_id),
        sp.destruction.tasks(lot_id=lot_id),
        sp.destruction.events(lot_id=lot_id),
        sp.destruction.losses(lot_id=lot_id),
        sp.queries.held_at(lot_id) if row.elsewhere else None,
    )


class LotDetail(QWidget):
    """The selected lot: its ledger with balances, retention decisions, suspensions, tasks and events."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title_label = ElidedLabel("Select a lot to see its ledger.")  # never widens the window
        self.title_label.setObjectName("detail_title")
        self.shown_id: int | None = None  # the lot whose figures are shown
        bold = self.title_label.font()
        bold.setBold(True)
        self.title_label.setFont(bold)
        self.ledger_model = RecordTableModel(LEDGER_COLUMNS, self)
        self.retention_model = RecordTableModel(RETENTION_COLUMNS, self)
        self.suspensions_model = RecordTableModel(SUSPENSION_COLUMNS, self)
        self.tasks_model = RecordTableModel(
            [
                Column("Task", lambda t: t.reference),
                Column("Planned on", lambda t: t.planned_on),
                Column("Site", lambda t: t.site_code),
                Column("Method", lambda t: DestructionMethod(t.method).label),
                Column("Planned", lambda t: t.planned, numeric=True),
                Column("Destroyed", lambda t: t.destroyed, numeric=True),
                Column("Status", lambda t: t.status),
            ],
            self,
        )
        self.events_model = RecordTableModel(
            [
                Column("Date", lambda e: e.occurred_on),
                Column("Certificate", lambda e: e.certificate_number),
                Column("Site", lambda e: e.site_code),
                Column("Method", lambda e: DestructionMethod(e.method).label),
                Column("Quantity", lambda e: e.quantity, numeric=True),
                Column("Officer", lambda e: e.officer),
                Column("Witness", lambda e: e.witness),
                Column("Verified", lambda e: f"{e.verified_by}, {e.verified_on}" if e.verified_by else "not verified"),
            ],
            self,
        )
        self.ledger_table = record_table(self.ledger_model, "Ledger of the lot")
        FitColumns(self.ledger_table)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName("The lot's records")
        self.tabs.addTab(self.ledger_table, "Ledger")
        self.tabs.addTab(record_table(self.retention_model, "Retention decisions of the lot"), "Retention")
        self.tabs.addTab(record_table(self.suspensions_model, "Suspensions of the lot"), "Suspensions")
        self.tabs.addTab(record_table(self.tasks_model, "Tasks of the lot"), "Tasks")
        self.tabs.addTab(record_table(self.events_model, "Destruction events of the lot"), "Destruction events")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.title_label)
        layout.addWidget(self.tabs)

    def show_reading(self) -> None:
        """Another lot chosen, still being read: none of the last one's figures meanwhile."""
        self.show_lot(None)
        self.title_label.setText("Reading the lot...")

    def show_lot(self, lot: LotFile | None) -> None:
        """The lot as read (`read_lot_file`), or nothing chosen."""
        self.shown_id = lot.row.id if lot is not None else None
        if lot is None:
            self.title_label.setText("Select a lot to see its ledger.")
            models = (self.ledger_model, self.retention_model, self.suspensions_model, self.tasks_model)
            for model in (*models, self.events_model):
                model.set_rows([])
            return
        row = lot.row
        kept = f" ({RetentionCategory(row.retention_category).label})" if row.retention_category else ""
        self.title_label.setText(  # what a reader must not miss first: an unaccounted loss
            f"Lot {row.lot_number} - {row.type_designation}, {row.site_code} ({row.site_country}), {row.sd_label}"
            + (f" - UNACCOUNTED FOR {lot.unaccounted:,}" if lot.unaccounted else "")
            + f" - on hand {row.on_hand:,}, retained {row.retained:,}{kept}, surplus {row.surplus:,}, "
            f"scheduled {row.scheduled:,}, suspended {row.suspended:,}, "
            + (f"at destruction sites {row.at_destruction:,}{_held_there(lot)}, " if row.at_destruction else "")
            + f"destroyed {row.destroyed:,}"
            + (f" - held at {lot.held_at}" if lot.held_at else "")
            + ("" if row.mines_per_item == 1 else f" - {row.contents} per item: {row.mines_on_hand:,} mines on hand")
        )
        self.ledger_model.set_rows(lot.ledger)
        self.retention_model.set_rows(lot.retention)
        self.suspensions_model.set_rows(lot.suspensions)
        self.tasks_model.set_rows(lot.tasks)
        self.events_model.set_rows(lot.events)
        self.ledger_table.resizeColumnsToContents()

    def show_failure(self, exc: Exception) -> None:
        """The chosen lot could not be read (a lock held by another program, a lost connection):
        no figure of it rather than old ones."""
        self.show_lot(None)
        self.title_label.setText(f"The lot could not be read: {exc}")

    def selected_entry(self) -> LedgerEntry | None:
        rows = self.ledger_table.selectionModel().selectedRows()
        return self.ledger_model.row(rows[0].row()) if rows else None


class StockpileView(QWidget):
    totals_changed = Signal(object)  # ScopeTotals of what the filter shows; None while they are counted
    lot_changed = Signal(object)  # the current LotRow, or None
    shows = (
        Changes.LOTS | Changes.TASKS | Changes.EVENTS | Changes.CATALOGUE_CORRECTED
    )  # the lot's tasks and events too

    def __init__(self, sp: Stockpile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sp = sp
        self.kept_group = QButtonGroup(self)
        kept_row = QHBoxLayout()
        kept_row.setSpacing(0)
        self.kept_buttons: dict[RetentionFilter, QPushButton] = {}
        for kept, text in (
            (RetentionFilter.ALL, "All"),
            (RetentionFilter.RETAINED, "Retained"),
            (RetentionFilter.SURPLUS, "Surplus"),
        ):
            button = QPushButton(text)
            button.setCheckable(True)
            button.setObjectName(f"kept_{kept.value}_button")
            self.kept_group.addButton(button)
            self.kept_buttons[kept] = button
            kept_row.addWidget(button)
        self.kept_buttons[RetentionFilter.ALL].setChecked(True)
        self.type_combo = ChoiceCombo()
        self.category_combo = ChoiceCombo([("AP and AV", None), ("AP", "AP"), ("AV", "AV")])
        self.sd_combo = ChoiceCombo(SD_CHOICES)
        self.sd_combo.setAccessibleName("SD, SDA or persistent")
        self.site_combo = ChoiceCombo()
        self.status_combo = ChoiceCombo(STATUS_CHOICES)
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText("Search lot number or notes...")
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setAccessibleName("Search lot number or notes")
        self.clear_button = QPushButton("Clear filters")
        self.reload_choices()

        first = QHBoxLayout()
        first.addLayout(kept_row)
        first.addSpacing(12)
        for label, widget in (
            ("Type", self.type_combo),
            ("Category", self.category_combo),
            (None, self.sd_combo),
            ("Site", self.site_combo),
        ):
            if label:
                first.addWidget(labelled(label, widget))
            first.addWidget(widget)
        first.addStretch()
        second = QHBoxLayout()
        second.addWidget(labelled("Status", self.status_combo))
        second.addWidget(self.status_combo)
        second.addWidget(self.search_edit, 1)
        second.addWidget(self.clear_button)

        self.model = LotTableModel(sp.queries, self)
        self.model.first_page_shown.connect(self._rows_shown)
        self.model.read_failed.connect(self._rows_failed)
        self.totals_read = LatestRead(self)
        self.detail_read = LatestRead(self)
        self.note = ReadNote("stockpile")
        self._sized = False
        self._current_id: int | None = None
        self._read_lot: LotRow | None = None  # the chosen lot as the detail pane last read it
        self._shipped_held = False  # it has a suspension in force on mines shipped for destruction
        self._reveal = False  # scroll to the current lot once its row is shown (select_lot)
        self.scope_totals: ScopeTotals | None = None  # of the filter shown, once read
        self._kept_ids: set[int] = set()  # the lots selected when the rows were read again
        self.table = record_table(self.model, "Lots")
        self.table.setFont(numeric_font())
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.table.horizontalHeader().setStretchLastSection(False)
        # Fourteen columns with items, mines and suspended: "Kept for" gives up width first on a narrow screen.
        self.fit_columns = FitColumns(self.table)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.detail = LotDetail()
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)

        layout = QVBoxLayout(self)
        layout.addLayout(first)
        layout.addLayout(second)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.note)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(FILTER_DELAY_MS)
        self._timer.timeout.connect(self.apply_filter)
        self.kept_group.buttonClicked.connect(self.apply_filter)
        for combo in (self.type_combo, self.category_combo, self.sd_combo, self.site_combo, self.status_combo):
            combo.currentIndexChanged.connect(self.apply_filter)
        self.search_edit.textChanged.connect(self._timer.start)
        self.clear_button.clicked.connect(self.clear_filters)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_changed)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)

    # -- filter --------------------------------------------------------------------------------

    def reload_choices(self) -> None:
        """Types and sites come from the catalogue, which can change."""
        self.type_combo.set_choices(
            [("All types", None)] + [(t.designation, t.designation) for t in self.sp.catalogue.types()]
        )
        self.site_combo.set_choices([("All sites", None)] + [(s.code, s.code) for s in self.sp.catalogue.sites()])

    def current_filter(self) -> LotFilter:
        kept = next(k for k, button in self.kept_buttons.items() if button.isChecked())
        return LotFilter(
            retention=kept,
            type=self.type_combo.value,
            category=self.category_combo.value,
            sd_class=self.sd_combo.value,
            site=self.site_combo.value,
            status=self.status_combo.value,
            text=self.search_edit.text() or None,
        )

    def set_filter(self, lot_filter: LotFilter) -> None:
        widgets = (
            self.type_combo,
            self.category_combo,
            self.sd_combo,
            self.site_combo,
            self.status_combo,
            self.search_edit,
        )
        for widget in widgets:
            widget.blockSignals(True)
        self.kept_buttons[lot_filter.retention].setChecked(True)
        for combo, value in (
            (self.type_combo, lot_filter.type),
            (self.category_combo, lot_filter.category),
            (self.sd_combo, lot_filter.sd_class.value if lot_filter.sd_class else None),
            (self.site_combo, lot_filter.site),
            (self.status_combo, lot_filter.status.value if lot_filter.status else None),
        ):
            combo.setCurrentIndex(max(combo.findData(value), 0))
        self.search_edit.setText(lot_filter.text or "")
        for widget in widgets:
            widget.blockSignals(False)
        self.apply_filter()

    def clear_filters(self) -> None:
        self.set_filter(LotFilter())

    @property
    def loading(self) -> bool:
        return self.model.loading or self.totals_read.loading or self.detail_read.loading

    def apply_filter(self) -> None:
        """The first rows and the totals (which read every lot the filter keeps), both from the
        background; no figure of the last filter stands beside the new rows meanwhile."""
        self._timer.stop()
        lot_filter = self.current_filter()
        self._kept_ids = {lot.id for lot in self._selected_rows()} or self._kept_ids
        self.model.reload(lot_filter)
        queries = self.sp.queries
        catalogue = self.sp.catalogue
        self.totals_read.start(
            lambda: (queries.totals_by_scope(lot_filter), catalogue.covered_types()),
            self._show_totals,
            self._totals_failed,
        )
        self.model.totals = self.scope_totals = None
        self.totals_changed.emit(None)
        self._show_current()

    def _rows_shown(self) -> None:
        if not self._sized and self.model.rowCount():
            self.fit_columns.measure()  # within the width: Kept for gives up room first, elided
            self._sized = True
        self._reselect()
        if self._reveal and (row := self.model.index_of_lot(self._current_id or 0)) is not None:
            self.table.scrollTo(self.model.index(row, 0))
        self._reveal = False

    def _show_totals(self, read: tuple[ScopeTotals, frozenset[str]]) -> None:
        """The totals in and out of the active profile's scope (a surplus figure never mixes the
        two, as on the dashboard and in the reports), and which types it governs, for the rows."""
        split, covered = read
        self.note.done()
        self.model.totals, self.scope_totals = split.items, split  # the rows' unit: items
        self.model.set_covered(covered)
        self.totals_changed.emit(split)

    def _rows_failed(self, exc: Exception) -> None:
        """The page says why; with no rows shown, no totals beside them either."""
        self.note.failed(exc)
        if not self.model.rowCount():
            self.totals_read.cancel()
            self.model.totals = self.scope_totals = None
            self.totals_changed.emit(None)

    def _totals_failed(self, exc: Exception) -> None:
        self.note.failed(exc)
        self.totals_changed.emit(None)

    def refresh(self) -> None:
        """After a write: same filter, fresh numbers, the same lot in the detail pane."""
        self.apply_filter()

    # -- selection -----------------------------------------------------------------------------
    # The current lot is kept by id, not by table row: a reload, a sort or a lot beyond the rows
    # fetched so far must not lose it.

    def select_lot(self, lot_id: int) -> None:
        """Show this lot in the detail pane, and its row highlighted and scrolled to, now or once
        the rows being read are shown."""
        self._current_id = lot_id
        self._reveal = True
        if not self.model.loading:
            self._rows_shown()
        self._show_current()

    def _reselect(self) -> None:
        """The lots selected before the rows were read again, those among them still shown, and the
        current lot's row current; without a signal (the lot in the detail pane stays)."""
        selection = self.table.selectionModel()
        selection.blockSignals(True)
        selection.clearSelection()
        rows = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        for lot_id in self._kept_ids | ({self._current_id} if self._current_id is not None else set()):
            row = self.model.index_of_lot(lot_id)
            if row is not None:
                selection.select(self.model.index(row, 0), rows)
        current = self.model.index_of_lot(self._current_id) if self._current_id is not None else None
        if current is not None:
            selection.setCurrentIndex(self.model.index(current, 0), QItemSelectionModel.SelectionFlag.NoUpdate)
        selection.blockSignals(False)
        self._kept_ids = set()
        self.table.viewport().update()

    def _on_current_changed(self, index, _previous=None) -> None:
        lot = self.model.data(index, ROW_ROLE) if index.isValid() else None
        if lot is not None and lot.id != self._current_id:
            self._current_id = lot.id
            self._show_current()

    def _on_selection_changed(self) -> None:
        """Taking the last row out of the selection (Ctrl+click) leaves no lot chosen; selecting
        the current row again chooses it. A reload's reselection sends no signal: it keeps the lot."""
        selection = self.table.selectionModel()
        index = selection.currentIndex()
        if not selection.hasSelection() and self._current_id is not None:
            self._current_id = None
            self._show_current()
        elif index.isValid() and selection.isRowSelected(index.row()):
            self._on_current_changed(index)

    @property
    def lot_chosen(self) -> bool:
        """A lot is in the detail pane, for the actions on it (without reading it again)."""
        return self._current_id is not None

    @property
    def lot_suspended(self) -> bool:
        """The chosen lot has a suspension in force, as its row shows it (or, beyond the rows
        fetched, as the detail pane read it): Lift suspension needs one."""
        row = self.model.index_of_lot(self._current_id) if self._current_id is not None else None
        lot = self.model.row(row) if row is not None else self._read_lot
        if lot is None or lot.id != self._current_id:
            return False
        # one on mines shipped for destruction is not in its row's suspended (on hand) figure
        return lot.suspended > 0 or (self._read_lot is not None and self._read_lot.id == lot.id and self._shipped_held)

    def _show_current(self) -> None:
        """The chosen lot in the detail pane, read from the background."""
        lot_id = self._current_id
        if lot_id is None:
            self.detail_read.cancel()
            self.detail.show_lot(None)
            self.lot_changed.emit(None)
            return
        sp = self.sp
        if self.detail.shown_id != lot_id:
            self.detail.show_reading()
        self.detail_read.start(lambda: read_lot_file(sp, lot_id), self._show_lot_file, self._lot_file_failed)

    def _show_lot_file(self, lot: LotFile) -> None:
        self._read_lot = lot.row
        self._shipped_held = any(s.in_force and s.for_destruction for s in lot.suspensions)
        self.detail.show_lot(lot)
        self.lot_changed.emit(lot.row)

    def _lot_file_failed(self, exc: Exception) -> None:
        if isinstance(exc, NotFound):  # removed by another user since it was chosen
            self._current_id = None
            self.detail.show_lot(None)
        else:
            self.detail.show_failure(exc)
        self.lot_changed.emit(None)

    def current_lot(self) -> LotRow | None:
        """The chosen lot, read fresh for an action on it; None when none is chosen or it no longer
        exists. A database that cannot be read says so (DatabaseError), never "no lot"."""
        if self._current_id is None:
            return None
        try:
            return self.sp.queries.lot(self._current_id)
        except NotFound:
            return None

    def _selected_rows(self) -> list[LotRow]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.model.row(row) for row in rows]

    def selected_lots(self) -> list[LotRow]:
        """The rows selected; else the lot in the detail pane, which may lie beyond the rows fetched
        (opened from a finding): what the user sees chosen is what an action takes."""
        rows = self._selected_rows()
        if not rows:
            current = self.current_lot()
            return [current] if current is not None else []
        return rows
