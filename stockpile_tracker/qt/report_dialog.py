"""The window's side of a report's registry entry: the dialog asking the values it needs (a date, a
year; one row per asked parameter, within the bounds the entry gives), and the freeze of a report
kept as submitted, once the user confirms it."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QSpinBox, QWidget

from ..domain.enums import Article7Part
from ..domain.errors import InvalidInput
from ..domain.rules import iso_date
from ..i18n import translate
from ..reports.registry import Asked, Prepared, ReportKind, freeze, submitted
from ..services import Stockpile
from ..services.article7 import Submission
from ..services.dto.reports import FrozenReportInfo
from .form_dialog import FormDialog
from .widgets import DateEdit


class ReportDialog(QDialog):
    def __init__(self, sp: Stockpile, kind: ReportKind, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(kind.words)
        layout = QFormLayout(self)
        self.edits: dict[str, DateEdit | QSpinBox] = {}
        for parameter in kind.parameters:
            if isinstance(parameter, Asked):
                self.edits[parameter.name] = edit = _edit(parameter.default(sp), *parameter.bounds(sp))
                layout.addRow(translate("ReportDialog", parameter.label), edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addRow(buttons)

    @property
    def values(self) -> dict[str, Any]:
        return {name: edit.value if isinstance(edit, DateEdit) else edit.value() for name, edit in self.edits.items()}


def _edit(default: Any, lowest: Any, highest: Any) -> DateEdit | QSpinBox:
    """A date edit for a date, a spin box for a whole number (a year)."""
    if isinstance(default, date):
        edit = DateEdit(default)
        edit.bound(lowest, highest)
        return edit
    spin = QSpinBox()
    spin.setRange(lowest, highest)
    spin.setValue(default)
    return spin


class FreezeDialog(FormDialog):
    """Freeze as submitted: the day it was sent and its reference go on the cover, and from then on
    the report prints the same. The day starts empty: a legal record the officer types, never a
    default accepted unread. `result_value` is the report as frozen."""

    def __init__(self, sp: Stockpile, prepared: Prepared, parent: QWidget | None = None) -> None:
        super().__init__(
            sp, translate("ReportDialog", "Freeze as submitted"), translate("ReportDialog", "Freeze"), parent
        )
        self.prepared = prepared
        self.add_note(
            translate(
                "ReportDialog",
                "Freeze this report as submitted ({report})? It will print the same forever, with the submission "
                "on its cover; later corrections go into the next year.",
            ).format(report=prepared.report.title)
        )
        self.submitted_on = self.add_field(
            translate("ReportDialog", "Date of submission"), QLineEdit(), "date of submission"
        )
        self.submitted_on.setPlaceholderText(translate("ReportDialog", "YYYY-MM-DD"))
        self.reference = self.add_field(
            translate("ReportDialog", "Reference (optional)"), QLineEdit(), Article7Part.SUBMISSION_REF.label
        )

    @property
    def submitted_day(self) -> date:
        typed = self.submitted_on.text().strip()
        if not typed:
            raise InvalidInput(
                "date of submission", translate("ReportDialog", "type the day the report was submitted (YYYY-MM-DD)")
            )
        try:
            return iso_date(typed)
        except ValueError:
            raise InvalidInput(
                "date of submission",
                translate("ReportDialog", "{typed} is not a date (YYYY-MM-DD)").format(typed=repr(typed)),
            ) from None

    def submit(self) -> FrozenReportInfo:
        submission = Submission(self.submitted_day, self.reference.text())
        return freeze(self.sp, submitted(self.sp, self.prepared, submission))
