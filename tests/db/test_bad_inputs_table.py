"""The bad input table of docs/RELIABILITY.md, as data: each bad input a user can give in a dialog,
on the command line or in an import file, the exact message it gets, and proof that the database
is as it was afterwards (or, for the few inputs that are accepted, that they are stored as typed).

`python -m tests.db.test_bad_inputs_table` prints the Markdown table; a test checks that
docs/RELIABILITY.md, when it exists, holds exactly that table. The rows are in tests/db/bad_inputs/,
by where the bad input is given: dialogs, command line, import files."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from ..helpers import receive, snapshot, something_of_everything
from .bad_inputs import ACCEPTED
from .bad_inputs.command_line import commands
from .bad_inputs.dialogs import dialogs
from .bad_inputs.import_files import imports
from .test_import import BAD_LOTS_PROBLEMS

RELIABILITY = Path(__file__).resolve().parents[2] / "docs" / "RELIABILITY.md"


@pytest.fixture
def w(stockpile, verifier, engine, database_url, tmp_path):
    """L-001: 1,000 M67 at ANAD, 300 scheduled (task T-1), 100 destroyed (certificate C-1, not yet
    verified), 50 shipped for task T-2 and not reported destroyed; L-T: 200 M16, 100 retained under
    Article 3; L-G: 40 M67, all shipped for task T-3, closed with none reported destroyed (a loss of 40)."""
    w = something_of_everything(stockpile, verifier, trained_type="M16", task_reference="T-1")
    shipped = stockpile.destruction.schedule(
        planned_on=date(2026, 9, 1), site="ANAD", method="other", lines={w.lot: 50}, reference="T-2"
    )
    stockpile.destruction.ship(shipped.id, on=date(2026, 6, 1), lines={w.lot: 50}, document_ref="S-1")
    gap = receive(stockpile, "L-G", 40)
    lost = stockpile.destruction.schedule(planned_on=date(2026, 6, 1), site="ANAD", method="other", lines={gap: 40})
    stockpile.destruction.ship(lost.id, on=date(2026, 6, 1), lines={gap: 40}, document_ref="S-2")
    stockpile.destruction.close_task(lost.id, "lost in transit")
    w.engine, w.url, w.tmp, w.shipped = engine, database_url, tmp_path, shipped.id
    return w


CASES = dialogs() + commands() + imports()


@pytest.mark.parametrize(
    "case",
    [case for case in CASES if case.run],
    ids=lambda case: re.sub(r"\W+", "-", f"{case.where} {case.bad_input}").strip("-"),
)
def test_bad_input_gets_its_message_and_leaves_the_database_as_it_was(w, capsys, qapp, case):
    w.capsys = capsys
    before = snapshot(w.engine)
    assert case.run(w) == case.message.format(tmp=w.tmp)
    if case.message != ACCEPTED:
        assert snapshot(w.engine) == before


def test_the_table_has_at_least_forty_bad_inputs_each_tested_here_or_in_test_import():
    assert len(CASES) >= 40
    assert [case.message for case in CASES if case.run is None] == BAD_LOTS_PROBLEMS


def markdown_table() -> str:
    def cell(text: str) -> str:
        return text.replace("|", "\\|").replace("\n", " ")

    lines = ["| # | Where | Bad input | Message (exactly as shown) |", "|---|---|---|---|"]
    lines += [
        f"| {n} | {case.where} | {cell(case.bad_input)} | {cell(case.message.format(tmp='TMP'))} |"
        for n, case in enumerate(CASES, 1)
    ]
    return "\n".join(lines) + "\n"


def test_the_reliability_document_holds_this_table():
    assert markdown_table() in RELIABILITY.read_text(encoding="utf-8")


if __name__ == "__main__":
    print(markdown_table(), end="")
