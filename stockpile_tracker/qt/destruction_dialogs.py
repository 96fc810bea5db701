"""The destruction dialogs: schedule lots for destruction, record a destruction, correct one from
the paper, verify its certificate (four eyes), close a task (a gap becomes an unaccounted loss)."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from ..domain.enums import DestructionMethod
from ..domain.errors import StockpileError
from ..services import Stockpile
from ..services.dto.destruction import EventInfo, TaskInfo
from ..services.dto.lots import LotRow
from .form_dialog import FormDialog, as_now, reason_box, typed_text
from .operations import LatestRead
from .widgets import ChoiceCombo, DateEdit, Line, LinesTable, QuantitySpin, alarm_colour, plain_label

METHOD_CHOICES = [(m.label, m.value) for m in DestructionMethod]


def _in_lines(lots: Sequence[LotRow], lines: dict[int, int]) -> list[LotRow]:
    """A lot set to zero is left out of the action, and so out of its check."""
    return [lot for lot in lots if lot.id in lines]


class ScheduleDialog(FormDialog):
    """Plan the destruction of one lot or several; each line starts at its unscheduled surplus."""

    def __init__(self, sp: Stockpile, lots: Sequence[LotRow], parent: QWidget | None = None) -> None:
        super().__init__(sp, "Schedule destruction", "Schedule", parent)
        self.lots = lots = as_now(sp, lots)
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
        self._lots = as_now(sp, lots)
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
            notes=typed_text(self.notes_edit),
            seen=_in_lines(self.seen, self.lines_table.quantities),
        )


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
            reason=typed_text(self.reason_edit),
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
        self.shared_login_note: QLabel | None = None  # one computer account recorded and verifies
        try:  # four eyes: say so before anything is typed, not after
            sp.destruction.require_verifier(event.id)
        except StockpileError as exc:
            self.show_error(exc)
            for widget in (self.lines_table, self.date_edit, self.action_button):
                widget.setEnabled(False)
            return
        shared = sp.destruction.shared_os_login(event.id)
        if shared is not None:
            self.shared_login_note = self.add_note(shared_login_warning(event, shared))

    def submit(self) -> EventInfo:
        return self.sp.destruction.verify_certificate(
            self.destruction_event.id, verified_on=self.date_edit.value, certified=self.lines_table.all_quantities
        )


def shared_login_warning(event: EventInfo, login: str) -> str:
    """What the verifier reads when the certificate was recorded under their own computer account."""
    return (
        f"Warning: certificate {event.certificate_number} was recorded by {event.recorded_by} under the "
        f"operating-system login {login}, the one you are working under now. Two names on one login are "
        "often one person: verify only if you are not the one who recorded it. The login is in the audit "
        "log with your verification."
    )


class ShipmentDialog(FormDialog):
    """A task's mines leave their lots' homes for its destruction site, or come back from it not
    destroyed (`returning`): one document, a quantity per lot."""

    def __init__(
        self, sp: Stockpile, task: TaskInfo, parent: QWidget | None = None, *, returning: bool = False
    ) -> None:
        verb = "Record a return" if returning else "Ship"
        super().__init__(sp, f"{verb} - task {task.reference}", verb.split()[-1].capitalize(), parent)
        self.task, self.returning = task, returning
        self.add_note(
            f"Mines shipped for task {task.reference} come back from {task.site_code} to their lot's home, not "
            "destroyed: on hand again, still planned by the task."
            if returning
            else f"Mines of task {task.reference} leave their lot's home for {task.site_code}: held at the "
            "destruction site until it reports them destroyed."
        )
        header = ("Awaiting destruction", "Return") if returning else ("Left to ship", "Ship")
        self.lines_table = self.add_field("Lots", LinesTable(*header), "lots", "quantity")
        lines = [
            (line, line.awaiting_destruction if returning else line.planned - line.shipped - line.on_site)
            for line in task.lines
        ]
        self.lines_table.set_lines(
            [
                Line(line.lot_id, line.lot_number, line.type_designation, room, 0 if returning else room)
                for line, room in lines
                if room > 0
            ]
        )
        if not any(room > 0 for _line, room in lines):
            self.add_note(
                "Nothing shipped for this task awaits destruction." if returning else "Nothing is left to ship."
            )
        self.date_edit = self.add_field("Returned on" if returning else "Shipped on", DateEdit(self.today), "date")
        self.document_edit = self.add_field("Document ref.", QLineEdit(), "document reference")
        self.reason_edit = self.add_field("Reason", reason_box(), "reason") if returning else None

    def submit(self) -> TaskInfo:
        on, lines, document = self.date_edit.value, self.lines_table.quantities, self.document_edit.text()
        if self.reason_edit is not None:
            reason = typed_text(self.reason_edit)
            return self.sp.destruction.return_shipped(
                self.task.id, on=on, lines=lines, document_ref=document, reason=reason
            )
        return self.sp.destruction.ship(self.task.id, on=on, lines=lines, document_ref=document)

    def describe(self, task: TaskInfo) -> str:
        """For the status bar: what the task has at its destruction site now."""
        waiting = sum(line.awaiting_destruction for line in task.lines)
        done = "Return recorded" if self.returning else "Shipped"
        return f"{done} for task {task.reference}: {waiting:,} await destruction at {task.site_code}"


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
        unverified = [e.certificate_number for e in sp.destruction.events(task_id=task.id) if not e.verified_by]
        if unverified:  # four eyes (rule 7): said before anything is typed, not after
            self.add_note(
                f"Not yet verified by a second person: certificate {', '.join(unverified)}. The task can be "
                "closed once they are (Destruction > Verify certificate)."
            ).setStyleSheet(f"color: {alarm_colour(self.palette())};")
            self.action_button.setEnabled(False)
        self.problems = sp.destruction.discrepancies(task.id)
        self.problems_label = self.add_note(
            "Discrepancies:\n- " + "\n- ".join(self.problems)
            if self.problems
            else "Shipped, destroyed and certified agree for every lot."
        )
        if self.problems:
            self.problems_label.setStyleSheet(f"color: {alarm_colour(self.palette())};")
        self.explanation_edit = self.add_field("Explanation", reason_box(), "explanation", "reason")
        self.explanation_edit.setEnabled(bool(self.problems) and not unverified)
        gaps = [line for line in task.lines if line.loss_on_closing]
        if gaps:  # rule 6: they do not vanish on closing
            self.add_note(
                "Closing records "
                + ", ".join(f"{line.loss_on_closing:,} of lot {line.lot_number}" for line in gaps)
                + ", shipped and not reported destroyed or reported and not certified, as an unaccounted loss "
                "with this explanation: it stays "
                "in every figure, with a finding, until it is resolved (Destruction, Resolve unaccounted loss)."
            )

    def submit(self) -> TaskInfo:
        return self.sp.destruction.close_task(self.task.id, typed_text(self.explanation_edit) or None)

    def describe(self, task: TaskInfo) -> str:
        """For the status bar, once closed: the gap it left as unaccounted losses, by lot (rule 6)."""
        losses = [loss for loss in self.sp.destruction.losses() if loss.task_id == task.id]
        if not losses:
            return f"Task {task.reference} closed"
        lost = ", ".join(
            f"{loss.quantity:,} of lot {loss.lot_number}"
            + ("" if loss.mines_per_item == 1 else f" ({loss.quantity * loss.mines_per_item:,} mines)")
            for loss in losses
        )
        return f"Task {task.reference} closed; {lost} recorded as unaccounted loss{'es' if len(losses) > 1 else ''}"
