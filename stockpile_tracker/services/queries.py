"""Read-only questions the screens and the command line ask. Filters and sorting run in the
query, on the balance projection, so a national stockpile is never loaded whole."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import (
    BigInteger,
    ColumnElement,
    FromClause,
    Row,
    Select,
    Subquery,
    and_,
    case,
    cast,
    func,
    or_,
    select,
    true,
)
from sqlalchemy.orm import InstrumentedAttribute, Session, aliased

from ..db.models import (
    DestructionEvent,
    EventLine,
    Holding,
    Lot,
    LotBalance,
    MineType,
    Movement,
    RetentionDecision,
    Site,
)
from ..domain.enums import Category, LotStatus, MovementKind, RetentionCategory, RetentionFilter, SdClass
from ..domain.errors import InvalidInput, NotFound
from ..domain.rules import identifier_spellings
from ..i18n import translate
from .balance import at_destruction_query, at_destruction_site, derived_balance_query, destroyed_items, holds_mines
from .base import Context
from .catalogue import MINES_PER_ITEM, active_profile, covered_per_item, profile_info
from .dto.catalogue import PolicyProfileInfo
from .dto.lots import (
    LedgerEntry,
    LotRow,
    RetentionInfo,
    ScopeTotals,
    StatusGroup,
    Totals,
    YearChange,
    YearLot,
    with_beyond,
)
from .korea import beyond_requirement

SD_CLASS = case(
    (MineType.self_destruct_hours.is_not(None), SdClass.SD.value),
    (MineType.self_deactivating, SdClass.SDA.value),
    else_=SdClass.PERSISTENT.value,
)
UNSCHEDULED = LotBalance.on_hand - LotBalance.retained - LotBalance.suspended - LotBalance.scheduled

# What each choice of the stockpile screen's filters keeps ("all" keeps every lot).
RETENTION_WHERE: dict[RetentionFilter, ColumnElement[bool]] = {
    RetentionFilter.RETAINED: LotBalance.retained > 0,
    # Surplus on hand, or shipped for destruction and not yet destroyed: still to destroy.
    RetentionFilter.SURPLUS: or_(LotBalance.on_hand > LotBalance.retained, LotBalance.at_destruction > 0),
}
SD_CLASS_WHERE: dict[SdClass, ColumnElement[bool]] = {
    SdClass.SD: MineType.self_destruct_hours.is_not(None),
    SdClass.SDA: and_(MineType.self_destruct_hours.is_(None), MineType.self_deactivating),
    SdClass.PERSISTENT: and_(MineType.self_destruct_hours.is_(None), ~MineType.self_deactivating),
}
STATUS_WHERE: dict[LotStatus, ColumnElement[bool]] = {
    LotStatus.UNSCHEDULED_SURPLUS: UNSCHEDULED > 0,
    LotStatus.SCHEDULED: LotBalance.scheduled > 0,
    LotStatus.SUSPENDED: LotBalance.suspended > 0,
    LotStatus.AT_DESTRUCTION_SITES: LotBalance.at_destruction > 0,
    LotStatus.PARTIALLY_DESTROYED: and_(LotBalance.destroyed > 0, LotBalance.on_hand + LotBalance.at_destruction > 0),
    LotStatus.DESTROYED: and_(LotBalance.destroyed > 0, LotBalance.on_hand + LotBalance.at_destruction == 0),
}

# The entries that change the stockpile found by a count or leaving or joining it, neither a receipt nor a
# destruction (Forms B and D of the Article 7 report).
YEAR_CHANGES = (MovementKind.CHECK_GAIN, MovementKind.CHECK_LOSS, MovementKind.TRANSFER_OUT, MovementKind.TRANSFER_IN)

SORT_KEYS = {
    "lot_number": Lot.lot_number,
    "type": MineType.designation,
    "category": MineType.category,
    "sd_class": SD_CLASS,
    "site": Site.code,
    "retention": LotBalance.retention_category,
    "on_hand": LotBalance.on_hand,
    "mines": LotBalance.on_hand * MINES_PER_ITEM,
    "retained": LotBalance.retained,
    "surplus": LotBalance.on_hand - LotBalance.retained,
    "scheduled": LotBalance.scheduled,
    "suspended": LotBalance.suspended,
    "at_destruction": LotBalance.at_destruction,
    "destroyed": LotBalance.destroyed,
    "condition": Lot.condition_code,
}
LOT_COLUMNS = (
    Lot.id,
    Lot.lot_number,
    MineType.designation,
    MineType.category,
    SD_CLASS.label("sd_class"),
    MineType.self_destruct_hours,
    Site.code,
    Site.country,
    Lot.condition_code,
    LotBalance.retention_category,
    LotBalance.on_hand,
    LotBalance.retained,
    LotBalance.scheduled,
    LotBalance.destroyed,
    MineType.ap_per_item,
    MineType.av_per_item,
    LotBalance.suspended,
    LotBalance.at_destruction,
    LotBalance.away,
    Lot.notes,
)


def _lot_row(row: Row[*tuple[Any, ...]]) -> LotRow:
    return LotRow(
        id=row.id,
        lot_number=row.lot_number,
        type_designation=row.designation,
        category=row.category,
        sd_class=SdClass(row.sd_class),
        self_destruct_hours=row.self_destruct_hours,
        site_code=row.code,
        site_country=row.country,
        condition_code=row.condition_code,
        retention_category=row.retention_category,
        on_hand=row.on_hand,
        retained=row.retained,
        scheduled=row.scheduled,
        destroyed=row.destroyed,
        ap_per_item=row.ap_per_item,
        av_per_item=row.av_per_item,
        suspended=row.suspended,
        at_destruction=row.at_destruction,
        away=row.away,
        notes=row.notes,
    )


@dataclass(frozen=True)
class LotFilter:
    """What the stockpile screen and `stockpile-tracker lots` filter on; empty means any."""

    retention: RetentionFilter = RetentionFilter.ALL
    type: str | None = None
    category: str | None = None
    sd_class: SdClass | None = None
    site: str | None = None
    status: LotStatus | None = None
    text: str | None = None

    def __post_init__(self) -> None:
        # Accept the plain strings that the command line and saved settings carry.
        object.__setattr__(self, "retention", RetentionFilter(self.retention))
        if self.sd_class is not None:
            object.__setattr__(self, "sd_class", SdClass(self.sd_class))
        if self.status is not None:
            object.__setattr__(self, "status", LotStatus(self.status))

    @property
    def description(self) -> str:
        """The filter in words, e.g. "Surplus; type M16; site ANAD; search 'ab'", for the first line
        of an exported file: a table without it can be read as the whole stockpile."""
        parts = [
            self.retention.label if self.retention is not RetentionFilter.ALL else "",
            f"type {self.type}" if self.type else "",
            Category(self.category).label.lower() if self.category else "",
            self.sd_class.label if self.sd_class else "",
            f"site {self.site}" if self.site else "",
            self.status.label if self.status else "",
            f"search '{self.text}'" if self.text else "",
        ]
        text = "; ".join(part for part in parts if part) or RetentionFilter.ALL.label
        return text[0].upper() + text[1:]


def contains_text(column: InstrumentedAttribute[str | None], text: str, dialect: str) -> ColumnElement[bool]:
    """Case-insensitive substring match. SQLite's LIKE already ignores ASCII case, and lower() on
    both sides would only make it slower (it cannot use an index either way)."""
    if dialect == "sqlite":
        return column.contains(text, autoescape=True)
    return column.icontains(text, autoescape=True)


def _filtered(query: Select[*tuple[Any, ...]], f: LotFilter, dialect: str) -> Select[*tuple[Any, ...]]:
    conditions: list[ColumnElement[bool]] = []
    if f.retention in RETENTION_WHERE:
        conditions.append(RETENTION_WHERE[f.retention])
    if f.type:
        conditions.append(MineType.designation == f.type)
    if f.category:
        conditions.append(MineType.category == f.category)
    if f.sd_class is not None:
        conditions.append(SD_CLASS_WHERE[f.sd_class])
    if f.site:
        conditions.append(Site.code == f.site)
    if f.status is not None:
        conditions.append(STATUS_WHERE[f.status])
    text = (f.text or "").strip()
    if text:
        conditions.append(or_(contains_text(Lot.lot_number, text, dialect), contains_text(Lot.notes, text, dialect)))
    query = (
        query.select_from(Lot)
        .join(LotBalance, LotBalance.lot_id == Lot.id)
        .join(MineType, MineType.id == Lot.mine_type_id)
        .join(Site, Site.id == Lot.site_id)
    )
    return query.where(*conditions) if conditions else query


FIGURES = ("on_hand", "retained", "scheduled", "destroyed", "suspended", "at_destruction")
# A status group's figures when it has none of them (a site's line of mines shipped there or moved).
NO_FIGURES: dict[str, Any] = {"retention_category": None, "lots": 0} | dict.fromkeys(FIGURES, 0)


def _total_columns(per_item: ColumnElement[int] | None = None, prefix: str = "") -> tuple[ColumnElement[Any], ...]:
    """The lots' figures summed: in items, or in mines at `per_item` mines to an item (only the
    lots with any such mines counted)."""
    if per_item is None:
        lots: ColumnElement[Any] = func.count(Lot.id)
        sums = [func.sum(getattr(LotBalance, name)) for name in FIGURES]
    else:
        lots = func.sum(case((per_item > 0, 1), else_=0))
        sums = [func.sum(cast(getattr(LotBalance, name), BigInteger) * per_item) for name in FIGURES]
    return (
        func.coalesce(lots, 0).label(f"{prefix}lots"),
        *(func.coalesce(total, 0).label(f"{prefix}{name}") for name, total in zip(FIGURES, sums, strict=True)),
    )


TOTAL_COLUMNS = _total_columns()


def _totals(row: Row[*tuple[Any, ...]], prefix: str = "") -> Totals:
    return Totals(**{name: int(getattr(row, f"{prefix}{name}")) for name in ("lots", *FIGURES)})


def _training_draw_down() -> ColumnElement[bool]:
    """A retention decision that training wrote (`post_training`: the same lot, day and document as
    the training entry), lowering what is retained."""
    return (
        select(Movement.id)
        .where(
            Movement.lot_id == RetentionDecision.lot_id,
            Movement.kind == MovementKind.TRAINING.value,
            Movement.occurred_on == RetentionDecision.valid_from,
            Movement.document_ref == RetentionDecision.authority_ref,
        )
        .exists()
    )


def _shipped_abroad(start: date, end: date) -> Select[int, str, str, int]:
    """(lot, destruction site's name and country, items) shipped between `start` and `end` to a
    destruction site in another country than the lot's home: mines transferred for the purpose of
    destruction (Article 7(1)(d)), net of shipments reversed."""
    home, there, undone = aliased(Site), aliased(Site), aliased(Movement)
    arrived = MovementKind.IN_FOR_DESTRUCTION.value
    return (
        select(Movement.lot_id, there.name, there.country, func.sum(Movement.quantity))
        .join(Holding, Holding.id == Movement.holding_id)
        .join(there, there.id == Holding.site_id)
        .join(Lot, Lot.id == Movement.lot_id)
        .join(home, home.id == Lot.site_id)
        .outerjoin(undone, undone.id == Movement.reverses_id)
        .where(
            or_(Movement.kind == arrived, and_(Movement.kind == MovementKind.REVERSAL.value, undone.kind == arrived)),
            # a reversal counts in the year of the shipment it undoes: it corrects it
            func.coalesce(undone.occurred_on, Movement.occurred_on).between(start, end),
            there.country != home.country,
        )
        .group_by(Movement.lot_id, there.name, there.country)
    )


class QueryService:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self._dialect = ctx.engine.dialect.name

    def lots(
        self,
        lot_filter: LotFilter = LotFilter(),
        *,
        sort: str = "lot_number",
        descending: bool = False,
        offset: int = 0,
        limit: int | None = 100,
    ) -> list[LotRow]:
        if sort not in SORT_KEYS:
            raise InvalidInput("sort", translate("Services", "cannot sort by {sort}").format(sort=repr(sort)))
        key = SORT_KEYS[sort]
        order = (key.desc(), Lot.id.desc()) if descending else (key.asc(), Lot.id.asc())
        query = (
            _filtered(
                select(*LOT_COLUMNS),
                lot_filter,
                self._dialect,
            )
            .order_by(*order)
            .offset(offset)
            .limit(limit)
        )
        with self.ctx.read() as session:
            return [_lot_row(row) for row in session.execute(query)]

    def totals(self, lot_filter: LotFilter = LotFilter()) -> Totals:
        query = _filtered(select(*TOTAL_COLUMNS), lot_filter, self._dialect)
        with self.ctx.read() as session:
            return _totals(session.execute(query).one())

    def totals_by_scope(self, lot_filter: LotFilter = LotFilter()) -> ScopeTotals:
        """The filtered lots summed in and out of the active profile's scope, in mines, and in items:
        a total of surplus never mixes what the profile says to destroy with what it does not govern."""
        with self.ctx.read() as session:
            policy = profile_info(active_profile(session))
            covered = covered_per_item(policy)
            columns = (
                *TOTAL_COLUMNS,
                *_total_columns(covered, "covered_"),
                *_total_columns(MINES_PER_ITEM - covered, "apart_"),
            )
            row = session.execute(_filtered(select(*columns), lot_filter, self._dialect)).one()
            excess = beyond_requirement(session, policy, self.ctx.today())
            shown = _filtered(select(Lot.id), lot_filter, self._dialect).where(Lot.id.in_(list(excess)))
            beyond = sum(excess[lot_id] for lot_id in session.scalars(shown)) if excess else 0
        return ScopeTotals(
            policy.name, with_beyond(_totals(row, "covered_"), beyond), _totals(row, "apart_"), _totals(row)
        )

    def lot(self, lot_id: int) -> LotRow:
        query = _filtered(
            select(*LOT_COLUMNS),
            LotFilter(),
            self._dialect,
        ).where(Lot.id == lot_id)
        with self.ctx.read() as session:
            row = session.execute(query).one_or_none()
            if row is None:
                raise NotFound("lot", lot_id)
            return _lot_row(row)

    def year_lots(self, year: int) -> list[YearLot]:
        """Every lot that held mines at the end of `year` (on hand or at destruction sites), lost
        some during it, or had mines destroyed since the active profile's entry into force (Form G
        counts them to date)."""
        end = date(year, 12, 31)
        start = date(year, 1, 1)
        balances = derived_balance_query(as_of=end).subquery()

        def destroyed_from(first: date) -> Subquery:
            return (
                select(EventLine.lot_id, func.sum(destroyed_items(end)).label("quantity"))
                .join(DestructionEvent, DestructionEvent.id == EventLine.event_id)
                .where(DestructionEvent.occurred_on.between(first, end))
                .group_by(EventLine.lot_id)
                .subquery()
            )

        destroyed = destroyed_from(start)
        trained = (
            select(Movement.lot_id, (-func.sum(Movement.quantity)).label("quantity"))
            .where(Movement.kind == MovementKind.TRAINING.value, Movement.occurred_on.between(start, end))
            .group_by(Movement.lot_id)
            .subquery()
        )
        discovered = (
            select(Movement.lot_id, func.min(Movement.occurred_on).label("on"))
            .where(Movement.kind == MovementKind.DISCOVERY.value)
            .group_by(Movement.lot_id)
            .subquery()
        )
        # The institution of the latest decision that named one, ranked once for all lots: a
        # subquery per lot costs a sort per lot on a national stockpile.
        named = (
            select(
                RetentionDecision.lot_id,
                RetentionDecision.institution,
                RetentionDecision.reason,
                func.row_number()
                .over(
                    partition_by=RetentionDecision.lot_id,
                    order_by=(RetentionDecision.valid_from.desc(), RetentionDecision.id.desc()),
                )
                .label("rank"),
            )
            .where(
                RetentionDecision.institution.is_not(None),
                RetentionDecision.valid_from <= end,
                ~_training_draw_down(),  # its reason is the use, not the purpose
            )
            .subquery()
        )
        institution = select(named.c.lot_id, named.c.institution, named.c.reason).where(named.c.rank == 1).subquery()
        with self.ctx.read() as session:
            profile = profile_info(active_profile(session))
            to_date = destroyed_from(profile.effective_on)
            query = self._year_lots_query(balances, destroyed, to_date, trained, discovered, institution)
            excess = beyond_requirement(session, profile, end, balances)
            where: dict[int, list[tuple[str, str, int]]] = defaultdict(list)
            for lot_id, name, country, method, items in session.execute(
                select(
                    EventLine.lot_id, Site.name, Site.country, DestructionEvent.method, func.sum(destroyed_items(end))
                )
                .join(DestructionEvent, DestructionEvent.id == EventLine.event_id)
                .join(Site, Site.id == DestructionEvent.site_id)
                .where(DestructionEvent.occurred_on.between(start, end))
                .group_by(EventLine.lot_id, Site.name, Site.country, DestructionEvent.method)
            ):
                where[lot_id].append((f"{name}, {country}", method, int(items)))
            abroad: dict[int, list[tuple[str, int]]] = defaultdict(list)
            for lot_id, name, country, items in session.execute(_shipped_abroad(start, end)):
                if items:
                    abroad[lot_id].append((f"{name}, {country}", int(items)))
            return [
                YearLot(
                    lot_number=row.lot_number,
                    type_designation=row.designation,
                    category=row.category,
                    activation=row.activation,
                    on_hand=row.on_hand,
                    at_destruction=row.at_destruction,
                    retained=row.retained,
                    retention_category=row.retention_category,
                    institution=row.institution,
                    purpose=row.reason,
                    destroyed=int(row.destroyed),
                    trained=int(row.trained),
                    discovered_on=row.on,
                    ap_per_item=row.ap_per_item,
                    av_per_item=row.av_per_item,
                    delivery=row.delivery,
                    beyond_requirement=excess.get(row.id, 0),
                    destroyed_to_date=int(row.destroyed_to_date),
                    destroyed_where=tuple(sorted(where[row.id])),
                    shipped_abroad=tuple(sorted(abroad[row.id])),
                )
                for row in session.execute(query)
            ]

    def year_changes(self, year: int) -> list[YearChange]:
        """The stock checks' gains and losses and the transfers out of and into the stockpile dated
        in `year` (Forms B and D), by date. A transfer to a destruction site is a shipment, not one
        of these; a split's two halves move mines between lots and are left out. An entry reversed
        within its own year is a mistake corrected: neither is listed; a reversal dated in a later
        year is a change of that year."""
        start, end = date(year, 1, 1), date(year, 12, 31)
        kinds = [kind.value for kind in YEAR_CHANGES]
        undone, other = aliased(Movement), aliased(Movement)
        split = or_(
            Movement.counterpart_id.is_not(None), select(other.id).where(other.counterpart_id == Movement.id).exists()
        )
        corrected_by_end = select(other.id).where(other.reverses_id == Movement.id, other.occurred_on <= end).exists()
        query = (
            select(
                Movement.occurred_on,
                Lot.lot_number,
                MineType.designation,
                func.coalesce(undone.kind, Movement.kind).label("kind"),
                Movement.quantity,
                Site.name,
                Site.country,
                Movement.document_ref,
                Movement.reason,
                undone.occurred_on.label("reverses_on"),
                MineType.category,
                MineType.activation,
                MineType.ap_per_item,
                MineType.av_per_item,
            )
            .join(Lot, Lot.id == Movement.lot_id)
            .join(MineType, MineType.id == Lot.mine_type_id)
            .join(Holding, Holding.id == Movement.holding_id)
            .join(Site, Site.id == Holding.site_id)
            .outerjoin(undone, undone.id == Movement.reverses_id)
            .where(
                Movement.occurred_on.between(start, end),
                or_(
                    and_(Movement.kind.in_(kinds), ~split, ~corrected_by_end),
                    and_(
                        Movement.kind == MovementKind.REVERSAL.value, undone.kind.in_(kinds), undone.occurred_on < start
                    ),
                ),
            )
            .order_by(Movement.occurred_on, Movement.id)
        )
        with self.ctx.read() as session:
            return [
                YearChange(
                    occurred_on=row.occurred_on,
                    lot_number=row.lot_number,
                    type_designation=row.designation,
                    kind=row.kind,
                    quantity=row.quantity,
                    site=f"{row.name}, {row.country}",
                    document_ref=row.document_ref,
                    reason=row.reason,
                    reverses_on=row.reverses_on,
                    category=row.category,
                    activation=row.activation,
                    ap_per_item=row.ap_per_item,
                    av_per_item=row.av_per_item,
                )
                for row in session.execute(query)
            ]

    @staticmethod
    def _year_lots_query(
        balances: Subquery,
        destroyed: Subquery,
        to_date: Subquery,
        trained: Subquery,
        discovered: Subquery,
        institution: Subquery,
    ) -> Select[Any]:
        return (
            select(
                Lot.id,
                Lot.lot_number,
                MineType.designation,
                MineType.category,
                MineType.activation,
                balances.c.on_hand,
                balances.c.at_destruction,
                balances.c.retained,
                balances.c.retention_category,
                institution.c.institution,
                institution.c.reason,
                func.coalesce(destroyed.c.quantity, 0).label("destroyed"),
                func.coalesce(to_date.c.quantity, 0).label("destroyed_to_date"),
                func.coalesce(trained.c.quantity, 0).label("trained"),
                discovered.c.on,
                MineType.ap_per_item,
                MineType.av_per_item,
                MineType.delivery,
            )
            .select_from(balances)
            .join(Lot, Lot.id == balances.c.lot_id)
            .join(MineType, MineType.id == Lot.mine_type_id)
            .outerjoin(destroyed, destroyed.c.lot_id == Lot.id)
            .outerjoin(to_date, to_date.c.lot_id == Lot.id)
            .outerjoin(trained, trained.c.lot_id == Lot.id)
            .outerjoin(discovered, discovered.c.lot_id == Lot.id)
            .outerjoin(institution, institution.c.lot_id == Lot.id)
            .where(
                or_(
                    balances.c.on_hand > 0,
                    balances.c.at_destruction > 0,
                    destroyed.c.quantity > 0,
                    to_date.c.quantity > 0,
                    trained.c.quantity > 0,
                )
            )
            .order_by(MineType.designation, Lot.lot_number)
        )

    def status_groups(self, as_of: date) -> list[StatusGroup]:
        """The stockpile as the record stood at the end of `as_of`, summed per type, site and
        reason kept; lots not yet received by then are left out. For today the record as it stands
        is used (tasks recorded today count, whatever the clock said when they were entered): that
        is the balance projection, which `db check` proves equal to the ledger and which sums in a
        fraction of the time of deriving every lot again."""
        balances: FromClause
        if as_of < self.ctx.today():
            balances = derived_balance_query(as_of=as_of).subquery()
        else:
            balances = LotBalance.__table__
        keys = (
            MineType.designation,
            MineType.category,
            MineType.activation,
            MineType.ap_per_item,
            MineType.av_per_item,
            SD_CLASS.label("sd_class"),
            Site.code,
            Site.country,
            balances.c.retention_category,
        )
        query = (
            select(
                *keys,
                func.sum(case((holds_mines(balances), 1), else_=0)).label("lots"),  # holding mines, as the dashboard
                func.sum(balances.c.on_hand - balances.c.away).label("on_hand"),  # at the lots' home sites
                func.sum(balances.c.retained).label("retained"),
                func.sum(balances.c.scheduled).label("scheduled"),
                func.sum(balances.c.destroyed).label("destroyed"),
                func.sum(balances.c.suspended).label("suspended"),
            )
            .select_from(balances)
            .join(Lot, Lot.id == balances.c.lot_id)
            .join(MineType, MineType.id == Lot.mine_type_id)
            .join(Site, Site.id == Lot.site_id)
            .where(balances.c.received > 0)
            .group_by(*keys)
            .order_by(*keys)
        )
        moved = (  # on hand at the lots' other own sites: unscheduled surplus there
            select(Movement.lot_id, Holding.site_id, func.sum(Movement.quantity).label("away"))
            .join(Holding, Holding.id == Movement.holding_id)
            .join(Lot, Lot.id == Movement.lot_id)
            .where(Holding.site_id != Lot.site_id, ~at_destruction_site(), Movement.occurred_on <= as_of)
            .group_by(Movement.lot_id, Holding.site_id)
            .subquery()
        )
        shipped = at_destruction_query(true(), as_of).subquery()

        def by_type_and_site(per_lot: Subquery, figure: str) -> Select[*tuple[Any, ...]]:
            """A (lot, site, figure) subquery summed per type and the site it names."""
            return (
                select(*keys[:-3], Site.code, Site.country, func.sum(per_lot.c[figure]).label(figure))
                .select_from(per_lot)
                .join(Lot, Lot.id == per_lot.c.lot_id)
                .join(MineType, MineType.id == Lot.mine_type_id)
                .join(Site, Site.id == per_lot.c.site_id)
                .group_by(*keys[:-1])
                .having(func.sum(per_lot.c[figure]) != 0)
                .order_by(*keys[:-1])
            )

        away, at_sites = by_type_and_site(moved, "away"), by_type_and_site(shipped, "at_destruction")
        with self.ctx.read() as session:
            policy = profile_info(active_profile(session))
            beyond = self._beyond_by_type_and_site(session, policy, as_of, balances)

            def group(row: Row[*tuple[Any, ...]], **figures: Any) -> StatusGroup:
                """A row of a type at a site with its figures; the others none."""
                covered = policy.covered_contents(row.ap_per_item, row.av_per_item, row.activation)
                return StatusGroup(
                    type_designation=row.designation,
                    category=row.category,
                    activation=row.activation,
                    sd_class=SdClass(row.sd_class),
                    site_code=row.code,
                    site_country=row.country,
                    ap_per_item=row.ap_per_item,
                    av_per_item=row.av_per_item,
                    covered_ap=covered[0],
                    covered_av=covered[1],
                    **(NO_FIGURES | figures),
                )

            return (
                [
                    group(
                        row,
                        retention_category=row.retention_category,
                        lots=int(row.lots),
                        on_hand=int(row.on_hand),
                        retained=int(row.retained),
                        scheduled=int(row.scheduled),
                        destroyed=int(row.destroyed),
                        suspended=int(row.suspended),
                        beyond_requirement=beyond.get((row.designation, row.code), 0)
                        if row.retention_category == RetentionCategory.KOREA.value
                        else 0,
                    )
                    for row in session.execute(query)
                ]
                # Shipped and not yet destroyed, at the destruction site: no lot is counted twice (its
                # line is at its home) and no mine of it is on hand, retained or scheduled there.
                + [group(row, at_destruction=int(row.at_destruction)) for row in session.execute(at_sites)]
                # Moved to another own site: on hand there, and all of it unscheduled surplus (the
                # lot's retained, suspended and scheduled mines are at its home, counted above).
                + [group(row, on_hand=int(row.away)) for row in session.execute(away)]
            )

    @staticmethod
    def _beyond_by_type_and_site(
        session: Session, policy: PolicyProfileInfo, as_of: date, balances: FromClause
    ) -> dict[tuple[str, str], int]:
        """(type, site) -> the mines its Korea-reserved lots hold beyond the requirement."""
        excess = beyond_requirement(session, policy, as_of, balances)
        summed: dict[tuple[str, str], int] = defaultdict(int)
        if excess:
            lots = session.execute(
                select(Lot.id, MineType.designation, Site.code)
                .join(MineType, MineType.id == Lot.mine_type_id)
                .join(Site, Site.id == Lot.site_id)
                .where(Lot.id.in_(list(excess)))
            )
            for lot_id, designation, site in lots:
                summed[(designation, site)] += excess[lot_id]
        return summed

    def scope_totals(self, as_of: date | None = None) -> ScopeTotals:
        """The status report's groups summed in and out of the active profile's scope, as of the end
        of `as_of` (today when not given)."""
        with self.ctx.read() as session:
            name = active_profile(session).name
            groups = self.status_groups(as_of or self.ctx.today())
        return ScopeTotals.of(name, groups)

    def holdings(self, lot_id: int) -> list[tuple[str, int]]:
        """Where a lot's mines on hand are: (site code, on hand) of each site that holds some (not
        those shipped there for destruction), its home first."""
        with self.ctx.read() as session:
            rows = session.execute(
                select(Site.code, func.sum(Movement.quantity), Holding.site_id == Lot.site_id)
                .join(Holding, Holding.id == Movement.holding_id)
                .join(Site, Site.id == Holding.site_id)
                .join(Lot, Lot.id == Movement.lot_id)
                .where(Movement.lot_id == lot_id, ~at_destruction_site())
                .group_by(Site.code, Holding.site_id, Lot.site_id)
            ).all()
        return [(code, int(held)) for code, held, _home in sorted(rows, key=lambda r: (not r[2], r[0])) if held]

    def shipped_to(self, lot_id: int) -> list[tuple[str, int]]:
        """(site code, mines awaiting destruction there) of each site a lot's mines were shipped to
        and await destruction, by site code."""
        at_sites = at_destruction_query(Movement.lot_id == lot_id).subquery()
        with self.ctx.read() as session:
            return sorted(
                (code, int(held))
                for code, held in session.execute(
                    select(Site.code, at_sites.c.at_destruction).join(Site, Site.id == at_sites.c.site_id)
                )
            )

    def held_at(self, lot_id: int) -> str:
        """Where a lot's mines are, in words: on hand at each of the state's sites (its home first),
        then at destruction sites, in items (and what an item holds, when it is not one mine)."""
        shipped = self.shipped_to(lot_id)
        row = self.lot(lot_id)
        parts = [", ".join(f"{site} {held:,}" for site, held in self.holdings(lot_id))]
        if shipped:
            parts.append("at destruction sites " + ", ".join(f"{site} {held:,}" for site, held in shipped))
        words = "; ".join(part for part in parts if part)
        unit = "items" if row.mines_per_item == 1 else f"items of {row.contents} each"
        return f"{words} ({unit})"

    def find_lot(self, lot_number: str, type: str | None = None) -> LotRow:
        """A lot by its number; the type is needed only when two types share the number."""
        query = select(Lot.id).join(MineType)
        if type:
            query = query.where(MineType.designation == type)
        with self.ctx.read() as session:  # as typed (a legacy one may hold an en dash), else with plain hyphens
            ids: list[int] = []
            for spelling in identifier_spellings(lot_number):
                ids = ids or list(session.scalars(query.where(Lot.lot_number == spelling).limit(2)))
        if not ids:
            raise NotFound("lot", lot_number)
        if len(ids) > 1:
            raise InvalidInput(
                "type",
                translate("Services", "lot number {lot_number} exists for several types; name the type").format(
                    lot_number=lot_number
                ),
            )
        return self.lot(ids[0])

    def ledger(self, lot_id: int) -> list[LedgerEntry]:
        """The lot's entries in date order with the balance after each."""
        reversal = aliased(Movement)
        query = (
            select(Movement, reversal.id, Site.code, Holding.for_destruction)
            .join(Holding, Holding.id == Movement.holding_id)
            .join(Site, Site.id == Holding.site_id)
            .outerjoin(reversal, reversal.reverses_id == Movement.id)
            .where(Movement.lot_id == lot_id)
            .order_by(Movement.occurred_on, Movement.id)
        )
        entries, running = [], 0
        with self.ctx.read() as session:
            rows = session.execute(query).all()
            held_after = _held_after_each_document([row[0] for row in rows])
            for (movement, reversed_by, site, for_destruction), running in zip(rows, held_after, strict=True):
                entries.append(
                    LedgerEntry(
                        id=movement.id,
                        occurred_on=movement.occurred_on,
                        kind=movement.kind,
                        site_code=site,
                        quantity=movement.quantity,
                        balance_after=running,
                        document_ref=movement.document_ref,
                        reason=movement.reason,
                        recorded_by=movement.recorded_by,
                        recorded_at=movement.recorded_at,
                        reverses_id=movement.reverses_id,
                        reversed_by_id=reversed_by,
                        task_id=movement.task_id,
                        event_id=movement.event_id,
                        for_destruction=for_destruction,
                    )
                )
        return entries

    def retention_history(self, lot_id: int) -> list[RetentionInfo]:
        query = (
            select(RetentionDecision)
            .where(RetentionDecision.lot_id == lot_id)
            .order_by(RetentionDecision.valid_from, RetentionDecision.id)
        )
        with self.ctx.read() as session:
            return [
                RetentionInfo(
                    id=d.id,
                    lot_id=d.lot_id,
                    quantity=d.quantity,
                    category=d.category,
                    institution=d.institution,
                    authority_ref=d.authority_ref,
                    reason=d.reason,
                    valid_from=d.valid_from,
                    decided_by=d.decided_by,
                )
                for d in session.scalars(query)
            ]


def _held_after_each_document(movements: list[Movement]) -> list[int]:
    """What the lot held after each entry, in ledger order; the first entry of a two-entry document
    (a move, a shipment, a return, the reversal of one, a destruction's correction) shows what it
    held after the document, not the moment between its entries that never was."""
    by_id = {m.id: m for m in movements}

    def paired(a: Movement | None, b: Movement | None) -> bool:
        return a is not None and b is not None and (a.counterpart_id == b.id or b.counterpart_id == a.id)

    def corrected(a: Movement, b: Movement) -> bool:  # a destruction's reversal, then its corrected entry
        undone = by_id.get(a.reverses_id or 0)
        return undone is not None and undone.event_id is not None and undone.event_id == b.event_id

    held, running = [], 0
    for movement in movements:
        running += movement.quantity
        held.append(running)
    for i in range(len(movements) - 2, -1, -1):
        a, b = movements[i], movements[i + 1]
        if a.occurred_on == b.occurred_on and (
            paired(a, b) or paired(by_id.get(a.reverses_id or 0), by_id.get(b.reverses_id or 0)) or corrected(a, b)
        ):
            held[i] = held[i + 1]
    return held
