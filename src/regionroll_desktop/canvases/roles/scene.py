"""The deck's role map: four roles in a 2×2, with a marker for today and one for the ambition."""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QKeyEvent, QPainterPath, QPen
from PySide6.QtWidgets import (
    QGraphicsEllipseItem,
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSceneMouseEvent,
    QGraphicsSimpleTextItem,
    QGraphicsTextItem,
)

from ...analysis.matrix import Box, place_labels, segment_boxes
from ...model import Moment, Role
from ...ui.group_colours import AMBITION_COLOUR, TODAY_COLOUR, ink_on, label_ink
from ...ui.widgets import plain_tip
from .. import arrow_nudge
from ..group_markers import ShownMark
from ..markers import GroupMark, MarkerKey
from ..touch import TOUCH_TARGET

SIDE = 500.0
MARKER = 34.0
CORNERS = {  # (column, row) of each role, as the deck draws them
    Role.FINANSIAREN: (0, 0),
    Role.UTFORAREN: (1, 0),
    Role.NATVERKAREN: (0, 1),
    Role.KAPACITETSBYGGAREN: (1, 1),
}
GROUP_CENTRE_COLOUR = QColor("#334155")
ROLE_TINTS = {
    Role.FINANSIAREN: "#fef3c7",
    Role.UTFORAREN: "#e0f2fe",
    Role.NATVERKAREN: "#ede9fe",
    Role.KAPACITETSBYGGAREN: "#dcfce7",
}
ROLE_NAME_INK = "#1e293b"
NOTE_INK = "#475569"
GROUP_MARKER = 26.0


class RoleMarker(QGraphicsEllipseItem):
    def __init__(self, key: MarkerKey, colour: QColor, filled: bool, size: float = MARKER) -> None:
        super().__init__(-size / 2, -size / 2, size, size)
        self.key = key
        self.colour = QColor(colour)
        fill = QColor(colour)
        fill.setAlpha(255 if isinstance(key, GroupMark) else 210 if filled else 50)
        self.setBrush(QBrush(fill))
        self.setPen(QPen(colour, 3))
        self.setZValue(20)
        self.setFlags(
            QGraphicsItem.GraphicsItemFlag.ItemIsMovable
            | QGraphicsItem.GraphicsItemFlag.ItemIsFocusable
            | QGraphicsItem.GraphicsItemFlag.ItemSendsGeometryChanges
        )
        self.setCursor(Qt.CursorShape.OpenHandCursor)
        self.label = QGraphicsSimpleTextItem(self)
        self.label.setBrush(label_ink(colour.name()))
        self.initial = QGraphicsSimpleTextItem(self)  # a group's initial, inside the marker
        self.initial.setBrush(ink_on(colour.name()))
        self.set_text_zoom(1.0)
        self.label.setPos(size / 2 + 4, -size / 2 - 4)

    def set_initial(self, text: str) -> None:
        self.initial.setText(text)
        box = self.initial.boundingRect()
        self.initial.setPos(-box.width() / 2, -box.height() / 2)

    def _hit_rect(self) -> QRectF:
        side = max(self.rect().width(), TOUCH_TARGET)
        return QRectF(-side / 2, -side / 2, side, side)

    def boundingRect(self) -> QRectF:  # noqa: N802 (Qt's name)
        return super().boundingRect().united(self._hit_rect())

    def shape(self) -> QPainterPath:
        """Where the marker is hit: at least a fingertip across."""
        path = QPainterPath()
        path.addEllipse(self._hit_rect())
        return path

    def set_text_zoom(self, zoom: float) -> None:
        font = QFont()
        font.setPointSizeF(font.pointSizeF() * 1.3 * zoom)
        font.setBold(True)
        self.label.setFont(font)
        inside = QFont(font)
        inside.setPixelSize(max(8, round(self.rect().height() * 0.55)))
        self.initial.setFont(inside)
        self.set_initial(self.initial.text())

    def itemChange(self, change: QGraphicsItem.GraphicsItemChange, value: object) -> object:  # noqa: N802
        if change == QGraphicsItem.GraphicsItemChange.ItemPositionChange:
            p = value  # keep the marker inside the map
            return QPointF(min(SIDE, max(0.0, p.x())), min(SIDE, max(0.0, p.y())))  # type: ignore[attr-defined]
        if change == QGraphicsItem.GraphicsItemChange.ItemPositionHasChanged and self.scene():
            self.scene().marker_moving(self)  # type: ignore[attr-defined]
        return super().itemChange(change, value)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802
        super().mouseReleaseEvent(event)
        if event.button() == Qt.MouseButton.LeftButton and self.scene():
            self.scene().marker_released(self)  # type: ignore[attr-defined]

    def xy(self) -> tuple[float, float]:
        return self.pos().x() / SIDE, self.pos().y() / SIDE


def _box(rect: QRectF) -> Box:
    return Box(rect.x(), rect.y(), rect.width(), rect.height())


class RoleMapScene(QGraphicsScene):
    markerMoving = Signal(object, float, float)  # noqa: N815  MarkerKey, x, y (live)
    markerReleased = Signal(object, float, float)  # noqa: N815  MarkerKey, x, y
    roleClicked = Signal(object)  # noqa: N815  Role
    nudgeRequested = Signal(object, float, float)  # noqa: N815  Moment, dx, dy
    roomAnswerClicked = Signal(object, int)  # noqa: N815  Moment, the answer's place in its list

    def __init__(self) -> None:
        super().__init__()
        self.setBackgroundBrush(QColor("white"))
        self.quadrants: dict[Role, QGraphicsRectItem] = {}
        self.names: dict[Role, QGraphicsSimpleTextItem] = {}
        tints = ROLE_TINTS
        self.text_zoom = 1.0
        font = self._name_font()
        for role, (col, row) in CORNERS.items():
            rect = QGraphicsRectItem(col * SIDE / 2, row * SIDE / 2, SIDE / 2, SIDE / 2)
            rect.setBrush(QColor(tints[role]))
            rect.setPen(QPen(QColor("#94a3b8"), 1.5))
            rect.setZValue(-10)
            self.addItem(rect)
            self.quadrants[role] = rect
            name = QGraphicsSimpleTextItem()
            name.setFont(font)
            name.setBrush(QColor(ROLE_NAME_INK))
            self.addItem(name)
            self.names[role] = name
        self.note = QGraphicsTextItem()  # the deck's reminder, wrapped to the map's width
        self.note.setDefaultTextColor(QColor(NOTE_INK))
        self.note.setTextWidth(SIDE)
        self.addItem(self.note)
        self.markers = {
            Moment.TODAY: RoleMarker(Moment.TODAY, TODAY_COLOUR, filled=True),
            Moment.AMBITION: RoleMarker(Moment.AMBITION, AMBITION_COLOUR, filled=False),
        }
        for marker in self.markers.values():
            self.addItem(marker)
            marker.hide()
        self.arrow = QGraphicsPathItem()
        self.arrow.setPen(QPen(AMBITION_COLOUR, 3, Qt.PenStyle.DashLine))
        self.arrow.setZValue(15)
        self.addItem(self.arrow)
        self.active = Moment.TODAY  # the marker the arrow keys move
        # The groups' markers (for the moment worked on), their centre and spread.
        self.group_markers: dict[GroupMark, RoleMarker] = {}
        self.group_ring = QGraphicsEllipseItem()
        self.group_ring.setPen(QPen(GROUP_CENTRE_COLOUR, 2, Qt.PenStyle.DotLine))
        self.group_centre = QGraphicsPathItem()
        self.group_centre.setPen(QPen(GROUP_CENTRE_COLOUR, 3))
        cross = QPainterPath()
        for dx, dy in ((1, 1), (1, -1)):
            cross.moveTo(-9 * dx, -9 * dy)
            cross.lineTo(9 * dx, 9 * dy)
        self.group_centre.setPath(cross)
        for part in (self.group_ring, self.group_centre):
            part.setZValue(12)
            part.hide()
            self.addItem(part)
        self.groups_visible = True
        # The room's answers from its phones: a dot each, their centres a cross (per moment).
        self.room_items: dict[Moment, tuple[QGraphicsPathItem, QGraphicsPathItem]] = {}
        self.room_points: dict[Moment, list[QPointF]] = {}  # each phone's dot, in its list's order
        for moment in Moment:
            colour = TODAY_COLOUR if moment is Moment.TODAY else AMBITION_COLOUR
            faint = QColor(colour)
            faint.setAlpha(140)
            points, centre = QGraphicsPathItem(), QGraphicsPathItem()
            points.setPen(QPen(colour, 1.5))
            points.setBrush(QBrush(faint) if moment is Moment.TODAY else QBrush())
            centre.setPen(QPen(colour, 3))
            for part in (points, centre):
                part.setZValue(11)
                self.addItem(part)
            self.room_items[moment] = (points, centre)
        self.note_wanted = True  # the projector shows the reminder beside the map instead
        self.setSceneRect(QRectF(-20, -20, SIDE + 40, SIDE + 90))

    def _name_font(self) -> QFont:
        font = QFont()
        font.setPointSizeF(font.pointSizeF() * 1.5 * self.text_zoom)
        font.setBold(True)
        return font

    def set_text_zoom(self, zoom: float) -> None:
        """The roles' names and the markers' labels `zoom` times larger (projector mode)."""
        self.text_zoom = zoom
        for name in self.names.values():
            name.setFont(self._name_font())
        note = QFont()
        note.setPointSizeF(note.pointSizeF() * zoom)
        self.note.setFont(note)
        for marker in [*self.markers.values(), *self.group_markers.values()]:
            marker.set_text_zoom(zoom)
        self.set_texts({r: n.text() for r, n in self.names.items()}, self.note.toPlainText())
        self.layout_labels()

    def show_note(self, shown: bool) -> None:
        """The deck's reminder under the map, or (False) not: the map alone fills the view."""
        self.note_wanted = shown
        self.fit_note(shown)

    def fit_note(self, shown: bool) -> None:
        """Show the reminder now, or leave it out for room (never when it is not wanted)."""
        shown = shown and self.note_wanted
        if shown != self.note.isVisible():
            self.note.setVisible(shown)
            self._fit_rect()

    def _fit_rect(self) -> None:
        below = self.note.boundingRect().height() + 16 if self.note.isVisible() else 0.0
        self.setSceneRect(QRectF(-20, -20, SIDE + 40, SIDE + 26 + below))

    def set_texts(self, names: dict[Role, str], note: str) -> None:
        room = SIDE / 2 - 24
        for role, item in self.names.items():
            item.setText(names[role])
        # A long name in large type is shrunk to its quadrant rather than run into the next,
        # and the others with it: the four roles always read as equals.
        widest = max(item.boundingRect().width() for item in self.names.values())
        scale = min(1.0, room / max(widest, 1.0))
        for role, (col, row) in CORNERS.items():
            item = self.names[role]
            item.setScale(scale)
            width = item.boundingRect().width() * scale
            height = item.boundingRect().height() * scale
            x = col * SIDE / 2 + (SIDE / 2 - width) / 2
            y = row * SIDE / 2 + (14 if row == 0 else SIDE / 2 - 14 - height)
            item.setPos(x, y)
        self.note.setPlainText(note)
        self.note.setPos(0, SIDE + 6)
        # The scene holds the map and the whole note: fitting the view never cuts a line.
        self._fit_rect()

    def show_marker(self, moment: Moment, xy: tuple[float, float] | None, label: str) -> None:
        marker = self.markers[moment]
        marker.label.setText(label)
        if xy is None:
            marker.hide()
        else:
            blocked = self.signalsBlocked()
            self.blockSignals(True)
            marker.setPos(xy[0] * SIDE, xy[1] * SIDE)
            self.blockSignals(blocked)
            marker.show()
        self.update_arrow()
        self.layout_labels()

    def show_groups(
        self,
        marks: Sequence[ShownMark[tuple[float, float]]],
        spread: tuple[float, float, float] | None,
    ) -> None:
        """The groups' markers at their (x, y) on the map; `spread` is their centre and
        radius."""
        wanted = {GroupMark(m.group): m for m in marks}
        for key in [k for k in self.group_markers if k not in wanted]:
            self.removeItem(self.group_markers.pop(key))
        for key, mark in wanted.items():
            colour, (x, y) = mark.colour, mark.value
            marker = self.group_markers.get(key)
            if marker is not None and marker.colour != QColor(colour):
                self.removeItem(self.group_markers.pop(key))
                marker = None
            if marker is None:
                marker = RoleMarker(key, QColor(colour), filled=True, size=GROUP_MARKER)
                marker.setZValue(18)
                marker.set_text_zoom(self.text_zoom)
                self.addItem(marker)
                self.group_markers[key] = marker
            marker.label.setText(mark.label)
            marker.set_initial(mark.initial)
            if self.mouseGrabberItem() is not marker:
                blocked = self.signalsBlocked()
                self.blockSignals(True)
                marker.setPos(x * SIDE, y * SIDE)
                self.blockSignals(blocked)
            marker.setVisible(self.groups_visible)
        self.layout_labels()
        if spread is None or len(wanted) < 2 or not self.groups_visible:
            self.group_ring.hide()
            self.group_centre.hide()
            return
        cx, cy, radius = spread[0] * SIDE, spread[1] * SIDE, max(spread[2] * SIDE, 6.0)
        self.group_ring.setRect(cx - radius, cy - radius, 2 * radius, 2 * radius)
        self.group_centre.setPos(cx, cy)
        self.group_ring.show()
        self.group_centre.show()

    def show_room(
        self,
        values: Mapping[Moment, Sequence[tuple[float, float]]],
        centres: Mapping[Moment, tuple[float, float]],
    ) -> None:
        """The room's answers at their (x, y) on the map, and their centres."""
        for moment, (points, centre) in self.room_items.items():
            dots = QPainterPath()
            self.room_points[moment] = [
                QPointF(x * SIDE, y * SIDE) for x, y in values.get(moment, ())
            ]
            for point in self.room_points[moment]:
                dots.addEllipse(point, 4.5, 4.5)
            points.setPath(dots)
            cross = QPainterPath()
            if moment in centres:
                cx, cy = centres[moment][0] * SIDE, centres[moment][1] * SIDE
                for dx, dy in ((1, 1), (1, -1)):
                    cross.moveTo(cx - 8 * dx, cy - 8 * dy)
                    cross.lineTo(cx + 8 * dx, cy + 8 * dy)
            centre.setPath(cross)

    def set_groups_visible(self, visible: bool) -> None:
        self.groups_visible = visible
        for marker in self.group_markers.values():
            marker.setVisible(visible)
        self.layout_labels()
        if not visible:
            self.group_ring.hide()
            self.group_centre.hide()

    def layout_labels(self) -> None:
        """Each marker's name beside it, clear of the other markers, their names, the arrow
        and the roles' names. Today's and the ambition's always show (at worst overlapping
        least); a group's that finds no room is left out: its initial is in its marker, and
        its name on hover and in the groups' box."""
        shown = [
            m
            for m in (*self.markers.values(), *self.group_markers.values())
            if m.isVisible() and m.label.text()
        ]
        if not shown:
            return
        points = [(m.pos().x(), m.pos().y()) for m in shown]
        sizes = [(m.label.boundingRect().width(), m.label.boundingRect().height()) for m in shown]
        rims = [_box(m.mapRectToScene(m.rect())) for m in shown]
        names = [_box(n.sceneBoundingRect()) for n in self.names.values() if n.isVisible()]
        today, ambition = self.markers[Moment.TODAY], self.markers[Moment.AMBITION]
        arrow: list[Box] = []
        if self.arrow.isVisible():
            arrow = segment_boxes(
                (today.pos().x(), today.pos().y()), (ambition.pos().x(), ambition.pos().y())
            )
        boxes = place_labels(
            points,
            sizes,
            Box(-16, -16, SIDE + 32, SIDE + 32),  # the map and its rim
            gap=max(m.rect().width() for m in shown) / 2 + 2,
            obstacles=[*names, *rims, *arrow],
            always=[isinstance(m.key, Moment) for m in shown],
        )
        for marker, (x, y), box in zip(shown, points, boxes, strict=True):
            marker.label.setVisible(box is not None)
            if box is not None:
                marker.label.setPos(box.x - x, box.y - y)
            marker.setToolTip(plain_tip(marker.label.text()))

    def update_arrow(self) -> None:
        today, ambition = self.markers[Moment.TODAY], self.markers[Moment.AMBITION]
        if not (today.isVisible() and ambition.isVisible()):
            self.arrow.hide()
            return
        a, b = today.pos(), ambition.pos()
        length = math.hypot(b.x() - a.x(), b.y() - a.y())
        if length < MARKER:
            self.arrow.hide()
            return
        ux, uy = (b.x() - a.x()) / length, (b.y() - a.y()) / length
        tip = QPointF(b.x() - ux * MARKER / 2, b.y() - uy * MARKER / 2)
        path = QPainterPath(a)
        path.lineTo(tip)
        for side in (1, -1):
            angle = math.atan2(uy, ux) + math.pi - side * 0.4
            path.moveTo(tip)
            path.lineTo(tip.x() + 14 * math.cos(angle), tip.y() + 14 * math.sin(angle))
        self.arrow.setPath(path)
        self.arrow.show()

    def marker_moving(self, marker: RoleMarker) -> None:
        self.update_arrow()
        self.layout_labels()
        if marker.isUnderMouse() or self.mouseGrabberItem() is marker:
            self.markerMoving.emit(marker.key, *marker.xy())

    def marker_released(self, marker: RoleMarker) -> None:
        if isinstance(marker.key, Moment):
            self.active = marker.key
        self.markerReleased.emit(marker.key, *marker.xy())

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802
        super().mousePressEvent(event)
        grabbed = self.mouseGrabberItem()
        if event.isAccepted() and isinstance(grabbed, RoleMarker):
            return
        if (answer := self._room_answer_at(event.scenePos())) is not None:
            self.roomAnswerClicked.emit(*answer)
            return
        for role, rect in self.quadrants.items():
            if rect.contains(event.scenePos()):
                self.roleClicked.emit(role)
                return

    def _room_answer_at(self, at: QPointF) -> tuple[Moment, int] | None:
        """The phone's dot under `at` (the nearest within its radius and a little), if any."""
        near = [
            ((point - at).manhattanLength(), moment, n)
            for moment, points in self.room_points.items()
            if self.room_items[moment][0].isVisible()
            for n, point in enumerate(points)
            if (point - at).manhattanLength() <= 8
        ]
        if not near:
            return None
        _, moment, n = min(near, key=lambda found: found[0])
        return moment, n

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        nudge = arrow_nudge(event, y_up=False)
        if nudge is not None:
            self.nudgeRequested.emit(self.active, *nudge)
            event.accept()
            return
        super().keyPressEvent(event)
