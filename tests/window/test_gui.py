"""The desktop program, driven as a user would: real dialogs typed into and clicked, offscreen.
GIVEN/WHEN/THEN comments where a test tells a story."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QDialog, QLabel, QMessageBox

from stockpile_tracker.db.migrate import open_database
from stockpile_tracker.domain.enums import LotStatus, RetentionFilter
from stockpile_tracker.qt.catalogue_dialogs import MineTypeDialog, SiteDialog
from stockpile_tracker.qt.destruction_dialogs import (
    CloseTaskDialog,
    RecordDestructionDialog,
    ScheduleDialog,
    VerifyCertificateDialog,
)
from stockpile_tracker.qt.form_dialog import ERROR_STYLE
from stockpile_tracker.qt.import_dialog import ImportDialog
from stockpile_tracker.qt.lot_dialogs import (
    ReceiveDialog,
    RetentionDialog,
    ReverseDialog,
    SplitDialog,
    StockCheckDialog,
)
from stockpile_tracker.qt.lot_model import LotTableModel
from stockpile_tracker.qt.main_window import PAGES, MainWindow
from stockpile_tracker.qt.report_dialog import FreezeDialog, ReportDialog
from stockpile_tracker.qt.status_line import count, stockpile_texts
from stockpile_tracker.qt.table_model import ROW_ROLE
from stockpile_tracker.reports.docx import to_docx
from stockpile_tracker.services import LotFilter, Stockpile, operating_system_login

from ..helpers import (
    TODAY,
    choose_existing_file,
    choose_file,
    close_modal,
    drive,
    receive,
    settle,
    snapshot,
    stockpile_shown,
    tamper_outside_the_program,
    when_modal,
)


def services(window) -> Stockpile:
    return window.sp


def select_lot(window, lot_number: str):
    view = window.stockpile_view
    lot = services(window).queries.find_lot(lot_number)
    view.select_lot(lot.id)
    stockpile_shown(window)
    assert view.current_lot().id == lot.id
    return lot


def test_models_pass_the_model_tester(qtmodeltester, window):
    qtmodeltester.check(window.stockpile_view.model)
    for page in range(len(PAGES)):
        window.nav_list.setCurrentRow(page)
    select_lot(window, "L-001")
    qtmodeltester.check(window.stockpile_view.detail.ledger_model)
    detail = window.stockpile_view.detail
    for model in (
        detail.retention_model,
        detail.tasks_model,
        detail.events_model,
        window.plan_view.programme_model,
        window.plan_view.task_model,
        window.log_view.model,
        window.catalogue_view.type_model,
        window.catalogue_view.site_model,
        window.dashboard_view.findings_model,
    ):
        qtmodeltester.check(model)


def test_the_paged_model_fetches_every_row_and_passes_the_tester(qtbot, qtmodeltester, demo_url):
    engine = open_database(demo_url)
    sp = Stockpile(engine, "reader")
    model = LotTableModel(sp.queries)
    model.reload()
    assert not model.canFetchMore()  # nothing is fetched after a first page not read yet
    qtbot.waitUntil(lambda: not model.loading)
    totals = sp.queries.totals()
    assert model.rowCount() == min(totals.lots, 200)
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == totals.lots
    assert sum(model.row(i).on_hand for i in range(model.rowCount())) == totals.on_hand
    qtmodeltester.check(model)
    engine.dispose()


def test_window_shows_the_database_and_totals(window):
    assert window.windowTitle().startswith("gui.db")
    assert window.totals_label.text() == (
        "2 lots shown - covered: on hand 1,500 mines = retained 200 + surplus 1,300 (scheduled 0); destroyed 0"
    )
    login = operating_system_login()  # beside the name typed when they differ
    assert window.user_label.text() == "Operator: alice"
    assert window.user_label.toolTip() == "Operator: alice" + (
        "" if login in ("alice", "unknown") else f" (OS login {login})"
    )
    model = window.stockpile_view.model
    l001 = next(model.row(i) for i in range(model.rowCount()) if model.row(i).lot_number == "L-001")
    assert l001.kept_for == "Korea defence + surplus"
    index = model.index(model.index_of_lot(l001.id), 6)
    assert model.data(index) == "1,000"
    assert model.data(index, Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight


def test_receive_a_lot(window, monkeypatch, qtbot):
    # GIVEN the receive dialog filled in by a user
    def fill(dialog):
        qtbot.keyClicks(dialog.lot_number_edit, "L-NEW")
        dialog.type_combo.value = "M16"
        dialog.site_combo.value = "CAMP-C"
        dialog.quantity_spin.setValue(2400)
        dialog.date_edit.value = date(2024, 5, 2)
        qtbot.keyClicks(dialog.document_edit, "DD-77")

    seen = drive(qtbot, ReceiveDialog, fill)
    # WHEN the action runs
    window.named_actions["receive"].trigger()
    # THEN the lot is in the database, in the table, selected, and the status bar says so
    assert seen["dialog"].result() == QDialog.DialogCode.Accepted
    lot = services(window).queries.find_lot("L-NEW")
    assert (lot.on_hand, lot.site_code) == (2400, "CAMP-C")
    assert window.stockpile_view.current_lot().id == lot.id
    settle(qtbot, window)  # the lot's ledger and the totals follow from the background
    assert "L-NEW" in window.stockpile_view.detail.title_label.text()
    assert window.stockpile_view.detail.ledger_model.rowCount() == 1
    assert "on hand 3,900" in window.totals_label.text()
    assert "Received lot L-NEW" in window.statusBar().currentMessage()


def test_receive_with_a_bad_quantity_stays_open_and_changes_nothing(window, monkeypatch, qtbot, small_url):
    before = snapshot(services(window).context.engine)

    def fill(dialog):
        qtbot.keyClicks(dialog.lot_number_edit, "L-ZERO")
        dialog.quantity_spin.setValue(0)

    seen = drive(qtbot, ReceiveDialog, fill)
    window.named_actions["receive"].trigger()
    dialog = seen["dialog"]
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "quantity: must be more than zero" in dialog.error
    assert dialog.quantity_spin.styleSheet() == ERROR_STYLE
    assert dialog.lot_number_edit.text() == "L-ZERO"  # what was typed is kept
    assert snapshot(services(window).context.engine) == before


def test_receive_a_lot_number_that_looks_like_one_held_is_refused_naming_it(window, qtbot):
    """L-OO1 with two capital Os beside the small stockpile's L-001 (docs/DOMAIN.md, Text)."""
    before = snapshot(services(window).context.engine)

    def fill(dialog):
        dialog.lot_number_edit.setText("L\u2013OO1")  # and an en dash, as pasted from a letter
        dialog.type_combo.value = "M67"
        dialog.site_combo.value = "ANAD"
        dialog.quantity_spin.setValue(10)
        qtbot.keyClicks(dialog.document_edit, "DD-78")

    seen = drive(qtbot, ReceiveDialog, fill)
    window.named_actions["receive"].trigger()
    dialog = seen["dialog"]
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.error == "lot number: lot L-OO1 of type M67 looks like existing lot L-001"
    assert dialog.lot_number_edit.styleSheet() == ERROR_STYLE
    assert snapshot(services(window).context.engine) == before


def test_change_retention_requires_a_reason(window, monkeypatch, qtbot):
    select_lot(window, "L-001")
    before = snapshot(services(window).context.engine)

    def without_reason(dialog):
        dialog.quantity_spin.setValue(300)
        qtbot.keyClicks(dialog.authority_edit, "USFK-2")

    seen = drive(qtbot, RetentionDialog, without_reason)
    window.named_actions["retention"].trigger()
    assert "reason: is required" in seen["dialog"].error
    assert seen["dialog"].reason_edit.styleSheet() == ERROR_STYLE
    assert snapshot(services(window).context.engine) == before

    def with_reason(dialog):
        without_reason(dialog)
        qtbot.keyClicks(dialog.reason_edit, "larger Korea reserve")

    drive(qtbot, RetentionDialog, with_reason)
    window.named_actions["retention"].trigger()
    lot = services(window).queries.find_lot("L-001")
    assert lot.retained == 300
    settle(qtbot, window)  # the lot's history and the totals follow from the background
    assert window.stockpile_view.detail.retention_model.rowCount() == 2
    assert "retained 300" in window.totals_label.text()


def test_split_a_lot(window, monkeypatch, qtbot):
    select_lot(window, "L-001")

    def fill(dialog):
        dialog.new_lot_edit.setText("L-001-K")
        dialog.quantity_spin.setValue(200)
        dialog.category_combo.value = "korea"
        qtbot.keyClicks(dialog.authority_edit, "USFK-3")
        qtbot.keyClicks(dialog.reason_edit, "separate the Korea reserve")

    drive(qtbot, SplitDialog, fill)
    window.named_actions["split"].trigger()
    old, new = (services(window).queries.find_lot(n) for n in ("L-001", "L-001-K"))
    assert (old.on_hand, old.retained) == (800, 0)
    assert (new.on_hand, new.retained, new.kept_for) == (200, 200, "Korea defence")
    settle(qtbot, window)  # the totals follow from the background
    assert window.stockpile_view.model.totals.lots == 3


def test_schedule_a_multi_selection_then_record_and_verify(window, monkeypatch, qtbot, small_url):
    # GIVEN both lots selected in the table
    window.stockpile_view.table.selectAll()

    def plan(dialog):
        dialog.date_edit.value = date.today() + timedelta(days=10)
        dialog.method_combo.value = "open_detonation"

    seen = drive(qtbot, ScheduleDialog, plan)
    # WHEN the destruction is scheduled, each line starts at the lot's unscheduled surplus
    window.named_actions["schedule"].trigger()
    assert seen["dialog"].lines_table.quantities == {
        services(window).queries.find_lot("L-001").id: 800,
        services(window).queries.find_lot("L-002").id: 500,
    }
    task = services(window).destruction.tasks(status="open")[0]
    assert task.planned == 1300
    settle(qtbot, window)  # the totals follow from the background
    assert "scheduled 1,300" in window.totals_label.text()
    window.nav_list.setCurrentRow(PAGES.index("Destruction plan"))
    settle(qtbot, window)
    assert window.plan_view.task_model.rowCount() == 1

    # WHEN the destruction of the task is recorded from the plan
    def record(dialog):
        dialog.date_edit.value = date.today()
        qtbot.keyClicks(dialog.officer_edit, "Capt. A. Smith")
        qtbot.keyClicks(dialog.witness_edit, "B. Jones")
        qtbot.keyClicks(dialog.certificate_edit, "DC-1")

    drive(qtbot, RecordDestructionDialog, record)
    window.plan_view.record_requested.emit(task)
    settle(qtbot, window)
    # THEN the lots are down, the log shows the event, the status bar says what is left
    assert services(window).queries.totals().destroyed == 1300
    assert "destroyed 1,300" in window.totals_label.text()
    window.nav_list.setCurrentRow(PAGES.index("Destruction log"))
    settle(qtbot, window)
    assert window.log_view.model.rowCount() == 1
    assert "800 of lot L-001 (now 200 on hand)" in window.statusBar().currentMessage()
    event = window.log_view.model.row(0)
    assert event.verified_by is None

    # AND alice cannot verify her own certificate (four eyes) ...
    seen = drive(qtbot, VerifyCertificateDialog, lambda d: None)
    window.log_view.verify_requested.emit(event)
    assert "another person must verify" in seen["dialog"].error

    # ... and the task cannot close before he does: the dialog says so and offers nothing to type
    def unverified(dialog):
        assert any("Not yet verified by a second person" in label.text() for label in dialog.findChildren(QLabel))
        assert not dialog.action_button.isEnabled() and not dialog.explanation_edit.isEnabled()
        dialog.reject()

    when_modal(qtbot, unverified, CloseTaskDialog)
    window.plan_view.close_requested.emit(services(window).destruction.tasks()[0])
    assert services(window).destruction.tasks()[0].status == "open"

    # ... but bob can, after which the task closes cleanly
    bob = MainWindow(window.settings, "bob")
    qtbot.addWidget(bob)
    bob.open_database(small_url)
    bob.nav_list.setCurrentRow(PAGES.index("Destruction log"))
    settle(qtbot, bob)

    def type_from_the_certificate(dialog):
        for row in range(dialog.lines_table.rowCount()):
            qtbot.keyClicks(dialog.lines_table.spin(row), dialog.lines_table.item(row, 2).text())

    drive(qtbot, VerifyCertificateDialog, type_from_the_certificate)
    bob.log_view.verify_requested.emit(bob.log_view.model.row(0))
    settle(qtbot, bob)
    assert bob.log_view.model.row(0).verified_by == "bob"
    drive(qtbot, CloseTaskDialog, lambda d: None)
    bob.plan_view.close_requested.emit(bob.sp.destruction.tasks()[0])
    assert bob.sp.destruction.tasks()[0].status == "closed"


def test_destroying_retained_stock_is_refused_in_the_dialog(window, monkeypatch, qtbot):
    lot = select_lot(window, "L-001")
    before = snapshot(services(window).context.engine)

    def fill(dialog):
        dialog.lines_table.quantities = {lot.id: 1000}
        qtbot.keyClicks(dialog.officer_edit, "Capt. A. Smith")
        qtbot.keyClicks(dialog.witness_edit, "B. Jones")
        qtbot.keyClicks(dialog.certificate_edit, "DC-9")

    seen = drive(qtbot, RecordDestructionDialog, fill)
    window.named_actions["destroy"].trigger()
    assert "retention lock" in seen["dialog"].error
    assert "200 retained" in seen["dialog"].error
    assert seen["dialog"].lines_table.styleSheet() == ERROR_STYLE
    assert snapshot(services(window).context.engine) == before


def test_stock_check_records_a_loss_with_its_reason(window, monkeypatch, qtbot):
    select_lot(window, "L-002")
    before = snapshot(services(window).context.engine)
    seen = drive(qtbot, StockCheckDialog, lambda d: d.counted_spin.setValue(495))
    window.named_actions["check"].trigger()
    assert "reason: is required" in seen["dialog"].error
    assert snapshot(services(window).context.engine) == before

    def fill(dialog):
        dialog.counted_spin.setValue(495)
        qtbot.keyClicks(dialog.reason_edit, "five short at inventory")

    drive(qtbot, StockCheckDialog, fill)
    window.named_actions["check"].trigger()
    assert services(window).queries.find_lot("L-002").on_hand == 495
    settle(qtbot, window)
    ledger = window.stockpile_view.detail.ledger_model
    assert ledger.row(ledger.rowCount() - 1).kind == "check_loss"


def test_a_stock_check_counts_the_site_chosen(window, qtbot):
    """Mines of the lot moved to another depot are counted there: the loss is that site's."""
    sp = services(window)
    sp.catalogue.add_site(code="BGAD", name="Blue Grass Army Depot", country="US")
    lot = select_lot(window, "L-002")
    sp.lots.move(lot.id, from_site=lot.site_code, to_site="BGAD", quantity=100, on=TODAY, document_ref="DD-1")
    window.stockpile_view.refresh()
    settle(qtbot, window)

    def fill(dialog):
        assert [dialog.site_combo.itemText(i) for i in range(dialog.site_combo.count())] == [lot.site_code, "BGAD"]
        dialog.site_combo.setCurrentIndex(1)
        dialog.counted_spin.setValue(97)
        qtbot.keyClicks(dialog.reason_edit, "three short in bay 4")

    drive(qtbot, StockCheckDialog, fill)
    window.named_actions["check"].trigger()
    assert sp.queries.holdings(lot.id)[1] == ("BGAD", 97)
    settle(qtbot, window)
    ledger = window.stockpile_view.detail.ledger_model
    last = ledger.row(ledger.rowCount() - 1)
    assert (last.kind, last.quantity, last.site_code) == ("check_loss", -3, "BGAD")


def test_reverse_an_entry_from_the_ledger_tab(window, monkeypatch, qtbot):
    select_lot(window, "L-002")
    window.stockpile_view.detail.ledger_table.selectRow(0)
    seen = drive(qtbot, ReverseDialog, lambda d: None)
    window.named_actions["reverse"].trigger()
    assert "reason: is required" in seen["dialog"].error

    drive(qtbot, ReverseDialog, lambda d: qtbot.keyClicks(d.reason_edit, "received twice by mistake"))
    window.named_actions["reverse"].trigger()
    assert services(window).queries.find_lot("L-002").on_hand == 0
    settle(qtbot, window)
    entries = window.stockpile_view.detail.ledger_model.rows
    assert [e.kind for e in entries] == ["receipt", "reversal"]


@pytest.mark.parametrize(
    "lot_filter",
    [
        LotFilter(retention=RetentionFilter.RETAINED),
        LotFilter(retention=RetentionFilter.SURPLUS),
        LotFilter(type="M16"),
        LotFilter(category="AV"),
        LotFilter(sd_class="persistent"),
        LotFilter(site="CAMP-C"),
        LotFilter(status=LotStatus.UNSCHEDULED_SURPLUS),
        LotFilter(status=LotStatus.DESTROYED),
        LotFilter(text="FOUND"),
        LotFilter(retention=RetentionFilter.SURPLUS, type="ADAM M692", status=LotStatus.UNSCHEDULED_SURPLUS),
    ],
)
def test_filters_show_what_the_query_service_gives(qtbot, settings, demo_url, lot_filter):
    window = MainWindow(settings, "reader")
    qtbot.addWidget(window)
    window.open_database(demo_url)
    window.nav_list.setCurrentRow(PAGES.index("Stockpile"))
    view = window.stockpile_view
    view.set_filter(lot_filter)
    assert view.current_filter() == lot_filter
    settle(qtbot, window)  # the rows and the totals follow from the background
    expected_rows = window.sp.queries.lots(lot_filter, limit=None)
    split = window.sp.queries.totals_by_scope(lot_filter)
    covered = split.covered  # what the status line counts: the stock the profile governs
    while view.model.canFetchMore():
        view.model.fetchMore()
        settle(qtbot, window)  # each further page comes from the background
    assert [row.id for row in view.model.rows] == [row.id for row in expected_rows]
    assert view.model.totals == split.items == window.sp.queries.totals(lot_filter)
    assert (window.totals_label.text(), window.totals_label.toolTip()) == stockpile_texts(split, lot_filter.retention)
    lots = f"{covered.lots:,} lot{'' if covered.lots == 1 else 's'}"
    # first the total the Retained / Surplus choice asks for, in covered mines, adding up as it reads
    assert window.totals_label.text().startswith(
        {
            RetentionFilter.RETAINED: f"{lots} holding retained mines - covered: retained {covered.retained:,} mines",
            RetentionFilter.SURPLUS: f"{lots} holding surplus - covered: surplus {covered.surplus:,} mines = scheduled "
            f"{covered.scheduled:,} + suspended {covered.suspended:,} + not scheduled {covered.unscheduled:,}",
        }.get(
            lot_filter.retention,
            f"{count(split.whole.lots, 'lot')} shown - covered: on hand {covered.on_hand:,} mines = retained "
            f"{covered.retained:,} + surplus {covered.surplus:,} (scheduled {covered.scheduled:,})",
        )
    )


def test_typing_in_the_search_box_filters_as_you_type(window, qtbot):
    view = window.stockpile_view
    qtbot.keyClicks(view.search_edit, "002")
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)
    assert view.model.row(0).lot_number == "L-002"
    view.clear_button.click()
    settle(qtbot, window)
    assert view.model.rowCount() == 2


def test_sorting_happens_in_the_query(window, qtbot):
    view = window.stockpile_view
    view.table.sortByColumn(6, Qt.SortOrder.DescendingOrder)  # on hand
    settle(qtbot, window)
    assert [view.model.row(i).on_hand for i in range(2)] == [1000, 500]
    view.table.sortByColumn(6, Qt.SortOrder.AscendingOrder)
    settle(qtbot, window)
    assert [view.model.row(i).on_hand for i in range(2)] == [500, 1000]


def test_settings_persist_across_a_restart(qtbot, settings, small_url):
    # GIVEN a window with a filter and a size, closed
    first = MainWindow(settings, "alice")
    qtbot.addWidget(first)
    first.open_database(small_url)
    first.stockpile_view.set_filter(LotFilter(retention=RetentionFilter.SURPLUS, type="M16"))
    first.resize(701, 501)  # within the offscreen screen (800 x 600)
    first.close()
    # WHEN the program starts again with the same settings
    second = MainWindow(settings, "alice")
    qtbot.addWidget(second)
    second.restore_state()
    second.open_database(settings.last_database)
    # THEN the database, the filter and the geometry are back
    assert second.url.endswith("gui.db")
    assert second.stockpile_view.current_filter() == LotFilter(retention=RetentionFilter.SURPLUS, type="M16")
    settle(qtbot, second)  # the totals follow from the background
    assert second.stockpile_view.model.totals.lots == 1
    assert (second.width(), second.height()) == (701, 501)
    assert settings.recent_databases[0].endswith("gui.db")


def test_an_empty_database_offers_the_demo_in_a_file_of_its_own(qtbot, settings, sqlite_url, data_folder):
    # GIVEN alice's new, empty database
    window = MainWindow(settings, "alice")
    qtbot.addWidget(window)
    window.open_database(sqlite_url)
    before = snapshot(window.sp.context.engine)

    def open_the_demo(box):
        next(b for b in box.buttons() if b.text() == "Open the demo stockpile").click()

    # WHEN she takes the offer of the demo
    offer = when_modal(qtbot, open_the_demo, QMessageBox)
    window.offer_demo_if_empty()
    assert "holds no stockpile yet" in offer["text"]
    # THEN the demo opens from its own file in the data folder, marked DEMO, recorded by made-up people
    assert window.url.endswith("demo.sqlite") and str(data_folder) in window.url
    assert window.windowTitle().startswith("DEMO - demo.sqlite")
    qtbot.waitUntil(lambda: "Demo stockpile created" in window.statusBar().currentMessage(), timeout=120000)
    settle(qtbot, window)
    assert window.stockpile_view.model.totals == window.sp.queries.totals() and window.sp.queries.totals().lots
    lot = window.sp.queries.lots(limit=1)[0]
    recorders = {entry.recorded_by for entry in window.sp.queries.ledger(lot.id)}
    assert recorders and "alice" not in recorders
    # AND her own database is as it was: empty
    engine = open_database(sqlite_url)
    assert snapshot(engine) == before
    engine.dispose()


def test_a_database_that_cannot_be_opened_keeps_the_current_one(window, qtbot, tmp_path):
    shown = when_modal(qtbot, lambda box: box.accept(), QMessageBox)
    bad = tmp_path / "not-a-db.db"
    bad.write_text("not a database")
    assert not window.open_database(str(bad))
    assert "not a database" in shown["text"]
    assert window.windowTitle().startswith("gui.db")
    assert window.stockpile_view.model.totals.lots == 2


def test_lot_row_role_returns_the_row(window):
    model = window.stockpile_view.model
    assert model.data(model.index(0, 0), ROW_ROLE).lot_number in {"L-001", "L-002"}


def test_start_empty_then_build_the_catalogue(qtbot, settings, sqlite_url, monkeypatch):
    window = MainWindow(settings, "alice")
    qtbot.addWidget(window)
    window.open_database(sqlite_url)
    window.nav_list.setCurrentRow(PAGES.index("Catalogue"))

    def mine_type(dialog):
        qtbot.keyClicks(dialog.designation_edit, "PMN-2")
        qtbot.keyClicks(dialog.name_edit, "PMN-2 blast mine")

    drive(qtbot, MineTypeDialog, mine_type)
    window.catalogue_view.add_type_button.click()
    seen = drive(
        qtbot,
        SiteDialog,
        lambda d: (
            qtbot.keyClicks(d.code_edit, "D1"),
            qtbot.keyClicks(d.name_edit, "Depot 1"),
            qtbot.keyClicks(d.country_edit, "K1"),
        ),
    )
    window.catalogue_view.add_site_button.click()
    assert "two-letter country code" in seen["dialog"].error
    assert seen["dialog"].country_edit.styleSheet() == ERROR_STYLE
    drive(
        qtbot,
        SiteDialog,
        lambda d: (
            qtbot.keyClicks(d.code_edit, "D1"),
            qtbot.keyClicks(d.name_edit, "Depot 1"),
            qtbot.keyClicks(d.country_edit, "kr"),
            d.kind_combo.setCurrentIndex(d.kind_combo.findText("destruction site")),
        ),
    )
    window.catalogue_view.add_site_button.click()
    assert [t.designation for t in window.catalogue_view.type_model.rows] == ["PMN-2"]
    assert window.catalogue_view.type_model.rows[0].persistent
    assert [(s.code, s.country, s.kind) for s in window.catalogue_view.site_model.rows] == [("D1", "KR", "destruction")]
    assert window.stockpile_view.type_combo.findData("PMN-2") > 0


def test_without_a_display_the_program_says_so_in_one_line(tmp_path):
    import os
    import subprocess
    import sys

    environment = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    done = subprocess.run(
        [sys.executable, "-m", "stockpile_tracker", "--database", str(tmp_path / "x.db")],
        capture_output=True,
        text=True,
        env=environment,
        timeout=60,
    )
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1
    assert "no display" in done.stderr and "--help" in done.stderr


def _previewed(qtbot, trigger, inside=None) -> dict:
    """Trigger a report action: the real preview opens, lays out and paints (`inside(preview)` runs
    while it is open, as a user would use its toolbar), and is closed. Returns its title and the
    texts of its toolbar actions."""
    from PySide6.QtPrintSupport import QPrintPreviewDialog
    from PySide6.QtWidgets import QToolBar

    shown = {}

    def look_then_close(preview):
        shown["title"] = preview.windowTitle()
        shown["actions"] = [action.text() for action in preview.findChild(QToolBar).actions()]
        screen = preview.screen().availableGeometry()
        shown["fits"] = preview.width() <= screen.width() and preview.height() <= screen.height()
        if inside is not None:
            inside(preview)
        QTimer.singleShot(300, preview.reject)

    when_modal(qtbot, look_then_close, QPrintPreviewDialog)
    trigger()
    return shown


def test_reports_menu_opens_a_real_preview_with_save_actions(window, qtbot, tmp_path):
    from PySide6.QtWidgets import QToolBar

    when_modal(qtbot, lambda d: d.accept(), ReportDialog)
    status = _previewed(qtbot, window.named_actions["status_report"].trigger)
    select_lot(window, "L-001")
    lot = _previewed(qtbot, window.named_actions["lot_report"].trigger)
    today = date.today().isoformat()
    assert [status["title"], lot["title"]] == [
        f"Stockpile status - as of {today}",
        f"Lot history - L-001 - as of {today}",
    ]
    assert {"Save as PDF...", "Save tables as CSV...", "Save as DOCX...", "Save as Excel..."} <= set(status["actions"])
    assert status["fits"]  # on the screen, its toolbar whole (the offscreen screen is 800 x 600)

    def year_2025(dialog):
        dialog.edits["year"].setValue(2025)
        dialog.accept()

    def freeze(preview):
        action = next(a for a in preview.findChild(QToolBar).actions() if a.text() == "Freeze as submitted...")

        def submit(dialog):
            dialog.submitted_on.setText(today)  # the day starts empty: typed, as the officer would
            dialog.reference.setText("APLC/2026/7")
            dialog.accept()

        when_modal(qtbot, submit, FreezeDialog)
        action.trigger()
        assert not action.isVisible() and "APLC/2026/7" in preview.report.html  # it shows the report as frozen

    when_modal(qtbot, year_2025, ReportDialog)
    article7 = _previewed(qtbot, window.named_actions["article7_report"].trigger, inside=freeze)
    assert (
        article7["title"]
        == "Voluntary report in the format of Article 7 - calendar year 2025 - 1 January - 31 December 2025"
    )
    assert services(window).archive.frozen("article7", "2025") is not None

    def save_docx(preview):
        choose_file(qtbot, tmp_path / "a7.docx")
        next(a for a in preview.findChild(QToolBar).actions() if a.text() == "Save as DOCX...").trigger()
        choose_file(qtbot, tmp_path / "a7.xlsx")
        next(a for a in preview.findChild(QToolBar).actions() if a.text() == "Save as Excel...").trigger()

    when_modal(qtbot, year_2025, ReportDialog)
    frozen = _previewed(qtbot, window.named_actions["article7_report"].trigger, inside=save_docx)  # as submitted
    assert "Freeze as submitted..." not in frozen["actions"]
    kept = services(window).archive.frozen("article7", "2025")
    assert (tmp_path / "a7.docx").read_bytes() == to_docx(kept)  # the document of the report as frozen
    submitted = load_workbook(tmp_path / "a7.xlsx").active
    cover = {row[0]: row[1] for row in submitted.values if row[0] == "Date of submission"}
    assert cover["Date of submission"].startswith(today)  # the workbook of the report as frozen


def test_a_report_kept_as_submitted_with_its_footer_changed_outside_the_program_is_not_shown(
    demo_window, demo_url, qtbot
):
    """GIVEN the demo's frozen report, its footer edited with a database tool WHEN the reader opens
    it THEN a message names the report and says why, and no preview opens."""
    year = date.today().year - 2
    statement = f"UPDATE frozen_report SET footer = replace(footer, 'printed', 'signed') WHERE period = '{year}'"  # noqa: S608
    tamper_outside_the_program(demo_url, statement, tables=("frozen_report",))
    when_modal(qtbot, lambda dialog: (dialog.edits["year"].setValue(year), dialog.accept()), ReportDialog)
    told = when_modal(qtbot, lambda box: box.accept(), QMessageBox)
    shown = _previewed(qtbot, demo_window.named_actions["article7_report"].trigger)
    assert shown == {}  # no preview
    assert told["text"].startswith(f"the article7 report for {year} kept as submitted (row id = ")
    assert "was changed outside the program" in told["text"] and "it is not printed" in told["text"]


def test_a_certificate_verified_outside_the_program_is_not_shown(demo_window, demo_url, qtbot):
    """GIVEN the demo's certificates marked verified with a database tool WHEN the reader opens one
    THEN a message names the certificate and says what to do, and no preview opens."""
    forged = "UPDATE destruction_event SET verified_by = 'Col. Fake', verified_on = occurred_on"
    tamper_outside_the_program(demo_url, forged, tables=("destruction_event",))
    demo_window.nav_list.setCurrentRow(PAGES.index("Destruction log"))
    settle(qtbot, demo_window)
    demo_window.log_view.table.selectRow(0)
    told = when_modal(qtbot, lambda box: box.accept(), QMessageBox)
    shown = _previewed(qtbot, demo_window.named_actions["certificate_report"].trigger)
    assert shown == {}  # no preview
    assert told["text"].startswith("certificate ") and "(row id = " in told["text"]
    assert told["text"].endswith("it is not printed: restore a backup copy and run db check")


def test_the_freeze_dialog_asks_for_the_day_of_submission_and_freezes_nothing_without_it(window, qtbot):
    """The day is a legal record the officer types: it starts empty, and a missing or wrong one is
    refused in the form, naming the field."""
    from PySide6.QtWidgets import QToolBar

    errors = []

    def freeze(preview):
        def typed(day):
            def fill(dialog):
                errors.append(dialog.submitted_on.text())  # as it opens: empty
                dialog.submitted_on.setText(day)

            return fill

        for day in ("", "2026-13-01", "2025-12-31"):
            seen = drive(qtbot, FreezeDialog, typed(day))
            next(a for a in preview.findChild(QToolBar).actions() if a.text() == "Freeze as submitted...").trigger()
            errors.append(seen["dialog"].error)

    when_modal(qtbot, lambda dialog: (dialog.edits["year"].setValue(2025), dialog.accept()), ReportDialog)
    _previewed(qtbot, window.named_actions["article7_report"].trigger, inside=freeze)
    assert errors == [
        "",
        "date of submission: type the day the report was submitted (YYYY-MM-DD)",
        "",
        "date of submission: '2026-13-01' is not a date (YYYY-MM-DD)",
        "",
        "date of submission: 2025-12-31 is before the end of 2025",
    ]
    assert services(window).archive.frozen("article7", "2025") is None


@pytest.mark.parametrize("action", ["Save as PDF...", "Save tables as CSV...", "Save as DOCX...", "Save as Excel..."])
def test_a_report_saved_where_it_cannot_be_written_says_so(window, qtbot, tmp_path, action):
    from PySide6.QtWidgets import QToolBar

    told: list[dict] = []

    def save(preview):
        choose_file(qtbot, tmp_path / "no such folder" / "report")
        told.append(when_modal(qtbot, lambda box: box.accept(), QMessageBox))
        next(a for a in preview.findChild(QToolBar).actions() if a.text() == action).trigger()

    when_modal(qtbot, lambda d: d.accept(), ReportDialog)
    _previewed(qtbot, window.named_actions["status_report"].trigger, inside=save)
    assert told[0]["text"].startswith(f"Cannot write {tmp_path / 'no such folder' / 'report'}")


@pytest.mark.parametrize("action", ["Save as PDF...", "Save tables as CSV...", "Save as DOCX...", "Save as Excel..."])
def test_a_report_is_never_saved_over_the_database(window, qtbot, small_url, action):
    from PySide6.QtWidgets import QToolBar

    told: list[dict] = []
    before = Path(small_url).read_bytes()

    def save(preview):
        choose_existing_file(qtbot, Path(small_url), told)
        next(a for a in preview.findChild(QToolBar).actions() if a.text() == action).trigger()

    when_modal(qtbot, lambda d: d.accept(), ReportDialog)
    _previewed(qtbot, window.named_actions["status_report"].trigger, inside=save)
    assert told[0]["text"] == f"file: {small_url} is the database (gui.db): choose another file"
    assert Path(small_url).read_bytes() == before


def test_the_current_lot_survives_a_refresh_a_sort_and_rows_not_yet_fetched(qtbot, settings, demo_url, monkeypatch):
    from stockpile_tracker.qt import lot_model

    monkeypatch.setattr(lot_model, "PAGE_SIZE", 10)
    window = MainWindow(settings, "reader")
    qtbot.addWidget(window)
    window.open_database(demo_url)
    view = window.stockpile_view
    settle(qtbot, window)
    last = window.sp.queries.lots(limit=None)[-1]
    assert view.model.index_of_lot(last.id) is None  # beyond the rows fetched
    view.select_lot(last.id)
    view.refresh()
    settle(qtbot, window)
    assert view.current_lot().id == last.id
    assert last.lot_number in view.detail.title_label.text()
    view.table.sortByColumn(6, Qt.SortOrder.DescendingOrder)
    settle(qtbot, window)
    assert view.current_lot().id == last.id
    first = view.model.row(0)
    view.table.selectRow(0)
    assert view.current_lot().id == first.id
    view.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    settle(qtbot, window)
    assert view.current_lot().id == first.id
    assert first.lot_number in view.detail.title_label.text()


def test_export_the_current_table_as_csv(qtbot, settings, demo_url, tmp_path):
    import csv
    import io

    window = MainWindow(settings, "reader")
    qtbot.addWidget(window)
    window.open_database(demo_url)
    window.nav_list.setCurrentRow(PAGES.index("Stockpile"))
    window.stockpile_view.set_filter(LotFilter(retention=RetentionFilter.SURPLUS))
    target = tmp_path / "surplus.csv"
    choose_file(qtbot, target)
    window.named_actions["export"].trigger()
    rows = list(csv.reader(io.StringIO(target.read_text(encoding="utf-8-sig"))))
    expected = window.sp.queries.totals(LotFilter(retention=RetentionFilter.SURPLUS))
    header, body, total = rows[3], rows[4:-1], rows[-1]
    assert header[:2] == ["Lot no.", "Type"] and len(body) == expected.lots
    on_hand = header.index("On hand")
    assert int(total[on_hand]) == expected.on_hand == sum(int(row[on_hand]) for row in body)
    assert "Exported" in window.statusBar().currentMessage()


def test_import_shows_problems_first_and_imports_only_a_clean_file(window, qtbot, tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text("lot_number,type,quantity,site,retention\nN-1,M67,12x,ANAD,\nN-2,PFM-1,5,ANAD,\n")
    good = tmp_path / "good.csv"
    good.write_text("lot_number;type;quantity;site;retention\nN-1;M67;1200;ANAD;\nN-2;M16;300;NEW-DEPOT;korea\n")
    before = snapshot(services(window).context.engine)
    choose_file(qtbot, bad)
    seen = close_modal(qtbot, ImportDialog, after_ms=50)
    window.named_actions["import_lots"].trigger()
    problems = [(p.line, p.column) for p in seen["dialog"].plan.problems]
    assert problems == [(2, "quantity"), (3, "type")]
    assert not seen["dialog"].import_button.isEnabled()
    assert snapshot(services(window).context.engine) == before

    def allow_new_sites_and_import(dialog):
        assert [(p.line, p.column) for p in dialog.plan.problems] == [(3, "site")]
        dialog.add_sites_check.setChecked(True)  # the user allows the new site: the file is checked again
        assert dialog.plan.ok and dialog.import_button.isEnabled()
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)

    choose_file(qtbot, good)
    seen = when_modal(qtbot, allow_new_sites_and_import, ImportDialog)
    window.named_actions["import_lots"].trigger()
    assert seen["dialog"].result() == QDialog.DialogCode.Accepted
    assert services(window).queries.find_lot("N-2").kept_for == "Korea defence"
    assert services(window).queries.totals().on_hand == 1500 + 1500


def test_choosing_another_task_refills_the_lines_cleanly(window, qtbot):
    lot = services(window).queries.find_lot("L-002")
    first = services(window).destruction.schedule(
        planned_on=date.today(), site="ANAD", method="open_detonation", lines={lot.id: 100}
    )
    second = services(window).destruction.schedule(
        planned_on=date.today(), site="ANAD", method="open_burning", lines={lot.id: 50}
    )
    dialog = RecordDestructionDialog(services(window), [], first, window)
    dialog.show()
    qtbot.waitUntil(lambda: not dialog.loading)  # the other open tasks are read in the background
    old_spin = dialog.lines_table.spin(0)
    dialog.task_combo.value = second.id
    dialog.task_combo.value = first.id
    table = dialog.lines_table
    assert not old_spin.isVisible()  # no spin box of the previous lines is left drawn over the new ones
    assert table.rowCount() == 1
    assert table.cellWidget(0, 0) is None and table.item(0, 0).text() == "L-002"
    assert table.quantities == {lot.id: 100} and dialog.method_combo.value == "open_detonation"


def test_the_status_line_speaks_of_the_page_in_view(qtbot, settings, demo_url):
    window = MainWindow(settings, "reader")
    qtbot.addWidget(window)
    window.open_database(demo_url)
    sp = window.sp
    findings = sp.compliance.findings()
    qtbot.waitUntil(lambda: not window.dashboard_view.findings_pending, timeout=60000)
    errors = sum(f.severity == "error" for f in findings)
    assert window.totals_label.text().startswith(f"{len(findings):,} findings: {errors:,} error")
    window.nav_list.setCurrentRow(PAGES.index("Destruction plan"))
    settle(qtbot, window)
    tasks, policy = window.plan_view.task_model.rows, sp.catalogue.active_profile()
    planned = sum(t.planned_covered(policy) for t in tasks)  # one unit: the mines the profile covers
    destroyed = sum(t.destroyed_covered(policy) for t in tasks)
    assert tasks and window.totals_label.text().startswith(
        f"{len(tasks):,} task{'s' if len(tasks) != 1 else ''} shown - covered: planned {planned:,} mines, "
        f"destroyed {destroyed:,}"
    )
    window.nav_list.setCurrentRow(PAGES.index("Destruction log"))
    settle(qtbot, window)
    events = sp.destruction.events()
    assert window.totals_label.text() == (
        f"{len(events):,} events shown - {window.log_view.destroyed_words(events)} - "
        f"{sum(e.verified_by is None for e in events):,} awaiting verification"
    )
    window.nav_list.setCurrentRow(PAGES.index("Catalogue"))
    assert window.totals_label.text() == f"{len(sp.catalogue.types())} mine types - {len(sp.catalogue.sites())} sites"
    window.nav_list.setCurrentRow(PAGES.index("Stockpile"))
    assert window.totals_label.text().startswith(f"{sp.queries.totals().lots:,} lots shown")


def test_the_stockpile_page_counts_surplus_in_the_profiles_scope_and_says_the_rest_apart(window, qtbot):
    """Anti-vehicle mines are no surplus to destroy under the US 2022 profile: the page's surplus is
    the dashboard's and the reports', and the lot says it is not covered, without the warning."""
    from stockpile_tracker.qt.lot_model import COL_KEPT_FOR

    receive(window.sp, "AV-1", 200, type="BLU-91/B", on=date(2020, 1, 5))
    window.refresh_all()
    window.nav_list.setCurrentRow(PAGES.index("Stockpile"))
    settle(qtbot, window)
    split = window.sp.queries.totals_by_scope()
    assert split.not_covered.on_hand == 200
    assert f"surplus {split.covered.surplus:,}" in window.totals_label.text()
    assert window.totals_label.text().endswith(" - not covered: on hand 200")  # its label is in the tooltip
    model = window.stockpile_view.model
    row = model.index_of_lot(window.sp.queries.find_lot("AV-1").id)
    kept = model.index(row, COL_KEPT_FOR)
    assert model.data(kept) == "not covered"
    assert model.data(kept, Qt.ItemDataRole.DecorationRole) is None  # no "surplus waiting" warning


def test_every_tab_of_the_lot_pane_shows_words_for_a_lot_shipped_and_destroyed(qtbot, settings, demo_url):
    """The demo's lot closed short at TEAD: shipped, destroyed there, lost. Every cell of every tab
    is drawn (a column that reads a missing field would fail here) and no stored code shows."""
    window = MainWindow(settings, "reader")
    qtbot.addWidget(window)
    window.open_database(demo_url)
    settle(qtbot, window)
    [loss] = window.sp.destruction.losses()
    window.stockpile_view.select_lot(loss.lot_id)
    settle(qtbot, window)
    detail = window.stockpile_view.detail
    shown = []
    for model in (detail.ledger_model, detail.retention_model, detail.tasks_model, detail.events_model):
        assert model.rowCount() > 0 or model is detail.retention_model
        for row in range(model.rowCount()):
            for column in range(model.columnCount()):
                shown.append(str(model.data(model.index(row, column), Qt.ItemDataRole.DisplayRole)))
    assert not [cell for cell in shown if "_" in cell], shown
    kinds = [str(detail.ledger_model.data(detail.ledger_model.index(row, 2))) for row in range(3)]
    assert "shipped for destruction" in " ".join(kinds), kinds
