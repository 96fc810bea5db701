"""The lots of the synthetic stockpile: type, site, size, dates and notes, and the role each plays
over its life (kept for Korea, Article 3 training, a legal hold, destroyed in full or in part,
scheduled for destruction, or plain stock); then how many routine ledger entries each gets."""

from __future__ import annotations

import random
from datetime import date, timedelta

from stockpile_tracker.demo import STORAGE

from .setting import ADAM, DISCOVERED_TYPE, KOREA_SITE, NOTES, TRAINING_TYPES, TYPE_WEIGHTS

# Lot roles: what happens to a lot over its life.
PLAIN, KOREA, KOREA_CONUS, ARTICLE3, HOLD, DESTROY_FULL, DESTROY_PART, SCHEDULED = range(8)


class Lot:
    __slots__ = (
        "id",
        "type_id",
        "designation",
        "site",
        "number",
        "made",
        "arrived",
        "quantity",
        "role",
        "discovery",
        "task",
        "open_task",
        "ship",
        "trainings",
        "release",
        "notes",
        "condition",
        "extra",
    )


def plan_lots(rng: random.Random, count: int, type_ids: dict[str, int], type_sizes: dict[str, int]) -> list[Lot]:
    """Lots 1 to `count`: every ninth kept in Korea, a few discoveries, the rest drawn by type weight."""
    types = list(TYPE_WEIGHTS)
    cumulative = []
    running = 0
    for designation in types:
        running += TYPE_WEIGHTS[designation]
        cumulative.append(running)
    lots = []
    for number in range(1, count + 1):
        lot = Lot()
        lot.id = number
        lot.discovery = number % 9 != 0 and rng.random() < 0.002
        korea = number % 9 == 0
        lot.designation = DISCOVERED_TYPE if lot.discovery else rng.choices(types, cum_weights=cumulative)[0]
        lot.type_id = type_ids[lot.designation]
        lot.site = KOREA_SITE if korea else "HWAD" if lot.discovery else rng.choice(STORAGE)
        size = type_sizes[lot.designation]
        lot.quantity = max(50, int(rng.gauss(size, size / 4)) // 10 * 10)
        _date_and_number(rng, lot, number)
        lot.condition = rng.choice("AAAABBCEH")
        lot.notes = None
        if lot.discovery:
            lot.notes = "previously unknown stockpile found during a bunker inventory"
        elif rng.random() < 0.04:
            lot.notes = rng.choice(NOTES).format(n=rng.randint(1, 400))
        lot.task = lot.open_task = None
        lot.ship = False
        lot.trainings = 0
        lot.release = False
        _give_role(rng, lot, korea)
        lots.append(lot)
    return lots


def _date_and_number(rng: random.Random, lot: Lot, number: int) -> None:
    """A discovery is found in 2024-2026 with no manufacture date; other lots are made 1978-2004."""
    if lot.discovery:
        lot.made = None
        lot.arrived = date(2024, 1, 1) + timedelta(days=rng.randint(0, 900))
        lot.number = f"PMN2-FOUND-{number:06d}"
        lot.quantity = rng.randint(20, 400)
    else:
        lot.made = date(rng.randint(1978, 2004), rng.randint(1, 12), rng.randint(1, 28))
        lot.arrived = lot.made + timedelta(days=rng.randint(90, 900))
        prefix = lot.designation.split("/")[0].replace("-", "")
        lot.number = f"{prefix}-{lot.made.year % 100:02d}{number:06d}"


def _give_role(rng: random.Random, lot: Lot, korea: bool) -> None:
    if korea:
        lot.role = KOREA
        return
    if lot.discovery:
        lot.role = PLAIN
        return
    u = rng.random()
    if u < 0.001:
        lot.role = HOLD
    elif u < 0.03 and lot.designation in TRAINING_TYPES:
        lot.role = ARTICLE3
        lot.trainings = rng.randint(1, 3)
    elif u < 0.06 and lot.designation in ADAM:
        lot.role = KOREA_CONUS
        lot.release = rng.random() < 0.25
    elif u < 0.36:
        lot.role = DESTROY_FULL
    elif u < 0.44:
        lot.role = DESTROY_PART
    elif u < 0.48:
        lot.role = SCHEDULED
        lot.ship = rng.random() < 0.4
    else:
        lot.role = PLAIN


def spread_movements(rng: random.Random, lots: list[Lot], movements: int, lot_count: int) -> None:
    """Each lot gets its receipt and planned special entries; the rest are spread at random."""
    base = 0
    for lot in lots:
        special = lot.trainings + (1 if lot.role in (DESTROY_FULL, DESTROY_PART) else 0) + int(lot.ship)
        lot.extra = special
        base += 1 + special
    extras = movements - base
    if extras < 0:
        raise ValueError(f"--movements: at least {base:,} for {lot_count:,} lots")
    routine = [0] * len(lots)
    for index in rng.choices(range(len(lots)), k=extras):
        routine[index] += 1
    for lot, count in zip(lots, routine, strict=True):
        lot.extra = count  # routine entries; the special ones follow from the role
