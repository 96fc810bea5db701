"""The ledger machine's actions on lots: receipts, discoveries and opening balances, transfers,
retention decisions, training, splits, stock checks and reversals. Each says what a valid request is (it must be
accepted) and what an accepted one must have changed."""

from __future__ import annotations

from datetime import date
from functools import partial

from hypothesis import strategies as st
from hypothesis.stateful import initialize, precondition, rule

from ...helpers import TODAY
from .draws import (
    CATEGORIES,
    DATES,
    FITTING,
    INSTITUTIONS,
    MISSING_ID,
    NEW_QUANTITY,
    PICK,
    QUANTITY,
    RECEIPT_DATES,
    SITES,
    TYPES,
    pick,
    resolve,
)


class LotActions:
    """Rules of the machine (LedgerMachine) that act on one lot."""

    @initialize(
        quantities=st.lists(st.integers(1, 60), min_size=1, max_size=3),
        types=st.lists(st.sampled_from(["M67", "M16", "BLU-91/B"]), min_size=3, max_size=3),
        site=st.sampled_from(["ANAD", "CAMP-C"]),
        profile=st.sampled_from(["us-2022", "ottawa"]),
    )
    def first_lots(self, quantities, types, site, profile):
        self.profile = self.alice.catalogue.set_active_profile(profile)
        for quantity, type_ in zip(quantities, types, strict=False):
            number = f"L-{next(self.serial):03d}"
            result = self.attempt(
                "receipt",
                partial(
                    self.alice.lots.receive_lot,
                    lot_number=number,
                    type=type_,
                    site=site,
                    quantity=quantity,
                    received_on=date(2020, 1, 15),
                    document_ref=f"DD-{number}",
                ),
                must_succeed=True,
            )
            self.lots.append(result.lot_id)

    @rule(
        kind=st.sampled_from(["receipt", "discovery", "opening_balance"]),
        type_=TYPES,
        site=SITES,
        quantity=NEW_QUANTITY,
        on=RECEIPT_DATES,
        reuse=st.integers(0, 9),
    )
    def new_lot(self, kind, type_, site, quantity, on, reuse):
        numbers = [row.lot_number for row in self.rows().values()]
        number = numbers[0] if reuse == 0 and numbers else f"L-{next(self.serial):03d}"
        service = self.alice.lots
        new = {"lot_number": number, "type": type_, "site": site, "quantity": quantity, "document_ref": f"D-{number}"}
        call = {
            "receipt": partial(service.receive_lot, **new, received_on=on),
            "discovery": partial(service.record_discovery, **new, found_on=on),
            "opening_balance": partial(service.record_opening_balance, **new, as_of=on),
        }[kind]
        result = self.attempt(kind, call)
        if result is not None:
            # Rule 4: an acquisition after the ban is kept and flagged, not silently accepted.
            if kind == "receipt" and on >= self.profile.acquisition_banned_from and self.covers(type_):
                self.assert_flagged(result, "receipt after the acquisition ban")
            if not self.covers(type_) or kind == "opening_balance":
                assert not result.warnings, f"a {kind} of {type_} was flagged (out of scope, or not an acquisition)"
            assert result.lot_id not in self.lots
            self.lots.append(result.lot_id)
            self.touched.add(result.lot_id)
            row = self.lot(result.lot_id)
            assert quantity > 0 and on <= TODAY
            assert (row.on_hand, row.retained, row.scheduled, row.destroyed) == (quantity, 0, 0, 0)

    # -- movements on a lot ------------------------------------------------------------------------

    @precondition(lambda self: self.lots)
    @rule(index=PICK, fitting=FITTING, quantity=NEW_QUANTITY, on=DATES)
    def transfer_in(self, index, fitting, quantity, on):
        lot_id = self.choose_lot(index, fitting, lambda r: r.on_hand > 0)
        before = self.lot(lot_id)
        valid = before is not None and before.on_hand > 0 and quantity > 0 and on == TODAY
        result = self.attempt(
            "transfer_in",
            lambda: self.alice.lots.transfer_in(lot_id, quantity, on, "TI-1", "returned from a unit"),
            lots=[lot_id],
            must_succeed=valid,
        )
        if result is not None:
            after = self.lot(lot_id)
            assert after.on_hand == before.on_hand + quantity
            assert (after.retained, after.scheduled) == (before.retained, before.scheduled)

    @precondition(lambda self: self.lots)
    @rule(index=PICK, fitting=FITTING, spec=QUANTITY, on=DATES)
    def transfer_out(self, index, fitting, spec, on):
        lot_id = self.choose_lot(index, fitting, lambda r: r.unscheduled > 0)
        before = self.lot(lot_id)
        quantity = resolve(spec, before.unscheduled if before else 5)
        valid = before is not None and 0 < quantity <= before.unscheduled and on == TODAY
        result = self.attempt(
            "transfer_out",
            lambda: self.alice.lots.transfer_out(lot_id, quantity, on, "TO-1", "handed to an allied depot"),
            lots=[lot_id],
            must_succeed=valid,
        )
        if result is not None:
            if self.profile.transfers_only_for_destruction and self.covers(before.type_designation):
                self.assert_flagged(result, "transfer out not for destruction")
            after = self.lot(lot_id)
            assert 0 < quantity <= before.unscheduled, "rules 2 and 3: only unscheduled surplus leaves"
            assert after.on_hand == before.on_hand - quantity
            assert (after.retained, after.scheduled) == (before.retained, before.scheduled)

    @precondition(lambda self: self.lots)
    @rule(index=PICK, fitting=FITTING, spec=QUANTITY, category=CATEGORIES, institution=INSTITUTIONS, on=DATES)
    def change_retention(self, index, fitting, spec, category, institution, on):
        lot_id = self.choose_lot(index, fitting, lambda r: r.on_hand > r.scheduled)
        before = self.lot(lot_id)
        quantity = resolve(spec, before.on_hand - before.scheduled if before else 5)
        result = self.attempt(
            "change_retention",
            lambda: self.alice.lots.change_retention(
                lot_id,
                quantity=quantity,
                category=category,
                authority_ref="SECDEF-1",
                reason="decision",
                valid_from=on,
                institution=institution,
            ),
            lots=[lot_id],
        )
        if result is not None:
            kept_before = before.retained if category == before.retention_category else 0
            rises = category in ("korea", "article3") and quantity > kept_before
            assert not (rises and not self.covers(before.type_designation)), (
                f"{before.type_designation}, out of scope, was retained as {category}"
            )
            if quantity and category not in self.profile.permitted_retention:
                self.assert_flagged(result, f"retention as {category} under {self.profile.code}")
            if self.profile.flags_retained_increase and quantity > before.retained:
                self.assert_flagged(result, "an increase of retained stock")
            after = self.lot(lot_id)
            assert 0 <= quantity <= before.on_hand - before.scheduled - before.suspended, (
                "rule 3: scheduled or suspended mines retained"
            )
            assert after.retained == quantity
            assert after.retention_category == (category if quantity else None)
            assert (after.on_hand, after.scheduled) == (before.on_hand, before.scheduled)

    @precondition(lambda self: any(row.retained for row in self.rows().values()))
    @rule(index=PICK, fitting=FITTING, on=DATES)
    def release_retention(self, index, fitting, on):
        lot_id = self.choose_lot(index, fitting, lambda r: r.retained > 0)
        result = self.attempt(
            "release_retention",
            lambda: self.alice.lots.change_retention(
                lot_id, quantity=0, category=None, authority_ref="SECDEF-2", reason="no longer needed", valid_from=on
            ),
            lots=[lot_id],
        )
        if result is not None:
            after = self.lot(lot_id)
            assert (after.retained, after.retention_category) == (0, None)

    @precondition(lambda self: any(row.retention_category == "article3" for row in self.rows().values()))
    @rule(index=PICK, fitting=FITTING, spec=QUANTITY, on=DATES)
    def consume_in_training(self, index, fitting, spec, on):
        lot_id = self.choose_lot(index, fitting, lambda r: r.retention_category == "article3")
        before = self.lot(lot_id)
        quantity = resolve(spec, before.retained if before else 5)
        result = self.attempt(
            "training",
            lambda: self.alice.lots.consume_in_training(lot_id, quantity, on, "TR-1", "demining course"),
            lots=[lot_id],
        )
        if result is not None:
            after = self.lot(lot_id)
            assert before.retention_category == "article3", "rule 2: only Article 3 mines train"
            assert 0 < quantity <= before.retained
            assert after.on_hand == before.on_hand - quantity
            assert after.retained == before.retained - quantity

    @precondition(lambda self: self.lots)
    @rule(
        index=PICK,
        fitting=FITTING,
        spec=QUANTITY,
        on=DATES,
        category=st.sampled_from([None, "same", "same", "korea", "article3"]),
        institution=INSTITUTIONS,
        reuse=st.integers(0, 9),
    )
    def split(self, index, fitting, spec, on, category, institution, reuse):
        lot_id = self.choose_lot(index, fitting, lambda r: r.on_hand > r.scheduled)
        before = self.lot(lot_id)
        if category == "same":
            category = before.retention_category if before else None
        moves_retained = before is not None and category is not None and category == before.retention_category
        reference = before.retained if moves_retained else (before.unscheduled if before else 5)
        quantity = resolve(spec, reference)
        number = before.lot_number if reuse == 0 and before else f"S-{next(self.serial):03d}"
        result = self.attempt(
            "split",
            lambda: self.alice.lots.split_lot(
                lot_id,
                new_lot_number=number,
                quantity=quantity,
                on=on,
                category=category,
                authority_ref="SPLIT-1",
                reason="separate the retained part",
                institution=institution,
            ),
            lots=[lot_id],
        )
        if result is not None:
            assert result.lot_id not in self.lots
            self.lots.append(result.lot_id)
            self.touched.add(result.lot_id)
            after, new = self.lot(lot_id), self.lot(result.lot_id)
            assert after.on_hand == before.on_hand - quantity
            assert new.on_hand == quantity > 0
            assert (new.type_designation, new.site_code) == (before.type_designation, before.site_code)
            assert new.retained == (quantity if category else 0)
            if moves_retained:
                assert quantity <= before.retained and after.retained == before.retained - quantity
            else:
                assert quantity <= before.unscheduled and after.retained == before.retained

    @precondition(lambda self: self.lots)
    @rule(index=PICK, spec=QUANTITY, on=DATES, with_reason=st.sampled_from([True] * 9 + [False]))
    def stock_check(self, index, spec, on, with_reason):
        lot_id = pick(self.lots, index)
        before = self.lot(lot_id)
        ledger = self.alice.queries.ledger(lot_id) if before else []

        def at_home(entries):  # a count (with no site named) counts the lot's home, not its plant
            return [e for e in entries if e.site_code == before.site_code and not e.for_destruction]

        held_then = sum(e.quantity for e in at_home(ledger) if e.occurred_on <= on)
        # Counted relative to the home's balance on the count's date.
        counted = resolve(spec, held_then if before else 5)
        valid = before is not None and counted == held_then and on <= TODAY
        result = self.attempt(
            "stock_check",
            lambda: self.alice.lots.stock_check(lot_id, counted, on, "SC-1", "annual count" if with_reason else None),
            lots=[lot_id],
            must_succeed=valid,
        )
        if result is not None:
            after = self.lot(lot_id)
            assert counted >= 0 and on <= TODAY
            # The count fixes the balance on its date; later entries stand.
            assert sum(e.quantity for e in at_home(self.alice.queries.ledger(lot_id)) if e.occurred_on <= on) == counted
            assert after.on_hand == before.on_hand + counted - held_then
            assert (after.retained, after.scheduled) == (before.retained, before.scheduled)

    @precondition(lambda self: self.lots)
    @rule(index=PICK, entry=PICK, fitting=FITTING, on=st.one_of(st.none(), DATES))
    def reverse(self, index, fitting, entry, on):
        lot_id = pick(self.lots, index)
        ledger = self.alice.queries.ledger(lot_id) if lot_id != MISSING_ID else []
        reversible = [
            e.id for e in ledger if fitting and e.kind != "reversal" and e.reversed_by_id is None and e.event_id is None
        ]
        # Mostly a recent entry: the mistake noticed soon after.
        self.reverse_entry(lot_id, pick(list(reversed(reversible or [e.id for e in ledger])), entry), on)

    def reverse_entry(self, lot_id: int, movement_id: int, on: date | None) -> None:
        ledger = self.alice.queries.ledger(lot_id) if lot_id != MISSING_ID else []
        original = next((e for e in ledger if e.id == movement_id), None)
        before = self.lot(lot_id)
        result = self.attempt(
            "reverse", lambda: self.alice.lots.reverse(movement_id, "entered in error", on), lots=[lot_id]
        )
        if result is not None:
            assert original.kind != "reversal" and original.reversed_by_id is None
            assert original.event_id is None, "rule 1: a destruction event's entry is evidence"
            assert self.lot(lot_id).on_hand == before.on_hand - original.quantity
