"""The first screen: the deadline, the stock in three figures that visibly add up, progress against
plan, the burn-down and composition charts, and the compliance findings, each of which opens the
lots, tasks or certificates it names."""

from __future__ import annotations

from html import escape

from PySide6.QtCharts import QChart, QChartView
from PySide6.QtCore import QEvent, QRect, QSize, Qt, Signal
from PySide6.QtGui import QFont, QPainter, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLayoutItem,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ..i18n import QT_TRANSLATE_NOOP, language_in_use, profile_name, translate
from ..reports.progress import composition_chart, progress_chart
from ..services import Changes, Stockpile
from ..services.compliance import ERROR, INFO, WARNING
from ..services.dto.reports import Dashboard, Finding
from . import icons
from .charts import build_chart, follow_palette
from .figures import counted, day, figure, percent, word
from .operations import LatestRead
from .table_model import PROBLEM_TINT, ROW_ROLE, Column, RecordTableModel
from .widgets import (
    ChoiceCombo,
    FitColumns,
    ReadNote,
    alarm_colour,
    labelled,
    numeric_font,
    plain_label,
    record_table,
)

CHART_HEIGHT = 240  # pixels at least: each bar of the composition chart has its label (QtCharts drops the rest)
FINDINGS_HEIGHT = 80  # pixels at least: the findings' table, a header and two rows
NAMED_SHOWN = 1000  # a finding can name every lot in the stockpile; the list shows this many
WIDTH_STEP = 4  # pixels: the figures' boxes are balanced to this
KIND_ROLE = Qt.ItemDataRole.UserRole + 3
SEVERITIES = {
    ERROR: QT_TRANSLATE_NOOP("DashboardView", "ERROR"),
    WARNING: QT_TRANSLATE_NOOP("DashboardView", "WARNING"),
    INFO: QT_TRANSLATE_NOOP("DashboardView", "INFO"),
}


class Figure(QFrame):
    """One number that matters, large, with a line saying what it is made of."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = QLabel(title)
        self.title.setWordWrap(True)  # a long title in French or Spanish takes two lines, never cut
        self.value = plain_label()
        self.value.setObjectName("figure_value")
        font = numeric_font()
        font.setPointSizeF(font.pointSizeF() * 1.9)
        font.setWeight(QFont.Weight.DemiBold)
        self.value.setFont(font)
        self.detail = plain_label()
        self.detail.setWordWrap(True)
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(10, 6, 10, 6)
        self.column.setSpacing(2)
        self.column.addWidget(self.title)
        self.column.addWidget(self.value)
        self.column.addWidget(self.detail)
        self.column.addStretch()

    def show_figure(self, value: str, detail: str, alarm: bool = False) -> None:
        self.value.setText(value)
        self.value.setStyleSheet(f"color: {alarm_colour(self.palette())};" if alarm else "")
        self.detail.setText(detail)


class BalancedRow(QLayout):
    """Boxes side by side, as low as the row can be: each as wide as its lines need for that height
    (a long detail gets the width a short one does not use), the width left over shared equally.
    Every box shows all its lines at the row's height (heightForWidth), none cut at the bottom."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._balanced: dict[int, tuple[int, list[int]]] = {}  # by width: the row's height, each box's width
        self._heights: dict[tuple[int, int], int] = {}  # by box and width: its height
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)
        self.invalidate()

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        if not 0 <= index < len(self._items):
            return None
        item = self._items.pop(index)
        self.invalidate()
        return item

    def invalidate(self) -> None:
        self._balanced.clear()  # a text changed: its box wants another width
        self._heights.clear()
        super().invalidate()

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation.Horizontal

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._balance(width)[0]

    def minimumSize(self) -> QSize:
        width = sum(item.minimumSize().width() for item in self._items) + self._gaps()
        return QSize(width, self.heightForWidth(self.sizeHint().width()))

    def sizeHint(self) -> QSize:
        width = sum(max(item.sizeHint().width(), item.minimumSize().width()) for item in self._items) + self._gaps()
        return QSize(width, self.heightForWidth(width))

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        _height, widths = self._balance(rect.width())
        x = rect.x()
        for item, width in zip(self._items, widths, strict=True):
            item.setGeometry(QRect(x, rect.y(), width, rect.height()))
            x += width + self._spacing()

    def _spacing(self) -> int:
        return max(self.spacing(), 0)

    def _gaps(self) -> int:
        return self._spacing() * max(len(self._items) - 1, 0)

    def _balance(self, width: int) -> tuple[int, list[int]]:
        if width not in self._balanced:
            self._balanced[width] = self._lowest(width)
        return self._balanced[width]

    def _lowest(self, width: int) -> tuple[int, list[int]]:
        """The lowest height at which every box fits side by side in `width`, and their widths."""
        room = width - self._gaps()
        least = [item.minimumSize().width() for item in self._items]
        boxes = range(len(self._items))
        if not self._items:
            return 0, []
        if sum(least) >= room:  # narrower than the boxes can be: each at its least
            return max(map(self._height_at, boxes, least)), least

        def narrowest(height: int) -> list[int]:
            return [self._width_for(box, height, least[box], room) for box in boxes]

        low = max(self._height_at(box, room) for box in boxes)
        high = max(map(self._height_at, boxes, least))
        while low < high:  # the lowest height whose narrowest widths fit in the room
            middle = (low + high) // 2
            if sum(narrowest(middle)) <= room:
                high = middle
            else:
                low = middle + 1
        widths = narrowest(low)
        spare = room - sum(widths)
        return low, [w + spare // len(widths) + (1 if i < spare % len(widths) else 0) for i, w in enumerate(widths)]

    def _height_at(self, box: int, width: int) -> int:
        if (box, width) not in self._heights:  # laying out a box's text is slow: each width once
            item = self._items[box]
            self._heights[box, width] = (
                item.heightForWidth(width) if item.hasHeightForWidth() else item.sizeHint().height()
            )
        return self._heights[box, width]

    def _width_for(self, box: int, height: int, floor: int, ceiling: int) -> int:
        """The narrowest width from `floor` at which the box is no higher than `height` (`ceiling` if
        none), to WIDTH_STEP pixels: within a few pixels the same lines."""
        low, high = 0, max(ceiling - floor, 0) // WIDTH_STEP
        while low < high:
            middle = (low + high) // 2
            if self._height_at(box, floor + middle * WIDTH_STEP) <= height:
                high = middle
            else:
                low = middle + 1
        return min(floor + low * WIDTH_STEP, ceiling)


class DashboardView(QWidget):
    open_lot = Signal(int)  # lot id
    open_task = Signal(str)  # task reference
    open_certificate = Signal(str)  # certificate number
    profile_requested = Signal()
    # what the page shows: redrawn when a write changes any of it
    shows = Changes.LOTS | Changes.TASKS | Changes.EVENTS | Changes.CATALOGUE_CORRECTED | Changes.PROFILE

    def __init__(self, sp: Stockpile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sp = sp
        self.data: Dashboard | None = None
        self.figures_read = LatestRead(self)
        self.findings_read = LatestRead(self)
        self.checks_failed = False
        self.note = ReadNote(
            translate("DashboardView", "Loading the dashboard's figures..."),
            translate("DashboardView", "The dashboard's figures could not be read: {error}"),
        )
        self.programme_combo = ChoiceCombo()
        self.deadline = Figure(translate("DashboardView", "Deadline"))
        # The headline's basis in its titles: on hand is all the stock, retained and surplus the
        # stock the active profile governs (the rest is in each detail, "more not covered").
        self.on_hand = Figure(translate("DashboardView", "Mines held, all stock"))
        self.retained = Figure(translate("DashboardView", "Retained, covered"))
        self.surplus = Figure(translate("DashboardView", "Surplus, covered"))
        self.destroyed_this_year = Figure(
            translate("DashboardView", "Destroyed this year")
        )  # not `destroyed`: QObject's signal
        self.plan = Figure(translate("DashboardView", "Progress to the deadline"))
        self.plan_bar = QProgressBar()
        self.plan_bar.setTextVisible(False)  # the figure above says it, rounded the same way
        self.plan.column.insertWidget(2, self.plan_bar)
        figures = BalancedRow()
        for box in (self.deadline, self.on_hand, self.retained, self.surplus, self.destroyed_this_year, self.plan):
            figures.addWidget(box)
        self.burn_down = QChartView()
        self.composition = QChartView()
        for view in (self.burn_down, self.composition):
            view.setRenderHint(QPainter.RenderHint.Antialiasing)
            view.setMinimumHeight(CHART_HEIGHT)
        self.burn_down.setAccessibleName(
            translate("DashboardView", "Burn-down chart: planned and destroyed by month, and the forecast")
        )
        self.composition.setAccessibleName(translate("DashboardView", "Stock by type chart: retained and surplus"))
        charts = QSplitter()
        charts.addWidget(self.burn_down)
        charts.addWidget(self.composition)
        charts.setSizes([450, 550])  # the bars' legend has the longer words (at destruction sites, not covered)
        self.findings_label = QLabel()
        self.findings_model = RecordTableModel(
            [
                Column(
                    QT_TRANSLATE_NOOP("DashboardView", "Severity"),
                    lambda f: translate("DashboardView", SEVERITIES[f.severity]),
                ),
                Column(QT_TRANSLATE_NOOP("DashboardView", "Rule"), lambda f: word(f.rule), elide=True),
                Column(QT_TRANSLATE_NOOP("DashboardView", "Finding"), lambda f: f.message, elide=True),
                Column(QT_TRANSLATE_NOOP("DashboardView", "What to do"), lambda f: f.action, elide=True),
                Column(QT_TRANSLATE_NOOP("DashboardView", "Quantity"), lambda f: f.quantity or None, numeric=True),
            ],
            self,
            context="DashboardView",
        )
        self.findings_model.row_tint = lambda f: PROBLEM_TINT if f.severity == ERROR else None
        self.findings_model.row_icon = lambda f, column: (
            (icons.overdue() if f.severity == ERROR else icons.surplus() if f.severity == WARNING else None)
            if column == 0
            else None
        )
        self.findings_table = record_table(self.findings_model, translate("DashboardView", "Compliance findings"))
        self.findings_table.setFont(numeric_font())
        FitColumns(self.findings_table)
        self.findings_table.setMinimumHeight(FINDINGS_HEIGHT)
        self.named_label = plain_label(
            translate("DashboardView", "Select a finding to see what it names; double-click one to open it.")
        )
        self.named_label.setWordWrap(True)
        self.named_list = QListWidget()
        self.named_list.setAccessibleName(translate("DashboardView", "What the selected finding names"))
        named = QWidget()
        named_layout = QVBoxLayout(named)
        named_layout.setContentsMargins(0, 0, 0, 0)
        named_text = QScrollArea()  # a long finding scrolls rather than being cut when space is short
        named_text.setWidget(self.named_label)
        named_text.setAccessibleName(translate("DashboardView", "The selected finding"))
        named_text.setWidgetResizable(True)
        named_text.setFrameShape(QFrame.Shape.NoFrame)
        named_layout.addWidget(named_text, 1)
        named_layout.addWidget(self.named_list, 1)
        for part in (named_text, self.named_list):  # each scrolls: the charts above keep their height
            part.setMinimumHeight(FINDINGS_HEIGHT // 2)
        findings = QSplitter()
        findings.addWidget(self.findings_table)
        findings.addWidget(named)
        findings.setStretchFactor(0, 4)
        findings.setStretchFactor(1, 1)
        self.profile_label = QLabel()
        profile_button = QPushButton(translate("DashboardView", "Policy profile..."))
        profile_button.clicked.connect(self.profile_requested)
        heading = QHBoxLayout()  # the findings, and the profile they are checked against
        heading.addWidget(self.findings_label)
        heading.addStretch()
        heading.addWidget(self.profile_label)
        heading.addWidget(profile_button)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addLayout(heading)
        lower_layout.addWidget(findings, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(charts)
        self.splitter.addWidget(lower)
        self.splitter.setSizes([330, 260])
        self.programme_combo.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)  # never cut
        top = QHBoxLayout()
        top.addWidget(labelled(translate("DashboardView", "Programme"), self.programme_combo))
        top.addWidget(self.programme_combo)
        top.addStretch()
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.note)
        layout.addLayout(figures)
        layout.addWidget(self.splitter, 1)
        self.programme_combo.currentIndexChanged.connect(lambda _index: self._show_programme())
        self.findings_table.selectionModel().currentRowChanged.connect(lambda *_: self._show_named())
        self.findings_table.doubleClicked.connect(lambda _index: self._open_only_named())
        self.named_list.itemActivated.connect(self._open)

    def refresh(self) -> None:
        """The programme chosen stays chosen; at first, the one whose deadline comes next."""
        self.programme_combo.set_choices(
            [
                (translate("DashboardView", "{name} (deadline {day})").format(name=p.name, day=day(p.deadline)), p.id)
                for p in self.sp.destruction.programmes()
            ]
            or [(translate("DashboardView", "none yet"), None)]
        )
        self._show_programme()
        profile = self.sp.catalogue.active_profile()
        self.profile_label.setText(
            translate("DashboardView", "checked against <b>{profile}</b>").format(
                profile=escape(profile_name(profile.name))
            )
        )
        self._check()

    @property
    def loading(self) -> bool:
        return self.figures_read.loading

    @property
    def findings_pending(self) -> bool:
        return self.findings_read.loading

    def _show_programme(self) -> None:
        """Figures and charts for the chosen programme, read in the background (a national
        forecast takes longer than a window may freeze); the findings do not depend on it."""
        overview = self.sp.overview
        chosen = self.programme_combo.value if self.data is not None else None
        self.figures_read.start(lambda: overview.dashboard(chosen), self._show_data, self.note.failed)
        self.note.loading()  # the figures shown until then are the last read's

    def _show_data(self, data: Dashboard) -> None:
        self.note.done()
        self.data = data
        if data.programme is not None:
            self.programme_combo.blockSignals(True)
            self.programme_combo.value = data.programme.forecast.programme.id
            self.programme_combo.blockSignals(False)
        self._show_figures(data)
        self._show_charts(data)

    def _check(self) -> None:
        """The checks run in the background too, and take longer: the findings show when ready."""
        self.findings_label.setText(translate("DashboardView", "<b>Findings:</b> checking the record..."))
        compliance = self.sp.compliance
        self.findings_read.start(lambda: tuple(compliance.findings()), self._show_findings, self._checks_failed)

    def _show_findings(self, findings: tuple[Finding, ...]) -> None:
        self.checks_failed = False
        self.findings_model.set_rows(findings)
        counts = {level: sum(1 for f in findings if f.severity == level) for level in (ERROR, WARNING, INFO)}
        self.findings_label.setText(
            translate("DashboardView", "<b>Findings:</b> {errors}, {warnings}, {info} for information").format(
                errors=counted(
                    counts[ERROR],
                    translate("DashboardView", "{count} error"),
                    translate("DashboardView", "{count} errors"),
                ),
                warnings=counted(
                    counts[WARNING],
                    translate("DashboardView", "{count} warning"),
                    translate("DashboardView", "{count} warnings"),
                ),
                info=figure(counts[INFO]),
            )
            if findings
            else translate("DashboardView", "<b>Findings:</b> none - every check passes")
        )
        self._show_named()

    def _checks_failed(self, exc: Exception) -> None:
        self.checks_failed = True  # no findings shown is then no all-clear
        self.findings_model.set_rows([])
        self.findings_label.setText(
            translate("DashboardView", "<b>Findings:</b> the checks could not run: {error}").format(
                error=escape(str(exc))
            )
        )

    def _show_figures(self, data: Dashboard) -> None:
        """Each figure's detail is lines of whole sentences, the optional ones left out."""
        totals, today, scope = data.totals, data.as_of, data.scope
        covered, apart = scope.covered, scope.not_covered
        held = (
            translate(
                "DashboardView",
                "mines = {covered} {scope} (retained {retained} + surplus {surplus} "
                "+ at destruction sites {at_destruction})",
            )
            if covered.at_destruction
            else translate("DashboardView", "mines = {covered} {scope} (retained {retained} + surplus {surplus})")
        )
        lots = counted(
            data.lots_holding,
            translate("DashboardView", "in {count} lot"),
            translate("DashboardView", "in {count} lots"),
        )
        if totals.held != scope.whole.held:
            lots = translate("DashboardView", "{lots} ({items} items)").format(lots=lots, items=figure(totals.held))
        self.on_hand.show_figure(
            figure(scope.whole.held),
            _lines(
                held.format(
                    covered=figure(covered.held),
                    scope=scope.covered_label,
                    retained=figure(covered.retained),
                    surplus=figure(covered.surplus),
                    at_destruction=figure(covered.at_destruction),
                ),
                translate("DashboardView", "+ {count} {scope}").format(
                    count=figure(apart.held), scope=scope.not_covered_label
                ),
                lots,
            ),
        )
        more_not_covered = translate("DashboardView", "({count} more {scope})")
        self.retained.show_figure(
            figure(covered.retained),
            _lines(
                translate("DashboardView", "kept for a reason the profile permits, or flagged below"),
                covered.beyond_requirement
                and translate(
                    "DashboardView", "({count} more reserved for Korea beyond the requirement: surplus)"
                ).format(count=figure(covered.beyond_requirement)),
                more_not_covered.format(count=figure(apart.retained), scope=scope.not_covered_label),
            ),
        )
        unaccounted = data.losses.covered.unaccounted
        self.surplus.show_figure(
            figure(covered.surplus),
            _lines(
                translate(
                    "DashboardView",
                    "to destroy under {profile} = scheduled {scheduled} + suspended {suspended} "
                    "+ not scheduled {unscheduled}",
                ).format(
                    profile=profile_name(scope.profile),
                    scheduled=figure(covered.scheduled),
                    suspended=figure(covered.suspended),
                    unscheduled=figure(covered.unscheduled),
                ),
                covered.beyond_requirement
                and translate(
                    "DashboardView", "(of them {count} reserved for Korea beyond the requirement, to release)"
                ).format(count=figure(covered.beyond_requirement)),
                covered.at_destruction
                and translate("DashboardView", "and {count} at destruction sites, not yet reported destroyed").format(
                    count=figure(covered.at_destruction)
                ),
                unaccounted
                and translate("DashboardView", "and {count} unaccounted for (tasks closed short)").format(
                    count=figure(unaccounted)
                ),
                more_not_covered.format(count=figure(apart.surplus), scope=scope.not_covered_label),
            ),
            alarm=covered.unscheduled > 0 or unaccounted > 0,
        )
        self.destroyed_this_year.show_figure(
            figure(data.destroyed_this_year),
            _lines(
                translate("DashboardView", "in {year}, {scope}, on site or after shipment").format(
                    year=today.year, scope=scope.covered_label
                ),
                more_not_covered.format(
                    count=figure(data.destroyed_this_year_not_covered), scope=scope.not_covered_label
                ),
            ),
        )
        status = data.programme
        if status is None:
            self.deadline.show_figure("-", translate("DashboardView", "no destruction programme yet"))
            self.plan.show_figure("-", "")
            self.plan_bar.setRange(0, 1)
            self.plan_bar.setValue(0)
            return
        forecast, progress = status.forecast, status.progress
        days = status.days_left(today)
        if forecast.forecast is None:
            outlook = (
                translate("DashboardView", "on track: surplus gone by never at the recent rate")
                if forecast.on_track
                else translate("DashboardView", "NOT on track: forecast never at the recent rate")
            )
        else:
            outlook = (
                translate("DashboardView", "on track: surplus gone by {month}")
                if forecast.on_track
                else translate("DashboardView", "NOT on track: forecast {month}")
            ).format(month=forecast.forecast.isoformat()[:7])
        self.deadline.show_figure(
            counted(days, translate("DashboardView", "{count} day"), translate("DashboardView", "{count} days"))
            if days >= 0
            else counted(
                -days, translate("DashboardView", "{count} day late"), translate("DashboardView", "{count} days late")
            ),
            _lines(
                translate("DashboardView", "to {day}").format(day=day(forecast.programme.deadline)),
                outlook,
            ),
            alarm=not forecast.on_track or days < 0,
        )
        # Two different questions, both answered plainly: how much of what the deadline needs is done
        # (the bar), and how the tasks planned so far went (a full plan can still miss the deadline).
        needed = forecast.destroyed + forecast.remaining
        share = forecast.destroyed / needed if needed else 1
        against_plan = percent(progress.destroyed / progress.planned) if progress.planned else "-"
        self.plan.show_figure(
            percent(share),
            _lines(
                translate("DashboardView", "destroyed {destroyed} of the {needed} to destroy by the deadline").format(
                    destroyed=figure(forecast.destroyed), needed=figure(needed)
                ),
                translate(
                    "DashboardView",
                    "against plan: {share} (destroyed {destroyed} of {planned} planned); "
                    "{open} open tasks, {overdue} overdue",
                ).format(
                    share=against_plan,
                    destroyed=figure(progress.destroyed),
                    planned=figure(progress.planned),
                    open=figure(progress.open_tasks),
                    overdue=figure(progress.overdue_tasks),
                ),
            ),
            alarm=progress.overdue_tasks > 0 or not forecast.on_track,
        )
        self.plan_bar.setRange(0, max(needed, 1))
        self.plan_bar.setValue(min(forecast.destroyed, needed))

    def _show_charts(self, data: Dashboard) -> None:
        """The charts are the printed progress report's, from the same functions."""
        self.burn_down_chart = (
            progress_chart(data.programme.forecast, data.as_of, language_in_use())
            if data.programme is not None and data.programme.forecast.months
            else None
        )
        self.composition_chart = (
            composition_chart(
                data.composition,
                # the page names the profile ("checked against"): the legend's words fit beside the others
                translate("RecordsReport", "not covered"),
                language_in_use(),
            )
            if data.composition
            else None
        )
        for view, chart, empty in (
            (
                self.burn_down,
                self.burn_down_chart,
                translate("DashboardView", "No destruction planned or recorded yet"),
            ),
            (self.composition, self.composition_chart, translate("DashboardView", "No stock on hand")),
        ):
            shown = (
                build_chart(chart, palette=self.palette()) if chart is not None else _empty_chart(empty, self.palette())
            )
            old = view.chart()
            view.setChart(shown)
            old.deleteLater()

    def changeEvent(self, event: QEvent) -> None:
        """A new palette (the desktop turned dark, say): the charts and the red figures follow it."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self.data is not None:
            self._show_figures(self.data)
            self._show_charts(self.data)

    # -- findings --------------------------------------------------------------------------------

    def current_finding(self) -> Finding | None:
        index = self.findings_table.selectionModel().currentIndex()
        return self.findings_model.data(index, ROW_ROLE) if index.isValid() else None

    def _show_named(self) -> None:
        self.named_list.clear()
        finding = self.current_finding()
        if finding is None:
            return
        items = (
            [
                ("task", reference, translate("DashboardView", "task {task}").format(task=reference))
                for reference in finding.tasks
            ]
            + [
                (
                    "certificate",
                    number,
                    translate("DashboardView", "certificate {certificate}").format(certificate=number),
                )
                for number in finding.certificates
            ]
            + [
                ("lot", lot_id, translate("DashboardView", "lot {lot}").format(lot=number))
                for lot_id, number in zip(finding.lot_ids, finding.lots, strict=True)
            ]
        )
        for kind, key, text in items[:NAMED_SHOWN]:
            item = QListWidgetItem(text)
            item.setData(ROW_ROLE, key)
            item.setData(KIND_ROLE, kind)
            self.named_list.addItem(item)
        more = len(items) - NAMED_SHOWN
        action = f"{finding.action[:1].upper()}{finding.action[1:]}."
        self.named_label.setText(
            f"{finding.message[:1].upper()}{finding.message[1:]}.\n\n{action}"
            + (
                " "
                + translate(
                    "DashboardView",
                    "Double-click to open ({count} more not listed; filter the stockpile to see them all):",
                ).format(count=figure(more))
                if more > 0
                else " " + translate("DashboardView", "Double-click to open:")
                if items
                else ""
            )
        )

    def _open_only_named(self) -> None:
        """A double-click on a finding that names one thing opens it."""
        if self.named_list.count() == 1:
            self._open(self.named_list.item(0))

    def _open(self, item: QListWidgetItem) -> None:
        signal = {"lot": self.open_lot, "task": self.open_task, "certificate": self.open_certificate}
        signal[item.data(KIND_ROLE)].emit(item.data(ROW_ROLE))


def _lines(*lines: str | int) -> str:
    """The lines given, one under the other, leaving out those not shown (given as 0 or "")."""
    return "\n".join(str(line) for line in lines if line)


def _empty_chart(text: str, palette: QPalette) -> QChart:
    chart = QChart()
    chart.setTitle(text)
    follow_palette(chart, palette)
    return chart
