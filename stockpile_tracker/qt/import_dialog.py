"""File > Import: the whole file checked first; the rows it would write and every problem by line
and column; Import only when there are none."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..domain.enums import Activation, Category, Delivery, RetentionCategory, SiteKind
from ..domain.errors import StockpileError
from ..i18n import QT_TRANSLATE_NOOP, translate
from ..reports.registry import AsOf
from ..services import Stockpile
from ..services.dto.imports import COUNTS_MINES, ImportPlan, Problem
from ..services.import_movements import FILE_KINDS
from ..services.import_table import read_import_file
from ..services.importing import ImportRejected
from ..services.progress import Cancelled, Progress
from ..services.spreadsheet import sheet_choice
from .figures import counted, figure, word
from .long_task import with_progress
from .table_model import Column, RecordTableModel
from .widgets import DateEdit

TITLES = {  # shown through translate: the dialog is built once the language is chosen
    "lots": QT_TRANSLATE_NOOP("ImportDialog", "Import lots - {file}"),
    "destructions": QT_TRANSLATE_NOOP("ImportDialog", "Import destruction history - {file}"),
    "movements": QT_TRANSLATE_NOOP("ImportDialog", "Import movements - {file}"),
    "types": QT_TRANSLATE_NOOP("ImportDialog", "Import mine types - {file}"),
    "sites": QT_TRANSLATE_NOOP("ImportDialog", "Import sites - {file}"),
}
ROW_COLUMNS: dict[str, list[Column]] = {
    "lots": [
        Column(QT_TRANSLATE_NOOP("ImportDialog", "Lot no."), lambda r: r["lot_number"]),
        Column(QT_TRANSLATE_NOOP("ImportDialog", "Type"), lambda r: r["type"]),
        Column(QT_TRANSLATE_NOOP("ImportDialog", "Site"), lambda r: r["site"]),
        Column(QT_TRANSLATE_NOOP("ImportDialog", "Quantity"), lambda r: r["quantity"], numeric=True),
        Column(
            QT_TRANSLATE_NOOP("ImportDialog", "Kept for"),
            lambda r: (
                word(RetentionCategory(r["retention"])) if r["retention"] else translate("ImportDialog", "surplus")
            ),
        ),
        Column(
            QT_TRANSLATE_NOOP("ImportDialog", "Taken on"),
            lambda r: translate("ImportDialog", "{kind}, {date}").format(
                kind=word(r["kind"]), date=r["on"].isoformat()
            ),
        ),
    ],
    "destructions": [
        Column(QT_TRANSLATE_NOOP("ImportDialog", "Certificate"), lambda r: r["certificate"]),
        Column(QT_TRANSLATE_NOOP("ImportDialog", "Date"), lambda r: r["destroyed_on"]),
        Column(QT_TRANSLATE_NOOP("ImportDialog", "Site"), lambda r: r["site"]),
        Column(QT_TRANSLATE_NOOP("ImportDialog", "Method"), lambda r: r["method"]),
        Column(QT_TRANSLATE_NOOP("ImportDialog", "Lots"), lambda r: len(r["lines"]), numeric=True),
        Column(QT_TRANSLATE_NOOP("ImportDialog", "Quantity"), lambda r: r["quantity"], numeric=True),
    ],
    "movements": [
        Column(QT_TRANSLATE_NOOP("ImportDialog", "Date"), lambda r: r["on"]),
        Column(QT_TRANSLATE_NOOP("ImportDialog", "Kind"), lambda r: word(FILE_KINDS[r["kind"]])),
        Column(QT_TRANSLATE_NOOP("ImportDialog", "Lot no."), lambda r: r["lot_number"]),
        Column(QT_TRANSLATE_NOOP("ImportDialog", "Type"), lambda r: r["type"]),
        Column(QT_TRANSLATE_NOOP("ImportDialog", "Site"), lambda r: r["site"]),
        Column(QT_TRANSLATE_NOOP("ImportDialog", "Quantity"), lambda r: r["quantity"], numeric=True),
        Column(QT_TRANSLATE_NOOP("ImportDialog", "Reference"), lambda r: r["reference"]),
        Column(
            QT_TRANSLATE_NOOP("ImportDialog", "To"),
            lambda r: (
                translate("ImportDialog", "{site}, task {task}").format(site=r["to_site"], task=r["task"])
                if "task" in r
                else ""
            ),
        ),
    ],
    "types": [
        Column(QT_TRANSLATE_NOOP("ImportDialog", "Designation"), lambda r: r["designation"]),
        Column(QT_TRANSLATE_NOOP("ImportDialog", "Name"), lambda r: r["name"]),
        Column(QT_TRANSLATE_NOOP("ImportDialog", "Category"), lambda r: word(Category(r["category"]))),
        Column(QT_TRANSLATE_NOOP("ImportDialog", "Activation"), lambda r: word(Activation(r["activation"]))),
        Column(
            QT_TRANSLATE_NOOP("ImportDialog", "SD time"),
            lambda r: (
                translate("ImportDialog", "{hours} h").format(hours=r["self_destruct_hours"])
                if r["self_destruct_hours"]
                else translate("ImportDialog", "none")
            ),
        ),
        Column(
            QT_TRANSLATE_NOOP("ImportDialog", "SDA"),
            lambda r: translate("ImportDialog", "yes") if r["self_deactivating"] else translate("ImportDialog", "no"),
        ),
        Column(QT_TRANSLATE_NOOP("ImportDialog", "Delivery"), lambda r: word(Delivery(r["delivery"]))),
    ],
    "sites": [
        Column(QT_TRANSLATE_NOOP("ImportDialog", "Code"), lambda r: r["code"]),
        Column(QT_TRANSLATE_NOOP("ImportDialog", "Name"), lambda r: r["name"]),
        Column(QT_TRANSLATE_NOOP("ImportDialog", "Country"), lambda r: r["country"]),
        Column(QT_TRANSLATE_NOOP("ImportDialog", "Kind"), lambda r: word(SiteKind(r["kind"]))),
    ],
}


CHECK_CANCELLED = QT_TRANSLATE_NOOP(
    "ImportDialog", "the check was cancelled: nothing is imported unchecked; open the file again to check it"
)
# What the rows are, counted (ImportPlan.summary, in the window's language and locale).
ROWS_ARE = {
    "lots": (QT_TRANSLATE_NOOP("ImportDialog", "{count} lot"), QT_TRANSLATE_NOOP("ImportDialog", "{count} lots")),
    "destructions": (
        QT_TRANSLATE_NOOP("ImportDialog", "{count} destruction event"),
        QT_TRANSLATE_NOOP("ImportDialog", "{count} destruction events"),
    ),
    "types": (
        QT_TRANSLATE_NOOP("ImportDialog", "{count} mine type"),
        QT_TRANSLATE_NOOP("ImportDialog", "{count} mine types"),
    ),
    "sites": (QT_TRANSLATE_NOOP("ImportDialog", "{count} site"), QT_TRANSLATE_NOOP("ImportDialog", "{count} sites")),
    "movements": (
        QT_TRANSLATE_NOOP("ImportDialog", "{count} movement"),
        QT_TRANSLATE_NOOP("ImportDialog", "{count} movements"),
    ),
}
FLAGS_SHOWN = 5


def import_summary(plan: ImportPlan) -> str:
    """As ImportPlan.summary counts the rows ("3 lots, 1,500 items (1,700 mines)"), in the
    window's language, its figures in the locale."""
    one, many = ROWS_ARE[plan.kind]
    rows = counted(len(plan.rows), translate("ImportDialog", one), translate("ImportDialog", many))
    if plan.kind not in COUNTS_MINES:
        return rows
    mines = counted(plan.mines, translate("ImportDialog", "{count} mine"), translate("ImportDialog", "{count} mines"))
    if plan.mines == plan.quantity:
        return translate("ImportDialog", "{rows}, {mines}").format(rows=rows, mines=mines)
    items = counted(
        plan.quantity, translate("ImportDialog", "{count} item"), translate("ImportDialog", "{count} items")
    )
    return translate("ImportDialog", "{rows}, {items} ({mines})").format(
        rows=rows, items=items, mines=mines
    )  # flagged rows listed in the preview; the rest are counted


class ImportDialog(QDialog):
    """File > Import: the whole file checked first; the rows it would write and every problem by
    line and column; Import only when there are none."""

    REMEDIES = {
        "type": QT_TRANSLATE_NOOP(
            "ImportDialog", 'add it on the Catalogue page, or tick "add unknown mine types" above'
        ),
        "site": QT_TRANSLATE_NOOP("ImportDialog", 'add it on the Catalogue page, or tick "add unknown sites" above'),
    }

    def __init__(self, sp: Stockpile, kind: str, path: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sp, self.kind, self.path = sp, kind, path
        self.data = read_import_file(path)
        # A workbook's rows come from the sheet chosen here: its first, until another is chosen. One that
        # opens on another sheet (which Excel shows) starts with none chosen: the preview says so.
        self.sheet_box = QComboBox()
        sheets, opened = sheet_choice(self.data)
        self.sheet_box.addItems(sheets)
        if opened is not None:
            self.sheet_box.setCurrentIndex(-1)
            self.sheet_box.setPlaceholderText(translate("ImportDialog", "Choose the sheet to read"))
        self.sheet_box.setAccessibleName(translate("ImportDialog", "Sheet"))
        where = (
            translate("ImportDialog", "Row") if self.sheet_box.count() else translate("ImportDialog", "Line")
        )  # a sheet's rows, a CSV file's lines
        self.setWindowTitle(translate("ImportDialog", TITLES[kind]).format(file=Path(path).name))
        self.add_types_check = QCheckBox(
            translate("ImportDialog", "add unknown mine types (needs the category column)")
        )
        self.add_sites_check = QCheckBox(translate("ImportDialog", "add unknown sites"))
        # Rows without received_on are stock already held, taken on charge as of this day.
        self.opening_edit = DateEdit(AsOf().default(sp))
        self.opening_edit.bound(*AsOf().bounds(sp))
        self.summary_label = QLabel()
        self.summary_label.setTextFormat(Qt.TextFormat.PlainText)
        self.summary_label.setWordWrap(True)
        self.warnings_label = QLabel()  # rows written but flagged for review, as the actions flag them
        self.warnings_label.setTextFormat(Qt.TextFormat.PlainText)
        self.warnings_label.setWordWrap(True)
        columns = [replace(column, title=translate("ImportDialog", column.title)) for column in ROW_COLUMNS[kind]]
        self.rows_model = RecordTableModel([Column(where, lambda r: r["line"], numeric=True), *columns], self)
        self.problems_model = RecordTableModel(
            [
                Column(where, lambda p: p.line, numeric=True),
                Column(translate("ImportDialog", "Column"), lambda p: p.shown_column),
                Column(translate("ImportDialog", "Problem"), self.problem_words),
            ],
            self,
        )
        self.rows_table = QTableView()
        self.rows_table.setModel(self.rows_model)
        self.problems_table = QTableView()
        self.rows_table.setAccessibleName(translate("ImportDialog", "Rows read from the file"))
        self.problems_table.setAccessibleName(translate("ImportDialog", "Problems in the file"))
        self.problems_table.setModel(self.problems_model)
        for table in (self.rows_table, self.problems_table):
            table.verticalHeader().setVisible(False)
            table.horizontalHeader().setStretchLastSection(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(
            translate("ImportDialog", "Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        if self.sheet_box.count():
            sheet = QFormLayout()
            sheet.addRow(translate("ImportDialog", "&Sheet"), self.sheet_box)
            layout.addLayout(sheet)
        if kind == "lots":
            layout.addWidget(self.add_types_check)
            layout.addWidget(self.add_sites_check)
            opening = QFormLayout()
            opening.addRow(translate("ImportDialog", "Opening balance as of"), self.opening_edit)
            self.opening_edit.setToolTip(
                translate(
                    "ImportDialog",
                    "Rows without received_on are the stock held when the record starts, taken on charge on this "
                    "day; rows with received_on are receipts on their own day",
                )
            )
            layout.addLayout(opening)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.warnings_label)
        layout.addWidget(QLabel(translate("ImportDialog", "Problems (nothing is imported while there are any)")))
        layout.addWidget(self.problems_table, 1)
        layout.addWidget(QLabel(translate("ImportDialog", "Rows to import")))
        layout.addWidget(self.rows_table, 2)
        layout.addWidget(self.buttons)
        self.sheet_box.currentIndexChanged.connect(self.check_file)
        self.add_types_check.toggled.connect(self.check_file)
        self.add_sites_check.toggled.connect(self.check_file)
        self.opening_edit.dateChanged.connect(self.check_file)
        self.resize(820, 620)
        self.result_value: ImportPlan | None = None
        self.check_file()

    def problem_words(self, problem: Problem) -> str:
        """The problem, and for a name the catalogue lacks, how to add it."""
        if not problem.missing:
            return problem.message
        remedy = translate("ImportDialog", self.REMEDIES[problem.column])
        return translate("ImportDialog", "{problem}; {remedy}").format(problem=problem.message, remedy=remedy)

    def _options(self) -> dict[str, Any]:
        sheet = {"sheet": self.sheet_box.currentText()} if self.sheet_box.currentIndex() >= 0 else {}
        if self.kind == "lots":
            return sheet | {
                "add_types": self.add_types_check.isChecked(),
                "add_sites": self.add_sites_check.isChecked(),
                "as_of": self.opening_edit.value,
            }
        return sheet

    def check_file(self) -> None:
        """The whole file checked, with progress by rows; a check cancelled leaves Import disabled."""
        try:
            plan = with_progress(
                self, translate("ImportDialog", "Checking the file"), lambda progress: self._run("plan", progress)
            )
        except Cancelled:
            plan = ImportPlan(self.kind, problems=[Problem(0, "file", translate("ImportDialog", CHECK_CANCELLED))])
        self._show_plan(plan)

    def _run(self, verb: str, progress: Progress, **more: Any) -> ImportPlan:
        """The import service's plan_KIND or import_KIND, for this dialog's kind of file."""
        method: Callable[..., ImportPlan] = getattr(self.sp.imports, f"{verb}_{self.kind}")
        return method(self.data, progress=progress, **more, **self._options())

    def _show_plan(self, plan: ImportPlan) -> None:
        self.plan = plan
        self.rows_model.set_rows(plan.rows)
        self.problems_model.set_rows(plan.problems)
        self.problems_table.resizeColumnsToContents()
        self.rows_table.resizeColumnsToContents()
        said = [
            (
                translate("ImportDialog", "{summary}; 1 problem.")
                if len(plan.problems) == 1
                else translate("ImportDialog", "{summary}; {count} problems.")
            ).format(summary=import_summary(plan), count=figure(len(plan.problems)))
        ]
        if plan.unchanged:
            said.append(
                translate("ImportDialog", "Already in the catalogue, left as they are: {names}.").format(
                    names=", ".join(plan.unchanged)
                )
            )
        if plan.new_types or plan.new_sites:
            none = translate("ImportDialog", "none")
            said.append(
                translate("ImportDialog", "New types: {types}; new sites: {sites}.").format(
                    types=", ".join(plan.new_types) or none, sites=", ".join(plan.new_sites) or none
                )
            )
        if plan.sheet is not None:  # the sheet read, named: a workbook may hold several
            said.insert(0, translate("ImportDialog", "Sheet {sheet}:").format(sheet=repr(plan.sheet)))
        self.summary_label.setText(" ".join(said))
        shown = [
            translate("ImportDialog", "Flagged: {warning}").format(warning=warning)
            for warning in plan.warnings[:FLAGS_SHOWN]
        ]
        if len(plan.warnings) > FLAGS_SHOWN:  # the dialog stays on the screen; the audit keeps every one
            shown.append(
                translate(
                    "ImportDialog", "... and {count} more rows flagged (the command line's --dry-run lists them all)"
                ).format(count=figure(len(plan.warnings) - FLAGS_SHOWN))
            )
        self.warnings_label.setText("\n".join(shown))
        self.warnings_label.setVisible(bool(plan.warnings))
        self.import_button.setEnabled(plan.ok and bool(plan.rows))

    def accept(self) -> None:
        source = Path(self.path).name
        try:
            self.result_value = with_progress(
                self,
                translate("ImportDialog", "Importing"),
                lambda progress: self._run("import", progress, source=source),
            )
        except Cancelled:
            self.summary_label.setText(translate("ImportDialog", "The import was cancelled: nothing was imported."))
            return
        except ImportRejected as exc:  # a rule only the writing weighs: listed with the others
            self._show_plan(exc.plan)
            return
        except StockpileError as exc:
            QMessageBox.warning(self, translate("ImportDialog", "Import"), str(exc))
            self.check_file()
            return
        super().accept()
