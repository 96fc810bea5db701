"""The Korea requirement per mine type in a policy profile (DOMAIN.md section 4, korea-reserve):
stated with its authority and the day it applies from; the newest valid on a day is in force, as
with retention decisions. Mines reserved for Korea beyond it are surplus to destroy."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import BigInteger, FromClause, Row, cast, select, true
from sqlalchemy.orm import Session

from ..db.models import KoreaRequirement, Lot, LotBalance, MineType, PolicyProfile
from ..domain.enums import RetentionCategory, Rule, word
from ..domain.errors import InvalidInput, RuleViolation
from ..domain.rules import korea_excess, require_on_record, require_text, require_whole
from ..i18n import profile_name, translate
from . import audit
from .base import Context, utc_now
from .catalogue import covered_per_item, profile_info
from .dto.catalogue import KoreaRequirementInfo, PolicyProfileInfo


def requirements_on(session: Session, profile_id: int, day: date | None) -> dict[str, KoreaRequirement]:
    """Type designation -> the requirement in force at the end of `day` (None: every one stated)."""
    rows = session.scalars(
        select(KoreaRequirement)
        .where(KoreaRequirement.profile_id == profile_id, true() if day is None else KoreaRequirement.valid_from <= day)
        .order_by(KoreaRequirement.valid_from, KoreaRequirement.id)
    )
    return {row.mine_type.designation: row for row in rows}  # the later one of a type replaces the earlier


def requirement_info(row: KoreaRequirement) -> KoreaRequirementInfo:
    return KoreaRequirementInfo(
        profile_code=row.profile.code,
        designation=row.mine_type.designation,
        quantity=row.quantity,
        authority_ref=row.authority_ref,
        valid_from=row.valid_from,
        set_by=row.set_by,
        set_at=row.set_at,
    )


@dataclass(frozen=True)
class KoreaReserve:
    """The mines of one type reserved for Korea on a day (items x the mines of one the profile
    governs), against the requirement then in force, also in mines."""

    designation: str
    lots: list[tuple[int, str, int]]  # (lot id, lot number, reserved)
    requirement: KoreaRequirementInfo | None

    @property
    def reserved(self) -> int:
        return sum(quantity for *_lot, quantity in self.lots)

    @property
    def excess(self) -> list[tuple[int, str, int]]:
        """(lot id, lot number, mines reserved beyond the requirement): surplus to destroy."""
        return [] if self.requirement is None else korea_excess(self.lots, self.requirement.quantity)

    @property
    def beyond(self) -> int:
        """The mines of the type reserved beyond the requirement, all lots together."""
        return sum(quantity for *_lot, quantity in self.excess)


def korea_reserves(
    session: Session, policy: PolicyProfileInfo, lots: Sequence[Row[*tuple[Any, ...]]], day: date
) -> list[KoreaReserve]:
    """The Korea reserve of each type the profile governs, in the mines of it the profile governs
    (items x those mines per item), from `lots` (rows with id, lot_number, designation, ap_per_item,
    av_per_item, activation, retained and retention_category as of `day`). None when the profile
    does not permit Korea retention: all of it is then a policy finding, and to destroy."""
    if RetentionCategory.KOREA.value not in policy.permitted_retention:
        return []
    reserved: dict[str, list[tuple[int, str, int]]] = defaultdict(list)
    for lot in lots:
        per_item = policy.covered_per_item(lot.ap_per_item, lot.av_per_item, lot.activation)
        if lot.retention_category == RetentionCategory.KOREA.value and per_item:
            reserved[lot.designation].append((lot.id, lot.lot_number, lot.retained * per_item))
    in_force = requirements_on(session, policy.id, day) if reserved else {}
    return [
        KoreaReserve(designation, members, requirement_info(in_force[designation]) if designation in in_force else None)
        for designation, members in sorted(reserved.items())
    ]


def reserves_on(session: Session, policy: PolicyProfileInfo, day: date, balances: FromClause) -> list[KoreaReserve]:
    """`korea_reserves` of the lots' figures in `balances` (the projection, or derived as of `day`)."""
    if RetentionCategory.KOREA.value not in policy.permitted_retention:
        return []
    return korea_reserves(session, policy, _korea_reserved(session, policy, balances), day)


def _korea_reserved(session: Session, policy: PolicyProfileInfo, balances: FromClause) -> list[Row[Any]]:
    """The lots reserved for Korea in `balances`, their retained figure in the mines the profile governs."""
    covered = covered_per_item(policy)
    return list(
        session.execute(
            select(
                Lot.id,
                Lot.lot_number,
                MineType.designation,
                MineType.ap_per_item,
                MineType.av_per_item,
                MineType.activation,
                balances.c.retained,
                balances.c.retention_category,
                (cast(balances.c.retained, BigInteger) * covered).label("mines"),
            )
            .select_from(balances)
            .join(Lot, Lot.id == balances.c.lot_id)
            .join(MineType, MineType.id == Lot.mine_type_id)
            .where(balances.c.retention_category == RetentionCategory.KOREA.value, balances.c.retained > 0, covered > 0)
        )
    )


def beyond_requirement(
    session: Session, policy: PolicyProfileInfo, day: date, balances: FromClause | None = None
) -> dict[int, int]:
    """Lot id -> the mines it reserves for Korea beyond the requirement in force at the end of `day`,
    in the profile's scope (korea-reserve): surplus to destroy in every figure of the profile, though
    the lot's retention decision stands until the office releases them. The one source of that figure.
    `balances`: the lots' figures of that day (default: the projection, today's)."""
    balances = LotBalance.__table__ if balances is None else balances
    if RetentionCategory.KOREA.value not in policy.permitted_retention:  # it requires none: all of it is beyond
        return {lot.id: int(lot.mines) for lot in _korea_reserved(session, policy, balances)}
    reserves = reserves_on(session, policy, day, balances)
    return {lot_id: excess for reserve in reserves for lot_id, _number, excess in reserve.excess}


def require_korea_permitted(policy: PolicyProfileInfo) -> None:
    if RetentionCategory.KOREA.value not in policy.permitted_retention:
        raise RuleViolation(
            Rule.POLICY,
            translate(
                "Services",
                "{name} does not permit retention as {label}: a Korea requirement under it would count nothing",
            ).format(name=profile_name(policy.name), label=word(RetentionCategory.KOREA)),
            field="profile",
        )


def require_governed(policy: PolicyProfileInfo, mine_type: MineType) -> None:
    """A Korea requirement is for a type the profile governs: another type has no Korea reserve."""
    if not policy.covers(mine_type.ap_per_item, mine_type.av_per_item, mine_type.activation):
        raise InvalidInput(
            "type",
            translate(
                "Services", "{designation} is {not_covered}, which governs {scope}: it has no Korea reserve"
            ).format(designation=mine_type.designation, not_covered=policy.not_covered, scope=policy.scope),
        )


def _profile(session: Session, code: str) -> PolicyProfile:
    profile = session.scalar(select(PolicyProfile).where(PolicyProfile.code == code))
    if profile is None:
        raise InvalidInput("profile", translate("Services", "no policy profile {code}").format(code=repr(code)))
    return profile


class KoreaService:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx

    def state_requirement(
        self, profile: str, type: str, quantity: int, *, authority_ref: str, valid_from: date
    ) -> KoreaRequirementInfo:
        """A new requirement, in mines of the type (those the profile governs), for a type the profile
        governs, under a profile that permits Korea retention; from the day of the one in force or
        later (a correction is a new one). Audited."""
        quantity = require_whole("quantity", quantity)
        authority_ref = require_text("authority", authority_ref, 120)
        require_on_record("valid from", valid_from, self.ctx.today())
        with self.ctx.write() as session:
            row = _profile(session, profile)
            policy = profile_info(row)
            require_korea_permitted(policy)
            mine_type = session.scalar(select(MineType).where(MineType.designation == type))
            if mine_type is None:
                raise InvalidInput(
                    "type", translate("Services", "mine type {type} is not in the catalogue").format(type=repr(type))
                )
            require_governed(policy, mine_type)
            before = requirements_on(session, row.id, None).get(type)
            if before is not None and valid_from < before.valid_from:
                raise InvalidInput(
                    "valid from",
                    translate(
                        "Services",
                        "{valid_from} is before the requirement in force for {type} (from {valid_from2}); "
                        "requirements follow each other in time",
                    ).format(valid_from=valid_from.isoformat(), type=type, valid_from2=before.valid_from.isoformat()),
                )
            stated = KoreaRequirement(
                profile_id=row.id,
                mine_type_id=mine_type.id,
                quantity=quantity,
                authority_ref=authority_ref,
                valid_from=valid_from,
                set_by=self.ctx.user,
                set_at=utc_now(),
            )
            session.add(stated)
            session.flush()
            info = requirement_info(stated)
            audit.record(
                session,
                self.ctx.user,
                "korea_requirement",
                "policy_profile",
                row.id,
                before=requirement_info(before).__dict__ if before else None,
                after=info.__dict__,
                reason=f"authority {authority_ref}",
            )
            return info

    def requirements(self, profile: str, as_of: date | None = None) -> list[KoreaRequirementInfo]:
        """The requirements of a profile in force at the end of `as_of` (default today), by type."""
        with self.ctx.read() as session:
            row = _profile(session, profile)
            in_force = requirements_on(session, row.id, self.ctx.today() if as_of is None else as_of)
            return [requirement_info(in_force[designation]) for designation in sorted(in_force)]
