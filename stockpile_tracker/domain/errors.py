"""Errors the services raise. Each message is meant to be shown to the user as it is."""

from __future__ import annotations

from .enums import Rule


class StockpileError(Exception):
    """Base of every error a user can cause; never a programming error."""


class InvalidInput(StockpileError):
    """A value that cannot be used, named by its field."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field


class NotFound(StockpileError):
    def __init__(self, what: str, key: object) -> None:
        super().__init__(f"{what} {key!s} does not exist")
        self.what = what
        self.key = key


class RuleViolation(StockpileError):
    """A rule of DOMAIN.md section 4 would be broken; the database was left unchanged. The message
    names the rule in words: its number means nothing to the person refused."""

    def __init__(self, rule: Rule, message: str, field: str | None = None) -> None:
        super().__init__(f"{message} ({rule.label})")
        self.rule = rule
        self.field = field


class Discrepancy(RuleViolation):
    """A task's shipped, destroyed and certified quantities do not agree."""

    def __init__(self, task: str, lines: list[str]) -> None:
        super().__init__(
            Rule.RECONCILIATION,
            f"task {task} cannot close: " + "; ".join(lines) + "; explain the difference to close it",
        )
        self.lines = lines


class ConcurrentChange(StockpileError):
    """Another user changed the record after this user's form showed it; nothing was written, so
    that no one acts on figures that are no longer true."""

    def __init__(self, what: str, changes: list[str]) -> None:
        super().__init__(
            f"{what} was changed by someone else since this form was opened ({'; '.join(changes)}); "
            "nothing was recorded: close the form and open it again to see the current figures"
        )
        self.changes = changes


class NotPermitted(StockpileError):
    """The database login's role does not allow this (PostgreSQL grants): refused, nothing written."""


class DatabaseError(StockpileError):
    """The database cannot be opened, is too new, or is damaged."""
