"""Table models with named columns and roles: one column list per table, one reset method, a
sort role carrying the native value and a role returning the row object."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QIcon

from ..i18n import translate
from .figures import day, in_column

NO_PARENT = QModelIndex()
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2

# Translucent, so that the row keeps the palette's own background under the tint and its text stays
# readable on a light or a dark palette: on white these are pale blue and pale pink.
RETAINED_TINT = QColor(60, 130, 230, 38)
PROBLEM_TINT = QColor(242, 99, 67, 41)


@dataclass(frozen=True)
class Column:
    """`title` and `tooltip` in English, marked QT_TRANSLATE_NOOP(context, ...) where the columns are
    declared: the model shows them translated in its `context`."""

    title: str
    value: Callable[[Any], Any]
    numeric: bool = False
    sort_key: str | None = None  # the query's sort key, for tables sorted in the database
    tooltip: str | None = None
    elide: bool = False  # long text: the column gives up width first, and the cell's tooltip holds it whole


def display(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return translate("RecordTableModel", "yes") if value else translate("RecordTableModel", "no")
    if isinstance(value, int):
        return in_column(value)
    if isinstance(value, date):
        return day(value)
    return str(value)


class RecordTableModel(QAbstractTableModel):
    """Rows are frozen dataclasses from the services; the model never talks to the database."""

    def __init__(self, columns: Sequence[Column], parent: QObject | None = None, *, context: str = "") -> None:
        """`context`: the translation context the columns' titles and tooltips are marked in."""
        super().__init__(parent)
        self.columns = list(columns)
        self.context = context
        self._rows: list[Any] = []
        self.row_tint: Callable[[Any], QColor | None] = lambda _row: None
        self.row_icon: Callable[[Any, int], QIcon | None] = lambda _row, _column: None

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row(self, index: int) -> Any:
        return self._rows[index]

    @property
    def rows(self) -> list[Any]:
        return list(self._rows)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        column = self.columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return translate(self.context, column.title)
        if role == Qt.ItemDataRole.ToolTipRole:
            return translate(self.context, column.tooltip) if column.tooltip else None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter) if column.numeric else None
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole or (role == Qt.ItemDataRole.ToolTipRole and column.elide):
            return display(column.value(row))
        if role == SORT_ROLE:
            return column.value(row)
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.TextAlignmentRole:
            horizontal = Qt.AlignmentFlag.AlignRight if column.numeric else Qt.AlignmentFlag.AlignLeft
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole:
            tint = self.row_tint(row)
            return QBrush(tint) if tint is not None else None
        if role == Qt.ItemDataRole.DecorationRole:
            return self.row_icon(row, index.column())
        return None
