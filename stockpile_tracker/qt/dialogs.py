"""The action dialogs. Layout in one place, data in and out through properties, validation in
`accept()` by the service itself: on an error the dialog stays open, says what is wrong next to
the form and puts the focus on the field the error names."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from html import escape
from typing import Any, TypeVar, cast

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ..domain.enums import CONDITION_CODES, Delivery, DestructionMethod, RetentionCategory
from ..domain.errors import InvalidInput, StockpileError
from ..services import Stockpile
from ..services.dto.catalogue import MineTypeInfo, SiteInfo
from ..services.dto.destruction import EventInfo, TaskInfo
from ..services.dto.lots import LedgerEntry, LotRow, MovementResult
from .operations import LatestRead
from .widgets import ChoiceCombo, DateEdit, Line, LinesTable, QuantitySpin, alarm_colour, plain_label

Field = TypeVar("Field", bound=QWidget)  # a form's input: add_field gives it back as it was given

ERROR_STYLE = "border: 2px solid #b3261e;"
ERROR_LINES = 6  # a longer message scrolls
KEPT_FOR_CHOICES = [("surplus (not retained)", None)] + [(c.label, c.value) for c in RetentionCategory]
METHOD_CHOICES = [(m.label, m.value) for m in DestructionMethod]


class FormDialog(QDialog):
    """Base of every action dialog: a form, an error line, Cancel and the action's own button.

    The focus starts on the first field and the action is the default button, so Enter in a field
    submits the form (Cancel is never the default). An error grows the dialog instead of squeezing
    the fields, and a long message scrolls."""

    def __init__(self, sp: Stockpile, title: str, action: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sp = sp
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.error_label = QLabel()
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)  # messages quote names as typed
        self.error_label.setObjectName("error_label")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(f"color: {alarm_colour(self.palette())}; font-weight: bold;")
        self.error_area = QScrollArea()
        self.error_area.setWidget(self.error_label)
        self.error_area.setWidgetResizable(True)
        self.error_area.setFrameShape(QFrame.Shape.NoFrame)
        self.error_area.hide()
        self.error_area.installEventFilter(self)  # its height follows the width it is given
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.action_button = self.buttons.addButton(action, QDialogButtonBox.ButtonRole.AcceptRole)
        for button in self.buttons.buttons():
            if isinstance(button, QPushButton):  # all of them: the box makes push buttons
                button.setAutoDefault(False)  # else the button with the focus becomes the default
        self.action_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.column = QVBoxLayout(self)
        self.column.addLayout(self.form)
        self.column.addWidget(self.error_area)
        self.column.addWidget(self.buttons)
        self._fields: dict[str, QWidget] = {}
        self.result_value: Any = None
        self.setMinimumWidth(460)

    @property
    def today(self) -> date:
        return self.sp.today()

    def add_field(self, label: str, widget: Field, *error_fields: str) -> Field:
        """Add a row; `error_fields` are the names the services use for it in their messages."""
        self.form.addRow(label, widget)
        for name in error_fields:
            self._fields[name] = widget
        return widget

    def add_note(self, text: str) -> QLabel:
        note = QLabel(text)
        note.setTextFormat(Qt.TextFormat.PlainText)
        note.setWordWrap(True)
        self.form.addRow(note)
        return note

    def first_field(self) -> QWidget | None:
        for row in range(self.form.rowCount()):
            item = self.form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            widget = item.widget() if item is not None else None
            if widget is not None and widget.isEnabled() and widget.focusPolicy() != Qt.FocusPolicy.NoFocus:
                return widget
        return None

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.fit()
        first = self.first_field()
        if first is not None:
            first.setFocus(Qt.FocusReason.ActiveWindowFocusReason)

    def fit(self) -> None:
        """Grow (never shrink) to the height the form needs at its width: wrapped notes and an error
        message take height for their width, which a dialog does not work out by itself."""
        self.column.activate()
        needed = (
            self.column.totalHeightForWidth(self.width())
            if self.column.hasHeightForWidth()
            else self.column.totalSizeHint().height()
        )
        if needed > self.height():
            self.resize(self.width(), needed)

    def submit(self) -> Any:
        raise NotImplementedError

    def accept(self) -> None:
        for widget in self._fields.values():
            widget.setStyleSheet("")
        try:
            self._require_whole_numbers()
            self.result_value = self.submit()
        except StockpileError as exc:
            self.show_error(exc)
            return
        super().accept()

    def _require_whole_numbers(self) -> None:
        """A quantity typed as "1,5" is refused, never read as some other number."""
        for name, widget in self._fields.items():
            spins = [widget] if isinstance(widget, QuantitySpin) else widget.findChildren(QuantitySpin)
            for spin in spins:
                if spin.isEnabled() and not spin.hasAcceptableInput():
                    raise InvalidInput(
                        name,
                        f"{spin.cleanText()!r} is not a whole number of mines; write it "
                        "with digits only, or with commas between groups of three digits",
                    )

    def _fit_error(self) -> None:
        """As tall as the message at the width the error area has; a longer one scrolls."""
        label = self.error_label
        lines = ERROR_LINES * label.fontMetrics().lineSpacing()
        self.error_area.setFixedHeight(min(label.heightForWidth(self.error_area.width()), lines) + 4)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.error_area and event.type() == QEvent.Type.Resize:
            resized = cast(QResizeEvent, event)
            if resized.size().width() != resized.oldSize().width():
                self._fit_error()
        return super().eventFilter(watched, event)

    def show_error(self, exc: StockpileError) -> None:
        self.error_label.setText(str(exc))
        self.error_area.show()
        self._fit_error()
        self.fit()
        widget = self._fields.get(getattr(exc, "field", None) or "")
        if widget is not None:
            widget.setStyleSheet(ERROR_STYLE)
            widget.setFocus()

    @property
    def error(self) -> str:
        return self.error_label.text()


def _text(widget: QLineEdit | QPlainTextEdit) -> str:
    return widget.toPlainText() if isinstance(widget, QPlainTextEdit) else widget.text()


def _as_now(sp: Stockpile, lots: Sequence[LotRow]) -> list[LotRow]:
    """The lots read afresh as the form opens: the form shows these figures, and the service refuses
    the action if another user changes them before it is submitted (the `seen` of each action)."""
    return [sp.queries.lot(lot.id) for lot in lots]


def _in_lines(lots: Sequence[LotRow], lines: dict[int, int]) -> list[LotRow]:
    """A lot set to zero is left out of the action, and so out of its check."""
    return [lot for lot in lots if lot.id in lines]


def reason_box() -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setFixedHeight(60)
    return box


class ReceiveDialog(FormDialog):
    """A new lot: received, or found (a previously unknown stockpile)."""

    def __init__(self, sp: Stockpile, parent: QWidget | None = None) -> None:
        super().__init__(sp, "Receive a lot", "Receive", parent)
        self.lot_number_edit = self.add_field("Lot number", QLineEdit(), "lot number")
        self.type_combo = self.add_field(
            "Type", ChoiceCombo([(f"{t.designation} - {t.name}", t.designation) for t in sp.catalogue.types()]), "type"
        )
        self.site_combo = self.add_field(
            "Site", ChoiceCombo([(f"{s.code} - {s.name} ({s.country})", s.code) for s in sp.catalogue.sites()]), "site"
        )
        self.quantity_spin = self.add_field("Quantity (mines)", QuantitySpin(), "quantity")
        self.date_edit = self.add_field("Received on", DateEdit(self.today), "date")
        self.document_edit = self.add_field("Document ref.", QLineEdit(), "document reference")
        self.manufactured_check = QCheckBox("known")
        self.manufactured_edit = DateEdit(self.today)
        self.manufactured_edit.setEnabled(False)
        self.manufactured_check.toggled.connect(self.manufactured_edit.setEnabled)
        self.add_field("Manufactured", self.manufactured_check)
        self.add_field("Manufactured on", self.manufactured_edit, "manufactured on")
        self.condition_combo = self.add_field(
            "Condition",
            ChoiceCombo([(f"{code} - {text}", code) for code, text in CONDITION_CODES.items()]),
            "condition",
        )
        self.discovery_check = self.add_field("Discovery", QCheckBox("found, not received (previously unknown)"))
        self.notes_edit = self.add_field("Notes", reason_box(), "notes")

    @property
    def values(self) -> dict[str, Any]:
        return {
            "lot_number": self.lot_number_edit.text(),
            "type": self.type_combo.value,
            "site": self.site_combo.value,
            "quantity": self.quantity_spin.value(),
            "document_ref": self.document_edit.text(),
            "manufactured_on": self.manufactured_edit.value if self.manufactured_check.isChecked() else None,
            "condition": self.condition_combo.value,
            "notes": _text(self.notes_edit),
        }

    def submit(self) -> MovementResult:
        values = self.values
        if self.discovery_check.isChecked():
            return self.sp.lots.record_discovery(found_on=self.date_edit.value, **values)
        return self.sp.lots.receive_lot(received_on=self.date_edit.value, **values)


class RetentionDialog(FormDialog):
    def __init__(self, sp: Stockpile, lot: LotRow, parent: QWidget | None = None) -> None:
        super().__init__(sp, f"Change retention - lot {lot.lot_number}", "Record decision", parent)
        self.lot = lot = _as_now(sp, [lot])[0]
        self.add_note(
            f"Lot {lot.lot_number} ({lot.type_designation}) at {lot.site_code}: "
            f"{lot.on_hand:,} on hand, {lot.retained:,} retained ({lot.kept_for}), "
            f"{lot.scheduled:,} scheduled for destruction."
        )
        self.quantity_spin = self.add_field("Retain (mines)", QuantitySpin(lot.retained), "quantity")
        self.category_combo = self.add_field("Kept for", ChoiceCombo(KEPT_FOR_CHOICES), "category")
        self.category_combo.value = lot.retention_category
        self.institution_edit = self.add_field("Institution (Art. 3)", QLineEdit(), "institution")
        self.authority_edit = self.add_field("Authority ref.", QLineEdit(), "authority reference")
        self.reason_edit = self.add_field("Reason", reason_box(), "reason")
        self.valid_from_edit = self.add_field("Valid from", DateEdit(self.today), "valid from")

    def submit(self) -> MovementResult:
        return self.sp.lots.change_retention(
            self.lot.id,
            quantity=self.quantity_spin.value(),
            category=self.category_combo.value,
            authority_ref=self.authority_edit.text(),
            reason=_text(self.reason_edit),
            valid_from=self.valid_from_edit.value,
            institution=self.institution_edit.text(),
            seen=[self.lot],
        )


class SplitDialog(FormDialog):
    def __init__(self, sp: Stockpile, lot: LotRow, parent: QWidget | None = None) -> None:
        super().__init__(sp, f"Split lot {lot.lot_number}", "Split", parent)
        self.lot = lot = _as_now(sp, [lot])[0]
        self.add_note(
            f"Move part of lot {lot.lot_number} into a new lot: {lot.retained:,} retained "
            f"({lot.kept_for}), {lot.unscheduled:,} unscheduled surplus."
        )
        self.new_lot_edit = self.add_field("New lot number", QLineEdit(f"{lot.lot_number}-A"), "new lot number")
        self.quantity_spin = self.add_field("Quantity (mines)", QuantitySpin(), "quantity")
        self.category_combo = self.add_field("New lot kept for", ChoiceCombo(KEPT_FOR_CHOICES), "category")
        self.institution_edit = self.add_field("Institution (Art. 3)", QLineEdit(), "institution")
        self.authority_edit = self.add_field("Authority ref.", QLineEdit(), "authority reference")
        self.reason_edit = self.add_field("Reason", reason_box(), "reason")
        self.date_edit = self.add_field("Date", DateEdit(self.today), "date", "valid from")

    def submit(self) -> MovementResult:
        return self.sp.lots.split_lot(
            self.lot.id,
            new_lot_number=self.new_lot_edit.text(),
            quantity=self.quantity_spin.value(),
            on=self.date_edit.value,
            category=self.category_combo.value,
            authority_ref=self.authority_edit.text(),
            reason=_text(self.reason_edit),
            institution=self.institution_edit.text(),
            seen=[self.lot],
        )


class ScheduleDialog(FormDialog):
    """Plan the destruction of one lot or several; each line starts at its unscheduled surplus."""

    def __init__(self, sp: Stockpile, lots: Sequence[LotRow], parent: QWidget | None = None) -> None:
        super().__init__(sp, "Schedule destruction", "Schedule", parent)
        self.lots = lots = _as_now(sp, lots)
        self.lines_table = self.add_field("Lots", LinesTable("Unscheduled", "Schedule"), "lots", "quantity")
        self.lines_table.set_lines(
            [
                Line(lot.id, lot.lot_number, lot.type_designation, lot.unscheduled, max(lot.unscheduled, 0))
                for lot in lots
            ]
        )
        self.date_edit = self.add_field("Planned on", DateEdit(self.today), "date")
        self._sites = sp.catalogue.sites()
        self._programmes = {p.id: p for p in sp.destruction.programmes()}
        self.site_combo = self.add_field("Site", ChoiceCombo(), "site")
        self.method_combo = self.add_field("Method", ChoiceCombo(METHOD_CHOICES), "method")
        self.programme_combo = self.add_field(
            "Programme",
            ChoiceCombo([("(none)", None)] + [(p.name, p.id) for p in self._programmes.values()]),
            "programme",
        )
        self.programme_combo.currentIndexChanged.connect(self._offer_sites)
        if self.programme_combo.count() > 1:
            self.programme_combo.setCurrentIndex(1)
        self._offer_sites()
        self.reference_edit = self.add_field("Reference", QLineEdit(), "reference")
        self.reference_edit.setPlaceholderText("automatic, e.g. T-2026-014")
        self.setMinimumWidth(560)

    def _offer_sites(self) -> None:
        """A programme's tasks go to its destruction sites: only those are offered; without a
        programme, every site, the lots' own first."""
        programme = self._programmes.get(self.programme_combo.value)
        allowed = set(programme.site_codes) if programme is not None and programme.site_codes else None
        self.site_combo.set_choices(
            [(f"{s.code} - {s.name}", s.code) for s in self._sites if allowed is None or s.code in allowed]
        )
        if allowed is None and self.lots:
            self.site_combo.value = self.lots[0].site_code

    def submit(self) -> TaskInfo:
        return self.sp.destruction.schedule(
            planned_on=self.date_edit.value,
            site=self.site_combo.value,
            method=self.method_combo.value,
            lines=self.lines_table.quantities,
            programme_id=self.programme_combo.value,
            reference=self.reference_edit.text(),
            seen=_in_lines(self.lots, self.lines_table.quantities),
        )


class RecordDestructionDialog(FormDialog):
    """What was destroyed, against a task or not; choosing a task fills in its lines. The open
    tasks (a national plan has hundreds, with their lines) are read in the background, so the form
    opens at once; until they arrive only the task it was opened for can be chosen."""

    def __init__(
        self, sp: Stockpile, lots: Sequence[LotRow] = (), task: TaskInfo | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(sp, "Record destruction", "Record destruction", parent)
        self._lots = _as_now(sp, lots)
        self._opened_for = task
        self._tasks = {task.id: task} if task is not None else {}
        self.task_combo = self.add_field("Task", ChoiceCombo(self._task_choices()), "task")
        self.date_edit = self.add_field("Date", DateEdit(self.today), "date")
        self.site_combo = self.add_field(
            "Site", ChoiceCombo([(f"{s.code} - {s.name}", s.code) for s in sp.catalogue.sites()]), "site"
        )
        self.method_combo = self.add_field("Method", ChoiceCombo(METHOD_CHOICES), "method")
        self.lines_table = self.add_field("Lines", LinesTable("Planned", "Destroyed"), "lots", "quantity")
        self.officer_edit = self.add_field("Officer in charge", QLineEdit(), "officer in charge")
        self.witness_edit = self.add_field("Witness", QLineEdit(), "witness")
        self.certificate_edit = self.add_field("Certificate no.", QLineEdit(), "certificate number")
        self.notes_edit = self.add_field("Notes", reason_box(), "notes")
        self.task_combo.currentIndexChanged.connect(self._fill_from_task)
        if task is not None:
            self.task_combo.value = task.id
        self._fill_from_task()
        self.setMinimumWidth(600)
        self.tasks_read = LatestRead(self)
        destruction = sp.destruction
        self.tasks_read.start(lambda: destruction.tasks(status="open"), self._show_tasks, self._tasks_failed)
        self._while_reading(True)

    def _while_reading(self, reading: bool) -> None:
        """Until the open tasks are read, what a task would fill in cannot be typed (it would be
        written over when a task is chosen for the lots) and the form cannot be sent."""
        for widget in (self.site_combo, self.method_combo, self.lines_table, self.action_button):
            widget.setEnabled(not reading)
        self.task_combo.setToolTip("Reading the open tasks..." if reading else "")

    @property
    def loading(self) -> bool:
        return self.tasks_read.loading

    def _task_choices(self) -> list[tuple[str, int | None]]:
        return [("(no task)", None)] + [
            (f"{t.reference}  {t.site_code}, {DestructionMethod(t.method).label}, {t.planned_on}", t.id)
            for t in self._tasks.values()
        ]

    def _show_tasks(self, tasks: list[TaskInfo]) -> None:
        """The open tasks, as choices; the one chosen meanwhile stays chosen, as read when chosen."""
        chosen = self.task_combo.value
        self._tasks = {t.id: t for t in tasks} | ({chosen: self._tasks[chosen]} if chosen in self._tasks else {})
        self.task_combo.set_choices(self._task_choices())
        self._while_reading(False)
        if self._opened_for is None and chosen is None:
            offered = self._offer_task()
            if offered is not None:
                self.task_combo.value = offered.id

    def _tasks_failed(self, exc: Exception) -> None:
        self._while_reading(False)
        self.show_error(StockpileError(f"The open tasks could not be read: {exc}"))

    def _offer_task(self) -> TaskInfo | None:
        """Scheduled mines are destroyed against their task: when the selected lots are scheduled in
        open tasks, say which; when they hold nothing else and one task has them all, choose it."""
        wanted = {lot.id for lot in self._lots}
        tasks = [t for t in self._tasks.values() if wanted & {line.lot_id for line in t.lines}]
        if not tasks:
            return None
        note = plain_label(
            "Scheduled in "
            + ", ".join(f"task {t.reference} ({t.planned_on}, {t.site_code})" for t in tasks)
            + ": record the destruction of scheduled mines against their task, chosen under Task."
        )
        note.setWordWrap(True)
        self.form.insertRow(1, note)  # under the Task it speaks of
        only_scheduled = all(lot.unscheduled <= 0 for lot in self._lots)
        if len(tasks) == 1 and only_scheduled and wanted <= {line.lot_id for line in tasks[0].lines}:
            return tasks[0]
        return None

    def _fill_from_task(self) -> None:
        task = self._tasks.get(self.task_combo.value)
        if task is None:
            self.seen = self._lots
            self.lines_table.set_lines(
                [
                    Line(lot.id, lot.lot_number, lot.type_designation, lot.unscheduled, max(lot.unscheduled, 0))
                    for lot in self._lots
                ]
            )
            return
        # The lots first, then the task: a change in between then shows as a change to the lots.
        self.seen = [self.sp.queries.lot(line.lot_id) for line in task.lines]
        task = self._tasks[task.id] = self.sp.destruction.task(task.id)
        self.site_combo.value = task.site_code
        self.method_combo.value = task.method
        self.lines_table.set_lines(
            [
                Line(line.lot_id, line.lot_number, line.type_designation, line.planned, line.remaining)
                for line in task.lines
            ]
        )

    def submit(self) -> EventInfo:
        return self.sp.destruction.record_event(
            occurred_on=self.date_edit.value,
            site=self.site_combo.value,
            method=self.method_combo.value,
            officer=self.officer_edit.text(),
            witness=self.witness_edit.text(),
            certificate_number=self.certificate_edit.text(),
            lines=self.lines_table.quantities,
            task_id=self.task_combo.value,
            notes=_text(self.notes_edit),
            seen=_in_lines(self.seen, self.lines_table.quantities),
        )


class StockCheckDialog(FormDialog):
    def __init__(self, sp: Stockpile, lot: LotRow, parent: QWidget | None = None) -> None:
        super().__init__(sp, f"Stock check - lot {lot.lot_number}", "Record count", parent)
        self.lot = lot = _as_now(sp, [lot])[0]
        self.add_note(
            f"Lot {lot.lot_number} ({lot.type_designation}) at {lot.site_code}. Type the number "
            "counted, from the count sheet; the ledger's figure is not shown, so the count is blind. "
            "A difference from the ledger on that date is recorded as a gain or loss and needs a reason."
        )
        self.counted_spin = self.add_field("Counted (mines)", QuantitySpin(blank=True), "counted", "quantity")
        self.date_edit = self.add_field("Counted on", DateEdit(self.today), "date")
        self.document_edit = self.add_field("Document ref.", QLineEdit(), "document reference")
        self.reason_edit = self.add_field("Reason", reason_box(), "reason")

    def submit(self) -> MovementResult:
        return self.sp.lots.stock_check(
            self.lot.id,
            self.counted_spin.quantity,
            self.date_edit.value,
            self.document_edit.text(),
            _text(self.reason_edit),
            seen=[self.lot],
        )


class ReverseDialog(FormDialog):
    def __init__(self, sp: Stockpile, lot: LotRow, entry: LedgerEntry, parent: QWidget | None = None) -> None:
        super().__init__(sp, f"Reverse an entry - lot {lot.lot_number}", "Reverse entry", parent)
        self.entry = entry
        self.add_note(
            f"Entry {entry.id}: {entry.occurred_on} {entry.kind.replace('_', ' ')} {entry.quantity:+,} "
            f"(ref. {entry.document_ref or '-'}, by {entry.recorded_by}). The entry stays in the "
            "ledger; an opposite entry corrects it."
        )
        self.reason_edit = self.add_field("Reason", reason_box(), "reason")
        self.date_edit = self.add_field("Date", DateEdit(self.today), "date")

    def submit(self) -> MovementResult:
        return self.sp.lots.reverse(self.entry.id, _text(self.reason_edit), self.date_edit.value)


class CorrectDestructionDialog(FormDialog):
    """A recorded destruction corrected from the paper: how many of a lot were really destroyed
    (0 if none); the rest returns to the lot, or to awaiting destruction if it had been shipped."""

    def __init__(
        self, sp: Stockpile, event: EventInfo, lot_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            sp, f"Correct destruction certificate {event.certificate_number}", "Correct destruction", parent
        )
        self.destruction_event = event
        self.add_note(
            f"Destroyed on {event.occurred_on} at {event.site_code}, recorded by {event.recorded_by}. "
            "The correction is dated as the destruction was; the certificate must then be verified "
            "again, by someone other than you."
        )
        self.lot_combo = self.add_field(
            "Lot",
            ChoiceCombo(
                [
                    (f"{line.lot_number} ({line.type_designation}): {line.quantity:,} recorded destroyed", line.lot_id)
                    for line in event.lines
                ]
            ),
            "lot",
        )
        if lot_id is not None:
            self.lot_combo.value = lot_id
        self.quantity_spin = self.add_field("Really destroyed", QuantitySpin(blank=True), "quantity")
        self.reason_edit = self.add_field("Reason", reason_box(), "reason")

    def submit(self) -> EventInfo:
        return self.sp.corrections.correct_destruction(
            self.destruction_event.id,
            self.lot_combo.value,
            quantity=self.quantity_spin.quantity,
            reason=_text(self.reason_edit),
        )


class VerifyCertificateDialog(FormDialog):
    """Four eyes: a person other than the recorder checks the certificate against the event."""

    def __init__(self, sp: Stockpile, event: EventInfo, parent: QWidget | None = None) -> None:
        super().__init__(sp, f"Verify certificate {event.certificate_number}", "Verify", parent)
        self.destruction_event = event
        self.add_note(
            f"Recorded by {event.recorded_by}; destroyed {event.occurred_on} at {event.site_code}. "
            "Type the quantity the certificate states for each lot, from the paper."
        )
        self.lines_table = self.add_field("Certified", LinesTable("Destroyed", "Certified", blank=True), "certified")
        self.lines_table.set_lines(
            [
                Line(line.lot_id, line.lot_number, line.type_designation, line.quantity, line.quantity)
                for line in event.lines
            ]
        )
        self.date_edit = self.add_field("Verified on", DateEdit(self.today), "verified on")
        try:  # four eyes: say so before anything is typed, not after
            sp.destruction.require_verifier(event.id)
        except StockpileError as exc:
            self.show_error(exc)
            for widget in (self.lines_table, self.date_edit, self.action_button):
                widget.setEnabled(False)

    def submit(self) -> EventInfo:
        return self.sp.destruction.verify_certificate(
            self.destruction_event.id, verified_on=self.date_edit.value, certified=self.lines_table.all_quantities
        )


class CloseTaskDialog(FormDialog):
    """Shows the reconciliation; a discrepancy is shown, and closing then needs an explanation."""

    def __init__(self, sp: Stockpile, task: TaskInfo, parent: QWidget | None = None) -> None:
        super().__init__(sp, f"Close task {task.reference}", "Close task", parent)
        self.task = task
        rows = "".join(
            f"<tr><td>{escape(line.lot_number)}</td><td align=right>{line.planned:,}</td>"
            f"<td align=right>{line.shipped:,}</td><td align=right>{line.destroyed:,}</td>"
            f"<td align=right>{line.certified:,}</td></tr>"
            for line in task.lines
        )
        table = QLabel(
            "<table cellspacing=6><tr><th align=left>Lot</th><th>Planned</th><th>Shipped</th>"
            f"<th>Destroyed</th><th>Certified</th></tr>{rows}</table>"
        )
        self.form.addRow(table)
        self.problems = sp.destruction.discrepancies(task.id)
        self.problems_label = self.add_note(
            "Discrepancies:\n- " + "\n- ".join(self.problems)
            if self.problems
            else "Shipped, destroyed and certified agree for every lot."
        )
        if self.problems:
            self.problems_label.setStyleSheet(f"color: {alarm_colour(self.palette())};")
        self.explanation_edit = self.add_field("Explanation", reason_box(), "explanation", "reason")
        self.explanation_edit.setEnabled(bool(self.problems))

    def submit(self) -> TaskInfo:
        return self.sp.destruction.close_task(self.task.id, _text(self.explanation_edit) or None)


class MineTypeDialog(FormDialog):
    """A new catalogue entry, or, given `mine_type`, a correction of one with its reason."""

    def __init__(self, sp: Stockpile, parent: QWidget | None = None, mine_type: MineTypeInfo | None = None) -> None:
        editing = mine_type is not None
        super().__init__(
            sp,
            f"Correct mine type {mine_type.designation}" if mine_type is not None else "Add a mine type",
            "Save correction" if editing else "Add type",
            parent,
        )
        self.mine_type = mine_type
        self.designation_edit = self.add_field("Designation", QLineEdit(), "designation")
        self.name_edit = self.add_field("Name", QLineEdit(), "name")
        self.category_combo = self.add_field(
            "Category", ChoiceCombo([("AP - anti-personnel", "AP"), ("AV - anti-vehicle", "AV")]), "category"
        )
        self.activation_combo = self.add_field(
            "Activation", ChoiceCombo([("victim-activated", "victim"), ("command-detonated", "command")]), "activation"
        )
        self.sd_check = QCheckBox("self-destructs after")
        self.sd_hours_spin = QuantitySpin(4)
        self.sd_hours_spin.setSuffix(" h")
        self.sd_hours_spin.setEnabled(False)
        self.sd_check.toggled.connect(self.sd_hours_spin.setEnabled)
        self.add_field("Self-destruct", self.sd_check)
        self.add_field("Self-destruct time", self.sd_hours_spin, "self-destruct hours")
        self.sda_check = self.add_field("Self-deactivating", QCheckBox("yes"))
        self.delivery_combo = self.add_field(
            "Delivery", ChoiceCombo([(d.label, d.value) for d in Delivery]), "delivery"
        )
        self.notes_edit = self.add_field("Notes", reason_box(), "notes")
        if mine_type is not None:
            self.designation_edit.setText(mine_type.designation)
            self.name_edit.setText(mine_type.name)
            self.category_combo.value = mine_type.category
            self.activation_combo.value = mine_type.activation
            self.sd_check.setChecked(mine_type.self_destruct_hours is not None)
            self.sd_hours_spin.setValue(mine_type.self_destruct_hours or 4)
            self.sda_check.setChecked(mine_type.self_deactivating)
            self.delivery_combo.value = mine_type.delivery
            self.notes_edit.setPlainText(mine_type.notes or "")
            self.add_note(
                "Every lot of this type follows the correction; the audit log keeps the entry "
                "as it was, with your reason."
            )
            self.reason_edit = self.add_field("Reason", reason_box(), "reason")

    def submit(self) -> MineTypeInfo:
        values = dict(
            designation=self.designation_edit.text(),
            name=self.name_edit.text(),
            category=self.category_combo.value,
            activation=self.activation_combo.value,
            self_destruct_hours=self.sd_hours_spin.value() if self.sd_check.isChecked() else None,
            self_deactivating=self.sda_check.isChecked(),
            delivery=self.delivery_combo.value,
            notes=_text(self.notes_edit),
        )
        if self.mine_type is not None:
            return self.sp.catalogue.update_type(self.mine_type.id, reason=_text(self.reason_edit), **values)
        return self.sp.catalogue.add_type(**values)


class SiteDialog(FormDialog):
    """A new site, or, given `site`, a correction of one with its reason."""

    def __init__(self, sp: Stockpile, parent: QWidget | None = None, site: SiteInfo | None = None) -> None:
        super().__init__(
            sp, f"Correct site {site.code}" if site else "Add a site", "Save correction" if site else "Add site", parent
        )
        self.site = site
        self.code_edit = self.add_field("Code", QLineEdit(site.code if site else ""), "code")
        self.name_edit = self.add_field("Name", QLineEdit(site.name if site else ""), "name")
        self.country_edit = self.add_field("Country (ISO code)", QLineEdit(site.country if site else ""), "country")
        self.country_edit.setMaxLength(2)
        self.country_edit.setPlaceholderText("e.g. US, KR")
        if site is not None:
            self.reason_edit = self.add_field("Reason", reason_box(), "reason")

    def submit(self) -> SiteInfo:
        values = dict(code=self.code_edit.text(), name=self.name_edit.text(), country=self.country_edit.text())
        if self.site is not None:
            return self.sp.catalogue.update_site(self.site.id, reason=_text(self.reason_edit), **values)
        return self.sp.catalogue.add_site(**values)


class UserNameDialog(QDialog):
    """Asked once: the name goes on every record and audit entry."""

    def __init__(self, name: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Who is working?")
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("Your name goes on every record you make and on the audit log."))
        self.name_edit = QLineEdit(name)
        self.name_edit.setPlaceholderText("e.g. Sgt. J. Doe")
        layout.addWidget(self.name_edit)
        self.error_label = QLabel()
        self.error_label.setStyleSheet(f"color: {alarm_colour(self.palette())};")
        layout.addWidget(self.error_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    @property
    def name(self) -> str:
        return self.name_edit.text().strip()

    def accept(self) -> None:
        if not self.name or len(self.name) > 100:
            self.error_label.setText("Enter your name (at most 100 characters).")
            self.name_edit.setFocus()
            return
        super().accept()
