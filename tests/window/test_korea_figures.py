"""The window on the demo: the stockpile page's status line is on one basis, adds up as it reads
and fits a window 1280 x 800, its whole in the tooltip; the dashboard's tiles say their basis and
count the Korea reserve beyond the requirement as surplus, before and after a lower requirement."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from stockpile_tracker.domain.enums import RetentionFilter, Rule
from stockpile_tracker.qt.main_window import PAGES, MainWindow
from stockpile_tracker.qt.settings import Settings
from stockpile_tracker.qt.status_line import stockpile_detail
from stockpile_tracker.services import LotFilter

from ..helpers import settle


def open_demo(qtbot, tmp_path, demo_url) -> MainWindow:
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    window = MainWindow(settings, "alice")
    qtbot.addWidget(window)
    assert window.open_database(demo_url)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: not window.dashboard_view.findings_pending, timeout=30_000)
    settle(qtbot, window)
    return window


def beyond_found(sp) -> int:
    return sum(f.quantity for f in sp.compliance.findings() if f.rule == Rule.KOREA_RESERVE and f.severity == "error")


def test_the_status_line_adds_up_fits_at_1280_and_says_the_rest_in_its_tooltip(qtbot, tmp_path, demo_url):
    window = open_demo(qtbot, tmp_path, demo_url)
    window.nav_list.setCurrentRow(PAGES.index("Stockpile"))
    label, view = window.totals_label, window.stockpile_view
    for retention in (RetentionFilter.RETAINED, RetentionFilter.SURPLUS, RetentionFilter.ALL):
        view.set_filter(LotFilter(retention=retention))
        settle(qtbot, window)
        split = window.sp.queries.totals_by_scope(LotFilter(retention=retention))
        covered = split.covered
        assert covered.on_hand == covered.retained + covered.surplus
        assert label.width() < 1280 and label.shown() == label.text(), f"cut off: {label.shown()}"
        assert label.toolTip() == stockpile_detail(split)
    assert label.text().startswith(
        f"{split.whole.lots:,} lots shown - covered: on hand {covered.on_hand:,} mines = retained "
        f"{covered.retained:,} + surplus {covered.surplus:,}"
    )
    assert label.text().endswith(f" - not covered: on hand {split.not_covered.on_hand:,}")
    beyond = beyond_found(window.sp)
    assert beyond and covered.beyond_requirement == beyond
    assert f"Of the surplus, {beyond:,} are reserved for Korea beyond the requirement" in label.toolTip()
    assert f"in mines ({split.covered.lots:,} lots): on hand {covered.on_hand:,}" in label.toolTip()


def test_the_dashboard_counts_the_excess_as_surplus_before_and_after_a_lower_requirement(qtbot, tmp_path, demo_url):
    window = open_demo(qtbot, tmp_path, demo_url)
    view, sp = window.dashboard_view, window.sp
    assert (view.on_hand.title.text(), view.retained.title.text(), view.surplus.title.text()) == (
        "Mines held, all stock",
        "Retained, covered",
        "Surplus, covered",
    )

    def shown_agrees() -> tuple[int, int]:
        covered = sp.queries.scope_totals().covered
        beyond = beyond_found(sp)
        assert covered.beyond_requirement == beyond
        assert view.retained.value.text() == f"{covered.retained:,}"
        assert view.surplus.value.text() == f"{covered.surplus:,}"
        assert f"({beyond:,} more reserved for Korea beyond the requirement: surplus)" in view.retained.detail.text()
        forecast = view.data.programme.forecast
        assert forecast.beyond_requirement == beyond and forecast.surplus >= covered.surplus - covered.scheduled
        needed = forecast.destroyed + forecast.remaining
        assert (
            f"destroyed {forecast.destroyed:,} of the {needed:,} to destroy by the deadline" in view.plan.detail.text()
        )
        return covered.retained, needed

    retained, needed = shown_agrees()
    stated = max(sp.korea.requirements("us-2022"), key=lambda r: r.quantity)
    sp.korea.state_requirement(
        "us-2022", stated.designation, stated.quantity - 1_000, authority_ref="REQ-LOWER", valid_from=sp.today()
    )
    window.refresh_all()
    qtbot.waitUntil(lambda: not view.findings_pending, timeout=30_000)
    settle(qtbot, window)
    assert shown_agrees() == (retained - 1_000, needed + 1_000)
