"""Retention decisions (rule 2): why mines are kept and how many, each decision audited and in
time order, and what the active policy profile flags about it."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..db.models import Lot, PolicyProfile, RetentionDecision
from ..domain.enums import RetentionCategory
from ..domain.errors import InvalidInput
from ..domain.rules import optional_text
from . import audit, balance
from .base import Context, utc_now
from .catalogue import active_profile


def kept_as(category: str | None) -> str:
    return RetentionCategory(category).label if category else "not retained"


def retention_category(value: object) -> RetentionCategory | None:
    if value in (None, ""):
        return None
    choices = [category.value for category in RetentionCategory]
    if isinstance(value, str) and value in choices:
        return RetentionCategory(value)
    raise InvalidInput("category", f"{value!r} is not a retention category ({', '.join(choices)})")


def latest_decision(session: Session, lot: Lot) -> RetentionDecision | None:
    return session.scalar(
        select(RetentionDecision)
        .where(RetentionDecision.lot_id == lot.id)
        .order_by(RetentionDecision.valid_from.desc(), RetentionDecision.id.desc())
        .limit(1)
    )


def add_decision(
    ctx: Context,
    session: Session,
    lot: Lot,
    quantity: int,
    category: RetentionCategory | None,
    institution: str | None,
    authority_ref: str,
    reason: str,
    valid_from: date,
    warnings: list[str] | None = None,
) -> RetentionDecision:
    """Every retention decision is audited (rule 2), whichever action made it."""
    latest = latest_decision(session, lot)
    if latest is not None and valid_from < latest.valid_from:
        raise InvalidInput(
            "valid from",
            f"{valid_from.isoformat()} is before the decision in force "
            f"(from {latest.valid_from.isoformat()}); decisions follow each other in time",
        )
    institution = optional_text("institution", institution, 200)
    if category is RetentionCategory.ARTICLE3 and institution is None:
        raise InvalidInput("institution", "Article 3 retention names the authorised institution")
    decision = RetentionDecision(
        lot_id=lot.id,
        quantity=quantity,
        category=category.value if category else None,
        institution=institution if category else None,
        authority_ref=authority_ref,
        reason=reason,
        valid_from=valid_from,
        decided_by=ctx.user,
        decided_at=utc_now(),
    )
    session.add(decision)
    session.flush()
    audit.record(
        session,
        ctx.user,
        "retention_decision",
        "lot",
        lot.id,
        before={"retained": latest.quantity, "category": latest.category} if latest else None,
        after={
            "decision_id": decision.id,
            "retained": quantity,
            "category": decision.category,
            "institution": decision.institution,
            "authority_ref": authority_ref,
            "valid_from": valid_from,
            "warnings": warnings or [],
        },
        reason=reason,
    )
    return decision


def retention_warnings(
    session: Session,
    held: balance.Balance,
    quantity: int,
    category: RetentionCategory | None,
    profile: PolicyProfile | None = None,
) -> list[str]:
    profile = profile or active_profile(session)
    warnings = []
    if category is not None and category.value not in profile.permitted_retention:
        warnings.append(f"{profile.name} does not permit retention as {category.label}")
    if profile.flags_retained_increase and quantity > held.retained:
        warnings.append(f"retained stock rises from {held.retained:,} to {quantity:,} under {profile.name}")
    return warnings
