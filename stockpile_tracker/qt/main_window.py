"""The main window: navigation, menus, toolbar, status bar, and the actions that open dialogs.
Every action goes through a dialog that calls a service; afterwards the pages that show what it
changed are redrawn and the status bar says what changed."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QProgressDialog,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from ..domain.enums import Category, SiteKind
from ..domain.errors import NotFound, StockpileError
from ..i18n import QT_TRANSLATE_NOOP, joined_in, language_in_use, translate
from ..paths import demo_database
from ..reports.document import Report
from ..reports.registry import Asked, Prepared, ReportKind, Selected, prepare
from ..services import EVERY_PART, Changes, LotFilter, Stockpile
from ..services.backups import POSTGRESQL_BACKUP, back_up_database, backup_name, check_backup, restore_database
from ..services.dto.catalogue import MineTypeInfo, SiteInfo
from ..services.dto.destruction import EventInfo, TaskInfo
from ..services.dto.lots import LotRow, MovementResult, ScopeTotals
from ..services.dto.reports import ChainReport
from ..services.progress import Cancelled
from .actions import PAGES, add_context_actions, build_actions, enable_actions, may, shown
from .article7_dialog import Article7TextDialog
from .catalogue_dialogs import MineTypeDialog, SiteDialog
from .catalogue_view import CatalogueView
from .dashboard import DashboardView
from .destruction_dialogs import (
    CloseTaskDialog,
    CorrectDestructionDialog,
    RecordDestructionDialog,
    ScheduleDialog,
    ShipmentDialog,
    VerifyCertificateDialog,
)
from .destruction_views import LogView, PlanView
from .figures import figure, word
from .form_dialog import FormDialog
from .import_dialog import ImportDialog, import_summary
from .long_task import with_progress
from .loss_dialog import ResolveLossDialog
from .lot_dialogs import MoveDialog, ReceiveDialog, RetentionDialog, ReverseDialog, SplitDialog, StockCheckDialog
from .operations import run_in_background, wait_for_background
from .profile_dialog import PolicyProfileDialog
from .report_dialog import FreezeDialog, ReportDialog
from .settings import Settings
from .settings_dialog import LetterheadDialog, SettingsDialog
from .status_line import page_status, stockpile_texts
from .stockpile_view import StockpileView
from .table_export import export_table
from .user_name_dialog import UserNameDialog
from .widgets import ElidedLabel, add_access_keys, plain_label

if TYPE_CHECKING:
    from .printing import ReportPreview

DEMO_RECORDER = "J. Doe (demo depot officer)"  # a fictitious person: the demo is nobody's real record
STOCKPILE = PAGES.index("Stockpile")  # always loaded: the status bar shows its totals
Chosen = TypeVar("Chosen")  # a selected ledger entry, task or event


class Page(Protocol):
    """What the window asks of each of its pages (in PAGES order)."""

    shows: Changes  # what the page shows: it is redrawn when a write changes any of it

    def refresh(self) -> None: ...

    @property
    def loading(self) -> bool: ...  # a read from the background not shown yet


@contextmanager
def _waiting() -> Iterator[None]:
    """The wait cursor while a copy is taken or put back: seconds on a national record."""
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()


IMPORT_FILES = QT_TRANSLATE_NOOP(
    "MainWindowMessages",
    "CSV files and Excel workbooks (*.csv *.xlsx);;CSV files (*.csv);;Excel workbooks (*.xlsx);;All files (*)",
)


class MainWindow(QMainWindow):
    page_redrawn = Signal(str)  # the page's name, each time the window redraws it

    def __init__(self, settings: Settings, user: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.user = user
        self.sp: Stockpile | None = None
        self.url = ""
        self.audit_report: ChainReport | None = None  # the audit chain as checked after opening, once done
        self._stale: set[int] = set()
        self._pages: tuple[Page, ...] = ()  # the views in self.pages, as pages
        self.nav_list = QListWidget()
        self.nav_list.addItems([shown(page) for page in PAGES])
        self.nav_list.setAccessibleName("Pages")
        nav_width = self.nav_list.sizeHintForColumn(0) + 2 * self.nav_list.frameWidth() + 16  # the page names, no more
        self.nav_list.setMaximumWidth(nav_width)
        self.pages = QStackedWidget()
        self.splitter = QSplitter()
        self.splitter.addWidget(self.nav_list)
        self.splitter.addWidget(self.pages)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([nav_width, 1100])
        self.setCentralWidget(self.splitter)
        self.totals_label = ElidedLabel()
        self.totals_label.setObjectName("totals_label")
        self.user_label = plain_label()
        self.statusBar().addWidget(self.totals_label, 1)
        self.statusBar().addPermanentWidget(self.user_label)
        self.nav_list.currentRowChanged.connect(self._show_page)
        self.named_actions, self.recent_menu = build_actions(self)
        self.update_actions()
        self.resize(1280, 800)

    @property
    def stockpile(self) -> Stockpile:
        """The open record. Only called while one is open: the actions that need it (needs_record in
        actions.py) are disabled until then, and the pages exist only once one is open."""
        if self.sp is None:
            raise RuntimeError("no stockpile is open")
        return self.sp

    # -- database --------------------------------------------------------------------------------

    def open_database(self, url: str) -> bool:
        """Open (and migrate) a database; on failure keep what was open and say why."""
        try:
            sp = Stockpile.open(url, self.user)
        except StockpileError as exc:
            QMessageBox.critical(self, translate("MainWindowMessages", "Cannot open database"), str(exc))
            return False
        if self.sp is not None:
            self.save_state()
            wait_for_background()
            self.sp.close()
        self.sp, self.url = sp, sp.url
        self.settings.last_database = sp.url
        if sp.database_file is not None:
            self.settings.add_recent_database(str(sp.database_file))
        self._rebuild_recent_menu()
        self._build_views()
        self.setWindowTitle(
            (
                translate("MainWindowMessages", "DEMO - {database} - Stockpile Tracker")
                if self.is_demo
                else translate("MainWindowMessages", "{database} - Stockpile Tracker")
            ).format(database=sp.database_label)
        )
        # The name typed is short in the status bar (the stockpile's totals need its width); the
        # operating-system login beside it is in its tooltip. A PostgreSQL login is the identity: shown.
        operator = (
            translate("MainWindow", "Operator: {name}; {allowed}")
            if sp.parts != EVERY_PART
            else translate("MainWindow", "Operator: {name}")
        )
        allowed = may(sp.parts)
        self.user_label.setText(operator.format(name=sp.user if sp.login is None else sp.operator, allowed=allowed))
        self.user_label.setToolTip(operator.format(name=sp.operator, allowed=allowed))
        self.audit_report = None
        # Off the GUI thread: recomputing a national record's chain takes seconds.
        run_in_background(
            lambda _progress: (sp, sp.verify_audit_chain()),
            on_done=self._audit_checked,
            on_error=self._audit_not_checked,
        )
        return True

    def _audit_checked(self, result: tuple[Stockpile, ChainReport]) -> None:
        sp, chain = result
        if self.sp is not sp:  # another database was opened meanwhile
            return
        self.audit_report = chain
        if not chain.ok:
            QMessageBox.warning(
                self,
                translate("MainWindowMessages", "Audit log broken"),
                translate(
                    "MainWindowMessages",
                    "The audit log of {database} was changed outside Stockpile Tracker: {problem}. Run "
                    "'stockpile-tracker db check' for the full list, and restore a backup copy if the change was not "
                    "authorised.",
                ).format(database=sp.database_label, problem=chain.problems[0]),
            )

    def _audit_not_checked(self, exc: Exception) -> None:
        self.statusBar().showMessage(
            translate("MainWindowMessages", "The audit log could not be verified: {reason}").format(reason=exc)
        )

    def offer_demo_if_empty(self) -> None:
        if self.sp is None or self.sp.catalogue.types() or self.is_demo:
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            translate("MainWindowMessages", "Empty database"),
            translate(
                "MainWindowMessages",
                "This database holds no stockpile yet. Open the demo stockpile to explore the program (it is kept in "
                "a file of its own, so this database stays empty), or start empty and add your own catalogue and lots.",
            ),
            parent=self,
        )
        demo = box.addButton(
            translate("MainWindowMessages", "Open the demo stockpile"), QMessageBox.ButtonRole.AcceptRole
        )
        box.addButton(translate("MainWindowMessages", "Start empty"), QMessageBox.ButtonRole.RejectRole)
        self._exec(box)
        if box.clickedButton() is demo:
            self.open_demo()

    @property
    def is_demo(self) -> bool:
        path = self.sp.database_file if self.sp is not None else None
        return path is not None and path.resolve() == demo_database().resolve()

    def open_demo(self) -> None:
        """The demo stockpile in its own file, built on first use by fictitious people."""
        if self.open_database(str(demo_database())) and not self.stockpile.catalogue.types():
            self.load_demo()

    def load_demo(self) -> None:
        """Demo generation runs off the GUI thread, with its own services and a progress dialog."""
        from ..demo import DemoSummary, build_demo

        progress = QProgressDialog(
            self, labelText=translate("MainWindowMessages", "Creating the demo stockpile..."), minimum=0, maximum=100
        )
        progress.setCancelButton(None)  # the demo is built in one transaction, to the end
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        recorder = self.stockpile.as_user(DEMO_RECORDER)

        def work(report: Callable[[int, int], None]) -> DemoSummary:
            return build_demo(recorder, progress=report)

        # Closed, not deleted: a modal progress dialog processes events inside setValue, so this can
        # run inside its own setValue, and deleting it under that call crashed (the window smoke test).
        def done(summary: DemoSummary) -> None:
            progress.close()
            self.refresh_all(  # written through the demo's own services: everything is new
                translate(
                    "MainWindowMessages",
                    "Demo stockpile created: {lots} lots, {tasks} tasks, {events} destruction events",
                ).format(lots=figure(summary.lots), tasks=summary.tasks, events=summary.events)
            )

        def failed(exc: Exception) -> None:
            progress.close()
            QMessageBox.critical(self, translate("MainWindowMessages", "Demo stockpile"), str(exc))

        self._demo_operation = run_in_background(
            work,
            on_done=done,
            on_error=failed,
            on_progress=lambda done_, total: progress.setValue(int(100 * done_ / max(total, 1))),
        )

    def _build_views(self) -> None:
        while (widget := self.pages.widget(0)) is not None:
            self.pages.removeWidget(widget)
            widget.deleteLater()
        sp = self.stockpile
        self.dashboard_view = DashboardView(sp)
        self.stockpile_view = StockpileView(sp)
        self.plan_view = PlanView(sp)
        self.log_view = LogView(sp)
        self.catalogue_view = CatalogueView(sp)
        views = (self.dashboard_view, self.stockpile_view, self.plan_view, self.log_view, self.catalogue_view)
        menu_keys = [action.text().split("&", 1)[1][:1] for action in self.menuBar().actions()]
        for view in views:
            self.pages.addWidget(view)
            add_access_keys(view, taken=menu_keys)  # a page's and a menu's Alt+letter would cancel out
        self._pages = views
        self.dashboard_view.open_lot.connect(self.open_lot)
        self.dashboard_view.open_task.connect(self.open_task)
        self.dashboard_view.open_certificate.connect(self.open_certificate)
        self.dashboard_view.profile_requested.connect(self.policy_profile)
        self.stockpile_view.totals_changed.connect(self.show_totals)
        for page, model in (
            (PAGES.index("Dashboard"), self.dashboard_view.findings_model),
            (PAGES.index("Destruction plan"), self.plan_view.task_model),
            (PAGES.index("Destruction log"), self.log_view.model),
            (PAGES.index("Catalogue"), self.catalogue_view.type_model),
            (PAGES.index("Catalogue"), self.catalogue_view.site_model),
        ):
            model.modelReset.connect(partial(self._update_status_if_shown, page))
        tables = {
            "Stockpile": self.stockpile_view.table,
            "Destruction plan": self.plan_view.task_table,
            "Destruction log": self.log_view.table,
        }
        add_context_actions(self.named_actions, tables)
        self._follow_selections()
        self.plan_view.record_requested.connect(lambda task: self.record_destruction(task=task))
        self.plan_view.close_requested.connect(self.close_task)
        self.log_view.verify_requested.connect(self.verify_certificate)
        self.catalogue_view.add_type_requested.connect(self.add_type)
        self.catalogue_view.add_site_requested.connect(self.add_site)
        self.catalogue_view.edit_type_requested.connect(self.edit_type)
        self.catalogue_view.edit_site_requested.connect(self.edit_site)
        geometry = self.settings.geometry("stockpile_splitter")
        if geometry is not None:
            self.stockpile_view.splitter.restoreState(geometry)
        self.stockpile_view.set_filter(self.settings.lot_filter)  # loads the stockpile
        self._stale = set(range(len(PAGES))) - {STOCKPILE}  # the other pages load when first shown
        self.nav_list.setCurrentRow(0)
        self._show_page(0)

    def _update_status_if_shown(self, page: int) -> None:
        if page == self.pages.currentIndex():
            self.update_status()

    # -- actions ---------------------------------------------------------------------------------

    def _rebuild_recent_menu(self) -> None:
        self.recent_menu.clear()
        for number, path in enumerate(self.settings.recent_databases, start=1):
            text = f"&{number} {path.replace('&', '&&')}"  # its number is its access key
            action = QAction(text, self)  # the window's, not the menu's: clear() would delete the one running
            action.triggered.connect(lambda _checked=False, p=path: self.open_database(p))
            self.recent_menu.addAction(action)

    def _show_page(self, number: int) -> None:
        """Pages other than the stockpile are refreshed when shown, so opening stays fast."""
        if number in self._stale:
            self._stale.discard(number)
            self._refresh_page(number)
        self.pages.setCurrentIndex(number)
        self.update_actions()
        self.update_status()

    def update_actions(self) -> None:
        """Enabled as declared (actions.py): for the record open, the page in view and what is selected."""
        page = self.pages.currentIndex()
        enable_actions(
            self.named_actions,
            record_open=self.sp is not None,
            page=PAGES[page] if page >= 0 else None,
            selected=self._selections(),
            parts=self.sp.parts if self.sp is not None else EVERY_PART,
        )

    def _selections(self) -> set[str]:
        """What is selected now, as the actions name it (Action.needs)."""
        if self.sp is None:
            return set()
        lots = self.stockpile_view
        held = {
            "lot": lots.lot_chosen,
            "suspended lot": lots.lot_suspended,
            "lots": lots.table.selectionModel().hasSelection() or lots.lot_chosen,
            "entry": lots.detail.selected_entry() is not None,
            "task": self.plan_view.current_task() is not None,
            "event": self.log_view.current_event() is not None,
        }
        return {name for name, selected in held.items() if selected}

    def _follow_selections(self) -> None:
        """The actions follow the selection of each table they act on; a table whose rows are read
        again has lost its selection (and the stockpile's current lot may be gone)."""
        lots = self.stockpile_view
        for table in (lots.table, lots.detail.ledger_table, self.plan_view.task_table, self.log_view.table):
            table.selectionModel().selectionChanged.connect(self.update_actions)
            table.model().modelReset.connect(self.update_actions)
        lots.lot_changed.connect(self.update_actions)
        lots.model.first_page_shown.connect(self.update_actions)  # after the selection is restored

    def _refresh_page(self, number: int) -> None:
        self.page_redrawn.emit(PAGES[number])
        if number == PAGES.index("Dashboard"):
            self.dashboard_view.refresh()
        elif number == STOCKPILE:
            self.stockpile_view.reload_choices()
            self.stockpile_view.refresh()
        elif number == PAGES.index("Destruction plan"):
            self.plan_view.refresh()
        elif number == PAGES.index("Destruction log"):
            self.log_view.reload_choices()
            self.log_view.refresh()
        else:
            self.catalogue_view.refresh()

    # -- file ------------------------------------------------------------------------------------

    def new_database(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self,
            translate("MainWindowMessages", "New database"),
            "stockpile.db",
            translate("MainWindowMessages", "Stockpile databases (*.db);;All files (*)"),
        )
        if path:
            if self.open_database(path):
                self.offer_demo_if_empty()

    def choose_database(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            translate("MainWindowMessages", "Open database"),
            "",
            translate("MainWindowMessages", "Stockpile databases (*.db);;All files (*)"),
        )
        if path:
            self.open_database(path)

    def back_up(self) -> None:
        """A copy of the SQLite record where the user chooses; on PostgreSQL, how to take one."""
        sp = self.stockpile
        if sp.database_file is None:
            QMessageBox.information(self, translate("MainWindowMessages", "Back up"), POSTGRESQL_BACKUP)
            return
        path, _filter = QFileDialog.getSaveFileName(
            self,
            translate("MainWindowMessages", "Back up"),
            str(backup_name(sp.database_file)),
            translate("MainWindowMessages", "All files (*)"),
        )
        if not path:
            return
        try:  # the save dialog asked before `replace`
            written = with_progress(
                self,
                translate("MainWindowMessages", "Back up"),
                lambda progress: back_up_database(sp.url, Path(path), replace=True, progress=progress),
            )
        except Cancelled:
            self.statusBar().showMessage(
                translate("MainWindowMessages", "Back up cancelled: no copy was written to {path}").format(path=path)
            )
            return
        except StockpileError as exc:
            QMessageBox.critical(self, translate("MainWindowMessages", "Cannot back up"), str(exc))
            return
        self.statusBar().showMessage(
            translate("MainWindowMessages", "Backed up {database} to {path}").format(
                database=sp.database_label, path=written
            )
        )

    def restore(self) -> None:
        """A backup copy in place of the SQLite record, once the user has confirmed what is replaced
        and where it is kept; the window lets go of the file for it, then shows the record restored.
        Refused, the record is left as it was and the window goes on with it."""
        sp = self.stockpile
        if sp.database_file is None:
            QMessageBox.information(self, translate("MainWindowMessages", "Restore from a backup"), POSTGRESQL_BACKUP)
            return
        record = sp.database_file
        path, _filter = QFileDialog.getOpenFileName(
            self,
            translate("MainWindowMessages", "Restore from a backup"),
            str(record.parent),
            translate("MainWindowMessages", "All files (*)"),
        )
        if not path:
            return
        try:  # a file that is no backup of this program is refused before anyone is asked to confirm
            with _waiting():
                check_backup(self.url, Path(path))
        except StockpileError as exc:
            QMessageBox.critical(self, translate("MainWindowMessages", "Cannot restore"), str(exc))
            return
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            translate("MainWindowMessages", "Restore from a backup"),
            translate(
                "MainWindowMessages",
                "Replace the record {record} with the backup copy {path}?\n\nThe record as it is now is kept in "
                "{folder} as {record}.before-restore-<date and time>. Everyone else must close the record first.",
            ).format(record=record.name, path=path, folder=record.parent),
            parent=self,
        )
        replace = box.addButton(translate("MainWindowMessages", "Restore"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        self._exec(box)
        if box.clickedButton() is not replace:
            return
        self.save_state()
        wait_for_background()
        sp.close()  # our own connections would hold the file against the restore's lock
        try:
            restored = with_progress(
                self,
                translate("MainWindowMessages", "Restore"),
                partial(restore_database, self.url, Path(path), self.user),
            )
        except Cancelled:
            self.statusBar().showMessage(
                translate("MainWindowMessages", "Restore cancelled: {record} was left as it was").format(
                    record=record.name
                )
            )
            return
        except StockpileError as exc:
            QMessageBox.critical(self, translate("MainWindowMessages", "Cannot restore"), str(exc))
            return
        self.open_database(self.url)
        lots = restored.check.lots
        said = [
            (
                translate("MainWindowMessages", "{record} was restored from {source} (db check: ok, 1 lot).")
                if lots == 1
                else translate("MainWindowMessages", "{record} was restored from {source} (db check: ok, {lots} lots).")
            ).format(record=record.name, source=restored.source, lots=figure(lots))
        ]
        if restored.kept_aside:
            said.append(
                translate("MainWindowMessages", "The record it replaced is kept as {path}.").format(
                    path=restored.kept_aside
                )
            )
        said.append(f"{restored.going_back[0].upper()}{restored.going_back[1:]}.")
        QMessageBox.information(self, translate("MainWindowMessages", "Restored"), " ".join(said))

    def change_operator(self) -> None:
        """The change is audited in the record open (Stockpile.change_operator) before it applies."""
        dialog = UserNameDialog(self.user, self, self.sp)
        if not self._exec(dialog):
            return
        if self.sp is not None:
            try:
                self.sp.change_operator(dialog.name)
            except StockpileError as exc:
                QMessageBox.critical(self, translate("MainWindowMessages", "Cannot change operator"), str(exc))
                return
        self.user = self.settings.user_name = dialog.name
        if self.url:
            self.open_database(self.url)

    # -- lot actions -----------------------------------------------------------------------------

    @staticmethod
    def _held(value: Chosen | None) -> Chosen:
        """The ledger entry, task or event an action needs: it is enabled only while one is selected
        (Action.needs), and none of them is ever deleted."""
        assert value is not None, "an action that needs a selection was enabled without one"
        return value

    def open_lot(self, lot_id: int) -> None:
        """From a finding: the lot in the stockpile, its number searched with the other filters
        cleared, so that its row shows however far down the stockpile it lies."""
        lot = self._lot_still_there(lot_id)
        if lot is None:
            return
        self.nav_list.setCurrentRow(STOCKPILE)
        self.stockpile_view.set_filter(LotFilter(text=lot.lot_number))
        self.stockpile_view.select_lot(lot_id)

    def open_task(self, reference: str) -> None:
        self.nav_list.setCurrentRow(PAGES.index("Destruction plan"))
        self.plan_view.select_task(reference)

    def open_certificate(self, number: str) -> None:
        self.nav_list.setCurrentRow(PAGES.index("Destruction log"))
        self.log_view.select_event(number)

    def _current_lot(self) -> LotRow | None:
        """The chosen lot, read again; if another user removed it since it was chosen, say so and
        redraw the pages (the actions on it are then disabled)."""
        lot = self.stockpile_view.current_lot()
        if lot is None:
            self.refresh_all(
                translate("MainWindowMessages", "The selected lot no longer exists: another user removed it.")
            )
        return lot

    def _lot_still_there(self, lot_id: int) -> LotRow | None:
        try:
            return self.stockpile.queries.lot(lot_id)
        except NotFound:
            self.refresh_all(translate("MainWindowMessages", "That lot no longer exists: another user removed it."))
            return None

    @staticmethod
    def _exec(dialog: QDialog) -> bool:
        """Run a modal dialog, then let it go: parented to the window, it would otherwise live as long
        as the window does (a preview with its printer and pages, for every report opened)."""
        try:
            return bool(dialog.exec())
        finally:
            dialog.deleteLater()

    def _run(self, dialog: FormDialog, describe: Callable[[Any], str]) -> bool:
        """The dialog, then the pages its writes changed; `describe(result)` for the status bar (the
        result is what the dialog's service call gave back: `FormDialog.result_value`)."""
        accepted = self._exec(dialog)
        self.show_changes(describe(dialog.result_value) if accepted else None)
        return accepted

    def receive_lot(self) -> None:
        dialog = ReceiveDialog(self.stockpile, self)
        if self._run(
            dialog,
            lambda r: self._movement_message(
                r, translate("MainWindowMessages", "Received lot {lot}: on hand {on_hand}, retained {retained}")
            ),
        ):
            self.stockpile_view.select_lot(dialog.result_value.lot_id)

    def on_current_lot(
        self,
        dialog_class: Callable[[Stockpile, LotRow, QWidget], FormDialog],
        describe: Callable[[LotRow, Any], str],
    ) -> None:
        """A one-lot action: its dialog on the selected lot; `describe(lot, result)` for the status bar."""
        lot = self._current_lot()
        if lot:
            self._run(dialog_class(self.stockpile, lot, self), lambda result: describe(lot, result))

    def change_retention(self) -> None:
        self.on_current_lot(
            RetentionDialog,
            lambda _lot, r: self._movement_message(
                r,
                translate(
                    "MainWindowMessages", "Retention changed for lot {lot}: on hand {on_hand}, retained {retained}"
                ),
            ),
        )

    def split_lot(self) -> None:
        self.on_current_lot(
            SplitDialog,
            lambda lot, r: translate("MainWindowMessages", "Split lot {lot}: new lot {new_lot} holds {on_hand}").format(
                lot=lot.lot_number, new_lot=r.lot_number, on_hand=figure(r.on_hand)
            ),
        )

    def schedule(self) -> None:
        self._run(
            ScheduleDialog(self.stockpile, self.stockpile_view.selected_lots(), self),
            lambda t: translate(
                "MainWindowMessages", "Scheduled task {task} for {date} at {site}: planned {mines}, lots {lots}"
            ).format(task=t.reference, date=t.planned_on, site=t.site_code, mines=figure(t.planned), lots=len(t.lines)),
        )

    def record_destruction(self, task: TaskInfo | None = None) -> None:
        lots = [] if task is not None else self.stockpile_view.selected_lots()
        self._run(RecordDestructionDialog(self.stockpile, lots, task, self), self._destruction_message)

    def _destruction_message(self, event: EventInfo) -> str:
        parts = []
        for line in event.lines:
            lot = self.stockpile.queries.lot(line.lot_id)
            said = (
                translate(
                    "MainWindowMessages",
                    "{quantity} of lot {lot} (now {on_hand} on hand, {awaiting} at destruction sites)",
                )
                if lot.at_destruction
                else translate("MainWindowMessages", "{quantity} of lot {lot} (now {on_hand} on hand)")
            )
            parts.append(
                said.format(
                    quantity=figure(line.quantity),
                    lot=line.lot_number,
                    on_hand=figure(lot.on_hand),
                    awaiting=figure(lot.at_destruction),
                )
            )
        return translate("MainWindowMessages", "Destroyed {lots} at {site}; certificate {certificate}").format(
            lots=", ".join(parts), site=event.site_code, certificate=event.certificate_number
        )

    def move_mines(self) -> None:
        self.on_current_lot(
            MoveDialog,
            lambda lot, r: translate("MainWindowMessages", "Moved mines of lot {lot}: held at {held}").format(
                lot=lot.lot_number,
                held=", ".join(
                    f"{site} {figure(quantity)}" for site, quantity in self.stockpile.queries.holdings(lot.id)
                ),
            ),
        )

    def stock_check(self) -> None:
        self.on_current_lot(
            StockCheckDialog,
            lambda _lot, r: self._movement_message(
                r,
                translate(
                    "MainWindowMessages", "Stock check recorded for lot {lot}: on hand {on_hand}, retained {retained}"
                ),
            ),
        )

    def reverse_entry(self) -> None:
        lot = self._current_lot()
        if not lot:
            return
        entry = self._held(self.stockpile_view.detail.selected_entry())
        # evidence: corrected, not reversed (a destruction's entry carries its certificate number)
        if entry.kind == "destroyed" and entry.event_id is not None and entry.document_ref is not None:
            self.correct_destruction(self.stockpile.destruction.find_event(entry.document_ref), lot.id)
            return
        self._run(
            ReverseDialog(self.stockpile, lot, entry, self),
            lambda r: self._movement_message(
                r,
                translate(
                    "MainWindowMessages", "Reversed entry {entry} of lot {lot}: on hand {on_hand}, retained {retained}"
                ),
                entry=entry.id,
            ),
        )

    def correct_selected_destruction(self) -> None:
        self.correct_destruction(self._held(self.log_view.current_event()))

    def correct_destruction(self, event: EventInfo, lot_id: int | None = None) -> None:
        self._run(
            CorrectDestructionDialog(self.stockpile, event, lot_id, self),
            lambda e: translate(
                "MainWindowMessages",
                "Certificate {certificate} corrected: {quantity} destroyed; another person must verify it again",
            ).format(certificate=e.certificate_number, quantity=figure(e.quantity)),
        )

    def verify_selected_certificate(self) -> None:
        self.verify_certificate(self._held(self.log_view.current_event()))

    def verify_certificate(self, event: EventInfo) -> None:
        self._run(
            VerifyCertificateDialog(self.stockpile, event, self),
            lambda e: translate("MainWindowMessages", "Certificate {certificate} verified by {person}").format(
                certificate=e.certificate_number, person=e.verified_by
            ),
        )

    def ship_selected_task(self, *, returning: bool = False) -> None:
        task = self._held(self.plan_view.current_task())
        self._run(dialog := ShipmentDialog(self.stockpile, task, self, returning=returning), dialog.describe)

    def close_selected_task(self) -> None:
        self.close_task(self._held(self.plan_view.current_task()))

    def close_task(self, task: TaskInfo) -> None:
        self._run(dialog := CloseTaskDialog(self.stockpile, task, self), dialog.describe)

    def resolve_loss(self) -> None:
        self._run(dialog := ResolveLossDialog(self.stockpile, self), dialog.describe)

    # -- compliance ------------------------------------------------------------------------------

    def policy_profile(self) -> None:
        self._run(dialog := PolicyProfileDialog(self.stockpile, self), dialog.describe)

    def article7_texts(self) -> None:
        """The dialog stays open as it saves: what it saved is told once it is closed."""
        dialog = Article7TextDialog(self.stockpile, self)
        self._exec(dialog)
        self.show_changes(dialog.describe(dialog.written) if dialog.written else None)

    def open_settings(self) -> None:
        self._exec(SettingsDialog(self.settings, self))

    def letterhead(self) -> None:
        self._run(dialog := LetterheadDialog(self.stockpile, self), dialog.describe)

    def check_now(self) -> None:
        dashboard = PAGES.index("Dashboard")
        self._stale.add(dashboard)  # shown afresh even if it is the page in view
        if self.pages.currentIndex() == dashboard:
            self._show_page(dashboard)
        else:
            self.nav_list.setCurrentRow(dashboard)

    # -- reports ---------------------------------------------------------------------------------

    def show_report(self, prepared: Prepared) -> None:
        """As laid out once (`prepared.printable`); a report kept as submitted names its year in its
        title already: no period is added."""
        from .printing import ReportPreview  # printing (QtPrintSupport) is loaded when first used

        period = prepared.report.period if isinstance(prepared.report, Report) else ""
        on_freeze = partial(self._freeze, prepared) if prepared.can_freeze else None
        refuse = self.stockpile.require_not_the_record
        preview = ReportPreview(
            prepared.printable, self, period=period, on_freeze=on_freeze, not_yet=prepared.not_yet, refuse=refuse
        )
        self._exec(preview)

    def open_report(self, kind: ReportKind) -> None:
        """Values from the selection first (its action is enabled only while they are selected), then
        the report's dialog for the ones it asks; a report kept as submitted prints as it was."""
        self.statusBar().clearMessage()  # what the last report said (frozen...) is not of this one
        values: dict[str, Any] = {}
        for parameter in kind.parameters:
            if isinstance(parameter, Selected):
                values[parameter.name] = self._selected(parameter.selection)
                if values[parameter.name] is None:
                    return
        if any(isinstance(parameter, Asked) for parameter in kind.parameters):
            dialog = ReportDialog(self.stockpile, kind, self)
            if not self._exec(dialog):
                return
            values |= dialog.values
        try:
            # in the window's language (a report not translated yet: in English)
            report = partial(prepare, self.stockpile, kind, values, language=language_in_use())
            prepared = with_progress(self, kind.words, report)
        except Cancelled:
            self.statusBar().showMessage(
                translate("MainWindowMessages", "{report} cancelled").format(report=kind.words), 15000
            )
            return
        except StockpileError as exc:
            QMessageBox.warning(self, kind.words, str(exc))
            return
        if prepared.frozen is not None:
            self.statusBar().showMessage(prepared.as_submitted, 15000)
        self.show_report(prepared)

    def _freeze(self, prepared: Prepared, preview: ReportPreview) -> None:
        """The preview then shows the report as frozen: its cover names the submission."""
        dialog = FreezeDialog(self.stockpile, prepared, preview)
        if self._exec(dialog):
            preview.show_frozen(dialog.result_value)
            self.statusBar().showMessage(
                translate("MainWindowMessages", "{report} frozen as submitted").format(report=prepared.report.title),
                15000,
            )

    def _selected(self, selection: str) -> int | str | None:
        """A report's value taken from the selection: the lot, the event's certificate, or the
        programme selected in the plan (else the first)."""
        if selection == "lot":
            lot = self._current_lot()
            return lot.id if lot else None
        if selection == "event":
            return self._held(self.log_view.current_event()).certificate_number
        programmes = self.stockpile.destruction.programmes()
        if not programmes:
            self.statusBar().showMessage(
                translate("MainWindowMessages", "There is no destruction programme yet."), 5000
            )
            return None
        return (self.plan_view.current_programme() or programmes[0]).id

    def import_file(self, kind: str) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, translate("MainWindowMessages", "Import"), "", translate("MainWindowMessages", IMPORT_FILES)
        )
        if not path:
            return
        try:
            dialog = ImportDialog(self.stockpile, kind, path, self)
        except OSError as exc:
            QMessageBox.critical(
                self,
                translate("MainWindowMessages", "Import"),
                translate("MainWindowMessages", "Cannot read {path}: {reason}").format(path=path, reason=exc.strerror),
            )
            return
        message = None
        if self._exec(dialog) and (plan := dialog.result_value) is not None:  # accepted: it imported
            message = translate("MainWindowMessages", "Imported {summary}, from {file}").format(
                summary=import_summary(plan), file=Path(path).name
            )
        self.show_changes(message)

    def export_table(self) -> None:
        export_table(self)

    def add_type(self) -> None:
        self._run(
            MineTypeDialog(self.stockpile, self),
            lambda t: translate("MainWindowMessages", "Mine type {designation} added ({category}, {kind})").format(
                designation=t.designation, category=word(Category(t.category)), kind=word(t.sd_class)
            ),
        )

    def add_site(self) -> None:
        self._run(
            SiteDialog(self.stockpile, self),
            lambda s: translate("MainWindowMessages", "Site {code} added ({kind}, {country})").format(
                code=s.code, kind=word(SiteKind(s.kind)), country=s.country
            ),
        )

    def edit_type(self, mine_type: MineTypeInfo) -> None:
        self._run(
            MineTypeDialog(self.stockpile, self, mine_type),
            lambda t: translate("MainWindowMessages", "Mine type {designation} corrected; its lots follow").format(
                designation=t.designation
            ),
        )

    def edit_site(self, site: SiteInfo) -> None:
        self._run(
            SiteDialog(self.stockpile, self, site),
            lambda s: translate("MainWindowMessages", "Site {code} corrected").format(code=s.code),
        )

    @staticmethod
    def _movement_message(result: MovementResult, said: str, **more: Any) -> str:
        """`said`: the whole sentence, with the lot and its figures as {lot}, {on_hand}, {retained}."""
        text = said.format(
            lot=result.lot_number, on_hand=figure(result.on_hand), retained=figure(result.retained), **more
        )
        if result.warnings:
            text = translate("MainWindowMessages", "{message} - FLAGGED: {warnings}").format(
                message=text, warnings=joined_in(result.warnings, language_in_use())
            )
        return text

    # -- refresh and status ----------------------------------------------------------------------

    def refresh_all(self, message: str | None = None) -> None:
        """Refresh (F5): every page, as another user may have changed anything."""
        self.stockpile.take_changes()
        self._stale = set(range(len(PAGES)))
        self._redraw_stale(message)

    def show_changes(self, message: str | None = None) -> None:
        """After an action: the pages that show what its writes changed (each page's `shows`). The
        type and site filters list the whole catalogue: they follow it at once, cheaply, without
        redrawing their pages."""
        changes = self.stockpile.take_changes()
        if changes & (Changes.CATALOGUE_ADDED | Changes.CATALOGUE_CORRECTED):
            self.stockpile_view.reload_choices()
            self.log_view.reload_choices()
        self._stale |= {number for number, page in enumerate(self._pages) if page.shows & changes}
        self._redraw_stale(message)

    def _redraw_stale(self, message: str | None) -> None:
        """The page in view now, the others when next shown; the stockpile now too, as the lot
        actions of every page read its selection."""
        for number in dict.fromkeys((STOCKPILE, self.pages.currentIndex())):
            if number in self._stale:
                self._stale.discard(number)
                self._refresh_page(number)
        self.update_actions()
        if message:
            self.statusBar().showMessage(message, 15000)

    def show_totals(self, totals: ScopeTotals | None) -> None:
        """None while the filter's totals are counted, or when they could not be (the page says why)."""
        if self.pages.currentIndex() != STOCKPILE:
            return
        view = self.stockpile_view
        if totals is not None:
            self.totals_label.setText(*stockpile_texts(totals, view.current_filter().retention))
        else:
            self.totals_label.setText(
                translate("StatusLine", "counting the lots...")
                if view.totals_read.loading
                else translate("StatusLine", "totals not available")
            )

    def update_status(self) -> None:
        """The status line speaks of the page in view, in the figures that page shows."""
        page = self.pages.currentIndex()
        if page == STOCKPILE and self.sp is not None:
            self.show_totals(self.stockpile_view.scope_totals)
        else:
            self.totals_label.setText(page_status(self, PAGES[page]) if self.sp is not None and page >= 0 else "")

    # -- state -----------------------------------------------------------------------------------

    def save_state(self) -> None:
        self.settings.set_geometry("main", self.saveGeometry())
        self.settings.set_geometry("main_state", self.saveState())
        if self.sp is not None:
            self.settings.set_geometry("stockpile_splitter", self.stockpile_view.splitter.saveState())
            self.settings.lot_filter = self.stockpile_view.current_filter()
        self.settings.sync()

    def restore_state(self) -> None:
        geometry = self.settings.geometry("main")
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = self.settings.geometry("main_state")
        if state is not None:
            self.restoreState(state)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        if self.sp is not None:
            self.hide()  # gone at once for the user, while checks still reading finish
            wait_for_background()
            self.sp.close()
        super().closeEvent(event)
