"""The capital matrix as a pyqtgraph plot: quadrants, markers, arrow, reference regions.

x is the capital's character (-1 more reactive … +1 more proactive), y is capital per capita
(-1 less … +1 more). The plot only shows and reports: markers move live under the mouse and
the plot emits `markerMoveFinished` on release; the canvas turns that into one undo step.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QKeyEvent, QPen
from PySide6.QtWidgets import QGraphicsRectItem, QWidget

from ...analysis.matrix import Box, clamp_unit, place_labels
from ...model import MatrixPosition
from ...reference import ReferenceRegion

EXTENT = 1.2  # view half-width: the matrix (±1) plus room for the axis words
TODAY_COLOUR = QColor("#c2410c")
AMBITION_COLOUR = QColor("#1d4ed8")
REFERENCE_COLOUR = QColor("#64748b")
QUADRANT_TINTS = ("#eef2f7", "#f6f3ea", "#f6f3ea", "#eef2f7")


def to_point(position: MatrixPosition) -> tuple[float, float]:
    return position.proactivity, position.capital_per_capita


def to_position(x: float, y: float) -> MatrixPosition:
    return MatrixPosition(capital_per_capita=clamp_unit(y), proactivity=clamp_unit(x))


class MarkerItem(pg.TargetItem):
    """A large draggable marker that never leaves the matrix."""

    contextRequested = Signal(object, object)  # noqa: N815  (marker, screen QPoint)

    def __init__(self, key: str, colour: QColor, size: int, filled: bool) -> None:
        self.key = key
        self.text = ""
        fill = QColor(colour)
        fill.setAlpha(200 if filled else 40)
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
                "color": colour.darker(120),
                "offset": (size * 0.6, -size * 0.6),
                "anchor": (0, 1),
            },
        )
        self.setZValue(20)

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


class MatrixPlot(pg.PlotWidget):
    markerMoved = Signal(str, object)  # noqa: N815  key, MatrixPosition (live, while dragging)
    markerMoveFinished = Signal(str, object)  # noqa: N815  key, MatrixPosition (on release)
    markerContext = Signal(str, object)  # noqa: N815  key, screen QPoint
    nudgeRequested = Signal(float, float)  # noqa: N815  d_proactivity, d_capital
    dropped = Signal(str, object)

    MIME = "application/x-regionroll-matrix"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, background="w")
        self.setObjectName("capitalMatrix")
        self.setAcceptDrops(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumSize(420, 380)
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
        self._axis_words: dict[str, pg.TextItem] = {}
        self._captions: list[pg.TextItem] = []
        self._make_texts()

        self.markers = {
            "today": MarkerItem("today", TODAY_COLOUR, 30, filled=True),
            "ambition": MarkerItem("ambition", AMBITION_COLOUR, 30, filled=False),
        }
        self.arrow_line = pg.PlotCurveItem(
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
        self._handles: dict[str, MarkerItem] = {}
        self._reference_sources: dict[str, str] = {}
        self._labels: list[pg.TextItem] = []
        self._base_point_size = self._font.pointSizeF()
        self._scale = 1.0
        self.vb.sigRangeChanged.connect(self._layout_labels)
        self.vb.sigResized.connect(self._rescale)
        self.reset_view()
        self._update_arrow()

    # --- the fixed drawing ---

    def _draw_quadrants(self) -> None:
        corners = ((0, 0), (-1, 0), (0, -1), (-1, -1))  # (x, y) of each quadrant's lower left
        for (x, y), tint in zip(corners, QUADRANT_TINTS, strict=True):
            rect = QGraphicsRectItem(QRectF(x, y, 1, 1))
            rect.setBrush(QBrush(QColor(tint)))
            rect.setPen(QPen(Qt.PenStyle.NoPen))
            rect.setZValue(-20)
            self.addItem(rect)
        frame = QGraphicsRectItem(QRectF(-1, -1, 2, 2))
        frame.setPen(pg.mkPen("#94a3b8", width=1.5))
        frame.setZValue(-10)
        self.addItem(frame)
        for xs, ys in (([-1, 1], [0, 0]), ([0, 0], [-1, 1])):
            line = pg.PlotCurveItem(xs, ys, pen=pg.mkPen("#475569", width=2))
            line.setZValue(-5)
            self.addItem(line)

    def _make_texts(self) -> None:
        bold = QFont(self._font)
        bold.setBold(True)
        bold.setPointSizeF(self._font.pointSizeF() * 1.1)
        for key, pos, anchor in (
            ("more", (0, 1.04), (0.5, 1)),
            ("less", (0, -1.04), (0.5, 0)),
            ("reactive", (-1.0, 0), (0, 1)),
            ("proactive", (1.0, 0), (1, 1)),
        ):
            text = pg.TextItem(color="#1e293b", anchor=anchor, fill=(255, 255, 255, 170))
            text.setFont(bold)
            text.setPos(*pos)
            self.addItem(text)
            self._axis_words[key] = text
        for pos, anchor in (
            ((0.97, 0.97), (1, 0)),
            ((-0.97, 0.97), (0, 0)),
            ((0.97, -0.97), (1, 1)),
            ((-0.97, -0.97), (0, 1)),
        ):
            caption = pg.TextItem(color="#64748b", anchor=anchor)
            caption.setFont(self._font)
            caption.setPos(*pos)
            caption.setZValue(-4)
            self.addItem(caption)
            self._captions.append(caption)

    def set_words(self, axis: dict[str, str], captions: Sequence[str]) -> None:
        """Axis words ("more", "less", "reactive", "proactive") and the four quadrant captions
        (upper right, upper left, lower right, lower left)."""
        for key, text in axis.items():
            self._axis_words[key].setText(text)
        for caption, text in zip(self._captions, captions, strict=True):
            caption.setText(text)

    def reset_view(self) -> None:
        self.vb.setRange(xRange=(-EXTENT, EXTENT), yRange=(-EXTENT, EXTENT), padding=0)

    # --- markers ---

    def show_marker(self, key: str, position: MatrixPosition | None, text: str) -> None:
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
        self._update_arrow()

    def marker_position(self, key: str) -> MatrixPosition | None:
        marker = self.markers[key]
        return marker.position() if marker.isVisible() else None

    def _marker_moving(self, marker: MarkerItem) -> None:
        self._update_arrow()
        if marker.moving:
            self.markerMoved.emit(marker.key, marker.position())

    def _marker_finished(self, marker: MarkerItem) -> None:
        self.markerMoveFinished.emit(marker.key, marker.position())

    def _update_arrow(self) -> None:
        today, ambition = self.markers["today"], self.markers["ambition"]
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
            {"pos": to_point(r.matrix_position.value), "data": r.code}
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
                key = f"ref:{region.code}"
                handle = MarkerItem(key, REFERENCE_COLOUR, 16, filled=True)
                handle.text = ""
                handle.setPos(*to_point(region.matrix_position.value))  # type: ignore[arg-type]
                handle.setToolTip(self._reference_tip(0, 0, region.code).split("\n", 1)[0])
                handle.sigPositionChangeFinished.connect(self._marker_finished)
                handle.contextRequested.connect(
                    lambda m, where: self.markerContext.emit(m.key, where)
                )
                self.addItem(handle)
                self._handles[key] = handle
            visible = True
        for label in self._labels:
            self.removeItem(label)
        self._labels = []
        if visible:
            for r in self._reference_regions:
                label = pg.TextItem(r.name, color=REFERENCE_COLOUR.darker(140), anchor=(0, 0))
                label.setFont(self._font)
                label.setZValue(11)
                self.addItem(label)
                self._labels.append(label)
        self._layout_labels()

    def _rescale(self) -> None:
        """Type grows with the plot, so a projected matrix stays readable from the back."""
        scale = min(1.9, max(1.0, self.vb.sceneBoundingRect().height() / 520))
        if abs(scale - self._scale) > 0.05:
            self._scale = scale
            self._font.setPointSizeF(self._base_point_size * scale)
            bold = QFont(self._font)
            bold.setBold(True)
            bold.setPointSizeF(self._font.pointSizeF() * 1.1)
            for word in self._axis_words.values():
                word.setFont(bold)
            for text in (*self._captions, *self._labels):
                text.setFont(self._font)
            for marker in self.markers.values():
                label = marker.label()
                if label is not None:
                    label.setFont(bold)
        self._layout_labels()

    def _reference_tip(self, x: float, y: float, data: object) -> str:
        region = next((r for r in self._reference_regions if r.code == data), None)
        if region is None:
            return ""
        source = self._reference_sources.get(region.matrix_position.source or "", "")
        return f"{region.name}\n({y:+.2f}, {x:+.2f})\n{source}"

    def _layout_labels(self) -> None:
        if not self._labels:
            return
        points, sizes = [], []
        for region, label in zip(self._reference_regions, self._labels, strict=True):
            x, y = to_point(region.matrix_position.value)  # type: ignore[arg-type]
            scene = self.vb.mapViewToScene(QPointF(x, y))
            points.append((scene.x(), scene.y()))
            rect = label.textItem.boundingRect()  # the label's own size, margins included
            sizes.append((rect.width(), rect.height()))
        frame = self.vb.sceneBoundingRect()
        fixed = [*self._axis_words.values(), *self._captions]  # labels keep clear of these
        obstacles = [
            Box(r.x(), r.y(), r.width(), r.height())
            for r in (t.sceneBoundingRect() for t in fixed if t.isVisible())
        ]
        boxes = place_labels(
            points,
            sizes,
            Box(frame.x(), frame.y(), frame.width(), frame.height()),
            obstacles=obstacles,
        )
        for label, box in zip(self._labels, boxes, strict=True):
            if box is None:
                label.hide()
                continue
            label.setPos(self.vb.mapSceneToView(QPointF(box.x, box.y)))
            label.show()
        self._update_arrow()

    # --- input ---

    def view_position(self, widget_point: QPointF) -> MatrixPosition:
        view = self.vb.mapSceneToView(self.mapToScene(widget_point.toPoint()))
        return to_position(view.x(), view.y())

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        step = 0.01 if event.modifiers() & Qt.KeyboardModifier.ShiftModifier else 0.05
        moves = {
            Qt.Key.Key_Left: (-step, 0.0),
            Qt.Key.Key_Right: (step, 0.0),
            Qt.Key.Key_Up: (0.0, step),
            Qt.Key.Key_Down: (0.0, -step),
        }
        if event.key() in moves:
            self.nudgeRequested.emit(*moves[Qt.Key(event.key())])
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
