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
    """The error constructions in one file given a string literal or f-string as their message, or
    an English piece inside a translated one (`english_pieces`)."""
    found = []
    tree = ast.parse(path.read_text(encoding="utf-8"))
    english = english_functions(tree)
    for function, node in _calls(tree):
        if not (isinstance(node.func, ast.Name) and node.func.id in ERRORS):
            continue
        for argument in node.args[1:] if node.func.id in FIELD_FIRST else node.args:
            if _plain(argument) or english_pieces(argument, function, english):
                found.append((node.lineno, f"{path.relative_to(PACKAGE)}:{node.lineno}: {node.func.id}"))
                break
    return [said for _line, said in sorted(found)]


def _calls(tree: ast.AST) -> list[tuple[ast.AST, ast.Call]]:
    """Each call with the function (or module) it is written in."""
    found = []
    scopes = [tree, *(node for node in ast.walk(tree) if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef))]
    for scope in scopes:
        for node in _own_nodes(scope):
            if isinstance(node, ast.Call):
                found.append((scope, node))
    return found


def _own_nodes(scope: ast.AST) -> list[ast.AST]:
    """The nodes of a function (or module), not of the functions inside it."""
    found, todo = [], list(ast.iter_child_nodes(scope))
    while todo:
        node = todo.pop()
        found.append(node)
        if not isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            todo.extend(ast.iter_child_nodes(node))
    return found


def _plain(argument: ast.expr) -> bool:
    """Whether a literal or an f-string lies in `argument` outside translate()."""
    return any(
        isinstance(part, ast.JoinedStr) or (isinstance(part, ast.Constant) and isinstance(part.value, str))
        for part in ast.walk(argument)
        if not _inside_translate(argument, part)
    )


def english_functions(tree: ast.AST) -> set[str]:
    """The functions of a file that return text written outside translate() (`_english`)."""
    return {
        node.name
        for node in ast.walk(tree)
        if isinstance(node, ast.FunctionDef)
        and any(isinstance(part, ast.Return) and part.value and _english(part.value) for part in _own_nodes(node))
    }


def english_pieces(argument: ast.expr, function: ast.AST, english: frozenset[str] | set[str] = frozenset()) -> bool:
    """Whether a translated message is given English pieces: a domain word's English label (`.label`,
    where domain.enums.word gives it in the language in use) anywhere in it, or a name that the
    function binds to an f-string or a literal (a sentence built outside translate()), or to what a
    function of the file (`english`) returns so, given as the message or as a figure of its format()."""
    if any(isinstance(part, ast.Attribute) and part.attr == "label" for part in ast.walk(argument)):
        return True
    given = [argument] + [
        keyword.value
        for call in ast.walk(argument)
        if isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute) and call.func.attr == "format"
        for keyword in call.keywords
    ]
    names = {value.id for value in given if isinstance(value, ast.Name)}
    bound = [
        node.value
        for node in _own_nodes(function)
        if (
            isinstance(node, ast.Assign)
            and any(isinstance(target, ast.Name) and target.id in names for target in node.targets)
        )
        or (isinstance(node, ast.NamedExpr) and node.target.id in names)
    ]
    return any(
        _english(value)
        or (isinstance(value, ast.Call) and isinstance(value.func, ast.Name) and value.func.id in english)
        for value in bound
    )


def _english(value: ast.expr) -> bool:
    """Whether a value assigned is text written outside translate(): an f-string, a literal with a
    word in it, either of two (a if b else c), a sum of texts, or a list joined by words (" or ")."""
    if isinstance(value, ast.JoinedStr):
        return True
    if isinstance(value, ast.Constant):
        return isinstance(value.value, str) and any(char.isalpha() for char in value.value)
    if isinstance(value, ast.IfExp):
        return _english(value.body) or _english(value.orelse)
    if isinstance(value, ast.BinOp):
        return _english(value.left) or _english(value.right)
    return (
        isinstance(value, ast.Call)
        and isinstance(value.func, ast.Attribute)
        and value.func.attr == "join"
        and _english(value.func.value)
    )


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


def test_the_check_finds_english_pieces_in_a_translated_message(tmp_path):
    """A sentence built in English and passed on by name, and a domain word's English label given
    to a translated sentence, are found; a name bound to a translated sentence is not."""
    source = tmp_path / "sample.py"
    source.write_text(
        "def refuse(lot, action):\n"
        '    figures = f"{lot}: cannot {action}"\n'
        '    raise RuleViolation(Rule.ALLOCATION, translate("Services", "{figures}; no").format(figures=figures))\n'
        "def other(kind):\n"
        '    raise InvalidInput("date", translate("Services", "a {kind}").format(kind=kind.label))\n'
        "def fine(kind):\n"
        '    said = translate("Services", "a {kind}").format(kind=word(kind))\n'
        "    raise RuleViolation(Rule.ALLOCATION, said)\n"
        "def why(year):\n"
        '    return f"{year} is not over" if year else None\n'
        "def refuse_year(year):\n"
        "    if (said := why(year)) is not None:\n"
        '        raise InvalidInput("year", said)\n'
    )
    found = [line.split(":")[1] for line in untranslated_anywhere(source)]
    assert found == ["3", "5", "13"]


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


def warnings_given_plain(path: Path) -> list[str]:
    """The warnings (a `warnings` list's append, or the list a *_warnings function returns) of one
    file written as a literal or an f-string outside translate(), or with English pieces in them."""
    found = []
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for function, node in _calls(tree):
        if (
            isinstance(node.func, ast.Attribute)
            and node.func.attr == "append"
            and isinstance(node.func.value, ast.Name)
            and "warning" in node.func.value.id
            and any(_plain(argument) or english_pieces(argument, function) for argument in node.args)
        ):
            found.append(f"{path.relative_to(PACKAGE)}:{node.lineno}: {node.func.value.id}.append")
    for function in ast.walk(tree):
        if isinstance(function, ast.FunctionDef) and function.name.endswith("warnings"):
            for node in _own_nodes(function):
                if (
                    isinstance(node, ast.Return)
                    and isinstance(node.value, ast.List)
                    and any(_plain(item) or english_pieces(item, function) for item in node.value.elts)
                ):
                    found.append(f"{path.relative_to(PACKAGE)}:{node.lineno}: {function.name}")
    return found


def test_every_warning_of_the_services_is_translatable():
    """The warnings an action is flagged with are shown beside its message ("FLAGGED: ...")."""
    found = [problem for path in checked_files() for problem in warnings_given_plain(path)]
    assert not found, 'write these warnings inside translate("Services", ...):\n' + "\n".join(found)


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
