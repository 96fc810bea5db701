"""The deadline engine on the Greece case (DOMAIN.md section 1): State Party 1 March 2004, deadline
1 March 2008 missed without a mine destroyed, destruction begun in November 2008. The clock is
set to each day the office would have checked."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest

from stockpile_tracker.cli import main
from stockpile_tracker.domain.deadlines import years_named
from stockpile_tracker.reports.registry import REPORTS_BY_NAME, freeze, prepare
from stockpile_tracker.services import Stockpile
from stockpile_tracker.services.article7 import Submission
from stockpile_tracker.services.base import utc_now

from ..helpers import receive, seed_catalogue

DEADLINE = date(2008, 3, 1)


class Greece:
    """A record kept under the Ottawa profile, with a clock the test moves."""

    def __init__(self, engine) -> None:
        self.day = date(2003, 6, 1)
        self.sp = Stockpile(engine, "alice", today=lambda: self.day)
        seed_catalogue(self.sp)
        self.sp.catalogue.update_profile(
            "ottawa",
            "Greece: State Party from 1 March 2004",
            effective_on=date(2004, 3, 1),
            acquisition_banned_from=date(2004, 3, 1),
        )
        self.sp.catalogue.set_active_profile("ottawa")
        self.lot = receive(self.sp, "GR-1", 1000, on=self.day)

    def on(self, day: date) -> Greece:
        self.day = day
        return self

    def destroy(
        self, day: date, quantity: int, lot: int | None = None, *, site: str = "ANAD", task_id: int | None = None
    ) -> None:
        self.on(day).sp.destruction.record_event(
            occurred_on=day,
            site=site,
            method="open_detonation",
            officer="Capt. A",
            witness="B. Jones",
            certificate_number=f"GR-{day.isoformat()}",
            lines={lot or self.lot: quantity},
            task_id=task_id,
        )

    def deadline_findings(self, **options) -> list:
        return [f for f in self.sp.compliance.findings(**options) if f.rule == "deadlines"]


@pytest.fixture
def greece(engine) -> Greece:
    return Greece(engine)


def test_after_the_deadline_greece_is_non_compliant_since_it_not_about_to_miss_it(greece):
    greece.sp.destruction.create_programme(name="Greece APL", profile="ottawa", sites=["ANAD"], methods=["cutting"])
    (finding,) = greece.on(date(2008, 6, 1)).deadline_findings()
    assert (finding.severity, finding.quantity) == ("error", 1000)
    assert "non-compliant since 2008-03-01: 1,000 surplus mines still held" in finding.message
    assert "will not all be destroyed" not in finding.message


def test_the_deadline_needs_no_programme(greece):
    (finding,) = greece.on(date(2008, 6, 1)).deadline_findings()
    assert finding.message.startswith("Ottawa Convention (Mine Ban Treaty, 1997): non-compliant since 2008-03-01")


def test_on_the_deadline_day_itself_it_is_not_yet_missed(greece):
    (on_the_day,) = greece.on(DEADLINE).deadline_findings()
    assert "will not all be destroyed by the deadline, 2008-03-01 (forecast never" in on_the_day.message
    (day_after,) = greece.on(date(2008, 3, 2)).deadline_findings()
    assert "non-compliant since 2008-03-01" in day_after.message


def test_on_track_before_the_deadline_says_nothing(greece):
    for month in range(7, 13):
        greece.destroy(date(2007, month, 1), 150)
    assert greece.on(date(2008, 1, 15)).deadline_findings() == []  # 100 left at 150 a month


def test_a_late_completion_is_recorded_with_its_days_late(greece):
    greece.destroy(date(2008, 11, 20), 400)
    (held,) = greece.on(date(2009, 1, 1)).deadline_findings()
    assert "non-compliant since 2008-03-01: 600 surplus mines" in held.message
    greece.destroy(date(2009, 2, 10), 600)
    (done,) = greece.on(date(2012, 1, 1)).deadline_findings()
    assert done.severity == "info"
    assert "stockpile destruction completed 2009-02-10, 346 days after the deadline (2008-03-01)" in done.message


def test_a_completion_on_the_deadline_day_is_on_time(greece):
    greece.destroy(DEADLINE, 1000)
    (done,) = greece.on(date(2009, 1, 1)).deadline_findings()
    assert done.severity == "info" and "completed on time 2008-03-01" in done.message


def test_stocks_found_after_the_deadline_are_due_six_months_after_discovery(greece):
    greece.destroy(date(2009, 2, 10), 1000)
    found = greece.on(date(2010, 5, 10)).sp.lots.record_discovery(
        lot_number="GR-FOUND", type="M67", site="ANAD", quantity=50, found_on=date(2010, 5, 10)
    )
    warning, completed = greece.on(date(2010, 11, 10)).deadline_findings()  # the sixth month's day
    assert (warning.severity, warning.lots, warning.quantity) == ("warning", ("GR-FOUND",), 50)
    assert "50 mines found on 2010-05-10, after the deadline, must be destroyed by 2010-11-10" in warning.message
    assert "completed 2009-02-10" in completed.message  # found stocks do not undo the completion
    (error,) = [f for f in greece.on(date(2010, 11, 11)).deadline_findings() if f.lots]
    assert error.severity == "error" and "non-compliant since 2010-11-10" in error.message
    greece.destroy(date(2010, 11, 11), 50, lot=found.lot_id)
    assert [f.lots for f in greece.deadline_findings()] == [()]  # the completion alone


def test_article7_reports_are_due_by_30_april_and_found_until_frozen(greece):
    greece.destroy(date(2009, 2, 10), 1000)  # no stock finding in the way

    def article7(day: date) -> dict[str, str]:
        owed = [f for f in greece.on(day).sp.compliance.findings() if f.rule == "article7-reports"]
        return {f.message.split(" is due")[0].split(" was due")[0]: f.severity for f in owed}

    assert article7(date(2005, 4, 30)) == {
        "the initial Article 7 report": "error",
        "the Article 7 report for 2004": "warning",
    }
    # late, both: one finding, however many years (27 under Ottawa since 1999 are not 27 errors)
    assert article7(date(2005, 5, 1)) == {
        "2 Article 7 reports (the initial report and 2004) were due by 2005-04-30 at the latest and not "
        "frozen as submitted": "error"
    }
    assert list(article7(date(2008, 5, 1))) == [
        "5 Article 7 reports (the initial report and 2004-2007) were due by 2008-04-30 at the latest and not "
        "frozen as submitted"
    ]
    greece.on(date(2005, 5, 2))
    freeze(greece.sp, prepare(greece.sp, REPORTS_BY_NAME["article7"], {"year": 2004}), Submission(date(2005, 4, 28)))
    assert article7(date(2005, 5, 2)) == {}  # the first report frozen serves as the initial one
    assert "the Article 7 report for 2005" in article7(date(2006, 1, 1))


def test_the_years_owed_are_named_without_hiding_a_year_submitted_between_them(greece):
    """The expert read "26 Article 7 reports (1999-2025)" where 2024 had been submitted."""
    greece.destroy(date(2009, 2, 10), 1000)
    greece.on(date(2006, 5, 2))
    freeze(greece.sp, prepare(greece.sp, REPORTS_BY_NAME["article7"], {"year": 2005}), Submission(date(2006, 4, 28)))
    owed = [f.message for f in greece.on(date(2008, 5, 1)).sp.compliance.findings() if f.rule == "article7-reports"]
    assert owed == [
        "3 Article 7 reports (2004, 2006-2007) were due by 2008-04-30 at the latest and not frozen as submitted"
    ]
    assert years_named([1999, 2000, 2001, 2003, 2005, 2006]) == "1999-2001, 2003, 2005-2006"


def test_a_profile_that_reports_voluntarily_is_owed_no_article7_report(greece):
    greece.on(date(2012, 1, 1))
    assert "article7-reports" in {f.rule for f in greece.sp.compliance.findings()}
    assert "article7-reports" not in {f.rule for f in greece.sp.compliance.findings(profile="us-2022")}


def test_the_findings_as_they_stood_on_a_day(greece):
    greece.destroy(date(2009, 2, 10), 1000)
    greece.on(date(2012, 1, 1))
    (before,) = [f for f in greece.deadline_findings(as_of=date(2008, 6, 1)) if "Convention" in f.message]
    assert "non-compliant since 2008-03-01: 1,000 surplus mines" in before.message
    assert "surplus-to-schedule" in {f.rule for f in greece.sp.compliance.findings(as_of=date(2008, 6, 1))}
    assert "surplus-to-schedule" not in {f.rule for f in greece.sp.compliance.findings()}


def test_check_as_of_on_the_command_line_and_its_bounds(greece, database_url, capsys):
    greece.destroy(date(2009, 2, 10), 1000)
    assert main(["--database", database_url, "check", "--as-of", "2008-06-01", "--json"]) == 1
    messages = [f["message"] for f in json.loads(capsys.readouterr().out)["findings"]]
    assert any("non-compliant since 2008-03-01: 1,000 surplus mines" in m for m in messages)
    assert main(["--database", database_url, "check", "--as-of", "1996-12-31"]) == 2
    assert "--as-of: 1996-12-31 is before 1997, the year the Convention was signed" in capsys.readouterr().err
    assert main(["--database", database_url, "check", "--as-of", "2999-01-01"]) == 2
    assert "--as-of: 2999-01-01 is in the future" in capsys.readouterr().err


def test_a_programme_past_its_own_deadline_is_non_compliant_since_it(stockpile):
    seed_catalogue(stockpile)
    stockpile.destruction.create_programme(
        name="US APL", profile="us-2022", deadline=date(2026, 1, 1), sites=["ANAD"], methods=["open_detonation"]
    )
    receive(stockpile, "F-1", 10_000, on=date(2020, 1, 1))
    (finding,) = [f for f in stockpile.compliance.findings() if "programme" in f.message]
    assert finding.severity == "error" and finding.quantity == 10_000
    assert finding.message.startswith("programme US APL: non-compliant since 2026-01-01: 10,000 mines still to destroy")


def test_a_task_counts_as_of_a_day_only_once_it_was_on_the_record(stockpile):
    """A task's creation is stamped by the computer's clock (as the status report reads it as of a
    day): the day before it was entered, with no work dated by then, it was neither open nor
    overdue (tests/db/test_dated_tasks.py: one whose work began earlier)."""
    seed_catalogue(stockpile)
    lot = receive(stockpile, "T-1", 100, on=date(2020, 1, 1))
    task = stockpile.destruction.schedule(
        planned_on=date(2026, 3, 1), site="ANAD", method="open_detonation", lines={lot: 100}
    )
    entered = utc_now().date()

    def overdue(as_of: date) -> list:
        return [f.tasks for f in stockpile.compliance.findings(as_of=as_of) if f.tasks]

    assert overdue(entered) == [(task.reference,)]
    assert overdue(entered - timedelta(days=1)) == []
    assert stockpile.destruction.tasks(status="open", as_of=entered)[0].planned == 100


def test_mines_at_a_foreign_destruction_plant_are_still_held_until_destroyed(greece):
    """Greece, 2014: mines shipped to a contractor's plant in Bulgaria are still its stockpile
    (DOMAIN.md section 6): non-compliant while any is there, completed only when the last is
    destroyed."""
    sp = greece.sp
    greece.destroy(date(2008, 11, 20), 200)
    sp.catalogue.add_site(code="BG-PLANT", name="Contractor's plant", country="BG")
    greece.on(date(2014, 5, 1))
    task = sp.destruction.schedule(
        planned_on=date(2014, 6, 30), site="BG-PLANT", method="open_detonation", lines={greece.lot: 800}
    )
    sp.destruction.ship(task.id, on=date(2014, 5, 1), lines={greece.lot: 800}, document_ref="CMR-1")
    greece.destroy(date(2014, 6, 15), 200, site="BG-PLANT", task_id=task.id)
    (finding, overdue) = greece.on(date(2015, 6, 1)).deadline_findings()
    assert overdue.message == "task T-2014-001 was planned for 2014-06-30 and 600 of 800 are not destroyed"
    assert (finding.severity, finding.quantity) == ("error", 600)  # 600 still at the plant
    assert "non-compliant since 2008-03-01: 600 surplus mines still held" in finding.message
    greece.destroy(date(2018, 11, 20), 600, site="BG-PLANT", task_id=task.id)
    (done,) = [f for f in greece.on(date(2019, 1, 1)).deadline_findings() if "completed" in f.message]
    assert done.severity == "info" and "completed 2018-11-20, 3,916 days after the deadline" in done.message


def test_mines_retained_for_a_reason_the_profile_does_not_permit_are_still_to_destroy(greece):
    """Ottawa permits Article 3 retention only: mines kept for Korea are still surplus for the
    deadline, and destroying the rest is no completion."""
    sp = greece.sp
    kept = receive(sp, "GR-K", 500, on=date(2003, 6, 1))
    greece.on(date(2005, 1, 1)).sp.lots.change_retention(
        kept, quantity=500, category="korea", authority_ref="A-1", reason="reserve", valid_from=date(2005, 1, 1)
    )
    greece.destroy(date(2009, 2, 10), 1000)
    (finding,) = greece.on(date(2010, 1, 1)).deadline_findings()
    assert (finding.severity, finding.quantity) == ("error", 500)
    assert finding.message.endswith(
        "non-compliant since 2008-03-01: 500 surplus mines still held after the deadline, 500 of them retained "
        "beyond what it permits"
    )


def test_a_destruction_entered_late_counts_in_the_programme_rate_from_the_day_it_happened(stockpile):
    """A record brought up to date after the fact: the task and its certificate are entered today,
    the destruction happened in March. As of April, the programme's rate counts it, as the ledger
    does, and its plan too: the task had begun with that destruction (DOMAIN.md section 5)."""
    seed_catalogue(stockpile)
    programme = stockpile.destruction.create_programme(
        name="US APL", profile="us-2022", deadline=date(2028, 1, 1), sites=["ANAD"], methods=["open_detonation"]
    )
    lot = receive(stockpile, "R-1", 700, on=date(2020, 1, 1))
    task = stockpile.destruction.schedule(
        planned_on=date(2026, 3, 1), site="ANAD", method="open_detonation", lines={lot: 600}, programme_id=programme.id
    )
    stockpile.destruction.record_event(
        occurred_on=date(2026, 3, 10),
        site="ANAD",
        method="open_detonation",
        officer="Capt. A",
        witness="B. Jones",
        certificate_number="LATE-1",
        lines={lot: 600},
        task_id=task.id,
    )
    past = stockpile.destruction.forecast(programme.id, as_of=date(2026, 4, 15))
    assert [(m.month, m.planned, m.destroyed) for m in past.months] == [(date(2026, 3, 1), 600, 600)]
    assert past.recent_rate == 100  # 600 over the six full months before April
    before = stockpile.destruction.forecast(programme.id, as_of=date(2026, 3, 9))
    assert before.months == ()  # nothing begun, nothing destroyed yet


def test_before_the_profile_took_effect_its_findings_only_inform(greece):
    """Checked as of a day before the Convention bound Greece (1 March 2004): nothing was owed yet."""
    findings = greece.on(date(2003, 12, 1)).sp.compliance.findings()
    assert findings and {f.severity for f in findings} == {"info"}
    assert all(f.message.endswith("took effect only on 2004-03-01)") for f in findings)
    assert "error" in {f.severity for f in greece.on(date(2004, 3, 1)).sp.compliance.findings()}
