"""What the office writes into a year's Article 7 report (issue 13): the cover's details, the text
forms and the notes under the table forms. Append-only: the newest text of a year and part is in
force. A part not written for a year is carried forward from the latest earlier year as a draft
(the cover says so), except the submission, which is each year's own. A frozen year takes no text:
it prints as it was submitted."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select

from ..db.models import Article7Text, FrozenReport
from ..domain.enums import Article7Part, Rule
from ..domain.errors import InvalidInput, RuleViolation
from ..domain.rules import require_text
from . import audit
from .base import Context, utc_now

TEXT_LIMIT = 20_000  # characters: a form's text runs to pages, not a book
FIELD_LIMIT = 200  # a cover detail is one line
FIRST_YEAR = 1997  # the Convention was signed in December 1997


@dataclass(frozen=True)
class Article7Entry:
    part: Article7Part
    text: str
    year: int  # the year it was written for: an earlier one when carried forward
    written_by: str
    written_at: datetime

    def carried_from(self, year: int) -> int | None:
        """The earlier year this text comes from, for the report of `year`; None when written for it."""
        return self.year if self.year != year else None


def require_year(year: object) -> int:
    if not isinstance(year, int) or isinstance(year, bool) or not FIRST_YEAR <= year <= 9999:
        raise InvalidInput("year", f"{year!r} is not a calendar year from {FIRST_YEAR}")
    return year


def require_part(part: str) -> Article7Part:
    try:
        return Article7Part(part)
    except ValueError:
        names = ", ".join(p.value for p in Article7Part)
        raise InvalidInput("part", f"{part!r} is not a part of the Article 7 report (one of {names})") from None


class Article7Service:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx

    def write(self, year: int, parts: Mapping[str, str]) -> list[Article7Entry]:
        """The texts of some parts for a year, in force from now, all or none; audited. A frozen
        year is refused (`terminal-state`): its report is the one submitted."""
        year = require_year(year)
        checked = [_checked(require_part(part), text) for part, text in parts.items()]
        if not checked:
            raise InvalidInput("part", "say what to write")
        with self.ctx.write() as session:
            frozen = session.scalar(
                select(FrozenReport.id).where(FrozenReport.kind == "article7", FrozenReport.period == str(year))
            )
            if frozen is not None:
                raise RuleViolation(
                    Rule.TERMINAL, f"the Article 7 report for {year} is frozen as submitted: write into {year + 1}"
                )
            written = []
            for part, text in checked:
                row = Article7Text(
                    year=year, part=part.value, text=text, written_by=self.ctx.user, written_at=utc_now()
                )
                session.add(row)
                session.flush()
                audit.record(
                    session,
                    self.ctx.user,
                    "article7_text",
                    "article7_text",
                    row.id,
                    after={"year": year, "part": part.value, "text": text},
                )
                written.append(_entry(row))
            return written

    def texts(self, year: int) -> dict[Article7Part, Article7Entry]:
        """Each part as it prints in the report of `year`: written for it, or carried forward from
        the latest earlier year (not the submission)."""
        year = require_year(year)
        with self.ctx.read() as session:
            rows = session.scalars(
                select(Article7Text).where(Article7Text.year <= year).order_by(Article7Text.year, Article7Text.id)
            ).all()
        found: dict[Article7Part, Article7Entry] = {}
        for row in rows:  # later years and later rows replace earlier ones
            entry = _entry(row)
            if entry.year == year or entry.part.carried_forward:
                found[entry.part] = entry
        return found


def _checked(part: Article7Part, text: str) -> tuple[Article7Part, str]:
    """A form's text runs over lines and pages; a cover detail is one line; a date is a date."""
    if part.is_form:
        return part, require_text(part.label, text, TEXT_LIMIT, lines=True)
    text = require_text(part.label, text, FIELD_LIMIT)
    return part, _iso_date(text).isoformat() if part is Article7Part.SUBMITTED_ON else text


def _entry(row: Article7Text) -> Article7Entry:
    return Article7Entry(Article7Part(row.part), row.text, row.year, row.written_by, row.written_at)


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise InvalidInput("date of submission", f"{text!r} is not a date (YYYY-MM-DD)") from None
