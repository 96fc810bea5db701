"""What the office writes into a year's Article 7 report (issue 13): the cover's details, the text
forms and the tables' notes; carried forward as a draft, refused for a frozen year, append-only,
printed in every format, and compared with the last report submitted."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from stockpile_tracker.cli import main
from stockpile_tracker.db.models import ARTICLE7_PARTS
from stockpile_tracker.domain.enums import Article7Part
from stockpile_tracker.domain.errors import InvalidInput, RuleViolation, StockpileError
from stockpile_tracker.reports.article7 import article7_report
from stockpile_tracker.reports.document import Report, to_csv, to_html
from stockpile_tracker.reports.registry import REPORTS_BY_NAME, freeze, prepare
from stockpile_tracker.services.article7 import Submission

from ..helpers import PRINTED, destroyed_and_verified, receive, refused, report_table, seed_catalogue, snapshot

NATIONAL = "The Anti-Personnel Mines Act 1998.\n\nPenal sanctions: section 2."


def cover(report: Report) -> dict[str, str]:
    return {str(row[0]): str(row[1]) for row in report_table(report, "Cover").rows}


def forms_status(report: Report) -> dict[str, tuple]:
    return {str(row[0])[: len("Form A")]: row[1:] for row in report_table(report, "Forms in this report").rows}


def test_the_database_takes_exactly_the_parts_the_program_names():
    assert ARTICLE7_PARTS == "(" + ", ".join(f"'{part.value}'" for part in Article7Part) + ")"


@pytest.fixture
def sp(stockpile):
    seed_catalogue(stockpile)
    receive(stockpile, "L-1", 500, type="M16", on=date(2020, 1, 10))
    return stockpile


def test_a_text_is_carried_forward_as_a_draft_and_the_submission_is_each_years_own(sp):
    sp.article7.write(2024, {"A": NATIONAL, "cover_state": "Utopia"})
    freeze(sp, prepare(sp, REPORTS_BY_NAME["article7"], {"year": 2024}), Submission(date(2025, 4, 28), "R-1"))
    submitted = sp.article7.texts(2024)
    assert (
        submitted[Article7Part.SUBMITTED_ON].text == "2025-04-28" and submitted[Article7Part.SUBMITTED_ON].year == 2024
    )
    assert submitted[Article7Part.SUBMISSION_REF].written_by == sp.user
    texts = sp.article7.texts(2025)
    assert texts[Article7Part.FORM_A].text == NATIONAL and texts[Article7Part.FORM_A].carried_from(2025) == 2024
    assert Article7Part.SUBMITTED_ON not in texts and Article7Part.SUBMISSION_REF not in texts
    sp.article7.write(2025, {"A": "Amended in 2025."})
    sp.article7.write(2025, {"A": "Amended in 2025, section 3."})  # the newest is in force
    assert sp.article7.texts(2025)[Article7Part.FORM_A].text == "Amended in 2025, section 3."
    assert sp.article7.texts(2024)[Article7Part.FORM_A].text == NATIONAL  # a later year never reaches back


@pytest.mark.parametrize(
    ("year", "parts", "field"),
    [
        (2025, {"K": "x"}, "part"),
        (1996, {"A": "x"}, "year"),
        (2025, {"A": "   "}, "Form A - national implementation measures"),
        (2025, {"A": "x" * 20_001}, "Form A - national implementation measures"),
        (2025, {"cover_state": "two\nlines"}, "State"),
        (2025, {"submitted_on": "2026-04-28"}, "Date of submission"),  # recorded as the report is frozen
        (2025, {"cover_state": "Utopia", "A": " "}, "Form A - national implementation measures"),  # all or none
        (2025, {}, "part"),
    ],
)
def test_bad_texts_are_refused_naming_the_field_and_nothing_is_written(sp, engine, year, parts, field):
    error = refused(engine, InvalidInput, sp.article7.write, year, parts)
    assert error.field == field


def test_a_frozen_year_takes_no_text(sp, engine):
    prepared = prepare(sp, REPORTS_BY_NAME["article7"], {"year": 2025})
    freeze(sp, prepared, Submission(date(2026, 4, 28)))
    error = refused(engine, RuleViolation, sp.article7.write, 2025, {"A": NATIONAL})
    assert "and nothing was saved: write into 2026" in str(error)


def test_the_texts_are_append_only_in_the_database(sp, engine):
    sp.article7.write(2025, {"A": NATIONAL})
    for statement in ("UPDATE article7_text SET text = 'rewritten'", "DELETE FROM article7_text"):
        with pytest.raises(DBAPIError, match="append-only"), engine.begin() as connection:
            connection.execute(text(statement))


def test_the_cover_and_the_text_forms_print_in_every_format(sp):
    sp.article7.write(
        2024,
        {
            "cover_state": "Utopia",
            "cover_contact": "J. Doe",
            "C": "Not applicable: no mined areas.",
            "B": "Counted in March.",
        },
    )
    sp.article7.write(2025, {"A": NATIONAL})
    assert cover(article7_report(sp, 2025))["Date of submission"] == (
        "not submitted: a draft until it is frozen as submitted"
    )
    report = article7_report(sp, 2025, printed_at=PRINTED, submission=Submission(date(2026, 4, 28), "APLC/2026/7"))
    details = cover(report)
    assert details["State"] == "Utopia" and details["Point of contact"] == "J. Doe"
    assert details["Date of submission"] == f"2026-04-28, recorded by {sp.user}"
    assert details["Submission reference"] == "APLC/2026/7" and details["Telephone"] == "not given"
    titles = [table.title for table in report.tables]
    letters = [t[len("Form ")] for t in titles if t.startswith("Form ")]
    assert letters == sorted(letters) and set(letters) == set("ABCDEFGHIJ")  # A to J, in order
    assert report_table(report, "Form A - national").text == NATIONAL
    # submitted, it prints as sent: no draft's marks, and the cover does not ask whether texts were reviewed
    assert report_table(report, "Form C - location").text == "Not applicable: no mined areas."
    assert report_table(report, "Form B - stockpiled anti-personnel mines at").text == "Counted in March."
    assert report_table(report, "Forms in this report").columns == ("Form", "Since the last report")
    assert "draft" not in to_csv(report) and "Carried forward" not in to_csv(report)
    draft = article7_report(sp, 2025, printed_at=PRINTED)
    carried = "(Carried forward from the 2024 report: review it for 2025.)"
    assert report_table(draft, "Form C - location").text == f"Not applicable: no mined areas.\n\n{carried}"
    assert report_table(draft, "Form B - stockpiled anti-personnel mines at").text == f"Counted in March.\n\n{carried}"
    assert report_table(draft, "Form E - ").text == "Not written for this report."
    status = forms_status(draft)
    assert status["Form A"] == ("first report", "written for 2025")
    assert status["Form C"] == ("first report", "carried forward from 2024: to review")
    assert status["Form E"] == status["Form J"] == ("first report", "not written")  # J is text too
    assert status["Form D"] == ("first report", "no note")  # a table form: the note is optional
    assert cover(draft)["State"] == "Utopia (carried forward from 2024: review it for 2025)"
    html, csv_text = to_html(report), to_csv(report)
    for printed in (html, csv_text):
        assert "Utopia" in printed and "APLC/2026/7" in printed and "Not applicable: no mined areas." in printed
    assert "<p>The Anti-Personnel Mines Act 1998.</p><p>Penal sanctions: section 2.</p>" in html
    assert NATIONAL in csv_text


def test_each_form_says_whether_it_changed_since_the_last_report_submitted(sp, verifier):
    """2024 frozen; in 2025 only a destruction and Form A's text change: B, G and A changed, and C
    (the same text carried forward), E and I unchanged."""
    sp.article7.write(2024, {"A": NATIONAL, "C": "Not applicable."})
    freeze(sp, prepare(sp, REPORTS_BY_NAME["article7"], {"year": 2024}), Submission(date(2025, 4, 28)))
    unchanged = forms_status(article7_report(sp, 2025, printed_at=PRINTED))
    assert {letter for letter, (changed, _text) in unchanged.items() if changed == "changed"} == set()
    lot = sp.queries.find_lot("L-1").id
    destroyed_and_verified(sp, verifier, lot, date(2025, 3, 1))
    sp.article7.write(2025, {"A": "Amended in 2025."})
    report = article7_report(sp, 2025, printed_at=PRINTED)
    status = forms_status(report)
    assert report_table(report, "Forms in this report").columns[1] == "Since the report for 2024"
    assert {letter for letter, (changed, _text) in status.items() if changed == "changed"} == {
        "Form A",
        "Form B",
        "Form G",
    }


def test_the_command_line_writes_and_shows_the_texts(sp, database_url, tmp_path, capsys):
    text_file = tmp_path / "a.txt"
    text_file.write_text(NATIONAL, encoding="utf-8")
    url = ["--database", database_url]
    assert main([*url, "article7", "set", "--year", "2025", "--form", "A", "--text-file", str(text_file)]) == 0
    assert main([*url, "article7", "cover", "--year", "2025", "--state", "Utopia"]) == 0
    assert main([*url, "article7", "show", "--year", "2026"]) == 0
    shown = capsys.readouterr().out
    assert "State: Utopia (carried forward from 2025" in shown
    assert "Form A - national implementation measures: The Anti-Personnel Mines Act 1998. ..." in shown
    assert "Date of submission: not written" in shown  # each year's own
    assert sp.article7.texts(2025)[Article7Part.FORM_A].text == NATIONAL


@pytest.mark.parametrize(
    ("arguments", "says"),
    [
        (
            ["set", "--year", "2025", "--form", "A", "--text-file", "missing.txt"],
            "--text-file missing.txt: No such file",
        ),
        (["set", "--year", "2025", "--form", "A", "--text-file", "latin1.txt"], "not UTF-8 text"),
        (["cover", "--year", "2025"], "say what to write"),
        (["set", "--year", "20255", "--form", "A", "--text-file", "a.txt"], "is not a calendar year"),
    ],
)
def test_the_command_line_refuses_bad_texts_and_writes_nothing(
    sp, database_url, tmp_path, monkeypatch, capsys, arguments, says
):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "latin1.txt").write_bytes("Loi n\xb0 98".encode("latin-1"))
    (tmp_path / "a.txt").write_text("x", encoding="utf-8")
    assert main(["--database", database_url, "article7", *arguments]) == 2
    assert says in capsys.readouterr().err
    assert sp.article7.texts(2025) == {}


def test_freezing_records_the_submission_on_the_cover_all_or_none(sp, database_url, tmp_path, capsys):
    """`report article7 --freeze --submitted-on --reference`: the file written is the report kept,
    its cover names the submission, and the submission is recorded with the freeze."""
    url = ["--database", database_url, "report", "article7", "--year", "2025"]
    printed = tmp_path / "2025.csv"
    refusals = [
        (["--submitted-on", "2026-04-28", "--csv", str(printed)], "add --freeze"),
        (["--freeze", "--submitted-on", "2025-12-31", "--csv", str(printed)], "before the end of 2025"),
        (["--freeze", "--submitted-on", "2099-01-01", "--csv", str(printed)], "is in the future"),
        (["--freeze", "--csv", str(printed)], "--submitted-on: say the day the report was submitted"),
        (
            ["--freeze", "--submitted-on", "2026-04-28", "--reference", "two\x1blines", "--csv", str(printed)],
            "Submission reference",
        ),
    ]
    for arguments, says in refusals:
        assert main([*url, *arguments]) == 2
        assert says in capsys.readouterr().err
        assert sp.archive.frozen("article7", "2025") is None and sp.article7.texts(2025) == {}
        assert not printed.exists()
    arguments = ["--freeze", "--submitted-on", "2026-04-28", "--reference", "APLC/2026/7", "--csv", str(printed)]
    assert main([*url, *arguments]) == 0
    written = printed.read_text(encoding="utf-8-sig")
    assert 'Date of submission,"2026-04-28, recorded by ' in written
    assert "Submission reference,APLC/2026/7" in written
    assert sp.archive.frozen("article7", "2025").csv == written
    texts = sp.article7.texts(2025)
    assert (texts[Article7Part.SUBMITTED_ON].text, texts[Article7Part.SUBMISSION_REF].text) == (
        "2026-04-28",
        "APLC/2026/7",
    )


def test_the_service_freezes_an_article7_report_only_with_its_submission(sp, engine):
    report = prepare(sp, REPORTS_BY_NAME["article7"], {"year": 2025}).printable
    error = refused(engine, InvalidInput, sp.archive.freeze, kind="article7", period="2025", report=report)
    assert error.field == "date of submission"


@pytest.mark.parametrize("change", ["text", "ledger"])
def test_a_report_is_frozen_only_as_it_was_shown(sp, engine, change):
    """The officer freezes what the preview showed: a text or a ledger entry written by someone else
    after it was built makes the freeze refused, and nothing is written."""
    shown = prepare(sp, REPORTS_BY_NAME["article7"], {"year": 2025})
    if change == "text":
        sp.article7.write(2025, {"A": "Written by another user."})
    else:
        receive(sp, "L-LATE", 5, on=date(2025, 6, 1))
    before = snapshot(engine)
    with pytest.raises(StockpileError, match="the record changed after the report for 2025 was shown"):
        freeze(sp, shown, Submission(date(2026, 4, 28)))
    assert snapshot(engine) == before and sp.archive.frozen("article7", "2025") is None
    again = prepare(sp, REPORTS_BY_NAME["article7"], {"year": 2025})  # looked at again: frozen
    assert freeze(sp, again, Submission(date(2026, 4, 28))).period == "2025"


def test_a_year_before_the_profile_took_effect_is_never_frozen(sp, engine):
    """A freeze is for ever: 2021, before the US policy of June 2022, owes no report."""
    shown = prepare(sp, REPORTS_BY_NAME["article7"], {"year": 2021})
    error = refused(engine, InvalidInput, freeze, sp, shown, Submission(date(2022, 4, 28)))
    assert error.field == "year" and "2021 is before" in str(error) and "(2022-06-21)" in str(error)
    assert sp.archive.frozen("article7", "2021") is None


def test_an_empty_cover_detail_on_the_command_line_names_its_field(sp, database_url, capsys):
    assert main(["--database", database_url, "article7", "cover", "--year", "2025", "--state", ""]) == 2
    assert capsys.readouterr().err == "stockpile-tracker: State: is required\n"
