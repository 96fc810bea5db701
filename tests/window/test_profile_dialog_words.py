"""The Policy profile dialog in French: a built-in profile's name shows in French and saving the
form untouched keeps the stored name; moving the entry into force moves a ban from the same day."""

from __future__ import annotations

from datetime import date

from stockpile_tracker.qt.profile_dialog import PolicyProfileDialog

OTTAWA = "Ottawa Convention (Mine Ban Treaty, 1997)"
FRENCH = "Convention d'Ottawa (Convention sur l'interdiction des mines antipersonnel, 1997)"


def test_the_dialog_shows_the_name_in_french_keeps_it_stored_and_moves_the_ban(window, qtbot, french):
    sp = window.sp
    dialog = PolicyProfileDialog(sp, window)
    qtbot.addWidget(dialog)
    dialog.profile_combo.value = "ottawa"
    assert dialog.name_edit.text() == FRENCH
    assert FRENCH in dialog.profile_combo.currentText()
    dialog.effective_edit.value = date(2024, 3, 1)
    assert dialog.ban_edit.value == date(2024, 3, 1)  # it was the entry into force: it follows
    dialog.reason_edit.setPlainText("notre entrée en vigueur")
    saved = dialog.submit()
    assert (saved.name, saved.effective_on, saved.acquisition_banned_from) == (
        OTTAWA,
        date(2024, 3, 1),
        date(2024, 3, 1),
    )
