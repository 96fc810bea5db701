"""Rule 10: an audit log edited outside the program is found by `db check`, whichever field of
whichever entry was changed, and whichever entry was removed, the newest included."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import func, select

from stockpile_tracker.db.migrate import open_database
from stockpile_tracker.db.models import AuditEntry
from stockpile_tracker.services import Stockpile

from ..helpers import TODAY, receive, seed_catalogue, tamper_outside_the_program

# A new value for each field, in SQL that both SQLite and PostgreSQL take. The tampering statements
# below are built from these constants and the entries' ids (hence the noqa: S608).
EDITS = {
    "user": "'mallory'",
    "at": "'2020-01-01 00:00:00'",
    "action": "'nothing'",
    "entity": "'nothing'",
    "entity_id": "COALESCE(entity_id, 0) + 1",
    "before": """'["forged"]'""",
    "after": """'["forged"]'""",
    "reason": "'nothing to see'",
    "os_login": "'mallory'",  # migration 0022: the operating-system login, in the hash when set
}


@pytest.fixture
def recorded(database_url) -> tuple[str, int]:
    """A catalogue and two lots; the URL and the newest audit entry's id."""
    engine = open_database(database_url)
    sp = Stockpile(engine, "alice", today=lambda: TODAY)
    seed_catalogue(sp)
    receive(sp, "L-1")
    receive(sp, "L-2")
    with engine.connect() as connection:
        newest = connection.scalar(select(func.max(AuditEntry.id)))
    engine.dispose()
    return database_url, newest


def problems(url: str) -> tuple[str, ...]:
    engine = open_database(url)
    try:
        return Stockpile(engine, "auditor", today=lambda: TODAY).check().problems
    finally:
        engine.dispose()


def remove_entry(url: str, entry: int) -> None:
    """With the rows it bound, which name it (coverage.py)."""
    tamper_outside_the_program(
        url,
        f"DELETE FROM audit_row WHERE entry_id = {entry}",  # noqa: S608
        f"DELETE FROM audit_entry WHERE id = {entry}",  # noqa: S608
        tables=("audit_entry", "audit_row"),
    )


def chain_problems(url: str) -> tuple[str, ...]:
    """What the chain itself says; the rows the removed entry bound are then in no entry, or in an
    older one that recorded them otherwise (test_row_coverage.py)."""
    return tuple(problem for problem in problems(url) if "Stockpile Tracker" not in problem)


def test_an_untouched_log_has_no_problem(recorded):
    url, newest = recorded
    assert newest > 3 and problems(url) == ()


@pytest.mark.parametrize("which", ["first", "middle", "newest"])
@pytest.mark.parametrize("field", sorted(EDITS))
def test_an_edited_field_of_any_entry_is_found(recorded, field, which):
    url, newest = recorded
    entry = {"first": 1, "middle": newest // 2, "newest": newest}[which]
    tamper_outside_the_program(url, f'UPDATE audit_entry SET "{field}" = {EDITS[field]} WHERE id = {entry}')  # noqa: S608
    (problem,) = problems(url)
    assert problem.startswith(f"audit entry {entry} (") and problem.endswith("was changed after it was written")


def test_a_rewritten_hash_breaks_the_link_to_the_next_entry(recorded):
    url, newest = recorded
    entry = newest - 1
    tamper_outside_the_program(url, f"UPDATE audit_entry SET hash = '{'f' * 64}' WHERE id = {entry}")  # noqa: S608
    changed, unlinked = problems(url)
    assert changed.startswith(f"audit entry {entry} (") and changed.endswith(") was changed after it was written")
    assert unlinked == f"audit entry {newest} does not follow entry {entry}"


def test_a_removed_newest_entry_is_found_by_the_head(recorded):
    url, newest = recorded
    remove_entry(url, newest)
    assert chain_problems(url) == (
        f"the audit log ends at entry {newest - 1} but its head says {newest}: entries were removed",
    )


@pytest.mark.parametrize("which", ["first", "middle"])
def test_a_removed_older_entry_leaves_a_gap(recorded, which):
    url, newest = recorded
    entry = {"first": 1, "middle": newest // 2}[which]
    remove_entry(url, entry)
    assert chain_problems(url) == (
        f"audit entries {entry}..{entry} are missing",
        f"audit entry {entry + 1} does not follow entry {entry - 1}",
    )


def test_a_split_is_audited_with_what_went_where(stockpile):
    """Rule 10: the entry says what changed, not only that something did."""
    seed_catalogue(stockpile)
    lot = receive(stockpile, "L-1", 100)
    new = stockpile.lots.split_lot(
        lot,
        new_lot_number="L-1-B",
        quantity=30,
        on=TODAY,
        category=None,
        authority_ref="SPLIT-1",
        reason="separate the damaged crates",
    )
    with stockpile.context.engine.connect() as connection:
        entry = connection.execute(select(AuditEntry).where(AuditEntry.action == "split_lot")).one()
    assert (entry.user, entry.entity_id, entry.reason) == ("alice", lot, "separate the damaged crates")
    assert json.loads(entry.before) == {"on_hand": 100, "retained": 0}
    after = json.loads(entry.after)
    assert (after["new_lot_id"], after["new_lot_number"], after["quantity"]) == (new.lot_id, "L-1-B", 30)
    assert after["category"] is None and after["movement_id"] == stockpile.queries.ledger(lot)[-1].id


def test_a_transfer_and_its_reversal_are_audited_on_their_ledger_entries(stockpile):
    seed_catalogue(stockpile)
    lot = receive(stockpile, "L-1", 100)
    stockpile.lots.transfer_out(lot, 30, TODAY, "TO-1", "to an ally")
    stockpile.lots.reverse(stockpile.queries.ledger(lot)[-1].id, "entered in error", TODAY)
    out, back = stockpile.queries.ledger(lot)[1:]
    with stockpile.context.engine.connect() as connection:
        entries = {
            entry.action: entry
            for entry in connection.execute(
                select(AuditEntry).where(AuditEntry.action.in_(["transfer_out", "reversal"]))
            )
        }
    assert (entries["transfer_out"].entity, entries["transfer_out"].entity_id) == ("movement", out.id)
    assert json.loads(entries["transfer_out"].after)["quantity"] == -30
    assert (entries["reversal"].entity, entries["reversal"].entity_id) == ("movement", back.id)
    assert json.loads(entries["reversal"].before)["quantity"] == -30
    assert json.loads(entries["reversal"].after)["quantity"] == 30


def test_a_retention_decision_and_a_stock_check_are_audited_with_their_figures(stockpile):
    seed_catalogue(stockpile)
    lot = receive(stockpile, "L-1", 100)
    stockpile.lots.change_retention(
        lot, quantity=40, category="korea", authority_ref="R-1", reason="reserve", valid_from=TODAY
    )
    stockpile.lots.change_retention(
        lot, quantity=30, category="korea", authority_ref="R-2", reason="less", valid_from=TODAY
    )
    stockpile.lots.stock_check(lot, 99, TODAY, "SC-1", "one missing")
    with stockpile.context.engine.connect() as connection:
        decisions = connection.execute(
            select(AuditEntry).where(AuditEntry.action == "retention_decision").order_by(AuditEntry.id)
        ).all()
        check = connection.execute(select(AuditEntry).where(AuditEntry.action == "stock_check")).one()
    assert json.loads(decisions[1].before) == {"retained": 40, "category": "korea"}
    assert json.loads(decisions[1].after)["retained"] == 30
    assert json.loads(check.before) == {"on_hand_on_that_date": 100}
    after = json.loads(check.after)
    assert (after["counted"], after["movement_id"]) == (99, stockpile.queries.ledger(lot)[-1].id)
