"""Lots: a line of the stockpile, its ledger, its retention, the figures summed per group or per year."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import TypeVar

from ...domain.enums import Category, RetentionCategory, SdClass, SuspensionKind
from ...domain.figures import StockFigures
from ...domain.rules import contents_label
from ...i18n import profile_name, translate


@dataclass(frozen=True)
class LotRow(StockFigures):
    """One line of the stockpile table."""

    id: int
    lot_number: str
    type_designation: str
    category: str
    sd_class: SdClass
    self_destruct_hours: int | None
    site_code: str
    site_country: str
    condition_code: str
    retention_category: str | None
    on_hand: int
    retained: int
    scheduled: int
    destroyed: int
    ap_per_item: int
    av_per_item: int
    suspended: int
    at_destruction: int
    away: int  # of on hand, at the lot's other own sites: unscheduled surplus there
    notes: str | None = None

    @property
    def mines_per_item(self) -> int:
        return self.ap_per_item + self.av_per_item

    @property
    def elsewhere(self) -> bool:
        """Mines away from its home: moved to another own site, or part of it shipped for destruction
        (the Site column gives only its home; `QueryService.held_at` says where they all are)."""
        return bool(self.away or self.at_destruction)

    @property
    def contents(self) -> str:
        return contents_label(self.ap_per_item, self.av_per_item)

    @property
    def unit(self) -> str:
        """What its figures count: the ledger counts items, each a mine or a projectile or dispenser
        holding several (DOMAIN.md section 2, contents)."""
        return "mines" if self.mines_per_item == 1 else f"items of {self.mines_per_item:,} mines"

    @property
    def mines_on_hand(self) -> int:
        """The ledger counts items; this is the mines they hold (DOMAIN.md section 2, contents)."""
        return self.on_hand * self.mines_per_item

    @property
    def sd_label(self) -> str:
        if self.self_destruct_hours:
            return f"SD {self.self_destruct_hours} h"
        return self.sd_class.value

    @property
    def kept_for(self) -> str:
        """Why the mines are kept, in words: retained and surplus are told apart without colour."""
        return self.kept_under(covered=True)

    def kept_under(self, covered: bool) -> str:
        """`kept_for` under a profile: mines it does not govern (`covered` false) are no surplus
        to destroy, and say so."""
        rest = "surplus" if covered else "not covered"
        if not self.on_hand:  # all of what it holds is shipped: surplus on its way to destruction
            return f"{rest}, at destruction sites" if self.at_destruction else "none held"
        if self.retention_category is None:  # nothing retained: the database keeps the two together
            return rest
        label = RetentionCategory(self.retention_category).label
        return label if self.retained == self.on_hand else f"{label} + {rest}"


@dataclass(frozen=True)
class Totals(StockFigures):
    lots: int = 0
    on_hand: int = 0
    retained: int = 0
    scheduled: int = 0
    destroyed: int = 0
    suspended: int = 0
    at_destruction: int = 0
    # In mines a profile governs: reserved for Korea beyond the requirement (korea-reserve). Not in
    # `retained`, in `surplus` and `unscheduled`: the profile's judgement, though the lots' decisions
    # still keep them until the office releases them.
    beyond_requirement: int = 0

    @classmethod
    def summed(cls, parts: Iterable[Totals | StatusGroup]) -> Totals:
        """Groups of lots (or totals) added up: the one way every total of them is made."""
        parts = list(parts)
        return cls(
            lots=sum(p.lots for p in parts),
            on_hand=sum(p.on_hand for p in parts),
            retained=sum(p.retained for p in parts),
            scheduled=sum(p.scheduled for p in parts),
            destroyed=sum(p.destroyed for p in parts),
            suspended=sum(p.suspended for p in parts),
            at_destruction=sum(p.at_destruction for p in parts),
            beyond_requirement=sum(p.beyond_requirement for p in parts),
        )

    @property
    def reserved(self) -> int:
        """What the lots' retention decisions keep: retained, and reserved beyond the requirement."""
        return self.retained + self.beyond_requirement

    @property
    def beyond_note(self) -> str:
        """The basis of the totals when a Korea excess is in them, in words; empty when none is."""
        if not self.beyond_requirement:
            return ""
        return (
            f"of the surplus, {self.beyond_requirement:,} are reserved for Korea beyond the requirement: the lots "
            "still show them retained until the office releases them"
        )

    @property
    def figures(self) -> tuple[int, int, int, int, int, int, int, int, int, int]:
        """Lots, held, at destruction sites, on hand, retained, surplus, scheduled, suspended,
        unscheduled surplus, destroyed: the status report's columns, in their order."""
        return (
            self.lots,
            self.held,
            self.at_destruction,
            self.on_hand,
            self.retained,
            self.surplus,
            self.scheduled,
            self.suspended,
            self.unscheduled,
            self.destroyed,
        )


@dataclass(frozen=True)
class LedgerEntry:
    id: int
    occurred_on: date
    kind: str
    site_code: str  # the holding's site: the lot's home, where a move took the mines, or a task's site
    quantity: int
    balance_after: int  # held after the entry: the whole ledger, on hand and at destruction sites
    document_ref: str | None
    reason: str | None
    recorded_by: str
    recorded_at: datetime
    reverses_id: int | None
    reversed_by_id: int | None
    task_id: int | None
    event_id: int | None
    for_destruction: bool  # at the lot's holding for destruction: shipped there, not on hand

    @property
    def held_at(self) -> str:
        """Where the entry's mines are, as the lot's history names it."""
        return (
            translate("Holdings", "{site}, for destruction").format(site=self.site_code)
            if self.for_destruction
            else self.site_code
        )


@dataclass(frozen=True)
class RetentionInfo:
    id: int
    lot_id: int
    quantity: int
    category: str | None
    institution: str | None
    authority_ref: str
    reason: str
    valid_from: date
    decided_by: str


@dataclass(frozen=True)
class MovementResult:
    """What a ledger action did, for the status bar: lot, entry, new balance, policy flags."""

    lot_id: int
    lot_number: str
    movement_id: int | None
    on_hand: int
    retained: int
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class StatusGroup(StockFigures):
    """Lots of one type, at one site, kept for one reason, as of a date: the status report's unit."""

    type_designation: str
    category: str
    activation: str
    sd_class: SdClass
    site_code: str
    site_country: str
    retention_category: str | None
    lots: int
    on_hand: int
    retained: int
    scheduled: int
    destroyed: int
    suspended: int
    at_destruction: int  # at the group's site, a destruction site: shipped, not yet destroyed
    ap_per_item: int
    av_per_item: int
    covered_ap: int  # of an item's AP mines, those the active policy profile governs
    covered_av: int
    beyond_requirement: int = 0  # of the mines it governs, reserved for Korea beyond the requirement

    @property
    def covered_per_item(self) -> int:
        return self.covered_ap + self.covered_av

    @property
    def in_scope(self) -> bool:
        return self.covered_per_item > 0

    @property
    def not_covered_per_item(self) -> int:
        return self.ap_per_item + self.av_per_item - self.covered_per_item

    @property
    def covered(self) -> StatusGroup:
        """Its figures in mines the profile governs: the Korea reserve beyond the requirement is
        surplus, not retained."""
        return with_beyond(in_mines(self, self.covered_per_item), self.beyond_requirement)

    @property
    def not_covered(self) -> StatusGroup:
        """Its figures in mines the profile does not govern (a Volcano canister's 5 AV under an AP
        profile)."""
        return with_beyond(in_mines(self, self.not_covered_per_item), 0)

    def _parts(self, covered: bool) -> tuple[tuple[str, int], tuple[str, int]]:
        """Of one item, the AP and the AV mines the profile governs (or not)."""
        return (
            (Category.AP.value, self.covered_ap if covered else self.ap_per_item - self.covered_ap),
            (Category.AV.value, self.covered_av if covered else self.av_per_item - self.covered_av),
        )

    def categories(self, covered: bool) -> str:
        """The categories of the mines the profile governs (or not) in one item, "AP", "AV" or
        "AP+AV": what a table of those mines counts, which for a mixed item (a GATOR dispenser,
        an AV type holding 22 AP mines) is not the type's category."""
        return "+".join(category for category, mines in self._parts(covered) if mines)

    def by_category(self, covered: bool) -> list[StatusGroup]:
        """Its mines the profile governs (or not), one group per category they are of, in mines:
        a Volcano canister's AP and AV mines under a profile that governs both. The Korea excess is
        shared between them as the mines are (its AP part rounded down)."""
        parts = self._parts(covered)
        excess = self.beyond_requirement if covered else 0
        ap_excess = excess * self.covered_ap // self.covered_per_item if excess else 0
        beyond = {Category.AP.value: ap_excess, Category.AV.value: excess - ap_excess}
        return [
            with_beyond(in_mines(replace(self, category=category), mines), beyond[category])
            for category, mines in parts
            if mines
        ]


Figures = TypeVar("Figures", Totals, StatusGroup)


def with_beyond(figures: Figures, excess: int) -> Figures:
    """Figures in mines with `excess` of their retained mines, reserved for Korea beyond the
    requirement, counted as surplus (korea-reserve)."""
    return replace(figures, retained=figures.retained - excess, beyond_requirement=excess)


def in_mines(figures: Figures, per_item: int) -> Figures:
    """Figures counted in items (as the ledger counts) turned into mines, `per_item` to an item;
    the number of lots stays."""
    return replace(
        figures,
        on_hand=figures.on_hand * per_item,
        retained=figures.retained * per_item,
        scheduled=figures.scheduled * per_item,
        destroyed=figures.destroyed * per_item,
        suspended=figures.suspended * per_item,
        at_destruction=figures.at_destruction * per_item,
    )


@dataclass(frozen=True)
class ScopeTotals:
    """The stockpile split by the active profile's scope: what its obligations count, and the rest,
    shown apart, both in mines; and the same lots in items, as the ledger counts them. A lot of a
    mixed type (a Volcano canister: 1 AP + 5 AV) is on both sides. The status report, the dashboard
    and the command line all read it."""

    profile: str  # the profile's name: printed words, never its code
    covered: Totals
    not_covered: Totals
    items: Totals

    @property
    def whole(self) -> Totals:
        """Both sides together, in mines, each lot counted once: for what is counted whatever the
        scope (lots shown, on hand)."""
        return replace(Totals.summed((self.covered, self.not_covered)), lots=self.items.lots)

    @classmethod
    def of(cls, profile: str, groups: Iterable[StatusGroup]) -> ScopeTotals:
        """Status groups summed: the one way the split is made."""
        groups = list(groups)
        return cls(
            profile,
            Totals.summed(g.covered for g in groups if g.covered_per_item),
            Totals.summed(g.not_covered for g in groups if g.not_covered_per_item),
            replace(Totals.summed(groups), beyond_requirement=0),  # in items; the excess is in mines
        )

    @property
    def covered_label(self) -> str:
        return translate("Scope", "covered by {profile}").format(profile=profile_name(self.profile))

    @property
    def not_covered_label(self) -> str:
        return translate("Scope", "not covered by {profile}").format(profile=profile_name(self.profile))


@dataclass(frozen=True)
class YearLot:
    """One lot's figures for a calendar year (the Article 7 forms)."""

    lot_number: str
    type_designation: str
    category: str
    activation: str
    on_hand: int  # at the end of the year
    at_destruction: int  # at the end of the year: shipped for destruction, not yet destroyed
    retained: int
    retention_category: str | None
    institution: str | None
    purpose: str | None  # the reason of the retention decision that named the institution
    destroyed: int  # during the year
    trained: int  # consumed in training during the year
    discovered_on: date | None  # when the lot was a discovery, not a receipt
    ap_per_item: int
    av_per_item: int
    delivery: str
    beyond_requirement: int = 0  # mines the active profile governs, reserved for Korea beyond the requirement
    destroyed_to_date: int = 0  # from the active profile's entry into force to the end of the year
    destroyed_where: tuple[tuple[str, str, int], ...] = ()  # during the year: (site "name, country", method, items)
    shipped_abroad: tuple[tuple[str, int], ...] = ()  # during the year, for destruction: (site "name, country", items)

    @property
    def mines_per_item(self) -> int:
        return self.ap_per_item + self.av_per_item

    @property
    def held(self) -> int:
        """In the state's stockpile at the end of the year: on hand, and at destruction sites."""
        return self.on_hand + self.at_destruction


@dataclass(frozen=True)
class YearChange:
    """A change to the stockpile found or made during a year that is neither a receipt nor a
    destruction: a stock check's gain or loss, a transfer out of or into it (not a shipment to a
    destruction site, not a split: its two halves stay in the stockpile), or the reversal of one
    dated in an earlier year. A reversal in the entry's own year cancels it: neither is listed."""

    occurred_on: date
    lot_number: str
    type_designation: str
    kind: str  # the entry's MovementKind; of the entry reversed when `reverses_on` is set
    quantity: int  # items, signed as the ledger posts it: a gain or a transfer in brings mines in
    site: str  # the site's name and country, where it was counted or from which it left
    document_ref: str | None
    reason: str | None  # as recorded: for a transfer, the only word of its purpose the record holds
    reverses_on: date | None  # a reversal: the day of the entry it corrects, in an earlier year
    category: str
    activation: str
    ap_per_item: int
    av_per_item: int


@dataclass(frozen=True)
class SuspensionInfo:
    """A hold on part of a lot: in force until lifted, its mines still surplus to destroy."""

    id: int
    lot_id: int
    lot_number: str
    site_code: str  # where the mines it holds are: the lot's home, or a destruction site
    for_destruction: bool  # on mines shipped there for destruction
    kind: str
    quantity: int
    reference: str
    reason: str
    suspended_from: date
    suspended_by: str
    lifted_on: date | None
    lifted_by: str | None
    lift_reason: str | None

    @property
    def in_force(self) -> bool:
        return self.lifted_on is None

    @property
    def held_at(self) -> str:
        """Where the mines it holds are, in words."""
        return (
            translate("Holdings", "{site}, for destruction").format(site=self.site_code)
            if self.for_destruction
            else self.site_code
        )

    @property
    def kind_label(self) -> str:
        return SuspensionKind(self.kind).label
