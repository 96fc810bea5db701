"""The treaty's dates at their edges: six months from a discovery, 30 April, 180 days, and the
day the last surplus mine left."""

from __future__ import annotations

from datetime import date

from stockpile_tracker.domain.deadlines import (
    ReportDue,
    add_months,
    article7_reports_due,
    found_stock_due,
    surplus_ended_on,
)


def test_six_months_from_a_discovery_keeps_the_day_or_falls_back_to_the_month_end():
    assert found_stock_due(date(2010, 5, 10)) == date(2010, 11, 10)
    assert found_stock_due(date(2010, 8, 31)) == date(2011, 2, 28)
    assert found_stock_due(date(2011, 8, 31)) == date(2012, 2, 29)
    assert add_months(date(2010, 11, 10), -6) == date(2010, 5, 10)


def test_greece_owes_the_initial_report_180_days_after_entry_into_force_then_one_by_each_30_april():
    owed = article7_reports_due(date(2004, 3, 1), record_begins=date(2003, 6, 1), day=date(2006, 1, 1))
    assert owed == [
        ReportDue(None, date(2004, 8, 28)),
        ReportDue(2004, date(2005, 4, 30)),
        ReportDue(2005, date(2006, 4, 30)),
    ]
    assert owed[0].words == "the initial Article 7 report" and owed[1].words == "the Article 7 report for 2004"


def test_no_report_before_entry_into_force_nor_for_periods_before_the_record_begins():
    assert article7_reports_due(date(2004, 3, 1), record_begins=date(2003, 6, 1), day=date(2004, 2, 29)) == []
    owed = article7_reports_due(date(1999, 3, 1), record_begins=date(2020, 1, 15), day=date(2022, 5, 1))
    assert owed == [ReportDue(2020, date(2021, 4, 30)), ReportDue(2021, date(2022, 4, 30))]


def test_the_surplus_ends_on_the_day_the_last_surplus_mine_leaves():
    entries = [(date(2003, 6, 1), 1000), (date(2008, 11, 20), -400), (date(2009, 2, 10), -600)]
    assert surplus_ended_on(entries, []) == date(2009, 2, 10)
    assert surplus_ended_on(entries[:2], []) is None  # 600 still held
    assert surplus_ended_on([], []) is None  # never any surplus: nothing completed


def test_retaining_the_rest_ends_the_surplus_and_releasing_it_starts_it_again():
    entries = [(date(2003, 6, 1), 1000), (date(2008, 11, 20), -900)]
    kept = [(date(2009, 1, 5), 7, 1, 100)]
    assert surplus_ended_on(entries, kept) == date(2009, 1, 5)
    released = [*kept, (date(2009, 6, 1), 7, 2, 0)]
    assert surplus_ended_on(entries, released) is None
    again = [*released, (date(2010, 3, 3), 7, 3, 100)]
    assert surplus_ended_on(entries, again) == date(2010, 3, 3)
