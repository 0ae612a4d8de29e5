"""All of the matrix's words as one scene item: one paint and one cached pixmap.

The axis words, the quadrant captions and every reference label are laid out in pixels and
drawn by this single item. Dragging a marker repaints the view every frame; one cached item
keeps that cost flat however many regions are labelled, and keeps the scene small for
pyqtgraph's hover search.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

NUMBER_INK = "#1e293b"
_FLAGS = Qt.AlignmentFlag.AlignCenter


@dataclass(frozen=True, slots=True)
class TextEntry:
    text: str
    rect: QRectF  # scene coordinates (pixels)
    font: QFont
    colour: QColor
    fill: QColor | None = None
    kind: str = "label"  # "label" (a reference region), "axis", "caption", "legend", "number"
    turn: int = 0  # degrees the words are turned in `rect`: -90 read upwards, 90 downwards


class TextLayer(QGraphicsItem):
    def __init__(self, z: float = 9) -> None:
        super().__init__()
        self._entries: list[TextEntry] = []
        self._bounds = QRectF()
        self.setZValue(z)  # words below the reference points, so a word never hides one
        self.setAcceptHoverEvents(False)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

    def set_entries(self, entries: list[TextEntry]) -> None:
        self.prepareGeometryChange()
        self._entries = list(entries)
        bounds = QRectF()
        for entry in entries:
            bounds = bounds.united(entry.rect)
        self._bounds = bounds
        self.update()

    def entries(self, kind: str | None = None) -> list[TextEntry]:
        return [e for e in self._entries if kind is None or e.kind == kind]

    def boundingRect(self) -> QRectF:  # noqa: N802  (Qt's name)
        return self._bounds

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        for entry in self._entries:
            if entry.kind == "number":  # a marker's number for the legend, in a disc
                painter.setPen(QPen(entry.colour, 2))
                painter.setBrush(entry.fill or QColor("white"))
                painter.drawEllipse(entry.rect)
                painter.setPen(QColor(NUMBER_INK))
                painter.setFont(entry.font)
                painter.drawText(entry.rect, _FLAGS, entry.text)
                continue
            if entry.fill is not None:
                painter.fillRect(entry.rect, entry.fill)
            painter.setFont(entry.font)
            painter.setPen(entry.colour)
            if entry.turn:  # along a side of the matrix, outside it
                rect = entry.rect
                painter.save()
                painter.translate(rect.center())
                painter.rotate(entry.turn)
                along = QRectF(-rect.height() / 2, -rect.width() / 2, rect.height(), rect.width())
                painter.drawText(along, _FLAGS, entry.text)
                painter.restore()
                continue
            painter.drawText(entry.rect, _FLAGS, entry.text)
