"""Compliance checks: the stockpile against the obligations of a policy profile. Each finding says
how serious it is, which rule, which lots or tasks, the quantities, and what to do."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import BigInteger, ColumnElement, FromClause, Row, cast, false, func, or_, select, true
from sqlalchemy.orm import Session

from ..db.models import (
    DestructionEvent,
    FrozenReport,
    Lot,
    MineType,
    Movement,
    PolicyProfile,
    RetentionDecision,
    Site,
)
from ..domain.deadlines import ReportDue, add_months, article7_reports_due, found_stock_due, years_named
from ..domain.enums import MovementKind, RetentionCategory, Rule, word
from ..domain.errors import InvalidInput
from ..domain.rules import forecast_completion, same_person
from ..i18n import profile_name, translate
from .balance import balances_on, derived_balance_query
from .base import Context
from .catalogue import active_profile, covered_mines, in_scope_where, profile_info
from .destruction import DestructionService
from .dto.catalogue import PolicyProfileInfo
from .dto.destruction import ProgrammeInfo, TaskInfo
from .dto.reports import Finding
from .finding_words import counted, days_between, days_named, figure, scope_words
from .held import found_after, held_changes, kept_as_permitted, recent_rate, surplus_ended
from .korea import KoreaReserve, beyond_requirement, korea_reserves
from .suspensions import suspended_near_deadline
from .unaccounted import loss_infos, written_off

ERROR, WARNING, INFO = "error", "warning", "info"
SEVERITIES = (ERROR, WARNING, INFO)
UNVERIFIED_DAYS = 30


@dataclass
class _Findings:
    items: list[Finding] = field(default_factory=list)

    def add(
        self,
        severity: str,
        rule: Rule,
        message: str,
        action: str,
        *,
        lots: Sequence[Sequence[Any]] = (),
        tasks: Iterable[str] = (),
        certificates: Iterable[str] = (),
        quantity: int = 0,
    ) -> None:
        """`lots` are (lot id, lot number) or (lot id, lot number, quantity) rows."""
        self.items.append(
            Finding(
                severity=severity,
                rule=rule,
                message=message,
                action=action,
                lots=tuple(lot[1] for lot in lots),
                tasks=tuple(tasks),
                certificates=tuple(certificates),
                quantity=quantity,
                lot_ids=tuple(lot[0] for lot in lots),
            )
        )


LotQuantities = list[tuple[int, str, int]]  # (lot id, lot number, quantity), as _Findings.add takes them


def _mines(lots: Sequence[tuple[int, str, int]]) -> int:
    """What the lots of a finding hold between them: its quantity, and the figure its message says."""
    return sum(quantity for *_lot, quantity in lots)


def _by_scope(
    policy: PolicyProfileInfo, lots: Sequence[Row[*tuple[Any, ...]]]
) -> tuple[list[tuple[Row[*tuple[Any, ...]], int]], LotQuantities]:
    """The lots the profile governs, each with the mines of one item it governs, and the mines it
    does not govern with their lots: shown apart, never counted against an obligation. A lot of a
    mixed type (Volcano: 1 AP + 5 AV) is on both sides. The covered lots are those with mines on
    hand (what the stock rules read); the mines not covered are those *held* (section 2: on hand and
    at destruction sites), as the status report and the stockpile page count them."""
    covered: list[tuple[Row[*tuple[Any, ...]], int]] = []
    not_covered: LotQuantities = []
    for lot in lots:
        per_item = policy.covered_per_item(lot.ap_per_item, lot.av_per_item, lot.activation)
        if per_item and lot.on_hand > 0:
            covered.append((lot, per_item))
        held = lot.on_hand + lot.at_destruction
        if lot.ap_per_item + lot.av_per_item > per_item and held > 0:
            not_covered.append((lot.id, lot.lot_number, held * (lot.ap_per_item + lot.av_per_item - per_item)))
    return covered, not_covered


def _stock_groups(
    policy: PolicyProfileInfo, lots: Sequence[tuple[Row[*tuple[Any, ...]], int]], beyond: dict[int, int]
) -> tuple[LotQuantities, LotQuantities, dict[str, LotQuantities], LotQuantities]:
    """The lots held in the profile's scope, with the mines of an item it governs, sorted into what
    the stock findings report, in those mines: unscheduled surplus (with the Korea reserve beyond
    the requirement, `beyond`), persistent mines held other than for training, retention the
    profile does not permit (by category) and Korea-reserved mines held outside Korea (when the
    profile asks that they be held there)."""
    unscheduled: LotQuantities = []
    persistent: LotQuantities = []
    outside: dict[str, LotQuantities] = defaultdict(list)
    korea_abroad: LotQuantities = []
    for lot, per_item in lots:
        lot_id, number, _type, sd_hours, sda, _site, country, on_hand, retained, category, scheduled, held, *_ = lot
        on_hand, retained, scheduled, held = (n * per_item for n in (on_hand, retained, scheduled, held))
        free = on_hand - retained - scheduled - held + beyond.get(lot_id, 0)  # suspended: their own finding
        if free > 0:
            unscheduled.append((lot_id, number, free))
        if sd_hours is None and not sda:
            kept_for_training = retained if category == RetentionCategory.ARTICLE3.value else 0
            if on_hand - kept_for_training > 0:
                persistent.append((lot_id, number, on_hand - kept_for_training))
        if category and category not in policy.permitted_retention:
            outside[category].append((lot_id, number, retained))
        # Where a reserve is held matters only where one may be kept: else all of it is surplus anyway.
        abroad = category == RetentionCategory.KOREA.value and country != "KR"
        if abroad and policy.korea_reserve_in_korea and category in policy.permitted_retention:
            korea_abroad.append((lot_id, number, retained))
    return unscheduled, persistent, outside, korea_abroad


def _korea(found: _Findings, policy: PolicyProfileInfo, reserves: Sequence[KoreaReserve]) -> None:
    """Korea-reserved mines beyond the requirement in force are surplus (korea-reserve); a reserve
    with no requirement has nothing to be measured against."""
    for reserve in reserves:
        if reserve.requirement is None:
            found.add(
                WARNING,
                Rule.KOREA_RESERVE,
                translate(
                    "Findings",
                    "{count} {type} mines are reserved for Korea and {profile} states no requirement for {type}",
                ).format(count=figure(reserve.reserved), type=reserve.designation, profile=profile_name(policy.name)),
                translate(
                    "Findings",
                    "state the requirement with its authority (Compliance > Policy profile, or profile korea)",
                ),
                lots=reserve.lots,
                quantity=reserve.reserved,
            )
        elif reserve.excess:
            stated, excess = reserve.requirement, _mines(reserve.excess)
            found.add(
                ERROR,
                Rule.KOREA_RESERVE,
                translate(
                    "Findings",
                    "{type}: {reserved} mines reserved for Korea, {required} mines required ({authority}, from "
                    "{date}): {excess} beyond it are surplus to destroy, counted in the last lots by lot number",
                ).format(
                    type=reserve.designation,
                    reserved=figure(reserve.reserved),
                    required=figure(stated.quantity),
                    authority=stated.authority_ref,
                    date=stated.valid_from.isoformat(),
                    excess=figure(excess),
                ),
                translate(
                    "Findings",
                    "release them to surplus and schedule their destruction, or state the higher requirement",
                ),
                lots=reserve.excess,
                quantity=excess,
            )


def task_mines(policy: PolicyProfileInfo, task: TaskInfo) -> tuple[int, int, int]:
    """A task's mines the profile governs, planned and not destroyed, and those it does not govern
    not destroyed: the one count of the overdue finding and the status report's overdue table."""
    planned = left = apart = 0
    for line in task.lines:
        per_item = policy.covered_per_item(line.ap_per_item, line.av_per_item, line.activation)
        planned += line.planned * per_item
        left += (line.planned - line.destroyed) * per_item
        apart += (line.planned - line.destroyed) * (line.mines_per_item - per_item)
    return planned, left, apart


def _overdue(found: _Findings, policy: PolicyProfileInfo, task: TaskInfo) -> None:
    """A late task is a deadline finding for the mines the profile governs; for the others it
    only informs."""
    covered = [
        line for line in task.lines if policy.covered_per_item(line.ap_per_item, line.av_per_item, line.activation)
    ]
    planned, left, apart = task_mines(policy, task)
    if left > 0:
        found.add(
            ERROR,
            Rule.DEADLINES,
            translate(
                "Findings", "task {task} was planned for {date} and {left} of {planned} are not destroyed"
            ).format(task=task.reference, date=task.planned_on.isoformat(), left=figure(left), planned=figure(planned)),
            translate("Findings", "carry it out or re-plan it"),
            tasks=[task.reference],
            lots=[(line.lot_id, line.lot_number) for line in covered],
            quantity=left,
        )
    else:
        found.add(
            INFO,
            Rule.DEADLINES,
            translate(
                "Findings",
                "task {task} was planned for {date} and {count} mines not covered by {profile} are not destroyed",
            ).format(
                task=task.reference,
                date=task.planned_on.isoformat(),
                count=figure(apart),
                profile=profile_name(policy.name),
            ),
            translate("Findings", "carry it out or re-plan it"),
            tasks=[task.reference],
            lots=[(line.lot_id, line.lot_number) for line in task.lines],
            quantity=apart,
        )


@dataclass(frozen=True)
class Completion:
    deadline: date
    completed_on: date | None


@dataclass(frozen=True)
class Deadline:
    """A deadline the checks judge the record against under a profile: the profile's own (Article 4:
    entry into force + its deadline years; `programme` None) or one of its programmes'."""

    day: date
    profile: str  # the profile's name, as stored (i18n.profile_name shows it)
    programme: str | None = None  # the programme's name; None for the profile's own deadline
    in_force: date | None = None  # the profile's entry into force, for its own deadline


def profile_deadlines(policy: PolicyProfileInfo, programmes: Iterable[ProgrammeInfo]) -> list[Deadline]:
    """The deadlines `check` judges under `policy`, by day: its own, when it sets one (`_deadline`),
    and each programme under it, with the programme's own date (`_programme_deadline`); another
    profile's programme is not this one's obligation. The one list the checks and the status report read."""
    own = [Deadline(policy.deadline, policy.name, None, policy.effective_on)] if policy.deadline else []
    under = [Deadline(p.deadline, policy.name, p.name) for p in programmes if p.profile_code == policy.code]
    return sorted([*own, *under], key=lambda d: (d.day, d.programme is not None, d.programme or ""))


@dataclass(frozen=True)
class _DeadlineState:
    surplus: int  # in scope, not found after the deadline, still to destroy
    unpermitted: int  # of it, retained for a reason the profile does not permit, or beyond it
    late_finds: dict[int, tuple[str, date]]
    surplus_of: dict[int, int]  # lot -> its surplus
    completed_on: date | None  # the day the last surplus mine left (meaningful when surplus is 0)
    written_off_then: int  # mines unaccounted for written off on that day


def _deadline_state(
    policy: PolicyProfileInfo,
    deadline: date,
    session: Session,
    balances: FromClause,
    today: date,
    korea_excess: dict[int, int],
) -> _DeadlineState:
    """The figures of the deadline finding and of the completion the report states: one count."""
    late_finds = found_after(session, in_scope_where(policy), deadline, today)
    changes = held_changes(session, policy, today)
    held: dict[int, int] = defaultdict(int)
    for lot_id, _day, change in changes:
        held[lot_id] += change
    kept = session.execute(
        select(balances.c.lot_id, balances.c.retention_category, covered_mines(balances.c.retained, policy))
        .select_from(balances)
        .join(Lot, Lot.id == balances.c.lot_id)
        .join(MineType, MineType.id == Lot.mine_type_id)
        .where(balances.c.retained > 0)
    ).all()
    unpermitted = 0
    for lot_id, category, retained in kept:
        if lot_id in held and lot_id not in late_finds:
            permitted = kept_as_permitted(policy, category, int(retained) - korea_excess.get(lot_id, 0))
            held[lot_id] -= permitted
            unpermitted += int(retained) - permitted
    surplus_of = {lot_id: quantity for lot_id, quantity in held.items() if quantity > 0}
    surplus = sum(int(q) for lot_id, q in surplus_of.items() if lot_id not in late_finds)
    ended = None if surplus else surplus_ended(session, policy, changes, late_finds, today)
    gone = -sum(
        n for lot_id, day, n in written_off(session, policy, today) if day == ended and lot_id not in late_finds
    )
    return _DeadlineState(surplus, unpermitted, late_finds, surplus_of, ended, gone)


class ComplianceService:
    def __init__(self, ctx: Context, destruction: DestructionService) -> None:
        self.ctx, self.destruction = ctx, destruction

    def findings(
        self, profile: str | None = None, unverified_days: int = UNVERIFIED_DAYS, as_of: date | None = None
    ) -> list[Finding]:
        """`as_of`: the findings as they stood at the end of that day, from the figures of that day."""
        today = self.ctx.today() if as_of is None else as_of
        balances = balances_on(as_of)
        found = _Findings()
        with self.ctx.read() as session:
            if profile is None:
                policy = profile_info(active_profile(session))
            else:
                row = session.scalar(select(PolicyProfile).where(PolicyProfile.code == profile))
                if row is None:
                    raise InvalidInput(
                        "profile", translate("Services", "no policy profile {profile}").format(profile=repr(profile))
                    )
                policy = profile_info(row)
            lots = session.execute(
                select(
                    Lot.id,
                    Lot.lot_number,
                    MineType.designation,
                    MineType.self_destruct_hours,
                    MineType.self_deactivating,
                    Site.code,
                    Site.country,
                    balances.c.on_hand,
                    balances.c.retained,
                    balances.c.retention_category,
                    balances.c.scheduled,
                    balances.c.suspended,
                    MineType.category,
                    MineType.activation,
                    MineType.ap_per_item,
                    MineType.av_per_item,
                    balances.c.at_destruction,
                )
                .join(balances, balances.c.lot_id == Lot.id)
                .join(MineType, MineType.id == Lot.mine_type_id)
                .join(Site, Site.id == Lot.site_id)
                .where(or_(balances.c.on_hand > 0, balances.c.at_destruction > 0))  # held (section 2)
                .order_by(Lot.lot_number)
            ).all()
            on_hand = [lot for lot in lots if lot.on_hand > 0]  # what the stock rules read
            korea = korea_reserves(session, policy, on_hand, today)
            beyond = beyond_requirement(session, policy, today, balances)
            self._stock(found, policy, lots, beyond)
            _korea(found, policy, korea)
            self._movements(found, policy, session, today)
            self._article3_rise(found, policy, session, today)
            self._deadline(found, policy, session, balances, today, beyond)
            self._article7(found, policy, session, today, as_of)
            unverified = session.execute(
                select(DestructionEvent.certificate_number, DestructionEvent.occurred_on).where(
                    or_(DestructionEvent.verified_on.is_(None), DestructionEvent.verified_on > today),
                    DestructionEvent.occurred_on < today - timedelta(days=unverified_days),
                )
            ).all()
            if unverified:
                found.add(
                    WARNING,
                    Rule.FOUR_EYES,
                    counted(
                        len(unverified),
                        translate("Findings", "{count} destruction certificate not verified after {days}"),
                        translate("Findings", "{count} destruction certificates not verified after {days}"),
                        days=counted(
                            unverified_days, translate("Findings", "{count} day"), translate("Findings", "{count} days")
                        ),
                    ),
                    translate("Findings", "have a second person verify them"),
                    certificates=[number for number, _on in unverified],
                )
            verified = session.execute(
                select(
                    DestructionEvent.certificate_number, DestructionEvent.recorded_by, DestructionEvent.verified_by
                ).where(DestructionEvent.verified_on <= today)
            ).all()  # compared here, not in SQL: "аlice" with a Cyrillic а is alice (rules.same_person)
            same = [number for number, recorder, verifier in verified if verifier and same_person(recorder, verifier)]
            if same:
                found.add(
                    ERROR,
                    Rule.FOUR_EYES,
                    counted(
                        len(same),
                        translate("Findings", "{count} certificate verified by its recorder"),
                        translate("Findings", "{count} certificates verified by their recorder"),
                    ),
                    translate("Findings", "have a second person verify them again"),
                    certificates=same,
                )
            self._tasks(found, policy, today, as_of)  # in the same snapshot
            self._suspended(found, policy, session, today)
            self._losses(found, session, today, as_of)
        if policy.withdrawal_effective_on is not None and policy.withdrawal_effective_on <= today:
            ended = translate("Findings", "{finding} (obligations under {profile} ended {date})")
            return [
                replace(
                    f,
                    severity=INFO,
                    message=ended.format(
                        finding=f.message,
                        profile=profile_name(policy.name),
                        date=policy.withdrawal_effective_on.isoformat(),
                    ),
                )
                for f in found.items
            ]
        if today < policy.effective_on:  # checked as of a day before it bound anyone
            before = translate("Findings", "{finding} ({profile} took effect only on {date})")
            return [
                replace(
                    f,
                    severity=INFO,
                    message=before.format(
                        finding=f.message, profile=profile_name(policy.name), date=policy.effective_on.isoformat()
                    ),
                )
                for f in found.items
            ]
        return sorted(found.items, key=lambda f: SEVERITIES.index(f.severity))  # errors first, else as checked

    def _stock(
        self, found: _Findings, policy: PolicyProfileInfo, lots: Sequence[Row[*tuple[Any, ...]]], beyond: dict[int, int]
    ) -> None:
        """`beyond`: lot -> mines reserved for Korea beyond the requirement (korea-reserve)."""
        covered, not_covered = _by_scope(policy, lots)
        unscheduled, persistent, outside, korea_abroad = _stock_groups(policy, covered, beyond)
        if not_covered:
            found.add(
                INFO,
                Rule.SCOPE,
                counted(
                    len(not_covered),
                    translate(
                        "Findings", "{mines} mines in {count} lot are not covered by {profile}, which governs {scope}"
                    ),
                    translate(
                        "Findings", "{mines} mines in {count} lots are not covered by {profile}, which governs {scope}"
                    ),
                    mines=figure(_mines(not_covered)),
                    profile=profile_name(policy.name),
                    scope=scope_words(policy),
                ),
                translate("Findings", "none required; they are shown apart and may be reported voluntarily (Form J)"),
                lots=not_covered,
                quantity=_mines(not_covered),
            )
        if unscheduled:
            found.add(
                WARNING,
                Rule.SURPLUS_TO_SCHEDULE,
                counted(
                    len(unscheduled),
                    translate("Findings", "{mines} surplus mines in {count} lot are not scheduled for destruction")
                    if not beyond
                    else translate(
                        "Findings",
                        "{mines} surplus mines in {count} lot are not scheduled for destruction, {beyond} of them "
                        "reserved for Korea beyond the requirement",
                    ),
                    translate("Findings", "{mines} surplus mines in {count} lots are not scheduled for destruction")
                    if not beyond
                    else translate(
                        "Findings",
                        "{mines} surplus mines in {count} lots are not scheduled for destruction, {beyond} of them "
                        "reserved for Korea beyond the requirement",
                    ),
                    mines=figure(_mines(unscheduled)),
                    beyond=figure(sum(beyond.values())),
                ),
                translate("Findings", "schedule them in a destruction task")
                if not beyond
                else translate(
                    "Findings",
                    "schedule them in a destruction task (those reserved for Korea beyond the requirement once "
                    "released to surplus)",
                ),
                lots=unscheduled,
                quantity=_mines(unscheduled),
            )
        for category, members in sorted(outside.items()):
            found.add(
                ERROR,
                Rule.POLICY,
                translate("Findings", "{count} mines retained as {category}, which {profile} does not permit").format(
                    count=figure(_mines(members)),
                    category=word(RetentionCategory(category)),
                    profile=profile_name(policy.name),
                ),
                translate("Findings", "release them to surplus, or record the authority"),
                lots=members,
                quantity=_mines(members),
            )
        if persistent:
            found.add(
                ERROR,
                Rule.PERSISTENT,
                translate("Findings", "{count} persistent mines (no SD, no SDA) held other than for training").format(
                    count=figure(_mines(persistent))
                ),
                translate(
                    "Findings",
                    "destroy them: schedule the surplus ones for destruction; those retained for a purpose other than "
                    "training cannot be scheduled: review their retention decision first",
                ),
                lots=persistent,
                quantity=_mines(persistent),
            )
        if korea_abroad:
            found.add(
                WARNING,
                Rule.KOREA_RESERVE,
                translate(
                    "Findings", "{count} Korea-reserved mines are held at sites outside the Republic of Korea"
                ).format(count=figure(_mines(korea_abroad))),
                translate("Findings", "check the reservation or move them"),
                lots=korea_abroad,
                quantity=_mines(korea_abroad),
            )

    def _movements(self, found: _Findings, policy: PolicyProfileInfo, session: Session, today: date) -> None:
        def lots_with(*conditions: ColumnElement[bool]) -> Sequence[Row[int, str, int]]:
            return session.execute(
                select(Lot.id, Lot.lot_number, cast(func.sum(covered_mines(Movement.quantity, policy)), BigInteger))
                .join(Lot, Lot.id == Movement.lot_id)
                .join(MineType, MineType.id == Lot.mine_type_id)
                .where(in_scope_where(policy), *conditions, Movement.occurred_on <= today)
                .group_by(Lot.id, Lot.lot_number)
                .order_by(Lot.lot_number)
            ).all()

        if policy.acquisition_banned_from is not None:
            received = lots_with(
                Movement.kind.in_([MovementKind.RECEIPT.value, MovementKind.TRANSFER_IN.value]),
                Movement.occurred_on >= policy.acquisition_banned_from,
                Movement.counterpart_id.is_(None),
            )
            if received:
                found.add(
                    ERROR,
                    Rule.ACQUISITION,
                    translate("Findings", "{count} mines received after {profile}'s acquisition ban ({date})").format(
                        count=figure(_mines(received)),
                        profile=profile_name(policy.name),
                        date=policy.acquisition_banned_from.isoformat(),
                    ),
                    translate("Findings", "explain the receipts to the authority"),
                    lots=received,
                    quantity=_mines(received),
                )
            # Stock taken on charge is no acquisition when the record starts (its first day of
            # entries); entered on a later day, it may hide one.
            started = session.scalar(select(func.min(Movement.recorded_at)))
            late = lots_with(
                Movement.kind == MovementKind.OPENING_BALANCE.value,
                Movement.recorded_at >= started + timedelta(days=1) if started else false(),
                Movement.occurred_on >= policy.acquisition_banned_from,
            )
            if late and started is not None:
                found.add(
                    WARNING,
                    Rule.ACQUISITION,
                    translate(
                        "Findings",
                        "{count} mines taken on charge as opening balances after the record was started ({started}), "
                        "dated after {profile}'s acquisition ban",
                    ).format(
                        count=figure(_mines(late)),
                        started=started.date().isoformat(),
                        profile=profile_name(policy.name),
                    ),
                    translate(
                        "Findings",
                        "if they were acquired, they are receipts: correct them; if they were held all along, "
                        "say where they were kept",
                    ),
                    lots=late,
                    quantity=_mines(late),
                )
        if policy.transfers_only_for_destruction:
            split_out = select(Movement.counterpart_id).where(Movement.counterpart_id.is_not(None))
            sent = lots_with(Movement.kind == MovementKind.TRANSFER_OUT.value, Movement.id.not_in(split_out))
            if sent:
                found.add(
                    ERROR,
                    Rule.TRANSFERS,
                    translate("Findings", "{count} mines transferred out not for destruction").format(
                        count=figure(-_mines(sent))
                    ),
                    translate("Findings", "document each transfer's purpose"),
                    lots=sent,
                    quantity=-_mines(sent),
                )

    def _article3_rise(self, found: _Findings, policy: PolicyProfileInfo, session: Session, today: date) -> None:
        if not policy.flags_retained_increase:
            return
        article3 = RetentionCategory.ARTICLE3.value

        def retained_at(day: date) -> int:
            """Article 3 stock at the end of `day`, as the status report counts it; only lots ever
            kept for Article 3 are derived, not the whole stockpile."""
            kept = (
                select(RetentionDecision.lot_id)
                .join(Lot, Lot.id == RetentionDecision.lot_id)
                .join(MineType, MineType.id == Lot.mine_type_id)
                .where(RetentionDecision.category == article3, in_scope_where(policy))
            )
            balances = derived_balance_query(kept, as_of=day).subquery()
            return int(
                session.execute(
                    select(func.coalesce(func.sum(covered_mines(balances.c.retained, policy)), 0))
                    .select_from(balances)
                    .join(Lot, Lot.id == balances.c.lot_id)
                    .join(MineType, MineType.id == Lot.mine_type_id)
                    .where(balances.c.retention_category == article3, balances.c.received > 0)
                ).scalar_one()
            )

        last, before = (retained_at(date(year, 12, 31)) for year in (today.year - 1, today.year - 2))
        if last > before:
            found.add(
                WARNING,
                Rule.ARTICLE3_MINIMUM,
                translate(
                    "Findings", "Article 3 retained stock rose from {before} ({earlier}) to {last} ({later})"
                ).format(before=figure(before), earlier=today.year - 2, last=figure(last), later=today.year - 1),
                translate("Findings", "justify the increase in the Article 7 report (Form D)"),
                quantity=last - before,
            )

    def deadlines(self) -> list[Deadline]:
        """The active profile's deadlines as `check` judges them (profile_deadlines)."""
        with self.ctx.read() as session:
            policy = profile_info(active_profile(session))
        return profile_deadlines(policy, self.destruction.programmes())

    def completion(self, as_of: date) -> Completion | None:
        """The active profile's stockpile destruction as it stood at the end of `as_of`: its deadline
        and the day it was completed (None while surplus is held), as the deadline finding says it;
        None for a profile with no deadline. The Article 7 report states it in Form G."""
        balances = balances_on(as_of)
        with self.ctx.read() as session:
            policy = profile_info(active_profile(session))
            deadline = policy.deadline
            if deadline is None:
                return None
            beyond = beyond_requirement(session, policy, as_of, balances)
            state = _deadline_state(policy, deadline, session, balances, as_of, beyond)
        return Completion(deadline, state.completed_on)

    def _deadline(
        self,
        found: _Findings,
        policy: PolicyProfileInfo,
        session: Session,
        balances: FromClause,
        today: date,
        korea_excess: dict[int, int],
    ) -> None:
        """Article 4 (deadlines): the profile's own deadline, with or without a programme; stocks found
        after it have six months. `korea_excess`: lot -> mines reserved beyond the requirement."""
        deadline = policy.deadline
        if deadline is None:
            return
        state = _deadline_state(policy, deadline, session, balances, today, korea_excess)
        self._found_stocks(found, state.late_finds, state.surplus_of, today)
        surplus = state.surplus
        if surplus and today <= deadline:
            forecast = forecast_completion(surplus, recent_rate(session, policy, state.late_finds, today), today)
            if forecast is None or forecast > deadline:
                when = forecast.isoformat()[:7] if forecast else translate("Findings", "never at the recent rate")
                found.add(
                    ERROR,
                    Rule.DEADLINES,
                    translate(
                        "Findings",
                        "{profile}: {count} surplus mines will not all be destroyed by the deadline, {deadline} "
                        "(forecast {when})",
                    ).format(
                        profile=profile_name(policy.name),
                        count=figure(surplus),
                        deadline=deadline.isoformat(),
                        when=when,
                    ),
                    translate("Findings", "raise the destruction rate or plan more tasks"),
                    quantity=surplus,
                )
        elif surplus:
            found.add(
                ERROR,
                Rule.DEADLINES,
                (
                    translate(
                        "Findings",
                        "{profile}: non-compliant since {deadline}: {count} surplus mines still held after the "
                        "deadline, {unpermitted} of them retained beyond what it permits",
                    )
                    if state.unpermitted
                    else translate(
                        "Findings",
                        "{profile}: non-compliant since {deadline}: {count} surplus mines still held after the "
                        "deadline",
                    )
                ).format(
                    profile=profile_name(policy.name),
                    deadline=deadline.isoformat(),
                    count=figure(surplus),
                    unpermitted=figure(state.unpermitted),
                ),
                translate("Findings", "destroy them as a matter of urgent priority and report the delay (Article 7)"),
                quantity=surplus,
            )
        else:
            self._completion(found, policy, deadline, state.completed_on, state.written_off_then)

    @staticmethod
    def _completion(
        found: _Findings, policy: PolicyProfileInfo, deadline: date, ended: date | None, written_off_then: int
    ) -> None:
        """A late completion is recorded, not forgotten: said as long as the record is checked. One
        that a write-off of unaccounted mines completed says so: they were not seen destroyed."""
        if ended is None:
            return
        late = (ended - deadline).days
        message = (
            counted(
                late,
                translate(
                    "Findings",
                    "{profile}: stockpile destruction completed {ended}, {count} day after the deadline ({deadline})",
                ),
                translate(
                    "Findings",
                    "{profile}: stockpile destruction completed {ended}, {count} days after the deadline ({deadline})",
                ),
                profile=profile_name(policy.name),
                ended=ended.isoformat(),
                deadline=deadline.isoformat(),
            )
            if late > 0
            else translate(
                "Findings", "{profile}: stockpile destruction completed on time {ended} (deadline {deadline})"
            ).format(profile=profile_name(policy.name), ended=ended.isoformat(), deadline=deadline.isoformat())
        )
        action = translate("Findings", "report the completion date in the Article 7 report")
        if written_off_then:
            message = translate(
                "Findings",
                "{finding}; on that day {count} mines unaccounted for were written off by an authority, not destroyed",
            ).format(finding=message, count=figure(written_off_then))
            action = translate(
                "Findings",
                "report the completion date in the Article 7 report, with the write-off and its authority: those "
                "mines were not seen destroyed",
            )
        found.add(INFO, Rule.DEADLINES, message, action)

    @staticmethod
    def _found_stocks(
        found: _Findings, late_finds: dict[int, tuple[str, date]], surplus_of: dict[int, int], today: date
    ) -> None:
        for lot_id, (number, found_on) in late_finds.items():
            surplus = int(surplus_of.get(lot_id, 0))
            if not surplus:
                continue
            due = found_stock_due(found_on)
            on_time = today <= due
            found.add(
                WARNING if on_time else ERROR,
                Rule.DEADLINES,
                (
                    translate(
                        "Findings",
                        "lot {lot}: {count} mines found on {found}, after the deadline, must be destroyed by {due}",
                    )
                    if on_time
                    else translate(
                        "Findings",
                        "lot {lot}: {count} mines found on {found}, after the deadline, non-compliant since {due}",
                    )
                ).format(lot=number, count=figure(surplus), found=found_on.isoformat(), due=due.isoformat()),
                translate("Findings", "destroy them as a matter of urgent priority (six months from discovery)"),
                lots=[(lot_id, number, surplus)],
                quantity=surplus,
            )

    def _article7(
        self, found: _Findings, policy: PolicyProfileInfo, session: Session, today: date, as_of: date | None
    ) -> None:
        """Article 7 reports owed and not yet frozen as submitted (for an earlier day, frozen by its
        end); only a profile with a treaty deadline reports under Article 7 (the US reports
        voluntarily). The first report frozen is taken as the initial one."""
        if not policy.party_to_treaty:
            return
        begins = session.scalar(select(func.min(Movement.occurred_on)).where(Movement.occurred_on <= today))
        if begins is None:
            return
        frozen_by = true() if as_of is None else FrozenReport.frozen_at <= datetime.combine(as_of, time.max)
        frozen = set(session.scalars(select(FrozenReport.period).where(FrozenReport.kind == "article7", frozen_by)))
        owed = [
            report
            for report in article7_reports_due(policy.effective_on, begins, today)
            if not (bool(frozen) if report.period is None else str(report.period) in frozen)
        ]
        late = [report for report in owed if today > report.due]
        if late:  # one finding, however many years: the others are not buried under them
            if len(late) > 1:
                message = translate(
                    "Findings",
                    "{count} Article 7 reports ({named}) were due by {due} at the latest and not frozen as submitted",
                ).format(count=figure(len(late)), named=_reports_named(late), due=late[-1].due.isoformat())
            elif late[0].period is None:
                message = translate(
                    "Findings", "the initial Article 7 report was due by {due} and is not frozen as submitted"
                ).format(due=late[0].due.isoformat())
            else:
                message = translate(
                    "Findings", "the Article 7 report for {year} was due by {due} and is not frozen as submitted"
                ).format(year=late[0].period, due=late[0].due.isoformat())
            found.add(
                ERROR,
                Rule.ARTICLE7_REPORTS,
                message,
                translate("Findings", "print each, have it signed and freeze it (Reports, Article 7 forms)"),
            )
        for report in owed:
            if today <= report.due:
                found.add(
                    WARNING,
                    Rule.ARTICLE7_REPORTS,
                    (
                        translate("Findings", "the initial Article 7 report is due by {due}")
                        if report.period is None
                        else translate("Findings", "the Article 7 report for {year} is due by {due}")
                    ).format(year=report.period, due=report.due.isoformat()),
                    translate("Findings", "print it, have it signed and freeze it (Reports, Article 7 forms)"),
                )

    def _tasks(self, found: _Findings, policy: PolicyProfileInfo, today: date, as_of: date | None) -> None:
        for task in self.destruction.tasks(status="open", as_of=as_of):
            if task.is_overdue(today):
                _overdue(found, policy, task)
            gap = sum(line.shipment_gap * line.mines_per_item for line in task.lines)
            if gap:
                found.add(
                    ERROR,
                    Rule.RECONCILIATION,
                    translate("Findings", "task {task}: {count} mines shipped and not reported destroyed").format(
                        task=task.reference, count=figure(gap)
                    ),
                    translate("Findings", "reconcile with the destruction site before closing"),
                    tasks=[task.reference],
                    lots=[(line.lot_id, line.lot_number) for line in task.lines if line.shipment_gap],
                    quantity=gap,
                )
            short = sum(line.uncertified * line.mines_per_item for line in task.lines)
            if short:  # counted destroyed until the task closes: not yet an unaccounted loss
                found.add(
                    ERROR,
                    Rule.RECONCILIATION,
                    translate(
                        "Findings",
                        "task {task}: its verified certificates certify {count} mines fewer than its events reported "
                        "destroyed",
                    ).format(task=task.reference, count=figure(short)),
                    translate(
                        "Findings",
                        "correct the destruction to what the certificate says, or close the task with an explanation "
                        "(the difference becomes an unaccounted loss)",
                    ),
                    tasks=[task.reference],
                    lots=[(line.lot_id, line.lot_number) for line in task.lines if line.uncertified],
                    quantity=short,
                )
        for programme in self.destruction.programmes():
            if programme.profile_code == policy.code:  # another profile's programme is not this one's obligation
                self._programme_deadline(found, policy, programme, today, as_of)

    def _suspended(self, found: _Findings, policy: PolicyProfileInfo, session: Session, today: date) -> None:
        """Suspended surplus within 12 months of the nearest deadline (the profile's, or one of its
        programmes'): a warning; after it, an error."""
        deadlines = [
            (
                d.day,
                translate("Findings", "programme {programme}").format(programme=d.programme)
                if d.programme
                else profile_name(d.profile),
            )
            for d in profile_deadlines(policy, self.destruction.programmes())
        ]
        if not deadlines or today < add_months(min(deadlines)[0], -12):
            return
        nearest = min(deadlines)
        severity = ERROR if today > nearest[0] else WARNING
        found.items.extend(suspended_near_deadline(session, policy, nearest, today, severity))

    @staticmethod
    def _losses(found: _Findings, session: Session, today: date, as_of: date | None) -> None:
        """Rule 6: each loss still unaccounted for, whatever its scope: the record is not reconciled.
        In items, as the task and its certificate count them, with the mines they hold."""
        for loss in loss_infos(session, as_of=as_of, open_only=True):
            found.add(
                ERROR,
                Rule.RECONCILIATION,
                (
                    translate(
                        "Findings",
                        "task {task}, lot {lot} ({type}): {items} items ({mines} mines) unaccounted for: shipped "
                        "{shipped}, task closed short {closed} ({ago})",
                    )
                    if loss.shipped
                    else translate(
                        "Findings",
                        "task {task}, lot {lot} ({type}): {items} items ({mines} mines) unaccounted for: task closed "
                        "short {closed} ({ago})",
                    )
                ).format(
                    task=loss.task_reference,
                    lot=loss.lot_number,
                    type=loss.type_designation,
                    items=figure(loss.unaccounted),
                    mines=figure(loss.unaccounted * loss.mines_per_item),
                    shipped=days_named(loss.shipped),
                    closed=loss.occurred_on.isoformat(),
                    ago=days_between(loss.occurred_on, today),
                ),
                translate(
                    "Findings",
                    "investigate: record them found and returned, destroyed with a certificate, or written off by an "
                    "authority (Resolve unaccounted loss)",
                ),
                tasks=[loss.task_reference],
                lots=[(loss.lot_id, loss.lot_number)],
                quantity=loss.unaccounted,
            )

    def _programme_deadline(
        self, found: _Findings, policy: PolicyProfileInfo, programme: ProgrammeInfo, today: date, as_of: date | None
    ) -> None:
        """A programme's own deadline: before it, on track or not; after it, non-compliant while
        mines are still to destroy. One that keeps the checked profile's Article 4 deadline is
        judged by `_deadline` already."""
        if programme.deadline == policy.deadline:
            return
        forecast = self.destruction.forecast(programme.id, as_of=as_of)
        if not forecast.remaining or (forecast.on_track and today <= programme.deadline):
            return
        if today > programme.deadline:
            message = translate(
                "Findings",
                "programme {programme}: non-compliant since {deadline}: {count} mines still to destroy (surplus, "
                "shipped but not yet reported destroyed, and unaccounted for)",
            ).format(
                programme=programme.name, deadline=programme.deadline.isoformat(), count=figure(forecast.remaining)
            )
        else:
            when = (
                forecast.forecast.isoformat()[:7]
                if forecast.forecast
                else translate("Findings", "never at the recent rate")
            )
            message = translate(
                "Findings",
                "programme {programme}: {count} mines still to destroy (surplus, shipped but not yet reported "
                "destroyed, and unaccounted for) will not all be destroyed by {deadline} (forecast {when})",
            ).format(
                programme=programme.name,
                count=figure(forecast.remaining),
                deadline=programme.deadline.isoformat(),
                when=when,
            )
        found.add(
            ERROR,
            Rule.DEADLINES,
            message,
            translate("Findings", "raise the destruction rate or plan more tasks"),
            quantity=forecast.remaining,
        )


def _reports_named(reports: Sequence[ReportDue]) -> str:
    """ "the initial report and 2000-2023, 2025": the years reported on, as runs (deadlines.years_named)."""
    span = years_named([report.period for report in reports if report.period is not None])
    if any(report.period is None for report in reports):
        return (
            translate("Findings", "the initial report and {years}").format(years=span)
            if span
            else translate("Findings", "the initial report")
        )
    return span
