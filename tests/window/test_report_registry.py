"""The report registry (reports/registry.py) is what the command line and the window both read:
every report it lists is a `report` subcommand with its parameters' words in --help, the window's
report dialog asks within the bounds it gives, both refuse the same values, and a report kept as
submitted is frozen once, through it."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date

import pytest
from PySide6.QtWidgets import QSpinBox

from stockpile_tracker.cli import main
from stockpile_tracker.domain.errors import StockpileError
from stockpile_tracker.qt.report_dialog import ReportDialog
from stockpile_tracker.qt.widgets import DateEdit
from stockpile_tracker.reports.registry import FIRST_YEAR, REPORTS, REPORTS_BY_NAME, freeze, prepare, submitted
from stockpile_tracker.services.article7 import Submission


def _help(capsys, *args: str) -> str:
    with pytest.raises(SystemExit) as exited:
        main([*args, "--help"])
    assert exited.value.code == 0
    return " ".join(capsys.readouterr().out.split())  # argparse wraps lines


def test_every_registered_report_is_a_subcommand_with_its_parameters_words(capsys):
    listed = _help(capsys, "report")
    for kind in REPORTS:
        assert kind.name in listed and kind.help in listed
        usage = _help(capsys, "report", kind.name)
        for parameter in kind.parameters:
            assert parameter.help in usage, (kind.name, parameter.name)
        assert ("--freeze" in usage) is kind.frozen_by_year


def test_the_report_dialog_asks_within_the_registrys_bounds(qtbot, stockpile, today):
    status = ReportDialog(stockpile, REPORTS_BY_NAME["status"])
    qtbot.addWidget(status)
    as_of = status.edits["as_of"]
    assert isinstance(as_of, DateEdit) and as_of.value == today
    assert as_of.minimumDate().toPython() == date(FIRST_YEAR, 1, 1)
    assert as_of.maximumDate().toPython() == today  # no status of a day not yet over
    article7 = ReportDialog(stockpile, REPORTS_BY_NAME["article7"])
    qtbot.addWidget(article7)
    year = article7.edits["year"]
    assert isinstance(year, QSpinBox)
    assert (year.minimum(), year.value(), year.maximum()) == (FIRST_YEAR, today.year - 1, today.year)
    assert article7.windowTitle() == "Article 7 forms"
    lot = ReportDialog(stockpile, REPORTS_BY_NAME["lot"])
    qtbot.addWidget(lot)
    assert lot.edits == {}  # the lot is taken from the selection, not asked


@pytest.mark.parametrize(
    ("name", "values", "refusal"),
    [
        ("article7", {"year": FIRST_YEAR - 1}, f"--year: {FIRST_YEAR - 1} is not a year this record can report on"),
        ("status", {"as_of": date(2999, 1, 1)}, "--as-of: 2999-01-01 is in the future"),
        (
            "status",
            {"as_of": date(FIRST_YEAR - 1, 12, 31)},
            f"--as-of: {FIRST_YEAR - 1}-12-31 is before {FIRST_YEAR}, the year the Convention was signed",
        ),
    ],
)
def test_a_value_out_of_bounds_is_refused_whoever_asks(stockpile, name, values, refusal):
    with pytest.raises(StockpileError) as refused:
        prepare(stockpile, REPORTS_BY_NAME[name], values)
    assert str(refused.value) == refusal


def test_an_article7_report_is_frozen_once_and_then_prints_as_submitted(stockpile, today):
    article7 = REPORTS_BY_NAME["article7"]
    year = {"year": today.year - 1}
    draft = prepare(stockpile, article7, year)
    assert draft.frozen is None and draft.can_freeze
    live = submitted(stockpile, draft, Submission(today))
    assert "not submitted" in draft.printable.csv and f"{today.isoformat()}, recorded by alice" in live.printable.csv
    frozen = freeze(stockpile, live)
    assert frozen.html == live.printable.html and frozen.csv == live.printable.csv  # what was shown is kept
    again = prepare(stockpile, article7, year)
    assert again.frozen == frozen and again.report == frozen and not again.can_freeze
    assert again.as_submitted.endswith("by alice; it prints as submitted")
    with pytest.raises(StockpileError, match="was already frozen on"):
        freeze(stockpile, again)
    status = prepare(stockpile, REPORTS_BY_NAME["status"], {"as_of": today})
    assert not status.can_freeze
    with pytest.raises(StockpileError, match="not kept as submitted"):
        freeze(stockpile, status)


def test_a_report_module_is_loaded_only_to_build_its_report():
    """--help and the window's menus are made from the registry without loading any report's module."""
    code = (
        "import json, sys\n"
        "from stockpile_tracker.cli import build_parser\n"
        "from stockpile_tracker.qt.actions import ACTIONS\n"
        "build_parser()\n"
        "print(json.dumps(sorted(name for name in sys.modules if name.startswith('stockpile_tracker.reports.'))))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120)
    # the frame (document) is no report's module; the domain's words are the domain's (enums.label)
    assert json.loads(done.stdout) == [
        "stockpile_tracker.reports.document",
        "stockpile_tracker.reports.registry",
    ]
