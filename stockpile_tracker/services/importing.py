"""Import lots, destruction history, movements, mine types and sites from the spreadsheets offices start from.
The whole file is checked first and every problem reported by line and column; then all rows are
written in one transaction, or none."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..db.models import (
    DestructionEvent,
    Holding,
    Lot,
    LotBalance,
    MineType,
    Movement,
    PolicyProfile,
    RetentionDecision,
    Site,
)
from ..domain.enums import CONDITION_CODES, Category, DestructionMethod, MovementKind, RetentionCategory, Rule
from ..domain.errors import InvalidInput, StockpileError, field_name, rule_label
from ..domain.rules import (
    MAX_QUANTITY,
    folded,
    identifier_spellings,
    looks_like,
    require_not_future,
    same_person,
    skeleton_index,
    skeletons,
)
from ..i18n import singular, translate
from . import audit
from .balance import Balance
from .base import Context, bulk_insert, collections_paused, utc_now
from .catalogue import CatalogueService, active_profile
from .destruction import DestructionService
from .dto.imports import ImportPlan, Problem
from .finding_words import figure
from .import_catalogue import SITE_COLUMNS, TYPE_COLUMNS, EntryColumns, plan_entries
from .import_movements import MovementImport
from .import_table import Row, read_table
from .lots import LotService, acquisition_warnings, type_scopes
from .progress import Progress, counted, halves, no_progress
from .retention import imported_retention_refusal, retention_warnings

LOT_REQUIRED = ("lot_number", "type", "quantity", "site", "retention")
LOT_OPTIONAL = (
    "category",
    "self_destruct_hours",
    "self_deactivating",
    "manufactured_on",
    "condition",
    "institution",
    "notes",
    "received_on",
)
DESTRUCTION_REQUIRED = (
    "lot_number",
    "type",
    "destroyed_on",
    "quantity",
    "method",
    "site",
    "certificate",
    "officer",
    "witness",
)
DESTRUCTION_OPTIONAL = ("notes",)
# The rows of one certificate are one destruction event: they must agree on these.
EVENT_ALIKE = ("destroyed_on", "site", "method", "officer", "witness", "notes")
# A rule the destruction service refuses while writing, named by the column that holds its value.
EVENT_COLUMNS = {
    "date": "destroyed_on",
    "quantity": "quantity",
    "method": "method",
    "site": "site",
    "officer in charge": "officer",
    "witness": "witness",
    "certificate number": "certificate",
    "notes": "notes",
}
UNKNOWN_COUNTRY = "ZZ"  # ISO 3166 user-assigned: a site added by an import, country not yet known
RETENTION_REASON = "retention as recorded in the imported file"
MAX_PROBLEMS_SHOWN = 20


class ImportRejected(StockpileError):
    def __init__(self, plan: ImportPlan) -> None:
        shown = "; ".join(plan.said(p) for p in plan.problems[:MAX_PROBLEMS_SHOWN])
        more = len(plan.problems) - MAX_PROBLEMS_SHOWN
        said = (
            translate("Imports", "nothing was imported: {count} problem: {problems}")
            if singular(len(plan.problems))
            else translate("Imports", "nothing was imported: {count} problems: {problems}")
        ).format(count=figure(len(plan.problems)), problems=shown)
        if more > 0:
            said = translate("Imports", "{problems}; and {more} more").format(problems=said, more=more)
        super().__init__(said)
        self.plan = plan


# Rows without a lot number merge into one lot per type and site only when they agree on these,
# so that no retention, date or note is lost in the merge.
MERGED_ALIKE = ("retention", "institution", "condition", "received_on", "manufactured_on", "notes")


def _lot_cells(row: Row, today: date, opening_on: date) -> dict[str, Any]:
    """A lot row's own cells, each checked; its notes are read once the row is known to be whole. A
    row without received_on is stock already held: an opening balance as of `opening_on`."""
    lot_number = row.identifier("lot_number")
    designation = row.text("type", required=True, max_length=40)
    site = row.text("site", required=True, max_length=40)
    quantity = row.whole("quantity")
    retention = (row.text("retention") or "surplus").lower()
    if retention != "surplus" and retention not in {c.value for c in RetentionCategory}:
        said = (
            translate(
                "Imports",
                "{value} is not one of surplus, korea, article3; a legal hold is a suspension: import the lot as "
                "surplus, then suspend it",
            )
            if retention == "legal_hold"
            else translate("Imports", "{value} is not one of surplus, korea, article3")
        )
        row.problem("retention", said.format(value=repr(retention)))
    institution = row.text("institution")
    if retention == "article3" and not institution:
        row.problem("institution", translate("Imports", "Article 3 retention names the authorised institution"))
    condition = (row.text("condition") or "A").upper()
    if condition not in CONDITION_CODES:
        row.problem("condition", translate("Imports", "{value} is not a condition code").format(value=repr(condition)))
    received_on = row.day("received_on", today)
    kind = MovementKind.OPENING_BALANCE if received_on is None else MovementKind.RECEIPT
    on = received_on or opening_on
    manufactured_on = row.day("manufactured_on", today)
    if manufactured_on and manufactured_on > on:
        after = (
            translate("Imports", "{manufactured_on} is after the opening balance date {on}")
            if kind is MovementKind.OPENING_BALANCE
            else translate("Imports", "{manufactured_on} is after the receipt date {on}")
        )
        row.problem("manufactured_on", after.format(manufactured_on=manufactured_on, on=on))
    return {
        "line": row.line,
        "lot_number": lot_number,
        "type": designation,
        "site": site,
        "quantity": quantity,
        "retention": None if retention == "surplus" else retention,
        "institution": institution,
        "condition": condition,
        "received_on": received_on,
        "kind": kind,
        "on": on,
        "manufactured_on": manufactured_on,
    }


def _first_unnumbered(row: Row, entry: dict[str, Any], unnumbered: dict[tuple[str, str], dict[str, Any]]) -> bool:
    """Rows without a lot number make one lot per type and site: the first is numbered for it (True);
    a later one is merged into it, or refused (False)."""
    key = (entry["type"], entry["site"])
    first = unnumbered.get(key)
    if first is not None:
        _merge_unnumbered(row, first, entry)
        return False
    entry["lot_number"] = f"NO-LOT-{entry['type']}-{entry['site']}"
    if len(entry["lot_number"]) > 80:
        row.problem(
            "lot_number",
            translate("Imports", "is empty, and {number} is too long to stand for it").format(
                number=repr(entry["lot_number"])
            ),
        )
        return False
    unnumbered[key] = entry
    return True


def _merge_unnumbered(row: Row, first: dict[str, Any], entry: dict[str, Any]) -> None:
    """Only rows alike but for their quantity merge, so that no retention, date or note is lost."""
    differing = [name for name in MERGED_ALIKE if first[name] != entry[name]]
    if differing:
        row.problem(
            "lot_number",
            translate(
                "Imports",
                "is empty, and the row differs from {other} (same type and site) in {columns}: give the rows lot "
                "numbers",
            ).format(other=row.at(first["line"]), columns=", ".join(differing)),
        )
        return
    total = first["quantity"] + entry["quantity"]
    if total > MAX_QUANTITY:
        row.problem(
            "quantity",
            translate(
                "Imports",
                "the rows without a lot number for {type} at {site} add up to {total}, more than the {most} a lot "
                "can hold",
            ).format(type=entry["type"], site=entry["site"], total=figure(total), most=figure(MAX_QUANTITY)),
        )
    first["quantity"] = total


class _LookAlikes:
    """Whether a lot number or certificate of a file looks like one held or one earlier in the file
    (rules.skeletons: A-1O beside A-10) without being it; the skeletons of those held are computed
    once per import."""

    def __init__(self, what: str, held: Iterable[str]) -> None:
        self.what, self.held = what, skeleton_index(held)
        self.file: dict[str, str] = {}
        self.lines: dict[str, int] = {}

    def refusal(self, value: str, row: Row) -> str | None:
        marks = skeletons(value)  # once a row: an import may hold 100,000
        if (held := looks_like(self.held, value, marks)) is not None:
            return translate("Imports", "looks like existing {what} {held}").format(
                what=field_name(self.what), held=held
            )
        if (earlier := looks_like(self.file, value, marks)) is not None:
            return translate("Imports", "looks like {what} {earlier} on {other}").format(
                what=field_name(self.what), earlier=earlier, other=row.at(self.lines[earlier])
            )
        for mark in marks:
            self.file.setdefault(mark, value)
        self.lines.setdefault(value, row.line)
        return None


class _NewNumbers:
    """The lot numbers of an import, each checked as LotService checks one: not held nor earlier in
    the file in any case or width (L-001, l-001), and looking like none of its type (`_LookAlikes`)."""

    def __init__(self, lot_ids: Iterable[tuple[str, str]]) -> None:
        self.held: dict[tuple[str, str], str] = {}
        by_type: dict[str, list[str]] = defaultdict(list)
        for designation, number in lot_ids:
            self.held[designation, folded(number)] = number
            by_type[designation].append(number)
        self.alike = {designation: _LookAlikes("lot", numbers) for designation, numbers in by_type.items()}
        self.seen: dict[tuple[str, str], int] = {}

    def refusal(self, designation: str, number: str, row: Row) -> str | None:
        key = (designation, folded(number))
        if key in self.seen:
            return translate("Imports", "lot {number} of type {type} is also on {other}").format(
                number=number, type=designation, other=row.at(self.seen[key])
            )
        self.seen[key] = row.line
        if key in self.held:
            if self.held[key] == number:
                return translate("Imports", "lot {number} of type {type} already exists").format(
                    number=number, type=designation
                )
            return translate("Imports", "lot {number} of type {type} already exists as {held}").format(
                number=number, type=designation, held=self.held[key]
            )
        if (alike := self.alike.get(designation)) is None:  # a type with no lot held yet
            alike = self.alike[designation] = _LookAlikes("lot", ())
        if (refusal := alike.refusal(number, row)) is not None:
            return translate("Imports", "lot {number} of type {type} {refusal}").format(
                number=number, type=designation, refusal=refusal
            )
        return None


class _AsHeld:
    """A designation or site code as the catalogue spells it, whatever case or width the file uses
    (`m14` is M14); a new one as the file first spells it."""

    def __init__(self, names: Iterable[str]) -> None:
        self.names = {folded(name): name for name in names}
        self.read: dict[str, str] = {}  # each spelling once: what it stands for never changes

    def __call__(self, name: str | None) -> str | None:
        if name is None:
            return None
        if (held := self.read.get(name)) is None:
            held = self.read[name] = self.names.setdefault(folded(name), name)
        return held


def _lot_id(lot_ids: dict[tuple[str, str], int], designation: str | None, lot_number: str | None) -> int | None:
    """A lot of the file by its number as typed (a legacy one may hold an en dash), else with plain hyphens."""
    if designation is None or lot_number is None:
        return None
    for spelling in identifier_spellings(lot_number):
        if (designation, spelling) in lot_ids:
            return lot_ids[designation, spelling]
    return None


class ImportService:
    def __init__(
        self, ctx: Context, catalogue: CatalogueService, lots: LotService, destruction: DestructionService
    ) -> None:
        self.ctx, self.catalogue, self.destruction = ctx, catalogue, destruction
        self.movements = MovementImport(ctx, catalogue, lots, destruction)

    def _lot_ids(self) -> dict[tuple[str, str], int]:
        """(type, lot number) -> lot id of every lot: one query, not one per row."""
        with self.ctx.read() as session:
            return {
                (designation, number): lot_id
                for lot_id, number, designation in session.execute(
                    select(Lot.id, Lot.lot_number, MineType.designation).join(MineType)
                )
            }

    def _certificates(self) -> list[str]:
        with self.ctx.read() as session:
            return list(session.scalars(select(DestructionEvent.certificate_number)))

    # -- lots ----------------------------------------------------------------------------------

    @collections_paused()
    def plan_lots(
        self,
        data: bytes,
        *,
        add_types: bool = False,
        add_sites: bool = False,
        as_of: date | None = None,
        sheet: str | None = None,
        progress: Progress = no_progress,
    ) -> ImportPlan:
        """The rows an import would write, or its problems; rows without received_on are opening
        balances as of `as_of` (default today)."""
        reading, checking = halves(progress)
        rows, problems, read_from = read_table(data, LOT_REQUIRED, LOT_OPTIONAL, sheet, reading)
        plan = ImportPlan("lots", problems=problems, sheet=read_from)
        types = {t.designation: t for t in self.catalogue.types()}
        sites = {s.code for s in self.catalogue.sites()}
        policy = self.catalogue.active_profile()
        numbers = _NewNumbers(self._lot_ids() if rows else {})
        today = self.ctx.today()
        opening_on = today if as_of is None else require_not_future("opening balance date", as_of, today)
        unnumbered: dict[tuple[str, str], dict[str, Any]] = {}
        type_lines: dict[str, int] = {}  # new type -> the line that first describes it
        type_as_held, site_as_held = _AsHeld(types), _AsHeld(sites)
        for row in counted(checking, rows, "checking row"):
            problems_before = len(row.problems)  # the file's problems so far: the row's own come after
            entry = _lot_cells(row, today, opening_on)
            designation = entry["type"] = type_as_held(entry["type"])
            site = entry["site"] = site_as_held(entry["site"])
            if designation and designation not in types:
                self._new_type(row, designation, add_types, plan, type_lines)
            if site and site not in sites and site not in plan.new_sites:
                if add_sites:
                    plan.new_sites.append(site)
                else:
                    row.problem("site", translate("Imports", "no site {site}").format(site=repr(site)), missing=True)
            if designation is None or site is None or entry["quantity"] is None:
                continue
            if refusal := imported_retention_refusal(entry, types, plan.new_types, policy):
                row.problem("retention", refusal)
                continue
            entry["notes"] = row.text("notes", max_length=2000, lines=True)
            # A row with a problem (an unknown site, a retention misspelt) is not to be imported: it is
            # neither listed nor counted with the rows to import, nor merged into another; its lot
            # number is still weighed against the other rows'.
            flawed = len(row.problems) > problems_before
            if entry["lot_number"] is None and (flawed or not _first_unnumbered(row, entry, unnumbered)):
                continue
            if (refusal := numbers.refusal(designation, entry["lot_number"], row)) is not None:
                row.problem("lot_number", refusal)
                continue
            if not flawed:
                plan.rows.append(entry)
        # a new type added by the import holds one mine of its category, as CatalogueService.add_type makes it
        plan.mines = sum(
            row["quantity"] * (types[row["type"]].mines_per_item if row["type"] in types else 1) for row in plan.rows
        )
        plan.problems.sort(key=lambda p: p.line)
        return plan

    def _new_type(
        self, row: Row, designation: str, add_types: bool, plan: ImportPlan, type_lines: dict[str, int]
    ) -> None:
        """Every row of a new type describes it, and all of them alike: none is dropped for the first."""
        if not add_types:
            row.problem(
                "type",
                translate("Imports", "no mine type {type} in the catalogue").format(type=repr(designation)),
                missing=True,
            )
            return
        category = (row.text("category") or "").upper()
        if category not in {c.value for c in Category}:
            row.problem(
                "category",
                translate("Imports", "a new type {type} needs its category (AP or AV)").format(type=designation),
            )
            return
        hours = row.whole("self_destruct_hours", required=False)
        deactivating = row.yes_no("self_deactivating", default=False)
        if deactivating is None:
            return
        described = {
            "designation": designation,
            "name": designation,
            "category": category,
            "self_destruct_hours": hours,
            "self_deactivating": deactivating,
        }
        first = plan.new_types.setdefault(designation, described)
        line = type_lines.setdefault(designation, row.line)
        differing = [
            name for name in ("category", "self_destruct_hours", "self_deactivating") if first[name] != described[name]
        ]
        if differing:
            name = differing[0]
            row.problem(
                name,
                translate(
                    "Imports",
                    "new type {type} has {column} {first} on {other}, here {here}; the rows of one new type must agree",
                ).format(
                    type=designation,
                    column=name,
                    first=repr(_shown(first[name])),
                    other=row.at(line),
                    here=repr(_shown(described[name])),
                ),
            )

    @collections_paused()
    def import_lots(
        self,
        data: bytes,
        *,
        source: str,
        add_types: bool = False,
        add_sites: bool = False,
        as_of: date | None = None,
        dry_run: bool = False,
        sheet: str | None = None,
        progress: Progress = no_progress,
    ) -> ImportPlan:
        """Checked again inside the writing transaction, so the plan is the one written."""
        with _writing(self.ctx, dry_run) as session:
            checking, writing = halves(progress)
            plan = self.plan_lots(
                data, add_types=add_types, add_sites=add_sites, as_of=as_of, sheet=sheet, progress=checking
            )
            if not plan.ok:
                raise ImportRejected(plan)
            writing(0, 1, f"recording {plan.summary}")
            self._write_lots(session, plan, _reference(source))
            writing(1, 1, "done")
        return plan

    def _write_lots(self, session: Session, plan: ImportPlan, reference: str) -> None:
        """The rows, already checked, written in a few bulk inserts: the lots, a receipt or opening
        balance each, the retention decisions, the balances they project to, and the same audit
        entries (with the same warnings) that taking each lot on and recording its retention would
        have made."""
        for values in plan.new_types.values():
            self.catalogue.add_type(**values, notes=f"added by {reference}")
        for code in plan.new_sites:
            self.catalogue.add_site(code=code, name=code, country=UNKNOWN_COUNTRY)
        types = dict(session.execute(select(MineType.designation, MineType.id)).all())
        sites = dict(session.execute(select(Site.code, Site.id)).all())
        user, now, profile, rows = self.ctx.user, utc_now(), active_profile(session), plan.rows
        lot_ids = bulk_insert(
            session,
            Lot,
            [
                {
                    "lot_number": row["lot_number"],
                    "mine_type_id": types[row["type"]],
                    "site_id": sites[row["site"]],
                    "manufactured_on": row["manufactured_on"],
                    "condition_code": row["condition"],
                    "notes": row["notes"],
                    "created_by": user,
                    "created_at": now,
                }
                for row in rows
            ],
        )
        holding_ids = bulk_insert(
            session,
            Holding,
            [{"lot_id": lot_id, "site_id": sites[row["site"]]} for lot_id, row in zip(lot_ids, rows, strict=True)],
        )
        receipts = [
            {
                "lot_id": lot_id,
                "holding_id": holding_id,
                "kind": row["kind"].value,
                "occurred_on": row["on"],
                "quantity": row["quantity"],
                "document_ref": reference,
                "reverses_id": None,
                "task_id": None,
                "event_id": None,
            }
            for lot_id, holding_id, row in zip(lot_ids, holding_ids, rows, strict=True)
        ]
        bulk_insert(session, Movement, [r | {"recorded_by": user, "recorded_at": now} for r in receipts])
        kept = [(lot_id, row) for lot_id, row in zip(lot_ids, rows, strict=True) if row["retention"]]
        decision_ids = dict(
            zip(
                (lot_id for lot_id, _row in kept),
                bulk_insert(
                    session,
                    RetentionDecision,
                    [
                        {
                            "lot_id": lot_id,
                            "quantity": row["quantity"],
                            "category": row["retention"],
                            "institution": row["institution"],
                            "authority_ref": reference,
                            "reason": RETENTION_REASON,
                            "valid_from": row["on"],
                            "decided_by": user,
                            "decided_at": now,
                        }
                        for lot_id, row in kept
                    ],
                ),
                strict=True,
            )
        )
        bulk_insert(
            session,
            LotBalance,
            [
                {
                    "lot_id": lot_id,
                    "on_hand": row["quantity"],
                    "received": row["quantity"],
                    "retained": row["quantity"] if row["retention"] else 0,
                    "retention_category": row["retention"],
                    "scheduled": 0,
                    "destroyed": 0,
                    "suspended": 0,
                    "at_destruction": 0,
                    "away": 0,
                }
                for lot_id, row in zip(lot_ids, rows, strict=True)
            ],
        )
        audit.record_many(
            session, user, self._lot_changes(session, profile, lot_ids, rows, receipts, decision_ids, reference)
        )

    def _lot_changes(
        self,
        session: Session,
        profile: PolicyProfile,
        lot_ids: list[int],
        rows: list[dict[str, Any]],
        receipts: list[dict[str, Any]],
        decision_ids: dict[int, int],
        reference: str,
    ) -> Iterator[audit.Change]:
        """Per lot, the entries receive_lot (or record_opening_balance) and change_retention make: the
        lot's first entry, then the decision."""
        scope = type_scopes(session)
        acquired: dict[tuple[MovementKind, date, str], list[str]] = {}  # by what they depend on: a few thousand
        for lot_id, row, receipt in zip(lot_ids, rows, receipts, strict=True):
            kind = row["kind"]
            if (warnings := acquired.get((kind, row["on"], row["type"]))) is None:
                warnings = acquired[kind, row["on"], row["type"]] = acquisition_warnings(
                    kind, row["on"], scope[row["type"]], profile
                )
            yield (
                kind.value,
                "lot",
                lot_id,
                None,
                {
                    "lot_number": row["lot_number"],
                    "type": row["type"],
                    "site": row["site"],
                    "manufactured_on": row["manufactured_on"],
                    "condition": row["condition"],
                    "movement": receipt,
                    "warnings": warnings,
                },
                None,
            )
            if row["retention"]:
                held = Balance(row["quantity"], row["quantity"], 0, None, 0, 0, 0, 0, 0)
                warnings = retention_warnings(
                    session, held, row["quantity"], RetentionCategory(row["retention"]), profile
                )
                yield (
                    "retention_decision",
                    "lot",
                    lot_id,
                    None,
                    {
                        "decision_id": decision_ids[lot_id],
                        "retained": row["quantity"],
                        "category": row["retention"],
                        "institution": row["institution"],
                        "authority_ref": reference,
                        "valid_from": row["on"],
                        "warnings": warnings,
                    },
                    RETENTION_REASON,
                )

    # -- destructions ----------------------------------------------------------------------------

    def plan_destructions(
        self,
        data: bytes,
        *,
        sheet: str | None = None,
        progress: Progress = no_progress,
    ) -> ImportPlan:
        reading, checking = halves(progress)
        rows, problems, read_from = read_table(data, DESTRUCTION_REQUIRED, DESTRUCTION_OPTIONAL, sheet, reading)
        plan = ImportPlan("destructions", problems=problems, sheet=read_from)
        sites = {s.code for s in self.catalogue.sites()}
        site_as_held, type_as_held = _AsHeld(sites), _AsHeld(t.designation for t in self.catalogue.types())
        lot_ids = self._lot_ids() if rows else {}
        today = self.ctx.today()
        events: dict[str, dict[str, Any]] = {}
        certificates = _LookAlikes("certificate", self._certificates() if rows else ())
        for row in counted(checking, rows, "checking row"):
            problems_before = len(row.problems)  # the file's problems so far: the row's own come after
            lot_number = row.text("lot_number", required=True, max_length=80)
            designation = type_as_held(row.text("type", required=True, max_length=40))
            quantity = row.whole("quantity")
            method = (row.text("method", required=True) or "").lower().replace(" ", "_") or None
            if method and method not in {m.value for m in DestructionMethod}:
                row.problem(
                    "method", translate("Imports", "{value} is not a destruction method").format(value=repr(method))
                )
            cells: dict[str, Any] = {
                "destroyed_on": row.day("destroyed_on", today, required=True),
                "method": method,
                "site": site_as_held(row.text("site", required=True, max_length=40)),
                "officer": row.text("officer", required=True),
                "witness": row.text("witness", required=True),
                "notes": row.text("notes", max_length=2000, lines=True),
            }
            if cells["site"] and cells["site"] not in sites:
                row.problem("site", translate("Imports", "no site {site}").format(site=repr(cells["site"])))
            if cells["officer"] and cells["witness"] and same_person(cells["officer"], cells["witness"]):
                row.problem(
                    "witness",
                    translate("Imports", "the witness cannot be the officer in charge ({rule})").format(
                        rule=rule_label(Rule.FOUR_EYES)
                    ),
                )
            certificate = row.identifier("certificate", required=True)
            lot_id = _lot_id(lot_ids, designation, lot_number)
            if lot_number and designation and lot_id is None:
                row.problem(
                    "lot_number",
                    translate("Imports", "no lot {number} of type {type}").format(number=lot_number, type=designation),
                )
            if (
                lot_id is None
                or quantity is None
                or certificate is None
                or any(value is None for name, value in cells.items() if name != "notes")
            ):
                continue
            if folded(certificate) not in events and (refusal := certificates.refusal(certificate, row)):
                row.problem(
                    "certificate",
                    translate("Imports", "certificate {certificate} {refusal}").format(
                        certificate=certificate, refusal=refusal
                    ),
                )
                continue
            if len(row.problems) > problems_before:  # an unknown site: not among the events to import
                continue
            event = events.setdefault(
                folded(certificate),  # adv-c6 and ADV-C6 are one certificate, as DestructionService takes it
                {"line": row.line, "certificate": certificate, **cells, "lines": defaultdict(int), "quantity": 0},
            )
            differing = [name for name in EVENT_ALIKE if event[name] != cells[name]]
            if differing:
                name = differing[0]
                row.problem(
                    name,
                    translate(
                        "Imports",
                        "certificate {certificate} has {column} {first} on {other}, here {here}; the rows of one "
                        "certificate are one destruction event and must agree",
                    ).format(
                        certificate=certificate,
                        column=name,
                        first=repr(_shown(event[name])),
                        other=row.at(event["line"]),
                        here=repr(_shown(cells[name])),
                    ),
                )
                continue
            event["lines"][lot_id] += quantity
            event["quantity"] += quantity
        plan.rows = list(events.values())
        per_item = {t.designation: t.mines_per_item for t in self.catalogue.types()}
        type_of = {lot_id: designation for (designation, _number), lot_id in lot_ids.items()}
        plan.mines = sum(
            quantity * per_item[type_of[lot_id]] for event in plan.rows for lot_id, quantity in event["lines"].items()
        )
        plan.problems.sort(key=lambda p: p.line)
        return plan

    def import_destructions(
        self,
        data: bytes,
        *,
        source: str,
        dry_run: bool = False,
        sheet: str | None = None,
        progress: Progress = no_progress,
    ) -> ImportPlan:
        """Each event through the destruction service, which weighs what the file alone cannot show
        (the lot's receipt date, what is unscheduled surplus); a rule it refuses becomes a problem
        of the event's first line."""
        with _writing(self.ctx, dry_run):
            checking, writing = halves(progress)
            plan = self.plan_destructions(data, sheet=sheet, progress=checking)
            if not plan.ok:
                raise ImportRejected(plan)
            for event in counted(writing, plan.rows, "recording destruction event"):
                try:
                    self.destruction.record_event(
                        occurred_on=event["destroyed_on"],
                        site=event["site"],
                        method=event["method"],
                        officer=event["officer"],
                        witness=event["witness"],
                        certificate_number=event["certificate"],
                        lines=dict(event["lines"]),
                        task_id=self._shipped_for(event["site"], event["lines"]),
                        notes=event["notes"] or f"imported from {source}",
                    )
                except StockpileError as exc:
                    field: str = getattr(exc, "field", None) or "certificate"
                    message = exc.message if isinstance(exc, InvalidInput) else str(exc)
                    plan.problems.append(Problem(event["line"], EVENT_COLUMNS.get(field, "certificate"), message))
                    raise ImportRejected(plan) from exc
        return plan

    def _shipped_for(self, site: str, lines: dict[int, int]) -> int | None:
        """The open task whose mines shipped to `site` await destruction for every lot of the event
        (the oldest planned of several): the event destroys them from the lots' holdings for
        destruction there. None: destroyed at the lots' own site, from unscheduled surplus."""
        for task in self.destruction.tasks(status="open"):
            awaiting = {line.lot_id: line.awaiting_destruction for line in task.lines}
            if task.site_code == site and all(awaiting.get(lot, 0) >= quantity for lot, quantity in lines.items()):
                return task.id
        return None

    # -- movements ----------------------------------------------------------------------------------

    def plan_movements(self, data: bytes, *, sheet: str | None = None, progress: Progress = no_progress) -> ImportPlan:
        """The preview is the import itself, rolled back: a row's rules depend on the rows before it."""
        try:
            return self.import_movements(data, source="preview", dry_run=True, sheet=sheet, progress=progress)
        except ImportRejected as exc:
            return exc.plan

    def import_movements(
        self,
        data: bytes,
        *,
        source: str,
        dry_run: bool = False,
        sheet: str | None = None,
        progress: Progress = no_progress,
    ) -> ImportPlan:
        """Each row through the lot or destruction action it stands for, in file order, in one
        transaction; the file named in one audit entry with the lines it posted."""
        with _writing(self.ctx, dry_run) as session:
            plan = self.movements.post_file(session, data, sheet, progress)
            if not plan.ok:
                raise ImportRejected(plan)
            audit.record(
                session,
                self.ctx.user,
                "import_movements",
                "import",
                None,
                after={"file": source, "movements": len(plan.rows), "warnings": [plan.said(w) for w in plan.warnings]},
            )
        return plan

    # -- mine types and sites -------------------------------------------------------------------

    def plan_types(self, data: bytes, *, sheet: str | None = None, progress: Progress = no_progress) -> ImportPlan:
        return self._plan_entries(TYPE_COLUMNS, data, sheet, progress)

    def import_types(
        self,
        data: bytes,
        *,
        source: str,
        dry_run: bool = False,
        sheet: str | None = None,
        progress: Progress = no_progress,
    ) -> ImportPlan:
        return self._import_entries(TYPE_COLUMNS, data, source, dry_run, sheet, progress)

    def plan_sites(self, data: bytes, *, sheet: str | None = None, progress: Progress = no_progress) -> ImportPlan:
        return self._plan_entries(SITE_COLUMNS, data, sheet, progress)

    def import_sites(
        self,
        data: bytes,
        *,
        source: str,
        dry_run: bool = False,
        sheet: str | None = None,
        progress: Progress = no_progress,
    ) -> ImportPlan:
        return self._import_entries(SITE_COLUMNS, data, source, dry_run, sheet, progress)

    def _plan_entries(self, columns: EntryColumns, data: bytes, sheet: str | None, progress: Progress) -> ImportPlan:
        return plan_entries(columns, data, self.catalogue.listed(columns.entries), sheet, progress)

    def _import_entries(
        self, columns: EntryColumns, data: bytes, source: str, dry_run: bool, sheet: str | None, progress: Progress
    ) -> ImportPlan:
        """Each new entry through the catalogue service, audited with the file it came from; checked
        again inside the writing transaction, so the plan is the one written."""
        with _writing(self.ctx, dry_run):
            checking, writing = halves(progress)
            plan = self._plan_entries(columns, data, sheet, checking)
            if not plan.ok:
                raise ImportRejected(plan)
            for row in counted(writing, plan.rows, "recording entry"):
                values = {name: row[name] for name in columns.entries.fields}
                self.catalogue.add(columns.entries, values, reason=f"imported from {source}")
        return plan


class _DryRun(Exception):
    """Raised after a dry run's writing, so that its transaction is rolled back."""


@contextmanager
def _writing(ctx: Context, dry_run: bool) -> Iterator[Session]:
    """The import's one transaction. A dry run writes too, so that it meets every rule and
    constraint the import meets, and then rolls back."""
    try:
        with ctx.batch() as session:
            yield session
            if dry_run:
                raise _DryRun
    except _DryRun:
        pass


def _shown(value: object) -> str:
    return "" if value is None else str(value)


def _reference(source: str) -> str:
    """The document reference every written row carries; a long file name is cut to the column's 120."""
    return f"import {source}"[:120]
