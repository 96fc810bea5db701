"""The closed vocabularies of the domain. Values are what the database stores; labels (all in
LABELS, at the end) are the words a person reads in reports, CSV files and messages."""

from __future__ import annotations

from enum import StrEnum

from ..i18n import QT_TRANSLATE_NOOP, Translator, language_in_use


class Labelled(StrEnum):
    @property
    def label(self) -> str:
        return LABELS[type(self)][self]


def label(member: Labelled, language: str) -> str:
    """A domain word (a category, a method, a form's heading) in `language`: its label translated in
    context Vocabulary, where reports/labels.py marks each for the translators."""
    return Translator(language).translate("Vocabulary", member.label)


def word(member: Labelled) -> str:
    """A domain word in the language in use: what a message of the services or the window says."""
    return label(member, language_in_use())


class Category(Labelled):
    AP = "AP"
    AV = "AV"


class Activation(Labelled):
    VICTIM = "victim"
    COMMAND = "command"
    BOTH = "both"  # victim-activated or command-detonated, as set when emplaced (MOPMS M131)


class Delivery(Labelled):
    ARTILLERY = "artillery"
    AIR_DROPPED = "air_dropped"
    GROUND_DISPENSER = "ground_dispenser"
    MAN_PORTABLE_DISPENSER = "man_portable_dispenser"
    HAND_EMPLACED = "hand_emplaced"
    HAND_THROWN = "hand_thrown"

    @property
    def items(self) -> str:
        """What its items are called in "9,516,744 mines in 264,354 projectiles" (DOMAIN.md section 3)."""
        return ITEM_WORDS.get(self, "items")


ITEM_WORDS = {
    Delivery.ARTILLERY: "projectiles",
    Delivery.AIR_DROPPED: "dispensers",
    Delivery.GROUND_DISPENSER: "canisters",
    Delivery.MAN_PORTABLE_DISPENSER: "modules",
}


class SiteKind(Labelled):
    """What a site is for: stock is held at depots, destroyed at destruction sites (own, a
    contractor's, abroad), used at training sites."""

    DEPOT = "depot"
    DESTRUCTION = "destruction"
    TRAINING = "training"


class SdClass(Labelled):
    """How a mine stops being dangerous on its own: the SD/SDA/persistent split of the reports."""

    SD = "SD"
    SDA = "SDA"
    PERSISTENT = "persistent"


class MovementKind(Labelled):
    OPENING_BALANCE = "opening_balance"  # stock on charge when the record starts: never an acquisition
    RECEIPT = "receipt"
    DISCOVERY = "discovery"
    TRANSFER_IN = "transfer_in"
    TRANSFER_OUT = "transfer_out"
    OUT_FOR_DESTRUCTION = "out_for_destruction"
    TRAINING = "training"
    DESTROYED = "destroyed"
    CHECK_GAIN = "check_gain"
    CHECK_LOSS = "check_loss"
    RETURNED = "returned"  # unaccounted mines found and returned (rule 6): surplus again
    REVERSAL = "reversal"
    MOVE_OUT = "move_out"  # to another of the state's own sites: the lot holds them still (0013)
    MOVE_IN = "move_in"
    SHIPMENT_RETURN = "shipment_return"  # shipped for a task, come back from the destruction site (0014)
    # The destruction site's side of a shipment, of a return, and of a task closed short (0015):
    # mines there are the lot's holding at that site until destroyed, sent back or unaccounted.
    IN_FOR_DESTRUCTION = "in_for_destruction"
    SENT_BACK = "sent_back"
    UNACCOUNTED_LOSS = "unaccounted_loss"


# The kinds that bring mines in; every other kind takes them out, and a reversal undoes its entry.
# A move's two sides (MOVES) only change where the lot's mines are.
INCOMING = frozenset(
    {
        MovementKind.OPENING_BALANCE,
        MovementKind.RECEIPT,
        MovementKind.DISCOVERY,
        MovementKind.TRANSFER_IN,
        MovementKind.CHECK_GAIN,
        MovementKind.RETURNED,
    }
)


MOVES = frozenset({MovementKind.MOVE_OUT, MovementKind.MOVE_IN})

# Besides moves, the entries of a lot's unscheduled surplus where it is, at any of its own sites: a
# count's difference, a transfer out, a reversal of one (a destruction with no task, too).
AT_ANY_OWN_SITE = frozenset(
    {MovementKind.CHECK_GAIN, MovementKind.CHECK_LOSS, MovementKind.TRANSFER_OUT, MovementKind.REVERSAL}
)

# The entries a holding at a destruction site takes (besides destructions and their reversals).
AT_DESTRUCTION_SITE = frozenset(
    {MovementKind.IN_FOR_DESTRUCTION, MovementKind.SENT_BACK, MovementKind.UNACCOUNTED_LOSS}
)


class Resolution(Labelled):
    """How an investigation resolves an unaccounted loss (DOMAIN.md rule 6)."""

    FOUND_RETURNED = "found_returned"
    DESTROYED = "destroyed"
    WRITTEN_OFF = "written_off"


class Article7Part(Labelled):
    """What an office writes into a year's Article 7 report (issue 13): the cover's details, the
    text forms, and a note under each table form. Carried forward from the year before until
    written for the year."""

    STATE = "cover_state"
    CONTACT = "cover_contact"
    ORGANISATION = "cover_organisation"
    PHONE = "cover_phone"
    EMAIL = "cover_email"
    FORM_A = "A"
    FORM_B = "B"
    FORM_C = "C"
    FORM_D = "D"
    FORM_E = "E"
    FORM_F = "F"
    FORM_G = "G"
    FORM_H = "H"
    FORM_I = "I"
    FORM_J = "J"
    SUBMITTED_ON = "submitted_on"
    SUBMISSION_REF = "submission_ref"

    @property
    def is_form(self) -> bool:
        return len(self.value) == 1

    @property
    def is_submission(self) -> bool:
        """Each year's own, recorded as its report is frozen; everything else carries into the
        next year's draft."""
        return self in (Article7Part.SUBMITTED_ON, Article7Part.SUBMISSION_REF)


class RetentionCategory(Labelled):
    KOREA = "korea"
    ARTICLE3 = "article3"


class SuspensionKind(Labelled):
    """Why mines are held back from scheduling and destruction without being kept: they stay
    surplus to destroy (DOMAIN.md section 2, suspension)."""

    LEGAL_HOLD = "legal_hold"
    INVESTIGATION = "investigation"
    SAFETY = "safety"


class DestructionMethod(Labelled):
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


class TaskStatus(Labelled):
    """Stored status of a destruction task; 'overdue' and 'carried out' are derived from it."""

    OPEN = "open"
    CLOSED = "closed"
    CANCELLED = "cancelled"


class LotStatus(Labelled):
    """The stockpile screen's status filter, derived from a lot's balance."""

    UNSCHEDULED_SURPLUS = "unscheduled_surplus"
    SCHEDULED = "scheduled"
    SUSPENDED = "suspended"  # a suspension in force on part of it or all
    AT_DESTRUCTION_SITES = "at_destruction_sites"  # shipped for an open task, not yet destroyed
    PARTIALLY_DESTROYED = "partially_destroyed"
    DESTROYED = "destroyed"


class RetentionFilter(Labelled):
    ALL = "all"
    RETAINED = "retained"
    SURPLUS = "surplus"


class Rule(Labelled):
    """The rules of DOMAIN.md section 4 that a refusal or a finding names. The value is the rule's
    name, stable for programs (tests, the check's JSON) and cited by the code and the docs; the
    label says what the rule asks, for a person."""

    CONSERVATION = "conservation"
    APPEND_ONLY = "append-only"
    RETENTION_LOCK = "retention-lock"
    ALLOCATION = "allocation"
    SUSPENSION = "suspension"
    SURPLUS_TO_SCHEDULE = "surplus-to-schedule"
    POLICY = "policy"
    SCOPE = "scope"
    PERSISTENT = "persistent-mines"
    KOREA_RESERVE = "korea-reserve"
    ACQUISITION = "acquisition"
    TRANSFERS = "transfers"
    ARTICLE3_MINIMUM = "article3-minimum"
    DEADLINES = "deadlines"
    ARTICLE7_REPORTS = "article7-reports"
    RECONCILIATION = "reconciliation"
    FOUR_EYES = "four-eyes"
    TERMINAL = "terminal-state"
    TIME = "time"
    DATABASE = "database"


# Supply condition codes (DoD / SB 742-1, DOMAIN.md section 2); other states use their own: data.
CONDITION_CODES: dict[str, str] = {
    "A": "serviceable (issue without qualification)",
    "B": "serviceable (with qualification)",
    "C": "serviceable (priority issue)",
    "D": "serviceable (test/modification)",
    "E": "unserviceable (limited restoration)",
    "F": "unserviceable (reparable)",
    "G": "unserviceable (incomplete)",
    "H": "unserviceable (condemned)",
    "J": "suspended (in stock)",
    "K": "suspended (returns)",
    "L": "suspended (litigation)",
    "M": "suspended (in work)",
    "N": "suspended (emergency combat use only)",
    "P": "unserviceable (reclamation)",
    "Q": "suspended (quality deficiency)",
    "R": "suspended (awaiting condition determination)",
    "S": "unserviceable (scrap)",
    "V": "unserviceable (waste military munitions)",
}

LABELS: dict[type[Labelled], dict[Labelled, str]] = {
    Category: {
        Category.AP: "Anti-personnel",
        Category.AV: "Anti-vehicle",
    },
    Activation: {
        Activation.VICTIM: "victim-activated",
        Activation.COMMAND: "command-detonated",
        Activation.BOTH: "both (victim-activated or command-detonated)",
    },
    Delivery: {
        Delivery.ARTILLERY: "artillery",
        Delivery.AIR_DROPPED: "air-dropped",
        Delivery.GROUND_DISPENSER: "ground dispenser",
        Delivery.MAN_PORTABLE_DISPENSER: "man-portable dispenser",
        Delivery.HAND_EMPLACED: "hand-emplaced",
        Delivery.HAND_THROWN: "hand-thrown",
    },
    SiteKind: {
        SiteKind.DEPOT: "depot",
        SiteKind.DESTRUCTION: "destruction site",
        SiteKind.TRAINING: "training site",
    },
    SdClass: {
        SdClass.SD: "self-destructing (SD)",
        SdClass.SDA: "self-deactivating only (SDA)",
        SdClass.PERSISTENT: "persistent",
    },
    MovementKind: {
        MovementKind.OPENING_BALANCE: "opening balance",
        MovementKind.RECEIPT: "receipt",
        MovementKind.DISCOVERY: "discovery",
        MovementKind.TRANSFER_IN: "transfer in",
        MovementKind.TRANSFER_OUT: "transfer out",
        MovementKind.OUT_FOR_DESTRUCTION: "shipped for destruction",
        MovementKind.TRAINING: "consumed in training",
        MovementKind.DESTROYED: "destroyed",
        MovementKind.CHECK_GAIN: "stock-check gain",
        MovementKind.CHECK_LOSS: "stock-check loss",
        MovementKind.RETURNED: "found and returned",
        MovementKind.REVERSAL: "reversal",
        MovementKind.MOVE_OUT: "moved to another site",
        MovementKind.MOVE_IN: "moved from another site",
        MovementKind.SHIPMENT_RETURN: "returned from a destruction site",
        MovementKind.IN_FOR_DESTRUCTION: "shipped in for destruction",
        MovementKind.SENT_BACK: "sent back from destruction",
        MovementKind.UNACCOUNTED_LOSS: "unaccounted loss",
    },
    Resolution: {
        Resolution.FOUND_RETURNED: "found and returned",
        Resolution.DESTROYED: "destroyed with a certificate",
        Resolution.WRITTEN_OFF: "written off by an authority",
    },
    Article7Part: {
        Article7Part.STATE: "State",
        Article7Part.CONTACT: "Point of contact",
        Article7Part.ORGANISATION: "Organisation",
        Article7Part.PHONE: "Telephone",
        Article7Part.EMAIL: "E-mail",
        Article7Part.FORM_A: "Form A - national implementation measures",
        Article7Part.FORM_B: "Form B - stockpiled anti-personnel mines",
        Article7Part.FORM_C: "Form C - location of mined areas",
        Article7Part.FORM_D: "Form D - anti-personnel mines retained or transferred",
        Article7Part.FORM_E: "Form E - status of programmes for conversion or decommissioning of production facilities",
        Article7Part.FORM_F: "Form F - status of programmes for destruction of anti-personnel mines",
        Article7Part.FORM_G: "Form G - anti-personnel mines destroyed",
        Article7Part.FORM_H: "Form H - technical characteristics of each type",
        Article7Part.FORM_I: "Form I - measures to provide an immediate and effective warning to the population",
        Article7Part.FORM_J: "Form J - other relevant matters",
        Article7Part.SUBMITTED_ON: "Date of submission",
        Article7Part.SUBMISSION_REF: "Submission reference",
    },
    RetentionCategory: {
        RetentionCategory.KOREA: "Korea defence",
        RetentionCategory.ARTICLE3: "Article 3 training",
    },
    SuspensionKind: {
        SuspensionKind.LEGAL_HOLD: "legal hold",
        SuspensionKind.INVESTIGATION: "investigation",
        SuspensionKind.SAFETY: "safety",
    },
    DestructionMethod: {
        DestructionMethod.OPEN_DETONATION: "open detonation",
        DestructionMethod.OPEN_BURNING: "open burning",
        DestructionMethod.CONTAINED_DETONATION: "contained detonation",
        DestructionMethod.INCINERATION_STATIC: "incineration (static kiln)",
        DestructionMethod.INCINERATION_ROTARY: "incineration (rotary kiln)",
        DestructionMethod.DISASSEMBLY: "mechanical disassembly",
        DestructionMethod.WASHOUT: "washout/meltout",
        DestructionMethod.CRYOFRACTURE: "cryofracture",
        DestructionMethod.CUTTING: "cutting",
        DestructionMethod.OTHER: "other",
    },
    TaskStatus: {
        TaskStatus.OPEN: "open",
        TaskStatus.CLOSED: "closed",
        TaskStatus.CANCELLED: "cancelled",
    },
    LotStatus: {
        LotStatus.UNSCHEDULED_SURPLUS: "unscheduled surplus",
        LotStatus.SCHEDULED: "scheduled",
        LotStatus.SUSPENDED: "suspended",
        LotStatus.AT_DESTRUCTION_SITES: "at destruction sites",
        LotStatus.PARTIALLY_DESTROYED: "partially destroyed",
        LotStatus.DESTROYED: "destroyed",
    },
    RetentionFilter: {
        RetentionFilter.ALL: "all lots",
        RetentionFilter.RETAINED: "retained",
        RetentionFilter.SURPLUS: "surplus",
    },
    Rule: {
        Rule.CONSERVATION: QT_TRANSLATE_NOOP(
            "Rules", "conservation: every mine is accounted for and stock never goes below zero"
        ),
        Rule.APPEND_ONLY: QT_TRANSLATE_NOOP(
            "Rules", "append-only ledger: entries are never changed; a mistake is corrected by a reversal"
        ),
        Rule.RETENTION_LOCK: QT_TRANSLATE_NOOP(
            "Rules", "retention lock: retained mines cannot be scheduled, moved or destroyed"
        ),
        Rule.ALLOCATION: QT_TRANSLATE_NOOP(
            "Rules", "allocation: what is scheduled for destruction cannot exceed the surplus"
        ),
        Rule.SUSPENSION: QT_TRANSLATE_NOOP(
            "Rules", "suspension: suspended mines are surplus, but cannot be scheduled, moved or destroyed"
        ),
        Rule.SURPLUS_TO_SCHEDULE: QT_TRANSLATE_NOOP(
            "Rules", "surplus to schedule: all surplus is scheduled for destruction"
        ),
        Rule.POLICY: QT_TRANSLATE_NOOP("Rules", "policy: only the retention the policy permits"),
        Rule.SCOPE: QT_TRANSLATE_NOOP("Rules", "scope: what the profile governs; other stock is shown apart"),
        Rule.PERSISTENT: QT_TRANSLATE_NOOP("Rules", "persistent mines: kept only for training"),
        Rule.KOREA_RESERVE: QT_TRANSLATE_NOOP(
            "Rules", "Korea reserve: for the defence of the Republic of Korea, no more than required"
        ),
        Rule.ACQUISITION: QT_TRANSLATE_NOOP("Rules", "acquisition ban: no mines acquired after the ban"),
        Rule.TRANSFERS: QT_TRANSLATE_NOOP("Rules", "transfers: only for destruction"),
        Rule.ARTICLE3_MINIMUM: QT_TRANSLATE_NOOP("Rules", "Article 3: only the minimum number absolutely necessary"),
        Rule.DEADLINES: QT_TRANSLATE_NOOP("Rules", "deadlines: all surplus destroyed by the deadline"),
        Rule.ARTICLE7_REPORTS: QT_TRANSLATE_NOOP(
            "Rules", "Article 7 reports: the initial one within 180 days, then one by each 30 April"
        ),
        Rule.RECONCILIATION: QT_TRANSLATE_NOOP("Rules", "reconciliation: shipped, destroyed and certified agree"),
        Rule.FOUR_EYES: QT_TRANSLATE_NOOP("Rules", "four eyes: a second person verifies"),
        Rule.TERMINAL: QT_TRANSLATE_NOOP("Rules", "terminal states: what is final takes no further change"),
        Rule.TIME: QT_TRANSLATE_NOOP("Rules", "dates: none in the future or before the lot existed"),
        Rule.DATABASE: QT_TRANSLATE_NOOP("Rules", "the database's own checks"),
    },
}
