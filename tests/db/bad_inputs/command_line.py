"""Bad inputs on the command line: exit status 2 and one line on stderr."""

from __future__ import annotations

from collections.abc import Callable
from types import SimpleNamespace

from stockpile_tracker.cli import main

from . import DESTRUCTIONS_HEADER, LOTS_HEADER, SITES_HEADER, Case


def cli(*args: str, database: bool = True) -> Callable[[SimpleNamespace], str]:
    def run(w: SimpleNamespace) -> str:
        argv = [arg.format(tmp=w.tmp) for arg in args]
        try:
            status = main((["--database", w.url] if database else []) + argv)
        except SystemExit as exc:  # argparse: the usage line, then the error
            status = exc.code
        assert status == 2
        return w.capsys.readouterr().err.strip().splitlines()[-1]

    return run


def cli_import(kind: str, content: str, *options: str) -> Callable[[SimpleNamespace], str]:
    """The import command on a file of this content."""

    def run(w: SimpleNamespace) -> str:
        (w.tmp / "bad.csv").write_text(content)
        return cli("import", kind, "{tmp}/bad.csv", *options)(w)

    return run


def commands():
    return [
        Case(
            "command line",
            "an impossible date",
            "stockpile-tracker report status: error: argument --as-of: '2026-02-30' is not a date (YYYY-MM-DD)",
            cli("report", "status", "--as-of", "2026-02-30", "--csv", "x"),
        ),
        Case(
            "command line",
            "a date in another format",
            "stockpile-tracker report status: error: argument --as-of: '30/06/2026' is not a date (YYYY-MM-DD)",
            cli("report", "status", "--as-of", "30/06/2026", "--csv", "x"),
        ),
        Case(
            "command line",
            "a date in the future",
            "stockpile-tracker: --as-of: 2999-01-01 is in the future",
            cli("report", "status", "--as-of", "2999-01-01", "--csv", "{tmp}/s.csv"),
        ),
        Case(
            "command line",
            "a date before the treaty",
            "stockpile-tracker: --as-of: 1900-01-01 is before 1997, the year the Convention was signed",
            cli("report", "status", "--as-of", "1900-01-01", "--csv", "{tmp}/s.csv"),
        ),
        Case(
            "command line",
            "a year that is not a number",
            "stockpile-tracker report article7: error: argument --year: invalid int value: '20x5'",
            cli("report", "article7", "--year", "20x5"),
        ),
        Case(
            "command line",
            "a year before the treaty",
            "stockpile-tracker: --year: 1900 is not a year this record can report on",
            cli("report", "article7", "--year", "1900", "--csv", "{tmp}/a.csv"),
        ),
        Case(
            "command line",
            "a negative limit",
            "stockpile-tracker: --limit: must be zero or more",
            cli("lots", "--limit", "-1"),
        ),
        Case(
            "command line",
            "a limit with a decimal",
            "stockpile-tracker lots: error: argument --limit: invalid int value: '2.5'",
            cli("lots", "--limit", "2.5"),
        ),
        Case(
            "command line",
            "an unknown sort column",
            "stockpile-tracker lots: error: argument --sort: invalid "
            "choice: 'colour' (choose from 'at_destruction', 'category', 'condition', 'destroyed', 'lot_number', "
            "'mines', 'on_hand', 'retained', 'retention', 'scheduled', 'sd_class', 'site', 'surplus', 'suspended', "
            "'type')",
            cli("lots", "--sort", "colour"),
        ),
        Case(
            "command line",
            "an unknown option",
            "stockpile-tracker: error: unrecognized arguments: --colour",
            cli("lots", "--colour"),
        ),
        Case(
            "command line",
            "an import file that does not exist",
            "stockpile-tracker: cannot read {tmp}/none.csv: No such file or directory",
            cli("import", "lots", "{tmp}/none.csv"),
        ),
        Case(
            "command line",
            "a folder given as the import file",
            "stockpile-tracker: cannot read {tmp}: Is a directory",
            cli("import", "lots", "{tmp}"),
        ),
        Case(
            "command line",
            "import destructions --dry-run of a destruction before the lot was received",
            "stockpile-tracker: nothing was imported: {tmp}/bad.csv: line 2, destroyed_on: lot L-001 (M67): a "
            "destruction dated 2020-01-14 is before the lot was received (2020-01-15) (dates: none in the future or "
            "before the lot existed)",
            cli_import(
                "destructions",
                DESTRUCTIONS_HEADER + "L-001,M67,2020-01-14,5,other,ANAD,C-9,Capt. A,B. Jones\n",
                "--dry-run",
            ),
        ),
        Case(
            "command line",
            "an import naming a type not in the catalogue",
            "stockpile-tracker: nothing was imported: "
            "{tmp}/bad.csv: line 2, type: no mine type 'NOPE' in the catalogue; add it to the catalogue or import "
            "with --add-types",
            cli_import("lots", LOTS_HEADER + "X-1,NOPE,10,ANAD,,2020-01-01,,\n"),
        ),
        Case(
            "command line",
            "import lots --as-of a date in the future (opening balances)",
            "stockpile-tracker: --as-of: 2999-01-01 is in the future",
            cli_import("lots", LOTS_HEADER + "X-1,M67,10,ANAD,,,,\n", "--as-of", "2999-01-01"),
        ),
        Case(
            "command line",
            "import lots --as-of a date before the treaty (opening balances)",
            "stockpile-tracker: --as-of: 1996-12-31 is before 1997, the year the Convention was signed",
            cli_import("lots", LOTS_HEADER + "X-1,M67,10,ANAD,,,,\n", "--as-of", "1996-12-31"),
        ),
        Case(
            "command line",
            "import destructions --as-of",
            "stockpile-tracker: --as-of: only lots have opening balances; destructions carry their own dates",
            cli_import(
                "destructions",
                DESTRUCTIONS_HEADER + "L-001,M67,2020-01-16,5,other,ANAD,C-9,Capt. A,B. Jones\n",
                "--as-of",
                "2020-01-01",
            ),
        ),
        Case(
            "command line",
            "import sites --as-of",
            "stockpile-tracker: --as-of: only lots have opening balances; sites have no date",
            cli_import("sites", SITES_HEADER + "PLANT,Contractor's plant,BG,destruction\n", "--as-of", "2020-01-01"),
        ),
        Case(
            "command line",
            "an import of /dev/zero (endless)",
            "stockpile-tracker: nothing was imported: "
            "/dev/zero: file: is larger than 16 MB, the most one import reads; split it into smaller files",
            cli("import", "lots", "/dev/zero"),
        ),
        Case(
            "command line",
            "a report written into a folder that does not exist",
            "stockpile-tracker: cannot write {tmp}/no/such/folder/s.csv: No such file or directory",
            cli("report", "status", "--csv", "{tmp}/no/such/folder/s.csv"),
        ),
        Case(
            "command line",
            "a lot that does not exist",
            "stockpile-tracker: lot NOPE does not exist",
            cli("report", "lot", "NOPE", "--csv", "{tmp}/l.csv"),
        ),
        Case(
            "command line",
            "an unknown policy profile",
            "stockpile-tracker: profile: no policy profile 'nope'",
            cli("check", "--profile", "nope"),
        ),
        Case(
            "command line",
            "a profile change without a reason",
            "stockpile-tracker: reason: is required",
            cli("profile", "set", "ottawa", "--deadline-years", "5"),
        ),
        Case(
            "command line",
            "a deadline of 9999 years",
            "stockpile-tracker: deadline years: must be a whole number of years from 1 to 50, or none, not 9999",
            cli("profile", "set", "ottawa", "--deadline-years", "9999", "--reason", "r"),
        ),
        Case(
            "command line",
            "a deadline of more years than the database holds",
            "stockpile-tracker: deadline years: must be a whole number of years from 1 to 50, or none, not 99999999999",
            cli("profile", "set", "ottawa", "--deadline-years", "99999999999", "--reason", "r"),
        ),
        Case(
            "command line",
            "an entry into force before the Convention",
            "stockpile-tracker: entry into force: 1996-12-31 is before 1997, the year the Convention was signed",
            cli("profile", "set", "ottawa", "--in-force", "1996-12-31", "--reason", "r"),
        ),
        Case(
            "command line",
            "a Korea requirement valid from before the Convention",
            "stockpile-tracker: valid from: 0001-01-01 is before 1997, the year the Convention was signed",
            cli("profile", "korea", "us-2022", "M67", "10", "--authority", "A", "--valid-from", "0001-01-01"),
        ),
        Case(
            "command line",
            "a Korea requirement for a type the profile does not govern",
            "stockpile-tracker: type: BLU-91/B is not covered by US anti-personnel landmine policy (June 2022), "
            "which governs anti-personnel mines that are victim-activated or activated either way: "
            "it has no Korea reserve",
            cli("profile", "korea", "us-2022", "BLU-91/B", "10", "--authority", "A", "--valid-from", "2026-01-01"),
        ),
        Case(
            "command line",
            "a Korea requirement under a profile that permits no Korea retention",
            "stockpile-tracker: Ottawa Convention (Mine Ban Treaty, 1997) does not permit retention as Korea "
            "defence: a Korea requirement under it would count nothing (policy: only the retention the policy "
            "permits)",
            cli("profile", "korea", "ottawa", "M67", "10", "--authority", "A", "--valid-from", "2026-01-01"),
        ),
        Case(
            "command line",
            "an Article 7 text file that does not exist",
            "stockpile-tracker: --text-file {tmp}/none.txt: No such file or directory",
            cli("article7", "set", "--year", "2025", "--form", "A", "--text-file", "{tmp}/none.txt"),
        ),
        Case(
            "command line",
            "an Article 7 report frozen as submitted before its year ended",
            "stockpile-tracker: date of submission: 2025-12-31 is before the end of 2025",
            cli(
                "report",
                "article7",
                "--year",
                "2025",
                "--freeze",
                "--submitted-on",
                "2025-12-31",
                "--csv",
                "{tmp}/a.csv",
            ),
        ),
        Case(
            "command line",
            "a cover detail over one line",
            "stockpile-tracker: State: is 201 characters long; at most 200",
            cli("article7", "cover", "--year", "2025", "--state", "x" * 201),
        ),
        Case(
            "command line",
            "Article 7 text for a year before the Convention",
            "stockpile-tracker: year: 1990 is not a calendar year from 1997",
            cli("article7", "cover", "--year", "1990", "--state", "Utopia"),
        ),
        Case(
            "command line",
            "a user name over 100 characters",
            "stockpile-tracker: user: is 101 characters long; at most 100",
            cli("--user", "x" * 101, "lots"),
        ),
    ]
