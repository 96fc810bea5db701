"""The command line: the same services as the window, for scripts and scheduled jobs.

Every error a user can cause ends in one line on stderr and a non-zero exit status."""

from __future__ import annotations

import argparse
import errno
import getpass
import json
import os
import signal
import sys
import tempfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

from . import __version__
from .cli_article7 import add_article7_parser, cmd_article7
from .cli_profile import add_profile_parser, cmd_profile
from .domain.enums import LotStatus, MovementKind, RetentionFilter, SdClass
from .domain.errors import StockpileError
from .domain.rules import ascii_int
from .domain.words import count
from .i18n import LANGUAGES, chosen_language, system_locale
from .logs import start_logging
from .paths import DATABASE_ENV, USER_ENV, default_database_url, demo_database
from .reports.registry import REPORTS, REPORTS_BY_NAME, AsOf, freeze, iso_date, prepare, submitted
from .services import DEFAULT_PREFIX, LotFilter, Stockpile, database_roles, upgrade_database
from .services.article7 import Submission, require_over
from .services.audit import read_seal
from .services.backups import back_up_database, require_kept, restore_database
from .services.dto.imports import ImportPlan
from .services.dto.lots import LotRow, Totals
from .services.dto.reports import FrozenReportInfo
from .services.progress import Progress, no_progress
from .services.queries import SORT_KEYS

if TYPE_CHECKING:
    from .reports.document import Printable  # imported when a report is made: its modules are heavy

EXIT_PROBLEMS = 1
EXIT_ERROR = 2
EXIT_INTERRUPTED = 130  # as a shell reports a command that SIGINT ended
CLEAR_LINE = "\033[K"  # the terminal's erase to the end of the line
OUTPUT_ERRORS = {errno.EPIPE, errno.ENOSPC, errno.EFBIG, errno.EDQUOT, errno.EIO}
MAX_ROWS = 2**63 - 1  # the largest count SQLite and PostgreSQL take in LIMIT


class Parser(argparse.ArgumentParser):
    """A mistake in the arguments is one line, as every other error is (--help shows the usage)."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_ERROR, f"{self.prog}: error: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(
        prog="stockpile-tracker",
        description="Keeps a landmine stockpile honest. With no command, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--database",
        metavar="URL",
        help="SQLite file or database URL (default: $STOCKPILE_DATABASE_URL, "
        "else stockpile.db in the user's data folder)",
    )
    parser.add_argument("--user", metavar="NAME", help=f"who is recording (default: ${USER_ENV}, else the login name)")
    parser.add_argument(
        "--language",
        choices=LANGUAGES,
        help="the window's language this time (default: the one chosen in its settings, else the system's); "
        "with report, the report's",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    db = commands.add_parser("db", help="upgrade, check, back up or restore the database")
    db_commands = db.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    db_commands.add_parser("upgrade", help="create the database or bring it to this program's schema")
    check_db = db_commands.add_parser(
        "check",
        help="integrity, ledger against balances, rules at every date, refused rows, triggers, every row against "
        "the audit log, audit chain",
    )
    check_db.add_argument(
        "--seal", metavar="SEAL", help="a seal printed on a report: the audit log must still reach it unchanged"
    )
    db_commands.add_parser("seal", help="print the record's seal: its audit entry count and newest hash")
    backup = db_commands.add_parser(
        "backup", help="a consistent copy of the SQLite file, taken while others work (PostgreSQL: pg_dump)"
    )
    backup.add_argument(
        "file", nargs="?", help="where to write it (default: beside the database, as <database>.backup-<time>)"
    )
    restore = db_commands.add_parser(
        "restore",
        help="put a backup copy in place of the SQLite file, once it is checked; the record it replaces is "
        "kept as <database>.before-restore-<time> (PostgreSQL: pg_restore)",
    )
    restore.add_argument("file", help="the backup copy")
    roles = db_commands.add_parser(
        "roles",
        help="PostgreSQL: create the roles viewer, recorder, verifier and administrator and grant each its part "
        "(run as the database's owner)",
    )
    roles.add_argument(
        "--grant",
        nargs=2,
        action="append",
        default=[],
        metavar=("ROLE", "LOGIN"),
        help="also make the login a member of the role, e.g. --grant recorder alice (repeatable)",
    )
    roles.add_argument(
        "--prefix",
        default=DEFAULT_PREFIX,
        help=f"the roles' names begin with it (default {DEFAULT_PREFIX}: {DEFAULT_PREFIX}_recorder...)",
    )

    demo = commands.add_parser(
        "demo",
        help="fill an empty database with a realistic demo stockpile: the window's demo file "
        "(demo.sqlite in the user's data folder) unless --database is given",
    )
    demo.add_argument("--lots", type=ascii_int, default=300, help="how many lots (default 300)")
    demo.add_argument(
        "--seed", type=ascii_int, default=2022, help="the same seed makes the same stockpile (default 2022)"
    )

    report = commands.add_parser(
        "report", help="print a report to PDF, CSV, HTML, DOCX or an Excel workbook (no window needed)"
    )
    kinds = report.add_subparsers(dest="report", metavar="REPORT", required=True)
    for kind in REPORTS:
        sub = kinds.add_parser(kind.name, help=kind.help)
        for parameter in kind.parameters:
            parameter.add_to(sub)
        sub.set_defaults(freeze=False, submitted_on=None, reference="")
        if kind.frozen_by_year:
            sub.add_argument(
                "--freeze", action="store_true", help="keep this report as submitted: from now on it prints the same"
            )
            sub.add_argument(
                "--submitted-on",
                type=iso_date,
                metavar="YYYY-MM-DD",
                help="with --freeze (required): the day it was submitted, printed on its cover",
            )
            sub.add_argument("--reference", metavar="TEXT", help="with --freeze: the submission's reference")
        sub.add_argument(
            "--language",
            dest="report_language",
            choices=LANGUAGES,
            help="the report's language (default: the system's, else English)",
        )
        sub.add_argument("--pdf", metavar="FILE", help="the report on A4 pages, as it prints")
        sub.add_argument("--csv", metavar="FILE", help="the report's tables, totals included, plain numbers")
        sub.add_argument("--html", metavar="FILE", help="the report as one HTML page")
        sub.add_argument("--docx", metavar="FILE", help="the report as a Word document, to edit in a word processor")
        sub.add_argument(
            "--xlsx", metavar="FILE", help="the report as an Excel workbook: real numbers and dates, the totals"
        )

    settings = commands.add_parser("settings", help="the organisation and protective marking on every printed page")
    settings.add_argument("--organisation", metavar="TEXT", help="the organisation's name")
    settings.add_argument(
        "--marking", metavar="TEXT", help='protective marking, e.g. OFFICIAL or UNCLASSIFIED ("" for none)'
    )
    settings.add_argument(
        "--keep-upgrade-backups",
        type=ascii_int,
        metavar="N",
        help="how many of the copies taken before upgrades to keep beside a SQLite file (1 to 100, default 3)",
    )

    check = commands.add_parser("check", help="compliance findings under a policy profile (exit 1 on an error)")
    check.add_argument("--profile", help="policy profile code (default: the active one)")
    check.add_argument("--json", action="store_true", help="an object with a findings list, for a nightly job")
    AsOf().add_to(check)  # the findings as they stood at the end of that day

    add_profile_parser(commands)
    add_article7_parser(commands)

    importing = commands.add_parser(
        "import",
        help="import lots, destruction history, movements, mine types or sites from a CSV file or an Excel workbook",
    )
    importing.add_argument(
        "kind",
        choices=["lots", "destructions", "movements", "types", "sites"],
        help="what the file holds: lots, destruction history, movements, mine types or sites",
    )
    importing.add_argument("file", help="the CSV file or Excel workbook (.xlsx), with a header row")
    importing.add_argument(
        "--sheet",
        help="the workbook's sheet to read, its name as written (case aside); default: its first, unless the "
        "workbook opens on another, which must then be named",
    )
    importing.add_argument("--dry-run", action="store_true", help="check the whole file, write nothing")
    importing.add_argument("--add-types", action="store_true", help="add unknown mine types (needs category)")
    importing.add_argument("--add-sites", action="store_true", help="add unknown sites (code = name)")
    importing.add_argument(
        "--as-of",
        type=iso_date,
        metavar="YYYY-MM-DD",
        help="lots: rows without received_on are opening balances as of this day (default today)",
    )

    lots = commands.add_parser("lots", help="list lots with on hand, retained, surplus, totals")
    kept = lots.add_mutually_exclusive_group()
    kept.add_argument("--retained", action="store_true", help="only lots with retained mines")
    kept.add_argument("--surplus", action="store_true", help="only lots with surplus mines")
    lots.add_argument("--type", help="mine type designation, e.g. M67")
    lots.add_argument("--category", choices=["AP", "AV"], help="AP (anti-personnel) or AV (anti-vehicle)")
    lots.add_argument("--sd", choices=[c.value for c in SdClass], help="SD, SDA or persistent")
    lots.add_argument("--site", help="the code of the lots' home site (where each lot holds its mines: see its row)")
    lots.add_argument("--status", choices=[s.value for s in LotStatus], help="where the lot is in its destruction")
    lots.add_argument("--text", help="part of a lot number or note")
    lots.add_argument(
        "--sort", choices=sorted(SORT_KEYS), default="lot_number", help="the column to sort by (default lot_number)"
    )
    lots.add_argument("--desc", action="store_true", help="sort descending")
    lots.add_argument("--limit", type=ascii_int, default=None, help="at most this many rows (totals cover all)")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """The command named by `argv` (the program's arguments when None), its exit status returned.
    Run as the program (argv None), Ctrl+C is ignored once the command has ended: Python's own
    handler would raise KeyboardInterrupt where nothing catches it (as main returns) and, past it,
    Python restores the default handler while it shuts down, so a Ctrl+C pressed just as the
    command finished killed the process by signal after its work was done and said. Pressed then,
    the status stands (or is 130 when it reached the command's own handling)."""
    if argv is not None:  # called from a script or a test: its Ctrl+C left to it
        return _command(argv)
    try:
        try:
            status = _command(None)
        except KeyboardInterrupt:  # pressed as the command ended, past its own handling
            status = EXIT_INTERRUPTED
        signal.signal(signal.SIGINT, signal.SIG_IGN)
    except KeyboardInterrupt:  # pressed in the instant between
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        status = EXIT_INTERRUPTED
    return status


def _command(argv: Sequence[str] | None) -> int:
    args = build_parser().parse_args(argv)
    start_logging()  # who opened, upgraded or changed the record, as the window logs it
    try:
        if args.command is None:
            from .qt.app import run

            return run(
                args.database or os.environ.get(DATABASE_ENV), args.user or os.environ.get(USER_ENV), args.language
            )
        url = args.database or (str(demo_database()) if args.command == "demo" else default_database_url())
        if args.command == "db" and args.db_command == "upgrade":
            found, head = upgrade_database(url)
            print(f"database {_where(url)}: {_upgraded(found, head)}")
            sys.stdout.flush()
            return 0
        if args.command == "db" and args.db_command in ("backup", "restore"):  # the record may not open
            status = cmd_backup(url, args) if args.db_command == "backup" else cmd_restore(url, args)
            sys.stdout.flush()
            return status
        if args.command == "db" and args.db_command == "roles":
            return _roles(url, args)
        return _on_record(url, args)
    except StockpileError as exc:
        print(f"stockpile-tracker: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        return _interrupted()
    except OSError as exc:  # every file a command names is checked there: this is its output
        if exc.errno not in OUTPUT_ERRORS:
            raise
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # Python flushes again at exit
        if exc.errno != errno.EPIPE:  # a reader that stopped reading (| head) needs no message
            print(f"stockpile-tracker: cannot write the output: {exc.strerror}", file=sys.stderr)
        return EXIT_ERROR


def _on_record(url: str, args: argparse.Namespace) -> int:
    """A command on the record: Ctrl+C after it committed its change says the change is kept."""
    checking = args.command == "db" and args.db_command in ("check", "seal")  # a record that exists
    sp = Stockpile.open(url, _user(args), create=not checking)
    try:
        status = COMMANDS[args.command](sp, args)
        sys.stdout.flush()  # a full disk or a closed pipe shows here, not in a traceback at exit
        return status
    except KeyboardInterrupt:
        return _interrupted(recorded=sp.context.recorded())
    finally:
        sp.close()


def _interrupted(recorded: bool | None = False) -> int:
    """Ctrl+C: each long command (db check, db backup, db restore, report) leaves no file half written
    and the record as it was. `recorded`: pressed after the command's change was committed (an
    import saved, a report frozen), or as it was (the COMMIT of a large import takes a while), and
    found kept: said so, lest the user record it again; None when the record could not be read to say."""
    if sys.stderr.isatty():
        print(file=sys.stderr)  # under the progress line, which stays to say how far it went
    if recorded is None:
        print(
            "stockpile-tracker: Ctrl+C pressed as the change was being recorded, and the record could not be "
            "read to say whether it was kept: look at it (the audit log, the lots) before doing it again",
            file=sys.stderr,
        )
    elif recorded:
        print(
            "stockpile-tracker: Ctrl+C pressed after the change was recorded: it is kept (see the log); "
            "files the command had still to write were not written",
            file=sys.stderr,
        )
    else:
        print("stockpile-tracker: cancelled (Ctrl+C): nothing half done was kept", file=sys.stderr)
    return EXIT_INTERRUPTED


def terminal_progress() -> Progress:
    """How far a long command is, on one line of stderr rewritten as it goes, and cleared at the
    end; only on a terminal: a log or a pipe gets no such lines."""
    if not sys.stderr.isatty():
        return no_progress

    def told(done: int, total: int, what: str) -> None:
        line = "" if done >= total else f"{what} ({done * 100 // max(total, 1)}%)"
        print(f"\r{CLEAR_LINE}{line}", end="", file=sys.stderr, flush=True)

    return told


def _user(args: argparse.Namespace) -> str:
    return args.user or os.environ.get(USER_ENV) or getpass.getuser()


def _where(url: str) -> str:
    return url.split("://", 1)[-1] if url.startswith("sqlite") else url.split("@")[-1]


def _upgraded(found: str | None, head: str) -> str:
    """What `db upgrade` did, from the schema revision it found."""
    if found is None:
        return f"created the schema at revision {head}"
    if found == head:
        return f"already at schema revision {head}, nothing to do"
    return f"upgraded from schema revision {found} to {head}"


def cmd_backup(url: str, args: argparse.Namespace) -> int:
    written = back_up_database(url, Path(args.file) if args.file else None, progress=terminal_progress())
    print(f"backed up {_where(url)} to {written}")
    return 0


def cmd_restore(url: str, args: argparse.Namespace) -> int:
    restored = restore_database(url, Path(args.file), _user(args), terminal_progress())
    print(f"restored {restored.database} from {restored.source} (schema {restored.revision})")
    if restored.kept_aside is not None:
        print(f"the record it replaced is kept as {restored.kept_aside}")
    check = restored.check
    print(
        f"db check: ok: {check.lots:,} lots, {check.movements:,} ledger entries, {check.audit_entries:,} audit entries"
    )
    print(restored.going_back)
    return 0


def _roles(url: str, args: argparse.Namespace) -> int:
    """What `db roles` granted, role by role: on what, which privileges."""
    grants = database_roles(url, args.prefix, [(part, login) for part, login in args.grant])
    width = max(len(grant.on) for grant in grants)
    role = None
    for grant in grants:
        if grant.role != role:
            role = grant.role
            print(f"{role}:")
        print(f"  {grant.on:<{width}}  {grant.privileges}")
    print(f"database {_where(url)}: roles granted; no role may delete, truncate or own anything")
    sys.stdout.flush()
    return 0


def cmd_db(sp: Stockpile, args: argparse.Namespace) -> int:
    if args.db_command == "seal":
        seal = sp.archive.seal()
        print(f"seal {seal} (the audit log's {int(seal.split('-')[0]):,} entries; db check --seal {seal} proves it)")
        return 0
    report = sp.check(args.seal, terminal_progress())
    print(f"{report.lots:,} lots, {report.movements:,} ledger entries, {report.audit_entries:,} audit entries checked")
    if report.ok:
        print("ok: integrity, balances = ledger, every row as its audit entry recorded it, audit chain intact")
        if args.seal:
            count, start = read_seal(args.seal)
            print(
                f"the record still reaches seal {count}-{start}: its history up to audit entry {count:,} was not "
                f"rewritten; {report.audit_entries - count:,} entries were written after it, which it does not prove"
            )
        return 0
    for problem in report.problems:
        print(f"PROBLEM: {problem}")
    return EXIT_PROBLEMS


def cmd_demo(sp: Stockpile, args: argparse.Namespace) -> int:
    """Without --database, into the window's demo file, never the user's own record (append-only:
    a demo there would stay forever); it says where it wrote."""
    from .demo import build_demo

    where = str(sp.database_file or sp.database_label)
    try:
        summary = build_demo(sp, lots=args.lots, seed=args.seed)
    except StockpileError as exc:
        raise StockpileError(f"{exc} ({where})") from exc
    scope = sp.queries.scope_totals()
    print(
        f"demo stockpile created in {where}: {summary.lots:,} lots, {summary.tasks} tasks, "
        f"{summary.events} destruction events; on hand {scope.whole.on_hand:,} mines in {scope.items.on_hand:,} "
        f"items; {scope.covered_label}: retained {scope.covered.retained:,}, surplus {scope.covered.surplus:,}"
    )
    return 0


LOT_COLUMNS = [
    ("Lot no.", "lot_number", "<"),
    ("Type", "type_designation", "<"),
    ("Cat", "category", "<"),
    ("SD/SDA", "sd_label", "<"),
    ("Site", "site_code", "<"),
    ("Kept for", "kept_for", "<"),
    ("On hand", "on_hand", ">"),
    ("Mines", "mines_on_hand", ">"),
    ("Retained", "retained", ">"),
    ("Surplus", "surplus", ">"),
    ("Scheduled", "scheduled", ">"),
    ("Suspended", "suspended", ">"),
    ("At destruction sites", "at_destruction", ">"),
    ("Destroyed", "destroyed", ">"),
    ("Cond", "condition_code", "<"),
]


def cmd_lots(sp: Stockpile, args: argparse.Namespace) -> int:
    lot_filter = LotFilter(
        retention=RetentionFilter.RETAINED
        if args.retained
        else RetentionFilter.SURPLUS
        if args.surplus
        else RetentionFilter.ALL,
        type=args.type,
        category=args.category,
        sd_class=SdClass(args.sd) if args.sd else None,
        site=args.site,
        status=LotStatus(args.status) if args.status else None,
        text=args.text,
    )
    if args.limit is not None and args.limit < 0:
        raise StockpileError("--limit: must be zero or more")
    if args.limit is not None and args.limit > MAX_ROWS:
        raise StockpileError(f"--limit: {args.limit} is more than a database can count (at most {MAX_ROWS:,})")
    rows = sp.queries.lots(lot_filter, sort=args.sort, descending=args.desc, limit=args.limit)
    split = sp.queries.totals_by_scope(lot_filter)
    covered = sp.catalogue.covered_types()
    table = [
        [
            row.kept_under(row.type_designation in covered) if attribute == "kept_for" else _cell(row, attribute)
            for _title, attribute, _align in LOT_COLUMNS
        ]
        for row in rows
    ]
    # The rows are in items (the ledger's unit) with their mines beside them; the totals of what the
    # profile governs and of the rest are in mines, one line each: a total of surplus never mixes
    # in stock the profile does not govern, and covered + not covered = the mines of the rows.
    footers = [
        [f"Total ({count(split.items.lots, 'lot')})", *[""] * 5, f"{split.items.on_hand:,}", f"{split.whole.on_hand:,}"]
        + [""] * 7,
        *(
            [f"Total {label}, in mines ({count(totals.lots, 'lot')})", *[""] * 6, *_numbers(totals), ""]
            for label, totals in (("covered", split.covered), ("not covered", split.not_covered))
        ),
    ]
    headers = [title for title, _a, _b in LOT_COLUMNS]
    widths = [max(len(str(cell)) for cell in column) for column in zip(headers, *footers, *table, strict=False)]
    aligns = [align for _t, _a, align in LOT_COLUMNS]

    def line(cells: list[str]) -> str:
        return "  ".join(f"{cell:{align}{width}}" for cell, align, width in zip(cells, aligns, widths, strict=True))

    print(line(headers))
    print("  ".join("-" * width for width in widths))
    for cells in table:
        print(line(cells))
    print("  ".join("-" * width for width in widths))
    for footer in footers:
        print(line(footer))
    if split.covered.beyond_requirement:
        print(f"Total covered: {split.covered.beyond_note}")
    _print_holdings(sp, rows)
    lots = split.items.lots
    if len(rows) < lots:
        print(f"({len(rows):,} of {lots:,} lots shown; totals cover all of them)")
    scope = sp.queries.scope_totals()
    print(f"Whole stockpile: {scope.covered_label}: {_figures(scope.covered)}")
    print(f"Whole stockpile: {scope.not_covered_label}: {_figures(scope.not_covered)}")
    losses = sp.destruction.loss_totals()
    for label, part in ((scope.covered_label, losses.covered), (scope.not_covered_label, losses.not_covered)):
        if part.unaccounted or part.written_off:
            print(
                f"Unaccounted for, {label}: {part.unaccounted:,} in {count(part.losses, 'loss', 'losses')} "
                "of tasks closed short; "
                f"written off {part.written_off:,}"
            )
    return 0


def _print_holdings(sp: Stockpile, rows: list[LotRow]) -> None:
    """The lots shown with mines at more than one site: the Site column gives only their home."""
    for row in rows:
        if row.elsewhere:
            print(f"Lot {row.lot_number} ({row.type_designation}), where its mines are: {sp.queries.held_at(row.id)}")


def _numbers(totals: Totals) -> list[str]:
    figures = (
        totals.on_hand,
        totals.retained,
        totals.surplus,
        totals.scheduled,
        totals.suspended,
        totals.at_destruction,
        totals.destroyed,
    )
    return [f"{n:,}" for n in figures]


def _figures(totals: Totals) -> str:
    return (
        f"on hand {totals.on_hand:,} mines, retained {totals.retained:,}, surplus {totals.surplus:,} "
        f"(scheduled {totals.scheduled:,}, suspended {totals.suspended:,}, unscheduled {totals.unscheduled:,}), "
        f"at destruction sites {totals.at_destruction:,}, held {totals.held:,}, destroyed {totals.destroyed:,}"
        + (f"; {totals.beyond_note}" if totals.beyond_requirement else "")
    )


def _cell(row: object, attribute: str) -> str:
    value = getattr(row, attribute)
    return f"{value:,}" if isinstance(value, int) else str(value)


def cmd_report(sp: Stockpile, args: argparse.Namespace) -> int:
    if not (args.pdf or args.csv or args.html or args.docx or args.xlsx):
        raise StockpileError(
            "report: say where it goes: --pdf FILE, --csv FILE, --html FILE, --docx FILE or --xlsx FILE"
        )
    kind = REPORTS_BY_NAME[args.report]
    values = {parameter.name: parameter.from_command_line(sp, args) for parameter in kind.parameters}
    _require_freeze_options(sp, args, values)
    prepared = prepare(sp, kind, values, terminal_progress(), _report_language(args))
    if prepared.frozen is not None:
        if args.freeze:
            raise StockpileError(prepared.already_frozen)
        print(prepared.as_submitted)
    if args.freeze:
        prepared = submitted(sp, prepared, Submission(args.submitted_on, args.reference or ""))
    report = prepared.printable
    outputs = _outputs(report, args)
    for name, _data, _label in outputs:
        sp.require_not_the_record(name)
    staged = _stage(outputs)
    try:
        if args.freeze:
            frozen = freeze(sp, prepared)
            print(f"{frozen.title}: frozen as submitted (sha256 {frozen.sha256[:12]})")
            # The paper carries the seal it was built from; the freeze is an entry after it.
            print(f"the record's seal is now {sp.archive.seal()}, the freeze included: note it with the submission")
        for part, target in staged:
            os.replace(part, target)
    finally:
        for part, _target in staged:
            part.unlink(missing_ok=True)
    print(f"{report.title}: wrote {', '.join(label for _name, _data, label in outputs)}")
    return 0


def _report_language(args: argparse.Namespace) -> str:
    """--language (after `report NAME`, or before the command), else the system's, else English. The
    window's setting is Qt's to read: a report to CSV or HTML starts without Qt."""
    choice = args.report_language or args.language or ""
    return chosen_language(choice, system_locale())


def _require_freeze_options(sp: Stockpile, args: argparse.Namespace, values: dict[str, Any]) -> None:
    """Before the report is built: the submission's options go with --freeze, the day is required
    (a legal record, never assumed), and a year not over is not frozen."""
    if not args.freeze:
        if args.submitted_on or args.reference:
            raise StockpileError("--submitted-on and --reference are recorded as the report is frozen: add --freeze")
        return
    if args.submitted_on is None:
        raise StockpileError("--submitted-on: say the day the report was submitted (YYYY-MM-DD) to freeze it")
    require_over(values["year"], sp.today())


def _outputs(report: Printable | FrozenReportInfo, args: argparse.Namespace) -> list[tuple[str, bytes, str]]:
    """(file, contents, what to say) for every output asked for."""
    outputs = []
    if args.html:
        outputs.append((args.html, report.html.encode("utf-8"), args.html))
    if args.csv:
        outputs.append((args.csv, report.csv.encode("utf-8-sig"), args.csv))
    if args.pdf:
        try:
            with tempfile.TemporaryDirectory() as folder:
                pages = _write_pdf(report, Path(folder) / "report.pdf")
                data = (Path(folder) / "report.pdf").read_bytes()
        except OSError as exc:
            raise StockpileError(f"cannot write {args.pdf}: {exc.strerror} (in the temporary folder)") from exc
        outputs.append((args.pdf, data, f"{args.pdf} ({pages} page{'s' if pages != 1 else ''})"))
    if args.docx:
        from .reports.docx import to_docx  # python-docx is loaded only to write one

        outputs.append((args.docx, to_docx(report, _chart_images(report)), args.docx))
    if args.xlsx:
        from .reports.xlsx import to_xlsx  # openpyxl is loaded only to write one

        outputs.append((args.xlsx, to_xlsx(report), args.xlsx))
    return outputs


def _stage(outputs: list[tuple[str, bytes, str]]) -> list[tuple[Path, Path]]:
    """Write every output before anything is kept, so that one that cannot be written stops the
    report before it is frozen: beside its file, to be moved into place ((part, file) pairs), or
    straight into a device or a pipe, which cannot be staged. Raises naming the file and why."""
    staged: list[tuple[Path, Path]] = []
    for name, data, _label in outputs:
        target = Path(name)
        try:
            if target.is_dir():
                raise IsADirectoryError(errno.EISDIR, "it is a folder")
            if target.exists() and not target.is_file():
                target.write_bytes(data)
                continue
            part = target.with_name(f".{target.name}.{os.getpid()}.part")
            with part.open("xb") as file:
                staged.append((part, target))
                file.write(data)
        except OSError as exc:
            _remove(staged)
            raise StockpileError(f"cannot write {name}: {exc.strerror}") from exc
        except BaseException:  # Ctrl+C while writing (a pipe nobody reads): no part left behind
            _remove(staged)
            raise
    return staged


def _remove(staged: list[tuple[Path, Path]]) -> None:
    for part, _target in staged:
        part.unlink(missing_ok=True)


def _write_pdf(report: Printable | FrozenReportInfo, path: Path) -> int:
    _app = _start_qt()
    from .qt.printing import write_pdf

    return write_pdf(report, path, terminal_progress())


def _chart_images(report: Printable | FrozenReportInfo) -> dict[str, bytes]:
    """A report's charts as pictures, drawn by Qt; a report without charts needs no Qt."""
    charts = getattr(report, "charts", ())
    if not charts:
        return {}
    _app = _start_qt()
    from .qt.charts import chart_png

    return {chart.name: chart_png(chart) for chart in charts}


def _start_qt() -> object:
    """PDF and charts need Qt's layout and painting but no screen: offscreen when there is no
    display. The caller holds the application while it draws."""
    from .qt.app import display_available

    if not display_available():
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    with _ctrl_c_after():
        from PySide6.QtWidgets import QApplication

        return QApplication.instance() or QApplication(["stockpile-tracker"])


@contextmanager
def _ctrl_c_after() -> Iterator[None]:
    """Ctrl+C held back while Qt loads: pressed in the middle of PySide6's import it left the
    binding half initialised (a traceback, or an abort); it takes effect as soon as Qt is loaded."""
    pressed: list[int] = []
    previous = signal.signal(signal.SIGINT, lambda number, _frame: pressed.append(number))
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)
    if pressed:
        raise KeyboardInterrupt


def cmd_check(sp: Stockpile, args: argparse.Namespace) -> int:
    if args.as_of is not None:
        AsOf().check(sp, args.as_of)  # the bounds of every dated report
    findings = sp.compliance.findings(args.profile, as_of=args.as_of)
    if args.json:
        print(json.dumps({"findings": [finding.as_dict() for finding in findings]}, indent=2))
    else:
        for finding in findings:
            named = finding.named()
            names, more = ", ".join(named[:10]), len(named) - 10
            print(
                f"{finding.severity.upper():8} {finding.message} ({finding.rule.label}). {finding.action}."
                + (f" [{names}{f' and {more:,} more' if more > 0 else ''}]" if names else "")
            )
        counts = {level: sum(1 for f in findings if f.severity == level) for level in ("error", "warning", "info")}
        errors, warnings = count(counts["error"], "error"), count(counts["warning"], "warning")
        print(f"{errors}, {warnings}, {counts['info']} for information")
    return EXIT_PROBLEMS if any(finding.severity == "error" for finding in findings) else 0


AS_OF_REFUSED = {
    "destructions": "destructions carry their own dates",
    "movements": "movements carry their own dates",
    "types": "mine types have no date",
    "sites": "sites have no date",
}
IMPORT_REMEDIES = {
    "type": "add it to the catalogue or import with --add-types",
    "site": "add it to the catalogue or import with --add-sites",
}


def cmd_settings(sp: Stockpile, args: argparse.Namespace) -> int:
    if args.keep_upgrade_backups is not None:
        require_kept(args.keep_upgrade_backups)  # before the letterhead is written: all or nothing is
    letterhead = sp.catalogue.letterhead()
    if args.organisation is not None or args.marking is not None:
        letterhead = sp.catalogue.set_letterhead(
            organisation=letterhead.organisation if args.organisation is None else args.organisation,
            marking=letterhead.marking if args.marking is None else args.marking,
        )
    if args.keep_upgrade_backups is None:
        kept = sp.backups.upgrade_backups_kept()
    else:
        kept = sp.backups.keep_upgrade_backups(args.keep_upgrade_backups)
    print(f"organisation: {letterhead.organisation}")
    print(f"marking: {letterhead.marking or '(none)'}")
    print(f"upgrade backups kept: {kept}" + ("" if sp.database_file else " (PostgreSQL: none are taken)"))
    return 0


def cmd_import(sp: Stockpile, args: argparse.Namespace) -> int:
    from .services.import_table import read_import_file
    from .services.importing import ImportRejected

    try:
        data = read_import_file(args.file)
    except OSError as exc:
        raise StockpileError(f"cannot read {args.file}: {exc.strerror}") from exc
    source = Path(args.file).name
    if args.as_of is not None:
        if args.kind != "lots":
            raise StockpileError(f"--as-of: only lots have opening balances; {AS_OF_REFUSED[args.kind]}")
        AsOf().check(sp, args.as_of)  # the bounds of every dated option
    if args.kind != "lots" and (args.add_types or args.add_sites):
        option = "--add-types" if args.add_types else "--add-sites"
        raise StockpileError(f"{option}: only an import of lots adds catalogue entries; import types or sites first")
    try:
        if args.kind == "lots":
            plan = sp.imports.import_lots(
                data,
                source=source,
                add_types=args.add_types,
                add_sites=args.add_sites,
                as_of=args.as_of,
                dry_run=args.dry_run,
                sheet=args.sheet,
                progress=terminal_progress(),
            )
        else:
            importer = {
                "destructions": sp.imports.import_destructions,
                "movements": sp.imports.import_movements,
                "types": sp.imports.import_types,
                "sites": sp.imports.import_sites,
            }[args.kind]
            plan = importer(data, source=source, dry_run=args.dry_run, sheet=args.sheet, progress=terminal_progress())
    except ImportRejected as exc:
        problems = [
            f"{args.file}: {exc.plan.said(problem)}"
            + (f"; {IMPORT_REMEDIES[problem.column]}" if problem.missing else "")
            for problem in exc.plan.problems
        ]
        if len(problems) == 1:  # bad input ends in one line
            print(f"stockpile-tracker: nothing was imported: {problems[0]}", file=sys.stderr)
            return EXIT_ERROR
        for problem in problems:
            print(problem, file=sys.stderr)
        print(f"stockpile-tracker: nothing was imported: {len(problems):,} problems", file=sys.stderr)
        return EXIT_ERROR
    for warning in plan.warnings:
        print(f"{args.file}: warning: {plan.said(warning)}")
    verb = "would import" if args.dry_run else "imported"
    extra = _import_extras(plan)
    read_from = f" from sheet {plan.sheet!r}" if plan.sheet is not None else ""  # a workbook may hold several
    print(f"{verb} {plan.summary}{read_from}" + (f" ({'; '.join(extra)})" if extra else ""))
    return 0


def _import_extras(plan: ImportPlan) -> list[str]:
    """What an import adds besides its rows, said after its count: new types and sites, how many
    lots come on as opening balances rather than receipts, the catalogue entries already held."""
    extra = []
    if plan.unchanged:
        extra.append(f"already in the catalogue, left as they are: {', '.join(plan.unchanged)}")
    if plan.new_types:
        extra.append(f"new types {', '.join(plan.new_types)}")
    if plan.new_sites:
        extra.append(f"new sites {', '.join(plan.new_sites)}")
    opening = [row for row in plan.rows if row.get("kind") is MovementKind.OPENING_BALANCE]
    if opening:
        extra.append(f"{count(len(opening), 'opening balance')} as of {opening[0]['on'].isoformat()}")
    return extra


COMMANDS = {
    "check": cmd_check,
    "db": cmd_db,
    "demo": cmd_demo,
    "import": cmd_import,
    "lots": cmd_lots,
    "profile": cmd_profile,
    "article7": cmd_article7,
    "report": cmd_report,
    "settings": cmd_settings,
}

if __name__ == "__main__":
    sys.exit(main())
