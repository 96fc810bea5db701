"""What the ledger machine draws: dates, quantities, names and picks, mostly valid and now and
then wrong, so that refusals are tried as often as the actions themselves."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import strategies as st

from ...helpers import TODAY

FUTURE = TODAY + timedelta(days=1)
# Mostly today, so that most movements are not refused for their date alone; now and then a date
# before the lot existed, or tomorrow.
DATES = st.sampled_from([TODAY] * 8 + [date(2026, 2, 1), date(2024, 3, 1), date(2019, 6, 1), FUTURE])
RECEIPT_DATES = st.sampled_from([date(2020, 1, 15), date(2023, 5, 2), TODAY, date(2026, 1, 5), FUTURE])
PLANNED_DATES = st.sampled_from([date(2026, 1, 10), TODAY, date(2026, 9, 30), date(2027, 3, 1)])

# A quantity relative to what the action could take, or an absolute one: small, zero, negative,
# or far more than any lot holds.
QUANTITY = st.one_of(
    st.sampled_from(["all", "half", "one"] * 5 + ["over", 0, -1, 3_000_000]),
    st.integers(1, 25),
)
NEW_QUANTITY = st.one_of(*[st.integers(1, 60)] * 3, st.sampled_from([0, -5, 3_000_000]))
# An index into the machine's lots, tasks, events or ledger entries; -1 is an id that does not exist.
PICK = st.integers(-1, 40)
MISSING_ID = 999_999
# Mostly a candidate that fits the action (a lot with surplus, an open task...), sometimes any.
FITTING = st.sampled_from([True, True, True, False])

# M18A1 (command-detonated) and BLU-91/B (anti-vehicle) are outside both profiles' scope; M131 is
# activated both ways, inside it.
TYPES = st.sampled_from(["M67", "M16", "BLU-91/B"] * 3 + ["M18A1", "M131", "NO-SUCH-TYPE"])
SITES = st.sampled_from(["ANAD", "CAMP-C"] * 5 + ["NO-SUCH-SITE"])
METHODS = st.sampled_from(["open_detonation", "incineration_static"] * 5 + ["catapult"])
WITNESSES = st.sampled_from(["Sgt. Ruiz"] * 9 + [" capt. AMES "])  # the officer is Capt. Ames
# legal_hold is a suspension since schema 0009: as a retention category it is refused.
CATEGORIES = st.sampled_from(["korea", "article3", "legal_hold", "article3", None])
INSTITUTIONS = st.sampled_from(["Army Engineer School"] * 4 + [None])


def resolve(spec: int | str, reference: int) -> int:
    """Turn a drawn quantity into a number, relative to what the action could take."""
    if isinstance(spec, int):
        return spec
    return {"all": reference, "half": max(reference // 2, 1), "one": 1, "over": reference + 1}[spec]


def pick(items: list[int], index: int) -> int:
    if index < 0 or not items:
        return MISSING_ID
    return items[index % len(items)]
