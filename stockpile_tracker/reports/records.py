"""One lot's history (its ledger with balances) and one destruction certificate, with signature
lines for the officer in charge, the witness and the verifier."""

from __future__ import annotations

from datetime import datetime

from ..domain.enums import CONDITION_CODES, Category, DestructionMethod, MovementKind, RetentionCategory
from ..services import Stockpile, one_snapshot
from ..services.base import with_os_login
from .document import Report, Signature, table_from
from .losses import losses_table


def in_items(items: int, mines_per_item: int) -> str:
    """A count of items, with the mines they hold when an item is not one mine."""
    return f"{items:,}" + ("" if mines_per_item == 1 else f" items, {items * mines_per_item:,} mines")


@one_snapshot
def lot_history_report(sp: Stockpile, lot_id: int, *, printed_at: datetime | None = None) -> Report:
    lot = sp.queries.lot(lot_id)
    ledger = sp.queries.ledger(lot_id)
    lot_losses = sp.destruction.losses(lot_id=lot_id)
    profile = sp.catalogue.active_profile()
    (kind,) = [t for t in sp.catalogue.types() if t.designation == lot.type_designation]
    covered = profile.covers(kind.ap_per_item, kind.av_per_item, kind.activation)
    details = table_from(
        "Lot",
        ("", ""),
        [
            ("Lot number", lot.lot_number),
            ("Type", f"{lot.type_designation} ({Category(lot.category).label}, {lot.sd_label})"),
            ("Site", f"{lot.site_code} ({lot.site_country}), its home"),
            *([("Held at", sp.queries.held_at(lot.id))] if lot.elsewhere else []),
            ("Condition", f"{lot.condition_code} - {CONDITION_CODES[lot.condition_code]}"),
            ("Kept for", lot.kept_under(covered)),
            ("Scope", f"covered by {profile.name}" if covered else profile.not_covered),
            ("Mines per item", lot.contents),
            ("Held", in_items(lot.held, lot.mines_per_item)),
            ("On hand", in_items(lot.on_hand, lot.mines_per_item)),
            ("Retained", lot.retained),
            ("Suspended", lot.suspended),
            ("Scheduled", lot.scheduled),
            ("At destruction sites", in_items(lot.at_destruction, lot.mines_per_item)),
            ("Destroyed", lot.destroyed),
            ("Unaccounted for", sum(loss.unaccounted for loss in lot_losses)),
        ],
        totals=False,
    )
    entries = table_from(
        "Ledger",
        ("Entry", "Date", "Kind", "Site", "Quantity", "Held after", "Reference", "Reason", "Recorded by"),
        [
            (
                str(e.id),
                e.occurred_on,
                MovementKind(e.kind).label,
                e.held_at,
                e.quantity,
                e.balance_after,
                e.document_ref,
                e.reason,
                e.recorded_by,
            )
            for e in ledger
        ],
        total_columns=(4,),
        note="The total of the quantities is what the lot holds: on hand and at destruction sites.",
    )
    retention = table_from(
        "Retention decisions",
        ("Valid from", "Retained", "Kept for", "Institution", "Authority", "Reason", "By"),
        [
            (
                d.valid_from,
                d.quantity,
                RetentionCategory(d.category).label if d.category else "released",
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
        "Suspensions",
        ("From", "Suspended", "Where", "Kind", "Reference", "Reason", "By", "Lifted on", "Lifted by", "Why lifted"),
        [
            (
                s.suspended_from,
                s.quantity,
                s.held_at,
                s.kind_label,
                s.reference,
                s.reason,
                s.suspended_by,
                s.lifted_on or "in force",
                s.lifted_by,
                s.lift_reason,
            )
            for s in sp.suspensions.of_lot(lot_id)
        ],
        totals=False,
        note="Suspended mines are to be destroyed once the suspension is lifted: surplus at the lot's home, or "
        "mines shipped for destruction where Where says so (held there, not destroyed, sent back or lost meanwhile).",
    )
    losses = losses_table("Unaccounted losses", lot_losses)
    letterhead = sp.catalogue.letterhead()
    return Report(
        f"Lot history - {lot.lot_number}",
        letterhead.organisation,
        f"as of {sp.today().isoformat()}",
        sp.operator,  # who printed it, as the window shows them
        printed_at or datetime.now(),
        (details, entries, retention, suspensions, losses),
        marking=letterhead.marking,
        seal=sp.archive.seal(),
    )


@one_snapshot
def certificate_report(sp: Stockpile, certificate_number: str, *, printed_at: datetime | None = None) -> Report:
    event = sp.destruction.find_event(certificate_number)
    recorded_under, verified_under = sp.destruction.os_logins(event.id)
    verifier = with_os_login(event.verified_by, verified_under) if event.verified_by else None
    details = table_from(
        "Destruction",
        ("", ""),
        [
            ("Certificate number", event.certificate_number),
            ("Date", event.occurred_on),
            ("Site", event.site_code),
            ("Method", DestructionMethod(event.method).label),
            ("Officer in charge", event.officer),
            ("Witness", event.witness),
            ("Recorded by", with_os_login(event.recorded_by, recorded_under)),
            ("Verified", f"{verifier}, {event.verified_on}" if verifier else "NOT VERIFIED"),
            ("Notes", event.notes),
        ],
        totals=False,
    )
    lines = table_from(
        "Destroyed",
        ("Lot", "Type", "Items destroyed", "Mines in them", "Items certified"),
        [
            (line.lot_number, line.type_designation, line.quantity, line.mines, line.certified_quantity)
            for line in event.lines
        ],
    )
    letterhead = sp.catalogue.letterhead()
    return Report(
        f"Destruction certificate {event.certificate_number}",
        letterhead.organisation,
        f"destroyed {event.occurred_on.isoformat()}",
        sp.operator,  # who printed it, as the window shows them
        printed_at or datetime.now(),
        (details, lines),
        notes=(
            (
                f"Recorded and verified under one operating-system login ({recorded_under}): where the names "
                "typed are the identity (a SQLite file), nothing else tells the two people apart.",
            )
            if sp.login is None and verifier and _same_login(recorded_under, verified_under)
            else ()
        ),
        signatures=(
            Signature("Officer in charge", event.officer),
            Signature("Witness", event.witness),
            Signature("Verifier", event.verified_by or ""),
        ),
        marking=letterhead.marking,
        seal=sp.archive.seal(),
    )


def _same_login(recorded: str | None, verified: str | None) -> bool:
    return recorded is not None and verified is not None and recorded.casefold() == verified.casefold()
