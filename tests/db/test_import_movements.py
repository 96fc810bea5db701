"""Import movements: each row posted as the lot or destruction action it stands for, in file order,
in one transaction; every problem of the file named by line and column, and then nothing kept."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from stockpile_tracker.cli import main
from stockpile_tracker.db.models import AuditEntry, Movement
from stockpile_tracker.services.importing import ImportRejected

from ..helpers import receive, seed_catalogue, snapshot, workbook

HEADER = "date,kind,lot_number,type,site,quantity,reference,to_site,reason,notes\n"
# One row of each kind the import records; lots L-001 (task T-1 at TOOELE) and L-T (Article 3) are
# on the record before it (`sp`).
EVERY_KIND = HEADER + (
    "2020-01-02,opening,A-1,M67,ANAD,500,OB-1,,,held since 1998\n"
    "2021-03-04,receipt,A-2,M16,ANAD,200,DD-2,,,\n"
    "2021-04-01,receipt,A-1,M67,ANAD,100,DD-3,,,\n"
    "2022-05-05,discovery,A-3,M67,CAMP-C,30,FOUND-1,,,found in bunker 4\n"
    "2023-01-10,transfer_in,A-1,M67,ANAD,50,TI-1,,from the army,\n"
    "2023-02-01,transfer_out,A-1,M67,ANAD,20,TO-1,,to an ally for destruction,\n"
    "2023-03-01,check_gain,A-3,M67,CAMP-C,2,SC-1,,two more in the recount,\n"
    "2023-03-02,check_loss,A-2,M16,ANAD,5,SC-2,,water damage,\n"
    "2024-02-01,training,L-T,M16,ANAD,10,TR-1,,EOD course 24/1,\n"
    "2024-03-01,move,A-1,M67,ANAD,100,MV-1,CAMP-C,to the Korean depot,\n"
    "2026-06-01,ship,L-001,M67,ANAD,40,GBL-1,TOOELE,,\n"
    "2026-06-10,return,L-001,M67,TOOELE,15,RT-1,ANAD,the plant refused 15,\n"
)
US_POLICY = "US anti-personnel landmine policy (June 2022)"
FLAGGED = [
    f"line 6, kind: transfer in dated 2023-01-10 falls after the acquisition ban of {US_POLICY} (from "
    "2022-06-21): flagged for review",
    f"line 7, kind: transfer out not for destruction under {US_POLICY}: flagged for review",
]


@pytest.fixture
def sp(stockpile):
    """L-001: 1,000 M67 at ANAD, 300 in task T-1 at the destruction site TOOELE; L-T: 200 M16 at
    ANAD, 100 retained under Article 3."""
    seed_catalogue(stockpile)
    stockpile.catalogue.add_site(code="TOOELE", name="Tooele Army Depot", country="US", kind="destruction")
    lot = receive(stockpile, "L-001", 1000)
    trained = receive(stockpile, "L-T", 200, type="M16")
    stockpile.lots.change_retention(
        trained,
        quantity=100,
        category="article3",
        institution="EOD School",
        authority_ref="A-1",
        reason="training",
        valid_from=date(2021, 1, 1),
    )
    stockpile.destruction.schedule(
        planned_on=date(2026, 9, 1), site="TOOELE", method="other", lines={lot: 300}, reference="T-1"
    )
    return stockpile


def rejected(sp, engine, data: str) -> list[str]:
    before = snapshot(engine)
    with pytest.raises(ImportRejected) as caught:
        sp.imports.import_movements(data.encode(), source="bad.csv")
    assert snapshot(engine) == before
    return [str(problem) for problem in caught.value.plan.problems]


def on_hand(sp, lot_number: str) -> tuple[int, int]:
    lot = sp.queries.find_lot(lot_number)
    return lot.on_hand, lot.retained


def test_every_kind_is_posted_as_its_action_in_file_order(sp, engine):
    plan = sp.imports.import_movements(EVERY_KIND.encode(), source="movements.csv")
    assert plan.summary == "12 movements"
    assert [on_hand(sp, n) for n in ("A-1", "A-2", "A-3", "L-T", "L-001")] == [
        (630, 0),  # opening 500, receipt 100, transfer in 50, transfer out 20; 100 of them moved to CAMP-C
        (195, 0),  # receipt 200, check loss 5
        (32, 0),  # discovery 30, check gain 2
        (190, 90),  # 10 of the Article 3 mines consumed in training
        (975, 0),  # 40 shipped for destruction, 15 of them back
    ]
    assert sp.queries.find_lot("A-1").notes == "held since 1998"
    assert sp.queries.holdings(sp.queries.find_lot("A-1").id) == [("ANAD", 530), ("CAMP-C", 100)]
    with engine.connect() as connection:
        kinds = connection.execute(select(Movement.kind, Movement.document_ref).order_by(Movement.id)).all()[-15:]
    assert kinds == [
        ("opening_balance", "OB-1"),
        ("receipt", "DD-2"),
        ("receipt", "DD-3"),
        ("discovery", "FOUND-1"),
        ("transfer_in", "TI-1"),
        ("transfer_out", "TO-1"),
        ("check_gain", "SC-1"),
        ("check_loss", "SC-2"),
        ("training", "TR-1"),
        ("move_out", "MV-1"),
        ("move_in", "MV-1"),
        ("out_for_destruction", "GBL-1"),
        ("in_for_destruction", "GBL-1"),  # the shipment's holding at TOOELE, for destruction
        ("sent_back", "RT-1"),
        ("shipment_return", "RT-1"),
    ]
    assert plan.rows[-1]["task"] == "T-1"
    assert [str(w) for w in plan.warnings] == FLAGGED
    with engine.connect() as connection:
        action = connection.scalar(select(AuditEntry.after).where(AuditEntry.action == "import_movements"))
    assert '"file":"movements.csv"' in action and all(warning in action for warning in FLAGGED)
    assert sp.check().ok


def test_a_file_with_several_problems_names_each_and_writes_nothing(sp, engine):
    bad = HEADER + (
        "2023-01-01,receipt,B-1,M67,ANAD,12x,DD-1,,,\n"  # not a number
        "2023-01-01,move,L-001,M67,ANAD,10,MV-1,TOOELE,,\n"  # a destruction site: shipped to, not moved
        "2023-01-01,return,L-001,M67,ANAD,10,RT-1,TOOELE,,\n"
        "2023-01-01,transfer_out,L-001,M67,ANAD,10,TO-1,,,\n"  # no reason
        "2023-01-01,training,L-001,M67,ANAD,10,TR-1,,,\n"  # not Article 3
        "2023-01-01,ship,L-001,M67,ANAD,10,GBL-1,CAMP-C,,\n"  # no task at CAMP-C
        "2023-01-01,ship,L-001,M67,ANAD,400,GBL-2,TOOELE,,\n"  # T-1 has only 300
        "2023-01-01,check_loss,L-001,M67,CAMP-C,10,SC-1,,lost,\n"  # the lot is at ANAD
        "2019-01-01,transfer_out,L-001,M67,ANAD,10,TO-2,,sold,\n"  # before the lot was received
        "2023-01-01,receipt,NEW-1,M67,ANAD,10,DD-9,,,\n"  # a good row: not kept either
        "2023-01-01,burn,L-001,M67,ANAD,10,X-1,,,\n"
    )
    assert rejected(sp, engine, bad) == [
        "line 2, quantity: '12x' is not a whole number",
        "line 3, to_site: TOOELE is a destruction site: mines go there shipped for a destruction task "
        "(Destruction > Ship for task), not moved",
        "line 4, to_site: lot L-001 (M67) comes back to its home, ANAD",
        "line 5, reason: is required",
        "line 6, quantity: lot L-001 (M67): only mines retained under Article 3 are consumed in training; 0 are "
        "retained (not retained), 10 asked (retention lock: retained mines cannot be scheduled, moved or destroyed)",
        "line 7, to_site: no open destruction task at CAMP-C has lot L-001 (M67): schedule it first",
        "line 8, quantity: no open destruction task at TOOELE has 400 of lot L-001 (M67) left to ship (T-1 has 300)",
        "line 9, site: lot L-001 (M67) is not held at CAMP-C (its home is ANAD)",
        "line 10, date: lot L-001 (M67) came on the record on 2020-01-15: an entry cannot be dated 2019-01-01, "
        "before it",
        "line 12, kind: 'burn' is not one of opening, receipt, discovery, transfer_in, transfer_out, training, "
        "check_gain, check_loss, ship, move, return",
    ]


def test_rows_apply_in_file_order_so_a_later_row_sees_the_earlier_ones(sp, engine):
    # a loss counted before the receipt that brings the mines is refused; after it, it is posted
    received_then_lost = HEADER + (
        "2023-01-01,receipt,C-1,M67,ANAD,10,DD-1,,,\n2023-02-01,check_loss,C-1,M67,ANAD,10,SC-1,,all gone,\n"
    )
    assert rejected(sp, engine, HEADER + received_then_lost.splitlines(keepends=True)[2]) == [
        "line 2, lot_number: no lot C-1 of type M67"
    ]
    lost_before_received = HEADER + (
        "2023-02-01,receipt,C-1,M67,ANAD,10,DD-1,,,\n2023-01-01,check_loss,C-1,M67,ANAD,10,SC-1,,all gone,\n"
    )
    assert rejected(sp, engine, lost_before_received) == [
        "line 3, date: lot C-1 (M67) came on the record on 2023-02-01: an entry cannot be dated 2023-01-01, before it"
    ]
    sp.imports.import_movements(received_then_lost.encode(), source="ok.csv")
    assert on_hand(sp, "C-1") == (0, 0)


def test_a_dry_run_and_the_preview_write_nothing(sp, engine):
    before = snapshot(engine)
    plan = sp.imports.import_movements(EVERY_KIND.encode(), source="movements.csv", dry_run=True)
    assert len(plan.rows) == 12 and [str(w) for w in plan.warnings] == FLAGGED
    preview = sp.imports.plan_movements(EVERY_KIND.encode())
    assert (len(preview.rows), preview.problems) == (12, [])
    assert snapshot(engine) == before


def test_a_shipment_two_tasks_can_take_goes_to_the_oldest_planned_and_says_so(sp):
    lot = sp.queries.find_lot("L-001").id
    sp.destruction.schedule(
        planned_on=date(2026, 8, 1), site="TOOELE", method="other", lines={lot: 100}, reference="T-0"
    )
    ship = (
        HEADER + "2026-06-01,ship,L-001,M67,ANAD,100,GBL-1,TOOELE,,\n2026-06-02,ship,L-001,M67,ANAD,50,GBL-2,TOOELE,,\n"
    )
    # a shipment refused (dated before the lot was received) says nothing of the task it would have taken
    early = sp.imports.plan_movements((HEADER + "2019-06-01,ship,L-001,M67,ANAD,10,GBL-3,TOOELE,,\n").encode())
    assert ([p.column for p in early.problems], early.warnings) == (["date"], [])
    plan = sp.imports.import_movements(ship.encode(), source="ship.csv")
    assert [row["task"] for row in plan.rows] == ["T-0", "T-1"]  # T-0 is full after the first row
    assert [str(w) for w in plan.warnings] == [
        "line 2, to_site: tasks T-0 and T-1 at TOOELE can each take it: shipped for T-0, the oldest planned "
        "(2026-08-01)"
    ]
    tasks = {t.reference: t for t in sp.destruction.tasks()}
    assert (tasks["T-0"].lines[0].shipped, tasks["T-1"].lines[0].shipped) == (100, 50)


def test_cli_import_movements_shows_the_warnings_and_every_problem(sp, database_url, tmp_path, capsys):
    good, bad = tmp_path / "movements.csv", tmp_path / "bad.csv"
    good.write_text(EVERY_KIND)
    bad.write_text(
        HEADER + "2023-01-01,return,L-001,M67,ANAD,10,RT-1,TOOELE,,\n2023-01-01,burn,L-001,M67,ANAD,1,X,,,\n"
    )
    assert main(["--database", database_url, "import", "movements", str(bad)]) == 2
    err = capsys.readouterr().err
    assert f"{bad}: line 2, to_site: lot L-001 (M67) comes back to its home, ANAD" in err
    assert "nothing was imported: 2 problems" in err
    assert main(["--database", database_url, "import", "movements", str(good), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert out == "".join(f"{good}: warning: {warning}\n" for warning in FLAGGED) + "would import 12 movements\n"
    assert main(["--database", database_url, "import", "movements", str(good)]) == 0
    assert capsys.readouterr().out.endswith("imported 12 movements\n")
    assert on_hand(sp, "A-1") == (630, 0)


def test_an_opening_balance_is_only_a_lots_first_entry(sp, engine):
    """Stock on charge when the record starts: added later to a lot, it would be an acquisition that
    raises no acquisition finding."""
    rows = HEADER + "2026-06-01,opening,L-001,M67,ANAD,50,OB-9,,,\n" + "2020-01-02,opening,N-1,M67,ANAD,5,OB-1,,,\n"
    rows += "2020-01-02,opening,N-1,M67,ANAD,5,OB-2,,,\n"
    problems = rejected(sp, engine, rows)
    assert [problem.split(":")[0] for problem in problems] == ["line 2, kind", "line 4, kind"]
    assert "lot L-001 (M67) is already on the record: an opening balance is a lot's first entry" in problems[0]


def test_a_lot_never_holds_more_than_a_record_can(sp, engine):
    big = 2_147_483_647
    rows = (
        HEADER
        + f"2020-01-02,opening,N-1,M67,ANAD,{big},OB-1,,,\n2021-01-02,check_gain,N-1,M67,ANAD,{big},SC-1,,recount,\n"
    )
    [problem] = rejected(sp, engine, rows)
    assert problem.startswith("line 3, quantity: lot N-1 (M67): it would have received 4,294,967,294, more than the")


def test_cli_import_movements_refuses_the_options_of_a_lots_import(sp, database_url, tmp_path, capsys):
    good = tmp_path / "movements.csv"
    good.write_text(EVERY_KIND)
    assert main(["--database", database_url, "import", "movements", str(good), "--add-types"]) == 2
    assert "--add-types: only an import of lots adds catalogue entries" in capsys.readouterr().err


def test_a_workbook_posts_as_its_csv_does(sp, engine):
    """Every kind of movement from a sheet: the same rows and flags as from the CSV, named by row."""
    as_csv = sp.imports.plan_movements(EVERY_KIND.encode())
    as_sheet = sp.imports.plan_movements(workbook(EVERY_KIND, sheet="Movements"))
    assert as_csv.ok and (as_sheet.rows, as_sheet.warnings) == (as_csv.rows, as_csv.warnings)
    assert [as_sheet.said(warning) for warning in as_sheet.warnings] == [
        flag.replace("line ", "sheet 'Movements', row ", 1) for flag in FLAGGED
    ]
    posted = sp.imports.import_movements(workbook(EVERY_KIND), source="movements.xlsx")
    assert posted.summary == as_csv.summary and sp.check().ok
