"""Reports as files, without a database: HTML escaping, CSV formula neutralising, the forecast's
arithmetic and the stockpile filter in words."""

from __future__ import annotations

import csv
import io
from datetime import date

from stockpile_tracker.reports.document import Report, Signature, Table, to_csv, to_html

from ..helpers import PRINTED


def test_html_escapes_every_value():
    hostile = "<script>alert('x')</script> & co"
    report = Report(
        hostile,
        hostile,
        "as of today",
        hostile,
        PRINTED,
        (Table(hostile, (hostile, "n"), ((hostile, 1),)),),
        notes=(hostile,),
        signatures=(Signature(hostile, hostile),),
        marking=hostile,
        selection=hostile,
    )
    html = to_html(report)
    assert "<script>" not in html
    # title, heading, organisation, marking, filter, printed by, table title, column, cell, note,
    # signature role and name
    assert html.count("&lt;script&gt;") == 12


def test_csv_neutralises_formulas_and_keeps_plain_numbers():
    report = Report(
        "T",
        "Org",
        "as of",
        "me",
        PRINTED,
        (Table("Lots", ("Lot", "Note", "On hand"), (('=HYPERLINK("x")', "+1", 1234567), ("@SUM(A1)", "-2", -5))),),
    )
    rows = list(csv.reader(io.StringIO(to_csv(report))))
    assert rows[2:4] == [["Lots"], ["Lot", "Note", "On hand"]]
    assert rows[4] == ['\'=HYPERLINK("x")', "'+1", "1234567"]
    assert rows[5] == ["'@SUM(A1)", "'-2", "-5"]
    assert rows[6] == ["Total", "", "1234562"]


def test_forecast_completion_on_a_known_rate():
    from stockpile_tracker.domain.rules import forecast_completion

    assert forecast_completion(1200, 100.0, date(2026, 6, 30)) == date(2027, 6, 1)  # 12 months
    assert forecast_completion(1250, 100.0, date(2026, 6, 30)) == date(2027, 7, 1)  # part of a 13th month
    assert forecast_completion(0, 0.0, date(2026, 6, 30)) == date(2026, 6, 30)
    assert forecast_completion(10, 0.0, date(2026, 6, 30)) is None


def test_the_stockpile_filter_in_words():
    from stockpile_tracker.services import LotFilter

    assert LotFilter().description == "All lots"
    assert LotFilter(retention="surplus", type="M16", site="ANAD", text="ab").description == (
        "Surplus; type M16; site ANAD; search 'ab'"
    )
    assert (
        LotFilter(retention="retained", category="AV", sd_class="persistent", status="partially_destroyed").description
        == "Retained; anti-vehicle; persistent; partially destroyed"
    )
