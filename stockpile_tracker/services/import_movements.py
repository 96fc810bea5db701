"""Import movements: the ledger entries a script or another system brings as a file. Each row goes
through the `post_...` part of the lot or destruction action it stands for, in file order, inside
the import's one transaction, so it meets the rules that action meets one entry at a time. A row a
rule refuses is rolled back to its savepoint and named by line and column, and the rows after it are
still tried, so that every problem of the file is named at once; then nothing is kept."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..db.models import DestructionTask, Lot, MineType, Site, TaskLine
from ..domain.enums import AT_ANY_OWN_SITE, MovementKind, TaskStatus
from ..domain.errors import InvalidInput, StockpileError
from ..domain.rules import identifier_spellings
from ..i18n import translate
from .base import Context
from .catalogue import CatalogueService
from .destruction import DestructionService
from .destruction_info import task_info
from .destruction_plan import left_to_ship
from .dto.imports import ImportPlan, Problem
from .finding_words import figure
from .import_table import Row, read_table
from .ledger import held_at, lot_name
from .lots import LotService, held_on, own_holding
from .progress import Progress, counted, halves

MOVEMENT_REQUIRED = ("date", "kind", "lot_number", "type", "site", "quantity", "reference")
MOVEMENT_OPTIONAL = ("to_site", "reason", "notes")
# The kind column's words and the ledger entry each stands for.
FILE_KINDS = {
    "opening": MovementKind.OPENING_BALANCE,
    "receipt": MovementKind.RECEIPT,
    "discovery": MovementKind.DISCOVERY,
    "transfer_in": MovementKind.TRANSFER_IN,
    "transfer_out": MovementKind.TRANSFER_OUT,
    "training": MovementKind.TRAINING,
    "check_gain": MovementKind.CHECK_GAIN,
    "check_loss": MovementKind.CHECK_LOSS,
    "ship": MovementKind.OUT_FOR_DESTRUCTION,
    "move": MovementKind.MOVE_OUT,  # and its move in at `to_site`
    "return": MovementKind.SHIPMENT_RETURN,  # from the destruction site `site` to the lot's home
}
KIND_WORDS = tuple(FILE_KINDS)
# Incoming kinds that take a lot not yet on the record on charge at the row's site.
TAKE_ON = frozenset({"opening", "receipt", "discovery", "transfer_in"})
NAMES_TO_SITE = frozenset({"ship", "move", "return"})
# A field the lot and destruction services name in a refusal, as the file's column.
FIELD_COLUMNS = {
    "date": "date",
    "quantity": "quantity",
    "counted": "quantity",
    "reason": "reason",
    "document reference": "reference",
    "to site": "to_site",
    "lot number": "lot_number",
    "lots": "lot_number",
    "lot": "lot_number",
    "type": "type",
    "site": "site",
    "notes": "notes",
    "kind": "kind",
    "to_site": "to_site",
}

# Unscheduled surplus is counted and transferred out where it is, at any of the lot's own sites;
# every other entry of a lot on the record is at its home (DOMAIN.md section 2, holding).
WHERE_HELD = frozenset(word for word, kind in FILE_KINDS.items() if kind in AT_ANY_OWN_SITE)


class MovementImport:
    """One movements file, checked and posted in the import's transaction (`ImportService`)."""

    def __init__(
        self, ctx: Context, catalogue: CatalogueService, lots: LotService, destruction: DestructionService
    ) -> None:
        self.ctx, self.catalogue, self.lots, self.destruction = ctx, catalogue, lots, destruction

    def post_file(self, session: Session, data: bytes, sheet: str | None, progress: Progress) -> ImportPlan:
        """Every row's cells checked, then every whole row posted in file order; the plan holds the
        rows posted, their warnings, and every problem by line."""
        reading, posting = halves(progress)
        rows, problems, read_from = read_table(data, MOVEMENT_REQUIRED, MOVEMENT_OPTIONAL, sheet, reading)
        plan = ImportPlan("movements", problems=problems, sheet=read_from)
        types = {t.designation for t in self.catalogue.types()}
        sites = {s.code for s in self.catalogue.sites()}
        today = self.ctx.today()
        whole = [entry for row in rows if (entry := _cells(row, today, types, sites)) is not None]
        for entry in counted(posting, whole, "recording row"):
            savepoint = session.begin_nested()
            try:
                warnings = self._post(session, entry)
            except StockpileError as exc:
                savepoint.rollback()
                plan.problems.append(_problem(entry["line"], exc))
                continue
            savepoint.commit()
            plan.warnings += warnings
            plan.rows.append(entry)
        plan.problems.sort(key=lambda p: p.line)
        plan.warnings.sort(key=lambda p: p.line)
        return plan

    def _post(self, session: Session, row: dict[str, Any]) -> list[Problem]:
        """One row through the action it stands for; the warnings the action gives, by line."""
        kind, quantity, on, reference, reason = row["kind"], row["quantity"], row["on"], row["reference"], row["reason"]
        lot = next(  # as typed (a legacy one may hold an en dash), else with plain hyphens, as a new one is kept
            (
                found
                for spelling in identifier_spellings(row["lot_number"])
                if (
                    found := session.scalar(
                        select(Lot)
                        .join(MineType)
                        .where(MineType.designation == row["type"], Lot.lot_number == spelling)
                    )
                )
                is not None
            ),
            None,
        )
        if lot is None:
            if kind not in TAKE_ON:
                raise InvalidInput(
                    "lot number",
                    translate("Imports", "no lot {number} of type {type}").format(
                        number=row["lot_number"], type=row["type"]
                    ),
                )
            result = self.lots.post_new_lot(
                session,
                FILE_KINDS[kind],
                row["lot_number"],
                row["type"],
                row["site"],
                quantity,
                on,
                reference,
                notes=row["notes"],
                reason=reason,
            )
            return _flagged(row, result.warnings)
        return self._post_on_lot(session, row, lot)

    def _post_on_lot(self, session: Session, row: dict[str, Any], lot: Lot) -> list[Problem]:
        """A row of a lot on the record."""
        kind, quantity, on, reference, reason = row["kind"], row["quantity"], row["on"], row["reference"], row["reason"]
        if kind == "opening":  # stock on charge when the record starts: never added later
            raise InvalidInput(
                "kind",
                translate(
                    "Imports",
                    "{lot} is already on the record: an opening balance is a lot's first entry; record mines added "
                    "since as a receipt, a transfer in, a discovery or a stock-check gain",
                ).format(lot=lot_name(lot)),
            )
        if kind == "move":  # from any of the lot's sites to another of the state's own
            moved = self.lots.post_move(session, lot.id, row["site"], row["to_site"], quantity, on, reference, reason)
            return _flagged(row, moved.warnings)
        if kind == "return":  # from the destruction site in `site`
            return self._post_for_task(session, row, lot)
        if lot.site.code != row["site"] and kind not in WHERE_HELD:
            there = held_at(session, own_holding(session, lot, row["site"]))  # or why it is not held there
            raise InvalidInput(
                "site",
                (
                    translate(
                        "Imports",
                        "{lot}: a {kind} is recorded at its home, {home}; its {there} at {site} are moved back first",
                    )
                    if there
                    else translate("Imports", "{lot}: a {kind} is recorded at its home, {home}")
                ).format(
                    lot=lot_name(lot),
                    kind=kind.replace("_", " "),
                    home=lot.site.code,
                    there=figure(there),
                    site=row["site"],
                ),
            )
        if row["notes"]:
            raise InvalidInput(
                "notes",
                translate(
                    "Imports",
                    "are kept only on a row that takes a new lot on charge; give an entry's words as its reason",
                ),
            )
        if kind in TAKE_ON:
            result = self.lots.post_incoming(session, FILE_KINDS[kind], lot.id, quantity, on, reference, reason)
        elif kind == "transfer_out":
            result = self.lots.post_transfer_out(session, lot.id, quantity, on, reference, reason or "", row["site"])
        elif kind == "training":
            result = self.lots.post_training(session, lot.id, quantity, on, reference, reason)
        elif kind in ("check_gain", "check_loss"):  # the count that differs from the ledger by the quantity
            there = held_on(session, own_holding(session, lot, row["site"]), on)
            counted = there + (quantity if kind == "check_gain" else -quantity)
            result = self.lots.post_stock_check(session, lot.id, counted, on, reference, reason, row["site"])
        else:
            return self._post_for_task(session, row, lot)
        return _flagged(row, result.warnings)

    def _post_for_task(self, session: Session, row: dict[str, Any], lot: Lot) -> list[Problem]:
        """A shipment to a destruction site, or a return from one to the lot's home, posted for the
        open task there that has the lot."""
        on, quantity, reference = row["on"], row["quantity"], row["reference"]
        if row["kind"] == "return":
            if row["to_site"] != lot.site.code:
                raise InvalidInput(
                    "to site",
                    translate("Imports", "{lot} comes back to its home, {home}").format(
                        lot=lot_name(lot), home=lot.site.code
                    ),
                )
            task, notes = self._task_at(session, row, lot, returning=True)
            self.destruction.post_return(session, task, on, {lot.id: quantity}, reference, row["reason"] or "")
        else:
            task, notes = self._task_at(session, row, lot, returning=False)
            self.destruction.post_shipment(session, task, on, {lot.id: quantity}, reference)
        row["task"] = task.reference
        return notes

    def _task_at(
        self, session: Session, row: dict[str, Any], lot: Lot, *, returning: bool
    ) -> tuple[DestructionTask, list[Problem]]:
        """The open task at the destruction site (`to_site` of a shipment, `site` of a return) that
        has the lot with enough left to ship (or awaiting destruction, to return); of two, the oldest
        planned, with a note that says so."""
        column = "site" if returning else "to_site"
        tasks = session.scalars(
            select(DestructionTask)
            .join(TaskLine)
            .join(Site, Site.id == DestructionTask.site_id)
            .where(
                DestructionTask.status == TaskStatus.OPEN.value,
                TaskLine.lot_id == lot.id,
                Site.code == row[column],
            )
            .order_by(DestructionTask.planned_on, DestructionTask.id)
        ).all()
        left = {task.reference: _room(session, task, lot, returning) for task in tasks}
        able = [task for task in tasks if left[task.reference] >= row["quantity"]]
        if not able:
            if not tasks:
                raise InvalidInput(
                    column.replace("_", " "),
                    (
                        translate("Imports", "no open destruction task at {site} has {lot}")
                        if returning
                        else translate("Imports", "no open destruction task at {site} has {lot}: schedule it first")
                    ).format(site=row[column], lot=lot_name(lot)),
                )
            lefts = ", ".join(
                translate("Imports", "{task} has {count}").format(task=reference, count=figure(count))
                for reference, count in left.items()
            )
            raise InvalidInput(
                "quantity",
                (
                    translate(
                        "Imports",
                        "no open destruction task at {site} has {quantity} of {lot} awaiting destruction ({tasks})",
                    )
                    if returning
                    else translate(
                        "Imports", "no open destruction task at {site} has {quantity} of {lot} left to ship ({tasks})"
                    )
                ).format(site=row[column], quantity=figure(row["quantity"]), lot=lot_name(lot), tasks=lefts),
            )
        if len(able) == 1:
            return able[0], []
        *first, last = (task.reference for task in able)
        note = (
            translate(
                "Imports",
                "tasks {tasks} and {last} at {site} can each take it: returned from {task}, the oldest planned "
                "({planned_on})",
            )
            if returning
            else translate(
                "Imports",
                "tasks {tasks} and {last} at {site} can each take it: shipped for {task}, the oldest planned "
                "({planned_on})",
            )
        ).format(
            tasks=", ".join(first),
            last=last,
            site=row[column],
            task=able[0].reference,
            planned_on=able[0].planned_on.isoformat(),
        )
        return able[0], [Problem(row["line"], column, note)]


def _room(session: Session, task: DestructionTask, lot: Lot, returning: bool) -> int:
    """What a task can still ship of a lot, or has shipped and could see come back."""
    if not returning:
        return left_to_ship(session, task, lot)
    return next(line.awaiting_destruction for line in task_info(session, task).lines if line.lot_id == lot.id)


def _flagged(row: dict[str, Any], warnings: tuple[str, ...]) -> list[Problem]:
    """The flags a lot action gives, as warnings of the row."""
    return [Problem(row["line"], "kind", warning) for warning in warnings]


def _cells(row: Row, today: date, types: set[str], sites: set[str]) -> dict[str, Any] | None:
    """A row's cells, each checked; None when any is not usable (its problems are on the row)."""
    problems_before = len(row.problems)  # the file's problems so far: the row's own come after
    on = row.day("date", today, required=True)
    kind = (row.text("kind", required=True) or "").lower() or None
    if kind is not None and kind not in KIND_WORDS:
        row.problem(
            "kind",
            translate("Imports", "{value} is not one of {choices}").format(
                value=repr(kind), choices=", ".join(KIND_WORDS)
            ),
        )
    designation = row.text("type", required=True, max_length=40)
    if designation is not None and designation not in types:
        row.problem("type", translate("Imports", "no mine type {type} in the catalogue").format(type=repr(designation)))
    cells = {
        "line": row.line,
        "on": on,
        "kind": kind,
        "lot_number": row.text("lot_number", required=True, max_length=80),
        "type": designation,
        "site": _site(row, "site", sites, required=True),
        "quantity": row.whole("quantity"),
        "reference": row.text("reference", required=True, max_length=120),
        "to_site": _site(row, "to_site", sites, required=kind in NAMES_TO_SITE),
        "reason": row.text("reason", max_length=2000, lines=True),
        "notes": row.text("notes", max_length=2000, lines=True),
    }
    if cells["to_site"] and kind in KIND_WORDS and kind not in NAMES_TO_SITE:
        row.problem(
            "to_site",
            translate("Imports", "is for ship, move and return rows; a {kind} stays at its site").format(kind=kind),
        )
    if len(row.problems) > problems_before:
        return None
    return cells


def _site(row: Row, column: str, sites: set[str], *, required: bool) -> str | None:
    code = row.text(column, required=required, max_length=40)
    if code is not None and code not in sites:
        row.problem(column, translate("Imports", "no site {site}").format(site=repr(code)))
    return code


def _problem(line: int, exc: StockpileError) -> Problem:
    """A refusal of the row's action, named by the column that holds the value refused."""
    field: str = getattr(exc, "field", None) or "quantity"
    message = exc.message if isinstance(exc, InvalidInput) else str(exc)
    return Problem(line, FIELD_COLUMNS.get(field, "quantity"), message)
