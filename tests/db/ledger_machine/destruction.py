"""The ledger machine's destruction actions: scheduling tasks, shipping to a demilitarisation site,
recording destruction events with or without a task, verifying certificates (four eyes), closing
and cancelling tasks, a whole task carried out the way a depot does it, and resolving the
unaccounted losses of tasks closed short."""

from __future__ import annotations

from hypothesis import strategies as st
from hypothesis.stateful import precondition, rule

from stockpile_tracker.domain.enums import Resolution

from ...helpers import TODAY
from .draws import (
    DATES,
    FITTING,
    METHODS,
    MISSING_ID,
    PICK,
    PLANNED_DATES,
    QUANTITY,
    SITES,
    WITNESSES,
    pick,
    resolve,
)


class DestructionActions:
    """Rules of the machine (LedgerMachine) that plan, carry out and certify destruction."""

    @precondition(lambda self: self.lots)
    @rule(
        lines=st.lists(st.tuples(PICK, FITTING, QUANTITY), min_size=1, max_size=3),
        planned_on=PLANNED_DATES,
        site=SITES,
        method=METHODS,
        programme=st.sampled_from([None] * 6 + ["programme", "programme", MISSING_ID]),
        empty=st.integers(0, 19),
    )
    def schedule(self, lines, planned_on, site, method, programme, empty):
        wanted: dict[int, int] = {}
        for index, fitting, spec in lines:
            lot_id = self.choose_lot(index, fitting, lambda r: r.unscheduled > 0)
            before = self.lot(lot_id)
            wanted[lot_id] = resolve(spec, before.unscheduled if before else 5)
        if empty == 0:
            wanted = {}
        before = dict(self.rows())
        programme_id = self.programme if programme == "programme" else programme
        valid = (
            bool(wanted)
            and site != "NO-SUCH-SITE"
            and method != "catapult"
            and programme is None
            and all(lot_id in before and 0 < q <= before[lot_id].unscheduled for lot_id, q in wanted.items())
        )
        result = self.attempt(
            "schedule",
            lambda: self.alice.destruction.schedule(
                planned_on=planned_on, site=site, method=method, lines=wanted, programme_id=programme_id
            ),
            lots=wanted,
            must_succeed=valid,
        )
        if result is not None:
            self.tasks.append(result.id)
            assert {line.lot_id: line.planned for line in result.lines} == wanted
            assert result.status == "open"
            for lot_id, quantity in wanted.items():
                assert 0 < quantity <= before[lot_id].unscheduled, "rule 3: scheduled more than surplus"
                assert self.lot(lot_id).scheduled == before[lot_id].scheduled + quantity

    @precondition(lambda self: self.tasks)
    @rule(
        task_index=PICK,
        fitting=FITTING,
        lines=st.lists(st.tuples(PICK, QUANTITY), min_size=1, max_size=2),
        on=DATES,
        stray=st.integers(0, 9),
    )
    def ship(self, task_index, fitting, lines, on, stray):
        task = self.task(self.choose_task(task_index, fitting))
        # Lots of the task; now and then one that is not in it.
        self.ship_lines(task, [(index if stray else -1, spec) for index, spec in lines], on)

    @precondition(lambda self: self.tasks)
    @rule(
        task_index=PICK,
        fitting=FITTING,
        lines=st.lists(st.tuples(PICK, QUANTITY), min_size=1, max_size=2),
        on=DATES,
        site=SITES,
        method=METHODS,
        witness=WITNESSES,
        reuse=st.integers(0, 9),
    )
    def destroy_for_task(self, task_index, fitting, lines, on, site, method, witness, reuse):
        task = self.task(self.choose_task(task_index, fitting))
        self.record_event(task, fitting, lines, on, site, method, witness, reuse)

    @precondition(lambda self: self.lots)
    @rule(
        fitting=FITTING,
        lines=st.lists(st.tuples(PICK, QUANTITY), min_size=1, max_size=2),
        on=DATES,
        site=SITES,
        method=METHODS,
        witness=WITNESSES,
        reuse=st.integers(0, 9),
    )
    def destroy_without_task(self, fitting, lines, on, site, method, witness, reuse):
        self.record_event(None, fitting, lines, on, site, method, witness, reuse)

    @precondition(lambda self: self.events)
    @rule(
        event_index=PICK, by_bob=st.integers(0, 5), on=DATES, change=st.sampled_from([None] * 6 + [-1, 1, "negative"])
    )
    def verify_certificate(self, event_index, by_bob, on, change):
        events = self.event_list()
        unverified = [e.id for e in events if e.verified_by is None]
        event_id = pick(unverified if unverified and event_index % 4 else self.events, event_index)
        self.verify(event_id, self.bob if by_bob else self.alice, on, change)

    @precondition(lambda self: self.tasks)
    @rule(
        task_index=PICK,
        fitting=FITTING,
        explanation=st.sampled_from([None] * 3 + ["480 mines missing; inquiry opened"]),
    )
    def close_task(self, task_index, fitting, explanation):
        self.close(self.choose_task(task_index, fitting), explanation)

    @precondition(lambda self: self.tasks)
    @rule(task_index=PICK, fitting=FITTING)
    def cancel_task(self, task_index, fitting):
        task_id = self.choose_task(task_index, fitting)
        lots = [line.lot_id for line in self.task(task_id).lines] if task_id in self.tasks else []
        result = self.attempt(
            "cancel_task", lambda: self.alice.destruction.cancel_task(task_id, "plan withdrawn"), lots=lots
        )
        if result is not None:
            assert result.status == "cancelled"

    @precondition(lambda self: self.tasks)
    @rule(
        task_index=st.integers(0, 40),
        work=st.lists(
            st.tuples(
                st.sampled_from(["ship", "destroy", "verify"] * 3 + ["undo"]),
                st.integers(0, 3),
                st.sampled_from(["all", "half", "one"]),
            ),
            min_size=2,
            max_size=6,
        ),
        explanation=st.sampled_from([None] * 3 + ["480 mines missing; inquiry opened"]),
    )
    def carry_out_task(self, task_index, work, explanation):
        """A task worked through the way a depot does it: shipments and destructions in some order,
        part on site and part shipped, certificates verified by a second person, now and then a
        shipment entered in error and reversed, then closing. Always a task that exists: the other
        rules try missing ones."""
        task_id = self.choose_task(task_index, True)
        for what, index, spec in work:
            task = self.task(task_id)
            if what == "ship":
                self.ship_lines(task, [(index, spec)], TODAY)
            elif what == "destroy":
                # where the task's shipped mines are
                self.record_event(task, True, [(index, spec)], TODAY, task.site_code, "open_detonation", "Sgt. Ruiz", 1)
            elif what == "undo":
                shipments = [
                    (e.id, line.lot_id)
                    for line in task.lines
                    for e in self.alice.queries.ledger(line.lot_id)
                    if e.task_id == task_id and e.kind == "out_for_destruction" and e.reversed_by_id is None
                ]
                if shipments:
                    movement_id, lot_id = max(shipments)
                    self.reverse_entry(lot_id, movement_id, None)
            else:
                unverified = [e.id for e in self.event_list() if e.task_id == task_id and not e.verified_by]
                for event_id in unverified:
                    self.verify(event_id, self.bob, TODAY, None)
            self.rules_hold()
        self.close(task_id, explanation)

    # -- destruction actions, shared by the rules above ----------------------------------------------

    def ship_lines(self, task, lines, on) -> None:
        task_id = task.id if task else MISSING_ID
        task_lots = {line.lot_id: line for line in task.lines} if task else {}
        wanted: dict[int, int] = {}
        left: dict[int, int] = {}  # what is left to ship, per lot of the task
        for index, spec in lines:
            lot_id = pick(list(task_lots) if task_lots and index >= 0 else self.lots, abs(index))
            line = task_lots.get(lot_id)
            if line is not None:
                left[lot_id] = line.planned - line.shipped - self.destroyed_on_site(task_id, lot_id)
            wanted[lot_id] = resolve(spec, left.get(lot_id, 5))
        before = dict(self.rows())
        valid = (
            task is not None
            and task.status == "open"
            and on == TODAY
            and all(0 < q <= left.get(lot_id, 0) for lot_id, q in wanted.items())
        )
        result = self.attempt(
            "ship",
            lambda: self.alice.destruction.ship(task_id, on=on, lines=wanted, document_ref="SHIP-1"),
            lots=wanted,
            must_succeed=valid,
        )
        if result is not None:
            assert task.status == "open", "rule 6: shipped for a task that is not open"
            for lot_id, quantity in wanted.items():
                assert lot_id in task_lots and quantity > 0
                after = self.lot(lot_id)
                assert after.on_hand == before[lot_id].on_hand - quantity
                assert after.scheduled == before[lot_id].scheduled - quantity

    def record_event(self, task, fitting, lines, on, site, method, witness, reuse) -> None:
        task_id = task.id if task else None
        task_lots = {line.lot_id: line for line in task.lines} if task else {}
        wanted: dict[int, int] = {}
        room: dict[int, int] = {}  # what may surely be destroyed now, per lot
        from_shipments: set[int] = set()  # lots whose mines were shipped and await destruction
        for index, spec in lines:
            if task_lots:
                lot_id = pick(list(task_lots), index)
                line = task_lots.get(lot_id)
                if line is not None:
                    # Shipped mines not yet reported destroyed come first; when there are none, what
                    # is left of the line, destroyed at the depot.
                    on_site = self.destroyed_on_site(task.id, lot_id)
                    awaiting = line.shipped - (line.destroyed - on_site)
                    room[lot_id] = awaiting if awaiting > 0 else line.planned - line.shipped - on_site
                    if awaiting > 0:
                        from_shipments.add(lot_id)
            else:
                lot_id = self.choose_lot(index, fitting, lambda r: r.unscheduled > 0)
                if self.lot(lot_id) is not None:
                    room[lot_id] = self.lot(lot_id).unscheduled
            wanted[lot_id] = resolve(spec, room.get(lot_id, 5))
        certificates = [e.certificate_number for e in self.event_list()]
        number = certificates[0] if reuse == 0 and certificates else f"CERT-{next(self.serial):04d}"
        before = dict(self.rows())
        # shipped mines are destroyed at their task's site; with no task, not at a site where a lot's
        # only mines there were shipped for destruction (those are a task's)
        shipped_here = task is None and any(
            site in dict(self.alice.queries.shipped_to(lot_id))
            and site != self.lot(lot_id).site_code
            and site not in dict(self.alice.queries.holdings(lot_id))
            for lot_id in wanted
            if self.lot(lot_id) is not None
        )
        valid = (
            (task is None or task.status == "open")
            and (task is None or not from_shipments or site == task.site_code)
            and not shipped_here
            and on == TODAY
            and site != "NO-SUCH-SITE"
            and method != "catapult"
            and witness == "Sgt. Ruiz"
            and number not in certificates
            and all(0 < q <= room.get(lot_id, 0) for lot_id, q in wanted.items())
        )
        result = self.attempt(
            "record_event",
            lambda: self.alice.destruction.record_event(
                occurred_on=on,
                site=site,
                method=method,
                officer="Capt. Ames",
                witness=witness,
                certificate_number=number,
                lines=wanted,
                task_id=task_id,
            ),
            lots=wanted,
            must_succeed=valid,
        )
        if result is None:
            return
        self.events.append(result.id)
        assert {line.lot_id: line.quantity for line in result.lines} == wanted
        assert result.verified_by is None
        for lot_id, quantity in wanted.items():
            after = self.lot(lot_id)
            assert quantity > 0
            assert after.destroyed == before[lot_id].destroyed + quantity
            line = task_lots.get(lot_id)
            if task is None:
                assert quantity <= before[lot_id].unscheduled, "rules 2 and 3: destroyed kept mines"
            else:
                assert task.status == "open" and line is not None, "rule 4: destroyed outside the task"
            if lot_id in from_shipments:
                assert after.on_hand == before[lot_id].on_hand, "shipped mines left the ledger twice"
            else:
                assert after.on_hand == before[lot_id].on_hand - quantity

    def destroyed_on_site(self, task_id: int, lot_id: int) -> int:
        """Mines of the lot destroyed for the task at its own site (not shipped first)."""
        return -sum(
            e.quantity
            for e in self.alice.queries.ledger(lot_id)
            if e.task_id == task_id and e.kind == "destroyed" and not e.for_destruction
        )

    def verify(self, event_id, user, on, change) -> None:
        found = next((e for e in self.event_list() if e.id == event_id), None)
        certified = None
        if found is not None and change is not None:
            line = found.lines[0]
            certified = {line.lot_id: -1 if change == "negative" else line.quantity + change}
        result = self.attempt(
            "verify_certificate",
            lambda: user.destruction.verify_certificate(event_id, verified_on=on, certified=certified),
        )
        if result is not None:
            assert found.verified_by is None and user is self.bob, "rule 7: four eyes"
            assert (result.verified_by, result.verified_on) == ("bob", on)
            expected = {line.lot_id: line.quantity for line in found.lines} | (certified or {})
            assert {line.lot_id: line.certified_quantity for line in result.lines} == expected

    def close(self, task_id, explanation) -> None:
        before = self.task(task_id) if task_id in self.tasks else None
        lots = [line.lot_id for line in before.lines] if before else []
        result = self.attempt("close_task", lambda: self.alice.destruction.close_task(task_id, explanation), lots=lots)
        if result is not None:
            assert result.status == "closed" and result.close_note == explanation
            # Rule 6: what was shipped and not destroyed at the site, and what the certificates certify
            # fewer than reported, stays as an unaccounted loss.
            gaps = {line.lot_id: line.loss_on_closing for line in before.lines if line.loss_on_closing}
            losses = {loss.lot_id: loss.quantity for loss in self.alice.destruction.losses() if loss.task_id == task_id}
            assert losses == gaps, f"task {result.reference}: losses {losses}, not destroyed or certified {gaps}"

    @precondition(lambda self: self.lots)
    @rule(
        lot_index=PICK,
        destroyed=st.sampled_from(["half", "one", 0]),
        then=st.lists(
            st.tuples(st.sampled_from(list(Resolution)), st.sampled_from(["half", "one", "all", "over"])), max_size=3
        ),
    )
    def close_short(self, lot_index, destroyed, then):
        """The 480-mine case: a lot's surplus planned and shipped, the site reports fewer destroyed,
        the certificates verified and the task closed with an explanation: a loss, then (`then`) its
        investigation's resolutions."""
        lot_id = self.choose_lot(lot_index, True, lambda r: r.unscheduled > 0)
        row = self.lot(lot_id)
        if row is None or row.unscheduled <= 0:
            return
        task = self.attempt(
            "schedule",
            lambda: self.alice.destruction.schedule(
                planned_on=TODAY, site="ANAD", method="open_detonation", lines={lot_id: row.unscheduled}
            ),
            lots=[lot_id],
            must_succeed=True,
        )
        self.tasks.append(task.id)
        self.ship_lines(task, [(0, "all")], TODAY)
        if destroyed:
            self.record_event(
                self.task(task.id), True, [(0, destroyed)], TODAY, "ANAD", "open_detonation", "Sgt. Ruiz", 1
            )
        for event_id in [e.id for e in self.event_list() if e.task_id == task.id and not e.verified_by]:
            self.verify(event_id, self.bob, TODAY, None)
        self.close(task.id, "480 mines missing; inquiry opened")
        for kind, spec in then:
            losses = [loss for loss in self.alice.destruction.losses() if loss.task_id == task.id]
            if losses:
                self.resolve_one(losses[0], kind, spec, TODAY, "INQ-1")

    @precondition(lambda self: self.tasks)
    @rule(
        loss_index=PICK,
        kind=st.sampled_from(list(Resolution)),
        spec=QUANTITY,
        on=DATES,
        reference=st.sampled_from(["INQ-1"] * 9 + [" "]),
        site=st.sampled_from(["TEAD"] * 4 + ["ANAD"]),
    )
    def resolve_loss(self, loss_index, kind, spec, on, reference, site):
        """An investigation accounts for part or all of a loss: found and returned, destroyed with a
        certificate (at a destruction site: the mines left with a shipment), or written off; never
        more than is unaccounted, dated from the loss to today."""
        losses = {loss.id: loss for loss in self.alice.destruction.losses()}
        self.resolve_one(losses.get(pick(sorted(losses), loss_index)), kind, spec, on, reference, site)

    def resolve_one(self, loss, kind, spec, on, reference, site="TEAD") -> None:
        lot_id = loss.lot_id if loss else MISSING_ID
        quantity = resolve(spec, loss.unaccounted if loss else 5)
        if kind is Resolution.DESTROYED:
            reference = f"CERT-{next(self.serial):04d}" if reference.strip() else reference
        common = {"quantity": quantity, "on": on, "reason": "inquiry closed"}
        calls = {
            Resolution.FOUND_RETURNED: lambda: self.alice.destruction.return_loss(
                loss.id if loss else MISSING_ID, reference=reference, **common
            ),
            Resolution.WRITTEN_OFF: lambda: self.alice.destruction.write_off_loss(
                loss.id if loss else MISSING_ID, reference=reference, **common
            ),
            Resolution.DESTROYED: lambda: self.alice.destruction.destroy_loss(
                loss.id if loss else MISSING_ID,
                site=site,
                method="open_detonation",
                officer="Capt. Ames",
                witness="Sgt. Ruiz",
                certificate_number=reference,
                **common,
            ),
        }
        before = self.lot(lot_id)
        valid = (
            loss is not None
            and 0 < quantity <= loss.unaccounted
            and on == TODAY
            and bool(reference.strip())
            and (kind is not Resolution.DESTROYED or site == "TEAD")
        )
        result = self.attempt(kind.value, calls[kind], lots=[lot_id], must_succeed=valid)
        if result is None:
            return
        assert 0 < quantity <= loss.unaccounted, "rule 6: resolved more than was unaccounted for"
        assert kind is not Resolution.DESTROYED or site == "TEAD", "rule 6: shipped mines destroyed at a depot"
        assert result.unaccounted == loss.unaccounted - quantity
        assert result.resolved(kind.value) == loss.resolved(kind.value) + quantity
        after = self.lot(lot_id)
        returned = quantity if kind is Resolution.FOUND_RETURNED else 0
        destroyed = quantity if kind is Resolution.DESTROYED else 0
        assert (after.on_hand, after.destroyed) == (before.on_hand + returned, before.destroyed + destroyed)
        if destroyed:
            event = self.alice.destruction.find_event(reference)
            assert event.task_id == loss.task_id and event.verified_by is None
            self.events.append(event.id)
