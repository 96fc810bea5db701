"""The crash-safety run of benchmarks/crash_safety.py, a few kills at a time: a program instance
killed with SIGKILL mid-import or mid-event leaves a whole database. The full 50-kill run is
`python -m benchmarks.crash_safety`."""

from __future__ import annotations

import os
from datetime import date

import pytest

from benchmarks import crash_safety
from stockpile_tracker.db.migrate import open_database
from stockpile_tracker.services import Stockpile

from ..conftest import PG_ENV, PG_SKIP


@pytest.fixture(params=["sqlite", "postgresql"])
def scratch_url(request):
    """An empty database made by the crash run itself: a temporary file, or one on the server."""
    server = os.environ.get(PG_ENV) if request.param == "postgresql" else None
    if request.param == "postgresql" and not server:
        pytest.skip(PG_SKIP)
    with crash_safety.scratch_database(server) as url:
        yield url


def test_kills_during_imports_and_events_leave_a_whole_database(scratch_url):
    reported = []
    summary = crash_safety.crash_test(scratch_url, 3, lots=300, window=1.0, seed=6, report=reported.append)
    assert summary.failures == [] and reported == []
    assert summary.runs == summary.during_import + summary.during_event + summary.between == 3


def test_a_kill_in_the_middle_of_an_import_leaves_none_of_it(scratch_url):
    """The random kills above may all land between imports; this one lands in one."""
    crash_safety.prepare(scratch_url)
    log, ended_badly = crash_safety.kill_once(scratch_url, 1, 300, 0.0, after="begin import")
    assert ended_badly == "" and crash_safety.where_killed(log) == "import"
    engine = open_database(scratch_url)
    try:
        sp = Stockpile(engine, "checker")
        assert crash_safety.check_after_kill(sp, log, lots=300) == []
        assert sp.queries.totals().lots == 1  # the lot the events draw from, and none of the file's
    finally:
        engine.dispose()


def test_the_checks_find_a_partial_import_and_lost_or_unknown_entries(scratch_url):
    # GIVEN a database where one lot of a 20-lot file is present, and an event no child began
    crash_safety.prepare(scratch_url)
    engine = open_database(scratch_url)
    sp = Stockpile(engine, "checker")
    sp.lots.receive_lot(
        lot_number="P-1",
        type=crash_safety.TYPE,
        site=crash_safety.SITE,
        quantity=5,
        received_on=date(2021, 1, 1),
        document_ref="import crash-9-1.csv",
    )
    event_lot = sp.queries.find_lot(crash_safety.EVENT_LOT).id
    sp.destruction.record_event(
        occurred_on=date(2021, 1, 2),
        site=crash_safety.SITE,
        method="open_burning",
        officer="A",
        witness="B",
        certificate_number="CS-9-0-7",
        lines={event_lot: 1},
    )
    # WHEN the child's log says that a file and an event were committed, which are not there
    log = [
        "ready",
        "begin event CS-9-0-0",
        "end event CS-9-0-0",
        "begin import crash-9-0.csv",
        "end import crash-9-0.csv",
    ]
    problems = crash_safety.check_after_kill(sp, log, lots=20)
    engine.dispose()
    # THEN each is reported
    assert problems == [
        "import crash-9-1.csv: 1 of its 20 lots are in the database",
        "CS-9-0-0 had committed but is missing",
        "crash-9-0.csv had committed but is missing",
        "event CS-9-0-7 is in the database but was never recorded",
    ]
