"""The capital matrix as a pyqtgraph plot: quadrants, markers, arrow, reference regions.

x is the capital's character (-1 more reactive … +1 more proactive), y is capital per capita
(-1 less … +1 more). The plot only shows and reports: markers move live under the mouse and
the plot emits `markerMoveFinished` on release; the canvas turns that into one undo step.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QKeyEvent, QPainter, QPainterPath
from PySide6.QtWidgets import QGraphicsItem, QWidget

from ...analysis.groups import MatrixSpread
from ...analysis.matrix import Box, clamp_unit, place_labels, segment_boxes
from ...figures.drawing import Point, Role, Words
from ...figures.matrix import (
    BOLD_SHARE,
    CENTRE_INK,
    LABEL_GROUND,
    QUADRANT_TINTS,
    REFERENCE_DOT,
    REFERENCE_INK,
    Named,
    core_at,
    cores,
    fixed_words,
    initial_reach,
    name_markers,
    number_disc,
    words_round,
)
from ...model import MatrixPosition, Moment
from ...reference import ReferenceRegion
from ...ui.drawing_painter import figure_font, measure
from ...ui.group_colours import (
    AMBITION_COLOUR,
    INITIAL_SHARE,
    PREVIOUS_COLOURS,
    SIDE_COLOURS,
    TODAY_COLOUR,
    ink_on,
    label_ink,
)
from ...ui.widgets import plain_tip
from .. import arrow_nudge
from ..group_markers import ShownMark
from ..markers import GroupMark, MarkerKey, PreviousMark, ReferenceMark, SideMark
from ..touch import TOUCH_TARGET, pinch_to_zoom
from .labels import TextEntry, TextLayer

EXTENT = 1.2  # view half-width: the matrix (±1) plus room for the axis words
SIDE_GAP = 4.0  # px between the matrix and a side's words turned along it
REFERENCE_COLOUR = QColor(REFERENCE_DOT)
GROUP_CENTRE_COLOUR = QColor(CENTRE_INK)
GROUP_MARKER_SIZE = 24
SIDE_LINK_COLOUR = QColor(CENTRE_INK)


def to_point(position: MatrixPosition) -> tuple[float, float]:
    return position.proactivity, position.capital_per_capita


def to_position(x: float, y: float) -> MatrixPosition:
    return MatrixPosition(capital_per_capita=clamp_unit(y), proactivity=clamp_unit(x))


class MarkerItem(pg.TargetItem):
    """A large draggable marker that never leaves the matrix."""

    contextRequested = Signal(object, object)  # noqa: N815  (marker, screen QPoint)

    def __init__(self, key: MarkerKey, colour: QColor, size: int, filled: bool) -> None:
        self.key = key
        self.text = ""
        self.initial = ""  # a group's initial, drawn inside the marker
        self.number: int | None = None  # the legend's number, when its label found no room
        self.badge_turn = 0  # where on the rim: the n-th of the numbered markers on one spot
        self._drawn: QPainterPath | None = None  # the outline as drawn, with the hit shape
        self.base_size = size
        self.colour = QColor(colour)
        fill = QColor(colour)
        fill.setAlpha(255 if isinstance(key, GroupMark) else 200 if filled else 40)
        hover = QColor(colour).lighter(130)
        super().__init__(
            pos=(0, 0),
            size=size,
            symbol="o",
            pen=pg.mkPen(colour, width=3),
            hoverPen=pg.mkPen(hover, width=4),
            brush=QBrush(fill),
            hoverBrush=QBrush(hover),
            movable=True,
            label=lambda x, y: self.text,
            labelOpts={
                "color": label_ink(colour.name()),
                "offset": (size * 0.6, -size * 0.6),
                "anchor": (0, 1),
                "fill": QBrush(QColor(LABEL_GROUND)),  # a line under it does not cut its letters
            },
        )
        self.setZValue(20)
        # Its name is words, however long: never a ground a note may lie on (a callout lay
        # over "Grupp C (i dag)" on the projector).
        self.label().read_whole = True

    def set_zoom(self, zoom: float, least_px: float = 0.0) -> None:
        """Draw the marker (and keep its label clear of it) `zoom` times its size, and large
        enough for its initial not to be under `least_px` (the room's type: a 600-line
        projector drew the groups' letters at 16 px)."""
        size = max(self.base_size * zoom, least_px / INITIAL_SHARE)
        self.prepareGeometryChange()
        self.scale = size
        self._shape = None
        label = self.label()
        if label is not None:
            label.offset = pg.Point(size * 0.6, -size * 0.6)
            label.viewTransformChanged()
        self.update()

    def generateShape(self) -> object:  # noqa: N802  (pyqtgraph's name)
        """Where the marker is hit: at least a fingertip across, however small it is drawn.

        pyqtgraph calls this once per change of view; the drawn outline is made at the same
        time, so a paint (every frame of a drag) only draws it."""
        self._drawn = super().generateShape()
        drawn = self.scale
        self.scale = max(drawn, TOUCH_TARGET)
        try:
            return super().generateShape()
        finally:
            self.scale = drawn

    @property
    def initial_px(self) -> int:
        """The type of its initial (a group's), as large as the marker takes."""
        return max(8, round(self.scale * INITIAL_SHARE))

    def paint(self, painter: QPainter, *args: object) -> None:
        painter.setPen(self.currentPen)
        painter.setBrush(self.currentBrush)
        self.shape()  # makes the hit shape and the drawn outline when the view changed
        painter.drawPath(self._drawn if self._drawn is not None else self._path)
        if self.initial:
            painter.save()  # the view does not save the painter's state between items
            font = QFont(painter.font())
            font.setBold(True)
            font.setPixelSize(self.initial_px)
            painter.setFont(font)
            painter.setPen(ink_on(self.colour.name()))
            # The item draws in the plot's units; the letter goes in screen pixels, centred.
            centre = painter.transform().map(QPointF(0.0, 0.0))
            painter.resetTransform()
            side = float(self.scale)
            box = QRectF(centre.x() - side / 2, centre.y() - side / 2, side, side)
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, self.initial)
            painter.restore()

    def setPos(self, *args: object) -> None:  # noqa: N802  (Qt's name)
        point = pg.Point(*args)
        super().setPos(clamp_unit(point.x()), clamp_unit(point.y()))

    def mouseClickEvent(self, ev: object) -> None:  # noqa: N802
        if (
            not self.moving and ev.button() == Qt.MouseButton.RightButton  # type: ignore[attr-defined]
        ):
            ev.accept()  # type: ignore[attr-defined]
            self.contextRequested.emit(self, ev.screenPos().toPoint())  # type: ignore[attr-defined]
            return
        super().mouseClickEvent(ev)

    def position(self) -> MatrixPosition:
        p = self.pos()
        return to_position(p.x(), p.y())


class ArrowLine(pg.PlotCurveItem):
    """The arrow's line from today to the ambition: a line across the matrix notes keep off
    (its bounding box is a ground they may lie on)."""

    def kept_clear(self) -> QPainterPath:
        path: QPainterPath = self.getPath()
        return path


class MatrixBackground(pg.GraphicsObject):
    """The quadrants, the frame and the dividing lines as one cached item (it never changes,
    and a drag repaints the view every frame)."""

    def __init__(self) -> None:
        super().__init__()
        self.setZValue(-20)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

    def boundingRect(self) -> QRectF:  # noqa: N802
        return QRectF(-1.01, -1.01, 2.02, 2.02)

    def paint(self, painter: QPainter, *args: object) -> None:
        painter.setPen(Qt.PenStyle.NoPen)
        corners = ((0, 0), (-1, 0), (0, -1), (-1, -1))  # lower left of each quadrant
        for (x, y), tint in zip(corners, QUADRANT_TINTS, strict=True):
            painter.fillRect(QRectF(x, y, 1, 1), QColor(tint))
        frame = pg.mkPen("#94a3b8", width=1.5)
        frame.setCosmetic(True)
        painter.setPen(frame)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(QRectF(-1, -1, 2, 2))
        axes = pg.mkPen("#475569", width=2)
        axes.setCosmetic(True)
        painter.setPen(axes)
        painter.drawLine(QPointF(-1, 0), QPointF(1, 0))
        painter.drawLine(QPointF(0, -1), QPointF(0, 1))


class MatrixPlot(pg.PlotWidget):
    markerMoved = Signal(object, object)  # noqa: N815  MarkerKey, MatrixPosition (while dragging)
    markerMoveFinished = Signal(object, object)  # noqa: N815  MarkerKey, MatrixPosition (release)
    markerContext = Signal(object, object)  # noqa: N815  MarkerKey, screen QPoint
    nudgeRequested = Signal(float, float)  # noqa: N815  d_proactivity, d_capital
    roomAnswerClicked = Signal(object, int)  # noqa: N815  Moment, the answer's place in its list
    dropped = Signal(str, object)
    # The legend's lines, which the matrix leaves to the text beside it.
    legendAside = Signal(list)  # noqa: N815
    # How many numbers the markers take (a sticky note's callout is numbered after them).
    numbersDrawn = Signal(int)  # noqa: N815

    MIME = "application/x-regionroll-matrix"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, background="w")
        self.setObjectName("capitalMatrix")
        self.marker_numbers = 0  # how many numbers the markers take (`numbersDrawn`)
        self.setAcceptDrops(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumSize(360, 260)
        item = self.getPlotItem()
        item.hideAxis("left")
        item.hideAxis("bottom")
        item.setMenuEnabled(False)
        item.hideButtons()
        self.vb = item.getViewBox()
        self.vb.setAspectLocked(False)
        self.vb.setMouseEnabled(x=True, y=True)
        self.vb.setLimits(
            xMin=-EXTENT,
            xMax=EXTENT,
            yMin=-EXTENT,
            yMax=EXTENT,
            minXRange=0.3,
            minYRange=0.3,
            maxXRange=2 * EXTENT,
            maxYRange=2 * EXTENT,
        )
        self._font = QFont(self.font())
        self._font.setPointSizeF(self._font.pointSizeF() * 1.05)
        self._draw_quadrants()
        self._axis_words: dict[str, str] = {}
        self._captions: list[str] = ["", "", "", ""]

        self.markers = {
            Moment.TODAY: MarkerItem(Moment.TODAY, TODAY_COLOUR, 30, filled=True),
            Moment.AMBITION: MarkerItem(Moment.AMBITION, AMBITION_COLOUR, 30, filled=False),
        }
        self.arrow_line = ArrowLine(
            pen=pg.mkPen(AMBITION_COLOUR, width=3, style=Qt.PenStyle.DashLine)
        )
        self.arrow_head = pg.ArrowItem(
            headLen=22, tipAngle=36, pen=pg.mkPen(AMBITION_COLOUR), brush=AMBITION_COLOUR
        )
        for part in (self.arrow_line, self.arrow_head):
            part.setZValue(15)
            self.addItem(part)
        for marker in self.markers.values():
            self.addItem(marker)
            marker.hide()
            marker.sigPositionChanged.connect(self._marker_moving)
            marker.sigPositionChangeFinished.connect(self._marker_finished)
            marker.contextRequested.connect(lambda m, where: self.markerContext.emit(m.key, where))

        # The groups' own markers (for the moment being worked on), their centre and spread.
        self.group_markers: dict[GroupMark, MarkerItem] = {}
        self.group_centre = pg.ScatterPlotItem(
            size=22,
            symbol="x",
            pen=pg.mkPen(GROUP_CENTRE_COLOUR, width=2),
            brush=GROUP_CENTRE_COLOUR,
        )
        self.group_ring = pg.PlotCurveItem(
            pen=pg.mkPen(GROUP_CENTRE_COLOUR, width=2, style=Qt.PenStyle.DotLine)
        )
        for part in (self.group_centre, self.group_ring):
            part.setZValue(12)
            part.hide()
            self.addItem(part)
        self._groups_visible = True

        # The elected members' and the officials' centres (when both answered), a dashed line
        # between the two of a moment.
        self.side_markers: dict[SideMark, MarkerItem] = {}
        self.previous_markers: dict[PreviousMark, MarkerItem] = {}
        self.side_links = pg.PlotCurveItem(
            pen=pg.mkPen(SIDE_LINK_COLOUR, width=2, style=Qt.PenStyle.DashLine), connect="pairs"
        )
        self.side_links.setZValue(13)
        self.addItem(self.side_links)

        # The room's answers from its phones: a dot each (filled for today, a ring for the
        # ambition, as the workshop's own markers), their centres a cross.
        self.room_points = pg.ScatterPlotItem(size=9)
        self.room_centres = pg.ScatterPlotItem(size=18, symbol="x")
        for part in (self.room_points, self.room_centres):
            part.setZValue(11)
            self.addItem(part)
        self.room_points.sigClicked.connect(self._room_point_clicked)

        self.references = pg.ScatterPlotItem(
            size=11,
            pen=pg.mkPen("w", width=1),
            brush=REFERENCE_COLOUR,
            hoverable=True,
            hoverSize=14,
            tip=self._reference_tip,
        )
        self.references.setZValue(10)
        self.addItem(self.references)
        self._reference_regions: list[ReferenceRegion] = []
        self._handles: dict[ReferenceMark, MarkerItem] = {}
        self._reference_sources: dict[str, str] = {}
        self._names: list[str] = []
        self._fixed_last: list[TextEntry] = []  # the fixed words as last laid out
        # The words sit among the plotted items, above the quadrants and below the markers,
        # so a marker (and its label) on an axis word is never hidden by it. They are laid
        # out in scene pixels: their transform undoes the plot's (see _layout_texts).
        self.texts = TextLayer()
        self.texts.setParentItem(self.vb.childGroup)
        # The markers' numbers (where their labels found no room), above every marker.
        self.numbers = TextLayer(z=25)
        self.numbers.setParentItem(self.vb.childGroup)
        self._base_point_size = self._font.pointSizeF()
        self._scale = 1.0
        for marker in self.markers.values():  # in the labels' font, as a group's is made
            label = marker.label()
            if label is not None:
                label.setFont(self._bold())
        self.zoom = 1.0  # larger on a projector: see set_zoom
        self.least_px = 0.0  # the room's type (a projector's): no group's initial under it
        self.type_px = 0.0  # the reader's type when set (set_type_px), else grown with the plot
        pinch_to_zoom(self, self._pinched)
        self.vb.sigRangeChanged.connect(self._layout_texts)
        self.vb.sigResized.connect(self._rescale)
        self.reset_view()
        self._update_arrow()

    # --- the fixed drawing ---

    def _draw_quadrants(self) -> None:
        self.addItem(MatrixBackground())

    def set_words(self, axis: dict[str, str], captions: Sequence[str]) -> None:
        """Axis words ("more", "less", "reactive", "proactive") and the four quadrant captions
        (upper right, upper left, lower right, lower left)."""
        self._axis_words = dict(axis)
        self._captions = list(captions)
        self._layout_texts()

    def _pinched(self, factor: float, centre: QPointF) -> None:
        """Fingers apart zoom in around the pinch, as the wheel does (never out of the matrix)."""
        local = self.viewport().mapFromGlobal(centre.toPoint())
        self.vb.scaleBy(
            s=(1 / factor, 1 / factor), center=self.vb.mapSceneToView(self.mapToScene(local))
        )

    def reset_view(self) -> None:
        self.vb.setRange(xRange=(-EXTENT, EXTENT), yRange=(-EXTENT, EXTENT), padding=0)

    # --- markers ---

    def show_marker(self, key: Moment, position: MatrixPosition | None, text: str) -> None:
        marker = self.markers[key]
        marker.text = text
        if position is None:
            marker.hide()
        elif not marker.moving:
            blocked = marker.blockSignals(True)
            marker.setPos(*to_point(position))
            marker.blockSignals(blocked)
            marker.show()
            marker._label.valueChanged()  # refresh the label text
        self._update_arrow()  # the labels are laid out by show_groups, which comes last

    def marker_position(self, key: Moment) -> MatrixPosition | None:
        marker = self.markers[key]
        return marker.position() if marker.isVisible() else None

    def _marker_moving(self, marker: MarkerItem) -> None:
        self._update_arrow()
        if marker.moving:
            # Hover tips on the reference points wait until the drag is over.
            self.references.setAcceptHoverEvents(False)
            self.markerMoved.emit(marker.key, marker.position())

    def _marker_finished(self, marker: MarkerItem) -> None:
        self.references.setAcceptHoverEvents(True)
        self.markerMoveFinished.emit(marker.key, marker.position())

    def _update_arrow(self) -> None:
        today, ambition = self.markers[Moment.TODAY], self.markers[Moment.AMBITION]
        if not (today.isVisible() and ambition.isVisible()):
            self.arrow_line.hide()
            self.arrow_head.hide()
            return
        a, b = today.pos(), ambition.pos()
        pa, pb = self.vb.mapViewToScene(QPointF(a)), self.vb.mapViewToScene(QPointF(b))
        dx, dy = pb.x() - pa.x(), pb.y() - pa.y()
        length = math.hypot(dx, dy)
        if length < 1:
            self.arrow_line.hide()
            self.arrow_head.hide()
            return
        # Stop the line at the ambition marker's rim so the head stays visible.
        rim = min(17.0 / length, 1.0)
        tip = QPointF(b.x() - (b.x() - a.x()) * rim, b.y() - (b.y() - a.y()) * rim)
        self.arrow_line.setData([a.x(), tip.x()], [a.y(), tip.y()])
        self.arrow_head.setStyle(angle=math.degrees(math.atan2(-dy, -dx)))
        self.arrow_head.setPos(tip)
        self.arrow_line.show()
        self.arrow_head.show()

    # --- the groups' markers ---

    def show_groups(
        self, marks: Sequence[ShownMark[MatrixPosition]], spread: MatrixSpread | None
    ) -> None:
        """The groups' markers, and their centre and reach. Shown after the workshop's own
        markers, it lays out every marker's label."""
        wanted = {GroupMark(m.group): m for m in marks}
        for key in [k for k in self.group_markers if k not in wanted]:
            self.removeItem(self.group_markers.pop(key))
        for key, mark in wanted.items():
            colour, position = mark.colour, mark.value
            marker = self.group_markers.get(key)
            if marker is not None and marker.colour != QColor(colour):
                self.removeItem(self.group_markers.pop(key))
                marker = None
            if marker is None:
                marker = MarkerItem(key, QColor(colour), GROUP_MARKER_SIZE, filled=True)
                marker.setZValue(18)
                if self.zoom != 1.0 or self.least_px:
                    marker.set_zoom(self.zoom, self.least_px)
                label = marker.label()
                if label is not None:
                    label.setFont(self._bold())
                marker.sigPositionChangeFinished.connect(self._marker_finished)
                marker.sigPositionChanged.connect(self._marker_moving)
                marker.contextRequested.connect(
                    lambda m, where: self.markerContext.emit(m.key, where)
                )
                self.addItem(marker)
                self.group_markers[key] = marker
            marker.text = mark.label
            marker.initial = mark.initial
            marker.setToolTip(plain_tip(mark.label))  # also when its label finds no room
            if not marker.moving:
                blocked = marker.blockSignals(True)
                marker.setPos(*to_point(position))
                marker.blockSignals(blocked)
            marker._label.valueChanged()  # refresh the label text
            marker.setVisible(self._groups_visible)
        self._show_spread(spread if len(wanted) >= 2 else None)
        self._layout_texts()

    def show_sides(
        self,
        marks: Sequence[tuple[SideMark, MatrixPosition, str, str]],
        links: Sequence[tuple[MatrixPosition, MatrixPosition]],
    ) -> None:
        """The sides' centres: (key, where, label, initial) each (a side of one answer has
        none: its group's marker is its place), and a dashed line between each moment's two
        places. Drawn, never dragged."""
        wanted = {key: (position, label, initial) for key, position, label, initial in marks}
        for key in [k for k in self.side_markers if k not in wanted]:
            self.removeItem(self.side_markers.pop(key))
        for key, (position, label, initial) in wanted.items():
            marker = self.side_markers.get(key)
            if marker is None:
                marker = self._drawn_marker(key, SIDE_COLOURS[key.side], True, 17)
                self.side_markers[key] = marker
            marker.text = label
            marker.initial = initial
            marker.setToolTip(plain_tip(label))
            marker.setPos(*to_point(position))
            marker._label.valueChanged()
            marker.setVisible(self._groups_visible)
        xs: list[float] = []
        ys: list[float] = []
        for pair in links:
            for position in pair:
                x, y = to_point(position)
                xs.append(x)
                ys.append(y)
        self.side_links.setData(xs, ys)
        self.side_links.setVisible(bool(xs) and self._groups_visible)
        self._layout_texts()

    def _drawn_marker(self, key: MarkerKey, colour: str, filled: bool, z: float) -> MarkerItem:
        """A marker that is drawn, never dragged (a side's centre, the last workshop's), in
        the plot at its zoom, its label in the markers' type."""
        marker = MarkerItem(key, QColor(colour), GROUP_MARKER_SIZE, filled=filled)
        marker.movable = False
        marker.setZValue(z)
        if self.zoom != 1.0 or self.least_px:
            marker.set_zoom(self.zoom, self.least_px)
        text = marker.label()
        if text is not None:
            text.setFont(self._bold())
        self.addItem(marker)
        return marker

    def show_previous(self, marks: Sequence[tuple[PreviousMark, MatrixPosition, str, str]]) -> None:
        """Where the previous workshop left the region: (key, where, label, tooltip) each,
        hollow and greyed, drawn, never dragged; none when the workshop follows none up or
        they are switched off."""
        wanted = {key: (position, label, tip) for key, position, label, tip in marks}
        for key in [k for k in self.previous_markers if k not in wanted]:
            self.removeItem(self.previous_markers.pop(key))
        for key, (position, label, tip) in wanted.items():
            marker = self.previous_markers.get(key)
            if marker is None:
                marker = self._drawn_marker(key, PREVIOUS_COLOURS[key.moment], False, 16)
                self.previous_markers[key] = marker
            marker.text = label
            marker.setToolTip(plain_tip(tip))
            marker.setPos(*to_point(position))
            marker._label.valueChanged()
        self._layout_texts()

    def _show_spread(self, spread: MatrixSpread | None) -> None:
        if spread is None or not self._groups_visible:
            # Hidden, not just emptied: hidden items cost nothing while a marker is dragged.
            self.group_centre.hide()
            self.group_ring.hide()
            return
        self.group_centre.show()
        self.group_ring.show()
        cx, cy = to_point(spread.centre)
        self.group_centre.setData([cx], [cy])
        radius = max(spread.spread, 0.02)
        angles = [2 * math.pi * i / 96 for i in range(97)]
        self.group_ring.setData(
            [cx + radius * math.cos(a) for a in angles],
            [cy + radius * math.sin(a) for a in angles],
        )

    def show_room(
        self,
        values: Mapping[Moment, Sequence[MatrixPosition]],
        centres: Mapping[Moment, MatrixPosition],
    ) -> None:
        """The room's answers and their centres, for today and the ambition."""
        spots, crosses = [], []
        for moment, positions in values.items():
            colour = TODAY_COLOUR if moment is Moment.TODAY else AMBITION_COLOUR
            faint = QColor(colour)
            faint.setAlpha(140)
            brush = pg.mkBrush(faint) if moment is Moment.TODAY else pg.mkBrush(0, 0, 0, 0)
            for n, position in enumerate(positions):
                x, y = to_point(position)
                spots.append(
                    {
                        "pos": (x, y),
                        "brush": brush,
                        "pen": pg.mkPen(colour, width=1.5),
                        "data": (moment, n),
                    }
                )
            if moment in centres:
                x, y = to_point(centres[moment])
                crosses.append(
                    {"pos": (x, y), "brush": pg.mkBrush(colour), "pen": pg.mkPen(colour, width=2)}
                )
        self.room_points.setData(spots)
        self.room_centres.setData(crosses)

    def _room_point_clicked(self, _item: object, points: Iterable[Any], _event: object) -> None:
        """A phone's dot clicked: that answer is chosen (the topmost when dots overlap).
        `points`: pyqtgraph's spots under the click (a list or an array of them)."""
        found = [p.data() for p in points]
        if found and isinstance(found[-1], tuple):
            self.roomAnswerClicked.emit(*found[-1])

    def set_groups_visible(self, visible: bool) -> None:
        self._groups_visible = visible
        for marker in (*self.group_markers.values(), *self.side_markers.values()):
            marker.setVisible(visible)
        self.side_links.setVisible(visible and bool(self.side_links.xData is not None))
        if not visible:
            self._show_spread(None)

    # --- reference regions ---

    def show_references(
        self,
        regions: Sequence[ReferenceRegion],
        sources: dict[str, str],
        visible: bool,
        editable: bool = False,
    ) -> None:
        """Draw the placed `regions` (muted, labelled); `sources` maps a source id to its name.

        When `editable`, each is a small handle that can be dragged (reference mode).
        """
        self._reference_regions = [r for r in regions if r.matrix_position.value is not None]
        self._reference_sources = sources
        spots = [
            {"pos": to_point(r.matrix_position.value), "data": r.key}
            for r in self._reference_regions
            if r.matrix_position.value is not None
        ]
        self.references.setData([] if editable else spots)
        self.references.setVisible(visible and not editable)
        for handle in self._handles.values():
            self.removeItem(handle)
        self._handles = {}
        if editable:
            for region in self._reference_regions:
                key = ReferenceMark(region.key)
                handle = MarkerItem(key, REFERENCE_COLOUR, 16, filled=True)
                handle.text = ""
                handle.setPos(*to_point(region.matrix_position.value))  # type: ignore[arg-type]
                handle.setToolTip(self._reference_tip(0, 0, region.key).split("\n", 1)[0])
                handle.sigPositionChangeFinished.connect(self._marker_finished)
                handle.contextRequested.connect(
                    lambda m, where: self.markerContext.emit(m.key, where)
                )
                self.addItem(handle)
                self._handles[key] = handle
            visible = True
        self._names = [r.name for r in self._reference_regions] if visible else []
        self._layout_texts()

    def set_zoom(self, zoom: float, least_px: float = 0.0) -> None:
        """Markers and type `zoom` times larger (projector mode), on top of growing with the
        plot; no group's initial under `least_px` (the room's type)."""
        self.zoom, self.least_px = zoom, least_px
        for marker in self._all_markers():
            marker.set_zoom(zoom, least_px)
        self._scale = 0.0  # lay the type out afresh
        self._rescale()

    def _all_markers(self) -> list[MarkerItem]:
        return [
            *self.markers.values(),
            *self.group_markers.values(),
            *self.side_markers.values(),
            *self.previous_markers.values(),
        ]

    def set_type_px(self, px: float) -> None:
        """The plot's body type `px` pixels tall, however large it is drawn (a projector's
        reader: type just above the room's smallest, not grown until the labels crowd the
        matrix); 0 lets it grow with the plot again."""
        self.type_px = px
        self._scale = 0.0
        self._rescale()

    def _rescale(self) -> None:
        """Type grows with the plot, so a projected matrix stays readable from the back."""
        scale = self.zoom * min(1.9, max(1.0, self.vb.sceneBoundingRect().height() / 520))
        if self.type_px > 0:
            scale = self.type_px / (self._base_point_size * 96 / 72)
        if abs(scale - self._scale) > 0.05:
            self._scale = scale
            self._font.setPointSizeF(self._base_point_size * scale)
            for marker in self._all_markers():
                label = marker.label()
                if label is not None:
                    label.setFont(self._bold())
        self._layout_texts()

    def drawn_for(self) -> tuple[object, ...]:
        """The plot's range, where it lies in its scene and its type: what the notes on it
        are placed for (the view's own zoom never changes)."""
        return (
            tuple(map(tuple, self.vb.viewRange())),
            self.vb.sceneBoundingRect().getRect(),
            self._px(),
        )

    def _px(self) -> float:
        """The plot's body type in pixels (it grows with the plot and the projector)."""
        return self._font.pointSizeF() * 96 / 72

    def _bold(self) -> QFont:
        """The markers' labels' font: the one `figures.matrix` lays them out for."""
        return figure_font(self._px() * BOLD_SHARE, True)

    def _reference_tip(self, x: float, y: float, data: object) -> str:
        region = next((r for r in self._reference_regions if r.key == data), None)
        if region is None:
            return ""
        source = self._reference_sources.get(region.matrix_position.source or "", "")
        return f"{region.name}\n({y:+.2f}, {x:+.2f})\n{source}"

    def _fixed_texts(self) -> list[TextEntry]:
        """The axis words and quadrant captions, laid out as the figures lay them out: a
        caption or a side's word gives way to a marker or the arrow on it, a side's words
        turned along the matrix outside it when no place inside is free of the markers (kept
        where they are while a marker is dragged, as the markers' names are)."""
        markers = [m for m in self._all_markers() if m.isVisible()]
        if any(m.moving for m in markers) and self._fixed_last:
            return self._fixed_last
        m = self._matrix_box()
        rims = self._rims(markers)
        avoid = [*rims, *self._arrow_boxes()]
        args = (self._axis_words, self._captions, m, self._px(), measure, m.y - 2, m.y + m.h + 2)
        words = fixed_words(*args, avoid)
        ends = (self._axis_words.get("more"), self._axis_words.get("less"))
        sides = [w for w in words if w.role is Role.AXIS and w.text not in ends]
        if any(w.box.overlaps(r) for w in sides for r in rims):
            # No place inside the matrix keeps a side's words off the markers (sixty groups'
            # markers on a ring crossed both): turned along its sides outside it, as the
            # figures lay them, where the margin holds them.
            view = self._view_box()
            px = self._px()
            round_ = words_round(self._axis_words, self._captions, m, px, measure, False, SIDE_GAP)
            turned = [w for w in round_ if w.turn]
            if turned and all(
                view.x <= w.box.x and w.box.x + w.box.w <= view.x + view.w for w in turned
            ):
                words = [w for w in words if w not in sides] + turned
        self._fixed_last = [_entry(w) for w in words]
        return self._fixed_last

    def _rims(self, markers: list[MarkerItem]) -> list[Box]:
        """Where `markers` are drawn, in the scene's pixels."""
        return [
            Box(x - m.scale / 2, y - m.scale / 2, m.scale, m.scale)
            for m in markers
            for x, y in [_centre(m)]
        ]

    def _kept_clear(self) -> list[Box]:
        """What a marker's name keeps off besides the markers, the arrow and the words, as
        the figure's layout does: the groups' centre, the lines between the sides' places,
        the room's answers and their centres ("Grupp C (i dag)" lay on the groups' centre)."""
        boxes = []
        for item, side in (
            (self.group_centre, 22.0),
            (self.room_centres, 18.0),
            (self.room_points, 9.0),
        ):
            if item.isVisible():
                boxes += [
                    Box(x - side / 2, y - side / 2, side, side) for x, y in self._scene_points(item)
                ]
        if self.side_links.isVisible():  # drawn in pairs: one line per two points
            ends = self._scene_points(self.side_links)
            for one, other in zip(ends[::2], ends[1::2], strict=False):
                boxes += segment_boxes(one, other)
        return boxes

    def _scene_points(self, item: pg.ScatterPlotItem | pg.PlotCurveItem) -> list[Point]:
        """An item's points in the scene's pixels."""
        xs, ys = item.getData()
        if xs is None or ys is None:
            return []
        to_scene = self.vb.mapViewToScene
        points = (to_scene(QPointF(float(x), float(y))) for x, y in zip(xs, ys, strict=True))
        return [(p.x(), p.y()) for p in points]

    def _arrow_boxes(self) -> list[Box]:
        """The arrow from today to the ambition, as a string of small boxes words keep off."""
        today, ambition = self.markers[Moment.TODAY], self.markers[Moment.AMBITION]
        if today.isVisible() and ambition.isVisible():
            return segment_boxes(_centre(today), _centre(ambition))
        return []

    def _name_markers(self, obstacles: list[Box]) -> list[TextEntry]:
        """The markers' labels beside their markers, or numbers and the legend, as the
        figures name them (`figures.matrix.name_markers`); a label is never drawn over
        anything (issue #34: a group's label was left out, today's laid over an axis
        title). While a marker is dragged the names stay where they are and only the
        numbers' discs follow their markers."""
        markers = [m for m in self._all_markers() if m.isVisible() and m.label() is not None]
        px = self._px() * BOLD_SHARE
        bounds = self._view_box()
        centres = [_centre(m) for m in markers]
        reaches = [initial_reach(m.initial, m.initial_px) for m in markers]
        if any(m.moving for m in markers):  # (a drag: only the numbered markers' discs)
            discs = []
            for m, centre in zip(markers, centres, strict=True):
                if m.number is not None:
                    ink = label_ink(m.colour.name()).name()
                    core = core_at(centre, m.scale / 2, centres, reaches)
                    disc = number_disc(
                        m.number, centre, m.scale / 2, m.badge_turn, px, ink, bounds, (), core
                    )
                    discs.append(_entry(disc))
            return discs
        held = cores(centres, [m.scale / 2 for m in markers], reaches)
        arrow = self._arrow_boxes()
        rims = self._rims(markers)
        # A label is as large as the plot draws it (its text item has margins of its own).
        drawn = {}
        for m in markers:
            text = m.label().textItem.boundingRect()
            drawn[m.text] = (text.width(), text.height())

        def measured(text: str, size: float, bold: bool) -> tuple[float, float]:
            return drawn.get(text) or measure(text, size, bold)

        naming = name_markers(
            [
                Named(m.text, label_ink(m.colour.name()).name(), _centre(m), m.scale / 2, core)
                for m, core in zip(markers, held, strict=True)
            ],
            self._matrix_box(),
            bounds,
            [*obstacles, *rims, *arrow, *self._kept_clear()],
            px,
            measured,
        )
        numbered: list[tuple[float, float]] = []
        for marker, where in zip(markers, naming.places, strict=True):
            label = marker.label()
            marker.number = where if isinstance(where, int) else None
            if label is not None:
                label.setVisible(marker.number is None)
            if isinstance(where, int):
                x, y = _centre(marker)
                near = [p for p in numbered if math.hypot(p[0] - x, p[1] - y) < marker.scale]
                marker.badge_turn = len(near)
                numbered.append((x, y))
            elif label is not None:
                x, y = _centre(marker)
                label.setAnchor((0, 0))
                # The label's offset counts y upwards, like the plot; the boxes count down.
                label.offset = pg.Point(where.x - x, y - where.y)
                label.viewTransformChanged()
        # The legend beside the matrix (the editor's panel, the projector's text), as the
        # figures' lies outside theirs: inside it, thirty groups' names covered the markers
        # they name, and one line in a quadrant read as that quadrant's label ("1
        # Exempelregionen (påhittad) i dag" in "Mer kapital, mer reaktivt").
        self.legendAside.emit([" ".join(x.split("\n")) for x in naming.legend])
        if len(naming.legend) != self.marker_numbers:
            self.marker_numbers = len(naming.legend)
            self.numbersDrawn.emit(self.marker_numbers)
        return [_entry(w) for w in naming.words if w.role is not Role.LABEL]

    def _matrix_box(self) -> Box:
        """The matrix itself on the screen (not the margin around it where the axes' words
        are): the markers' labels and the legend stay inside it."""
        corner = self.vb.mapViewToScene(QPointF(-1.0, 1.0))
        other = self.vb.mapViewToScene(QPointF(1.0, -1.0))
        left, right = sorted((corner.x(), other.x()))
        top, bottom = sorted((corner.y(), other.y()))
        return Box(left, top, right - left, bottom - top)

    def _view_box(self) -> Box:
        frame = self.vb.sceneBoundingRect()
        return Box(frame.x(), frame.y(), frame.width(), frame.height())

    def _layout_texts(self) -> None:
        fixed = self._fixed_texts()
        boxes = [_box(e.rect) for e in fixed]
        named = self._name_markers(boxes)
        texts = fixed + [e for e in named if e.kind == Role.LEGEND.value]
        numbers = [e for e in named if e.kind == Role.NUMBER.value]
        taken = [*boxes, *(_box(e.rect) for e in named)]
        taken += [
            _box(label.mapRectToScene(label.boundingRect()))
            for m in self._all_markers()
            if m.isVisible() and (label := m.label()) is not None and label.isVisible()
        ]
        if self._names:
            points = []
            for region in self._reference_regions:
                x, y = to_point(region.matrix_position.value)  # type: ignore[arg-type]
                scene = self.vb.mapViewToScene(QPointF(x, y))
                points.append((scene.x(), scene.y()))
            px = self._px()
            boxes_placed = place_labels(
                points,
                [measure(name, px, False) for name in self._names],
                self._view_box(),
                6.0,
                taken,
            )
            font = figure_font(px, False)
            texts.extend(
                TextEntry(name, QRectF(b.x, b.y, b.w, b.h), font, QColor(REFERENCE_INK))
                for name, b in zip(self._names, boxes_placed, strict=True)
                if b is not None
            )
        inverse, invertible = self.vb.childGroup.sceneTransform().inverted()
        if invertible:
            self.texts.setTransform(inverse)
            self.numbers.setTransform(inverse)
        self.texts.set_entries(texts)
        self.numbers.set_entries(numbers)
        self._update_arrow()

    # --- input ---

    def view_position(self, widget_point: QPointF) -> MatrixPosition:
        view = self.vb.mapSceneToView(self.mapToScene(widget_point.toPoint()))
        return to_position(view.x(), view.y())

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        nudge = arrow_nudge(event, y_up=True)
        if nudge is not None:
            self.nudgeRequested.emit(*nudge)
            event.accept()
            return
        if event.key() == Qt.Key.Key_Home:
            self.reset_view()
            event.accept()
            return
        super().keyPressEvent(event)

    def dragEnterEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        if event.mimeData().hasFormat(self.MIME):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        if event.mimeData().hasFormat(self.MIME):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        if not event.mimeData().hasFormat(self.MIME):
            event.ignore()
            return
        payload = bytes(event.mimeData().data(self.MIME).data()).decode("utf-8")
        event.acceptProposedAction()
        self.dropped.emit(payload, self.view_position(event.position()))


def _centre(marker: MarkerItem) -> tuple[float, float]:
    point = marker.scenePos()
    return point.x(), point.y()


def _box(rect: QRectF) -> Box:
    return Box(rect.x(), rect.y(), rect.width(), rect.height())


def _entry(words: Words) -> TextEntry:
    """A figure's words as the plot's text layer draws them."""
    b = words.box
    colour = QColor(words.disc if words.disc is not None else words.ink)
    fill = QColor(words.fill) if words.fill else None
    font = figure_font(words.px, words.bold)
    rect = QRectF(b.x, b.y, b.w, b.h)
    return TextEntry(words.text, rect, font, colour, fill, words.role.value, words.turn)
