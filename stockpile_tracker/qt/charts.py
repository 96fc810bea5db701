"""Report charts drawn with QtCharts into images, for the printed page."""

from __future__ import annotations

from PySide6.QtCharts import QBarCategoryAxis, QChart, QLineSeries, QValueAxis
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPen
from PySide6.QtWidgets import QGraphicsScene

from ..reports.document import Chart

WIDTH, HEIGHT = 1320, 600  # twice the size it is shown at, for a sharp print
COLOURS = ("#7f8c8d", "#1f4e8c", "#d35400", "#b3261e")  # plan, done, forecast, target


def render_chart(chart: Chart) -> QImage:
    view = QChart()
    view.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    view.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    view.legend().setFont(QFont("DejaVu Sans", 11))
    axis_x = QBarCategoryAxis()
    axis_x.append(list(chart.labels))
    axis_x.setLabelsAngle(-90)
    axis_x.setLabelsFont(QFont("DejaVu Sans", 8))
    axis_y = QValueAxis()
    axis_y.setLabelFormat("%.0f")
    axis_y.setLabelsFont(QFont("DejaVu Sans", 9))
    view.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
    view.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
    top = 0
    for index, (name, values) in enumerate(chart.series):
        series = QLineSeries()
        series.setName(name)
        pen = QPen(QColor(COLOURS[index % len(COLOURS)]))
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
