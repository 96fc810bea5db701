"""Unaccounted losses in the window (DOMAIN.md rule 6): closing a task short says the gap becomes a
loss, the Destruction plan lists the open losses, and Resolve unaccounted loss records what the
investigation found, or says which field is wrong and records nothing."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from stockpile_tracker.db.migrate import open_database
from stockpile_tracker.domain.enums import Resolution
from stockpile_tracker.qt.destruction_dialogs import CloseTaskDialog
from stockpile_tracker.qt.loss_dialog import ResolveLossDialog
from stockpile_tracker.qt.main_window import PAGES, MainWindow
from stockpile_tracker.services import Stockpile

from ..helpers import TODAY, drive, receive, seed_catalogue, settle, snapshot, when_modal

EXPLANATION = "certificate 480 short; inquiry opened"


@pytest.fixture
def short_window(qtbot, settings, sqlite_url):
    """A task that shipped 5,560 mines to the contractor's plant TEAD, whose verified certificate
    says 5,080. The catalogue has another destruction site, PLANT, first by its code."""
    return open_short(qtbot, settings, sqlite_url)


def open_short(qtbot, settings, sqlite_url, *, reported: int = 5080, certified: int | None = None):
    """The record of `short_window`, the event reporting `reported` destroyed and its certificate
    verified for `certified` (by default the same), open in carol's window on the task."""
    engine = open_database(sqlite_url)
    sp = Stockpile(engine, "alice", today=lambda: TODAY)
    seed_catalogue(sp)
    for code, name in (("TEAD", "Tooele Army Depot demilitarisation"), ("PLANT", "Contractor's plant")):
        sp.catalogue.add_site(code=code, name=name, country="US", kind="destruction")
    lot = receive(sp, quantity=6000)
    task = sp.destruction.schedule(planned_on=date(2026, 5, 1), site="TEAD", method="disassembly", lines={lot: 5560})
    sp.destruction.ship(task.id, on=date(2026, 5, 2), lines={lot: 5560}, document_ref="GBL-1")
    event = sp.destruction.record_event(
        occurred_on=date(2026, 5, 10),
        site="TEAD",
        method="disassembly",
        officer="D. Moore",
        witness="B. Jones",
        certificate_number="TEAD-CERT-0042",
        lines={lot: reported},
        task_id=task.id,
    )
    Stockpile(engine, "bob", today=lambda: TODAY).destruction.verify_certificate(
        event.id, verified_on=TODAY, certified={lot: certified if certified is not None else reported}
    )
    engine.dispose()
    window = MainWindow(settings, "carol")
    qtbot.addWidget(window)
    assert window.open_database(sqlite_url)
    window.nav_list.setCurrentRow(PAGES.index("Destruction plan"))
    settle(qtbot, window)
    window.plan_view.select_task(task.reference)
    settle(qtbot, window)
    return window


def close_short(qtbot, window) -> None:
    seen = drive(qtbot, CloseTaskDialog, lambda d: d.explanation_edit.setPlainText(EXPLANATION))
    window.named_actions["close_task"].trigger()
    notes = " ".join(label.text() for label in seen["dialog"].findChildren(type(seen["dialog"].problems_label)))
    assert "480 of lot L-001" in notes and "unaccounted loss" in notes
    settle(qtbot, window)


def test_closing_says_a_certificate_short_of_its_event_becomes_a_loss(qtbot, settings, sqlite_url):
    """All 5,560 reported destroyed at TEAD, the certificate says 5,080: the dialog says the 480 become
    a loss, and destroyed counts the certified 5,080 once closed."""
    window = open_short(qtbot, settings, sqlite_url, reported=5560, certified=5080)
    close_short(qtbot, window)
    [loss] = window.sp.destruction.losses()
    assert loss.unaccounted == 480
    assert window.sp.queries.lot(loss.lot_id).destroyed == 5080


def test_closing_short_keeps_the_gap_as_a_loss_the_plan_lists(short_window, qtbot):
    window = short_window
    assert window.plan_view.losses_label.isHidden()
    close_short(qtbot, window)
    [loss] = window.sp.destruction.losses()
    assert (loss.unaccounted, loss.explanation) == (480, EXPLANATION)
    # AND the status line says what became of the gap, not only that the task closed
    assert window.statusBar().currentMessage() == (
        f"Task {loss.task_reference} closed; 480 of lot L-001 recorded as unaccounted loss"
    )
    label = window.plan_view.losses_label
    assert not label.isHidden() and "lot L-001 (M67): 480 unaccounted for" in label.text()
    # AND the lot's detail says so beside its other figures
    window.nav_list.setCurrentRow(PAGES.index("Stockpile"))
    window.stockpile_view.select_lot(loss.lot_id)
    settle(qtbot, window)
    assert "on hand 440" in window.stockpile_view.detail.title_label.text()
    assert "SD 48 h - UNACCOUNTED FOR 480 - on hand 440" in window.stockpile_view.detail.title_label.text()


def test_resolve_unaccounted_loss_writes_off_part_of_it(short_window, qtbot):
    window = short_window
    close_short(qtbot, window)

    def fill(dialog):
        assert not dialog.officer_edit.isEnabled()  # evidence only for a destruction
        dialog.kind_combo.value = Resolution.WRITTEN_OFF.value
        dialog.quantity_spin.setValue(100)
        dialog.reference_edit.setText("SECARMY-2026-17")
        dialog.reason_edit.setPlainText("lost at sea; board of inquiry")

    drive(qtbot, ResolveLossDialog, fill)
    window.named_actions["resolve_loss"].trigger()
    settle(qtbot, window)
    [loss] = window.sp.destruction.losses()
    assert (loss.unaccounted, loss.resolved(Resolution.WRITTEN_OFF.value)) == (380, 100)
    assert "380 still unaccounted for" in window.statusBar().currentMessage()
    assert "380 unaccounted for" in window.plan_view.losses_label.text()


def test_a_destruction_without_its_certificate_is_refused_by_that_field(short_window, qtbot):
    window = short_window
    close_short(qtbot, window)
    before = snapshot(window.sp.context.engine)
    found = {}

    def fill(dialog):
        dialog.kind_combo.value = Resolution.DESTROYED.value
        assert dialog.officer_edit.isEnabled()
        dialog.officer_edit.setText("D. Moore")
        dialog.witness_edit.setText("B. Jones")
        dialog.reason_edit.setPlainText("found destroyed at the plant")
        found["dialog"] = dialog

    def check_refused(dialog):
        fill(dialog)
        dialog.accept()
        found["error"] = dialog.error
        found["marked"] = bool(dialog.reference_edit.styleSheet())
        dialog.reject()

    when_modal(qtbot, check_refused, ResolveLossDialog)
    window.named_actions["resolve_loss"].trigger()
    assert "certificate number" in found["error"] and found["marked"]
    assert snapshot(window.sp.context.engine) == before


def test_resolve_starts_empty_so_enter_alone_resolves_nothing(short_window, qtbot):
    """A resolution cannot be undone: the quantity is typed from the investigation's paper, never
    offered, so the default button on an untouched form is refused by the quantity."""
    window = short_window
    close_short(qtbot, window)
    before = snapshot(window.sp.context.engine)
    found = {}

    def press_enter(dialog):
        found["shown"] = dialog.quantity_spin.text()
        dialog.reference_edit.setText("SECARMY-2026-17")
        dialog.reason_edit.setPlainText("lost at sea; board of inquiry")
        qtbot.keyClick(dialog.reference_edit, Qt.Key.Key_Return)
        found["error"], found["open"] = dialog.error, dialog.isVisible()
        dialog.reject()

    when_modal(qtbot, press_enter, ResolveLossDialog)
    window.named_actions["resolve_loss"].trigger()
    assert found["shown"] == "" and found["open"]
    assert found["error"] == "quantity: is required"
    assert snapshot(window.sp.context.engine) == before


def test_mines_found_destroyed_are_offered_the_destruction_sites_the_tasks_first(short_window, qtbot):
    window = short_window
    close_short(qtbot, window)
    found = {}

    def fill(dialog):
        dialog.kind_combo.value = Resolution.DESTROYED.value
        combo = dialog.site_combo
        found["sites"] = [combo.itemData(i) for i in range(combo.count())]
        found["default"] = combo.value
        dialog.quantity_spin.setValue(480)
        dialog.reference_edit.setText("TEAD-CERT-0051")
        dialog.officer_edit.setText("D. Moore")
        dialog.witness_edit.setText("B. Jones")
        dialog.reason_edit.setPlainText("found in the plant's own records")

    drive(qtbot, ResolveLossDialog, fill)
    window.named_actions["resolve_loss"].trigger()
    settle(qtbot, window)
    assert found["sites"] == ["PLANT", "TEAD"]  # no depot (ANAD, CAMP-C): the mines left with a shipment
    assert found["default"] == "TEAD"  # where the task shipped them, not the first by code
    [loss] = window.sp.destruction.losses()
    assert (loss.unaccounted, loss.resolved(Resolution.DESTROYED.value)) == (0, 480)
    assert window.sp.destruction.find_event("TEAD-CERT-0051").site_code == "TEAD"
