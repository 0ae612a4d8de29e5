"""The deck's role map: four roles in a 2×2, with a marker for today and one for the ambition."""

from __future__ import annotations

import html
import math
import re
from collections.abc import Mapping, Sequence

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QKeyEvent, QPainterPath, QPen
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

from ...analysis.matrix import Box, place_or_number, segment_boxes
from ...figures.matrix import (
    CROWD,
    LABEL_GROUND,
    RIM_GAP,
    caption_place,
    cores,
    crowds_numbered,
    initial_reach,
    number_runs,
    own_quadrant,
    rim_box,
    spots,
)
from ...model import Moment, Role
from ...ui.group_colours import (
    AMBITION_COLOUR,
    INITIAL_SHARE,
    PREVIOUS_COLOURS,
    ROLE_TINTS,
    TODAY_COLOUR,
    ink_on,
    label_ink,
)
from ...ui.widgets import plain_tip
from .. import arrow_nudge
from ..group_markers import ShownMark
from ..markers import GroupMark, MarkerKey, PreviousMark, SideMark
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
ROLE_NAME_INK = "#1e293b"
NAME_INSET = 14.0  # a role's name from its quadrant's edges
NOTE_INK = "#475569"
GROUP_MARKER = 26.0
SIDE_LINK_INK = "#334155"  # the dashed line between the two sides' places
LABEL_SHARE_OF_FONT = 1.3  # a marker's label: this many times the application's type
LABEL_SHARE = 0.55  # of a quadrant's width, at most, for a marker's name
LEGEND_WIDTH = 200.0  # the legend's column beside the map at most, at zoom 1
LEGEND_ROWS = 14  # a legend's lines per column
NAME_MARGIN, NAME_MARGIN_AT_FLOOR = 24.0, 8.0  # a role's name narrower than its quadrant
LEGEND_MIN_WIDTH = 60.0  # and at least, when it is wrapped to the room a view has spare


class RoleMarker(QGraphicsEllipseItem):
    def __init__(self, key: MarkerKey, colour: QColor, filled: bool, size: float = MARKER) -> None:
        super().__init__(-size / 2, -size / 2, size, size)
        self.base_size = size
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
        # A light ground under the label (it follows the label): a line it lies across (the
        # groups' spread, the arrow's path) does not cut through its letters.
        self.ground = QGraphicsRectItem(self.label)
        self.ground.setFlag(QGraphicsItem.GraphicsItemFlag.ItemStacksBehindParent)
        self.ground.setPen(QPen(Qt.PenStyle.NoPen))
        self.ground.setBrush(QColor(LABEL_GROUND))
        self.initial = QGraphicsSimpleTextItem(self)  # a group's initial, inside the marker
        self.initial.setBrush(ink_on(colour.name()))
        # Where its label found no room: a number in a disc on the marker's rim, named in the
        # legend under the map (never a label over another role, a marker or a caption).
        self.badge = QGraphicsEllipseItem(self)
        self.badge.setBrush(QBrush(QColor("white")))
        self.badge.setPen(QPen(colour.darker(130), 2))
        self.badge.setZValue(1)
        self.badge_text = QGraphicsSimpleTextItem(self.badge)
        self.badge_text.setBrush(QColor(ROLE_NAME_INK))
        self.badge.hide()
        self.number: int | None = None
        self.set_text_zoom(1.0)
        self.label.setPos(size / 2 + 4, -size / 2 - 4)

    def set_number(
        self,
        number: int | None,
        runs: str | None = None,
        turn: int = 0,
        badge: bool = True,
        clear: tuple[Box, Sequence[Box], Sequence[Box]] | None = None,
        core: float | None = None,
    ) -> None:
        """The legend's number for this marker (None: its label is beside it), in a disc on
        its rim up and to the right, the `turn`-th on one spot a disc further round; `runs`:
        a crowd's numbers in one disc ("1–30", on its top marker), beside the rim, with
        `clear` (the map's box, what it keeps off and the words it never covers when it
        can, in the scene) where the figures put it (`figures.matrix.rim_box`); without
        `badge` its number is in another marker's disc (a crowd's). The disc keeps off the
        initials within `core` of its centre (its own by default; `figures.matrix.cores`)."""
        self.number = number
        self.badge.setVisible(number is not None and badge)
        self.label.setVisible(number is None)
        if number is None:
            return
        self.badge_text.setText(runs or str(number))
        text = self.badge_text.boundingRect()
        side = max(text.width(), text.height())
        if runs:  # a wide disc: its words clear of its rounded ends
            side = text.width() + text.height() * 0.8
        r = self.rect().width() / 2
        # On the rim, or out as far as keeps it off the group's initial (centred on the rim
        # of a small marker, a "2" hid the "B" it numbered), as the figures put it.
        if core is None:
            core = initial_reach(self.initial.text(), self.initial.font().pixelSize())
        out = max(r, core + side / 2)
        step = 2 * math.asin(min(1.0, (side + 2) / max(2 * out, side + 2)))
        angle = math.radians(45) - turn * step  # the rim, up and to the right, then round
        x, y = out * math.cos(angle), -out * math.sin(angle)
        if runs:  # a crowd's wide disc beside the rim, its corner on it, as the figures
            # place it (`figures.matrix.rim_box`): reaching in, it lay over the initials
            reach = r + RIM_GAP
            x = reach * math.cos(angle) + side / 2
            y = -reach * math.sin(angle) - text.height() / 2
            if clear is not None:  # off the arrow, the roles' names and the other markers
                at = self.scenePos()
                box = rim_box((at.x(), at.y()), r, side, text.height(), *clear)
                x, y = box.x + side / 2 - at.x(), box.y + box.h / 2 - at.y()
        self.badge.setRect(QRectF(x - side / 2, y - text.height() / 2, side, text.height()))
        self.badge_text.setPos(x - text.width() / 2, y - text.height() / 2)

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
        font.setPointSizeF(font.pointSizeF() * LABEL_SHARE_OF_FONT * zoom)
        font.setBold(True)
        self.label.setFont(font)
        # The marker grows with its words, so its initial is as large as its label.
        side = max(self.base_size, font.pointSizeF() * 96 / 72 / INITIAL_SHARE)
        if side != self.rect().width():
            self.setRect(-side / 2, -side / 2, side, side)
        inside = QFont(font)
        inside.setPixelSize(max(8, round(self.rect().height() * INITIAL_SHARE)))
        self.initial.setFont(inside)
        self.set_initial(self.initial.text())
        # The number as large as the initial inside the marker: the marker carries it.
        self.badge_text.setFont(inside)
        self.set_number(self.number)

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


class ArrowPath(QGraphicsPathItem):
    """The arrow from today to the ambition: a line across the map notes keep off (its
    bounding box is a ground they may lie on)."""

    def kept_clear(self) -> QPainterPath:
        return self.path()


def _box(rect: QRectF) -> Box:
    return Box(rect.x(), rect.y(), rect.width(), rect.height())


MAP_MARGIN = 4.0  # a marker's name keeps this far inside the map's edge
SCENE_MARGIN = 20.0  # the scene round the map: a marker on its edge, a crowd's disc


class RoleMapScene(QGraphicsScene):
    markerMoving = Signal(object, float, float)  # noqa: N815  MarkerKey, x, y (live)
    markerReleased = Signal(object, float, float)  # noqa: N815  MarkerKey, x, y
    roleClicked = Signal(object)  # noqa: N815  Role
    nudgeRequested = Signal(object, float, float)  # noqa: N815  Moment, dx, dy
    roomAnswerClicked = Signal(object, int)  # noqa: N815  Moment, the answer's place in its list
    # The legend's lines when they are left to the text beside the map (`legend_aside`).
    legendAside = Signal(list)  # noqa: N815
    # How many numbers the markers take (a sticky note's callout is numbered after them).
    numbersDrawn = Signal(int)  # noqa: N815

    def __init__(self) -> None:
        super().__init__()
        self.setBackgroundBrush(QColor("white"))
        self.quadrants: dict[Role, QGraphicsRectItem] = {}
        self.names: dict[Role, QGraphicsSimpleTextItem] = {}
        tints = ROLE_TINTS
        self.text_zoom = 1.0
        self.marker_numbers = 0  # how many numbers the markers take (`numbersDrawn`)
        self.name_scale = 1.0  # how much the roles' names are shrunk to fit their quadrants
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
        # The markers whose labels found no room beside them, by number, in a column beside
        # the map (where a wide screen has room to spare, so the map is not made smaller).
        self.legend = QGraphicsTextItem()
        self.legend.setDefaultTextColor(QColor(ROLE_NAME_INK))
        self.legend.setTextWidth(LEGEND_WIDTH)
        self.legend.hide()
        self.legend_beside = True
        self.legend_columns = 1
        self._placing_legend = False
        self.addItem(self.legend)
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
        self.arrow = ArrowPath()
        self.arrow.setPen(QPen(AMBITION_COLOUR, 3, Qt.PenStyle.DashLine))
        self.arrow.setZValue(15)
        self.addItem(self.arrow)
        self.active = Moment.TODAY  # the marker the arrow keys move
        # The groups' markers (for the moment worked on), their centre and spread.
        self.group_markers: dict[GroupMark, RoleMarker] = {}
        # One ring and centre per moment the groups answered for (a figure shows both).
        self.spread_items: list[tuple[QGraphicsEllipseItem, QGraphicsPathItem]] = []
        self.group_ring, self.group_centre = self._spread_item(0)
        self.groups_visible = True
        # The elected members' and the officials' centres (when both answered, a side of
        # several answers), and a dashed line between each moment's two places.
        self.side_markers: dict[SideMark, RoleMarker] = {}
        # Where the previous workshop left the region (a follow-up's then beside its now).
        self.previous_markers: dict[PreviousMark, RoleMarker] = {}
        self.side_links = QGraphicsPathItem()
        self.side_links.setPen(QPen(QColor(SIDE_LINK_INK), 2, Qt.PenStyle.DashLine))
        self.side_links.setZValue(13)
        self.addItem(self.side_links)
        self.side_ends: list[tuple[tuple[float, float], tuple[float, float]]] = []
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
        self.type_floor = False  # a reader's smallest type applies: words are never shrunk
        # A legend longer than a column goes to the text beside the map (the projector's: in
        # columns under the map its type was a third of the room's smallest).
        self.legend_aside = False
        self._placing = False  # markers being put where the workshop has them
        self.setSceneRect(QRectF(-SCENE_MARGIN, -SCENE_MARGIN, SIDE + 2 * SCENE_MARGIN, SIDE + 90))

    def _spread_item(self, n: int) -> tuple[QGraphicsEllipseItem, QGraphicsPathItem]:
        """The `n`-th ring and centre (×) of the groups' markers, made when first needed."""
        while len(self.spread_items) <= n:
            ring = QGraphicsEllipseItem()
            ring.setPen(QPen(GROUP_CENTRE_COLOUR, 2, Qt.PenStyle.DotLine))
            centre = QGraphicsPathItem()
            centre.setPen(QPen(GROUP_CENTRE_COLOUR, 3))
            cross = QPainterPath()
            for dx, dy in ((1, 1), (1, -1)):
                cross.moveTo(-9 * dx, -9 * dy)
                cross.lineTo(9 * dx, 9 * dy)
            centre.setPath(cross)
            for part in (ring, centre):
                part.setZValue(12)
                part.hide()
                self.addItem(part)
            self.spread_items.append((ring, centre))
        return self.spread_items[n]

    def _name_font(self) -> QFont:
        font = QFont()
        font.setPointSizeF(font.pointSizeF() * 1.5 * self.text_zoom)
        font.setBold(True)
        return font

    def smallest_px(self) -> float:
        """The smallest type the map draws, in its own units (what a page may shrink)."""
        sizes = []
        for item in self.items():
            if not item.isVisible() or not isinstance(
                item, (QGraphicsSimpleTextItem, QGraphicsTextItem)
            ):
                continue
            font = item.font()
            px = font.pixelSize() if font.pixelSize() > 0 else font.pointSizeF() * 96 / 72
            sizes.append(px * item.sceneTransform().m22())
        return min(sizes, default=0.0)

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

    def scene_rect_for(self, beside: bool, with_legend: bool = True) -> QRectF:
        """The map with the legend beside it (or under it) and the reminder under it."""
        shown = with_legend and self.legend.isVisible()
        legend = self.legend.boundingRect() if shown else QRectF()
        note = self.note.boundingRect().height() + 16 if self.note.isVisible() else 0.0
        width, height = SIDE + 2 * SCENE_MARGIN, SIDE + 26 + note
        if legend.isValid() and beside:
            width += legend.width() + 16
            height = max(height, legend.height() + 40)
        elif legend.isValid():
            width = max(width, legend.width() + 40)
            height += legend.height() + 4
        return QRectF(-SCENE_MARGIN, -SCENE_MARGIN, width, height)

    def place_legend(self, view_width: float, view_height: float) -> None:
        """The legend where the view shows the map largest: beside it in the room a wide
        view has to spare (wrapped to that room when it can be), else under it or beside it,
        whichever costs the map less."""
        if not self.legend.isVisible() or view_width <= 0 or view_height <= 0:
            return
        if self._placing_legend:
            return
        self._placing_legend = True
        try:
            self._place_legend(view_width, view_height)
        finally:
            self._placing_legend = False

    def _place_legend(self, view_width: float, view_height: float) -> None:
        widest = LEGEND_WIDTH * self.text_zoom
        self.legend.setTextWidth(-1)
        natural = self.legend.boundingRect().width()
        alone = self.scene_rect_for(True, with_legend=False)
        scale = min(view_width / alone.width(), view_height / alone.height())
        spare = view_width / scale - alone.width() - 16
        lines = LEGEND_MIN_WIDTH * self.text_zoom
        width = min(natural, widest, spare) if spare >= lines else min(natural, widest)
        # Never narrower than its longest word ("förtroendevalda" was broken before its "a").
        metrics = QFontMetricsF(self.legend.font())
        words = self.legend.toPlainText().replace("\n", " ").split(" ")
        margin = 2 * self.legend.document().documentMargin()
        width = max(width, max(metrics.horizontalAdvance(w) for w in words) + margin + 1)
        if width < natural and self.legend_columns == 1:  # columns are never squeezed
            self.legend.setTextWidth(width)

        def fitted(beside: bool) -> float:
            rect = self.scene_rect_for(beside)
            return min(view_width / rect.width(), view_height / rect.height())

        self.legend_beside = fitted(True) >= fitted(False)
        self._fit_rect()

    def _fit_rect(self) -> None:
        """The map, the legend beside it (or under it) and the reminder under it, whole."""
        beside = self.legend_beside
        legend = self.legend.boundingRect().height() + 4 if self.legend.isVisible() else 0.0
        if beside:
            self.legend.setPos(SIDE + 16, 0)
            self.note.setPos(0, SIDE + 6)
        else:
            self.legend.setPos(0, SIDE + 6)
            self.note.setPos(0, SIDE + 6 + legend)
        rect = self.scene_rect_for(beside)
        if rect != self.sceneRect():  # the same rect again would refit every view
            self.setSceneRect(rect)

    def set_texts(self, names: dict[Role, str], note: str) -> None:
        # A name's room in its quadrant: less margin where the room's type is the floor (on
        # a 600-line projector "Kapacitetsbyggaren" shrank the four names to 17.9 px).
        room = SIDE / 2 - (NAME_MARGIN_AT_FLOOR if self.type_floor else NAME_MARGIN)
        for role, item in self.names.items():
            item.setText(names[role])
        # A long name in large type is shrunk to its quadrant rather than run into the next,
        # and the others with it: the four roles always read as equals.
        widest = max(item.boundingRect().width() for item in self.names.values())
        scale = min(1.0, room / max(widest, 1.0))
        self.name_scale = scale
        for role, (col, row) in CORNERS.items():
            item = self.names[role]
            item.setScale(scale)
            width = item.boundingRect().width() * scale
            height = item.boundingRect().height() * scale
            x = col * SIDE / 2 + (SIDE / 2 - width) / 2
            y = row * SIDE / 2 + (NAME_INSET if row == 0 else SIDE / 2 - NAME_INSET - height)
            item.setPos(x, y)
        self.note.setPlainText(note)
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
            self._placing = True
            try:
                marker.setPos(xy[0] * SIDE, xy[1] * SIDE)
            finally:
                self._placing = False
            self.blockSignals(blocked)
            marker.show()
        self.update_arrow()
        self.layout_labels()

    def show_groups(
        self,
        marks: Sequence[ShownMark[tuple[float, float]]],
        spreads: Sequence[tuple[float, float, float]],
    ) -> None:
        """The groups' markers at their (x, y) on the map; each of `spreads` a centre and
        radius (of one moment's markers)."""
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
                self._placing = True
                try:
                    marker.setPos(x * SIDE, y * SIDE)
                finally:
                    self._placing = False
                self.blockSignals(blocked)
            marker.setVisible(self.groups_visible)
        shown = spreads if len(wanted) >= 2 and self.groups_visible else ()
        for n, (x, y, radius) in enumerate(shown):
            ring, centre = self._spread_item(n)
            cx, cy, r = x * SIDE, y * SIDE, max(radius * SIDE, 6.0)
            ring.setRect(cx - r, cy - r, 2 * r, 2 * r)
            centre.setPos(cx, cy)
            ring.show()
            centre.show()
        for ring, centre in self.spread_items[len(shown) :]:
            ring.hide()
            centre.hide()
        self.layout_labels()  # clear of the spreads' centres, placed first

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
        self.layout_labels()  # the markers' names clear of the answers

    def show_sides(
        self,
        marks: Sequence[ShownMark[tuple[float, float]]],
        keys: Sequence[SideMark],
        links: Sequence[tuple[tuple[float, float], tuple[float, float]]],
    ) -> None:
        """The sides' centres at their (x, y), keyed by `keys` (a side of one answer has
        none: its group's marker is its place), and the dashed lines between each moment's
        two places. Drawn, never dragged."""
        wanted = dict(zip(keys, marks, strict=True))
        for key in [k for k in self.side_markers if k not in wanted]:
            self.removeItem(self.side_markers.pop(key))
        for key, mark in wanted.items():
            marker = self.side_markers.get(key)
            if marker is None:
                marker = self._drawn_marker(key, mark.colour, True, 17)
                self.side_markers[key] = marker
            marker.label.setText(mark.label)
            marker.set_initial(mark.initial)
            blocked = self.signalsBlocked()
            self.blockSignals(True)
            self._placing = True
            try:
                marker.setPos(mark.value[0] * SIDE, mark.value[1] * SIDE)
            finally:
                self._placing = False
            self.blockSignals(blocked)
            marker.setVisible(self.groups_visible)
        path = QPainterPath()
        self.side_ends = [
            ((ax * SIDE, ay * SIDE), (bx * SIDE, by * SIDE)) for (ax, ay), (bx, by) in links
        ]
        for a, b in self.side_ends:
            path.moveTo(*a)
            path.lineTo(*b)
        self.side_links.setPath(path)
        self.side_links.setVisible(self.groups_visible)
        self.layout_labels()

    def _drawn_marker(self, key: MarkerKey, colour: str, filled: bool, z: float) -> RoleMarker:
        """A marker that is drawn, never dragged (a side's centre, the last workshop's), at
        the scene's text zoom."""
        marker = RoleMarker(key, QColor(colour), filled=filled, size=GROUP_MARKER)
        marker.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsMovable, False)
        marker.setCursor(Qt.CursorShape.ArrowCursor)
        marker.setZValue(z)
        marker.set_text_zoom(self.text_zoom)
        self.addItem(marker)
        return marker

    def show_previous(
        self, marks: Sequence[tuple[PreviousMark, tuple[float, float], str, str]]
    ) -> None:
        """Where the previous workshop left the region: (key, (x, y), label, tooltip) each,
        hollow and greyed, drawn, never dragged."""
        wanted = {key: (point, label, tip) for key, point, label, tip in marks}
        for key in [k for k in self.previous_markers if k not in wanted]:
            self.removeItem(self.previous_markers.pop(key))
        for key, ((x, y), label, tip) in wanted.items():
            marker = self.previous_markers.get(key)
            if marker is None:
                marker = self._drawn_marker(key, PREVIOUS_COLOURS[key.moment], False, 16)
                self.previous_markers[key] = marker
            marker.label.setText(label)
            marker.setToolTip(tip)
            blocked = self.signalsBlocked()
            self.blockSignals(True)
            self._placing = True
            try:
                marker.setPos(x * SIDE, y * SIDE)
            finally:
                self._placing = False
            self.blockSignals(blocked)
        self.layout_labels()

    def set_groups_visible(self, visible: bool) -> None:
        self.groups_visible = visible
        self.side_links.setVisible(visible)
        for marker in (*self.group_markers.values(), *self.side_markers.values()):
            marker.setVisible(visible)
        self.layout_labels()
        if not visible:
            for ring, centre in self.spread_items:
                ring.hide()
                centre.hide()

    def layout_labels(self) -> None:
        """Each marker's name beside it, inside its own role's quadrant, clear of the other
        markers, their names, the arrow and the roles' names. A name that finds no room is not
        drawn over anything: its marker carries a number, and the legend under the map names
        it ("1 Grupp A (i dag)"); today's and the ambition's too (issue #34: the projector's
        "Ambition" lay across Nätverkaren while its marker stood in Kapacitetsbyggaren)."""
        shown = [
            m
            for m in (
                *self.markers.values(),
                *self.group_markers.values(),
                *self.side_markers.values(),
                *self.previous_markers.values(),
            )
            if m.isVisible() and m.label.text()
        ]
        points = [(m.pos().x(), m.pos().y()) for m in shown]
        # A name wider than most of a quadrant is drawn smaller, as the roles' names are: at a
        # projector's zoom "Ambition" was wider than its role's quadrant. Not for a reader
        # whose type has a floor (the projector's): there a name that finds no room in its
        # quadrant is numbered and named in the legend.
        widest = SIDE / 2 * LABEL_SHARE
        for m in shown:
            width = m.label.boundingRect().width()
            shrink = min(1.0, widest / width) if width else 1.0
            m.label.setScale(1.0 if self.type_floor else shrink)
        sizes = [
            (
                m.label.boundingRect().width() * m.label.scale(),
                m.label.boundingRect().height() * m.label.scale(),
            )
            for m in shown
        ]
        rims = [_box(m.mapRectToScene(m.rect())) for m in shown]
        today, ambition = self.markers[Moment.TODAY], self.markers[Moment.AMBITION]
        arrow: list[Box] = []
        if self.arrow.isVisible():
            arrow = segment_boxes(
                (today.pos().x(), today.pos().y()), (ambition.pos().x(), ambition.pos().y())
            )
        self._place_names([*rims, *arrow, *self._side_link_boxes()])
        names = [_box(n.sceneBoundingRect()) for n in self.names.values() if n.isVisible()]
        # By the figures' rule (`figures.matrix.name_markers`): inside the map, a label
        # touching its marker or with its middle in its marker's role, a ring out a line of
        # type farther.
        whole, margin = Box(0, 0, SIDE, SIDE), MAP_MARGIN
        inside = Box(margin, margin, SIDE - 2 * margin, SIDE - 2 * margin)
        line = max(
            (QFontMetricsF(m.label.font()).height() * m.label.scale() for m in shown[:1]),
            default=None,
        )
        placed = place_or_number(
            points,
            sizes,
            inside,
            gap=max((m.rect().width() for m in shown), default=0.0) / 2 + 2,
            obstacles=[*names, *rims, *arrow, *self._kept_clear()],
            centred=[
                own_quadrant(whole, pt, m.rect().width() / 2)
                for m, pt in zip(shown, points, strict=True)
            ],
            step=line,
        )
        # A crowd on one spot numbered whole, its numbers in one disc, the figures' rule
        # (thirty badges on one rim lay on one another).
        radii = [m.rect().width() / 2 for m in shown]
        placed = crowds_numbered(placed, points, radii)
        number = {i: where for i, where in enumerate(placed) if isinstance(where, int)}
        numbered = list(number)
        crowds: dict[int, list[int]] = {}  # a crowd's top marker: the crowd's markers
        turns: dict[int, int] = {}  # a few on one spot: their discs round the rim
        for spot in spots([points[i] for i in numbered], [radii[i] for i in numbered]):
            members = [numbered[j] for j in spot]
            if len(members) >= CROWD:
                # On the crowd's last marker, drawn over the others (under them, its disc
                # was hidden).
                crowds[members[-1]] = members
            else:
                turns.update((i, turn) for turn, i in enumerate(members))
        # What a crowd's disc keeps off, as the figures' (`figures.matrix.number_discs`):
        # the arrow, the roles' names, the labels beside their markers and the markers not
        # in the crowd (it lay over the room's arrow).
        labelled = [where for where in placed if isinstance(where, Box)]
        kept_off = [*arrow, *names, *labelled]
        drawn = _box(
            QRectF(-SCENE_MARGIN, -SCENE_MARGIN, SIDE + 2 * SCENE_MARGIN, SIDE + 2 * SCENE_MARGIN)
        )
        beyond = [
            _box(item.sceneBoundingRect()) for item in (self.note, self.legend) if item.isVisible()
        ]
        # A disc keeps off the initials on its marker's spot (`figures.matrix.cores`).
        held = cores(
            points,
            radii,
            [initial_reach(m.initial.text(), m.initial.font().pixelSize()) for m in shown],
        )
        entries: list[tuple[int, str]] = []
        for i, (marker, (x, y), where) in enumerate(zip(shown, points, placed, strict=True)):
            if isinstance(where, Box):
                marker.set_number(None)
                marker.label.setPos(where.x - x, where.y - y)
                marker.ground.setRect(marker.label.boundingRect().adjusted(-2, 0, 2, 0))
            else:
                runs, clear = None, None
                if i in crowds:  # the crowd's numbers in one disc, as runs ("1–30")
                    runs = number_runs([number[j] for j in crowds[i]])
                    others = [rims[j] for j in range(len(shown)) if j not in crowds[i]]
                    # Anywhere on the scene round the map, off its reminder and legend
                    # (kept to the map, a crowd in its corner had only the arrow's way
                    # in, and its disc lay on the arrow).
                    clear = (drawn, [*kept_off, *others, *beyond], [*names, *labelled])
                badge = i in crowds or i in turns
                marker.set_number(where, runs, turns.get(i, 0), badge, clear, held[i])
                if i in crowds:
                    kept_off.append(_box(marker.badge.mapRectToScene(marker.badge.rect())))
                name = _parentheses_whole(" ".join(marker.label.text().split()))
                entries.append((where, f"{where}\u00a0{name}"))
            marker.setToolTip(plain_tip(marker.label.text()))
        legend = [text for _, text in sorted(entries)]  # by number: a crowd's together
        if len(legend) != self.marker_numbers:
            self.marker_numbers = len(legend)
            self.numbersDrawn.emit(self.marker_numbers)
        # A long legend in columns, each as tall as the map, or beside the map (projected).
        font = self._name_font()
        rows = max(LEGEND_ROWS, int(SIDE / QFontMetricsF(font).lineSpacing()))
        aside = self.legend_aside and len(legend) > rows
        self.legendAside.emit(legend if aside else [])
        if aside:
            legend = []
        self.legend_columns = max(1, -(-len(legend) // rows))
        if self.legend_columns > 1:
            self.legend.setHtml(_columns(legend, rows))
        else:
            self.legend.setPlainText("\n".join(legend))
        # The legend's words as large as the roles' names are drawn.
        font = self._name_font()
        font.setBold(False)
        font.setPointSizeF(font.pointSizeF() * self.name_scale)
        self.legend.setFont(font)
        self.legend.setTextWidth(-1)  # as wide as its longest line, up to its column
        widest = LEGEND_WIDTH * self.text_zoom
        if self.legend_columns == 1 and self.legend.boundingRect().width() > widest:
            self.legend.setTextWidth(widest)
        # Where the legend goes is settled when no marker moves: the map does not change its
        # scale under a dragging hand (and refitting from within a move looped).
        if self._placing_legend or self.mouseGrabberItem() is not None:
            return
        for view in self.views():  # the view decides beside or under, for its own shape
            viewport = view.viewport().rect()
            self.place_legend(viewport.width(), viewport.height())
        if bool(legend) != self.legend.isVisible() or legend:
            self.legend.setVisible(bool(legend))
            self._fit_rect()

    def _place_names(self, taken: list[Box]) -> None:
        """Each role's name where the figure puts it (`figures.matrix.caption_place`): at
        the map's outer edge, else at its quadrant's inner edge or a corner, where no marker,
        the arrow or the sides' line lies on it (a marker lay on "Finansiären" and the room
        could not read the role it stood in)."""
        whole = Box(0, 0, SIDE, SIDE)
        for role, (col, row) in CORNERS.items():
            item = self.names[role]
            rect = item.boundingRect()
            size = (rect.width() * self.name_scale, rect.height() * self.name_scale)
            quadrant = Box(col * SIDE / 2, row * SIDE / 2, SIDE / 2, SIDE / 2)
            box = caption_place(size, quadrant, (col, row), NAME_INSET, taken, whole, True)
            item.setPos(box.x, box.y)
            taken = [*taken, box]

    def _side_link_boxes(self) -> list[Box]:
        """The small boxes the dashed line between the sides' places is kept clear by."""
        if not self.side_links.isVisible():
            return []
        return [b for one, other in self.side_ends for b in segment_boxes(one, other)]

    def _kept_clear(self) -> list[Box]:
        """What a marker's name keeps off besides the markers, the arrow and the roles'
        names, as the figure's layout does: the groups' centres, the line between the sides'
        places, the room's answers and their centres (the name "I dag" lay over the groups'
        centre)."""
        boxes = [_box(c.sceneBoundingRect()) for _, c in self.spread_items if c.isVisible()]
        boxes += self._side_link_boxes()
        for moment, (points, centre) in self.room_items.items():
            if points.isVisible():
                boxes += [
                    Box(p.x() - 5, p.y() - 5, 10, 10) for p in self.room_points.get(moment, ())
                ]
            if centre.isVisible() and not centre.path().isEmpty():
                boxes.append(_box(centre.sceneBoundingRect()))
        return boxes

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
        if self._placing:  # shown from the workshop: laid out once, when all are placed
            return
        self.update_arrow()
        self.layout_labels()
        if marker.isUnderMouse() or self.mouseGrabberItem() is marker:
            self.markerMoving.emit(marker.key, *marker.xy())

    def marker_released(self, marker: RoleMarker) -> None:
        self.layout_labels()  # the legend's place, settled now the marker rests
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


def _parentheses_whole(text: str) -> str:
    """`text` with each part in parentheses kept on one line (a narrow legend beside the
    projected map broke "Grupp D – kommunerna (i dag)" into "(i" and "dag)")."""
    return re.sub(r"\([^()]*\)", lambda m: m.group().replace(" ", "\u00a0"), text)


def _columns(lines: list[str], rows: int) -> str:
    """`lines` as a table of columns `rows` long, read down each column in turn."""
    columns = [lines[k : k + rows] for k in range(0, len(lines), rows)]
    cells = "".join(
        "<td style='padding-right: 12px; vertical-align: top'>"
        + "<br>".join(html.escape(line) for line in column)
        + "</td>"
        for column in columns
    )
    return f"<table cellspacing='0' cellpadding='0'><tr>{cells}</tr></table>"
