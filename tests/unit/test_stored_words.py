"""Words, never internal codes (DOMAIN.md section 5): what the record stores (article3,
legal_hold, open_detonation, rule names) never reaches a report, a CSV file or a message.
Here every stored value has its words; the reports and messages are read in tests/db/test_words.py."""

from __future__ import annotations

import re

from stockpile_tracker.domain import enums

VOCABULARIES = [
    value
    for value in vars(enums).values()
    if isinstance(value, type) and issubclass(value, enums.Labelled) and value is not enums.Labelled
]


def internal_codes() -> list[str]:
    """Every stored value that is not a word a reader knows: a value is a word when its own label
    uses it (receipt, surplus, victim in victim-activated) or it is an abbreviation the reports
    spell out (AP, SD); article3, korea, open_detonation and korea-reserve are not."""
    return [
        member.value
        for vocabulary in VOCABULARIES
        for member in vocabulary
        if not member.value.isupper() and not re.search(rf"\b{re.escape(member.value)}\b", member.label)
    ]


def test_every_stored_value_has_words():
    for vocabulary in VOCABULARIES:
        for member in vocabulary:
            assert member.label and member.label != member.value or member.value in member.label
    assert {"article3", "korea", "legal_hold", "open_detonation", "korea-reserve"} <= set(internal_codes())
    assert "receipt" not in internal_codes() and "AP" not in internal_codes()
