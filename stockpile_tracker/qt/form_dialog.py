"""The base of the action dialogs. Layout in one place, data in and out through properties,
validation in `accept()` by the service itself: on an error the dialog stays open, says what is
wrong next to the form and puts the focus on the field the error names."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any, TypeVar, cast

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ..domain.errors import InvalidInput, StockpileError
from ..i18n import QT_TRANSLATE_NOOP, translate
from ..services import Stockpile
from ..services.dto.lots import LotRow
from .figures import figure
from .widgets import QuantitySpin, add_access_keys, alarm_colour, labelled

Field = TypeVar("Field", bound=QWidget)  # a form's input: add_field gives it back as it was given

ERROR_STYLE = "border: 2px solid #b3261e;"
ERROR_LINES = 6  # a longer message scrolls
SPIN_UNITS = (  # what a QuantitySpin counts, as its refusal of "1,5" names it
    QT_TRANSLATE_NOOP("FormDialog", "mines"),
    QT_TRANSLATE_NOOP("FormDialog", "hours"),
    QT_TRANSLATE_NOOP("FormDialog", "grams"),
)


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
        self.error_area.setAccessibleName(translate("FormDialog", "What is wrong"))
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

    def add_field(
        self,
        label: str,
        widget: Field,
        *error_fields: str,
        form: QFormLayout | None = None,
        beside: Sequence[QWidget] = (),
    ) -> Field:
        """Add a row, to the dialog's form or to `form` (a group's); `error_fields` are the names the
        services use for it in their messages; `beside` (a Browse... button) follow it on its row."""
        form = self.form if form is None else form
        if beside:
            row = QHBoxLayout()
            row.addWidget(widget)
            for each in beside:
                row.addWidget(each)
            form.addRow(labelled(label, widget), row)  # a row of widgets: the label names the first
        else:
            form.addRow(label, widget)
        for name in error_fields:
            self._fields[name] = widget
        return widget

    def add_group(self, title: str) -> QFormLayout:
        """A titled group of rows in the form; add_field(..., form=) fills it."""
        group = QGroupBox(title)
        self.form.addRow(group)
        return QFormLayout(group)

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
        add_access_keys(self)  # once every row is there; the next show finds them given
        self.fit()
        first = self.first_field()
        if first is not None:
            first.setFocus(Qt.FocusReason.ActiveWindowFocusReason)

    def fit(self) -> None:
        """Grow (never shrink) to the height the form needs at its width: wrapped notes and an error
        message take height for their width, which a dialog does not work out by itself. As wide as
        its rows need, too: a minimum width set on a dialog (setMinimumWidth) stands in for its
        layout's, and a longer translation would otherwise be cut at its right edge."""
        self.column.activate()
        wide = self.column.totalMinimumSize().width()
        if wide > self.width():
            self.setMinimumWidth(wide)
            self.resize(wide, self.height())
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
                    said = translate(
                        "FormDialog",
                        "{typed} is not a whole number of {unit}; write it with digits only, or with "
                        "commas between groups of three digits",
                    )
                    raise InvalidInput(
                        name, said.format(typed=repr(spin.cleanText()), unit=translate("FormDialog", spin.unit))
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


def typed_text(widget: QLineEdit | QPlainTextEdit) -> str:
    return widget.toPlainText() if isinstance(widget, QPlainTextEdit) else widget.text()


def as_now(sp: Stockpile, lots: Sequence[LotRow]) -> list[LotRow]:
    """The lots read afresh as the form opens: the form shows these figures, and the service refuses
    the action if another user changes them before it is submitted (the `seen` of each action)."""
    return [sp.queries.lot(lot.id) for lot in lots]


def unit_words(lot: LotRow) -> str:
    """What the lot's figures count (LotRow.unit), in the window's language."""
    if lot.mines_per_item == 1:
        return translate("FormDialog", "mines")
    return translate("FormDialog", "items of {mines} mines").format(mines=figure(lot.mines_per_item))


def reason_box() -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)  # Tab goes on to the next field, as in every other field
    box.setFixedHeight(60)
    return box
