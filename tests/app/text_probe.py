"""What a widget draws as text, measured where it is drawn: a paint device whose engine
records each run of text with its size in device pixels (the font's size times the painter's
scale), so the smallest word on a projected page is measured, whatever draws it (a label, a
scene's item, a plot's words, a figure's painter). Cached items are drawn afresh."""

from __future__ import annotations

import math
from collections.abc import Callable
from contextlib import ExitStack

from PySide6.QtCore import QPoint, QPointF, QRectF
from PySide6.QtGui import QPaintDevice, QPaintEngine, QPainter, QTextItem, QTransform
from PySide6.QtWidgets import QGraphicsView, QWidget

from regionroll_desktop.canvases.step_canvas import uncached

M = QPaintDevice.PaintDeviceMetric


class _Engine(QPaintEngine):
    def __init__(self) -> None:
        super().__init__(QPaintEngine.PaintEngineFeature.AllFeatures)
        self.runs: list[tuple[float, str]] = []
        self._transform = QTransform()

    # Qt calls these; an exception must never leave them (it would bring the process down).
    def begin(self, device: QPaintDevice | None) -> bool:  # type: ignore[override]
        return True

    def end(self) -> bool:
        return True

    def type(self) -> QPaintEngine.Type:
        return QPaintEngine.Type.User

    def updateState(self, state) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        try:
            if state.state() & QPaintEngine.DirtyFlag.DirtyTransform:
                self._transform = QTransform(state.transform())
        except Exception:
            self.runs.append((-1.0, "updateState failed"))

    def drawTextItem(self, p: QPointF, item: QTextItem) -> None:  # noqa: N802
        try:
            font = item.font()
            size = font.pixelSize() if font.pixelSize() > 0 else font.pointSizeF() * 96 / 72
            scale = math.sqrt(abs(self._transform.determinant()))
            text = item.text().strip()
            if text:
                self.runs.append((size * scale, text))
        except Exception:
            self.runs.append((-1.0, "drawTextItem failed"))

    def drawPixmap(self, *args: object) -> None:  # noqa: N802
        pass

    def drawPath(self, *args: object) -> None:  # noqa: N802
        pass

    def drawPolygon(self, *args: object) -> None:  # noqa: N802
        pass

    def drawImage(self, *args: object) -> None:  # noqa: N802
        pass


class _Device(QPaintDevice):
    def __init__(self, width: int, height: int) -> None:
        super().__init__()
        self.engine = _Engine()
        self._size = (width, height)

    def paintEngine(self) -> QPaintEngine:  # noqa: N802
        return self.engine

    def metric(self, metric: QPaintDevice.PaintDeviceMetric) -> int:
        w, h = self._size
        return {
            M.PdmWidth: w,
            M.PdmHeight: h,
            M.PdmWidthMM: round(w * 25.4 / 96),
            M.PdmHeightMM: round(h * 25.4 / 96),
            M.PdmDpiX: 96,
            M.PdmDpiY: 96,
            M.PdmPhysicalDpiX: 96,
            M.PdmPhysicalDpiY: 96,
            M.PdmDepth: 32,
            M.PdmNumColors: 2**31 - 1,
            M.PdmDevicePixelRatio: 1,
            M.PdmDevicePixelRatioScaled: 65536,  # Qt's fixed point: 1.0
        }.get(metric, 0)


def drawn_text(widget: QWidget) -> list[tuple[float, str]]:
    """Every run of text `widget` and its children draw, with its size in pixels."""
    device = _Device(max(1, widget.width()), max(1, widget.height()))
    with ExitStack() as stack:
        for view in widget.findChildren(QGraphicsView):
            if view.scene() is not None:
                stack.enter_context(uncached(view.scene()))
        painter = QPainter(device)
        widget.render(painter, QPoint(0, 0))
        painter.end()
    return device.engine.runs


def drawn_by(
    draw: Callable[[QPainter, QRectF], None], width: float, height: float
) -> list[tuple[float, str]]:
    """Every run of text a figure's `draw` paints into a `width`×`height` target."""
    device = _Device(max(1, round(width)), max(1, round(height)))
    painter = QPainter(device)
    draw(painter, QRectF(0, 0, width, height))
    painter.end()
    return device.engine.runs
