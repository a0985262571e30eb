"""The speaker's stance over time, drawn with QPainter: one row per position, a dot per dated stance."""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPen

from stancedesk.services.report_tree import StanceChart

ROWS = ("for", "conditional", "unclear", "against")
COLORS = {"for": "#2e7d32", "conditional": "#f9a825", "unclear": "#9e9e9e", "against": "#c62828"}


def draw_stance_chart(chart: StanceChart, families: list[str], width_px: int = 1800, height_px: int = 520) -> QImage:
    """A raster image at print resolution; dots joined in date order, reversals drawn in red."""
    image = QImage(width_px, height_px, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    font = QFont(families)
    font.setPixelSize(max(12, height_px // 17))
    painter.setFont(font)
    left, right, top, bottom = width_px * 0.16, width_px * 0.03, height_px * 0.14, height_px * 0.20
    plot = QRectF(left, top, width_px - left - right, height_px - top - bottom)
    painter.setPen(QPen(QColor("#333333"), 2))
    painter.drawText(QRectF(0, 0, width_px, top), Qt.AlignmentFlag.AlignCenter,
                     f"{chart.actor} — {chart.topic}  ·  {chart.suggestion}")
    row_h = plot.height() / (len(ROWS) - 1)
    for i, name in enumerate(ROWS):
        y = plot.top() + i * row_h
        painter.setPen(QPen(QColor("#dddddd"), 1))
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        painter.setPen(QPen(QColor(COLORS[name]), 1))
        painter.drawText(QRectF(0, y - row_h / 2, left - 12, row_h),
                         Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, name)
    points = chart.points
    if points:
        first, last = points[0].on.toordinal(), points[-1].on.toordinal()
        span = max(1, last - first)

        def x_of(ordinal: int) -> float:
            if last == first:
                return plot.center().x()
            return plot.left() + plot.width() * 0.07 + (ordinal - first) / span * plot.width() * 0.86

        coords = [QPointF(x_of(p.on.toordinal()), plot.top() + ROWS.index(p.position) * row_h) for p in points]
        for (a, b), point in zip(pairwise(coords), points[1:], strict=True):
            color = "#c62828" if point.shift == 2 else "#f9a825" if point.shift == 1 else "#555555"
            painter.setPen(QPen(QColor(color), 4 if point.shift else 2))
            painter.drawLine(a, b)
        radius = height_px / 40
        for point, xy in zip(points, coords, strict=True):
            painter.setPen(QPen(QColor("#222222"), 2))
            painter.setBrush(QColor(COLORS[point.position]))
            painter.drawEllipse(xy, radius, radius)
        painter.setPen(QPen(QColor("#333333"), 1))
        shown: list[float] = []
        for point, xy in zip(points, coords, strict=True):
            if any(abs(xy.x() - s) < width_px * 0.09 for s in shown):
                continue  # keep date labels from overprinting each other
            shown.append(xy.x())
            painter.drawText(QRectF(xy.x() - width_px * 0.06, plot.bottom() + 10, width_px * 0.12, bottom - 10),
                             Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, point.on_text)
    painter.end()
    return image
