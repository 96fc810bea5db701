"""The command line's help: no database needed to ask what the program does."""

from __future__ import annotations

import argparse
from collections.abc import Iterator

import pytest

from stockpile_tracker.cli import build_parser, main


def test_help_lists_the_commands(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["--help"])
    assert exit_info.value.code == 0
    out = capsys.readouterr().out
    for word in ("db", "demo", "lots", "--database", "--user"):
        assert word in out


def _parsers(parser: argparse.ArgumentParser) -> Iterator[tuple[str, argparse.ArgumentParser]]:
    """The parser and every command's under it, each with its usage line's name."""
    yield parser.prog, parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub in action.choices.values():
                yield from _parsers(sub)


def test_every_option_and_command_says_what_it_is_for():
    unexplained = []
    for prog, parser in _parsers(build_parser()):
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                named = [(choice.dest, choice.help) for choice in action._choices_actions]
            else:
                named = [("/".join(action.option_strings) or action.dest, action.help)]
            unexplained += [f"{prog} {name}" for name, help in named if not help or help == argparse.SUPPRESS]
    assert unexplained == []
