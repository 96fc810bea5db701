"""A report carries its language (issue 15): the status report built in French or Spanish prints
none of its fixed English texts, the same figures as in English, names its language, and keeps it
when frozen; the command line builds it in the language asked, whatever the window's."""

from __future__ import annotations

import csv
import io
import re
from datetime import date
from html import unescape

import pytest

from stockpile_tracker import i18n
from stockpile_tracker.cli import main
from stockpile_tracker.domain.enums import Article7Part, label
from stockpile_tracker.i18n import ENGLISH, Translator, figure_in
from stockpile_tracker.reports.article7 import article7_report, form_prefixes
from stockpile_tracker.reports.document import (
    FIGURE_IN_TEXT,
    Report,
    cell_text,
    percent,
    printable,
    tables_csv,
    to_html,
)
from stockpile_tracker.reports.progress import progress_report
from stockpile_tracker.reports.records import certificate_report, lot_history_report
from stockpile_tracker.reports.registry import REPORTS_BY_NAME, freeze, prepare
from stockpile_tracker.reports.status import status_report
from stockpile_tracker.services.article7 import Submission

from ..helpers import PRINTED, TODAY, destroyed_and_verified, receive, seed_catalogue
from ..unit.test_translations import messages, ts_file

TRANSLATED = ["fr", "es"]
CONTEXTS = {"Report", "StatusReport", "LossesTable", "Vocabulary"}  # what the status report prints
PLACEHOLDER = re.compile(r"\{\w*\}")


def english_texts(language: str, contexts: set[str] = CONTEXTS) -> set[str]:
    """Every fixed text of the report's contexts as written in English, cut at its placeholders:
    the words that must not be left in a report in `language` (those its translation keeps, such
    as "Total" or "Type" in French, aside)."""
    texts = set()
    for (context, source), translation in messages(ts_file(language)).items():
        if context in contexts:
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
    assert report.title == "État des stocks" and "Stockpile status" not in to_html(report)


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
    assert "Estado de las existencias - al 2026-06-30 - impreso el 2026-06-30 09:00 por reader" in text


def test_the_command_line_prints_the_report_in_the_language_asked(demo_url, tmp_path, capsys):
    from .test_reports import pdf_text

    pdf, csv = tmp_path / "status.pdf", tmp_path / "status.csv"
    asked = ["--database", demo_url, "report", "status", "--as-of", "2026-06-30", "--language", "fr"]
    assert main([*asked, "--pdf", str(pdf), "--csv", str(csv)]) == 0
    text = pdf_text(pdf)
    assert "État des stocks" in text and "page 1 sur " in text and "en français" in text
    assert "Stockpile status" not in text and "page 1 of" not in text
    assert csv.read_text(encoding="utf-8-sig").startswith("État des stocks,au 2026-06-30,")
    # the window's --language, before the command, chooses the report's too
    assert main(["--language", "es", *asked[:-2], "--csv", str(csv)]) == 0
    assert csv.read_text(encoding="utf-8-sig").startswith("Estado de las existencias,al 2026-06-30,")
    with pytest.raises(SystemExit):
        main([*asked[:-2], "--language", "de", "--csv", str(csv)])
    assert "invalid choice: 'de'" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("environment", "expected"),
    [({"LANG": "fr_FR.UTF-8"}, "État des stocks"), ({"LANGUAGE": "es:en", "LANG": "C"}, "Estado de las existencias")],
)
def test_the_command_line_prints_a_report_in_the_systems_language(
    demo_url, tmp_path, monkeypatch, environment, expected
):
    """The adversary found `LANG=fr_FR.UTF-8 report status` printed English: Python reads "C" until
    setlocale, which the program never calls."""
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(variable, raising=False)
    for variable, value in environment.items():
        monkeypatch.setenv(variable, value)
    csv = tmp_path / "status.csv"
    assert main(["--database", demo_url, "report", "status", "--as-of", "2026-06-30", "--csv", str(csv)]) == 0
    assert csv.read_text(encoding="utf-8-sig").startswith(expected)


# The Article 7 report (issue: its fixed texts in the report's language, context "Article7Report").

A7_CONTEXTS = {"Report", "Article7Report", "LossesTable", "Vocabulary"}


def fixed_texts(report: Report) -> str:
    """What the program writes in an Article 7 report, not the record: its title, period and notes,
    each table's title, columns and note, and the cover's table of forms (its cells are all ours)."""
    parts = [report.title, report.period, *report.notes]
    for table in report.tables:
        parts += [table.title, *table.columns, table.note or ""]
        if table.title == Translator(report.language).translate("Article7Report", "Forms in this report"):
            parts += [str(cell) for row in table.rows for cell in row]
    return "\n".join(parts)


@pytest.mark.parametrize("year", [2025, 2026])  # a year over, and the year not over (provisional)
@pytest.mark.parametrize("language", TRANSLATED)
def test_the_article7_report_in_another_language_has_the_english_figures(demo, language, year):
    english = article7_report(demo, year, printed_at=PRINTED)
    other = article7_report(demo, year, printed_at=PRINTED, language=language)
    assert other.language == language and printable(other).language == language
    assert [t.form for t in other.tables] == [t.form for t in english.tables]
    assert figures(other) == figures(english)
    assert sum(len(t.rows) for t in other.tables) >= 20  # the demo's figures, not empty tables
    assert (
        [t.total_row_in(language)[1:] for t in other.tables if t.total_row]
        == [  # type: ignore[index]
            t.total_row[1:] for t in english.tables if t.total_row
        ]
    )


@pytest.mark.parametrize("year", [2025, 2026])
@pytest.mark.parametrize("language", TRANSLATED)
def test_the_article7_report_in_french_and_spanish_prints_no_english_fixed_text(demo, language, year):
    report = article7_report(demo, year, printed_at=PRINTED, language=language)
    text = fixed_texts(report)
    names = {
        *(profile.name for profile in demo.catalogue.profiles()),
        *(programme.name for programme in demo.destruction.programmes()),
        *(site.name for site in demo.catalogue.sites()),
    }
    for name in sorted(names, key=len, reverse=True):
        text = text.replace(name, " ")  # the record's names, in its own words
    for english in ("Form ", "Quantity", "Lot numbers", "Supplementary", "December", "Cover", "calendar year"):
        assert english not in text, english
    assert language == "es" or "provisional" not in text  # the same word in Spanish
    written = set()
    for (context, source), translation in messages(ts_file(language)).items():
        if context in A7_CONTEXTS:
            kept = {part.strip() for part in PLACEHOLDER.split(translation.text or "")}
            written |= {part.strip() for part in PLACEHOLDER.split(source) if len(part.strip()) > 3} - kept
    left = [
        found.group()
        for english in sorted(written)
        if (found := re.search(rf".{{0,40}}(?<!\w){re.escape(english)}(?!\w).{{0,40}}", text))
    ]
    assert not left, left
    prefix = label(Article7Part.FORM_B, language).split(" - ")[0]  # "Formule B", "Formulario B"
    assert any(table.title.startswith(f"{prefix} - ") for table in report.tables)
    assert {table.title for table in report.tables if not table.rows and not table.columns} >= {
        label(Article7Part.FORM_C, language)  # a text form's heading: the Convention's own wording
    }


def test_every_form_title_begins_with_the_conventions_name_of_its_form():
    """The cover reads a frozen report's forms by their titles: each translated title of a form's
    table begins as the Convention's heading of that form does in the language ("Formule B - ")."""
    for language in TRANSLATED:
        prefixes = form_prefixes(language)
        for (context, source), translation in messages(ts_file(language)).items():
            if context == "Article7Report" and (found := re.match(r"Form ([A-J]) - ", source)):
                assert (translation.text or "").startswith(f"{prefixes[found.group(1)]} - "), (language, source)


def forms_changed(report: Report) -> dict[str, str]:
    """Each form's letter, and whether the cover says it changed since the last report."""
    tr = Translator(report.language)
    rows = next(t for t in report.tables if t.title == tr.translate("Article7Report", "Forms in this report")).rows
    return {"ABCDEFGHIJ"[number]: str(row[1]) for number, row in enumerate(rows)}


@pytest.fixture
def a7(stockpile):
    seed_catalogue(stockpile)
    receive(stockpile, "L-1", 500, type="M16", on=date(2020, 1, 10))
    return stockpile


def test_the_cover_compares_with_a_report_frozen_in_french_in_its_language(a7, verifier):
    """2024 frozen in French; a French draft for 2025 reads its forms (titles "Formule B - ...") and
    finds them unchanged, then A, B and G changed; a draft in English or Spanish is compared with
    the forms built again in French, the frozen report's language, and says the same."""
    a7.article7.write(2024, {"A": "Loi de 1998.", "C": "Sans objet."})
    freeze(a7, prepare(a7, REPORTS_BY_NAME["article7"], {"year": 2024}, language="fr"), Submission(date(2025, 4, 28)))
    frozen = a7.archive.frozen("article7", "2024")
    assert frozen is not None and frozen.language == "fr" and "Formule B - Stocks de mines antipersonnel" in frozen.csv
    before = {language: forms_changed(article7_report(a7, 2025, language=language)) for language in ("fr", "en")}
    assert set(before["fr"].values()) == {"inchangée"} and set(before["en"].values()) == {"unchanged"}
    lot = a7.queries.find_lot("L-1").id
    destroyed_and_verified(a7, verifier, lot, date(2025, 3, 1))
    a7.article7.write(2025, {"A": "Modifiée en 2025."})
    changed = {"fr": "modifiée", "en": "changed", "es": "modificado"}
    for language, word in changed.items():
        status = forms_changed(article7_report(a7, 2025, language=language))
        assert {letter for letter, said in status.items() if said == word} == {"A", "B", "G"}, language


def test_the_command_line_prints_the_article7_report_in_the_language_asked(demo_url, tmp_path):
    printed = tmp_path / "a7.csv"
    asked = ["--database", demo_url, "report", "article7", "--year", "2025", "--language", "fr"]
    assert main([*asked, "--csv", str(printed)]) == 0
    text = printed.read_text(encoding="utf-8-sig")
    assert text.startswith(("Rapport au titre de l'article 7", "Rapport volontaire selon le modèle de l'article 7"))
    assert "Formule B - Stocks de mines antipersonnel au 31 décembre 2025" in text and "Form B" not in text


# -- the progress report, the lot history and the certificate ------------------------------------------------

OTHER_CONTEXTS = {"Report", "LossesTable", "Vocabulary", "ProgressReport", "RecordsReport"}


def other_reports(demo, language: str) -> list[Report]:
    """The progress report, the lot histories of lots with every kind of table filled (retained,
    suspended, away from home, with losses) and a certificate of each method, in `language`."""
    lots = demo.queries.lots(limit=None)
    chosen = {
        *(lot.id for lot in lots if lot.retained),
        *(lot.id for lot in lots if lot.suspended),
        *(lot.id for lot in lots if lot.elsewhere),
        *(loss.lot_id for loss in demo.destruction.losses()),
    }
    certificates = {event.method: event.certificate_number for event in demo.destruction.events()}
    return [
        *(progress_report(demo, p.id, printed_at=PRINTED, language=language) for p in demo.destruction.programmes()),
        *(lot_history_report(demo, lot_id, printed_at=PRINTED, language=language) for lot_id in sorted(chosen)),
        *(certificate_report(demo, number, printed_at=PRINTED, language=language) for number in certificates.values()),
    ]


def typed_words(demo) -> set[str]:
    """What the record holds in its users' own words (names, references, reasons, notes): a report
    prints them as typed, in whatever language they were typed."""
    words = {demo.catalogue.active_profile().name, demo.operator, "Korea"}
    words |= {p.name for p in demo.catalogue.profiles()} | {t.name for t in demo.catalogue.types()}
    words |= {p.name for p in demo.destruction.programmes()}
    for event in demo.destruction.events():
        words |= {event.officer, event.witness, event.recorded_by, event.verified_by or "", event.notes or ""}
    for loss in demo.destruction.losses():
        words.add(loss.explanation)
    for lot in demo.queries.lots(limit=None):
        for entry in demo.queries.ledger(lot.id):
            words |= {entry.document_ref or "", entry.reason or "", entry.recorded_by}
        for decision in demo.queries.retention_history(lot.id):
            words |= {decision.institution or "", decision.authority_ref, decision.reason, decision.decided_by}
        for s in demo.suspensions.of_lot(lot.id):
            words |= {s.reference, s.reason, s.suspended_by, s.lifted_by or "", s.lift_reason or ""}
    return {word for word in words if word}


@pytest.mark.parametrize("language", TRANSLATED)
def test_progress_lot_history_and_certificate_in_french_and_spanish_print_no_english_fixed_text(demo, language):
    reports = other_reports(demo, language)
    assert {r.language for r in reports} == {language}
    kinds = {type(t) for r in reports for t in r.tables}
    assert kinds and len(reports) >= 5
    typed = sorted(typed_words(demo), key=len, reverse=True)  # the longest first: a name inside a reason
    english = sorted(english_texts(language, OTHER_CONTEXTS))
    for report in reports:
        text = plain_text(to_html(report))
        for chart in report.charts:  # drawn by Qt: their titles, legends and labels, as text here
            text += " " + " ".join((chart.title, *chart.labels, *(name for name, _values in chart.series)))
        for word in typed:
            text = text.replace(word, " ")
        text = text.replace("stockpile-tracker db check --seal", " ")  # the command, as typed
        left = [
            found.group()
            for words in english
            if (found := re.search(rf".{{0,40}}(?<!\w){re.escape(words)}(?!\w).{{0,40}}", text))
        ]
        assert not left, (report.title, left)


@pytest.mark.parametrize("language", TRANSLATED)
def test_progress_lot_history_and_certificate_in_another_language_have_the_english_figures(demo, language):
    english, other = other_reports(demo, ENGLISH), other_reports(demo, language)
    assert [len(r.tables) for r in other] == [len(r.tables) for r in english]
    assert [figures(r) for r in other] == [figures(r) for r in english]
    assert [[series for _name, series in c.series] for r in other for c in r.charts] == [
        [series for _name, series in c.series] for r in english for c in r.charts
    ]
    assert [len(r.signatures) for r in other] == [len(r.signatures) for r in english]
    assert sum(len(t.rows) for r in other for t in r.tables) >= 60  # the demo's figures, not empty tables


def test_a_translated_chart_keeps_what_each_series_is_for_its_colour(demo):
    (english, *_), (french, *_) = other_reports(demo, ENGLISH), other_reports(demo, "fr")
    for mine, theirs in zip(english.charts, french.charts, strict=True):
        assert [theirs.key(i) for i in range(len(theirs.series))] == [mine.key(i) for i in range(len(mine.series))]
    assert "retained" in {french.charts[-1].key(i) for i in range(len(french.charts[-1].series))}
    assert "retained" not in {name for name, _v in french.charts[-1].series}


@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("fr", ("Certificat de destruction", "Historique du lot", "Avancement de la destruction")),
        ("es", ("Certificado de destrucción", "Historial del lote", "Avance de la destrucción")),
    ],
)
def test_the_command_line_prints_progress_lot_and_certificate_in_the_language_asked(
    demo, demo_url, tmp_path, language, words
):
    number = demo.destruction.events()[0].certificate_number
    lot = demo.queries.lots(limit=None)[0].lot_number
    asked = ["--database", demo_url, "report"]
    for command, first in (
        (["certificate", number], words[0]),
        (["lot", lot], words[1]),
        (["progress"], words[2]),
    ):
        csv = tmp_path / f"{command[0]}.csv"
        assert main([*asked, *command, "--language", language, "--csv", str(csv)]) == 0
        assert first in csv.read_text(encoding="utf-8-sig").splitlines()[0]


def test_a_percentage_is_written_as_each_language_writes_it():
    assert [percent(0.45, language) for language in ("en", "fr", "es")] == ["45%", "45\u00a0%", "45\u00a0%"]
    assert (percent(0, "en"), percent(1, "fr"), percent(0.999, "es")) == ("0%", "100\u00a0%", "100\u00a0%")
    assert percent(12.5, "fr") == "1\u202f250\u00a0%"  # thousands as the language writes them


def test_spanish_groups_four_digits_in_a_column_beside_larger_figures_not_in_a_sentence():
    """The expert found 4950 above 23.330 in a Spanish certificate: in a column the norm groups four
    digits too; in running text it does not (figure_in)."""
    assert [cell_text(5080, language) for language in ("en", "fr", "es")] == ["5,080", "5\u202f080", "5.080"]
    assert (cell_text(-480, "es"), cell_text(23330, "es")) == ("-480", "23.330")
    assert figure_in(5080, "es") == "5080" and figure_in(15000, "es") == "15.000"


@pytest.mark.parametrize("language", ["en", *TRANSLATED])
def test_a_figure_in_a_text_cell_or_a_note_is_never_broken_across_lines(demo, language):
    """Qt's layout breaks a French figure at its narrow no-break space ("475 / 560" in Form G's
    notes, read as two numbers): every figure with thousands in the printed HTML is kept whole."""
    report = article7_report(demo, 2025, printed_at=PRINTED, language=language)
    html = to_html(report)
    kept = re.findall(r"<nobr>(.*?)</nobr>", html)
    assert len(kept) > 20  # the demo's figures, in cells and in notes
    outside = re.sub(r"<nobr>.*?</nobr>|<tr class='total'>.*?</tr>", "", html)
    assert not FIGURE_IN_TEXT.findall(outside)


@pytest.mark.parametrize("language", ["en", *TRANSLATED])
def test_a_csv_cell_that_is_a_count_is_a_plain_number_in_every_language(demo, language):
    """A spreadsheet reads Spanish "16.620" as 16.62: a count alone in a cell is written as a number,
    never as the language writes it in a sentence."""
    for report in other_reports(demo, language):
        cells = [cell for row in csv.reader(io.StringIO(tables_csv(report.tables, language))) for cell in row]
        assert not [cell for cell in cells if FIGURE_IN_TEXT.fullmatch(cell)], report.title


def test_a_printed_chart_has_its_title_above_it(demo):
    """Under the chart, a title read as the next chart's: it stands above, in the chart's paragraph."""
    (report,) = [r for r in other_reports(demo, ENGLISH) if r.charts]
    html = to_html(report)
    for chart in report.charts:
        title, image = html.index(f"<b>{chart.title}</b>"), html.index(f"src='chart:{chart.name}'")
        assert title < image and "</p>" not in html[title:image]


def test_a_lot_of_items_holding_both_categories_is_named_with_both(demo):
    """The expert read "CBU-89/B (Anti-vehicle, SD 48 h)" over "22 AP + 72 AV" in a lot history."""
    mixed = next(lot for lot in demo.queries.lots(limit=None) if lot.ap_per_item and lot.av_per_item)
    details = dict(lot_history_report(demo, mixed.id, printed_at=PRINTED, language="fr").tables[0].rows)
    assert details["Type"].startswith(f"{mixed.type_designation} (Antipersonnel + Antivéhicule, ")
