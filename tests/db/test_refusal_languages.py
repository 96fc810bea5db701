"""The services' refusals in the window's language: a French or Spanish refusal of more than the
unscheduled surplus (ledger.require_unscheduled) is whole sentences of that language, the action,
the figures and the domain's words included, with no English piece left, and its figures written
as the language writes them (1 200 with a narrow no-break space in French, 12.000 in Spanish)."""

from __future__ import annotations

import re
from datetime import date

import pytest

from stockpile_tracker.domain.errors import RuleViolation
from stockpile_tracker.i18n import use_language

from ..helpers import receive, refused, seed_catalogue

ON = date(2021, 3, 1)
NAMES = {"L", "M67", "SAF", "TO"}  # the lot's, the type's and the documents' own names


@pytest.fixture
def sp(stockpile):
    seed_catalogue(stockpile)
    return stockpile


def english_words(said: str) -> set[str]:
    return {word for word in re.findall(r"[A-Za-z]{2,}", said) if word not in NAMES}


SHARED = {"lot", "mines", "no", "final", "suspension"}  # words French or Spanish write as English does


def left_in(said: str, english: set[str]) -> set[str]:
    """The English words of a refusal found whole in its translation."""
    return {word for word in english - SHARED if re.search(rf"\b{word}\b", said)}


def lots(sp) -> tuple[int, int]:
    """15,000 on hand, 4,000 of them retained for Korea and 2,000 suspended (9,000 unscheduled
    surplus); and a lot that holds nothing any more."""
    lot = receive(sp, quantity=15_000)
    sp.lots.change_retention(
        lot, quantity=4000, category="korea", authority_ref="R-1", reason="r", valid_from=date(2020, 6, 1)
    )
    sp.suspensions.suspend(
        lot, kind="safety", quantity=2000, reference="SAF-9", reason="leaking", suspended_from=date(2021, 1, 4)
    )
    emptied = receive(sp, "L-002", 100)
    sp.lots.transfer_out(emptied, 100, ON, "TO-1", "all gone")
    return lot, emptied


def refusals(sp, engine, lot: int, emptied: int) -> list[str]:
    """In the language in use: a transfer out of more than the surplus (retention lock), one of
    more than the unscheduled surplus but not the suspended (the suspensions named), and an entry on
    a lot that holds nothing any more (terminal)."""
    return [
        str(refused(engine, RuleViolation, sp.lots.transfer_out, lot, 12_000, ON, "TO-2", "x")),
        str(refused(engine, RuleViolation, sp.lots.transfer_out, lot, 10_000, ON, "TO-2", "x")),
        str(refused(engine, RuleViolation, sp.lots.transfer_in, emptied, 1500, ON, "TI-1")),
    ]


@pytest.mark.parametrize("language", ["fr", "es"])
def test_a_refusal_of_more_than_the_unscheduled_surplus_carries_no_english_word(sp, engine, french, language):
    lot, emptied = lots(sp)
    use_language("en")
    english = refusals(sp, engine, lot, emptied)
    assert english[0].startswith(
        "lot L-001 (M67): cannot transfer out 12,000; 15,000 on hand, 4,000 retained, 2,000 suspended, 0 scheduled, "
        "so only 9,000 are unscheduled surplus"
    )
    assert "; suspended: safety SAF-9: 2,000 (lift" in english[1]
    assert "(asked to record an entry of 1,500 (transfer in))" in english[2]
    use_language(language)  # the french fixture puts the language back after the test
    translated = refusals(sp, engine, lot, emptied)
    for in_english, in_language in zip(english, translated, strict=True):
        assert not left_in(in_language, english_words(in_english)), in_language
    thousands = {"fr": "\u202f", "es": "."}[language]
    assert f"12{thousands}000" in translated[0] and f"15{thousands}000" in translated[0]
    assert "12,000" not in translated[0] and "15,000" not in translated[0]
    if language == "fr":
        assert translated[0].startswith(
            "lot L-001 (M67)\u00a0: impossible d'effectuer un transfert sortant de 12\u202f000\u00a0; 15\u202f000 en "
            "stock, 4\u202f000 conservées, 2\u202f000 suspendues, 0 programmées, donc seulement 9\u202f000 en excédent "
            "non programmé"
        )
        assert "suspendues\u00a0: sécurité SAF-9\u00a0: 2\u202f000 (levez" in translated[1]
        assert "(demandé\u00a0: enregistrer une écriture de 1\u202f500 (transfert entrant))" in translated[2]
    else:
        assert translated[0].startswith("lote L-001 (M67): no se puede hacer una transferencia de salida de 12.000; ")
        assert "(se pidió registrar un asiento de 1500 (transferencia de entrada))" in translated[2]
