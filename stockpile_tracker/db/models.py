"""The schema. The ledger (`movement`) is the truth; `lot_balance` is a projection of it that the
services rewrite in the same transaction as each entry and `db check` proves equal to the ledger.
Constraints here repeat the service rules so that the database keeps them too."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    ForeignKeyConstraint,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
    column,
    false,
    func,
    true,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from ..domain.errors import DatabaseError

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

INCOMING_KINDS = "('opening_balance', 'receipt', 'discovery', 'transfer_in', 'check_gain', 'returned')"
DESTRUCTION_SITE_SIGNS = (
    "(kind <> 'in_for_destruction' OR quantity > 0) AND (kind NOT IN ('sent_back', 'unaccounted_loss') OR quantity < 0)"
)
OUTGOING_KINDS = "('transfer_out', 'out_for_destruction', 'training', 'destroyed', 'check_loss')"


def _unreadable(value: object, what: str) -> DatabaseError:
    return DatabaseError(
        f"the database holds {value!r} where {what} belongs: it was changed outside Stockpile Tracker; "
        "run 'stockpile-tracker db check', which names the table, row and column"
    )


def _reading(inner: Callable[[Any], Any] | None, what: str) -> Callable[[Any], Any] | None:
    """The dialect's own reading of a value, a failure of it said in words."""
    if inner is None:
        return None

    def process(value: Any) -> Any:
        try:
            return inner(value)
        except (ValueError, TypeError, OverflowError) as exc:
            raise _unreadable(value, what) from exc

    return process


class Day(TypeDecorator[date]):
    """A date column. A value no date can be read from (on SQLite, text edited outside the program:
    '2024-13-45', 'soon') is a DatabaseError saying so, not a crash in the middle of a read."""

    impl = Date
    cache_ok = True

    def result_processor(self, dialect: Dialect, coltype: object) -> Callable[[Any], Any] | None:
        return _reading(super().result_processor(dialect, coltype), "a date")


class Moment(TypeDecorator[datetime]):
    """A date and time column (naive UTC, as the program writes it), read as Day is."""

    impl = DateTime
    cache_ok = True

    def result_processor(self, dialect: Dialect, coltype: object) -> Callable[[Any], Any] | None:
        return _reading(super().result_processor(dialect, coltype), "a date and time")


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Setting(Base):
    """Organisation-wide settings that belong with the record, not with one user's machine."""

    __tablename__ = "setting"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class PolicyProfile(Base):
    __tablename__ = "policy_profile"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    effective_on: Mapped[date] = mapped_column(Day)
    deadline_years: Mapped[int | None] = mapped_column(Integer)
    permitted_retention: Mapped[list[str]] = mapped_column(JSON)
    acquisition_banned_from: Mapped[date | None] = mapped_column(Day)
    transfers_only_for_destruction: Mapped[bool] = mapped_column(Boolean)
    flags_retained_increase: Mapped[bool] = mapped_column(Boolean)
    withdrawal_effective_on: Mapped[date | None] = mapped_column(Day)
    notes: Mapped[str | None] = mapped_column(Text)
    # What the profile governs (its scope): the mine categories and activations it counts.
    scope_categories: Mapped[list[str]] = mapped_column(JSON, server_default='["AP"]')
    scope_activations: Mapped[list[str]] = mapped_column(JSON, server_default='["victim", "both"]')
    korea_reserve_in_korea: Mapped[bool] = mapped_column(Boolean, server_default=true())

    __table_args__ = (CheckConstraint("deadline_years IS NULL OR deadline_years > 0", name="deadline_years"),)


CHARACTERISTIC_TEXTS = ("dimensions", "explosive", "metal_content", "fuze", "colour", "photo")


class MineType(Base):
    __tablename__ = "mine_type"
    id: Mapped[int] = mapped_column(primary_key=True)
    designation: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    category: Mapped[str] = mapped_column(String(2))
    activation: Mapped[str] = mapped_column(String(10))
    self_destruct_hours: Mapped[int | None] = mapped_column(Integer)
    self_deactivating: Mapped[bool] = mapped_column(Boolean)
    delivery: Mapped[str] = mapped_column(String(32))
    notes: Mapped[str | None] = mapped_column(Text)
    # Contents (migration 0011): the mines one item holds; `category` is the principal one.
    ap_per_item: Mapped[int] = mapped_column(Integer)
    av_per_item: Mapped[int] = mapped_column(Integer)
    # Technical characteristics for Article 7 Form H (migration 0018), each optional: NULL is not recorded.
    dimensions: Mapped[str | None] = mapped_column(String(200))
    mass_g: Mapped[int | None] = mapped_column(Integer)
    explosive: Mapped[str | None] = mapped_column(String(200))
    explosive_mass_g: Mapped[int | None] = mapped_column(Integer)
    metal_content: Mapped[str | None] = mapped_column(String(200))
    fuze: Mapped[str | None] = mapped_column(String(200))
    colour: Mapped[str | None] = mapped_column(String(100))
    photo: Mapped[str | None] = mapped_column(String(500))  # a path or file name

    __table_args__ = (
        CheckConstraint("category IN ('AP', 'AV')", name="category"),
        CheckConstraint("activation IN ('victim', 'command', 'both')", name="activation"),
        CheckConstraint("self_destruct_hours IS NULL OR self_destruct_hours > 0", name="self_destruct_hours"),
        CheckConstraint("ap_per_item >= 0 AND av_per_item >= 0", name="contents_not_negative"),
        CheckConstraint("ap_per_item + av_per_item > 0", name="contents_not_empty"),
        CheckConstraint("mass_g IS NULL OR mass_g > 0", name="mass_g"),
        CheckConstraint("explosive_mass_g IS NULL OR explosive_mass_g > 0", name="explosive_mass_g"),
        CheckConstraint(
            "explosive_mass_g IS NULL OR mass_g IS NULL OR explosive_mass_g <= mass_g", name="explosive_within_mass"
        ),
        CheckConstraint(  # a characteristic is words or not recorded (NULL), never an empty text
            " AND ".join(f"({column} IS NULL OR length({column}) > 0)" for column in CHARACTERISTIC_TEXTS),
            name="characteristics_not_blank",
        ),
    )


class KoreaRequirement(Base):
    """How many mines of a type a profile lets be reserved for the defence of the Republic of Korea,
    on an authority, from a day (DOMAIN.md section 4, korea-reserve). The newest valid on a day is
    in force; a change is a new requirement, so the history stays (append-only, migration 0007)."""

    __tablename__ = "korea_requirement"
    id: Mapped[int] = mapped_column(primary_key=True)
    profile_id: Mapped[int] = mapped_column(ForeignKey("policy_profile.id"))
    mine_type_id: Mapped[int] = mapped_column(ForeignKey("mine_type.id"), index=True)
    quantity: Mapped[int] = mapped_column(Integer)
    authority_ref: Mapped[str] = mapped_column(String(120))
    valid_from: Mapped[date] = mapped_column(Day)
    set_by: Mapped[str] = mapped_column(String(100))
    set_at: Mapped[datetime] = mapped_column(Moment())

    profile: Mapped[PolicyProfile] = relationship(lazy="joined")
    mine_type: Mapped[MineType] = relationship(lazy="joined")

    __table_args__ = (
        Index("ix_korea_requirement_profile_id_valid_from", "profile_id", "valid_from"),
        CheckConstraint("quantity >= 0", name="quantity_not_negative"),
        CheckConstraint("length(authority_ref) > 0", name="authority_ref"),
    )


class Site(Base):
    __tablename__ = "site"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    country: Mapped[str] = mapped_column(String(2))
    kind: Mapped[str] = mapped_column(String(12), server_default="depot")  # SiteKind

    __table_args__ = (
        CheckConstraint("length(country) = 2", name="country"),
        CheckConstraint("kind IN ('depot', 'destruction', 'training')", name="kind"),
    )


class Lot(Base):
    __tablename__ = "lot"
    id: Mapped[int] = mapped_column(primary_key=True)
    lot_number: Mapped[str] = mapped_column(String(80), index=True)
    mine_type_id: Mapped[int] = mapped_column(ForeignKey("mine_type.id"), index=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("site.id"))
    manufactured_on: Mapped[date | None] = mapped_column(Day)
    condition_code: Mapped[str] = mapped_column(String(1))
    notes: Mapped[str | None] = mapped_column(Text)
    created_by: Mapped[str] = mapped_column(String(100))
    created_at: Mapped[datetime] = mapped_column(Moment())

    mine_type: Mapped[MineType] = relationship(lazy="joined")
    site: Mapped[Site] = relationship(lazy="joined")
    balance: Mapped[LotBalance] = relationship(back_populates="lot", uselist=False)

    __table_args__ = (
        UniqueConstraint("mine_type_id", "lot_number"),
        # L-001 and l-001 are one lot number (migration 0020); the services also fold width (rules.folded).
        Index("uq_lot_mine_type_id_lower_lot_number", "mine_type_id", func.lower(column("lot_number")), unique=True),
        # The site filter's first page, sorted by lot number, without a sort step.
        Index("ix_lot_site_id_lot_number", "site_id", "lot_number"),
        CheckConstraint("length(lot_number) > 0", name="lot_number"),
    )


class Holding(Base):
    """A lot at a site (migration 0013): every ledger entry posts to one. The lot's own site is its
    home, where its retained, suspended and scheduled mines are; a move puts surplus elsewhere.
    Mines shipped for destruction are a holding of their own at the task's site (0015): held, not
    on hand, until destroyed, sent back or lost."""

    __tablename__ = "holding"
    id: Mapped[int] = mapped_column(primary_key=True)
    lot_id: Mapped[int] = mapped_column(ForeignKey("lot.id"))
    site_id: Mapped[int] = mapped_column(ForeignKey("site.id"))
    for_destruction: Mapped[bool] = mapped_column(Boolean, server_default=false())

    site: Mapped[Site] = relationship(lazy="joined")

    __table_args__ = (UniqueConstraint("lot_id", "site_id", "for_destruction"), UniqueConstraint("id", "lot_id"))


class LotBalance(Base):
    """Projection of the ledger per lot, kept in step by the services and checked by `db check`."""

    __tablename__ = "lot_balance"
    lot_id: Mapped[int] = mapped_column(ForeignKey("lot.id"), primary_key=True)
    on_hand: Mapped[int] = mapped_column(Integer, index=True)
    received: Mapped[int] = mapped_column(Integer)
    retained: Mapped[int] = mapped_column(Integer, index=True)
    retention_category: Mapped[str | None] = mapped_column(String(16), index=True)
    scheduled: Mapped[int] = mapped_column(Integer)
    destroyed: Mapped[int] = mapped_column(Integer)
    suspended: Mapped[int] = mapped_column(Integer, server_default="0")
    # Shipped for an open destruction task and not yet reported destroyed: held, not on hand (0012).
    at_destruction: Mapped[int] = mapped_column(Integer, server_default="0")
    # On hand at the lot's other own sites, not its home: unscheduled surplus there (0013).
    away: Mapped[int] = mapped_column(Integer, server_default="0")

    lot: Mapped[Lot] = relationship(back_populates="balance")

    __table_args__ = (
        CheckConstraint("on_hand >= 0", name="on_hand_not_negative"),
        CheckConstraint("retained >= 0 AND retained <= on_hand", name="retained_within_on_hand"),
        CheckConstraint("suspended >= 0 AND suspended <= on_hand - retained", name="suspended_within_surplus"),
        CheckConstraint(
            "scheduled >= 0 AND scheduled <= on_hand - retained - suspended", name="scheduled_within_surplus"
        ),
        CheckConstraint("away >= 0 AND retained + suspended + scheduled <= on_hand - away", name="away"),
        CheckConstraint("at_destruction >= 0", name="at_destruction_not_negative"),
        CheckConstraint(
            "destroyed >= 0 AND on_hand + at_destruction + destroyed <= received", name="destroyed_within_held"
        ),
        CheckConstraint("(retained = 0) = (retention_category IS NULL)", name="retention_category"),
    )


class Movement(Base):
    """One ledger entry. Append-only: triggers refuse UPDATE and DELETE (see the migrations)."""

    __tablename__ = "movement"
    id: Mapped[int] = mapped_column(primary_key=True)
    lot_id: Mapped[int] = mapped_column(ForeignKey("lot.id"))
    holding_id: Mapped[int] = mapped_column(Integer)  # the lot at a site: one of the lot's holdings
    kind: Mapped[str] = mapped_column(String(24))
    occurred_on: Mapped[date] = mapped_column(Day)
    quantity: Mapped[int] = mapped_column(Integer)
    document_ref: Mapped[str | None] = mapped_column(String(120))
    reason: Mapped[str | None] = mapped_column(Text)
    reverses_id: Mapped[int | None] = mapped_column(ForeignKey("movement.id"), unique=True)
    # The other side of a two-sided entry (a split's transfer in points at its transfer out).
    counterpart_id: Mapped[int | None] = mapped_column(ForeignKey("movement.id"))
    task_id: Mapped[int | None] = mapped_column(ForeignKey("destruction_task.id"), index=True)
    event_id: Mapped[int | None] = mapped_column(ForeignKey("destruction_event.id"), index=True)
    recorded_by: Mapped[str] = mapped_column(String(100))
    recorded_at: Mapped[datetime] = mapped_column(Moment())

    __table_args__ = (
        Index("ix_movement_lot_id_occurred_on", "lot_id", "occurred_on"),
        Index("ix_movement_holding_id_occurred_on", "holding_id", "occurred_on"),
        ForeignKeyConstraint(["holding_id", "lot_id"], ["holding.id", "holding.lot_id"]),
        CheckConstraint(
            "kind IN ('opening_balance', 'receipt', 'discovery', 'transfer_in', 'transfer_out', "
            "'out_for_destruction', 'training', 'destroyed', 'check_gain', 'check_loss', "
            "'returned', 'reversal', 'move_out', 'move_in', 'shipment_return', 'in_for_destruction', 'sent_back', "
            "'unaccounted_loss')",
            name="kind",
        ),
        CheckConstraint("kind <> 'shipment_return' OR quantity > 0", name="return_positive"),
        CheckConstraint(DESTRUCTION_SITE_SIGNS, name="destruction_site_signs"),
        CheckConstraint(
            "(kind <> 'move_in' OR quantity > 0) AND (kind <> 'move_out' OR quantity < 0)", name="move_signs"
        ),
        CheckConstraint(f"kind NOT IN {INCOMING_KINDS} OR quantity > 0", name="incoming_positive"),
        CheckConstraint(f"kind NOT IN {OUTGOING_KINDS} OR quantity < 0", name="outgoing_negative"),
        CheckConstraint("quantity <> 0", name="quantity_not_zero"),
        CheckConstraint("(kind = 'reversal') = (reverses_id IS NOT NULL)", name="reversal_points_back"),
        CheckConstraint("kind <> 'reversal' OR reason IS NOT NULL", name="reversal_reason"),
    )


class RetentionDecision(Base):
    """Why part of a lot is kept. The latest decision of a lot is in force; quantity 0 releases."""

    __tablename__ = "retention_decision"
    id: Mapped[int] = mapped_column(primary_key=True)
    lot_id: Mapped[int] = mapped_column(ForeignKey("lot.id"), index=True)
    quantity: Mapped[int] = mapped_column(Integer)
    category: Mapped[str | None] = mapped_column(String(16))
    institution: Mapped[str | None] = mapped_column(String(200))
    authority_ref: Mapped[str] = mapped_column(String(120))
    reason: Mapped[str] = mapped_column(Text)
    valid_from: Mapped[date] = mapped_column(Day)
    decided_by: Mapped[str] = mapped_column(String(100))
    decided_at: Mapped[datetime] = mapped_column(Moment())

    __table_args__ = (
        CheckConstraint("quantity >= 0", name="quantity_not_negative"),
        CheckConstraint("category IS NULL OR category IN ('korea', 'article3')", name="category"),
        CheckConstraint("(quantity = 0) = (category IS NULL)", name="category_when_retained"),
        CheckConstraint(
            "category IS NULL OR category <> 'article3' OR institution IS NOT NULL",
            name="article3_institution",
        ),
    )


class Suspension(Base):
    """A hold on part of a lot (legal hold, investigation, safety): the mines stay surplus to destroy
    but cannot be scheduled, moved or destroyed until it is lifted. Several may be in force at once.
    It is on one of the lot's holdings (0016): its home, or its mines shipped for destruction."""

    __tablename__ = "suspension"
    id: Mapped[int] = mapped_column(primary_key=True)
    lot_id: Mapped[int] = mapped_column(ForeignKey("lot.id"), index=True)
    holding_id: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(16))
    quantity: Mapped[int] = mapped_column(Integer)
    reference: Mapped[str] = mapped_column(String(120))
    reason: Mapped[str] = mapped_column(Text)
    suspended_from: Mapped[date] = mapped_column(Day)
    suspended_by: Mapped[str] = mapped_column(String(100))
    suspended_at: Mapped[datetime] = mapped_column(Moment())
    lifted_on: Mapped[date | None] = mapped_column(Day)
    lifted_by: Mapped[str | None] = mapped_column(String(100))
    lift_reason: Mapped[str | None] = mapped_column(Text)

    __table_args__ = (
        CheckConstraint("kind IN ('legal_hold', 'investigation', 'safety')", name="kind"),
        CheckConstraint("quantity > 0", name="quantity_positive"),
        CheckConstraint(
            "(lifted_on IS NULL) = (lifted_by IS NULL) AND (lifted_on IS NULL) = (lift_reason IS NULL)",
            name="lifted_with_reason",
        ),
        CheckConstraint("lifted_on IS NULL OR lifted_on >= suspended_from", name="lifted_after_suspended"),
        ForeignKeyConstraint(["holding_id", "lot_id"], ["holding.id", "holding.lot_id"]),
    )


class Programme(Base):
    __tablename__ = "programme"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    profile_id: Mapped[int] = mapped_column(ForeignKey("policy_profile.id"), index=True)
    deadline: Mapped[date] = mapped_column(Day)
    methods: Mapped[list[str]] = mapped_column(JSON)
    safety_standards: Mapped[str | None] = mapped_column(Text)
    environmental_standards: Mapped[str | None] = mapped_column(Text)
    created_by: Mapped[str] = mapped_column(String(100))
    created_at: Mapped[datetime] = mapped_column(Moment())

    profile: Mapped[PolicyProfile] = relationship(lazy="joined")
    sites: Mapped[list[Site]] = relationship(secondary="programme_site", order_by="Site.code")


class ProgrammeSite(Base):
    __tablename__ = "programme_site"
    programme_id: Mapped[int] = mapped_column(ForeignKey("programme.id"), primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("site.id"), primary_key=True)


class DestructionTask(Base):
    __tablename__ = "destruction_task"
    id: Mapped[int] = mapped_column(primary_key=True)
    reference: Mapped[str] = mapped_column(String(60), unique=True)
    programme_id: Mapped[int | None] = mapped_column(ForeignKey("programme.id"), index=True)
    planned_on: Mapped[date] = mapped_column(Day, index=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("site.id"), index=True)
    method: Mapped[str] = mapped_column(String(32))
    status: Mapped[str] = mapped_column(String(12), index=True)
    created_by: Mapped[str] = mapped_column(String(100))
    created_at: Mapped[datetime] = mapped_column(Moment())
    closed_by: Mapped[str | None] = mapped_column(String(100))
    closed_at: Mapped[datetime | None] = mapped_column(Moment())
    close_note: Mapped[str | None] = mapped_column(Text)

    site: Mapped[Site] = relationship(lazy="joined")
    lines: Mapped[list[TaskLine]] = relationship(order_by="TaskLine.id")

    __table_args__ = (
        CheckConstraint("status IN ('open', 'closed', 'cancelled')", name="status"),
        CheckConstraint("(status = 'open') = (closed_by IS NULL)", name="closed_by_when_not_open"),
    )


class TaskLine(Base):
    __tablename__ = "task_line"
    id: Mapped[int] = mapped_column(primary_key=True)
    task_id: Mapped[int] = mapped_column(ForeignKey("destruction_task.id"))
    lot_id: Mapped[int] = mapped_column(ForeignKey("lot.id"), index=True)
    quantity: Mapped[int] = mapped_column(Integer)

    __table_args__ = (
        UniqueConstraint("task_id", "lot_id"),
        CheckConstraint("quantity > 0", name="quantity_positive"),
    )


class DestructionEvent(Base):
    __tablename__ = "destruction_event"
    id: Mapped[int] = mapped_column(primary_key=True)
    task_id: Mapped[int | None] = mapped_column(ForeignKey("destruction_task.id"), index=True)
    occurred_on: Mapped[date] = mapped_column(Day, index=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("site.id"), index=True)
    method: Mapped[str] = mapped_column(String(32))
    officer: Mapped[str] = mapped_column(String(200))
    witness: Mapped[str] = mapped_column(String(200))
    certificate_number: Mapped[str] = mapped_column(String(80), unique=True)
    notes: Mapped[str | None] = mapped_column(Text)
    recorded_by: Mapped[str] = mapped_column(String(100))
    recorded_at: Mapped[datetime] = mapped_column(Moment())
    verified_by: Mapped[str | None] = mapped_column(String(100))
    verified_on: Mapped[date | None] = mapped_column(Day)
    corrected_by: Mapped[str | None] = mapped_column(String(100))  # the last correction's author

    site: Mapped[Site] = relationship(lazy="joined")
    lines: Mapped[list[EventLine]] = relationship(order_by="EventLine.id")

    __table_args__ = (
        CheckConstraint("verified_by IS NULL OR verified_by <> recorded_by", name="four_eyes"),
        CheckConstraint("(verified_by IS NULL) = (verified_on IS NULL)", name="verified_on"),
        CheckConstraint("officer <> witness", name="witness_not_officer"),
        # ADV-C6 and adv-c6 are one certificate (migration 0020).
        Index("uq_destruction_event_lower_certificate_number", func.lower(column("certificate_number")), unique=True),
    )


class EventLine(Base):
    __tablename__ = "event_line"
    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("destruction_event.id"))
    lot_id: Mapped[int] = mapped_column(ForeignKey("lot.id"), index=True)
    quantity: Mapped[int] = mapped_column(Integer)
    certified_quantity: Mapped[int | None] = mapped_column(Integer)

    __table_args__ = (
        UniqueConstraint("event_id", "lot_id"),
        CheckConstraint("quantity >= 0", name="quantity_not_negative"),  # 0: corrected, it did not happen
        CheckConstraint("certified_quantity IS NULL OR certified_quantity >= 0", name="certified_not_negative"),
    )


class UnaccountedLoss(Base):
    """Mines shipped for a task and not destroyed at the site, or reported destroyed and not
    certified, when it was closed with an explanation (DOMAIN.md rule 6): still the state's, counted
    in every figure until resolutions account for them. Append-only, like the ledger."""

    __tablename__ = "unaccounted_loss"
    id: Mapped[int] = mapped_column(primary_key=True)
    task_id: Mapped[int] = mapped_column(ForeignKey("destruction_task.id"), index=True)
    lot_id: Mapped[int] = mapped_column(ForeignKey("lot.id"), index=True)
    quantity: Mapped[int] = mapped_column(Integer)
    explanation: Mapped[str] = mapped_column(Text)
    occurred_on: Mapped[date] = mapped_column(Day)  # the day the task was closed with the gap
    recorded_by: Mapped[str] = mapped_column(String(100))
    recorded_at: Mapped[datetime] = mapped_column(Moment())

    __table_args__ = (
        UniqueConstraint("task_id", "lot_id"),
        CheckConstraint("quantity > 0", name="quantity_positive"),
        CheckConstraint("length(explanation) > 0", name="explanation"),
    )


class LossResolution(Base):
    """What an investigation found for part or all of a loss: found and returned (its ledger entry),
    destroyed (its destruction event and certificate) or written off by an authority."""

    __tablename__ = "loss_resolution"
    id: Mapped[int] = mapped_column(primary_key=True)
    loss_id: Mapped[int] = mapped_column(ForeignKey("unaccounted_loss.id"), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    quantity: Mapped[int] = mapped_column(Integer)
    reference: Mapped[str] = mapped_column(String(120))
    resolved_on: Mapped[date] = mapped_column(Day)
    reason: Mapped[str] = mapped_column(Text)
    movement_id: Mapped[int | None] = mapped_column(ForeignKey("movement.id"))
    event_id: Mapped[int | None] = mapped_column(ForeignKey("destruction_event.id"))
    recorded_by: Mapped[str] = mapped_column(String(100))
    recorded_at: Mapped[datetime] = mapped_column(Moment())

    __table_args__ = (
        CheckConstraint("kind IN ('found_returned', 'destroyed', 'written_off')", name="kind"),
        CheckConstraint("quantity > 0", name="quantity_positive"),
        CheckConstraint("length(reference) > 0", name="reference"),
        CheckConstraint("(kind = 'found_returned') = (movement_id IS NOT NULL)", name="returned_entry"),
        CheckConstraint("(kind = 'destroyed') = (event_id IS NOT NULL)", name="destruction_event"),
    )


class AuditEntry(Base):
    """Append-only and hash-chained: each entry's hash covers the previous hash and its own fields."""

    __tablename__ = "audit_entry"
    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    at: Mapped[datetime] = mapped_column(Moment())
    user: Mapped[str] = mapped_column(String(100))
    action: Mapped[str] = mapped_column(String(60))
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[int | None] = mapped_column(Integer)
    before: Mapped[str | None] = mapped_column(Text)
    after: Mapped[str | None] = mapped_column(Text)
    reason: Mapped[str | None] = mapped_column(Text)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64), unique=True)
    # The digest of the rows this entry binds (its `audit_row`s, migration 0019); in `hash` when set.
    rows_hash: Mapped[str | None] = mapped_column(String(64))
    # The operating-system login it was written under (migration 0022): a claim the machine makes,
    # in `hash` when set. None for entries written before, and for those the upgrades write.
    os_login: Mapped[str | None] = mapped_column(String(100))

    __table_args__ = (Index("ix_audit_entry_entity", "entity", "entity_id"),)


class AuditRow(Base):
    """A row of the record as an audit entry left it: the digest of its content (None once the
    program deleted it). `db check` proves each row of the record equal to its newest digest, so a
    row written or changed outside the program is found. Append-only (migration 0019)."""

    __tablename__ = "audit_row"
    entry_id: Mapped[int] = mapped_column(ForeignKey("audit_entry.id"), primary_key=True)
    table_name: Mapped[str] = mapped_column(String(40), primary_key=True)
    row_key: Mapped[str] = mapped_column(String(64), primary_key=True)  # its id (a setting's key), as text
    digest: Mapped[str | None] = mapped_column(String(64))

    __table_args__ = (Index("ix_audit_row_table_name_row_key", "table_name", "row_key"),)


class AuditHead(Base):
    """One row: the newest audit entry. Updating it serialises writers on every database."""

    __tablename__ = "audit_head"
    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    last_id: Mapped[int] = mapped_column(Integer)
    last_hash: Mapped[str] = mapped_column(String(64))

    __table_args__ = (CheckConstraint("id = 1", name="single_row"),)


ARTICLE7_PARTS = (
    "('cover_state', 'cover_contact', 'cover_organisation', 'cover_phone', 'cover_email', "
    "'A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'submitted_on', 'submission_ref')"
)


class Article7Text(Base):
    """What the office wrote for a part of a year's Article 7 report (a cover detail, a text form,
    a table form's note). The newest for a year and part is in force; a change is a new row, so the
    history stays (append-only, migration 0017)."""

    __tablename__ = "article7_text"
    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(Integer)
    part: Mapped[str] = mapped_column(String(32))
    text: Mapped[str] = mapped_column(Text)
    written_by: Mapped[str] = mapped_column(String(100))
    written_at: Mapped[datetime] = mapped_column(Moment())

    __table_args__ = (
        Index("ix_article7_text_year_part", "year", "part"),
        CheckConstraint(f"part IN {ARTICLE7_PARTS}", name="part"),
        CheckConstraint("length(text) > 0", name="text"),
        CheckConstraint("year BETWEEN 1997 AND 9999", name="year"),
    )


class FrozenReport(Base):
    """A report as submitted (an Article 7 report for a year): its text is kept, so it prints the
    same forever; later corrections go into the next period. Append-only, like the ledger."""

    __tablename__ = "frozen_report"
    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(32))
    period: Mapped[str] = mapped_column(String(32))
    title: Mapped[str] = mapped_column(String(200))
    footer: Mapped[str] = mapped_column(Text)
    html: Mapped[str] = mapped_column(Text)
    csv: Mapped[str] = mapped_column(Text)
    sha256: Mapped[str] = mapped_column(String(64))
    frozen_by: Mapped[str] = mapped_column(String(100))
    frozen_at: Mapped[datetime] = mapped_column(Moment())

    __table_args__ = (UniqueConstraint("kind", "period"),)
