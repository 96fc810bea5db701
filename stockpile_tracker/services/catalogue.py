"""The catalogue (mine types, sites) and the policy profiles, which are data the user can edit."""

from __future__ import annotations

from dataclasses import fields
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..db.models import MineType, PolicyProfile, Setting, Site
from ..domain.enums import Activation, Category, Delivery, RetentionCategory
from ..domain.errors import InvalidInput
from ..domain.rules import optional_text, require_text, sd_class
from . import audit
from .base import Context
from .dto import Letterhead, MineTypeInfo, PolicyProfileInfo, SiteInfo


def active_profile(session: Session) -> PolicyProfile:
    code = session.get(Setting, "active_profile")
    profile = session.scalar(select(PolicyProfile).where(PolicyProfile.code == (code.value if code else "")))
    if profile is None:
        profile = session.scalar(select(PolicyProfile).order_by(PolicyProfile.id).limit(1))
    assert profile is not None, "no policy profile: database not migrated"
    return profile


def type_info(row: MineType) -> MineTypeInfo:
    return MineTypeInfo(
        row.id, row.designation, row.name, row.category, row.activation, row.self_destruct_hours,
        row.self_deactivating, row.delivery, row.notes,
        sd_class(row.self_destruct_hours, row.self_deactivating),
    )


def site_info(row: Site) -> SiteInfo:
    return SiteInfo(row.id, row.code, row.name, row.country)


def profile_info(row: PolicyProfile) -> PolicyProfileInfo:
    return PolicyProfileInfo(
        row.id, row.code, row.name, row.effective_on, row.deadline_years,
        tuple(row.permitted_retention), row.acquisition_banned_from,
        row.transfers_only_for_destruction, row.flags_retained_increase,
        row.withdrawal_effective_on, row.notes,
    )


def _choice(field: str, enum, value) -> str:
    try:
        return enum(value).value
    except ValueError:
        raise InvalidInput(field, f"{value!r} is not one of {', '.join(e.value for e in enum)}") from None


class CatalogueService:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx

    def add_type(
        self, *, designation: str, name: str, category: str, activation: str = "victim",
        self_destruct_hours: int | None = None, self_deactivating: bool = False,
        delivery: str = "hand_emplaced", notes: str | None = None,
    ) -> MineTypeInfo:
        designation = require_text("designation", designation, 40)
        if self_destruct_hours is not None and (
            isinstance(self_destruct_hours, bool) or not isinstance(self_destruct_hours, int)
            or self_destruct_hours <= 0
        ):
            raise InvalidInput("self-destruct hours", "must be a whole number of hours above zero, or none")
        row = MineType(
            designation=designation, name=require_text("name", name), category=_choice("category", Category, category),
            activation=_choice("activation", Activation, activation),
            self_destruct_hours=self_destruct_hours, self_deactivating=bool(self_deactivating),
            delivery=_choice("delivery", Delivery, delivery), notes=optional_text("notes", notes),
        )
        with self.ctx.write() as session:
            if session.scalar(select(MineType.id).where(MineType.designation == designation)):
                raise InvalidInput("designation", f"mine type {designation} is already in the catalogue")
            session.add(row)
            session.flush()
            info = type_info(row)
            audit.record(session, self.ctx.user, "add_type", "mine_type", row.id, after=info.__dict__)
            return info

    def add_site(self, *, code: str, name: str, country: str) -> SiteInfo:
        code = require_text("code", code, 40)
        country = require_text("country", country, 2).upper()
        if len(country) != 2 or not country.isalpha():
            raise InvalidInput("country", f"{country!r} is not a two-letter country code (ISO 3166)")
        with self.ctx.write() as session:
            if session.scalar(select(Site.id).where(Site.code == code)):
                raise InvalidInput("code", f"site {code} already exists")
            row = Site(code=code, name=require_text("name", name), country=country)
            session.add(row)
            session.flush()
            info = site_info(row)
            audit.record(session, self.ctx.user, "add_site", "site", row.id, after=info.__dict__)
            return info

    def types(self) -> list[MineTypeInfo]:
        with self.ctx.read() as session:
            return [type_info(row) for row in session.scalars(select(MineType).order_by(MineType.designation))]

    def sites(self) -> list[SiteInfo]:
        with self.ctx.read() as session:
            return [site_info(row) for row in session.scalars(select(Site).order_by(Site.code))]

    def profiles(self) -> list[PolicyProfileInfo]:
        with self.ctx.read() as session:
            return [profile_info(row) for row in session.scalars(select(PolicyProfile).order_by(PolicyProfile.code))]

    def active_profile(self) -> PolicyProfileInfo:
        with self.ctx.read() as session:
            return profile_info(active_profile(session))

    def set_active_profile(self, code: str) -> PolicyProfileInfo:
        with self.ctx.write() as session:
            profile = session.scalar(select(PolicyProfile).where(PolicyProfile.code == code))
            if profile is None:
                raise InvalidInput("profile", f"no policy profile {code!r}")
            setting = session.get(Setting, "active_profile")
            before = setting.value if setting else None
            if setting is None:
                session.add(Setting(key="active_profile", value=code))
            else:
                setting.value = code
            audit.record(session, self.ctx.user, "set_active_profile", "setting", None,
                         before={"active_profile": before}, after={"active_profile": code})
            return profile_info(profile)

    def update_profile(self, code: str, reason: str, **changes) -> PolicyProfileInfo:
        """Edit a profile's dates and rules; they are facts to check, so they stay data."""
        reason = require_text("reason", reason, 2000)
        editable = {f.name for f in fields(PolicyProfileInfo)} - {"id", "code"}
        unknown = set(changes) - editable
        if unknown:
            raise InvalidInput(sorted(unknown)[0], "is not a field of a policy profile")
        for name in ("effective_on", "acquisition_banned_from", "withdrawal_effective_on"):
            if changes.get(name) is not None and not isinstance(changes[name], date):
                raise InvalidInput(name, "must be a date")
        for name in ("transfers_only_for_destruction", "flags_retained_increase"):
            if name in changes and not isinstance(changes[name], bool):
                raise InvalidInput(name, "must be yes or no (True or False)")
        if "permitted_retention" in changes:
            if isinstance(changes["permitted_retention"], str):
                raise InvalidInput("permitted retention", "give a list of retention categories")
            changes["permitted_retention"] = [
                _choice("permitted retention", RetentionCategory, value)
                for value in changes["permitted_retention"]
            ]
        years = changes.get("deadline_years")
        if years is not None and (isinstance(years, bool) or not isinstance(years, int) or years <= 0):
            raise InvalidInput("deadline years", f"must be a whole number of years above zero, or none, not {years!r}")
        if "name" in changes:
            changes["name"] = require_text("name", changes["name"])
        with self.ctx.write() as session:
            profile = session.scalar(select(PolicyProfile).where(PolicyProfile.code == code))
            if profile is None:
                raise InvalidInput("profile", f"no policy profile {code!r}")
            before = profile_info(profile).__dict__
            for name, value in changes.items():
                setattr(profile, name, value)
            session.flush()
            info = profile_info(profile)
            audit.record(session, self.ctx.user, "update_profile", "policy_profile", profile.id,
                         before=before, after=info.__dict__, reason=reason)
            return info

    def letterhead(self) -> Letterhead:
        """What every printed page carries, kept in the record so that the window and the
        command line print the same."""
        with self.ctx.read() as session:
            values = {key: session.get(Setting, key) for key in LETTERHEAD_KEYS}
            return Letterhead(**{key: setting.value if setting else "" for key, setting in values.items()})

    def set_letterhead(self, *, organisation: str, marking: str = "") -> Letterhead:
        """The organisation's name is required; an empty marking prints none. Audited."""
        letterhead = Letterhead(require_text("organisation", _one_line("organisation", organisation)),
                                optional_text("marking", _one_line("marking", marking), 60) or "")
        with self.ctx.write() as session:
            before = {}
            for key in LETTERHEAD_KEYS:
                setting = session.get(Setting, key)
                before[key] = setting.value if setting else ""
                if setting is None:
                    session.add(Setting(key=key, value=getattr(letterhead, key)))
                else:
                    setting.value = getattr(letterhead, key)
            audit.record(session, self.ctx.user, "set_letterhead", "setting", None,
                         before=before, after=letterhead.__dict__)
            return letterhead


LETTERHEAD_KEYS = ("organisation", "marking")


def _one_line(field: str, value: object) -> object:
    """A page band holds one line."""
    if isinstance(value, str) and any(char in value for char in "\r\n"):
        raise InvalidInput(field, "must be one line")
    return value
