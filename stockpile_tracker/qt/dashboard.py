"""The first screen: the deadline, the stock in three figures that visibly add up, progress against
plan, the burn-down and composition charts, and the compliance findings, each of which opens the
lots, tasks or certificates it names."""

from __future__ import annotations

from html import escape

from PySide6.QtCharts import QChart, QChartView
from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont, QPainter, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
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

from ..domain.words import count
from ..reports.progress import composition_chart, progress_chart
from ..services import Changes, Stockpile
from ..services.compliance import ERROR, INFO, WARNING
from ..services.dto.reports import Dashboard, Finding
from . import icons
from .charts import build_chart, follow_palette
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

NAMED_SHOWN = 1000  # a finding can name every lot in the stockpile; the list shows this many
KIND_ROLE = Qt.ItemDataRole.UserRole + 3
FINDINGS_TITLE = "<b>Findings:</b>"


class Figure(QFrame):
    """One number that matters, large, with a line saying what it is made of."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = QLabel(title)
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
        self.note = ReadNote("dashboard's figures")
        self.programme_combo = ChoiceCombo()
        self.deadline = Figure("Deadline")
        # The headline's basis in its titles: on hand is all the stock, retained and surplus the
        # stock the active profile governs (the rest is in each detail, "more not covered").
        self.on_hand = Figure("Mines held, all stock")
        self.retained = Figure("Retained, covered")
        self.surplus = Figure("Surplus, covered")
        self.destroyed_this_year = Figure("Destroyed this year")  # not `destroyed`: QObject's signal
        self.plan = Figure("Progress to the deadline")
        self.plan_bar = QProgressBar()
        self.plan_bar.setTextVisible(False)  # the figure above says it, rounded the same way
        self.plan.column.insertWidget(2, self.plan_bar)
        figures = QGridLayout()
        for column, figure in enumerate(
            (self.deadline, self.on_hand, self.retained, self.surplus, self.destroyed_this_year, self.plan)
        ):
            figures.addWidget(figure, 0, column)
            figures.setColumnStretch(column, 1)
        self.burn_down = QChartView()
        self.composition = QChartView()
        for view in (self.burn_down, self.composition):
            view.setRenderHint(QPainter.RenderHint.Antialiasing)
            view.setMinimumHeight(240)
        self.burn_down.setAccessibleName("Burn-down chart: planned and destroyed by month, and the forecast")
        self.composition.setAccessibleName("Stock by type chart: retained and surplus")
        charts = QSplitter()
        charts.addWidget(self.burn_down)
        charts.addWidget(self.composition)
        charts.setSizes([600, 500])
        self.findings_label = QLabel()
        self.findings_model = RecordTableModel(
            [
                Column("Severity", lambda f: f.severity.upper()),
                Column("Rule", lambda f: f.rule.label, elide=True),
                Column("Finding", lambda f: f.message, elide=True),
                Column("What to do", lambda f: f.action, elide=True),
                Column("Quantity", lambda f: f.quantity or None, numeric=True),
            ],
            self,
        )
        self.findings_model.row_tint = lambda f: PROBLEM_TINT if f.severity == ERROR else None
        self.findings_model.row_icon = lambda f, column: (
            (icons.overdue() if f.severity == ERROR else icons.surplus() if f.severity == WARNING else None)
            if column == 0
            else None
        )
        self.findings_table = record_table(self.findings_model, "Compliance findings")
        self.findings_table.setFont(numeric_font())
        FitColumns(self.findings_table)
        self.named_label = plain_label("Select a finding to see what it names; double-click one to open it.")
        self.named_label.setWordWrap(True)
        self.named_list = QListWidget()
        self.named_list.setAccessibleName("What the selected finding names")
        named = QWidget()
        named_layout = QVBoxLayout(named)
        named_layout.setContentsMargins(0, 0, 0, 0)
        named_text = QScrollArea()  # a long finding scrolls rather than being cut when space is short
        named_text.setWidget(self.named_label)
        named_text.setAccessibleName("The selected finding")
        named_text.setWidgetResizable(True)
        named_text.setFrameShape(QFrame.Shape.NoFrame)
        named_layout.addWidget(named_text, 1)
        named_layout.addWidget(self.named_list, 1)
        findings = QSplitter()
        findings.addWidget(self.findings_table)
        findings.addWidget(named)
        findings.setStretchFactor(0, 4)
        findings.setStretchFactor(1, 1)
        self.profile_label = QLabel()
        profile_button = QPushButton("Policy profile...")
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
        top.addWidget(labelled("Programme", self.programme_combo))
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
            [(f"{p.name} (deadline {p.deadline.isoformat()})", p.id) for p in self.sp.destruction.programmes()]
            or [("none yet", None)]
        )
        self._show_programme()
        profile = self.sp.catalogue.active_profile()
        self.profile_label.setText(f"checked against <b>{escape(profile.name)}</b>")
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
        self.findings_label.setText(f"{FINDINGS_TITLE} checking the record...")
        compliance = self.sp.compliance
        self.findings_read.start(lambda: tuple(compliance.findings()), self._show_findings, self._checks_failed)

    def _show_findings(self, findings: tuple[Finding, ...]) -> None:
        self.checks_failed = False
        self.findings_model.set_rows(findings)
        counts = {level: sum(1 for f in findings if f.severity == level) for level in (ERROR, WARNING, INFO)}
        self.findings_label.setText(
            f"{FINDINGS_TITLE} {count(counts[ERROR], 'error')}, {count(counts[WARNING], 'warning')}, "
            f"{counts[INFO]} for information"
            if findings
            else f"{FINDINGS_TITLE} none - every check passes"
        )
        self._show_named()

    def _checks_failed(self, exc: Exception) -> None:
        self.checks_failed = True  # no findings shown is then no all-clear
        self.findings_model.set_rows([])
        self.findings_label.setText(f"{FINDINGS_TITLE} the checks could not run: {escape(str(exc))}")

    def _show_figures(self, data: Dashboard) -> None:
        totals, today, scope = data.totals, data.as_of, data.scope
        covered, apart = scope.covered, scope.not_covered
        items = "" if totals.held == scope.whole.held else f" ({totals.held:,} items)"
        shipped = f" + at destruction sites {covered.at_destruction:,}" if covered.at_destruction else ""
        self.on_hand.show_figure(
            f"{scope.whole.held:,}",
            f"mines = {covered.held:,} {scope.covered_label} (retained {covered.retained:,} + surplus "
            f"{covered.surplus:,}{shipped})\n+ {apart.held:,} {scope.not_covered_label}\nin {data.lots_holding:,} lots"
            + items,
        )
        self.retained.show_figure(
            f"{covered.retained:,}",
            "kept for a reason the profile permits, or flagged below\n"
            + (
                f"({covered.beyond_requirement:,} more reserved for Korea beyond the requirement: surplus)\n"
                if covered.beyond_requirement
                else ""
            )
            + f"({apart.retained:,} more {scope.not_covered_label})",
        )
        unaccounted = data.losses.covered.unaccounted
        self.surplus.show_figure(
            f"{covered.surplus:,}",
            f"to destroy under {scope.profile} = scheduled {covered.scheduled:,} + suspended "
            f"{covered.suspended:,} + not scheduled {covered.unscheduled:,}"
            + (
                f"\n(of them {covered.beyond_requirement:,} reserved for Korea beyond the requirement, to release)"
                if covered.beyond_requirement
                else ""
            )
            + (
                f"\nand {covered.at_destruction:,} at destruction sites, not yet reported destroyed"
                if covered.at_destruction
                else ""
            )
            + (f"\nand {unaccounted:,} unaccounted for (tasks closed short)" if unaccounted else "")
            + f"\n({apart.surplus:,} more {scope.not_covered_label})",
            alarm=covered.unscheduled > 0 or unaccounted > 0,
        )
        self.destroyed_this_year.show_figure(
            f"{data.destroyed_this_year:,}",
            f"in {today.year}, {scope.covered_label}, on site or after shipment\n"
            f"({data.destroyed_this_year_not_covered:,} more {scope.not_covered_label})",
        )
        status = data.programme
        if status is None:
            self.deadline.show_figure("-", "no destruction programme yet")
            self.plan.show_figure("-", "")
            self.plan_bar.setRange(0, 1)
            self.plan_bar.setValue(0)
            return
        forecast, progress = status.forecast, status.progress
        days = status.days_left(today)
        when = forecast.forecast.isoformat()[:7] if forecast.forecast else "never at the recent rate"
        self.deadline.show_figure(
            f"{days:,} days" if days >= 0 else f"{-days:,} days late",
            f"to {forecast.programme.deadline.isoformat()}\n"
            + (f"on track: surplus gone by {when}" if forecast.on_track else f"NOT on track: forecast {when}"),
            alarm=not forecast.on_track or days < 0,
        )
        # Two different questions, both answered plainly: how much of what the deadline needs is done
        # (the bar), and how the tasks planned so far went (a full plan can still miss the deadline).
        needed = forecast.destroyed + forecast.remaining
        share = forecast.destroyed / needed if needed else 1
        against_plan = f"{progress.destroyed / progress.planned:.0%}" if progress.planned else "-"
        self.plan.show_figure(
            f"{share:.0%}",
            f"destroyed {forecast.destroyed:,} of the {needed:,} to destroy by the deadline\n"
            f"against plan: {against_plan} (destroyed {progress.destroyed:,} of {progress.planned:,} planned); "
            f"{progress.open_tasks:,} open tasks, {progress.overdue_tasks:,} overdue",
            alarm=progress.overdue_tasks > 0 or not forecast.on_track,
        )
        self.plan_bar.setRange(0, max(needed, 1))
        self.plan_bar.setValue(min(forecast.destroyed, needed))

    def _show_charts(self, data: Dashboard) -> None:
        """The charts are the printed progress report's, from the same functions."""
        self.burn_down_chart = (
            progress_chart(data.programme.forecast, data.as_of)
            if data.programme is not None and data.programme.forecast.months
            else None
        )
        self.composition_chart = (
            composition_chart(data.composition, data.scope.not_covered_label) if data.composition else None
        )
        for view, chart, empty in (
            (self.burn_down, self.burn_down_chart, "No destruction planned or recorded yet"),
            (self.composition, self.composition_chart, "No stock on hand"),
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
            [("task", reference, f"task {reference}") for reference in finding.tasks]
            + [("certificate", number, f"certificate {number}") for number in finding.certificates]
            + [("lot", lot_id, f"lot {number}") for lot_id, number in zip(finding.lot_ids, finding.lots, strict=True)]
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
                " Double-click to open"
                + (f" ({more:,} more not listed; filter the stockpile to see them all)" if more > 0 else "")
                + ":"
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


def _empty_chart(text: str, palette: QPalette) -> QChart:
    chart = QChart()
    chart.setTitle(text)
    follow_palette(chart, palette)
    return chart
