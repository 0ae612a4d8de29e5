"""A widget that shows a drawing (a report figure) as large as it fits, in its proportions."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol, TypeVar

from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QWidget


class Drawing(Protocol):
    @property
    def size(self) -> QSize: ...

    def draw(self, painter: QPainter, target: QRectF) -> None: ...


class FigureWidget(QWidget):
    """`make()` draws the figure. With `for_type` (the figure at a given size of its words,
    in its own units) and a reader's smallest type (`set_least_px`, a projector's), the
    figure is drawn afresh whenever its size changes, its words grown until they show at
    least that large; with `fitted` (the figure for a widget's size and a smallest type:
    what fits, the rest counted), drawn afresh by it."""

    def __init__(
        self,
        make: Callable[[], Drawing],
        parent: QWidget | None = None,
        for_type: Callable[[float], Drawing] | None = None,
        base_px: float = 13.0,
        fitted: Callable[[QSize, float], Drawing] | None = None,
    ) -> None:
        super().__init__(parent)
        self._make = make
        self._fitted = fitted
        self._for_type = for_type
        self._base_px = base_px
        self.least_px = 0.0
        self.drawing: Drawing = make()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(200, 120)

    def set_least_px(self, px: float) -> None:
        self.least_px = px
        self.refresh()

    def drawing_now(self) -> Drawing:
        """A drawing of the current state (for another view of the same figure)."""
        return self._make()

    def refresh(self) -> None:
        """Draw again from the current state."""
        self.drawing = self._sized()
        self.update()

    def _sized(self) -> Drawing:
        if self._fitted is not None and self.least_px > 0 and self.width() > 0:
            return self._fitted(self.size(), self.least_px)
        if self._for_type is None or self.least_px <= 0 or self.width() <= 0:
            return self._make()
        return grown(self._for_type, self.size(), self.least_px, self._base_px)[0]

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        if (self._for_type is not None or self._fitted is not None) and self.least_px > 0:
            self.drawing = self._sized()

    def target(self) -> QRectF:
        """Where the drawing goes: as large as fits, centred."""
        size = self.drawing.size
        ratio = size.width() / max(1, size.height())
        width = min(float(self.width()), self.height() * ratio)
        height = width / ratio
        return QRectF((self.width() - width) / 2, (self.height() - height) / 2, width, height)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("white"))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        self.drawing.draw(painter, self.target())
        painter.end()


Laid = TypeVar("Laid", bound=Drawing)


def grown(
    for_type: Callable[[float], Laid], size: QSize, least_px: float, base_px: float = 13.0
) -> tuple[Laid, float]:
    """The drawing `for_type` makes, its words grown from `base_px` until, drawn as large as
    fits `size`, they show at least `least_px` (larger words make a larger figure, drawn a
    little smaller: a few rounds), and how large they show (under `least_px` when no size of
    its words gets there)."""
    px = base_px
    drawing = for_type(px)
    shown = px * _scale(drawing, size)
    best = (drawing, shown)
    for _ in range(12):
        if shown >= least_px:
            return drawing, shown
        px *= (least_px + 0.1) / max(shown, 0.01)
        drawing = for_type(px)
        shown = px * _scale(drawing, size)
        if shown > best[1]:
            best = (drawing, shown)
    return best


def _scale(drawing: Drawing, size: QSize) -> float:
    """How much `drawing` is scaled to be drawn as large as fits `size`."""
    own = drawing.size
    return min(size.width() / max(1, own.width()), size.height() / max(1, own.height()))
