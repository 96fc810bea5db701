"""Errors the services raise. Each message is meant to be shown to the user as it is, in the
window's language: the message is translated where it is raised (translate("Services", ...)), and
the words added here (a field's name, the rule's label) when the error is shown (`str`), through
the catalogues of i18n (which is why the domain may import it; pyproject.toml)."""

from __future__ import annotations

from ..i18n import joined_in, language_in_use, translate
from .enums import Rule
from .fields import FIELDS


class StockpileError(Exception):
    """Base of every error a user can cause; never a programming error."""


class InvalidInput(StockpileError):
    """A value that cannot be used, named by its field."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(field, message)
        self.field = field  # in English, as the services name it (a key); shown translated
        self.message = message  # without the field's name

    def __str__(self) -> str:
        return translate("Services", "{field}: {message}").format(field=field_name(self.field), message=self.message)


class NotFound(StockpileError):
    def __init__(self, what: str, key: object) -> None:
        super().__init__(what, key)
        self.what = what
        self.key = key

    def __str__(self) -> str:
        return translate("Services", "{what} {key} does not exist").format(what=field_name(self.what), key=self.key)


class RuleViolation(StockpileError):
    """A rule of DOMAIN.md section 4 would be broken; the database was left unchanged. The message
    names the rule in words: its number means nothing to the person refused."""

    def __init__(self, rule: Rule, message: str, field: str | None = None) -> None:
        super().__init__(rule, message)
        self.rule = rule
        self.message = message  # without the rule's label
        self.field = field

    def __str__(self) -> str:
        return translate("Services", "{message} ({rule})").format(message=self.message, rule=rule_label(self.rule))


class Discrepancy(RuleViolation):
    """A task's shipped, destroyed and certified quantities do not agree."""

    def __init__(self, task: str, lines: list[str]) -> None:
        super().__init__(
            Rule.RECONCILIATION,
            translate("Services", "task {task} cannot close: {differences}; explain the difference to close it").format(
                task=task, differences="; ".join(lines)
            ),
        )
        self.lines = lines


class ConcurrentChange(StockpileError):
    """Another user changed the record after this user's form showed it; nothing was written, so
    that no one acts on figures that are no longer true."""

    def __init__(self, what: str, changes: list[str]) -> None:
        super().__init__(
            translate(
                "Services",
                "{what} was changed by someone else since this form was opened ({changes}); nothing was "
                "recorded: close the form and open it again to see the current figures",
            ).format(what=what, changes=joined_in(changes, language_in_use()))
        )
        self.changes = changes


class NotPermitted(StockpileError):
    """The database login's role does not allow this (PostgreSQL grants): refused, nothing written."""


class DatabaseError(StockpileError):
    """The database cannot be opened, is too new, or is damaged."""


def field_name(field: str) -> str:
    """A field's name (or a kind of record's) in the window's language: each is marked in
    fields.FIELDS, which a test keeps complete; a name not there is shown as written."""
    return translate("Fields", field) if field in FIELDS else field


def rule_label(rule: Rule) -> str:
    """The rule's label, in the window's language (marked where it is declared, enums.LABELS)."""
    return translate("Rules", rule.label)
