"""Builders for small hand-made stockpiles and a snapshot to prove nothing changed."""

from __future__ import annotations

import csv
import io
import re
import time
from datetime import date, datetime, timedelta
from types import SimpleNamespace

import openpyxl
import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QLineEdit, QMessageBox
from sqlalchemy import Engine, select, text

from stockpile_tracker.db.engine import make_engine
from stockpile_tracker.db.models import Base
from stockpile_tracker.services import Stockpile

PRINTED = datetime(2026, 6, 30, 9, 0)  # when a report in the tests is printed
TODAY = date(2026, 6, 30)


def seed_catalogue(sp: Stockpile) -> None:
    """Two AP types (one SD, one persistent), one AV type, a US depot and a Korean one."""
    sp.catalogue.add_type(
        designation="M67",
        name="ADAM M67 (M692, long SD)",
        category="AP",
        self_destruct_hours=48,
        self_deactivating=True,
        delivery="artillery",
    )
    sp.catalogue.add_type(designation="M16", name="M16 bounding fragmentation", category="AP", delivery="hand_emplaced")
    sp.catalogue.add_type(
        designation="BLU-91/B",
        name="GATOR anti-tank",
        category="AV",
        self_destruct_hours=4,
        self_deactivating=True,
        delivery="air_dropped",
    )
    sp.catalogue.add_site(code="ANAD", name="Anniston Army Depot", country="US")
    sp.catalogue.add_site(code="CAMP-C", name="Camp Carroll", country="KR")


def report_table(report, title: str):
    """The table of a printed report whose title begins with ``title`` (a form's title goes on)."""
    return next(table for table in report.tables if table.title.startswith(title))


def receive(
    sp: Stockpile,
    lot_number: str = "L-001",
    quantity: int = 1000,
    *,
    type: str = "M67",
    site: str = "ANAD",
    on: date = date(2020, 1, 15),
) -> int:
    return sp.lots.receive_lot(
        lot_number=lot_number, type=type, site=site, quantity=quantity, received_on=on, document_ref=f"DD-{lot_number}"
    ).lot_id


def workbook(csv_text: str, sheet: str = "Sheet1", before: tuple[str, ...] = ()) -> bytes:
    """A CSV file as an office keeps it in Excel: whole numbers in number cells, days in date cells
    (shown day first, as many offices show them), the rest text; `before` names empty sheets first."""
    book = openpyxl.Workbook()
    book.active.title = before[0] if before else sheet
    for name in before[1:]:
        book.create_sheet(name)
    rows = book.create_sheet(sheet) if before else book.active
    for cells in csv.reader(io.StringIO(csv_text)):
        rows.append([_typed(cell) for cell in cells])
    for row in rows.iter_rows():
        for cell in row:
            if isinstance(cell.value, date):
                cell.number_format = "DD/MM/YYYY"
            elif isinstance(cell.value, int):
                cell.number_format = "#,##0"
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _typed(cell: str) -> object:
    if re.fullmatch(r"[0-9]+", cell):
        return int(cell)
    if re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", cell):
        return date.fromisoformat(cell)
    return cell or None


def snapshot(engine: Engine) -> dict[str, list[tuple]]:
    """Every row of every table, to assert that a refused action left the database as it was."""
    with engine.connect() as connection:
        return {
            table.name: sorted(tuple(map(repr, row)) for row in connection.execute(select(table)))
            for table in Base.metadata.sorted_tables
        }


def refused(engine, error, action, *args, **kwargs):
    """Run an action that must be refused: exactly `error`, and the database left as it was."""
    before = snapshot(engine)
    with pytest.raises(error) as caught:
        action(*args, **kwargs)
    assert type(caught.value) is error, f"expected {error.__name__}, got {caught.value!r}"
    assert snapshot(engine) == before
    return caught.value


def when_modal(qtbot, handle, kind=QDialog, *, timeout_ms: int = 60_000) -> dict:
    """Arrange for `handle(widget)` to run on the next modal widget of `kind` that opens, once it has
    read what it shows, from a timer inside its real event loop: the code under test calls the real
    `exec()`, as in the program.
    `handle` must close the widget. The widget is kept under "dialog" in the returned dict; a test
    that expected one fails if none opened."""
    seen: dict = {}
    deadline = time.monotonic() + timeout_ms / 1000
    timer = QTimer()
    timer.setInterval(10)

    def poll() -> None:
        widget = QApplication.activeModalWidget()
        if time.monotonic() > deadline:  # the expected window never came: unblock the test so it fails
            timer.stop()
            if widget is not None:
                widget.reject()
        elif isinstance(widget, kind) and widget.isVisible() and not getattr(widget, "loading", False):
            timer.stop()
            seen["dialog"] = widget
            if isinstance(widget, QMessageBox):  # a static message box is deleted once closed
                seen["text"] = widget.text()
            try:
                handle(widget)
            except BaseException:
                widget.reject()  # a failed check must not leave the test waiting on an open dialog
                raise

    timer.timeout.connect(poll)
    timer.start()
    seen["timer"] = timer
    MODAL_TIMERS.append(timer)  # stopped after the test (conftest), so none answers a later test's window
    return seen


MODAL_TIMERS: list[QTimer] = []


def stop_modal_timers() -> None:
    while MODAL_TIMERS:
        MODAL_TIMERS.pop().stop()


def drive(qtbot, dialog_class, fill) -> dict:
    """The next `dialog_class` dialog (a FormDialog) that opens: fill the form, click its action
    button. A refused form stays open, showing its error; it is then cancelled so the caller's
    `exec()` returns. The dialog is in the returned dict under "dialog"."""

    def submit(dialog) -> None:
        fill(dialog)
        qtbot.mouseClick(dialog.action_button, Qt.MouseButton.LeftButton)
        if dialog.isVisible():
            dialog.reject()

    return when_modal(qtbot, submit, dialog_class)


def close_modal(qtbot, kind=QDialog, *, after_ms: int = 300) -> dict:
    """The next modal of `kind` is shown for `after_ms` (long enough to lay out and paint) and then
    cancelled."""
    return when_modal(qtbot, lambda widget: QTimer.singleShot(after_ms, widget.reject), kind)


def choose_file(qtbot, path) -> dict:
    """The next file dialog (Qt's own, as offscreen) is answered as a user would: the path typed into
    its file name field, then accepted. (Its selectFile() can leave the choice empty when the
    dialog opens again on the same folder.)"""

    def answer(dialog):
        dialog.findChild(QLineEdit, "fileNameEdit").setText(str(path))
        dialog.accept()

    return when_modal(qtbot, answer, QFileDialog)


def choose_existing_file(qtbot, path, told: list[dict]) -> None:
    """As `choose_file`, for a file that exists: its "replace it?" question answered Yes, and the
    program's next message box (what it says of the choice) kept in `told`."""

    def replace(box):
        told.append(when_modal(qtbot, lambda answer: answer.accept(), QMessageBox))
        box.button(QMessageBox.StandardButton.Yes).click()

    choose_file(qtbot, path)
    when_modal(qtbot, replace, QMessageBox)


def tamper_outside_the_program(url: str, *statements: str, tables: tuple[str, ...] = ("audit_entry",)) -> None:
    """What a database tool could do: drop the append-only triggers of `tables` (the audit log's by
    default), run SQL, and put the triggers back as they were, so that only what the SQL did is
    left to find."""
    engine = make_engine(url)
    with engine.begin() as connection:
        triggers = append_only_triggers(connection, tables)
        for name, table, _definition in triggers:
            connection.execute(text(f"DROP TRIGGER {name}" + (f" ON {table}" if _postgresql(connection) else "")))
        for statement in statements:
            connection.execute(text(statement))
        for _name, _table, definition in triggers:
            connection.execute(text(definition))
    engine.dispose()


def _postgresql(connection) -> bool:
    return connection.dialect.name == "postgresql"


def append_only_triggers(connection, tables: tuple[str, ...]) -> list[tuple[str, str, str]]:
    """(name, table, the statement that creates it) of each trigger on `tables` that keeps it append-only
    (on PostgreSQL, those that run the functions refusing a change: not, say, the login's guard of 0021)."""
    if _postgresql(connection):
        query = (
            "SELECT t.tgname, c.relname, pg_get_triggerdef(t.oid) FROM pg_trigger t "
            "JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_proc p ON p.oid = t.tgfoid "
            "WHERE NOT t.tgisinternal AND c.relname = ANY(:tables) "
            "AND p.proname IN ('refuse_change', 'suspension_lifted_once')"
        )
        return [tuple(row) for row in connection.execute(text(query), {"tables": list(tables)})]
    rows = connection.execute(text("SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'trigger'"))
    return [tuple(row) for row in rows if row[1] in tables]


def settle(qtbot, window, *, timeout_ms: int = 30_000) -> None:
    """Until every page read from the background has been shown (the window never waits for it)."""
    views = (window.dashboard_view, window.stockpile_view, window.plan_view, window.log_view)
    qtbot.waitUntil(lambda: not any(view.loading for view in views), timeout=timeout_ms)


def stockpile_shown(window, *, timeout_s: float = 30) -> None:
    """Until the stockpile's rows and the chosen lot being read are shown, as a user waits to act."""
    deadline = time.monotonic() + timeout_s
    while window.stockpile_view.loading:
        assert time.monotonic() < deadline, "the stockpile's rows were not read in time"
        QApplication.processEvents()
        time.sleep(0.002)


def destroyed_and_verified(sp: Stockpile, verifier: Stockpile, lot: int, on: date, quantity: int = 100) -> None:
    """A destruction of `quantity` of `lot` at ANAD (certificate DC-1), verified the next day by a
    second person: what changes Forms B and G from one year's report to the next."""
    event = sp.destruction.record_event(
        occurred_on=on,
        site="ANAD",
        method="open_detonation",
        officer="Capt. A",
        witness="B. Jones",
        certificate_number="DC-1",
        lines={lot: quantity},
    )
    verifier.destruction.verify_certificate(event.id, verified_on=on + timedelta(days=1))


def something_of_everything(
    sp: Stockpile, verifier: Stockpile, *, trained_type: str = "M67", task_reference: str | None = None
) -> SimpleNamespace:
    """A small stockpile with something of everything: L-001, 1,000 surplus with 300 in an open task
    and 100 destroyed under an unverified certificate C-1; L-T, 200 with 100 retained under
    Article 3. `verifier` is the second person (bob)."""
    seed_catalogue(sp)
    lot = receive(sp, "L-001", 1000)
    trained = receive(sp, "L-T", 200, type=trained_type)
    sp.lots.change_retention(
        trained,
        quantity=100,
        category="article3",
        institution="EOD School",
        authority_ref="A-1",
        reason="training",
        valid_from=date(2021, 1, 1),
    )
    task = sp.destruction.schedule(
        planned_on=date(2026, 9, 1), site="ANAD", method="other", lines={lot: 300}, reference=task_reference
    )
    event = sp.destruction.record_event(
        occurred_on=date(2026, 5, 1),
        site="ANAD",
        method="other",
        officer="Capt. Reyes",
        witness="Mr. Okafor",
        certificate_number="C-1",
        lines={lot: 100},
    )
    return SimpleNamespace(sp=sp, bob=verifier, lot=lot, trained=trained, task=task.id, event=event.id)
