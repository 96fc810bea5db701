"""The world of the synthetic stockpile: its dates, sites, catalogue and the names in its records,
and how often each kind of lot and ledger entry comes up."""

from __future__ import annotations

from datetime import date

from stockpile_tracker.demo import load_catalogue
from stockpile_tracker.domain.enums import INCOMING as INCOMING_KINDS

GENERATOR_VERSION = 2  # part of the cached file's name: raise it when the rows generated change
END = date(2026, 10, 31)  # the synthetic "today": nothing is dated later
POLICY = date(2022, 6, 21)  # US 2022 policy: Korea retention decided, destruction begins
LOADER = "bench-loader"
DEMIL_SITE = "TEAD"
KOREA_SITE = "CAMP-C"

CATALOGUE = load_catalogue()  # DOMAIN.md section 3, the same data the demo uses

# Relative frequency of each catalogue type among the lots (PMN-2 only appears as discoveries).
TYPE_WEIGHTS = {
    "ADAM M692": 18,
    "ADAM M731": 12,
    "CBU-89/B": 14,
    "M87": 10,
    "M131": 4,
    "M86": 4,
    "M18A1": 9,
    "M14": 7,
    "M16": 9,
}
ADAM = {"ADAM M692", "ADAM M731"}
TRAINING_TYPES = {"M14", "M16", "M18A1"}
DISCOVERED_TYPE = "PMN-2"
NOTES = [
    "crates repacked after water damage",
    "fuze inspection due",
    "relocated from Seneca Army Depot",
    "pallet markings illegible; lot confirmed by DODIC",
    "partial crate found at annual inventory",
    "stored in igloo {n}",
]
TRANSFER_UNITS = ["2nd Engineer Bn", "82nd Airborne Div", "USMC 1st CEB", "Fort Leonard Wood", "Yuma PG"]
OFFICERS = ["Capt. A. Smith", "Maj. L. Ortiz", "CW3 R. Chen", "D. Moore (contractor)"]
WITNESS = "B. Jones (national authority)"
REVERSAL_REASONS = ["entered against the wrong lot", "quantity keyed twice", "document cancelled by sender"]

# Routine ledger entries between receipt and the end of the record, by relative frequency.
ROUTINE_KINDS = ["transfer_out", "transfer_in", "check_loss", "check_gain", "reversal"]
ROUTINE_CUM_WEIGHTS = [30, 54, 70, 92, 100]
INCOMING = {kind.value for kind in INCOMING_KINDS}  # as the program's own rules say
