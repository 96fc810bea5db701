"""The command line: same services, one-line errors, totals that add up."""

from __future__ import annotations

import hashlib
import re
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text

from stockpile_tracker.cli import main
from stockpile_tracker.db.migrate import HEAD, open_database
from stockpile_tracker.demo import build_demo
from stockpile_tracker.domain.enums import Rule
from stockpile_tracker.domain.errors import StockpileError
from stockpile_tracker.paths import demo_database
from stockpile_tracker.services import LotFilter, Stockpile

from ..helpers import snapshot, tamper_outside_the_program
from .test_migrations import REVISIONS, unpack_fixture


def run(capsys, *args: str) -> tuple[int, str, str]:
    status = main(list(args))
    out, err = capsys.readouterr()
    return status, out, err


def test_demo_builds_a_sound_stockpile(database_url, capsys):
    assert run(capsys, "--database", database_url, "--user", "J. Doe", "demo", "--lots", "60")[0] == 0
    demo_url = database_url
    status, out, _ = run(capsys, "--database", demo_url, "db", "check")
    assert status == 0
    assert "audit chain intact" in out
    engine = open_database(demo_url)
    sp = Stockpile(engine, "reader")
    totals = sp.queries.totals()
    assert totals.lots == 61
    assert totals.retained > 0 and totals.surplus > 0 and totals.destroyed > 0
    sites = {site.country for site in sp.catalogue.sites()}
    assert "KR" in sites
    assert sp.queries.totals(LotFilter(text="FOUND")).lots == 1
    assert any(task.status == "open" for task in sp.destruction.tasks())
    engine.dispose()


def test_demo_without_a_database_writes_the_windows_demo_file_never_the_users_record(tmp_path, monkeypatch, capsys):
    """README: the demo lives in a file of its own, so trying the program never writes into the
    user's record (append-only: a demo there would stay forever); `demo` says where it wrote."""
    monkeypatch.setenv("STOCKPILE_DATA_DIR", str(tmp_path))
    own = tmp_path / "own.db"
    monkeypatch.setenv("STOCKPILE_DATABASE_URL", f"sqlite:///{own}")
    assert run(capsys, "db", "upgrade")[0] == 0  # the user's own record, empty
    status, out, _ = run(capsys, "demo", "--lots", "60")
    assert status == 0 and demo_database() == tmp_path / "demo.sqlite"
    lots = {}
    for path in (own, demo_database()):
        engine = open_database(str(path))
        lots[path] = Stockpile(engine, "reader").queries.totals().lots
        engine.dispose()
    assert lots[own] == 0 and lots[demo_database()] >= 60
    assert out.startswith(f"demo stockpile created in {demo_database()}: {lots[demo_database()]:,} lots, ")
    # AND again, it refuses the demo file it made, saying which file
    status, _, err = run(capsys, "demo", "--lots", "60")
    assert status == 2 and "already holds a catalogue or lots" in err and str(demo_database()) in err


def test_demo_refuses_a_database_that_holds_lots(demo_url, capsys):
    status, _, err = run(capsys, "--database", demo_url, "demo")
    assert status == 2
    assert "already holds a catalogue or lots" in err


def test_demo_refuses_a_database_with_a_catalogue_and_writes_nothing(database_url, capsys):
    engine = open_database(database_url)
    Stockpile(engine, "alice").catalogue.add_site(code="ANAD", name="Anniston", country="US")
    engine.dispose()
    status, _, err = run(capsys, "--database", database_url, "demo")
    assert status == 2 and "already holds a catalogue" in err
    engine = open_database(database_url)
    assert Stockpile(engine, "alice").catalogue.types() == []
    engine.dispose()


@pytest.mark.parametrize(
    ("options", "lot_filter"),
    [
        ([], LotFilter()),
        (["--retained"], LotFilter(retention="retained")),
        (["--surplus"], LotFilter(retention="surplus")),
        (["--type", "M16"], LotFilter(type="M16")),
        (["--sd", "persistent", "--category", "AP"], LotFilter(sd_class="persistent", category="AP")),
        (["--site", "CAMP-C", "--retained"], LotFilter(site="CAMP-C", retention="retained")),
        (["--status", "destroyed"], LotFilter(status="destroyed")),
        (["--status", "suspended"], LotFilter(status="suspended")),
    ],
)
def test_lots_totals_equal_the_rows_and_the_query_service(demo_url, capsys, options, lot_filter):
    """The rows in items with their mines; one total in items, and in mines one total in the
    profile's scope and one apart: the demo's AV mines and Claymores are never added to the surplus
    to destroy, their rows never read "surplus", and covered + not covered = the rows' mines."""
    status, out, _ = run(capsys, "--database", demo_url, "lots", *options)
    assert status == 0
    lines = out.splitlines()
    end = next(number for number, line in enumerate(lines) if line.startswith("Total ("))
    body = lines[2 : end - 1]
    # The eight quantity columns before the condition code: on hand (items), mines, retained, surplus,
    # scheduled, suspended, at destruction sites, destroyed.
    rows = [[int(cell.replace(",", "")) for cell in line.split()[-9:-1]] for line in body]
    engine = open_database(demo_url)
    sp = Stockpile(engine, "reader")
    lots, split = sp.queries.lots(lot_filter, limit=None), sp.queries.totals_by_scope(lot_filter)
    profile = sp.catalogue.active_profile()
    types = {t.designation: t for t in sp.catalogue.types()}
    findings = sp.compliance.findings()
    engine.dispose()
    per_item = {
        lot.id: profile.covered_per_item(lot.ap_per_item, lot.av_per_item, types[lot.type_designation].activation)
        for lot in lots
    }
    assert len(rows) == len(lots) == split.items.lots
    assert [[lot.on_hand, lot.mines_on_hand] for lot in lots] == [row[:2] for row in rows]
    items_line = [int(cell.replace(",", "")) for cell in lines[end].split()[-2:]]
    assert items_line == [sum(row[0] for row in rows), sum(row[1] for row in rows)]
    assert items_line == [split.items.on_hand, split.whole.on_hand]
    for total_line, in_scope, expected in (
        (lines[end + 1], True, split.covered),
        (lines[end + 2], False, split.not_covered),
    ):
        counted = f"{expected.lots:,} {'lot' if expected.lots == 1 else 'lots'}"  # "1 lot", never "1 lots"
        assert total_line.startswith(f"Total {'covered' if in_scope else 'not covered'}, in mines ({counted})")
        totals = [int(cell.replace(",", "")) for cell in total_line.split()[-7:]]
        assert totals == [
            expected.on_hand,
            expected.retained,
            expected.surplus,
            expected.scheduled,
            expected.suspended,
            expected.at_destruction,
            expected.destroyed,
        ]
        assert expected.surplus == expected.scheduled + expected.suspended + expected.unscheduled
        assert expected.on_hand == expected.retained + expected.surplus
        share = {lot.id: per_item[lot.id] if in_scope else lot.mines_per_item - per_item[lot.id] for lot in lots}
        assert totals[0] == sum(lot.on_hand * share[lot.id] for lot in lots)
        # retained counts the Korea reserve up to the requirement; the rows, each lot's decision
        assert totals[1] + expected.beyond_requirement == sum(lot.retained * share[lot.id] for lot in lots)
        assert totals[4] == sum(lot.suspended * share[lot.id] for lot in lots)
        assert totals[5] == sum(lot.at_destruction * share[lot.id] for lot in lots)
    assert split.covered.on_hand + split.not_covered.on_hand == split.whole.on_hand
    assert split.not_covered.beyond_requirement == 0
    if split.covered.beyond_requirement:
        assert f"Total covered: {split.covered.beyond_note}" in lines
    if lot_filter == LotFilter():  # the whole stockpile: the excess check finds, to the mine
        assert (
            split.covered.beyond_requirement
            == sum(f.quantity for f in findings if f.rule == Rule.KOREA_RESERVE and f.severity == "error")
            > 0
        )
    apart = [line for line, lot in zip(body, lots, strict=True) if not per_item[lot.id] and lot.on_hand > lot.retained]
    assert all("not covered" in line and "surplus" not in line for line in apart)


def test_a_database_path_that_cannot_be_opened_gives_one_line(tmp_path):
    done = subprocess.run(
        [sys.executable, "-m", "stockpile_tracker", "--database", str(tmp_path / "no" / "such.db"), "lots"],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1
    assert "does not exist" in done.stderr
    assert "Traceback" not in done.stderr


def test_a_file_that_is_not_a_database_is_refused(tmp_path, capsys):
    path = tmp_path / "notes.db"
    path.write_text("these are not mines\n" * 100)
    status, _, err = run(capsys, "--database", str(path), "lots")
    assert status == 2
    assert "not a database" in err
    assert path.read_text().startswith("these are not mines")


def test_db_check_finds_a_change_made_outside_the_program(demo_url, capsys):
    tamper_outside_the_program(
        demo_url,
        "UPDATE audit_entry SET reason = 'nothing happened' WHERE id = 5",
        "UPDATE lot_balance SET on_hand = on_hand + 1 WHERE lot_id = "
        "(SELECT min(lot_id) FROM lot_balance WHERE on_hand + destroyed < received)",
    )
    status, out, _ = run(capsys, "--database", demo_url, "db", "check")
    assert status == 1
    assert "audit entry 5" in out
    assert "the stored figures (on hand " in out and ") differ from the ledger's (on hand " in out


def test_the_default_database_lives_in_the_user_data_folder(tmp_path, monkeypatch, capsys):
    monkeypatch.delenv("STOCKPILE_DATABASE_URL", raising=False)
    monkeypatch.delenv("STOCKPILE_DATA_DIR", raising=False)  # the tests' own data folder, set in conftest
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    status, out, _ = run(capsys, "db", "upgrade")
    assert status == 0
    assert (tmp_path / "data" / "StockpileTracker" / "stockpile.db").exists()


def test_the_data_folder_can_be_moved(tmp_path, monkeypatch, capsys):
    monkeypatch.delenv("STOCKPILE_DATABASE_URL", raising=False)
    monkeypatch.setenv("STOCKPILE_DATA_DIR", str(tmp_path / "elsewhere"))
    assert run(capsys, "db", "upgrade")[0] == 0
    assert (tmp_path / "elsewhere" / "stockpile.db").exists()


def test_the_environment_names_the_database(tmp_path, monkeypatch, capsys):
    target = tmp_path / "from-env.db"
    monkeypatch.setenv("STOCKPILE_DATABASE_URL", f"sqlite:///{target}")
    assert run(capsys, "db", "upgrade")[0] == 0
    assert target.exists()


def test_db_upgrade_says_what_it_did(tmp_path, capsys):
    new = tmp_path / "new.db"
    assert run(capsys, "--database", str(new), "db", "upgrade") == (
        0,
        f"database {new}: created the schema at revision {HEAD}\n",
        "",
    )
    assert run(capsys, "--database", str(new), "db", "upgrade")[1] == (
        f"database {new}: already at schema revision {HEAD}, nothing to do\n"
    )
    old = unpack_fixture(REVISIONS[0], tmp_path)
    assert run(capsys, "--database", str(old), "db", "upgrade")[1] == (
        f"database {old}: upgraded from schema revision {REVISIONS[0]} to {HEAD}\n"
    )


def test_the_user_option_is_recorded(database_url, capsys, monkeypatch):
    monkeypatch.setenv("STOCKPILE_USER", "env user")
    assert main(["--database", database_url, "--user", "Sgt. K. Lee", "demo", "--lots", "60"]) == 0
    engine = open_database(database_url)
    with engine.connect() as connection:
        users = set(connection.execute(text("SELECT DISTINCT created_by FROM lot")).scalars())
    engine.dispose()
    assert users == {"Sgt. K. Lee"}


def test_demo_needs_enough_lots(database_url, capsys):
    status, _, err = run(capsys, "--database", database_url, "demo", "--lots", "10")
    assert status == 2
    assert "at least 60 lots" in err


HUGE = "99999999999999999999999"
NOT_A_PORT = "the port must be a number"


def one_line(capsys, *args: str) -> str:
    """Run the command: exit status 2, nothing on stdout, one line on stderr (never a traceback)."""
    try:
        status = main(list(args))
    except SystemExit as exc:  # argparse
        status = exc.code
    out, err = capsys.readouterr()
    assert (status, out) == (2, "")
    assert err.count("\n") == 1 and err.startswith("stockpile-tracker"), err
    return err.strip()


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (
            ["lots", "--limit", HUGE],
            f"stockpile-tracker: --limit: {HUGE} is more than a database can count (at most 9,223,372,036,854,775,807)",
        ),
        (["lots", "--limit", "2.5"], "stockpile-tracker lots: error: argument --limit: invalid int value: '2.5'"),
        (["demo", "--lots", HUGE], "stockpile-tracker: lots: the demo makes at most 10,000 lots"),
        (["demo", "--lots", "-1"], "stockpile-tracker: lots: the demo needs at least 60 lots"),
        (
            ["report", "progress", "--programme", HUGE, "--csv", "p.csv"],
            f"stockpile-tracker: --programme: no programme {HUGE}",
        ),
        (["report", "article7", "--year", HUGE, "--csv", "a.csv"], f"stockpile-tracker: --year: {HUGE} is not a year"),
        (["report", "article7", "--year", f"-{HUGE}", "--csv", "a.csv"], f"stockpile-tracker: --year: -{HUGE} is not"),
        # digits that int() reads but a record's year never is: Arabic-Indic, and a space before
        (
            ["report", "article7", "--year", "\u0662\u0660\u0662\u0665", "--csv", "a.csv"],
            "stockpile-tracker report article7: error: argument --year: invalid int value: '\u0662\u0660\u0662\u0665'",
        ),
        (
            ["article7", "show", "--year", " 2025"],
            "stockpile-tracker article7 show: error: argument --year: invalid int value: ' 2025'",
        ),
    ],
)
def test_every_integer_option_out_of_range_is_one_line(tmp_path, monkeypatch, capsys, args, expected):
    monkeypatch.chdir(tmp_path)
    assert one_line(capsys, "--database", str(tmp_path / "new.db"), *args).startswith(expected)


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("not a url://", "not a database URL: 'not a url://'"),
        ("://", "not a database URL: '://'"),
        ("postgresql+psycopg://u@h:abc/x", f"not a database URL: 'postgresql+psycopg://u@h:abc/x': {NOT_A_PORT}"),
        ("postgresql+psycopg://u:s3cret@h:/x", f"not a database URL: 'postgresql+psycopg://u@h:/x': {NOT_A_PORT}"),
        ("postgresql+psycopg://u@[::1/x", f"not a database URL: 'postgresql+psycopg://u@[::1/x': {NOT_A_PORT}"),
        ("postgresql+psycopg2://u@h/x", "PostgreSQL URLs must start with postgresql+psycopg://"),
        ("sqlite+foo:///x.db", "SQLite URLs must start with sqlite:///"),
        ("mysql://u@h/x", "unsupported database 'mysql': use a SQLite file or PostgreSQL"),
        ("postgresql+psycopg://u@127.0.0.1:99999/x", "cannot open database postgresql+psycopg://u@127.0.0.1:99999/x: "),
    ],
)
def test_every_kind_of_bad_database_url_is_one_line(tmp_path, monkeypatch, capsys, url, expected):
    monkeypatch.chdir(tmp_path)
    line = one_line(capsys, "--database", url, "lots")
    assert line.startswith(f"stockpile-tracker: {expected}")
    assert "s3cret" not in line
    assert list(tmp_path.iterdir()) == []  # no file made for a URL that is refused


def test_a_database_in_memory_opens(capsys):
    assert main(["--database", "sqlite://", "lots"]) == 0
    assert "Total covered, in mines (0 lots)" in capsys.readouterr().out


def test_a_report_that_cannot_be_written_is_not_frozen(database_url, tmp_path, capsys):
    """Every output is written (beside its file) before the report is frozen: one that fails stops both."""
    out = tmp_path / "out"
    out.mkdir()
    html, csv_file = out / "a7.html", out / "no" / "such" / "a7.csv"
    line = one_line(
        capsys,
        "--database",
        database_url,
        "report",
        "article7",
        "--year",
        "2025",
        "--freeze",
        "--submitted-on",
        "2026-04-28",
        "--html",
        str(html),
        "--csv",
        str(csv_file),
    )
    assert line == f"stockpile-tracker: cannot write {csv_file}: No such file or directory"
    assert list(out.iterdir()) == []  # the HTML was not written either, nor left half-written
    engine = open_database(database_url)
    assert Stockpile(engine, "reader").archive.frozen("article7", "2025") is None
    engine.dispose()
    # the same with a folder that exists: frozen, and both written
    csv_file.parent.mkdir(parents=True)
    assert (
        main(
            [
                "--database",
                database_url,
                "report",
                "article7",
                "--year",
                "2025",
                "--freeze",
                "--submitted-on",
                "2026-04-28",
                "--html",
                str(html),
                "--csv",
                str(csv_file),
            ]
        )
        == 0
    )
    assert "frozen as submitted" in capsys.readouterr().out
    assert html.read_text(encoding="utf-8").startswith("<") and csv_file.read_bytes()
    assert sorted(path.name for path in out.iterdir()) == ["a7.html", "no"]  # no part left over


@pytest.mark.parametrize("option", ["--csv", "--pdf", "--html"])
def test_a_report_to_a_full_device_or_a_folder_names_the_file_and_why(database_url, tmp_path, capsys, option):
    line = one_line(capsys, "--database", database_url, "report", "status", option, "/dev/full")
    assert line == "stockpile-tracker: cannot write /dev/full: No space left on device"
    line = one_line(capsys, "--database", database_url, "report", "status", option, str(tmp_path))
    assert line == f"stockpile-tracker: cannot write {tmp_path}: it is a folder"


def test_a_demo_that_fails_part_way_leaves_the_database_empty(database_url, capsys):
    """The demo is one transaction: an error after 30 of its lots takes them all back."""
    engine = open_database(database_url)
    before = snapshot(engine)

    def fail_at_30(done: int, _total: int) -> None:
        if done == 30:
            raise StockpileError("stopped part-way")

    with pytest.raises(StockpileError, match="stopped part-way"):
        build_demo(Stockpile(engine, "J. Doe"), lots=60, progress=fail_at_30)
    assert snapshot(engine) == before
    engine.dispose()
    assert run(capsys, "--database", database_url, "demo", "--lots", "60")[0] == 0


def test_a_demo_killed_part_way_leaves_the_database_empty(tmp_path, capsys):
    """As the issue found it: `demo` killed while it works. Nothing of it may stay, and `demo` then works."""
    path = tmp_path / "demo.db"
    demo = subprocess.Popen(
        [sys.executable, "-m", "stockpile_tracker", "--database", str(path), "demo", "--lots", "3000"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 60
        while not Path(f"{path}-wal").exists() and time.monotonic() < deadline:  # the schema is made: filling
            time.sleep(0.1)
        time.sleep(2)
        assert demo.poll() is None, "the demo ended before it could be killed"
    finally:
        demo.kill()
        demo.wait()
    status, out, _ = run(capsys, "--database", str(path), "db", "check")
    # Two audit entries: a new database's, taking in the policy profiles and the settings its schema
    # seeds (migration 0019).
    assert status == 0 and out.startswith("0 lots, 0 ledger entries, 2 audit entries checked")
    assert run(capsys, "--database", str(path), "demo", "--lots", "60")[0] == 0


@pytest.mark.parametrize("command", [["lots"], ["check", "--json"], ["db", "check"], ["db", "upgrade"]])
def test_output_to_a_full_disk_or_a_closed_pipe_is_not_a_traceback(tmp_path, command):
    program = [sys.executable, "-m", "stockpile_tracker", "--database", str(tmp_path / "new.db"), *command]
    subprocess.run([*program[:5], "db", "upgrade"], check=True, capture_output=True)  # db check needs a record
    with open("/dev/full", "w") as full:
        done = subprocess.run(program, stdout=full, stderr=subprocess.PIPE, text=True)
    assert done.returncode == 2
    assert done.stderr == "stockpile-tracker: cannot write the output: No space left on device\n"
    reader_gone = subprocess.Popen(program, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    reader_gone.stdout.close()  # as `| head` does once it has its lines
    assert reader_gone.wait() == 2 and reader_gone.stderr.read() == ""


@pytest.mark.parametrize("suffix", ["", "-wal", "-shm", "-journal"])
@pytest.mark.parametrize("option", ["--html", "--csv", "--pdf", "--docx"])
def test_a_report_is_never_written_over_the_database_or_its_journal(sqlite_url, capsys, option, suffix):
    """Written there, the report would replace the record: refused before anything is written or frozen."""
    database = Path(sqlite_url)
    target = database.with_name(database.name + suffix)
    before = database.read_bytes()
    line = one_line(capsys, "--database", sqlite_url, "report", "status", option, str(target))
    assert line == f"stockpile-tracker: file: {target} is the database ({target.name}): choose another file"
    assert database.read_bytes() == before
    relative = Path("..") / database.parent.name / database.name  # the same file by another path
    line = one_line(capsys, "--database", sqlite_url, "report", "status", option, str(database.parent / relative))
    assert "is the database" in line


def test_a_report_kept_as_submitted_and_changed_outside_the_program_is_found_and_never_printed(
    demo_url, tmp_path, capsys
):
    """Its text is checked against the digest stored at the freeze, and the digest against the audit
    entry of the freeze: `db check` names it, and printing it is refused."""
    year = str(date.today().year - 2)  # the demo's frozen report
    added = f"UPDATE frozen_report SET html = html || '<p>added</p>' WHERE period = '{year}'"  # noqa: S608
    tamper_outside_the_program(demo_url, added, tables=("frozen_report",))
    status, out, _ = run(capsys, "--database", demo_url, "db", "check")
    assert status == 1
    assert f"the article7 report for {year} kept as submitted does not match the digest recorded" in out
    line = one_line(
        capsys, "--database", demo_url, "report", "article7", "--year", year, "--html", str(tmp_path / "a.html")
    )
    assert "does not match the digest recorded when it was frozen" in line and "it is not printed" in line
    assert not (tmp_path / "a.html").exists()


@pytest.mark.parametrize(
    "change",
    [
        "footer = replace(footer, 'printed', 'signed')",  # the page footer, outside the html's digest
        "title = title || ' (amended)'",  # the title its pages and the command line name
        "frozen_by = 'mallory'",  # who froze it, which the window and the command line say
    ],
)
def test_a_report_kept_as_submitted_with_any_printed_part_changed_outside_the_program_is_never_printed(
    demo_url, tmp_path, capsys, change
):
    """Its footer (and the page bands it keeps), its title and who froze it are outside the digest
    of its text: the row as a whole is checked against what the audit log recorded of it, by `db
    check` and before every printing, which names the report and says why."""
    year = str(date.today().year - 2)  # the demo's frozen report
    tamper_outside_the_program(
        demo_url,
        f"UPDATE frozen_report SET {change} WHERE period = '{year}'",  # noqa: S608
        tables=("frozen_report",),
    )
    status, out, _ = run(capsys, "--database", demo_url, "db", "check")
    why = re.compile(
        f"the article7 report for {year} kept as submitted \\(row id = \\d+ of table frozen_report\\) was changed "
        "outside the program since audit entry \\d+ recorded it: its title, footer or another part it prints differs"
    )
    assert status == 1 and why.search(out)
    for option, name in (("--pdf", "a.pdf"), ("--html", "a.html"), ("--csv", "a.csv"), ("--docx", "a.docx")):
        line = one_line(
            capsys, "--database", demo_url, "report", "article7", "--year", year, option, str(tmp_path / name)
        )
        assert why.match(line.removeprefix("stockpile-tracker: ")) and line.endswith(
            "it is not printed: restore a backup copy and run db check"
        )
        assert not (tmp_path / name).exists()


def test_a_report_added_outside_the_program_with_its_own_digest_is_found(demo_url, capsys):
    year = str(date.today().year - 1)
    digest = hashlib.sha256(("<p>forged</p>" + "\x1f" + "forged").encode("utf-8")).hexdigest()
    frozen_at = "2026-01-02 09:00:00.000000"  # as the program stores one: else db check stops at the date
    values = f"'article7', '{year}', 'Forged', '', '<p>forged</p>', 'forged', '{digest}', 'mallory', '{frozen_at}'"
    columns = "kind, period, title, footer, html, csv, sha256, frozen_by, frozen_at"
    forged = f"INSERT INTO frozen_report ({columns}) VALUES ({values})"  # noqa: S608
    tamper_outside_the_program(demo_url, forged, tables=("frozen_report",))
    status, out, _ = run(capsys, "--database", demo_url, "db", "check")
    assert status == 1
    assert f"the article7 report for {year} kept as submitted has no audit entry of its freeze" in out


def _demo_certificate(url: str, verified: bool) -> str:
    engine = open_database(url)
    with engine.connect() as connection:
        numbers = connection.execute(
            text("SELECT certificate_number, verified_by FROM destruction_event ORDER BY id")
        ).all()
    number = next(number for number, verifier in numbers if (verifier is not None) == verified)
    engine.dispose()
    return str(number)


def test_a_certificate_verified_in_sql_is_never_printed_as_genuine(demo_url, tmp_path, capsys):
    """GIVEN a certificate's verification forged with a database tool (its triggers dropped) WHEN it
    is printed THEN it is refused, naming the certificate and what to do, and no file is written: it
    once printed "Verified, Col. Fake", which only db check noticed. Another certificate still prints."""
    forged, genuine = _demo_certificate(demo_url, verified=False), _demo_certificate(demo_url, verified=True)
    statement = (
        "UPDATE destruction_event SET verified_by = 'Col. Fake', verified_on = occurred_on "  # noqa: S608
        f"WHERE certificate_number = '{forged}'"
    )
    tamper_outside_the_program(demo_url, statement, tables=("destruction_event",))
    for option in ("--csv", "--html", "--pdf"):
        line = one_line(capsys, "--database", demo_url, "report", "certificate", forged, option, str(tmp_path / "c"))
        why = re.compile(
            f"stockpile-tracker: certificate {forged} \\(row id = \\d+ of table destruction_event\\) was changed "
            "outside the program since audit entry \\d+ recorded it: what it certifies differs; it is not printed: "
            "restore a backup copy and run db check"
        )
        assert why.fullmatch(line), line
        assert not (tmp_path / "c").exists()
    status, _, _ = run(capsys, "--database", demo_url, "report", "certificate", genuine, "--csv", str(tmp_path / "g"))
    assert status == 0 and genuine in (tmp_path / "g").read_text(encoding="utf-8-sig")


def test_a_lot_whose_ledger_was_changed_in_sql_has_no_history_printed(demo_url, tmp_path, capsys):
    """The lot history checks the lot and its ledger as the certificate its rows."""
    engine = open_database(demo_url)
    with engine.connect() as connection:
        lot_id, number = connection.execute(text("SELECT id, lot_number FROM lot ORDER BY id LIMIT 1")).one()
    engine.dispose()
    statement = f"UPDATE movement SET document_ref = 'forged' WHERE lot_id = {lot_id}"  # noqa: S608
    tamper_outside_the_program(demo_url, statement, tables=("movement",))
    line = one_line(capsys, "--database", demo_url, "report", "lot", number, "--csv", str(tmp_path / "l.csv"))
    assert line.startswith(f"stockpile-tracker: lot {number} (row id = ") and "of table movement" in line
    assert line.endswith("it is not printed: restore a backup copy and run db check")
    assert not (tmp_path / "l.csv").exists()
