"""The regions' two maps as a drawing: every region on one capital matrix and on one role map
(today as a dot, an arrow to the ambition where it is known, its earlier workshops as a
dotted path), each name beside its dot or numbered with a legend beside the map, the words
under the maps. Laid out from the marks and the words alone (`ui/national.py` gives both);
one painter draws it on the page, the projector, the report and in a picture file."""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import IntEnum
from itertools import pairwise

from ..analysis.matrix import Box, place_or_number, segment_boxes
from .drawing import (
    Align,
    Dash,
    Drawing,
    Ellipse,
    Measure,
    Part,
    Point,
    Polyline,
    Rect,
    Role,
    Stroke,
    Words,
    moved,
    wrap,
)

PANEL = 460.0  # each map's square
MARGIN = 34.0  # around a map, for the axis words (at the least: more for larger type)
TOP = 44.0  # the maps' titles above them, at the usual type (at the least)
MARGIN_LINES = 2.6  # the room round a map, in lines of its words: two corner names stacked
HEADING_SHARE = 17 / 13  # the maps' titles, of the words
INK, MUTED, GRID = "#1f2937", "#4b5563", "#9ca3af"
PATH = "#828892"  # the dotted path of a region's earlier workshops
REGION, OWN = "#1d4ed8", "#b45309"  # the regions' dots and arrows, the workshop's own
REGION_INK, OWN_INK = "#163ca6", "#8a4007"  # their names and numbers
LEGEND_INK = "#1e293b"
PAPER = "#ffffff"
DOT, OWN_DOT = 4.5, 7.0  # a dot's radius: a region's, the workshop's own


class NationalMap(IntEnum):
    MATRIX = 0
    ROLES = 1


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


@dataclass(frozen=True)
class MapWords:
    """The words round the maps, in the reader's language."""

    titles: tuple[str, str]  # the matrix's, the role map's
    axis: Mapping[str, str]  # "more", "less", "reactive", "proactive"
    roles: tuple[str, str, str, str]  # the top row's two, then the bottom row's two
    under: tuple[str, str]  # under each map (the regions it cannot place; "" for none)
    legend: str  # under both


@dataclass
class MapsLayout:
    """The drawing, and each placed mark's dot in it (for the page's hover)."""

    drawing: Drawing
    dots: list[tuple[Mark, Point]]
    # How many numbers' discs lie over another disc or a name: a crowd too large for the
    # maps at their type (a projector then shows one map a screen).
    overlaps: int = 0


@dataclass(frozen=True)
class _Placed:
    """Where one map's marks and their names go."""

    placed: list[Mark]  # the marks with a today, in the order drawn
    points: list[Point]
    where: list[Box | int]  # each name's box, or its number in the legend
    legend: list[str]
    discs: dict[int, Box]  # a numbered mark's disc (by its place in `placed`)


def national_maps(
    marks: Mapping[NationalMap, Sequence[Mark]],
    maps: Sequence[NationalMap],
    words: MapWords,
    body_px: float,
    measure: Measure,
) -> MapsLayout:
    """`maps` side by side, each with its title over it and its regions' names beside their
    dots (or numbered, the legend beside the map: inside, it covered dots), the words under
    each map and `words.legend` under both; the words `body_px` pixels tall, the room round
    the maps growing with them (an axis word never reaches a dot on a map's edge)."""
    px = float(math.ceil(body_px - 0.01))
    heading = float(math.ceil(body_px * HEADING_SHARE - 0.01))
    line = measure("Ag", px, False)[1]
    margin = max(MARGIN, body_px * MARGIN_LINES)
    top = max(TOP, body_px * HEADING_SHARE * 2)
    panel = _panel(maps, words, px, heading, margin, measure)
    column = panel + 2 * margin
    square = Box(margin, top + margin, panel, panel)  # each map's, in its own column

    def wrapped(text: str, width: float) -> list[str]:
        return wrap(text, px, False, width, measure) if text else []

    layouts = {m: _place(square, list(marks[m]), px, measure) for m in maps}
    legends = {m: _legend_size(p.legend, px, measure) for m, p in layouts.items() if p.legend}
    lefts: dict[NationalMap, float] = {}
    width = 0.0
    for m in maps:
        lefts[m] = width
        width += column + legends.get(m, (0.0, 0.0))[0]
    under = {m: words.under[m] for m in maps}
    legend = words.legend
    if len(maps) > 1 and len(set(under.values())) == 1:  # the same on both: said once
        same = next(iter(under.values()))
        legend = "  ·  ".join(x for x in (same, legend) if x)
        under = dict.fromkeys(maps, "")
    under_lines = {m: wrapped(under[m], column - 16) for m in maps}
    below = max((len(v) * line + 6 if v else 0.0) for v in under_lines.values())
    tallest = max((h for _w, h in legends.values()), default=0.0)
    # A legend beside a map taller than the map pushes the words under the maps down.
    extra = max(0.0, tallest + margin - (panel + 2 * margin))
    legend_lines = wrapped(legend, width - 16)
    height = (
        top + panel + 2 * margin + extra + below + (len(legend_lines) * line + 6 if legend else 0)
    ) + 8

    parts: list[Part] = []
    dots: list[tuple[Mark, Point]] = []
    for which in maps:
        left = lefts[which]
        here: list[Part] = [
            Words(
                words.titles[which], Box(0, 4, column, top - 8), heading, INK, True, role=Role.TEXT
            )
        ]
        if which is NationalMap.MATRIX:
            here += _matrix_frame(square, words.axis, margin, px)
        else:
            here += _roles_frame(square, words.roles, margin, px, measure)
        layout = layouts[which]
        beside = (square.x + square.w + margin, square.y)
        here += _marks(list(marks[which]), square, layout, px, measure, beside)
        if under_lines[which]:
            box = Box(8, square.y + square.h + margin + extra, column - 16, below)
            here.append(_paragraph(under_lines[which], box, px, line))
        parts += [moved(p, left, 0.0) for p in here]
        dots += [(m, (x + left, y)) for m, (x, y) in zip(layout.placed, layout.points, strict=True)]
    if legend_lines:
        box = Box(8, top + panel + 2 * margin + extra + below, width - 16, len(legend_lines) * line)
        parts.append(_paragraph(legend_lines, box, px, line))
    overlaps = sum(_overlapping(layout) for layout in layouts.values())
    return MapsLayout(Drawing(width, height, parts), dots, overlaps)


def _overlapping(layout: _Placed) -> int:
    """How many of a map's discs lie over a disc placed before them or over a name."""
    names = [b for b in layout.where if isinstance(b, Box)]
    discs = list(layout.discs.values())
    return sum(
        1
        for n, disc in enumerate(discs)
        if any(disc.overlaps(other) for other in (*discs[:n], *names))
    )


def _panel(
    maps: Sequence[NationalMap],
    words: MapWords,
    px: float,
    heading: float,
    margin: float,
    measure: Measure,
) -> float:
    """A map's square: PANEL, or as wide as the words along it need (an axis's words, a
    corner's name, the map's title over it and its margins): in a projector's large type on
    a 4:3 screen the words ran past a narrow square and were cut ("kapital per ca")."""
    along = [words.axis[k] for k in ("more", "less", "reactive", "proactive")]
    need = 0.0
    for which in maps:
        said = along if which is NationalMap.MATRIX else list(words.roles)
        need = max(need, *(measure(w, px, False)[0] + 8 for w in said))
        need = max(need, measure(words.titles[which], heading, True)[0] + 8 - 2 * margin)
    return max(PANEL, need)


def _paragraph(lines: list[str], box: Box, px: float, line: float) -> Words:
    return Words(
        "\n".join(lines),
        Box(box.x, box.y, box.w, len(lines) * line),
        px,
        MUTED,
        role=Role.TEXT,
        align=Align.LEFT,
    )


def _cross(square: Box) -> list[Part]:
    grid = Stroke(GRID, 1.0)
    cx, cy = square.x + square.w / 2, square.y + square.h / 2
    return [
        Rect(square, stroke=grid),
        Polyline(((square.x, cy), (square.x + square.w, cy)), grid),
        Polyline(((cx, square.y), (cx, square.y + square.h)), grid),
    ]


def _matrix_frame(square: Box, axis: Mapping[str, str], margin: float, px: float) -> list[Part]:
    """The matrix's square, its middle lines and its axes' words round it (the sides' turned
    along them)."""
    right, bottom = square.x + square.w, square.y + square.h
    return [
        *_cross(square),
        Words(
            axis["more"],
            Box(square.x, square.y - margin, square.w, margin),
            px,
            MUTED,
            role=Role.AXIS,
        ),
        Words(axis["less"], Box(square.x, bottom, square.w, margin), px, MUTED, role=Role.AXIS),
        Words(
            axis["reactive"],
            Box(square.x - margin, square.y, margin, square.h),
            px,
            MUTED,
            role=Role.AXIS,
            turn=-90,
        ),
        Words(
            axis["proactive"],
            Box(right, square.y, margin, square.h),
            px,
            MUTED,
            role=Role.AXIS,
            turn=90,
        ),
    ]


def _roles_frame(
    square: Box, names: tuple[str, str, str, str], margin: float, px: float, measure: Measure
) -> list[Part]:
    """The role map's square and the deck's four names at its corners; a row's two names one
    above the other where they do not fit beside each other (large type)."""
    parts = _cross(square)
    line = measure("Ag", px, False)[1]
    for first, second, y in (
        (names[0], names[1], square.y - margin),
        (names[2], names[3], square.y + square.h),
    ):
        widths = [measure(n, px, False)[0] for n in (first, second)]
        rows = (
            [(y, margin)] * 2
            if sum(widths) + line <= square.w
            else [
                (y, margin / 2),
                (y + margin / 2, margin / 2),
            ]
        )
        (top1, high1), (top2, high2) = rows
        parts.append(
            Words(first, Box(square.x, top1, widths[0], high1), px, MUTED, role=Role.CAPTION)
        )
        parts.append(
            Words(
                second,
                Box(square.x + square.w - widths[1], top2, widths[1], high2),
                px,
                MUTED,
                role=Role.CAPTION,
            )
        )
    return parts


def _at(square: Box, xy: tuple[float, float]) -> Point:
    return square.x + xy[0] * square.w, square.y + xy[1] * square.h


def _place(square: Box, marks: list[Mark], px: float, measure: Measure) -> _Placed:
    """Each region's name beside its dot, over no other name, dot or line (an arrow, an
    earlier workshops' path); where the crowd leaves no room, a number beside the dot and a
    legend that names it (#34)."""
    placed = [m for m in marks if m.today is not None]
    points = [_at(square, m.today) for m in placed if m.today is not None]
    sizes = [measure(m.name, px, m.own) for m in placed]
    dots = [Box(x - 7, y - 7, 14, 14) for x, y in points]
    lines = [
        box
        for mark in placed
        if mark.today is not None
        for a, b in pairwise(
            [_at(square, xy) for xy in (*mark.earlier, mark.today)]
            + ([_at(square, mark.ambition)] if mark.ambition is not None else [])
        )
        for box in segment_boxes(a, b)
    ]
    where = place_or_number(points, sizes, square, obstacles=[*dots, *lines])
    legend = [
        f"{spot}\u00a0{mark.name}"
        for mark, spot in zip(placed, where, strict=True)
        if isinstance(spot, int)
    ]
    side = px * 1.25  # a number's disc: a line of type across
    return _Placed(placed, points, where, legend, _discs(square, placed, points, where, side))


def _discs(
    square: Box, placed: list[Mark], points: list[Point], where: list[Box | int], side: float
) -> dict[int, Box]:
    """Each numbered mark's disc at a corner of its dot: the first of top right, top left,
    bottom right, bottom left that stays inside the map and covers no name and no disc
    placed before (a disc out over the map's edge lay on the axis words)."""
    names = [b for b in where if isinstance(b, Box)]
    inside = Box(square.x - 2, square.y - 2, square.w + 4, square.h + 4)
    discs: dict[int, Box] = {}
    for n, (mark, (x, y), spot) in enumerate(zip(placed, points, where, strict=True)):
        if not isinstance(spot, int):
            continue
        r = OWN_DOT if mark.own else DOT
        corners = [
            Box(x + dx, y + dy, side, side)
            for dx, dy in ((r, -r - side), (-r - side, -r - side), (r, r), (-r - side, r))
        ]
        taken = [*names, *discs.values()]
        free = [c for c in corners if c.inside(inside) and not any(c.overlaps(t) for t in taken)]
        within = [c for c in corners if c.inside(inside)]
        discs[n] = (free or within or corners)[0]
    return discs


def _legend_size(legend: list[str], px: float, measure: Measure) -> tuple[float, float]:
    line = measure("Ag", px, False)[1]
    return max(measure(entry, px, False)[0] for entry in legend) + 8, line * len(legend) + 6


def _arrow(start: Point, end: Point, colour: str, width: float) -> list[Part]:
    """A line from `start` to `end` with a filled head at `end`."""
    dx, dy = start[0] - end[0], start[1] - end[1]
    length = math.hypot(dx, dy)
    if length < 2:
        return []
    ux, uy = dx / length, dy / length
    head = 10 + width * 2
    sides = []
    for turn in (math.radians(25), -math.radians(25)):
        c, s = math.cos(turn), math.sin(turn)
        sides.append((end[0] + head * (ux * c - uy * s), end[1] + head * (ux * s + uy * c)))
    return [
        Polyline((start, end), Stroke(colour, width)),
        Polyline((end, sides[0], sides[1]), None, fill=colour),
    ]


def _marks(
    marks: list[Mark],
    square: Box,
    layout: _Placed,
    px: float,
    measure: Measure,
    legend_at: Point,
) -> list[Part]:
    """One map's marks as `layout` placed them, the legend of its numbered regions beside it
    from `legend_at`."""
    parts: list[Part] = []
    for mark in marks:  # earlier workshops first: a dotted path of small rings to today
        if not mark.earlier or mark.today is None:
            continue
        points = tuple(_at(square, xy) for xy in (*mark.earlier, mark.today))
        parts.append(Polyline(points, Stroke(PATH, 1.2, Dash.DOT)))
        parts += [Ellipse(p, 3.5, 3.5, PAPER, Stroke(REGION, 1.2)) for p in points[:-1]]
    for mark in marks:  # the arrows next, under every dot
        if mark.today is None or mark.ambition is None:
            continue
        colour = OWN if mark.own else REGION
        start, end = _at(square, mark.today), _at(square, mark.ambition)
        parts += _arrow(start, end, colour, 2.6 if mark.own else 1.4)
    numbers: list[Part] = []
    for n, (mark, point, spot) in enumerate(
        zip(layout.placed, layout.points, layout.where, strict=True)
    ):
        colour, ink = (OWN, OWN_INK) if mark.own else (REGION, REGION_INK)
        r = OWN_DOT if mark.own else DOT
        parts.append(Ellipse(point, r, r, colour, Stroke(PAPER, 1.5)))
        if isinstance(spot, int):
            disc = layout.discs[n]
            numbers.append(Words(str(spot), disc, px, ink, fill=PAPER, role=Role.NUMBER, disc=ink))
            continue
        parts.append(Words(mark.name, spot, px, ink, mark.own, align=Align.LEFT))
    parts += numbers
    if layout.legend:
        line = measure("Ag", px, False)[1]
        x, y = legend_at
        for n, entry in enumerate(layout.legend):  # a line each
            w = measure(entry, px, False)[0]
            box = Box(x + 4, y + 3 + n * line, w, line)
            parts.append(Words(entry, box, px, LEGEND_INK, role=Role.LEGEND, align=Align.LEFT))
    for mark in marks:  # an ambition with no today: a ring where the room wants to be
        if mark.today is None and mark.ambition is not None:
            colour = OWN if mark.own else REGION
            parts.append(Ellipse(_at(square, mark.ambition), 6.0, 6.0, None, Stroke(colour, 2)))
    return parts
