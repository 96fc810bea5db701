"""Pure rules: no session, no clock, so they can be tested on their own."""

from __future__ import annotations

import itertools
import math
import re
import unicodedata
from collections.abc import Iterable
from datetime import date, datetime

from ..i18n import figure_in, language_in_use, translate
from .enums import SdClass
from .errors import InvalidInput


def sd_class(self_destruct_hours: int | None, self_deactivating: bool) -> SdClass:
    if self_destruct_hours is not None:
        return SdClass.SD
    if self_deactivating:
        return SdClass.SDA
    return SdClass.PERSISTENT


def covered_contents(
    ap_per_item: int, av_per_item: int, activation: str, categories: Iterable[str], activations: Iterable[str]
) -> tuple[int, int]:
    """The (AP, AV) mines of one item a policy profile governs: its AP mines if it governs AP, its
    AV mines if it governs AV, when it governs the type's activation. The one test of scope: a
    type is covered when any is above zero; the rest of the item is shown apart, never counted
    against an obligation (DOMAIN.md section 2, scope and contents)."""
    if activation not in activations:
        return (0, 0)
    categories = set(categories)
    return (ap_per_item if "AP" in categories else 0, av_per_item if "AV" in categories else 0)


def covered_per_item(
    ap_per_item: int, av_per_item: int, activation: str, categories: Iterable[str], activations: Iterable[str]
) -> int:
    """How many of one item's mines a profile governs (`covered_contents` added up)."""
    return sum(covered_contents(ap_per_item, av_per_item, activation, categories, activations))


def mines_in_items(mines: int, items: int, word: str) -> str:
    """ "9,516,744 mines in 264,354 projectiles": a figure in mines with the items that hold them."""
    return f"{mines:,} mines in {items:,} {word}"


def contents_label(ap_per_item: int, av_per_item: int) -> str:
    """ "36 AP", "1 AP + 5 AV", "1 AV": what one item holds, in the catalogue's words."""
    return " + ".join(f"{n:,} {category}" for n, category in ((ap_per_item, "AP"), (av_per_item, "AV")) if n)


MAX_QUANTITY = 2_147_483_647  # what the database's integer columns hold


def ascii_int(text: str) -> int:
    """A whole number typed on the command line, in ASCII digits only: int() also reads "٢٠٢٥" and
    " 2025", which a year or a quantity of the record is never taken from (imports refuse them too).
    Named `int` so that argparse says "invalid int value", as for any other bad number."""
    if not re.fullmatch(r"[+-]?[0-9]+", text):
        raise ValueError(text)
    return int(text)


ascii_int.__name__ = "int"


def require_whole(field: str, quantity: object, what: str = "", minimum: int = 0) -> int:
    """`what` names the line ("lot L-001: ") when a form has several quantities."""
    if quantity is None:
        raise InvalidInput(field, translate("Services", "{what}is required").format(what=what))
    if isinstance(quantity, bool) or not isinstance(quantity, int):
        raise InvalidInput(
            field,
            translate("Services", "{what}must be a whole number of mines, not {value}").format(
                what=what, value=repr(quantity)
            ),
        )
    if quantity < minimum:
        said = (
            translate("Services", "{what}must be more than zero, not {quantity}")
            if minimum == 1
            else translate("Services", "{what}must be zero or more, not {quantity}")
        )
        raise InvalidInput(field, said.format(what=what, quantity=_figure(quantity)))
    if quantity > MAX_QUANTITY:
        raise InvalidInput(
            field,
            translate("Services", "{what}{quantity} is more than the {most} a record can hold").format(
                what=what,
                quantity=_figure(quantity),
                most=_figure(MAX_QUANTITY),
            ),
        )
    return quantity


def require_positive(field: str, quantity: object, what: str = "") -> int:
    return require_whole(field, quantity, what, minimum=1)


def require_date(field: str, day: object) -> date:
    if not isinstance(day, date) or isinstance(day, datetime):
        raise InvalidInput(
            field, translate("Services", "must be a date (YYYY-MM-DD), not {value}").format(value=repr(day))
        )
    return day


def require_not_future(field: str, day: date, today: date) -> date:
    require_date(field, day)
    if day > today:
        raise InvalidInput(
            field,
            translate("Services", "{day} is in the future (today is {today})").format(
                day=day.isoformat(), today=today.isoformat()
            ),
        )
    return day


FIRST_YEAR = 1997  # the year the Convention was signed: no record holds a day, or reports a year, before it


def require_on_record(field: str, day: date, today: date) -> date:
    """A day the record can speak of: from 1997, the year the Convention was signed, to today
    (the bounds of every dated option, --as-of among them)."""
    require_not_future(field, day, today)
    if day.year < FIRST_YEAR:
        raise InvalidInput(
            field,
            translate("Services", "{day} is before {year}, the year the Convention was signed").format(
                day=day.isoformat(), year=FIRST_YEAR
            ),
        )
    return day


def require_text(field: str, value: object, max_length: int = 200, lines: bool = False) -> str:
    """`lines`: free text (a reason, notes) that may run over several lines; otherwise one line."""
    text = _stripped(field, value, max_length, lines)
    if not text:
        raise InvalidInput(field, translate("Services", "is required"))
    return text


def optional_text(field: str, value: object, max_length: int = 2000, lines: bool = False) -> str | None:
    return _stripped(field, value, max_length, lines) or None


def require_identifier(field: str, value: object, max_length: int = 80) -> str:
    """A lot number, certificate number or task reference: one line of text as `require_text` takes
    it, with every dash that looks like a hyphen kept as the hyphen (`plain_hyphens`), so "A–1" typed
    with an en dash is the lot A-1."""
    return plain_hyphens(require_text(field, value, max_length))


def optional_identifier(field: str, value: object, max_length: int = 80) -> str | None:
    return plain_hyphens(optional_text(field, value, max_length) or "") or None


def identifier_spellings(text: str) -> list[str]:
    """What a typed lot number, certificate or task reference is looked up as: as typed (kept in one
    spelling, `normalised`: a value on the record from before may hold an en dash) and with plain
    hyphens, as it is kept now; in that order."""
    typed = normalised(text)
    return list(dict.fromkeys((typed, plain_hyphens(typed))))


# Dashes that print as a hyphen-minus (a word processor's en dash, a minus sign, the small and
# fullwidth forms): an identifier typed with one is kept, and looked up, with the hyphen.
_DASHES = str.maketrans(
    dict.fromkeys(
        "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d"  # dashes, minus, their small and wide forms
        "\u058a\u02d7\u2043\u2500\u2796\u2e3a\u2e3b\u30fc\uff70\u1806",  # Armenian hyphen, modifier minus, ...
        "-",
    )
)


def plain_hyphens(text: str) -> str:
    """`text` with each dash look-alike (U+2010 to U+2015, the minus sign U+2212, the small em dash
    U+FE58, the small and fullwidth hyphen-minus U+FE63 and U+FF0D) made the hyphen-minus "-"."""
    return text.translate(_DASHES)


def _stripped(field: str, value: object, max_length: int, lines: bool) -> str:
    """Text as typed, without the spaces around it and in one spelling (`normalised`); None is empty."""
    if value is None:
        return ""
    if not isinstance(value, str):
        raise InvalidInput(field, translate("Services", "must be text, not {value}").format(value=repr(value)))
    text = normalised(value)
    if len(text) > max_length:
        raise InvalidInput(field, too_long(len(text), max_length))
    refused = refused_character(text, lines)
    if refused:
        raise InvalidInput(field, refused)
    return text


def too_long(length: int, max_length: int) -> str:
    """Why a text is refused for its length (the forms and the imports alike)."""
    return translate("Services", "is {length} characters long; at most {most}").format(
        length=_figure(length), most=_figure(max_length)
    )


def normalised(text: str) -> str:
    """Text as it is kept: without the spaces around it, and composed (Unicode NFC), so that an é
    typed as one character and an é typed as e and an accent are one name, one lot number."""
    return unicodedata.normalize("NFC", text.strip())


def refused_character(text: str, lines: bool = False) -> str | None:
    """Why text cannot be kept, or None: a control character (NUL, which PostgreSQL cannot store,
    or what a binary file holds); in one line (a name, a code, a reference) also a line break or an
    invisible format character (zero-width space, right-to-left override), which would make two
    entries that look alike or a name that prints backwards. Free text keeps tabs and line breaks.
    Anywhere, a character no document can hold (XML 1.0, in which a DOCX is written): U+FFFE,
    U+FFFF and a lone surrogate."""
    for char in text:
        kind = unicodedata.category(char)
        if kind == "Cs" or char in "\ufffe\uffff":
            return translate("Services", "holds {code}, which is not a character a document can hold").format(
                code=f"U+{ord(char):04X}"
            )
        if kind == "Cc" and not (lines and char in "\t\r\n"):
            if char in "\r\n":
                return translate("Services", "must be one line")
            return translate("Services", "holds the control character {code}").format(code=f"U+{ord(char):04X}")
        if not lines and kind in ("Zl", "Zp"):
            return translate("Services", "must be one line")
        if not lines and (kind == "Cf" or char in _BLANK_LETTERS or 0xFE00 <= ord(char) <= 0xFE0F):
            name = unicodedata.name(char, "") or translate("Services", "a format character")
            return translate("Services", "holds the invisible character {code} ({name})").format(
                code=f"U+{ord(char):04X}", name=name
            )
    return None


# Characters that print as nothing but are not format characters (Unicode's default-ignorable
# letters and marks, and the braille blank): a name ending in one looks like another.
_BLANK_LETTERS = frozenset("\u034f\u115f\u1160\u17b4\u17b5\u180b\u180c\u180d\u180f\u2800\u3164\uffa0")


def folded(text: str) -> str:
    """A code or designation as the eye reads it, to find one that only looks new: M67, m67 and
    the fullwidth Ｍ67 are one (Unicode compatibility forms, NFKC, then case folded)."""
    return unicodedata.normalize("NFKC", unicodedata.normalize("NFKC", text).casefold())


# Letters of other scripts that print as Latin ones, by their own case (the Greek capital Ν is an N,
# its small ν a v): a name typed with one of them is another string but the same name to the eye.
# Unicode's list of confusables (UTS #39) holds thousands; these are the ones keyboards give.
_LOOKALIKES = str.maketrans(
    {
        **dict(zip("АВЕКМНОРСТУХЅІЈԚԜаеорсухѕіјԁԛԝһӏү", "ABEKMHOPCTYXSIJQWaeopcyxsijdqwhly", strict=True)),  # Cyrillic
        **dict(zip("ΑΒΕΖΗΙΚΜΝΟΡΤΥΧαικνορυχ", "ABEZHIKMNOPTYXaikvopux", strict=True)),  # Greek
        **dict(zip("ɑɡıօսհ", "agiouh", strict=True)),  # Latin alpha, script g, dotless i; Armenian
        **dict(zip("ᎪᏴᏟᎬᎻᎫᏦᏞᎷᏢᏚᎳᏙᏃᎠᏀᎢ", "ABCEHJKLMPSWVZDGT", strict=True)),  # Cherokee capitals
        **dict(zip("ꓐꓑꓓꓔꓖꓗꓙꓚꓜꓟꓠꓡꓢꓣꓦꓧꓪꓫꓬꓮꓰꓲꓳꓴ", "BPDTGKJCZMNLSRVHWXYAEIOU", strict=True)),  # Lisu
        **dict(
            zip("\u04c0\u026a\u05d5\u05df", "lill", strict=True)
        ),  # palochka, small capital I, Hebrew vav, final nun
    }
)
# Strokes that print alike in most fonts, by their case (a capital I, a small l, a one and a bar), and
# the O (either case) and the zero, each made one mark that no letter folds into.
_STROKES = str.maketrans({**dict.fromkeys("Il1|\u01c0", "|"), **dict.fromkeys("Oo", "0")})
# The same for ASCII, case folded too, as bytes: an import reads 100,000 lot numbers so.
_ASCII_STROKES = bytes(ord(chr(byte).translate(_STROKES).lower()) for byte in range(128)) + bytes(range(128, 256))


def same_person(a: str, b: str) -> bool:
    """Whether two names are one person's, as the four-eyes rule reads them: their `skeletons`
    meet. In any case, width or compatibility form (`folded`), with a Cyrillic, Greek or Cherokee
    letter that prints as a Latin one taken for it ("аlice" with a Cyrillic а is alice), accents not
    read (alicé, ALİCE), a capital I, a one or a bar read as the l they print like (aIice, a1ice), a
    capital O as a zero and any dash as a hyphen. An invisible character (refused in a name now, but
    perhaps on the record from before) is not read either. Stricter than the eye, never looser: two
    people whose names differ only so cannot verify each other."""
    return not skeletons(a).isdisjoint(skeletons(b))


def skeletons(text: str) -> frozenset[str]:
    """How `text` reads to the eye, in the two forms look-alikes are compared by (two texts that
    share one look alike): in any case, width or compatibility form (`folded`), with letters of other
    scripts that print as Latin ones taken for them (`_LOOKALIKES`), accents and invisible characters
    not read and every dash a hyphen (`plain_hyphens`); then once case folded as it is, and once with
    the strokes (capital I, small l, one, bar) made one mark and an O (either case) a zero, before
    case is folded. So ALICE and alice, aIice and alice, A-1O, A-1o and A-10 meet; and so do A-II and A-11, which
    a reader cannot tell apart either. Two forms, because folding case first makes a capital I the
    small i, which is not the l it prints like, and folding after makes ALICE an "al|ce"."""
    if text.isascii() and text.isprintable():  # the common case, as the general one reads it (tested)
        return frozenset((text.lower(), text.encode().translate(_ASCII_STROKES).decode()))
    seen = _seen(text)
    return frozenset((_unmarked(folded(seen)), folded(_unmarked(seen).translate(_STROKES))))


def looks_like(held: dict[str, str], text: str, marks: frozenset[str] | None = None) -> str | None:
    """The text of `held` (a `skeleton_index`) that `text` looks like without being it in any case or
    width (`folded`), if any. `marks`: the skeletons of `text`, when they are already known."""
    found = [held[mark] for mark in (skeletons(text) if marks is None else marks) if mark in held]
    key = folded(text) if found else ""
    return next((other for other in found if folded(other) != key), None)


def skeleton_index(texts: Iterable[str]) -> dict[str, str]:
    """Each skeleton of `texts` and the first text that has it: computed once, for an import to
    look up each row's lot number or certificate in (`looks_like`)."""
    index: dict[str, str] = {}
    for text in texts:
        for mark in skeletons(text):
            index.setdefault(mark, text)
    return index


# The ASCII characters a skeleton's stroke and zero stand for, case folded (a capital I reads as i).
_SPELLINGS = {"|": "il1|", "0": "o0"}
MAX_SPELLINGS = 256


def ascii_spellings(text: str) -> set[str] | None:
    """Every ASCII text, case folded, whose `skeletons` could meet those of `text` (a superset, for
    a database to find by its index on lower()), or None when there are more than MAX_SPELLINGS."""
    spellings: set[str] = set()
    for mark in skeletons(text):
        if not mark.isascii():
            continue  # no ASCII text has it
        count = math.prod(len(_SPELLINGS.get(char, char)) for char in mark)
        if len(spellings) + count > MAX_SPELLINGS:
            return None
        spellings.update(map("".join, itertools.product(*(_SPELLINGS.get(char, char) for char in mark))))
    return spellings


def _seen(name: str) -> str:
    visible = "".join(
        char
        for char in unicodedata.normalize("NFKC", name)
        if unicodedata.category(char) != "Cf" and char not in _BLANK_LETTERS and not 0xFE00 <= ord(char) <= 0xFE0F
    )
    return plain_hyphens(visible.translate(_LOOKALIKES))


def _unmarked(text: str) -> str:
    return "".join(char for char in unicodedata.normalize("NFD", text) if unicodedata.category(char) != "Mn")


def first_negative_balance(entries: Iterable[tuple[date, int, int]]) -> tuple[date, int] | None:
    """The first (date, balance) at which a running balance goes below zero, if any.

    Entries are (date, order, quantity); entries on the same date count in their order, so a
    balance that is negative only for a moment within a day is still caught.
    """
    balance = 0
    for day, _order, quantity in sorted(entries):
        balance += quantity
        if balance < 0:
            return day, balance
    return None


def first_retention_breach(
    movements: Iterable[tuple[date, int]],
    decisions: Iterable[tuple[date, int, int]],
    suspensions: Iterable[tuple[date, date | None, int]] = (),
) -> tuple[date, int, int] | None:
    """The first day at whose end more would be retained or suspended than is on hand:
    (day, retained + suspended, on hand).

    `movements` are (date, quantity); `decisions` are (valid from, order, retained quantity), the
    latest in force; `suspensions` are (from, lifted on or None, quantity), in force from their first
    day until the day they are lifted. A backdated entry, decision or suspension is checked against
    the days it reaches.
    """
    movements = sorted(movements)
    decisions = sorted(decisions)
    suspensions = list(suspensions)
    days = {day for day, _q in movements} | {day for day, _o, _q in decisions} | {s[0] for s in suspensions}
    on_hand, retained, m, d = 0, 0, 0, 0
    for day in sorted(days):
        while m < len(movements) and movements[m][0] <= day:
            on_hand += movements[m][1]
            m += 1
        while d < len(decisions) and decisions[d][0] <= day:
            retained = decisions[d][2]
            d += 1
        held_back = retained + sum(
            quantity for since, lifted, quantity in suspensions if since <= day and (lifted is None or lifted > day)
        )
        if held_back > on_hand:
            return day, held_back, on_hand
    return None


def korea_excess(reserved: Iterable[tuple[int, str, int]], requirement: int) -> list[tuple[int, str, int]]:
    """The mines of one type reserved for Korea beyond its requirement, lot by lot (DOMAIN.md
    section 4, korea-reserve): the requirement is met from the lots in lot-number order, so the
    excess is in the last lots by lot number. (lot id, lot number, reserved) in; (lot id, lot
    number, excess) out, for the lots that hold some."""
    left, excess = requirement, []
    for lot_id, number, quantity in sorted(reserved, key=lambda lot: lot[1]):
        kept = min(quantity, left)
        left -= kept
        if quantity > kept:
            excess.append((lot_id, number, quantity - kept))
    return excess


def add_years(day: date, years: int) -> date:
    """The same calendar day `years` later; 29 February falls back to 28 February."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def forecast_completion(remaining: int, monthly_rate: float, today: date) -> date | None:
    """When `remaining` mines are gone at `monthly_rate` a month from today; None at no rate, or at
    a rate so slow that the day lies beyond any calendar (year 9999): "never at the recent rate"."""
    if remaining <= 0:
        return today
    if monthly_rate <= 0:
        return None
    months = math.ceil(remaining / monthly_rate)
    year, month = divmod(today.month - 1 + months, 12)
    if today.year + year > date.max.year:
        return None
    return date(today.year + year, month + 1, 1)


def month_start(day: date) -> date:
    return day.replace(day=1)


_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def iso_date(text: str) -> date:
    """A date as people and files here write it, YYYY-MM-DD, and only so: Python's own reading
    would also take 20260101 and 2026-W01-1. ValueError otherwise."""
    if not _ISO_DATE.fullmatch(text):
        raise ValueError(f"{text!r} is not a date (YYYY-MM-DD)")
    return date.fromisoformat(text)


def _figure(number: int) -> str:
    """A figure in a message, as the language in use writes it (1,500 / 1 500 / 1.500)."""
    return figure_in(number, language_in_use())
