"""Article 7 transparency report for a calendar year: Form B (stockpiled anti-personnel mines at
the end of the year), Form D (retained under Article 3, and transferred for destruction), Form F
(the status of destruction programmes; their methods, sites and standards) and Form G (destroyed
during the year, where and how, and since entry into force); in Forms B and G previously unknown
stockpiles are apart. Only the mines the active profile governs count (anti-personnel,
victim-activated or both); command-detonated and anti-vehicle stock is reported voluntarily in
Form J. Built in one language: every fixed text through the report's Translator (context
"Article7Report"), the forms' headings in the Convention's own wording (the Vocabulary's)."""

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
    label,
)
from ..domain.rules import contents_label
from ..i18n import ENGLISH, QT_TRANSLATE_NOOP, Translator
from ..services import Stockpile, one_snapshot
from ..services.article7 import Article7Entry, Submission
from ..services.dto.catalogue import Characteristics, MineTypeInfo
from ..services.dto.lots import YearChange, YearLot
from .document import THOUSANDS, Cell, Report, Table, Whole, figure, joined, table_from, tables_csv
from .labels import characteristic_heading, item_words
from .losses import losses_table
from .status import scope_words


def _lot_numbers(lots: list[YearLot]) -> str:
    """Every lot number of a type, as the forms ask (DOMAIN.md section 5: all of them)."""
    return ", ".join(sorted(lot.lot_number for lot in lots))


PerItem = Callable[[YearLot], int]  # the mines of one item a form counts
Notes = Callable[[list[YearLot]], str | None]  # a type's supplementary information


def _by_type(
    lots: Iterable[YearLot],
    items: Callable[[YearLot], int],
    per_item: PerItem,
    tr: Translator,
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
            tr.translate("Article7Report", "{mines} mines in {items} {things}").format(
                mines=figure(mines, tr.language),
                items=figure(sum(items(lot) for lot in members), tr.language),
                things=item_words(members[0].delivery, tr.language),
            )
            if members[0].mines_per_item != 1
            else None
        )
        notes = [note for note in (held_in, supplementary(members) if supplementary else None) if note]
        rows.append((Whole(designation), mines, _lot_numbers(members), joined(notes, tr.language)))
    return rows


STOCK_CHECKS = (MovementKind.CHECK_GAIN.value, MovementKind.CHECK_LOSS.value)
CORRECTIONS = QT_TRANSLATE_NOOP(
    "Article7Report",
    "An entry reversed within the year is a mistake corrected and neither is listed; one reversed in a later "
    "year is listed again in that year's report, as its correction.",
)
COLUMNS = (
    QT_TRANSLATE_NOOP("Article7Report", "Type"),
    QT_TRANSLATE_NOOP("Article7Report", "Quantity"),
    QT_TRANSLATE_NOOP("Article7Report", "Lot numbers"),
    QT_TRANSLATE_NOOP("Article7Report", "Supplementary information"),
)


def _changes(
    changes: list[YearChange], per_item: Callable[[YearChange], int], tr: Translator
) -> list[tuple[Cell, ...]]:
    """Each change of the year in mines the profile governs, signed as the ledger posts it; a
    correction of an earlier year's entry says which."""
    return [
        (
            change.occurred_on,
            Whole(change.type_designation),
            change.lot_number,
            label(MovementKind(change.kind), tr.language)
            if change.reverses_on is None
            else tr.translate("Article7Report", "correction of the {kind} of {date}").format(
                kind=label(MovementKind(change.kind), tr.language), date=change.reverses_on.isoformat()
            ),
            change.quantity * per_item(change),
            change.site,
            change.document_ref,
            change.reason,
        )
        for change in changes
        if per_item(change)
    ]


def _change_columns(tr: Translator, change: str, where: str, why: str) -> tuple[str, ...]:
    """The columns of a table of stock changes in the year (stock checks, transfers), in the report's
    language: the three that differ are marked where they are named."""
    return tuple(
        tr.translate("Article7Report", text)
        for text in (
            QT_TRANSLATE_NOOP("Article7Report", "Date"),
            QT_TRANSLATE_NOOP("Article7Report", "Type"),
            QT_TRANSLATE_NOOP("Article7Report", "Lot number"),
            change,
            QT_TRANSLATE_NOOP("Article7Report", "Mines"),
            where,
            QT_TRANSLATE_NOOP("Article7Report", "Document"),
            why,
        )
    )


def _deadline(sp: Stockpile) -> date | None:
    profile = sp.catalogue.active_profile()
    if profile.deadline is not None:
        return profile.deadline
    deadlines = [programme.deadline for programme in sp.destruction.programmes()]
    return min(deadlines) if deadlines else None


@one_snapshot
def article7_report(
    sp: Stockpile,
    year: int,
    *,
    printed_at: datetime | None = None,
    submission: Submission | None = None,
    language: str = ENGLISH,
) -> Report:
    """`submission`: the report as it is frozen as submitted (its cover says so); else a draft.
    `language`: of every fixed text (en, fr, es)."""
    tr = Translator(language)
    profile = sp.catalogue.active_profile()
    today = sp.today()
    provisional = year >= today.year  # a year not over (it cannot be frozen yet) says so
    tables = _tables(sp, year, tr)
    letterhead = sp.catalogue.letterhead()
    if profile.party_to_treaty:
        title = (
            tr.translate("Article7Report", "Article 7 report - calendar year {year} - provisional")
            if provisional
            else tr.translate("Article7Report", "Article 7 report - calendar year {year}")
        )
    else:
        title = (
            tr.translate(
                "Article7Report", "Voluntary report in the format of Article 7 - calendar year {year} - provisional"
            )
            if provisional
            else tr.translate("Article7Report", "Voluntary report in the format of Article 7 - calendar year {year}")
        )
    period = (
        tr.translate("Article7Report", "1 January {year} - {date} (provisional: the year is not over)")
        if provisional
        else tr.translate("Article7Report", "1 January - 31 December {year}")
    ).format(year=year, date=today.isoformat())
    texts = sp.article7.texts(year)
    # A report submitted prints as sent: without the draft's marks (carried forward, to review).
    forms = _with_texts(tables, texts, year, tr, marked=submission is None)
    # The last report frozen is compared in its own language: the forms are built again in it if it differs.
    last = sp.archive.last_frozen_before("article7", year)
    compared = tr if last is None or last.language == language else Translator(last.language)
    current = _with_texts(tables if compared == tr else _tables(sp, year, compared), texts, year, compared, False)
    note = (
        tr.translate(
            "Article7Report",
            "Quantities are individual mines, computed from the ledger up to {date}; a type whose item holds "
            "several (a projectile, a dispenser) says how many items hold them.",
        )
        if provisional
        else tr.translate(
            "Article7Report",
            "Quantities are individual mines, computed from the ledger up to 31 December; a type whose item holds "
            "several (a projectile, a dispenser) says how many items hold them.",
        )
    ).format(date=today.isoformat())
    return Report(
        title.format(year=year),
        letterhead.organisation,
        period,
        sp.operator_in(tr.language),  # who printed it
        printed_at or datetime.now(),
        (*_cover(sp, year, texts, submission, current, period, tr, compared.language), *forms),
        notes=(note,),
        marking=letterhead.marking,
        seal=sp.archive.seal(),
        language=language,
    )


def _tables(sp: Stockpile, year: int, tr: Translator) -> list[Table]:
    """The forms' tables (B, D, F, G, H, J) in `tr`'s language, each with its form's letter."""
    language = tr.language
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
    day, effective = today.isoformat(), profile.effective_on.isoformat()
    if provisional:  # each a whole phrase: "2026 to 2026-06-30 (provisional)", the year's figures so far
        at = tr.translate("Article7Report", "as of {date} (provisional)")
        during = tr.translate("Article7Report", "during {year} to {date} (provisional)")
        in_year = tr.translate("Article7Report", "in {year} to {date} (provisional)")
        since = (
            tr.translate("Article7Report", "since entry into force ({effective}) to {date} (provisional)")
            if profile.party_to_treaty
            else tr.translate("Article7Report", "since the policy took effect ({effective}) to {date} (provisional)")
        )
    else:
        at = tr.translate("Article7Report", "at 31 December {year}")
        during = tr.translate("Article7Report", "during {year}")
        in_year = tr.translate("Article7Report", "in {year}")
        since = (
            tr.translate("Article7Report", "since entry into force ({effective}) to 31 December {year}")
            if profile.party_to_treaty
            else tr.translate("Article7Report", "since the policy took effect ({effective}) to 31 December {year}")
        )
    at, during, in_year, since = (
        phrase.format(year=year, date=day, effective=effective) for phrase in (at, during, in_year, since)
    )

    def changed(change: YearChange) -> int:
        return profile.covered_per_item(change.ap_per_item, change.av_per_item, change.activation)

    changes = sp.queries.year_changes(year)
    checks = [change for change in changes if change.kind in STOCK_CHECKS]
    transfers = [change for change in changes if change.kind not in STOCK_CHECKS]

    def late_discovery(lot: YearLot) -> bool:
        return lot.discovered_on is not None and deadline is not None and lot.discovered_on > deadline

    columns = tuple(tr.translate("Article7Report", column) for column in COLUMNS)
    found_note = (
        tr.translate(
            "Article7Report",
            "Mines discovered after the deadline ({deadline}): each lot due for destruction within six months of "
            "its discovery.",
        ).format(deadline=deadline.isoformat())
        if deadline
        else tr.translate("Article7Report", "No deadline is set for the active profile or a programme.")
    )
    corrections = tr.translate("Article7Report", CORRECTIONS)

    def known_and_found(
        form: str,
        title: str,
        found_title: str,
        when: str,
        figure_of: Callable[[YearLot], int],
        notes: Notes | None = None,
        note: str | None = None,
    ) -> list[Table]:
        """A form's table, and beside it the stockpiles found after the deadline (DOMAIN.md section 5)."""
        return [
            table_from(
                title.format(when=when),
                columns,
                _by_type([lot for lot in ap if not late_discovery(lot)], figure_of, covered, tr, notes),
                note=note,
                form=form,
            ),
            table_from(
                found_title.format(when=when),
                columns,
                _by_type(
                    [lot for lot in ap if late_discovery(lot)],
                    figure_of,
                    covered,
                    tr,
                    lambda members: _discovered(members, tr),
                    by_discovery=True,
                ),
                note=found_note,
                form=form,
            ),
        ]

    destroyed = tr.translate("Article7Report", "Form G - anti-personnel mines destroyed {when}")
    found_destroyed = tr.translate("Article7Report", "Form G - previously unknown stockpiles destroyed {when}")
    tables = [
        *known_and_found(
            "B",
            tr.translate("Article7Report", "Form B - stockpiled anti-personnel mines {when}"),
            tr.translate("Article7Report", "Form B - previously unknown stockpiles {when}"),
            at,
            lambda lot: lot.held,
            lambda members: _held_note(members, covered, tr.profile_name(profile.name), korea_permitted, tr),
        ),
        replace(
            losses_table(
                tr.translate(
                    "Article7Report",
                    "Form B - supplementary information: mines unaccounted for after their destruction task {at}",
                ).format(at=at),
                [
                    loss
                    for loss in sp.destruction.loss_totals(date(year, 12, 31)).covered_losses
                    if loss.unaccounted or any(r.resolved_on.year == year for r in loss.resolutions)
                ],
                tr.translate(
                    "Article7Report",
                    "Still the state's stockpile until found, destroyed with a certificate or written off by an "
                    "authority; not in the quantities above. Losses resolved during the year are listed with how.",
                ),
                language,
            ),
            form="B",
        ),
        table_from(
            tr.translate(
                "Article7Report", "Form B - supplementary information: gains and losses found by stock checks {during}"
            ).format(during=during),
            _change_columns(
                tr,
                QT_TRANSLATE_NOOP("Article7Report", "Change"),
                QT_TRANSLATE_NOOP("Article7Report", "Counted at"),
                QT_TRANSLATE_NOOP("Article7Report", "Reason"),
            ),
            _changes(checks, changed, tr),
            total_columns=(4,),
            note=tr.translate(
                "Article7Report",
                "Mines the profile governs; a loss is negative, the total is the net change the counts found. "
                "{corrections}",
            ).format(corrections=corrections),
            form="B",
        ),
        table_from(
            tr.translate("Article7Report", "Form D - retained under Article 3 {at}").format(at=at),
            (
                tr.translate("Article7Report", "Institution"),
                tr.translate("Article7Report", "Type"),
                tr.translate("Article7Report", "Quantity"),
                tr.translate("Article7Report", "Used in training {in_year}").format(in_year=in_year),
                tr.translate("Article7Report", "Lot numbers"),
                tr.translate("Article7Report", "Intended purpose"),
            ),
            _form_d(ap, covered, tr),
            note=tr.translate(
                "Article7Report",
                "Intended purpose: the reason of the retention decision that named the institution; actual use: "
                "the mines used in training in the year. Retained mines are destroyed only once released from "
                "retention: they are then surplus, in Form G.",
            ),
            form="D",
        ),
        table_from(
            tr.translate("Article7Report", "Form D - transferred for the purpose of destruction {in_year}").format(
                in_year=in_year
            ),
            columns,
            _by_type(
                ap,
                lambda lot: sum(items for _site, items in lot.shipped_abroad),
                covered,
                tr,
                lambda members: _destinations(members, covered, tr),
            ),
            note=tr.translate(
                "Article7Report",
                "Mines shipped to a destruction site in another country than the depot they left; still in Form B "
                "until destroyed there.",
            ),
            form="D",
        ),
        table_from(
            tr.translate(
                "Article7Report",
                "Form D - transferred out of or into the stockpile, other than to a destruction site, {during}",
            ).format(during=during),
            _change_columns(
                tr,
                QT_TRANSLATE_NOOP("Article7Report", "Transfer"),
                QT_TRANSLATE_NOOP("Article7Report", "Site"),
                QT_TRANSLATE_NOOP("Article7Report", "Purpose (the reason recorded)"),
            ),
            _changes(transfers, changed, tr),
            total_columns=(4,),
            note=tr.translate(
                "Article7Report",
                "Mines the profile governs; out of the stockpile is negative, the total is the net change. The "
                "record holds no purpose for a transfer (for destruction, for development and training, or other): "
                "the reason recorded with it is printed. Mines sent to a destruction site are shipped for "
                "destruction, not transferred: abroad, they are in the table above. {corrections}",
            ).format(corrections=corrections),
            form="D",
        ),
        # a year not over: the record as it stands, the figures the progress report gives
        *_form_f(sp, profile.code, tr.profile_name(profile.name), at, None if provisional else date(year, 12, 31), tr),
        *known_and_found(
            "G",
            destroyed,
            found_destroyed,
            in_year,
            lambda lot: lot.destroyed,
            lambda members: _where_destroyed(members, covered, tr),
            _joined(
                _completion_note(sp, tr.profile_name(profile.name), today if provisional else date(year, 12, 31), tr),
                _unverified_note(sp, year, {(lot.lot_number, lot.type_designation): covered(lot) for lot in ap}, tr),
            ),
        ),
        *known_and_found("G", destroyed, found_destroyed, since, lambda lot: lot.destroyed_to_date),
        *_form_h(sp, ap, at, tr),
        table_from(
            tr.translate(
                "Article7Report",
                "Form J - other relevant matters: mines not covered by {profile} held {at} (voluntary)",
            ).format(profile=tr.profile_name(profile.name), at=at),
            columns,
            _by_type(
                other,
                lambda lot: lot.held,
                apart,
                tr,
                lambda members: _joined_notes(
                    tr,
                    _kind(members, tr),
                    _held_note(members, apart, tr.profile_name(profile.name), korea_permitted, tr, governed=False),
                ),
            ),
            note=tr.translate(
                "Article7Report", "Reported voluntarily, not counted in Forms B and G: {profile} governs {scope}."
            ).format(
                profile=tr.profile_name(profile.name),
                scope=scope_words(profile.scope_categories, profile.scope_activations, tr),
            ),
            form="J",
        ),
        table_from(
            tr.translate(
                "Article7Report",
                "Form J - other relevant matters: mines not covered by {profile} destroyed {in_year} (voluntary)",
            ).format(profile=tr.profile_name(profile.name), in_year=in_year),
            columns,
            _by_type(other, lambda lot: lot.destroyed, apart, tr, lambda members: _kind(members, tr)),
            form="J",
        ),
    ]
    return tables


NOT_WRITTEN = QT_TRANSLATE_NOOP("Article7Report", "Not written for this report.")


def _written(entry: Article7Entry | None, year: int, tr: Translator, marked: bool) -> str | None:
    """The office's text as it prints; one carried forward from an earlier year says so when
    `marked` (not when compared with the last report: the text itself is what changes or not)."""
    if entry is None:
        return None
    earlier = entry.carried_from(year)
    if not marked or earlier is None:
        return entry.text
    carried = tr.translate("Article7Report", "(Carried forward from the {earlier} report: review it for {year}.)")
    return f"{entry.text}\n\n{carried.format(earlier=earlier, year=year)}"


def _with_texts(
    tables: list[Table], texts: dict[Article7Part, Article7Entry], year: int, tr: Translator, marked: bool = True
) -> list[Table]:
    """Forms A to J in order (each table's `form`): a text form (A, C, E, I, J) is the office's
    text; a table form's first table carries the office's note above its rows."""
    by_letter: dict[str, list[Table]] = defaultdict(list)
    for table in tables:
        by_letter[table.form].append(table)
    forms: list[Table] = []
    for letter in FORM_LETTERS:
        part = Article7Part(letter)
        text = _written(texts.get(part), year, tr, marked)
        if letter not in by_letter:
            forms.append(
                Table(
                    label(part, tr.language),
                    (),
                    (),
                    totals=False,
                    text=text or tr.translate("Article7Report", NOT_WRITTEN),
                    form=letter,
                )
            )
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
    tr: Translator,
    forms_language: str,
) -> list[Table]:
    """Who reports, for which period, when it was submitted, and which forms changed since the
    last report frozen as submitted (compared as printed, the years aside, in that report's
    language: `forms` are in `forms_language`, its own). A draft marks a detail carried forward
    from an earlier year, as it marks the forms' texts."""
    draft = submission is None
    language = tr.language
    details: list[tuple[Cell, ...]] = [
        (label(Article7Part.STATE, language), _detail(texts, Article7Part.STATE, year, draft, tr)),
        (tr.translate("Article7Report", "Reporting period"), period),
        (
            label(Article7Part.SUBMITTED_ON, language),
            tr.translate("Article7Report", "{date}, recorded by {name}").format(
                date=submission.on.isoformat(), name=sp.user
            )
            if submission
            else tr.translate("Article7Report", "not submitted: a draft until it is frozen as submitted"),
        ),
    ]
    if submission and submission.reference:
        details.append((label(Article7Part.SUBMISSION_REF, language), submission.reference))
    details += [(label(part, language), _detail(texts, part, year, draft, tr)) for part in COVER_DETAILS[1:]]
    last = sp.archive.last_frozen_before("article7", year)
    now = _sections(tables_csv(forms, forms_language), year, forms_language)
    before = _sections(last.csv, int(last.period), last.language) if last else None
    against = (
        tr.translate("Article7Report", "Since the report for {period}").format(period=last.period)
        if last
        else tr.translate("Article7Report", "Since the last report")
    )
    status: list[tuple[Cell, ...]] = []
    for letter in FORM_LETTERS:
        part = Article7Part(letter)
        entry = texts.get(part)
        if before is None:
            changed = tr.translate("Article7Report", "first report")
        elif now.get(letter) == before.get(letter):
            changed = tr.translate("Article7Report", "unchanged")
        else:
            changed = tr.translate("Article7Report", "changed")
        if entry is None:
            written = (
                tr.translate("Article7Report", "not written")
                if letter in TEXT_FORMS
                else tr.translate("Article7Report", "no note")
            )
        elif entry.carried_from(year) is not None:
            written = tr.translate("Article7Report", "carried forward from {year}: to review").format(year=entry.year)
        else:
            written = tr.translate("Article7Report", "written for {year}").format(year=year)
        status.append((label(part, language), changed, written))
    # whether the office's texts were reviewed is the draft's question: a report submitted does not ask it
    form = tr.translate("Article7Report", "Form")
    columns = (form, against) if submission else (form, against, tr.translate("Article7Report", "The office's text"))
    return [
        table_from(tr.translate("Article7Report", "Cover"), ("", ""), details, totals=False),
        table_from(
            tr.translate("Article7Report", "Forms in this report"),
            columns,
            [row[: len(columns)] for row in status],
            totals=False,
        ),
    ]


def _detail(
    texts: dict[Article7Part, Article7Entry], part: Article7Part, year: int, draft: bool, tr: Translator
) -> str:
    entry = texts.get(part)
    if entry is None:
        return tr.translate("Article7Report", "not given")
    earlier = entry.carried_from(year)
    if not (draft and earlier):
        return entry.text
    return tr.translate("Article7Report", "{text} (carried forward from {earlier}: review it for {year})").format(
        text=entry.text, earlier=earlier, year=year
    )


def form_prefixes(language: str) -> dict[str, str]:
    """Each form's name as its tables' titles begin in `language`, before " - ": "Form B",
    "Formule B", "Formulario B" (the Convention's own wording, the Vocabulary's headings)."""
    return {letter: label(Article7Part(letter), language).split(" - ")[0] for letter in FORM_LETTERS}


def _sections(printed: str, year: int, language: str = ENGLISH) -> dict[str, list[list[str]]]:
    """A report's CSV (in `language`) by form letter: every row but the tables' titles, with the
    report's year masked where the program writes it (a heading's "in 2025", "31 December 2025"),
    so that two years' forms compare as what they say. A year inside a lot number (L-2025-001) or
    a day (2025-03-01) is what the record says, and so is the office's text (the row under a title)."""
    the_year = re.compile(rf"(?<![\w-]){year}(?![\w-])")
    prefixes = {f"{prefix} - ": letter for letter, prefix in form_prefixes(language).items()}
    sections: dict[str, list[list[str]]] = defaultdict(list)
    letter, title_next, under_title = None, True, False
    for row in csv.reader(io.StringIO(printed)):
        if not row:
            title_next = True
            continue
        if title_next:
            title_next, under_title = False, True
            title = row[0]
            letter = next((found for prefix, found in prefixes.items() if title.startswith(prefix)), None)
            continue
        office_text = under_title and len(row) == 1  # a table's column headings are more than one
        under_title = False
        if letter is not None:
            sections[letter].append(row if office_text else [the_year.sub("YEAR", cell) for cell in row])
    return sections


def _form_h(sp: Stockpile, ap: list[YearLot], at: str, tr: Translator) -> list[Table]:
    """Article 7(1)(h): the characteristics of each type held at the end of the year, as the
    catalogue has them: what kind of mine it is, then what it looks like and holds (two tables, as
    one would be too wide to read)."""
    language = tr.language
    held = {lot.type_designation for lot in ap if lot.held}
    types = [t for t in sp.catalogue.types() if t.designation in held]
    kinds = [
        (
            Whole(t.designation),
            t.name,
            # a dispenser is of the category of the mines it holds, not of its principal one
            tr.translate("Article7Report", "{category}, {activation}").format(
                category=_categories(t.ap_per_item, t.av_per_item, tr),
                activation=label(Activation(t.activation), language),
            ),
            _self_destruction(t, tr),
            label(Delivery(t.delivery), language),
            t.contents,
        )
        for t in types
    ]
    physical = [
        (
            Whole(t.designation),
            _recorded(t.dimensions, tr),
            _recorded(t.mass_g, tr),
            _recorded(t.explosive, tr),
            _recorded(t.explosive_mass_g, tr),
            _recorded(t.metal_content, tr),
            _recorded(t.fuze, tr),
            _recorded(t.colour, tr),
            # the file's name without the office's folders; a Windows path splits at / and \ alike
            _recorded(t.photo and PureWindowsPath(t.photo).name, tr),
        )
        for t in types
    ]
    return [
        table_from(
            tr.translate("Article7Report", "Form H - technical characteristics of each type held {at}").format(at=at),
            (
                tr.translate("Article7Report", "Type"),
                tr.translate("Article7Report", "Name"),
                tr.translate("Article7Report", "Category and activation"),
                tr.translate("Article7Report", "Self-destruction"),
                tr.translate("Article7Report", "Delivery"),
                tr.translate("Article7Report", "Contents per item"),
            ),
            kinds,
            totals=False,
            form="H",
        ),
        table_from(
            tr.translate("Article7Report", "Form H - physical characteristics of each type held {at}").format(at=at),
            (
                tr.translate("Article7Report", "Type"),
                *(characteristic_heading(name, language) for name in Characteristics.names()),
            ),
            physical,
            totals=False,
            note=tr.translate(
                "Article7Report",
                "Not recorded: the catalogue does not give it (Catalogue, Correct mine type). Photograph: the "
                "name of its file, to annex to the report.",
            ),
            form="H",
        ),
    ]


NOT_RECORDED = QT_TRANSLATE_NOOP("Article7Report", "not recorded")


def _recorded(value: str | int | None, tr: Translator) -> str | int:
    """A characteristic as the catalogue has it (a mass a plain number, its unit in the column's
    heading); one the catalogue lacks says so, never a blank cell."""
    return tr.translate("Article7Report", NOT_RECORDED) if value is None or value == "" else value


def _categories(ap_per_item: int, av_per_item: int, tr: Translator) -> str:
    """ "Anti-personnel", or "Anti-personnel and anti-vehicle" for an item holding both."""
    held = [
        label(category, tr.language)
        for category, mines in ((Category.AP, ap_per_item), (Category.AV, av_per_item))
        if mines
    ]
    if len(held) == 1:
        return held[0]
    return tr.translate("Report", "{first} and {second}").format(first=held[0], second=held[1].lower())


def _self_destruction(t: MineTypeInfo, tr: Translator) -> str:
    """ "self-destructing (SD), self-destructs after 48 hours, and self-deactivating (SDA)": both
    where the type has both (SDA alone is its own class)."""
    sd_class = label(t.sd_class, tr.language)
    if t.self_destruct_hours is None:
        return sd_class
    return (
        tr.translate("Article7Report", "{class}, self-destructs after {hours} hours, and self-deactivating (SDA)")
        if t.self_deactivating
        else tr.translate("Article7Report", "{class}, self-destructs after {hours} hours")
    ).format_map({"class": sd_class, "hours": figure(t.self_destruct_hours, tr.language)})


def _discovered(members: list[YearLot], tr: Translator) -> str:
    """A stockpile found after the deadline: when, and the day it must be destroyed by."""
    found = members[0].discovered_on
    assert found is not None  # the rows of lots found after the deadline, one day of discovery each
    return tr.translate("Article7Report", "discovered {date}, due for destruction by {due}").format(
        date=found.isoformat(), due=found_stock_due(found).isoformat()
    )


def _where_destroyed(members: list[YearLot], per_item: PerItem, tr: Translator) -> str | None:
    """Where and how a type's mines were destroyed in the year: "at Tooele Army Depot, US, by open
    detonation: 1,200" (Article 7(1)(f) and (g): methods and sites, in words)."""
    mines: dict[tuple[str, str], int] = defaultdict(int)
    for lot in members:
        for site, method, items in lot.destroyed_where:
            mines[(site, method)] += items * per_item(lot)
    where = tr.translate("Article7Report", "at {site}, by {method}: {mines}")
    return joined(
        (
            where.format(
                site=site,
                method=label(DestructionMethod(method), tr.language).lower(),
                mines=figure(quantity, tr.language),
            )
            for (site, method), quantity in sorted(mines.items())
            if quantity
        ),
        tr.language,
    )


def _one(number: int, language: str) -> bool:
    """Whether a count takes the singular in `language`: French says "0 jour" and "1 jour"."""
    return number in (0, 1) if language == "fr" else number == 1


def _completion_note(sp: Stockpile, profile: str, as_of: date, tr: Translator) -> str | None:
    """The state of Article 4's deadline, as the deadline finding counts it: completed on time or
    late (never forgotten), or still open after the deadline."""
    completion = sp.compliance.completion(as_of)
    if completion is None:
        return None
    deadline = completion.deadline.isoformat()
    if completion.completed_on is None:
        return (
            tr.translate(
                "Article7Report",
                "Destruction of the stockpiled anti-personnel mines under {profile} not completed by its deadline, "
                "{deadline}.",
            ).format(profile=profile, deadline=deadline)
            if as_of > completion.deadline
            else None
        )
    late = (completion.completed_on - completion.deadline).days
    if late <= 0:
        done = tr.translate(
            "Article7Report",
            "Destruction of the stockpiled anti-personnel mines under {profile} completed on {date}, by the "
            "deadline, {deadline}.",
        )
    elif _one(late, tr.language):
        done = tr.translate(
            "Article7Report",
            "Destruction of the stockpiled anti-personnel mines under {profile} completed on {date}, 1 day after "
            "the deadline, {deadline}.",
        )
    else:
        done = tr.translate(
            "Article7Report",
            "Destruction of the stockpiled anti-personnel mines under {profile} completed on {date}, {days} days "
            "after the deadline, {deadline}.",
        )
    return done.format(
        profile=profile,
        date=completion.completed_on.isoformat(),
        days=figure(late, tr.language),
        deadline=deadline,
    )


def _unverified_note(sp: Stockpile, year: int, covered: dict[tuple[str, str], int], tr: Translator) -> str | None:
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
    return tr.translate(
        "Article7Report",
        "Of the mines destroyed in {year}, {mines} are on certificates not yet verified by a second person: "
        "{certificates}.",
    ).format(year=year, mines=figure(sum(unverified.values()), tr.language), certificates=", ".join(unverified))


def _joined(*notes: str | None) -> str | None:
    return " ".join(note for note in notes if note) or None


def _joined_notes(tr: Translator, *notes: str | None) -> str | None:
    return joined(notes, tr.language)


def _kind(members: list[YearLot], tr: Translator) -> str:
    """What a type not counted is: "anti-vehicle, victim-activated"; for a mixed item, its contents. In
    lower case: it follows other notes after a semicolon."""
    lot = members[0]
    category = label(Category(lot.category), tr.language)
    kind = tr.translate("Article7Report", "{category}, {activation}").format(
        category=category[:1].lower() + category[1:], activation=label(Activation(lot.activation), tr.language)
    )
    if lot.mines_per_item == 1:
        return kind
    return tr.translate("Article7Report", "{kind}, {contents} per item").format(
        kind=kind, contents=contents_label(lot.ap_per_item, lot.av_per_item).replace(",", THOUSANDS[tr.language])
    )


def _held_note(
    members: list[YearLot],
    per_item: PerItem,
    profile: str,
    korea_permitted: bool,
    tr: Translator,
    governed: bool = True,
) -> str | None:
    """What of the type is at destruction sites (shipped, not yet destroyed: still held) and what is
    retained, by reason; the Korea reserve beyond the requirement (all of it, under a profile that
    permits none) is not, and is said apart: surplus to destroy, though the lots still keep it. Mines
    the profile does not govern (`governed` False, Form J) have no requirement: what is kept is kept."""
    language = tr.language
    retained: dict[str, int] = defaultdict(int)
    beyond = sum(lot.beyond_requirement for lot in members) if governed else 0
    for lot in members:
        if lot.retention_category is not None:  # retained: the database keeps the two together
            retained[lot.retention_category] += lot.retained * per_item(lot) - (
                lot.beyond_requirement if governed else 0
            )
    shipped = sum(lot.at_destruction * per_item(lot) for lot in members)
    notes = (
        [
            tr.translate("Article7Report", "of which {mines} at destruction sites, not yet destroyed").format(
                mines=figure(shipped, language)
            )
        ]
        if shipped
        else []
    )
    notes += [
        tr.translate("Article7Report", "of which {mines} retained ({reason})").format(
            mines=figure(quantity, language), reason=label(RetentionCategory(category), language)
        )
        for category, quantity in sorted(retained.items())
        if quantity
    ]
    if beyond and not korea_permitted:
        notes.append(
            tr.translate(
                "Article7Report",
                "of which {mines} reserved for Korea, which {profile} does not permit: surplus to destroy",
            ).format(mines=figure(beyond, language), profile=profile)
        )
    elif beyond:
        notes.append(
            tr.translate(
                "Article7Report", "{mines} more reserved for Korea beyond the requirement: surplus to destroy"
            ).format(mines=figure(beyond, language))
        )
    return joined(notes, language)


def _form_d(ap: list[YearLot], per_item: PerItem, tr: Translator) -> list[tuple[Cell, ...]]:
    """Article 3 stock at the end of the year by institution and type, with what it was kept for
    (the retention decisions' reasons) and what the year used of it."""
    groups: dict[tuple[str, str], list[YearLot]] = defaultdict(list)
    not_named = tr.translate("Article7Report", "(not named)")
    for lot in ap:
        if (lot.retention_category == "article3" and lot.retained) or lot.trained:
            groups[(lot.institution or not_named, lot.type_designation)].append(lot)
    rows: list[tuple[Cell, ...]] = []
    for (institution, designation), members in sorted(groups.items()):
        retained = sum(lot.retained * per_item(lot) for lot in members if lot.retention_category == "article3")
        used = sum(lot.trained * per_item(lot) for lot in members)
        purposes = sorted({lot.purpose for lot in members if lot.purpose})
        rows.append(
            (institution, Whole(designation), retained, used, _lot_numbers(members), joined(purposes, tr.language))
        )
    return rows


def _destinations(members: list[YearLot], per_item: PerItem, tr: Translator) -> str:
    """To which state, and which destruction site there: "Arsenal plant, BG: 5,560"."""
    mines: dict[str, int] = defaultdict(int)
    for lot in members:
        for site, items in lot.shipped_abroad:
            mines[site] += items * per_item(lot)
    to = tr.translate("Article7Report", "to {site}: {mines}")
    return (
        joined(
            (
                to.format(site=site, mines=figure(quantity, tr.language))
                for site, quantity in sorted(mines.items())
                if quantity
            ),
            tr.language,
        )
        or ""
    )


def _and(words: list[str], tr: Translator) -> str:
    """ "a and b and c" in the report's language."""
    joined = words[0]
    for word in words[1:]:
        joined = tr.translate("Report", "{first} and {second}").format(first=joined, second=word)
    return joined


def _form_f(sp: Stockpile, profile: str, profile_name: str, at: str, as_of: date | None, tr: Translator) -> list[Table]:
    """Article 7(1)(f): the status of each programme under the report's profile as of `as_of` (the
    forecast's figures), and its methods, destruction sites (names and countries) and standards.
    A programme under another profile plans that profile's mines to its deadline: it is not listed,
    and when only such programmes exist a note says so, not an empty table that would read as none."""
    every = sp.destruction.programmes()
    programmes = [programme for programme in every if programme.profile_code == profile]
    others = sorted(
        {tr.profile_name(programme.profile_name) for programme in every if programme.profile_code != profile}
    )
    title = tr.translate("Article7Report", "Form F - status of destruction programmes {at}").format(at=at)
    if not programmes and others:
        none = (
            tr.translate(
                "Article7Report",
                "No destruction programme is recorded under {profile}. The record holds 1 programme under "
                "{others}, not listed here: its plan counts the mines and the deadline of that profile. Record a "
                "programme under {profile} to report its methods, sites and standards here.",
            )
            if _one(len(every), tr.language)
            else tr.translate(
                "Article7Report",
                "No destruction programme is recorded under {profile}. The record holds {number} programmes under "
                "{others}, not listed here: their plans count the mines and the deadlines of those profiles. Record "
                "a programme under {profile} to report its methods, sites and standards here.",
            )
        )
        return [
            Table(
                title,
                (),
                (),
                totals=False,
                note=none.format(profile=profile_name, number=figure(len(every), tr.language), others=_and(others, tr)),
                form="F",
            )
        ]
    sites = {site.code: site for site in sp.catalogue.sites()}
    states = {
        "not started": tr.translate("Article7Report", "not started"),
        "in progress": tr.translate("Article7Report", "in progress"),
        "completed": tr.translate("Article7Report", "completed"),
    }
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
                states[state],
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
            joined((f"{sites[code].name}, {sites[code].country}" for code in programme.site_codes), tr.language),
            ", ".join(label(DestructionMethod(method), tr.language) for method in programme.methods),
            programme.safety_standards,
            programme.environmental_standards,
        )
        for programme in programmes
    ]
    return [
        table_from(
            title,
            (
                tr.translate("Article7Report", "Programme"),
                tr.translate("Article7Report", "Status"),
                tr.translate("Article7Report", "Began on"),
                tr.translate("Article7Report", "Scheduled in tasks {at}").format(at=at),
                tr.translate("Article7Report", "Destroyed to date"),
                tr.translate("Article7Report", "Still to destroy"),
                tr.translate("Article7Report", "Deadline"),
                tr.translate("Article7Report", "Completed on"),
            ),
            status,
            totals=False,
            note=tr.translate(
                "Article7Report",
                "Mines the profile governs. Scheduled in tasks: every task not cancelled on the record then, as "
                "planned (the progress report counts the tasks on the record on the day it is printed). Destroyed "
                "to date: by the programme's own tasks (Form G counts every destruction since entry into force, "
                "with or without a task). Still to destroy: its surplus, the mines shipped and not yet reported "
                "destroyed, and those unaccounted for after their task.",
            ),
            form="F",
        ),
        table_from(
            tr.translate("Article7Report", "Form F - methods, destruction sites and standards"),
            (
                tr.translate("Article7Report", "Programme"),
                tr.translate("Article7Report", "Destruction sites"),
                tr.translate("Article7Report", "Methods"),
                tr.translate("Article7Report", "Safety standards"),
                tr.translate("Article7Report", "Environmental standards"),
            ),
            methods,
            totals=False,
            form="F",
        ),
    ]
