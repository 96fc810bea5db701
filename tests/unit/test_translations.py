"""The window's texts in French and Spanish (docs/TRANSLATING.md): every text marked in the code is
in the .ts files with a finished translation that keeps its {placeholders} and its access key; the
.ts files are current with the code and the shipped .qm files with them; the program reads a .qm as
Qt does; the language is the one chosen, else the system's, else English."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from stockpile_tracker.i18n import ENGLISH, LANGUAGES, catalogue_file, chosen_language, read_qm

ROOT = Path(__file__).resolve().parents[2]
TRANSLATED = [language for language in LANGUAGES if language != ENGLISH]
TOOLS = Path(sys.executable).parent
PLACEHOLDER = re.compile(r"\{(\w*)\}")


def ts_file(language: str) -> Path:
    return ROOT / "resources" / "i18n" / f"stockpile_tracker_{language}.ts"


def messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    """(context, source) -> the message's <translation> element."""
    found = {}
    for context in ET.parse(path).getroot().iter("context"):
        for message in context.iter("message"):
            found[context.findtext("name") or "", message.findtext("source") or ""] = message.find("translation")
    return found


def access_keys(text: str) -> int:
    return len(re.findall(r"&(?!&)", text.replace("&&", "")))


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_text_has_a_finished_translation_with_its_placeholders_and_access_key(language):
    found = messages(ts_file(language))
    assert len(found) > 100  # the menus, actions, page names, status line and settings dialog
    wrong = []
    for (context, source), translation in found.items():
        text = translation.text or ""
        if translation.get("type") or not text.strip():  # unfinished, vanished or obsolete
            wrong.append(f"{context}: {source!r} has no finished translation")
        elif set(PLACEHOLDER.findall(text)) != set(PLACEHOLDER.findall(source)):
            wrong.append(f"{context}: {source!r} -> {text!r} changes the placeholders")
        elif access_keys(text) != access_keys(source):
            wrong.append(f"{context}: {source!r} -> {text!r} changes the access key")
    assert not wrong, "\n".join(wrong)


# The self-destruct abbreviations each language prints, in the window and the reports alike: French
# autodestruction / autodésactivation, Spanish autodestrucción / autodesactivación.
SELF_DESTRUCT = {"fr": {"SD": "AD", "SDA": "ADA"}, "es": {"SD": "AD", "SDA": "ADA"}}
ABBREVIATION = re.compile(r"\b(SDA|SD|ADA|AD|ADS)\b")


@pytest.mark.parametrize("language", TRANSLATED)
def test_the_self_destruct_abbreviations_agree_in_every_context(language):
    """The report said AD/ADA and the window SD/SDA: every text naming SD or SDA says the language's
    one pair, whatever its context (a column, a filter, a form's row)."""
    wrong = []
    for (context, source), translation in messages(ts_file(language)).items():
        said = ABBREVIATION.findall(translation.text or "")
        expected = [SELF_DESTRUCT[language][word] for word in ABBREVIATION.findall(source) if word in ("SD", "SDA")]
        if said and said != expected:
            wrong.append(f"{context}: {source!r} -> {translation.text!r}")
    assert not wrong, "\n".join(wrong)


def test_the_ts_files_hold_every_text_marked_in_the_code_and_no_other(tmp_path):
    """As `make translations` runs lupdate: a text marked in the code without its translation fails
    the test above once the .ts files are updated, and this one until they are."""
    for language in TRANSLATED:
        shutil.copy(ts_file(language), tmp_path)
    subprocess.run(
        [TOOLS / "pyside6-lupdate", "-silent", "-no-obsolete", "-locations", "none", "-extensions", "py"]
        + ["stockpile_tracker", "-ts", *sorted(str(path) for path in tmp_path.iterdir())],
        cwd=ROOT,
        check=True,
    )
    for language in TRANSLATED:
        assert set(messages(tmp_path / ts_file(language).name)) == set(messages(ts_file(language))), (
            f"the code's marked texts differ from {ts_file(language).name}: run `make translations` and translate"
        )


def test_every_marked_text_is_written_as_lupdate_reads_it():
    """lupdate collects translate("Context", "text") with both texts in double quotes: a call
    written otherwise (single quotes, inside an f-string) is never translated, and nothing else says so."""
    unread = [
        f"{path.relative_to(ROOT)}:{number}: {line.strip()}"
        for path in sorted((ROOT / "stockpile_tracker").rglob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if re.search(r"\b(translate|QT_TRANSLATE_NOOP)\(\s*'", line)
    ]
    assert not unread, "\n".join(unread)


@pytest.mark.parametrize("language", TRANSLATED)
def test_the_shipped_catalogue_is_built_from_the_ts_file(tmp_path, language):
    built = tmp_path / f"{language}.qm"
    subprocess.run(
        [TOOLS / "pyside6-lrelease", "-silent", "-nounfinished", ts_file(language), "-qm", built], check=True
    )
    shipped = read_qm(catalogue_file(language).read_bytes())
    assert shipped == read_qm(built.read_bytes()), "run `make translations`"
    expected = {key: translation.text for key, translation in messages(ts_file(language)).items()}
    assert shipped == expected


@pytest.mark.parametrize("language", TRANSLATED)
def test_the_program_reads_a_catalogue_as_qt_does(language):
    from PySide6.QtCore import QTranslator

    qt = QTranslator()
    assert qt.load(str(catalogue_file(language)))
    shipped = read_qm(catalogue_file(language).read_bytes())
    assert shipped
    assert {key: qt.translate(*key) for key in shipped} == shipped


def test_a_file_that_is_not_a_catalogue_is_refused():
    with pytest.raises(ValueError, match="not a Qt translation"):
        read_qm(b"<TS></TS>")


@pytest.mark.parametrize(
    ("choice", "system", "language"),
    [
        ("fr", "en_GB", "fr"),  # chosen
        ("", "es_AR", "es"),  # the system's, whatever its region
        ("", "fr-CA", "fr"),
        ("", "de_DE", "en"),  # not one of ours: English
        ("", "C", "en"),
        ("de", "es_ES", "es"),  # a choice not of ours (an old settings file): the system's
    ],
)
def test_the_language_is_the_chosen_one_else_the_systems_else_english(choice, system, language):
    assert chosen_language(choice, system) == language


def test_every_domain_word_a_report_prints_is_marked_for_translation():
    """The domain keeps its labels in English and imports nothing of ours: reports/labels.py marks
    each one a report prints, and a label added to the domain without its mark fails here."""
    from stockpile_tracker.domain import enums
    from stockpile_tracker.reports.labels import LABELLED, MARKED

    missing = [
        f"{name}: {member.label}" for name in LABELLED for member in getattr(enums, name) if member.label not in MARKED
    ]
    missing += [word for word in {*enums.ITEM_WORDS.values(), enums.Delivery.HAND_THROWN.items} if word not in MARKED]
    assert not missing, missing


def test_a_lots_self_destruct_feature_is_written_in_the_language():
    """The lot table's column and the lot history say "AD 48 h" in French and Spanish, as their
    column title (AD/ADA) and the reports do, never the English SD beside it."""
    from stockpile_tracker.domain.enums import SdClass
    from stockpile_tracker.reports.labels import self_destruction

    assert [self_destruction(48, SdClass.SD, language) for language in ("en", "fr", "es")] == [
        "SD 48 h",
        "AD 48 h",
        "AD 48 h",
    ]
    assert [self_destruction(None, SdClass.SDA, language) for language in ("en", "fr", "es")] == ["SDA", "ADA", "ADA"]
    assert self_destruction(None, SdClass.PERSISTENT, "fr") != "persistent"
