"""Destruction tasks, events and programmes, and the progress against a programme's deadline."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date

from ...domain.enums import Resolution, TaskStatus
from ...i18n import figure_in, language_in_use, translate
from .catalogue import PolicyProfileInfo


@dataclass(frozen=True)
class TaskLineInfo:
    """One lot of a task. `reported` is what its events reported destroyed; `on_site` the part
    destroyed at the lot's own site (from on hand), the rest was destroyed after being shipped (from
    the lot's holding for destruction). `destroyed` is what counts destroyed: the reported figure,
    until the task is closed and what its verified certificates certify fewer (`uncertified`) is an
    unaccounted loss (rule 6, `balance.destroyed_items`)."""

    lot_id: int
    lot_number: str
    type_designation: str
    category: str
    activation: str
    planned: int
    shipped: int
    on_site: int
    reported: int
    destroyed: int
    certified: int
    uncertified: int
    ap_per_item: int
    av_per_item: int

    @property
    def mines_per_item(self) -> int:
        return self.ap_per_item + self.av_per_item

    def covered_per_item(self, policy: PolicyProfileInfo) -> int:
        """The mines of one item the profile governs (rules.covered_contents)."""
        return policy.covered_per_item(self.ap_per_item, self.av_per_item, self.activation)

    @property
    def at_destruction_site(self) -> int:
        return self.reported - self.on_site

    @property
    def loss_on_closing(self) -> int:
        """What closing the open task with an explanation makes an unaccounted loss (rule 6): shipped
        and not reported destroyed, and reported destroyed and not certified."""
        return self.awaiting_destruction + self.uncertified

    @property
    def not_destroyed(self) -> int:
        """Mines that left the lot for the task, shipped or destroyed at the depot, and that count
        as destroyed nowhere: awaiting destruction while the task is open; once it is closed with an
        explanation, its unaccounted loss (rule 6) less the mines of it destroyed since."""
        return self.shipped + self.on_site - self.destroyed

    @property
    def awaiting_destruction(self) -> int:
        """Shipped and not yet reported destroyed by the destruction site."""
        return self.shipped - self.at_destruction_site

    @property
    def scheduled_on_hand(self) -> int:
        """Planned and still at the depot: neither shipped nor destroyed there."""
        return max(self.planned - self.shipped - self.on_site, 0)

    @property
    def remaining(self) -> int:
        """What an event for this line would normally destroy next."""
        if self.awaiting_destruction > 0:
            return self.awaiting_destruction
        return self.scheduled_on_hand

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

    def planned_covered(self, policy: PolicyProfileInfo) -> int:
        """Planned, in the mines the profile governs: the unit of the programme's figures, the status
        report and the findings (the items above are the ledger's)."""
        return sum(line.planned * line.covered_per_item(policy) for line in self.lines)

    def shipped_covered(self, policy: PolicyProfileInfo) -> int:
        return sum(line.shipped * line.covered_per_item(policy) for line in self.lines)

    def destroyed_covered(self, policy: PolicyProfileInfo) -> int:
        return sum(line.destroyed * line.covered_per_item(policy) for line in self.lines)

    def is_overdue(self, today: date) -> bool:
        return self.status == "open" and self.planned_on < today and self.destroyed < self.planned

    def state(self, today: date) -> str:
        """In words, for the plan, in the window's language: a discrepancy or lateness first."""
        gap = sum(line.shipment_gap for line in self.lines)
        if self.status != TaskStatus.OPEN.value:
            return translate("Vocabulary", TaskStatus(self.status).label)
        late = self.is_overdue(today)
        if gap:  # an overdue task says so, whatever else it says
            discrepancy = (
                translate("Tasks", "OVERDUE; DISCREPANCY: {gap} shipped, not destroyed")
                if late
                else translate("Tasks", "DISCREPANCY: {gap} shipped, not destroyed")
            )
            return discrepancy.format(gap=figure_in(gap, language_in_use()))
        if late:
            return translate("Tasks", "OVERDUE")
        if self.planned and self.destroyed >= self.planned:
            return translate("Tasks", "carried out - to close")
        if any(line.awaiting_destruction for line in self.lines):
            return translate("Tasks", "shipped, awaiting destruction")
        return translate("Vocabulary", TaskStatus.OPEN.label)


@dataclass(frozen=True)
class EventLineInfo:
    lot_id: int
    lot_number: str
    type_designation: str
    quantity: int  # items, as the ledger counts them
    certified_quantity: int | None
    mines_per_item: int
    ap_per_item: int = 0
    av_per_item: int = 0
    activation: str = ""
    destroyed: int | None = None  # items counted destroyed (balance.destroyed_items); None: `quantity`

    @property
    def mines(self) -> int:
        return self.quantity * self.mines_per_item

    @property
    def counted(self) -> int:
        """Items counted destroyed: what the event reported, or the certified figure once its task
        closed short (rule 6, `reconciliation`), as every "destroyed" figure counts it."""
        return self.quantity if self.destroyed is None else self.destroyed

    def covered(self, policy: PolicyProfileInfo) -> int:
        """Mines counted destroyed that the profile governs."""
        return self.counted * policy.covered_per_item(self.ap_per_item, self.av_per_item, self.activation)

    def not_covered(self, policy: PolicyProfileInfo) -> int:
        return self.counted * self.mines_per_item - self.covered(policy)


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
        """Items destroyed, as the ledger counts them."""
        return sum(line.quantity for line in self.lines)

    @property
    def mines(self) -> int:
        return sum(line.mines for line in self.lines)

    def covered(self, policy: PolicyProfileInfo) -> int:
        return sum(line.covered(policy) for line in self.lines)

    def not_covered(self, policy: PolicyProfileInfo) -> int:
        return sum(line.not_covered(policy) for line in self.lines)


@dataclass(frozen=True)
class ProgrammeInfo:
    id: int
    name: str
    profile_code: str
    profile_name: str  # what the window and the reports show: words, never codes (DOMAIN.md section 5)
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
    surplus: int  # on hand and not retained, today (Korea reserve beyond the requirement is not retained)
    beyond_requirement: int  # of the surplus, reserved for Korea beyond the requirement (korea-reserve)
    awaiting: int  # shipped for destruction, not yet reported destroyed: off hand, still to destroy
    unaccounted: int  # shipped by its closed tasks, not destroyed, not yet resolved (rule 6)
    recent_rate: float  # mines a month over the last six full months
    forecast: date | None
    began_on: date | None  # the day of its first destruction (Form F: when the programme started)
    last_destroyed_on: date | None  # the day of its latest destruction: its completion, once nothing remains

    @property
    def remaining(self) -> int:
        """What must still be destroyed: the surplus held, the mines on their way and those
        unaccounted for (the programme is not complete while any are)."""
        return self.surplus + self.awaiting + self.unaccounted

    @property
    def planned(self) -> int:
        return sum(month.planned for month in self.months)

    @property
    def destroyed(self) -> int:
        return sum(month.destroyed for month in self.months)

    @property
    def on_track(self) -> bool:
        return self.forecast is not None and self.forecast <= self.programme.deadline


@dataclass(frozen=True)
class ResolutionInfo:
    kind: str  # a Resolution value
    quantity: int
    reference: str  # the certificate number, the return document or the authority's reference
    resolved_on: date
    reason: str
    recorded_by: str


@dataclass(frozen=True)
class LossInfo:
    """Mines a task shipped and did not destroy, closed with an explanation (DOMAIN.md rule 6):
    unaccounted until resolutions account for them."""

    id: int
    task_id: int
    task_reference: str
    programme_id: int | None
    lot_id: int
    lot_number: str
    type_designation: str
    category: str
    activation: str
    ap_per_item: int
    av_per_item: int
    quantity: int  # in items, as the ledger counts, unless `in_mines` made it mines
    explanation: str
    occurred_on: date  # the day the task was closed short
    recorded_by: str
    resolutions: tuple[ResolutionInfo, ...]
    shipped: tuple[date, ...] = ()  # the first and last day the task shipped these mines, from the ledger

    @property
    def mines_per_item(self) -> int:
        return self.ap_per_item + self.av_per_item

    @property
    def shipped_days(self) -> str:
        """ "2026-05-02", or "2026-05-02 to 2026-05-09" for a task that shipped them over days."""
        return " to ".join(sorted({day.isoformat() for day in self.shipped}))

    @property
    def when(self) -> str:
        """When the mines left and when the task was closed short: a loss is as old as its shipment."""
        shipped = f"shipped {self.shipped_days}, " if self.shipped else ""
        return f"{shipped}task closed short {self.occurred_on.isoformat()}"

    def in_mines(self, per_item: int) -> LossInfo:
        """The loss and its resolutions counted in mines, `per_item` to an item: the mines of it a
        profile governs, or the rest of them."""
        return replace(
            self,
            quantity=self.quantity * per_item,
            resolutions=tuple(replace(r, quantity=r.quantity * per_item) for r in self.resolutions),
        )

    def resolved(self, kind: str) -> int:
        return sum(r.quantity for r in self.resolutions if r.kind == kind)

    @property
    def unaccounted(self) -> int:
        """Still unaccounted for: the loss less every resolution so far."""
        return self.quantity - sum(r.quantity for r in self.resolutions)


@dataclass(frozen=True)
class LossTotals:
    """Losses summed: what is still unaccounted for and how the rest was resolved."""

    losses: int  # with mines still unaccounted for
    unaccounted: int
    returned: int
    destroyed: int
    written_off: int

    @classmethod
    def of(cls, losses: Iterable[LossInfo]) -> LossTotals:
        losses = list(losses)
        return cls(
            losses=sum(1 for loss in losses if loss.unaccounted),
            unaccounted=sum(loss.unaccounted for loss in losses),
            returned=sum(loss.resolved(Resolution.FOUND_RETURNED) for loss in losses),
            destroyed=sum(loss.resolved(Resolution.DESTROYED) for loss in losses),
            written_off=sum(loss.resolved(Resolution.WRITTEN_OFF) for loss in losses),
        )


@dataclass(frozen=True)
class LossScope:
    """The losses in the mines the active profile governs, and the other mines apart (scope), each
    oldest first: a loss of a mixed item (a Volcano canister) is on both sides."""

    covered_losses: tuple[LossInfo, ...]
    not_covered_losses: tuple[LossInfo, ...]

    @property
    def covered(self) -> LossTotals:
        return LossTotals.of(self.covered_losses)

    @property
    def not_covered(self) -> LossTotals:
        return LossTotals.of(self.not_covered_losses)
