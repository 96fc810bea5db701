"""The ledger machine's suspensions (DOMAIN.md section 2, rule 3): part of a lot's unscheduled
surplus held back, and lifted; now and then too many, of a kind that does not exist, dated before
it began or in the future."""

from __future__ import annotations

from hypothesis import strategies as st
from hypothesis.stateful import precondition, rule

from ...helpers import TODAY
from .draws import DATES, FITTING, PICK, QUANTITY, pick, resolve

KINDS = st.sampled_from(["legal_hold", "investigation", "safety"] * 3 + ["museum"])


class SuspensionActions:
    """Mixed into LedgerMachine, whose harness (attempt, lot, choose_lot) these rules use."""

    @precondition(lambda self: self.lots)
    @rule(index=PICK, fitting=FITTING, spec=QUANTITY, kind=KINDS, on=DATES)
    def suspend(self, index, fitting, spec, kind, on):
        lot_id = self.choose_lot(index, fitting, lambda r: r.unscheduled > 0)
        before = self.lot(lot_id)
        quantity = resolve(spec, before.unscheduled if before else 5)
        valid = before is not None and 0 < quantity <= before.unscheduled and on == TODAY and kind != "museum"
        result = self.attempt(
            "suspend",
            lambda: self.alice.suspensions.suspend(
                lot_id, kind=kind, quantity=quantity, reference="HOLD-1", reason="inquiry", suspended_from=on
            ),
            lots=[lot_id],
            must_succeed=valid,
        )
        if result is not None:
            self.suspensions.append(result.id)
            after = self.lot(lot_id)
            assert 0 < quantity <= before.unscheduled, "rule 3: only unscheduled surplus is suspended"
            assert after.suspended == before.suspended + quantity
            assert (after.on_hand, after.retained, after.scheduled) == (
                before.on_hand,
                before.retained,
                before.scheduled,
            )
            assert after.surplus == before.surplus, "suspended mines stay surplus"

    @precondition(lambda self: self.suspensions)
    @rule(index=PICK, on=DATES)
    def lift_suspension(self, index, on):
        suspension_id = pick(self.suspensions, index)
        held = next(
            (s for lot_id in self.lots for s in self.alice.suspensions.of_lot(lot_id) if s.id == suspension_id), None
        )
        before = self.lot(held.lot_id) if held else None
        valid = held is not None and held.in_force and held.suspended_from <= on <= TODAY
        result = self.attempt(
            "lift_suspension",
            lambda: self.alice.suspensions.lift(suspension_id, reason="inquiry closed", lifted_on=on),
            lots=[held.lot_id] if held else [],
            must_succeed=valid,
        )
        if result is not None:
            assert held.in_force, "a suspension is lifted once"
            after = self.lot(held.lot_id)
            assert after.suspended == before.suspended - held.quantity
            assert after.unscheduled == before.unscheduled + held.quantity
