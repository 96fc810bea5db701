"""One lot's history (its ledger with balances) and one destruction certificate, with signature
lines for the officer in charge, the witness and the verifier. Built in one language: every fixed
text through the report's Translator."""

from __future__ import annotations

from datetime import datetime

from ..domain.enums import (
    Category,
    DestructionMethod,
    MovementKind,
    RetentionCategory,
    SuspensionKind,
    label,
)
from ..i18n import ENGLISH, QT_TRANSLATE_NOOP, Translator
from ..services import Stockpile, one_snapshot
from ..services.base import with_os_login
from ..services.dto.lots import LotRow
from .document import THOUSANDS, Report, Signature, Whole, figure, joined, table_from
from .labels import condition_words, kept_for, self_destruction
from .losses import losses_table

CERTIFICATE_SIGNATURES = (
    QT_TRANSLATE_NOOP("RecordsReport", "Officer in charge"),
    QT_TRANSLATE_NOOP("RecordsReport", "Witness"),
    QT_TRANSLATE_NOOP("RecordsReport", "Verifier"),
)


def in_items(items: int, mines_per_item: int, language: str = ENGLISH) -> int | str:
    """A count of items, with the mines they hold when an item is not one mine. A plain count
    stays a number: as text, Spanish "16.620" reads as 16.62 in a spreadsheet."""
    if mines_per_item == 1:
        return items
    return (
        Translator(language)
        .translate("RecordsReport", "{items} items, {mines} mines")
        .format(items=figure(items, language), mines=figure(items * mines_per_item, language))
    )


def _held_at(sp: Stockpile, lot: LotRow, tr: Translator) -> str:
    """QueryService.held_at in the report's language: on hand at each of the state's sites (its home
    first), then at destruction sites, in items."""
    language = tr.language

    def sites(holdings: list[tuple[str, int]]) -> str:
        return ", ".join(f"{site} {figure(held, language)}" for site, held in holdings)

    parts = [sites(sp.queries.holdings(lot.id))]
    if shipped := sp.queries.shipped_to(lot.id):
        parts.append(tr.translate("RecordsReport", "at destruction sites {sites}").format(sites=sites(shipped)))
    places = joined(parts, language) or ""
    if lot.mines_per_item == 1:
        return tr.translate("RecordsReport", "{places} (items)").format(places=places)
    return tr.translate("RecordsReport", "{places} (items of {contents} each)").format(
        places=places, contents=lot.contents.replace(",", THOUSANDS[language])
    )


def _where(site: str, for_destruction: bool, tr: Translator) -> str:
    """Where an entry's or a suspension's mines are: the site, or the site they were shipped to."""
    return tr.translate("Holdings", "{site}, for destruction").format(site=site) if for_destruction else site


def _categories(lot: LotRow, language: str) -> str:
    """What the lot's items hold: "Anti-vehicle", or both categories for an item holding both (a
    CBU-89/B dispenser is 22 AP + 72 AV, never anti-vehicle alone)."""
    held = [category for category, n in ((Category.AP, lot.ap_per_item), (Category.AV, lot.av_per_item)) if n]
    return " + ".join(label(category, language) for category in held or [Category(lot.category)])


@one_snapshot
def lot_history_report(
    sp: Stockpile, lot_id: int, *, printed_at: datetime | None = None, language: str = ENGLISH
) -> Report:
    tr = Translator(language)
    lot = sp.queries.lot(lot_id)
    sp.archive.require_lot_intact(lot_id)  # changed outside the program: never printed as genuine
    ledger = sp.queries.ledger(lot_id)
    lot_losses = sp.destruction.losses(lot_id=lot_id)
    profile = sp.catalogue.active_profile()
    (kind,) = [t for t in sp.catalogue.types() if t.designation == lot.type_designation]
    covered = profile.covers(kind.ap_per_item, kind.av_per_item, kind.activation)
    sd = self_destruction(lot.self_destruct_hours, lot.sd_class, language)
    details = table_from(
        tr.translate("RecordsReport", "Lot"),
        ("", ""),
        [
            (tr.translate("RecordsReport", "Lot number"), lot.lot_number),
            (
                tr.translate("RecordsReport", "Type"),
                tr.translate("RecordsReport", "{type} ({category}, {self_destruction})").format(
                    type=lot.type_designation, category=_categories(lot, language), self_destruction=sd
                ),
            ),
            (
                tr.translate("RecordsReport", "Site"),
                tr.translate("RecordsReport", "{site} ({country}), its home").format(
                    site=lot.site_code, country=lot.site_country
                ),
            ),
            *([(tr.translate("RecordsReport", "Held at"), _held_at(sp, lot, tr))] if lot.elsewhere else []),
            (
                tr.translate("RecordsReport", "Condition"),
                tr.translate("RecordsReport", "{code} - {condition}").format(
                    code=lot.condition_code, condition=condition_words(lot.condition_code, language)
                ),
            ),
            (tr.translate("RecordsReport", "Kept for"), kept_for(lot, covered, tr)),
            (
                tr.translate("RecordsReport", "Scope"),
                (
                    tr.translate("RecordsReport", "covered by {profile}")  # the lot: its own context, for agreement
                    if covered
                    else tr.translate("RecordsReport", "not covered by {profile}")
                ).format(profile=tr.profile_name(profile.name)),
            ),
            (tr.translate("RecordsReport", "Mines per item"), lot.contents.replace(",", THOUSANDS[language])),
            (tr.translate("RecordsReport", "Held"), in_items(lot.held, lot.mines_per_item, language)),
            (tr.translate("RecordsReport", "On hand"), in_items(lot.on_hand, lot.mines_per_item, language)),
            (tr.translate("RecordsReport", "Retained"), lot.retained),
            (tr.translate("RecordsReport", "Suspended"), lot.suspended),
            (tr.translate("RecordsReport", "Scheduled"), lot.scheduled),
            (
                tr.translate("RecordsReport", "At destruction sites"),
                in_items(lot.at_destruction, lot.mines_per_item, language),
            ),
            (tr.translate("RecordsReport", "Destroyed"), lot.destroyed),
            (tr.translate("RecordsReport", "Unaccounted for"), sum(loss.unaccounted for loss in lot_losses)),
        ],
        totals=False,
    )
    entries = table_from(
        tr.translate("RecordsReport", "Ledger"),
        (
            tr.translate("RecordsReport", "Entry"),
            tr.translate("RecordsReport", "Date"),
            tr.translate("RecordsReport", "Kind"),
            tr.translate("RecordsReport", "Site"),
            tr.translate("RecordsReport", "Quantity"),
            tr.translate("RecordsReport", "Held after"),
            tr.translate("RecordsReport", "Reference"),
            tr.translate("RecordsReport", "Reason"),
            tr.translate("RecordsReport", "Recorded by"),
        ),
        [
            (
                str(e.id),
                e.occurred_on,
                label(MovementKind(e.kind), language),
                _where(e.site_code, e.for_destruction, tr),
                e.quantity,
                e.balance_after,
                e.document_ref,
                e.reason,
                e.recorded_by,
            )
            for e in ledger
        ],
        total_columns=(4,),
        note=tr.translate(
            "RecordsReport", "The total of the quantities is what the lot holds: on hand and at destruction sites."
        ),
    )
    retention = table_from(
        tr.translate("RecordsReport", "Retention decisions"),
        (
            tr.translate("RecordsReport", "Valid from"),
            tr.translate("RecordsReport", "Retained"),
            tr.translate("RecordsReport", "Kept for"),
            tr.translate("RecordsReport", "Institution"),
            tr.translate("RecordsReport", "Authority"),
            tr.translate("RecordsReport", "Reason"),
            tr.translate("RecordsReport", "By"),
        ),
        [
            (
                d.valid_from,
                d.quantity,
                label(RetentionCategory(d.category), language)
                if d.category
                else tr.translate("RecordsReport", "released"),
                d.institution,
                d.authority_ref,
                d.reason,
                d.decided_by,
            )
            for d in sp.queries.retention_history(lot_id)
        ],
        totals=False,
    )
    suspensions = table_from(
        tr.translate("RecordsReport", "Suspensions"),
        (
            tr.translate("RecordsReport", "From"),
            tr.translate("RecordsReport", "Suspended"),
            tr.translate("RecordsReport", "Where"),
            tr.translate("RecordsReport", "Kind"),
            tr.translate("RecordsReport", "Reference"),
            tr.translate("RecordsReport", "Reason"),
            tr.translate("RecordsReport", "By"),
            tr.translate("RecordsReport", "Lifted on"),
            tr.translate("RecordsReport", "Lifted by"),
            tr.translate("RecordsReport", "Why lifted"),
        ),
        [
            (
                s.suspended_from,
                s.quantity,
                _where(s.site_code, s.for_destruction, tr),
                label(SuspensionKind(s.kind), language),
                s.reference,
                s.reason,
                s.suspended_by,
                s.lifted_on or tr.translate("RecordsReport", "in force"),
                s.lifted_by,
                s.lift_reason,
            )
            for s in sp.suspensions.of_lot(lot_id)
        ],
        totals=False,
        note=tr.translate(
            "RecordsReport",
            "Suspended mines are to be destroyed once the suspension is lifted: surplus at the lot's home, or "
            "mines shipped for destruction where the Where column says so (held there, not destroyed, sent back or "
            "lost meanwhile).",
        ),
    )
    losses = losses_table(tr.translate("RecordsReport", "Unaccounted losses"), lot_losses, language=language)
    letterhead = sp.catalogue.letterhead()
    return Report(
        tr.translate("RecordsReport", "Lot history - {lot}").format(lot=lot.lot_number),
        letterhead.organisation,
        tr.translate("RecordsReport", "as of {date}").format(date=sp.today().isoformat()),
        sp.operator_in(language),  # who printed it
        printed_at or datetime.now(),
        (details, entries, retention, suspensions, losses),
        marking=letterhead.marking,
        seal=sp.archive.seal(),
        language=language,
    )


@one_snapshot
def certificate_report(
    sp: Stockpile, certificate_number: str, *, printed_at: datetime | None = None, language: str = ENGLISH
) -> Report:
    tr = Translator(language)
    event = sp.destruction.find_event(certificate_number)
    sp.archive.require_certificate_intact(event.id)  # a verification forged in SQL: never printed as genuine
    recorded_under, verified_under = sp.destruction.os_logins(event.id)
    verifier = with_os_login(event.verified_by, verified_under, language) if event.verified_by else None
    verified = (
        tr.translate("RecordsReport", "{verifier}, {date}").format(verifier=verifier, date=event.verified_on)
        if verifier
        else tr.translate("RecordsReport", "NOT VERIFIED")
    )
    details = table_from(
        tr.translate("RecordsReport", "Destruction"),
        ("", ""),
        [
            (tr.translate("RecordsReport", "Certificate number"), event.certificate_number),
            (tr.translate("RecordsReport", "Date"), event.occurred_on),
            (tr.translate("RecordsReport", "Site"), event.site_code),
            (tr.translate("RecordsReport", "Method"), label(DestructionMethod(event.method), language)),
            (tr.translate("RecordsReport", "Officer in charge"), event.officer),
            (tr.translate("RecordsReport", "Witness"), event.witness),
            (tr.translate("RecordsReport", "Recorded by"), with_os_login(event.recorded_by, recorded_under, language)),
            (tr.translate("RecordsReport", "Verified"), verified),
            (tr.translate("RecordsReport", "Notes"), event.notes),
        ],
        totals=False,
    )
    lines = table_from(
        tr.translate("RecordsReport", "Destroyed"),
        (
            tr.translate("RecordsReport", "Lot"),
            tr.translate("RecordsReport", "Type"),
            tr.translate("RecordsReport", "Items destroyed"),
            tr.translate("RecordsReport", "Items certified"),
            tr.translate("RecordsReport", "AP mines in them"),
            tr.translate("RecordsReport", "AV mines in them"),
        ),
        [
            (
                line.lot_number,
                Whole(line.type_designation),
                line.quantity,
                line.certified_quantity,
                line.quantity * line.ap_per_item,
                line.quantity * line.av_per_item,
            )
            for line in event.lines
        ],
        total_columns=(4, 5),  # mines, AP and AV apart; items of different types are not added up
    )
    letterhead = sp.catalogue.letterhead()
    officer, witness, verifier_role = (tr.translate("RecordsReport", role) for role in CERTIFICATE_SIGNATURES)
    return Report(
        tr.translate("RecordsReport", "Destruction certificate {number}").format(number=event.certificate_number),
        letterhead.organisation,
        tr.translate("RecordsReport", "destroyed {date}").format(date=event.occurred_on.isoformat()),
        sp.operator_in(language),  # who printed it
        printed_at or datetime.now(),
        (details, lines),
        notes=(
            (
                tr.translate(
                    "RecordsReport",
                    "Recorded and verified under one operating-system login ({login}): where the names typed are "
                    "the identity (a SQLite file), nothing else tells the two people apart.",
                ).format(login=recorded_under),
            )
            if sp.login is None and verifier and _same_login(recorded_under, verified_under)
            else ()
        ),
        signatures=(
            Signature(officer, event.officer),
            Signature(witness, event.witness),
            Signature(verifier_role, event.verified_by or ""),
        ),
        marking=letterhead.marking,
        seal=sp.archive.seal(),
        language=language,
    )


def _same_login(recorded: str | None, verified: str | None) -> bool:
    return recorded is not None and verified is not None and recorded.casefold() == verified.casefold()
