"""What the dashboard, the compliance findings, `db check` and the archive of frozen reports say."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Protocol

from ...domain.enums import Rule
from ...domain.figures import StockFigures
from .destruction import LossScope, ProgrammeForecast, ProgrammeProgress
from .lots import ScopeTotals, Totals


@dataclass(frozen=True)
class TypeComposition(StockFigures):
    """One mine type's stock, in mines: of those the active profile governs, what is retained and
    what is surplus; and apart, those it does not govern (a Volcano canister's AV mines)."""

    designation: str
    on_hand: int
    retained: int
    scheduled: int
    suspended: int
    at_destruction: int
    not_covered: int  # held, on hand or at destruction sites

    @property
    def in_scope(self) -> bool:
        """The profile governs some of its mines: their surplus is to destroy."""
        return self.held > 0


@dataclass(frozen=True)
class ProgrammeStatus:
    progress: ProgrammeProgress
    forecast: ProgrammeForecast

    def days_left(self, today: date) -> int:
        return (self.forecast.programme.deadline - today).days


@dataclass(frozen=True)
class Dashboard:
    as_of: date
    totals: Totals
    scope: ScopeTotals  # the totals in and out of the active profile's scope
    lots_holding: int  # lots with mines held (the totals count emptied lots too)
    destroyed_this_year: int  # of the types the active profile governs, as Form G counts them
    destroyed_this_year_not_covered: int
    composition: tuple[TypeComposition, ...]  # largest stock first
    programme: ProgrammeStatus | None  # the chosen programme, else the one with the nearest deadline
    losses: LossScope  # unaccounted for, in and out of scope (rule 6)


@dataclass(frozen=True)
class Finding:
    severity: str
    rule: Rule  # its value in JSON, its label for a person
    message: str
    action: str
    lots: tuple[str, ...] = ()  # lot numbers, as people and the JSON name them
    tasks: tuple[str, ...] = ()  # task references
    certificates: tuple[str, ...] = ()
    quantity: int = 0
    lot_ids: tuple[int, ...] = ()  # the same lots, for the window to open them

    def as_dict(self) -> dict[str, Any]:
        return {
            "severity": self.severity,
            "rule": self.rule,
            "message": self.message,
            "action": self.action,
            "lots": list(self.lots),
            "tasks": list(self.tasks),
            "certificates": list(self.certificates),
            "quantity": self.quantity,
        }

    def named(self) -> list[str]:
        """What the finding names, tasks first, as a reader would say it."""
        return (
            [f"task {t}" for t in self.tasks]
            + [f"certificate {c}" for c in self.certificates]
            + [f"lot {n}" for n in self.lots]
        )


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


@dataclass(frozen=True)
class ChainReport:
    """The audit chain verified: how many entries, and every gap, edit or mismatch found."""

    entries: int
    problems: tuple[str, ...]

    @property
    def ok(self) -> bool:
        return not self.problems


@dataclass(frozen=True)
class FrozenReportInfo:
    kind: str
    period: str
    title: str
    footer: str
    html: str
    csv: str
    sha256: str
    frozen_by: str
    frozen_at: datetime
    organisation: str = ""  # the page bands, as they were printed
    marking: str = ""
    language: str = "en"  # of the whole report, its page bands' "page N of M" too


class PrintedReport(Protocol):
    """What a report is made of as printed (reports.document.Printable): services do not import
    the reports, so they name what they keep of one."""

    @property
    def title(self) -> str: ...
    @property
    def footer(self) -> str: ...
    @property
    def html(self) -> str: ...
    @property
    def csv(self) -> str: ...
    @property
    def organisation(self) -> str: ...
    @property
    def marking(self) -> str: ...
    @property
    def language(self) -> str: ...
