"""The destruction plan: programmes, tasks (what is to be destroyed, where and how), shipments to a
destruction site, closing a task only when shipped = destroyed = certified per lot, and the
programmes' progress and forecast. The checks here are shared with the log (destruction_log.py)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from datetime import date, timedelta
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, case, func, or_, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from ..db.models import (
    DestructionEvent,
    DestructionTask,
    EventLine,
    Lot,
    MineType,
    PolicyProfile,
    Programme,
    Site,
    TaskLine,
)
from ..domain.enums import DestructionMethod, MovementKind, Rule, TaskStatus, word
from ..domain.errors import Discrepancy, InvalidInput, NotFound, RuleViolation
from ..domain.rules import (
    add_years,
    forecast_completion,
    month_start,
    optional_identifier,
    optional_text,
    require_date,
    require_positive,
    require_text,
)
from ..i18n import profile_name, translate
from . import audit, balance
from .base import Context, utc_now
from .catalogue import covered_mines, in_scope_where, profile_info
from .destruction_info import programme_info, task_info, task_infos
from .dto.catalogue import PolicyProfileInfo
from .dto.destruction import MonthProgress, ProgrammeForecast, ProgrammeInfo, ProgrammeProgress, TaskInfo
from .dto.lots import LotRow
from .finding_words import figure
from .korea import beyond_requirement
from .ledger import (
    Action,
    current_balance,
    find_site,
    get_lot,
    holding_at,
    lot_name,
    post_movement,
    post_pair,
    require_unchanged,
    require_unscheduled,
)
from .queries import contains_text
from .unaccounted import loss_infos, shipment_days, write_losses


def destruction_method(value: str) -> str:
    try:
        return DestructionMethod(value).value
    except ValueError:
        raise InvalidInput(
            "method",
            translate("Services", "{value} is not a destruction method ({choices})").format(
                value=repr(value), choices=", ".join(m.value for m in DestructionMethod)
            ),
        ) from None


def checked_lines(session: Session, lines: Mapping[int, int]) -> dict[int, tuple[Lot, int]]:
    """Lot id -> (lot, quantity); a bad line is named by its lot number."""
    if not isinstance(lines, Mapping):
        raise InvalidInput("lots", translate("Services", "give each lot with its quantity"))
    if not lines:
        raise InvalidInput("lots", translate("Services", "name at least one lot and quantity"))
    checked = {}
    for lot_id, quantity in lines.items():
        lot = get_lot(session, lot_id)
        checked[lot_id] = (
            lot,
            require_positive(
                "quantity", quantity, translate("Services", "lot {lot_number}: ").format(lot_number=lot.lot_number)
            ),
        )
    return checked


def _months_before(month: date, count: int) -> list[date]:
    result = []
    for _ in range(count):
        month = (month - timedelta(days=1)).replace(day=1)
        result.append(month)
    return result


def search_condition(
    entity: type[DestructionTask] | type[DestructionEvent],
    lines: Select[*tuple[Any, ...]],
    text: str,
    dialect: str,
    *own: InstrumentedAttribute[str | None],
) -> ColumnElement[bool]:
    """The condition behind the plan's and the log's search box: the text in one of the row's own
    columns (`own`), in its site's code or name, in its method's name as shown, or in one of its
    lots' numbers (`lines`: the row ids joined to their lots)."""
    methods = [m.value for m in DestructionMethod if text.casefold() in m.label.casefold()]
    sites = select(Site.id).where(or_(contains_text(Site.code, text, dialect), contains_text(Site.name, text, dialect)))
    return or_(
        *(contains_text(column, text, dialect) for column in own),
        entity.site_id.in_(sites),
        entity.method.in_(methods),
        entity.id.in_(lines.where(contains_text(Lot.lot_number, text, dialect))),
    )


def open_task(session: Session, task_id: int) -> DestructionTask:
    task = session.get(DestructionTask, task_id)
    if task is None:
        raise NotFound("destruction task", task_id)
    if task.status != TaskStatus.OPEN.value:
        raise RuleViolation(
            Rule.RECONCILIATION,
            translate("Services", "task {reference} is {status}").format(reference=task.reference, status=task.status),
        )
    return task


def require_in_task(task: DestructionTask, lot: Lot, planned: dict[int, int]) -> None:
    if lot.id not in planned:
        raise InvalidInput(
            "lots",
            translate("Services", "{lot} is not in task {reference}").format(
                lot=lot_name(lot), reference=task.reference
            ),
        )


def left_to_ship(session: Session, task: DestructionTask, lot: Lot) -> int:
    """What the task still plans to ship of a lot in it: neither shipped nor destroyed on site."""
    line = next(line for line in task_info(session, task).lines if line.lot_id == lot.id)
    return line.planned - line.shipped - line.on_site


class DestructionPlan:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx

    # -- programmes -------------------------------------------------------------------------------

    def create_programme(
        self,
        *,
        name: str,
        profile: str,
        sites: list[str],
        methods: list[str],
        deadline: date | None = None,
        safety_standards: str | None = None,
        environmental_standards: str | None = None,
    ) -> ProgrammeInfo:
        """Under a profile with a deadline rule (Ottawa: entry into force + 4 years) the deadline
        follows from the profile unless one is given."""
        name = require_text("name", name)
        if deadline is not None:
            require_date("deadline", deadline)
        if isinstance(methods, str) or not methods:
            raise InvalidInput("methods", translate("Services", "name at least one destruction method, as a list"))
        if isinstance(sites, str) or not isinstance(sites, list | tuple):
            raise InvalidInput("sites", translate("Services", "give the programme's sites as a list of site codes"))
        method_values = [destruction_method(m) for m in methods]
        with self.ctx.write() as session:
            policy = session.scalar(select(PolicyProfile).where(PolicyProfile.code == profile))
            if policy is None:
                raise InvalidInput(
                    "profile", translate("Services", "no policy profile {profile}").format(profile=repr(profile))
                )
            if deadline is None:
                if policy.deadline_years is None:
                    raise InvalidInput(
                        "deadline",
                        translate("Services", "{name} sets no deadline rule: give the date").format(
                            name=profile_name(policy.name)
                        ),
                    )
                deadline = add_years(policy.effective_on, policy.deadline_years)
            if session.scalar(select(Programme.id).where(Programme.name == name)):
                raise InvalidInput(
                    "name", translate("Services", "programme {name} already exists").format(name=repr(name))
                )
            programme = Programme(
                name=name,
                profile=policy,
                deadline=deadline,
                methods=method_values,
                safety_standards=optional_text("safety standards", safety_standards, lines=True),
                environmental_standards=optional_text("environmental standards", environmental_standards, lines=True),
                created_by=self.ctx.user,
                created_at=utc_now(),
            )
            programme.sites = [find_site(session, code) for code in sites]
            session.add(programme)
            session.flush()
            info = programme_info(programme)
            audit.record(session, self.ctx.user, "create_programme", "programme", programme.id, after=info.__dict__)
            return info

    def programmes(self) -> list[ProgrammeInfo]:
        with self.ctx.read() as session:
            return [programme_info(p) for p in session.scalars(select(Programme).order_by(Programme.deadline))]

    # -- tasks -------------------------------------------------------------------------------------

    def schedule(
        self,
        *,
        planned_on: date,
        site: str,
        method: str,
        lines: Mapping[int, int],
        programme_id: int | None = None,
        reference: str | None = None,
        seen: Iterable[LotRow] = (),
    ) -> TaskInfo:
        """Plan a destruction. Only unscheduled surplus can be planned (retention-lock, allocation). `seen`: the
        lots as the form showed them."""
        require_date("planned on", planned_on)
        method = destruction_method(method)
        with self.ctx.write() as session:
            require_unchanged(session, seen)
            checked = checked_lines(session, lines)
            task_site = find_site(session, site)
            if programme_id is not None:
                programme = session.get(Programme, programme_id)
                if programme is None:
                    raise InvalidInput(
                        "programme",
                        translate("Services", "no programme {programme_id}").format(programme_id=programme_id),
                    )
                if programme.sites and task_site not in programme.sites:
                    raise InvalidInput(
                        "site",
                        translate("Services", "site {site} is not one of programme {name}'s sites").format(
                            site=site, name=programme.name
                        ),
                    )
                if method not in programme.methods:
                    raise InvalidInput(
                        "method",
                        translate("Services", "{label} is not one of programme {name}'s methods").format(
                            label=word(DestructionMethod(method)), name=programme.name
                        ),
                    )
            reference = optional_identifier("reference", reference, 60) or self._next_reference(session, planned_on)
            if session.scalar(select(DestructionTask.id).where(DestructionTask.reference == reference)):
                raise InvalidInput(
                    "reference", translate("Services", "task {reference} already exists").format(reference=reference)
                )
            for lot, quantity in checked.values():
                require_unscheduled(lot, current_balance(session, lot), quantity, Action.SCHEDULE)
            task = DestructionTask(
                reference=reference,
                programme_id=programme_id,
                planned_on=planned_on,
                site=task_site,
                method=method,
                status=TaskStatus.OPEN.value,
                created_by=self.ctx.user,
                created_at=utc_now(),
            )
            session.add(task)
            session.flush()
            for lot, quantity in checked.values():
                session.add(TaskLine(task_id=task.id, lot_id=lot.id, quantity=quantity))
            session.flush()
            for lot, _quantity in checked.values():
                balance.refresh(session, lot)
            session.refresh(task)
            info = task_info(session, task)
            audit.record(
                session,
                self.ctx.user,
                "schedule",
                "destruction_task",
                task.id,
                after={
                    "reference": reference,
                    "planned_on": planned_on,
                    "site": site,
                    "method": method,
                    "lines": {str(k): v for k, v in lines.items()},
                },
            )
            return info

    def ship(self, task_id: int, *, on: date, lines: Mapping[int, int], document_ref: str) -> TaskInfo:
        """Mines leave the lot's home for the task's destruction site, on one document: the lot holds
        them there until they come back as a certified destruction of the same quantity, or are sent
        back, before the task closes."""
        with self.ctx.write() as session:
            return self.post_shipment(session, open_task(session, task_id), on, lines, document_ref)

    def post_shipment(
        self, session: Session, task: DestructionTask, on: date, lines: Mapping[int, int], document_ref: str
    ) -> TaskInfo:
        """`ship` inside the caller's transaction, for a task already found open."""
        document_ref = require_text("document reference", document_ref, 120)
        planned = {line.lot_id: line.quantity for line in task.lines}
        for lot, quantity in checked_lines(session, lines).values():
            require_in_task(task, lot, planned)
            left = left_to_ship(session, task, lot)
            if quantity > left:
                raise RuleViolation(
                    Rule.ALLOCATION,
                    translate("Services", "{lot}: task {reference} has {left} left to ship, not {quantity}").format(
                        lot=lot_name(lot), reference=task.reference, left=figure(left), quantity=figure(quantity)
                    ),
                    field="quantity",
                )
            post_pair(
                self.ctx,
                session,
                lot,
                (MovementKind.OUT_FOR_DESTRUCTION, MovementKind.IN_FOR_DESTRUCTION),
                quantity,
                on,
                document_ref,
                f"shipped for task {task.reference}",
                holding_at(session, lot),
                holding_at(session, lot, task.site, for_destruction=True),
                task_id=task.id,
            )
        info = task_info(session, task)
        audit.record(
            session,
            self.ctx.user,
            "ship",
            "destruction_task",
            task.id,
            after={"on": on, "document_ref": document_ref, "lines": {str(k): v for k, v in lines.items()}},
        )
        return info

    def return_shipped(
        self, task_id: int, *, on: date, lines: Mapping[int, int], document_ref: str, reason: str
    ) -> TaskInfo:
        """Mines shipped for the task come back from the destruction site to the lot's home, not
        destroyed: on hand again, no longer at destruction sites, and still planned by the task (to
        ship again, or to take out of it by closing it with an explanation)."""
        with self.ctx.write() as session:
            return self.post_return(session, open_task(session, task_id), on, lines, document_ref, reason)

    def post_return(
        self,
        session: Session,
        task: DestructionTask,
        on: date,
        lines: Mapping[int, int],
        document_ref: str,
        reason: str,
    ) -> TaskInfo:
        """`return_shipped` inside the caller's transaction, for a task already found open."""
        document_ref = require_text("document reference", document_ref, 120)
        reason = require_text("reason", reason, 2000, lines=True)
        planned = {line.lot_id: line.quantity for line in task.lines}
        for lot, quantity in checked_lines(session, lines).values():
            require_in_task(task, lot, planned)
            line = next(line for line in task_info(session, task).lines if line.lot_id == lot.id)
            if quantity > line.awaiting_destruction:
                raise RuleViolation(
                    Rule.CONSERVATION,
                    translate(
                        "Services",
                        "{lot}: {awaiting_destruction} shipped for task {reference} await destruction at "
                        "{code}; {quantity} cannot come back",
                    ).format(
                        lot=lot_name(lot),
                        awaiting_destruction=figure(line.awaiting_destruction),
                        reference=task.reference,
                        code=task.site.code,
                        quantity=figure(quantity),
                    ),
                    field="quantity",
                )
            shipped_on, _last = shipment_days(session, {task.id})[(task.id, lot.id)]  # they await, so some left
            if on < shipped_on:
                raise InvalidInput(
                    "date",
                    translate(
                        "Services", "{lot}: a return dated {on} is before the first shipment ({shipped_on})"
                    ).format(lot=lot_name(lot), on=on.isoformat(), shipped_on=shipped_on),
                )
            post_pair(
                self.ctx,
                session,
                lot,
                (MovementKind.SENT_BACK, MovementKind.SHIPMENT_RETURN),
                quantity,
                on,
                document_ref,
                reason,
                holding_at(session, lot, task.site, for_destruction=True),
                holding_at(session, lot),
                task_id=task.id,
            )
        info = task_info(session, task)
        audit.record(
            session,
            self.ctx.user,
            "return_shipped",
            "destruction_task",
            task.id,
            after={"on": on, "document_ref": document_ref, "lines": {str(k): v for k, v in lines.items()}},
            reason=reason,
        )
        return info

    def close_task(self, task_id: int, explanation: str | None = None) -> TaskInfo:
        """Close when shipped = destroyed = certified per lot; otherwise only with an explanation, and
        the mines shipped and not destroyed at the site, or certified fewer than reported, become
        unaccounted losses (rule 6)."""
        explanation = optional_text("explanation", explanation, lines=True)
        with self.ctx.write() as session:
            task = open_task(session, task_id)
            unverified = self._unverified(session, task)
            if unverified:
                raise RuleViolation(
                    Rule.FOUR_EYES,
                    translate(
                        "Services",
                        "task {reference} cannot close before its certificates are verified by a second "
                        "person: {choices}",
                    ).format(reference=task.reference, choices=", ".join(unverified)),
                )
            problems = self._discrepancies(session, task)
            if problems and explanation is None:
                raise Discrepancy(task.reference, problems)
            before = task_info(session, task)
            task.status = TaskStatus.CLOSED.value
            task.closed_by, task.closed_at = self.ctx.user, utc_now()
            task.close_note = explanation
            audit.record(
                session,
                self.ctx.user,
                "close_task",
                "destruction_task",
                task.id,
                before={"status": before.status},
                after={"status": task.status, "discrepancies": problems},
                reason=explanation,
            )
            if explanation is not None:  # mines not destroyed stay on the record (rule 6)
                write_losses(session, self.ctx.user, before, explanation, self.ctx.today())
                self._leave_destruction_site(session, task, before, explanation)
            self._refresh_lots(session, task)  # after the losses: destroyed then counts what was certified
            return task_info(session, task)

    def cancel_task(self, task_id: int, reason: str) -> TaskInfo:
        """Withdraw a plan that nothing was done for; its quantities return to unscheduled surplus."""
        reason = require_text("reason", reason, 2000, lines=True)
        with self.ctx.write() as session:
            task = open_task(session, task_id)
            for line in task_info(session, task).lines:
                if line.shipped or line.destroyed:
                    raise RuleViolation(
                        Rule.RECONCILIATION,
                        translate(
                            "Services",
                            "task {reference}: lot {lot_number} was already shipped or destroyed; close the task "
                            "instead",
                        ).format(reference=task.reference, lot_number=line.lot_number),
                    )
            task.status = TaskStatus.CANCELLED.value
            task.closed_by, task.closed_at, task.close_note = self.ctx.user, utc_now(), reason
            self._refresh_lots(session, task)
            audit.record(
                session,
                self.ctx.user,
                "cancel_task",
                "destruction_task",
                task.id,
                before={"status": "open"},
                after={"status": task.status},
                reason=reason,
            )
            return task_info(session, task)

    def discrepancies(self, task_id: int) -> list[str]:
        with self.ctx.read() as session:
            task = session.get(DestructionTask, task_id)
            if task is None:
                raise NotFound("destruction task", task_id)
            return self._discrepancies(session, task)

    def task(self, task_id: int) -> TaskInfo:
        with self.ctx.read() as session:
            task = session.get(DestructionTask, task_id)
            if task is None:
                raise NotFound("destruction task", task_id)
            return task_info(session, task)

    def tasks(
        self,
        *,
        status: str | None = None,
        lot_id: int | None = None,
        programme_id: int | None = None,
        text: str | None = None,
        as_of: date | None = None,
    ) -> list[TaskInfo]:
        """Tasks by planned date; `text` searches reference, site, method, lot numbers and the
        closing note, in the query. `as_of`: the tasks open at the end of that day, as they stood."""
        with self.ctx.read() as session:
            query = select(DestructionTask).order_by(DestructionTask.planned_on, DestructionTask.id)
            if as_of is not None:
                if status != TaskStatus.OPEN.value:
                    raise InvalidInput(
                        "as of", translate("Services", "only the tasks open on a day are read as of that day")
                    )
                query = query.where(balance.task_open_on(as_of))
            elif status is not None:
                query = query.where(DestructionTask.status == status)
            if programme_id is not None:
                query = query.where(DestructionTask.programme_id == programme_id)
            if lot_id is not None:
                query = query.where(DestructionTask.id.in_(select(TaskLine.task_id).where(TaskLine.lot_id == lot_id)))
            text = (text or "").strip()
            if text:
                query = query.where(
                    search_condition(
                        DestructionTask,
                        select(TaskLine.task_id).join(Lot, Lot.id == TaskLine.lot_id),
                        text,
                        self.ctx.engine.dialect.name,
                        DestructionTask.reference,
                        DestructionTask.close_note,
                    )
                )
            return task_infos(session, session.scalars(query).all(), as_of)

    # -- progress ----------------------------------------------------------------------------------

    def programme_progress(self, programme_id: int) -> ProgrammeProgress:
        """Planned and destroyed across the programme's tasks that were not cancelled, counting only
        the mines its profile governs, summed in the database (a national programme has thousands
        of tasks)."""
        with self.ctx.read() as session:
            policy = profile_info(self._programme(session, programme_id).profile)
            covered = in_scope_where(policy)
            planned = (
                select(TaskLine.task_id, func.sum(covered_mines(TaskLine.quantity, policy)).label("planned"))
                .join(Lot, Lot.id == TaskLine.lot_id)
                .join(MineType, MineType.id == Lot.mine_type_id)
                .where(covered)
                .group_by(TaskLine.task_id)
                .subquery()
            )
            destroyed = (
                select(
                    DestructionEvent.task_id,
                    func.sum(covered_mines(balance.destroyed_items(), policy)).label("destroyed"),
                )
                .join(EventLine, EventLine.event_id == DestructionEvent.id)
                .join(Lot, Lot.id == EventLine.lot_id)
                .join(MineType, MineType.id == Lot.mine_type_id)
                .where(covered)
                .group_by(DestructionEvent.task_id)
                .subquery()
            )
            is_open = DestructionTask.status == TaskStatus.OPEN.value
            done = func.coalesce(destroyed.c.destroyed, 0)
            overdue = and_(is_open, DestructionTask.planned_on < self.ctx.today(), done < planned.c.planned)
            row = session.execute(
                select(
                    func.coalesce(func.sum(planned.c.planned), 0).label("planned"),
                    func.coalesce(func.sum(done), 0).label("destroyed"),
                    func.count(case((is_open, 1))).label("open_tasks"),
                    func.count(case((overdue, 1))).label("overdue_tasks"),
                )
                .select_from(DestructionTask)
                .join(planned, planned.c.task_id == DestructionTask.id)
                .outerjoin(destroyed, destroyed.c.task_id == DestructionTask.id)
                .where(
                    DestructionTask.programme_id == programme_id, DestructionTask.status != TaskStatus.CANCELLED.value
                )
            ).one()
        return ProgrammeProgress(
            programme_id=programme_id,
            planned=int(row.planned),
            destroyed=int(row.destroyed),
            open_tasks=int(row.open_tasks),
            overdue_tasks=int(row.overdue_tasks),
        )

    def forecast(self, programme_id: int, recent_months: int = 6, as_of: date | None = None) -> ProgrammeForecast:
        """Monthly plan and destruction of the programme's own tasks, and the completion forecast
        for what it still has to destroy, from the rate of the last `recent_months` full months.
        Only mines its profile governs count. One snapshot: the tasks awaiting destruction and the
        surplus are counted at the same moment. `as_of`: as it stood at the end of that day."""
        today = self.ctx.today() if as_of is None else as_of
        with self.ctx.read() as session:
            programme = self._programme(session, programme_id)
            info, policy = programme_info(programme), profile_info(programme.profile)
            covered = in_scope_where(policy)
            ours = and_(
                DestructionTask.programme_id == programme_id, DestructionTask.status != TaskStatus.CANCELLED.value
            )
            live = and_(ours, balance.task_begun_by(as_of))  # the plan as it was on the record then
            planned_rows = session.execute(
                select(DestructionTask.planned_on, func.sum(covered_mines(TaskLine.quantity, policy)))
                .join(TaskLine, TaskLine.task_id == DestructionTask.id)
                .join(Lot, Lot.id == TaskLine.lot_id)
                .join(MineType, MineType.id == Lot.mine_type_id)
                .where(live, covered)
                .group_by(DestructionTask.planned_on)
            ).all()
            destroyed_rows = session.execute(
                select(DestructionEvent.occurred_on, func.sum(covered_mines(balance.destroyed_items(as_of), policy)))
                .join(EventLine, EventLine.event_id == DestructionEvent.id)
                .join(DestructionTask, DestructionTask.id == DestructionEvent.task_id)
                .join(Lot, Lot.id == EventLine.lot_id)
                .join(MineType, MineType.id == Lot.mine_type_id)
                # by the day it happened, as the ledger counts it, even if entered later
                .where(ours, covered, DestructionEvent.occurred_on <= today)
                .group_by(DestructionEvent.occurred_on)
            ).all()
            surplus, beyond, awaiting = self._still_to_destroy(session, programme_id, policy, as_of)
            unaccounted = sum(
                loss.unaccounted * policy.covered_per_item(loss.ap_per_item, loss.av_per_item, loss.activation)
                for loss in loss_infos(session, as_of=as_of, open_only=True)
                if loss.programme_id == programme_id
            )
        planned: dict[date, int] = defaultdict(int)
        destroyed: dict[date, int] = defaultdict(int)
        for day, quantity in planned_rows:
            planned[month_start(day)] += int(quantity)
        for day, quantity in destroyed_rows:
            destroyed[month_start(day)] += int(quantity)
        days = sorted(day for day, quantity in destroyed_rows if quantity)  # a day certified to none destroyed none
        months = sorted(set(planned) | set(destroyed))
        this_month = month_start(today)
        rate = sum(destroyed[m] for m in _months_before(this_month, recent_months)) / recent_months
        return ProgrammeForecast(
            programme=info,
            months=tuple(MonthProgress(month=m, planned=planned[m], destroyed=destroyed[m]) for m in months),
            surplus=surplus,
            beyond_requirement=beyond,
            awaiting=awaiting,
            unaccounted=unaccounted,
            recent_rate=rate,
            forecast=forecast_completion(surplus + awaiting + unaccounted, rate, today),
            began_on=days[0] if days else None,
            last_destroyed_on=days[-1] if days else None,
        )

    def _still_to_destroy(
        self, session: Session, programme_id: int, policy: PolicyProfileInfo, as_of: date | None
    ) -> tuple[int, int, int]:
        """(surplus, beyond, awaiting) of a programme, in its profile's scope: the surplus held (with
        the Korea reserve beyond the requirement, `beyond`), less what other programmes' (or no programme's) open tasks
        hold scheduled; the mines its own tasks shipped and that are not yet reported destroyed.
        `as_of`: at the end of that day."""
        balances = balance.balances_on(as_of)
        beyond = sum(beyond_requirement(session, policy, as_of or self.ctx.today(), balances).values())
        held = session.execute(
            select(func.coalesce(func.sum(covered_mines(balances.c.on_hand - balances.c.retained, policy)), 0))
            .select_from(balances)
            .join(Lot, Lot.id == balances.c.lot_id)
            .join(MineType, MineType.id == Lot.mine_type_id)
            .where(in_scope_where(policy))
        ).scalar_one()
        own, elsewhere = 0, 0
        for task in self.tasks(status="open", as_of=as_of):
            for line in task.lines:
                per_item = policy.covered_per_item(line.ap_per_item, line.av_per_item, line.activation)
                if task.programme_id == programme_id:
                    own += line.awaiting_destruction * per_item
                else:
                    elsewhere += line.scheduled_on_hand * per_item
        return int(held) + beyond - elsewhere, beyond, own

    def _programme(self, session: Session, programme_id: int) -> Programme:
        programme = session.get(Programme, programme_id)
        if programme is None:
            raise NotFound("programme", programme_id)
        return programme

    # -- helpers ------------------------------------------------------------------------------------

    def _leave_destruction_site(
        self, session: Session, task: DestructionTask, before: TaskInfo, explanation: str
    ) -> None:
        """Mines still awaiting destruction when the task closes short leave its site's holdings as an
        unaccounted loss entry: no longer at destruction sites, still the state's until resolved."""
        for line in before.lines:
            if line.awaiting_destruction > 0:
                lot = get_lot(session, line.lot_id)
                post_movement(
                    self.ctx,
                    session,
                    lot,
                    MovementKind.UNACCOUNTED_LOSS,
                    -line.awaiting_destruction,
                    self.ctx.today(),
                    task.reference,
                    explanation,
                    task_id=task.id,
                    holding=holding_at(session, lot, task.site, for_destruction=True),
                )

    def _refresh_lots(self, session: Session, task: DestructionTask) -> None:
        session.flush()
        for line in task.lines:
            balance.refresh(session, get_lot(session, line.lot_id))

    def _discrepancies(self, session: Session, task: DestructionTask) -> list[str]:
        """What keeps a task from closing as planned, in the window's language."""
        problems = [
            translate("Services", "certificate {certificate} is not verified").format(certificate=number)
            for number in self._unverified(session, task)
        ]
        problems_unverified = bool(problems)
        for line in task_info(session, task).lines:
            if line.shipped and line.at_destruction_site != line.shipped:
                problems.append(
                    translate(
                        "Services", "lot {lot}: shipped {shipped}, destroyed at the destruction site {destroyed}"
                    ).format(
                        lot=line.lot_number, shipped=figure(line.shipped), destroyed=figure(line.at_destruction_site)
                    )
                )
            elif line.destroyed != line.planned:
                problems.append(
                    translate("Services", "lot {lot}: planned {planned}, destroyed {destroyed}").format(
                        lot=line.lot_number, planned=figure(line.planned), destroyed=figure(line.destroyed)
                    )
                )
            if not problems_unverified and line.certified != line.destroyed:
                problems.append(
                    translate("Services", "lot {lot}: destroyed {destroyed}, certified {certified}").format(
                        lot=line.lot_number, destroyed=figure(line.destroyed), certified=figure(line.certified)
                    )
                )
        return problems

    def _unverified(self, session: Session, task: DestructionTask) -> list[str]:
        return list(
            session.scalars(
                select(DestructionEvent.certificate_number).where(
                    DestructionEvent.task_id == task.id, DestructionEvent.verified_by.is_(None)
                )
            )
        )

    def _next_reference(self, session: Session, planned_on: date) -> str:
        prefix = f"T-{planned_on.year}-"
        count = session.execute(select(func.count()).where(DestructionTask.reference.startswith(prefix))).scalar_one()
        number = count + 1
        while session.scalar(select(DestructionTask.id).where(DestructionTask.reference == f"{prefix}{number:03d}")):
            number += 1
        return f"{prefix}{number:03d}"
