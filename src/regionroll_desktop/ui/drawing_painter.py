"""One painter for every figure laid out in `figures/`: the same drawing on a report's page, in
a PNG or SVG file and on the projector. Words are measured by the fonts they are drawn in."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QPaintEngine,
    QPainter,
    QPen,
    QPolygonF,
)

from ..figures.drawing import (
    PADDING,
    Align,
    Dash,
    Drawing,
    Ellipse,
    Polyline,
    Rect,
    Role,
    Stroke,
    Words,
)

_CENTRE = int(Qt.AlignmentFlag.AlignCenter)
_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
_DASHES = {
    Dash.SOLID: Qt.PenStyle.SolidLine,
    Dash.DASH: Qt.PenStyle.DashLine,
    Dash.DOT: Qt.PenStyle.DotLine,
}


@lru_cache(maxsize=256)
def figure_font(px: float, bold: bool) -> QFont:
    """The font words `px` pixels tall are drawn in (the application's family)."""
    font = QFont()
    font.setPixelSize(max(1, round(px)))
    font.setBold(bold)
    return font


@lru_cache(maxsize=4096)
def measure(text: str, px: float, bold: bool) -> tuple[float, float]:
    """The size `text` takes at `px` pixels with its padding (`figures.drawing.Measure`)."""
    if not text:
        return 0.0, 0.0
    rect = QFontMetricsF(figure_font(px, bold)).boundingRect(
        QRectF(0, 0, 100_000, 100_000), _CENTRE, text
    )
    return rect.width() + 2 * PADDING, rect.height() + 2 * PADDING


def _pen(stroke: Stroke | None, hairline: float = 0.0) -> QPen:
    """The pen of `stroke`. `hairline`: the device pixels a unit of the drawing takes on a
    picture (0 on a page or in a vector file): a stroke no wider than a pixel there is
    drawn by Qt's hairline rasteriser, as wide in device pixels (the same look, 5× faster:
    the pyramid's 400 links at the limits took 120 ms to stroke with round joins)."""
    if stroke is None:
        return QPen(Qt.PenStyle.NoPen)
    pen = QPen(QColor(stroke.colour), stroke.width)
    pen.setStyle(_DASHES[stroke.dash])
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    if 0 < stroke.width * hairline <= 1.0:
        pen.setCosmetic(True)
        pen.setWidthF(stroke.width * hairline)
    return pen


def _brush(fill: str | None) -> QBrush:
    return QBrush(QColor(fill)) if fill else QBrush(Qt.BrushStyle.NoBrush)


def paint_drawing(painter: QPainter, drawing: Drawing, target: QRectF) -> None:
    """Draw `drawing` scaled into `target` (of the drawing's proportions)."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    painter.translate(target.topLeft())
    painter.scale(target.width() / max(drawing.width, 1.0), target.height() / drawing.height)
    hairline = 0.0
    if painter.paintEngine().type() == QPaintEngine.Type.Raster:  # a picture's pixels
        hairline = min(abs(painter.deviceTransform().m11()), abs(painter.deviceTransform().m22()))
    for part in drawing.parts:
        if isinstance(part, Rect):
            b = part.box
            painter.setPen(_pen(part.stroke, hairline))
            painter.setBrush(_brush(part.fill))
            if part.radius > 0:
                painter.drawRoundedRect(QRectF(b.x, b.y, b.w, b.h), part.radius, part.radius)
            else:
                painter.drawRect(QRectF(b.x, b.y, b.w, b.h))
        elif isinstance(part, Ellipse):
            painter.setPen(_pen(part.stroke, hairline))
            painter.setBrush(_brush(part.fill))
            painter.drawEllipse(QPointF(*part.centre), part.rx, part.ry)
        elif isinstance(part, Polyline):
            points = QPolygonF([QPointF(x, y) for x, y in part.points])
            painter.setPen(_pen(part.stroke, hairline))
            if part.fill:
                painter.setBrush(_brush(part.fill))
                painter.drawPolygon(points)
            else:
                painter.drawPolyline(points)
        else:
            _words(painter, part)
    painter.restore()


def _words(painter: QPainter, words: Words) -> None:
    b = words.box
    rect = QRectF(b.x, b.y, b.w, b.h)
    if words.disc is not None:
        painter.setPen(QPen(QColor(words.disc), 2))
        painter.setBrush(_brush(words.fill or "#ffffff"))
        if words.role is Role.CALLOUT:  # a note's number: a little note, not a disc
            painter.drawRoundedRect(rect, rect.width() * 0.12, rect.width() * 0.12)
        else:
            painter.drawEllipse(rect)
    elif words.fill:
        painter.fillRect(rect, QColor(words.fill))
    painter.setFont(figure_font(words.px, words.bold))
    painter.setPen(QColor(words.ink))
    if words.turn:  # drawn along the side: its room turned back to lie flat
        painter.save()
        painter.translate(rect.center())
        painter.rotate(words.turn)
        painter.drawText(QRectF(-b.h / 2, -b.w / 2, b.h, b.w), _CENTRE, words.text)
        painter.restore()
        return
    if words.align is Align.LEFT:  # inside the padding `measure` counts
        painter.drawText(rect.adjusted(PADDING, 0, 0, 0), _LEFT, words.text)
    else:
        painter.drawText(rect, _CENTRE, words.text)
