"""The action dialogs as a user meets them, opened for real from the window's actions: where the
focus starts, what Enter does, what an error does to the form, and figures that must be typed from
paper (a count, a certificate) rather than confirmed."""

from __future__ import annotations

import json
from datetime import date

import pytest
import sqlalchemy as sa
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QLabel

from stockpile_tracker.db.models import AuditEntry
from stockpile_tracker.domain.errors import InvalidInput
from stockpile_tracker.qt.catalogue_dialogs import MineTypeDialog
from stockpile_tracker.qt.destruction_dialogs import (
    CorrectDestructionDialog,
    RecordDestructionDialog,
    ScheduleDialog,
    VerifyCertificateDialog,
)
from stockpile_tracker.qt.lot_dialogs import ReceiveDialog, RetentionDialog, SplitDialog, StockCheckDialog
from stockpile_tracker.qt.main_window import PAGES
from stockpile_tracker.qt.suspension_dialogs import LiftDialog, SuspendDialog
from stockpile_tracker.qt.user_name_dialog import UserNameDialog
from stockpile_tracker.qt.widgets import QuantitySpin
from stockpile_tracker.services import operating_system_login

from ..helpers import drive, snapshot, stockpile_shown, when_modal

LOT_DIALOGS = [  # (action, dialog class, the lot it needs selected or None)
    ("receive", ReceiveDialog, None),
    ("retention", RetentionDialog, "L-002"),
    ("split", SplitDialog, "L-002"),
    ("schedule", ScheduleDialog, "L-002"),
    ("destroy", RecordDestructionDialog, "L-002"),
    ("check", StockCheckDialog, "L-002"),
    ("suspend", SuspendDialog, "L-002"),
    ("lift_suspension", LiftDialog, "L-002"),
]


def select(window, lot_number: str):
    """As a user clicks the lot's row: once the rows being read are shown."""
    lot = window.sp.queries.find_lot(lot_number)
    window.stockpile_view.select_lot(lot.id)
    stockpile_shown(window)
    return lot


def open_and_inspect(qtbot, window, action: str, dialog_class, lot_number: str | None, inspect) -> dict:
    if action == "lift_suspension":  # offered only on a lot with a suspension in force
        lot = window.sp.queries.find_lot(lot_number)
        window.sp.suspensions.suspend(
            lot.id, kind="safety", quantity=10, reference="S-1", reason="leaking", suspended_from=window.sp.today()
        )
        window.refresh_all("suspended")
    if lot_number:
        select(window, lot_number)
    seen = when_modal(qtbot, lambda dialog: (inspect(dialog), dialog.reject()), dialog_class)
    window.named_actions[action].trigger()
    assert "dialog" in seen, f"{dialog_class.__name__} did not open"
    return seen


@pytest.mark.parametrize(("action", "dialog_class", "lot_number"), LOT_DIALOGS)
def test_focus_starts_on_the_first_field_and_enter_submits_not_cancels(window, qtbot, action, dialog_class, lot_number):
    found = {}

    def inspect(dialog):
        found["before"] = snapshot(window.sp.context.engine)  # as the form opened
        qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
        found["focus"] = QApplication.focusWidget()
        found["first"] = dialog.first_field()
        cancel = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        found["defaults"] = (dialog.action_button.isDefault(), cancel.isDefault(), cancel.autoDefault())
        # Enter in the first field submits the form: refused or done, it is never a Cancel
        submitted = []
        dialog.accepted.connect(lambda: submitted.append("accepted"))
        original = dialog.submit

        def counting_submit():
            submitted.append("submitted")
            return original()

        dialog.submit = counting_submit
        qtbot.keyClick(found["first"], Qt.Key.Key_Return)
        found["submitted"] = submitted
        found["open_after_error"] = dialog.isVisible() == bool(dialog.error)

    open_and_inspect(qtbot, window, action, dialog_class, lot_number, inspect)
    focus, first = found["focus"], found["first"]
    assert focus is first or first.isAncestorOf(focus), f"focus on {focus!r}, first field {first!r}"
    assert found["defaults"] == (True, False, False)
    assert found["submitted"][:1] == ["submitted"]
    assert found["open_after_error"]
    if found["submitted"] == ["submitted"]:  # refused: the form stayed open and nothing was written
        assert snapshot(window.sp.context.engine) == found["before"]


@pytest.mark.parametrize(("action", "dialog_class", "lot_number"), LOT_DIALOGS)
def test_an_error_grows_the_dialog_and_never_squeezes_a_field(window, qtbot, action, dialog_class, lot_number):
    found = {}

    def laid_out(condition) -> bool:
        """The layout settles over a few turns of the event loop (more on a busy machine)."""
        try:
            qtbot.waitUntil(condition, timeout=2000)
        except qtbot.TimeoutError:
            return False
        return True

    def inspect(dialog):
        fields = [dialog.form.itemAt(row, dialog.form.ItemRole.FieldRole) for row in range(dialog.form.rowCount())]
        widgets = [item.widget() for item in fields if item is not None and item.widget() is not None]
        found["before"] = [w.height() for w in widgets]
        found["height"] = dialog.height()
        message = (
            "a refusal long enough to wrap over several lines of the dialog, as the services' messages "
            "about four eyes, retention and allocation do; "
        )
        label, area = dialog.error_label, dialog.error_area
        dialog.show_error(InvalidInput("reason", message * 2))
        found["whole_message_shown"] = laid_out(
            lambda: (
                area.verticalScrollBar().maximum() == 0
                and label.height() >= label.heightForWidth(area.viewport().width())
            )
        )
        found["after"] = [w.height() for w in widgets]
        found["grown"] = dialog.height() - found["height"]
        dialog.show_error(InvalidInput("reason", message * 20))  # too long to show whole: it scrolls
        found["long_scrolls"] = laid_out(lambda: area.verticalScrollBar().maximum() > 0)
        found["after_long"] = [w.height() for w in widgets]

    open_and_inspect(qtbot, window, action, dialog_class, lot_number, inspect)
    assert found["after"] == found["before"] == found["after_long"]
    assert found["grown"] > 0
    assert found["whole_message_shown"] and found["long_scrolls"]


def test_a_stock_check_is_blind_and_an_empty_count_is_refused(window, qtbot):
    lot = select(window, "L-002")
    before = snapshot(window.sp.context.engine)
    shown = {}

    def look(dialog):
        shown["text"] = dialog.counted_spin.text()
        shown["notes"] = " ".join(label.text() for label in dialog.findChildren(QLabel))

    seen = drive(qtbot, StockCheckDialog, look)
    window.named_actions["check"].trigger()
    assert shown["text"] == ""  # the ledger's figure is not offered to confirm
    assert f"{lot.on_hand:,}" not in shown["notes"]
    assert seen["dialog"].error == "counted: is required"
    assert snapshot(window.sp.context.engine) == before

    def count_as_on_the_sheet(dialog):
        qtbot.keyClicks(dialog.counted_spin, "500")

    drive(qtbot, StockCheckDialog, count_as_on_the_sheet)
    window.named_actions["check"].trigger()
    assert "Stock check recorded for lot L-002" in window.statusBar().currentMessage()


def destroyed_today(sp, lot_id: int, quantity: int, certificate: str):
    """A destruction recorded today by the window's user, its certificate not yet verified."""
    return sp.destruction.record_event(
        occurred_on=date.today(),
        site="ANAD",
        method="open_detonation",
        officer="Capt. A. Smith",
        witness="B. Jones",
        certificate_number=certificate,
        lines={lot_id: quantity},
    )


def test_a_certificate_is_typed_from_the_paper_not_confirmed(window, qtbot, settings, small_url):
    from stockpile_tracker.qt.main_window import MainWindow

    lot = window.sp.queries.find_lot("L-002")
    event = destroyed_today(window.sp, lot.id, 300, "DC-7")
    bob = MainWindow(settings, "bob")
    qtbot.addWidget(bob)
    bob.open_database(small_url)
    bob.nav_list.setCurrentRow(PAGES.index("Destruction log"))
    blank = {}
    seen = drive(
        qtbot,
        VerifyCertificateDialog,
        lambda d: blank.update(text=d.lines_table.spin(0).text(), values=d.lines_table.all_quantities),
    )
    bob.log_view.verify_requested.emit(event)
    assert blank == {"text": "", "values": {lot.id: None}}
    assert "lot L-002: type the quantity the certificate states" in seen["dialog"].error
    assert bob.sp.destruction.events()[0].verified_by is None

    drive(qtbot, VerifyCertificateDialog, lambda d: qtbot.keyClicks(d.lines_table.spin(0), "300"))
    bob.log_view.verify_requested.emit(event)
    assert bob.sp.destruction.events()[0].verified_by == "bob"


def test_record_destruction_on_a_scheduled_lot_offers_its_task(window, qtbot):
    lot = window.sp.queries.find_lot("L-002")
    task = window.sp.destruction.schedule(
        planned_on=date.today(), site="ANAD", method="open_detonation", lines={lot.id: 500}
    )
    window.refresh_all()
    select(window, "L-002")
    found = {}

    def look(dialog):
        found["task"] = dialog.task_combo.value
        found["lines"] = dialog.lines_table.all_quantities
        found["note"] = " ".join(label.text() for label in dialog.findChildren(QLabel))
        dialog.reject()

    when_modal(qtbot, look, RecordDestructionDialog)
    window.named_actions["destroy"].trigger()
    assert found["task"] == task.id and found["lines"] == {lot.id: 500}
    assert f"Scheduled in task {task.reference}" in found["note"]


def test_record_destruction_names_the_tasks_when_it_cannot_choose_one(window, qtbot):
    lot = window.sp.queries.find_lot("L-002")
    first = window.sp.destruction.schedule(
        planned_on=date.today(), site="ANAD", method="open_detonation", lines={lot.id: 100}
    )
    second = window.sp.destruction.schedule(
        planned_on=date.today(), site="ANAD", method="open_burning", lines={lot.id: 100}
    )
    window.refresh_all()
    select(window, "L-002")
    found = {}
    when_modal(
        qtbot,
        lambda d: (
            found.update(task=d.task_combo.value, note=" ".join(label.text() for label in d.findChildren(QLabel))),
            d.reject(),
        ),
        RecordDestructionDialog,
    )
    window.named_actions["destroy"].trigger()
    assert found["task"] is None  # 300 unscheduled surplus may be destroyed without a task
    assert first.reference in found["note"] and second.reference in found["note"]


def test_change_operator_can_be_cancelled(window, qtbot):
    def type_then_cancel(dialog):
        dialog.name_edit.setText("mallory")
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Cancel).click()

    when_modal(qtbot, type_then_cancel, UserNameDialog)
    window.named_actions["operator"].trigger()
    assert window.user == "alice" and window.settings.user_name != "mallory"


def test_the_operator_dialog_says_what_the_name_is_for_on_the_record_open(window, qtbot):
    """SQLite: the name typed is the recorder, its change audited beside the operating-system login
    (PostgreSQL's words: tests/db/test_roles.py)."""
    from stockpile_tracker.services import operating_system_login

    shown: dict[str, str] = {}

    def read_then_cancel(dialog):
        shown["words"] = dialog.words.text()
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Cancel).click()

    when_modal(qtbot, read_then_cancel, UserNameDialog)
    window.named_actions["operator"].trigger()
    assert shown["words"].startswith("On this SQLite file the name you type is the recorder")
    assert f"operating-system login ({operating_system_login()})" in shown["words"]
    assert "four eyes use PostgreSQL" in shown["words"]
    at_the_start = UserNameDialog()  # no record open yet: both backends, in one sentence each
    qtbot.addWidget(at_the_start)
    assert "On a SQLite file it is the recorder" in at_the_start.words.text()
    assert "on PostgreSQL your database login is the recorder" in at_the_start.words.text()


def test_a_change_of_operator_is_in_the_audit_log(window, qtbot):
    """On a SQLite file the name typed is all that says who did what: its change is audited."""

    def type_bob(dialog):
        dialog.name_edit.setText("bob")
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()

    when_modal(qtbot, type_bob, UserNameDialog)
    window.named_actions["operator"].trigger()
    assert window.user == "bob" and window.sp.user == "bob"
    with window.sp.context.engine.connect() as connection:
        [entry] = connection.execute(sa.select(AuditEntry).where(AuditEntry.action == "change_operator")).all()
    assert (entry.user, json.loads(entry.before), json.loads(entry.after)) == (
        "bob",
        {"name": "alice"},
        {"name": "bob"},
    )
    assert entry.os_login == operating_system_login() and window.sp.check().ok  # on the entry, in its hash


def test_a_catalogue_entry_is_corrected_from_the_catalogue_page_with_a_reason(window, qtbot):
    window.nav_list.setCurrentRow(PAGES.index("Catalogue"))
    view = window.catalogue_view
    row = next(r for r, t in enumerate(view.type_model.rows) if t.designation == "M16")
    view.type_table.selectRow(row)
    before = snapshot(window.sp.context.engine)
    shown = {}

    def rename_without_reason(dialog):
        shown["designation"] = dialog.designation_edit.text()
        dialog.designation_edit.setText("M16A2")

    seen = drive(qtbot, MineTypeDialog, rename_without_reason)
    view.edit_type_button.click()
    assert shown["designation"] == "M16"  # the entry as it is, to correct
    assert seen["dialog"].error == "reason: is required"
    assert snapshot(window.sp.context.engine) == before

    def rename_with_reason(dialog):
        rename_without_reason(dialog)
        qtbot.keyClicks(dialog.reason_edit, "designation mistyped")

    drive(qtbot, MineTypeDialog, rename_with_reason)
    view.type_table.doubleClicked.emit(view.type_model.index(row, 0))
    assert "Mine type M16A2 corrected" in window.statusBar().currentMessage()
    assert window.sp.queries.find_lot("L-002").type_designation == "M16A2"
    assert "M16A2" in [t.designation for t in view.type_model.rows]


def test_a_destruction_is_corrected_from_its_ledger_entry_typed_from_the_paper(window, qtbot):
    lot = window.sp.queries.find_lot("L-002")
    window.sp.destruction.record_event(
        occurred_on=date.today(),
        site="ANAD",
        method="open_detonation",
        officer="Capt. A. Smith",
        witness="B. Jones",
        certificate_number="DC-5",
        lines={lot.id: 300},
    )
    window.refresh_all()
    select(window, "L-002")
    ledger = window.stockpile_view.detail.ledger_model
    row = next(r for r, entry in enumerate(ledger.rows) if entry.kind == "destroyed")
    window.stockpile_view.detail.ledger_table.selectRow(row)
    shown = {}

    def correct(dialog):
        shown.update(title=dialog.windowTitle(), lot=dialog.lot_combo.value, typed=dialog.quantity_spin.text())
        qtbot.keyClicks(dialog.quantity_spin, "250")
        qtbot.keyClicks(dialog.reason_edit, "certificate says 250")

    drive(qtbot, CorrectDestructionDialog, correct)
    window.named_actions["reverse"].trigger()
    assert shown == {"title": "Correct destruction certificate DC-5", "lot": lot.id, "typed": ""}
    assert "Certificate DC-5 corrected: 250 destroyed" in window.statusBar().currentMessage()
    lot = window.sp.queries.find_lot("L-002")
    assert (lot.on_hand, lot.destroyed) == (250, 250)
    stockpile_shown(window)
    assert [e.kind for e in window.stockpile_view.detail.ledger_model.rows][-2:] == ["reversal", "destroyed"]


@pytest.mark.parametrize("cursor", ["before the 0", "after the 0"])
def test_a_figure_typed_into_a_field_showing_0_replaces_it(qtbot, cursor):
    spin = QuantitySpin()
    qtbot.addWidget(spin)
    spin.lineEdit().setCursorPosition(0 if cursor == "before the 0" else 1)
    qtbot.keyClicks(spin, "1000")
    assert spin.value() == 1000


def leave(widget) -> None:
    """The field loses the keyboard, as when the user presses Tab or clicks another field."""
    QApplication.sendEvent(widget, QFocusEvent(QEvent.Type.FocusOut, Qt.FocusReason.TabFocusReason))


@pytest.mark.parametrize("then", ["stays", "leaves the field", "presses Enter"])
@pytest.mark.parametrize("typed", ["1,5", "1,00", "1,2,3,4", "3,0"])
def test_a_quantity_with_a_decimal_comma_is_refused_not_misread(window, qtbot, typed, then):
    """Qt's spin box puts back the last whole number when the field is left or Enter is pressed
    on text it cannot read: "1,5" then Tab was recorded as a count of 1."""
    select(window, "L-002")
    before = snapshot(window.sp.context.engine)

    def count(dialog):
        qtbot.keyClicks(dialog.counted_spin, typed)
        if then == "leaves the field":
            leave(dialog.counted_spin)
        qtbot.keyClicks(dialog.reason_edit, "count")
        if then == "presses Enter":
            qtbot.keyClick(dialog.counted_spin, Qt.Key.Key_Return)

    seen = drive(qtbot, StockCheckDialog, count)
    window.named_actions["check"].trigger()
    assert seen["dialog"].error == (
        f"counted: {typed!r} is not a whole number of mines; write it with digits only, "
        "or with commas between groups of three digits"
    )
    assert snapshot(window.sp.context.engine) == before


def test_a_quantity_with_thousands_groups_is_read_as_typed(window, qtbot):
    select(window, "L-002")
    drive(
        qtbot,
        StockCheckDialog,
        lambda d: (qtbot.keyClicks(d.counted_spin, "1,000"), qtbot.keyClicks(d.reason_edit, "found more")),
    )
    window.named_actions["check"].trigger()
    assert window.sp.queries.find_lot("L-002").on_hand == 1000


def test_the_recorder_is_told_at_once_that_another_person_must_verify(window, qtbot):
    lot = window.sp.queries.find_lot("L-002")
    event = destroyed_today(window.sp, lot.id, 10, "DC-6")
    found = {}
    when_modal(
        qtbot,
        lambda d: (
            found.update(error=d.error, enabled=d.action_button.isEnabled(), lines=d.lines_table.isEnabled()),
            d.reject(),
        ),
        VerifyCertificateDialog,
    )
    window.verify_certificate(event)
    assert found == {
        "error": "certificate DC-6 was recorded by alice; another person must verify it "
        "(four eyes: a second person verifies)",
        "enabled": False,
        "lines": False,
    }


def test_the_verifier_is_warned_when_the_recorder_worked_under_the_same_os_login(
    window, qtbot, settings, small_url, monkeypatch
):
    """On a SQLite file one computer account under two names is most often one person: the verify
    dialog says so (a warning: two people may share an account), and not when the logins differ."""
    from stockpile_tracker.qt.main_window import MainWindow

    lot = window.sp.queries.find_lot("L-002")
    monkeypatch.setenv("LOGNAME", "amartin")
    apart = destroyed_today(window.sp.as_user("alice"), lot.id, 10, "DC-8")
    monkeypatch.setenv("LOGNAME", "shared")
    shared = destroyed_today(window.sp.as_user("alice"), lot.id, 10, "DC-9")
    bob = MainWindow(settings, "bob")  # opened under "shared" too
    qtbot.addWidget(bob)
    bob.open_database(small_url)
    notes = {}

    def read(dialog):
        note = dialog.shared_login_note
        notes[dialog.destruction_event.certificate_number] = (
            note.text() if note is not None and note.isVisible() else None,
            dialog.action_button.isEnabled(),
        )
        dialog.reject()

    for event in (apart, shared):
        when_modal(qtbot, read, VerifyCertificateDialog)
        bob.verify_certificate(event)
    assert notes == {
        "DC-8": (None, True),
        "DC-9": (
            "Warning: certificate DC-9 was recorded by alice under the operating-system login shared, the one "
            "you are working under now. Two names on one login are often one person: verify only if you are "
            "not the one who recorded it. The login is in the audit log with your verification.",
            True,
        ),
    }
    assert (bob.user_label.text(), bob.user_label.toolTip()) == ("Operator: bob", "Operator: bob (OS login shared)")


def test_schedule_offers_the_programmes_destruction_sites_only(window, qtbot):
    window.sp.destruction.create_programme(
        name="Korea depot run",
        profile="us-2022",
        sites=["CAMP-C"],
        methods=["open_detonation"],
        deadline=date(2030, 1, 1),
    )
    select(window, "L-002")  # stored at ANAD, which is not the programme's site
    found = {}

    def look(dialog):
        found["with"] = [dialog.site_combo.itemData(i) for i in range(dialog.site_combo.count())]
        dialog.programme_combo.value = None
        found["without"] = (
            [dialog.site_combo.itemData(i) for i in range(dialog.site_combo.count())],
            dialog.site_combo.value,
        )

    seen = drive(qtbot, ScheduleDialog, look)
    window.named_actions["schedule"].trigger()
    assert found == {"with": ["CAMP-C"], "without": (["ANAD", "CAMP-C"], "ANAD")}
    assert seen["dialog"].result() == QDialog.DialogCode.Accepted  # scheduled without a programme


def test_a_mine_type_is_added_with_its_contents_from_the_catalogue_page(window, qtbot):
    """A new type starts as a plain mine of its category, and follows the category while it is one;
    typed contents (a Volcano canister) are kept, shown on the page and counted in mines."""
    window.nav_list.setCurrentRow(PAGES.index("Catalogue"))
    view = window.catalogue_view
    plain = {}

    def volcano(dialog):
        plain["AP"] = (dialog.ap_spin.value(), dialog.av_spin.value())
        dialog.category_combo.value = "AV"
        plain["AV"] = (dialog.ap_spin.value(), dialog.av_spin.value())
        dialog.designation_edit.setText("M87")
        dialog.name_edit.setText("Volcano M87 canister")
        dialog.ap_spin.setValue(1)
        dialog.av_spin.setValue(5)

    drive(qtbot, MineTypeDialog, volcano)
    view.add_type_button.click()
    assert plain == {"AP": (1, 0), "AV": (0, 1)}
    (added,) = [t for t in window.sp.catalogue.types() if t.designation == "M87"]
    assert (added.category, added.ap_per_item, added.av_per_item) == ("AV", 1, 5)
    qtbot.waitUntil(lambda: "M87" in [t.designation for t in view.type_model.rows])
    column = [c.title for c in view.type_model.columns].index("Mines per item")
    row = next(r for r, t in enumerate(view.type_model.rows) if t.designation == "M87")
    assert view.type_model.index(row, column).data() == "1 AP + 5 AV"
