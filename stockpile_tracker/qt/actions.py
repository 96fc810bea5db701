"""Every action of the window, declared once: its words, key, icon and tip, where it shows (a menu,
the toolbar, the context menu of a page's table), when it is enabled, and what it calls; and the
functions that build the window's menus, toolbar and context menus from ACTIONS and enable them. A
new action is one entry here, its handler, and its tests. The Reports menu's entries come from the
report registry (reports/registry.py). The words are declared in English and marked for
translation (context "MainWindow"); they are shown translated (docs/TRANSLATING.md)."""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QMainWindow, QMenu

from ..domain.errors import DatabaseError
from ..i18n import QT_TRANSLATE_NOOP, translate
from ..reports.registry import REPORTS, ReportKind, Selected
from ..services import EVERY_PART
from . import icons
from .errors import database_unavailable
from .help import show_about, show_guide
from .suspension_dialogs import lift_suspension, suspend
from .widgets import name_more_button

PAGES = (
    QT_TRANSLATE_NOOP("MainWindow", "Dashboard"),
    QT_TRANSLATE_NOOP("MainWindow", "Stockpile"),
    QT_TRANSLATE_NOOP("MainWindow", "Destruction plan"),
    QT_TRANSLATE_NOOP("MainWindow", "Destruction log"),
    QT_TRANSLATE_NOOP("MainWindow", "Catalogue"),
)
# Each page's entry in the View menu: its name with an access key (the letter after &).
PAGE_ENTRIES = dict(
    zip(
        PAGES,
        (
            QT_TRANSLATE_NOOP("MainWindow", "&Dashboard"),
            QT_TRANSLATE_NOOP("MainWindow", "&Stockpile"),
            QT_TRANSLATE_NOOP("MainWindow", "Destruction &plan"),
            QT_TRANSLATE_NOOP("MainWindow", "Destruction lo&g"),
            QT_TRANSLATE_NOOP("MainWindow", "&Catalogue"),
        ),
        strict=True,
    )
)
MENUS = (
    QT_TRANSLATE_NOOP("MainWindow", "&File"),
    QT_TRANSLATE_NOOP("MainWindow", "&View"),
    QT_TRANSLATE_NOOP("MainWindow", "&Lots"),
    QT_TRANSLATE_NOOP("MainWindow", "&Destruction"),
    QT_TRANSLATE_NOOP("MainWindow", "&Compliance"),
    QT_TRANSLATE_NOOP("MainWindow", "&Reports"),
    QT_TRANSLATE_NOOP("MainWindow", "&Help"),
)
Key = QKeySequence.StandardKey
# What an action can need selected (Action.needs), as its status tip names it while nothing is.
SELECTIONS = {
    "lot": QT_TRANSLATE_NOOP("MainWindow", "a lot in the Stockpile"),
    "suspended lot": QT_TRANSLATE_NOOP("MainWindow", "a lot in the Stockpile with a suspension in force"),
    "lots": QT_TRANSLATE_NOOP("MainWindow", "the lots in the Stockpile"),
    "entry": QT_TRANSLATE_NOOP("MainWindow", "an entry in the Ledger tab of a lot in the Stockpile"),
    "task": QT_TRANSLATE_NOOP("MainWindow", "a task in the Destruction plan"),
    "event": QT_TRANSLATE_NOOP("MainWindow", "an event in the Destruction log"),
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
    def label(self) -> str:
        """The text in the language in use, as the menu shows it."""
        return shown(self.text)

    @property
    def words(self) -> str:
        """The text as a sentence names it (the guide, the toolbar): no access key, no dots."""
        return self.label.replace("&", "").rstrip(".").rstrip("…")

    @property
    def select_tip(self) -> str:
        """The status tip while what it needs is not selected: what to select, and what for."""
        if not self.needs:
            return shown(self.tip)
        template = translate("MainWindow", "Select {selection} to {purpose}")
        return template.format(selection=shown(SELECTIONS[self.needs]), purpose=shown(self.select_to))


def shown(text: str) -> str:
    """A text declared here (marked, in English), in the language in use."""
    return translate("MainWindow", text)


def _page(number: int) -> Action:
    name = PAGES[number]
    return Action(
        name.lower().replace(" ", "_"),
        PAGE_ENTRIES[name],
        lambda w: w.nav_list.setCurrentRow(number),
        "&View",
        f"Ctrl+{number + 1}",
    )


REPORT_PURPOSES = {  # what a report built from the selection does with it: "Select a lot ... to <this>"
    "lot": QT_TRANSLATE_NOOP("MainWindow", "print its lot history"),
    "certificate": QT_TRANSLATE_NOOP("MainWindow", "print its destruction certificate"),
    "progress": QT_TRANSLATE_NOOP("MainWindow", "print its destruction progress"),
}


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
        select_to=REPORT_PURPOSES.get(kind.name, ""),
    )


ACTIONS = (
    Action(
        "new",
        QT_TRANSLATE_NOOP("MainWindow", "&New database..."),
        lambda w: w.new_database(),
        "&File",
        Key.New,
        needs_record=False,
    ),
    Action(
        "open",
        QT_TRANSLATE_NOOP("MainWindow", "&Open database..."),
        lambda w: w.choose_database(),
        "&File",
        Key.Open,
        needs_record=False,
    ),
    Action(
        "demo",
        QT_TRANSLATE_NOOP("MainWindow", "Open the &demo stockpile"),
        lambda w: w.open_demo(),
        "&File",
        tip=QT_TRANSLATE_NOOP("MainWindow", "A made-up stockpile in a file of its own, to explore the program"),
        needs_record=False,
    ),
    Action(
        "import_lots",
        QT_TRANSLATE_NOOP("MainWindow", "&Import lots..."),
        lambda w: w.import_file("lots"),
        "&File",
        separator_before=True,
    ),
    Action(
        "import_destructions",
        QT_TRANSLATE_NOOP("MainWindow", "Import destruction &history..."),
        lambda w: w.import_file("destructions"),
        "&File",
    ),
    Action(
        "import_movements",
        QT_TRANSLATE_NOOP("MainWindow", "Import &movements..."),
        lambda w: w.import_file("movements"),
        "&File",
    ),
    Action(
        "import_types",
        QT_TRANSLATE_NOOP("MainWindow", "Import mine &types..."),
        lambda w: w.import_file("types"),
        "&File",
    ),
    Action(
        "import_sites", QT_TRANSLATE_NOOP("MainWindow", "Import &sites..."), lambda w: w.import_file("sites"), "&File"
    ),
    Action(
        "export",
        QT_TRANSLATE_NOOP("MainWindow", "&Export table..."),
        lambda w: w.export_table(),
        "&File",
        "Ctrl+Shift+E",
        tip=QT_TRANSLATE_NOOP("MainWindow", "The rows the current view shows, as CSV or an Excel workbook"),
    ),
    Action(
        "backup",
        QT_TRANSLATE_NOOP("MainWindow", "&Back up..."),
        lambda w: w.back_up(),
        "&File",
        separator_before=True,
        tip=QT_TRANSLATE_NOOP("MainWindow", "A copy of the record taken while others work, in a file you choose"),
    ),
    Action(
        "restore",
        QT_TRANSLATE_NOOP("MainWindow", "Restore &from a backup..."),
        lambda w: w.restore(),
        "&File",
        tip=QT_TRANSLATE_NOOP(
            "MainWindow", "Put a backup copy in place of the record; the record as it is now is kept beside it"
        ),
    ),
    Action(
        "operator",
        QT_TRANSLATE_NOOP("MainWindow", "&Change operator..."),
        lambda w: w.change_operator(),
        "&File",
        separator_before=True,
        needs_record=False,
    ),
    Action(
        "settings",
        QT_TRANSLATE_NOOP("MainWindow", "Settin&gs..."),
        lambda w: w.open_settings(),
        "&File",
        tip=QT_TRANSLATE_NOOP("MainWindow", "The language of the window, for this user on this computer"),
        needs_record=False,
    ),
    Action(
        "letterhead",
        QT_TRANSLATE_NOOP("MainWindow", "&Letterhead..."),
        lambda w: w.letterhead(),
        "&File",
        tip=QT_TRANSLATE_NOOP(
            "MainWindow", "The organisation and the protective marking every printed page of this record carries"
        ),
    ),
    Action(
        "quit",
        QT_TRANSLATE_NOOP("MainWindow", "&Quit"),
        lambda w: w.close(),
        "&File",
        Key.Quit,
        separator_before=True,
        needs_record=False,
    ),
    *(_page(number) for number in range(len(PAGES))),
    Action(
        "clear_filters",
        QT_TRANSLATE_NOOP("MainWindow", "C&lear filters"),
        lambda w: w.stockpile_view.clear_filters(),
        "&View",
        "Ctrl+Shift+L",
        separator_before=True,
        page="Stockpile",
    ),
    Action(
        "refresh",
        QT_TRANSLATE_NOOP("MainWindow", "&Refresh"),
        lambda w: w.refresh_all(),
        "&View",
        Key.Refresh,
        icons.refresh,
    ),
    Action(
        "receive",
        QT_TRANSLATE_NOOP("MainWindow", "&Receive a lot..."),
        lambda w: w.receive_lot(),
        "&Lots",
        "Ctrl+R",
        icons.receive,
        QT_TRANSLATE_NOOP("MainWindow", "A new lot arrives or is found"),
        toolbar=True,
        context="Stockpile",
    ),
    Action(
        "retention",
        QT_TRANSLATE_NOOP("MainWindow", "Change re&tention..."),
        lambda w: w.change_retention(),
        "&Lots",
        "Ctrl+T",
        icons.retention,
        QT_TRANSLATE_NOOP("MainWindow", "Retain or release mines of the selected lot"),
        toolbar=True,
        context="Stockpile",
        needs="lot",
        select_to=QT_TRANSLATE_NOOP("MainWindow", "change its retention"),
    ),
    Action(
        "split",
        QT_TRANSLATE_NOOP("MainWindow", "S&plit lot..."),
        lambda w: w.split_lot(),
        "&Lots",
        "Ctrl+Shift+P",
        icons.split,
        QT_TRANSLATE_NOOP("MainWindow", "Move part of the selected lot into a new lot"),
        toolbar=True,
        context="Stockpile",
        needs="lot",
        select_to=QT_TRANSLATE_NOOP("MainWindow", "split it"),
    ),
    Action(
        "move",
        QT_TRANSLATE_NOOP("MainWindow", "&Move to another site..."),
        lambda w: w.move_mines(),
        "&Lots",
        tip=QT_TRANSLATE_NOOP(
            "MainWindow", "Move mines of the selected lot to another of your own sites, on one document"
        ),
        context="Stockpile",
        needs="lot",
        select_to=QT_TRANSLATE_NOOP("MainWindow", "move mines of it"),
    ),
    Action(
        "check",
        QT_TRANSLATE_NOOP("MainWindow", "Stoc&k check..."),
        lambda w: w.stock_check(),
        "&Lots",
        "Ctrl+K",
        icons.stock_check,
        QT_TRANSLATE_NOOP("MainWindow", "A blind count of the selected lot"),
        toolbar=True,
        context="Stockpile",
        needs="lot",
        select_to=QT_TRANSLATE_NOOP("MainWindow", "record a stock check of it"),
    ),
    Action(
        "suspend",
        QT_TRANSLATE_NOOP("MainWindow", "S&uspend..."),
        suspend,
        "&Lots",
        icon=icons.suspend,
        tip=QT_TRANSLATE_NOOP(
            "MainWindow", "Hold back part of the selected lot: legal hold, investigation or safety; it stays surplus"
        ),
        separator_before=True,
        context="Stockpile",
        needs="lot",
        select_to=QT_TRANSLATE_NOOP("MainWindow", "suspend part of it"),
    ),
    Action(
        "lift_suspension",
        QT_TRANSLATE_NOOP("MainWindow", "&Lift suspension..."),
        lift_suspension,
        "&Lots",
        icon=icons.lift,
        tip=QT_TRANSLATE_NOOP(
            "MainWindow", "End a suspension of the selected lot: its mines can be scheduled and destroyed again"
        ),
        context="Stockpile",
        needs="suspended lot",
        select_to=QT_TRANSLATE_NOOP("MainWindow", "lift one of its suspensions"),
    ),
    Action(
        "reverse",
        QT_TRANSLATE_NOOP("MainWindow", "Re&verse ledger entry..."),
        lambda w: w.reverse_entry(),
        "&Lots",
        "Ctrl+Shift+Z",
        icons.reverse,
        QT_TRANSLATE_NOOP("MainWindow", "Correct the selected ledger entry"),
        context="Stockpile",
        needs="entry",
        select_to=QT_TRANSLATE_NOOP("MainWindow", "reverse it"),
    ),
    Action(
        "schedule",
        QT_TRANSLATE_NOOP("MainWindow", "&Schedule destruction..."),
        lambda w: w.schedule(),
        "&Destruction",
        "Ctrl+D",
        icons.schedule,
        QT_TRANSLATE_NOOP("MainWindow", "Plan the destruction of the selected lots"),
        toolbar=True,
        context="Stockpile",
        needs="lots",
        select_to=QT_TRANSLATE_NOOP("MainWindow", "schedule their destruction"),
    ),
    Action(
        "destroy",
        QT_TRANSLATE_NOOP("MainWindow", "Record &destruction..."),
        lambda w: w.record_destruction(),
        "&Destruction",
        "Ctrl+E",
        icons.destroy,
        QT_TRANSLATE_NOOP("MainWindow", "Record what was destroyed, with its certificate"),
        toolbar=True,
        context="Stockpile",
    ),
    Action(
        "verify",
        QT_TRANSLATE_NOOP("MainWindow", "&Verify certificate..."),
        lambda w: w.verify_selected_certificate(),
        "&Destruction",
        "Ctrl+Shift+V",
        icons.verify,
        QT_TRANSLATE_NOOP("MainWindow", "Another person checks the selected event's certificate"),
        context="Destruction log",
        needs="event",
        select_to=QT_TRANSLATE_NOOP("MainWindow", "verify its certificate"),
    ),
    Action(
        "correct",
        QT_TRANSLATE_NOOP("MainWindow", "C&orrect destruction..."),
        lambda w: w.correct_selected_destruction(),
        "&Destruction",
        icon=icons.reverse,
        tip=QT_TRANSLATE_NOOP("MainWindow", "Correct a recorded destruction from its certificate"),
        context="Destruction log",
        needs="event",
        select_to=QT_TRANSLATE_NOOP("MainWindow", "correct it"),
    ),
    Action(
        "ship",
        QT_TRANSLATE_NOOP("MainWindow", "S&hip for task..."),
        lambda w: w.ship_selected_task(),
        "&Destruction",
        tip=QT_TRANSLATE_NOOP("MainWindow", "Send mines of the selected task to its destruction site, on one document"),
        context="Destruction plan",
        needs="task",
        select_to=QT_TRANSLATE_NOOP("MainWindow", "ship its mines"),
    ),
    Action(
        "return_shipped",
        QT_TRANSLATE_NOOP("MainWindow", "Record a &return..."),
        lambda w: w.ship_selected_task(returning=True),
        "&Destruction",
        tip=QT_TRANSLATE_NOOP(
            "MainWindow", "Mines shipped for the selected task come back from its destruction site, not destroyed"
        ),
        context="Destruction plan",
        needs="task",
        select_to=QT_TRANSLATE_NOOP("MainWindow", "record mines coming back from its destruction site"),
    ),
    Action(
        "close_task",
        QT_TRANSLATE_NOOP("MainWindow", "&Close task..."),
        lambda w: w.close_selected_task(),
        "&Destruction",
        icon=icons.close_task,
        tip=QT_TRANSLATE_NOOP("MainWindow", "Reconcile and close the selected task"),
        context="Destruction plan",
        needs="task",
        select_to=QT_TRANSLATE_NOOP("MainWindow", "close it"),
    ),
    Action(
        "resolve_loss",
        QT_TRANSLATE_NOOP("MainWindow", "Resolve &unaccounted loss..."),
        lambda w: w.resolve_loss(),
        "&Destruction",
        tip=QT_TRANSLATE_NOOP(
            "MainWindow", "Record what an investigation found for mines a closed task shipped and did not destroy"
        ),
    ),
    Action(
        "check_now",
        QT_TRANSLATE_NOOP("MainWindow", "Check &now"),
        lambda w: w.check_now(),
        "&Compliance",
        "Ctrl+Shift+C",
        tip=QT_TRANSLATE_NOOP("MainWindow", "Run the compliance checks and show the dashboard"),
    ),
    Action(
        "profile",
        QT_TRANSLATE_NOOP("MainWindow", "&Policy profile..."),
        lambda w: w.policy_profile(),
        "&Compliance",
        tip=QT_TRANSLATE_NOOP("MainWindow", "Which profile the checks apply, and its dates and rules"),
    ),
    *(_report(kind) for kind in REPORTS),
    Action(
        "article7_texts",
        QT_TRANSLATE_NOOP("MainWindow", "Article 7 &texts..."),
        lambda w: w.article7_texts(),
        "&Reports",
        tip=QT_TRANSLATE_NOOP(
            "MainWindow", "The cover, the text forms and the tables' notes of a year's Article 7 report"
        ),
        separator_before=True,
    ),
    Action(
        "guide",
        QT_TRANSLATE_NOOP("MainWindow", "&User guide"),
        show_guide,
        "&Help",
        Key.HelpContents,
        needs_record=False,
    ),
    Action(
        "about",
        QT_TRANSLATE_NOOP("MainWindow", "&About Stockpile Tracker"),
        lambda w: show_about(w, w.settings.last_database),
        "&Help",
        needs_record=False,
    ),
)


def build_actions(window: QMainWindow) -> tuple[dict[str, QAction], QMenu]:
    """Each declared action once, by name, in its menu and on the toolbar if declared so; and the
    File menu's "Open recent" submenu, which follows Open database."""
    menus = {title: window.menuBar().addMenu(shown(title)) for title in MENUS}
    toolbar = window.addToolBar(translate("MainWindow", "Actions"))
    toolbar.setObjectName("actions_toolbar")
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    name_more_button(toolbar)
    named: dict[str, QAction] = {}
    for declared in ACTIONS:
        action = named[declared.name] = QAction(declared.label, window)
        if declared.icon is not None:
            action.setIcon(declared.icon())
        action.setShortcut(QKeySequence(declared.shortcut))
        action.setStatusTip(shown(declared.tip))
        action.setIconText(declared.words)
        action.triggered.connect(lambda _checked=False, call=declared.call: _run(call, window))
        if declared.separator_before:
            menus[declared.menu].addSeparator()
        menus[declared.menu].addAction(action)
        if declared.name == "open":
            recent = menus[declared.menu].addMenu(translate("MainWindow", "Open &recent"))
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
        return translate("MainWindow", "may administer, record and verify")
    if "recorder" in parts and "verifier" in parts:
        return translate("MainWindow", "may record and verify")
    if "recorder" in parts:
        return translate("MainWindow", "may record")
    if "verifier" in parts:
        return translate("MainWindow", "may verify")
    return translate("MainWindow", "may only read")


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
        tip = shown(declared.tip) if held else declared.select_tip
        if missing:
            tip = (
                translate("MainWindow", "Your database login may not {action}: it needs the role {role}")
                if len(missing) == 1
                else translate("MainWindow", "Your database login may not {action}: it needs the roles {role}")
            ).format(action=declared.words.lower(), role=", ".join(missing))
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
