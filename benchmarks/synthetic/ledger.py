"""The ledger of one synthetic lot, simulated in date order so that it keeps the service rules: its
receipt, the entries its role calls for (a retention decision, training, scheduling, a shipment,
a destruction) and routine entries (transfers, stock checks, reversals) spread over its life."""

from __future__ import annotations

import random
from datetime import date
from typing import TYPE_CHECKING

from stockpile_tracker.demo import TRAINING_INSTITUTION

from .lots import ARTICLE3, DESTROY_FULL, DESTROY_PART, HOLD, KOREA, KOREA_CONUS, SCHEDULED, Lot
from .setting import (
    END,
    INCOMING,
    LOADER,
    POLICY,
    REVERSAL_REASONS,
    ROUTINE_CUM_WEIGHTS,
    ROUTINE_KINDS,
    TRANSFER_UNITS,
)

if TYPE_CHECKING:
    from .loading import Builder


class LotLedger:
    """What one lot holds as its entries are written: on hand, received, retained, scheduled,
    destroyed, and the routine entries a later reversal may correct."""

    def __init__(self, builder: Builder, lot: Lot, movements: list[tuple], decisions: list[tuple]) -> None:
        self.builder = builder
        self.rng: random.Random = builder.rng
        self.lot = lot
        self.movements = movements
        self.decisions = decisions
        self.clerk = f"clerk.{lot.site.lower()}"
        self.on_hand = self.received = self.retained = self.scheduled = self.destroyed = self.suspended = 0
        self.category: str | None = None
        self.institution: str | None = None
        self.latest_decision = 0
        self.candidates: list[tuple[int, int, str, str]] = []  # reversible entries: id, quantity, kind, doc

    def simulate(self) -> tuple:
        """Write the lot's entries; return its balance as lot_balance must hold it."""
        lot = self.lot
        events = self._days()
        first_kind = "discovery" if lot.discovery else "receipt"
        self.emit(first_kind, lot.arrived.toordinal(), lot.quantity, f"DD1348-{lot.arrived.year}-{lot.id:06d}", None)
        self.on_hand = self.received = lot.quantity
        for day, priority, tag in events:
            free = self.on_hand - self.retained - self.scheduled - self.suspended
            room = min(free, self.on_hand - 1)  # what may leave without touching locked stock or emptying
            special = self.SPECIAL.get(tag)
            # A routine entry (also the stand-in for a special one that had nothing to act on).
            if special is None or not special(self, day, free, room):
                self._routine(day, priority, room)
        category = self.category if self.retained else None
        return (
            lot.id,
            self.on_hand,
            self.received,
            self.retained,
            category,
            self.scheduled,
            self.destroyed,
            self.suspended,
        )

    def _days(self) -> list[tuple[int, int, str]]:
        """The days of the lot's entries, in order: (ordinal, priority, tag); tag "" is routine."""
        lot, rng = self.lot, self.rng
        start = lot.arrived.toordinal()
        cutoff = END.toordinal()
        specials = self._specials()
        if lot.task is not None and lot.role == DESTROY_FULL:
            cutoff = specials[0][0] - 1  # nothing after the lot is emptied
        low = min(start + 1, cutoff)
        events = [(rng.randint(low, cutoff), 0, "") for _ in range(lot.extra)]
        events.extend(specials)
        events.sort()
        return events

    def _specials(self) -> list[tuple[int, int, str]]:
        """The entries the lot's role calls for: (ordinal, priority, tag)."""
        lot, rng = self.lot, self.rng
        end = END.toordinal()
        specials: list[tuple[int, int, str]] = []
        if lot.task is not None:
            specials.append(((lot.task.ship_on or lot.task.event_on).toordinal(), 1, "destroy"))
        if lot.role == KOREA:
            specials.append((POLICY.toordinal(), 1, "decide"))
        elif lot.role == KOREA_CONUS:
            specials.append((date(2022, 9, 1).toordinal(), 1, "decide"))
            if lot.release:
                specials.append((date(2025, 3, 1).toordinal() + rng.randint(0, 300), 1, "release"))
        elif lot.role == HOLD:
            specials.append((date(2024, 3, 4).toordinal() + rng.randint(0, 200), 1, "decide"))
        elif lot.role == ARTICLE3:
            decided = date(2023, 1, 10).toordinal() + rng.randint(0, 30)
            specials.append((decided, 1, "decide"))
            for _ in range(lot.trainings):
                specials.append((rng.randint(decided + 1, end), 2, "train"))
        elif lot.role == SCHEDULED:
            created = lot.open_task.created_on.toordinal()
            specials.append((created, 1, "schedule"))
            if lot.ship:
                specials.append((rng.randint(created + 1, end), 2, "ship"))
        return specials

    # -- writing entries ---------------------------------------------------------------------------

    def emit(
        self,
        kind: str,
        day: int,
        quantity: int,
        doc: str | None,
        reason: str | None,
        reverses: int | None = None,
        task_id: int | None = None,
        event_id: int | None = None,
    ) -> int:
        builder = self.builder
        builder.movement_id += 1
        movement_id = builder.movement_id
        self.movements.append(
            (
                movement_id,
                self.lot.id,
                kind,
                builder.day(day),
                quantity,
                doc,
                reason,
                reverses,
                task_id,
                event_id,
                self.clerk,
                f"{builder.day(day)} {8 + movement_id % 9:02d}:00:00.000000",
            )
        )
        return movement_id

    def decide(self, day: int, quantity: int, why: str, ref: str) -> None:
        builder = self.builder
        builder.decision_id += 1
        decided_on = max(day, self.latest_decision)
        self.latest_decision = decided_on
        self.retained = quantity
        if quantity == 0:
            self.category = self.institution = None
        self.decisions.append(
            (
                builder.decision_id,
                self.lot.id,
                quantity,
                self.category,
                self.institution,
                ref,
                why,
                builder.day(decided_on),
                LOADER,
                f"{builder.day(decided_on)} 11:00:00.000000",
            )
        )

    # -- the entries of the lot's role: each says whether it wrote one -----------------------------

    def _destroy(self, day: int, free: int, room: int) -> bool:
        lot, task = self.lot, self.lot.task
        amount = free if lot.role == DESTROY_FULL else free // 2
        if amount < 1 or (lot.role == DESTROY_PART and self.on_hand - amount < 1):
            return False  # nothing to destroy: a stock check instead keeps the entry count
        if task.ship_on is not None:
            reason = f"shipped for task {task.reference}"
            self.emit("out_for_destruction", day, -amount, task.manifest(), reason, task_id=task.id)
        else:
            self.emit("destroyed", day, -amount, task.certificate(), None, task_id=task.id, event_id=task.id)
        self.on_hand -= amount
        self.destroyed += amount
        task.lines += 1
        self.builder.task_lines.append((task.id, lot.id, amount))
        self.builder.event_lines.append((task.id, lot.id, amount, amount))
        return True

    def _decide_retention(self, day: int, free: int, room: int) -> bool:
        lot = self.lot
        if lot.role == KOREA:
            amount, ref, why = free, "USFK-RET-2022-01", "reserved for the defence of the Republic of Korea"
            self.category = "korea"
        elif lot.role == KOREA_CONUS:
            amount, ref, why = free // 2, "USFK-RET-2022-02", "Korea reserve held in CONUS pending shipment"
            self.category = "korea"
        elif lot.role == ARTICLE3:
            amount = min(free, self.rng.choice([100, 200, 300, 500]))
            ref, why = "DA-TRN-2023-07", "detection and clearance training"
            self.category, self.institution = "article3", TRAINING_INSTITUTION
        else:  # a legal hold: a suspension, the mines still surplus
            return self._suspend(day, free // 2, f"CID-2024-{lot.id % 1000:03d}", "investigation of a missing crate")
        if amount >= 1:
            self.decide(day, amount, why, ref)
        else:
            self.category = self.institution = None
        return True

    def _suspend(self, day: int, amount: int, ref: str, why: str) -> bool:
        if amount < 1:
            return False
        builder = self.builder
        builder.suspension_id += 1
        on = builder.day(day)
        builder.suspensions.append(
            (builder.suspension_id, self.lot.id, "legal_hold", amount, ref, why, on, LOADER, f"{on} 11:00:00.000000")
        )
        self.suspended += amount
        return True

    def _release(self, day: int, free: int, room: int) -> bool:
        if self.retained:
            self.decide(day, 0, "shipped to Korea; remainder released to surplus", "USFK-RET-2025-04")
        return True

    def _schedule(self, day: int, free: int, room: int) -> bool:
        if room >= 1:
            self.scheduled = max(1, int(room * self.rng.uniform(0.3, 1.0)))
            self.builder.task_lines.append((self.lot.open_task.id, self.lot.id, self.scheduled))
            self.lot.open_task.lines += 1
        return True

    def _train(self, day: int, free: int, room: int) -> bool:
        amount = min(self.retained, self.on_hand - 1, self.rng.randint(1, 40)) if self.category == "article3" else 0
        if amount < 1:
            return False
        doc = f"DA-TRN-{date.fromordinal(day).year}-{self.builder.movement_id + 1:07d}"
        self.emit("training", day, -amount, doc, "detection and clearance training")
        self.on_hand -= amount
        self.decide(day, self.retained - amount, f"{amount:,} consumed in training", doc)
        return True

    def _ship(self, day: int, free: int, room: int) -> bool:
        amount = min(self.scheduled, self.on_hand - 1, self.rng.randint(1, max(1, self.scheduled)))
        if amount < 1:
            return False
        task = self.lot.open_task
        reason = f"shipped for task {task.reference}"
        self.emit("out_for_destruction", day, -amount, task.manifest(), reason, task_id=task.id)
        self.on_hand -= amount
        self.scheduled -= amount
        return True

    SPECIAL = {
        "destroy": _destroy,
        "decide": _decide_retention,
        "release": _release,
        "schedule": _schedule,
        "train": _train,
        "ship": _ship,
    }

    # -- routine entries ---------------------------------------------------------------------------

    def _routine(self, day: int, priority: int, room: int) -> None:
        rng = self.rng
        kind = rng.choices(ROUTINE_KINDS, cum_weights=ROUTINE_CUM_WEIGHTS)[0] if priority == 0 else "check_gain"
        if kind == "reversal":
            if self._reverse(day, room):
                return
            kind = "check_gain"
        if kind in ("transfer_out", "check_loss") and room < 1:
            kind = "check_gain"
        amount, doc, reason = self._routine_entry(kind, day, room)
        movement_id = self.emit(kind, day, amount, doc, reason)
        self.on_hand += amount
        if amount > 0:
            self.received += amount
        self.candidates.append((movement_id, amount, kind, doc))
        if len(self.candidates) > 6:
            del self.candidates[0]

    def _reverse(self, day: int, room: int) -> bool:
        """Reverse one of the recent routine entries, when there is one and the stock allows it."""
        if not self.candidates:
            return False
        rng = self.rng
        original_id, original_quantity, original_kind, doc = self.candidates.pop(rng.randrange(len(self.candidates)))
        amount = -original_quantity
        if amount <= 0 and -amount > room:
            return False
        self.emit("reversal", day, amount, doc, rng.choice(REVERSAL_REASONS), reverses=original_id)
        self.on_hand += amount
        if original_kind in INCOMING:
            self.received += amount
        return True

    def _routine_entry(self, kind: str, day: int, room: int) -> tuple[int, str, str]:
        """The quantity, document and reason of a routine entry of this kind."""
        rng = self.rng
        year = date.fromordinal(day).year
        transfer_doc = f"DD1348-{year}-{self.builder.movement_id + 1:07d}"
        if kind == "transfer_out":
            amount = -rng.randint(1, max(1, min(room, self.lot.quantity // 8)))
            return amount, transfer_doc, "issued to " + rng.choice(TRANSFER_UNITS)
        if kind == "check_loss":
            return -rng.randint(1, min(room, 10)), f"INV-{year}-{self.lot.site}", "short at stock check; under review"
        if kind == "transfer_in":
            amount = rng.randint(1, max(1, self.lot.quantity // 10))
            return amount, transfer_doc, "returned from " + rng.choice(TRANSFER_UNITS)
        return rng.randint(1, 10), f"INV-{year}-{self.lot.site}", "found at stock check"
