"""Words, never internal codes (DOMAIN.md section 5): what the record stores (article3,
legal_hold, open_detonation, rule numbers) never reaches a report, a CSV file or a message."""

from __future__ import annotations

import re
from html import unescape

from stockpile_tracker.domain import enums
from stockpile_tracker.domain.errors import RuleViolation
from stockpile_tracker.reports.article7 import article7_report
from stockpile_tracker.reports.document import to_csv, to_html
from stockpile_tracker.reports.progress import progress_report
from stockpile_tracker.reports.records import certificate_report, lot_history_report
from stockpile_tracker.reports.status import status_report
from stockpile_tracker.services import LotFilter

from ..helpers import TODAY, receive, refused, seed_catalogue
from ..unit.test_stored_words import internal_codes


def found_codes(text: str) -> list[str]:
    found = [code for code in internal_codes() if re.search(rf"(?<![\w-]){re.escape(code)}(?![\w-])", text)]
    return found + re.findall(r"\brule \d+\b|\[check\]", text)


def test_reports_on_the_demo_name_no_internal_code(demo):
    retained = demo.queries.lots(LotFilter(retention="retained"), limit=None)
    kept = {lot.retention_category: lot.id for lot in retained}
    assert set(kept) == {"korea", "article3"}
    suspended = [lot.id for lot in demo.queries.lots(limit=None) if lot.suspended]
    assert suspended
    programme = demo.destruction.programmes()[0]
    certificates = {event.method: event.certificate_number for event in demo.destruction.events()}
    reports = [
        status_report(demo, TODAY),
        progress_report(demo, programme.id),
        article7_report(demo, TODAY.year - 1),
        *(lot_history_report(demo, lot_id) for lot_id in [*kept.values(), *suspended]),
        *(certificate_report(demo, number) for number in certificates.values()),
    ]
    for report in reports:
        text = unescape(re.sub(r"<[^>]+>", " ", to_html(report).split("</style>")[1]))
        assert found_codes(text) == [], report.title
        assert found_codes(to_csv(report)) == [], report.title
    catalogue = " ".join(t.notes or "" for t in demo.catalogue.types())
    assert found_codes(catalogue) == [] and "to be confirmed" in catalogue


def test_a_refusal_names_its_rule_in_words(stockpile, engine):
    seed_catalogue(stockpile)
    lot = receive(stockpile, "L-1", 100)
    stockpile.lots.change_retention(
        lot,
        quantity=100,
        category="article3",
        institution="School",
        authority_ref="A3",
        reason="training",
        valid_from=TODAY,
    )
    err = refused(engine, RuleViolation, stockpile.lots.transfer_out, lot, 10, TODAY, "T-1", "to a unit")
    assert err.rule is enums.Rule.RETENTION_LOCK  # the code stays, for programs and the check's JSON
    assert str(err).endswith("(retention lock: retained mines cannot be scheduled, moved or destroyed)")
    assert found_codes(str(err)) == []
