"""Suspend and lift from the window: the lot's row, its Suspensions tab and the totals follow, and
on hand = retained + surplus, surplus = scheduled + suspended + unscheduled, as the services say."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QDialog

from stockpile_tracker.domain.enums import LotStatus
from stockpile_tracker.qt.actions import ACTIONS, PAGES
from stockpile_tracker.qt.lot_model import LOT_COLUMNS
from stockpile_tracker.qt.main_window import MainWindow
from stockpile_tracker.qt.suspension_dialogs import LiftDialog, SuspendDialog
from stockpile_tracker.services import LotFilter

from ..helpers import drive, settle, snapshot, stockpile_shown

SUSPENDED = [column.title for column in LOT_COLUMNS].index("Suspended")


def shown_row(window, lot_id: int) -> dict[str, str]:
    model = window.stockpile_view.model
    row = model.index_of_lot(lot_id)
    return {column.title: model.data(model.index(row, number)) for number, column in enumerate(LOT_COLUMNS)}


def test_suspend_then_lift_from_the_window(window, qtbot):
    sp = window.sp
    lot = sp.queries.find_lot("L-002")  # 500 M16, all surplus
    window.stockpile_view.select_lot(lot.id)
    stockpile_shown(window)

    def fill(dialog):
        dialog.kind_combo.value = "investigation"
        dialog.quantity_spin.setValue(120)
        qtbot.keyClicks(dialog.reference_edit, "QDR-2026-031")
        qtbot.keyClicks(dialog.reason_edit, "fuzes under investigation")
        dialog.from_edit.value = date(2026, 6, 1)

    seen = drive(qtbot, SuspendDialog, fill)
    window.named_actions["suspend"].trigger()
    assert seen["dialog"].result() == QDialog.DialogCode.Accepted
    settle(qtbot, window)
    assert "Suspended 120 of lot L-002: investigation QDR-2026-031" in window.statusBar().currentMessage()
    row, figures = shown_row(window, lot.id), sp.queries.lot(lot.id)
    assert (row["On hand"], row["Retained"], row["Surplus"], row["Scheduled"], row["Suspended"]) == (
        "500",
        "0",
        "500",
        "0",
        "120",
    )
    assert figures.surplus == figures.scheduled + figures.suspended + figures.unscheduled
    totals = sp.queries.totals_by_scope().covered
    assert f"+ suspended {totals.suspended:,} +" in window.totals_label.toolTip() and totals.suspended == 120
    assert totals.on_hand == totals.retained + totals.surplus
    detail = window.stockpile_view.detail
    assert "suspended 120" in detail.title_label.text()
    (shown,) = detail.suspensions_model.rows
    assert (shown.kind_label, shown.reference, shown.in_force) == ("investigation", "QDR-2026-031", True)

    def lift(dialog):
        qtbot.keyClicks(dialog.reason_edit, "fuzes found sound")

    seen = drive(qtbot, LiftDialog, lift)
    window.named_actions["lift_suspension"].trigger()
    assert seen["dialog"].result() == QDialog.DialogCode.Accepted
    settle(qtbot, window)
    assert shown_row(window, lot.id)["Suspended"] == "0"
    (lifted,) = detail.suspensions_model.rows
    assert not lifted.in_force and lifted.lift_reason == "fuzes found sound"


def test_suspending_more_than_the_unscheduled_surplus_stays_open_and_changes_nothing(window, qtbot):
    lot = window.sp.queries.find_lot("L-001")  # 1,000 M67, 200 retained for Korea
    window.stockpile_view.select_lot(lot.id)
    stockpile_shown(window)
    before = snapshot(window.sp.context.engine)

    def fill(dialog):
        dialog.quantity_spin.setValue(801)
        qtbot.keyClicks(dialog.reference_edit, "S-1")
        qtbot.keyClicks(dialog.reason_edit, "leaking")

    seen = drive(qtbot, SuspendDialog, fill)
    window.named_actions["suspend"].trigger()
    assert seen["dialog"].result() != QDialog.DialogCode.Accepted
    assert "only 800 are unscheduled surplus" in seen["dialog"].error
    assert snapshot(window.sp.context.engine) == before
    assert shown_row(window, lot.id)["Suspended"] == "0" and SUSPENDED > 0


def test_lift_suspension_is_greyed_out_on_a_lot_with_none_in_force_and_says_why(window, qtbot):
    sp, lift = window.sp, window.named_actions["lift_suspension"]
    lot = sp.queries.find_lot("L-002")
    window.stockpile_view.select_lot(lot.id)
    stockpile_shown(window)
    # GIVEN a lot with no suspension: Lift is greyed out and its tip says what it needs
    assert not lift.isEnabled() and window.named_actions["suspend"].isEnabled()
    assert (
        lift.toolTip()
        == lift.statusTip()
        == ("Select a lot in the Stockpile with a suspension in force to lift one of its suspensions")
    )

    def fill(dialog):
        dialog.quantity_spin.setValue(50)
        qtbot.keyClicks(dialog.reference_edit, "LH-1")
        qtbot.keyClicks(dialog.reason_edit, "court order")

    # WHEN part of it is suspended THEN Lift is enabled on it
    drive(qtbot, SuspendDialog, fill)
    window.named_actions["suspend"].trigger()
    settle(qtbot, window)
    stockpile_shown(window)
    assert lift.isEnabled() and lift.statusTip() == next(a.tip for a in ACTIONS if a.name == "lift_suspension")
    # AND once that suspension is lifted, greyed out again
    drive(qtbot, LiftDialog, lambda dialog: qtbot.keyClicks(dialog.reason_edit, "order withdrawn"))
    lift.trigger()
    settle(qtbot, window)
    stockpile_shown(window)
    assert not lift.isEnabled()


def test_the_status_filter_shows_the_lots_with_a_suspension_in_force(qtbot, settings, demo_url):
    """Stockpile, Status: Suspended keeps the lots the query service keeps for `lots --status
    suspended` (one definition), and they are the lots with a suspension in force."""
    window = MainWindow(settings, "reader")
    qtbot.addWidget(window)
    window.open_database(demo_url)
    window.nav_list.setCurrentRow(PAGES.index("Stockpile"))
    view = window.stockpile_view
    view.status_combo.setCurrentIndex(view.status_combo.findText("Suspended"))
    assert view.current_filter() == LotFilter(status=LotStatus.SUSPENDED)
    settle(qtbot, window)
    while view.model.canFetchMore():
        view.model.fetchMore()
        settle(qtbot, window)
    suspended = [row.id for row in window.sp.queries.lots(limit=None) if row.suspended]
    assert suspended and [row.id for row in view.model.rows] == suspended
    assert view.model.totals == window.sp.queries.totals(LotFilter(status=LotStatus.SUSPENDED))


def test_suspend_mines_shipped_for_destruction_then_lift_them(window, qtbot):
    """The Suspend dialog offers the plant the lot's mines were shipped to; Lift suspension is then
    offered though nothing is suspended at home."""
    sp = window.sp
    sp.catalogue.add_site(code="TEAD", name="Tooele", country="US", kind="destruction")
    lot = sp.queries.find_lot("L-002")
    task = sp.destruction.schedule(planned_on=date(2026, 6, 1), site="TEAD", method="disassembly", lines={lot.id: 300})
    sp.destruction.ship(task.id, on=date(2026, 6, 2), lines={lot.id: 300}, document_ref="GBL-1")
    window.stockpile_view.refresh()
    window.stockpile_view.select_lot(lot.id)
    stockpile_shown(window)

    def fill(dialog):
        assert dialog.site_combo.itemText(1) == "TEAD, for destruction (300 await destruction there)"
        dialog.site_combo.value = "TEAD"
        dialog.kind_combo.value = "safety"
        dialog.quantity_spin.setValue(200)
        qtbot.keyClicks(dialog.reference_edit, "PLANT-STOP")
        qtbot.keyClicks(dialog.reason_edit, "explosion at the plant")
        dialog.from_edit.value = date(2026, 6, 10)

    seen = drive(qtbot, SuspendDialog, fill)
    window.named_actions["suspend"].trigger()
    assert seen["dialog"].result() == QDialog.DialogCode.Accepted, seen["dialog"].error
    settle(qtbot, window)
    assert shown_row(window, lot.id)["Suspended"] == "0"  # on hand: none held back at home
    (shown,) = window.stockpile_view.detail.suspensions_model.rows
    assert (shown.held_at, shown.quantity) == ("TEAD, for destruction", 200)
    assert "at destruction sites 300 (200 suspended there)" in window.stockpile_view.detail.title_label.text()
    assert window.named_actions["lift_suspension"].isEnabled()

    def lift(dialog):
        qtbot.keyClicks(dialog.reason_edit, "plant reopened")

    drive(qtbot, LiftDialog, lift)
    window.named_actions["lift_suspension"].trigger()
    settle(qtbot, window)
    assert not [s for s in sp.suspensions.of_lot(lot.id) if s.in_force]
