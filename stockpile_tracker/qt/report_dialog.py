"""The window's side of a report's registry entry: the dialog asking the values it needs (a date, a
year; one row per asked parameter, within the bounds the entry gives), and the freeze of a report
kept as submitted, once the user confirms it."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QMessageBox, QSpinBox, QWidget

from ..domain.errors import StockpileError
from ..reports.registry import Asked, Prepared, ReportKind, freeze
from ..services import Stockpile
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
                layout.addRow(parameter.label, edit)
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


def confirm_freeze(parent: QWidget, sp: Stockpile, prepared: Prepared) -> bool:
    """True once frozen; a refusal is shown in a box on `parent`."""
    answer = QMessageBox.question(
        parent,
        "Freeze as submitted",
        f"Freeze the {prepared.report.title} as submitted? It will print the same forever; "
        "later corrections go into the next year.",
    )
    if answer != QMessageBox.StandardButton.Yes:
        return False
    try:
        freeze(sp, prepared)
    except StockpileError as exc:
        QMessageBox.warning(parent, "Freeze", str(exc))
        return False
    return True
