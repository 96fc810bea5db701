"""The Korea requirement stated from the window: Compliance > Policy profile, its "State a
requirement" button, and what the checks then find (DOMAIN.md section 4, korea-reserve)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from stockpile_tracker.db.migrate import open_database
from stockpile_tracker.qt.korea_dialog import REQUIREMENT_ROWS, KoreaRequirementDialog
from stockpile_tracker.qt.profile_dialog import PolicyProfileDialog
from stockpile_tracker.services import Stockpile

from ..helpers import drive, snapshot, when_modal


def open_profile_dialog(qtbot, window, inside) -> dict:
    """The Policy profile dialog, opened from the window's action: `inside(dialog)` runs in it,
    then it is cancelled (a requirement is kept as soon as it is stated)."""

    def handle(dialog):
        inside(dialog)
        dialog.reject()

    seen = when_modal(qtbot, handle, PolicyProfileDialog)
    window.named_actions["profile"].trigger()
    return seen


def state(qtbot, profile_dialog, fill) -> dict:
    seen = drive(qtbot, KoreaRequirementDialog, fill)
    qtbot.mouseClick(profile_dialog.korea_button, Qt.MouseButton.LeftButton)
    return seen


def test_a_requirement_stated_from_the_profile_dialog_is_listed_and_checked(window, qtbot):
    sp = window.stockpile
    shown = {}

    def fill(dialog):
        shown["notes"] = " ".join(label.text() for label in dialog.findChildren(QLabel))
        dialog.type_combo.value = "M67"
        dialog.quantity_spin.setValue(150)
        dialog.authority_edit.setText("USFK-REQ-9")

    def inside(dialog):
        shown["before"] = dialog.korea_label.text(), dialog.korea_table.isHidden()
        state(qtbot, dialog, fill)
        shown["after"] = listed(dialog), dialog.korea_label.isHidden()

    open_profile_dialog(qtbot, window, inside)
    assert shown["before"] == ("none stated", True)
    assert shown["after"] == ([["M67", "150", "USFK-REQ-9", sp.today().isoformat()]], True)
    # AND, as its dialog says, it is kept although the Policy profile dialog was then cancelled
    assert "State keeps it at once, even if the Policy profile is then cancelled." in shown["notes"]
    (stated,) = sp.korea.requirements("us-2022")
    assert (stated.quantity, stated.authority_ref, stated.set_by) == (150, "USFK-REQ-9", "alice")
    (finding,) = [f for f in sp.compliance.findings() if f.rule == "korea-reserve"]
    assert (finding.severity, finding.quantity, finding.lots) == ("error", 50, ("L-001",))


def listed(dialog) -> list[list[str]]:
    """The requirements as the Policy profile dialog's table shows them, cell by cell."""
    model = dialog.korea_model
    return [
        [model.data(model.index(row, column)) for column in range(model.columnCount())]
        for row in range(model.rowCount())
    ]


def test_every_requirement_is_listed_whole_in_a_table_that_scrolls_at_1280x800(qtbot, settings, demo_url, tmp_path):
    """The demo states one per reserved type (eight): the list keeps its height and scrolls, so the
    dialog fits a 1280x800 screen however many types there are, and no cell is cut off without its
    whole text in a tooltip."""
    engine = open_database(demo_url)
    sp = Stockpile(engine, "alice")
    dialog = PolicyProfileDialog(sp)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    stated = sp.korea.requirements("us-2022")
    assert len(stated) > REQUIREMENT_ROWS
    assert listed(dialog) == [
        [r.designation, f"{r.quantity:,}", r.authority_ref, r.valid_from.isoformat()] for r in stated
    ]
    table, model = dialog.korea_table, dialog.korea_model
    assert table.isVisible() and table.verticalScrollBar().maximum() > 0  # the rest scrolls into view
    assert dialog.height() < 800 - 60  # a window title and a task bar still fit on the screen
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            index = model.index(row, column)
            text = model.data(index)
            fits = table.fontMetrics().horizontalAdvance(text) < table.columnWidth(column)
            assert fits or model.data(index, Qt.ItemDataRole.ToolTipRole) == text, (row, column, text)
    dialog.grab().save(str(tmp_path / "policy-profile.png"))  # to look at, when it fails
    engine.dispose()


def test_a_requirement_without_authority_is_refused_in_the_form_and_writes_nothing(window, qtbot):
    engine = window.stockpile.context.engine
    before = snapshot(engine)
    seen: dict = {}

    def fill(dialog):
        dialog.quantity_spin.setValue(100)

    def inside(dialog):
        seen.update(state(qtbot, dialog, fill))

    open_profile_dialog(qtbot, window, inside)
    refused = seen["dialog"]
    assert refused.error.startswith("authority: is required") and refused.authority_edit.styleSheet()
    assert snapshot(engine) == before


def test_a_profile_that_does_not_permit_korea_retention_offers_no_requirement(window, qtbot):
    shown = {}

    def inside(dialog):
        dialog.profile_combo.value = "ottawa"
        shown["label"], shown["enabled"] = dialog.korea_label.text(), dialog.korea_button.isEnabled()

    open_profile_dialog(qtbot, window, inside)
    assert shown == {"label": "Korea retention not permitted", "enabled": False}
