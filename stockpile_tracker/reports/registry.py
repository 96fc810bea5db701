"""Every report, declared once: its name, what it is built from, and how. The command line's
`report` subcommands and the window's Reports menu (with its dialogs) are both made from REPORTS,
so a new report is one entry here, its module, and its tests.

A report is built from values of two sorts: ones the window asks for in the report's dialog (a
date, a year: `Asked`), and ones it takes from what is selected on a page (a lot, a destruction
event, a programme: `Selected`). On the command line every value is an argument, checked the same
way."""

from __future__ import annotations

import argparse
from dataclasses import dataclass
from datetime import date
from functools import cached_property
from importlib import import_module
from typing import TYPE_CHECKING, Any

from ..domain import rules
from ..domain.errors import InvalidInput, StockpileError
from ..domain.rules import FIRST_YEAR, ascii_int
from ..i18n import ENGLISH, QT_TRANSLATE_NOOP, Translator, translate
from ..services.article7 import Submission, provisional, require_over
from ..services.progress import Progress, no_progress
from .document import Printable, Report, printable

if TYPE_CHECKING:
    from ..services import Stockpile
    from ..services.dto.reports import FrozenReportInfo


def _today(sp: Stockpile) -> date:
    return sp.today()


def iso_date(text: str) -> date:
    """An argument type: the command line takes dates as YYYY-MM-DD only."""
    try:
        return rules.iso_date(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (YYYY-MM-DD)") from None


class Parameter:
    """One value a report is built from."""

    name: str  # the build function's keyword
    help: str  # the command line's words

    def add_to(self, parser: argparse.ArgumentParser) -> None:
        raise NotImplementedError

    def from_command_line(self, sp: Stockpile, args: argparse.Namespace) -> Any:
        """The value given (or its default); a StockpileError in the option's words if it cannot be."""
        raise NotImplementedError


class Asked(Parameter):
    """A value the window asks for (a date or a year), between bounds that depend on today."""

    label: str  # the window's words
    option: str

    def default(self, sp: Stockpile) -> Any:
        raise NotImplementedError

    def bounds(self, sp: Stockpile) -> tuple[Any, Any]:
        """(lowest, highest), both allowed."""
        raise NotImplementedError

    def refusal(self, value: Any) -> str:
        raise NotImplementedError

    def check(self, sp: Stockpile, value: Any) -> None:
        lowest, highest = self.bounds(sp)
        if not lowest <= value <= highest:
            raise StockpileError(f"{self.option}: {self.refusal(value)}")

    def from_command_line(self, sp: Stockpile, args: argparse.Namespace) -> Any:
        value = getattr(args, self.name)
        return self.default(sp) if value is None else value  # checked by `prepare`


class AsOf(Asked):
    name, label, option = "as_of", QT_TRANSLATE_NOOP("ReportDialog", "As of"), "--as-of"
    help = "the end of which day (default today)"

    def add_to(self, parser: argparse.ArgumentParser) -> None:
        parser.add_argument(self.option, dest=self.name, type=iso_date, metavar="YYYY-MM-DD", help=self.help)

    def default(self, sp: Stockpile) -> date:
        return _today(sp)

    def bounds(self, sp: Stockpile) -> tuple[date, date]:
        return date(FIRST_YEAR, 1, 1), _today(sp)

    def refusal(self, value: date) -> str:
        if value.year < FIRST_YEAR:
            return f"{value.isoformat()} is before {FIRST_YEAR}, the year the Convention was signed"
        return f"{value.isoformat()} is in the future"


class Year(Asked):
    name, label, option = "year", QT_TRANSLATE_NOOP("ReportDialog", "Calendar year"), "--year"
    help = "the calendar year reported on"

    def add_to(self, parser: argparse.ArgumentParser) -> None:
        parser.add_argument(self.option, dest=self.name, type=ascii_int, required=True, help=self.help)

    def default(self, sp: Stockpile) -> int:
        return _today(sp).year - 1  # the year just over, the one a report is due for

    def bounds(self, sp: Stockpile) -> tuple[int, int]:
        return FIRST_YEAR, _today(sp).year

    def refusal(self, value: int) -> str:
        return f"{value} is not a year this record can report on"


class Selected(Parameter):
    """A value the window takes from the selection on a page: `selection` names which."""

    selection: str  # "lot", "event" or "programme"
    needed = True  # the window offers the report only while one is selected


class LotChosen(Selected):
    name, selection = "lot_id", "lot"
    help = "the lot number"

    def add_to(self, parser: argparse.ArgumentParser) -> None:
        parser.add_argument("lot_number", help=self.help)
        parser.add_argument("--type", help="the mine type, when two types share the lot number")

    def from_command_line(self, sp: Stockpile, args: argparse.Namespace) -> int:
        return sp.queries.find_lot(args.lot_number, args.type).id


class CertificateChosen(Selected):
    name, selection = "certificate_number", "event"
    help = "the certificate number of a destruction event"

    def add_to(self, parser: argparse.ArgumentParser) -> None:
        parser.add_argument("certificate", help=self.help)

    def from_command_line(self, sp: Stockpile, args: argparse.Namespace) -> str:
        return str(args.certificate)


class ProgrammeChosen(Selected):
    name, selection = "programme_id", "programme"
    help = "programme id (default: the only one)"
    needed = False  # the programme selected in the plan, else the first

    def add_to(self, parser: argparse.ArgumentParser) -> None:
        parser.add_argument("--programme", type=ascii_int, metavar="ID", help=self.help)

    def from_command_line(self, sp: Stockpile, args: argparse.Namespace) -> int:
        programmes = {p.id: p for p in sp.destruction.programmes()}
        if args.programme is None and len(programmes) != 1:
            listed = ", ".join(f"{p.id} ({p.name})" for p in programmes.values()) or "none"
            raise StockpileError(f"--programme: say which programme: {listed}")
        programme_id = args.programme if args.programme is not None else next(iter(programmes))
        if programme_id not in programmes:
            raise StockpileError(f"--programme: no programme {programme_id}")
        return programme_id


@dataclass(frozen=True)
class ReportKind:
    name: str  # the command: stockpile-tracker report NAME
    title: str  # the Reports menu's words, & before its access key (translated where the menu shows it)
    help: str  # the command line's words
    parameters: tuple[Parameter, ...]
    module: str  # where it is built: module.function(sp, **values), one value per parameter name
    function: str
    shortcut: str = ""  # the window's key for it
    frozen_by_year: bool = False  # once submitted, kept as it was printed, per year (terminal-state)

    @property
    def words(self) -> str:
        """The title as a sentence names it, in the language in use (the window's; the command
        line's is English unless --language): no access key, no dots."""
        return translate("MainWindow", self.title).replace("&", "").rstrip(".")

    def build(self, sp: Stockpile, **values: Any) -> Report:
        """Its module is imported when first asked for, so that --help and the window start without it."""
        report: Report = getattr(import_module(f"{__package__}.{self.module}"), self.function)(sp, **values)
        return report


REPORTS = (
    ReportKind(
        "status",
        QT_TRANSLATE_NOOP("MainWindow", "Stockpile &status..."),
        "stockpile status, as of a date (default today)",
        (AsOf(),),
        "status",
        "status_report",
        shortcut="Ctrl+P",
    ),
    ReportKind(
        "progress",
        QT_TRANSLATE_NOOP("MainWindow", "Destruction &progress"),
        "destruction progress of a programme, with the forecast",
        (ProgrammeChosen(),),
        "progress",
        "progress_report",
    ),
    ReportKind(
        "article7",
        QT_TRANSLATE_NOOP("MainWindow", "&Article 7 forms..."),
        "the Article 7 report for a calendar year: its cover and Forms A to J",
        (Year(),),
        "article7",
        "article7_report",
        frozen_by_year=True,
    ),
    ReportKind(
        "lot",
        QT_TRANSLATE_NOOP("MainWindow", "&Lot history"),
        "one lot's ledger with balances",
        (LotChosen(),),
        "records",
        "lot_history_report",
    ),
    ReportKind(
        "certificate",
        QT_TRANSLATE_NOOP("MainWindow", "Destruction &certificate"),
        "a destruction certificate with signature lines",
        (CertificateChosen(),),
        "records",
        "certificate_report",
    ),
)
REPORTS_BY_NAME = {kind.name: kind for kind in REPORTS}


@dataclass(frozen=True)
class Prepared:
    """A report ready to print: the copy kept as submitted when there is one, else built now."""

    kind: ReportKind
    values: dict[str, Any]
    report: Report | FrozenReportInfo
    frozen: FrozenReportInfo | None
    not_yet: str | None = None  # why it cannot be frozen yet (a year not over), or None
    record_as_of: int | None = None  # a report kept by year: the record it was built from (freeze checks it)

    @cached_property
    def printable(self) -> Printable | FrozenReportInfo:
        """As it prints, made once: what is written out is what is frozen."""
        return printable(self.report) if isinstance(self.report, Report) else self.report

    @property
    def can_freeze(self) -> bool:
        return self.kind.frozen_by_year and self.frozen is None

    @property
    def as_submitted(self) -> str:
        """What to tell the user about a frozen report, which prints as it was submitted."""
        assert self.frozen is not None
        return (
            f"{self.frozen.title}: frozen on {self.frozen.frozen_at:%Y-%m-%d} by {self.frozen.frozen_by}; "
            "it prints as submitted"
        )

    @property
    def already_frozen(self) -> str:
        assert self.frozen is not None
        return f"{self.frozen.title} was already frozen on {self.frozen.frozen_at:%Y-%m-%d}"


def prepare(
    sp: Stockpile,
    kind: ReportKind,
    values: dict[str, Any],
    progress: Progress = no_progress,
    language: str = ENGLISH,
) -> Prepared:
    """`values`: one per parameter. Asked ones are checked here, so the window and the command line
    refuse the same; a selected lot or certificate that does not exist is refused as it is read.
    `progress` is told as the record is read and the report laid out; it may cancel (raise) between.
    `language`: the report's, kept in `values` so that the copy frozen as submitted is built in it
    too. A report already frozen is in its own."""
    for parameter in kind.parameters:
        if isinstance(parameter, Asked):
            parameter.check(sp, values[parameter.name])
    values = values | {"language": Translator(language).language}
    progress(0, 2, translate("ReportDialog", "{report}: reading the record").format(report=kind.words))
    if not kind.frozen_by_year:
        prepared = Prepared(kind, values, kind.build(sp, **values), None)
    elif (frozen := sp.archive.frozen(kind.name, str(values["year"]))) is not None:
        sp.archive.require_intact(frozen)
        prepared = Prepared(kind, values, frozen, frozen)
    else:
        as_of = sp.archive.record_as_of()  # before the build: a change it might miss is later
        built = kind.build(sp, **values)
        prepared = Prepared(kind, values, built, None, provisional(values["year"], sp.today()), as_of)
    progress(1, 2, translate("ReportDialog", "{report}: laying it out").format(report=kind.words))
    _ = prepared.printable  # made once, here, where it may be cancelled
    progress(2, 2, translate("ReportDialog", "done"))
    return prepared


def submitted(sp: Stockpile, prepared: Prepared, submission: Submission) -> Prepared:
    """The report as it is frozen: its cover says when, under which reference and by whom it was
    submitted. Written out (the command line's files) before it is frozen, it is what is kept; a
    change to the record after `prepared` was built (and shown) makes the freeze refused
    (ArchiveService.freeze): the officer freezes what was seen."""
    year = prepared.values["year"]
    require_over(year, sp.today())
    values = prepared.values | {"submission": submission.checked(year, sp.today())}
    report = prepared.kind.build(sp, **values)
    return Prepared(prepared.kind, values, report, prepared.frozen, None, prepared.record_as_of)


def freeze(sp: Stockpile, prepared: Prepared, submission: Submission | None = None) -> FrozenReportInfo:
    """Keep the report as submitted, on the day `submission` says (or the one it was made
    `submitted` with): from now on it prints exactly as it does now."""
    if prepared.frozen is not None:
        raise StockpileError(prepared.already_frozen)
    if not prepared.kind.frozen_by_year:
        raise StockpileError(f"the {prepared.kind.words} report is not kept as submitted")
    if "submission" not in prepared.values:
        if submission is None:
            raise InvalidInput("date of submission", "say when the report was submitted")
        prepared = submitted(sp, prepared, submission)
    return sp.archive.freeze(
        kind=prepared.kind.name,
        period=str(prepared.values["year"]),
        report=prepared.printable,
        submission=prepared.values["submission"],
        record_as_of=prepared.record_as_of,
    )
