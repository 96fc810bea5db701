"""What the office writes into a year's Article 7 report (issue 13): the cover's details, the text
forms and the notes under the table forms. Append-only: the newest text of a year and part is in
force. A part not written for a year is carried forward from the latest earlier year as a draft
(the cover says so), except the submission, which is each year's own and is recorded only when the
report is frozen as submitted. A frozen year takes no text: it prints as it was submitted."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..db.models import Article7Text, FrozenReport
from ..domain.enums import Article7Part, Rule
from ..domain.errors import InvalidInput, RuleViolation
from ..domain.rules import optional_text, require_text
from ..i18n import translate
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


@dataclass(frozen=True)
class Submission:
    """When a year's report was sent, and under which reference; recorded as it is frozen, by
    whoever freezes it."""

    on: date
    reference: str = ""

    def checked(self, year: int, today: date) -> Submission:
        """Sent after its year ended, not after today; the reference one line."""
        if not isinstance(self.on, date):
            raise InvalidInput(
                "date of submission", translate("Services", "{on} is not a date").format(on=repr(self.on))
            )
        if self.on.year <= year:
            raise InvalidInput(
                "date of submission",
                translate("Services", "{on} is before the end of {year}").format(on=self.on.isoformat(), year=year),
            )
        if self.on > today:
            raise InvalidInput(
                "date of submission", translate("Services", "{on} is in the future").format(on=self.on.isoformat())
            )
        return Submission(self.on, optional_text(Article7Part.SUBMISSION_REF.label, self.reference, FIELD_LIMIT) or "")


def record_submission(session: Session, user: str, year: int, submission: Submission) -> None:
    """The submission of a year's report, written in the transaction that freezes it."""
    parts = {Article7Part.SUBMITTED_ON: submission.on.isoformat(), Article7Part.SUBMISSION_REF: submission.reference}
    for part, text in parts.items():
        if text:
            _add(session, user, year, part, text)


def _add(session: Session, user: str, year: int, part: Article7Part, text: str) -> Article7Entry:
    row = Article7Text(year=year, part=part.value, text=text, written_by=user, written_at=utc_now())
    session.add(row)
    session.flush()
    audit.record(
        session, user, "article7_text", "article7_text", row.id, after={"year": year, "part": part.value, "text": text}
    )
    return _entry(row)


def require_year(year: object, today: date) -> int:
    """A year the office can write for: from the Convention's to the current one."""
    if not isinstance(year, int) or isinstance(year, bool) or not FIRST_YEAR <= year <= 9999:
        raise InvalidInput(
            "year",
            translate("Services", "{year} is not a calendar year from {first_year}").format(
                year=repr(year), first_year=FIRST_YEAR
            ),
        )
    if year > today.year:
        raise InvalidInput("year", translate("Services", "{year} has not begun").format(year=year))
    return year


def provisional(year: int, today: date) -> str | None:
    """Why the report of `year` cannot be frozen yet, or None: only a year that is over is frozen,
    until then its report is provisional (as of today)."""
    if year < today.year:
        return None
    return translate("Services", "{year} is not over: its report is provisional").format(year=year)


def require_over(year: int, today: date) -> None:
    if (why := provisional(year, today)) is not None:
        raise InvalidInput("year", why)


def require_part(part: str) -> Article7Part:
    try:
        return Article7Part(part)
    except ValueError:
        names = ", ".join(p.value for p in Article7Part)
        raise InvalidInput(
            "part",
            translate("Services", "{part} is not a part of the Article 7 report (one of {names})").format(
                part=repr(part), names=names
            ),
        ) from None


class Article7Service:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx

    def write(self, year: int, parts: Mapping[str, str]) -> list[Article7Entry]:
        """The texts of some parts for a year, in force from now, all or none; audited. A frozen
        year is refused (`terminal-state`): its report is the one submitted."""
        year = require_year(year, self.ctx.today())
        checked = [_checked(require_part(part), text) for part, text in parts.items()]
        if not checked:
            raise InvalidInput("part", translate("Services", "say what to write"))
        with self.ctx.write() as session:
            frozen = session.scalar(
                select(FrozenReport).where(FrozenReport.kind == "article7", FrozenReport.period == str(year))
            )
            if frozen is not None:
                raise RuleViolation(
                    Rule.TERMINAL,
                    translate(
                        "Services",
                        "the Article 7 report for {year} was frozen as submitted on {frozen_at} by {frozen_by}, "
                        "and nothing was saved: write into {next_year}",
                    ).format(
                        year=year,
                        frozen_at=f"{frozen.frozen_at:%Y-%m-%d}",
                        frozen_by=frozen.frozen_by,
                        next_year=year + 1,
                    ),
                    field="year",
                )
            return [_add(session, self.ctx.user, year, part, text) for part, text in checked]

    def texts(self, year: int) -> dict[Article7Part, Article7Entry]:
        """Each part as it prints in the report of `year`: written for it, or carried forward from
        the latest earlier year (not the submission)."""
        year = require_year(year, self.ctx.today())
        with self.ctx.read() as session:
            rows = session.scalars(
                select(Article7Text).where(Article7Text.year <= year).order_by(Article7Text.year, Article7Text.id)
            ).all()
        found: dict[Article7Part, Article7Entry] = {}
        for row in rows:  # later years and later rows replace earlier ones
            entry = _entry(row)
            if entry.year == year or not entry.part.is_submission:
                found[entry.part] = entry
        return found


def _checked(part: Article7Part, text: str) -> tuple[Article7Part, str]:
    """A form's text runs over lines and pages; a cover detail is one line."""
    if part.is_submission:
        raise InvalidInput(part.label, translate("Services", "is recorded when the report is frozen as submitted"))
    if part.is_form:
        return part, require_text(part.label, text, TEXT_LIMIT, lines=True)
    line = require_text(part.label, text, FIELD_LIMIT)
    if part is Article7Part.EMAIL and not _is_address(line):
        raise InvalidInput(
            part.label,
            translate("Services", "{line} is not an e-mail address (name@domain, without spaces)").format(
                line=repr(line)
            ),
        )
    return part, line


def _is_address(text: str) -> bool:
    """name@domain: one @, a name before it, a dot inside the domain, no spaces."""
    name, at, domain = text.partition("@")
    dotted = "." in domain.strip(".") and ".." not in domain
    return bool(at and name) and "@" not in domain and dotted and not any(char.isspace() for char in text)


def _entry(row: Article7Text) -> Article7Entry:
    return Article7Entry(Article7Part(row.part), row.text, row.year, row.written_by, row.written_at)
