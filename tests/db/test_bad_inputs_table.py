"""The bad input table of docs/RELIABILITY.md, as data: each bad input a user can give in a dialog,
on the command line or in an import file, the exact message it gets, and proof that the database
is as it was afterwards (or, for the few inputs that are accepted, that they are stored as typed).

`python -m tests.db.test_bad_inputs_table` prints the Markdown table; a test checks that
docs/RELIABILITY.md, when it exists, holds exactly that table. The rows are in tests/db/bad_inputs/,
by where the bad input is given: dialogs, command line, import files."""

from __future__ import annotations

import re
import shutil
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from types import SimpleNamespace

import pytest

from stockpile_tracker.db.migrate import open_database
from stockpile_tracker.services import Stockpile

from ..conftest import PG_SKIP, fresh_copy
from ..helpers import TODAY, receive, snapshot, something_of_everything
from .bad_inputs import ACCEPTED
from .bad_inputs.command_line import commands
from .bad_inputs.dialogs import dialogs
from .bad_inputs.import_files import imports
from .test_import import BAD_LOTS_PROBLEMS

RELIABILITY = Path(__file__).resolve().parents[2] / "docs" / "RELIABILITY.md"


def _world(sp: Stockpile, bob: Stockpile) -> dict[str, int]:
    """L-001: 1,000 M67 at ANAD, 300 scheduled (task T-1), 100 destroyed (certificate C-1, not yet
    verified), 50 shipped for task T-2 and not reported destroyed; L-T: 200 M16, 100 retained under
    Article 3; L-G: 40 M67, all shipped for task T-3, closed with none reported destroyed (a loss of 40).
    Returns the ids the cases name."""
    w = something_of_everything(sp, bob, trained_type="M16", task_reference="T-1")
    shipped = sp.destruction.schedule(
        planned_on=date(2026, 9, 1), site="ANAD", method="other", lines={w.lot: 50}, reference="T-2"
    )
    sp.destruction.ship(shipped.id, on=date(2026, 6, 1), lines={w.lot: 50}, document_ref="S-1")
    gap = receive(sp, "L-G", 40)
    lost = sp.destruction.schedule(planned_on=date(2026, 6, 1), site="ANAD", method="other", lines={gap: 40})
    sp.destruction.ship(lost.id, on=date(2026, 6, 1), lines={gap: 40}, document_ref="S-2")
    sp.destruction.close_task(lost.id, "lost in transit")
    return {"lot": w.lot, "trained": w.trained, "task": w.task, "event": w.event, "shipped": shipped.id}


@pytest.fixture(scope="session")
def worlds(tmp_path_factory, sqlite_template, pg_server) -> Callable[[str], tuple[str, dict[str, int]]]:
    """The world of `_world`, built once per backend into a template that each case copies: the
    cases only read it or are refused, and building it for each of some 300 cases took minutes of CI."""
    built: dict[str, tuple[str, dict[str, int]]] = {}

    def world(backend: str) -> tuple[str, dict[str, int]]:
        if backend not in built:
            if backend == "sqlite":
                template = str(tmp_path_factory.mktemp("world") / "world.db")
                shutil.copyfile(sqlite_template, template)
                url = f"sqlite:///{template}"
            else:
                if pg_server is None:
                    pytest.skip(PG_SKIP)
                template = pg_server.create(f"{pg_server.prefix}_world", template=pg_server.template)
                url = pg_server.url_of(template)
            engine = open_database(url)
            try:
                ids = _world(
                    Stockpile(engine, "alice", today=lambda: TODAY), Stockpile(engine, "bob", today=lambda: TODAY)
                )
            finally:
                engine.dispose()
            built[backend] = (template, ids)
        return built[backend]

    return world


@pytest.fixture(params=["sqlite", "postgresql"])
def w(request, tmp_path, pg_server, worlds) -> Iterator[SimpleNamespace]:
    """A fresh copy of the world: Alice records, Bob is the second person."""
    template, ids = worlds(request.param)
    with fresh_copy(request.param, tmp_path, pg_server, template, template) as url:
        engine = open_database(url)
        try:
            yield SimpleNamespace(
                sp=Stockpile(engine, "alice", today=lambda: TODAY),
                bob=Stockpile(engine, "bob", today=lambda: TODAY),
                engine=engine,
                url=url,
                tmp=tmp_path,
                **ids,
            )
        finally:
            engine.dispose()


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
