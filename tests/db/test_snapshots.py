"""A read use case sees the record at one moment: a write another user commits while it reads
(here: between two of its queries) is seen by none of its later parts. On PostgreSQL (with
STOCKPILE_TEST_PG_URL) as on SQLite."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from stockpile_tracker.reports.document import to_csv
from stockpile_tracker.reports.status import status_report

from ..helpers import TODAY, receive, seed_catalogue

PRINTED = datetime(2026, 6, 30, 12, 0)


@pytest.fixture
def programme(stockpile):
    """A programme due this year, 10,000 surplus mines of lot F-1, 1,000 of them in its task."""
    seed_catalogue(stockpile)
    programme = stockpile.destruction.create_programme(
        name="P", profile="us-2022", deadline=date(2026, 12, 31), sites=["ANAD"], methods=["open_detonation"]
    )
    lot = receive(stockpile, "F-1", 10_000, on=date(2020, 1, 1))
    task = stockpile.destruction.schedule(
        planned_on=date(2026, 9, 1), site="ANAD", method="open_detonation", lines={lot: 1000}, programme_id=programme.id
    )
    return programme.id, lot, task.id


def before_the_next(monkeypatch, service, method: str, write) -> None:
    """`write` runs, committed by another user, just before `service.method` is next called."""
    call = getattr(service, method)

    def wrapped(*args, **kwargs):
        monkeypatch.setattr(service, method, call)
        write()
        return call(*args, **kwargs)

    monkeypatch.setattr(service, method, wrapped)


def another_lot(verifier):
    return lambda: receive(verifier, "F-2", 5_000, on=date(2021, 1, 1))


def test_reads_inside_one_read_see_one_moment(stockpile, verifier, programme):
    with stockpile.context.read() as outer:
        before = stockpile.queries.totals()
        another_lot(verifier)()
        with stockpile.context.read() as inner:
            assert inner is outer
        assert stockpile.queries.totals() == before
    assert stockpile.queries.totals().on_hand == before.on_hand + 5_000


def test_the_forecast_counts_surplus_and_shipped_mines_at_one_moment(stockpile, verifier, programme, monkeypatch):
    programme_id, lot, task = programme
    before = stockpile.destruction.forecast(programme_id)
    ship = lambda: verifier.destruction.ship(task, on=TODAY, lines={lot: 100}, document_ref="S-1")  # noqa: E731
    before_the_next(monkeypatch, stockpile.destruction, "tasks", ship)  # after the surplus is read
    assert stockpile.destruction.forecast(programme_id) == before
    after = stockpile.destruction.forecast(programme_id)
    assert (after.surplus, after.awaiting) == (before.surplus - 100, before.awaiting + 100)


def test_the_findings_come_from_one_moment(stockpile, verifier, programme, monkeypatch):
    before = stockpile.compliance.findings()
    before_the_next(monkeypatch, stockpile.destruction, "tasks", another_lot(verifier))  # after the lots are checked
    assert stockpile.compliance.findings() == before
    assert stockpile.compliance.findings() != before


def test_the_dashboard_figures_come_from_one_moment(stockpile, verifier, programme, monkeypatch):
    before = stockpile.overview.dashboard()
    before_the_next(monkeypatch, stockpile.queries, "totals", another_lot(verifier))  # after the programme
    assert stockpile.overview.dashboard() == before
    assert stockpile.overview.dashboard().lots_holding == before.lots_holding + 1


def test_a_report_comes_from_one_moment(stockpile, verifier, programme, monkeypatch):
    def status():
        return to_csv(status_report(stockpile, TODAY, printed_at=PRINTED))

    before = status()
    letterhead = lambda: verifier.catalogue.set_letterhead(organisation="Another Ministry")  # noqa: E731
    before_the_next(monkeypatch, stockpile.destruction, "programmes", letterhead)  # after the stock, before the header
    assert status() == before
    assert status() != before
