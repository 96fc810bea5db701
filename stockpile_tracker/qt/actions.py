"""Every action of the window, declared once: its words, key, icon and tip, where it shows (a menu,
the toolbar, the context menu of a page's table), when it is enabled, and what it calls; and the
functions that build the window's menus, toolbar and context menus from ACTIONS and enable them. A
new action is one entry here, its handler, and its tests. The Reports menu's entries come from the
report registry (reports/registry.py)."""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QMainWindow, QMenu

from ..domain.errors import DatabaseError
from ..reports.registry import REPORTS, ReportKind, Selected
from ..services import EVERY_PART
from . import icons
from .errors import database_unavailable
from .help import show_about, show_guide
from .suspension_dialogs import lift_suspension, suspend
from .widgets import name_more_button

PAGES = ("Dashboard", "Stockpile", "Destruction plan", "Destruction log", "Catalogue")
# Each page's entry in the View menu: its name with an access key (the letter after &).
PAGE_ENTRIES = dict(
    zip(PAGES, ("&Dashboard", "&Stockpile", "Destruction &plan", "Destruction lo&g", "&Catalogue"), strict=True)
)
MENUS = ("&File", "&View", "&Lots", "&Destruction", "&Compliance", "&Reports", "&Help")
Key = QKeySequence.StandardKey
# What an action can need selected (Action.needs), as its status tip names it while nothing is.
SELECTIONS = {
    "lot": "a lot in the Stockpile",
    "suspended lot": "a lot in the Stockpile with a suspension in force",
    "lots": "the lots in the Stockpile",
    "entry": "an entry in the Ledger tab of a lot in the Stockpile",
    "task": "a task in the Destruction plan",
    "event": "an event in the Destruction log",
}


@dataclass(frozen=True)
class Action:
    name: str  # how the window and the tests find it: window.named_actions[name]
    text: str  # & before the access key; "..." when it opens a dialog
    call: Callable[[Any], object]  # called with the window
    menu: str
    shortcut: str | QKeySequence.StandardKey = ""  # "": none
    icon: Callable[[], QIcon] | None = None
    tip: str = ""  # in the status bar while the pointer is on it
    separator_before: bool = False  # in its menu
    toolbar: bool = False
    context: str | None = None  # the page whose table's context menu holds it
    page: str | None = None  # enabled only while this page is shown
    needs_record: bool = True  # enabled only while a record is open
    needs: str | None = None  # enabled only while this is selected (a key of SELECTIONS)
    select_to: str = ""  # with needs, what for: "Select a lot in the Stockpile to <select_to>"

    @property
    def words(self) -> str:
        """The text as a sentence names it (the guide, the toolbar): no access key, no dots."""
        return self.text.replace("&", "").rstrip(".")

    @property
    def select_tip(self) -> str:
        """The status tip while what it needs is not selected: what to select, and what for."""
        return f"Select {SELECTIONS[self.needs]} to {self.select_to}" if self.needs else self.tip


def _page(number: int) -> Action:
    name = PAGES[number]
    return Action(
        name.lower().replace(" ", "_"),
        PAGE_ENTRIES[name],
        lambda w: w.nav_list.setCurrentRow(number),
        "&View",
        f"Ctrl+{number + 1}",
    )


def _report(kind: ReportKind) -> Action:
    """Enabled only while the selection it is built from is there, unless it can do without."""
    needs = next((p.selection for p in kind.parameters if isinstance(p, Selected) and p.needed), None)
    return Action(
        f"{kind.name}_report",
        kind.title,
        lambda w: w.open_report(kind),
        "&Reports",
        kind.shortcut,
        needs=needs,
        select_to=f"print its {kind.words.lower()}",
    )


ACTIONS = (
    Action("new", "&New database...", lambda w: w.new_database(), "&File", Key.New, needs_record=False),
    Action("open", "&Open database...", lambda w: w.choose_database(), "&File", Key.Open, needs_record=False),
    Action(
        "demo",
        "Open the &demo stockpile",
        lambda w: w.open_demo(),
        "&File",
        tip="A made-up stockpile in a file of its own, to explore the program",
        needs_record=False,
    ),
    Action("import_lots", "&Import lots...", lambda w: w.import_file("lots"), "&File", separator_before=True),
    Action("import_destructions", "Import destruction &history...", lambda w: w.import_file("destructions"), "&File"),
    Action("import_movements", "Import &movements...", lambda w: w.import_file("movements"), "&File"),
    Action("import_types", "Import mine &types...", lambda w: w.import_file("types"), "&File"),
    Action("import_sites", "Import &sites...", lambda w: w.import_file("sites"), "&File"),
    Action(
        "export",
        "&Export table...",
        lambda w: w.export_table(),
        "&File",
        "Ctrl+Shift+E",
        tip="The rows the current view shows, as CSV or an Excel workbook",
    ),
    Action(
        "backup",
        "&Back up...",
        lambda w: w.back_up(),
        "&File",
        separator_before=True,
        tip="A copy of the record taken while others work, in a file you choose",
    ),
    Action(
        "restore",
        "Restore &from a backup...",
        lambda w: w.restore(),
        "&File",
        tip="Put a backup copy in place of the record; the record as it is now is kept beside it",
    ),
    Action(
        "operator",
        "&Change operator...",
        lambda w: w.change_operator(),
        "&File",
        separator_before=True,
        needs_record=False,
    ),
    Action("quit", "&Quit", lambda w: w.close(), "&File", Key.Quit, separator_before=True, needs_record=False),
    *(_page(number) for number in range(len(PAGES))),
    Action(
        "clear_filters",
        "C&lear filters",
        lambda w: w.stockpile_view.clear_filters(),
        "&View",
        "Ctrl+Shift+L",
        separator_before=True,
        page="Stockpile",
    ),
    Action("refresh", "&Refresh", lambda w: w.refresh_all(), "&View", Key.Refresh, icons.refresh),
    Action(
        "receive",
        "&Receive a lot...",
        lambda w: w.receive_lot(),
        "&Lots",
        "Ctrl+R",
        icons.receive,
        "A new lot arrives or is found",
        toolbar=True,
        context="Stockpile",
    ),
    Action(
        "retention",
        "Change re&tention...",
        lambda w: w.change_retention(),
        "&Lots",
        "Ctrl+T",
        icons.retention,
        "Retain or release mines of the selected lot",
        toolbar=True,
        context="Stockpile",
        needs="lot",
        select_to="change its retention",
    ),
    Action(
        "split",
        "S&plit lot...",
        lambda w: w.split_lot(),
        "&Lots",
        "Ctrl+Shift+P",
        icons.split,
        "Move part of the selected lot into a new lot",
        toolbar=True,
        context="Stockpile",
        needs="lot",
        select_to="split it",
    ),
    Action(
        "move",
        "&Move to another site...",
        lambda w: w.move_mines(),
        "&Lots",
        tip="Move mines of the selected lot to another of your own sites, on one document",
        context="Stockpile",
        needs="lot",
        select_to="move mines of it",
    ),
    Action(
        "check",
        "Stoc&k check...",
        lambda w: w.stock_check(),
        "&Lots",
        "Ctrl+K",
        icons.stock_check,
        "A blind count of the selected lot",
        toolbar=True,
        context="Stockpile",
        needs="lot",
        select_to="record a stock check of it",
    ),
    Action(
        "suspend",
        "S&uspend...",
        suspend,
        "&Lots",
        icon=icons.suspend,
        tip="Hold back part of the selected lot: legal hold, investigation or safety; it stays surplus",
        separator_before=True,
        context="Stockpile",
        needs="lot",
        select_to="suspend part of it",
    ),
    Action(
        "lift_suspension",
        "&Lift suspension...",
        lift_suspension,
        "&Lots",
        icon=icons.lift,
        tip="End a suspension of the selected lot: its mines can be scheduled and destroyed again",
        context="Stockpile",
        needs="suspended lot",
        select_to="lift one of its suspensions",
    ),
    Action(
        "reverse",
        "Re&verse ledger entry...",
        lambda w: w.reverse_entry(),
        "&Lots",
        "Ctrl+Shift+Z",
        icons.reverse,
        "Correct the selected ledger entry",
        context="Stockpile",
        needs="entry",
        select_to="reverse it",
    ),
    Action(
        "schedule",
        "&Schedule destruction...",
        lambda w: w.schedule(),
        "&Destruction",
        "Ctrl+D",
        icons.schedule,
        "Plan the destruction of the selected lots",
        toolbar=True,
        context="Stockpile",
        needs="lots",
        select_to="schedule their destruction",
    ),
    Action(
        "destroy",
        "Record &destruction...",
        lambda w: w.record_destruction(),
        "&Destruction",
        "Ctrl+E",
        icons.destroy,
        "Record what was destroyed, with its certificate",
        toolbar=True,
        context="Stockpile",
    ),
    Action(
        "verify",
        "&Verify certificate...",
        lambda w: w.verify_selected_certificate(),
        "&Destruction",
        "Ctrl+Shift+V",
        icons.verify,
        "Another person checks the selected event's certificate",
        context="Destruction log",
        needs="event",
        select_to="verify its certificate",
    ),
    Action(
        "correct",
        "C&orrect destruction...",
        lambda w: w.correct_selected_destruction(),
        "&Destruction",
        icon=icons.reverse,
        tip="Correct a recorded destruction from its certificate",
        context="Destruction log",
        needs="event",
        select_to="correct it",
    ),
    Action(
        "ship",
        "S&hip for task...",
        lambda w: w.ship_selected_task(),
        "&Destruction",
        tip="Send mines of the selected task to its destruction site, on one document",
        context="Destruction plan",
        needs="task",
        select_to="ship its mines",
    ),
    Action(
        "return_shipped",
        "Record a &return...",
        lambda w: w.ship_selected_task(returning=True),
        "&Destruction",
        tip="Mines shipped for the selected task come back from its destruction site, not destroyed",
        context="Destruction plan",
        needs="task",
        select_to="record mines coming back from its destruction site",
    ),
    Action(
        "close_task",
        "&Close task...",
        lambda w: w.close_selected_task(),
        "&Destruction",
        icon=icons.close_task,
        tip="Reconcile and close the selected task",
        context="Destruction plan",
        needs="task",
        select_to="close it",
    ),
    Action(
        "resolve_loss",
        "Resolve &unaccounted loss...",
        lambda w: w.resolve_loss(),
        "&Destruction",
        tip="Record what an investigation found for mines a closed task shipped and did not destroy",
    ),
    Action(
        "check_now",
        "Check &now",
        lambda w: w.check_now(),
        "&Compliance",
        "Ctrl+Shift+C",
        tip="Run the compliance checks and show the dashboard",
    ),
    Action(
        "profile",
        "&Policy profile...",
        lambda w: w.policy_profile(),
        "&Compliance",
        tip="Which profile the checks apply, and its dates and rules",
    ),
    *(_report(kind) for kind in REPORTS),
    Action(
        "article7_texts",
        "Article 7 &texts...",
        lambda w: w.article7_texts(),
        "&Reports",
        tip="The cover, the text forms and the tables' notes of a year's Article 7 report",
        separator_before=True,
    ),
    Action("guide", "&User guide", show_guide, "&Help", Key.HelpContents, needs_record=False),
    Action(
        "about",
        "&About Stockpile Tracker",
        lambda w: show_about(w, w.settings.last_database),
        "&Help",
        needs_record=False,
    ),
)


def build_actions(window: QMainWindow) -> tuple[dict[str, QAction], QMenu]:
    """Each declared action once, by name, in its menu and on the toolbar if declared so; and the
    File menu's "Open recent" submenu, which follows Open database."""
    menus = {title: window.menuBar().addMenu(title) for title in MENUS}
    toolbar = window.addToolBar("Actions")
    toolbar.setObjectName("actions_toolbar")
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    name_more_button(toolbar)
    named: dict[str, QAction] = {}
    for declared in ACTIONS:
        action = named[declared.name] = QAction(declared.text, window)
        if declared.icon is not None:
            action.setIcon(declared.icon())
        action.setShortcut(QKeySequence(declared.shortcut))
        action.setStatusTip(declared.tip)
        action.setIconText(declared.words)
        action.triggered.connect(lambda _checked=False, call=declared.call: _run(call, window))
        if declared.separator_before:
            menus[declared.menu].addSeparator()
        menus[declared.menu].addAction(action)
        if declared.name == "open":
            recent = menus[declared.menu].addMenu("Open &recent")
        if declared.toolbar:
            toolbar.addAction(action)
    return named, recent


def _run(call: Callable[[Any], object], window: QMainWindow) -> None:
    """An action on a record that cannot be read or written now (locked by another program, its
    server out of reach) says so and changes nothing."""
    try:
        call(window)
    except DatabaseError as exc:
        database_unavailable(window, exc)


# The parts (PostgreSQL roles, `db roles`) an action that writes needs; the others only read. A
# dialog that shows before it saves (the policy profile, the Article 7 texts) stays open to all:
# the database refuses the save of a login that may not make it.
NEEDS_PARTS = {
    **dict.fromkeys(("import_lots", "import_destructions", "import_movements"), ("recorder",)),
    **dict.fromkeys(("import_types", "import_sites"), ("administrator",)),
    **dict.fromkeys(
        ("receive", "retention", "split", "move", "check", "suspend", "lift_suspension", "reverse", "schedule"),
        ("recorder",),
    ),
    **dict.fromkeys(("destroy", "ship", "return_shipped", "close_task", "resolve_loss"), ("recorder",)),
    "verify": ("verifier",),
    "correct": ("recorder", "verifier"),  # it withdraws the verification
}


def may(parts: Collection[str]) -> str:
    """What a login's roles let it do, in words for the status bar."""
    if "administrator" in parts:
        return "may administer, record and verify"
    doing = [word for part, word in (("recorder", "record"), ("verifier", "verify")) if part in parts]
    return f"may {' and '.join(doing)}" if doing else "may only read"


def enable_actions(
    named: dict[str, QAction],
    *,
    record_open: bool,
    page: str | None,
    selected: Collection[str],
    parts: Collection[str] = EVERY_PART,
) -> None:
    """As declared: some only while a record is open, some only on their page, some only while what
    they need is selected (`selected`: the keys of SELECTIONS that are); until it is, their tips say
    what to select (the toolbar's tooltip shows on a button greyed out). An action that writes only
    for a login whose parts (`parts`, its database roles) include what it needs; its tip says which."""
    for declared in ACTIONS:
        held = declared.needs is None or declared.needs in selected
        missing = [
            part for part in NEEDS_PARTS.get(declared.name, ()) if part not in parts and "administrator" not in parts
        ]
        tip = declared.tip if held else declared.select_tip
        if missing:
            tip = f"Your database login may not {declared.words.lower()}: it needs the role {' and '.join(missing)}"
        action = named[declared.name]
        enabled = (record_open or not declared.needs_record) and declared.page in (None, page) and held
        action.setEnabled(enabled and not missing)
        action.setStatusTip(tip)
        action.setToolTip("" if held and not missing else tip)  # "": the action's words, as Qt gives them


def add_context_actions(named: dict[str, QAction], tables: Mapping[str, QAbstractItemView]) -> None:
    """The actions declared for a page's context menu, on that page's table (`tables`, by page)."""
    for declared in ACTIONS:
        if declared.context is not None:
            tables[declared.context].addAction(named[declared.name])
    for table in tables.values():
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
