"""The strategy pyramid's items: document cards, "derives from" links, and the level bands."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPainterPathStroker,
    QPen,
)
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsScene,
    QGraphicsSceneMouseEvent,
    QStyleOptionGraphicsItem,
    QWidget,
)

from ...figures.drawing import Point
from ...figures.pyramid import (
    BAND_INK,
    BAND_TINTS,
    BODY_MARGIN,
    CARD_H,
    CARD_INK,
    CARD_MUTED,
    CARD_W,
    KIND_COLOURS,
    arrow_wings,
    curve_point,
)
from ...model import Branch, StrategyKind
from ..organisation.items import BRANCH_COLOURS
from ..touch import TOUCH_TARGET

HANDLE_R = 9.0
HANDLE_HIT_R = TOUCH_TARGET / 2  # a finger finds the handle

__all__ = [
    "BAND_INK",
    "BAND_TINTS",
    "CARD_H",
    "CARD_INK",
    "CARD_MUTED",
    "CARD_W",
    "KIND_COLOURS",
    "CardItem",
    "LevelBand",
    "LinkItem",
    "LinkLayer",
]


def _editing(item: QGraphicsItem) -> bool:
    """Whether the item is drawn for the person editing (handles, the selection) rather than
    for a reader: the projector's scene takes no editing (a figure is drawn without a
    scene, by `figures.pyramid`)."""
    scene = item.scene()
    return bool(getattr(scene, "quick_entry", True))


class CardItem(QGraphicsItem):
    """A strategy document. Drag the card to move it to another level; drag from the round
    handle on its top edge to another card to say "this derives from that"."""

    # Its words fill it: a note on any part of it hides them, however large it is drawn (on
    # a small projected screen a card counted as ground and a note lay over two cards' words).
    read_whole = True

    def __init__(self, doc_id: str) -> None:
        super().__init__()
        self.doc_id = doc_id
        self.title = ""
        self.subtitle = ""
        self.kind = StrategyKind.RUS
        self.branches: tuple[Branch, ...] = ()
        self.flagged = False
        self.home = QPointF()
        self.height = CARD_H  # the pyramid gives every card the height its longest title needs
        self.width = CARD_W  # and the width its longest word needs, in large type
        self._shape = card_shape(CARD_W, CARD_H)
        self._needed: tuple[tuple[str, str, str, float], float] | None = None
        self._linking = False
        self._font = QFont()
        self.setFlags(
            QGraphicsItem.GraphicsItemFlag.ItemIsMovable
            | QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
            | QGraphicsItem.GraphicsItemFlag.ItemIsFocusable
            | QGraphicsItem.GraphicsItemFlag.ItemSendsGeometryChanges
        )
        self.setZValue(10)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

    def itemChange(self, change: QGraphicsItem.GraphicsItemChange, value: object) -> object:  # noqa: N802
        if change == QGraphicsItem.GraphicsItemChange.ItemPositionHasChanged and self.scene():
            self.scene().card_moved(self)  # type: ignore[attr-defined]  # links follow the card
        return super().itemChange(change, value)

    def set_font(self, font: QFont) -> None:
        self._font = font

    def needed_height(self, width: float | None = None) -> float:
        """How tall this card must be `width` wide (its own width by default) to show its
        whole title and its kind and year (each wrapped, never cut)."""
        width = self.width if width is None else width
        key = (self.title, self.subtitle, self._font.key(), width)
        if self._needed is not None and self._needed[0] == key:
            return self._needed[1]
        bold = QFont(self._font)
        bold.setBold(True)
        flags = int(Qt.AlignmentFlag.AlignLeft) | int(Qt.TextFlag.TextWordWrap)
        title = QFontMetricsF(bold).boundingRect(QRectF(0, 0, width - 16, 1000), flags, self.title)
        plain = QFontMetricsF(self._font)
        subtitle = plain.boundingRect(QRectF(0, 0, width - 16, 1000), flags, self.subtitle)
        line = max(plain.lineSpacing(), subtitle.height())
        needed = max(CARD_H, 6 + title.height() + 2 + line + 4 + 12 + 6)
        self._needed = (key, needed)
        return needed

    def widest_word(self) -> float:
        """The width the longest word of the title (bold) or the subtitle takes."""
        bold = QFont(self._font)
        bold.setBold(True)
        widths = [QFontMetricsF(bold).horizontalAdvance(w) for w in self.title.split()]
        widths += [QFontMetricsF(self._font).horizontalAdvance(w) for w in self.subtitle.split()]
        return max(widths, default=0.0)

    def set_size(self, width: float, height: float) -> None:
        if (width, height) != (self.width, self.height):
            self.prepareGeometryChange()
            self.width, self.height = width, height
            self._shape = card_shape(width, height)

    def boundingRect(self) -> QRectF:  # noqa: N802
        return QRectF(-2, -HANDLE_HIT_R - 2, self.width + 4, self.height + HANDLE_HIT_R + 4)

    def shape(self) -> QPainterPath:
        """The card, and around its handle a circle a finger can hit."""
        return self._shape

    def body(self) -> QRectF:
        """The card itself, in its own coordinates."""
        return QRectF(0, 0, self.width, self.height)

    def body_rect(self) -> QRectF:
        """The card itself in the scene (not its handle), grown as the figure's links keep
        off it (`figures.pyramid.BODY_MARGIN`)."""
        g = BODY_MARGIN
        return self.mapRectToScene(self.body()).adjusted(-g, -g, g, g)

    def handle_rect(self) -> QRectF:
        return QRectF(self.width / 2 - HANDLE_R, -HANDLE_R, 2 * HANDLE_R, 2 * HANDLE_R)

    def top_anchor(self) -> QPointF:
        return self.mapToScene(QPointF(self.width / 2, 0))

    def bottom_anchor(self) -> QPointF:
        return self.mapToScene(QPointF(self.width / 2, self.height))

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(0, 0, self.width, self.height)
        editing = _editing(self)
        if self.isSelected() and editing:
            pen = QPen(QColor("#1d4ed8"), 3)
        elif self.flagged:
            pen = QPen(QColor("#b91c1c"), 2, Qt.PenStyle.DashLine)
        else:
            pen = QPen(QColor("#64748b"), 1)
        painter.setPen(pen)
        painter.setBrush(QBrush(QColor(KIND_COLOURS[self.kind])))
        painter.drawRoundedRect(rect, 8, 8)
        bold = QFont(self._font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(QColor(CARD_INK))
        flags = Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap
        title = painter.boundingRect(QRectF(8, 6, self.width - 16, 1000), flags, self.title)
        painter.drawText(title, flags, self.title)  # wrapped whole: a title is never cut
        painter.setFont(self._font)
        painter.setPen(QColor(CARD_MUTED))
        painter.drawText(
            QRectF(8, title.bottom() + 2, self.width - 16, self.height - title.bottom() - 20),
            flags,
            self.subtitle,
        )
        for i, branch in enumerate(self.branches):
            painter.setPen(QPen(QColor("#64748b"), 0.8))
            painter.setBrush(QColor(BRANCH_COLOURS[branch]))
            painter.drawEllipse(QRectF(8 + i * 16, self.height - 18, 12, 12))
        if editing:  # the handle to drag a link from: the editor's, not the reader's
            painter.setPen(QPen(QColor("#334155"), 1.5))
            painter.setBrush(QColor("white"))
            painter.drawEllipse(self.handle_rect())

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802
        # A finger gets a fingertip-sized handle; a mouse the handle as drawn, so that a
        # press near the top of a card still moves the card.
        by_touch = event.source() != Qt.MouseEventSource.MouseEventNotSynthesized
        handle = _circle(self.width, HANDLE_HIT_R if by_touch else HANDLE_R)
        if event.button() == Qt.MouseButton.LeftButton and handle.contains(event.pos()):
            self._linking = True
            self.scene().start_link(self)  # type: ignore[attr-defined]
            event.accept()
            return
        self.setZValue(50)
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802
        if self._linking:
            self.scene().drag_link(event.scenePos())  # type: ignore[attr-defined]
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802
        if self._linking:
            self._linking = False
            self.scene().finish_link(self, event.scenePos())  # type: ignore[attr-defined]
            return
        super().mouseReleaseEvent(event)
        self.setZValue(10)
        if event.button() == Qt.MouseButton.LeftButton:
            self.scene().card_released(self)  # type: ignore[attr-defined]


class LinkItem(QGraphicsPathItem):
    """A "derives from" link: a line from the document up to its source.

    At rest the LinkLayer draws every link in one cached pass; this item then paints nothing
    and only catches clicks. It paints itself while "live": selected, or following a card
    that is being dragged.
    """

    def __init__(self, document: str, source: str) -> None:
        super().__init__()
        self.document = document
        self.source = source
        self.flagged = False
        self.live = False
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setZValue(5)
        self.set_live(False)

    def set_live(self, live: bool) -> None:
        self.live = live
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemHasNoContents, not live)
        self.update()

    def itemChange(self, change: QGraphicsItem.GraphicsItemChange, value: object) -> object:  # noqa: N802
        if change == QGraphicsItem.GraphicsItemChange.ItemSelectedHasChanged:
            self.set_live(bool(value))
        return super().itemChange(change, value)

    def route(self, start: QPointF, end: QPointF, lanes: Sequence[Point] | None = None) -> None:
        """From the document's top to its source's bottom: the smooth curve, or `lanes`
        around the cards in between (`figures.pyramid.route_link`), with a head at the
        source, pointing at it."""
        if lanes is None:
            path = QPainterPath(start)
            middle = (start.y() + end.y()) / 2
            path.cubicTo(QPointF(start.x(), middle), QPointF(end.x(), middle), end)
            a, b = (start.x(), start.y()), (end.x(), end.y())
            before = curve_point(a, b, 0.97)
        else:
            path = QPainterPath(QPointF(*lanes[0]))
            for point in lanes[1:]:
                path.lineTo(QPointF(*point))
            before = lanes[-2]
        for wing in arrow_wings((end.x(), end.y()), before):
            path.moveTo(end)
            path.lineTo(QPointF(*wing))
        self.setPath(path)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(self.drawn_pen())
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(self.path())

    def drawn_pen(self) -> QPen:
        """Blue and wider when selected, red and dashed when flagged. Following a dragged
        card, a hairline (one device pixel, smoothed): Qt draws it on a path of its own several
        times faster than a 1.6 px stroke, which cost half of each move at the limits; it is
        drawn 1.6 px again where the card is dropped."""
        selected = self.isSelected() and _editing(self)
        colour = "#1d4ed8" if selected else "#b91c1c" if self.flagged else "#475569"
        following = self.live and not self.isSelected()
        pen = QPen(QColor(colour), 3 if selected else 0 if following else 1.6)
        if self.flagged:
            pen.setStyle(Qt.PenStyle.DashLine)
        return pen

    def shape(self) -> QPainterPath:
        stroker = QPainterPathStroker()
        stroker.setWidth(10)
        return stroker.createStroke(self.path())


class LinkLayer(QGraphicsItem):
    """Every resting link, drawn in one pass with the bands as the scene's background (which
    a view keeps as one opaque pixmap): a drag repaints that pixmap, not 400 curves. The item
    itself draws nothing; it holds the links and their bounds."""

    def __init__(self) -> None:
        super().__init__()
        self._paths: list[tuple[QPainterPath, bool]] = []
        self._bounds = QRectF()
        self.setZValue(4)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemHasNoContents)

    def set_paths(self, paths: list[tuple[QPainterPath, bool]]) -> None:
        self.prepareGeometryChange()
        old = self._bounds
        self._paths = paths
        bounds = QRectF()
        for path, _ in paths:
            bounds = bounds.united(path.boundingRect())
        self._bounds = bounds.adjusted(-3, -3, 3, 3)
        if (scene := self.scene()) is not None:
            scene.invalidate(old.united(self._bounds), QGraphicsScene.SceneLayer.BackgroundLayer)

    def boundingRect(self) -> QRectF:  # noqa: N802
        return self._bounds

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        pass  # drawn with the scene's background (draw)

    def draw(self, painter: QPainter) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        normal = QPen(QColor("#475569"), 1.6)
        flagged = QPen(QColor("#b91c1c"), 1.8, Qt.PenStyle.DashLine)  # not by colour alone
        for path, is_flagged in self._paths:
            painter.setPen(flagged if is_flagged else normal)
            painter.drawPath(path)


class LevelBand(QGraphicsItem):
    """One level of the pyramid: a band whose width narrows towards the top; its title is an
    item of its own (`label`), drawn above the links."""

    def __init__(self, level: int) -> None:
        super().__init__()
        self.level = level
        self.title = ""
        self.rect = QRectF()
        self._font = QFont()
        self.setZValue(-10)
        # Drawn with the scene's background, under the resting links (draw).
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemHasNoContents)
        self.label = LevelTitle(self)

    def set_font(self, font: QFont) -> None:
        self._font = font

    def title_font(self) -> QFont:
        bold = QFont(self._font)
        bold.setBold(True)
        return bold

    def title_area(self) -> QRectF:
        return self.rect.adjusted(12, 6, -12, 0)

    def boundingRect(self) -> QRectF:  # noqa: N802
        return self.rect

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        pass  # drawn with the scene's background (draw)

    def draw(self, painter: QPainter) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor("#cbd5e1"), 1.5))
        painter.setBrush(QColor(BAND_TINTS[self.level - 1]))
        painter.drawRoundedRect(self.rect, 12, 12)


class LevelTitle(QGraphicsItem):
    """A level's title above the links, on its band's own tint: a link that rises past it
    passes under its words instead of being drawn across them (on the projector, where the
    type is large, "VP/RP/ÖP och delområdesstrategier" was struck through). Clicks go to
    what lies under it."""

    def __init__(self, band: LevelBand) -> None:
        super().__init__()
        self.band = band
        self._rect = QRectF()
        self.setZValue(6)  # above the links (4, 5), under the cards (10)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

    def refresh(self) -> None:
        """Measured again for the band's place, title and type."""
        words = QFontMetricsF(self.band.title_font()).boundingRect(
            self.band.title_area(), int(Qt.AlignmentFlag.AlignLeft), self.band.title
        )
        self.prepareGeometryChange()
        self._rect = words.adjusted(-3, -1, 3, 1) if self.band.title else QRectF()
        self.update()

    def boundingRect(self) -> QRectF:  # noqa: N802
        return self._rect

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        band = self.band
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(BAND_TINTS[band.level - 1]))
        painter.drawRect(self._rect)
        painter.setFont(band.title_font())
        painter.setPen(QColor(BAND_INK))
        painter.drawText(band.title_area(), Qt.AlignmentFlag.AlignLeft, band.title)


_SHAPES: dict[tuple[float, ...], QPainterPath] = {}


def _circle(width: float, radius: float) -> QPainterPath:
    """The handle's outline at the top middle of a card `width` wide (made once per size,
    never on every hit test of a drag)."""
    shape = _SHAPES.get((width, radius))
    if shape is None:
        shape = _SHAPES[(width, radius)] = QPainterPath()
        shape.addEllipse(QPointF(width / 2, 0), radius, radius)
    return shape


def card_shape(width: float, height: float) -> QPainterPath:
    """A card `width` by `height`, and around its handle a circle a finger can hit."""
    shape = _SHAPES.get((width, height, -1.0))
    if shape is None:
        rect = QPainterPath()
        rect.addRect(QRectF(0, 0, width, height))
        shape = _SHAPES[(width, height, -1.0)] = rect.united(_circle(width, HANDLE_HIT_R))
    return shape
