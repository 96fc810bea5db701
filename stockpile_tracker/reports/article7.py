"""Article 7 transparency report for a calendar year: Form B (stockpiled anti-personnel mines at
the end of the year), Form D (retained under Article 3, and transferred for destruction), Form F
(the status of destruction programmes; their methods, sites and standards) and Form G (destroyed
during the year, where and how, and since entry into force); in Forms B and G previously unknown
stockpiles are apart. Only the mines the active profile governs count (anti-personnel,
victim-activated or both); command-detonated and anti-vehicle stock is reported voluntarily in
Form J."""

from __future__ import annotations

import csv
import io
import re
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import replace
from datetime import date, datetime
from pathlib import PureWindowsPath

from ..domain.deadlines import found_stock_due
from ..domain.enums import (
    Activation,
    Article7Part,
    Category,
    Delivery,
    DestructionMethod,
    MovementKind,
    RetentionCategory,
)
from ..domain.rules import contents_label, mines_in_items
from ..domain.words import count
from ..services import Stockpile, one_snapshot
from ..services.article7 import Article7Entry, Submission
from ..services.dto.catalogue import MineTypeInfo
from ..services.dto.lots import YearChange, YearLot
from .document import Cell, Report, Table, table_from, tables_csv
from .losses import losses_table


def _lot_numbers(lots: list[YearLot]) -> str:
    """Every lot number of a type, as the forms ask (DOMAIN.md section 5: all of them)."""
    return ", ".join(sorted(lot.lot_number for lot in lots))


PerItem = Callable[[YearLot], int]  # the mines of one item a form counts
Notes = Callable[[list[YearLot]], str | None]  # a type's supplementary information


def _by_type(
    lots: Iterable[YearLot],
    items: Callable[[YearLot], int],
    per_item: PerItem,
    supplementary: Notes | None = None,
    by_discovery: bool = False,
) -> list[tuple[Cell, ...]]:
    """One row per type (and day of discovery, `by_discovery`): the mines (`items` of each lot,
    `per_item` mines to an item), its lots, and, for a type whose item is not one mine, the items
    that hold them."""
    groups: dict[tuple[str, date | None], list[YearLot]] = defaultdict(list)
    for lot in lots:
        if items(lot) and per_item(lot):
            groups[(lot.type_designation, lot.discovered_on if by_discovery else None)].append(lot)
    rows: list[tuple[Cell, ...]] = []
    for (designation, _found), members in sorted(groups.items()):
        mines = sum(items(lot) * per_item(lot) for lot in members)
        held_in = (
            mines_in_items(mines, sum(items(lot) for lot in members), Delivery(members[0].delivery).items)
            if members[0].mines_per_item != 1
            else None
        )
        notes = [note for note in (held_in, supplementary(members) if supplementary else None) if note]
        rows.append((designation, mines, _lot_numbers(members), "; ".join(notes) or None))
    return rows


STOCK_CHECKS = (MovementKind.CHECK_GAIN.value, MovementKind.CHECK_LOSS.value)
CORRECTIONS = (
    "An entry reversed within the year is a mistake corrected and neither is listed; one reversed in a later "
    "year is listed again in that year's report, as its correction."
)


def _changes(changes: list[YearChange], per_item: Callable[[YearChange], int]) -> list[tuple[Cell, ...]]:
    """Each change of the year in mines the profile governs, signed as the ledger posts it; a
    correction of an earlier year's entry says which."""
    return [
        (
            change.occurred_on,
            change.type_designation,
            change.lot_number,
            MovementKind(change.kind).label
            if change.reverses_on is None
            else f"correction of the {MovementKind(change.kind).label} of {change.reverses_on.isoformat()}",
            change.quantity * per_item(change),
            change.site,
            change.document_ref,
            change.reason,
        )
        for change in changes
        if per_item(change)
    ]


def _deadline(sp: Stockpile) -> date | None:
    profile = sp.catalogue.active_profile()
    if profile.deadline is not None:
        return profile.deadline
    deadlines = [programme.deadline for programme in sp.destruction.programmes()]
    return min(deadlines) if deadlines else None


@one_snapshot
def article7_report(
    sp: Stockpile, year: int, *, printed_at: datetime | None = None, submission: Submission | None = None
) -> Report:
    """`submission`: the report as it is frozen as submitted (its cover says so); else a draft."""
    lots = sp.queries.year_lots(year)
    profile = sp.catalogue.active_profile()

    def covered(lot: YearLot) -> int:
        return profile.covered_per_item(lot.ap_per_item, lot.av_per_item, lot.activation)

    def apart(lot: YearLot) -> int:
        return lot.mines_per_item - covered(lot)

    korea_permitted = RetentionCategory.KOREA.value in profile.permitted_retention
    ap = [lot for lot in lots if covered(lot)]
    other = [lot for lot in lots if apart(lot)]
    deadline = _deadline(sp)
    today = sp.today()
    # A year not over (it cannot be frozen yet) is reported as far as it has gone, and says so.
    provisional = year >= today.year
    so_far = f" to {today.isoformat()} (provisional)" if provisional else ""
    at = f"as of {today.isoformat()} (provisional)" if provisional else f"at 31 December {year}"
    in_year = f"{year}{so_far}"  # "2026 to 2026-06-30 (provisional)": the year's figures so far
    to_end = so_far or f" to 31 December {year}"
    end = today.isoformat() if provisional else "31 December"

    def changed(change: YearChange) -> int:
        return profile.covered_per_item(change.ap_per_item, change.av_per_item, change.activation)

    changes = sp.queries.year_changes(year)
    checks = [change for change in changes if change.kind in STOCK_CHECKS]
    transfers = [change for change in changes if change.kind not in STOCK_CHECKS]

    def late_discovery(lot: YearLot) -> bool:
        return lot.discovered_on is not None and deadline is not None and lot.discovered_on > deadline

    columns = ("Type", "Quantity", "Lot numbers", "Supplementary information")
    found_note = (
        f"Mines discovered after the deadline ({deadline.isoformat()}): each lot due for destruction within six "
        "months of its discovery."
        if deadline
        else "No deadline is set for the active profile or a programme."
    )

    def known_and_found(
        form: str,
        what: str,
        when: str,
        figure: Callable[[YearLot], int],
        notes: Notes | None = None,
        note: str | None = None,
    ) -> list[Table]:
        """A form's table, and beside it the stockpiles found after the deadline (DOMAIN.md section 5)."""
        return [
            table_from(
                f"{form} - {what} {when}",
                columns,
                _by_type(
                    [lot for lot in ap if not late_discovery(lot)],
                    figure,
                    covered,
                    notes,
                ),
                note=note,
            ),
            table_from(
                f"{form} - previously unknown stockpiles{' destroyed' if form == 'Form G' else ''} {when}",
                columns,
                _by_type([lot for lot in ap if late_discovery(lot)], figure, covered, _discovered, by_discovery=True),
                note=found_note,
            ),
        ]

    tables = [
        *known_and_found(
            "Form B",
            "stockpiled anti-personnel mines",
            at,
            lambda lot: lot.held,
            lambda members: _held_note(members, covered, profile.name, korea_permitted),
        ),
        losses_table(
            f"Form B - supplementary information: mines unaccounted for after their destruction task {at}",
            [
                loss
                for loss in sp.destruction.loss_totals(date(year, 12, 31)).covered_losses
                if loss.unaccounted or any(r.resolved_on.year == year for r in loss.resolutions)
            ],
            "Still the state's stockpile until found, destroyed with a certificate or written off by an "
            "authority; not in the quantities above. Losses resolved during the year are listed with how.",
        ),
        table_from(
            f"Form B - supplementary information: gains and losses found by stock checks during {in_year}",
            ("Date", "Type", "Lot number", "Change", "Mines", "Counted at", "Document", "Reason"),
            _changes(checks, changed),
            total_columns=(4,),
            note="Mines the profile governs; a loss is negative, the total is the net change the counts found. "
            + CORRECTIONS,
        ),
        table_from(
            f"Form D - retained under Article 3 {at}",
            (
                "Institution",
                "Type",
                "Quantity",
                f"Used in training in {in_year}",
                "Lot numbers",
                "Intended purpose",
            ),
            _form_d(ap, covered),
            note="Intended purpose: the reason of the retention decision that named the institution; actual use: "
            "the mines used in training in the year. Retained mines are destroyed only once released from "
            "retention: they are then surplus, in Form G.",
        ),
        table_from(
            f"Form D - transferred for the purpose of destruction in {in_year}",
            columns,
            _by_type(
                ap,
                lambda lot: sum(items for _site, items in lot.shipped_abroad),
                covered,
                lambda members: _destinations(members, covered),
            ),
            note="Mines shipped to a destruction site in another country than the depot they left; still "
            "in Form B until destroyed there.",
        ),
        table_from(
            f"Form D - transferred out of or into the stockpile, other than to a destruction site, during {in_year}",
            ("Date", "Type", "Lot number", "Transfer", "Mines", "Site", "Document", "Purpose (the reason recorded)"),
            _changes(transfers, changed),
            total_columns=(4,),
            note="Mines the profile governs; out of the stockpile is negative, the total is the net change. The "
            "record holds no purpose for a transfer (for destruction, for development and training, or other): "
            "the reason recorded with it is printed. Mines sent to a destruction site are shipped for "
            "destruction, not transferred: abroad, they are in the table above. " + CORRECTIONS,
        ),
        # a year not over: the record as it stands, the figures the progress report gives
        *_form_f(sp, profile.code, profile.name, at, None if provisional else date(year, 12, 31)),
        *known_and_found(
            "Form G",
            "anti-personnel mines destroyed",
            f"in {in_year}",
            lambda lot: lot.destroyed,
            lambda members: _where_destroyed(members, covered),
            _joined(
                _completion_note(sp, profile.name, today if provisional else date(year, 12, 31)),
                _unverified_note(sp, year, {(lot.lot_number, lot.type_designation): covered(lot) for lot in ap}),
            ),
        ),
        *known_and_found(
            "Form G",
            "anti-personnel mines destroyed",
            f"since {'entry into force' if profile.party_to_treaty else 'the policy took effect'} "
            f"({profile.effective_on.isoformat()}){to_end}",
            lambda lot: lot.destroyed_to_date,
        ),
        table_from(
            f"Form J - other matters: mines {profile.not_covered} held {at} (voluntary)",
            columns,
            _by_type(
                other,
                lambda lot: lot.held,
                apart,
                lambda members: _joined_notes(
                    _kind(members), _held_note(members, apart, profile.name, korea_permitted, governed=False)
                ),
            ),
            note=f"Reported voluntarily, not counted in Forms B and G: {profile.name} governs {profile.scope}.",
        ),
        table_from(
            f"Form J - other matters: mines {profile.not_covered} destroyed in {in_year} (voluntary)",
            columns,
            _by_type(other, lambda lot: lot.destroyed, apart, _kind),
        ),
    ]
    letterhead = sp.catalogue.letterhead()
    kind = "Article 7 report" if profile.party_to_treaty else "Voluntary report in the format of Article 7"
    period = (
        f"1 January {year} - {end} (provisional: the year is not over)" if provisional else f"1 January - {end} {year}"
    )
    texts = sp.article7.texts(year)
    tables += _form_h(sp, ap, at)
    # A report submitted prints as sent: without the draft's marks (carried forward, to review).
    forms = _with_texts(tables, texts, year, marked=submission is None)
    return Report(
        f"{kind} - calendar year {year}" + (" - provisional" if provisional else ""),
        letterhead.organisation,
        period,
        sp.operator,  # who printed it, as the window shows them
        printed_at or datetime.now(),
        (*_cover(sp, year, texts, submission, _with_texts(tables, texts, year, marked=False), period), *forms),
        notes=(
            f"Quantities are individual mines, computed from the ledger up to {end}; a type whose item "
            "holds several (a projectile, a dispenser) says how many items hold them.",
        ),
        marking=letterhead.marking,
        seal=sp.archive.seal(),
    )


NOT_WRITTEN = "Not written for this report."


def _written(entry: Article7Entry | None, year: int, marked: bool) -> str | None:
    """The office's text as it prints; one carried forward from an earlier year says so when
    `marked` (not when compared with the last report: the text itself is what changes or not)."""
    if entry is None:
        return None
    earlier = entry.carried_from(year)
    if not marked:
        return entry.text
    return (
        entry.text
        if earlier is None
        else f"{entry.text}\n\n(Carried forward from the {earlier} report: review it for {year}.)"
    )


def _letter(table: Table) -> str:
    return table.title[len("Form ")]


def _with_texts(
    tables: list[Table], texts: dict[Article7Part, Article7Entry], year: int, marked: bool = True
) -> list[Table]:
    """Forms A to J in order: a text form (A, C, E, I, J) is the office's text; a table form's first
    table carries the office's note above its rows."""
    by_letter: dict[str, list[Table]] = defaultdict(list)
    for table in tables:
        by_letter[_letter(table)].append(table)
    forms: list[Table] = []
    for letter in FORM_LETTERS:
        part = Article7Part(letter)
        text = _written(texts.get(part), year, marked)
        if letter not in by_letter:
            forms.append(Table(part.label, (), (), totals=False, text=text or NOT_WRITTEN))
            continue
        first, *rest = by_letter[letter]
        forms.extend([replace(first, text=text), *rest])
    return forms


FORM_LETTERS = "ABCDEFGHIJ"
TEXT_FORMS = "ACEIJ"  # forms that are the office's text; the others are tables with a note
COVER_DETAILS = (
    Article7Part.STATE,
    Article7Part.CONTACT,
    Article7Part.ORGANISATION,
    Article7Part.PHONE,
    Article7Part.EMAIL,
)


def _cover(
    sp: Stockpile,
    year: int,
    texts: dict[Article7Part, Article7Entry],
    submission: Submission | None,
    forms: list[Table],
    period: str,
) -> list[Table]:
    """Who reports, for which period, when it was submitted, and which forms changed since the
    last report frozen as submitted (compared as printed, the years aside). A draft marks a detail
    carried forward from an earlier year, as it marks the forms' texts."""
    draft = submission is None
    details: list[tuple[Cell, ...]] = [
        (Article7Part.STATE.label, _detail(texts, Article7Part.STATE, year, draft)),
        ("Reporting period", period),
        (
            Article7Part.SUBMITTED_ON.label,
            f"{submission.on.isoformat()}, recorded by {sp.user}"
            if submission
            else "not submitted: a draft until it is frozen as submitted",
        ),
    ]
    if submission and submission.reference:
        details.append((Article7Part.SUBMISSION_REF.label, submission.reference))
    details += [(part.label, _detail(texts, part, year, draft)) for part in COVER_DETAILS[1:]]
    last = sp.archive.last_frozen_before("article7", year)
    now = _sections(tables_csv(forms), year)
    before = _sections(last.csv, int(last.period)) if last else None
    against = f"Since the report for {last.period}" if last else "Since the last report"
    status: list[tuple[Cell, ...]] = []
    for letter in FORM_LETTERS:
        part = Article7Part(letter)
        entry = texts.get(part)
        if before is None:
            changed = "first report"
        else:
            changed = "unchanged" if now.get(letter) == before.get(letter) else "changed"
        if entry is None:
            written = "not written" if letter in TEXT_FORMS else "no note"
        elif entry.carried_from(year) is not None:
            written = f"carried forward from {entry.year}: to review"
        else:
            written = f"written for {year}"
        status.append((part.label, changed, written))
    # whether the office's texts were reviewed is the draft's question: a report submitted does not ask it
    columns = ("Form", against) if submission else ("Form", against, "The office's text")
    return [
        table_from("Cover", ("", ""), details, totals=False),
        table_from("Forms in this report", columns, [row[: len(columns)] for row in status], totals=False),
    ]


def _detail(texts: dict[Article7Part, Article7Entry], part: Article7Part, year: int, draft: bool) -> str:
    entry = texts.get(part)
    if entry is None:
        return "not given"
    earlier = entry.carried_from(year)
    return f"{entry.text} (carried forward from {earlier}: review it for {year})" if draft and earlier else entry.text


def _sections(printed: str, year: int) -> dict[str, list[list[str]]]:
    """A report's CSV by form letter: every row but the tables' titles, with the report's year
    masked where the program writes it (a heading's "in 2025", "31 December 2025"), so that two
    years' forms compare as what they say. A year inside a lot number (L-2025-001) or a day
    (2025-03-01) is what the record says, and so is the office's text (the row under a title)."""
    the_year = re.compile(rf"(?<![\w-]){year}(?![\w-])")
    sections: dict[str, list[list[str]]] = defaultdict(list)
    letter, title_next, under_title = None, True, False
    for row in csv.reader(io.StringIO(printed)):
        if not row:
            title_next = True
            continue
        if title_next:
            title_next, under_title = False, True
            title = row[0]
            letter = title[len("Form ")] if title.startswith("Form ") and len(title) > len("Form ") else None
            continue
        office_text = under_title and len(row) == 1  # a table's column headings are more than one
        under_title = False
        if letter is not None:
            sections[letter].append(row if office_text else [the_year.sub("YEAR", cell) for cell in row])
    return sections


def _form_h(sp: Stockpile, ap: list[YearLot], at: str) -> list[Table]:
    """Article 7(1)(h): the characteristics of each type held at the end of the year, as the
    catalogue has them: what kind of mine it is, then what it looks like and holds (two tables, as
    one would be too wide to read)."""
    held = {lot.type_designation for lot in ap if lot.held}
    types = [t for t in sp.catalogue.types() if t.designation in held]
    kinds = [
        (
            t.designation,
            t.name,
            # a dispenser is of the category of the mines it holds, not of its principal one
            f"{_categories(t.ap_per_item, t.av_per_item)}, {Activation(t.activation).label}",
            _self_destruction(t),
            Delivery(t.delivery).label,
            t.contents,
        )
        for t in types
    ]
    physical = [
        (
            t.designation,
            _recorded(t.dimensions),
            _recorded(t.mass_g),
            _recorded(t.explosive),
            _recorded(t.explosive_mass_g),
            _recorded(t.metal_content),
            _recorded(t.fuze),
            _recorded(t.colour),
            # the file's name without the office's folders; a Windows path splits at / and \ alike
            _recorded(t.photo and PureWindowsPath(t.photo).name),
        )
        for t in types
    ]
    return [
        table_from(
            f"Form H - technical characteristics of each type held {at}",
            ("Type", "Name", "Category and activation", "Self-destruction", "Delivery", "Contents per item"),
            kinds,
            totals=False,
        ),
        table_from(
            f"Form H - physical characteristics of each type held {at}",
            (
                "Type",
                "Dimensions",
                "Mass (g)",
                "Explosive",
                "Explosive mass (g)",
                "Metal content",
                "Fuze",
                "Colour",
                "Photograph",
            ),
            physical,
            totals=False,
            note="Not recorded: the catalogue does not give it (Catalogue, Correct mine type). Photograph: the "
            "name of its file, to annex to the report.",
        ),
    ]


NOT_RECORDED = "not recorded"


def _recorded(value: str | int | None) -> str | int:
    """A characteristic as the catalogue has it (a mass a plain number, its unit in the column's
    heading); one the catalogue lacks says so, never a blank cell."""
    return NOT_RECORDED if value is None or value == "" else value


def _categories(ap_per_item: int, av_per_item: int) -> str:
    """ "Anti-personnel", or "Anti-personnel and anti-vehicle" for an item holding both."""
    held = [category.label for category, mines in ((Category.AP, ap_per_item), (Category.AV, av_per_item)) if mines]
    return " and ".join([held[0], *(label.lower() for label in held[1:])])


def _self_destruction(t: MineTypeInfo) -> str:
    """ "self-destructing (SD), self-destructs after 48 hours, and self-deactivating (SDA)": both
    where the type has both (SDA alone is its own class)."""
    if t.self_destruct_hours is None:
        return t.sd_class.label
    also = ", and self-deactivating (SDA)" if t.self_deactivating else ""
    return f"{t.sd_class.label}, self-destructs after {t.self_destruct_hours} hours{also}"


def _discovered(members: list[YearLot]) -> str:
    """A stockpile found after the deadline: when, and the day it must be destroyed by."""
    found = members[0].discovered_on
    assert found is not None  # the rows of lots found after the deadline, one day of discovery each
    return f"discovered {found.isoformat()}, due for destruction by {found_stock_due(found).isoformat()}"


def _where_destroyed(members: list[YearLot], per_item: PerItem) -> str | None:
    """Where and how a type's mines were destroyed in the year: "at Tooele Army Depot, US, by open
    detonation: 1,200" (Article 7(1)(f) and (g): methods and sites, in words)."""
    mines: dict[tuple[str, str], int] = defaultdict(int)
    for lot in members:
        for site, method, items in lot.destroyed_where:
            mines[(site, method)] += items * per_item(lot)
    return (
        "; ".join(
            f"at {site}, by {DestructionMethod(method).label.lower()}: {quantity:,}"
            for (site, method), quantity in sorted(mines.items())
            if quantity
        )
        or None
    )


def _completion_note(sp: Stockpile, profile: str, as_of: date) -> str | None:
    """The state of Article 4's deadline, as the deadline finding counts it: completed on time or
    late (never forgotten), or still open after the deadline."""
    completion = sp.compliance.completion(as_of)
    if completion is None:
        return None
    deadline = completion.deadline.isoformat()
    done = f"Destruction of the stockpiled anti-personnel mines under {profile}"
    if completion.completed_on is None:
        return f"{done} not completed by its deadline, {deadline}." if as_of > completion.deadline else None
    late = (completion.completed_on - completion.deadline).days
    when = f"{count(late, 'day')} after the deadline, {deadline}" if late > 0 else f"by the deadline, {deadline}"
    return f"{done} completed on {completion.completed_on.isoformat()}, {when}."


def _unverified_note(sp: Stockpile, year: int, covered: dict[tuple[str, str], int]) -> str | None:
    """Destruction counted in the year whose certificate no second person has verified yet (DOMAIN.md
    rule 7): said, so that whoever signs knows which figures the four eyes have not yet seen."""
    events = [
        event
        for event in sp.destruction.events(since=date(year, 1, 1), until=date(year, 12, 31))
        if not event.verified_by
    ]
    mines = {
        event.certificate_number: sum(
            line.quantity * covered.get((line.lot_number, line.type_designation), 0) for line in event.lines
        )
        for event in events
    }
    unverified = {certificate: n for certificate, n in mines.items() if n}
    if not unverified:
        return None
    return (
        f"Of these, {sum(unverified.values()):,} mines are on certificates not yet verified by a second "
        f"person: {', '.join(unverified)}."
    )


def _joined(*notes: str | None) -> str | None:
    return " ".join(note for note in notes if note) or None


def _joined_notes(*notes: str | None) -> str | None:
    return "; ".join(note for note in notes if note) or None


def _kind(members: list[YearLot]) -> str:
    """What a type not counted is: "Anti-vehicle, victim-activated"; for a mixed item, its contents."""
    lot = members[0]
    kind = f"{Category(lot.category).label}, {Activation(lot.activation).label}"
    return kind if lot.mines_per_item == 1 else f"{kind}, {contents_label(lot.ap_per_item, lot.av_per_item)} per item"


def _held_note(
    members: list[YearLot], per_item: PerItem, profile: str, korea_permitted: bool, governed: bool = True
) -> str | None:
    """What of the type is at destruction sites (shipped, not yet destroyed: still held) and what is
    retained, by reason; the Korea reserve beyond the requirement (all of it, under a profile that
    permits none) is not, and is said apart: surplus to destroy, though the lots still keep it. Mines
    the profile does not govern (`governed` False, Form J) have no requirement: what is kept is kept."""
    retained: dict[str, int] = defaultdict(int)
    beyond = sum(lot.beyond_requirement for lot in members) if governed else 0
    for lot in members:
        if lot.retention_category is not None:  # retained: the database keeps the two together
            retained[lot.retention_category] += lot.retained * per_item(lot) - (
                lot.beyond_requirement if governed else 0
            )
    shipped = sum(lot.at_destruction * per_item(lot) for lot in members)
    notes = [f"of which {shipped:,} at destruction sites, not yet destroyed"] if shipped else []
    notes += [
        f"of which {quantity:,} retained ({RetentionCategory(category).label})"
        for category, quantity in sorted(retained.items())
        if quantity
    ]
    if beyond and not korea_permitted:
        notes.append(f"of which {beyond:,} reserved for Korea, which {profile} does not permit: surplus to destroy")
    elif beyond:
        notes.append(f"{beyond:,} more reserved for Korea beyond the requirement: surplus to destroy")
    return "; ".join(notes) or None


def _form_d(ap: list[YearLot], per_item: PerItem) -> list[tuple[Cell, ...]]:
    """Article 3 stock at the end of the year by institution and type, with what it was kept for
    (the retention decisions' reasons) and what the year used of it."""
    groups: dict[tuple[str, str], list[YearLot]] = defaultdict(list)
    for lot in ap:
        if (lot.retention_category == "article3" and lot.retained) or lot.trained:
            groups[(lot.institution or "(not named)", lot.type_designation)].append(lot)
    rows: list[tuple[Cell, ...]] = []
    for (institution, designation), members in sorted(groups.items()):
        retained = sum(lot.retained * per_item(lot) for lot in members if lot.retention_category == "article3")
        used = sum(lot.trained * per_item(lot) for lot in members)
        purposes = sorted({lot.purpose for lot in members if lot.purpose})
        rows.append((institution, designation, retained, used, _lot_numbers(members), "; ".join(purposes) or None))
    return rows


def _destinations(members: list[YearLot], per_item: PerItem) -> str:
    """To which state, and which destruction site there: "Arsenal plant, BG: 5,560"."""
    mines: dict[str, int] = defaultdict(int)
    for lot in members:
        for site, items in lot.shipped_abroad:
            mines[site] += items * per_item(lot)
    return "; ".join(f"to {site}: {quantity:,}" for site, quantity in sorted(mines.items()) if quantity)


def _form_f(sp: Stockpile, profile: str, profile_name: str, at: str, as_of: date | None) -> list[Table]:
    """Article 7(1)(f): the status of each programme under the report's profile as of `as_of` (the
    forecast's figures), and its methods, destruction sites (names and countries) and standards.
    A programme under another regime counts other mines to another deadline: it is not listed, and
    when only such programmes exist a note says so, not an empty table that would read as none."""
    every = sp.destruction.programmes()
    programmes = [programme for programme in every if programme.profile_code == profile]
    others = sorted({programme.profile_name for programme in every if programme.profile_code != profile})
    if not programmes and others:
        return [
            Table(
                f"Form F - status of destruction programmes {at}",
                (),
                (),
                totals=False,
                note=f"No destruction programme is recorded under {profile_name}. The record holds "
                f"{count(len(every), 'programme')} under {' and '.join(others)}, not listed here: "
                "they count other mines to another deadline.",
            )
        ]
    sites = {site.code: site for site in sp.catalogue.sites()}
    status: list[tuple[Cell, ...]] = []
    for programme in programmes:
        forecast = sp.destruction.forecast(programme.id, as_of=as_of)
        if forecast.began_on is None:
            state = "not started"
        elif forecast.remaining:
            state = "in progress"
        else:
            state = "completed"
        status.append(
            (
                programme.name,
                state,
                forecast.began_on,
                forecast.planned,
                forecast.destroyed,
                forecast.remaining,
                programme.deadline,
                forecast.last_destroyed_on if state == "completed" else None,
            )
        )
    methods = [
        (
            programme.name,
            "; ".join(f"{sites[code].name}, {sites[code].country}" for code in programme.site_codes),
            ", ".join(DestructionMethod(method).label for method in programme.methods),
            programme.safety_standards,
            programme.environmental_standards,
        )
        for programme in programmes
    ]
    return [
        table_from(
            f"Form F - status of destruction programmes {at}",
            (
                "Programme",
                "Status",
                "Began on",
                f"Scheduled in tasks {at}",
                "Destroyed to date",
                "Still to destroy",
                "Deadline",
                "Completed on",
            ),
            status,
            totals=False,
            note="Mines the profile governs. Scheduled in tasks: every task not cancelled on the record then, "
            "as planned (the progress report counts the tasks on the record on the day it is printed). Destroyed "
            "to date: by the programme's own tasks (Form G counts every destruction since entry into force, with "
            "or without a task). Still to destroy: its surplus, the mines shipped and not yet reported destroyed, "
            "and those unaccounted for after their task.",
        ),
        table_from(
            "Form F - methods, destruction sites and standards",
            ("Programme", "Destruction sites", "Methods", "Safety standards", "Environmental standards"),
            methods,
            totals=False,
        ),
    ]
