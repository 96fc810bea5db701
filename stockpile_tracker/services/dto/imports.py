"""What an import would do: the rows ready to write, or the problems that stop it."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ...i18n import QT_TRANSLATE_NOOP, translate

# A problem's column is a column of the file, named as its header names it (the user looks for it
# there), or one of these places, which are words and are translated.
PLACES = (
    QT_TRANSLATE_NOOP("Fields", "file"),
    QT_TRANSLATE_NOOP("Fields", "header"),
    QT_TRANSLATE_NOOP("Fields", "sheet"),
    QT_TRANSLATE_NOOP("Fields", "row"),
    QT_TRANSLATE_NOOP("Fields", "line"),
)


@dataclass(frozen=True)
class Problem:
    line: int
    column: str
    message: str
    missing: bool = False  # the cell names a type or site the catalogue lacks: each caller says how to add it

    @property
    def shown_column(self) -> str:
        """The column as the file's header names it, or the place (file, header, ...) in the language."""
        return translate("Fields", self.column) if self.column in PLACES else self.column

    def __str__(self) -> str:
        if self.line and not self.column:  # the whole row's problem: "line 7 is hidden: ..."
            return translate("Imports", "line {line} {message}").format(line=self.line, message=self.message)
        if self.column in PLACES:
            place = translate("Fields", self.column)
            if self.line:
                return translate("Imports", "line {line}, {place}: {message}").format(
                    line=self.line, place=place, message=self.message
                )
            return translate("Imports", "{place}: {message}").format(place=place, message=self.message)
        if self.line:
            return translate("Imports", "line {line}, {column}: {message}").format(
                line=self.line, column=self.column, message=self.message
            )
        return translate("Imports", "{column}: {message}").format(column=self.column, message=self.message)

    def in_sheet(self, sheet: str) -> str:
        """The problem as a workbook's sheet names it: by sheet and row."""
        if self.line and not self.column:
            return translate("Imports", "sheet {sheet}, row {line} {message}").format(
                sheet=repr(sheet), line=self.line, message=self.message
            )
        if self.column in PLACES:
            place = translate("Fields", self.column)
            if self.line:
                return translate("Imports", "sheet {sheet}, row {line}, {place}: {message}").format(
                    sheet=repr(sheet), line=self.line, place=place, message=self.message
                )
            return translate("Imports", "sheet {sheet}, {place}: {message}").format(
                sheet=repr(sheet), place=place, message=self.message
            )
        if self.line:
            return translate("Imports", "sheet {sheet}, row {line}, {column}: {message}").format(
                sheet=repr(sheet), line=self.line, column=self.column, message=self.message
            )
        return translate("Imports", "sheet {sheet}, {column}: {message}").format(
            sheet=repr(sheet), column=self.column, message=self.message
        )


@dataclass
class ImportPlan:
    """What an import would do: rows ready to write, or the problems that stop it."""

    kind: str
    rows: list[dict[str, Any]] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    new_types: dict[str, dict[str, Any]] = field(default_factory=dict)
    new_sites: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)  # catalogue entries already held as the file has them
    warnings: list[Problem] = field(default_factory=list)  # rows written but flagged for review, by line
    mines: int = 0  # what the rows' items hold (lots, destructions): items x the type's mines per item
    sheet: str | None = None  # the workbook sheet the rows were read from; None for a CSV file

    def said(self, problem: Problem) -> str:
        """A problem (or warning) as its file names it: by CSV line, or by sheet and row."""
        return str(problem) if self.sheet is None else problem.in_sheet(self.sheet)

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def quantity(self) -> int:
        return sum(row["quantity"] for row in self.rows)

    @property
    def summary(self) -> str:
        """What the rows are, counted: "3 lots, 1,500 items (1,700 mines)", "2 sites"; "3 lots, 1,500
        mines" when every item is one mine. The ledger counts items; a Volcano canister holds several."""
        one, many = ROWS_ARE[self.kind]
        counted = f"{len(self.rows):,} {one if len(self.rows) == 1 else many}"
        if self.kind not in COUNTS_MINES:
            return counted
        mines = f"{self.mines:,} mine{'' if self.mines == 1 else 's'}"
        if self.mines == self.quantity:
            return f"{counted}, {mines}"
        return f"{counted}, {self.quantity:,} item{'' if self.quantity == 1 else 's'} ({mines})"


ROWS_ARE = {
    "lots": ("lot", "lots"),
    "destructions": ("destruction event", "destruction events"),
    "types": ("mine type", "mine types"),
    "sites": ("site", "sites"),
    "movements": ("movement", "movements"),
}
COUNTS_MINES = frozenset({"lots", "destructions"})
