"""The Organisation step drawn for print: the two lanes side by side, each body with the
branches it holds, the derived model in each lane's title, and only the trays and the remit
box that hold something. Drawn with QPainter from the workshop alone (not from the canvas)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontInfo, QFontMetricsF, QPainter, QPen

from ...model import Lane, Language, NotePin, PinKind, Step, Workshop
from ...model.deck import BRANCH_LABELS
from ..step_canvas import Figure
from ..sticky_notes import with_callouts

WIDTH = 1000.0  # px at 96 dpi: about the width of an A4 landscape page's text
TALLEST = 0.75  # the figure's height, of its width, at most (a landscape page's shape)
MOST_COLUMNS = 6  # a lane's bodies in at most this many columns
GAP, PAD, COLUMN_GAP = 10.0, 8.0, 24.0
INK, MUTED, LINE, FILL = "#111827", "#374151", "#94a3b8", "#f1f5f9"


@dataclass
class _Box:
    title: str
    lines: list[str]
    dashed: bool = False  # a tray or the remit box, not a body
    body: str | None = None  # the body's id (its notes' callouts are drawn at its corner)


def _fonts() -> tuple[QFont, QFont, QFont]:
    body = QFont()
    body.setPointSizeF(10.5)
    title = QFont(body)
    title.setBold(True)
    lane = QFont(body)
    lane.setPointSizeF(13)
    lane.setBold(True)
    return lane, title, body


def _lane_boxes(workshop: Workshop, lane: Lane) -> list[_Box]:
    org = workshop.organisation
    bodies = org.political_bodies if lane is Lane.POLITICAL else org.administrative_bodies
    key = f"{lane.value}_body"
    boxes = []
    for body in bodies:
        branches = [
            BRANCH_LABELS[p.branch].text(Language.SV)
            for p in org.branches
            if getattr(p, key) == body.id and not p.outside_remit
        ]
        none = QCoreApplication.translate("OrganisationFigure", "no branches")
        boxes.append(_Box(body.name, branches or [none], body=body.id))
    unplaced = [
        BRANCH_LABELS[p.branch].text(Language.SV)
        for p in org.branches
        if getattr(p, key) is None and not p.outside_remit
    ]
    if unplaced:
        title = QCoreApplication.translate("OrganisationFigure", "Not placed")
        boxes.append(_Box(title, unplaced, dashed=True))
    return boxes


def _lane_title(workshop: Workshop, lane: Lane) -> str:
    org = workshop.organisation
    model = org.political_model if lane is Lane.POLITICAL else org.administrative_model
    if lane is Lane.POLITICAL:
        name = QCoreApplication.translate("OrganisationFigure", "Political organisation")
    else:
        name = QCoreApplication.translate("OrganisationFigure", "Administrative organisation")
    if model is None:
        return name
    return QCoreApplication.translate("OrganisationFigure", "{lane} – model {model}").format(
        lane=name, model=model.value
    )


def organisation_figure(workshop: Workshop) -> Figure:
    lane_font, title_font, body_font = _fonts()
    lane_fm, title_fm, body_fm = (QFontMetricsF(f) for f in (lane_font, title_font, body_font))
    column = (WIDTH - COLUMN_GAP) / 2
    line = body_fm.lineSpacing()

    def box_height(box: _Box, width: float) -> float:
        text_width = width - 2 * PAD
        lines = sum(_wrapped(body_fm, text, text_width) for text in box.lines)
        return (
            PAD
            + title_fm.lineSpacing() * _wrapped(title_fm, box.title, text_width)
            + (lines * line)
            + PAD
        )

    lanes = {lane: _lane_boxes(workshop, lane) for lane in Lane}
    # Each lane's bodies in as many columns as keep the figure no taller than a page's shape
    # (a workshop at the limits drew one column 3,700 px tall).
    for per_lane in range(1, MOST_COLUMNS + 1):
        figure_width = WIDTH * per_lane
        column = (figure_width - COLUMN_GAP) / 2
        sub = (column - (per_lane - 1) * GAP) / per_lane
        placed, heights = _flow(lanes, per_lane, column, sub, box_height, lane_fm.lineSpacing())
        if max(heights) <= figure_width * TALLEST:
            break
    y = max(heights)
    outside = [
        BRANCH_LABELS[p.branch].text(Language.SV)
        for p in workshop.organisation.branches
        if p.outside_remit
    ]
    if outside:
        title = QCoreApplication.translate("OrganisationFigure", "Outside the region's remit")
        box = _Box(title, [", ".join(outside)], dashed=True)
        placed.append(("box", 0.0, y, figure_width, box))
        y += box_height(box, figure_width) + GAP
    lane_titles = [_lane_title(workshop, lane) for lane in Lane]
    size = QSize(round(figure_width), round(y))
    corners = {  # each body's top right corner: its notes' callouts go inside it
        box.body: QPointF(x + width, top)
        for _kind, x, top, width, box in placed
        if box is not None and box.body is not None
    }

    def pin_point(pin: NotePin) -> QPointF | None:
        return corners.get(pin.item) if pin.kind is PinKind.BODY else None

    def draw(painter: QPainter, target: QRectF) -> None:
        painter.save()
        painter.translate(target.topLeft())
        scale = target.width() / figure_width
        painter.scale(scale, scale)
        lanes = iter(lane_titles)
        for kind, x, top, width, box in placed:
            if kind == "lane" or box is None:
                painter.setFont(lane_font)
                painter.setPen(QColor(INK))
                painter.drawText(
                    QRectF(x, top, width, lane_fm.lineSpacing()),
                    Qt.AlignmentFlag.AlignLeft,
                    next(lanes),
                )
                continue
            height = box_height(box, width)
            pen = QPen(QColor(LINE), 1.2)
            if box.dashed:
                pen.setStyle(Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.setBrush(QColor("#ffffff" if box.dashed else FILL))
            painter.drawRoundedRect(QRectF(x, top, width, height), 6, 6)
            inner = QRectF(x + PAD, top + PAD, width - 2 * PAD, height - 2 * PAD)
            painter.setPen(QColor(INK))
            painter.setFont(title_font)
            flags = Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap
            title_rect = painter.boundingRect(inner, flags, box.title)
            painter.drawText(inner, flags, box.title)
            painter.setFont(body_font)
            painter.setPen(QColor(MUTED if box.dashed else INK))
            text_top = title_rect.bottom()
            for text in box.lines:
                rect = QRectF(inner.left(), text_top, inner.width(), inner.bottom() - text_top)
                used = painter.boundingRect(rect, flags, text)
                painter.drawText(rect, flags, text)
                text_top = used.bottom()
        painter.restore()

    smallest = min(QFontInfo(f).pixelSize() for f in (lane_font, title_font, body_font))
    figure = Figure(draw, size, float(smallest))
    return with_callouts(figure, workshop.notes_on(Step.ORGANISATION), pin_point, inside=True)


Placed = list[tuple[str, float, float, float, "_Box | None"]]  # kind, x, y, width, box


def _flow(
    lanes: dict[Lane, list[_Box]],
    per_lane: int,
    column: float,
    sub: float,
    box_height: Callable[[_Box, float], float],
    title_height: float,
) -> tuple[Placed, list[float]]:
    """Each lane's title, then its boxes in `per_lane` columns `sub` wide, in order, each
    column filled to about the lane's height divided among them; the lanes' heights."""
    placed: Placed = []
    heights = []
    for n, lane in enumerate(Lane):
        x0 = n * (column + COLUMN_GAP)
        placed.append(("lane", x0, 0.0, column, None))
        top = title_height + GAP / 2
        boxes = lanes[lane]
        sizes = [box_height(box, sub) + GAP for box in boxes]
        share = sum(sizes) / per_lane
        k, y, tallest = 0, top, top
        for box, size in zip(boxes, sizes, strict=True):
            if y > top and y - top + size > share * 1.05 and k < per_lane - 1:
                k, y = k + 1, top
            placed.append(("box", x0 + k * (sub + GAP), y, sub, box))
            y += size
            tallest = max(tallest, y)
        heights.append(tallest)
    return placed, heights


def _wrapped(metrics: QFontMetricsF, text: str, width: float) -> int:
    """How many lines `text` takes at `width` (word wrap)."""
    flags = int(Qt.AlignmentFlag.AlignLeft) | int(Qt.TextFlag.TextWordWrap)
    rect = metrics.boundingRect(QRectF(0, 0, width, 10_000), flags, text)
    return max(1, round(rect.height() / metrics.lineSpacing()))
