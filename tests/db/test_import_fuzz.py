"""Fuzzing the import: random bytes, CSV-ish text under the right header with random cells, and
mutations of a valid file go through plan and import of lots, of destruction history, of mine types
and of sites.

Whatever the file, planning never raises; a dry run ends as the import does and writes nothing;
an import either is refused (ImportRejected with the plan's problems, or with one more for a rule
broken while writing, named by its line and column) and leaves the database exactly as it was, or
is accepted and writes exactly the planned rows, with the balances equal to the ledger and the
audit chain intact.

Examples per test: STOCKPILE_FUZZ_EXAMPLES (default 200) on SQLite, a fifth of that on PostgreSQL.
"""

from __future__ import annotations

import csv
import io
import os
from collections import Counter
from datetime import date
from itertools import count

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from stockpile_tracker.db.models import AuditEntry, DestructionEvent, Lot, Movement
from stockpile_tracker.services.dto.imports import ImportPlan, Problem
from stockpile_tracker.services.import_catalogue import SITE_COLUMNS, TYPE_COLUMNS
from stockpile_tracker.services.importing import (
    DESTRUCTION_OPTIONAL,
    DESTRUCTION_REQUIRED,
    LOT_OPTIONAL,
    LOT_REQUIRED,
    ImportRejected,
)

from ..helpers import TODAY, receive, seed_catalogue, snapshot

EXAMPLES = int(os.environ.get("STOCKPILE_FUZZ_EXAMPLES", "200"))

VALID_LOTS = (
    "lot_number,type,quantity,site,retention,institution,condition,received_on,manufactured_on,notes\n"
    "F-1,M67,1000,ANAD,,,A,2020-01-02,2019-05-01,stored in igloo 4\n"
    "F-2,M16,500,CAMP-C,korea,,B,2021-03-04,,\n"
    'F-3,M16,200,ANAD,article3,Engineer School,A,2021-03-04,,"repacked, relabelled"\n'
    "F-4,BLU-91/B,300,ANAD,,,C,2022-01-01,,\n"
)
VALID_DESTRUCTIONS = (
    "lot_number,type,destroyed_on,quantity,method,site,certificate,officer,witness,notes\n"
    "D-1,M67,2026-01-10,40,open detonation,ANAD,DC-1,Capt. A,B. Jones,\n"
    "D-2,M16,2026-01-10,10,open_detonation,ANAD,DC-1,Capt. A,B. Jones,\n"
    'D-1,M67,2026-02-11,5,Open burning,ANAD,DC-2,Lt. C,D. Smith,"late, second burn"\n'
)
VALID_CATALOGUE = {
    "types": "designation,name,category,activation,self_destruct_hours,self_deactivating,delivery,notes\n"
    "F-M1,ADAM M1,AP,victim,48,yes,artillery,36 to a projectile\n"
    'F-M2,Claymore,anti-personnel,command-detonated,none,no,hand-emplaced,"directional, fired"\n',
    "sites": "code,name,country,kind\nF-S1,Tooele,US,destruction\nF-S2,Range,us,training site\n",
}

# Cells: values that mean something to the parser, and text that means nothing.
CELLS = st.one_of(
    st.sampled_from(
        [
            "",
            " ",
            "M67",
            "M16",
            "BLU-91/B",
            "NOPE",
            "ANAD",
            "CAMP-C",
            "MOON",
            "korea",
            "article3",
            "legal_hold",
            "surplus",
            "museum",
            "A",
            "B",
            "Z",
            "open detonation",
            "Open burning",
            "other",
            "burying",
            "D-1",
            "D-2",
            "F-1",
            "DC-1",
            "2020-01-01",
            "2026-06-30",
            "2026-07-01",
            "2020-02-30",
            "30/01/2020",
            "0",
            "-5",
            "2.5",
            "1e3",
            "1,000",
            "1,5",
            "1,00",
            ",,5,,",
            "12,345,678",
            "2147483647",
            "2147483648",
            "9" * 20,
            "=1+1",
            "+1",
            "@A1",
            "-A1",
            "\x00",
            "<b>x</b>",
            "لوط-١٢",
            "\u202eRTL",
            "\ufeff",
            '"',
            "\n",
            "x" * 81,
            "y" * 2001,
        ]
    ),
    st.integers(-10, 10**12).map(str),
    st.dates().map(str),
    st.text(max_size=30),
)
PAST = st.dates(date(1990, 1, 1), TODAY).map(str)
# A plausible value for each column, so that many rows pass and the writing is exercised too.
PLAUSIBLE = {
    "lot_number": st.integers(0, 10**9).map(lambda n: f"R-{n}"),
    "type": st.sampled_from(["M67", "M16", "BLU-91/B"]),
    "quantity": st.integers(1, 10**6).map(str),
    "site": st.sampled_from(["ANAD", "CAMP-C"]),
    "retention": st.sampled_from(["", "", "korea", "article3"]),
    "institution": st.sampled_from(["", "Engineer School"]),
    "condition": st.sampled_from(["A", "B", "C", "D"]),
    "received_on": PAST,
    "manufactured_on": st.just(""),
    "category": st.sampled_from(["AP", "AV"]),
    "self_destruct_hours": st.integers(1, 100).map(str),
    "self_deactivating": st.sampled_from(["yes", "no"]),
    "destroyed_on": PAST,
    "method": st.sampled_from(["open_detonation", "Open burning", "other"]),
    "certificate": st.integers(0, 10**9).map(lambda n: f"RC-{n}"),
    "officer": st.sampled_from(["Capt. A", "Lt. C"]),
    "witness": st.sampled_from(["B. Jones", "capt. a"]),
    "designation": st.integers(0, 10**9).map(lambda n: f"T-{n}"),
    "name": st.sampled_from(["PMN blast", "Contractor's plant"]),
    "activation": st.sampled_from(["victim", "command", "both", "victim-activated"]),
    "delivery": st.sampled_from(["hand_emplaced", "artillery", "hand-thrown"]),
    "code": st.integers(0, 10**9).map(lambda n: f"S-{n}"),
    "country": st.sampled_from(["US", "bg", "KR"]),
    "kind": st.sampled_from(["depot", "destruction", "Training site"]),
}
PLAUSIBLE_DESTROYED = PLAUSIBLE | {"lot_number": st.sampled_from(["D-1", "D-2"]), "type": st.just("M67")}


def csv_text(required: tuple[str, ...], optional: tuple[str, ...], plausible: dict):
    """The required header (now and then a column dropped, doubled or upper-cased) and rows of cells,
    all or mostly plausible, written by the csv module (well quoted) or joined by hand (quotes and
    delimiters left as they fall)."""

    @st.composite
    def build(draw) -> bytes:
        header = list(required) + draw(
            st.lists(st.sampled_from(optional), max_size=3, unique=True) if optional else st.just([])
        )
        if draw(st.integers(0, 9)) == 0:
            header = draw(st.lists(st.sampled_from(required + optional), min_size=1, max_size=len(required) + 3))
        header = [name.upper() if draw(st.integers(0, 9)) == 0 else name for name in header]

        clean = draw(st.booleans())  # half the files: every cell plausible

        def cell(name: str):
            value = plausible.get(name.lower(), CELLS)
            return value if clean else st.one_of(value, value, value, CELLS)

        rows = draw(st.lists(st.tuples(*[cell(name) for name in header]).map(list), min_size=1, max_size=6))
        rows = [cells[: draw(st.integers(0, len(cells)))] if draw(st.integers(0, 9)) == 0 else cells for cells in rows]
        delimiter = draw(st.sampled_from([",", ";", "\t"]))
        if draw(st.booleans()):
            buffer = io.StringIO()
            csv.writer(buffer, delimiter=delimiter).writerows([header, *rows])
            text = buffer.getvalue()
        else:
            text = "\n".join(delimiter.join(cells) for cells in [header, *rows])
        return text.encode(draw(st.sampled_from(["utf-8", "utf-8-sig"])), errors="surrogatepass")

    return build()


@st.composite
def mutated(draw, valid: str) -> bytes:
    """A valid file with a few bytes cut, inserted, replaced or the file cut short."""
    data = bytearray(valid.encode())
    for _ in range(draw(st.integers(1, 4))):
        at = draw(st.integers(0, len(data)))
        action = draw(st.sampled_from(["cut", "insert", "replace", "truncate", "duplicate line"]))
        if action == "cut":
            del data[at : at + draw(st.integers(1, 8))]
        elif action == "insert":
            data[at:at] = draw(st.binary(min_size=1, max_size=4) | st.sampled_from([b",", b";", b'"', b"\n", b"\r"]))
        elif action == "replace" and at < len(data):
            data[at] = draw(st.integers(0, 255))
        elif action == "truncate":
            del data[at:]
        elif action == "duplicate line":
            lines = data.split(b"\n")
            line = draw(st.integers(0, len(lines) - 1))
            data = bytearray(b"\n".join(lines[: line + 1] + lines[line:]))
    return bytes(data)


LOT_FILES = st.one_of(st.binary(max_size=400), csv_text(LOT_REQUIRED, LOT_OPTIONAL, PLAUSIBLE), mutated(VALID_LOTS))
DESTRUCTION_FILES = st.one_of(
    st.binary(max_size=400),
    mutated(VALID_DESTRUCTIONS),
    csv_text(DESTRUCTION_REQUIRED, DESTRUCTION_OPTIONAL, PLAUSIBLE_DESTROYED),
)

CATALOGUE_FILES = {
    columns.kind: st.one_of(
        st.binary(max_size=400),
        mutated(VALID_CATALOGUE[columns.kind]),
        csv_text(tuple(columns.required), tuple(columns.optional), PLAUSIBLE),
    )
    for columns in (TYPE_COLUMNS, SITE_COLUMNS)
}


def fuzz_settings(engine):
    examples = EXAMPLES if engine.dialect.name == "sqlite" else max(EXAMPLES // 5, 10)
    # One database for all examples: a refused import leaves it as it was, an accepted one is checked.
    return settings(
        max_examples=examples,
        deadline=None,
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow, HealthCheck.data_too_large],
    )


def counts(sp) -> tuple[int, int, int, int]:
    with sp.context.read() as session:
        return tuple(
            session.scalar(select(func.count()).select_from(model))
            for model in (Lot, Movement, DestructionEvent, AuditEntry)
        )


def outcome(run) -> ImportPlan | list[Problem]:
    try:
        return run()
    except ImportRejected as exc:
        return exc.plan.problems


def attempt(sp, engine, plan, run, outcomes: Counter) -> object | None:
    """A dry run, then the import: the dry run ends the same and changes nothing; refused means
    nothing changed, accepted means the plan was clean. Outcomes are counted, and printed
    (pytest -s) to show what a run exercised."""
    before = snapshot(engine)
    dry = outcome(lambda: run(dry_run=True))
    assert snapshot(engine) == before
    result = outcome(run)
    assert dry == result
    if isinstance(result, ImportPlan):
        assert plan.ok and result.rows == plan.rows
        outcomes["accepted"] += 1
        return result
    assert snapshot(engine) == before
    if plan.ok:  # a rule broken while writing: one problem, named by its line and column
        assert len(result) == 1 and result[0].line and result[0].column in DESTRUCTION_REQUIRED + DESTRUCTION_OPTIONAL
        outcomes["refused while writing"] += 1
    else:
        assert result == plan.problems
        outcomes[f"refused ({plan.problems[0].column})"] += 1
    return None


@pytest.fixture
def sp(stockpile):
    seed_catalogue(stockpile)
    receive(stockpile, "D-1", 1000)
    receive(stockpile, "D-2", 500, type="M16")
    return stockpile


def test_lot_import_never_crashes_nor_half_writes(sp, engine):
    outcomes, examples = Counter(), count()

    @fuzz_settings(engine)
    @given(data=LOT_FILES, add=st.booleans())
    def fuzz(data: bytes, add: bool) -> None:
        data = data.replace(b"F-", f"F{next(examples)}-".encode())  # mutations of the valid file stay new lots
        plan = sp.imports.plan_lots(data, add_types=add, add_sites=add)
        lots, movements, _events, _audit = counts(sp)
        result = attempt(
            sp,
            engine,
            plan,
            lambda dry_run=False: sp.imports.import_lots(
                data, source="fuzz.csv", add_types=add, add_sites=add, dry_run=dry_run
            ),
            outcomes,
        )
        if result is not None:
            assert counts(sp)[:2] == (lots + len(plan.rows), movements + len(plan.rows))
            for row in plan.rows:
                lot = sp.queries.find_lot(row["lot_number"], row["type"])
                assert (lot.on_hand, lot.site_code, lot.retention_category) == (
                    row["quantity"],
                    row["site"],
                    row["retention"],
                )

    fuzz()
    print(f"{engine.dialect.name}: {dict(outcomes.most_common())}")
    assert sp.check().ok


def test_destruction_import_never_crashes_nor_half_writes(sp, engine):
    outcomes, examples = Counter(), count()

    @fuzz_settings(engine)
    @given(data=DESTRUCTION_FILES)
    def fuzz(data: bytes) -> None:
        data = data.replace(b"DC-", f"DC{next(examples)}-".encode())  # and new certificates
        plan = sp.imports.plan_destructions(data)
        _lots, _movements, events, _audit = counts(sp)
        if (
            attempt(
                sp,
                engine,
                plan,
                lambda dry_run=False: sp.imports.import_destructions(data, source="fuzz.csv", dry_run=dry_run),
                outcomes,
            )
            is not None
        ):
            assert counts(sp)[2] == events + len(plan.rows)
            for event in plan.rows:
                assert sp.destruction.find_event(event["certificate"]).quantity == event["quantity"]

    fuzz()
    print(f"{engine.dialect.name}: {dict(outcomes.most_common())}")
    assert sp.check().ok


@pytest.mark.parametrize("columns", [TYPE_COLUMNS, SITE_COLUMNS], ids=lambda columns: columns.kind)
def test_catalogue_import_never_crashes_nor_half_writes(sp, engine, columns):
    outcomes, examples = Counter(), count()
    plan_entries, import_entries = (getattr(sp.imports, f"{verb}_{columns.kind}") for verb in ("plan", "import"))
    key = columns.entries.key.key

    @fuzz_settings(engine)
    @given(data=CATALOGUE_FILES[columns.kind])
    def fuzz(data: bytes) -> None:
        data = data.replace(b"F-", f"F{next(examples)}-".encode())  # mutations of the valid file stay new
        plan = plan_entries(data)
        held = len(sp.catalogue.listed(columns.entries))
        if attempt(
            sp, engine, plan, lambda dry_run=False: import_entries(data, source="f.csv", dry_run=dry_run), outcomes
        ):
            entries = {getattr(entry, key): entry for entry in sp.catalogue.listed(columns.entries)}
            assert len(entries) == held + len(plan.rows)
            for row in plan.rows:
                assert {name: getattr(entries[row[key]], name) for name in columns.entries.fields} == {
                    name: row[name] for name in columns.entries.fields
                }

    fuzz()
    print(f"{engine.dialect.name}: {dict(outcomes.most_common())}")
    assert sp.check().ok


def test_the_mutated_files_start_from_files_that_import(sp):
    """The fuzz starts from files that are accepted as they are."""
    assert len(sp.imports.import_lots(VALID_LOTS.encode(), source="valid.csv").rows) == 4
    assert len(sp.imports.import_destructions(VALID_DESTRUCTIONS.encode(), source="valid.csv").rows) == 2
    assert len(sp.imports.import_types(VALID_CATALOGUE["types"].encode(), source="valid.csv").rows) == 2
    assert len(sp.imports.import_sites(VALID_CATALOGUE["sites"].encode(), source="valid.csv").rows) == 2
