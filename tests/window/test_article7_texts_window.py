"""Reports > Article 7 texts: the office writes a year's cover and text forms in the window; the
dialog shows what the report prints (written, or carried forward to review), and the report's
preview prints it."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QMessageBox

from stockpile_tracker.domain.enums import Article7Part
from stockpile_tracker.qt.article7_dialog import Article7TextDialog
from stockpile_tracker.reports.article7 import article7_report
from stockpile_tracker.reports.registry import REPORTS_BY_NAME, freeze, prepare
from stockpile_tracker.services.article7 import Submission

from ..helpers import PRINTED, drive, snapshot, when_modal


def test_a_text_saved_in_the_window_is_the_years_and_carries_into_the_next_as_a_draft(window, qtbot):
    sp = window.stockpile
    shown = {}

    def fill(dialog):
        dialog.year_spin.setValue(2025)
        dialog.part_combo.value = "C"
        shown["before"] = dialog.source_note.text(), dialog.text_box.toPlainText()
        dialog.text_box.setPlainText("Not applicable: no mined areas.")

    drive(qtbot, Article7TextDialog, fill)
    window.named_actions["article7_texts"].trigger()
    assert shown["before"] == ("Not written for 2025.", "")
    assert sp.article7.texts(2025)[Article7Part.FORM_C].text == "Not applicable: no mined areas."
    assert "2025: Form C - location of mined areas: saved" in window.statusBar().currentMessage()
    report = article7_report(sp, 2025, printed_at=PRINTED)
    assert next(t for t in report.tables if t.title.startswith("Form C")).text == "Not applicable: no mined areas."

    def look(dialog):
        dialog.year_spin.setValue(2026)
        dialog.part_combo.value = "C"
        shown["next year"] = dialog.source_note.text(), dialog.text_box.toPlainText()
        dialog.reject()

    drive(qtbot, Article7TextDialog, look)
    window.named_actions["article7_texts"].trigger()
    note, text = shown["next year"]
    assert note.startswith("Carried forward from 2025 (alice): review it, then Save writes it for 2026.")
    assert text == "Not applicable: no mined areas."


def test_an_empty_text_is_refused_in_the_dialog_and_nothing_is_written(window, qtbot):
    before = snapshot(window.stockpile.context.engine)

    def fill(dialog):
        dialog.year_spin.setValue(2025)
        dialog.part_combo.value = "A"
        dialog.text_box.setPlainText("   ")

    seen = drive(qtbot, Article7TextDialog, fill)
    asked = when_modal(qtbot, close_without_saving, QMessageBox)  # the refused text is still typed
    window.named_actions["article7_texts"].trigger()
    assert seen["dialog"].error == "Form A - national implementation measures: is required"
    assert asked["text"] == "Close without saving the texts typed for 2025 (Form A - national implementation measures)?"
    assert snapshot(window.stockpile.context.engine) == before


def close_without_saving(box: QMessageBox) -> None:
    next(button for button in box.buttons() if button.text() == "Close without saving").click()


def test_the_dialog_keeps_each_parts_edits_saves_them_in_one_write_and_stays_open(window, qtbot):
    sp = window.stockpile
    seen = {}

    def fill(dialog):
        dialog.year_spin.setValue(2025)
        dialog.part_combo.value = "A"
        dialog.text_box.setPlainText("The Act of 1998.")
        dialog.part_combo.value = "E"
        dialog.text_box.setPlainText("No production facilities.")
        seen["year locked"] = not dialog.year_spin.isEnabled()
        dialog.part_combo.value = "A"
        seen["A kept"] = dialog.text_box.toPlainText()
        qtbot.mouseClick(dialog.action_button, Qt.MouseButton.LeftButton)
        seen["open after save"] = dialog.isVisible()
        seen["saved"] = dialog.saved_note.text()
        dialog.reject()

    when_modal(qtbot, fill, Article7TextDialog)
    window.named_actions["article7_texts"].trigger()
    assert seen["year locked"] and seen["open after save"] and seen["A kept"] == "The Act of 1998."
    assert seen["saved"] == f"Saved: {Article7Part.FORM_A.label}, {Article7Part.FORM_E.label}."
    texts = sp.article7.texts(2025)
    assert (texts[Article7Part.FORM_A].text, texts[Article7Part.FORM_E].text) == (
        "The Act of 1998.",
        "No production facilities.",
    )


def test_a_frozen_year_is_read_only_and_says_when_it_was_submitted(window, qtbot):
    sp = window.stockpile
    freeze(sp, prepare(sp, REPORTS_BY_NAME["article7"], {"year": 2024}), Submission(date(2025, 4, 28), "R-1"))
    seen = {}

    def look(dialog):
        dialog.resize(dialog.width(), 1)  # as small as it goes: the longer notes must make it grow
        dialog.year_spin.setValue(2024)
        dialog.part_combo.value = "H"
        seen["note"] = dialog.frozen_note.text()
        seen["source"] = dialog.source_note.text()
        seen["read only"] = dialog.text_box.isReadOnly() and not dialog.action_button.isEnabled()
        dialog.layout().activate()
        seen["whole"] = dialog.buttons.mapTo(dialog, QPoint(0, dialog.buttons.height())).y() <= dialog.height()
        dialog.reject()

    when_modal(qtbot, look, Article7TextDialog)
    window.named_actions["article7_texts"].trigger()
    assert seen["note"].startswith("The report for 2024 was submitted on 2025-04-28 and frozen on ")
    assert seen["read only"] and seen["whole"]
    assert "a note printed above it" in seen["source"] and "Catalogue > Correct mine type" in seen["source"]
