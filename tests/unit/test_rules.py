"""The pure rules of domain/rules.py at their edges: the day itself, the day before and the day
after; exactly what is allowed, and one more. No database: the services' side of each rule is in
tests/db/boundaries/."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from stockpile_tracker.domain.enums import SdClass
from stockpile_tracker.domain.errors import InvalidInput
from stockpile_tracker.domain.rules import (
    FIRST_YEAR,
    MAX_QUANTITY,
    MAX_SPELLINGS,
    add_years,
    ascii_spellings,
    contents_label,
    covered_contents,
    covered_per_item,
    first_negative_balance,
    first_retention_breach,
    folded,
    forecast_completion,
    identifier_spellings,
    iso_date,
    korea_excess,
    looks_like,
    mines_in_items,
    optional_identifier,
    optional_text,
    plain_hyphens,
    refused_character,
    require_date,
    require_identifier,
    require_not_future,
    require_on_record,
    require_positive,
    require_text,
    require_whole,
    same_person,
    sd_class,
    skeleton_index,
    skeletons,
)

from ..helpers import TODAY

DAY = timedelta(days=1)


@pytest.mark.parametrize(
    "quantity, minimum, accepted",
    [
        (-1, 0, False),
        (0, 0, True),
        (1, 0, True),  # zero or more
        (0, 1, False),
        (1, 1, True),  # more than zero
        (MAX_QUANTITY, 0, True),
        (MAX_QUANTITY + 1, 0, False),  # what the database's integers hold
    ],
)
def test_whole_quantities(quantity, minimum, accepted):
    check = require_positive if minimum == 1 else require_whole
    if accepted:
        assert check("quantity", quantity) == quantity
    else:
        with pytest.raises(InvalidInput):
            check("quantity", quantity)


@pytest.mark.parametrize(
    "check, quantity, what, message",
    [
        (require_positive, 0, "", "quantity: must be more than zero, not 0"),
        (require_positive, -1_000, "", "quantity: must be more than zero, not -1,000"),
        (require_positive, 0, "lot L-1: ", "quantity: lot L-1: must be more than zero, not 0"),  # one line of a form
        (require_whole, -1, "", "quantity: must be zero or more, not -1"),
        (
            require_whole,
            MAX_QUANTITY + 1,
            "",
            f"quantity: {MAX_QUANTITY + 1:,} is more than the {MAX_QUANTITY:,} a record can hold",
        ),
        (require_whole, True, "", "quantity: must be a whole number of mines, not True"),
        (require_whole, 1.5, "", "quantity: must be a whole number of mines, not 1.5"),
        (require_whole, "3", "lot L-1: ", "quantity: lot L-1: must be a whole number of mines, not '3'"),
    ],
)
def test_a_refused_quantity_says_why_in_words(check, quantity, what, message):
    with pytest.raises(InvalidInput) as caught:
        check("quantity", quantity, what) if what else check("quantity", quantity)
    assert (str(caught.value), caught.value.field) == (message, "quantity")


@pytest.mark.parametrize("day, accepted", [(TODAY - DAY, True), (TODAY, True), (TODAY + DAY, False)])
def test_no_date_in_the_future(day, accepted):
    """Rule 9: today is allowed, tomorrow is not."""
    if accepted:
        assert require_not_future("counted on", day, TODAY) == day
    else:
        with pytest.raises(InvalidInput) as caught:
            require_not_future("counted on", day, TODAY)
        assert caught.value.field == "counted on"
        assert str(caught.value) == f"counted on: {day.isoformat()} is in the future (today is {TODAY.isoformat()})"


@pytest.mark.parametrize("value", [datetime(2026, 1, 1, 12, 0), "2026-01-01", None, 20260101])
def test_a_date_is_a_calendar_day(value):
    with pytest.raises(InvalidInput) as caught:
        require_not_future("counted on", value, TODAY)
    assert caught.value.field == "counted on"
    assert str(caught.value) == f"counted on: must be a date (YYYY-MM-DD), not {value!r}"
    assert require_date("counted on", date(2026, 1, 1)) == date(2026, 1, 1)


@pytest.mark.parametrize(
    "hours, deactivating, expected",
    [
        (4, False, SdClass.SD),
        (0, False, SdClass.SD),
        (48, True, SdClass.SD),  # self-destructs, however soon
        (None, True, SdClass.SDA),
        (None, False, SdClass.PERSISTENT),
    ],
)
def test_self_destruct_class(hours, deactivating, expected):
    """DOMAIN.md section 2: persistent means neither SD nor SDA (rule 4 flags persistent mines)."""
    assert sd_class(hours, deactivating) is expected


@pytest.mark.parametrize("check, limit", [(require_text, 200), (optional_text, 2000)])  # a name; notes
@pytest.mark.parametrize("over", [-1, 0, 1])
def test_text_length(check, limit, over):
    length = limit + over
    if over <= 0:
        assert check("name", "x" * length) == "x" * length
    else:
        with pytest.raises(InvalidInput) as caught:
            check("name", "x" * length)
        assert (str(caught.value), caught.value.field) == (
            f"name: is {length:,} characters long; at most {limit:,}",
            "name",
        )


def test_text_is_kept_composed_whichever_way_an_accent_was_typed():
    """é as one character or as e and a combining accent is one name (NFC), in one line and in free text."""
    assert require_text("name", "Jose\u0301") == "Jos\u00e9" == require_text("name", "Jos\u00e9")
    assert optional_text("notes", "  Cre\u0300me\nbru\u0302le\u0301e ", lines=True) == "Crème\nbrûlée"
    assert require_text("name", "\uff2d67") == "\uff2d67"  # a compatibility form is kept as typed (folded compares)


@pytest.mark.parametrize(
    "check, value, outcome",
    [
        (require_text, "  Capt. A  ", "Capt. A"),
        (optional_text, "  Capt. A  ", "Capt. A"),  # trimmed
        (require_text, "   ", "officer: is required"),
        (optional_text, "   ", None),  # blank
        (require_text, None, "officer: is required"),
        (optional_text, None, None),
        (require_text, 5, "officer: must be text, not 5"),
        (optional_text, 5, "officer: must be text, not 5"),
    ],
)
def test_text_is_trimmed_and_blank_is_nothing(check, value, outcome):
    if outcome is None or not outcome.startswith("officer: "):
        assert check("officer", value) == outcome
    else:
        with pytest.raises(InvalidInput) as caught:
            check("officer", value)
        assert (str(caught.value), caught.value.field) == (outcome, "officer")


@pytest.mark.parametrize("out, lowest", [(4, None), (5, None), (6, -1)])
def test_a_balance_may_reach_zero_never_minus_one(out, lowest):
    """Rule 1: 5 in, `out` out the same day."""
    day = date(2026, 1, 1)
    found = first_negative_balance([(day, 1, 5), (day, 2, -out)])
    assert found == (None if lowest is None else (day, lowest))


def test_a_balance_below_zero_for_a_moment_within_a_day_is_caught():
    day = date(2026, 1, 1)
    assert first_negative_balance([(day, 2, 1), (day, 1, -1)]) == (day, -1)  # out (order 1) before in (order 2)
    assert first_negative_balance([(day, 1, 1), (day, 2, -1)]) is None


@pytest.mark.parametrize("retained, breach", [(9, None), (10, None), (11, 11)])
def test_retained_may_equal_on_hand_never_exceed_it(retained, breach):
    """Rule 2: 10 on hand from 2026-01-01, a decision to retain `retained` from the same day."""
    day = date(2026, 1, 1)
    found = first_retention_breach([(day, 10)], [(day, 1, retained)])
    assert found == (None if breach is None else (day, breach, 10))


@pytest.mark.parametrize("second, breach", [(10, None), (11, 11)])
def test_the_latest_decision_is_the_one_in_force(second, breach):
    """10 on hand; 5 retained from 2026-01-01, then `second` from 2026-02-01."""
    decisions = [(date(2026, 1, 1), 1, 5), (date(2026, 2, 1), 2, second)]
    found = first_retention_breach([(date(2026, 1, 1), 10)], decisions)
    assert found == (None if breach is None else (date(2026, 2, 1), breach, 10))


@pytest.mark.parametrize(
    "lifted_on, breach",
    [(None, (date(2026, 3, 1), 6, 5)), (date(2026, 3, 1), None), (date(2026, 3, 2), (date(2026, 3, 1), 6, 5))],
)
def test_suspended_mines_count_with_the_retained_until_the_suspension_is_lifted(lifted_on, breach):
    """10 on hand, 2 retained, 4 suspended from 2026-02-01; 5 leave on 2026-03-01: a breach on that
    day unless the suspension was lifted by then (a lifting takes effect on its day)."""
    movements = [(date(2026, 1, 1), 10), (date(2026, 3, 1), -5)]
    found = first_retention_breach(movements, [(date(2026, 1, 1), 1, 2)], [(date(2026, 2, 1), lifted_on, 4)])
    assert found == breach


@pytest.mark.parametrize(
    "decided_on, breach", [(date(2025, 12, 31), True), (date(2026, 1, 1), False), (date(2026, 1, 2), False)]
)
def test_a_retention_decision_before_the_mines_arrived_is_a_breach(decided_on, breach):
    found = first_retention_breach([(date(2026, 1, 1), 10)], [(decided_on, 1, 10)])
    assert found == ((decided_on, 10, 0) if breach else None)


@pytest.mark.parametrize(
    "start, years, end",
    [
        (date(2019, 3, 1), 4, date(2023, 3, 1)),
        (date(2020, 2, 29), 4, date(2024, 2, 29)),  # a leap day to a leap year
        (date(2020, 2, 29), 1, date(2021, 2, 28)),  # a leap day to a common year
        (date(2019, 12, 31), 1, date(2020, 12, 31)),
    ],
)
def test_adding_years(start, years, end):
    assert add_years(start, years) == end


@pytest.mark.parametrize(
    "remaining, rate, today, expected",
    [
        (-1, 100.0, TODAY, TODAY),
        (0, 100.0, TODAY, TODAY),
        (0, 0.0, TODAY, TODAY),  # nothing left: done today
        (1, 0.0, TODAY, None),
        (1, -1.0, TODAY, None),  # something left, no rate: never
        (1, 0.5, TODAY, date(2026, 8, 1)),  # half a mine a month: two months for one mine
        (1, 100.0, TODAY, date(2026, 7, 1)),  # part of one month
        (100, 100.0, TODAY, date(2026, 7, 1)),  # exactly one month
        (101, 100.0, TODAY, date(2026, 8, 1)),  # one mine more: a second month
        (100, 100.0, date(2026, 12, 15), date(2027, 1, 1)),  # December into January
        (1200, 100.0, date(2026, 1, 1), date(2027, 1, 1)),  # twelve months
        (600_000, 10 / 6, TODAY, None),  # 10 mines in six months: beyond year 9999, never
        (95_687_000, 1000.0, date(2026, 1, 1), date(9999, 12, 1)),  # the last month a calendar has
    ],
)
def test_forecast_completion(remaining, rate, today, expected):
    assert forecast_completion(remaining, rate, today) == expected


@pytest.mark.parametrize("text", ["20260101", "2026-W01-1", "2026-1-1", " 2026-01-01", "2026-02-30", ""])
def test_a_date_is_written_yyyy_mm_dd_and_only_so(text):
    """The command line and the import files read dates alike (Python's own reading takes more)."""
    with pytest.raises(ValueError):
        iso_date(text)
    assert iso_date("2000-02-29") == date(2000, 2, 29)


@pytest.mark.parametrize(
    ("activation", "categories", "covered"),
    [
        ("victim", ("AP",), (1, 0)),  # a Volcano canister under an AP profile: its AP mine
        ("victim", ("AV",), (0, 5)),
        ("victim", ("AP", "AV"), (1, 5)),
        ("command", ("AP", "AV"), (0, 0)),  # an activation the profile does not govern: none of it
        ("both", ("AP",), (1, 0)),
    ],
)
def test_a_profile_governs_the_mines_of_its_categories_in_an_item_of_its_activations(activation, categories, covered):
    assert covered_contents(1, 5, activation, categories, ("victim", "both")) == covered
    assert covered_per_item(1, 5, activation, categories, ("victim", "both")) == sum(covered)


def test_contents_and_mines_in_items_in_words():
    assert [contents_label(36, 0), contents_label(1, 5), contents_label(0, 1)] == ["36 AP", "1 AP + 5 AV", "1 AV"]
    assert mines_in_items(9_516_744, 264_354, "projectiles") == "9,516,744 mines in 264,354 projectiles"


@given(
    reserves=st.dictionaries(st.text("ABC-0123", min_size=1, max_size=4), st.integers(1, 1_000), max_size=6),
    requirement=st.integers(0, 3_000),
)
def test_the_korea_excess_is_the_reserve_beyond_the_requirement_in_the_last_lots(reserves, requirement):
    """korea-reserve: the excess adds up to the reserve beyond the requirement, no lot gives more
    than it holds, and the lots it is counted in are the last ones by lot number, all of the reserve
    of each but the first of them."""
    lots = [(n, number, quantity) for n, (number, quantity) in enumerate(reserves.items())]
    excess = korea_excess(lots, requirement)
    assert sum(q for *_lot, q in excess) == max(0, sum(reserves.values()) - requirement)
    by_number = sorted(reserves)
    assert [number for _id, number, _q in excess] == by_number[len(by_number) - len(excess) :]
    assert all(q == reserves[number] for _id, number, q in excess[1:])
    assert all(0 < q <= reserves[number] for _id, number, q in excess)


def test_a_day_of_the_record_is_from_the_year_of_the_convention_to_today():
    today = date(2026, 6, 30)
    assert require_on_record("f", date(FIRST_YEAR, 1, 1), today) == date(FIRST_YEAR, 1, 1)
    assert require_on_record("f", today, today) == today
    with pytest.raises(InvalidInput, match="1996-12-31 is before 1997, the year the Convention was signed"):
        require_on_record("f", date(FIRST_YEAR - 1, 12, 31), today)
    with pytest.raises(InvalidInput, match="2026-07-01 is in the future"):
        require_on_record("f", today + timedelta(days=1), today)


@pytest.mark.parametrize(
    ("text", "lines", "refused"),
    [
        ("ANAD", False, None),
        ("Anniston\nArmy Depot", True, None),
        ("a\tb\r\nc", True, None),
        ("لوط-١٢", False, None),  # right-to-left script is text, not a format character
        ("a\x00b", True, "holds the control character U+0000"),
        ("a\x7fb", True, "holds the control character U+007F"),
        ("a\x85b", False, "holds the control character U+0085"),
        ("a\tb", False, "holds the control character U+0009"),
        ("a\nb", False, "must be one line"),
        ("a\u2029b", False, "must be one line"),
        ("M\u200d67", False, "holds the invisible character U+200D (ZERO WIDTH JOINER)"),
        ("\ufeffM67", False, "holds the invisible character U+FEFF (ZERO WIDTH NO-BREAK SPACE)"),
        ("root\u3164", False, "holds the invisible character U+3164 (HANGUL FILLER)"),  # a letter that prints blank
        ("M16-870001\u115f", False, "holds the invisible character U+115F (HANGUL CHOSEONG FILLER)"),
        ("\u2800M67", False, "holds the invisible character U+2800 (BRAILLE PATTERN BLANK)"),
        ("M\ufe0f67", False, "holds the invisible character U+FE0F (VARIATION SELECTOR-16)"),
        ("a\u202eb", True, None),  # free text keeps what a language writes with
        ("a\ufffeb", True, "holds U+FFFE, which is not a character a document can hold"),
        ("a\uffffb", False, "holds U+FFFF, which is not a character a document can hold"),
        ("a\ud800b", True, "holds U+D800, which is not a character a document can hold"),
        ("a\udfffb", False, "holds U+DFFF, which is not a character a document can hold"),
        ("a\ufffdb\U0001f4a3", False, None),  # the replacement character and beyond the BMP are text
    ],
)
def test_refused_characters(text, lines, refused):
    assert refused_character(text, lines) == refused


@given(st.text())
def test_folding_again_changes_nothing(text):
    """One fold finds the one form: a key folded twice is still the key the catalogue compares."""
    assert folded(folded(text)) == folded(text) == folded(text.casefold())


def test_folded_makes_one_of_a_designation_in_any_case_or_width():
    assert folded("M67") == folded("m67") == folded("\uff2d\uff16\uff17") == folded("\uff4d67")
    assert folded("M67") != folded("M76")


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("alice", "ALICE"),
        ("alice", "\u0430lice"),  # Cyrillic а
        ("alice", "\u0410LICE"),  # Cyrillic А
        ("Sgt. J. Doe", "S\u0261t. \u0408. D\u043e\u0435"),  # script g, Cyrillic Ј, о, е
        ("Nick", "\u039dick"),  # Greek capital Ν
        ("ioannis", "\u03b9\u03bfannis"),  # Greek ι, ο
        ("bob", "\uff42\uff4f\uff42"),  # fullwidth
        ("alice", "alice\u200b"),  # an invisible character on the record from before it was refused
        ("alice", "alice\u3164"),  # a Hangul filler prints as nothing (the adversary's review)
        ("Jos\u00e9", "Jose\u0301"),
        ("alice", "alic\u00e9"),  # an accent is not read: stricter than the eye (domain review)
        ("alice", "AL\u0130CE"),  # capital I with a dot
        ("alice", "aIice"),  # a capital I prints as an l
        ("alice", "a1ice"),  # and so does a one
        ("alice", "\u13aalice"),  # Cherokee Ꭺ
        ("Jose", "Jos\u00e9"),
        ("Jean-Luc", "Jean\u2013Luc"),  # an en dash is the hyphen
        ("Jean-Luc", "JEAN\u2212LUC"),  # and so is a minus sign
        ("BOB", "B0B"),  # a capital O prints as a zero
        ("root", "\ua4e3OO\ua4d4"),  # Lisu letters (the adversary's review)
    ],
)
def test_one_person_in_any_case_width_or_look_alike_letters(a, b):
    assert same_person(a, b) and same_person(b, a)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("alice", "bob"),
        ("Nick", "\u03bdick"),  # Greek small ν prints as a v: vick
        ("bob", "\u0432ob"),  # Cyrillic small в is not a b (its capital В is)
        ("alice", "alice2"),
        ("ALICE", "ALLCE"),  # a capital I is an l, not the capital L
        ("Jean-Luc", "Jean Luc"),  # a dash is a hyphen, not a space
    ],
)
def test_different_people_stay_different(a, b):
    assert not same_person(a, b)


# -- identifiers: dashes, and look-alike lot numbers and certificates (issue 14) -------------------------------

DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d"


@pytest.mark.parametrize("dash", DASHES)
def test_every_dash_look_alike_is_the_hyphen(dash):
    assert plain_hyphens(f"A{dash}1") == "A-1"
    assert require_identifier("lot number", f" A{dash}1 ") == "A-1"
    assert optional_identifier("reference", f"T{dash}7") == "T-7"
    assert identifier_spellings(f"A{dash}1") == [f"A{dash}1", "A-1"]  # as typed first: a legacy value


def test_an_identifier_is_checked_as_text_is():
    assert plain_hyphens("A~1 \u2043 _") == "A~1 - _"  # a tilde and an underscore are not dashes; a hyphen bullet is
    assert optional_identifier("reference", "  ") is None
    assert identifier_spellings("A-1") == ["A-1"]
    with pytest.raises(InvalidInput, match="^lot number: is required$"):
        require_identifier("lot number", "")
    with pytest.raises(InvalidInput, match="^lot number: holds the invisible character U[+]200B"):
        require_identifier("lot number", "A\u200b-1")
    with pytest.raises(InvalidInput, match="^certificate number: is 81 characters long; at most 80$"):
        require_identifier("certificate number", "C" * 81)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("A-10", "A-1O"),  # a capital O is a zero
        ("A-10", "a-10"),  # in any case
        ("A-10", "\u0410-10"),  # a Cyrillic А
        ("A-10", "A\u201310"),  # an en dash
        ("A-10", "\uff21\uff0d\uff11\uff10"),  # fullwidth
        ("A-11", "A-II"),  # strokes: both read a-|| (docs/DOMAIN.md: they collide, by design)
        ("A-11", "A-ll"),
        ("L-1", "L-|"),
        ("ADV-C6", "ADV-\u04216"),  # a Cyrillic С
        ("M-7", "\u039c-7"),  # a Greek Μ
        ("A-10", "A-1o"),  # a small o, as a zero
        # An adversary's review: an Armenian hyphen, a modifier minus, a palochka and Lisu letters.
        ("M16-870001", "M16\u058a870001"),
        ("M16-870001", "M16\u02d7870001"),
        ("M16-870001", "M16-87000\u04c0"),
        ("M16-870001", "\ua4df16-870001"),
    ],
)
def test_look_alike_identifiers_share_a_skeleton(a, b):
    assert not skeletons(a).isdisjoint(skeletons(b))
    assert looks_like(skeleton_index([a]), b) == (None if folded(a) == folded(b) else a)


@pytest.mark.parametrize(("a", "b"), [("A-10", "A-100"), ("A-10", "B-10"), ("A-1", "A 1")])
def test_different_identifiers_do_not(a, b):
    assert skeletons(a).isdisjoint(skeletons(b))
    assert looks_like(skeleton_index([a]), b) is None


@given(st.text(alphabet=st.characters(min_codepoint=0x20, max_codepoint=0x7E)))
def test_the_ascii_shortcut_reads_as_the_general_skeleton(text):
    """ASCII takes a shortcut; an invisible character (not read) sends the same text the long way."""
    assert skeletons(text) == skeletons(text + "\u200b")


@given(st.text(alphabet="AIl1|O0oiL-x", max_size=6), st.text(alphabet="AIl1|O0oiL-x", max_size=6))
def test_every_ascii_look_alike_is_among_the_spellings_a_database_is_asked_for(a, b):
    """The index on lower() is asked for `ascii_spellings`: no look-alike may be left out of them."""
    spellings = ascii_spellings(a)
    if spellings is not None and not skeletons(a).isdisjoint(skeletons(b)):
        assert b.lower() in spellings


def test_too_many_spellings_read_every_one():
    assert len(ascii_spellings("A-10") or ()) == 4 * 2  # its stroke: i, l, 1 or a bar; its zero: o or 0
    assert ascii_spellings("1111-1111") is None  # 4^8 ways: the service reads them all instead
    assert len(ascii_spellings("1111") or ()) <= MAX_SPELLINGS
    assert ascii_spellings("\u4e00-1") == set()  # no ASCII text looks like a CJK character
