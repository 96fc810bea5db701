"""Reports > Article 7 texts: the office writes a year's cover and text forms in the window; the
dialog shows what the report prints (written, or carried forward to review), and the report's
preview prints it."""

from __future__ import annotations

from stockpile_tracker.domain.enums import Article7Part
from stockpile_tracker.qt.article7_dialog import Article7TextDialog
from stockpile_tracker.reports.article7 import article7_report

from ..helpers import PRINTED, drive, snapshot


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
    window.named_actions["article7_texts"].trigger()
    assert seen["dialog"].error == "Form A - national implementation measures: is required"
    assert snapshot(window.stockpile.context.engine) == before
