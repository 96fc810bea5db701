"""Mine types, sites, the policy profiles and the letterhead, as the services hand them out."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from ...domain.enums import Category, SdClass
from ...domain.rules import add_years, contents_label, covered_contents


@dataclass(frozen=True)
class MineTypeInfo:
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
    # Technical characteristics for Article 7 Form H; None: not recorded.
    dimensions: str | None
    mass_g: int | None
    explosive: str | None
    explosive_mass_g: int | None
    metal_content: str | None
    fuze: str | None
    colour: str | None
    photo: str | None  # a path or file name

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
