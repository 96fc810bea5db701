"""What must hold after every step of the ledger machine: the rules of DOMAIN.md section 4, read
twice, on the rows of the tables (read directly) and on what the services report (lots, totals,
ledger, tasks, events, `db check`), which must agree; and every fourth step the record as of a
past day, replayed from the tables (DOMAIN.md section 5, dated views)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from hypothesis.stateful import invariant
from sqlalchemy import Engine, select

from stockpile_tracker.db.models import Base
from stockpile_tracker.domain.enums import INCOMING, LotStatus, RetentionFilter
from stockpile_tracker.services import LotFilter

from ...helpers import TODAY

SORTS = (
    "lot_number",
    "type",
    "category",
    "sd_class",
    "site",
    "retention",
    "on_hand",
    "retained",
    "surplus",
    "scheduled",
    "suspended",
    "destroyed",
    "condition",
)
OUTGOING = {"transfer_out", "out_for_destruction", "training", "destroyed", "check_loss"}
FILTERS = (
    (LotFilter(), lambda r: True),
    (LotFilter(retention=RetentionFilter.RETAINED), lambda r: r.retained > 0),
    (LotFilter(retention=RetentionFilter.SURPLUS), lambda r: r.on_hand > r.retained or r.at_destruction > 0),
    (LotFilter(type="M16"), lambda r: r.type_designation == "M16"),
    (LotFilter(site="CAMP-C", category="AP"), lambda r: r.site_code == "CAMP-C" and r.category == "AP"),
    (LotFilter(status=LotStatus.SCHEDULED), lambda r: r.scheduled > 0),
    (LotFilter(status=LotStatus.SUSPENDED), lambda r: r.suspended > 0),
    (LotFilter(status=LotStatus.UNSCHEDULED_SURPLUS), lambda r: r.unscheduled > 0),
    (LotFilter(status=LotStatus.AT_DESTRUCTION_SITES), lambda r: r.at_destruction > 0),
    (LotFilter(status=LotStatus.DESTROYED), lambda r: r.destroyed > 0 and r.held == 0),
    (LotFilter(status=LotStatus.PARTIALLY_DESTROYED), lambda r: r.destroyed > 0 and r.held > 0),
)


# Past days the dated views are replayed on, in turn: before most entries, and the day before the
# machine's usual date (draws.DATES), so that what is dated today is left out.
DATED_VIEW_DAYS = (date(2024, 3, 1), date(2026, 2, 1), TODAY - timedelta(days=1))


def read_tables(engine: Engine) -> dict[str, list]:
    """Every row of every table, as the database holds it (the oracle's own reading)."""
    with engine.connect() as connection:
        return {table.name: list(connection.execute(select(table))) for table in Base.metadata.sorted_tables}


def as_snapshot(tables: dict[str, list]) -> dict[str, list[tuple]]:
    """The rows in comparable form, as helpers.snapshot gives them."""
    return {name: sorted(tuple(map(repr, row)) for row in rows) for name, rows in tables.items()}


@dataclass
class TaskFlows:
    """Per task and lot: what the task planned and what became of it, read from the tables."""

    planned: dict[tuple[int, int], int]
    # From the ledger: all taken out for the task, and of it shipped (net of reversals).
    removed: defaultdict[tuple, int] = field(default_factory=lambda: defaultdict(int))
    shipped: defaultdict[tuple, int] = field(default_factory=lambda: defaultdict(int))
    # Shipped mines not yet destroyed, by date: (day, shipments first, id, change).
    in_transit: defaultdict[tuple, list] = field(default_factory=lambda: defaultdict(list))
    # From the certificates: destroyed (as counted), certified, reported and not certified (of the
    # events that destroyed the task's mines), and destroyed from shipments (no ledger entry).
    destroyed: defaultdict[tuple, int] = field(default_factory=lambda: defaultdict(int))
    certified: defaultdict[tuple, int] = field(default_factory=lambda: defaultdict(int))
    uncertified: defaultdict[tuple, int] = field(default_factory=lambda: defaultdict(int))
    not_ledgered: defaultdict[tuple, int] = field(default_factory=lambda: defaultdict(int))


def ledger_for_tasks(flows: TaskFlows, by_id: dict, events: dict) -> tuple[defaultdict, dict[int, date]]:
    """Fill in what left the ledger for each task; return the destruction entries per event and lot,
    and the day each lot was first received."""
    ledgered = defaultdict(int)
    first_in: dict[int, date] = {}
    for movement in by_id.values():
        key = (movement.task_id, movement.lot_id)
        if movement.task_id is not None:
            assert key in flows.planned, f"entry {movement.id} is for a task that does not plan its lot"
            flows.removed[key] -= movement.quantity
            original = by_id.get(movement.reverses_id)
            if "out_for_destruction" in (movement.kind, original.kind if original else None):
                flows.shipped[key] -= movement.quantity
                flows.in_transit[key].append((movement.occurred_on, 0, movement.id, -movement.quantity))
        if movement.event_id is not None:
            assert movement.kind == "destroyed"
            assert movement.task_id == events[movement.event_id].task_id
            ledgered[movement.event_id, movement.lot_id] -= movement.quantity
        if movement.kind in INCOMING:
            first = first_in.get(movement.lot_id)
            first_in[movement.lot_id] = min(first, movement.occurred_on) if first else movement.occurred_on
    return ledgered, first_in


def uncertified(line, event, resolving: set[int]) -> int:
    """Rule 6: what an event line reported destroyed and its verified certificate does not certify,
    unless the event resolves an unaccounted loss."""
    if line.certified_quantity is None or event.id in resolving:
        return 0
    return max(line.quantity - line.certified_quantity, 0)


def counted(line, event, lost: set[tuple[int, int]], resolving: set[int]) -> int:
    """Rule 6: what an event line counts destroyed: what it reported, less what its certificate does
    not certify once its task was closed short (a loss of the task and lot)."""
    short = uncertified(line, event, resolving) if (event.task_id, line.lot_id) in lost else 0
    return line.quantity - short


def certificate_rules(
    event, lines: list, flows: TaskFlows, ledgered: defaultdict, first_in: dict, lost: set, resolving: set
) -> None:
    """One destruction event and its lines: dates, four eyes, and each line against the ledger."""
    where = f"certificate {event.certificate_number}"
    assert event.occurred_on <= TODAY and event.officer.casefold() != event.witness.casefold()
    assert lines, f"{where} has no lines"
    if event.verified_by is not None:
        # Rule 7: four eyes; a verified certificate has a figure on every line.
        assert event.verified_by != event.recorded_by, f"{where}: verified by its recorder"
        assert event.occurred_on <= event.verified_on <= TODAY
    for line in lines:
        assert line.quantity > 0
        assert (line.certified_quantity is not None) == (event.verified_by is not None)
        # Rule 9: not destroyed before the lot was received.
        received = first_in.get(line.lot_id)
        assert received is not None and event.occurred_on >= received, (
            f"{where}: destroyed on {event.occurred_on}, lot {line.lot_id} received {received}"
        )
        key = (event.task_id, line.lot_id)
        if (event.id, line.lot_id) in ledgered:
            assert ledgered.pop((event.id, line.lot_id)) == line.quantity, f"{where}: line != its entry"
        else:
            assert event.task_id is not None, f"{where}: a destruction with no ledger entry and no task"
            flows.not_ledgered[key] += line.quantity
            flows.in_transit[key].append((event.occurred_on, 1, event.id, -line.quantity))
        if event.task_id is not None:
            assert key in flows.planned, f"{where}: destroyed a lot that is not in its task"
            flows.destroyed[key] += counted(line, event, lost, resolving)
            flows.certified[key] += line.certified_quantity or 0
            flows.uncertified[key] += uncertified(line, event, resolving)


def task_line_rules(flows: TaskFlows, tasks: dict, rows: dict) -> defaultdict:
    """Each task's line against what was taken out, shipped and destroyed for it; returns what is
    still scheduled per lot (the open tasks' lines, less what left the ledger for them)."""
    scheduled = defaultdict(int)
    for (task_id, lot_id), quantity in flows.planned.items():
        task, key = tasks[task_id], (task_id, lot_id)
        removed, shipped, destroyed = flows.removed[key], flows.shipped[key], flows.destroyed[key]
        where = f"task {task.reference}, lot {rows[lot_id].lot_number}"
        # Rule 4: never more taken out or destroyed than the task's line.
        assert 0 <= removed <= quantity, f"{where}: {removed} taken out of {quantity} planned"
        assert destroyed <= quantity, f"{where}: {destroyed} destroyed of {quantity} planned"
        # Conservation: what was destroyed from shipments was shipped (and not brought back).
        assert flows.not_ledgered[key] <= shipped, (
            f"{where}: {flows.not_ledgered[key]} destroyed from shipments, but {shipped} shipped"
        )
        # ... and at every date: no mine destroyed from a shipment before it was shipped (rules 1, 9).
        running = 0
        for day, _shipments_first, _id, change in sorted(flows.in_transit[key]):
            running += change
            assert running >= 0, f"{where}: on {day} more destroyed from shipments than shipped by then"
        if task.status == "open":
            scheduled[lot_id] += max(quantity - removed, 0)
        elif task.status == "cancelled":
            assert removed == destroyed == 0, f"{where}: cancelled, but work was done"
        elif task.close_note is None:
            # Rule 6: a task closes unexplained only when planned = out of the ledger = destroyed
            # = certified.
            assert quantity == removed == destroyed == flows.certified[key], (
                f"{where}: closed without explanation with {quantity} planned, {removed} taken out "
                f"of the ledger ({shipped} shipped), {destroyed} destroyed, {flows.certified[key]} certified"
            )
    return scheduled


def kept_and_suspended_rules(name: str, row, stored, ledger: list, decisions: list, suspensions: list) -> None:
    """Rules 2 and 3 for one lot: its retention is the latest decision, its suspended the
    suspensions in force, and neither, on any day, more than the ledger held."""
    assert 0 <= row.retained <= row.on_hand, f"{name}: retains {row.retained} of {row.on_hand} on hand"
    # Suspended mines are surplus, held back from scheduling: the sum of the suspensions in force.
    in_force = sum(s.quantity for s in suspensions if s.lifted_on is None)
    assert row.suspended == in_force == stored.suspended, f"{name}: suspended is not its suspensions"
    assert 0 <= row.suspended <= row.surplus, f"{name}: suspends {row.suspended} of {row.surplus} surplus"
    assert 0 <= row.scheduled <= row.on_hand - row.retained - row.suspended, (
        f"{name}: {row.scheduled} scheduled of {row.on_hand - row.retained - row.suspended} surplus not suspended"
    )
    assert row.surplus == row.scheduled + row.suspended + row.unscheduled
    latest = decisions[-1] if decisions else None
    assert row.retained == (latest.quantity if latest else 0), f"{name}: retained is not the decision"
    assert row.retention_category == (latest.category if latest else None)
    assert (row.retained == 0) == (row.retention_category is None)
    if latest is not None and latest.category == "article3":
        assert latest.institution, f"{name}: Article 3 retention without its institution"
    # Rules 2 and 3 on every past day too: never more retained and suspended than the ledger
    # held that day.
    days = {m.occurred_on for m in ledger} | {d.valid_from for d in decisions}
    for day in sorted(days | {s.suspended_from for s in suspensions}):
        decided = [d for d in decisions if d.valid_from <= day]
        retained_then = decided[-1].quantity if decided else 0
        suspended_then = sum(
            s.quantity for s in suspensions if s.suspended_from <= day and (s.lifted_on is None or s.lifted_on > day)
        )
        held_then = sum(m.quantity for m in ledger if m.occurred_on <= day)
        assert retained_then + suspended_then <= held_then, (
            f"{name}: on {day} {retained_then} retained and {suspended_then} suspended, {held_then} held"
        )


def losses_and_resolving(tables: dict[str, list]) -> tuple[set[tuple[int, int]], set[int]]:
    """The (task, lot) of every unaccounted loss, and the events that resolve one."""
    return (
        {(loss.task_id, loss.lot_id) for loss in tables["unaccounted_loss"]},
        {r.event_id for r in tables["loss_resolution"] if r.event_id is not None},
    )


def loss_rules(
    tables: dict[str, list], flows: TaskFlows, tasks: dict, by_id: dict
) -> tuple[defaultdict, defaultdict, int]:
    """Rule 6: each task line's shipped mines not destroyed at the site are awaiting destruction
    while the task is open; once it is closed, they and what its certificates certify fewer than
    reported are its unaccounted loss, what is still unaccounted for
    plus what was found and returned or written off (those destroyed later are events of the task).
    Returns them per lot, of them what is awaiting destruction (at destruction sites) per lot, and
    what is still unaccounted for in all."""
    losses = {loss.id: loss for loss in tables["unaccounted_loss"]}
    resolved: defaultdict[int, defaultdict[str, int]] = defaultdict(lambda: defaultdict(int))
    lines = defaultdict(list)
    for line in tables["event_line"]:
        lines[line.event_id].append((line.lot_id, line.quantity))
    events = {event.id: event for event in tables["destruction_event"]}
    for resolution in tables["loss_resolution"]:
        loss = losses[resolution.loss_id]
        assert resolution.quantity > 0 and loss.occurred_on <= resolution.resolved_on <= TODAY
        if resolution.kind == "found_returned":
            entry = by_id[resolution.movement_id]
            assert (entry.kind, entry.lot_id, entry.quantity) == ("returned", loss.lot_id, resolution.quantity)
        elif resolution.kind == "destroyed":
            assert lines[resolution.event_id] == [(loss.lot_id, resolution.quantity)]
            assert events[resolution.event_id].task_id == loss.task_id
        resolved[loss.id][resolution.kind] += resolution.quantity
    by_line = {(loss.task_id, loss.lot_id): loss for loss in losses.values()}
    gone: defaultdict[int, int] = defaultdict(int)
    awaiting: defaultdict[int, int] = defaultdict(int)
    unaccounted = 0
    for key in flows.planned:
        task, left = tasks[key[0]], flows.shipped[key] - flows.not_ledgered[key]
        loss = by_line.get(key)
        left += flows.uncertified[key] if loss is not None else 0
        gone[key[1]] += left
        if loss is None:
            assert task.status == "open" or left == 0, f"task {task.reference}: {left} shipped, not destroyed, no loss"
            awaiting[key[1]] += left
            continue
        kinds = resolved[loss.id]
        assert task.status == "closed" and task.close_note, f"task {task.reference}: a loss of a task not closed short"
        assert loss.explanation == task.close_note and loss.quantity > 0
        still = loss.quantity - sum(kinds.values())
        assert still >= 0, f"task {task.reference}: resolved {sum(kinds.values())} of a loss of {loss.quantity}"
        assert left == still + kinds["found_returned"] + kinds["written_off"], f"task {task.reference}: loss"
        unaccounted += still
    return gone, awaiting, unaccounted


PLANT_KINDS = {"in_for_destruction", "sent_back", "unaccounted_loss", "destroyed", "reversal"}
PAIRS = {"in_for_destruction": "out_for_destruction", "shipment_return": "sent_back", "move_in": "move_out"}


def shipped_entries_rules(tables: dict[str, list], plants: set[int], rows: dict) -> None:
    """Mines shipped for destruction are the lot's holding for destruction at the task's site: its
    entries are a task's there, never below zero, and add up to the lot's mines at destruction sites;
    each two-sided entry's second side points at its first, of one quantity, day and task."""
    tasks = {t.id: t for t in tables["destruction_task"]}
    holdings = {h.id: h for h in tables["holding"]}
    by_id = {m.id: m for m in tables["movement"]}
    running: defaultdict[int, int] = defaultdict(int)
    for m in sorted(tables["movement"], key=lambda m: (m.occurred_on, m.id)):
        if m.kind in PAIRS:
            first = by_id[m.counterpart_id]
            assert first.kind == PAIRS[m.kind] and first.lot_id == m.lot_id, f"entry {m.id}: its first side"
            assert (first.quantity, first.occurred_on, first.task_id) == (-m.quantity, m.occurred_on, m.task_id)
            assert first.holding_id != m.holding_id
        if m.holding_id not in plants:
            continue
        assert m.kind in PLANT_KINDS and m.task_id is not None, f"entry {m.id} ({m.kind}) for destruction"
        assert tasks[m.task_id].site_id == holdings[m.holding_id].site_id, f"entry {m.id}: not at its task's site"
        running[m.lot_id] += m.quantity
        assert running[m.lot_id] >= 0, f"entry {m.id}: the lot's mines for destruction go below zero"
    for lot_id, row in rows.items():
        assert row.at_destruction == running[lot_id], f"lot {row.lot_number}: at destruction sites != its holdings"


class RulesHold:
    """The invariant of the machine (LedgerMachine), checked after every step."""

    @invariant()
    def rules_hold(self) -> None:
        self.steps += 1
        self._rows = self._tasks = self._events = None
        tables = self._tables = read_tables(self.engine)
        rows = self.rows()
        assert set(rows) == set(self.lots), "lots(limit=None) lists every lot, once"
        # The lots' own sites are the ledger of on hand; their holdings for destruction apart.
        plants = {h.id for h in tables["holding"] if h.for_destruction}
        movements = sorted(
            (m for m in tables["movement"] if m.holding_id not in plants), key=lambda m: (m.occurred_on, m.id)
        )
        by_id = {m.id: m for m in movements}
        shipped_entries_rules(tables, plants, rows)
        ledgers = defaultdict(list)
        for movement in movements:
            ledgers[movement.lot_id].append(movement)
        stored = {b.lot_id: b for b in tables["lot_balance"]}
        decisions = defaultdict(list)
        for decision in sorted(tables["retention_decision"], key=lambda d: (d.valid_from, d.id)):
            decisions[decision.lot_id].append(decision)
        destroyed_per_lot = defaultdict(int)
        events = {event.id: event for event in tables["destruction_event"]}
        lost, resolving = losses_and_resolving(tables)
        for line in tables["event_line"]:
            destroyed_per_lot[line.lot_id] += counted(line, events[line.event_id], lost, resolving)
        suspensions = defaultdict(list)
        for suspension in tables["suspension"]:
            suspensions[suspension.lot_id].append(suspension)

        for lot_id, row in rows.items():
            name = f"lot {row.lot_number} ({row.type_designation})"
            ledger = ledgers[lot_id]
            # Rule 1: on hand is the sum of the ledger and never negative, at any date.
            running = 0
            for movement in ledger:
                running += movement.quantity
                assert running >= 0, f"{name}: the ledger goes to {running} on {movement.occurred_on}"
                # Rule 9: nothing dated in the future.
                assert movement.occurred_on <= TODAY, f"{name}: entry {movement.id} is in the future"
                if movement.kind in INCOMING:
                    assert movement.quantity > 0
                elif movement.kind in OUTGOING:
                    assert movement.quantity < 0
                else:
                    original = by_id[movement.reverses_id]
                    assert original.lot_id == lot_id and original.kind != "reversal"
                    assert movement.quantity == -original.quantity and movement.reason
            assert row.on_hand == running == stored[lot_id].on_hand, f"{name}: on hand is not the ledger's sum"
            # Rule 1: destroyed <= ever held (incoming entries, net of their reversals).
            held = sum(
                m.quantity
                for m in ledger
                if m.kind in INCOMING or (m.reverses_id and by_id[m.reverses_id].kind in INCOMING)
            )
            assert row.destroyed == destroyed_per_lot[lot_id]
            assert 0 <= row.destroyed <= held, f"{name}: destroyed {row.destroyed} of {held} ever held"
            assert row.on_hand + row.destroyed <= held, (
                f"{name}: {row.on_hand} on hand and {row.destroyed} destroyed, of {held} ever held"
            )
            kept_and_suspended_rules(name, row, stored[lot_id], ledger, decisions[lot_id], suspensions[lot_id])

        self.ledgers = ledgers
        self._destruction_rules(tables, rows, by_id)
        self._services_agree(rows, ledgers)
        if self.steps % 4 == 1:
            self._dated_view_agrees(tables, ledgers, decisions, suspensions)

    def _destruction_rules(self, tables, rows, by_id) -> None:
        tasks = {t.id: t for t in tables["destruction_task"]}
        events = {e.id: e for e in tables["destruction_event"]}
        assert set(tasks) == set(self.tasks) and set(events) == set(self.events)
        flows = TaskFlows({(line.task_id, line.lot_id): line.quantity for line in tables["task_line"]})
        ledgered, first_in = ledger_for_tasks(flows, by_id, events)
        lines = defaultdict(list)
        for line in tables["event_line"]:
            lines[line.event_id].append(line)
        lost, resolving = losses_and_resolving(tables)
        for event in events.values():
            certificate_rules(event, lines[event.id], flows, ledgered, first_in, lost, resolving)
        assert not ledgered, f"destruction entries without an event line: {dict(ledgered)}"

        scheduled = task_line_rules(flows, tasks, rows)
        gone, awaiting, unaccounted = loss_rules(tables, flows, tasks, by_id)
        totals = self.alice.destruction.loss_totals()
        assert totals.covered.unaccounted + totals.not_covered.unaccounted == unaccounted
        for lot_id, row in rows.items():
            # Every mine received (net of reversals; returns included) is on hand, destroyed, shipped
            # and not destroyed (awaiting; or unaccounted for, found and returned, written off), or
            # gone by the ledger's other outgoing entries.
            received = out = 0
            for m in self.ledgers[lot_id]:
                kind = by_id[m.reverses_id].kind if m.reverses_id else m.kind
                received += m.quantity if kind in INCOMING else 0
                out -= m.quantity if kind in ("transfer_out", "training", "check_loss") else 0
            assert received == row.on_hand + row.destroyed + gone[lot_id] + out, (
                f"lot {row.lot_number}: received {received} != on hand {row.on_hand} + destroyed {row.destroyed} "
                f"+ shipped, not destroyed {gone[lot_id]} + transferred, trained and lost in stock checks {out}"
            )
        for task in tasks.values():
            if task.status == "closed" and task.close_note is None:
                assert all(e.verified_by for e in events.values() if e.task_id == task.id), (
                    f"task {task.reference}: closed with an unverified certificate"
                )
        for lot_id, row in rows.items():
            assert row.scheduled == scheduled[lot_id], f"lot {row.lot_number}: scheduled != open task lines"
            # Held = on hand + at destruction sites: shipped for an open task, not yet destroyed.
            assert row.at_destruction == awaiting[lot_id], f"lot {row.lot_number}: at destruction sites"
            assert row.held == row.on_hand + row.at_destruction
        self._task_views_agree(tasks, events, lines, flows)

    def _dated_view_agrees(self, tables, ledgers, decisions, suspensions) -> None:
        """The record as of a past day (DOMAIN.md section 5, dated views), replayed from the tables:
        the tasks open then (begun: entered or work dated by then; not ended: open, closed later, or
        work dated after it, events resolving a loss aside) and what they scheduled, at most what
        each lot had free that day, so that the day's figures add up as today's do."""
        day = DATED_VIEW_DAYS[(self.steps // 4) % len(DATED_VIEW_DAYS)]
        next_day = datetime.combine(day + timedelta(days=1), time())
        resolving = {r.event_id for r in tables["loss_resolution"] if r.event_id is not None}
        work = defaultdict(list)
        for movement in tables["movement"]:
            if movement.task_id is not None:
                work[movement.task_id].append(movement.occurred_on)
        for event in tables["destruction_event"]:
            if event.task_id is not None and event.id not in resolving:
                work[event.task_id].append(event.occurred_on)
        open_then = {
            task.id
            for task in tables["destruction_task"]
            if (task.created_at < next_day or min(work[task.id], default=TODAY) <= day)
            and (task.status == "open" or task.closed_at >= next_day or max(work[task.id], default=day) > day)
        }
        assert {t.id for t in self.alice.destruction.tasks(status="open", as_of=day)} == open_then, day
        taken = defaultdict(int)  # by (task, lot): out of the lots' own sites for the task by then
        plants = {h.id for h in tables["holding"] if h.for_destruction}
        for movement in tables["movement"]:
            if movement.task_id is not None and movement.occurred_on <= day and movement.holding_id not in plants:
                taken[movement.task_id, movement.lot_id] -= movement.quantity
        planned = defaultdict(int)
        for line in tables["task_line"]:
            if line.task_id in open_then:
                planned[line.lot_id] += max(line.quantity - taken[line.task_id, line.lot_id], 0)
        on_hand = scheduled = 0
        for lot_id, ledger in ledgers.items():
            held = sum(m.quantity for m in ledger if m.occurred_on <= day)
            decided = [d for d in decisions[lot_id] if d.valid_from <= day]
            kept = (decided[-1].quantity if decided else 0) + sum(
                s.quantity
                for s in suspensions[lot_id]
                if s.suspended_from <= day and (s.lifted_on is None or s.lifted_on > day)
            )
            on_hand += held
            scheduled += min(planned[lot_id], held - kept)
        groups = self.alice.queries.status_groups(day)
        assert (sum(g.on_hand for g in groups), sum(g.scheduled for g in groups)) == (on_hand, scheduled), day
        assert all(g.unscheduled >= 0 for g in groups), f"as of {day}, scheduled more than the surplus"

    def _task_views_agree(self, tasks, events, lines, flows: TaskFlows) -> None:
        """What the destruction screens show is what the tables hold."""
        for info in self.task_list():
            assert info.status == tasks[info.id].status
            for line in info.lines:
                key = (info.id, line.lot_id)
                shown = (line.planned, line.shipped, line.destroyed)
                assert shown == (flows.planned[key], flows.shipped[key], flows.destroyed[key])
        for info in self.event_list():
            assert info.id in events and info.verified_by == events[info.id].verified_by
            assert sorted((line.lot_id, line.quantity, line.certified_quantity) for line in info.lines) == sorted(
                (line.lot_id, line.quantity, line.certified_quantity) for line in lines[info.id]
            )

    def _services_agree(self, rows, ledgers) -> None:
        """The services' views agree with the tables: totals, filters, ledgers, `db check`."""
        # One filter a step, in turn: its total is the sum of the rows listed under it.
        for lot_filter, belongs in (FILTERS[self.steps % len(FILTERS)],):
            listed = self.alice.queries.lots(lot_filter, limit=None)
            assert sorted(r.id for r in listed) == sorted(i for i, r in rows.items() if belongs(r)), lot_filter
            totals = self.alice.queries.totals(lot_filter)
            assert (totals.lots, totals.on_hand, totals.retained, totals.scheduled, totals.suspended) == (
                len(listed),
                sum(r.on_hand for r in listed),
                sum(r.retained for r in listed),
                sum(r.scheduled for r in listed),
                sum(r.suspended for r in listed),
            ), f"totals({lot_filter}) is not the sum of its rows"
            assert totals.destroyed == sum(r.destroyed for r in listed), f"totals({lot_filter}): destroyed"
        # Every fourth step, the stockpile table in pages of 5, sorted by one column in turn, is the
        # whole list in order.
        if self.steps % 4 == 2:
            key, descending = SORTS[(self.steps // 4) % len(SORTS)], bool(self.steps % 8 == 2)
            pages, offset = [], 0
            while not pages or len(pages[-1]) == 5:
                pages.append(self.alice.queries.lots(sort=key, descending=descending, offset=offset, limit=5))
                offset += 5
            paged = [r.id for page in pages for r in page]
            whole = self.alice.queries.lots(sort=key, descending=descending, limit=None)
            assert paged == [r.id for r in whole] and sorted(paged) == sorted(rows), f"pages sorted by {key}"
            if key in ("on_hand", "retained", "scheduled", "suspended", "destroyed"):
                values = [getattr(r, key) for r in whole]
                assert values == sorted(values, reverse=descending), f"not sorted by {key}"
        # The ledger screen of the lots this step touched.
        shown = set(self.touched) & set(rows)
        self.touched.clear()
        for lot_id in shown:
            entries = self.alice.queries.ledger(lot_id)  # all its holdings: held after each entry
            whole = sorted(
                (m for m in self._tables["movement"] if m.lot_id == lot_id), key=lambda m: (m.occurred_on, m.id)
            )
            assert [(e.id, e.quantity) for e in entries] == [(m.id, m.quantity) for m in whole]
            assert all(e.balance_after >= 0 for e in entries)
            assert sum(e.quantity for e in entries) == rows[lot_id].held
        if self.steps % 4 == 0:
            report = self.alice.check()
            assert report.ok, f"db check: {report.problems}"
            assert report.lots == len(rows)
