"""The one painter of the laid-out figures: on a picture, a stroke thinner than a pixel is
drawn as a hairline of the same width (Qt's fast rasteriser: the pyramid's 400 links at the
limits took 120 ms with round joins, 20 with it) and looks the same; on a page it keeps
its width in the drawing's units."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QImage, QPainter, QPdfWriter, QPen, QPolygonF

from regionroll_desktop.figures.drawing import Drawing, Polyline, Stroke
from regionroll_desktop.ui import drawing_painter
from regionroll_desktop.ui.drawing_painter import paint_drawing

LINK = Stroke("#1f2937", 1.6)
ZIGZAG = ((10.0, 10.0), (390.0, 120.0), (20.0, 250.0), (380.0, 390.0))


def _ink(image: QImage) -> float:
    """How much darker than white the picture is, summed over its pixels."""
    return sum(
        255 - QColor(image.pixel(x, y)).lightness()
        for y in range(image.height())
        for x in range(image.width())
    )


def _image(side: int) -> QImage:
    image = QImage(side, side, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    return image


def test_a_thin_stroke_on_a_picture_is_a_hairline_that_looks_the_same(qapp: object) -> None:
    drawing = Drawing(400, 400, [Polyline(ZIGZAG, LINK)])
    ours = _image(200)  # half size: the 1.6 px stroke is 0.8 of a pixel
    painter = QPainter(ours)
    paint_drawing(painter, drawing, QRectF(0, 0, 200, 200))
    painter.end()
    plain = _image(200)  # the same line with Qt's ordinary pen
    painter = QPainter(plain)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.scale(0.5, 0.5)
    painter.setPen(QPen(QColor(LINK.colour), LINK.width))
    painter.drawPolyline(QPolygonF([QPointF(x, y) for x, y in ZIGZAG]))
    painter.end()
    assert _ink(ours) == pytest.approx(_ink(plain), rel=0.35)


def test_only_a_stroke_thinner_than_a_pixel_is_a_hairline() -> None:
    pen = drawing_painter._pen(LINK, 0.5)
    assert pen.isCosmetic() and pen.widthF() == pytest.approx(0.8)
    assert not drawing_painter._pen(Stroke("#000000", 3.0), 0.5).isCosmetic()  # 1.5 px
    assert not drawing_painter._pen(LINK, 0.0).isCosmetic()  # a page, a vector file


def test_a_page_keeps_the_strokes_width(qapp: object, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A PDF is drawn at the printer's resolution, never with hairlines: a hairline there is
    a printer's dot."""
    asked: list[float] = []
    real = drawing_painter._pen

    def spy(stroke: Stroke | None, hairline: float = 0.0) -> QPen:
        asked.append(hairline)
        return real(stroke, hairline)

    monkeypatch.setattr(drawing_painter, "_pen", spy)
    writer = QPdfWriter(str(tmp_path / "page.pdf"))
    painter = QPainter(writer)
    paint_drawing(painter, Drawing(400, 400, [Polyline(ZIGZAG, LINK)]), QRectF(0, 0, 100, 100))
    painter.end()
    assert asked == [0.0]
