"""The closed vocabularies of the domain. Values are what the database stores."""

from __future__ import annotations

from enum import StrEnum


class Category(StrEnum):
    AP = "AP"
    AV = "AV"

    @property
    def label(self) -> str:
        return {"AP": "Anti-personnel", "AV": "Anti-vehicle"}[self.value]


class Activation(StrEnum):
    VICTIM = "victim"
    COMMAND = "command"


class Delivery(StrEnum):
    ARTILLERY = "artillery"
    AIR_DROPPED = "air_dropped"
    GROUND_DISPENSER = "ground_dispenser"
    MAN_PORTABLE_DISPENSER = "man_portable_dispenser"
    HAND_EMPLACED = "hand_emplaced"
    HAND_THROWN = "hand_thrown"


class SdClass(StrEnum):
    """How a mine stops being dangerous on its own: the SD/SDA/persistent split of the reports."""

    SD = "SD"
    SDA = "SDA"
    PERSISTENT = "persistent"


class MovementKind(StrEnum):
    RECEIPT = "receipt"
    DISCOVERY = "discovery"
    TRANSFER_IN = "transfer_in"
    TRANSFER_OUT = "transfer_out"
    OUT_FOR_DESTRUCTION = "out_for_destruction"
    TRAINING = "training"
    DESTROYED = "destroyed"
    CHECK_GAIN = "check_gain"
    CHECK_LOSS = "check_loss"
    REVERSAL = "reversal"

    @property
    def label(self) -> str:
        return _MOVEMENT_LABELS[self]

    @property
    def sign(self) -> int:
        """+1 for kinds that bring mines in, -1 for those that take them out, 0 for reversal."""
        if self in INCOMING:
            return 1
        if self is MovementKind.REVERSAL:
            return 0
        return -1


INCOMING = frozenset(
    {MovementKind.RECEIPT, MovementKind.DISCOVERY, MovementKind.TRANSFER_IN, MovementKind.CHECK_GAIN}
)

_MOVEMENT_LABELS = {
    MovementKind.RECEIPT: "receipt",
    MovementKind.DISCOVERY: "discovery",
    MovementKind.TRANSFER_IN: "transfer in",
    MovementKind.TRANSFER_OUT: "transfer out",
    MovementKind.OUT_FOR_DESTRUCTION: "transfer out for destruction",
    MovementKind.TRAINING: "consumed in training",
    MovementKind.DESTROYED: "destroyed",
    MovementKind.CHECK_GAIN: "stock-check gain",
    MovementKind.CHECK_LOSS: "stock-check loss",
    MovementKind.REVERSAL: "reversal",
}


class RetentionCategory(StrEnum):
    KOREA = "korea"
    ARTICLE3 = "article3"
    LEGAL_HOLD = "legal_hold"

    @property
    def label(self) -> str:
        return {
            "korea": "Korea defence",
            "article3": "Article 3 training",
            "legal_hold": "legal hold",
        }[self.value]


class DestructionMethod(StrEnum):
    OPEN_DETONATION = "open_detonation"
    OPEN_BURNING = "open_burning"
    CONTAINED_DETONATION = "contained_detonation"
    INCINERATION_STATIC = "incineration_static"
    INCINERATION_ROTARY = "incineration_rotary"
    DISASSEMBLY = "disassembly"
    WASHOUT = "washout"
    CRYOFRACTURE = "cryofracture"
    CUTTING = "cutting"
    OTHER = "other"

    @property
    def label(self) -> str:
        return {
            "open_detonation": "open detonation",
            "open_burning": "open burning",
            "contained_detonation": "contained detonation",
            "incineration_static": "incineration (static kiln)",
            "incineration_rotary": "incineration (rotary kiln)",
            "disassembly": "mechanical disassembly",
            "washout": "washout/meltout",
            "cryofracture": "cryofracture",
            "cutting": "cutting",
            "other": "other",
        }[self.value]


class TaskStatus(StrEnum):
    """Stored status of a destruction task; 'overdue' and 'carried out' are derived from it."""

    OPEN = "open"
    CLOSED = "closed"
    CANCELLED = "cancelled"


class LotStatus(StrEnum):
    """The stockpile screen's status filter, derived from a lot's balance."""

    UNSCHEDULED_SURPLUS = "unscheduled_surplus"
    SCHEDULED = "scheduled"
    PARTIALLY_DESTROYED = "partially_destroyed"
    DESTROYED = "destroyed"


class RetentionFilter(StrEnum):
    ALL = "all"
    RETAINED = "retained"
    SURPLUS = "surplus"


# US ammunition condition codes; the letters after K are kept editable in spirit ([check] in DOMAIN.md).
CONDITION_CODES: dict[str, str] = {
    "A": "serviceable",
    "B": "serviceable with qualification",
    "C": "priority issue",
    "D": "test/modification",
    "E": "unserviceable, limited restoration",
    "F": "repairable",
    "G": "incomplete",
    "H": "condemned",
    "J": "suspended in stock",
    "K": "suspended, returns",
    "L": "suspended, lot number",
    "M": "suspended, in work",
    "N": "suspended, ammunition suspended",
    "P": "reclassified",
}
