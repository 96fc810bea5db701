"""Stockpile status as of a date: by category, SD/SDA/persistent, type and site; retained by
reason; surplus split into scheduled, suspended and unscheduled; suspensions in force; overdue tasks
and programme deadlines."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from datetime import date, datetime

from ..domain.enums import Activation, Category, RetentionCategory
from ..domain.rules import contents_label
from ..domain.words import count
from ..services import Stockpile, one_snapshot
from ..services.compliance import task_mines
from ..services.dto.catalogue import PolicyProfileInfo
from ..services.dto.lots import StatusGroup, SuspensionInfo, Totals
from .document import Cell, Report, Signature, Table, table_from
from .losses import losses_table

SIGNATURES = (Signature("Prepared by"), Signature("Checked by"), Signature("Approved by"))
QUANTITY_COLUMNS = (
    "Lots",
    "Held",
    "At destruction sites",
    "On hand",
    "Retained",
    "Surplus",
    "Scheduled",
    "Suspended",
    "Unscheduled surplus",
    "Destroyed",
)


def _by(groups: list[StatusGroup], key: Callable[[StatusGroup], tuple[str, ...]]) -> list[tuple[Cell, ...]]:
    buckets: dict[tuple[str, ...], list[StatusGroup]] = defaultdict(list)
    for group in groups:
        buckets[key(group)].append(group)
    return [(*label, *Totals.summed(members).figures) for label, members in sorted(buckets.items())]


def _type(group: StatusGroup) -> tuple[str, str, str]:
    return (group.type_designation, group.category, group.activation)


def _scope_table(sp: Stockpile, as_of: date) -> Table:
    """What the active profile's obligations count, and the rest apart: the figures the dashboard
    and the command line show (QueryService.scope_totals)."""
    scope = sp.queries.scope_totals(as_of)
    profile = sp.catalogue.active_profile()
    rows = [
        (label, *t.figures)
        for label, t in ((scope.covered_label, scope.covered), (scope.not_covered_label, scope.not_covered))
    ]
    return table_from(
        f"In and out of scope of {profile.name}",
        ("Stock", *QUANTITY_COLUMNS),
        rows,
        note=f"{profile.name} governs {profile.scope}; only those mines count against its obligations. "
        "Figures are mines (items x mines per item): a lot of an item holding both kinds (a Volcano canister) "
        "is on both lines, so its lots are not added up. The total adds what is held, never the two surpluses: only "
        "the one covered is to destroy."
        + (
            f" Covered: {scope.covered.beyond_note}; Retained counts the reserve up to the requirement "
            "(see Retained, by reason)."
            if scope.covered.beyond_requirement
            else ""
        ),
        total_columns=(2, 3, 4, 5, 10),  # held, at destruction sites, on hand, retained, destroyed
    )


def _split(groups: list[StatusGroup], profile: PolicyProfileInfo, note: str) -> list[Table]:
    """Each breakdown twice, in scope and apart: no total mixes what the profile says to destroy
    with stock it does not govern."""
    breakdowns: tuple[tuple[str, tuple[str, ...], Callable[[StatusGroup], tuple[str, ...]]], ...] = (
        (CATEGORY_TABLE, ("Category",), lambda g: (Category(g.category).label,)),
        ("By self-destruct / self-deactivation", ("Feature",), lambda g: (g.sd_class.label,)),
        (SITE_TABLE, ("Site", "Country"), lambda g: (g.site_code, g.site_country)),
        ("By type", ("Type", "Cat.", "Activation"), _type),
    )
    scopes = (
        (f"covered by {profile.name}", True),
        (f"{profile.not_covered} (shown apart; no obligation counts them)", False),
    )
    return [
        table_from(
            f"{title}, {scope}",
            (*keys, *QUANTITY_COLUMNS),
            _by(_in_mines(groups, covered, by_category=title == CATEGORY_TABLE), key),
            note={"By type": note, CATEGORY_TABLE: MIXED_NOTE, SITE_TABLE: SITE_NOTE}.get(title),
        )
        for scope, covered in scopes
        for title, keys, key in breakdowns
    ]


CATEGORY_TABLE = "Summary by category"
MIXED_NOTE = "A lot of an item holding both categories (a Volcano canister) counts under each."
SITE_TABLE = "By site"
SITE_NOTE = (
    "Held = at destruction sites + on hand. Mines shipped for destruction and not yet reported destroyed "
    "are at the destruction site's line, and mines moved to another of the state's sites at that site's "
    "line (surplus, not scheduled); their lots, and what the lots had destroyed, are counted at each lot's home."
)


def _in_mines(groups: list[StatusGroup], covered: bool, by_category: bool = False) -> list[StatusGroup]:
    """The groups in the mines the profile governs (`covered`) or in the others: a mixed item
    (Volcano) is on both sides; `by_category`, a group for each category of mines it holds."""
    if by_category:
        return [part for group in groups for part in group.by_category(covered)]
    if covered:
        return [g.covered for g in groups if g.covered_per_item]
    return [g.not_covered for g in groups if g.not_covered_per_item]


def _retained(groups: list[StatusGroup], profile: PolicyProfileInfo) -> Table:
    """Retained mines by reason, those the profile governs apart from the others; the Korea reserve
    beyond the requirement beside what the lots' decisions keep, and out of what is retained."""
    buckets: dict[tuple[str, str], list[StatusGroup]] = defaultdict(list)
    for stock, covered in ((f"covered by {profile.name}", True), (profile.not_covered, False)):
        for group in _in_mines(groups, covered):
            if group.retention_category and group.retained + group.beyond_requirement:
                buckets[(RetentionCategory(group.retention_category).label, stock)].append(group)
    totals = [(key, Totals.summed(members)) for key, members in sorted(buckets.items())]
    return table_from(
        "Retained, by reason",
        ("Kept for", "Stock", "Lots", "Kept by the lots' decisions", "Beyond the requirement: surplus", "Retained"),
        [(*key, t.lots, t.reserved, t.beyond_requirement, t.retained) for key, t in totals],
        note="Mines reserved for Korea beyond the requirement in force are surplus to destroy, counted in the "
        "type's last lots by lot number: the lots' decisions keep them until the office releases them, and every "
        "figure of the profile counts them as surplus, not retained."
        if any(t.beyond_requirement for _key, t in totals)
        else None,
    )


def _items_and_mines(groups: list[StatusGroup]) -> Table:
    """A line per type in both units: the ledger counts items (a projectile, a canister), the
    obligations count the mines they hold (DOMAIN.md section 2, contents)."""
    by_type: dict[str, list[StatusGroup]] = defaultdict(list)
    for group in groups:
        by_type[group.type_designation].append(group)
    rows: list[tuple[Cell, ...]] = []
    for designation, members in sorted(by_type.items()):
        first, items = members[0], Totals.summed(members)
        per_item = first.ap_per_item + first.av_per_item
        covered, apart = first.covered_per_item, first.not_covered_per_item
        rows.append(
            (
                designation,
                contents_label(first.ap_per_item, first.av_per_item),
                items.held,
                items.held * per_item,
                items.held * covered,
                items.held * apart,
                items.destroyed,
                items.destroyed * per_item,
            )
        )
    return table_from(
        "Items and mines, by type",
        (
            "Type",
            "Mines per item",
            "Items held",
            "Mines held",
            "Covered",
            "Not covered",
            "Items destroyed",
            "Mines destroyed",
        ),
        rows,
        note="The ledger counts items; every other table counts mines (items x mines per item). Held: on hand "
        "at the state's own sites and shipped to destruction sites, not yet destroyed.",
    )


@one_snapshot
def status_report(sp: Stockpile, as_of: date, *, printed_at: datetime | None = None) -> Report:
    groups = sp.queries.status_groups(as_of)
    profile = sp.catalogue.active_profile()
    by_type_note = (
        f"Cat.: AP {Category.AP.label.lower()}, AV {Category.AV.label.lower()}. Activation: victim for "
        f"{Activation.VICTIM.label}, command for {Activation.COMMAND.label}, {Activation.BOTH.label}."
    )
    tables = [
        _scope_table(sp, as_of),
        *_split(groups, profile, by_type_note),
        _items_and_mines(groups),
        _retained(groups, profile),
    ]
    suspended = sp.suspensions.in_force(as_of)
    for shipped in (False, True):  # at home (in Suspended above), apart from those at destruction sites
        listed = [s for s in suspended if s.for_destruction == shipped]
        if listed:
            tables.append(_suspensions_table(sp, profile, listed, shipped))
    losses = _losses_tables(sp, profile, as_of)
    tables.extend(losses)
    tables.append(_overdue_table(sp, as_of))
    notes = [] if losses else ["Unaccounted losses (mines not accounted for when their task was closed): none."]
    notes += [
        f"Programme {p.name}: deadline {p.deadline.isoformat()}, " + _days_from(as_of, p.deadline) + "."
        for p in sp.destruction.programmes()
    ]
    notes.append(
        "Figures are computed from the ledger up to the end of the date: entries, retention decisions "
        "and destructions dated up to then, and destruction tasks open then: from the day their work began "
        "(entered, or their first shipment or destruction) until they were closed or cancelled."
    )
    letterhead = sp.catalogue.letterhead()
    return Report(
        "Stockpile status",
        letterhead.organisation,
        f"as of {as_of.isoformat()}",
        sp.operator,  # who printed it, as the window shows them
        printed_at or datetime.now(),
        tuple(tables),
        tuple(notes),
        signatures=SIGNATURES,
        marking=letterhead.marking,
        seal=sp.archive.seal(),
    )


def _days_from(as_of: date, deadline: date) -> str:
    """How far the deadline is from the report's day, in words that never count a negative."""
    days = (deadline - as_of).days
    if days >= 0:
        return f"{count(days, 'day')} after {as_of.isoformat()}"
    return f"passed {count(-days, 'day')} before {as_of.isoformat()}"


def _suspensions_table(
    sp: Stockpile, profile: PolicyProfileInfo, suspended: list[SuspensionInfo], shipped: bool
) -> Table:
    """Each suspension in items, as it is made, and in mines in and out of scope, as the figures above:
    those at the lots' homes (their total is Suspended above), or those of mines shipped for destruction."""
    activation = {t.designation: t.activation for t in sp.catalogue.types()}
    rows = []
    for s in suspended:
        lot = sp.queries.lot(s.lot_id)
        covered = profile.covered_per_item(lot.ap_per_item, lot.av_per_item, activation[lot.type_designation])
        mines = (s.quantity * covered, s.quantity * (lot.mines_per_item - covered))
        rows.append((s.kind_label, s.reference, s.lot_number, s.held_at, s.suspended_from, s.quantity, *mines))
    return table_from(
        "Suspended at destruction sites, by suspension" if shipped else "Suspended, by suspension",
        ("Kind", "Reference", "Lot", "Where", "From", "Items", f"Mines covered by {profile.name}", "Mines not covered"),
        rows,
        note="Mines shipped for destruction, held there by a suspension: among the mines at destruction sites "
        "above, neither destroyed, sent back nor lost until it is lifted."
        if shipped
        else "Suspended mines are surplus (in Surplus and Suspended above): held back from scheduling and "
        "destruction until the suspension is lifted, then to be destroyed.",
        total_columns=(6, 7),
    )


def _losses_tables(sp: Stockpile, profile: PolicyProfileInfo, as_of: date) -> list[Table]:
    """Rule 6: mines of tasks closed short (shipped and not reported destroyed, or reported and not
    certified), still the state's until resolved; those the profile does not govern apart. None
    when the record has no loss by then."""
    losses = sp.destruction.loss_totals(as_of)
    covered, others = list(losses.covered_losses), list(losses.not_covered_losses)
    if not covered and not others:
        return []
    note = (
        "Mines shipped for destruction and not reported destroyed, or reported destroyed and not "
        "certified, when their task was closed: neither in the stock figures above nor destroyed, still "
        "the state's until an investigation finds them, has them destroyed with a certificate or an "
        "authority writes them off. In mines, as the figures above (a loss of an item holding both "
        "kinds is on both tables)."
    )
    tables = [losses_table(f"Unaccounted losses: mines covered by {profile.name}, not destroyed", covered, note)]
    if others:
        tables.append(losses_table(f"Unaccounted losses: mines {profile.not_covered}, not destroyed", others))
    return tables


def _overdue_table(sp: Stockpile, as_of: date) -> Table:
    """Tasks open now and late; for a past date the table says it is today's list, not that day's."""
    today = sp.today()
    policy = sp.catalogue.active_profile()
    rows = []
    for task in sp.destruction.tasks(status="open"):
        if task.is_overdue(today):
            planned, left, apart = task_mines(policy, task)
            rows.append((task.reference, task.planned_on, task.site_code, planned, planned - left, left, apart))
    note = f"Open tasks past their planned date and not fully carried out, in the mines {policy.name} governs"
    note += " (the others apart)"
    if as_of < today:
        note += f", as they stand today ({today.isoformat()}), not as of {as_of.isoformat()}"
    return table_from(
        "Overdue destruction tasks",
        ("Task", "Planned on", "Site", "Planned", "Destroyed", "Left", "Not covered, left"),
        rows,
        note=note + ".",
    )
