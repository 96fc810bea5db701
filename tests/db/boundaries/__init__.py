"""Every date and quantity rule at its edge: the day itself, the day before and the day after;
exactly what is allowed, and one more. DOMAIN.md section 4 names the rules; domain/rules.py and
the services keep them. Each test states the rule it holds and the limit it probes, and a refusal
must leave the database as it was (helpers.refused).

By rule family: quantities on a lot (test_quantities.py), destruction tasks
(test_destruction_tasks.py), dates (test_dates.py), the compliance findings: the acquisition ban,
deadlines and stock that must not be kept (test_findings.py), and the reports' dates
(test_report_dates.py). Here, what they share; their fixtures are in conftest.py."""

from __future__ import annotations

from datetime import date, timedelta

from ...helpers import TODAY

DAY = timedelta(days=1)
RECEIVED = date(2020, 1, 15)  # helpers.receive's default date


def rules_found(sp, **options) -> dict[str, list]:
    found: dict[str, list] = {}
    for finding in sp.compliance.findings(**options):
        found.setdefault(finding.rule, []).append(finding)
    return found


def destroy(sp, lot: int, quantity: int, *, on: date = TODAY, task_id: int | None = None, number: str = "C-1"):
    return sp.destruction.record_event(
        occurred_on=on,
        site="ANAD",
        method="open_detonation",
        officer="Capt. A",
        witness="B. Jones",
        certificate_number=number,
        lines={lot: quantity},
        task_id=task_id,
    )


def schedule(sp, lot: int, quantity: int, *, planned_on: date = TODAY, programme_id: int | None = None):
    return sp.destruction.schedule(
        planned_on=planned_on, site="ANAD", method="open_detonation", lines={lot: quantity}, programme_id=programme_id
    )
