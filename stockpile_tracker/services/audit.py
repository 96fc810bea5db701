"""The audit log: one entry per change, chained by SHA-256 so that an edit made outside the
program (in a database tool, say) breaks the chain and `verify_chain` finds it."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..db.models import AuditEntry, AuditHead
from ..domain.errors import StockpileError
from .base import audited, bulk_insert, utc_now
from .dto.reports import ChainReport

GENESIS = "0" * 64


def canonical_json(value: Any) -> str | None:
    if value is None:
        return None
    return json.dumps(value, sort_keys=True, default=str, separators=(",", ":"), ensure_ascii=False)


def entry_hash(
    entry_id: int,
    at: datetime,
    user: str,
    action: str,
    entity: str,
    entity_id: int | None,
    before: str | None,
    after: str | None,
    reason: str | None,
    prev_hash: str,
) -> str:
    at = at.replace(tzinfo=None)
    fields = [
        str(entry_id),
        at.isoformat(timespec="microseconds"),
        user,
        action,
        entity,
        "" if entity_id is None else str(entity_id),
        before or "",
        after or "",
        reason or "",
        prev_hash,
    ]
    return hashlib.sha256("\x1f".join(fields).encode("utf-8")).hexdigest()


def record(
    session: Session,
    user: str,
    action: str,
    entity: str,
    entity_id: int | None,
    *,
    before: Any = None,
    after: Any = None,
    reason: str | None = None,
) -> AuditEntry:
    """Append one entry. The caller's transaction already holds the audit-head lock."""
    head = session.get(AuditHead, 1)
    assert head is not None, "audit head row missing: database not migrated"
    entry = AuditEntry(
        id=head.last_id + 1,
        at=utc_now(),
        user=user,
        action=action,
        entity=entity,
        entity_id=entity_id,
        before=canonical_json(before),
        after=canonical_json(after),
        reason=reason,
        prev_hash=head.last_hash,
    )
    entry.hash = _hash_of(entry)
    session.add(entry)
    head.last_id, head.last_hash = entry.id, entry.hash
    audited(session)[action] += 1
    session.flush()
    return entry


Change = tuple[str, str, int | None, Any, Any, str | None]  # action, entity, entity_id, before, after, reason


def record_many(session: Session, user: str, changes: Iterable[Change]) -> int:
    """Append many entries in one insert: an import's thousands, chained exactly as `record`
    chains them one by one. The caller's transaction already holds the audit-head lock."""
    head = session.get(AuditHead, 1)
    assert head is not None, "audit head row missing: database not migrated"
    at, rows, actions = utc_now(), [], audited(session)
    last_id, last_hash = head.last_id, head.last_hash
    for action, entity, entity_id, before, after, reason in changes:
        actions[action] += 1
        last_id, before, after = last_id + 1, canonical_json(before), canonical_json(after)
        digest = entry_hash(last_id, at, user, action, entity, entity_id, before, after, reason, last_hash)
        rows.append(
            {
                "id": last_id,
                "at": at,
                "user": user,
                "action": action,
                "entity": entity,
                "entity_id": entity_id,
                "before": before,
                "after": after,
                "reason": reason,
                "prev_hash": last_hash,
                "hash": digest,
            }
        )
        last_hash = digest
    bulk_insert(session, AuditEntry, rows)
    head.last_id, head.last_hash = last_id, last_hash
    session.flush()
    return len(rows)


def verify_chain(session: Session) -> ChainReport:
    """Recompute every hash in order; report gaps, edits and a head that does not match."""
    problems: list[str] = []
    previous_id, previous_hash = 0, GENESIS
    count = 0
    # Plain tuples, not ORM objects: several times faster, and the window runs this on every open.
    rows = session.execute(
        select(
            AuditEntry.id,
            AuditEntry.at,
            AuditEntry.user,
            AuditEntry.action,
            AuditEntry.entity,
            AuditEntry.entity_id,
            AuditEntry.before,
            AuditEntry.after,
            AuditEntry.reason,
            AuditEntry.prev_hash,
            AuditEntry.hash,
        )
        .order_by(AuditEntry.id)
        .execution_options(yield_per=5000)
    )
    for entry_id, at, user, action, entity, entity_id, before, after, reason, prev_hash, stored in rows:
        count += 1
        if entry_id != previous_id + 1:
            problems.append(f"audit entries {previous_id + 1}..{entry_id - 1} are missing")
        if prev_hash != previous_hash:
            problems.append(f"audit entry {entry_id} does not follow entry {previous_id}")
        if entry_hash(entry_id, at, user, action, entity, entity_id, before, after, reason, prev_hash) != stored:
            problems.append(f"audit entry {entry_id} ({action}) was changed after it was written")
        previous_id, previous_hash = entry_id, stored
        if len(problems) >= 20:
            problems.append("stopped after 20 problems")
            break
    head = session.get(AuditHead, 1)
    if head is None:
        problems.append("the audit head row is missing")
    elif len(problems) < 20 and (head.last_id, head.last_hash) != (previous_id, previous_hash):
        problems.append(
            f"the audit log ends at entry {previous_id} but its head says {head.last_id}: entries were removed"
        )
    return ChainReport(count, tuple(problems))


def _hash_of(entry: AuditEntry) -> str:
    return entry_hash(
        entry.id,
        entry.at,
        entry.user,
        entry.action,
        entry.entity,
        entry.entity_id,
        entry.before,
        entry.after,
        entry.reason,
        entry.prev_hash,
    )


def last_entry(session: Session) -> int:
    """The newest audit entry's number: every change to the record adds one after it."""
    head = session.get(AuditHead, 1)
    assert head is not None, "audit head row missing: database not migrated"
    return head.last_id


def require_unchanged_since(session: Session, as_of: int, what: str) -> None:
    """In a writing transaction (which holds the audit head): refuse when the record changed after
    `as_of` (`last_entry` when `what` was read), naming the first changes."""
    later = session.scalars(select(AuditEntry).where(AuditEntry.id > as_of).order_by(AuditEntry.id).limit(4)).all()
    if later:
        changes = "; ".join(f"{entry.action} {entry.entity} by {entry.user}" for entry in later[:3])
        more = ", and more" if len(later) > 3 else ""
        raise StockpileError(f"the record changed after {what} ({changes}{more}): nothing was done; look at it again")
