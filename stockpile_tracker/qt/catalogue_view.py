"""The Catalogue page: mine types and sites, with add and correct."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Signal, SignalInstance
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTableView, QVBoxLayout, QWidget

from ..domain.enums import Activation, Delivery, SiteKind
from ..i18n import QT_TRANSLATE_NOOP, translate
from ..services import Changes, Stockpile
from ..services.dto.catalogue import Characteristics
from .figures import figure, word
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
        self.add_type_button = QPushButton(translate("CatalogueView", "Add mine type..."))
        self.add_site_button = QPushButton(translate("CatalogueView", "Add site..."))
        self.edit_type_button = QPushButton(translate("CatalogueView", "Correct mine type..."))
        self.edit_site_button = QPushButton(translate("CatalogueView", "Correct site..."))
        self.add_type_button.clicked.connect(self.add_type_requested)
        self.add_site_button.clicked.connect(self.add_site_requested)
        self.type_model = RecordTableModel(
            [
                Column(QT_TRANSLATE_NOOP("CatalogueView", "Designation"), lambda t: t.designation),
                Column(QT_TRANSLATE_NOOP("CatalogueView", "Name"), lambda t: t.name, elide=True),
                Column(QT_TRANSLATE_NOOP("CatalogueView", "Cat"), lambda t: t.category),
                Column(QT_TRANSLATE_NOOP("CatalogueView", "Mines per item"), lambda t: t.contents),
                Column(QT_TRANSLATE_NOOP("CatalogueView", "Activation"), lambda t: word(Activation(t.activation))),
                Column(
                    QT_TRANSLATE_NOOP("CatalogueView", "SD time"),
                    lambda t: (
                        translate("CatalogueView", "{hours} h").format(hours=figure(t.self_destruct_hours))
                        if t.self_destruct_hours
                        else translate("CatalogueView", "none")
                    ),
                ),
                Column(QT_TRANSLATE_NOOP("CatalogueView", "SDA"), lambda t: t.self_deactivating),
                Column(
                    QT_TRANSLATE_NOOP("CatalogueView", "Persistent"),
                    lambda t: translate("CatalogueView", "PERSISTENT") if t.persistent else "",
                ),
                Column(QT_TRANSLATE_NOOP("CatalogueView", "Delivery"), lambda t: word(Delivery(t.delivery))),
                Column(
                    QT_TRANSLATE_NOOP("CatalogueView", "Form H"),
                    lambda t: translate("CatalogueView", "{recorded} of {asked}").format(
                        recorded=t.characteristics.recorded, asked=len(Characteristics.names())
                    ),
                    tooltip=QT_TRANSLATE_NOOP(
                        "CatalogueView", "The technical characteristics recorded, of those Article 7 Form H asks for"
                    ),
                ),
                Column(QT_TRANSLATE_NOOP("CatalogueView", "Notes"), lambda t: t.notes, elide=True),
            ],
            self,
            context="CatalogueView",
        )
        self.site_model = RecordTableModel(
            [
                Column(QT_TRANSLATE_NOOP("CatalogueView", "Code"), lambda s: s.code),
                Column(QT_TRANSLATE_NOOP("CatalogueView", "Name"), lambda s: s.name, elide=True),
                Column(QT_TRANSLATE_NOOP("CatalogueView", "Country"), lambda s: s.country),
                Column(QT_TRANSLATE_NOOP("CatalogueView", "Kind"), lambda s: word(SiteKind(s.kind))),
            ],
            self,
            context="CatalogueView",
        )
        self.type_table = record_table(self.type_model, translate("CatalogueView", "Mine types"))
        self.site_table = record_table(self.site_model, translate("CatalogueView", "Sites"))
        self.shown_table = self.type_table  # the one File > Export table writes: the last to have focus
        for table in (self.type_table, self.site_table):
            FitColumns(table)
            table.installEventFilter(self)
        # a correction of the selected entry: from its button, or by double-clicking the row
        for table, button, signal in (
            (self.type_table, self.edit_type_button, self.edit_type_requested),
            (self.site_table, self.edit_site_button, self.edit_site_requested),
        ):
            button.clicked.connect(lambda _checked=False, t=table, s=signal: self._request(t, s))
            table.doubleClicked.connect(lambda _index, t=table, s=signal: self._request(t, s))
        layout = QVBoxLayout(self)
        for title, buttons, table, stretch in (
            (
                translate("CatalogueView", "Mine types"),
                (self.edit_type_button, self.add_type_button),
                self.type_table,
                3,
            ),
            (translate("CatalogueView", "Sites"), (self.edit_site_button, self.add_site_button), self.site_table, 1),
        ):
            heading = QHBoxLayout()
            heading.addWidget(QLabel(title))
            heading.addStretch()
            for button in buttons:
                heading.addWidget(button)
            layout.addLayout(heading)
            layout.addWidget(table, stretch)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.FocusIn and watched in (self.type_table, self.site_table):
            self.shown_table = watched
        return super().eventFilter(watched, event)

    def exported(self) -> tuple[str, RecordTableModel]:
        """The table File > Export table writes, with its name: the one the user last worked in (the
        mine types until then), so the sites are exported as sites."""
        if self.shown_table is self.site_table:
            return QT_TRANSLATE_NOOP("MainWindow", "Sites"), self.site_model
        return QT_TRANSLATE_NOOP("MainWindow", "Catalogue"), self.type_model

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
