"""Mine types, sites, the policy profiles and the letterhead, as the services hand them out."""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from datetime import date, datetime
from typing import Any

from ...domain.enums import Category, SdClass
from ...domain.rules import add_years, contents_label, covered_contents


def _text(label: str, max_length: int = 200) -> Any:
    return field(default=None, metadata={"label": label, "max_length": max_length})


def _grams(label: str) -> Any:
    return field(default=None, metadata={"label": label, "grams": True})


@dataclass(frozen=True, kw_only=True)
class Characteristics:
    """Article 7 Form H's technical characteristics of a mine type, each None when not recorded:
    the one list of them, which the catalogue checks, the type dialog, the import and the demo
    read, and Form H prints. Each field's metadata: its `label` in messages (the dialog's, in
    lower case), and either `grams` (a whole number of grams) or the `max_length` of its text."""

    dimensions: str | None = _text("dimensions")
    mass_g: int | None = _grams("mass (g)")
    explosive: str | None = _text("explosive")
    explosive_mass_g: int | None = _grams("explosive mass (g)")
    metal_content: str | None = _text("metal content")
    fuze: str | None = _text("fuze")
    colour: str | None = _text("colour", 100)
    photo: str | None = _text("photograph", 500)  # a path or file name

    @classmethod
    def names(cls) -> tuple[str, ...]:
        return tuple(f.name for f in fields(Characteristics))

    @classmethod
    def of(cls, source: object) -> Characteristics:
        """The characteristics `source` (a type's info, a row) holds as attributes."""
        return cls(**{name: getattr(source, name) for name in cls.names()})

    @property
    def recorded(self) -> int:
        return sum(getattr(self, name) is not None for name in self.names())

    @property
    def summary(self) -> str:
        """How many are recorded, of all Form H asks for: "6 of 8"."""
        return f"{self.recorded} of {len(self.names())}"


@dataclass(frozen=True)
class MineTypeInfo(Characteristics):
    """A catalogue entry. Its characteristics are fields of its own, as the audit log and the
    reports read them; `characteristics` gives them apart."""

    id: int
    designation: str
    name: str
    category: str
    activation: str
    self_destruct_hours: int | None
    self_deactivating: bool
    delivery: str
    notes: str | None
    sd_class: SdClass
    ap_per_item: int
    av_per_item: int

    @property
    def characteristics(self) -> Characteristics:
        return Characteristics.of(self)

    @property
    def persistent(self) -> bool:
        return self.sd_class is SdClass.PERSISTENT

    @property
    def mines_per_item(self) -> int:
        return self.ap_per_item + self.av_per_item

    @property
    def contents(self) -> str:
        return contents_label(self.ap_per_item, self.av_per_item)


@dataclass(frozen=True)
class SiteInfo:
    id: int
    code: str
    name: str
    country: str
    kind: str  # SiteKind


@dataclass(frozen=True)
class Letterhead:
    """The organisation's name and the protective marking (e.g. OFFICIAL; empty: none) at the
    top and bottom of every printed page."""

    organisation: str
    marking: str = ""


@dataclass(frozen=True)
class PolicyProfileInfo:
    id: int
    code: str
    name: str
    effective_on: date
    deadline_years: int | None
    permitted_retention: tuple[str, ...]
    acquisition_banned_from: date | None
    transfers_only_for_destruction: bool
    flags_retained_increase: bool
    withdrawal_effective_on: date | None
    notes: str | None
    scope_categories: tuple[str, ...]
    scope_activations: tuple[str, ...]
    korea_reserve_in_korea: bool

    def covered_contents(self, ap_per_item: int, av_per_item: int, activation: str) -> tuple[int, int]:
        """The (AP, AV) mines of one item this profile governs (rules.covered_contents)."""
        return covered_contents(ap_per_item, av_per_item, activation, self.scope_categories, self.scope_activations)

    def covered_per_item(self, ap_per_item: int, av_per_item: int, activation: str) -> int:
        return sum(self.covered_contents(ap_per_item, av_per_item, activation))

    def covers(self, ap_per_item: int, av_per_item: int, activation: str) -> bool:
        return self.covered_per_item(ap_per_item, av_per_item, activation) > 0

    @property
    def not_covered(self) -> str:
        """The label of out-of-scope stock, wherever it is shown apart: the profile's name, never its
        code (DOMAIN.md section 5)."""
        return f"not covered by {self.name}"

    @property
    def scope(self) -> str:
        """What the profile governs, in words: "anti-personnel mines that are victim-activated or
        activated either way"."""
        categories = " and ".join(Category(c).label.lower() for c in self.scope_categories)
        ways = {"victim": "victim-activated", "command": "command-detonated", "both": "activated either way"}
        activations = " or ".join(ways[a] for a in self.scope_activations)
        return f"{categories} mines that are {activations}"

    @property
    def party_to_treaty(self) -> bool:
        """A profile with a treaty's own deadline binds a State Party, which reports under Article 7;
        under a policy (the US 2022 one) a report in that format is voluntary (DOMAIN.md section 1)."""
        return self.deadline_years is not None

    @property
    def deadline(self) -> date | None:
        """Ottawa Article 4: entry into force plus the deadline years; None when set per programme."""
        if self.deadline_years is None:
            return None
        return add_years(self.effective_on, self.deadline_years)


@dataclass(frozen=True)
class KoreaRequirementInfo:
    """How many mines of a type a profile lets be reserved for Korea, from a day, on an authority."""

    profile_code: str
    designation: str
    quantity: int
    authority_ref: str
    valid_from: date
    set_by: str
    set_at: datetime
