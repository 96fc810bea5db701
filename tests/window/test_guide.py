"""The user guide (Help > User guide) in English, French and Spanish: it names every report and the
rule of every kind of finding; each translation has the English guide's sections and pictures and
names each action as the window shows it in that language (the .ts translations, context MainWindow);
every dialog of the window has its picture in each guide, beside an action that opens it."""

from __future__ import annotations

import ast
import importlib
import re
import types
from collections.abc import Callable, Iterator
from html import unescape
from pathlib import Path

import pytest
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog

from stockpile_tracker.domain.enums import Rule
from stockpile_tracker.i18n import ENGLISH, LANGUAGES
from stockpile_tracker.qt.actions import ACTIONS
from stockpile_tracker.qt.main_window import MainWindow
from stockpile_tracker.reports.registry import REPORTS

from ..unit.test_translations import TRANSLATED, messages, ts_file

ROOT = Path(__file__).resolve().parents[2]
GUIDES = ROOT / "resources" / "guide"


def guide(language: str) -> str:
    return (GUIDES / ("index.html" if language == ENGLISH else f"{language}/index.html")).read_text(encoding="utf-8")


def plain(html: str) -> str:
    """The text a reader sees: no tags, entities read, spaces and line ends as one space."""
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", html)).split())


def section(html: str, anchor: str) -> str:
    """From the anchor's heading to the next heading of its level."""
    start = html.index(f'name="{anchor}"')
    end = html.find("<h2>", start)
    return html[start : end if end > 0 else None]


def anchors(html: str) -> list[str]:
    return re.findall(r'<a name="([^"]+)">', html)


def images(html: str) -> list[tuple[str, str]]:
    """(src, alt) of each picture, in order; alt "" when it has none."""
    tags = re.findall(r"<img\s[^>]*>", html)
    return [(re.findall(r'src="([^"]+)"', tag)[0], "".join(re.findall(r'alt="([^"]*)"', tag))) for tag in tags]


def finding_rules() -> set[Rule]:
    """The rules the checks' findings name, read from the services' code: every `Finding(...)` and
    `found.add(...)` and the `Rule.X` in it. A new kind of finding under a rule the guide does not
    name fails the test below without anyone having to list it here."""
    rules = set()
    for path in (ROOT / "stockpile_tracker" / "services").glob("*.py"):
        for call in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(call, ast.Call):
                continue
            made = isinstance(call.func, ast.Name) and call.func.id == "Finding"
            added = (
                isinstance(call.func, ast.Attribute)
                and call.func.attr == "add"
                and ast.unparse(call.func.value) == "found"
            )
            if made or added:
                rules |= {
                    Rule[node.attr]
                    for node in ast.walk(call)
                    if isinstance(node, ast.Attribute) and ast.unparse(node.value) == "Rule"
                }
    return rules


def rule_name(rule: Rule) -> str:
    """As the guide's table names it: the label's words before its colon."""
    return rule.label.split(":")[0]


def test_the_guide_names_the_rule_of_every_kind_of_finding(demo):
    rules = finding_rules()
    assert {finding.rule for finding in demo.compliance.findings()} <= rules  # the code's reading misses none
    rows = re.findall(r"<tr><td>.*?</td><td>(.*?)</td>", section(guide(ENGLISH), "findings"), re.DOTALL)
    named = {plain(cell).casefold() for cell in rows}
    assert [rule.value for rule in rules if rule_name(rule).casefold() not in named] == []


def test_the_guide_names_every_report_and_its_command():
    text = plain(section(guide(ENGLISH), "reports")).casefold()
    missing = [kind.name for kind in REPORTS if kind.words.casefold() not in text]
    assert missing == []
    commands = set(re.findall(r"stockpile-tracker report ([\w-]+)", text))
    assert [kind.name for kind in REPORTS if kind.name not in commands] == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_picture_of_the_guide_is_shipped_in_its_language_and_described(language):
    html = guide(language)
    folder = "images/en/" if language == ENGLISH else f"../images/{language}/"
    shown = images(html)
    assert shown
    assert [src for src, _alt in shown if not src.startswith(folder)] == []
    base = GUIDES if language == ENGLISH else GUIDES / language
    assert [src for src, _alt in shown if not (base / src).is_file()] == []
    assert [src for src, alt in shown if len(alt.split()) < 3] == []  # a screen reader says what it shows


@pytest.mark.parametrize("language", TRANSLATED)
def test_a_translated_guide_has_the_sections_and_pictures_of_the_english_one(language):
    english, translated = guide(ENGLISH), guide(language)
    assert anchors(translated) == anchors(english)
    assert set(re.findall(r'href="#([^"]+)"', translated)) <= set(anchors(translated))
    assert [Path(src).name for src, _ in images(translated)] == [Path(src).name for src, _ in images(english)]
    assert re.search(r'<html lang="(\w+)"', translated).group(1) == language


@pytest.mark.parametrize("language", TRANSLATED)
def test_a_translated_guide_names_each_action_as_the_window_shows_it(qapp, language):
    """Actions whose words are not translated yet (reports) are left to their own translation."""
    found = messages(ts_file(language)).items()
    translations = {source: element.text for (context, source), element in found if context == "MainWindow"}
    text = plain(guide(language))
    shown = [translations[a.text] for a in ACTIONS if translations.get(a.text)]
    assert len(shown) > len(ACTIONS) / 2
    words = [label.replace("&", "").rstrip(".").rstrip("…") for label in shown]
    assert [w for w in words if w.casefold() not in text.casefold()] == []
    keys = [QKeySequence(action.shortcut).toString() for action in ACTIONS if action.shortcut]
    assert [key for key in keys if key not in text] == []


# Each dialog of the window (a QDialog of stockpile_tracker/qt/*_dialog*.py), by class, and the guide's
# pictures of it (resources/guide/images/<language>/<name>.png, made by `make screenshots`).
PICTURES = {
    "ReceiveDialog": ("receive",),
    "RetentionDialog": ("retention",),
    "SplitDialog": ("split",),
    "MoveDialog": ("move",),
    "StockCheckDialog": ("stock-check",),
    "SuspendDialog": ("suspend",),
    "LiftDialog": ("lift-suspension",),
    "ReverseDialog": ("reverse",),
    "ScheduleDialog": ("schedule",),
    "RecordDestructionDialog": ("record-destruction",),
    "CorrectDestructionDialog": ("correct-destruction",),
    "VerifyCertificateDialog": ("verify-certificate",),
    "ShipmentDialog": ("ship", "return"),
    "CloseTaskDialog": ("close-task",),
    "ResolveLossDialog": ("resolve-loss",),
    "MineTypeDialog": ("mine-type",),
    "SiteDialog": ("site",),
    "PolicyProfileDialog": ("policy-profile",),
    "KoreaRequirementDialog": ("korea-requirement",),
    "ReportDialog": ("report",),
    "FreezeDialog": ("freeze",),
    "Article7TextDialog": ("article7-texts",),
    "ImportDialog": ("import",),
    "SettingsDialog": ("settings",),
    "LetterheadDialog": ("letterhead",),
    "UserNameDialog": ("operator",),
}
NOT_PICTURED = {"GuideDialog", "FormDialog"}  # the guide itself (Help > User guide); the forms' base
# Opening a record builds its pages, whose own buttons open forms: not the action's dialogs.
NOT_FOLLOWED = {"open_database"}


def _codes(code: types.CodeType) -> Iterator[types.CodeType]:
    yield code
    for constant in code.co_consts:
        if isinstance(constant, types.CodeType):
            yield from _codes(constant)


def dialogs_opened(function: Callable[..., object], seen: set[str] | None = None) -> set[str]:
    """The dialogs of the program (QDialog subclasses of stockpile_tracker) an action's call names, and
    those of the window's methods it calls, read from their code: a new action, or a new dialog
    behind an old one, is found without anyone listing it."""
    seen = set() if seen is None else seen
    found = set()
    for code in _codes(function.__code__):
        for name in code.co_names:
            value = function.__globals__.get(name)
            if (
                isinstance(value, type)
                and issubclass(value, QDialog)
                and value.__module__.startswith("stockpile_tracker")
            ):
                found.add(value.__name__)
            method = getattr(MainWindow, name, None)
            if isinstance(method, types.FunctionType) and name not in seen | NOT_FOLLOWED:
                seen.add(name)
                found |= dialogs_opened(method, seen)
    return found


def dialog_classes() -> set[str]:
    """Every dialog class the qt package's dialog modules define."""
    found = set()
    for path in (ROOT / "stockpile_tracker" / "qt").glob("*_dialog*.py"):
        module = importlib.import_module(f"stockpile_tracker.qt.{path.stem}")
        found |= {
            name
            for name, value in vars(module).items()
            if isinstance(value, type) and issubclass(value, QDialog) and value.__module__ == module.__name__
        }
    return found


def holder(html: str, src: str) -> str:
    """What the reader sees of the table row, list item or paragraph that holds the picture, up to
    it, with the picture's own description (alt)."""
    at = html.index(f'src="{src}"')
    start = max(html.rfind(opening, 0, at) for opening in ("<tr>", "<li>", "<p>"))
    tag = html[html.rfind("<img", 0, at) : html.index(">", at) + 1]
    return plain(html[start:at]) + " " + "".join(re.findall(r'alt="([^"]*)"', tag))


def action_words(language: str) -> dict[str, str]:
    """Each action's words as the window shows them in `language` (not yet translated: none)."""
    if language == ENGLISH:
        shown = {a.name: a.text for a in ACTIONS}
    else:
        found = messages(ts_file(language)).items()
        translations = {source: element.text for (context, source), element in found if context == "MainWindow"}
        shown = {a.name: translations[a.text] for a in ACTIONS if translations.get(a.text)}
    return {name: text.replace("&", "").rstrip(".").rstrip("…") for name, text in shown.items()}


def test_every_action_that_opens_a_dialog_is_found_and_every_dialog_is_listed():
    opened = {action.name: dialogs_opened(action.call) for action in ACTIONS}
    assert opened["receive"] == {"ReceiveDialog"} and opened["open"] == set()  # the reading finds them
    assert {"ImportDialog", "ReportDialog", "UserNameDialog", "SettingsDialog"} <= set().union(*opened.values())
    reached = set().union(*opened.values()) - NOT_PICTURED
    assert sorted(reached - set(PICTURES)) == []  # a new dialog: add its picture here and in the guide
    assert sorted(dialog_classes() - NOT_PICTURED - set(PICTURES)) == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_dialog_is_pictured_in_the_guide_beside_an_action_that_opens_it(language):
    """Each dialog class's pictures are in the guide; one of them sits in the row, item or paragraph
    that names an action opening that dialog, in the words the window shows in that language."""
    html = guide(language)
    folder = "images/en/" if language == ENGLISH else f"../images/{language}/"
    shown = {src for src, _alt in images(html)}
    missing = [f"{name}.png" for names in PICTURES.values() for name in names if f"{folder}{name}.png" not in shown]
    assert missing == []
    words = action_words(language)
    astray = []
    for action in ACTIONS:
        for dialog in dialogs_opened(action.call) - NOT_PICTURED:
            if action.name not in words:
                continue
            openers = [words[a.name] for a in ACTIONS if a.name in words and dialog in dialogs_opened(a.call)]
            beside = [
                name
                for name in PICTURES[dialog]
                if any(w.casefold() in holder(html, f"{folder}{name}.png").casefold() for w in openers)
            ]
            if not beside:
                astray.append(f"{dialog} ({action.name})")
    assert sorted(set(astray)) == []
