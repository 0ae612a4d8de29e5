"""The national picture as one drawing: every reference region on one capital matrix and on
one role map (today as a dot, an arrow to the ambition where it is known), the open workshop
highlighted among them, the regions not placed named under each map, and the set the facts
come from. The page, the projector and the report draw the same figure."""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from enum import IntEnum
from itertools import pairwise
from typing import Any

from PySide6.QtCore import QCoreApplication, QLineF, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen, QPolygonF

from ..analysis.matrix import Box, place_or_number, segment_boxes
from ..analysis.roles import position_of
from ..model import Key, Language, MatrixPosition, Role, Workshop
from ..model.deck import AXIS_WORDS, KEY_POINTS, ROLE_NAMES
from ..model.values import RoleWeights
from ..model.vocabulary import BodyModel
from ..reference import EarlierWorkshop, Fact, ReferenceRegion, ReferenceSet, Source, own_key
from .step_summary import main_role_words

PANEL = 460.0  # each map's square
MARGIN = 34.0  # around a map, for the axis words (at the least: more for larger type)
TOP = 44.0  # the maps' titles above them, at the usual type (at the least)
MARGIN_LINES = 2.6  # the room round a map, in lines of its words: two corner names stacked
BODY_PX = 13.0  # the figure's words, in its own units
HEADING_SHARE = 17 / 13  # the maps' titles, of the words
INK, MUTED, GRID = QColor("#1f2937"), QColor("#4b5563"), QColor("#9ca3af")
REGION, OWN = QColor("#1d4ed8"), QColor("#b45309")


@dataclass(frozen=True)
class Drawing:
    """The figure: a function that draws it into a rectangle, its natural size, and the
    region whose dot is at a point of it (its own coordinates; None: no dot there)."""

    draw: Callable[[QPainter, QRectF], None]
    size: QSize
    hit: Callable[[float, float], Mark | None] = lambda _x, _y: None


@dataclass(frozen=True)
class Mark:
    """One region (or the open workshop) on a map: where it stands today, where it wants to
    be, and its name."""

    name: str
    today: tuple[float, float] | None  # in the map's own unit square, x right, y down
    ambition: tuple[float, float] | None
    own: bool = False
    # Where the region stood at its earlier workshops, oldest first (drawn as its path).
    earlier: tuple[tuple[float, float], ...] = ()
    source: str = ""  # where its position comes from, in words


def _matrix_xy(p: MatrixPosition | None) -> tuple[float, float] | None:
    """Proactivity rightwards, more capital per capita upwards."""
    if p is None:
        return None
    return (p.proactivity + 1) / 2, (1 - p.capital_per_capita) / 2


def _roles_xy(w: RoleWeights | None) -> tuple[float, float] | None:
    return None if w is None else position_of(w)


def _marks_on(
    workshop: Workshop | None,
    reference: ReferenceSet,
    today: Callable[[ReferenceRegion], tuple[Fact[Any], Fact[Any]]],
    earlier: Callable[[EarlierWorkshop], Any],
    xy: Callable[[Any], tuple[float, float] | None],
    own: tuple[Any, Any],
) -> tuple[list[Mark], list[str]]:
    """One map's marks (each region's today, ambition, earlier path and source; the open
    workshop's last, from the workshop) and the regions it cannot place."""
    own_region = own_key(workshop.region) if workshop is not None else None
    marks: list[Mark] = []
    unplaced: list[str] = []
    for region in reference.regions:
        if region.key == own_region:
            continue
        now, ambition = today(region)
        at = xy(now.value)
        if at is None:
            unplaced.append(region.name)
            continue
        path = tuple(p for old in region.earlier if (p := xy(earlier(old))) is not None)
        said = source_words(_source(now.source, reference))
        marks.append(Mark(region.name, at, xy(ambition.value), earlier=path, source=said))
    if workshop is not None and (own[0] is not None or own[1] is not None):
        name = workshop.region.name if workshop.region else ""
        name = name or QCoreApplication.translate("NationalFigure", "This workshop")
        marks.append(Mark(name, xy(own[0]), xy(own[1]), True))
    return marks, unplaced


def national_marks(
    workshop: Workshop | None, reference: ReferenceSet
) -> tuple[list[Mark], list[Mark], list[str], list[str]]:
    """The matrix's marks and the role map's, and the regions unplaced on each (by name).
    The open workshop's region is drawn from the workshop, not from the set (None: the
    national report's, of the regions alone)."""
    financing = workshop.financing if workshop is not None else None
    implementation = workshop.implementation if workshop is not None else None
    matrix, no_matrix = _marks_on(
        workshop,
        reference,
        lambda r: (r.matrix_position, r.matrix_ambition),
        lambda old: old.matrix_today,
        _matrix_xy,
        (financing.today, financing.ambition) if financing else (None, None),
    )
    roles, no_roles = _marks_on(
        workshop,
        reference,
        lambda r: (r.roles_today, r.roles_ambition),
        lambda old: old.roles_today,
        _roles_xy,
        (implementation.today, implementation.ambition) if implementation else (None, None),
    )
    return matrix, roles, no_matrix, no_roles


def _source(source_id: str | None, reference: ReferenceSet) -> Source | None:
    try:
        return reference.source(source_id) if source_id else None
    except KeyError:
        return None


class NationalMap(IntEnum):
    MATRIX = 0
    ROLES = 1


def national_figure(
    workshop: Workshop | None,
    reference: ReferenceSet,
    lang: Language,
    body_px: float = BODY_PX,
    brief: bool = False,
    maps: tuple[NationalMap, ...] = tuple(NationalMap),
    title: str | None = None,
    legend: str | None = None,
) -> Drawing:
    """Every reference region beside the workshop on the matrix and the role map, its words
    `body_px` pixels tall in the figure's own units (a projector asks for more). `brief`
    (the projector's): the regions not placed are counted, not named (the table names
    them), so the maps keep the screen. Without a workshop (the national report's), the
    regions alone; `maps`: which of the two maps, side by side, the names of a crowded
    map's numbered regions beside it (inside, they covered its dots); `title` and
    `legend`: in place of the map's title and of the line under the maps (a report's pair of
    maps, today and the ambition, says its own)."""
    matrix, roles, no_matrix, no_roles = national_marks(workshop, reference)
    words = AXIS_WORDS[lang]
    unknown = QCoreApplication.translate("NationalFigure", "Not placed: {names}.")

    def not_placed(names: list[str]) -> str:
        if not names:
            return ""
        if brief:
            return QCoreApplication.translate(
                "NationalFigure", "Not placed: {n} of {total} regions (named in the table)."
            ).format(n=len(names), total=others)
        return unknown.format(names=", ".join(names))

    own = own_key(workshop.region) if workshop is not None else None
    others = sum(1 for r in reference.regions if r.key != own)
    lines = [not_placed(no_matrix), not_placed(no_roles)]
    if legend is None and workshop is None:
        legend = QCoreApplication.translate(
            "NationalFigure",
            "● today  → the ambition  ○ earlier workshops  ·  each region's facts: its latest "
            "workshop (its source and date in the table)",
        )
    elif legend is None:
        legend = QCoreApplication.translate(
            "NationalFigure",
            "● today  → the ambition  ○ earlier workshops  ·  highlighted: this workshop  ·  "
            "reference regions: {set} (each region's facts: its source, listed in the table)",
        ).format(set=reference.name)
    body = QFont()
    body.setPixelSize(max(1, math.ceil(body_px - 0.01)))
    metrics = QFontMetricsF(body)
    # Larger type (the projector's) gets more room round the maps, the same square inside:
    # an axis word never reaches a dot on the map's edge.
    margin = max(MARGIN, body_px * MARGIN_LINES)
    top = max(TOP, body_px * HEADING_SHARE * 2)
    column = PANEL + 2 * margin

    def wrapped_height(text: str, width: float) -> float:
        if not text:
            return 0.0
        rect = metrics.boundingRect(
            QRectF(0, 0, width, 10_000), int(Qt.TextFlag.TextWordWrap), text
        )
        return rect.height() + 6

    square = QRectF(margin, top + margin, PANEL, PANEL)  # each map's, in its own column
    layouts = {m: _place(square, (matrix, roles)[m], body) for m in maps}
    legends = {m: _legend_size(p.legend, metrics) for m, p in layouts.items() if p.legend}
    lefts, width = {}, 0.0
    for m in maps:
        lefts[m] = width
        width += column + legends.get(m, (0.0, 0.0))[0]
    shown = {lines[m] for m in maps}
    if len(maps) > 1 and len(shown) == 1:  # the same regions not placed on both: said once
        (same,) = shown
        legend = "  ·  ".join(x for x in (same, legend) if x)
        lines = ["", ""]
    below = max(wrapped_height(lines[m], column - 16) for m in maps)
    tallest = max((h for _w, h in legends.values()), default=0.0)
    # A legend beside a map taller than the map pushes the words under the maps down.
    extra = max(0.0, tallest + margin - (PANEL + 2 * margin))
    height = top + PANEL + 2 * margin + extra + below + wrapped_height(legend, width - 16) + 8

    def draw(painter: QPainter, target: QRectF) -> None:
        painter.save()
        painter.translate(target.topLeft())
        scale = target.width() / width
        painter.scale(scale, scale)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setFont(body)
        titles = (
            title or QCoreApplication.translate("NationalFigure", "The capital matrix"),
            title or QCoreApplication.translate("NationalFigure", "The four roles"),
        )
        for which in maps:
            named, marks, line = titles[which], (matrix, roles)[which], lines[which]
            left = lefts[which]
            painter.save()
            painter.translate(left, 0)
            heading = QFont(body)
            heading.setPixelSize(max(1, math.ceil(body_px * HEADING_SHARE - 0.01)))
            heading.setBold(True)
            painter.setFont(heading)
            painter.setPen(INK)
            painter.drawText(QRectF(0, 4, column, top - 8), Qt.AlignmentFlag.AlignCenter, named)
            painter.setFont(body)
            if which is NationalMap.MATRIX:
                _matrix_frame(painter, square, words, margin)
            else:
                _roles_frame(painter, square, margin)
            beside = QPointF(square.right() + margin, square.top())
            _marks(painter, marks, layouts[which], metrics, beside)
            painter.setPen(MUTED)
            painter.drawText(
                QRectF(8, square.bottom() + margin + extra, column - 16, below),
                int(Qt.TextFlag.TextWordWrap),
                line,
            )
            painter.restore()
        painter.setPen(MUTED)
        painter.drawText(
            QRectF(8, top + PANEL + 2 * margin + extra + below, width - 16, height),
            int(Qt.TextFlag.TextWordWrap),
            legend,
        )
        painter.restore()

    def hit(x: float, y: float) -> Mark | None:
        for which in maps:
            layout = layouts[which]
            # The one drawn last lies on top.
            for mark, point in zip(reversed(layout.placed), reversed(layout.points), strict=True):
                dx, dy = lefts[which] + point.x() - x, point.y() - y
                if dx * dx + dy * dy <= 8.0**2:
                    return mark
        return None

    return Drawing(draw, QSize(round(width), round(height)), hit)


def _matrix_frame(painter: QPainter, square: QRectF, words: dict[str, str], margin: float) -> None:
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(QPen(GRID, 1))
    painter.drawRect(square)
    centre = square.center()
    painter.drawLine(QLineF(square.left(), centre.y(), square.right(), centre.y()))
    painter.drawLine(QLineF(centre.x(), square.top(), centre.x(), square.bottom()))
    painter.setPen(MUTED)
    above = QRectF(square.left(), square.top() - margin, square.width(), margin)
    under = QRectF(square.left(), square.bottom(), square.width(), margin)
    painter.drawText(above, Qt.AlignmentFlag.AlignCenter, words["more"])
    painter.drawText(under, Qt.AlignmentFlag.AlignCenter, words["less"])
    painter.save()
    for x, text, angle in (
        (square.left() - margin / 2, words["reactive"], -90),
        (square.right() + margin / 2, words["proactive"], 90),
    ):
        painter.translate(x, centre.y())
        painter.rotate(angle)
        painter.drawText(
            QRectF(-square.height() / 2, -margin / 2, square.height(), margin),
            Qt.AlignmentFlag.AlignCenter,
            text,
        )
        painter.rotate(-angle)
        painter.translate(-x, -centre.y())
    painter.restore()


def _roles_frame(painter: QPainter, square: QRectF, margin: float) -> None:
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(QPen(GRID, 1))
    painter.drawRect(square)
    centre = square.center()
    painter.drawLine(QLineF(square.left(), centre.y(), square.right(), centre.y()))
    painter.drawLine(QLineF(centre.x(), square.top(), centre.x(), square.bottom()))
    painter.setPen(MUTED)
    # The deck's own names, as on the role map in either language (the English gloss did not
    # fit its half of the square: "tetsbyggaren (the capacity builder)", issue #33); a row's
    # two names one above the other where they do not fit beside each other (large type).
    metrics = painter.fontMetrics()
    left, right = Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignRight
    for first, second, y in (
        (Role.FINANSIAREN, Role.UTFORAREN, square.top() - margin),
        (Role.NATVERKAREN, Role.KAPACITETSBYGGAREN, square.bottom()),
    ):
        names = [ROLE_NAMES[r].text(Language.SV) for r in (first, second)]
        wide = sum(metrics.horizontalAdvance(n) for n in names) + metrics.height()
        rows = (
            [(y, margin)] * 2
            if wide <= square.width()
            else [
                (y, margin / 2),
                (y + margin / 2, margin / 2),
            ]
        )
        for name, align, (top, high) in zip(names, (left, right), rows, strict=True):
            painter.drawText(
                QRectF(square.left(), top, square.width(), high),
                align | Qt.AlignmentFlag.AlignVCenter,
                name,
            )


@dataclass(frozen=True)
class _Placed:
    """Where one map's marks and their names go, worked out before it is drawn."""

    square: QRectF
    placed: list[Mark]  # the marks with a today, in the order drawn
    points: list[QPointF]
    where: list[Box | int]  # each name's box, or its number in the legend
    legend: list[str]
    discs: dict[int, QRectF]  # a numbered mark's disc (by its place in `placed`)

    def at(self, xy: tuple[float, float]) -> QPointF:
        sq = self.square
        return QPointF(sq.left() + xy[0] * sq.width(), sq.top() + xy[1] * sq.height())


def _place(square: QRectF, marks: list[Mark], body: QFont) -> _Placed:
    """Each region's name beside its dot, over no other name, dot or line (an arrow, an
    earlier workshops' path); where the crowd leaves no room, a number beside the dot and a
    legend that names it (#34)."""

    def at(xy: tuple[float, float]) -> QPointF:
        return QPointF(
            square.left() + xy[0] * square.width(), square.top() + xy[1] * square.height()
        )

    placed = [m for m in marks if m.today is not None]
    points = [at(m.today) for m in placed if m.today is not None]
    metrics = QFontMetricsF(body)
    bold = QFont(body)
    bold.setBold(True)
    wide = QFontMetricsF(bold)  # the workshop's own name is bold
    sizes = [
        ((wide if m.own else metrics).horizontalAdvance(m.name) + 4, metrics.height())
        for m in placed
    ]
    bounds = Box(square.left(), square.top(), square.width(), square.height())
    dots = [Box(p.x() - 7, p.y() - 7, 14, 14) for p in points]
    lines = [
        box
        for mark in placed
        if mark.today is not None
        for a, b in pairwise(
            [at(xy) for xy in (*mark.earlier, mark.today)]
            + ([at(mark.ambition)] if mark.ambition is not None else [])
        )
        for box in segment_boxes((a.x(), a.y()), (b.x(), b.y()))
    ]
    where = place_or_number(
        [(p.x(), p.y()) for p in points], sizes, bounds, obstacles=[*dots, *lines]
    )
    legend = [
        f"{spot}\u00a0{mark.name}"
        for mark, spot in zip(placed, where, strict=True)
        if isinstance(spot, int)
    ]
    return _Placed(
        square, placed, points, where, legend, _discs(square, placed, points, where, metrics)
    )


def _discs(
    square: QRectF,
    placed: list[Mark],
    points: list[QPointF],
    where: list[Box | int],
    metrics: QFontMetricsF,
) -> dict[int, QRectF]:
    """Each numbered mark's disc at a corner of its dot: the first of top right, top left,
    bottom right, bottom left that stays inside the map and covers no name and no disc
    placed before (a disc out over the map's edge lay on the axis words)."""
    side = metrics.height()
    names = [QRectF(b.x, b.y, b.w, b.h) for b in where if isinstance(b, Box)]
    inside = square.adjusted(-2, -2, 2, 2)
    discs: dict[int, QRectF] = {}
    for n, (mark, point, spot) in enumerate(zip(placed, points, where, strict=True)):
        if not isinstance(spot, int):
            continue
        radius = 7.0 if mark.own else 4.5
        corners = [
            QRectF(point.x() + dx, point.y() + dy, side, side)
            for dx, dy in (
                (radius, -radius - side),
                (-radius - side, -radius - side),
                (radius, radius),
                (-radius - side, radius),
            )
        ]
        taken = [*names, *discs.values()]
        free = [
            c for c in corners if inside.contains(c) and not any(c.intersects(t) for t in taken)
        ]
        within = [c for c in corners if inside.contains(c)]
        discs[n] = (free or within or corners)[0]
    return discs


def _legend_size(legend: list[str], metrics: QFontMetricsF) -> tuple[float, float]:
    return (
        max(metrics.horizontalAdvance(line) for line in legend) + 8,
        metrics.lineSpacing() * len(legend) + 6,
    )


def _marks(
    painter: QPainter,
    marks: list[Mark],
    layout: _Placed,
    metrics: QFontMetricsF,
    legend_at: QPointF,
) -> None:
    """Draw one map's marks as `layout` placed them, the legend of its numbered regions
    beside it from `legend_at`."""
    at = layout.at
    for mark in marks:  # earlier workshops first: a dotted path of small rings to today
        if not mark.earlier or mark.today is None:
            continue
        points = [at(xy) for xy in (*mark.earlier, mark.today)]
        painter.setPen(QPen(GRID.darker(120), 1.2, Qt.PenStyle.DotLine))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for a, b in pairwise(points):
            painter.drawLine(QLineF(a, b))
        painter.setPen(QPen(REGION, 1.2))
        painter.setBrush(QColor("white"))
        for point in points[:-1]:
            painter.drawEllipse(point, 3.5, 3.5)
    for mark in marks:  # the arrows next, under every dot
        if mark.today is None or mark.ambition is None:
            continue
        colour = OWN if mark.own else REGION
        _arrow(painter, at(mark.today), at(mark.ambition), colour, 2.6 if mark.own else 1.4)
    numbers: list[tuple[QRectF, str, QColor]] = []
    for n, (mark, point, spot) in enumerate(
        zip(layout.placed, layout.points, layout.where, strict=True)
    ):
        colour = OWN if mark.own else REGION
        radius = 7.0 if mark.own else 4.5
        painter.setPen(QPen(QColor("white"), 1.5))
        painter.setBrush(colour)
        painter.drawEllipse(point, radius, radius)
        if isinstance(spot, int):
            numbers.append((layout.discs[n], str(spot), colour))
            continue
        font = painter.font()
        font.setBold(mark.own)
        painter.setFont(font)
        painter.setPen(colour.darker(130))
        painter.drawText(
            QRectF(spot.x, spot.y, spot.w, spot.h), Qt.AlignmentFlag.AlignLeft, mark.name
        )
        font.setBold(False)
        painter.setFont(font)
    for disc, number, colour in numbers:
        painter.setPen(QPen(colour.darker(130), 1.2))
        painter.setBrush(QColor("white"))
        painter.drawEllipse(disc)
        painter.drawText(disc, Qt.AlignmentFlag.AlignCenter, number)
    if layout.legend:
        size = _legend_size(layout.legend, metrics)
        box = QRectF(legend_at.x(), legend_at.y(), *size)
        painter.setPen(QColor("#1e293b"))
        step = metrics.lineSpacing()
        for n, entry in enumerate(layout.legend):  # a line each: never clipped by its box
            painter.drawText(
                QPointF(box.left() + 4, box.top() + 3 + metrics.ascent() + n * step), entry
            )
    for mark in marks:  # an ambition with no today: a ring where the room wants to be
        if mark.today is None and mark.ambition is not None:
            painter.setPen(QPen(OWN if mark.own else REGION, 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(at(mark.ambition), 6.0, 6.0)


def _arrow(painter: QPainter, start: QPointF, end: QPointF, colour: QColor, width: float) -> None:
    line = QLineF(start, end)
    if line.length() < 2:
        return
    painter.setPen(QPen(colour, width))
    painter.drawLine(line)
    head = QLineF(end, start)
    head.setLength(10 + width * 2)
    left, right = QLineF(head), QLineF(head)
    left.setAngle(head.angle() + 25)
    right.setAngle(head.angle() - 25)
    painter.setBrush(colour)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawPolygon(QPolygonF([end, left.p2(), right.p2()]))


# --- the table beside the maps (the page's and the report's) ---


@dataclass(frozen=True)
class NationalRow:
    cells: tuple[str, ...]  # one per national_headers()
    tips: tuple[str, ...]  # where a cell's facts come from ("" when nothing more to say)
    own: bool  # the open workshop's region


def national_headers() -> list[str]:
    return [
        QCoreApplication.translate("NationalTable", "Region"),
        QCoreApplication.translate("NationalTable", "Source"),
        QCoreApplication.translate("NationalTable", "Political model"),
        QCoreApplication.translate("NationalTable", "Administrative model"),
        QCoreApplication.translate("NationalTable", "Main role today"),
        QCoreApplication.translate("NationalTable", "Main role, ambition"),
        QCoreApplication.translate("NationalTable", "Weakest keys"),
        QCoreApplication.translate("NationalTable", "Strategy in force 2019"),
    ]


def source_of(region: ReferenceRegion, reference: ReferenceSet) -> Source | None:
    """Where the region's positions come from: the source of its first known position, role
    or model (a built set's are its latest workshop)."""
    for fact in (
        region.matrix_position,
        region.roles_today,
        region.political_model,
        region.administrative_model,
    ):
        if fact.source is not None:
            try:
                return reference.source(fact.source)
            except KeyError:
                return None
    return None


def weakest_keys(scores: dict[Key, int]) -> str:
    """The lowest-scored keys by name with their score ("Politik, Strategi (2)"); a tie
    names them all."""
    if not scores:
        return ""
    low = min(scores.values())
    names = [KEY_POINTS[k][0].text(Language.SV) for k in Key if scores.get(k) == low]
    return f"{', '.join(names)} ({low})"


def source_words(source: Source | None) -> str:
    if source is None:
        return ""
    parts = [source.title, source.publisher, source.detail, source.url]
    return "\n".join(p for p in parts if p)


def _strategy(
    reference: ReferenceSet, code: str | None, unknown: str, lang: Language
) -> tuple[str, str]:
    """The strategy in force in 2019 and its note (in `lang`) and page; `unknown` when no
    source names one."""
    if code is None:
        return unknown, ""
    try:
        fact = reference.region(code).strategy_2019
    except KeyError:
        return unknown, ""
    if fact.value is None or fact.source is None:
        return unknown, ""
    strategy = fact.value
    text = strategy.name + (f" ({strategy.period})" if strategy.period else "")
    note = strategy.note_in(lang)
    tip = "\n".join(x for x in (note, source_words(reference.source(fact.source))) if x)
    return text, tip


def national_rows(workshop: Workshop, reference: ReferenceSet, lang: Language) -> list[NationalRow]:
    """The open workshop's region first (from the workshop), then every other region of the
    set, each with where its facts come from."""
    unknown = QCoreApplication.translate("NationalTable", "not known")

    def model(value: BodyModel | None) -> str:
        return value.value if value is not None else unknown

    def role(weights: RoleWeights | None) -> str:
        return main_role_words(weights, lang) if weights is not None else unknown

    own_code = workshop.region.code if workshop.region else None
    own = own_key(workshop.region)
    rows: list[NationalRow] = []
    if workshop.region is not None:
        org, roles = workshop.organisation, workshop.implementation
        scores = {k.key: k.score for k in workshop.keys if k.score is not None}
        strategy, tip = _strategy(reference, own_code, unknown, lang)
        rows.append(
            NationalRow(
                (
                    workshop.region.name,
                    QCoreApplication.translate("NationalTable", "this workshop"),
                    model(org.political_model),
                    model(org.administrative_model),
                    role(roles.today),
                    role(roles.ambition),
                    weakest_keys(scores) or unknown,
                    strategy,
                ),
                ("", "", "", "", "", "", "", tip),
                True,
            )
        )
    for region in reference.regions:
        if region.key == own:
            continue
        source = source_of(region, reference)
        when = f" ({source.date.isoformat()})" if source and source.date else ""
        keys = region.key_scores.value
        strategy, tip = _strategy(reference, region.code, unknown, lang)
        rows.append(
            NationalRow(
                (
                    region.name,
                    (source.title + when) if source else "–",
                    model(region.political_model.value),
                    model(region.administrative_model.value),
                    role(region.roles_today.value),
                    role(region.roles_ambition.value),
                    weakest_keys(dict(keys.scores)) if keys else unknown,
                    strategy,
                ),
                ("", source_words(source), "", "", "", "", "", tip),
                False,
            )
        )
    return rows


def cited_sources(workshop: Workshop, reference: ReferenceSet) -> list[Source]:
    """The sources of the facts the regions' figure and table show (the workshop's own
    region's strategy in force, and every other region's models, positions, roles, keys and
    strategy), in the set's order: a report lists these and no others."""
    own = own_key(workshop.region)
    cited: set[str] = set()
    for region in reference.regions:
        facts: list[Fact[Any]] = (
            [region.strategy_2019]
            if region.key == own
            else [
                region.political_model,
                region.administrative_model,
                region.matrix_position,
                region.matrix_ambition,
                region.roles_today,
                region.roles_ambition,
                region.key_scores,
                region.strategy_2019,
            ]
        )
        cited.update(f.source for f in facts if f.source is not None)
    return [s for s in reference.sources if s.id in cited]


def has_placed_regions(workshop: Workshop, reference: ReferenceSet) -> bool:
    """Whether the set places any region other than the workshop's own on a map: only then
    is there a national picture to show in a report."""
    own = own_key(workshop.region)
    return any(
        r.key != own and (r.matrix_position.known or r.roles_today.known) for r in reference.regions
    )
