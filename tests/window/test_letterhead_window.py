"""File > Letterhead: the office sets the organisation and the protective marking its printed
pages carry from the window (the first release had them only on the command line)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from stockpile_tracker.qt.settings_dialog import LetterheadDialog
from stockpile_tracker.reports.status import status_report

from ..helpers import PRINTED, drive


def test_the_letterhead_set_in_the_window_heads_every_report(window, qtbot):
    sp = window.stockpile

    def fill(dialog):
        dialog.organisation_edit.setText("Depot 7, Ammunition Branch")
        dialog.marking_edit.setText("OFFICIAL")

    drive(qtbot, LetterheadDialog, fill)
    window.named_actions["letterhead"].trigger()
    assert (sp.catalogue.letterhead().organisation, sp.catalogue.letterhead().marking) == (
        "Depot 7, Ammunition Branch",
        "OFFICIAL",
    )
    report = status_report(sp, date(2026, 6, 30), printed_at=PRINTED)
    assert (report.organisation, report.marking) == ("Depot 7, Ammunition Branch", "OFFICIAL")
    assert window.statusBar().currentMessage() == "Letterhead saved: Depot 7, Ammunition Branch, marked OFFICIAL"


def test_a_letterhead_without_an_organisation_is_refused_and_nothing_changes(window, qtbot):
    before = window.stockpile.catalogue.letterhead()
    seen = {}

    def fill(dialog):
        dialog.organisation_edit.setText("   ")
        dialog.marking_edit.setText("SECRET")
        qtbot.mouseClick(dialog.action_button, Qt.MouseButton.LeftButton)
        seen["error"] = dialog.error_label.text()
        seen["open"] = dialog.isVisible()

    drive(qtbot, LetterheadDialog, fill)
    window.named_actions["letterhead"].trigger()
    assert seen["open"] and "organisation" in seen["error"].lower()
    assert window.stockpile.catalogue.letterhead() == before
