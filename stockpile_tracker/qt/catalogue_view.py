"""The Catalogue page: mine types and sites, with add and correct."""

from __future__ import annotations

from PySide6.QtCore import Signal, SignalInstance
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTableView, QVBoxLayout, QWidget

from ..domain.enums import Activation, Delivery, SiteKind
from ..services import Changes, Stockpile
from .table_model import Column, RecordTableModel
from .widgets import FitColumns, record_table, selected_row


class CatalogueView(QWidget):
    """Mine types and sites, as the lots refer to them."""

    add_type_requested = Signal()
    add_site_requested = Signal()
    edit_type_requested = Signal(object)  # MineTypeInfo
    edit_site_requested = Signal(object)  # SiteInfo
    shows = Changes.CATALOGUE_ADDED | Changes.CATALOGUE_CORRECTED

    def __init__(self, sp: Stockpile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sp = sp
        self.add_type_button = QPushButton("Add mine type...")
        self.add_site_button = QPushButton("Add site...")
        self.edit_type_button = QPushButton("Correct mine type...")
        self.edit_site_button = QPushButton("Correct site...")
        self.add_type_button.clicked.connect(self.add_type_requested)
        self.add_site_button.clicked.connect(self.add_site_requested)
        self.type_model = RecordTableModel(
            [
                Column("Designation", lambda t: t.designation),
                Column("Name", lambda t: t.name, elide=True),
                Column("Cat", lambda t: t.category),
                Column("Mines per item", lambda t: t.contents),
                Column("Activation", lambda t: Activation(t.activation).label),
                Column("SD time", lambda t: f"{t.self_destruct_hours} h" if t.self_destruct_hours else "none"),
                Column("SDA", lambda t: t.self_deactivating),
                Column("Persistent", lambda t: "PERSISTENT" if t.persistent else ""),
                Column("Delivery", lambda t: Delivery(t.delivery).label),
                Column(
                    "Form H",
                    lambda t: t.characteristics.summary,
                    tooltip="The technical characteristics recorded, of those Article 7 Form H asks for",
                ),
                Column("Notes", lambda t: t.notes, elide=True),
            ],
            self,
        )
        self.site_model = RecordTableModel(
            [
                Column("Code", lambda s: s.code),
                Column("Name", lambda s: s.name, elide=True),
                Column("Country", lambda s: s.country),
                Column("Kind", lambda s: SiteKind(s.kind).label),
            ],
            self,
        )
        self.type_table = record_table(self.type_model, "Mine types")
        self.site_table = record_table(self.site_model, "Sites")
        for table in (self.type_table, self.site_table):
            FitColumns(table)
        # a correction of the selected entry: from its button, or by double-clicking the row
        for table, button, signal in (
            (self.type_table, self.edit_type_button, self.edit_type_requested),
            (self.site_table, self.edit_site_button, self.edit_site_requested),
        ):
            button.clicked.connect(lambda _checked=False, t=table, s=signal: self._request(t, s))
            table.doubleClicked.connect(lambda _index, t=table, s=signal: self._request(t, s))
        layout = QVBoxLayout(self)
        for title, buttons, table, stretch in (
            ("Mine types", (self.edit_type_button, self.add_type_button), self.type_table, 3),
            ("Sites", (self.edit_site_button, self.add_site_button), self.site_table, 1),
        ):
            heading = QHBoxLayout()
            heading.addWidget(QLabel(title))
            heading.addStretch()
            for button in buttons:
                heading.addWidget(button)
            layout.addLayout(heading)
            layout.addWidget(table, stretch)

    @staticmethod
    def _request(table: QTableView, signal: SignalInstance) -> None:
        entry = selected_row(table)
        if entry is not None:
            signal.emit(entry)

    @property
    def loading(self) -> bool:
        """Never: the catalogue is small, read on the GUI thread in `refresh`."""
        return False

    def refresh(self) -> None:
        self.type_model.set_rows(self.sp.catalogue.types())
        self.site_model.set_rows(self.sp.catalogue.sites())
