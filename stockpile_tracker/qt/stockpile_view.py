"""The Stockpile screen: retained vs surplus first, the other filters after, the table of lots
(filtered and sorted in the database) and the selected lot's ledger, retention and destruction."""

from __future__ import annotations

from collections.abc import Sequence
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

from ..domain.enums import (
    DestructionMethod,
    LotStatus,
    MovementKind,
    RetentionCategory,
    RetentionFilter,
    SdClass,
    SuspensionKind,
    TaskStatus,
)
from ..domain.errors import NotFound
from ..i18n import QT_TRANSLATE_NOOP, language_in_use, translate
from ..reports.labels import self_destruction
from ..services import Changes, LotFilter, Stockpile
from ..services.dto.destruction import EventInfo, LossInfo, TaskInfo
from ..services.dto.lots import LedgerEntry, LotRow, RetentionInfo, ScopeTotals, SuspensionInfo
from .figures import day, figure, signed, word
from .lot_model import COL_KEPT_FOR, LotTableModel
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

STATUS_CHOICES = [
    (QT_TRANSLATE_NOOP("StockpileView", "Any status"), None),
    (QT_TRANSLATE_NOOP("StockpileView", "Unscheduled surplus"), LotStatus.UNSCHEDULED_SURPLUS.value),
    (QT_TRANSLATE_NOOP("StockpileView", "Scheduled"), LotStatus.SCHEDULED.value),
    (QT_TRANSLATE_NOOP("StockpileView", "Suspended"), LotStatus.SUSPENDED.value),
    (QT_TRANSLATE_NOOP("StockpileView", "At destruction sites"), LotStatus.AT_DESTRUCTION_SITES.value),
    (QT_TRANSLATE_NOOP("StockpileView", "Partially destroyed"), LotStatus.PARTIALLY_DESTROYED.value),
    (QT_TRANSLATE_NOOP("StockpileView", "Destroyed"), LotStatus.DESTROYED.value),
]  # every LotStatus, in the view's words (tests/window/test_languages.py checks)
SD_CHOICES = [
    (QT_TRANSLATE_NOOP("StockpileView", "SD/SDA: all"), None),
    (QT_TRANSLATE_NOOP("StockpileView", "Self-destructing (SD)"), SdClass.SD.value),
    (QT_TRANSLATE_NOOP("StockpileView", "Self-deactivating only (SDA)"), SdClass.SDA.value),
    (QT_TRANSLATE_NOOP("StockpileView", "Persistent"), SdClass.PERSISTENT.value),
]


def shown_choices(choices: Sequence[tuple[str, object]]) -> list[tuple[str, object]]:
    """Choices declared before the language was chosen, in it."""
    return [(translate("StockpileView", label), value) for label, value in choices]


LEDGER_COLUMNS = [
    Column(QT_TRANSLATE_NOOP("StockpileView", "Entry"), lambda e: e.id, numeric=True),
    Column(QT_TRANSLATE_NOOP("StockpileView", "Date"), lambda e: e.occurred_on),
    Column(QT_TRANSLATE_NOOP("StockpileView", "Kind"), lambda e: word(MovementKind(e.kind))),
    Column(QT_TRANSLATE_NOOP("StockpileView", "Site"), lambda e: e.held_at),
    Column(QT_TRANSLATE_NOOP("StockpileView", "Quantity"), lambda e: signed(e.quantity), numeric=True),
    Column(QT_TRANSLATE_NOOP("StockpileView", "Held after"), lambda e: e.balance_after, numeric=True),
    Column(QT_TRANSLATE_NOOP("StockpileView", "Reference"), lambda e: e.document_ref),
    Column(
        QT_TRANSLATE_NOOP("StockpileView", "Reason / note"),
        lambda e: (
            translate("StockpileView", "{reason} (reversed by entry {entry})").format(
                reason=e.reason or "", entry=e.reversed_by_id
            )
            if e.reversed_by_id
            else e.reason
        ),
        elide=True,
    ),
    Column(QT_TRANSLATE_NOOP("StockpileView", "Recorded by"), lambda e: e.recorded_by),
]
RETENTION_COLUMNS = [
    Column(QT_TRANSLATE_NOOP("StockpileView", "Valid from"), lambda d: d.valid_from),
    Column(QT_TRANSLATE_NOOP("StockpileView", "Retained"), lambda d: d.quantity, numeric=True),
    Column(
        QT_TRANSLATE_NOOP("StockpileView", "Kept for"),
        lambda d: (
            word(RetentionCategory(d.category)) if d.category else translate("StockpileView", "released (surplus)")
        ),
    ),
    Column(QT_TRANSLATE_NOOP("StockpileView", "Institution"), lambda d: d.institution),
    Column(QT_TRANSLATE_NOOP("StockpileView", "Authority"), lambda d: d.authority_ref),
    Column(QT_TRANSLATE_NOOP("StockpileView", "Reason"), lambda d: d.reason, elide=True),
    Column(QT_TRANSLATE_NOOP("StockpileView", "Decided by"), lambda d: d.decided_by),
]
SUSPENSION_COLUMNS = [
    Column(QT_TRANSLATE_NOOP("StockpileView", "From"), lambda s: s.suspended_from),
    Column(QT_TRANSLATE_NOOP("StockpileView", "Suspended"), lambda s: s.quantity, numeric=True),
    Column(QT_TRANSLATE_NOOP("StockpileView", "Where"), lambda s: s.held_at),
    Column(QT_TRANSLATE_NOOP("StockpileView", "Kind"), lambda s: word(SuspensionKind(s.kind))),
    Column(QT_TRANSLATE_NOOP("StockpileView", "Reference"), lambda s: s.reference),
    Column(QT_TRANSLATE_NOOP("StockpileView", "Reason"), lambda s: s.reason, elide=True),
    Column(QT_TRANSLATE_NOOP("StockpileView", "By"), lambda s: s.suspended_by),
    Column(
        QT_TRANSLATE_NOOP("StockpileView", "Lifted"),
        lambda s: (
            translate("StockpileView", "{day}, {by}: {reason}").format(
                day=day(s.lifted_on), by=s.lifted_by, reason=s.lift_reason
            )
            if s.lifted_on
            else translate("StockpileView", "in force")
        ),
    ),
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


def _held_there(lot: LotFile) -> int:
    """Of the mines at destruction sites, those a suspension holds there."""
    held = sum(s.quantity for s in lot.suspensions if s.in_force and s.for_destruction)
    return held


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


def _lot_title(lot: LotFile) -> list[str]:
    """The detail pane's title, clause by clause: what a reader must not miss first, an
    unaccounted loss; then the lot's figures, a list of a label and a figure each."""
    row = lot.row
    clauses = [
        translate("StockpileView", "Lot {lot} - {type}, {site} ({country}), {sd}").format(
            lot=row.lot_number,
            type=row.type_designation,
            site=row.site_code,
            country=row.site_country,
            sd=self_destruction(row.self_destruct_hours, row.sd_class, language_in_use()),
        )
    ]
    if lot.unaccounted:
        clauses.append(translate("StockpileView", "UNACCOUNTED FOR {count}").format(count=figure(lot.unaccounted)))
    retained = (
        translate("StockpileView", "retained {count} ({category})").format(
            count=figure(row.retained), category=word(RetentionCategory(row.retention_category))
        )
        if row.retention_category
        else translate("StockpileView", "retained {count}").format(count=figure(row.retained))
    )
    figures = [
        translate("StockpileView", "on hand {count}").format(count=figure(row.on_hand)),
        retained,
        translate("StockpileView", "surplus {count}").format(count=figure(row.surplus)),
        translate("StockpileView", "scheduled {count}").format(count=figure(row.scheduled)),
        translate("StockpileView", "suspended {count}").format(count=figure(row.suspended)),
    ]
    if row.at_destruction:
        held = _held_there(lot)
        figures.append(
            translate("StockpileView", "at destruction sites {count} ({held} suspended there)").format(
                count=figure(row.at_destruction), held=figure(held)
            )
            if held
            else translate("StockpileView", "at destruction sites {count}").format(count=figure(row.at_destruction))
        )
    figures.append(translate("StockpileView", "destroyed {count}").format(count=figure(row.destroyed)))
    clauses.append(", ".join(figures))
    if lot.held_at:
        clauses.append(translate("StockpileView", "held at {sites}").format(sites=lot.held_at))
    if row.mines_per_item != 1:
        clauses.append(
            translate("StockpileView", "{contents} per item: {mines} mines on hand").format(
                contents=row.contents, mines=figure(row.mines_on_hand)
            )
        )
    return clauses


class LotDetail(QWidget):
    """The selected lot: its ledger with balances, retention decisions, suspensions, tasks and events."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title_label = ElidedLabel(
            translate("StockpileView", "Select a lot to see its ledger.")
        )  # never widens the window
        self.title_label.setObjectName("detail_title")
        self.shown_id: int | None = None  # the lot whose figures are shown
        bold = self.title_label.font()
        bold.setBold(True)
        self.title_label.setFont(bold)
        self.ledger_model = RecordTableModel(LEDGER_COLUMNS, self, context="StockpileView")
        self.retention_model = RecordTableModel(RETENTION_COLUMNS, self, context="StockpileView")
        self.suspensions_model = RecordTableModel(SUSPENSION_COLUMNS, self, context="StockpileView")
        self.tasks_model = RecordTableModel(
            [
                Column(QT_TRANSLATE_NOOP("StockpileView", "Task"), lambda t: t.reference),
                Column(QT_TRANSLATE_NOOP("StockpileView", "Planned on"), lambda t: t.planned_on),
                Column(QT_TRANSLATE_NOOP("StockpileView", "Site"), lambda t: t.site_code),
                Column(QT_TRANSLATE_NOOP("StockpileView", "Method"), lambda t: word(DestructionMethod(t.method))),
                Column(QT_TRANSLATE_NOOP("StockpileView", "Planned"), lambda t: t.planned, numeric=True),
                Column(QT_TRANSLATE_NOOP("StockpileView", "Destroyed"), lambda t: t.destroyed, numeric=True),
                Column(QT_TRANSLATE_NOOP("StockpileView", "Status"), lambda t: word(TaskStatus(t.status))),
            ],
            self,
            context="StockpileView",
        )
        self.events_model = RecordTableModel(
            [
                Column(QT_TRANSLATE_NOOP("StockpileView", "Date"), lambda e: e.occurred_on),
                Column(QT_TRANSLATE_NOOP("StockpileView", "Certificate"), lambda e: e.certificate_number),
                Column(QT_TRANSLATE_NOOP("StockpileView", "Site"), lambda e: e.site_code),
                Column(QT_TRANSLATE_NOOP("StockpileView", "Method"), lambda e: word(DestructionMethod(e.method))),
                Column(QT_TRANSLATE_NOOP("StockpileView", "Quantity"), lambda e: e.quantity, numeric=True),
                Column(QT_TRANSLATE_NOOP("StockpileView", "Officer"), lambda e: e.officer),
                Column(QT_TRANSLATE_NOOP("StockpileView", "Witness"), lambda e: e.witness),
                Column(
                    QT_TRANSLATE_NOOP("StockpileView", "Verified"),
                    lambda e: (
                        translate("StockpileView", "{by}, {day}").format(by=e.verified_by, day=day(e.verified_on))
                        if e.verified_by
                        else translate("StockpileView", "not verified")
                    ),
                ),
            ],
            self,
            context="StockpileView",
        )
        self.ledger_table = record_table(self.ledger_model, translate("StockpileView", "Ledger of the lot"))
        FitColumns(self.ledger_table)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(translate("StockpileView", "The lot's records"))
        self.tabs.addTab(self.ledger_table, translate("StockpileView", "Ledger"))
        self.tabs.addTab(
            record_table(self.retention_model, translate("StockpileView", "Retention decisions of the lot")),
            translate("StockpileView", "Retention"),
        )
        self.tabs.addTab(
            record_table(self.suspensions_model, translate("StockpileView", "Suspensions of the lot")),
            translate("StockpileView", "Suspensions"),
        )
        self.tabs.addTab(
            record_table(self.tasks_model, translate("StockpileView", "Tasks of the lot")),
            translate("StockpileView", "Tasks"),
        )
        self.tabs.addTab(
            record_table(self.events_model, translate("StockpileView", "Destruction events of the lot")),
            translate("StockpileView", "Destruction events"),
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.title_label)
        layout.addWidget(self.tabs)

    def show_reading(self) -> None:
        """Another lot chosen, still being read: none of the last one's figures meanwhile."""
        self.show_lot(None)
        self.title_label.setText(translate("StockpileView", "Reading the lot..."))

    def show_lot(self, lot: LotFile | None) -> None:
        """The lot as read (`read_lot_file`), or nothing chosen."""
        self.shown_id = lot.row.id if lot is not None else None
        if lot is None:
            self.title_label.setText(translate("StockpileView", "Select a lot to see its ledger."))
            models = (self.ledger_model, self.retention_model, self.suspensions_model, self.tasks_model)
            for model in (*models, self.events_model):
                model.set_rows([])
            return
        self.title_label.setText(" - ".join(_lot_title(lot)))
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
        self.title_label.setText(translate("StockpileView", "The lot could not be read: {error}").format(error=exc))

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
            (RetentionFilter.ALL, QT_TRANSLATE_NOOP("StockpileView", "All")),
            (RetentionFilter.RETAINED, QT_TRANSLATE_NOOP("StockpileView", "Retained")),
            (RetentionFilter.SURPLUS, QT_TRANSLATE_NOOP("StockpileView", "Surplus")),
        ):
            button = QPushButton(translate("StockpileView", text))
            button.setCheckable(True)
            button.setObjectName(f"kept_{kept.value}_button")
            self.kept_group.addButton(button)
            self.kept_buttons[kept] = button
            kept_row.addWidget(button)
        self.kept_buttons[RetentionFilter.ALL].setChecked(True)
        self.type_combo = ChoiceCombo()
        self.category_combo = ChoiceCombo([(translate("StockpileView", "AP and AV"), None), ("AP", "AP"), ("AV", "AV")])
        self.sd_combo = ChoiceCombo(shown_choices(SD_CHOICES))
        self.sd_combo.setAccessibleName(translate("StockpileView", "SD, SDA or persistent"))
        self.site_combo = ChoiceCombo()
        self.status_combo = ChoiceCombo(shown_choices(STATUS_CHOICES))
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(translate("StockpileView", "Search lot number or notes..."))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setAccessibleName(translate("StockpileView", "Search lot number or notes"))
        self.clear_button = QPushButton(translate("StockpileView", "Clear filters"))
        self.reload_choices()

        first = QHBoxLayout()
        first.addLayout(kept_row)
        first.addSpacing(12)
        for label, widget in (
            (translate("StockpileView", "Type"), self.type_combo),
            (translate("StockpileView", "Category"), self.category_combo),
            (None, self.sd_combo),
            (translate("StockpileView", "Site"), self.site_combo),
        ):
            if label:
                first.addWidget(labelled(label, widget))
            first.addWidget(widget)
        first.addStretch()
        second = QHBoxLayout()
        second.addWidget(labelled(translate("StockpileView", "Status"), self.status_combo))
        second.addWidget(self.status_combo)
        second.addWidget(self.search_edit, 1)
        second.addWidget(self.clear_button)

        self.model = LotTableModel(sp.queries, self)
        self.model.first_page_shown.connect(self._rows_shown)
        self.model.read_failed.connect(self._rows_failed)
        self.totals_read = LatestRead(self)
        self.detail_read = LatestRead(self)
        self.note = ReadNote(
            translate("StockpileView", "Loading the stockpile..."),
            translate("StockpileView", "The stockpile could not be read: {error}"),
        )
        self._sized = False
        self._current_id: int | None = None
        self._read_lot: LotRow | None = None  # the chosen lot as the detail pane last read it
        self._shipped_held = False  # it has a suspension in force on mines shipped for destruction
        self._reveal = False  # scroll to the current lot once its row is shown (select_lot)
        self.scope_totals: ScopeTotals | None = None  # of the filter shown, once read
        self._kept_ids: set[int] = set()  # the lots selected when the rows were read again
        self.table = record_table(self.model, translate("StockpileView", "Lots"))
        self.table.setFont(numeric_font())
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.table.horizontalHeader().setStretchLastSection(False)
        # Fourteen columns with items, mines and suspended: "Kept for" (why the mines are kept) reads whole,
        # in French and Spanish too; where the columns do not fit, the table scrolls sideways.
        self.fit_columns = FitColumns(self.table, whole=(COL_KEPT_FOR,))
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.detail = LotDetail()
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([3000, 1000])  # the lots first: a quarter for the detail (weights, not pixels)

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
            [(translate("StockpileView", "All types"), None)]
            + [(t.designation, t.designation) for t in self.sp.catalogue.types()]
        )
        self.site_combo.set_choices(
            [(translate("StockpileView", "All sites"), None)] + [(s.code, s.code) for s in self.sp.catalogue.sites()]
        )

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
            self.fit_columns.measure()  # Kept for whole, the other columns as they fit
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
