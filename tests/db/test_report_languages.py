"""A report carries its language (issue 15): the status report built in French or Spanish prints
none of its fixed English texts, the same figures as in English, names its language, and keeps it
when frozen; the command line builds it in the language asked, whatever the window's."""

from __future__ import annotations

import re
from html import unescape

import pytest

from stockpile_tracker import i18n
from stockpile_tracker.cli import main
from stockpile_tracker.reports.document import Report, printable, to_html
from stockpile_tracker.reports.status import status_report

from ..helpers import PRINTED, TODAY
from ..unit.test_translations import messages, ts_file

TRANSLATED = ["fr", "es"]
CONTEXTS = {"Report", "StatusReport", "LossesTable", "Vocabulary"}  # what the status report prints
PLACEHOLDER = re.compile(r"\{\w*\}")


def english_texts(language: str) -> set[str]:
    """Every fixed text of the report's contexts as written in English, cut at its placeholders:
    the words that must not be left in a report in `language` (those its translation keeps, such
    as "Total" or "Type" in French, aside)."""
    texts = set()
    for (context, source), translation in messages(ts_file(language)).items():
        if context in CONTEXTS:
            kept = translation.text or ""
            written = {part.strip() for part in PLACEHOLDER.split(source) if len(part.strip()) > 3}
            texts.update(written - {part.strip() for part in PLACEHOLDER.split(kept)})
    return texts


def plain_text(html: str) -> str:
    return unescape(re.sub(r"<[^>]+>", " ", html)).replace("\xa0", " ")


def figures(report: Report) -> list[list[tuple[int | None, ...]]]:
    """Each table's figures, row by row in any order (a row's label sorts differently in each language)."""
    return [
        sorted(tuple(c for c in row if isinstance(c, int)) for row in (*t.rows, t.total_row or ()))
        for t in report.tables
    ]


@pytest.mark.parametrize("language", TRANSLATED)
def test_the_status_report_in_french_and_spanish_prints_no_english_fixed_text(demo, language):
    report = status_report(demo, TODAY, printed_at=PRINTED, language=language)
    text = plain_text(to_html(report))
    losses = demo.destruction.loss_totals(TODAY)
    typed = {loss.explanation for loss in (*losses.covered_losses, *losses.not_covered_losses)}
    for name in {demo.catalogue.active_profile().name, *(t.name for t in demo.catalogue.types()), *typed}:
        text = text.replace(name, " ")  # names and explanations are the record's, in its own words
    text = text.replace("stockpile-tracker db check --seal", " ")  # the command, as typed
    left = [
        found.group()
        for english in sorted(english_texts(language))
        if (found := re.search(rf".{{0,40}}(?<!\w){re.escape(english)}(?!\w).{{0,40}}", text))
    ]
    assert not left, left
    assert report.language == language and printable(report).language == language


@pytest.mark.parametrize("language", TRANSLATED)
def test_the_status_report_in_another_language_has_the_english_figures(demo, language):
    english = status_report(demo, TODAY, printed_at=PRINTED)
    other = status_report(demo, TODAY, printed_at=PRINTED, language=language)
    assert len(other.tables) == len(english.tables) > 10
    assert figures(other) == figures(english)
    assert sum(len(t.rows) for t in other.tables) >= 50  # the demo's figures, not empty tables


def test_the_report_names_its_language_and_its_figures_read_in_it(demo):
    french, spanish = (plain_text(to_html(status_report(demo, TODAY, language=lang))) for lang in TRANSLATED)
    english = plain_text(to_html(status_report(demo, TODAY)))
    assert ", in English" in english and ", en français" in french and ", en español" in spanish
    held = demo.queries.scope_totals(TODAY).covered.held
    assert held >= 1000  # a figure with thousands
    assert f"{held:,}" in english
    assert f"{held:,}".replace(",", "\u202f") in french and f"{held:,}".replace(",", ".") in spanish


def test_a_report_is_in_its_own_language_whatever_the_window_speaks(demo):
    """The window in Spanish builds a French report in French: no global language is read."""
    try:
        i18n.use_language("es")
        report = status_report(demo, TODAY, language="fr")
    finally:
        i18n.use_language(i18n.ENGLISH)
    assert report.title == "Situation des stocks" and "Stockpile status" not in to_html(report)


def test_a_frozen_report_keeps_its_language_and_prints_its_pages_in_it(demo, tmp_path, qapp):
    from stockpile_tracker.qt.printing import write_pdf

    from .test_reports import pdf_text

    kept = printable(status_report(demo, TODAY, printed_at=PRINTED, language="es"))
    demo.archive.freeze(kind="status", period=TODAY.isoformat(), report=kept)
    frozen = demo.archive.frozen("status", TODAY.isoformat())
    assert frozen is not None
    assert (frozen.language, frozen.html, frozen.footer, frozen.marking) == (
        "es",
        kept.html,
        kept.footer,
        kept.marking,
    )
    pages = write_pdf(frozen, tmp_path / "frozen.pdf")
    text = pdf_text(tmp_path / "frozen.pdf")
    assert f"página 1 de {pages}" in text and f"página {pages} de {pages}" in text
    assert "Situación de las existencias - al 2026-06-30 - impreso el 2026-06-30 09:00 por reader" in text


def test_the_command_line_prints_the_report_in_the_language_asked(demo_url, tmp_path, capsys):
    from .test_reports import pdf_text

    pdf, csv = tmp_path / "status.pdf", tmp_path / "status.csv"
    asked = ["--database", demo_url, "report", "status", "--as-of", "2026-06-30", "--language", "fr"]
    assert main([*asked, "--pdf", str(pdf), "--csv", str(csv)]) == 0
    text = pdf_text(pdf)
    assert "Situation des stocks" in text and "page 1 sur " in text and "en français" in text
    assert "Stockpile status" not in text and "page 1 of" not in text
    assert csv.read_text(encoding="utf-8-sig").startswith("Situation des stocks,au 2026-06-30,")
    # the window's --language, before the command, chooses the report's too
    assert main(["--language", "es", *asked[:-2], "--csv", str(csv)]) == 0
    assert csv.read_text(encoding="utf-8-sig").startswith("Situación de las existencias,al 2026-06-30,")
    with pytest.raises(SystemExit):
        main([*asked[:-2], "--language", "de", "--csv", str(csv)])
    assert "invalid choice: 'de'" in capsys.readouterr().err
