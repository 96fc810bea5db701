"""Report charts with QtCharts: live on the dashboard, drawn into images for the printed page."""

from __future__ import annotations

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QCategoryAxis,
    QChart,
    QHorizontalStackedBarSeries,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMargins, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPalette, QPen
from PySide6.QtWidgets import QGraphicsScene

from ..reports.document import Chart
from . import figures
from .widgets import is_dark

WIDTH, HEIGHT = 1320, 600  # twice the size it is shown at, for a sharp print
LINE_COLOURS = ("#7f8c8d", "#1f4e8c", "#d35400", "#b3261e")  # plan, done, forecast, target
# Each bar series its own colour, whichever of them a chart has, by what it is (Chart.key: the
# name in English); any other (the mines a profile does not cover, named after it) is grey.
BAR_COLOURS = {"retained": "#1f4e8c", "surplus": "#e59866", "at destruction sites": "#7d3c98"}
OTHER_BARS = "#95a5a6"


def build_chart(chart: Chart, font_scale: float = 1.0, palette: QPalette | None = None) -> QChart:
    """The chart's series over its labels, as lines or stacked bars, with axes and a legend. Bars
    lie flat, one per label from the top, so that every label reads level and whole. With a
    palette the chart takes its colours and its figures' locale (the window's); without, it is the
    printed page's, its figures as its report's language writes them (1,000 / 1 000 / 1.000)."""
    dark = palette is not None and is_dark(palette)

    def ink(colour: str) -> QColor:
        """The series colour; on a dark background, of the same hue but no darker than mid-light."""
        shade = QColor(colour)
        return QColor.fromHsl(shade.hslHue(), shade.hslSaturation(), max(shade.lightness(), 150)) if dark else shade

    view = QChart()
    view.setTitle(chart.title)
    view.setTitleFont(QFont("DejaVu Sans", round(11 * font_scale), QFont.Weight.Bold))
    view.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    view.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    view.legend().setFont(QFont("DejaVu Sans", round(9 * font_scale)))  # as the axes: a legend reads whole
    view.layout().setContentsMargins(0, 0, 0, 0)  # the room goes to the plot, so no axis label is dropped
    view.setMargins(QMargins(4, 4, round(28 * font_scale), 4))  # room for half the last month label
    view.setLocale(figures.locale() if palette is not None else figures.locale_of(chart.language))
    view.setLocalizeNumbers(True)  # 1,000,000 on the axis, as in the tables
    values = QValueAxis()
    values.setLabelFormat("%.0f")
    values.setLabelsFont(QFont("DejaVu Sans", round(9 * font_scale)))
    if chart.stacked_bars:
        labels = QBarCategoryAxis()
        labels.append(list(reversed(chart.labels)))  # bars stack upwards: the first label comes last, on top
        labels.setTruncateLabels(False)  # a type's designation is its name
        labels.setLabelsFont(QFont("DejaVu Sans", round(9 * font_scale)))
        view.addAxis(values, Qt.AlignmentFlag.AlignBottom)
        view.addAxis(labels, Qt.AlignmentFlag.AlignLeft)
        bars = QHorizontalStackedBarSeries()
        for index, (name, numbers) in enumerate(chart.series):
            bar_set = QBarSet(name)
            bar_set.append([float(value or 0) for value in reversed(numbers)])
            bar_set.setColor(ink(BAR_COLOURS.get(chart.key(index), OTHER_BARS)))
            bar_set.setBorderColor(bar_set.color())
            bars.append(bar_set)
        view.addSeries(bars)
        bars.attachAxis(labels)
        bars.attachAxis(values)
        top = max(
            (sum(v or 0 for v in column) for column in zip(*(v for _n, v in chart.series), strict=True)), default=0
        )
    else:
        axis_x = _point_axis(chart.labels)
        axis_x.setLabelsFont(QFont("DejaVu Sans", round(8 * font_scale)))
        view.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        view.addAxis(values, Qt.AlignmentFlag.AlignLeft)
        top = 0
        for index, (name, numbers) in enumerate(chart.series):
            series = QLineSeries()
            series.setName(name)
            pen = QPen(ink(LINE_COLOURS[index % len(LINE_COLOURS)]))
            pen.setWidth(3)
            if index >= 2:
                pen.setStyle(Qt.PenStyle.DashLine)
            series.setPen(pen)
            for x, value in enumerate(numbers):
                if value is not None:
                    series.append(x, value)
                    top = max(top, value)
            view.addSeries(series)
            series.attachAxis(axis_x)
            series.attachAxis(values)
    values.setRange(0, top * 1.05 or 1)
    values.applyNiceNumbers()
    if palette is not None:
        follow_palette(view, palette)
    return view


def follow_palette(view: QChart, palette: QPalette) -> None:
    """Background, title, legend and axes in the palette's colours, as the tables around the chart.
    Lines are text faded into the background, since a palette made by hand may leave Mid unset."""
    text, base = palette.color(QPalette.ColorRole.Text), palette.color(QPalette.ColorRole.Base)
    view.setBackgroundBrush(base)
    view.setBackgroundPen(_mix(base, text, 0.3))
    view.setTitleBrush(text)
    view.legend().setLabelColor(text)
    for axis in view.axes():
        axis.setLabelsColor(text)
        axis.setLinePenColor(_mix(base, text, 0.5))
        axis.setGridLineColor(_mix(base, text, 0.15))


def _mix(base: QColor, other: QColor, share: float) -> QColor:
    return QColor(
        *(
            round(a + (b - a) * share)
            for a, b in zip(
                (base.red(), base.green(), base.blue()), (other.red(), other.green(), other.blue()), strict=True
            )
        )
    )


def _point_axis(labels: tuple[str, ...], most: int = 8) -> QCategoryAxis:
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


def chart_png(chart: Chart) -> bytes:
    """The printed chart as a PNG file's bytes (a Word document's picture)."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    render_chart(chart).save(buffer, "PNG")  # type: ignore[call-overload]  # PySide6 takes str at run time
    buffer.close()
    return bytes(data.data())


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
