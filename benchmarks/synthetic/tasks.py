"""The destruction tasks of the synthetic stockpile: closed tasks (2022-2026), each destroyed at the
depot or shipped to the demilitarisation site first, and open tasks created in the last months,
numbered per year as the service numbers them."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

from .lots import DESTROY_FULL, DESTROY_PART, SCHEDULED, Lot
from .setting import DEMIL_SITE


@dataclass
class Task:
    id: int
    reference: str
    site: str
    method: str
    planned_on: date
    open: bool
    ship_on: date | None = None  # shipped to the demilitarisation site on this date
    event_on: date | None = None
    verified_on: date | None = None
    created_on: date | None = None
    lines: int = 0

    def certificate(self) -> str:
        return f"DC-{self.site}-{self.event_on.year}-{self.id:05d}"

    def manifest(self) -> str:
        return f"GBL-{self.site}-{self.id:05d}"


def _batches(rng: random.Random, items: list, smallest: int, largest: int):
    """The items in order, cut into groups of random size."""
    while items:
        size = rng.randint(smallest, largest)
        yield items[:size]
        items = items[size:]


def plan_tasks(rng: random.Random, lots: list[Lot]) -> list[Task]:
    """The tasks, numbered in planning order; each lot to destroy or schedule gets its task."""
    closed: dict[str, list[Lot]] = {}
    scheduled: dict[str, list[Lot]] = {}
    for lot in lots:
        if lot.role in (DESTROY_FULL, DESTROY_PART):
            site = DEMIL_SITE if rng.random() < 0.3 else lot.site
            closed.setdefault(site, []).append(lot)
        elif lot.role == SCHEDULED:
            scheduled.setdefault(lot.site, []).append(lot)
    planned = _closed_tasks(rng, closed) + _open_tasks(rng, scheduled)
    # Number the tasks in planning order, references per year as the service makes them.
    planned.sort(key=lambda item: (item[0].open, item[0].planned_on))
    per_year: dict[int, int] = {}
    tasks = []
    for task_id, (task, group) in enumerate(planned, start=1):
        task.id = task_id
        year = task.planned_on.year
        per_year[year] = per_year.get(year, 0) + 1
        task.reference = f"T-{year}-{per_year[year]:03d}"
        for lot in group:
            if task.open:
                lot.open_task = task
            else:
                lot.task = task
        tasks.append(task)
    return tasks


def _closed_tasks(rng: random.Random, closed: dict[str, list[Lot]]) -> list[tuple[Task, list[Lot]]]:
    """Tasks planned from August 2022 to August 2026, carried out and verified a week later."""
    first, last = date(2022, 8, 1).toordinal(), date(2026, 8, 31).toordinal()
    planned = []
    for site in sorted(closed):
        for group in _batches(rng, closed[site], 10, 40):
            on = date.fromordinal(rng.randint(first, last))
            task = Task(
                0,
                "",
                site,
                "disassembly" if site == DEMIL_SITE else rng.choice(["open_detonation", "incineration_rotary"]),
                on,
                open=False,
            )
            if site == DEMIL_SITE:
                task.ship_on = on
                task.event_on = on + timedelta(days=rng.randint(10, 30))
            else:
                task.event_on = on + timedelta(days=rng.randint(0, 10))
            task.verified_on = task.event_on + timedelta(days=7)
            planned.append((task, group))
    return planned


def _open_tasks(rng: random.Random, scheduled: dict[str, list[Lot]]) -> list[tuple[Task, list[Lot]]]:
    """Tasks created from July to September 2026, planned one to five months later."""
    first, last = date(2026, 7, 1).toordinal(), date(2026, 9, 30).toordinal()
    planned = []
    for site in sorted(scheduled):
        for group in _batches(rng, scheduled[site], 5, 20):
            created = date.fromordinal(rng.randint(first, last))
            task = Task(
                0,
                "",
                site,
                rng.choice(["open_detonation", "incineration_rotary"]),
                created + timedelta(days=rng.randint(30, 150)),
                open=True,
                created_on=created,
            )
            planned.append((task, group))
    return planned
