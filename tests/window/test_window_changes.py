"""After an action the window redraws the pages that show what it changed: the page in view and the
stockpile at once, the others when next shown, and no page that shows none of it."""

from __future__ import annotations

from datetime import date

import pytest

from stockpile_tracker.qt.catalogue_dialogs import MineTypeDialog, SiteDialog
from stockpile_tracker.qt.destruction_dialogs import RecordDestructionDialog
from stockpile_tracker.qt.lot_dialogs import StockCheckDialog
from stockpile_tracker.qt.main_window import PAGES

from ..helpers import close_modal, drive, settle


@pytest.fixture
def redraws(window, qtbot):
    """The pages the window redraws from now on, in order; every page has been shown once."""
    for number in range(len(PAGES)):
        window.nav_list.setCurrentRow(number)
    qtbot.waitUntil(lambda: not window.dashboard_view.findings_pending)
    seen: list[str] = []
    window.page_redrawn.connect(seen.append)
    return seen


def show(window, page: str) -> None:
    window.nav_list.setCurrentRow(PAGES.index(page))


def test_a_mine_type_added_redraws_the_catalogue_only(window, qtbot, redraws):
    # GIVEN the destruction log in view
    show(window, "Destruction log")

    # WHEN a mine type is added
    def fill(dialog):
        qtbot.keyClicks(dialog.designation_edit, "PMN")
        qtbot.keyClicks(dialog.name_edit, "PMN blast")

    drive(qtbot, MineTypeDialog, fill)
    window.catalogue_view.add_type_requested.emit()
    assert "Mine type PMN added" in window.statusBar().currentMessage()

    # THEN neither the log in view nor the stockpile is redrawn, but their filters offer the type;
    # the catalogue is redrawn when shown
    assert redraws == []
    assert window.log_view.type_combo.findData("PMN") > 0 and window.stockpile_view.type_combo.findData("PMN") > 0
    for page in PAGES:
        show(window, page)
    assert redraws == ["Catalogue"]
    assert "PMN" in [t.designation for t in window.catalogue_view.type_model.rows]


def test_a_destruction_redraws_the_stockpile_dashboard_plan_and_log(window, qtbot, redraws):
    # GIVEN a task for L-002, with the plan in view
    lot = window.sp.queries.find_lot("L-002")
    task = window.sp.destruction.schedule(
        planned_on=date.today(), site="ANAD", method="open_detonation", lines={lot.id: 500}
    )
    window.refresh_all()
    show(window, "Destruction plan")
    redraws.clear()

    # WHEN its destruction is recorded
    def fill(dialog):
        qtbot.keyClicks(dialog.officer_edit, "Capt. A. Smith")
        qtbot.keyClicks(dialog.witness_edit, "B. Jones")
        qtbot.keyClicks(dialog.certificate_edit, "DC-1")

    drive(qtbot, RecordDestructionDialog, fill)
    window.plan_view.record_requested.emit(task)

    # THEN the plan in view and the stockpile are redrawn at once, the dashboard and the log when shown
    assert redraws == ["Stockpile", "Destruction plan"]
    settle(qtbot, window)  # the pages read their rows in the background
    assert window.plan_view.task_model.row(0).destroyed == 500
    for page in PAGES:
        show(window, page)
    assert redraws == ["Stockpile", "Destruction plan", "Dashboard", "Destruction log"]
    settle(qtbot, window)
    assert [e.certificate_number for e in window.log_view.model.rows] == ["DC-1"]
    qtbot.waitUntil(lambda: not window.dashboard_view.findings_pending)


def test_a_site_corrected_redraws_the_pages_that_name_it(window, qtbot, redraws):
    show(window, "Catalogue")
    site = next(s for s in window.sp.catalogue.sites() if s.code == "ANAD")

    def fill(dialog):
        dialog.code_edit.setText("ANAD-1")
        qtbot.keyClicks(dialog.reason_edit, "code changed")

    drive(qtbot, SiteDialog, fill)
    window.catalogue_view.edit_site_requested.emit(site)
    assert redraws == ["Stockpile", "Catalogue"]
    for page in PAGES:
        show(window, page)
    assert redraws == ["Stockpile", "Catalogue", "Dashboard", "Destruction plan", "Destruction log"]
    settle(qtbot, window)
    assert window.stockpile_view.model.row(0).site_code == "ANAD-1"
    qtbot.waitUntil(lambda: not window.dashboard_view.findings_pending)


def test_a_dialog_cancelled_redraws_nothing(window, qtbot, redraws):
    window.stockpile_view.select_lot(window.sp.queries.find_lot("L-002").id)
    close_modal(qtbot, StockCheckDialog)
    window.named_actions["check"].trigger()
    for page in PAGES:
        show(window, page)
    assert redraws == []


def test_refresh_redraws_every_page(window, qtbot, redraws):
    show(window, "Destruction log")
    window.named_actions["refresh"].trigger()  # F5
    assert redraws == ["Stockpile", "Destruction log"]
    for page in PAGES:
        show(window, page)
    assert sorted(redraws) == sorted(PAGES)
    qtbot.waitUntil(lambda: not window.dashboard_view.findings_pending)
