"""The user guide (Help > User guide) in English, French and Spanish: it names every report and the
rule of every kind of finding; each translation has the English guide's sections and pictures and
names each action as the window shows it in that language (the .ts translations, context MainWindow)."""

from __future__ import annotations

import ast
import re
from html import unescape
from pathlib import Path

import pytest
from PySide6.QtGui import QKeySequence

from stockpile_tracker.domain.enums import Rule
from stockpile_tracker.i18n import ENGLISH, LANGUAGES
from stockpile_tracker.qt.actions import ACTIONS
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
