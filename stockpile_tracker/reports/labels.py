"""The domain's words as a report prints them, in the report's language. The domain keeps its labels
in English and imports nothing of ours; each label a report prints is marked here for the
translators (tests/unit/test_translations.py checks none is missing), and `label` (domain.enums, which
the services' messages share) gives it in the report's language."""

from __future__ import annotations

from ..domain.enums import CONDITION_CODES, Delivery, RetentionCategory, SdClass, label
from ..i18n import QT_TRANSLATE_NOOP, Translator
from ..services.dto.catalogue import Characteristics
from ..services.dto.lots import LotRow

LABELLED = (
    "Category",
    "Activation",
    "SdClass",
    "Delivery",
    "MovementKind",
    "RetentionCategory",
    "SuspensionKind",
    "DestructionMethod",
    "Article7Part",
    "SiteKind",
    "Resolution",
    "Rule",
    "TaskStatus",
)  # the vocabularies marked below (a report's, and the window's through qt.figures.word)

MARKED = (
    # Category
    QT_TRANSLATE_NOOP("Vocabulary", "Anti-personnel"),
    QT_TRANSLATE_NOOP("Vocabulary", "Anti-vehicle"),
    # Activation
    QT_TRANSLATE_NOOP("Vocabulary", "victim-activated"),
    QT_TRANSLATE_NOOP("Vocabulary", "command-detonated"),
    QT_TRANSLATE_NOOP("Vocabulary", "both (victim-activated or command-detonated)"),
    # SdClass
    QT_TRANSLATE_NOOP("Vocabulary", "self-destructing (SD)"),
    QT_TRANSLATE_NOOP("Vocabulary", "self-deactivating only (SDA)"),
    QT_TRANSLATE_NOOP("Vocabulary", "persistent"),
    # a lot's feature in a table's column (self_destruction)
    QT_TRANSLATE_NOOP("Vocabulary", "SD {hours} h"),
    QT_TRANSLATE_NOOP("Vocabulary", "SD"),
    QT_TRANSLATE_NOOP("Vocabulary", "SDA"),
    # Delivery
    QT_TRANSLATE_NOOP("Vocabulary", "artillery"),
    QT_TRANSLATE_NOOP("Vocabulary", "air-dropped"),
    QT_TRANSLATE_NOOP("Vocabulary", "ground dispenser"),
    QT_TRANSLATE_NOOP("Vocabulary", "man-portable dispenser"),
    QT_TRANSLATE_NOOP("Vocabulary", "hand-emplaced"),
    QT_TRANSLATE_NOOP("Vocabulary", "hand-thrown"),
    # MovementKind
    QT_TRANSLATE_NOOP("Vocabulary", "opening balance"),
    QT_TRANSLATE_NOOP("Vocabulary", "receipt"),
    QT_TRANSLATE_NOOP("Vocabulary", "discovery"),
    QT_TRANSLATE_NOOP("Vocabulary", "transfer in"),
    QT_TRANSLATE_NOOP("Vocabulary", "transfer out"),
    QT_TRANSLATE_NOOP("Vocabulary", "shipped for destruction"),
    QT_TRANSLATE_NOOP("Vocabulary", "consumed in training"),
    QT_TRANSLATE_NOOP("Vocabulary", "destroyed"),
    QT_TRANSLATE_NOOP("Vocabulary", "stock-check gain"),
    QT_TRANSLATE_NOOP("Vocabulary", "stock-check loss"),
    QT_TRANSLATE_NOOP("Vocabulary", "found and returned"),
    QT_TRANSLATE_NOOP("Vocabulary", "reversal"),
    QT_TRANSLATE_NOOP("Vocabulary", "moved to another site"),
    QT_TRANSLATE_NOOP("Vocabulary", "moved from another site"),
    QT_TRANSLATE_NOOP("Vocabulary", "returned from a destruction site"),
    QT_TRANSLATE_NOOP("Vocabulary", "shipped in for destruction"),
    QT_TRANSLATE_NOOP("Vocabulary", "sent back from destruction"),
    QT_TRANSLATE_NOOP("Vocabulary", "unaccounted loss"),
    # RetentionCategory
    QT_TRANSLATE_NOOP("Vocabulary", "Korea defence"),
    QT_TRANSLATE_NOOP("Vocabulary", "Article 3 training"),
    # SuspensionKind
    QT_TRANSLATE_NOOP("Vocabulary", "legal hold"),
    QT_TRANSLATE_NOOP("Vocabulary", "investigation"),
    QT_TRANSLATE_NOOP("Vocabulary", "safety"),
    # DestructionMethod
    QT_TRANSLATE_NOOP("Vocabulary", "open detonation"),
    QT_TRANSLATE_NOOP("Vocabulary", "open burning"),
    QT_TRANSLATE_NOOP("Vocabulary", "contained detonation"),
    QT_TRANSLATE_NOOP("Vocabulary", "incineration (static kiln)"),
    QT_TRANSLATE_NOOP("Vocabulary", "incineration (rotary kiln)"),
    QT_TRANSLATE_NOOP("Vocabulary", "mechanical disassembly"),
    QT_TRANSLATE_NOOP("Vocabulary", "washout/meltout"),
    QT_TRANSLATE_NOOP("Vocabulary", "cryofracture"),
    QT_TRANSLATE_NOOP("Vocabulary", "cutting"),
    QT_TRANSLATE_NOOP("Vocabulary", "other"),
    # Article7Part
    QT_TRANSLATE_NOOP("Vocabulary", "State"),
    QT_TRANSLATE_NOOP("Vocabulary", "Point of contact"),
    QT_TRANSLATE_NOOP("Vocabulary", "Organisation"),
    QT_TRANSLATE_NOOP("Vocabulary", "Telephone"),
    QT_TRANSLATE_NOOP("Vocabulary", "E-mail"),
    QT_TRANSLATE_NOOP("Vocabulary", "Form A - national implementation measures"),
    QT_TRANSLATE_NOOP("Vocabulary", "Form B - stockpiled anti-personnel mines"),
    QT_TRANSLATE_NOOP("Vocabulary", "Form C - location of mined areas"),
    QT_TRANSLATE_NOOP("Vocabulary", "Form D - anti-personnel mines retained or transferred"),
    QT_TRANSLATE_NOOP(
        "Vocabulary", "Form E - status of programmes for conversion or decommissioning of production facilities"
    ),
    QT_TRANSLATE_NOOP("Vocabulary", "Form F - status of programmes for destruction of anti-personnel mines"),
    QT_TRANSLATE_NOOP("Vocabulary", "Form G - anti-personnel mines destroyed"),
    QT_TRANSLATE_NOOP("Vocabulary", "Form H - technical characteristics of each type"),
    QT_TRANSLATE_NOOP(
        "Vocabulary", "Form I - measures to provide an immediate and effective warning to the population"
    ),
    QT_TRANSLATE_NOOP("Vocabulary", "Form J - other relevant matters"),
    QT_TRANSLATE_NOOP("Vocabulary", "Date of submission"),
    QT_TRANSLATE_NOOP("Vocabulary", "Submission reference"),
    # SiteKind
    QT_TRANSLATE_NOOP("Vocabulary", "depot"),
    QT_TRANSLATE_NOOP("Vocabulary", "destruction site"),
    QT_TRANSLATE_NOOP("Vocabulary", "training site"),
    # Resolution
    QT_TRANSLATE_NOOP("Vocabulary", "found and returned"),
    QT_TRANSLATE_NOOP("Vocabulary", "destroyed with a certificate"),
    QT_TRANSLATE_NOOP("Vocabulary", "written off by an authority"),
    # Rule
    QT_TRANSLATE_NOOP("Vocabulary", "conservation: every mine is accounted for and stock never goes below zero"),
    QT_TRANSLATE_NOOP(
        "Vocabulary", "append-only ledger: entries are never changed; a mistake is corrected by a reversal"
    ),
    QT_TRANSLATE_NOOP("Vocabulary", "retention lock: retained mines cannot be scheduled, moved or destroyed"),
    QT_TRANSLATE_NOOP("Vocabulary", "allocation: what is scheduled for destruction cannot exceed the surplus"),
    QT_TRANSLATE_NOOP(
        "Vocabulary", "suspension: suspended mines are surplus, but cannot be scheduled, moved or destroyed"
    ),
    QT_TRANSLATE_NOOP("Vocabulary", "surplus to schedule: all surplus is scheduled for destruction"),
    QT_TRANSLATE_NOOP("Vocabulary", "policy: only the retention the policy permits"),
    QT_TRANSLATE_NOOP("Vocabulary", "scope: what the profile governs; other stock is shown apart"),
    QT_TRANSLATE_NOOP("Vocabulary", "persistent mines: kept only for training"),
    QT_TRANSLATE_NOOP("Vocabulary", "Korea reserve: for the defence of the Republic of Korea, no more than required"),
    QT_TRANSLATE_NOOP("Vocabulary", "acquisition ban: no mines acquired after the ban"),
    QT_TRANSLATE_NOOP("Vocabulary", "transfers: only for destruction"),
    QT_TRANSLATE_NOOP("Vocabulary", "Article 3: only the minimum number absolutely necessary"),
    QT_TRANSLATE_NOOP("Vocabulary", "deadlines: all surplus destroyed by the deadline"),
    QT_TRANSLATE_NOOP("Vocabulary", "Article 7 reports: the initial one within 180 days, then one by each 30 April"),
    QT_TRANSLATE_NOOP("Vocabulary", "reconciliation: shipped, destroyed and certified agree"),
    QT_TRANSLATE_NOOP("Vocabulary", "four eyes: a second person verifies"),
    QT_TRANSLATE_NOOP("Vocabulary", "terminal states: what is final takes no further change"),
    QT_TRANSLATE_NOOP("Vocabulary", "dates: none in the future or before the lot existed"),
    QT_TRANSLATE_NOOP("Vocabulary", "the database's own checks"),
    # TaskStatus
    QT_TRANSLATE_NOOP("Vocabulary", "open"),
    QT_TRANSLATE_NOOP("Vocabulary", "closed"),
    QT_TRANSLATE_NOOP("Vocabulary", "cancelled"),
    # Delivery.items
    QT_TRANSLATE_NOOP("Vocabulary", "canisters"),
    QT_TRANSLATE_NOOP("Vocabulary", "dispensers"),
    QT_TRANSLATE_NOOP("Vocabulary", "items"),
    QT_TRANSLATE_NOOP("Vocabulary", "modules"),
    QT_TRANSLATE_NOOP("Vocabulary", "projectiles"),
)


def item_words(delivery: str, language: str) -> str:
    """What a type's items are called ("projectiles"), in the report's language."""
    return Translator(language).translate("Vocabulary", Delivery(delivery).items)


def self_destruction(hours: int | None, sd_class: SdClass, language: str) -> str:
    """A lot's feature as a table's column shows it, in the language: "SD 48 h" (French and Spanish
    "AD 48 h"), SDA (ADA), or the word for persistent."""
    tr = Translator(language)
    if hours:
        return tr.translate("Vocabulary", "SD {hours} h").format(hours=hours)
    if sd_class is SdClass.PERSISTENT:
        return label(SdClass.PERSISTENT, language)
    return tr.translate("Vocabulary", sd_class.value)


CONDITIONS = {  # the condition codes' words (domain.enums.CONDITION_CODES), as a lot's history prints them
    "A": QT_TRANSLATE_NOOP("RecordsReport", "serviceable (issue without qualification)"),
    "B": QT_TRANSLATE_NOOP("RecordsReport", "serviceable (with qualification)"),
    "C": QT_TRANSLATE_NOOP("RecordsReport", "serviceable (priority issue)"),
    "D": QT_TRANSLATE_NOOP("RecordsReport", "serviceable (test/modification)"),
    "E": QT_TRANSLATE_NOOP("RecordsReport", "unserviceable (limited restoration)"),
    "F": QT_TRANSLATE_NOOP("RecordsReport", "unserviceable (reparable)"),
    "G": QT_TRANSLATE_NOOP("RecordsReport", "unserviceable (incomplete)"),
    "H": QT_TRANSLATE_NOOP("RecordsReport", "unserviceable (condemned)"),
    "J": QT_TRANSLATE_NOOP("RecordsReport", "suspended (in stock)"),
    "K": QT_TRANSLATE_NOOP("RecordsReport", "suspended (returns)"),
    "L": QT_TRANSLATE_NOOP("RecordsReport", "suspended (litigation)"),
    "M": QT_TRANSLATE_NOOP("RecordsReport", "suspended (in work)"),
    "N": QT_TRANSLATE_NOOP("RecordsReport", "suspended (emergency combat use only)"),
    "P": QT_TRANSLATE_NOOP("RecordsReport", "unserviceable (reclamation)"),
    "Q": QT_TRANSLATE_NOOP("RecordsReport", "suspended (quality deficiency)"),
    "R": QT_TRANSLATE_NOOP("RecordsReport", "suspended (awaiting condition determination)"),
    "S": QT_TRANSLATE_NOOP("RecordsReport", "unserviceable (scrap)"),
    "V": QT_TRANSLATE_NOOP("RecordsReport", "unserviceable (waste military munitions)"),
}
assert set(CONDITIONS) == set(CONDITION_CODES)


def condition_words(code: str, language: str) -> str:
    """A condition code's words ("serviceable (with qualification)") in `language`."""
    return Translator(language).translate("RecordsReport", CONDITIONS[code])


def kept_for(lot: LotRow, covered: bool, tr: Translator) -> str:
    """LotRow.kept_under in the report's language: why the mines are kept, retained and surplus told
    apart, and mines the profile does not govern no surplus to destroy."""
    if not lot.on_hand:  # all of what it holds is shipped: surplus on its way to destruction
        if not lot.at_destruction:
            return tr.translate("RecordsReport", "none held")
        if covered:
            return tr.translate("RecordsReport", "surplus, at destruction sites")
        return tr.translate("RecordsReport", "not covered, at destruction sites")
    rest = tr.translate("RecordsReport", "surplus") if covered else tr.translate("RecordsReport", "not covered")
    if lot.retention_category is None:  # nothing retained: the database keeps the two together
        return rest
    kept = label(RetentionCategory(lot.retention_category), tr.language)
    if lot.retained == lot.on_hand:
        return kept
    if covered:
        return tr.translate("RecordsReport", "{retention} + surplus").format(retention=kept)
    return tr.translate("RecordsReport", "{retention} + not covered").format(retention=kept)


CHARACTERISTIC_HEADINGS = {  # Form H's columns, and the type dialog's fields in the window's language
    "dimensions": QT_TRANSLATE_NOOP("Article7Report", "Dimensions"),
    "mass_g": QT_TRANSLATE_NOOP("Article7Report", "Mass (g)"),
    "explosive": QT_TRANSLATE_NOOP("Article7Report", "Explosive"),
    "explosive_mass_g": QT_TRANSLATE_NOOP("Article7Report", "Explosive mass (g)"),
    "metal_content": QT_TRANSLATE_NOOP("Article7Report", "Metal content"),
    "fuze": QT_TRANSLATE_NOOP("Article7Report", "Fuze"),
    "colour": QT_TRANSLATE_NOOP("Article7Report", "Colour"),
    "photo": QT_TRANSLATE_NOOP("Article7Report", "Photograph"),
}
assert tuple(CHARACTERISTIC_HEADINGS) == Characteristics.names()


def characteristic_heading(name: str, language: str) -> str:
    """A Form H characteristic (a field of Characteristics) as Form H heads its column, in `language`."""
    return Translator(language).translate("Article7Report", CHARACTERISTIC_HEADINGS[name])
