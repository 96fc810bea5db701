"""`db check`: the database's own integrity, the balance projection against the ledger, the
ledger's never-negative rule at every date, the policy profiles readable, each unaccounted loss
against its task, and the audit chain."""

from __future__ import annotations

from itertools import groupby

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from ..db.migrate import HEAD, current_revision
from ..db.models import Lot, LotBalance, Movement, PolicyProfile
from ..domain.errors import DatabaseError
from ..domain.rules import first_negative_balance
from . import audit
from .balance import derived_balance_query
from .base import Context
from .catalogue import profile_info
from .dto.reports import ChainReport, CheckReport
from .unaccounted import loss_problems

MAX_PROBLEMS = 50


def check_database(ctx: Context) -> CheckReport:
    problems: list[str] = []
    current = current_revision(ctx.engine) == HEAD
    with ctx.read() as session:  # one snapshot: a write by another office mid-check is not a "problem"
        if ctx.engine.dialect.name == "sqlite":
            result = [row[0] for row in session.execute(text("PRAGMA integrity_check"))]
            if result != ["ok"]:
                problems.extend(f"SQLite integrity: {line}" for line in result[:10])
            for row in session.execute(text("PRAGMA foreign_key_check")).all()[:10]:
                problems.append(f"foreign key broken in table {row[0]} row {row[1]}")
        stored = {
            row.lot_id: (
                row.on_hand,
                row.received,
                row.retained,
                row.retention_category,
                row.scheduled,
                row.destroyed,
                row.suspended,
            )
            for row in session.scalars(select(LotBalance))
        }
        names = dict(session.execute(select(Lot.id, Lot.lot_number)).all())
        for row in session.execute(derived_balance_query()):
            derived = tuple(row[1:])
            if stored.get(row.lot_id) != derived:
                problems.append(
                    f"lot {names[row.lot_id]}: stored balance {stored.get(row.lot_id)} differs "
                    f"from the ledger {derived}"
                )
            if len(problems) >= MAX_PROBLEMS:
                break
        movements = session.execute(
            select(Movement.lot_id, Movement.occurred_on, Movement.id, Movement.quantity)
            .order_by(Movement.lot_id)
            .execution_options(yield_per=20000)
        )
        for lot_id, entries in groupby(movements, key=lambda row: row[0]):
            negative = first_negative_balance((row[1], row[2], row[3]) for row in entries)
            if negative is not None:
                problems.append(f"lot {names[lot_id]}: the ledger goes to {negative[1]:,} on {negative[0].isoformat()}")
        if current:  # a database not yet upgraded has fewer profile columns and no losses: checked once it is
            problems.extend(_profile_problems(session))
            problems.extend(loss_problems(session))
        movement_count = session.scalar(select(func.count(Movement.id))) or 0
        chain = audit.verify_chain(session)
        problems.extend(chain.problems)
    return CheckReport(
        lots=len(names), movements=movement_count, audit_entries=chain.entries, problems=tuple(problems[:MAX_PROBLEMS])
    )


def _profile_problems(session: Session) -> list[str]:
    """Each policy profile read as every check reads it: one edited outside the program into
    something no rule can read is a problem here, by name, not a traceback elsewhere."""
    problems = []
    for profile_id in session.scalars(select(PolicyProfile.id)).all():
        try:
            profile_info(session.get_one(PolicyProfile, profile_id))
        except DatabaseError as exc:
            problems.append(str(exc))
        except ValueError as exc:  # text that is not JSON where the profile keeps a list
            problems.append(f"policy profile {profile_id}: a list column holds text that is not JSON ({exc})")
    return problems


def audit_chain(ctx: Context) -> ChainReport:
    """The audit chain alone: quick enough to verify each time the window opens a database, so an
    edit made outside the program is seen on the day, not at the next `db check`."""
    with ctx.read() as session:
        return audit.verify_chain(session)
