"""Retention decisions (retention-lock): why mines are kept and how many, each decision audited and in
time order, and what the active policy profile flags about it."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..db.models import Lot, PolicyProfile, RetentionDecision
from ..domain.enums import Activation, Category, RetentionCategory, Rule, word
from ..domain.errors import InvalidInput, RuleViolation
from ..domain.rules import optional_text
from ..i18n import translate
from . import audit, balance
from .base import Context, utc_now
from .catalogue import active_profile, profile_info
from .dto.catalogue import MineTypeInfo, PolicyProfileInfo
from .finding_words import figure, scope_words


def kept_as(category: str | None) -> str:
    """What retained mines are kept for, in the language in use: "Korea defence", or "not retained"."""
    return word(RetentionCategory(category)) if category else translate("Services", "not retained")


def retention_category(value: object) -> RetentionCategory | None:
    if value in (None, ""):
        return None
    choices = [category.value for category in RetentionCategory]
    if isinstance(value, str) and value in choices:
        return RetentionCategory(value)
    said = (
        translate(
            "Services",
            "{value} is not a retention category ({choices}); a legal hold is a suspension: the mines stay "
            "surplus (Suspend on the lot)",
        )
        if value == "legal_hold"
        else translate("Services", "{value} is not a retention category ({choices})")
    )
    raise InvalidInput("category", said.format(value=repr(value), choices=", ".join(choices)))


KEPT_UNDER_POLICY = frozenset({RetentionCategory.KOREA, RetentionCategory.ARTICLE3})


def out_of_scope_retention(
    designation: str, scope: tuple[int, int, str], kept: RetentionCategory | None, policy: PolicyProfileInfo
) -> str | None:
    """Why a Korea or Article 3 retention of a type the profile does not govern (`scope`: its AP and
    AV mines per item and its activation) is refused: these are exceptions to its obligations, and
    out-of-scope stock has none to be excepted from."""
    if kept is None or kept not in KEPT_UNDER_POLICY or policy.covers(*scope):
        return None
    return translate(
        "Services",
        "{type} is not covered by {profile}, which governs {scope}: it is not retained as {category} under it",
    ).format(type=designation, profile=policy.name, scope=scope_words(policy), category=word(kept))


def imported_retention_refusal(
    entry: dict[str, Any],
    types: dict[str, MineTypeInfo],
    new_types: dict[str, dict[str, Any]],
    policy: PolicyProfileInfo,
) -> str | None:
    """out_of_scope_retention for an imported row; a new type is victim-activated, as the catalogue
    adds it."""
    if entry["retention"] not in KEPT_UNDER_POLICY:  # none, or not a category (already a problem)
        return None
    known = types.get(entry["type"])
    if known:
        scope = (known.ap_per_item, known.av_per_item, known.activation)
    else:  # the catalogue's default contents: 1 mine of its category
        category = new_types.get(entry["type"], {}).get("category", "")
        scope = (int(category == Category.AP.value), int(category == Category.AV.value), Activation.VICTIM.value)
    return out_of_scope_retention(entry["type"], scope, RetentionCategory(entry["retention"]), policy)


def _require_in_scope(session: Session, lot: Lot, quantity: int, category: RetentionCategory | None) -> None:
    """A rise of Korea or Article 3 retention must be of a type in the active profile's scope; an
    existing one may still be lowered or released."""
    latest = latest_decision(session, lot)
    before = latest.quantity if latest is not None and category and latest.category == category.value else 0
    if quantity <= before:
        return
    refusal = out_of_scope_retention(
        lot.mine_type.designation,
        (lot.mine_type.ap_per_item, lot.mine_type.av_per_item, lot.mine_type.activation),
        category,
        profile_info(active_profile(session)),
    )
    if refusal:
        raise RuleViolation(Rule.POLICY, refusal, field="category")


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
    """Every retention decision is audited (retention-lock), whichever action made it."""
    latest = latest_decision(session, lot)
    if latest is not None and valid_from < latest.valid_from:
        raise InvalidInput(
            "valid from",
            translate(
                "Services",
                "{valid_from} is before the decision in force (from {valid_from2}); decisions follow "
                "each other in time",
            ).format(valid_from=valid_from.isoformat(), valid_from2=latest.valid_from.isoformat()),
        )
    _require_in_scope(session, lot, quantity, category)
    institution = optional_text("institution", institution, 200)
    if category is RetentionCategory.ARTICLE3 and institution is None:
        raise InvalidInput("institution", translate("Services", "Article 3 retention names the authorised institution"))
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
        warnings.append(
            translate("Services", "{profile} does not permit retention as {category}").format(
                profile=profile.name, category=word(category)
            )
        )
    if profile.flags_retained_increase and quantity > held.retained:
        warnings.append(
            translate("Services", "retained stock rises from {before} to {after} under {profile}").format(
                before=figure(held.retained), after=figure(quantity), profile=profile.name
            )
        )
    return warnings
