"""Opening balances (DOMAIN.md section 2): the stock an office already holds when its record starts,
taken on charge as of a day. It counts as stock everywhere, and is never an acquisition: the first
import of a national spreadsheet raises no acquisition-ban finding."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from stockpile_tracker.cli import main
from stockpile_tracker.domain.enums import Rule
from stockpile_tracker.domain.errors import InvalidInput
from stockpile_tracker.reports.article7 import article7_report
from stockpile_tracker.reports.records import lot_history_report
from stockpile_tracker.reports.status import status_report

from ..helpers import TODAY, receive, report_table, seed_catalogue, snapshot

HELD_TODAY = (  # a national spreadsheet of what is held: no received_on
    "lot_number,type,quantity,site,retention,received_on\n"
    "H-1,M67,1000,ANAD,,\n"
    "H-2,M16,400,CAMP-C,korea,\n"
    "H-3,M67,250,ANAD,,2020-03-01\n"
)


@pytest.fixture
def sp(stockpile):
    seed_catalogue(stockpile)
    return stockpile


def acquisition_findings(sp) -> list:
    return [finding for finding in sp.compliance.findings() if finding.rule is Rule.ACQUISITION]


def kinds(sp, lot_number: str) -> list[tuple[str, date, int]]:
    lot = sp.queries.find_lot(lot_number)
    return [(entry.kind, entry.occurred_on, entry.quantity) for entry in sp.queries.ledger(lot.id)]


def test_importing_the_stock_held_today_raises_no_acquisition_finding(sp):
    """The case reproduced on main: rows without received_on were receipts dated today, after the
    US 2022 policy's acquisition ban, and each one an acquisition finding."""
    assert sp.catalogue.active_profile().code == "us-2022"
    plan = sp.imports.import_lots(HELD_TODAY.encode(), source="held.csv")
    assert acquisition_findings(sp) == []
    assert kinds(sp, "H-1") == [("opening_balance", TODAY, 1000)]
    assert kinds(sp, "H-3") == [("receipt", date(2020, 3, 1), 250)]  # a dated row stays a receipt
    assert sp.queries.totals().on_hand == plan.quantity == 1650
    assert sp.check().ok


def test_a_row_received_after_the_ban_is_still_an_acquisition(sp):
    sp.imports.import_lots(
        (HELD_TODAY + "H-4,M67,30,ANAD,,2023-05-02\n").encode(), source="held.csv", as_of=date(2023, 1, 1)
    )
    (finding,) = acquisition_findings(sp)
    assert finding.quantity == 30 and finding.lots == ("H-4",)
    assert kinds(sp, "H-1") == [("opening_balance", date(2023, 1, 1), 1000)]


def test_an_opening_balance_is_stock_like_any_other_and_says_what_it_is(sp):
    """Status and Form B count it as they count a receipt of the same day; the ledger and the lot
    history call it an opening balance; no profile warns of it, however late the record starts."""
    sp.catalogue.set_active_profile("ottawa")  # bans acquisition from 1999
    on = date(2025, 3, 1)
    opening = sp.lots.record_opening_balance(
        lot_number="O-1", type="M67", site="ANAD", quantity=700, as_of=on, document_ref="ledger book 1"
    )
    assert opening.warnings == ()
    receive(sp, "R-1", 700, on=on)
    assert sp.queries.find_lot("O-1").on_hand == sp.queries.find_lot("R-1").on_hand == 700
    (summary,) = [t for t in status_report(sp, TODAY).tables if t.title.startswith("Summary by category, covered")]
    assert summary.total_row[2] == 1400  # on hand
    form_b = report_table(article7_report(sp, 2025), "Form B")
    assert form_b.rows == (("M67", 1400, "O-1, R-1", None),)
    history = {table.title: table for table in lot_history_report(sp, opening.lot_id).tables}["Ledger"]
    assert history.rows[0][1:5] == (on, "opening balance", "ANAD", 700)
    assert [finding.lots for finding in acquisition_findings(sp)] == [("R-1",)]


def test_an_opening_balance_cannot_be_dated_in_the_future(sp, engine):
    before = snapshot(engine)
    with pytest.raises(InvalidInput, match="is in the future"):
        sp.lots.record_opening_balance(
            lot_number="O-1", type="M67", site="ANAD", quantity=5, as_of=TODAY + timedelta(days=1)
        )
    with pytest.raises(InvalidInput, match="opening balance date: 2026-07-01 is in the future"):
        sp.imports.plan_lots(HELD_TODAY.encode(), as_of=TODAY + timedelta(days=1))
    assert snapshot(engine) == before


def test_the_database_takes_opening_balances_in_only(sp, engine):
    """Migration 0006's CHECKs: an opening balance is a kind, and an incoming one."""
    lot = sp.lots.record_opening_balance(lot_number="O-1", type="M67", site="ANAD", quantity=5, as_of=TODAY).lot_id
    with pytest.raises(DBAPIError, match="incoming_positive"), engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO movement (lot_id, holding_id, kind, occurred_on, quantity, recorded_by, recorded_at) "
                "VALUES (:lot, (SELECT id FROM holding WHERE lot_id = :lot), 'opening_balance', '2026-06-30', -1, "
                "'x', '2026-06-30 00:00:00')"
            ),
            {"lot": lot},
        )


def test_cli_as_of_dates_the_opening_balances_and_a_dry_run_says_what_the_import_does(
    sp, engine, database_url, tmp_path, capsys
):
    path = tmp_path / "held.csv"
    path.write_text(HELD_TODAY)
    options = ["--database", database_url, "import", "lots", str(path), "--as-of", "1997-01-01"]
    before = snapshot(engine)
    assert main([*options, "--dry-run"]) == 0
    assert snapshot(engine) == before
    assert main(options) == 0
    said = "3 lots, 1,650 mines (2 opening balances as of 1997-01-01)\n"
    assert capsys.readouterr().out == f"would import {said}imported {said}"
    assert kinds(sp, "H-2") == [("opening_balance", date(1997, 1, 1), 400)]
    assert acquisition_findings(sp) == []


@pytest.mark.parametrize(
    "as_of, refusal",
    [
        ("1996-12-31", "--as-of: 1996-12-31 is before 1997, the year the Convention was signed"),
        ("{tomorrow}", "--as-of: {tomorrow} is in the future"),
    ],
)
def test_cli_as_of_keeps_the_bounds_of_every_dated_option(sp, engine, database_url, tmp_path, capsys, as_of, refusal):
    """The command line's clock is the real one: tomorrow is refused whatever day the test runs."""
    tomorrow = (date.today() + timedelta(days=1)).isoformat()
    path = tmp_path / "held.csv"
    path.write_text(HELD_TODAY)
    before = snapshot(engine)
    assert (
        main(["--database", database_url, "import", "lots", str(path), "--as-of", as_of.format(tomorrow=tomorrow)]) == 2
    )
    assert capsys.readouterr().err == f"stockpile-tracker: {refusal.format(tomorrow=tomorrow)}\n"
    assert snapshot(engine) == before


def test_the_import_window_asks_the_opening_balance_date(sp, qapp, tmp_path):
    from stockpile_tracker.qt.import_dialog import ImportDialog

    path = tmp_path / "held.csv"
    path.write_text(HELD_TODAY)
    dialog = ImportDialog(sp, "lots", str(path))
    assert dialog.opening_edit.value == TODAY
    assert (dialog.opening_edit.minimumDate().year(), dialog.opening_edit.maximumDate().toPython()) == (1997, TODAY)
    dialog.opening_edit.value = date(2010, 5, 4)
    shown = [dialog.rows_model.index(row, 6).data() for row in range(dialog.rows_model.rowCount())]
    assert shown == ["opening balance, 2010-05-04", "opening balance, 2010-05-04", "receipt, 2020-03-01"]
    dialog.accept()
    assert kinds(sp, "H-1") == [("opening_balance", date(2010, 5, 4), 1000)]
    assert acquisition_findings(sp) == []


def test_an_opening_balance_entered_after_the_record_started_is_flagged(sp, monkeypatch):
    """Stock taken on charge when the record starts is no acquisition; entered days later into a
    record with a history, it may hide one: a warning, not silence (from the adversary review)."""
    from datetime import datetime

    from stockpile_tracker.services import importing

    receive(sp, "OLD-1", 100, on=date(2010, 1, 1))  # the record started today (the computer's clock)
    later = datetime.now() + timedelta(days=3)
    monkeypatch.setattr(importing, "utc_now", lambda: later)
    sp.imports.import_lots(HELD_TODAY.encode(), source="held.csv")
    (finding,) = acquisition_findings(sp)
    assert (finding.severity, finding.quantity, set(finding.lots)) == ("warning", 1400, {"H-1", "H-2"})
    assert "opening balances after the record was started" in finding.message
