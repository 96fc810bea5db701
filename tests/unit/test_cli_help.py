"""The command line's help: no database needed to ask what the program does."""

from __future__ import annotations

import pytest

from stockpile_tracker.cli import main


def test_help_lists_the_commands(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["--help"])
    assert exit_info.value.code == 0
    out = capsys.readouterr().out
    for word in ("db", "demo", "lots", "--database", "--user"):
        assert word in out
