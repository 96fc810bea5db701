"""The Korea requirement stated from the window: Compliance > Policy profile, its "State a
requirement" button, and what the checks then find (DOMAIN.md section 4, korea-reserve)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from stockpile_tracker.qt.korea_dialog import KoreaRequirementDialog
from stockpile_tracker.qt.profile_dialog import PolicyProfileDialog

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
        dialog.type_combo.value = "M67"
        dialog.quantity_spin.setValue(150)
        dialog.authority_edit.setText("USFK-REQ-9")

    def inside(dialog):
        shown["before"] = dialog.korea_label.text()
        state(qtbot, dialog, fill)
        shown["after"] = dialog.korea_label.text()

    open_profile_dialog(qtbot, window, inside)
    assert shown["before"] == "none stated"
    today = sp.today().isoformat()
    assert shown["after"] == f"M67: 150 mines (USFK-REQ-9, from {today})"
    (stated,) = sp.korea.requirements("us-2022")
    assert (stated.quantity, stated.authority_ref, stated.set_by) == (150, "USFK-REQ-9", "alice")
    (finding,) = [f for f in sp.compliance.findings() if f.rule == "korea-reserve"]
    assert (finding.severity, finding.quantity, finding.lots) == ("error", 50, ("L-001",))


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
