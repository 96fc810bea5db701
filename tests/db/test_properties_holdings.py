"""Property: a lot at several sites (DOMAIN.md section 2, holding). Hypothesis draws two lots and a
run of actions on them, valid or not: moves between three depots, back-dated or not, of any
quantity; retention; a destruction task that ships, has part destroyed at the plant and part come
back; transfers out. Each action is written whole or refused leaving the record as it was; after
the run:

- no holding goes below zero on any day, and a lot's on hand is the sum of its holdings;
- the mines away from the lot's home are unscheduled surplus there (retained + suspended +
  scheduled <= on hand at home);
- held = on hand + at destruction sites, and received = held + destroyed + transferred out;
- the status report's "By site" counts each mine at the site that holds it;
- db check finds nothing.

Each example gets its own copy of the migrated SQLite template."""

from __future__ import annotations

import shutil
from collections import defaultdict
from datetime import date, timedelta
from itertools import count

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from stockpile_tracker.db.migrate import open_database
from stockpile_tracker.domain.errors import StockpileError
from stockpile_tracker.reports.status import status_report
from stockpile_tracker.services import Stockpile

from ..helpers import TODAY, seed_catalogue, snapshot

DEPOTS = ["ANAD", "BGAD", "HWAD"]
START = date(2026, 1, 1)
ACTION = st.one_of(
    st.tuples(
        st.just("move"),
        st.integers(0, 1),
        st.sampled_from(["ANAD", "ANAD", "BGAD", "HWAD"]),  # from home more often: the others hold what left it
        st.sampled_from(DEPOTS),
        st.integers(1, 300),
        st.integers(0, 170),  # days after the receipt, in any order: back-dated moves too
    ),
    st.tuples(st.just("move"), st.integers(0, 1), st.just("ANAD"), st.just("BGAD"), st.integers(1, 300), st.just(170)),
    st.tuples(st.just("retain"), st.integers(0, 1), st.integers(0, 600)),
    st.tuples(st.just("ship"), st.integers(0, 1), st.integers(1, 600)),
    st.tuples(st.just("destroy"), st.integers(0, 1), st.integers(1, 600)),
    st.tuples(st.just("return"), st.integers(0, 1), st.integers(1, 600)),
    st.tuples(st.just("transfer_out"), st.integers(0, 1), st.integers(1, 600)),
)


def act(sp: Stockpile, lots: list[int], tasks: dict[int, int], action: tuple, serial: count) -> None:
    """One action, as a user or an import would ask it; it may be refused."""
    kind, which, *rest = action
    lot = lots[which]
    if kind == "move":
        source, target, quantity, day = rest
        sp.lots.move(
            lot, from_site=source, to_site=target, quantity=quantity, on=START + timedelta(days=day), document_ref="MV"
        )
    elif kind == "retain":
        (quantity,) = rest
        category = "korea" if quantity else None
        sp.lots.change_retention(
            lot, quantity=quantity, category=category, authority_ref="R", reason="kept", valid_from=TODAY
        )
    elif kind == "ship":
        (quantity,) = rest
        if lot not in tasks:
            tasks[lot] = sp.destruction.schedule(
                planned_on=TODAY, site="TEAD", method="disassembly", lines={lot: quantity}
            ).id
        sp.destruction.ship(tasks[lot], on=TODAY, lines={lot: quantity}, document_ref="GBL")
    elif kind in ("destroy", "return") and lot in tasks:
        (quantity,) = rest
        if kind == "return":
            sp.destruction.return_shipped(tasks[lot], on=TODAY, lines={lot: quantity}, document_ref="RT", reason="r")
        else:
            sp.destruction.record_event(
                occurred_on=TODAY,
                site="TEAD",
                method="disassembly",
                officer="Capt. Reyes",
                witness="Mr. Okafor",
                certificate_number=f"C-{next(serial)}",
                lines={lot: quantity},
                task_id=tasks[lot],
            )
    elif kind == "transfer_out":
        (quantity,) = rest
        sp.lots.transfer_out(lot, quantity, TODAY, "TO", "handed over")


def holdings_hold(sp: Stockpile, engine, lots: list[int]) -> None:
    with engine.connect() as connection:
        entries = connection.execute(
            text(
                "SELECT m.lot_id, s.code, h.for_destruction, m.occurred_on, m.id, m.quantity, h.site_id = l.site_id "
                "FROM movement m JOIN holding h ON h.id = m.holding_id JOIN site s ON s.id = h.site_id "
                "JOIN lot l ON l.id = m.lot_id ORDER BY m.occurred_on, m.id"
            )
        ).all()
    running: dict[tuple[int, str, bool], int] = defaultdict(int)
    away: dict[int, int] = defaultdict(int)
    held_at: dict[str, int] = defaultdict(int)
    for lot_id, site, shipped, day, entry, quantity, home in entries:
        here = (lot_id, site, bool(shipped))
        running[here] += quantity
        assert running[here] >= 0, f"lot {lot_id} at {site} goes to {running[here]} on {day} ({entry})"
        if not shipped:  # on hand: at the lot's own sites
            away[lot_id] += 0 if home else quantity
            held_at[site] += quantity
    for lot_id in lots:
        row = sp.queries.lot(lot_id)
        assert row.on_hand == sum(q for (lot, _site, shipped), q in running.items() if lot == lot_id and not shipped)
        assert row.at_destruction == sum(q for (lot, _site, shipped), q in running.items() if lot == lot_id and shipped)
        assert row.away == away[lot_id] and row.retained + row.suspended + row.scheduled <= row.on_hand - row.away
        assert row.held == row.on_hand + row.at_destruction
    by_site: dict[str, int] = defaultdict(int)
    for lot_id in lots:
        for site, quantity in sp.queries.holdings(lot_id):
            by_site[site] += quantity
    assert {site: q for site, q in held_at.items() if q} == {site: q for site, q in by_site.items() if q}
    [table] = [t for t in status_report(sp, TODAY).tables if t.title.startswith("By site, covered")]
    on_hand = table.columns.index("On hand")
    assert {row[0]: row[on_hand] for row in table.rows if row[on_hand]} == dict(by_site)
    assert sp.check().problems == ()


def test_holdings_never_go_below_zero_and_every_figure_counts_each_mine_once(sqlite_template, tmp_path):
    numbers = count()

    @settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(actions=st.lists(ACTION, min_size=1, max_size=14))
    @example(actions=[("move", 0, "ANAD", "BGAD", 100, 170), ("move", 0, "BGAD", "HWAD", 50, 9)])  # back-dated
    @example(actions=[("ship", 1, 300), ("destroy", 1, 100), ("return", 1, 150), ("move", 1, "ANAD", "HWAD", 300, 5)])
    def run(actions):
        path = tmp_path / f"example-{next(numbers)}.db"
        shutil.copyfile(sqlite_template, path)
        engine = open_database(f"sqlite:///{path}")
        try:
            sp = Stockpile(engine, "alice", today=lambda: TODAY)
            seed_catalogue(sp)
            for code in DEPOTS[1:]:
                sp.catalogue.add_site(code=code, name=code, country="US")
            sp.catalogue.add_site(code="TEAD", name="Tooele", country="US", kind="destruction")
            lots = [
                sp.lots.receive_lot(
                    lot_number=number, type="M67", site="ANAD", quantity=500, received_on=START, document_ref="DD"
                ).lot_id
                for number in ("L-1", "L-2")
            ]
            tasks: dict[int, int] = {}
            serial = count()
            for action in actions:
                before = snapshot(engine)
                try:
                    act(sp, lots, tasks, action, serial)
                except StockpileError:
                    assert snapshot(engine) == before, f"{action} was refused but wrote"
            holdings_hold(sp, engine, lots)
        finally:
            engine.dispose()

    run()
