"""The Destruction plan (programmes and tasks) and the Destruction log (events). Both read in the
background: a national record's tasks and events take longer to read than a window may freeze."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ..domain.enums import DestructionMethod
from ..i18n import QT_TRANSLATE_NOOP, profile_name, translate
from ..services import Changes, Stockpile
from ..services.dto.catalogue import PolicyProfileInfo
from ..services.dto.destruction import EventInfo, ProgrammeInfo, TaskInfo
from . import icons
from .figures import counted, day, figure, percent, word
from .loss_dialog import loss_words
from .operations import LatestRead
from .table_model import PROBLEM_TINT, Column, RecordTableModel
from .widgets import (
    FILTER_DELAY_MS,
    ChoiceCombo,
    DateEdit,
    ElidedLabel,
    FitColumns,
    ReadNote,
    alarm_colour,
    labelled,
    numeric_font,
    record_table,
    selected_row,
)


def _search_box(placeholder: str, name: str, apply) -> QLineEdit:
    """A search field that applies itself a moment after the last key, not on every key. `name`:
    the placeholder as a screen reader says it (without the "...")."""
    edit = QLineEdit()
    edit.setPlaceholderText(placeholder)
    edit.setToolTip(placeholder)
    edit.setAccessibleName(name)
    edit.setClearButtonEnabled(True)
    edit.setMinimumWidth(160)
    timer = QTimer(edit)
    timer.setSingleShot(True)
    timer.setInterval(FILTER_DELAY_MS)
    timer.timeout.connect(apply)
    edit.textChanged.connect(timer.start)
    return edit


def _select_row(table, model: RecordTableModel, wanted) -> bool:
    """Make the first row for which wanted(row) holds the current one, and show it."""
    for number, row in enumerate(model.rows):
        if wanted(row):
            index = model.index(number, 0)
            table.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            )
            table.scrollTo(index)
            return True
    return False


class PlanView(QWidget):
    """Programmes with deadline and progress; tasks with overdue ones flagged in words and colour."""

    record_requested = Signal(object)  # TaskInfo
    close_requested = Signal(object)  # TaskInfo
    shows = Changes.TASKS | Changes.EVENTS | Changes.LOTS | Changes.CATALOGUE_CORRECTED  # shipped: a ledger entry

    def __init__(self, sp: Stockpile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sp = sp
        self.policy: PolicyProfileInfo = sp.catalogue.active_profile()  # read again with the rows
        self.programme_model = RecordTableModel(
            [
                Column(QT_TRANSLATE_NOOP("PlanView", "Programme"), lambda p: p[0].name, elide=True),
                Column(QT_TRANSLATE_NOOP("PlanView", "Profile"), lambda p: profile_name(p[0].profile_name), elide=True),
                Column(QT_TRANSLATE_NOOP("PlanView", "Deadline"), lambda p: p[0].deadline),
                Column(
                    QT_TRANSLATE_NOOP("PlanView", "Days left"),
                    lambda p: (p[0].deadline - self.sp.today()).days,
                    numeric=True,
                ),
                Column(
                    QT_TRANSLATE_NOOP("PlanView", "Planned"),
                    lambda p: p[1].planned,
                    numeric=True,
                    tooltip=QT_TRANSLATE_NOOP("PlanView", "Mines the programme's profile covers, not items"),
                ),
                Column(
                    QT_TRANSLATE_NOOP("PlanView", "Destroyed"),
                    lambda p: p[1].destroyed,
                    numeric=True,
                    tooltip=QT_TRANSLATE_NOOP("PlanView", "Mines the programme's profile covers, not items"),
                ),
                Column(
                    QT_TRANSLATE_NOOP("PlanView", "Of plan"),
                    lambda p: percent(p[1].destroyed / p[1].planned) if p[1].planned else "-",
                    numeric=True,
                    tooltip=QT_TRANSLATE_NOOP(
                        "PlanView",
                        "destroyed of what the tasks planned; the dashboard shows progress to the deadline, "
                        "which a full plan can still miss",
                    ),
                ),
                Column(QT_TRANSLATE_NOOP("PlanView", "Open tasks"), lambda p: p[1].open_tasks, numeric=True),
                Column(QT_TRANSLATE_NOOP("PlanView", "Overdue"), lambda p: p[1].overdue_tasks, numeric=True),
                Column(QT_TRANSLATE_NOOP("PlanView", "Sites"), lambda p: ", ".join(p[0].site_codes), elide=True),
            ],
            self,
            context="PlanView",
        )
        self.task_model = RecordTableModel(
            [
                Column(QT_TRANSLATE_NOOP("PlanView", "Task"), lambda t: t.reference),
                Column(QT_TRANSLATE_NOOP("PlanView", "Planned on"), lambda t: t.planned_on),
                Column(QT_TRANSLATE_NOOP("PlanView", "Site"), lambda t: t.site_code),
                Column(QT_TRANSLATE_NOOP("PlanView", "Method"), lambda t: word(DestructionMethod(t.method))),
                Column(
                    QT_TRANSLATE_NOOP("PlanView", "Lots"),
                    lambda t: ", ".join(line.lot_number for line in t.lines),
                    elide=True,
                ),
                # In the mines the active profile covers, as the programmes above, the status report and
                # the findings count them (never items under the programmes' header); the items apart.
                Column(
                    QT_TRANSLATE_NOOP("PlanView", "Planned"),
                    lambda t: t.planned_covered(self.policy),
                    numeric=True,
                    tooltip=QT_TRANSLATE_NOOP("PlanView", "Mines the active profile covers, not items"),
                ),
                Column(
                    QT_TRANSLATE_NOOP("PlanView", "Shipped"),
                    lambda t: t.shipped_covered(self.policy),
                    numeric=True,
                    tooltip=QT_TRANSLATE_NOOP("PlanView", "Mines the active profile covers, not items"),
                ),
                Column(
                    QT_TRANSLATE_NOOP("PlanView", "Destroyed"),
                    lambda t: t.destroyed_covered(self.policy),
                    numeric=True,
                    tooltip=QT_TRANSLATE_NOOP("PlanView", "Mines the active profile covers, not items"),
                ),
                Column(
                    QT_TRANSLATE_NOOP("PlanView", "Items planned"),
                    lambda t: t.planned,
                    numeric=True,
                    tooltip=QT_TRANSLATE_NOOP(
                        "PlanView", "Items planned, as the ledger counts them: mines, projectiles, dispensers"
                    ),
                ),
                Column(QT_TRANSLATE_NOOP("PlanView", "Status"), lambda t: t.state(self.sp.today())),
            ],
            self,
            context="PlanView",
        )
        self.task_model.row_tint = lambda t: PROBLEM_TINT if t.is_overdue(self.sp.today()) else None
        self.task_model.row_icon = lambda t, column: (
            icons.overdue() if column == 9 and t.is_overdue(self.sp.today()) else None
        )
        self.programme_table = record_table(self.programme_model, translate("PlanView", "Programmes"))
        self.task_table = record_table(self.task_model, translate("PlanView", "Tasks"))
        for table in (self.programme_table, self.task_table):
            table.setFont(numeric_font())
            FitColumns(table)
        self.open_only_check = QCheckBox(translate("PlanView", "Open tasks only"))
        self.open_only_check.setChecked(True)
        self.search_edit = _search_box(
            translate("PlanView", "Search task, lot, site, method, closing note..."),
            translate("PlanView", "Search task, lot, site, method, closing note"),
            self.refresh,
        )
        self.record_button = QPushButton(icons.destroy(), translate("PlanView", "Record destruction for task..."))
        self.close_button = QPushButton(icons.close_task(), translate("PlanView", "Close task..."))
        self.note = ReadNote(
            translate("PlanView", "Loading the destruction plan..."),
            translate("PlanView", "The destruction plan could not be read: {error}"),
        )
        self.losses_label = QLabel()  # rule 6: the losses of tasks closed short, until resolved
        self.losses_label.setWordWrap(True)
        self.losses_label.setStyleSheet(f"color: {alarm_colour(self.palette())};")
        self.losses_label.hide()
        self.read = LatestRead(self)
        self._wanted: tuple[str, bool] | None = None  # (task reference, filters widened yet)
        buttons = QHBoxLayout()
        buttons.addWidget(QLabel(translate("PlanView", "Tasks")))
        buttons.addWidget(self.open_only_check)
        buttons.addWidget(self.search_edit, 1)
        buttons.addWidget(self.record_button)
        buttons.addWidget(self.close_button)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addLayout(buttons)
        lower_layout.addWidget(self.task_table)
        lower_layout.addWidget(self.losses_label)
        lower_layout.addWidget(self.note)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        upper = QWidget()
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addWidget(QLabel(translate("PlanView", "Programmes")))
        upper_layout.addWidget(self.programme_table)
        self.splitter.addWidget(upper)
        self.splitter.addWidget(lower)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([140, 560])
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)
        self.open_only_check.toggled.connect(self.refresh)
        self.record_button.clicked.connect(lambda: self._request(self.record_requested))
        self.close_button.clicked.connect(lambda: self._request(self.close_requested))
        self.task_table.doubleClicked.connect(lambda _index: self._request(self.record_requested))

    def _request(self, signal) -> None:
        task = self.current_task()
        if task is not None:
            signal.emit(task)

    def current_task(self) -> TaskInfo | None:
        return selected_row(self.task_table)

    def select_task(self, reference: str) -> None:
        """Show a task, closed ones too and clearing the search if need be, once the rows are read."""
        self._wanted = (reference, False)
        if not self.read.loading:
            self._select_wanted()

    def _select_wanted(self) -> None:
        assert self._wanted is not None  # called only when a task is wanted
        reference, widened = self._wanted
        self._wanted = None
        if _select_row(self.task_table, self.task_model, lambda t: t.reference == reference) or widened:
            return
        for widget in (self.open_only_check, self.search_edit):
            widget.blockSignals(True)
        self.open_only_check.setChecked(False)
        self.search_edit.clear()
        for widget in (self.open_only_check, self.search_edit):
            widget.blockSignals(False)
        self._wanted = (reference, True)
        self.refresh()

    def current_programme(self) -> ProgrammeInfo | None:
        selected = selected_row(self.programme_table)
        return selected[0] if selected else None

    @property
    def loading(self) -> bool:
        return self.read.loading

    def refresh(self) -> None:
        """Read the programmes and tasks in the background; the rows shown stay until they arrive."""
        destruction, catalogue = self.sp.destruction, self.sp.catalogue
        status = "open" if self.open_only_check.isChecked() else None
        text = self.search_edit.text()

        def read():
            programmes = [(p, destruction.programme_progress(p.id)) for p in destruction.programmes()]
            tasks = destruction.tasks(status=status, text=text)
            return programmes, tasks, destruction.losses(open_only=True), catalogue.active_profile()

        self.note.loading()
        self.read.start(read, self._fill, self._read_failed)

    def _fill(self, result) -> None:
        programmes, tasks, losses, self.policy = result
        self.note.done()
        self.losses_label.setText(
            translate("PlanView", "Unaccounted losses under investigation (Destruction, Resolve unaccounted loss):")
            + "\n"
            + "\n".join(f"- {loss_words(loss)}" for loss in losses)
        )
        self.losses_label.setVisible(bool(losses))
        self.programme_model.set_rows(programmes)
        self.task_model.set_rows(tasks)
        if self._wanted is not None:
            self._select_wanted()

    def _read_failed(self, exc: Exception) -> None:
        self._wanted = None
        self.note.failed(exc)


class LogView(QWidget):
    """Destruction events, filtered by period, site, method and type; verify a certificate."""

    verify_requested = Signal(object)  # EventInfo
    shows = Changes.EVENTS | Changes.CATALOGUE_CORRECTED  # a type or site added has no event yet

    def __init__(self, sp: Stockpile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sp = sp
        self.policy: PolicyProfileInfo = sp.catalogue.active_profile()  # read again with the rows
        today = sp.today()
        self.since_edit = DateEdit(date(today.year - 2, 1, 1))
        self.until_edit = DateEdit(today)
        self.site_combo = ChoiceCombo()
        self.method_combo = ChoiceCombo(
            [(translate("LogView", "All methods"), None)] + [(word(m), m.value) for m in DestructionMethod]
        )
        self.type_combo = ChoiceCombo()
        self.reload_choices()
        self.search_edit = _search_box(
            translate("LogView", "Search certificate, lot, task, person, site..."),
            translate("LogView", "Search certificate, lot, task, person, site"),
            self.refresh,
        )
        self.verify_button = QPushButton(icons.verify(), translate("LogView", "Verify certificate..."))
        self.totals_label = ElidedLabel()
        self.note = ReadNote(
            translate("LogView", "Loading the destruction log..."),
            translate("LogView", "The destruction log could not be read: {error}"),
        )
        self.read = LatestRead(self)
        self._wanted: tuple[EventInfo, bool] | None = None  # (event, filters widened yet)
        filters = QHBoxLayout()
        for label, widget in (
            (translate("LogView", "From"), self.since_edit),
            (translate("LogView", "to"), self.until_edit),
            (translate("LogView", "Site"), self.site_combo),
            (translate("LogView", "Method"), self.method_combo),
            (translate("LogView", "Type"), self.type_combo),
        ):
            filters.addWidget(labelled(label, widget))
            filters.addWidget(widget)
        filters.addStretch()
        second = QHBoxLayout()
        second.addWidget(self.search_edit, 1)
        second.addWidget(self.verify_button)
        self.model = RecordTableModel(
            [
                Column(QT_TRANSLATE_NOOP("LogView", "Date"), lambda e: e.occurred_on),
                Column(QT_TRANSLATE_NOOP("LogView", "Site"), lambda e: e.site_code),
                Column(QT_TRANSLATE_NOOP("LogView", "Method"), lambda e: word(DestructionMethod(e.method))),
                Column(
                    QT_TRANSLATE_NOOP("LogView", "Lots"),
                    lambda e: ", ".join(line.lot_number for line in e.lines),
                    elide=True,
                ),
                # The mines the line under the table adds up (covered, not covered apart); the items apart.
                Column(
                    QT_TRANSLATE_NOOP("LogView", "Covered"),
                    lambda e: e.covered(self.policy),
                    numeric=True,
                    tooltip=QT_TRANSLATE_NOOP("LogView", "Mines destroyed that the active profile covers, not items"),
                ),
                Column(
                    QT_TRANSLATE_NOOP("LogView", "Not covered"),
                    lambda e: e.not_covered(self.policy),
                    numeric=True,
                    tooltip=QT_TRANSLATE_NOOP("LogView", "Mines destroyed that the active profile does not cover"),
                ),
                Column(
                    QT_TRANSLATE_NOOP("LogView", "Items"),
                    lambda e: e.quantity,
                    numeric=True,
                    tooltip=QT_TRANSLATE_NOOP(
                        "LogView", "Items, as the ledger counts them: mines, projectiles, dispensers"
                    ),
                ),
                Column(QT_TRANSLATE_NOOP("LogView", "Officer"), lambda e: e.officer, elide=True),
                Column(QT_TRANSLATE_NOOP("LogView", "Witness"), lambda e: e.witness, elide=True),
                Column(QT_TRANSLATE_NOOP("LogView", "Certificate"), lambda e: e.certificate_number),
                Column(
                    QT_TRANSLATE_NOOP("LogView", "Verified"),
                    lambda e: day(e.verified_on) if e.verified_by else translate("LogView", "NOT VERIFIED"),
                ),
                Column(QT_TRANSLATE_NOOP("LogView", "Verified by"), lambda e: e.verified_by, elide=True),
            ],
            self,
            context="LogView",
        )
        self.model.row_tint = lambda e: None if e.verified_by else PROBLEM_TINT
        self.table = record_table(self.model, translate("LogView", "Destruction events"))
        self.table.setFont(numeric_font())
        FitColumns(self.table)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addLayout(second)
        layout.addWidget(self.table)
        layout.addWidget(self.totals_label)
        layout.addWidget(self.note)
        for widget in (self.site_combo, self.method_combo, self.type_combo):
            widget.currentIndexChanged.connect(self.refresh)
        for widget in (self.since_edit, self.until_edit):
            widget.dateChanged.connect(self.refresh)
        self.verify_button.clicked.connect(self._request_verify)
        self.table.doubleClicked.connect(self._request_verify)

    def reload_choices(self) -> None:
        self.site_combo.set_choices(
            [(translate("LogView", "All sites"), None)] + [(s.code, s.code) for s in self.sp.catalogue.sites()]
        )
        self.type_combo.set_choices(
            [(translate("LogView", "All types"), None)]
            + [(t.designation, t.designation) for t in self.sp.catalogue.types()]
        )

    def _request_verify(self, *_args) -> None:
        event = self.current_event()
        if event is not None:
            self.verify_requested.emit(event)

    def current_event(self) -> EventInfo | None:
        return selected_row(self.table)

    def select_event(self, certificate_number: str) -> None:
        """Show an event, once the rows are read: the filters widen to include it if they hide it."""
        self._wanted = (self.sp.destruction.find_event(certificate_number), False)
        if not self.read.loading:
            self._select_wanted()

    def _select_wanted(self) -> None:
        assert self._wanted is not None  # called only when an event is wanted
        event, widened = self._wanted
        self._wanted = None
        if _select_row(self.table, self.model, lambda e: e.id == event.id) or widened:
            return
        filters = (
            self.since_edit,
            self.until_edit,
            self.search_edit,
            self.site_combo,
            self.method_combo,
            self.type_combo,
        )
        for widget in filters:
            widget.blockSignals(True)
        self.since_edit.value = min(self.since_edit.value, event.occurred_on)
        self.until_edit.value = max(self.until_edit.value, event.occurred_on)
        self.search_edit.clear()
        for combo in filters[3:]:
            combo.value = None
        for widget in filters:
            widget.blockSignals(False)
        self._wanted = (event, True)
        self.refresh()

    @property
    def loading(self) -> bool:
        return self.read.loading

    def refresh(self) -> None:
        """Read the events in the background; the rows shown stay until they arrive."""
        destruction = self.sp.destruction
        wanted = dict(
            since=self.since_edit.value,
            until=self.until_edit.value,
            site=self.site_combo.value,
            method=self.method_combo.value,
            type=self.type_combo.value,
            text=self.search_edit.text(),
        )
        catalogue = self.sp.catalogue
        self.note.loading()
        self.read.start(
            lambda: (destruction.events(**wanted), catalogue.active_profile()), self._fill, self._read_failed
        )

    def destroyed_words(self, events: list[EventInfo]) -> str:
        """The mines the events count destroyed, on the Stockpile page's basis: the mines the active
        profile covers, and those it does not apart (never added together, never items)."""
        covered = sum(e.covered(self.policy) for e in events)
        not_covered = sum(e.not_covered(self.policy) for e in events)
        if not_covered:
            return translate("LogView", "covered: {covered} mines destroyed; not covered: {not_covered}").format(
                covered=figure(covered), not_covered=figure(not_covered)
            )
        return translate("LogView", "covered: {covered} mines destroyed").format(covered=figure(covered))

    def _fill(self, result: tuple[list[EventInfo], PolicyProfileInfo]) -> None:
        events, self.policy = result
        self.note.done()
        self.model.set_rows(events)
        unverified = sum(1 for e in events if not e.verified_by)
        destroyed = self.destroyed_words(events)
        self.totals_label.setText(
            " - ".join(
                [
                    counted(len(events), translate("LogView", "{count} event"), translate("LogView", "{count} events")),
                    destroyed,
                    counted(
                        unverified,
                        translate("LogView", "{count} certificate not verified"),
                        translate("LogView", "{count} certificates not verified"),
                    ),
                ]
            )
        )
        if self._wanted is not None:
            self._select_wanted()

    def _read_failed(self, exc: Exception) -> None:
        self._wanted = None
        self.note.failed(exc)
