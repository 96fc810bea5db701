"""The compliance findings at their edges: the acquisition ban (rule 4), deadlines (rule 5), and
stock that must not be kept (rule 4)."""

from __future__ import annotations

from datetime import date

import pytest

from stockpile_tracker.services.compliance import UNVERIFIED_DAYS

from ...helpers import TODAY, receive
from . import DAY, RECEIVED, destroy, rules_found, schedule

# -- rule 4: the acquisition ban ----------------------------------------------------------------------


@pytest.mark.parametrize("offset, flagged", [(-1, False), (0, True), (1, True)])
def test_a_receipt_on_the_ban_day_is_flagged(sp, offset, flagged):
    """US policy of June 2022: acquisition banned from 2022-06-21, that day included."""
    ban = sp.catalogue.active_profile().acquisition_banned_from
    assert ban == date(2022, 6, 21)
    result = sp.lots.receive_lot(lot_number="A-1", type="M67", site="ANAD", quantity=10, received_on=ban + offset * DAY)
    assert bool(result.warnings) == flagged
    found = rules_found(sp).get("acquisition", [])
    assert [(f.lots, f.quantity) for f in found] == ([(("A-1",), 10)] if flagged else [])


@pytest.mark.parametrize("offset, flagged", [(-1, False), (0, True), (1, True)])
def test_a_transfer_in_on_the_ban_day_is_flagged(sp, lot, offset, flagged):
    ban = sp.catalogue.active_profile().acquisition_banned_from
    result = sp.lots.transfer_in(lot, 10, ban + offset * DAY, "TI-1")
    assert bool(result.warnings) == flagged
    assert ("acquisition" in rules_found(sp)) == flagged


# -- rule 5: deadlines ------------------------------------------------------------------------------------


@pytest.mark.parametrize("offset, overdue", [(-1, True), (0, False), (1, False)])
def test_a_task_is_overdue_from_the_day_after_its_planned_day(sp, lot, offset, overdue):
    programme = sp.destruction.create_programme(
        name="P", profile="us-2022", deadline=date(2030, 1, 1), sites=["ANAD"], methods=["open_detonation"]
    )
    task = schedule(sp, lot, 100, planned_on=TODAY + offset * DAY, programme_id=programme.id)
    found = [f for f in rules_found(sp).get("deadlines", []) if f.tasks == (task.reference,)]
    assert bool(found) == overdue
    assert sp.destruction.task(task.id).is_overdue(TODAY) == overdue
    assert sp.destruction.programme_progress(programme.id).overdue_tasks == int(overdue)
    assert (sp.destruction.task(task.id).state(TODAY) == "OVERDUE") == overdue


@pytest.mark.parametrize("destroyed, overdue", [(99, True), (100, False)])
def test_a_late_task_is_overdue_until_all_its_mines_are_destroyed(sp, lot, destroyed, overdue):
    programme = sp.destruction.create_programme(
        name="P", profile="us-2022", deadline=date(2030, 1, 1), sites=["ANAD"], methods=["open_detonation"]
    )
    task = schedule(sp, lot, 100, planned_on=TODAY - DAY, programme_id=programme.id)
    destroy(sp, lot, destroyed, task_id=task.id)
    assert sp.destruction.task(task.id).is_overdue(TODAY) == overdue
    assert sp.destruction.programme_progress(programme.id).overdue_tasks == int(overdue)
    found = [f for f in rules_found(sp).get("deadlines", []) if f.tasks == (task.reference,)]
    assert [f.quantity for f in found] == ([100 - destroyed] if overdue else [])


@pytest.mark.parametrize(
    "shipped, destroyed, state",
    [
        (0, 0, "open"),
        (0, 99, "open"),  # one mine short
        (0, 100, "carried out - to close"),
        (100, 0, "shipped, awaiting destruction"),
        (100, 99, "DISCREPANCY: 1 shipped, not destroyed"),
        (100, 100, "carried out - to close"),
    ],
)
def test_what_the_plan_says_of_an_open_task(sp, lot, shipped, destroyed, state):
    """A task for 100 planned for tomorrow (so not overdue)."""
    task = schedule(sp, lot, 100, planned_on=TODAY + DAY)
    if shipped:
        sp.destruction.ship(task.id, on=TODAY, lines={lot: shipped}, document_ref="GBL-1")
    if destroyed:
        destroy(sp, lot, destroyed, task_id=task.id)
    assert sp.destruction.task(task.id).state(TODAY) == state


@pytest.mark.parametrize(
    "age, flagged", [(UNVERIFIED_DAYS - 1, False), (UNVERIFIED_DAYS, False), (UNVERIFIED_DAYS + 1, True)]
)
def test_a_certificate_unverified_for_more_than_30_days_is_found(sp, lot, age, flagged):
    destroy(sp, lot, 10, on=TODAY - age * DAY)
    found = rules_found(sp).get("four-eyes", [])
    assert [f.certificates for f in found] == ([("C-1",)] if flagged else [])


def _programme_destroying_100_a_month(sp, lot: int, deadline: date):
    """600 destroyed, 100 in each of the six full months before TODAY's month (2025-12..2026-05);
    1,000 - 600 = 400 surplus left: four more months, so the forecast is 2026-10-01."""
    programme = sp.destruction.create_programme(
        name="P", profile="us-2022", deadline=deadline, sites=["ANAD"], methods=["open_detonation"]
    )
    for number, month in enumerate([(2025, 12), (2026, 1), (2026, 2), (2026, 3), (2026, 4), (2026, 5)]):
        task = schedule(sp, lot, 100, planned_on=date(*month, 10), programme_id=programme.id)
        destroy(sp, lot, 100, on=date(*month, 10), task_id=task.id, number=f"C-{number}")
    return programme


@pytest.mark.parametrize("offset, on_track", [(-1, False), (0, True), (1, True)])
def test_a_forecast_on_the_deadline_day_is_on_track(sp, lot, offset, on_track):
    forecast_day = date(2026, 10, 1)
    programme = _programme_destroying_100_a_month(sp, lot, deadline=forecast_day + offset * DAY)
    forecast = sp.destruction.forecast(programme.id)
    assert (forecast.recent_rate, forecast.remaining, forecast.forecast) == (100, 400, forecast_day)
    assert forecast.on_track == on_track
    missed = [f for f in rules_found(sp).get("deadlines", []) if "programme" in f.message]
    assert [f.quantity for f in missed] == ([] if on_track else [400])


@pytest.mark.parametrize(
    "day, counted",
    [
        (date(2025, 11, 30), False),  # the seventh month back
        (date(2025, 12, 1), True),  # the first day of the sixth month back
        (date(2026, 5, 31), True),  # the last day of the last full month
        (date(2026, 6, 1), False),  # this month is not full yet
    ],
)
def test_the_recent_rate_is_the_last_six_full_months(sp, lot, day, counted):
    programme = sp.destruction.create_programme(
        name="P", profile="us-2022", deadline=date(2030, 1, 1), sites=["ANAD"], methods=["open_detonation"]
    )
    task = schedule(sp, lot, 600, planned_on=day, programme_id=programme.id)
    destroy(sp, lot, 600, on=day, task_id=task.id)
    assert sp.destruction.forecast(programme.id).recent_rate == (600 / 6 if counted else 0)


@pytest.mark.parametrize("offset, ended", [(-1, True), (0, True), (1, False)])
def test_findings_become_information_from_the_day_a_withdrawal_takes_effect(sp, lot, offset, ended):
    withdrawn = TODAY + offset * DAY
    profile = sp.catalogue.update_profile("us-2022", "withdrawal", withdrawal_effective_on=withdrawn)
    (finding,) = sp.compliance.findings()  # 1,000 unscheduled surplus
    assert finding.severity == ("info" if ended else "warning")
    ended_note = f"(obligations under {profile.name} ended {withdrawn.isoformat()})"
    assert finding.message.startswith("1,000 surplus mines") and finding.message.endswith(ended_note) == ended


# -- rule 4: stock that must not be kept ------------------------------------------------------------


@pytest.mark.parametrize("scheduled, left", [(999, 1), (1000, 0)])
def test_surplus_to_schedule_is_found_down_to_one_mine(sp, lot, scheduled, left):
    schedule(sp, lot, scheduled)
    found = rules_found(sp).get("surplus-to-schedule", [])
    assert [f.quantity for f in found] == ([left] if left else [])


@pytest.mark.parametrize(
    "category, retained, left",
    [
        ("article3", 199, 1),
        ("article3", 200, 0),
        ("korea", 200, 200),  # kept, but not for training: still found
    ],
)
def test_persistent_mines_are_found_down_to_one_not_kept_for_training(sp, category, retained, left):
    lot = receive(sp, "M16-1", 200, type="M16")
    sp.lots.change_retention(
        lot,
        quantity=retained,
        category=category,
        institution="School",
        authority_ref="A3",
        reason="training",
        valid_from=RECEIVED,
    )
    found = rules_found(sp).get("persistent-mines", [])
    assert [f.quantity for f in found] == ([left] if left else [])


@pytest.mark.parametrize(
    "second, valid_from, rise",
    [
        (100, None, 0),  # unchanged from one year to the next
        (101, date(2025, 12, 31), 1),  # one more, on the last day of last year
        (101, date(2026, 1, 1), 0),  # one more, but this year: next year's question
    ],
)
def test_an_article3_rise_under_ottawa_is_found_from_one_mine(sp, lot, second, valid_from, rise):
    """TODAY is in 2026: the check compares the end of 2024 with the end of 2025."""
    sp.lots.change_retention(
        lot,
        quantity=100,
        category="article3",
        institution="School",
        authority_ref="A",
        reason="training",
        valid_from=date(2024, 6, 1),
    )
    if valid_from is not None:
        sp.lots.change_retention(
            lot,
            quantity=second,
            category="article3",
            institution="School",
            authority_ref="B",
            reason="more training",
            valid_from=valid_from,
        )
    found = rules_found(sp, profile="ottawa").get("article3-minimum", [])
    assert [f.quantity for f in found] == ([rise] if rise else [])
