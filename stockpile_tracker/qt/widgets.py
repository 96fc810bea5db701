"""Small widgets shared by dialogs and views."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from math import ceil
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QDate, QEvent, QObject, Qt
from PySide6.QtGui import QFocusEvent, QFont, QKeyEvent, QPalette, QResizeEvent, QValidator
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QSpinBox,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QToolBar,
    QToolButton,
    QWidget,
)

from ..domain.rules import MAX_QUANTITY
from ..i18n import translate
from .figures import figure
from .table_model import ROW_ROLE, RecordTableModel

BLANK = -1  # the value of an empty QuantitySpin(blank=True)
FILTER_DELAY_MS = 150  # typing applies a filter this long after the last key, not on every key
MIN_LONG_COLUMN = 72  # pixels: a long-text column shrinks no further, so a few words always show


def record_table(model: QAbstractItemModel, name: str) -> QTableView:
    """`name`: what the table lists, as a screen reader says it."""
    table = QTableView()
    table.setAccessibleName(name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setAlternatingRowColors(True)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(24)
    table.horizontalHeader().setHighlightSections(False)
    table.horizontalHeader().setStretchLastSection(True)
    # Columns sized from the first 50 rows, not all: two screenfuls, and measuring costs a call into
    # the model per row and column on the GUI thread (200 rows of the national log took 160 ms).
    table.horizontalHeader().setResizeContentsPrecision(50)
    table.setWordWrap(False)
    return table


def labelled(text: str, field: QWidget) -> QLabel:
    """The label before a field on a row: its buddy, so that a screen reader names the field by it
    and its access key (add_access_keys) puts the focus in the field."""
    label = QLabel(text)
    label.setBuddy(field)
    return label


def add_access_keys(root: QWidget, taken: Iterable[str] = ()) -> None:
    """An access key (Alt+letter) for each field's label and each tick box under `root` that has
    none: the first letter of its words not yet used, initials first. `taken`: the letters already
    held beside it (the menu bar's), which would make the key ambiguous."""
    used = {letter.lower() for letter in taken}
    pending: list[QLabel | QCheckBox] = []
    keyed: list[QLabel | QCheckBox] = [*root.findChildren(QLabel), *root.findChildren(QCheckBox)]
    for widget in keyed:
        if isinstance(widget, QLabel) and widget.buddy() is None:
            continue
        if "&" in widget.text():
            used.add(widget.text().split("&", 1)[1][:1].lower())
        else:
            pending.append(widget)
    for widget in pending:
        text = widget.text()
        initials = [i for i, c in enumerate(text) if c.isalnum() and (i == 0 or not text[i - 1].isalnum())]
        free = [i for i in [*initials, *range(len(text))] if text[i].isalnum() and text[i].lower() not in used]
        if free:
            used.add(text[free[0]].lower())
            widget.setText(f"{text[: free[0]]}&{text[free[0] :]}")


def name_more_button(toolbar: QToolBar) -> None:
    """The button Qt adds to a toolbar narrower than its tools has no name a screen reader can say."""
    more = toolbar.findChild(QToolButton, "qt_toolbar_ext_button")
    if more is not None:
        more.setAccessibleName(translate("Widgets", "More tools"))


def numeric_font() -> QFont:
    """Tabular figures, so that columns of numbers line up digit under digit."""
    font = QFont()
    font.setFeature(QFont.Tag("tnum"), 1)
    return font


def selected_row(table: QTableView) -> Any:
    """The row object of the table's current row, or None; none once it is no longer selected
    (Ctrl+click took it out), as the actions on it are then disabled."""
    selection = table.selectionModel()
    index = selection.currentIndex()
    return table.model().data(index, ROW_ROLE) if index.isValid() and selection.isRowSelected(index.row()) else None


def plain_label(text: str = "") -> QLabel:
    """A label for text that holds names people typed: shown as typed, never read as HTML."""
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def alarm_colour(palette: QPalette) -> str:
    """A red that reads on the palette's background: dark red on light, light red on dark."""
    return "#ff8a80" if is_dark(palette) else "#b3261e"


class ReadNote(QLabel):
    """Under a page filled from the background: `reading` ("Loading the stockpile...") while its
    rows are read (the rows shown until then stay), `failed` with its {error} in red when the read
    failed, nothing otherwise. Both whole sentences, translated by the page."""

    def __init__(self, reading: str, failed: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)  # an error may quote names as typed
        self.setWordWrap(True)
        self.reading, self.failure = reading, failed
        self.hide()

    def loading(self) -> None:
        self.setStyleSheet("")
        self.setText(self.reading)
        self.show()

    def failed(self, exc: Exception) -> None:
        self.setStyleSheet(f"color: {alarm_colour(self.palette())}; font-weight: bold;")
        self.setText(self.failure.format(error=exc))
        self.show()

    def done(self) -> None:
        self.hide()


class ElidedLabel(QLabel):
    """One line of plain text that takes the width it is given, never more: what does not fit ends
    in "..." and the whole text is the tooltip, or `detail` when given (a fuller text). text() is
    the whole text."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self._whole = self._detail = ""
        self.setText(text)

    def text(self) -> str:
        return self._whole

    def setText(self, text: str, detail: str = "") -> None:
        self._whole, self._detail = text, detail
        self._elide()

    def shown(self) -> str:
        """What the label shows: the whole text, or its start and "..." when it does not fit."""
        return super().text()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        shown = self.fontMetrics().elidedText(self._whole, Qt.TextElideMode.ElideRight, self.contentsRect().width())
        super().setText(shown)
        self.setAccessibleName(self._whole)  # a screen reader reads it whole, as cut short it says less
        self.setToolTip(self._detail or (self._whole if shown != self._whole else ""))


class FitColumns(QObject):
    """Keeps a table's columns within its width: each column as wide as its contents and header;
    if they do not all fit, the long-text columns (Column.elide) give up the difference in
    proportion to their width, elided, with the whole text as tooltip. The user can still drag a
    column wider; the fit is made again when the rows change or the table is resized.

    A header wants its words only, and room for the sort arrow where the arrow is (Qt would keep it
    in every column: 20 pixels each). The columns `whole` are measured on every row read, and
    never give up width: when they do not fit, the table scrolls sideways instead."""

    def __init__(self, table: QTableView, whole: Iterable[int] = ()) -> None:
        super().__init__(table)
        self.table = table
        self.whole = frozenset(whole)
        self._wanted: list[int] = []
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        table.viewport().installEventFilter(self)
        table.model().modelReset.connect(self.measure)
        header.sortIndicatorChanged.connect(lambda *_: self.measure())

    def measure(self) -> None:
        """The width each column's contents and header want (from the first rows, see record_table)."""
        table, header = self.table, self.table.horizontalHeader()
        columns = range(table.model().columnCount())
        arrow = header.isSortIndicatorShown()
        header.setSortIndicatorShown(False)
        words = [header.sectionSizeHint(column) for column in columns]
        header.setSortIndicatorShown(arrow)
        if arrow and header.sortIndicatorSection() in columns:
            words[header.sortIndicatorSection()] = header.sectionSizeHint(header.sortIndicatorSection())
        self._wanted = [max(self._contents(column), words[column]) for column in columns]
        self.fit()

    def _contents(self, column: int) -> int:
        if column not in self.whole:
            return self.table.sizeHintForColumn(column)
        header = self.table.horizontalHeader()
        precision = header.resizeContentsPrecision()
        header.setResizeContentsPrecision(-1)  # every row read: its longest value whole
        try:
            return self.table.sizeHintForColumn(column)
        finally:
            header.setResizeContentsPrecision(precision)

    def fit(self) -> None:
        if not self._wanted:
            return
        model = self.table.model()
        assert isinstance(model, RecordTableModel)  # its columns say which are long text
        long = [column for column, spec in enumerate(model.columns) if spec.elide and column not in self.whole]
        widths = list(self._wanted)
        excess = sum(widths) - self.table.viewport().width()
        shrinkable = sum(widths[column] - MIN_LONG_COLUMN for column in long if widths[column] > MIN_LONG_COLUMN)
        if excess > 0 and shrinkable > 0:
            share = min(1.0, excess / shrinkable)
            for column in long:
                if widths[column] > MIN_LONG_COLUMN:
                    widths[column] -= ceil((widths[column] - MIN_LONG_COLUMN) * share)
        header = self.table.horizontalHeader()
        for column, width in enumerate(widths):
            header.resizeSection(column, width)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False


class QuantitySpin(QSpinBox):
    """A whole number of its `unit` (mines, grams, hours), with thousands separators; zero is
    allowed so the service can explain why not.

    A `blank` spin starts empty and stays empty until a figure is typed, for figures that must be
    read off paper (a count, a certificate) rather than confirmed: its `quantity` is then None."""

    def __init__(
        self, value: int = 0, parent: QWidget | None = None, *, blank: bool = False, unit: str = "mines"
    ) -> None:
        super().__init__(parent)
        self._blank = blank
        self.unit = unit  # what the form's refusal of "1,5" names
        self.setRange(BLANK if blank else 0, MAX_QUANTITY)
        self.setGroupSeparatorShown(True)
        self.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.setValue(BLANK if blank else value)

    @property
    def quantity(self) -> int | None:
        return None if self.value() == BLANK else self.value()

    def textFromValue(self, value: int) -> str:
        return "" if self._blank and value == BLANK else super().textFromValue(value)

    def valueFromText(self, text: str) -> int:
        return BLANK if self._blank and not text.strip() else super().valueFromText(text)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        """Leaving the field keeps what was typed. Qt would put back the last whole number, so
        "1,5" and Tab would become 1; the form refuses "1,5" instead."""
        if self.hasAcceptableInput():
            super().focusOutEvent(event)
        else:
            QWidget.focusOutEvent(self, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter submits the form with what was typed, for the same reason. A figure typed into a
        field showing 0 replaces it: typed before the 0, 1000 would become 10,000."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not self.hasAcceptableInput():
            event.ignore()  # the dialog's default button takes it, and the form says why not
            return
        if event.text().isdigit() and self.cleanText() == "0":
            self.lineEdit().clear()
        super().keyPressEvent(event)

    def validate(self, text: str, position: int) -> tuple[QValidator.State, str, int]:
        """Digits, with the locale's thousands separator (1,500 / 1 500 / 15.000) only between groups
        of three: "1,5" and "1,00" are not 15 and 100 (a decimal comma in Europe), nor "1.5" 15 (a
        decimal point), so they are never accepted; the form says so when submitted. Where the
        separator is a space, one typed with the space bar is one too."""
        bare = text.removeprefix(self.prefix()).removesuffix(self.suffix()).strip()
        if self._blank and not bare:
            return QValidator.State.Acceptable, text, position
        group = self.locale().groupSeparator()
        group = f"[{re.escape(group)} ]" if group.isspace() else re.escape(group)
        if not re.fullmatch(rf"(\d|,|\.|{group})*", bare):
            return QValidator.State.Invalid, text, position
        if not re.fullmatch(rf"\d{{1,3}}({group}\d{{3}})*|\d+", bare):
            return QValidator.State.Intermediate, text, position  # "1,0" may yet become "1,000"
        return super().validate(text, position)


class DateEdit(QDateEdit):
    def __init__(self, value: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat("yyyy-MM-dd")
        self.value = value

    @property
    def value(self) -> date:
        day = self.date()
        return date(day.year(), day.month(), day.day())

    @value.setter
    def value(self, day: date) -> None:
        self.setDate(QDate(day.year, day.month, day.day))

    def bound(self, lowest: date, highest: date) -> None:
        """Only days from `lowest` to `highest` (both allowed) can be chosen."""
        self.setMinimumDate(QDate(lowest.year, lowest.month, lowest.day))
        self.setMaximumDate(QDate(highest.year, highest.month, highest.day))


class ChoiceCombo(QComboBox):
    """A combo of (label, value) pairs with the value as a property."""

    def __init__(self, choices: Sequence[tuple[str, object]] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)  # choices added later show whole
        self.set_choices(choices)

    def set_choices(self, choices: Sequence[tuple[str, object]]) -> None:
        current = self.value if self.count() else None
        self.blockSignals(True)
        self.clear()
        for label, value in choices:
            self.addItem(label, value)
        if current is not None:
            self.value = current
        self.blockSignals(False)

    @property
    def value(self) -> Any:  # the value given with the chosen label
        return self.currentData()

    @value.setter
    def value(self, value: object) -> None:
        index = self.findData(value)
        if index >= 0:
            self.setCurrentIndex(index)


@dataclass(frozen=True)
class Line:
    lot_id: int
    lot_number: str
    type_designation: str
    available: int
    quantity: int


class LinesTable(QTableWidget):
    """Lot lines with a quantity each: schedule, record destruction, verify a certificate."""

    def __init__(
        self, available_title: str, quantity_title: str, parent: QWidget | None = None, *, blank: bool = False
    ) -> None:
        super().__init__(0, 4, parent)
        self._blank = blank  # quantities typed from paper: the lines start empty
        self.setHorizontalHeaderLabels(
            [translate("Widgets", "Lot no."), translate("Widgets", "Type"), available_title, quantity_title]
        )
        self.verticalHeader().setVisible(False)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setTabKeyNavigation(False)  # Tab goes through the quantities and on, not from cell to cell
        self._quantity_title = quantity_title
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self._lines: list[Line] = []

    def set_lines(self, lines: Sequence[Line]) -> None:
        self._lines = list(lines)
        self.clearContents()
        self.setRowCount(0)  # drops the old rows' spin boxes before the new rows get theirs
        self.setRowCount(len(self._lines))
        for row, line in enumerate(self._lines):
            for column, text in enumerate((line.lot_number, line.type_designation, figure(line.available))):
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                if column == 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.setItem(row, column, item)
            spin = QuantitySpin(line.quantity, blank=self._blank)
            spin.setAccessibleName(  # said without the row
                translate("Widgets", "{column}, lot {lot}").format(column=self._quantity_title, lot=line.lot_number)
            )
            self.setCellWidget(row, 3, spin)
            QWidget.setTabOrder(self.spin(row - 1) if row else self, spin)  # Tab: from the table to its lines
        self.setMinimumHeight(min(60 + 30 * len(self._lines), 260))

    def spin(self, row: int) -> QuantitySpin:
        spin = self.cellWidget(row, 3)
        assert isinstance(spin, QuantitySpin)  # set_lines puts one in every row
        return spin

    @property
    def all_quantities(self) -> dict[int, int | None]:
        """Every line's quantity; None for a blank line not yet typed."""
        return {line.lot_id: self.spin(row).quantity for row, line in enumerate(self._lines)}

    @property
    def quantities(self) -> dict[int, int]:
        """Lot id -> quantity, leaving out lines set to zero (a way to drop a lot from the list)."""
        return {lot_id: quantity for lot_id, quantity in self.all_quantities.items() if quantity}

    @quantities.setter
    def quantities(self, values: dict[int, int]) -> None:
        for row, line in enumerate(self._lines):
            self.spin(row).setValue(values.get(line.lot_id, 0))
