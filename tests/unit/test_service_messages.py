"""The reasons the services give for refusing an action are shown in the window's error boxes, so
each is written inside translate("Services", "...") as one whole sentence with named placeholders
(docs/TRANSLATING.md): an error raised with a plain string or an f-string would stay English in a
French or Spanish window, and nothing else would say so."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from stockpile_tracker.domain.errors import StockpileError
from stockpile_tracker.i18n import language_in_use, use_language

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "stockpile_tracker"
ERRORS = {"StockpileError", "InvalidInput", "NotFound", "RuleViolation", "NotPermitted", "ConcurrentChange"}
ERRORS |= {"DatabaseError", "Discrepancy"}
FIELD_FIRST = {"InvalidInput", "NotFound"}  # their first argument is a key (a field, a kind of record), not a sentence

# Files whose messages are deliberately left in English, each with why:
NOT_YET = {
    # domain may import nothing of ours (the import contract: i18n imports paths), so its few
    # messages stay English until the services translate them where they call the rules
    "domain/rules.py",
    # the rows of an import file: a second priority, not done yet
    "services/import_movements.py",
    "services/import_catalogue.py",
    "services/import_table.py",
    "services/importing.py",
}


def untranslated(path: Path) -> list[str]:
    """The error constructions in one file given a string literal or f-string as their message."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in ERRORS):
            continue
        for argument in node.args[1:] if node.func.id in FIELD_FIRST else node.args:
            if any(
                isinstance(part, ast.JoinedStr) or (isinstance(part, ast.Constant) and isinstance(part.value, str))
                for part in ast.walk(argument)
                if not _inside_translate(argument, part)
            ):
                found.append(f"{path.relative_to(PACKAGE)}:{node.lineno}: {node.func.id}")
                break
    return found


def _inside_translate(argument: ast.expr, part: ast.AST) -> bool:
    """Whether `part` lies within a translate(...) call (or its .format(...)) inside `argument`."""
    for call in ast.walk(argument):
        if isinstance(call, ast.Call) and isinstance(call.func, ast.Name) and call.func.id == "translate":
            if part is call or any(part is inner for inner in ast.walk(call)):
                return True
        if isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute) and call.func.attr == "format":
            if any(part is inner for keyword in call.keywords for inner in ast.walk(keyword.value)):
                return True
    return False


def checked_files() -> list[Path]:
    return [
        path
        for folder in ("services", "domain")
        for path in sorted((PACKAGE / folder).rglob("*.py"))
        if str(path.relative_to(PACKAGE)) not in NOT_YET
    ]


def test_every_refusal_of_the_services_is_translatable():
    found = [problem for path in checked_files() for problem in untranslated(path)]
    assert not found, 'write these messages inside translate("Services", ...):\n' + "\n".join(found)


def test_the_check_finds_a_plain_message(tmp_path):
    """The check itself: an f-string or literal is found, a translated sentence is not."""
    source = tmp_path / "sample.py"
    source.write_text(
        'raise RuleViolation(Rule.TIME, f"lot {lot} is late")\n'
        'raise InvalidInput("date", "say when")\n'
        'raise InvalidInput("date", translate("Services", "say {when}").format(when=f"{day:%Y}"))\n'
        'raise NotFound("lot", number)\n'
    )
    found = [line.split(": ")[-1] for line in untranslated_anywhere(source)]
    assert found == ["RuleViolation", "InvalidInput"]


def untranslated_anywhere(path: Path) -> list[str]:
    original = globals()["PACKAGE"]
    globals()["PACKAGE"] = path.parent
    try:
        return untranslated(path)
    finally:
        globals()["PACKAGE"] = original


def test_the_files_left_exist():
    assert all((PACKAGE / name).is_file() for name in NOT_YET)


@pytest.fixture
def french():
    before = language_in_use()
    use_language("fr")
    try:
        yield
    finally:
        use_language(before)


def test_a_refusal_is_in_french_when_the_language_is_french(french):
    from stockpile_tracker.services.retention import retention_category

    with pytest.raises(StockpileError) as refused:
        retention_category("kept")
    assert "n'est pas une catégorie de conservation" in str(refused.value), str(refused.value)
