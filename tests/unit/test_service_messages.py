"""The reasons the services give for refusing an action are shown in the window's error boxes, so
each is written inside translate("Services", "...") as one whole sentence with named placeholders
(docs/TRANSLATING.md): an error raised with a plain string or an f-string would stay English in a
French or Spanish window, and nothing else would say so."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from stockpile_tracker.domain.errors import InvalidInput, StockpileError
from stockpile_tracker.domain.fields import FIELDS
from stockpile_tracker.i18n import use_language

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "stockpile_tracker"
ERRORS = {"StockpileError", "InvalidInput", "NotFound", "RuleViolation", "NotPermitted", "ConcurrentChange"}
ERRORS |= {"DatabaseError", "Discrepancy"}
FIELD_FIRST = {"InvalidInput", "NotFound"}  # their first argument is a key (a field, a kind of record), not a sentence

# Files whose messages are deliberately left in English, each with why: none.
NOT_YET: set[str] = set()


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


def problems_given_plain(path: Path) -> list[str]:
    """The import problems (row.problem(column, message), Problem(line, column, message)) of one
    file whose message is a literal or an f-string outside translate()."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", None)
        message = node.args[1] if name == "problem" and len(node.args) > 1 else None
        message = node.args[2] if name == "Problem" and len(node.args) > 2 else message
        if message is not None and any(
            isinstance(part, ast.JoinedStr) or (isinstance(part, ast.Constant) and isinstance(part.value, str))
            for part in ast.walk(message)
            if not _inside_translate(message, part)
        ):
            found.append(f"{path.relative_to(PACKAGE)}:{node.lineno}: {name}")
    return found


def test_every_problem_of_an_import_is_translatable():
    found = [problem for path in checked_files() for problem in problems_given_plain(path)]
    assert not found, 'write these problems inside translate("Imports", ...):\n' + "\n".join(found)


def field_takers() -> set[str]:
    """The functions of the services and the domain whose first parameter is a field's name."""
    return {
        node.name
        for path in checked_files()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.FunctionDef) and node.args.args and node.args.args[0].arg == "field"
    } | {"InvalidInput", "NotFound"}


def named_fields(path: Path, takers: set[str]) -> set[str]:
    """The field names (and kinds of record) given as literals to an error or a rule in one file."""
    named = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", None)
        given = [node.args[0]] if name in takers and node.args else []
        given += [keyword.value for keyword in node.keywords if name in ERRORS and keyword.arg == "field"]
        named |= {value.value for value in given if isinstance(value, ast.Constant) and isinstance(value.value, str)}
    return named


def test_every_field_named_is_marked_for_translation():
    """InvalidInput shows its field translated (context Fields): each name a raise site or a rule's
    call gives is marked in domain/fields.py."""
    takers = field_takers()
    assert {"require_whole", "require_text", "optional_text", "require_on_record"} <= takers
    named = set().union(*(named_fields(path, takers) for path in checked_files()))
    assert {"quantity", "date of submission", "lot"} <= named
    assert not named - FIELDS, "mark these in domain/fields.py: " + ", ".join(sorted(named - FIELDS))


def test_a_refusal_is_in_french_when_the_language_is_french(french):
    from stockpile_tracker.services.retention import retention_category

    with pytest.raises(StockpileError) as refused:
        retention_category("kept")
    assert "n'est pas une catégorie de conservation" in str(refused.value), str(refused.value)


def test_a_field_and_a_rule_of_the_domain_in_french(french):
    """The words the domain adds: the field's name (Fields), the rule's label (Rules) and the
    rules' own sentences; the English of the same errors is unchanged."""
    from stockpile_tracker.domain.enums import Rule
    from stockpile_tracker.domain.errors import NotFound, RuleViolation
    from stockpile_tracker.domain.rules import require_positive

    with pytest.raises(InvalidInput) as refused:
        require_positive("quantity", -5)
    assert str(refused.value) == "quantité\u00a0: doit être supérieure à zéro, et non -5"
    with pytest.raises(InvalidInput) as too_many:
        require_positive("quantity", 3_000_000_000)
    assert "3\u202f000\u202f000\u202f000" in str(too_many.value)  # a figure as French writes it, not 3,000,000,000
    assert refused.value.field == "quantity"  # the key stays English (an import maps it to its column)
    assert str(NotFound("lot", 7)) == "lot 7\u00a0: n'existe pas"
    assert str(RuleViolation(Rule.FOUR_EYES, "x")).startswith("x (quatre yeux")
    use_language("en")
    assert str(refused.value).startswith("quantity: doit")  # the field at display, the message as raised
    with pytest.raises(InvalidInput) as refused:
        require_positive("quantity", -5)
    assert str(refused.value) == "quantity: must be more than zero, not -5"
    assert str(NotFound("lot", 7)) == "lot 7 does not exist"
