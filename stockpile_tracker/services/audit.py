"""The audit log: one entry per change, chained by SHA-256 so that an edit made outside the
program (in a database tool, say) breaks the chain and `verify_chain` finds it."""

from __future__ import annotations

import hashlib
import json
import unicodedata
from collections.abc import Iterable
from datetime import datetime
from typing import Any

from sqlalchemy import bindparam, insert, select
from sqlalchemy.orm import Session

from ..db.models import AuditEntry, AuditHead, AuditRow
from ..domain.errors import DatabaseError, InvalidInput, StockpileError
from ..domain.rules import MAX_QUANTITY
from ..i18n import translate
from . import coverage
from .base import audited, bulk_insert, utc_now
from .dto.reports import ChainReport

GENESIS = "0" * 64


# json.dumps(value, sort_keys=True, default=str, separators=(",", ":"), ensure_ascii=False), its
# encoder made once rather than for each of an import's 100,000 entries
_CANONICAL = json.JSONEncoder(sort_keys=True, default=str, separators=(",", ":"), ensure_ascii=False)


def canonical_json(value: Any) -> str | None:
    if value is None:
        return None
    return _CANONICAL.encode(value)


def entry_hash(
    id: int,  # noqa: A002 - the column's name, so that a row's fields are its arguments
    at: datetime,
    user: str,
    action: str,
    entity: str,
    entity_id: int | None,
    before: str | None,
    after: str | None,
    reason: str | None,
    prev_hash: str,
    rows_hash: str | None = None,
    os_login: str | None = None,
) -> str:
    """The entry's fields and its predecessor's hash; the digest of the rows it binds when it binds
    any (entries written before migration 0019 bound none, and keep their hashes); the
    operating-system login it was written under when it has one (migration 0023: entries written
    before keep their hashes). An entry with a login always holds the rows' place, empty when it
    binds none, so that a login can never be read as the rows' digest, nor the other way round."""
    at = at.replace(tzinfo=None)
    fields = [
        str(id),
        at.isoformat(timespec="microseconds"),
        user,
        action,
        entity,
        "" if entity_id is None else str(entity_id),
        before or "",
        after or "",
        reason or "",
        prev_hash,
        *([] if rows_hash is None and os_login is None else [rows_hash or ""]),
        *([] if os_login is None else [os_login]),
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
) -> None:
    """Append one entry when the transaction commits (`seal`). The caller's transaction already
    holds the audit-head lock."""
    record_many(session, user, [(action, entity, entity_id, before, after, reason)])


Change = tuple[str, str, int | None, Any, Any, str | None]  # action, entity, entity_id, before, after, reason


def record_many(session: Session, user: str, changes: Iterable[Change]) -> int:
    """Append many entries: an import's thousands are written in one insert with the rest at
    `seal`. The caller's transaction already holds the audit-head lock."""
    head = session.get(AuditHead, 1)
    assert head is not None, "audit head row missing: database not migrated"
    pending: list[dict[str, Any]] = session.info.setdefault("entries", [])
    at, actions, first = utc_now(), audited(session), len(pending)
    for action, entity, entity_id, before, after, reason in changes:
        actions[action] += 1
        pending.append(
            {
                "id": head.last_id + len(pending) + 1,  # the head moves when they are written
                "at": at,
                "user": user,
                "action": action,
                "entity": entity,
                "entity_id": entity_id,
                "before": canonical_json(before),
                "after": canonical_json(after),
                "reason": reason,
            }
        )
    return len(pending) - first


def write_entries(session: Session) -> None:
    """Before the transaction commits: chain its entries after the head, the last one binding the
    rows the transaction changed (`coverage`), and write them. A change of the record that no
    entry names is a defect of the program, never committed."""
    units, entries = coverage.take_unsealed(session), session.info.pop("entries", [])
    if not entries:
        if units:
            raise AssertionError(f"rows changed without an audit entry: {sorted({t for t, _k, _d in units})}")
        return
    head = session.get(AuditHead, 1)
    assert head is not None, "audit head row missing: database not migrated"
    last_hash = head.last_hash
    newest = session.execute(select(AuditEntry.id, AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1)).first()
    if tuple(newest or (0, GENESIS)) != (head.last_id, head.last_hash):
        raise DatabaseError(  # an entry chained after a head someone moved would break the chain for good
            translate(
                "Services",
                "the audit log's head says entry {head} but the log ends at entry {last}: it was changed outside "
                "Stockpile Tracker; nothing was written: run 'stockpile-tracker db check'",
            ).format(head=head.last_id, last=newest[0] if newest else 0)
        )
    entries[-1]["rows_hash"] = coverage.rows_hash(units) if units else None
    os_login = session.info.get("os_login")  # Context.write's: the machine's login, on every entry
    for entry in entries:
        entry.setdefault("rows_hash", None)
        entry.setdefault("os_login", os_login)
        entry["prev_hash"] = last_hash
        entry["hash"] = last_hash = entry_hash(**entry)
    bulk_insert(session, AuditEntry, entries)
    head.last_id, head.last_hash = entries[-1]["id"], last_hash
    _bind(session, entries[-1]["id"], units)
    session.flush()


BIND = insert(AuditRow).values(
    entry_id=bindparam("e"), table_name=bindparam("t"), row_key=bindparam("k"), digest=bindparam("d")
)


def _bind(session: Session, entry_id: int, units: list[coverage.Unit]) -> None:
    """The digests an entry keeps: an import's hundreds of thousands, so on SQLite straight to the
    driver (text and integers only, nothing to convert); COPY on PostgreSQL (`bulk_insert`)."""
    connection = session.connection()
    if connection.dialect.name != "sqlite":
        rows = [{"entry_id": entry_id, "table_name": t, "row_key": k, "digest": d} for t, k, d in units]
        bulk_insert(session, AuditRow, rows)
    elif units:
        statement = str(BIND.compile(dialect=connection.dialect))
        connection.exec_driver_sql(statement, [(entry_id, t, k, d) for t, k, d in units])


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
            AuditEntry.rows_hash,
            AuditEntry.os_login,
        )
        .order_by(AuditEntry.id)
        .execution_options(yield_per=5000)
    )
    for entry_id, at, user, action, entity, entity_id, before, after, reason, prev_hash, stored, bound, login in rows:
        count += 1
        if entry_id != previous_id + 1:
            problems.append(f"audit entries {previous_id + 1}..{entry_id - 1} are missing")
        if prev_hash != previous_hash:
            problems.append(f"audit entry {entry_id} does not follow entry {previous_id}")
        fields = (entry_id, at, user, action, entity, entity_id, before, after, reason, prev_hash, bound, login)
        if entry_hash(*fields) != stored:
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


def last_entry(session: Session) -> int:
    """The newest audit entry's number, those this transaction has still to write included: every
    change to the record adds one after it."""
    head = session.get(AuditHead, 1)
    assert head is not None, "audit head row missing: database not migrated"
    return head.last_id + len(session.info.get("entries", ()))


def require_unchanged_since(session: Session, as_of: int, what: str) -> None:
    """In a writing transaction (which holds the audit head): refuse when the record changed after
    `as_of` (`last_entry` when `what` was read), naming the first changes."""
    later = session.scalars(select(AuditEntry).where(AuditEntry.id > as_of).order_by(AuditEntry.id).limit(4)).all()
    if later:
        changes = "; ".join(f"{entry.action} {entry.entity} by {entry.user}" for entry in later[:3])
        said = (
            translate(
                "Services", "the record changed after {what} ({changes}, and more): nothing was done; look at it again"
            )
            if len(later) > 3
            else translate(
                "Services", "the record changed after {what} ({changes}): nothing was done; look at it again"
            )
        )
        raise StockpileError(said.format(what=what, changes=changes))


SEAL_HASH = 16  # hex digits of the head's hash a seal carries: 64 bits, beyond forging by re-chaining


def seal(session: Session) -> str:
    """The record's seal: how many entries its audit log holds and how its newest hash begins. Printed
    on every report, it lets anyone holding the paper prove later that the history it was printed
    from was not rewritten (`seal_problems`). Inside a transaction that has entries still to write
    (a report the demo builds in its one batch), they are written first: the seal covers what the
    report shows."""
    if session.info.get("entries"):
        write_entries(session)
    head = session.get(AuditHead, 1)
    assert head is not None, "audit head row missing: database not migrated"
    return f"{head.last_id}-{head.last_hash[:SEAL_HASH]}"


def read_seal(text: str) -> tuple[int, str]:
    """A seal as typed or copied from a page ("seal 209-...", in capitals, or with a PDF's ligature
    U+FB00 for ff): its entry count and the start of that entry's hash."""
    written = unicodedata.normalize("NFKC", text).strip().lower().removeprefix("seal").strip()
    count, _dash, start = written.partition("-")
    digits = count.isascii() and count.isdigit() and len(count) <= 10 and int(count) <= MAX_QUANTITY
    if not (digits and len(start) == SEAL_HASH and set(start) <= set("0123456789abcdef")):
        raise InvalidInput(
            "seal",
            translate("Services", "{text} is not a seal: it is the entry count, a dash and 16 hex digits").format(
                text=repr(text)
            ),
        )
    return int(count), start


def seal_problems(session: Session, seal_text: str) -> list[str]:
    """Why the record no longer reaches `seal_text`, or nothing: the entry it names must still
    exist with that hash (the chain itself is proven by `verify_chain`). Entries written after
    it are proven by no seal but a later one."""
    count, start = read_seal(seal_text)
    seal_text = f"{count}-{start}"
    unlike = (
        "a mistyped seal, the seal of another copy of the record, a record restored from an older backup, or a "
        "history cut or rewritten since: compare with the seal on the paper and with the backups"
    )
    if count == 0:
        return [] if start == GENESIS[:SEAL_HASH] else [f"the seal {seal_text} does not match this record ({unlike})"]
    entry = session.get(AuditEntry, count)
    if entry is None:
        return [f"the seal {seal_text} does not match this record: it has no audit entry {count:,} ({unlike})"]
    if not entry.hash.startswith(start):
        return [
            f"the seal {seal_text} does not match this record: at audit entry {count:,} its seal is "
            f"{count}-{entry.hash[:SEAL_HASH]} ({unlike})"
        ]
    return []
