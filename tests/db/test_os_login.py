"""The operating-system login on every audit entry (issue 14, migration 0023): on a SQLite file the
name typed is all the record otherwise says of who worked, so the login the program ran under is
kept beside it, in the entry's hash; on PostgreSQL it only informs. On SQLite and on PostgreSQL
(STOCKPILE_TEST_PG_URL)."""

from __future__ import annotations

import json
from datetime import date, datetime

import pytest
from sqlalchemy import select

from stockpile_tracker.cli import main
from stockpile_tracker.db.models import AuditEntry
from stockpile_tracker.reports.status import status_report
from stockpile_tracker.services import Stockpile, operating_system_login
from stockpile_tracker.services.audit import entry_hash

from ..helpers import TODAY, receive, seed_catalogue, tamper_outside_the_program


def under_login(monkeypatch, stockpile: Stockpile, login: str, name: str) -> Stockpile:
    """The record opened by `name` in a program run under the operating-system login `login`
    (getpass reads LOGNAME first)."""
    monkeypatch.setenv("LOGNAME", login)
    return stockpile.as_user(name)


def entries(sp: Stockpile, *actions: str) -> list:
    with sp.context.engine.connect() as connection:
        query = select(AuditEntry).order_by(AuditEntry.id)
        if actions:
            query = query.where(AuditEntry.action.in_(actions))
        return list(connection.execute(query))


def recorded_by(sp: Stockpile, lot: int, certificate: str):
    return sp.destruction.record_event(
        occurred_on=TODAY,
        site="ANAD",
        method="open_detonation",
        officer="Capt. A. Smith",
        witness="B. Jones",
        certificate_number=certificate,
        lines={lot: 10},
    )


def test_the_login_is_read_as_names_are_kept(monkeypatch):
    monkeypatch.setenv("LOGNAME", "  cafe\u0301 ")
    assert operating_system_login() == "café"  # stripped, composed (NFC)
    monkeypatch.setenv("LOGNAME", "alice\u200b")  # an invisible character: the machine's word is not kept
    assert operating_system_login() == "unknown"
    monkeypatch.setenv("LOGNAME", "x" * 101)
    assert operating_system_login() == "unknown"


def test_every_entry_the_program_writes_carries_the_login(stockpile, monkeypatch):
    alice = under_login(monkeypatch, stockpile, "amartin", "alice")
    seed_catalogue(alice)
    receive(alice, "L-1", 100)
    under_login(monkeypatch, stockpile, "bmoore", "bob").lots.stock_check(
        alice.queries.find_lot("L-1").id, 99, TODAY, "SC-1", "one missing"
    )
    written = [e for e in entries(alice) if e.user != "upgrade"]  # the migrations' own entries hold none
    assert written and {e.os_login for e in written[:-1]} == {"amartin"}
    assert (written[-1].user, written[-1].os_login) == ("bob", "bmoore")
    assert alice.check().ok


def test_an_entry_without_a_login_hashes_as_before_and_a_login_is_never_read_as_rows():
    fields = dict(
        id=7,
        at=datetime(2026, 6, 30, 12, 0),
        user="alice",
        action="receipt",
        entity="lot",
        entity_id=1,
        before=None,
        after="{}",
        reason=None,
        prev_hash="0" * 64,
    )
    assert entry_hash(**fields, os_login=None) == entry_hash(**fields)
    assert entry_hash(**fields, os_login="a" * 64) != entry_hash(**fields, rows_hash="a" * 64)
    assert entry_hash(**fields, os_login="alice") != entry_hash(**fields)


@pytest.mark.parametrize(
    "edit",
    ["os_login = 'mallory'", "os_login = NULL", "os_login = upper(os_login)"],
    ids=["changed", "cleared", "capitalised"],
)
def test_a_login_edited_outside_the_program_breaks_the_chain(stockpile, database_url, monkeypatch, edit):
    alice = under_login(monkeypatch, stockpile, "amartin", "alice")
    seed_catalogue(alice)
    lot = receive(alice, "L-1", 100)
    receive(alice, "L-2", 100)
    [entry] = [e for e in entries(alice, "receipt") if e.entity_id == lot]
    tamper_outside_the_program(database_url, f"UPDATE audit_entry SET {edit} WHERE id = {entry.id}")  # noqa: S608
    assert alice.check().problems == (f"audit entry {entry.id} (receipt) was changed after it was written",)


def test_a_login_added_to_an_entry_written_without_one_breaks_the_chain(stockpile, database_url):
    """The upgrades' entries (0019 took the seeded profiles in) were written under no login."""
    seed_catalogue(stockpile)
    [first, *_] = [e for e in entries(stockpile) if e.os_login is None]
    tamper_outside_the_program(database_url, f"UPDATE audit_entry SET os_login = 'alice' WHERE id = {first.id}")  # noqa: S608
    assert stockpile.check().problems == (f"audit entry {first.id} ({first.action}) was changed after it was written",)


def test_the_operator_is_the_name_typed_with_the_login_beside_it(stockpile, monkeypatch):
    """Where the name typed is the identity (a SQLite file, and PostgreSQL's owner, as these tests
    connect); a login that is the identity is shown with the name typed instead (test_roles.py)."""
    assert under_login(monkeypatch, stockpile, "amartin", "Alice Martin").operator == "Alice Martin (OS login amartin)"
    martin = under_login(monkeypatch, stockpile, "amartin", "Alice Martin")
    report = status_report(martin, TODAY, printed_at=datetime(2026, 6, 30, 12, 0))
    assert " printed 2026-06-30 12:00 by Alice Martin (OS login amartin) - seal " in report.footer
    for language, words in (
        ("fr", "Alice Martin (identifiant du système amartin)"),
        ("es", "Alice Martin (usuario del sistema amartin)"),
    ):
        translated = status_report(martin, TODAY, printed_at=datetime(2026, 6, 30, 12, 0), language=language)
        assert translated.printed_by == words and "OS login" not in translated.footer  # every page's footer
    assert under_login(monkeypatch, stockpile, "alice", "alice").operator == "alice"
    assert under_login(monkeypatch, stockpile, "alice", "ALICE").operator == "ALICE"  # one name in any case
    monkeypatch.delenv("LOGNAME")
    for variable in ("USER", "LNAME", "USERNAME"):
        monkeypatch.setenv(variable, "alice\u202e")  # refused: the program cannot say
    assert Stockpile(stockpile.context.engine, "Alice Martin").operator == "Alice Martin"


def test_a_change_of_operator_keeps_the_login_on_its_entry_not_in_what_changed(stockpile, monkeypatch):
    alice = under_login(monkeypatch, stockpile, "amartin", "alice")
    seed_catalogue(alice)
    alice.change_operator("Alice Martin")
    [entry] = entries(alice, "change_operator")
    assert (json.loads(entry.before), json.loads(entry.after), entry.os_login) == (
        {"name": "alice"},
        {"name": "Alice Martin"},
        "amartin",
    )
    assert alice.check().ok


def test_a_certificate_recorded_under_the_verifiers_login_is_named(stockpile, monkeypatch):
    alice = under_login(monkeypatch, stockpile, "shared", "alice")
    seed_catalogue(alice)
    lot = receive(alice, "L-1", 100, on=date(2020, 1, 1))
    one = recorded_by(alice, lot, "C-1")
    other = recorded_by(under_login(monkeypatch, stockpile, "amartin", "alice"), lot, "C-2")
    bob = under_login(monkeypatch, stockpile, "SHARED", "bob")
    assert bob.destruction.shared_os_login(one.id) == "shared"  # one login in any case
    assert bob.destruction.shared_os_login(other.id) is None
    assert under_login(monkeypatch, stockpile, "bmoore", "bob").destruction.shared_os_login(one.id) is None
    bob.destruction.verify_certificate(one.id, verified_on=TODAY)  # a warning, not a refusal
    [verified] = entries(bob, "verify_certificate")
    assert (verified.user, verified.os_login) == ("bob", "SHARED")
    assert bob.check().ok


def test_db_check_proves_the_logins_and_names_an_edited_one(stockpile, database_url, monkeypatch, capsys):
    alice = under_login(monkeypatch, stockpile, "amartin", "alice")
    seed_catalogue(alice)
    lot = receive(alice, "L-1", 100)
    assert main(["--database", database_url, "db", "check"]) == 0
    assert "audit chain intact" in capsys.readouterr().out
    [entry] = [e for e in entries(alice, "receipt") if e.entity_id == lot]
    tamper_outside_the_program(database_url, f"UPDATE audit_entry SET os_login = 'bmoore' WHERE id = {entry.id}")  # noqa: S608
    assert main(["--database", database_url, "db", "check"]) == 1
    assert f"audit entry {entry.id} (receipt) was changed after it was written" in capsys.readouterr().out


def test_a_certificate_prints_the_logins_it_was_recorded_and_verified_under(stockpile, monkeypatch):
    """A domain review: the certificate said "Recorded by root, Verified K. Park" with nothing to
    show that one computer account did both; the paper now says under which logins, and warns."""
    from stockpile_tracker.reports.records import certificate_report

    alice = under_login(monkeypatch, stockpile, "shared", "alice")
    seed_catalogue(alice)
    lot = receive(alice, "L-1", 100, on=date(2020, 1, 1))
    one, other = recorded_by(alice, lot, "C-1"), recorded_by(alice, lot, "C-2")
    under_login(monkeypatch, stockpile, "shared", "bob").destruction.verify_certificate(one.id, verified_on=TODAY)
    under_login(monkeypatch, stockpile, "bmoore", "bob").destruction.verify_certificate(other.id, verified_on=TODAY)
    shared, apart = (certificate_report(stockpile, number) for number in ("C-1", "C-2"))
    assert dict(shared.tables[0].rows)["Recorded by"] == "alice (OS login shared)"
    assert dict(shared.tables[0].rows)["Verified"] == f"bob (OS login shared), {TODAY}"
    assert (
        shared.notes
        == (
            "Recorded and verified under one operating-system login (shared): where the names typed are the "
            "identity (a SQLite file), nothing else tells the two people apart.",
        )
        or stockpile.login is not None
    )
    assert dict(apart.tables[0].rows)["Verified"] == f"bob (OS login bmoore), {TODAY}" and not apart.notes
