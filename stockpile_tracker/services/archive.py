"""Frozen reports: a yearly report, once submitted, is kept exactly as it was printed (terminal-state)."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from typing import NamedTuple

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..db.models import AuditEntry, AuditRow, Base, DestructionEvent, EventLine, FrozenReport, Lot, Movement
from ..domain.enums import Rule
from ..domain.errors import InvalidInput, RuleViolation, StockpileError
from ..i18n import QT_TRANSLATE_NOOP, profile_name, translate
from . import audit
from .article7 import Submission, record_submission, require_over
from .base import Context, utc_now
from .catalogue import active_profile
from .coverage import table_units
from .dto.reports import FrozenReportInfo, PrintedReport


def _digest(html: str, csv: str) -> str:
    return hashlib.sha256((html + "\x1f" + csv).encode("utf-8")).hexdigest()


def _tampering(session: Session, row: FrozenReport) -> str | None:
    """Why a report kept as submitted cannot be trusted, or None: its text against the digest
    stored with it, that digest against the audit entry of its freeze (which the chain holds), and
    the whole row (its title, its footer and page bands, who froze it and when: all that prints)
    against the digest the audit log keeps of it, as `db check` proves every row."""
    kind, period = row.kind, row.period
    if _digest(row.html, row.csv) != row.sha256:
        return translate(
            "Services",
            "the {kind} report for {period} kept as submitted does not match the digest recorded when it was "
            "frozen: changed outside the program",
        ).format(kind=kind, period=period)
    freezes = session.scalars(select(AuditEntry.after).where(AuditEntry.action == "freeze_report")).all()
    kept = {"kind": kind, "period": period, "sha256": row.sha256}
    if kept not in [json.loads(after) for after in freezes if after]:
        return translate(
            "Services",
            "the {kind} report for {period} kept as submitted has no audit entry of its freeze with its digest: "
            "added or changed outside the program",
        ).format(kind=kind, period=period)
    if (unrecorded := rows_unrecorded(session, {FrozenReport.__tablename__: [row.id]})) is None:
        return None
    if unrecorded.entry is None:
        return translate(
            "Services",
            "the {kind} report for {period} kept as submitted (row id = {id} of table frozen_report) is not in "
            "the audit log: added outside the program",
        ).format(kind=kind, period=period, id=row.id)
    return translate(
        "Services",
        "the {kind} report for {period} kept as submitted (row id = {id} of table frozen_report) was changed "
        "outside the program since audit entry {entry} recorded it: its title, footer or another part it "
        "prints differs",
    ).format(kind=kind, period=period, id=row.id, entry=unrecorded.entry)


class Unrecorded(NamedTuple):
    """A row that is not as the audit log recorded it: its table and id, and the audit entry that
    last recorded it (None: none did, it was added outside the program)."""

    table: str
    key: int
    entry: int | None


def rows_unrecorded(session: Session, rows: Mapping[str, Iterable[int]]) -> Unrecorded | None:
    """The first of `rows` (ids by table) that is not as the audit log last recorded it, or None:
    each against the newest digest an entry keeps of it, as `db check` proves every row. What a
    printing shows is checked so before it is printed (a report kept as submitted, a certificate)."""
    for table_name, ids in rows.items():
        keys = sorted(set(ids))
        if not keys:
            continue
        latest: dict[str, tuple[int, str | None]] = {}
        for row_key, entry_id, digest in session.execute(
            select(AuditRow.row_key, AuditRow.entry_id, AuditRow.digest)
            .where(AuditRow.table_name == table_name, AuditRow.row_key.in_([str(key) for key in keys]))
            .order_by(AuditRow.entry_id)
        ):
            latest[row_key] = (entry_id, digest)
        stored = dict(table_units(session, Base.metadata.tables[table_name], keys))
        for key in keys:
            recorded = latest.get(str(key))
            if recorded is None or recorded[1] is None:
                return Unrecorded(table_name, key, None)
            if recorded[1] != stored.get(key):
                return Unrecorded(table_name, key, recorded[0])
    return None


# What is said of a certificate's or a lot's row not as the audit log recorded it: added (no entry
# recorded it), or changed since the entry that last did.
CERTIFICATE_UNRECORDED = (
    QT_TRANSLATE_NOOP(
        "Services",
        "certificate {number} (row id = {id} of table {table}) is not in the audit log: added outside the program",
    ),
    QT_TRANSLATE_NOOP(
        "Services",
        "certificate {number} (row id = {id} of table {table}) was changed outside the program since audit entry "
        "{entry} recorded it: what it certifies differs",
    ),
)
LOT_UNRECORDED = (
    QT_TRANSLATE_NOOP(
        "Services", "lot {number} (row id = {id} of table {table}) is not in the audit log: added outside the program"
    ),
    QT_TRANSLATE_NOOP(
        "Services",
        "lot {number} (row id = {id} of table {table}) was changed outside the program since audit entry {entry} "
        "recorded it: what its history shows differs",
    ),
)


def _refuse_unrecorded(found: Unrecorded | None, words: tuple[str, str], number: str | None) -> None:
    """A certificate or a lot (`number`) whose row `found` is not as recorded is not printed."""
    if found is not None:
        said = translate("Services", words[0] if found.entry is None else words[1])
        _refuse_printing(said.format(number=number, id=found.key, table=found.table, entry=found.entry))


def _refuse_printing(why: str | None) -> None:
    """A record found changed outside the program (`why`) is not printed: said, with what to do."""
    if why is not None:
        words = translate("Services", "{why}; it is not printed: restore a backup copy and run db check")
        raise StockpileError(words.format(why=why))


def frozen_report_problems(session: Session) -> list[str]:
    """`db check`: every report kept as submitted, as `ArchiveService.require_intact` checks one."""
    rows = session.scalars(select(FrozenReport).order_by(FrozenReport.id)).all()
    return [why for row in rows if (why := _tampering(session, row)) is not None]


def _info(row: FrozenReport) -> FrozenReportInfo:
    footer, organisation, marking, language = _bands(row.footer)
    return FrozenReportInfo(
        kind=row.kind,
        period=row.period,
        title=row.title,
        footer=footer,
        html=row.html,
        csv=row.csv,
        sha256=row.sha256,
        frozen_by=row.frozen_by,
        frozen_at=row.frozen_at,
        organisation=organisation,
        marking=marking,
        language=language,
    )


def _bands(stored: str) -> tuple[str, str, str, str]:
    """The footer column keeps every page band: the organisation and the marking (one line each,
    see CatalogueService.set_letterhead), the report's language (its "page N of M"), then the
    footer. A report frozen before the bands were printed has the footer alone, one frozen before
    reports had a language no language line: both are in English."""
    parts = stored.split("\n", 3)
    if len(parts) == 4:
        organisation, marking, language, footer = parts
        return footer, organisation, marking, language
    if len(parts) == 3:
        organisation, marking, footer = parts
        return footer, organisation, marking, "en"
    return stored, "", "", "en"


def require_in_force(session: Session, year: int) -> None:
    """A freeze is for ever: a year before the active profile took effect owes no report, and a
    mistyped year is refused rather than kept."""
    profile = active_profile(session)
    if year < profile.effective_on.year:
        raise InvalidInput(
            "year",
            translate(
                "Services", "{year} is before {name} took effect ({effective_on}): no report is owed for it"
            ).format(year=year, name=profile_name(profile.name), effective_on=profile.effective_on.isoformat()),
        )


class ArchiveService:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx

    def freeze(
        self,
        *,
        kind: str,
        period: str,
        report: PrintedReport,
        submission: Submission | None = None,
        record_as_of: int | None = None,
    ) -> FrozenReportInfo:
        """`report` is the printable report (title, footer, html, csv) exactly as it is shown; an
        Article 7 report's `submission` (printed on its cover) is recorded with it, all or none.
        `record_as_of`: `ArchiveService.record_as_of()` before the report was built (and shown):
        the freeze is refused if the record changed since, so that what is kept is what was seen."""
        title, html, csv = report.title, report.html, report.csv
        footer = "\n".join((report.organisation, report.marking, report.language, report.footer))
        if kind == "article7":
            require_over(int(period), self.ctx.today())
            if submission is None:
                raise InvalidInput("date of submission", translate("Services", "say when the report was submitted"))
            submission = submission.checked(int(period), self.ctx.today())
            if record_as_of is None:
                raise InvalidInput(
                    "report", translate("Services", "say which record it was built from (ArchiveService.record_as_of)")
                )
        digest = _digest(html, csv)
        with self.ctx.write() as session:
            existing = session.scalar(
                select(FrozenReport).where(FrozenReport.kind == kind, FrozenReport.period == period)
            )
            if existing is not None:
                raise RuleViolation(
                    Rule.TERMINAL,
                    translate(
                        "Services",
                        "the {title} was frozen on {frozen_at} by {frozen_by}; later corrections go into the "
                        "next period",
                    ).format(title=title, frozen_at=f"{existing.frozen_at:%Y-%m-%d}", frozen_by=existing.frozen_by),
                )
            row = FrozenReport(
                kind=kind,
                period=period,
                title=title,
                footer=footer,
                html=html,
                csv=csv,
                sha256=digest,
                frozen_by=self.ctx.user,
                frozen_at=utc_now(),
            )
            if kind == "article7":
                require_in_force(session, int(period))
            if record_as_of is not None:
                audit.require_unchanged_since(session, record_as_of, f"the report for {period} was shown")
            session.add(row)
            session.flush()
            if submission is not None:
                record_submission(session, self.ctx.user, int(period), submission)
            audit.record(
                session,
                self.ctx.user,
                "freeze_report",
                "frozen_report",
                row.id,
                after={"kind": kind, "period": period, "sha256": digest},
            )
            return _info(row)

    def last_frozen_before(self, kind: str, year: int) -> FrozenReportInfo | None:
        """The latest report of a yearly kind frozen for a year before `year`: the last one submitted."""
        with self.ctx.read() as session:
            rows = session.scalars(select(FrozenReport).where(FrozenReport.kind == kind)).all()
            earlier = [row for row in rows if row.period.isdigit() and int(row.period) < year]
            return _info(max(earlier, key=lambda row: int(row.period))) if earlier else None

    def record_as_of(self) -> int:
        """Where the record stands (its newest audit entry): taken before a report is built, and
        given to `freeze`, which refuses if anything was written since."""
        with self.ctx.read() as session:
            return audit.last_entry(session)

    def seal(self) -> str:
        """The record's seal (`audit.seal`), for a report built in the same snapshot to print."""
        with self.ctx.read() as session:
            return audit.seal(session)

    def require_intact(self, report: FrozenReportInfo) -> None:
        """Before a report kept as submitted is printed: its row read again and refused if any part
        of it was changed or added outside the program (`db check` names every such report), or if
        it is no longer the one read."""
        with self.ctx.read() as session:
            row = session.scalar(
                select(FrozenReport).where(FrozenReport.kind == report.kind, FrozenReport.period == report.period)
            )
            if row is None:
                why: str | None = translate(
                    "Services",
                    "the {kind} report for {period} kept as submitted is no longer in the record: deleted outside "
                    "the program",
                ).format(kind=report.kind, period=report.period)
            elif (why := _tampering(session, row)) is None and _info(row) != report:
                why = translate(
                    "Services", "the {kind} report for {period} kept as submitted changed while it was read"
                ).format(kind=report.kind, period=report.period)
        _refuse_printing(why)

    def require_certificate_intact(self, event_id: int) -> None:
        """Before a destruction certificate is printed: its event (who verified it, and when) and its
        lines against what the audit log recorded of them, refused if changed or added outside the
        program (`db check` names every such row), as a report kept as submitted is."""
        with self.ctx.read() as session:
            number = session.scalar(select(DestructionEvent.certificate_number).where(DestructionEvent.id == event_id))
            lines = session.scalars(select(EventLine.id).where(EventLine.event_id == event_id)).all()
            found = rows_unrecorded(
                session, {DestructionEvent.__tablename__: [event_id], EventLine.__tablename__: lines}
            )
        _refuse_unrecorded(found, CERTIFICATE_UNRECORDED, number)

    def require_lot_intact(self, lot_id: int) -> None:
        """Before a lot's history is printed: the lot and its ledger (every movement) against what the
        audit log recorded of them, as `require_certificate_intact`."""
        with self.ctx.read() as session:
            number = session.scalar(select(Lot.lot_number).where(Lot.id == lot_id))
            movements = session.scalars(select(Movement.id).where(Movement.lot_id == lot_id)).all()
            found = rows_unrecorded(session, {Lot.__tablename__: [lot_id], Movement.__tablename__: movements})
        _refuse_unrecorded(found, LOT_UNRECORDED, number)

    def frozen(self, kind: str, period: str) -> FrozenReportInfo | None:
        with self.ctx.read() as session:
            row = session.scalar(select(FrozenReport).where(FrozenReport.kind == kind, FrozenReport.period == period))
            return _info(row) if row is not None else None
