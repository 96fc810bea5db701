"""What the services hand out: frozen snapshots, never live ORM objects."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from ..domain.enums import RetentionCategory, SdClass
from ..domain.figures import StockFigures


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

    @property
    def persistent(self) -> bool:
        return self.sd_class is SdClass.PERSISTENT


@dataclass(frozen=True)
class SiteInfo:
    id: int
    code: str
    name: str
    country: str


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

    @property
    def deadline(self) -> date | None:
        """Ottawa Article 4: entry into force plus the deadline years; None when set per programme."""
        from ..domain.rules import add_years

        if self.deadline_years is None:
            return None
        return add_years(self.effective_on, self.deadline_years)


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
    notes: str | None = None

    @property
    def sd_label(self) -> str:
        if self.self_destruct_hours:
            return f"SD {self.self_destruct_hours} h"
        return self.sd_class.value

    @property
    def kept_for(self) -> str:
        """Why the mines are kept, in words: retained and surplus are told apart without colour."""
        if not self.on_hand:
            return "none held"
        if self.retention_category is None:  # nothing retained: the database keeps the two together
            return "surplus"
        label = RetentionCategory(self.retention_category).label
        return label if self.retained == self.on_hand else f"{label} + surplus"


@dataclass(frozen=True)
class Totals(StockFigures):
    lots: int = 0
    on_hand: int = 0
    retained: int = 0
    scheduled: int = 0
    destroyed: int = 0


@dataclass(frozen=True)
class LedgerEntry:
    id: int
    occurred_on: date
    kind: str
    quantity: int
    balance_after: int
    document_ref: str | None
    reason: str | None
    recorded_by: str
    recorded_at: datetime
    reverses_id: int | None
    reversed_by_id: int | None
    task_id: int | None
    event_id: int | None


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
class TaskLineInfo:
    """One lot of a task. `destroyed` counts every event line; `on_site` the part destroyed at the
    depot (it left the ledger as a destruction), the rest was destroyed after being shipped."""

    lot_id: int
    lot_number: str
    type_designation: str
    planned: int
    shipped: int
    on_site: int
    destroyed: int
    certified: int

    @property
    def at_destruction_site(self) -> int:
        return self.destroyed - self.on_site

    @property
    def awaiting_destruction(self) -> int:
        """Shipped and not yet reported destroyed by the destruction site."""
        return self.shipped - self.at_destruction_site

    @property
    def remaining(self) -> int:
        """What an event for this line would normally destroy next."""
        if self.awaiting_destruction > 0:
            return self.awaiting_destruction
        return max(self.planned - self.shipped - self.on_site, 0)

    @property
    def shipment_gap(self) -> int:
        """Shipped, the destruction site has reported, and not all of it came back destroyed."""
        return self.awaiting_destruction if self.at_destruction_site else 0


@dataclass(frozen=True)
class TaskInfo:
    id: int
    reference: str
    programme_id: int | None
    planned_on: date
    site_code: str
    method: str
    status: str
    lines: tuple[TaskLineInfo, ...]
    close_note: str | None = None

    @property
    def planned(self) -> int:
        return sum(line.planned for line in self.lines)

    @property
    def destroyed(self) -> int:
        return sum(line.destroyed for line in self.lines)

    def is_overdue(self, today: date) -> bool:
        return self.status == "open" and self.planned_on < today and self.destroyed < self.planned

    def state(self, today: date) -> str:
        """In words, for the plan: a discrepancy or lateness first."""
        gap = sum(line.shipment_gap for line in self.lines)
        if self.status != "open":
            return self.status
        late = "OVERDUE" if self.is_overdue(today) else ""
        if gap:  # an overdue task says so, whatever else it says
            return f"{late + '; ' if late else ''}DISCREPANCY: {gap:,} shipped, not destroyed"
        if late:
            return late
        if self.planned and self.destroyed >= self.planned:
            return "carried out - to close"
        if any(line.awaiting_destruction for line in self.lines):
            return "shipped, awaiting destruction"
        return "open"


@dataclass(frozen=True)
class EventLineInfo:
    lot_id: int
    lot_number: str
    type_designation: str
    quantity: int
    certified_quantity: int | None


@dataclass(frozen=True)
class EventInfo:
    id: int
    task_id: int | None
    occurred_on: date
    site_code: str
    method: str
    officer: str
    witness: str
    certificate_number: str
    notes: str | None
    recorded_by: str
    verified_by: str | None
    verified_on: date | None
    lines: tuple[EventLineInfo, ...]
    corrected_by: str | None = None

    @property
    def quantity(self) -> int:
        return sum(line.quantity for line in self.lines)


@dataclass(frozen=True)
class ProgrammeInfo:
    id: int
    name: str
    profile_code: str
    deadline: date
    site_codes: tuple[str, ...]
    methods: tuple[str, ...]
    safety_standards: str | None
    environmental_standards: str | None


@dataclass(frozen=True)
class ProgrammeProgress:
    programme_id: int
    planned: int
    destroyed: int
    open_tasks: int
    overdue_tasks: int


@dataclass(frozen=True)
class MonthProgress:
    month: date  # the first day of the month
    planned: int
    destroyed: int


@dataclass(frozen=True)
class ProgrammeForecast:
    """Destroyed per month against plan, and when the surplus will be gone at the recent rate."""

    programme: ProgrammeInfo
    months: tuple[MonthProgress, ...]
    surplus: int  # on hand and not retained, today
    awaiting: int  # shipped for destruction, not yet reported destroyed: off hand, still to destroy
    recent_rate: float  # mines a month over the last six full months
    forecast: date | None

    @property
    def remaining(self) -> int:
        """What must still be destroyed: the surplus held and the mines on their way."""
        return self.surplus + self.awaiting

    @property
    def destroyed(self) -> int:
        return sum(month.destroyed for month in self.months)

    @property
    def on_track(self) -> bool:
        return self.forecast is not None and self.forecast <= self.programme.deadline


@dataclass(frozen=True)
class CheckReport:
    """What `db check` found; empty problems means the record is sound."""

    lots: int
    movements: int
    audit_entries: int
    problems: tuple[str, ...] = field(default_factory=tuple)

    @property
    def ok(self) -> bool:
        return not self.problems
