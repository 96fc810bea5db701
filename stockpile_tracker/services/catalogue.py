"""The catalogue (mine types, sites) and the policy profiles, which are data the user can edit."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, fields
from datetime import date
from enum import StrEnum
from typing import Any, Generic, TypeVar

from sqlalchemy import BigInteger, ColumnElement, case, cast, literal, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from ..db.models import MineType, PolicyProfile, Setting, Site
from ..domain.deadlines import MAX_DEADLINE_YEARS, add_months
from ..domain.enums import Activation, Category, Delivery, RetentionCategory, SiteKind
from ..domain.errors import DatabaseError, InvalidInput, NotFound
from ..domain.rules import (
    MAX_QUANTITY,
    folded,
    optional_text,
    require_on_record,
    require_text,
    require_whole,
    sd_class,
)
from ..i18n import translate
from . import audit
from .base import Context
from .dto.catalogue import Characteristics, Letterhead, MineTypeInfo, PolicyProfileInfo, SiteInfo
from .finding_words import figure


def active_profile(session: Session) -> PolicyProfile:
    code = session.get(Setting, "active_profile")
    profile = session.scalar(select(PolicyProfile).where(PolicyProfile.code == (code.value if code else "")))
    if profile is None:
        profile = session.scalar(select(PolicyProfile).order_by(PolicyProfile.id).limit(1))
    assert profile is not None, "no policy profile: database not migrated"
    return profile


def type_info(row: MineType) -> MineTypeInfo:
    return MineTypeInfo(
        id=row.id,
        designation=row.designation,
        name=row.name,
        category=row.category,
        activation=row.activation,
        self_destruct_hours=row.self_destruct_hours,
        self_deactivating=row.self_deactivating,
        delivery=row.delivery,
        notes=row.notes,
        sd_class=sd_class(row.self_destruct_hours, row.self_deactivating),
        ap_per_item=row.ap_per_item,
        av_per_item=row.av_per_item,
        **vars(Characteristics.of(row)),
    )


def site_info(row: Site) -> SiteInfo:
    return SiteInfo(id=row.id, code=row.code, name=row.name, country=row.country, kind=row.kind)


def _listed(row: PolicyProfile, column: str, enum: type[StrEnum]) -> tuple[str, ...]:
    """A profile's list column as the program wrote it: a list of the enum's values; anything else
    was written outside the program, and is said so rather than read as nonsense (or as nothing)."""
    value = getattr(row, column)
    choices = {choice.value for choice in enum}
    if not isinstance(value, list) or not all(isinstance(item, str) and item in choices for item in value):
        raise DatabaseError(
            translate(
                "Services",
                "policy profile {code}: {column} holds {value}, not a list of {choices}; it was "
                "changed outside Stockpile Tracker: correct it in Compliance > Policy profile or "
                "restore a backup",
            ).format(code=row.code, column=column, value=repr(value), choices=", ".join(sorted(choices)))
        )
    return tuple(value)


def profile_info(row: PolicyProfile) -> PolicyProfileInfo:
    info = PolicyProfileInfo(
        id=row.id,
        code=row.code,
        name=row.name,
        effective_on=row.effective_on,
        deadline_years=row.deadline_years,
        permitted_retention=_listed(row, "permitted_retention", RetentionCategory),
        acquisition_banned_from=row.acquisition_banned_from,
        transfers_only_for_destruction=row.transfers_only_for_destruction,
        flags_retained_increase=row.flags_retained_increase,
        withdrawal_effective_on=row.withdrawal_effective_on,
        notes=row.notes,
        scope_categories=_listed(row, "scope_categories", Category),
        scope_activations=_listed(row, "scope_activations", Activation),
        korea_reserve_in_korea=row.korea_reserve_in_korea,
    )
    try:
        info.deadline  # noqa: B018 (every check computes it: a day beyond any calendar is said here, by name)
    except (ValueError, OverflowError) as exc:
        raise DatabaseError(
            translate(
                "Services",
                "policy profile {code}: its deadline, {deadline_years} years after {effective_on}, "
                "is no date ({exc}); it was changed outside Stockpile Tracker: correct it with "
                "'stockpile-tracker profile set' or restore a backup",
            ).format(
                code=row.code,
                deadline_years=f"{row.deadline_years:,}",
                effective_on=row.effective_on.isoformat(),
                exc=exc,
            )
        ) from exc
    return info


MINES_PER_ITEM = MineType.ap_per_item + MineType.av_per_item


def covered_per_item(policy: PolicyProfileInfo) -> ColumnElement[int]:
    """PolicyProfileInfo.covered_per_item in SQL, on MineType: the mines of one item the profile
    governs, the one computation of scope every query shares."""
    parts = {Category.AP.value: MineType.ap_per_item, Category.AV.value: MineType.av_per_item}
    governed = [parts[category] for category in policy.scope_categories]
    if not governed:
        return literal(0)
    return case((MineType.activation.in_(policy.scope_activations), sum(governed[1:], governed[0])), else_=0)


def in_scope_where(policy: PolicyProfileInfo) -> ColumnElement[bool]:
    """A type the profile governs at least one mine of."""
    return covered_per_item(policy) > 0


def covered_mines(
    items: ColumnElement[Any] | InstrumentedAttribute[int], policy: PolicyProfileInfo
) -> ColumnElement[int]:
    """A number of items (the ledger's unit) as the mines of them the profile governs: what its
    obligations count. Wide enough for a national stockpile of GATOR dispensers."""
    return cast(items, BigInteger) * covered_per_item(policy)


def _choice(field: str, enum: type[StrEnum], value: object) -> str:
    choices = [choice.value for choice in enum]
    if isinstance(value, str) and value in choices:
        return enum(value).value
    raise InvalidInput(
        field,
        translate("Services", "{value} is not one of {choices}").format(value=repr(value), choices=", ".join(choices)),
    )


TYPE_FIELDS = (
    "designation",
    "name",
    "category",
    "activation",
    "self_destruct_hours",
    "self_deactivating",
    "delivery",
    "notes",
    "ap_per_item",
    "av_per_item",
    *Characteristics.names(),
)
SITE_FIELDS = ("code", "name", "country", "kind")


def _type_values(
    *,
    designation: object,
    name: object,
    category: object,
    activation: object,
    self_destruct_hours: object,
    self_deactivating: object,
    delivery: object,
    notes: object,
    ap_per_item: object = None,
    av_per_item: object = None,
    **characteristics: object,
) -> dict[str, Any]:
    """A mine type's fields checked, as a new entry and as a correction."""
    category = _choice("category", Category, category)
    if self_destruct_hours is not None and (
        isinstance(self_destruct_hours, bool) or not isinstance(self_destruct_hours, int) or self_destruct_hours <= 0
    ):
        raise InvalidInput(
            "self-destruct hours", translate("Services", "must be a whole number of hours above zero, or none")
        )
    return {
        "designation": require_text("designation", designation, 40),
        "name": require_text("name", name),
        "category": category,
        "activation": _choice("activation", Activation, activation),
        "self_destruct_hours": self_destruct_hours,
        "self_deactivating": bool(self_deactivating),
        "delivery": _choice("delivery", Delivery, delivery),
        "notes": optional_text("notes", notes, lines=True),
        **_contents(category, ap_per_item, av_per_item),
        **_characteristics(**characteristics),
    }


MAX_PER_ITEM = 10_000  # far above any system (GATOR: 94): a typing slip, not a dispenser


def _contents(category: str, ap_per_item: object, av_per_item: object) -> dict[str, int]:
    """The mines one item holds (DOMAIN.md section 2). Neither given: 1 of the type's category, as
    a plain mine; one given: none of the other. The category is the principal one, so the item
    holds at least one mine of it."""
    if ap_per_item is None and av_per_item is None:
        ap_per_item, av_per_item = (1, 0) if category == Category.AP.value else (0, 1)
    contents = {
        field: 0 if value is None else require_whole(field.replace("_", " "), value)
        for field, value in (("ap_per_item", ap_per_item), ("av_per_item", av_per_item))
    }
    for field, value in contents.items():
        if value > MAX_PER_ITEM:
            raise InvalidInput(
                field.replace("_", " "),
                translate("Services", "{value} mines in one item: at most {max_per_item}").format(
                    value=figure(value), max_per_item=figure(MAX_PER_ITEM)
                ),
            )
    principal = "ap_per_item" if category == Category.AP.value else "av_per_item"
    if contents[principal] == 0:
        raise InvalidInput(
            principal.replace("_", " "),
            translate(
                "Services",
                "a type of category {category} holds at least one {category} mine per item (the "
                "category is the principal one)",
            ).format(category=category),
        )
    return contents


def _characteristics(**given: object) -> dict[str, Any]:
    """Form H's characteristics (Characteristics) checked, each named as the dialog names it, in
    its order; one not given is not recorded. The explosive is part of the type, so it weighs no
    more than the type."""
    unknown = set(given) - set(Characteristics.names())
    if unknown:
        raise InvalidInput(sorted(unknown)[0], translate("Services", "is not a field of a mine type"))
    checked: dict[str, Any] = {}
    for characteristic in fields(Characteristics):
        label, value = characteristic.metadata["label"], given.get(characteristic.name)
        checked[characteristic.name] = (
            _grams(label, value)
            if characteristic.metadata.get("grams")
            else optional_text(label, value, characteristic.metadata["max_length"])
        )
    mass, explosive_mass = checked["mass_g"], checked["explosive_mass_g"]
    if isinstance(mass, int) and isinstance(explosive_mass, int) and explosive_mass > mass:
        raise InvalidInput(
            "explosive mass (g)",
            translate(
                "Services", "{explosive_mass} g is more than the type's mass, {mass} g, which includes it"
            ).format(explosive_mass=figure(explosive_mass), mass=figure(mass)),
        )
    return checked


def _grams(field: str, value: object) -> int | None:
    if value is not None and (isinstance(value, bool) or not isinstance(value, int) or not 0 < value <= MAX_QUANTITY):
        raise InvalidInput(
            field,
            translate("Services", "must be a whole number of grams above zero, or none, not {value}").format(
                value=repr(value)
            ),
        )
    return value


def country_code(value: object) -> str:
    """Two letters (ISO 3166), kept in capitals."""
    country = require_text("country", value, 2).upper()
    if len(country) != 2 or not country.isalpha():
        raise InvalidInput(
            "country",
            translate("Services", "{country} is not a two-letter country code (ISO 3166)").format(
                country=repr(country)
            ),
        )
    return country


def _site_values(*, code: object, name: object, country: object, kind: object) -> dict[str, Any]:
    return {
        "code": require_text("code", code, 40),
        "name": require_text("name", name),
        "country": country_code(country),
        "kind": _choice("kind", SiteKind, kind),
    }


def _require_free(
    session: Session,
    model: type[MineType] | type[Site],
    column: InstrumentedAttribute[str],
    value: str,
    own_id: int | None,
) -> None:
    """A designation or site code names one entry only, in any case or width (rules.folded): M67
    and m67 would be two lines of one type in every report."""
    taken = next(
        (
            held
            for entry_id, held in session.execute(select(model.id, column))
            if entry_id != own_id and folded(held) == folded(value)
        ),
        None,
    )
    if taken is not None:
        if model is MineType:
            said = (
                translate("Services", "mine type {value} is already in the catalogue as {taken}")
                if taken != value
                else translate("Services", "mine type {value} is already in the catalogue")
            )
        else:
            said = (
                translate("Services", "site {value} is already in the catalogue as {taken}")
                if taken != value
                else translate("Services", "site {value} is already in the catalogue")
            )
        raise InvalidInput(column.key, said.format(value=value, taken=taken))


PROFILE_DATES = ("effective_on", "acquisition_banned_from", "withdrawal_effective_on")
PROFILE_FLAGS = ("transfers_only_for_destruction", "flags_retained_increase", "korea_reserve_in_korea")
PROFILE_SCOPE: dict[str, type[StrEnum]] = {"scope_categories": Category, "scope_activations": Activation}


def _profile_changes(changes: dict[str, Any], today: date) -> dict[str, Any]:
    """A profile's edited fields checked before the write, the retention categories and the name
    as they are kept."""
    unknown = set(changes) - ({f.name for f in fields(PolicyProfileInfo)} - {"id", "code"})
    if unknown:
        raise InvalidInput(sorted(unknown)[0], translate("Services", "is not a field of a policy profile"))
    _check_dates(changes, today)
    for name in PROFILE_FLAGS:
        if name in changes and not isinstance(changes[name], bool):
            raise InvalidInput(name, translate("Services", "must be yes or no (True or False)"))
    if "permitted_retention" in changes:
        changes["permitted_retention"] = _permitted_retention(changes["permitted_retention"])
    changes |= {name: _scope(name, enum, changes[name]) for name, enum in PROFILE_SCOPE.items() if name in changes}
    if "name" in changes:
        changes["name"] = require_text("name", changes["name"])
    if "notes" in changes:
        changes["notes"] = optional_text("notes", changes["notes"], lines=True)
    return changes


def _ban_follows(changes: dict[str, Any], profile: PolicyProfile) -> dict[str, Any]:
    """The acquisition ban follows the entry into force (DOMAIN.md section 1): when the entry into
    force moves and the change does not give the ban, a ban from the day the profile took effect (as
    both built-in profiles have it) moves with it; a ban from another day, or none, stays."""
    moved = changes.get("effective_on")
    if (
        moved is None
        or "acquisition_banned_from" in changes
        or profile.acquisition_banned_from is None
        or profile.acquisition_banned_from != profile.effective_on
    ):
        return changes
    return changes | {"acquisition_banned_from": moved}


def _check_dates(changes: dict[str, Any], today: date) -> None:
    """Entry into force is from 1997 to a year ahead, and the deadline at most MAX_DEADLINE_YEARS after
    it: the deadline is then always a date."""
    for name in PROFILE_DATES:
        if changes.get(name) is not None and not isinstance(changes[name], date):
            raise InvalidInput(name, translate("Services", "must be a date"))
    if "effective_on" in changes:
        # Article 17: in force for a state on the first day of the sixth month after it ratifies, so
        # a record may be kept ahead of it: up to a year ahead, from 1997 on.
        day = changes["effective_on"]
        if day > add_months(today, 12):
            raise InvalidInput(
                "entry into force",
                translate("Services", "{day} is more than a year after today ({today})").format(
                    day=day.isoformat(), today=today.isoformat()
                ),
            )
        require_on_record("entry into force", min(day, today), today)
    years = changes.get("deadline_years")
    if years is not None and (
        isinstance(years, bool) or not isinstance(years, int) or not 0 < years <= MAX_DEADLINE_YEARS
    ):
        raise InvalidInput(
            "deadline years",
            translate(
                "Services", "must be a whole number of years from 1 to {max_deadline_years}, or none, not {years}"
            ).format(max_deadline_years=MAX_DEADLINE_YEARS, years=repr(years)),
        )


def _permitted_retention(values: Any) -> list[str]:
    if isinstance(values, str):
        raise InvalidInput("permitted retention", translate("Services", "give a list of retention categories"))
    return [_choice("permitted retention", RetentionCategory, value) for value in values]


def _scope(field: str, enum: type[StrEnum], values: Any) -> list[str]:
    what = field.replace("_", " ")
    if isinstance(values, str):
        raise InvalidInput(
            what, translate("Services", "give a list of {kind} values").format(kind=enum.__name__.lower())
        )
    chosen = [_choice(what, enum, value) for value in values]
    if not chosen:
        raise InvalidInput(what, translate("Services", "a profile governs at least one; name them"))
    return sorted(set(chosen), key=[choice.value for choice in enum].index)


Model = TypeVar("Model", MineType, Site)
Info = TypeVar("Info", MineTypeInfo, SiteInfo)


@dataclass(frozen=True)
class Entries(Generic[Model, Info]):
    """What adding, correcting and importing one kind of catalogue entry needs to know."""

    name: str
    model: type[Model]
    key: InstrumentedAttribute[str]  # the column that names an entry once: designation, site code
    fields: tuple[str, ...]
    values: Callable[..., dict[str, Any]]  # the fields checked, as they are kept
    info: Callable[[Model], Info]
    added: str  # the audit actions
    corrected: str


MINE_TYPES = Entries(
    "mine type", MineType, MineType.designation, TYPE_FIELDS, _type_values, type_info, "add_type", "update_type"
)
SITES = Entries("site", Site, Site.code, SITE_FIELDS, _site_values, site_info, "add_site", "update_site")


class CatalogueService:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx

    def add_type(
        self,
        *,
        designation: str,
        name: str,
        category: str,
        activation: str = "victim",
        self_destruct_hours: int | None = None,
        self_deactivating: bool = False,
        delivery: str = "hand_emplaced",
        notes: str | None = None,
        ap_per_item: int | None = None,
        av_per_item: int | None = None,
        characteristics: Characteristics | None = None,
    ) -> MineTypeInfo:
        """`ap_per_item`, `av_per_item`: the item's contents; neither given, 1 of its category.
        `characteristics` (Form H's) are optional: None, or one of them None, is not recorded."""
        return self.add(
            MINE_TYPES,
            {
                "designation": designation,
                "name": name,
                "category": category,
                "activation": activation,
                "self_destruct_hours": self_destruct_hours,
                "self_deactivating": self_deactivating,
                "delivery": delivery,
                "notes": notes,
                "ap_per_item": ap_per_item,
                "av_per_item": av_per_item,
                **vars(characteristics or Characteristics()),
            },
        )

    def update_type(self, type_id: int, *, reason: str, **changes: object) -> MineTypeInfo:
        """Correct a catalogue entry (a designation mistyped, a wrong self-destruct time): every lot
        of the type follows, so the change is checked whole and audited with its reason."""
        reason = require_text("reason", reason, 2000, lines=True)
        return self._correct(MINE_TYPES, type_id, reason, changes)

    def add_site(self, *, code: str, name: str, country: str, kind: str = SiteKind.DEPOT) -> SiteInfo:
        return self.add(SITES, {"code": code, "name": name, "country": country, "kind": kind})

    def add(self, entries: Entries[Model, Info], values: dict[str, object], reason: str | None = None) -> Info:
        """A new catalogue entry, its fields checked, audited (with where it came from, if given)."""
        checked = entries.values(**values)
        with self.ctx.write() as session:
            _require_free(session, entries.model, entries.key, checked[entries.key.key], None)
            row = entries.model(**checked)
            session.add(row)
            session.flush()
            info = entries.info(row)
            table = entries.model.__tablename__
            audit.record(session, self.ctx.user, entries.added, table, row.id, after=info.__dict__, reason=reason)
            return info

    def update_site(self, site_id: int, *, reason: str, **changes: object) -> SiteInfo:
        """Correct a site's code, name, country or kind, audited with its reason."""
        reason = require_text("reason", reason, 2000, lines=True)
        return self._correct(SITES, site_id, reason, changes)

    def _correct(
        self,
        entries: Entries[Model, Info],
        entry_id: int,
        reason: str,
        changes: dict[str, object],
    ) -> Info:
        """The entry with `changes` applied, checked whole as a new entry would be, and audited with
        the entry as it was, as it is now, and the reason."""
        with self.ctx.write() as session:
            row = session.get(entries.model, entry_id)
            if row is None:
                raise NotFound(entries.name, entry_id)
            before = entries.info(row)
            unknown = set(changes) - set(entries.fields)
            if unknown:
                raise InvalidInput(
                    sorted(unknown)[0], translate("Services", "is not a field of a {name}").format(name=entries.name)
                )
            values = entries.values(**({name: getattr(before, name) for name in entries.fields} | changes))
            _require_free(session, entries.model, entries.key, values[entries.key.key], row.id)
            for name, value in values.items():
                setattr(row, name, value)
            session.flush()
            info = entries.info(row)
            audit.record(
                session,
                self.ctx.user,
                entries.corrected,
                entries.model.__tablename__,
                row.id,
                before=before.__dict__,
                after=info.__dict__,
                reason=reason,
            )
            return info

    def types(self) -> list[MineTypeInfo]:
        return self.listed(MINE_TYPES)

    def sites(self) -> list[SiteInfo]:
        return self.listed(SITES)

    def listed(self, entries: Entries[Model, Info]) -> list[Info]:
        """Every entry, in the order of its key (designation, site code)."""
        with self.ctx.read() as session:
            return [entries.info(row) for row in session.scalars(select(entries.model).order_by(entries.key))]

    def profiles(self) -> list[PolicyProfileInfo]:
        with self.ctx.read() as session:
            return [profile_info(row) for row in session.scalars(select(PolicyProfile).order_by(PolicyProfile.code))]

    def active_profile(self) -> PolicyProfileInfo:
        with self.ctx.read() as session:
            return profile_info(active_profile(session))

    def covered_types(self) -> frozenset[str]:
        """The designations of the types the active profile governs (its scope), in one snapshot."""
        with self.ctx.read() as session:
            profile = profile_info(active_profile(session))
            return frozenset(
                row.designation
                for row in session.scalars(select(MineType))
                if profile.covers(row.ap_per_item, row.av_per_item, row.activation)
            )

    def set_active_profile(self, code: str) -> PolicyProfileInfo:
        with self.ctx.write() as session:
            profile = session.scalar(select(PolicyProfile).where(PolicyProfile.code == code))
            if profile is None:
                raise InvalidInput("profile", translate("Services", "no policy profile {code}").format(code=repr(code)))
            setting = session.get(Setting, "active_profile")
            before = setting.value if setting else None
            if setting is None:
                session.add(Setting(key="active_profile", value=code))
            else:
                setting.value = code
            audit.record(
                session,
                self.ctx.user,
                "set_active_profile",
                "setting",
                None,
                before={"active_profile": before},
                after={"active_profile": code},
            )
            return profile_info(profile)

    def update_profile(self, code: str, reason: str, **changes: Any) -> PolicyProfileInfo:
        """Edit a profile's dates and rules; they are facts to check, so they stay data."""
        reason = require_text("reason", reason, 2000, lines=True)
        changes = _profile_changes(changes, self.ctx.today())
        with self.ctx.write() as session:
            profile = session.scalar(select(PolicyProfile).where(PolicyProfile.code == code))
            if profile is None:
                raise InvalidInput("profile", translate("Services", "no policy profile {code}").format(code=repr(code)))
            before = {field.name: getattr(profile, field.name) for field in fields(PolicyProfileInfo)}  # as stored
            changes = _ban_follows(changes, profile)
            for name, value in changes.items():
                setattr(profile, name, value)
            session.flush()
            info = profile_info(profile)
            audit.record(
                session,
                self.ctx.user,
                "update_profile",
                "policy_profile",
                profile.id,
                before=before,
                after=info.__dict__,
                reason=reason,
            )
            return info

    def letterhead(self) -> Letterhead:
        """What every printed page carries, kept in the record so that the window and the
        command line print the same."""
        with self.ctx.read() as session:
            values = {key: session.get(Setting, key) for key in LETTERHEAD_KEYS}
            return Letterhead(**{key: setting.value if setting else "" for key, setting in values.items()})

    def set_letterhead(self, *, organisation: str, marking: str = "") -> Letterhead:
        """The organisation's name is required; an empty marking prints none. Audited."""
        letterhead = Letterhead(
            organisation=require_text("organisation", organisation),
            marking=optional_text("marking", marking, 60) or "",
        )
        with self.ctx.write() as session:
            before = {}
            for key in LETTERHEAD_KEYS:
                setting = session.get(Setting, key)
                before[key] = setting.value if setting else ""
                if setting is None:
                    session.add(Setting(key=key, value=getattr(letterhead, key)))
                else:
                    setting.value = getattr(letterhead, key)
            audit.record(
                session, self.ctx.user, "set_letterhead", "setting", None, before=before, after=letterhead.__dict__
            )
            return letterhead


LETTERHEAD_KEYS = ("organisation", "marking")
