"""Import mine types and sites, the catalogue a record starts from (another system's, or a national
list), read and checked as the other imports are (import_table.py), each entry by the catalogue's
own checks. An entry the catalogue already holds is accepted only as it is there, and left so: an
import adds entries and never corrects one, since a correction needs its reason (the Catalogue page,
or CatalogueService.update_type and update_site). An optional cell left empty says nothing of an entry
already held (a file without contents columns matches an ADAM projectile of 36 AP)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import Field, dataclass, fields
from typing import Any

from ..domain.enums import Activation, Category, Delivery, Labelled, SiteKind
from ..domain.errors import InvalidInput
from ..domain.rules import folded
from ..i18n import QT_TRANSLATE_NOOP, translate
from .catalogue import MINE_TYPES, SITES, Entries, country_code
from .dto.catalogue import Characteristics
from .dto.imports import ImportPlan
from .import_table import Row, read_table
from .progress import Progress, counted, halves, no_progress

Cell = Callable[[Row], object]


def _self_destruct_hours(row: Row) -> int | None:
    """Empty or "none": the type does not self-destruct (the Catalogue page shows "none")."""
    if (row.cells.get("self_destruct_hours") or "").strip().lower() == "none":
        return None
    return row.whole("self_destruct_hours", required=False)


def _country(row: Row) -> str | None:
    """The country cell checked as the catalogue checks it, so that its problem is listed with the
    row's others."""
    value = row.text("country", required=True)
    if value is None:
        return None
    try:
        return country_code(value)
    except InvalidInput as exc:
        _refused(row, exc)
        return None


def _refused(row: Row, exc: InvalidInput) -> None:
    """The catalogue's refusal as the row's problem, in the column of the field it names
    ("self-destruct hours" is self_destruct_hours, "explosive mass (g)" explosive_mass_g)."""
    row.problem(re.sub(r"\W+", "_", exc.field).strip("_"), exc.message)


def _characteristic(field: Field[Any]) -> Cell:
    """The reader of one of Form H's characteristics, each optional: masses in whole grams."""
    if field.metadata.get("grams"):
        return lambda row: row.whole(field.name, required=False)
    return lambda row: row.text(field.name, max_length=field.metadata["max_length"])


@dataclass(frozen=True)
class EntryColumns:
    """The columns of one kind of catalogue entry in an import file: each is a field of the entry,
    read from its cell by its reader; the entry is then checked as the catalogue checks a new one.
    Another optional column is one more line in `optional`, for a field the catalogue takes."""

    kind: str  # ImportPlan.kind
    entries: Entries[Any, Any]
    required: dict[str, Cell]
    optional: dict[str, Cell]


TYPE_COLUMNS = EntryColumns(
    "types",
    MINE_TYPES,
    required={
        "designation": lambda row: row.text("designation", required=True, max_length=40),
        "name": lambda row: row.text("name", required=True),
        "category": lambda row: row.choice("category", Category),
        "activation": lambda row: row.choice("activation", Activation),
        "self_destruct_hours": _self_destruct_hours,
        "self_deactivating": lambda row: row.yes_no("self_deactivating"),
        "delivery": lambda row: row.choice("delivery", Delivery),
    },
    optional={
        "notes": lambda row: row.text("notes", max_length=2000, lines=True),
        # the item's contents; both empty: one mine of its category (CatalogueService.add_type)
        "ap_per_item": lambda row: row.whole("ap_per_item", required=False, positive=False),
        "av_per_item": lambda row: row.whole("av_per_item", required=False, positive=False),
        **{field.name: _characteristic(field) for field in fields(Characteristics)},
    },
)
SITE_COLUMNS = EntryColumns(
    "sites",
    SITES,
    required={
        "code": lambda row: row.text("code", required=True, max_length=40),
        "name": lambda row: row.text("name", required=True),
        "country": _country,
        "kind": lambda row: row.choice("kind", SiteKind),
    },
    optional={},
)


def plan_entries(
    columns: EntryColumns, data: bytes, held: list[Any], sheet: str | None = None, progress: Progress = no_progress
) -> ImportPlan:
    """The entries a file would add to the catalogue, which already `held` (infos), or its problems."""
    reading, checking = halves(progress)
    rows, problems, read_from = read_table(data, tuple(columns.required), tuple(columns.optional), sheet, reading)
    plan = ImportPlan(columns.kind, problems=problems, sheet=read_from)
    entries, key = columns.entries, columns.entries.key.key
    catalogue = {folded(getattr(info, key)): info for info in held}  # m67 is M67 (CatalogueService.add)
    seen: dict[str, tuple[int, str]] = {}
    for row in counted(checking, rows, "checking row"):
        values = _checked(row, columns)
        if values is None:
            continue
        name = values[key]
        if folded(name) in seen:
            line, first = seen[folded(name)]
            also = ALSO_ON[entries.name] if first == name else ALSO_ON_AS[entries.name]
            row.problem(key, translate("Imports", also).format(name=name, other=row.at(line), first=first))
            continue
        seen[folded(name)] = (row.line, name)
        held_as = catalogue.get(folded(name))
        if held_as is None:
            plan.rows.append({"line": row.line} | values)
            continue
        said = [
            field for field in entries.fields if field not in columns.optional or (row.cells.get(field) or "").strip()
        ]
        differing = [field for field in said if getattr(held_as, field) != values[field]]
        for field in differing:
            row.problem(
                field,
                translate("Imports", HELD_OTHERWISE[entries.name]).format(
                    name=name,
                    column=field,
                    held=_said(field, getattr(held_as, field)),
                    file=_said(field, values[field]),
                ),
            )
        if not differing:
            plan.unchanged.append(name)
    plan.problems.sort(key=lambda p: p.line)
    return plan


# By kind of entry (Entries.name), whole sentences for the translators.
ALSO_ON = {
    "mine type": QT_TRANSLATE_NOOP("Imports", "mine type {name} is also on {other}"),
    "site": QT_TRANSLATE_NOOP("Imports", "site {name} is also on {other}"),
}
ALSO_ON_AS = {
    "mine type": QT_TRANSLATE_NOOP("Imports", "mine type {name} is also on {other} (as {first})"),
    "site": QT_TRANSLATE_NOOP("Imports", "site {name} is also on {other} (as {first})"),
}
HELD_OTHERWISE = {
    "mine type": QT_TRANSLATE_NOOP(
        "Imports",
        "mine type {name} is already in the catalogue with {column} {held}, not {file}; an import adds mine types, "
        "it does not correct them",
    ),
    "site": QT_TRANSLATE_NOOP(
        "Imports",
        "site {name} is already in the catalogue with {column} {held}, not {file}; an import adds sites, it does "
        "not correct them",
    ),
}


def _checked(row: Row, columns: EntryColumns) -> dict[str, Any] | None:
    """The row's cells, each read, then the entry checked whole as the catalogue checks a new one;
    None, with the row's problems, if any cell or the entry is wrong."""
    problems = len(row.problems)
    cells = {name: read(row) for name, read in (columns.required | columns.optional).items()}
    if len(row.problems) > problems:
        return None
    try:
        return columns.entries.values(**cells)
    except InvalidInput as exc:  # a rule of the catalogue's across cells: the contents of an item and its category
        _refused(row, exc)
        return None


# The fields whose stored codes are said in words (DOMAIN.md section 5): "destruction site", not 'destruction'.
IN_WORDS: dict[str, type[Labelled]] = {
    "category": Category,
    "activation": Activation,
    "delivery": Delivery,
    "kind": SiteKind,
}


def _said(field: str, value: object) -> str:
    """A field's value in words: a choice by its label, otherwise as the file would give it."""
    if field in IN_WORDS and isinstance(value, str):
        return IN_WORDS[field](value).label.lower()
    if value is None:
        return "none"
    if isinstance(value, bool):
        return "yes" if value else "no"
    return repr(value) if isinstance(value, str) else str(value)
