"""The dashboard's figures: the numbers that matter first, each taken from the service that owns
it, so the first screen and the reports can never disagree. The findings come from the compliance
service on their own: at national scale they take seconds, the figures do not."""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from sqlalchemy import BigInteger, cast, func, select

from ..db.models import DestructionEvent, EventLine, Lot, LotBalance, MineType
from .balance import destroyed_items, holds_mines
from .base import Context
from .catalogue import MINES_PER_ITEM, active_profile, covered_per_item, profile_info
from .destruction import DestructionService
from .dto.reports import Dashboard, ProgrammeStatus, TypeComposition
from .korea import beyond_requirement
from .queries import QueryService


class OverviewService:
    def __init__(self, ctx: Context, queries: QueryService, destruction: DestructionService) -> None:
        self.ctx, self.queries, self.destruction = ctx, queries, destruction

    def dashboard(self, programme_id: int | None = None) -> Dashboard:
        """Every figure from one snapshot, so that they add up."""
        today = self.ctx.today()
        with self.ctx.read():
            programmes = self.destruction.programmes()  # by deadline
            if programme_id is None and programmes:
                programme_id = next((p.id for p in programmes if p.deadline >= today), programmes[-1].id)
            status = None
            if programme_id is not None:
                status = ProgrammeStatus(
                    self.destruction.programme_progress(programme_id), self.destruction.forecast(programme_id)
                )
            return Dashboard(
                today,
                self.queries.totals(),
                self.queries.scope_totals(),
                self.lots_holding(),
                *self.destroyed_in(today.year),
                self.composition(),
                status,
                self.destruction.loss_totals(),
            )

    def lots_holding(self) -> int:
        with self.ctx.read() as session:
            return session.execute(
                select(func.count()).select_from(LotBalance).where(holds_mines(LotBalance.__table__))
            ).scalar_one()

    def destroyed_in(self, year: int) -> tuple[int, int]:
        """Mines destroyed by events in the calendar year (certified, once their task closed short of
        what they reported), on site or after shipment: those
        the active profile governs (Form G's total) and, apart, those it does not."""
        with self.ctx.read() as session:
            covered = covered_per_item(profile_info(active_profile(session)))
            items = cast(destroyed_items(), BigInteger)
            query = (
                select(func.coalesce(func.sum(items * covered), 0), func.coalesce(func.sum(items * MINES_PER_ITEM), 0))
                .select_from(EventLine)
                .join(DestructionEvent, DestructionEvent.id == EventLine.event_id)
                .join(Lot, Lot.id == EventLine.lot_id)
                .join(MineType, MineType.id == Lot.mine_type_id)
                .where(DestructionEvent.occurred_on.between(date(year, 1, 1), date(year, 12, 31)))
            )
            in_scope, mines = session.execute(query).one()
        return int(in_scope), int(mines) - int(in_scope)

    def composition(self) -> tuple[TypeComposition, ...]:
        """Summed per type id first, named afterwards: grouping 100,000 lots by name is slow. The
        Korea reserve beyond the requirement is surplus, as in every figure of the profile."""
        per_type = (
            select(
                Lot.mine_type_id,
                func.sum(LotBalance.on_hand).label("on_hand"),
                func.sum(LotBalance.retained).label("retained"),
                func.sum(LotBalance.scheduled).label("scheduled"),
                func.sum(LotBalance.suspended).label("suspended"),
                func.sum(LotBalance.at_destruction).label("at_destruction"),
            )
            .join(LotBalance, LotBalance.lot_id == Lot.id)
            .where(LotBalance.on_hand + LotBalance.at_destruction > 0)
            .group_by(Lot.mine_type_id)
            .subquery()
        )
        with self.ctx.read() as session:
            policy = profile_info(active_profile(session))
            covered = covered_per_item(policy)
            beyond: dict[str, int] = defaultdict(int)
            excess = beyond_requirement(session, policy, self.ctx.today())
            if excess:
                for lot_id, designation in session.execute(
                    select(Lot.id, MineType.designation).join(MineType).where(Lot.id.in_(list(excess)))
                ):
                    beyond[designation] += excess[lot_id]
            query = select(
                MineType.designation,
                per_type.c.on_hand,
                per_type.c.retained,
                per_type.c.scheduled,
                per_type.c.suspended,
                per_type.c.at_destruction,
                covered,
                MINES_PER_ITEM,
            ).join(per_type, per_type.c.mine_type_id == MineType.id)
            rows = [
                TypeComposition(
                    designation=name,
                    on_hand=int(held) * per_item,
                    retained=int(kept) * per_item - beyond.get(name, 0),
                    scheduled=int(planned) * per_item,
                    suspended=int(suspended) * per_item,
                    at_destruction=int(shipped) * per_item,
                    not_covered=(int(held) + int(shipped)) * (mines - per_item),
                )
                for name, held, kept, planned, suspended, shipped, per_item, mines in session.execute(query)
            ]
        return tuple(sorted(rows, key=lambda row: (-(row.held + row.not_covered), row.designation)))
