"""The search boxes of the Destruction plan and the Destruction log: what they find, found in the
query (on SQLite and PostgreSQL), and in the window after the typing stops."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QSettings

from stockpile_tracker.qt.main_window import PAGES, MainWindow
from stockpile_tracker.qt.settings import Settings

from ..helpers import TODAY, receive, seed_catalogue, settle


@pytest.fixture
def plan(stockpile, verifier):
    """Two tasks and three events with distinct references, lots, sites, methods and people."""
    sp = stockpile
    seed_catalogue(sp)
    sp.catalogue.add_site(code="TEAD", name="Tooele Army Depot", country="US")
    adam = receive(sp, "ADAM-0412", 1000)
    m16 = receive(sp, "M16-0007", 500, type="M16")
    other = receive(sp, "X-100%_1", 300)
    first = sp.destruction.schedule(
        planned_on=date(2026, 3, 1), site="ANAD", method="open_detonation", lines={adam: 400}, reference="T-2026-031"
    )
    second = sp.destruction.schedule(
        planned_on=date(2026, 7, 1), site="TEAD", method="disassembly", lines={m16: 200}, reference="T-2026-044"
    )
    sp.destruction.record_event(
        occurred_on=date(2026, 3, 1),
        site="ANAD",
        method="open_detonation",
        officer="Capt. A. Smith",
        witness="B. Jones (national authority)",
        certificate_number="DC-2026-0117",
        lines={adam: 400},
        task_id=first.id,
        notes="fired in two shots",
    )
    sp.destruction.record_event(
        occurred_on=date(2026, 4, 2),
        site="TEAD",
        method="cutting",
        officer="Maj. L. Ortiz",
        witness="D. Moore",
        certificate_number="TEAD-CERT-9",
        lines={other: 100},
    )
    sp.destruction.record_event(
        occurred_on=date(2026, 5, 3),
        site="ANAD",
        method="open_burning",
        officer="CW3 R. Chen",
        witness="D. Moore",
        certificate_number="DC-2026-0200",
        lines={m16: 50},
    )
    verifier.destruction.verify_certificate(sp.destruction.find_event("DC-2026-0200").id, verified_on=TODAY)
    sp.destruction.cancel_task(second.id, "Tooele kiln out of service")
    return sp


def _references(tasks) -> set[str]:
    return {task.reference for task in tasks}


def _certificates(events) -> set[str]:
    return {event.certificate_number for event in events}


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("T-2026-031", {"T-2026-031"}),
        ("2026-0", {"T-2026-031", "T-2026-044"}),
        ("adam-0412", {"T-2026-031"}),  # a lot number, in any case
        ("tooele", {"T-2026-044"}),  # the site's name
        ("TEAD", {"T-2026-044"}),  # its code
        ("mechanical", {"T-2026-044"}),  # the method as the window names it
        ("kiln out", {"T-2026-044"}),  # the closing note
        ("  T-2026-031 ", {"T-2026-031"}),  # spaces around the text are not searched for
        ("", {"T-2026-031", "T-2026-044"}),
        ("nothing like it", set()),
    ],
)
def test_the_plan_search_finds_tasks_by_what_a_user_knows_of_them(plan, text, found):
    assert _references(plan.destruction.tasks(text=text)) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("DC-2026-0117", {"DC-2026-0117"}),
        ("dc-2026", {"DC-2026-0117", "DC-2026-0200"}),
        ("ADAM-0412", {"DC-2026-0117"}),  # a lot number
        ("T-2026-031", {"DC-2026-0117"}),  # the task it carried out
        ("smith", {"DC-2026-0117"}),  # the officer
        ("moore", {"TEAD-CERT-9", "DC-2026-0200"}),  # the witness
        ("bob", {"DC-2026-0200"}),  # the verifier
        ("two shots", {"DC-2026-0117"}),  # the notes
        ("Anniston", {"DC-2026-0117", "DC-2026-0200"}),  # the site's name
        ("burning", {"DC-2026-0200"}),  # the method as shown
        ("100%_", {"TEAD-CERT-9"}),  # % and _ are letters here, not wildcards
        ("%", {"TEAD-CERT-9"}),
        ("nothing like it", set()),
    ],
)
def test_the_log_search_finds_events_by_what_a_user_knows_of_them(plan, text, found):
    assert _certificates(plan.destruction.events(text=text)) == found


def test_the_searches_narrow_the_other_filters(plan):
    assert _references(plan.destruction.tasks(status="open", text="2026")) == {"T-2026-031"}
    assert _certificates(plan.destruction.events(site="ANAD", text="moore")) == {"DC-2026-0200"}
    assert _certificates(plan.destruction.events(since=date(2026, 4, 1), text="dc-")) == {"DC-2026-0200"}


@pytest.fixture
def window(qtbot, tmp_path, plan):
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    window = MainWindow(settings, "carol")
    qtbot.addWidget(window)
    assert window.open_database(plan.context.engine.url.render_as_string(hide_password=False))
    return window


def test_the_log_filters_as_the_user_types_once_the_typing_stops(window, qtbot, monkeypatch):
    window.nav_list.setCurrentRow(PAGES.index("Destruction log"))
    log = window.log_view
    log.since_edit.value = date(2026, 1, 1)
    settle(qtbot, window)
    assert len(log.model.rows) == 3
    asked = []
    events = window.sp.destruction.events
    monkeypatch.setattr(window.sp.destruction, "events", lambda **kw: asked.append(kw["text"]) or events(**kw))
    for end in range(1, len("moore") + 1):
        log.search_edit.setText("moore"[:end])
    assert asked == [] and len(log.model.rows) == 3  # not on every key
    qtbot.waitUntil(lambda: asked == ["moore"])
    settle(qtbot, window)
    assert _certificates(log.model.rows) == {"TEAD-CERT-9", "DC-2026-0200"}
    assert log.totals_label.text().startswith("2 events - covered: 150 mines destroyed")

    log.select_event("DC-2026-0117")  # opened from a finding: the search gives way
    settle(qtbot, window)
    assert log.search_edit.text() == "" and log.current_event().certificate_number == "DC-2026-0117"


def test_the_plan_filters_as_the_user_types_and_a_task_opened_clears_the_search(window, qtbot):
    window.nav_list.setCurrentRow(PAGES.index("Destruction plan"))
    plan_view = window.plan_view
    plan_view.open_only_check.setChecked(False)
    plan_view.search_edit.setText("tooele")
    qtbot.waitUntil(lambda: _references(plan_view.task_model.rows) == {"T-2026-044"})
    plan_view.select_task("T-2026-031")
    settle(qtbot, window)
    assert plan_view.search_edit.text() == "" and plan_view.current_task().reference == "T-2026-031"
