"""The window for a user on the keyboard or with a screen reader: every action, page and field
reached by keys, and every control named in Qt's accessibility tree."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

import pytest
from PySide6.QtCharts import QChartView
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAccessible, QAccessibleInterface, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QApplication,
    QCheckBox,
    QDialog,
    QFileDialog,
    QHeaderView,
    QLabel,
    QToolBar,
    QWidget,
)

from stockpile_tracker.qt.article7_dialog import Article7TextDialog
from stockpile_tracker.qt.catalogue_dialogs import MineTypeDialog, SiteDialog
from stockpile_tracker.qt.destruction_dialogs import (
    CloseTaskDialog,
    CorrectDestructionDialog,
    RecordDestructionDialog,
    ScheduleDialog,
    ShipmentDialog,
    VerifyCertificateDialog,
)
from stockpile_tracker.qt.help import GuideDialog
from stockpile_tracker.qt.import_dialog import ImportDialog
from stockpile_tracker.qt.korea_dialog import KoreaRequirementDialog
from stockpile_tracker.qt.loss_dialog import ResolveLossDialog
from stockpile_tracker.qt.lot_dialogs import (
    MoveDialog,
    ReceiveDialog,
    RetentionDialog,
    ReverseDialog,
    SplitDialog,
    StockCheckDialog,
)
from stockpile_tracker.qt.main_window import PAGES, MainWindow
from stockpile_tracker.qt.printing import ReportPreview
from stockpile_tracker.qt.profile_dialog import PolicyProfileDialog
from stockpile_tracker.qt.report_dialog import FreezeDialog, ReportDialog
from stockpile_tracker.qt.suspension_dialogs import LiftDialog, SuspendDialog
from stockpile_tracker.qt.user_name_dialog import UserNameDialog
from stockpile_tracker.reports.registry import REPORTS, REPORTS_BY_NAME, Asked, prepare

from ..helpers import settle, when_modal

Role = QAccessible.Role
# What a user acts on or reads as a control; each must tell a screen reader what it is.
INTERACTIVE = {
    Role.PushButton,
    Role.CheckBox,
    Role.RadioButton,
    Role.ComboBox,
    Role.EditableText,
    Role.SpinBox,
    Role.MenuItem,
    Role.ButtonMenu,
    Role.ButtonDropDown,
    Role.Table,
    Role.Tree,
    Role.List,
    Role.ListItem,
    Role.PageTab,
    Role.Slider,
}
# Fields: their name must come from their label or be given, not be the value they hold (a combo
# box's name on Linux is its current choice; its label is a relation beside it).
FIELDS = {Role.ComboBox, Role.EditableText, Role.SpinBox}
ROWS = {Role.Table, Role.Tree}  # their cells are named by what they hold: not walked


def _walk(node: QAccessibleInterface) -> Iterator[QAccessibleInterface]:
    yield node
    if node.role() in ROWS:
        return
    for i in range(node.childCount()):
        child = node.child(i)
        if child is not None and child.isValid() and not child.state().invisible:
            yield from _walk(child)


def _named(node: QAccessibleInterface) -> bool:
    thing = node.object()
    if node.role() in FIELDS:
        given = isinstance(thing, QWidget) and thing.accessibleName().strip()
        return bool(given or node.relations(QAccessible.RelationFlag.Label))
    return bool(node.text(QAccessible.Text.Name).strip())


def _takes_tab(node: QAccessibleInterface) -> bool:
    """Reached by Tab (a chart, whatever its role): a user lands on it and must hear what it is."""
    thing = node.object()
    if not isinstance(thing, QWidget) or not thing.focusPolicy() & Qt.FocusPolicy.TabFocus:
        return False
    area = thing.parentWidget()
    return not (isinstance(area, QAbstractScrollArea) and area.viewport() is thing)  # the area is named


def unnamed(widget: QWidget) -> list[str]:
    """The controls under `widget` that Qt's accessibility tree gives no name, each as its role, its
    class and where it is (the parent's class and name)."""
    QAccessible.setActive(True)
    found = []
    for node in _walk(QAccessible.queryAccessibleInterface(widget)):
        if (node.role() in INTERACTIVE or _takes_tab(node)) and not _named(node):
            thing, parent = node.object(), node.parent().object() if node.parent() else None
            found.append(
                f"{node.role().name} {type(thing).__name__} {thing.objectName() if thing else ''} "
                f"in {type(parent).__name__} {parent.objectName() if parent else ''}".replace("  ", " ")
            )
    return found


@pytest.fixture
def demo_window(demo_window):
    """Shown: the focus moves only in a window on screen."""
    demo_window.show()
    return demo_window


def test_every_control_of_the_window_has_a_name(demo_window, qtbot):
    offenders = []
    for number, page in enumerate(PAGES):
        demo_window.nav_list.setCurrentRow(number)
        settle(qtbot, demo_window)
        offenders += [f"{page}: {o}" for o in unnamed(demo_window)]
    assert not offenders, "\n".join(offenders)


def every_dialog(window: MainWindow, csv_file: str) -> Iterator[QWidget]:
    """Each dialog the window opens, built on the demo record as its action would build it."""
    sp = window.stockpile
    suspension = sp.suspensions.in_force(sp.today())[0]
    lot = sp.queries.lot(suspension.lot_id)
    event = sp.destruction.events()[0]
    task = sp.destruction.tasks(status="open")[0]
    article7 = prepare(sp, REPORTS_BY_NAME["article7"], {"year": sp.today().year - 1})
    yield ReceiveDialog(sp, window)
    for one_lot in (RetentionDialog, SplitDialog, StockCheckDialog, MoveDialog, SuspendDialog, LiftDialog):
        yield one_lot(sp, lot, window)
    yield ReverseDialog(sp, lot, sp.queries.ledger(lot.id)[0], window)
    yield ScheduleDialog(sp, [lot], window)
    yield RecordDestructionDialog(sp, [lot], None, window)
    yield CorrectDestructionDialog(sp, event, None, window)
    yield VerifyCertificateDialog(sp, event, window)
    yield ShipmentDialog(sp, task, window)
    yield ShipmentDialog(sp, task, window, returning=True)
    yield CloseTaskDialog(sp, task, window)
    yield ResolveLossDialog(sp, window)
    yield (profile := PolicyProfileDialog(sp, window))
    yield KoreaRequirementDialog(sp, profile.chosen, window)
    yield Article7TextDialog(sp, window)
    yield from (
        ReportDialog(sp, kind, window) for kind in REPORTS if any(isinstance(p, Asked) for p in kind.parameters)
    )
    yield FreezeDialog(sp, article7, window)
    yield ReportPreview(article7.report, window, on_freeze=lambda _preview: None)  # with its Freeze
    yield ImportDialog(sp, "lots", csv_file, window)
    yield MineTypeDialog(sp, window)
    yield MineTypeDialog(sp, window, sp.catalogue.types()[0])
    yield SiteDialog(sp, window)
    yield UserNameDialog("reader", window, sp)
    yield GuideDialog(window)


def test_every_control_of_every_dialog_has_a_name(demo_window, qtbot, tmp_path):
    csv_file = tmp_path / "lots.csv"
    csv_file.write_text("lot_number,type,quantity\n")
    offenders = []
    for dialog in every_dialog(demo_window, str(csv_file)):
        dialog.show()
        qtbot.waitExposed(dialog)
        offenders += [f"{dialog.windowTitle()}: {o}" for o in unnamed(dialog)]
        dialog.close()
        dialog.deleteLater()
    assert not offenders, "\n".join(offenders)


def _access_key(text: str) -> str | None:
    """The letter after a single &, as Qt reads it (&& is a plain &)."""
    found = re.search(r"&([^&])", text.replace("&&", ""))
    return found.group(1).lower() if found else None


def menu_keys(window) -> tuple[list[str], list[str]]:
    """The menu entries without an access key, and the keys two entries of one menu share."""
    menus = [(window.menuBar(), window.menuBar().actions())]
    for top in window.menuBar().actions():
        entries = [action for action in top.menu().actions() if not action.isSeparator()]
        menus.append((top.menu(), entries))
        menus += [(entry.menu(), entry.menu().actions()) for entry in entries if entry.menu() is not None]
    keyless, shared = [], []
    for menu, entries in menus:
        keys = [_access_key(entry.text()) for entry in entries]
        keyless += [f"{menu.title()}: {entry.text()}" for entry, key in zip(entries, keys, strict=True) if key is None]
        shared += [
            f"{menu.title()}: {key} in {[e.text() for e, k in zip(entries, keys, strict=True) if k == key]}"
            for key in set(keys)
            if key is not None and keys.count(key) > 1
        ]
    return keyless, shared


def test_every_menu_entry_has_an_access_key_of_its_own(demo_window):
    demo_window.settings.add_recent_database("/tmp/R&D/other.sqlite")
    demo_window._rebuild_recent_menu()
    keyless, shared = menu_keys(demo_window)
    assert not keyless, keyless
    assert not shared, shared
    assert "&1 /tmp/R&&D/other.sqlite" in [action.text() for action in demo_window.recent_menu.actions()]


def test_each_page_is_shown_by_its_key(demo_window, qtbot):
    demo_window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is demo_window)
    for number in reversed(range(len(PAGES))):  # the first page is the one shown
        qtbot.keyClick(demo_window, Qt.Key(Qt.Key.Key_1 + number), Qt.KeyboardModifier.ControlModifier)
        assert demo_window.pages.currentIndex() == number, PAGES[number]
        assert demo_window.nav_list.currentRow() == number


def test_every_table_and_chart_takes_the_focus_by_tab(demo_window):
    refusing, shown = [], 0
    for number, page in enumerate(PAGES):
        demo_window.nav_list.setCurrentRow(number)
        views = demo_window.findChildren(QAbstractItemView) + demo_window.findChildren(QChartView)
        for view in (view for view in views if view.isVisible() and not isinstance(view, QHeaderView)):
            shown += 1
            if not view.focusPolicy() & Qt.FocusPolicy.TabFocus:
                refusing.append(f"{page}: {type(view).__name__} {view.accessibleName()}")
    assert shown > 10
    assert not refusing, refusing


def _row_after(before: QWidget, after: QWidget, dialog: QWidget) -> bool:
    """`after` is read after `before`: in it (a quantity in a table of lines), on a lower row, or on
    the same row to its right."""
    if before.isAncestorOf(after):
        return True
    one, two = (widget.rect().translated(widget.mapTo(dialog, QPoint(0, 0))) for widget in (before, after))
    same_row = abs(one.center().y() - two.center().y()) < min(one.height(), two.height()) / 2
    return two.left() > one.left() if same_row else two.center().y() > one.center().y()


def _open(dialog: QDialog, qtbot) -> None:
    """Shown modal, as its action shows it, without exec's loop; the keys then go to it."""
    dialog.open()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    qtbot.waitUntil(lambda: dialog.isAncestorOf(QApplication.focusWidget()))


PREVIEW_KEYS = {
    "Print": "Ctrl+P",  # as in the window, where Ctrl+P opens the Stockpile status to print
    "Save as PDF...": "Ctrl+S",
    "Save tables as CSV...": "Ctrl+Shift+S",
    "Save as DOCX...": "Ctrl+Shift+D",
    "Save as Excel...": "Ctrl+Shift+X",
    "Freeze as submitted...": "Ctrl+Shift+F",
}


def test_the_report_preview_prints_saves_and_freezes_by_keys_and_its_buttons_take_the_tab(demo_window, qtbot):
    sp = demo_window.stockpile
    article7 = prepare(sp, REPORTS_BY_NAME["article7"], {"year": sp.today().year - 1})
    frozen = []
    preview = ReportPreview(article7.report, demo_window, on_freeze=frozen.append)
    qtbot.addWidget(preview)
    toolbar = preview.findChild(QToolBar)
    keys = {a.text(): a.shortcut().toString() for a in toolbar.actions() if a.text() in PREVIEW_KEYS}
    assert keys == PREVIEW_KEYS
    window_keys = {action.shortcut().toString() for action in demo_window.named_actions.values()} - {""}
    assert {"Ctrl+P", "Ctrl+D", "Ctrl+1"} <= window_keys
    assert not (set(PREVIEW_KEYS.values()) - {"Ctrl+P"}) & window_keys  # no key means one thing here, another there
    native = QKeySequence.SequenceFormat.NativeText
    for action in (action for action in toolbar.actions() if action.text() in PREVIEW_KEYS):  # its tooltip says it
        assert action.toolTip().endswith(f" ({action.shortcut().toString(native)})"), action.toolTip()

    preview.resize(1200, 800)  # as on a screen 1280 pixels wide: every button in view (800 cuts the toolbar short)
    _open(preview, qtbot)
    asked = []
    when_modal(qtbot, lambda dialog: (asked.append(dialog.nameFilters()), dialog.reject()), QFileDialog)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert asked == [["PDF files (*.pdf)"]]
    preview.activateWindow()  # back from the file dialog
    qtbot.waitUntil(lambda: QApplication.activeWindow() is preview)
    shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F, shift)
    assert frozen == [preview]

    reached = set()
    for _key in range(80):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        reached.add(QApplication.focusWidget())
    buttons = {a.text(): toolbar.widgetForAction(a) for a in toolbar.actions() if a.text() and a.isEnabled()}
    assert len(buttons) > 15
    assert not [text for text, button in buttons.items() if button not in reached], "not reached by Tab"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert not preview.isVisible()


DATA_ENTRY = {  # the dialogs where most is typed, built as their actions build them
    "receive": lambda w, lot: ReceiveDialog(w.stockpile, w),
    "retention": lambda w, lot: RetentionDialog(w.stockpile, lot, w),
    "schedule": lambda w, lot: ScheduleDialog(w.stockpile, [lot], w),
    "destroy": lambda w, lot: RecordDestructionDialog(w.stockpile, [lot], None, w),
    "mine type": lambda w, lot: MineTypeDialog(w.stockpile, w),
    "site": lambda w, lot: SiteDialog(w.stockpile, w),
}


@pytest.mark.parametrize("name", DATA_ENTRY)
def test_tab_goes_through_the_fields_in_the_order_they_are_read(demo_window, qtbot, name):
    lot = demo_window.stockpile.queries.lots(limit=1)[0]
    dialog = DATA_ENTRY[name](demo_window, lot)
    qtbot.addWidget(dialog)
    _open(dialog, qtbot)
    visited = [QApplication.focusWidget()]
    for _key in range(100):  # a date's Tab goes through its day, month and year before it leaves
        qtbot.keyClick(visited[-1], Qt.Key.Key_Tab)
        if QApplication.focusWidget() is not visited[-1]:
            if QApplication.focusWidget() in visited:
                break
            visited.append(QApplication.focusWidget())
    fields = [widget for widget in visited if not dialog.buttons.isAncestorOf(widget)]
    backwards = [
        f"{type(one).__name__} {one.accessibleName()} -> {type(two).__name__} {two.accessibleName()}"
        for one, two in itertools.pairwise(fields)
        if not _row_after(one, two, dialog)
    ]
    assert fields[0] is dialog.first_field() or dialog.first_field().isAncestorOf(fields[0])
    assert not backwards, backwards
    on_buttons = [dialog.buttons.isAncestorOf(widget) for widget in visited]
    assert on_buttons[-1] and on_buttons == sorted(on_buttons)  # the buttons last, every field before them


@pytest.mark.parametrize("name", DATA_ENTRY)
def test_alt_and_a_labels_letter_puts_the_focus_in_its_field(demo_window, qtbot, name):
    lot = demo_window.stockpile.queries.lots(limit=1)[0]
    dialog = DATA_ENTRY[name](demo_window, lot)
    qtbot.addWidget(dialog)
    _open(dialog, qtbot)
    labels = [label for label in dialog.findChildren(QLabel) if label.buddy() is not None and label.isVisible()]
    assert labels
    used = {_access_key(widget.text()) for widget in [*labels, *dialog.findChildren(QCheckBox)]} - {None}
    used |= {character for character in "".join(label.text() for label in labels).lower() if not character.isalnum()}
    missed = []
    for label in labels:
        key = _access_key(label.text())
        if key is None:  # a long form may use every letter of a label on the labels above it
            if not set(label.text().lower()) <= used:
                missed.append(f"{label.text()}: no access key")
            continue
        qtbot.keyClick(QApplication.focusWidget(), key, Qt.KeyboardModifier.AltModifier)
        focus = QApplication.focusWidget()
        if not label.buddy().isEnabled():
            continue
        if focus is not label.buddy() and not label.buddy().isAncestorOf(focus):
            missed.append(f"{label.text()}: focus on {type(focus).__name__} {focus.accessibleName()}")
    assert not missed, missed
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Rejected


def test_the_status_line_figures_are_read_whole_even_when_cut_short(demo_window, qtbot):
    demo_window.nav_list.setCurrentRow(PAGES.index("Stockpile"))
    settle(qtbot, demo_window)
    demo_window.resize(500, 600)
    label = demo_window.totals_label
    qtbot.waitUntil(lambda: label.shown() != label.text())  # cut short on the screen
    QAccessible.setActive(True)
    read = QAccessible.queryAccessibleInterface(label).text(QAccessible.Text.Name)
    assert read == label.text() and "lots shown" in read


def test_a_filters_label_letter_reaches_its_field_on_the_page(demo_window, qtbot):
    demo_window.nav_list.setCurrentRow(PAGES.index("Destruction log"))
    settle(qtbot, demo_window)
    demo_window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is demo_window)
    view = demo_window.log_view
    labels = [label for label in view.findChildren(QLabel) if label.buddy() is not None]
    menu_keys = {_access_key(action.text()) for action in demo_window.menuBar().actions()}
    assert len(labels) == 5 and not {_access_key(label.text()) for label in labels} & menu_keys
    for label in labels:
        qtbot.keyClick(demo_window, _access_key(label.text()), Qt.KeyboardModifier.AltModifier)
        assert label.buddy().hasFocus(), label.text()
