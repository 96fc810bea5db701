"""A hypothesis state machine of user actions through the services (tests/db/test_properties.py
runs it): it receives lots, records discoveries, transfers, retention decisions, training, splits,
suspensions and their lifting, destruction tasks, shipments, destruction events, certificate
verifications, closing and cancelling, reversals and stock checks, with quantities, dates and
names that are now and then wrong (zero, negative, more than there is, before the lot existed, in
the future, an unknown site, the officer as his own witness, a certificate verified by its
recorder).

Every action the services refuse must leave the database exactly as it was; every one they accept
must be in the audit log. After every step the rules are checked (oracle.py).

The actions on lots are in lots.py, suspensions in suspensions.py, the destruction actions in
destruction.py, what is drawn in draws.py; hypothesis runs the rules in the order of their names,
wherever they are defined.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from datetime import date
from itertools import count

from hypothesis.stateful import RuleBasedStateMachine
from sqlalchemy import Engine, func, select

from stockpile_tracker.db.models import Base
from stockpile_tracker.domain.errors import StockpileError
from stockpile_tracker.services import Stockpile
from stockpile_tracker.services.audit import canonical_json

from ...helpers import TODAY, seed_catalogue
from .destruction import DestructionActions
from .draws import MISSING_ID, pick
from .lots import LotActions
from .oracle import RulesHold, as_snapshot, read_tables
from .suspensions import SuspensionActions


class LedgerMachine(LotActions, SuspensionActions, DestructionActions, RulesHold, RuleBasedStateMachine):
    """Random user actions through the services; the rules are checked after every step."""

    def __init__(self, engine: Engine, dispose: Callable[[], None]) -> None:
        super().__init__()
        self.engine = engine
        self.dispose = dispose
        self.alice = Stockpile(engine, "alice", today=lambda: TODAY)
        self.bob = Stockpile(engine, "bob", today=lambda: TODAY)
        seed_catalogue(self.alice)
        self.alice.catalogue.add_type(designation="M18A1", name="Claymore", category="AP", activation="command")
        self.alice.catalogue.add_type(
            designation="M131", name="MOPMS", category="AP", activation="both", self_destruct_hours=4
        )
        self.alice.catalogue.add_site(code="TEAD", name="Tooele demilitarisation", country="US", kind="destruction")
        self.types = {t.designation: t for t in self.alice.catalogue.types()}
        self.programme = self.alice.destruction.create_programme(
            name="Programme 1",
            profile="us-2022",
            sites=["ANAD"],
            methods=["open_detonation", "incineration_static"],
            deadline=date(2027, 12, 31),
        ).id
        self.lots: list[int] = []
        self.tasks: list[int] = []
        self.events: list[int] = []
        self.suspensions: list[int] = []
        self.serial = count(1)
        self.steps = 0
        self.audited_before = 0
        self.touched: set[int] = set()
        self._rows = self._tables = self._tasks = self._events = None
        self.accepted: Counter[str] = Counter()
        self.refused: Counter[str] = Counter()

    def teardown(self) -> None:
        self.dispose()

    # -- the harness ---------------------------------------------------------------------------------

    def attempt(self, action: str, call: Callable[[], object], *, lots=(), must_succeed: bool = False):
        """Run one user action. Refused: the database must be exactly as before. Accepted: the
        change is in the audit log. Returns the service's answer, or None when it refused."""
        self.touched.update(lot for lot in lots if lot != MISSING_ID)
        # Only actions write, and the invariant read every table after the last one.
        before = as_snapshot(self._tables if self._tables is not None else read_tables(self.engine))
        self._rows = self._tables = self._tasks = self._events = None
        try:
            result = call()
        except StockpileError as exc:
            self.refused[action] += 1
            assert not must_succeed, f"{action}: a valid request was refused: {exc}"
            after = as_snapshot(read_tables(self.engine))
            changed = sorted(table for table in before if before[table] != after[table])
            assert not changed, f"{action} was refused ({exc}) but changed tables {changed}"
            return None
        self.accepted[action] += 1
        with self.engine.connect() as connection:
            audited = connection.scalar(select(func.count()).select_from(Base.metadata.tables["audit_entry"]))
        assert audited > len(before["audit_entry"]), f"{action} changed the record without an audit entry"
        self.audited_before = len(before["audit_entry"])
        return result

    def rows(self) -> dict:
        """The lots as the stockpile screen lists them, read once per step."""
        if self._rows is None:
            self._rows = {row.id: row for row in self.alice.queries.lots(limit=None)}
        return self._rows

    def lot(self, lot_id: int):
        return self.rows().get(lot_id)

    def choose_lot(self, index: int, fitting: bool, fits: Callable) -> int:
        candidates = [i for i, row in self.rows().items() if fits(row)] if fitting else []
        return pick(candidates or self.lots, index)

    def task_list(self) -> list:
        if self._tasks is None:
            self._tasks = self.alice.destruction.tasks()
        return self._tasks

    def event_list(self) -> list:
        if self._events is None:
            self._events = self.alice.destruction.events()
        return self._events

    def covers(self, designation: str, profile=None) -> bool:
        """Whether the profile (the active one unless named) governs the type."""
        mine_type = self.types.get(designation)
        profile = profile or self.profile
        return mine_type is not None and profile.covers(
            mine_type.ap_per_item, mine_type.av_per_item, mine_type.activation
        )

    def task(self, task_id: int):
        return next((t for t in self.task_list() if t.id == task_id), None)

    def assert_flagged(self, result, what: str) -> None:
        """Rule 4: the service warns, and the warning is kept in the action's audit entry."""
        assert result.warnings, f"{what} was accepted without a flag"
        with self.engine.connect() as connection:
            table = Base.metadata.tables["audit_entry"]
            written = " ".join(connection.scalars(select(table.c.after).where(table.c.id > self.audited_before)))
        assert all(canonical_json(warning).strip('"') in written for warning in result.warnings), (
            f"{what}: the flag is not in the audit log"
        )

    def choose_task(self, index: int, fitting: bool) -> int:
        tasks = [t.id for t in self.task_list() if t.status == "open"] if fitting else []
        return pick(tasks or self.tasks, index)
