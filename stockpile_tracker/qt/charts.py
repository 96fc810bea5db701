"""Report charts with QtCharts: live on the dashboard, drawn into images for the printed page."""

from __future__ import annotations

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QCategoryAxis,
    QChart,
    QLineSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QLocale, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPen
from PySide6.QtWidgets import QGraphicsScene

from ..reports.document import Chart

WIDTH, HEIGHT = 1320, 600  # twice the size it is shown at, for a sharp print
LINE_COLOURS = ("#7f8c8d", "#1f4e8c", "#d35400", "#b3261e")  # plan, done, forecast, target
BAR_COLOURS = ("#1f4e8c", "#e59866")  # retained, surplus


def build_chart(chart: Chart, font_scale: float = 1.0) -> QChart:
    """The chart's series over its labels, as lines or stacked bars, with axes and a legend."""
    view = QChart()
    view.setTitle(chart.title)
    view.setTitleFont(QFont("DejaVu Sans", round(11 * font_scale), QFont.Weight.Bold))
    view.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    view.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    view.legend().setFont(QFont("DejaVu Sans", round(10 * font_scale)))
    view.setLocale(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    view.setLocalizeNumbers(True)  # 1,000,000 on the axis, as in the tables
    axis_x = QBarCategoryAxis() if chart.stacked_bars else _point_axis(chart.labels)
    axis_x.setLabelsFont(QFont("DejaVu Sans", round(8 * font_scale)))
    axis_y = QValueAxis()
    axis_y.setLabelFormat("%.0f")
    axis_y.setLabelsFont(QFont("DejaVu Sans", round(9 * font_scale)))
    view.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
    view.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
    if chart.stacked_bars:
        axis_x.append(list(chart.labels))
        if len(chart.labels) > 6:
            axis_x.setLabelsAngle(-45)
        axis_x.setTruncateLabels(False)  # a type's designation is its name
        bars = QStackedBarSeries()
        for index, (name, values) in enumerate(chart.series):
            bar_set = QBarSet(name)
            bar_set.append([float(value or 0) for value in values])
            bar_set.setColor(QColor(BAR_COLOURS[index % len(BAR_COLOURS)]))
            bars.append(bar_set)
        view.addSeries(bars)
        bars.attachAxis(axis_x)
        bars.attachAxis(axis_y)
        top = max((sum(v or 0 for v in column) for column in zip(*(v for _n, v in chart.series), strict=True)),
                  default=0)
    else:
        top = 0
        for index, (name, values) in enumerate(chart.series):
            series = QLineSeries()
            series.setName(name)
            pen = QPen(QColor(LINE_COLOURS[index % len(LINE_COLOURS)]))
            pen.setWidth(3)
            if index >= 2:
                pen.setStyle(Qt.PenStyle.DashLine)
            series.setPen(pen)
            for x, value in enumerate(values):
                if value is not None:
                    series.append(x, value)
                    top = max(top, value)
            view.addSeries(series)
            series.attachAxis(axis_x)
            series.attachAxis(axis_y)
    axis_y.setRange(0, top * 1.05 or 1)
    axis_y.applyNiceNumbers()
    return view


def _point_axis(labels: tuple[str, ...], most: int = 12) -> QCategoryAxis:
    """Labels under every so many points, so a long series stays readable."""
    axis = QCategoryAxis()
    axis.setTruncateLabels(False)
    axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
    axis.setStartValue(0)
    axis.setRange(0, max(len(labels) - 1, 1))
    step = max(1, -(-len(labels) // most))
    for x in range(0, len(labels), step):
        axis.append(labels[x], x)
    return axis


def render_chart(chart: Chart) -> QImage:
    """The chart as a white-backed image for a printed page (its title is the page's caption)."""
    view = build_chart(chart, font_scale=1.6)
    view.setTitle("")
    view.resize(WIDTH, HEIGHT)
    scene = QGraphicsScene()
    scene.addItem(view)
    image = QImage(WIDTH, HEIGHT, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    scene.render(painter, QRectF(0, 0, WIDTH, HEIGHT), QRectF(0, 0, WIDTH, HEIGHT))
    painter.end()
    scene.removeItem(view)
    return image
