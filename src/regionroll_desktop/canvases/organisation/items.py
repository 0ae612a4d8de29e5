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

from ...model import Branch, Lane

CHIP_H = 27.0
CHIP_GAP = 5.0
CHIP_MIN_W = 64.0
BOX_W = 196.0
PAD = 8.0

# One soft colour per branch, so a branch is recognised in both lanes at a glance.
BRANCH_COLOURS = {
    Branch.FOLKHALSA: "#fde2e4",
    Branch.BILDNING: "#e2ece9",
    Branch.NARINGSLIV: "#dbe7f6",
    Branch.KOMPETENSFORSORJNING: "#fff1c1",
    Branch.PLAN: "#e9e3f5",
    Branch.KOLLEKTIVTRAFIK: "#d7f0f4",
    Branch.MILJO: "#dcf2d8",
    Branch.INFRASTRUKTUR: "#ece4d9",
    Branch.KULTUR: "#f8e1f1",
}

TRAY = "tray"
INK, MUTED = "#0f172a", "#475569"  # names; the kind of body beneath
Outside = Literal["outside"]  # the box of branches outside the remit, beside the lanes
OUTSIDE: Outside = "outside"


BOX_FILLS = {"board": "#e8eef6", "general": "#eef2f7", TRAY: "#fafafa", OUTSIDE: "#f4f4f5"}


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

    def _bold(self) -> QFont:
        bold = QFont(self._font)
        bold.setBold(True)
        return bold

    def _title_rect(self, width: float) -> QRectF:
        flags = int(Qt.AlignmentFlag.AlignLeft) | int(Qt.TextFlag.TextWordWrap)
        bounds = QRectF(PAD, 5, width - 2 * PAD, 1000)
        return QFontMetricsF(self._bold()).boundingRect(bounds, flags, self.title)

    def natural_width(self) -> float:
        """As wide as its title on one line needs (a body holding no branch, on the
        projector, takes no more)."""
        return QFontMetricsF(self._bold()).horizontalAdvance(self.title) + 2 * PAD + 4

    def header_height(self, width: float) -> float:
        """The title (wrapped whole, never cut) and the subtitle line above the chips."""
        title = self._title_rect(width)
        shown = self.subtitle and not self.compact
        sub = QFontMetricsF(self._font).lineSpacing() if shown else 0.0
        return title.bottom() + sub + 6

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
        painter.setFont(self._bold())
        painter.setPen(QColor(INK))
        title = self._title_rect(self.size[0])
        painter.drawText(title, Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap, self.title)
        if self.subtitle and not self.compact:
            painter.setFont(self._font)
            painter.setPen(QColor(MUTED))
            painter.drawText(
                QRectF(PAD, title.bottom(), self.size[0] - 2 * PAD, 18),
                Qt.AlignmentFlag.AlignLeft,
                self.subtitle,
            )
