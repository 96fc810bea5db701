"""`profile list`, `profile use`, `profile set` and `profile korea`: the same services as the
Policy profile dialog, audited; every mistake is one line on stderr, exit status 2, nothing written."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import text

from stockpile_tracker.cli import main
from stockpile_tracker.db.migrate import open_database
from stockpile_tracker.services import Stockpile

from ..helpers import TODAY, seed_catalogue, snapshot


@pytest.fixture
def record(database_url):
    """A record with the test catalogue, its engine and the URL the commands are given."""
    engine = open_database(database_url)
    seed_catalogue(Stockpile(engine, "alice", today=lambda: TODAY))
    yield engine, database_url
    engine.dispose()


def run(capsys, url: str, *args: str) -> tuple[int, str, str]:
    """The exit status, whether main returns it or argparse exits with it."""
    try:
        status = main(["--database", url, "--user", "carol", "profile", *args])
    except SystemExit as exit_info:
        status = exit_info.code
    out, err = capsys.readouterr()
    return status, out, err


def reader(engine) -> Stockpile:
    return Stockpile(engine, "reader", today=lambda: TODAY)


def last_audit(engine) -> tuple[str, str, str | None]:
    with engine.connect() as connection:
        action, user, reason = connection.execute(
            text('SELECT action, "user", reason FROM audit_entry ORDER BY id DESC LIMIT 1')
        ).one()
    return action, user, reason


def test_list_shows_every_profile_with_its_dates_the_active_one_marked(record, capsys):
    engine, url = record
    reader(engine).korea.state_requirement("us-2022", "M67", 1_500, authority_ref="REQ-9", valid_from=date(2022, 9, 1))
    status, out, err = run(capsys, url, "list")
    assert (status, err) == (0, "")
    lines = out.splitlines()
    assert lines[0] == (
        "  ottawa - Ottawa Convention (Mine Ban Treaty, 1997), in force from 1999-03-01, deadline 4 years (2003-03-01)"
    )
    assert lines[1].startswith("* us-2022 - US anti-personnel landmine policy (June 2022), in force from 2022-06-21")
    assert lines[1].endswith("deadline set per programme")
    assert lines[2] == "    Korea requirement M67: 1,500 mines (REQ-9, from 2022-09-01)"


def test_use_makes_a_profile_the_active_one_audited(record, capsys):
    engine, url = record
    status, out, _ = run(capsys, url, "use", "ottawa")
    assert status == 0 and out.startswith("active profile: ottawa - Ottawa Convention")
    assert reader(engine).catalogue.active_profile().code == "ottawa"
    assert last_audit(engine)[:2] == ("set_active_profile", "carol")


def test_set_changes_entry_into_force_and_deadline_with_the_reason(record, capsys):
    engine, url = record
    status, out, _ = run(
        capsys, url, "set", "ottawa", "--in-force", "2004-03-01", "--deadline-years", "4", "--reason", "our state"
    )
    assert status == 0 and "in force from 2004-03-01, deadline 4 years (2008-03-01)" in out
    ottawa = next(p for p in reader(engine).catalogue.profiles() if p.code == "ottawa")
    assert (ottawa.effective_on, ottawa.deadline) == (date(2004, 3, 1), date(2008, 3, 1))
    assert last_audit(engine) == ("update_profile", "carol", "our state")
    assert run(capsys, url, "set", "ottawa", "--deadline-years", "0", "--reason", "per programme")[0] == 0
    assert next(p for p in reader(engine).catalogue.profiles() if p.code == "ottawa").deadline_years is None


def test_set_moves_the_acquisition_ban_with_entry_into_force_unless_given(record, capsys):
    """Under the Convention the ban follows entry into force for the state (DOMAIN.md section 1)."""
    engine, url = record
    status, out, _ = run(capsys, url, "set", "ottawa", "--in-force", "2024-03-01", "--reason", "our state")
    assert status == 0 and out.rstrip().endswith("; acquisitions banned from 2024-03-01")
    ottawa = next(p for p in reader(engine).catalogue.profiles() if p.code == "ottawa")
    assert (ottawa.effective_on, ottawa.acquisition_banned_from) == (date(2024, 3, 1), date(2024, 3, 1))
    args = ("--in-force", "2023-03-01", "--acquisition-ban", "2023-06-01", "--reason", "as ratified")
    assert run(capsys, url, "set", "ottawa", *args)[0] == 0
    ottawa = next(p for p in reader(engine).catalogue.profiles() if p.code == "ottawa")
    assert (ottawa.effective_on, ottawa.acquisition_banned_from) == (date(2023, 3, 1), date(2023, 6, 1))


def test_korea_states_a_requirement_audited_under_the_user(record, capsys):
    engine, url = record
    status, out, _ = run(
        capsys, url, "korea", "us-2022", "M67", "2500", "--authority", "USFK-7", "--valid-from", "2023-01-01"
    )
    assert (status, out) == (0, "us-2022: Korea requirement for M67: 2,500 mines (USFK-7, from 2023-01-01)\n")
    (stated,) = reader(engine).korea.requirements("us-2022")
    assert (stated.quantity, stated.authority_ref, stated.set_by) == (2_500, "USFK-7", "carol")
    assert last_audit(engine) == ("korea_requirement", "carol", "authority USFK-7")


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["use", "nope"], "profile: no policy profile 'nope'"),
        (["set", "ottawa", "--deadline-years", "5"], "reason: is required"),
        (["set", "ottawa", "--reason", "nothing"], "say what changes"),
        (["set", "ottawa", "--deadline-years", "-2", "--reason", "r"], "deadline years: must be a whole number"),
        (["set", "ottawa", "--in-force", "1.3.1999", "--reason", "r"], "is not a date (YYYY-MM-DD)"),
        (["set", "nope", "--deadline-years", "5", "--reason", "r"], "profile: no policy profile 'nope'"),
        (
            ["set", "ottawa", "--deadline-years", "9999", "--reason", "r"],
            "deadline years: must be a whole number of years from 1 to 50, or none, not 9999",
        ),
        (["set", "ottawa", "--deadline-years", "99999999999", "--reason", "r"], "not 99999999999"),
        (
            ["set", "ottawa", "--in-force", "9999-12-31", "--reason", "r"],
            "entry into force: 9999-12-31 is more than a year after today",
        ),
        (["set", "ottawa", "--in-force", "1996-12-31", "--reason", "r"], "entry into force: 1996-12-31 is before 1997"),
        (["korea", "us-2022", "M67", "-5", "--authority", "A", "--valid-from", "2023-01-01"], "quantity: must be zero"),
        (["korea", "us-2022", "M67", "5", "--authority", "A", "--valid-from", "2099-01-01"], "is in the future"),
        (
            ["korea", "us-2022", "M67", "5", "--authority", "A", "--valid-from", "0001-01-01"],
            "valid from: 0001-01-01 is before 1997, the year the Convention was signed",
        ),
        (["korea", "us-2022", "PMN", "5", "--authority", "A", "--valid-from", "2023-01-01"], "type: mine type 'PMN'"),
        (["korea", "us-2022", "BLU-91/B", "5", "--authority", "A", "--valid-from", "2023-01-01"], "not covered by"),
        (["korea", "ottawa", "M67", "5", "--authority", "A", "--valid-from", "2023-01-01"], "does not permit"),
        (["korea", "us-2022", "M67", "5", "--valid-from", "2023-01-01"], "the following arguments are required"),
        (["korea", "us-2022", "M67", "many", "--authority", "A", "--valid-from", "2023-01-01"], "invalid int value"),
    ],
)
def test_a_mistake_is_one_line_exit_2_and_writes_nothing(record, capsys, args, expected):
    engine, url = record
    before = snapshot(engine)
    status, out, err = run(capsys, url, *args)
    assert (status, out) == (2, "")
    assert err.count("\n") == 1 and expected in err, err
    assert snapshot(engine) == before


def test_the_longest_deadline_the_window_offers_is_a_date_every_command_can_show(record, capsys):
    """Fifty years after today's entry into force, the last the services take: set, listed, checked
    and reported on without a traceback."""
    engine, url = record
    today = date.today().isoformat()
    status, out, err = run(
        capsys, url, "set", "ottawa", "--in-force", today, "--deadline-years", "50", "--reason", "longest"
    )
    assert (status, err) == (0, "") and f"in force from {today}, deadline 50 years" in out
    assert run(capsys, url, "list")[0] == 0
    assert main(["--database", url, "check", "--profile", "ottawa"]) in (0, 1)
    assert main(["--database", url, "db", "check"]) == 0


def test_a_deadline_beyond_any_calendar_written_outside_is_named_and_set_right_with_profile_set(record, capsys):
    """A profile saved before the deadline was bounded (or edited outside) stops every command in
    words naming it, `db check` finds it, and `profile set` corrects it."""
    engine, url = record
    with engine.begin() as connection:
        connection.execute(text("UPDATE policy_profile SET deadline_years = 9999 WHERE code = 'ottawa'"))
    said = "policy profile ottawa: its deadline, 9,999 years after 1999-03-01, is no date"
    status, out, err = run(capsys, url, "list")
    assert status == 2 and err.count("\n") == 1 and said in err, err
    assert main(["--database", url, "db", "check"]) == 1 and said in capsys.readouterr().out
    status, out, err = run(capsys, url, "set", "ottawa", "--deadline-years", "4", "--reason", "set right")
    assert (status, err) == (0, "") and "deadline 4 years (2003-03-01)" in out
    assert main(["--database", url, "db", "check"]) == 0
