"""The organisation canvas's items: branch chips and the boxes (bodies, trays) they sit in."""

from __future__ import annotations

from typing import Literal

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsSceneMouseEvent,
    QStyleOptionGraphicsItem,
    QWidget,
)

from ...figures.organisation import (
    BOX_FILLS,
    BOX_W,
    BRANCH_COLOURS,
    CHIP_GAP,
    CHIP_H,
    CHIP_MIN_W,
    INK,
    MUTED,
    PAD,
    TITLE_TOP,
    TRAY,
)
from ...model import Branch, Lane

__all__ = [
    "BOX_FILLS",
    "BOX_W",
    "BRANCH_COLOURS",
    "CHIP_GAP",
    "CHIP_H",
    "CHIP_MIN_W",
    "INK",
    "MUTED",
    "OUTSIDE",
    "PAD",
    "TRAY",
    "BoxItem",
    "ChipItem",
    "Outside",
]

Outside = Literal["outside"]  # the box of branches outside the remit, beside the lanes
OUTSIDE: Outside = "outside"


def bold(font: QFont) -> QFont:
    font = QFont(font)
    font.setBold(True)
    return font


def title_rect(font: QFont, title: str, width: float) -> QRectF:
    """Where a box `width` wide draws its name (bold, wrapped whole)."""
    flags = int(Qt.AlignmentFlag.AlignLeft) | int(Qt.TextFlag.TextWordWrap)
    bounds = QRectF(PAD, TITLE_TOP, width - 2 * PAD, 1000)
    return QFontMetricsF(bold(font)).boundingRect(bounds, flags, title)


def natural_width(font: QFont, title: str) -> float:
    """As wide as a box's name on one line needs (a body holding no branch, on the
    projector, takes no more)."""
    return QFontMetricsF(bold(font)).horizontalAdvance(title) + 2 * PAD + 4


def header_height(font: QFont, title: str, subtitle: str, compact: bool, width: float) -> float:
    """A box's name (wrapped whole, never cut) and, unless `compact`, its subtitle line,
    above its chips."""
    sub = QFontMetricsF(font).lineSpacing() if subtitle and not compact else 0.0
    return title_rect(font, title, width).bottom() + sub + 6


class ChipItem(QGraphicsItem):
    """A development branch in one lane. Dragged with the
    mouse or moved from the keyboard; where it lands is decided by the scene on release."""

    def __init__(self, branch: Branch, lane: Lane) -> None:
        super().__init__()
        self.branch = branch
        self.lane = lane
        self.text = ""
        self.width = BOX_W - 2 * PAD
        self.home = QPointF()
        self.setFlags(
            QGraphicsItem.GraphicsItemFlag.ItemIsMovable
            | QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
            | QGraphicsItem.GraphicsItemFlag.ItemIsFocusable
        )
        self.setCursor(Qt.CursorShape.OpenHandCursor)
        self.setZValue(10)
        self._font = QFont()

    def set_font(self, font: QFont) -> None:
        self._font = font
        self.update()

    def boundingRect(self) -> QRectF:  # noqa: N802
        return QRectF(0, 0, self.width, CHIP_H)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        selected = self.isSelected() or self.hasFocus()
        painter.setPen(QPen(QColor("#1d4ed8" if selected else "#64748b"), 2.5 if selected else 1))
        painter.setBrush(QBrush(QColor(BRANCH_COLOURS[self.branch])))
        painter.drawRoundedRect(self.boundingRect().adjusted(1, 1, -1, -1), 8, 8)
        painter.setPen(QColor(INK))
        painter.setFont(self._font)
        painter.drawText(  # the scene makes every chip wide enough for its name
            self.boundingRect().adjusted(8, 0, -8, 0),
            Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
            self.text,
        )

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802
        self.setZValue(100)
        self.setCursor(Qt.CursorShape.ClosedHandCursor)
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802
        super().mouseReleaseEvent(event)
        self.setZValue(10)
        self.setCursor(Qt.CursorShape.OpenHandCursor)
        scene = self.scene()
        if scene is not None and event.button() == Qt.MouseButton.LeftButton:
            scene.chip_released(self)  # type: ignore[attr-defined]


class BoxItem(QGraphicsItem):
    """A body (nämnd, förvaltning, Regionstyrelsen), a lane's tray, or the outside box."""

    def __init__(self, key: str, lane: Lane | Outside, kind: str) -> None:
        super().__init__()
        self.key = key  # body id, TRAY or OUTSIDE
        self.lane = lane
        self.kind = kind  # "body", "board", "general", TRAY or OUTSIDE
        self.title = ""
        self.subtitle = ""
        self.size = (BOX_W, 40.0 + CHIP_H + 2 * PAD)
        self.highlight = False
        self.compact = False  # the projector's: the name only, no subtitle
        self._font = QFont()
        self.setZValue(0)

    def set_font(self, font: QFont) -> None:
        self._font = font

    def natural_width(self) -> float:
        return natural_width(self._font, self.title)

    def header_height(self, width: float) -> float:
        """The title (wrapped whole, never cut) and the subtitle line above the chips."""
        return header_height(self._font, self.title, self.subtitle, self.compact, width)

    def boundingRect(self) -> QRectF:  # noqa: N802
        return QRectF(0, 0, *self.size)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        dashed = self.kind in (TRAY, OUTSIDE)
        pen = QPen(QColor("#1d4ed8" if self.highlight else "#94a3b8"), 3 if self.highlight else 1.5)
        if dashed:
            pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(QBrush(QColor(BOX_FILLS.get(self.kind, "#ffffff"))))
        painter.drawRoundedRect(self.boundingRect().adjusted(1, 1, -1, -1), 10, 10)
        painter.setFont(bold(self._font))
        painter.setPen(QColor(INK))
        title = title_rect(self._font, self.title, self.size[0])
        painter.drawText(title, Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap, self.title)
        if self.subtitle and not self.compact:
            painter.setFont(self._font)
            painter.setPen(QColor(MUTED))
            painter.drawText(
                QRectF(PAD, title.bottom(), self.size[0] - 2 * PAD, 18),
                Qt.AlignmentFlag.AlignLeft,
                self.subtitle,
            )
