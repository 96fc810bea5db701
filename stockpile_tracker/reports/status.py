"""Stockpile status as of a date: by category, SD/SDA/persistent, type and site; retained by
reason; surplus split into scheduled, suspended and unscheduled; suspensions in force; overdue tasks
and programme deadlines. Built in one language: every fixed text through the report's Translator."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime

from ..domain.enums import Activation, Category, RetentionCategory, SuspensionKind, label
from ..domain.rules import contents_label
from ..i18n import ENGLISH, QT_TRANSLATE_NOOP, Translator
from ..services import Stockpile, one_snapshot
from ..services.compliance import task_mines
from ..services.dto.catalogue import PolicyProfileInfo
from ..services.dto.lots import StatusGroup, SuspensionInfo, Totals
from .document import THOUSANDS, Cell, Report, Signature, Table, Whole, figure, table_from
from .losses import losses_table

SIGNATURES = (
    QT_TRANSLATE_NOOP("StatusReport", "Prepared by"),
    QT_TRANSLATE_NOOP("StatusReport", "Checked by"),
    QT_TRANSLATE_NOOP("StatusReport", "Approved by"),
)
QUANTITY_COLUMNS = (
    QT_TRANSLATE_NOOP("StatusReport", "Lots"),
    QT_TRANSLATE_NOOP("StatusReport", "Held"),
    QT_TRANSLATE_NOOP("StatusReport", "At destruction sites"),
    QT_TRANSLATE_NOOP("StatusReport", "On hand"),
    QT_TRANSLATE_NOOP("StatusReport", "Retained"),
    QT_TRANSLATE_NOOP("StatusReport", "Surplus"),
    QT_TRANSLATE_NOOP("StatusReport", "Scheduled"),
    QT_TRANSLATE_NOOP("StatusReport", "Suspended"),
    QT_TRANSLATE_NOOP("StatusReport", "Unscheduled surplus"),
    QT_TRANSLATE_NOOP("StatusReport", "Destroyed"),
)


def _marked(tr: Translator, *texts: str) -> tuple[str, ...]:
    """Texts marked where they are declared, in the report's language."""
    return tuple(tr.translate("StatusReport", text) for text in texts)


def _by(groups: list[StatusGroup], key: Callable[[StatusGroup], tuple[str, ...]]) -> list[tuple[Cell, ...]]:
    buckets: dict[tuple[str, ...], list[StatusGroup]] = defaultdict(list)
    for group in groups:
        buckets[key(group)].append(group)
    return [(*keys, *Totals.summed(members).figures) for keys, members in sorted(buckets.items())]


ACTIVATION_CODES = {  # the By type table's short words, explained in its note
    Activation.VICTIM: QT_TRANSLATE_NOOP("StatusReport", "victim"),
    Activation.COMMAND: QT_TRANSLATE_NOOP("StatusReport", "command"),
    Activation.BOTH: QT_TRANSLATE_NOOP("StatusReport", "both"),
}


def _scope_table(sp: Stockpile, as_of: date, tr: Translator) -> Table:
    """What the active profile's obligations count, and the rest apart: the figures the dashboard
    and the command line show (QueryService.scope_totals)."""
    scope = sp.queries.scope_totals(as_of)
    profile = sp.catalogue.active_profile()
    name = tr.profile_name(profile.name)
    rows = [
        (tr.translate("Scope", "covered by {profile}").format(profile=name), *scope.covered.figures),
        (tr.translate("Scope", "not covered by {profile}").format(profile=name), *scope.not_covered.figures),
    ]
    note = tr.translate(
        "StatusReport",
        "{profile} governs {scope}; only those mines count against its obligations. Figures are mines (items x "
        "mines per item): a lot of an item holding both kinds (a Volcano canister) is on both lines, so its lots "
        "are not added up. The total adds what is held, never the two surpluses: only the one covered is to destroy.",
    ).format(profile=name, scope=scope_words(profile.scope_categories, profile.scope_activations, tr))
    if scope.covered.beyond_requirement:
        note += " " + tr.translate(
            "StatusReport",
            "Covered: of the surplus, {beyond} are reserved for Korea beyond the requirement: the lots still show "
            "them retained until the office releases them; Retained counts the reserve up to the requirement (see "
            "Retained, by reason).",
        ).format(beyond=figure(scope.covered.beyond_requirement, tr.language))
    return table_from(
        tr.translate("StatusReport", "In and out of scope of {profile}").format(profile=name),
        (tr.translate("StatusReport", "Stock"), *_marked(tr, *QUANTITY_COLUMNS)),
        rows,
        note=note,
        total_columns=(2, 3, 4, 5, 10),  # held, at destruction sites, on hand, retained, destroyed
    )


def scope_words(categories: tuple[str, ...], activations: tuple[str, ...], tr: Translator) -> str:
    """What a profile governs, in the report's language: "anti-personnel mines that are
    victim-activated or activated either way" (PolicyProfileInfo.scope, in English)."""
    kinds = {
        "AP": tr.translate("Report", "anti-personnel"),
        "AV": tr.translate("Report", "anti-vehicle"),
    }
    ways = {
        "victim": tr.translate("Report", "victim-activated"),
        "command": tr.translate("Report", "command-detonated"),
        "both": tr.translate("Report", "activated either way"),
    }
    return tr.translate("Report", "{categories} mines that are {activations}").format(
        categories=tr.translate("Report", "{first} and {second}").format(first=kinds["AP"], second=kinds["AV"])
        if len(categories) == 2
        else kinds[categories[0]],
        activations=_either(tr, [ways[way] for way in activations]),
    )


def _either(tr: Translator, words: list[str]) -> str:
    """ "a or b or c" in the report's language."""
    joined = words[0]
    for word in words[1:]:
        joined = tr.translate("Report", "{first} or {second}").format(first=joined, second=word)
    return joined


def _split(groups: list[StatusGroup], profile: PolicyProfileInfo, tr: Translator) -> list[Table]:
    """Each breakdown twice, in scope and apart: no total mixes what the profile says to destroy
    with stock it does not govern."""
    language, name = tr.language, tr.profile_name(profile.name)
    codes = {activation: tr.translate("StatusReport", code) for activation, code in ACTIVATION_CODES.items()}
    by_type_note = tr.translate(
        "StatusReport",
        "Cat.: AP {ap}, AV {av}. Activation: {victim} for {victim_label}, {command} for {command_label}, {both}.",
    ).format(
        ap=label(Category.AP, language).lower(),
        av=label(Category.AV, language).lower(),
        victim=codes[Activation.VICTIM],
        victim_label=label(Activation.VICTIM, language),
        command=codes[Activation.COMMAND],
        command_label=label(Activation.COMMAND, language),
        both=label(Activation.BOTH, language),
    )
    mixed_note = tr.translate(
        "StatusReport", "A lot of an item holding both categories (a Volcano canister) counts under each."
    )
    site_note = tr.translate(
        "StatusReport",
        "Held = at destruction sites + on hand. Mines shipped for destruction and not yet reported destroyed are at "
        "the destruction site's line, and mines moved to another of the state's sites at that site's line (surplus, "
        "not scheduled); their lots, and what the lots had destroyed, are counted at each lot's home.",
    )
    # (title covered, title apart), the key columns, the key of a row, the note; by category, a
    # group for each category of mines it holds
    breakdowns: tuple[tuple[tuple[str, str], tuple[str, ...], Callable[[StatusGroup], tuple[str, ...]], str], ...] = (
        (
            (
                tr.translate("StatusReport", "Summary by category, covered by {profile}"),
                tr.translate(
                    "StatusReport",
                    "Summary by category, not covered by {profile} (shown apart; no obligation counts them)",
                ),
            ),
            (tr.translate("StatusReport", "Category"),),
            lambda g: (label(Category(g.category), language),),
            mixed_note,
        ),
        (
            (
                tr.translate("StatusReport", "By self-destruct / self-deactivation, covered by {profile}"),
                tr.translate(
                    "StatusReport",
                    "By self-destruct / self-deactivation, not covered by {profile} (shown apart; no obligation "
                    "counts them)",
                ),
            ),
            (tr.translate("StatusReport", "Feature"),),
            lambda g: (label(g.sd_class, language),),
            "",
        ),
        (
            (
                tr.translate("StatusReport", "By site, covered by {profile}"),
                tr.translate(
                    "StatusReport", "By site, not covered by {profile} (shown apart; no obligation counts them)"
                ),
            ),
            (tr.translate("StatusReport", "Site"), tr.translate("StatusReport", "Country")),
            lambda g: (g.site_code, g.site_country),
            site_note,
        ),
        (
            (
                tr.translate("StatusReport", "By type, covered by {profile}"),
                tr.translate(
                    "StatusReport", "By type, not covered by {profile} (shown apart; no obligation counts them)"
                ),
            ),
            (
                tr.translate("StatusReport", "Type"),
                tr.translate("StatusReport", "Cat."),
                tr.translate("StatusReport", "Activation"),
            ),
            lambda g: (Whole(g.type_designation), g.category, codes[Activation(g.activation)]),
            by_type_note,
        ),
    )
    return [
        table_from(
            titles[not covered].format(profile=name),
            (*keys, *_marked(tr, *QUANTITY_COLUMNS)),
            _by(_in_mines(groups, covered, by_category=number == 0), key),
            note=note or None,
        )
        for covered in (True, False)
        for number, (titles, keys, key, note) in enumerate(breakdowns)
    ]


def _in_mines(groups: list[StatusGroup], covered: bool, by_category: bool = False) -> list[StatusGroup]:
    """The groups in the mines the profile governs (`covered`) or in the others: a mixed item
    (Volcano) is on both sides, its category the categories of the mines counted on that side
    (a GATOR dispenser's 22 AP mines are AP); `by_category`, a group for each category of mines it holds."""
    if by_category:
        return [part for group in groups for part in group.by_category(covered)]
    if covered:
        return [replace(g.covered, category=g.categories(True)) for g in groups if g.covered_per_item]
    return [replace(g.not_covered, category=g.categories(False)) for g in groups if g.not_covered_per_item]


def _retained(groups: list[StatusGroup], profile: PolicyProfileInfo, tr: Translator) -> Table:
    """Retained mines by reason, those the profile governs apart from the others; the Korea reserve
    beyond the requirement beside what the lots' decisions keep, and out of what is retained."""
    buckets: dict[tuple[str, str], list[StatusGroup]] = defaultdict(list)
    stocks = (
        (tr.translate("Scope", "covered by {profile}").format(profile=tr.profile_name(profile.name)), True),
        (tr.translate("Scope", "not covered by {profile}").format(profile=tr.profile_name(profile.name)), False),
    )
    for stock, covered in stocks:
        for group in _in_mines(groups, covered):
            if group.retention_category and group.retained + group.beyond_requirement:
                kept_for = label(RetentionCategory(group.retention_category), tr.language)
                buckets[(kept_for, stock)].append(group)
    totals = [(key, Totals.summed(members)) for key, members in sorted(buckets.items())]
    return table_from(
        tr.translate("StatusReport", "Retained, by reason"),
        (
            tr.translate("StatusReport", "Kept for"),
            tr.translate("StatusReport", "Stock"),
            tr.translate("StatusReport", "Lots"),
            tr.translate("StatusReport", "Kept by the lots' decisions"),
            tr.translate("StatusReport", "Beyond the requirement: surplus"),
            tr.translate("StatusReport", "Retained"),
        ),
        [(*key, t.lots, t.reserved, t.beyond_requirement, t.retained) for key, t in totals],
        note=tr.translate(
            "StatusReport",
            "Mines reserved for Korea beyond the requirement in force are surplus to destroy, counted in the type's "
            "last lots by lot number: the lots' decisions keep them until the office releases them, and every figure "
            "of the profile counts them as surplus, not retained.",
        )
        if any(t.beyond_requirement for _key, t in totals)
        else None,
    )


def _items_and_mines(groups: list[StatusGroup], tr: Translator) -> Table:
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
                Whole(designation),
                contents_label(first.ap_per_item, first.av_per_item).replace(",", THOUSANDS[tr.language]),
                items.held,
                items.held * per_item,
                items.held * covered,
                items.held * apart,
                items.destroyed,
                items.destroyed * per_item,
            )
        )
    return table_from(
        tr.translate("StatusReport", "Items and mines, by type"),
        (
            tr.translate("StatusReport", "Type"),
            tr.translate("StatusReport", "Mines per item"),
            tr.translate("StatusReport", "Items held"),
            tr.translate("StatusReport", "Mines held"),
            tr.translate("StatusReport", "Covered"),
            tr.translate("StatusReport", "Not covered"),
            tr.translate("StatusReport", "Items destroyed"),
            tr.translate("StatusReport", "Mines destroyed"),
        ),
        rows,
        note=tr.translate(
            "StatusReport",
            "The ledger counts items; every other table counts mines (items x mines per item). Held: on hand at the "
            "state's own sites and shipped to destruction sites, not yet destroyed.",
        ),
    )


@one_snapshot
def status_report(sp: Stockpile, as_of: date, *, printed_at: datetime | None = None, language: str = ENGLISH) -> Report:
    tr = Translator(language)
    groups = sp.queries.status_groups(as_of)
    profile = sp.catalogue.active_profile()
    tables = [
        _scope_table(sp, as_of, tr),
        *_split(groups, profile, tr),
        _items_and_mines(groups, tr),
        _retained(groups, profile, tr),
    ]
    suspended = sp.suspensions.in_force(as_of)
    for shipped in (False, True):  # at home (in Suspended above), apart from those at destruction sites
        listed = [s for s in suspended if s.for_destruction == shipped]
        if listed:
            tables.append(_suspensions_table(sp, profile, listed, shipped, tr))
    losses = _losses_tables(sp, profile, as_of, tr)
    tables.extend(losses)
    tables.append(_overdue_table(sp, as_of, tr))
    notes = (
        []
        if losses
        else [
            tr.translate(
                "StatusReport", "Unaccounted losses (mines not accounted for when their task was closed): none."
            )
        ]
    )
    notes += _deadline_notes(sp, profile, as_of, tr)
    notes.append(
        tr.translate(
            "StatusReport",
            "Figures are computed from the ledger up to the end of the date: entries, retention decisions and "
            "destructions dated up to then, and destruction tasks open then: from the day their work began (entered, "
            "or their first shipment or destruction) until they were closed or cancelled.",
        )
    )
    letterhead = sp.catalogue.letterhead()
    return Report(
        tr.translate("StatusReport", "Stockpile status"),
        letterhead.organisation,
        tr.translate("StatusReport", "as of {date}").format(date=as_of.isoformat()),
        sp.operator_in(language),  # who printed it
        printed_at or datetime.now(),
        tuple(tables),
        tuple(notes),
        signatures=tuple(Signature(role) for role in _marked(tr, *SIGNATURES)),
        marking=letterhead.marking,
        seal=sp.archive.seal(),
        language=language,
    )


def _deadline_notes(sp: Stockpile, profile: PolicyProfileInfo, as_of: date, tr: Translator) -> list[str]:
    """The active profile's deadlines as `check` judges them (ComplianceService.deadlines): its own
    (Article 4) and each of its programmes' own date; then any programme under another profile, said
    to be so: the checks do not judge the record against it."""
    notes = []
    for deadline in sp.compliance.deadlines():
        distance = _days_from(as_of, deadline.day, tr)
        if deadline.programme is None:
            notes.append(
                tr.translate(
                    "StatusReport",
                    "{profile}: stockpile destruction deadline {deadline} (entry into force {in_force}), {distance}.",
                ).format(
                    profile=tr.profile_name(deadline.profile),
                    deadline=deadline.day.isoformat(),
                    in_force=deadline.in_force.isoformat() if deadline.in_force else "",
                    distance=distance,
                )
            )
        else:
            notes.append(
                tr.translate("StatusReport", "Programme {name}: deadline {deadline}, {distance}.").format(
                    name=deadline.programme, deadline=deadline.day.isoformat(), distance=distance
                )
            )
    for p in sp.destruction.programmes():
        if p.profile_code != profile.code:
            notes.append(
                tr.translate(
                    "StatusReport",
                    "Programme {name}, under another profile ({profile}): deadline {deadline}, {distance}; not "
                    "checked against the active profile.",
                ).format(
                    name=p.name,
                    profile=tr.profile_name(p.profile_name),
                    deadline=p.deadline.isoformat(),
                    distance=_days_from(as_of, p.deadline, tr),
                )
            )
    return notes


def _days_from(as_of: date, deadline: date, tr: Translator) -> str:
    """How far the deadline is from the report's day, in words that never count a negative."""
    days, day = (deadline - as_of).days, as_of.isoformat()
    if days == 1:
        return tr.translate("StatusReport", "1 day to go as of {date}").format(date=day)
    if days >= 0:
        return tr.translate("StatusReport", "{days} days to go as of {date}").format(
            days=figure(days, tr.language), date=day
        )
    if days == -1:
        return tr.translate("StatusReport", "passed 1 day before {date}").format(date=day)
    return tr.translate("StatusReport", "passed {days} days before {date}").format(
        days=figure(-days, tr.language), date=day
    )


def _suspensions_table(
    sp: Stockpile, profile: PolicyProfileInfo, suspended: list[SuspensionInfo], shipped: bool, tr: Translator
) -> Table:
    """Each suspension in items, as it is made, and in mines in and out of scope, as the figures above:
    those at the lots' homes (their total is Suspended above), or those of mines shipped for destruction."""
    activation = {t.designation: t.activation for t in sp.catalogue.types()}
    rows = []
    for s in suspended:
        lot = sp.queries.lot(s.lot_id)
        covered = profile.covered_per_item(lot.ap_per_item, lot.av_per_item, activation[lot.type_designation])
        mines = (s.quantity * covered, s.quantity * (lot.mines_per_item - covered))
        where = (
            tr.translate("Holdings", "{site}, for destruction").format(site=s.site_code)
            if s.for_destruction
            else s.site_code
        )
        kind = label(SuspensionKind(s.kind), tr.language)
        rows.append((kind, s.reference, s.lot_number, where, s.suspended_from, s.quantity, *mines))
    return table_from(
        tr.translate("StatusReport", "Suspended at destruction sites, by suspension")
        if shipped
        else tr.translate("StatusReport", "Suspended, by suspension"),
        (
            tr.translate("StatusReport", "Kind"),
            tr.translate("StatusReport", "Reference"),
            tr.translate("StatusReport", "Lot"),
            tr.translate("StatusReport", "Where"),
            tr.translate("StatusReport", "From"),
            tr.translate("StatusReport", "Items"),
            tr.translate("StatusReport", "Mines covered by {profile}").format(profile=tr.profile_name(profile.name)),
            tr.translate("StatusReport", "Mines not covered"),
        ),
        rows,
        note=tr.translate(
            "StatusReport",
            "Mines shipped for destruction, held there by a suspension: among the mines at destruction sites above, "
            "neither destroyed, sent back nor lost until it is lifted.",
        )
        if shipped
        else tr.translate(
            "StatusReport",
            "Suspended mines are surplus (in Surplus and Suspended above): held back from scheduling and destruction "
            "until the suspension is lifted, then to be destroyed.",
        ),
        total_columns=(5, 6, 7),  # items, and mines in and out of scope
    )


def _losses_tables(sp: Stockpile, profile: PolicyProfileInfo, as_of: date, tr: Translator) -> list[Table]:
    """Rule 6: mines of tasks closed short (shipped and not reported destroyed, or reported and not
    certified), still the state's until resolved; those the profile does not govern apart. None
    when the record has no loss by then."""
    losses = sp.destruction.loss_totals(as_of)
    covered, others = list(losses.covered_losses), list(losses.not_covered_losses)
    if not covered and not others:
        return []
    note = tr.translate(
        "StatusReport",
        "Mines shipped for destruction and not reported destroyed, or reported destroyed and not certified, when "
        "their task was closed: neither in the stock figures above nor destroyed, still the state's until an "
        "investigation finds them, has them destroyed with a certificate or an authority writes them off. In mines, "
        "as the figures above (a loss of an item holding both kinds is on both tables).",
    )
    title = tr.translate("StatusReport", "Unaccounted losses: mines covered by {profile}, not destroyed")
    tables = [losses_table(title.format(profile=tr.profile_name(profile.name)), covered, note, tr.language)]
    if others:
        title = tr.translate("StatusReport", "Unaccounted losses: mines not covered by {profile}, not destroyed")
        tables.append(losses_table(title.format(profile=tr.profile_name(profile.name)), others, language=tr.language))
    return tables


def _overdue_table(sp: Stockpile, as_of: date, tr: Translator) -> Table:
    """Tasks open now and late; for a past date the table says it is today's list, not that day's."""
    today = sp.today()
    policy = sp.catalogue.active_profile()
    rows = []
    for task in sp.destruction.tasks(status="open"):
        if task.is_overdue(today):
            planned, left, apart = task_mines(policy, task)
            rows.append((task.reference, task.planned_on, task.site_code, planned, planned - left, left, apart))
    if as_of < today:
        note = tr.translate(
            "StatusReport",
            "Open tasks past their planned date and not fully carried out, in the mines {profile} governs (the "
            "others apart), as they stand today ({today}), not as of {date}.",
        ).format(profile=tr.profile_name(policy.name), today=today.isoformat(), date=as_of.isoformat())
    else:
        note = tr.translate(
            "StatusReport",
            "Open tasks past their planned date and not fully carried out, in the mines {profile} governs (the "
            "others apart).",
        ).format(profile=tr.profile_name(policy.name))
    return table_from(
        tr.translate("StatusReport", "Overdue destruction tasks"),
        (
            tr.translate("StatusReport", "Task"),
            tr.translate("StatusReport", "Planned on"),
            tr.translate("StatusReport", "Site"),
            tr.translate("StatusReport", "Planned"),
            tr.translate("StatusReport", "Destroyed"),
            tr.translate("StatusReport", "Left"),
            tr.translate("StatusReport", "Not covered, left"),
        ),
        rows,
        note=note,
    )
