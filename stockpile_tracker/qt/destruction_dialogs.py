"""The destruction dialogs: schedule lots for destruction, record a destruction, correct one from
the paper, verify its certificate (four eyes), close a task (a gap becomes an unaccounted loss)."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from ..domain.enums import DestructionMethod
from ..domain.errors import StockpileError
from ..i18n import translate
from ..services import Stockpile
from ..services.dto.destruction import EventInfo, TaskInfo
from ..services.dto.lots import LotRow
from .figures import figure, word
from .form_dialog import FormDialog, as_now, reason_box, typed_text
from .operations import LatestRead
from .widgets import ChoiceCombo, DateEdit, Line, LinesTable, QuantitySpin, alarm_colour, plain_label


def method_choices() -> list[tuple[str, str]]:
    """The destruction methods in the window's language (read once the language is chosen)."""
    return [(word(m), m.value) for m in DestructionMethod]


def _in_lines(lots: Sequence[LotRow], lines: dict[int, int]) -> list[LotRow]:
    """A lot set to zero is left out of the action, and so out of its check."""
    return [lot for lot in lots if lot.id in lines]


class ScheduleDialog(FormDialog):
    """Plan the destruction of one lot or several; each line starts at its unscheduled surplus."""

    def __init__(self, sp: Stockpile, lots: Sequence[LotRow], parent: QWidget | None = None) -> None:
        super().__init__(
            sp,
            translate("DestructionDialogs", "Schedule destruction"),
            translate("DestructionDialogs", "Schedule"),
            parent,
        )
        self.lots = lots = as_now(sp, lots)
        self.lines_table = self.add_field(
            translate("DestructionDialogs", "Lots"),
            LinesTable(translate("DestructionDialogs", "Unscheduled"), translate("DestructionDialogs", "Schedule")),
            "lots",
            "quantity",
        )
        self.lines_table.set_lines(
            [
                Line(lot.id, lot.lot_number, lot.type_designation, lot.unscheduled, max(lot.unscheduled, 0))
                for lot in lots
            ]
        )
        self.date_edit = self.add_field(translate("DestructionDialogs", "Planned on"), DateEdit(self.today), "date")
        self._sites = sp.catalogue.sites()
        self._programmes = {p.id: p for p in sp.destruction.programmes()}
        self.site_combo = self.add_field(translate("DestructionDialogs", "Site"), ChoiceCombo(), "site")
        self.method_combo = self.add_field(
            translate("DestructionDialogs", "Method"), ChoiceCombo(method_choices()), "method"
        )
        self.programme_combo = self.add_field(
            translate("DestructionDialogs", "Programme"),
            ChoiceCombo(
                [(translate("DestructionDialogs", "(none)"), None)]
                + [(p.name, p.id) for p in self._programmes.values()]
            ),
            "programme",
        )
        self.programme_combo.currentIndexChanged.connect(self._offer_sites)
        if self.programme_combo.count() > 1:
            self.programme_combo.setCurrentIndex(1)
        self._offer_sites()
        self.reference_edit = self.add_field(translate("DestructionDialogs", "Reference"), QLineEdit(), "reference")
        self.reference_edit.setPlaceholderText(translate("DestructionDialogs", "automatic, e.g. T-2026-014"))
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
        super().__init__(
            sp,
            translate("DestructionDialogs", "Record destruction"),
            translate("DestructionDialogs", "Record destruction"),
            parent,
        )
        self._lots = as_now(sp, lots)
        self._opened_for = task
        self._tasks = {task.id: task} if task is not None else {}
        self.task_combo = self.add_field(
            translate("DestructionDialogs", "Task"), ChoiceCombo(self._task_choices()), "task"
        )
        self.date_edit = self.add_field(translate("DestructionDialogs", "Date"), DateEdit(self.today), "date")
        self.site_combo = self.add_field(
            translate("DestructionDialogs", "Site"),
            ChoiceCombo([(f"{s.code} - {s.name}", s.code) for s in sp.catalogue.sites()]),
            "site",
        )
        self.method_combo = self.add_field(
            translate("DestructionDialogs", "Method"), ChoiceCombo(method_choices()), "method"
        )
        self.lines_table = self.add_field(
            translate("DestructionDialogs", "Lines"),
            LinesTable(translate("DestructionDialogs", "Planned"), translate("DestructionDialogs", "Destroyed")),
            "lots",
            "quantity",
        )
        self.officer_edit = self.add_field(
            translate("DestructionDialogs", "Officer in charge"), QLineEdit(), "officer in charge"
        )
        self.witness_edit = self.add_field(translate("DestructionDialogs", "Witness"), QLineEdit(), "witness")
        self.certificate_edit = self.add_field(
            translate("DestructionDialogs", "Certificate no."), QLineEdit(), "certificate number"
        )
        self.notes_edit = self.add_field(translate("DestructionDialogs", "Notes"), reason_box(), "notes")
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
        self.task_combo.setToolTip(translate("DestructionDialogs", "Reading the open tasks...") if reading else "")

    @property
    def loading(self) -> bool:
        return self.tasks_read.loading

    def _task_choices(self) -> list[tuple[str, int | None]]:
        return [(translate("DestructionDialogs", "(no task)"), None)] + [
            (f"{t.reference}  {t.site_code}, {word(DestructionMethod(t.method))}, {t.planned_on}", t.id)
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
        self.show_error(
            StockpileError(
                translate("DestructionDialogs", "The open tasks could not be read: {reason}").format(reason=exc)
            )
        )

    def _offer_task(self) -> TaskInfo | None:
        """Scheduled mines are destroyed against their task: when the selected lots are scheduled in
        open tasks, say which; when they hold nothing else and one task has them all, choose it."""
        wanted = {lot.id for lot in self._lots}
        tasks = [t for t in self._tasks.values() if wanted & {line.lot_id for line in t.lines}]
        if not tasks:
            return None
        where = ", ".join(
            translate("DestructionDialogs", "task {task} ({date}, {site})").format(
                task=t.reference, date=t.planned_on, site=t.site_code
            )
            for t in tasks
        )
        note = plain_label(
            translate(
                "DestructionDialogs",
                "Scheduled in {tasks}: record the destruction of scheduled mines against their task, chosen under "
                "Task.",
            ).format(tasks=where)
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
        title = translate("DestructionDialogs", "Correct destruction certificate {certificate}")
        super().__init__(
            sp,
            title.format(certificate=event.certificate_number),
            translate("DestructionDialogs", "Correct destruction"),
            parent,
        )
        self.destruction_event = event
        self.add_note(
            translate(
                "DestructionDialogs",
                "Destroyed on {date} at {site}, recorded by {recorder}. The correction is dated as the destruction "
                "was; the certificate must then be verified again, by someone other than you.",
            ).format(date=event.occurred_on, site=event.site_code, recorder=event.recorded_by)
        )
        line_words = translate("DestructionDialogs", "{lot} ({type}): {quantity} recorded destroyed")
        self.lot_combo = self.add_field(
            translate("DestructionDialogs", "Lot"),
            ChoiceCombo(
                [
                    (
                        line_words.format(
                            lot=line.lot_number, type=line.type_designation, quantity=figure(line.quantity)
                        ),
                        line.lot_id,
                    )
                    for line in event.lines
                ]
            ),
            "lot",
        )
        if lot_id is not None:
            self.lot_combo.value = lot_id
        self.quantity_spin = self.add_field(
            translate("DestructionDialogs", "Really destroyed"), QuantitySpin(blank=True), "quantity"
        )
        self.reason_edit = self.add_field(translate("DestructionDialogs", "Reason"), reason_box(), "reason")

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
        title = translate("DestructionDialogs", "Verify certificate {certificate}")
        super().__init__(
            sp, title.format(certificate=event.certificate_number), translate("DestructionDialogs", "Verify"), parent
        )
        self.destruction_event = event
        self.add_note(
            translate(
                "DestructionDialogs",
                "Recorded by {recorder}; destroyed {date} at {site}. Type the quantity the certificate states for "
                "each lot, from the paper.",
            ).format(recorder=event.recorded_by, date=event.occurred_on, site=event.site_code)
        )
        certified = translate("DestructionDialogs", "Certified")
        self.lines_table = self.add_field(
            certified, LinesTable(translate("DestructionDialogs", "Destroyed"), certified, blank=True), "certified"
        )
        self.lines_table.set_lines(
            [
                Line(line.lot_id, line.lot_number, line.type_designation, line.quantity, line.quantity)
                for line in event.lines
            ]
        )
        self.date_edit = self.add_field(
            translate("DestructionDialogs", "Verified on"), DateEdit(self.today), "verified on"
        )
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
    return translate(
        "DestructionDialogs",
        "Warning: certificate {certificate} was recorded by {recorder} under the operating-system login {login}, "
        "the one you are working under now. Two names on one login are often one person: verify only if you are "
        "not the one who recorded it. The login is in the audit log with your verification.",
    ).format(certificate=event.certificate_number, recorder=event.recorded_by, login=login)


class ShipmentDialog(FormDialog):
    """A task's mines leave their lots' homes for its destruction site, or come back from it not
    destroyed (`returning`): one document, a quantity per lot."""

    def __init__(
        self, sp: Stockpile, task: TaskInfo, parent: QWidget | None = None, *, returning: bool = False
    ) -> None:
        if returning:
            title = translate("DestructionDialogs", "Record a return - task {task}")
            action = translate("DestructionDialogs", "Return")
            note = translate(
                "DestructionDialogs",
                "Mines shipped for task {task} come back from {site} to their lot's home, not destroyed: on hand "
                "again, still planned by the task.",
            )
            available = translate("DestructionDialogs", "Awaiting destruction")
        else:
            title = translate("DestructionDialogs", "Ship - task {task}")
            action = translate("DestructionDialogs", "Ship")
            note = translate(
                "DestructionDialogs",
                "Mines of task {task} leave their lot's home for {site}: held at the destruction site until it "
                "reports them destroyed.",
            )
            available = translate("DestructionDialogs", "Left to ship")
        super().__init__(sp, title.format(task=task.reference), action, parent)
        self.task, self.returning = task, returning
        self.add_note(note.format(task=task.reference, site=task.site_code))
        self.lines_table = self.add_field(
            translate("DestructionDialogs", "Lots"), LinesTable(available, action), "lots", "quantity"
        )
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
                translate("DestructionDialogs", "Nothing shipped for this task awaits destruction.")
                if returning
                else translate("DestructionDialogs", "Nothing is left to ship.")
            )
        self.date_edit = self.add_field(
            translate("DestructionDialogs", "Returned on")
            if returning
            else translate("DestructionDialogs", "Shipped on"),
            DateEdit(self.today),
            "date",
        )
        self.document_edit = self.add_field(
            translate("DestructionDialogs", "Document ref."), QLineEdit(), "document reference"
        )
        self.reason_edit = (
            self.add_field(translate("DestructionDialogs", "Reason"), reason_box(), "reason") if returning else None
        )

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
        said = (
            translate("DestructionDialogs", "Return recorded for task {task}: {waiting} await destruction at {site}")
            if self.returning
            else translate("DestructionDialogs", "Shipped for task {task}: {waiting} await destruction at {site}")
        )
        return said.format(task=task.reference, waiting=figure(waiting), site=task.site_code)


class CloseTaskDialog(FormDialog):
    """Shows the reconciliation; a discrepancy is shown, and closing then needs an explanation."""

    def __init__(self, sp: Stockpile, task: TaskInfo, parent: QWidget | None = None) -> None:
        title = translate("DestructionDialogs", "Close task {task}").format(task=task.reference)
        super().__init__(sp, title, translate("DestructionDialogs", "Close task"), parent)
        self.task = task
        rows = "".join(
            f"<tr><td>{escape(line.lot_number)}</td><td align=right>{figure(line.planned)}</td>"
            f"<td align=right>{figure(line.shipped)}</td><td align=right>{figure(line.destroyed)}</td>"
            f"<td align=right>{figure(line.certified)}</td></tr>"
            for line in task.lines
        )
        lot, *figures = (
            escape(heading)
            for heading in (
                translate("DestructionDialogs", "Lot"),
                translate("DestructionDialogs", "Planned"),
                translate("DestructionDialogs", "Shipped"),
                translate("DestructionDialogs", "Destroyed"),
                translate("DestructionDialogs", "Certified"),
            )
        )
        headings = f"<th align=left>{lot}</th>" + "".join(f"<th>{heading}</th>" for heading in figures)
        table = QLabel(f"<table cellspacing=6><tr>{headings}</tr>{rows}</table>")
        self.form.addRow(table)
        unverified = [e.certificate_number for e in sp.destruction.events(task_id=task.id) if not e.verified_by]
        if unverified:  # four eyes (rule 7): said before anything is typed, not after
            self.add_note(
                translate(
                    "DestructionDialogs",
                    "Not yet verified by a second person: certificate {certificates}. The task can be closed once "
                    "they are (Destruction > Verify certificate).",
                ).format(certificates=", ".join(unverified))
            ).setStyleSheet(f"color: {alarm_colour(self.palette())};")
            self.action_button.setEnabled(False)
        self.problems = sp.destruction.discrepancies(task.id)
        self.problems_label = self.add_note(
            translate("DestructionDialogs", "Discrepancies:\n{discrepancies}").format(
                discrepancies="\n".join(f"- {problem}" for problem in self.problems)
            )
            if self.problems
            else translate("DestructionDialogs", "Shipped, destroyed and certified agree for every lot.")
        )
        if self.problems:
            self.problems_label.setStyleSheet(f"color: {alarm_colour(self.palette())};")
        self.explanation_edit = self.add_field(
            translate("DestructionDialogs", "Explanation"), reason_box(), "explanation", "reason"
        )
        self.explanation_edit.setEnabled(bool(self.problems) and not unverified)
        gaps = [line for line in task.lines if line.loss_on_closing]
        if gaps:  # rule 6: they do not vanish on closing
            of_lots = ", ".join(
                translate("DestructionDialogs", "{quantity} of lot {lot}").format(
                    quantity=figure(line.loss_on_closing), lot=line.lot_number
                )
                for line in gaps
            )
            self.add_note(
                translate(
                    "DestructionDialogs",
                    "Closing records {losses}, shipped and not reported destroyed or reported and not certified, as "
                    "an unaccounted loss with this explanation: it stays in every figure, with a finding, until it is "
                    "resolved (Destruction, Resolve unaccounted loss).",
                ).format(losses=of_lots)
            )

    def submit(self) -> TaskInfo:
        return self.sp.destruction.close_task(self.task.id, typed_text(self.explanation_edit) or None)

    def describe(self, task: TaskInfo) -> str:
        """For the status bar, once closed: the gap it left as unaccounted losses, by lot (rule 6)."""
        losses = [loss for loss in self.sp.destruction.losses() if loss.task_id == task.id]
        if not losses:
            return translate("DestructionDialogs", "Task {task} closed").format(task=task.reference)
        lost = ", ".join(
            (
                translate("DestructionDialogs", "{quantity} of lot {lot}")
                if loss.mines_per_item == 1
                else translate("DestructionDialogs", "{quantity} of lot {lot} ({mines} mines)")
            ).format(
                quantity=figure(loss.quantity), lot=loss.lot_number, mines=figure(loss.quantity * loss.mines_per_item)
            )
            for loss in losses
        )
        said = (
            translate("DestructionDialogs", "Task {task} closed; {losses} recorded as unaccounted losses")
            if len(losses) > 1
            else translate("DestructionDialogs", "Task {task} closed; {losses} recorded as unaccounted loss")
        )
        return said.format(task=task.reference, losses=lost)
