"""Holdings (migration 0013, DOMAIN.md section 2): a lot's mines may be at several of the state's own
sites. A move is one document, out of one holding and into another; the lot keeps its mines, so no
figure of the stockpile changes, only where they are. Retained, suspended and scheduled mines stay
at the lot's home; what is elsewhere is unscheduled surplus, counted at its site."""

from __future__ import annotations

from datetime import date

import pytest

from stockpile_tracker.cli import main
from stockpile_tracker.db.migrate import open_database
from stockpile_tracker.domain.enums import Rule
from stockpile_tracker.domain.errors import InvalidInput, RuleViolation
from stockpile_tracker.reports.status import status_report
from stockpile_tracker.services import Stockpile
from stockpile_tracker.services.importing import ImportRejected

from ..helpers import TODAY, receive, refused, seed_catalogue, snapshot, tamper_outside_the_program

D = date
MOVED_ON = D(2026, 3, 1)


@pytest.fixture
def sp(stockpile):
    """The helpers' catalogue, a second depot (BGAD), a training site and a destruction plant."""
    seed_catalogue(stockpile)
    stockpile.catalogue.add_site(code="BGAD", name="Blue Grass Army Depot", country="US")
    stockpile.catalogue.add_site(code="FTLW", name="Fort Leonard Wood", country="US", kind="training")
    stockpile.catalogue.add_site(code="TEAD", name="Tooele demilitarisation", country="US", kind="destruction")
    return stockpile


def move(sp, lot, quantity, *, source="ANAD", to="BGAD", on=MOVED_ON):
    return sp.lots.move(lot, from_site=source, to_site=to, quantity=quantity, on=on, document_ref="DD1149-7")


def by_site(sp, as_of=TODAY):
    """The status report's "By site" rows of mines the profile governs: site -> (lots, on hand,
    retained, scheduled, unscheduled surplus)."""
    [table] = [t for t in status_report(sp, as_of).tables if t.title.startswith("By site, covered")]
    columns = table.columns
    return {
        row[0]: tuple(
            row[columns.index(name)] for name in ("Lots", "On hand", "Retained", "Scheduled", "Unscheduled surplus")
        )
        for row in table.rows
    }


def test_a_move_keeps_every_figure_and_puts_the_mines_at_the_other_site(sp, database_url, capsys):
    lot = receive(sp, "L-001", 1000)
    sp.lots.change_retention(
        lot, quantity=300, category="korea", authority_ref="USFK-1", reason="Korea", valid_from=D(2021, 1, 1)
    )
    before = sp.queries.lot(lot)
    move(sp, lot, 400)
    after = sp.queries.lot(lot)
    assert (after.on_hand, after.retained, after.surplus, after.away) == (1000, 300, 700, 400)
    assert (after.site_code, before.on_hand) == ("ANAD", 1000)  # its home
    assert sp.queries.holdings(lot) == [("ANAD", 600), ("BGAD", 400)]
    # the status report counts the mines where they are: the retained ones at home
    assert by_site(sp) == {"ANAD": (1, 600, 300, 0, 300), "BGAD": (0, 400, 0, 0, 400)}
    assert by_site(sp, D(2026, 2, 28)) == {"ANAD": (1, 1000, 300, 0, 700)}
    ledger = [(e.kind, e.quantity) for e in sp.queries.ledger(lot)]
    assert ledger[-2:] == [("move_out", -400), ("move_in", 400)]
    assert main(["--database", database_url, "lots"]) == 0
    assert "Lot L-001 (M67), where its mines are: ANAD 600, BGAD 400 (items)" in capsys.readouterr().out
    assert sp.check().ok
    # no acquisition, no transfer: the findings are those of before
    assert not [f for f in sp.compliance.findings() if f.rule in (Rule.ACQUISITION, Rule.TRANSFERS)]


def test_mines_move_on_between_other_sites_and_back_home(sp):
    lot = receive(sp, "L-001", 1000)
    move(sp, lot, 400)
    move(sp, lot, 150, source="BGAD", to="FTLW")
    move(sp, lot, 250, source="BGAD", to="ANAD", on=TODAY)
    assert sp.queries.holdings(lot) == [("ANAD", 850), ("FTLW", 150)]
    assert sp.queries.lot(lot).away == 150
    assert sp.check().ok


def test_only_unscheduled_surplus_leaves_home_and_committed_mines_stay(sp, engine):
    lot = receive(sp, "L-001", 1000)
    sp.lots.change_retention(
        lot, quantity=300, category="korea", authority_ref="USFK-1", reason="Korea", valid_from=D(2021, 1, 1)
    )
    sp.destruction.schedule(planned_on=D(2026, 9, 1), site="ANAD", method="open_detonation", lines={lot: 500})
    error = refused(engine, RuleViolation, move, sp, lot, 201)
    assert error.rule is Rule.RETENTION_LOCK and "only 200 are unscheduled surplus" in str(error)
    move(sp, lot, 200)
    # what is elsewhere cannot be scheduled, retained or suspended from home: home holds 800 for them
    error = refused(
        engine,
        RuleViolation,
        sp.lots.change_retention,
        lot,
        quantity=400,
        category="korea",
        authority_ref="USFK-2",
        reason="more",
        valid_from=TODAY,
    )
    assert "200 of its 1,000 on hand would be at its other sites" in str(error)


def test_a_move_is_refused_with_the_field_named_and_nothing_written(sp, engine):
    lot = receive(sp, "L-001", 1000)
    move(sp, lot, 100)
    cases = [
        (InvalidInput, {"to": "ANAD"}, "to site"),  # from ANAD to ANAD
        (InvalidInput, {"to": "TEAD"}, "to site"),  # a destruction site: that is a shipment
        (InvalidInput, {"to": "NOPE"}, "site"),
        (RuleViolation, {"source": "BGAD", "to": "FTLW", "quantity": 101}, "quantity"),  # it holds 100 there
        (RuleViolation, {"source": "FTLW", "to": "BGAD", "quantity": 1}, "quantity"),  # nothing there
        (InvalidInput, {"quantity": 0}, "quantity"),
        (InvalidInput, {"on": D(2026, 7, 1)}, "date"),  # after today
        (RuleViolation, {"source": "BGAD", "on": D(2026, 2, 1), "to": "FTLW"}, "quantity"),  # before they came
    ]
    for error, changes, field in cases:
        arguments = {"quantity": 50} | changes
        quantity = arguments.pop("quantity")
        found = refused(engine, error, move, sp, lot, quantity, **arguments)
        assert found.field == field, (changes, found)


def test_a_side_of_a_move_is_not_reversed_alone(sp, engine):
    lot = receive(sp, "L-001", 1000)
    move(sp, lot, 100)
    entry = sp.queries.ledger(lot)[-1]
    error = refused(engine, RuleViolation, sp.lots.reverse, entry.id, "typed the wrong site")
    assert "one side of a move" in str(error) and "move them back" in str(error)


def test_a_stock_check_at_home_counts_the_mines_at_home(sp):
    lot = receive(sp, "L-001", 1000)
    move(sp, lot, 400)
    result = sp.lots.stock_check(lot, 600, TODAY, "COUNT-1")
    assert result.movement_id is None  # 600 at ANAD, as the ledger says
    assert sp.queries.lot(lot).on_hand == 1000


def test_db_check_names_a_holding_driven_below_zero_outside_the_program(sp, database_url):
    lot = receive(sp, "L-001", 1000)
    move(sp, lot, 400)
    tamper_outside_the_program(
        database_url,
        "UPDATE movement SET quantity = 500 WHERE kind = 'move_in'",
        "UPDATE movement SET quantity = -500 WHERE kind = 'move_out'",
        tables=("movement",),
    )
    problems = sp.check().problems
    assert any("at other own sites 400" in p for p in problems), problems


def test_db_check_names_a_holding_below_zero_though_the_lot_adds_up(sp, database_url, engine):
    """The two sides of a move swapped with the sqlite3 shell: the lot still holds 1,000, but the
    record now says BGAD sent 400 it never had."""
    lot = receive(sp, "L-001", 1000)
    move(sp, lot, 400)
    before = snapshot(engine)
    assert before  # a record to compare with
    tamper_outside_the_program(
        database_url,
        "UPDATE movement SET holding_id = 3 - holding_id WHERE kind IN ('move_out', 'move_in')",
        tables=("movement",),
    )
    problems = sp.check().problems
    assert any("the ledger at BGAD goes to -400 on 2026-03-01" in p for p in problems), problems


def test_the_demo_holds_a_lot_at_two_depots(demo_url):
    """DOMAIN.md section 3: 500 mines of a lot moved to Anniston."""
    engine = open_database(demo_url)
    sp = Stockpile(engine, "reader", today=lambda: TODAY)
    [moved] = [row for row in sp.queries.lots(limit=None) if row.away]
    held = sp.queries.holdings(moved.id)
    assert len(held) == 2 and held[1] == ("ANAD", 500) and moved.away == 500
    assert sp.check().ok
    engine.dispose()


def test_an_imported_entry_at_a_lots_other_site_says_it_is_recorded_at_home(sp, engine):
    """Training and the lot's other entries are its home's: retained mines do not leave it."""
    lot = receive(sp, "L-001", 1000)
    move(sp, lot, 300)
    before = snapshot(engine)
    rows = (
        "date,kind,lot_number,type,site,quantity,reference,to_site,reason,notes\n"
        "2026-06-01,receipt,L-001,M67,BGAD,50,DD-1,,,\n"
    )
    with pytest.raises(ImportRejected) as refused_file:
        sp.imports.import_movements(rows.encode(), source="bgad.csv")
    assert [str(p) for p in refused_file.value.plan.problems] == [
        "line 2, site: lot L-001 (M67): a receipt is recorded at its home, ANAD; its 300 at BGAD are moved back first"
    ]
    assert snapshot(engine) == before


def test_surplus_is_counted_transferred_and_destroyed_where_it_is_held(sp, engine, database_url, capsys):
    """A lot's unscheduled surplus at another of its sites: a count there compares with what is there,
    a transfer out and a destruction with no task take from there; the home is untouched."""
    lot = receive(sp, "L-001", 1000)
    sp.lots.change_retention(
        lot, quantity=600, category="korea", authority_ref="USFK-1", reason="Korea", valid_from=D(2021, 1, 1)
    )
    move(sp, lot, 300)
    sp.lots.stock_check(lot, 290, D(2026, 5, 1), "COUNT-BGAD", "ten short in bay 4", site="BGAD")
    sp.lots.transfer_out(lot, 40, D(2026, 5, 2), "TO-1", "to an ally for destruction", site="BGAD")
    sp.destruction.record_event(
        occurred_on=D(2026, 5, 3),
        site="BGAD",
        method="open_detonation",
        officer="Capt. Reyes",
        witness="Mr. Okafor",
        certificate_number="BG-1",
        lines={lot: 50},
    )
    assert sp.queries.holdings(lot) == [("ANAD", 700), ("BGAD", 200)]
    row = sp.queries.lot(lot)
    assert (row.on_hand, row.away, row.retained, row.destroyed) == (900, 200, 600, 50)
    assert [(e.kind, e.quantity, e.site_code) for e in sp.queries.ledger(lot)][-3:] == [
        ("check_loss", -10, "BGAD"),
        ("transfer_out", -40, "BGAD"),
        ("destroyed", -50, "BGAD"),
    ]
    # more than is there, or a site the lot is not held at, is refused by name
    err = refused(engine, RuleViolation, sp.lots.transfer_out, lot, 201, TODAY, "TO-2", "x", site="BGAD")
    assert "at BGAD" in str(err)
    err = refused(engine, InvalidInput, sp.lots.stock_check, lot, 10, D(2026, 2, 5), "C", "x", site="BGAD")
    assert str(err) == "date: lot L-001 (M67) came to BGAD on 2026-03-01: an entry there cannot be dated 2026-02-05"
    err = refused(engine, InvalidInput, sp.lots.stock_check, lot, 5, TODAY, "C", "x", site="FTLW")
    assert str(err) == "site: lot L-001 (M67) is not held at FTLW (its home is ANAD)"
    rows = (
        "date,kind,lot_number,type,site,quantity,reference,to_site,reason,notes\n"
        "2026-06-01,check_gain,L-001,M67,BGAD,5,COUNT-2,,found in bay 5,\n"
    )
    sp.imports.import_movements(rows.encode(), source="bgad.csv")
    assert sp.queries.holdings(lot) == [("ANAD", 700), ("BGAD", 205)]
    assert main(["--database", database_url, "db", "check"]) == 0, capsys.readouterr().out


@pytest.mark.parametrize(
    ("statements", "named"),
    [
        (  # the move's second side dated before its first: for six weeks the lot held 400 more
            ["UPDATE movement SET occurred_on = '2026-01-15' WHERE kind = 'move_in'"],
            "are a move whose two sides differ in quantity, day or task, or are at one holding",
        ),
        (  # both sides at the home, the stored figures made to match
            [
                "UPDATE movement SET holding_id = (SELECT holding_id FROM movement WHERE kind = 'move_out') "
                "WHERE kind = 'move_in'",
                "UPDATE lot_balance SET away = 0",
            ],
            "are a move whose two sides differ in quantity, day or task, or are at one holding",
        ),
        (  # a receipt booked at the other depot, the stored figures made to match
            [
                "UPDATE movement SET holding_id = (SELECT holding_id FROM movement WHERE kind = 'move_in') "
                "WHERE kind = 'receipt'",
                "UPDATE movement SET holding_id = (SELECT holding_id FROM movement WHERE kind = 'move_out') "
                "WHERE kind = 'move_in'",
            ],
            "(receipt) of lot L-001 is at BGAD, not at the lot's home",
        ),
        (
            ["UPDATE movement SET counterpart_id = NULL WHERE kind = 'move_in'"],
            "is one side of a move without the other",
        ),
        (
            ["UPDATE holding SET site_id = (SELECT id FROM site WHERE code = 'TEAD') WHERE site_id <> 1"],
            "is held at TEAD, a destruction site",
        ),
    ],
)
def test_db_check_names_holdings_edited_outside_the_program(sp, database_url, statements, named):
    lot = receive(sp, "L-001", 1000)
    move(sp, lot, 400)
    tamper_outside_the_program(database_url, *statements, tables=("movement",))
    problems = sp.check().problems
    assert any(named in problem for problem in problems), problems


@pytest.mark.parametrize(
    ("statements", "named"),
    [
        (  # the plant's side of the shipment raised, the stored figures made to match
            [
                "UPDATE movement SET quantity = 350 WHERE kind = 'in_for_destruction'",
                "UPDATE lot_balance SET at_destruction = 250",
            ],
            "are a shipment whose two sides differ in quantity, day or task, or are at one holding",
        ),
        (
            ["UPDATE movement SET counterpart_id = NULL WHERE kind = 'in_for_destruction'"],
            "is one side of a shipment without the other",
        ),
        (  # a receipt booked among the mines shipped for destruction
            [
                "UPDATE movement SET holding_id = (SELECT holding_id FROM movement WHERE kind = 'in_for_destruction') "
                "WHERE kind = 'receipt'"
            ],
            "(receipt) of lot L-001 is among its mines shipped to TEAD for destruction",
        ),
        (  # the plant's destruction entry made smaller
            ["UPDATE movement SET quantity = -90 WHERE kind = 'destroyed'"],
            "certificate TEAD-1 says 100 of lot L-001 destroyed, but its ledger entries take out 90",
        ),
        (
            ["UPDATE movement SET event_id = NULL WHERE kind = 'destroyed'"],
            "is a destruction that names no destruction event",
        ),
        (  # the shipment's arrival booked at home, the stored figures made to match
            [
                "UPDATE movement SET holding_id = (SELECT holding_id FROM movement WHERE kind = 'receipt') "
                "WHERE kind = 'in_for_destruction'",
            ],
            "(in_for_destruction) of lot L-001 is at ANAD among its mines on hand",
        ),
        (  # the plant's destruction entry dated before its certificate
            ["UPDATE movement SET occurred_on = '2026-06-02' WHERE kind = 'destroyed'"],
            "destroys for certificate TEAD-1 (of 2026-06-03, at TEAD) but is dated 2026-06-02",
        ),
        (  # a suspension on the lot's (empty) holding at another own site
            [
                "INSERT INTO holding (lot_id, site_id, for_destruction) VALUES "
                "(1, (SELECT id FROM site WHERE code = 'BGAD'), FALSE)",
                "INSERT INTO suspension (lot_id, holding_id, kind, quantity, reference, reason, suspended_from, "
                "suspended_by, suspended_at) VALUES (1, (SELECT max(id) FROM holding), 'safety', 1, 'S', 'r', "
                "'2026-06-05', 'mallory', '2026-06-05 00:00:00')",
            ],
            "of lot L-001 is on its mines at BGAD, neither its home nor mines shipped there for destruction",
        ),
        (  # the task closed on paper with mines still at the plant
            [
                "UPDATE destruction_task SET status = 'closed', close_note = 'x', closed_by = 'x', "
                "closed_at = '2026-06-30 12:00:00' WHERE reference = 'T-GBL'"
            ],
            "task T-GBL is closed, but 300 of lot L-001 are still at TEAD for destruction for it",
        ),
    ],
)
def test_db_check_names_shipments_edited_outside_the_program(sp, database_url, statements, named):
    lot = receive(sp, "L-001", 1000)
    task = sp.destruction.schedule(
        planned_on=D(2026, 6, 1), site="TEAD", method="disassembly", lines={lot: 400}, reference="T-GBL"
    )
    sp.destruction.ship(task.id, on=D(2026, 6, 2), lines={lot: 400}, document_ref="GBL-1")
    sp.destruction.record_event(
        occurred_on=D(2026, 6, 3),
        site="TEAD",
        method="disassembly",
        officer="D. Moore",
        witness="B. Jones",
        certificate_number="TEAD-1",
        lines={lot: 100},
        task_id=task.id,
    )
    assert sp.check().ok
    tamper_outside_the_program(database_url, *statements, tables=("movement",))
    problems = sp.check().problems
    assert any(named in problem for problem in problems), problems


def test_a_whole_lot_moves_and_comes_back(sp):
    """All of a lot to another depot, then all of it on and back home: never an emptied lot."""
    lot = receive(sp, "L-001", 1000)
    move(sp, lot, 1000)
    assert sp.queries.holdings(lot) == [("BGAD", 1000)] and sp.queries.lot(lot).away == 1000
    move(sp, lot, 1000, source="BGAD", to="FTLW", on=D(2026, 4, 1))
    move(sp, lot, 1000, source="FTLW", to="ANAD", on=D(2026, 5, 1))
    assert sp.queries.holdings(lot) == [("ANAD", 1000)] and sp.queries.lot(lot).away == 0
    assert sp.check().ok


def test_a_back_dated_move_names_the_site_that_would_go_below_zero(sp, engine):
    lot = receive(sp, "L-001", 1000)
    move(sp, lot, 400)
    error = refused(engine, RuleViolation, move, sp, lot, 100, source="BGAD", to="FTLW", on=D(2026, 2, 1))
    assert "would make the balance at BGAD -100 on 2026-02-01" in str(error)
