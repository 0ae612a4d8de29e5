"""A widget that shows a drawing (a report figure) as large as it fits, in its proportions."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget


class Drawing(Protocol):
    @property
    def size(self) -> QSize: ...

    def draw(self, painter: QPainter, target: QRectF) -> None: ...


class FigureWidget(QWidget):
    def __init__(self, make: Callable[[], Drawing], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._make = make
        self.drawing: Drawing = make()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(200, 120)

    def drawing_now(self) -> Drawing:
        """A drawing of the current state (for another view of the same figure)."""
        return self._make()

    def refresh(self) -> None:
        """Draw again from the current state."""
        self.drawing = self._make()
        self.update()

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
