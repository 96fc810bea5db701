"""What a write changed, by area of the record, so that each page redraws only when what it shows
changed. The areas are read off what the transaction actually wrote (the rows the session flushed,
the statements it ran, the rows inserted in bulk), never declared by each service: no write can
forget to say what it changed."""

from __future__ import annotations

from enum import Flag, auto

from sqlalchemy import event
from sqlalchemy.orm import ORMExecuteState, Session, UOWTransaction, sessionmaker
from sqlalchemy.sql.dml import UpdateBase

from ..db import models


class Changes(Flag):
    """Areas of the record; a write's changes are several of them (`Changes.LOTS | Changes.EVENTS`),
    none at all is `Changes(0)`."""

    LOTS = auto()  # lots, their ledger, balances, retention decisions and suspensions
    TASKS = auto()  # destruction programmes and tasks
    EVENTS = auto()  # destruction events and their certificates
    CATALOGUE_ADDED = auto()  # a mine type or site added: only the catalogue lists it yet
    CATALOGUE_CORRECTED = auto()  # a mine type or site corrected: lots, tasks and events show its names
    PROFILE = auto()  # the policy profiles, their Korea requirements, and which one the checks apply
    LETTERHEAD = auto()  # what every printed page carries
    REPORTS = auto()  # reports frozen as submitted, and what the office writes into them


NOTHING = Changes(0)

# Every table, and the area a row written to it changes. The audit trail changes with every write
# and no page shows it. A test keeps this complete.
AREAS: dict[str, Changes] = {
    models.Lot.__tablename__: Changes.LOTS,
    models.LotBalance.__tablename__: Changes.LOTS,
    models.Holding.__tablename__: Changes.LOTS,
    models.Movement.__tablename__: Changes.LOTS,
    models.RetentionDecision.__tablename__: Changes.LOTS,
    models.Suspension.__tablename__: Changes.LOTS,
    models.Programme.__tablename__: Changes.TASKS,
    models.ProgrammeSite.__tablename__: Changes.TASKS,
    models.DestructionTask.__tablename__: Changes.TASKS,
    models.TaskLine.__tablename__: Changes.TASKS,
    models.DestructionEvent.__tablename__: Changes.EVENTS,
    models.EventLine.__tablename__: Changes.EVENTS,
    models.MineType.__tablename__: Changes.CATALOGUE_CORRECTED,
    models.Site.__tablename__: Changes.CATALOGUE_CORRECTED,
    models.PolicyProfile.__tablename__: Changes.PROFILE,
    models.KoreaRequirement.__tablename__: Changes.PROFILE,
    models.Setting.__tablename__: Changes.PROFILE | Changes.LETTERHEAD,
    models.UnaccountedLoss.__tablename__: Changes.TASKS | Changes.LOTS,  # a lot's figures count its losses
    models.LossResolution.__tablename__: Changes.TASKS | Changes.LOTS,
    models.FrozenReport.__tablename__: Changes.REPORTS,
    models.Article7Text.__tablename__: Changes.REPORTS,  # the Article 7 report's cover and texts
    models.AuditEntry.__tablename__: NOTHING,
    models.AuditHead.__tablename__: NOTHING,
    models.AuditRow.__tablename__: NOTHING,
}
CATALOGUE = {models.MineType.__tablename__, models.Site.__tablename__}


def area(table: str, *, added: bool, setting: str | None = None) -> Changes:
    """A row added to the catalogue is not yet named by any lot, task or event; a setting row is
    one of the two the record keeps, the active profile or a line of the letterhead."""
    if added and table in CATALOGUE:
        return Changes.CATALOGUE_ADDED
    if setting is not None:
        return Changes.PROFILE if setting == "active_profile" else Changes.LETTERHEAD
    return AREAS[table]


def wrote(session: Session, changes: Changes) -> None:
    session.info["changes"] = written(session) | changes


def written(session: Session) -> Changes:
    """What the session's transaction has written so far."""
    changes: Changes = session.info.get("changes", NOTHING)
    return changes


def watch(factory: sessionmaker[Session]) -> None:
    """Sessions made by `factory` keep what they write in `written(session)`."""
    event.listen(factory, "after_flush", _flushed)
    event.listen(factory, "do_orm_execute", _executed)


def _flushed(session: Session, _flush: UOWTransaction) -> None:
    for row in session.new:
        wrote(session, _area_of(row, added=True))
    for row in session.dirty:
        if session.is_modified(row, include_collections=False):
            wrote(session, _area_of(row, added=False))
    for row in session.deleted:
        wrote(session, _area_of(row, added=False))


def _area_of(row: models.Base, *, added: bool) -> Changes:
    setting = row.key if isinstance(row, models.Setting) else None
    return area(row.__tablename__, added=added, setting=setting)


def _executed(state: ORMExecuteState) -> None:
    """An INSERT, UPDATE or DELETE statement run through the session."""
    statement = state.statement
    if isinstance(statement, UpdateBase):
        wrote(state.session, area(statement.entity_description["table"].name, added=state.is_insert))
