"""The built-in profiles in the words of the page or report, their deadlines and acquisition ban as
`check` reads them, and the lots the status report counts (DOMAIN.md sections 1 and 5):

- a built-in profile's seeded name prints in the report's language (French, Spanish); a name the
  office gave stays as typed (i18n.profile_name, the one function);
- the status report states the active profile's own deadline as `check` computes it
  (ComplianceService.deadlines), and each programme's own date;
- moving a profile's entry into force moves an acquisition ban from the same day, unless the ban
  is given;
- the status report's Lots column counts lots holding mines, as the dashboard does."""

from __future__ import annotations

from datetime import date

import pytest

from stockpile_tracker.i18n import profile_name
from stockpile_tracker.reports.article7 import article7_report
from stockpile_tracker.reports.document import to_html
from stockpile_tracker.reports.status import status_report
from stockpile_tracker.services.dto.lots import ScopeTotals

from ..helpers import PRINTED, TODAY, receive, seed_catalogue
from .test_report_languages import plain_text

OTTAWA = "Ottawa Convention (Mine Ban Treaty, 1997)"
US = "US anti-personnel landmine policy (June 2022)"
NAMES = {
    "fr": {
        OTTAWA: "Convention d'Ottawa (Convention sur l'interdiction des mines antipersonnel, 1997)",
        US: "Politique américaine sur les mines antipersonnel (juin 2022)",
    },
    "es": {
        OTTAWA: "Convención de Ottawa (Convención sobre la prohibición de minas antipersonal, 1997)",
        US: "Política estadounidense sobre minas antipersonal (junio de 2022)",
    },
}


def text_of(report) -> str:
    return " ".join(plain_text(to_html(report)).split())


@pytest.mark.parametrize("language", ["fr", "es"])
def test_a_built_in_profiles_name_is_in_the_language_asked_and_a_typed_one_as_typed(language):
    for seeded, translated in NAMES[language].items():
        assert profile_name(seeded, language) == translated
        assert profile_name(seeded, "en") == seeded
    assert profile_name("Ottawa Convention (as ratified, 2024)", language) == "Ottawa Convention (as ratified, 2024)"


@pytest.mark.parametrize("language", ["fr", "es"])
def test_the_status_and_article7_reports_name_a_built_in_profile_in_their_language(demo, language):
    for code, seeded in (("us-2022", US), ("ottawa", OTTAWA)):
        demo.catalogue.set_active_profile(code)
        status = text_of(status_report(demo, TODAY, printed_at=PRINTED, language=language))
        assert NAMES[language][seeded] in status
        assert seeded not in status
    article7 = article7_report(demo, TODAY.year - 1, printed_at=PRINTED, language=language)
    form_j = [t.title for t in article7.tables if t.form == "J" and t.title]
    assert form_j and all(NAMES[language][OTTAWA] in title for title in form_j if "«" in title), form_j
    assert OTTAWA not in text_of(article7)
    assert NAMES[language][OTTAWA] in text_of(article7)


def test_french_names_the_profile_after_a_word_that_takes_the_article(demo):
    demo.catalogue.set_active_profile("ottawa")
    text = text_of(status_report(demo, TODAY, printed_at=PRINTED, language="fr"))
    assert "du champ du profil « Convention d'Ottawa" in text
    assert "de Convention" not in text and "par Convention" not in text


def test_a_name_the_office_changed_prints_as_typed_in_every_language(demo):
    demo.catalogue.update_profile("ottawa", "our own wording", name="Ottawa Convention (as ratified, 2024)")
    demo.catalogue.set_active_profile("ottawa")
    for language in ("en", "fr", "es"):
        text = text_of(status_report(demo, TODAY, printed_at=PRINTED, language=language))
        assert "Ottawa Convention (as ratified, 2024)" in text
        assert NAMES["fr"][OTTAWA] not in text and NAMES["es"][OTTAWA] not in text


def test_the_window_and_the_findings_name_it_in_the_language_in_use(demo, french):
    demo.catalogue.set_active_profile("ottawa")
    assert ScopeTotals.of(OTTAWA, []).covered_label == "couvertes par le profil «\xa0" + NAMES["fr"][OTTAWA] + "\xa0»"
    messages = " ".join(f.message for f in demo.compliance.findings())
    assert NAMES["fr"][OTTAWA] in messages and OTTAWA not in messages


def test_the_status_report_states_the_treaty_deadline_check_computes(demo):
    """Ottawa in force for the state on 2024-03-01: Article 4's deadline is 2028-03-01, as `check`
    says; the programme (under the US policy) keeps its own date, said to be another profile's."""
    demo.catalogue.update_profile("ottawa", "our entry into force", effective_on=date(2024, 3, 1))
    demo.catalogue.set_active_profile("ottawa")
    (own,) = [d for d in demo.compliance.deadlines() if d.programme is None]
    assert own.day == date(2028, 3, 1)
    assert any("2028-03-01" in f.message for f in demo.compliance.findings())
    notes = " ".join(status_report(demo, TODAY, printed_at=PRINTED).notes)
    assert f"{OTTAWA}: stockpile destruction deadline 2028-03-01 (entry into force 2024-03-01)" in notes
    for programme in demo.destruction.programmes():
        assert f"Programme {programme.name}" in notes and programme.deadline.isoformat() in notes


def test_under_a_profile_with_programmes_each_keeps_its_own_date(demo):
    demo.catalogue.set_active_profile("us-2022")
    deadlines = demo.compliance.deadlines()
    programmes = [p for p in demo.destruction.programmes() if p.profile_code == "us-2022"]
    assert programmes and [(d.programme, d.day) for d in deadlines] == [(p.name, p.deadline) for p in programmes]
    notes = status_report(demo, TODAY, printed_at=PRINTED).notes
    for p in programmes:
        assert any(note.startswith(f"Programme {p.name}: deadline {p.deadline.isoformat()}") for note in notes)


def test_the_acquisition_ban_follows_the_entry_into_force_unless_given(stockpile):
    seed_catalogue(stockpile)
    moved = stockpile.catalogue.update_profile("ottawa", "ours", effective_on=date(2024, 3, 1))
    assert moved.acquisition_banned_from == date(2024, 3, 1)
    given = stockpile.catalogue.update_profile(
        "ottawa", "ours", effective_on=date(2023, 3, 1), acquisition_banned_from=date(2023, 9, 1)
    )
    assert given.acquisition_banned_from == date(2023, 9, 1)
    kept = stockpile.catalogue.update_profile("ottawa", "ours", effective_on=date(2022, 3, 1))
    assert kept.acquisition_banned_from == date(2023, 9, 1)  # a ban from another day stays
    receive(stockpile, "L-9", 10, on=date(2025, 1, 10))
    stockpile.catalogue.update_profile("us-2022", "ours", effective_on=date(2025, 6, 1))
    assert stockpile.catalogue.active_profile().acquisition_banned_from == date(2025, 6, 1)
    assert not [f for f in stockpile.compliance.findings() if f.rule == "acquisition"]


def test_the_status_reports_lots_are_the_lots_holding_mines_as_the_dashboard_counts(demo):
    """The demo has emptied lots: none is counted; a type of both kinds (Volcano) is on both tables."""
    report = status_report(demo, TODAY, printed_at=PRINTED)
    lots: dict[str, int] = {}
    for table in report.tables:
        if table.title.startswith("By type"):
            for row in table.rows:
                lots[str(row[0])] = max(lots.get(str(row[0]), 0), int(row[3]))  # type: ignore[arg-type]
    holding = demo.overview.lots_holding()
    assert sum(lots.values()) == holding == sum(g.lots for g in demo.queries.status_groups(TODAY))
    assert demo.queries.totals().lots > holding  # emptied lots there are
