"""The strategy pyramid laid out: three levels as bands narrowing towards the top, the
documents' cards in rows in their level's band (one card size for the whole pyramid), and
each "derives from" link routed from a document's top to its source's foot, around the cards
in between. One layout for the editor's scene, the projector and the figure (a page, a
picture file): the scene places its items and routes its links by it, the figure draws it
(`pyramid_drawing`)."""

from __future__ import annotations

import itertools
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Protocol

from ..analysis.matrix import Box
from ..model import Branch, StrategyKind
from .drawing import (
    PADDING,
    Align,
    Dash,
    Drawing,
    Ellipse,
    Measure,
    Point,
    Polyline,
    Rect,
    Role,
    Stroke,
    Words,
    unpadded,
    wrap,
)
from .organisation import BRANCH_COLOURS

CARD_W = 190.0
CARD_H = 70.0
GAP = 14.0
BAND_PAD = 12.0
BAND_TITLE = 28.0
# Each level's share of the width: the bands narrow towards the top, like the deck's pyramid.
LEVEL_SHARE = {1: 0.42, 2: 0.72, 3: 1.0}
CLEARANCE = 12.0  # how far a routed link keeps from a card
CARD_PAD = 8.0  # a card's words from its edge
DOT, DOT_STEP = 12.0, 16.0  # a branch's dot at a card's foot, and the dots' spacing

BAND_TINTS = ("#fffbeb", "#f0f9ff", "#faf5ff")  # the pyramid's levels, top to bottom
BAND_INK = "#334155"  # a level's title
BAND_LINE = "#cbd5e1"
CARD_INK, CARD_MUTED = "#0f172a", "#475569"  # a card's title and its kind and year
CARD_LINE, FLAGGED = "#64748b", "#b91c1c"
LINK_INK = "#475569"
KIND_COLOURS = {
    StrategyKind.RUS: "#fde68a",
    StrategyKind.PLAN: "#dbeafe",
    StrategyKind.DELOMRADESSTRATEGI: "#dcfce7",
    StrategyKind.HANDLINGSPLAN: "#f3e8ff",
}


@dataclass(frozen=True, slots=True)
class Card:
    """A strategy document's card."""

    id: str
    level: int  # 1 (the RUS) … 3
    title: str
    subtitle: str  # its kind and year
    kind: StrategyKind
    branches: tuple[Branch, ...] = ()
    flagged: bool = False  # a difference from the deck the diagnostics name


@dataclass(frozen=True, slots=True)
class Link:
    document: str  # derives from
    source: str
    flagged: bool = False


@dataclass(frozen=True, slots=True)
class PyramidContent:
    titles: Mapping[int, str]  # each level's title
    cards: tuple[Card, ...]  # level by level, each level's in its order
    links: tuple[Link, ...] = ()


class Metrics(Protocol):
    """How much room the words take, in the fonts they are drawn in."""

    def needed_height(self, card: Card, width: float) -> float:
        """How tall a card `width` wide must be to show its whole title (wrapped, never
        cut), its kind and its branches' dots."""
        ...

    def widest_word(self, card: Card) -> float:
        """The longest word of its title (bold) or its kind."""
        ...

    def band_title_height(self) -> float:
        """A level's title and the room under it."""
        ...

    def type_px(self) -> float:
        """The cards' type, in pixels."""
        ...


@dataclass
class PyramidLayout:
    width: float
    height: float
    card_w: float
    card_h: float
    bands: dict[int, Box] = field(default_factory=dict)
    cards: dict[str, Box] = field(default_factory=dict)  # each card where it rests
    title_h: float = BAND_TITLE  # a level's title and the room under it, above its cards

    def top_anchor(self, card: str) -> Point:
        b = self.cards[card]
        return b.x + b.w / 2, b.y

    def bottom_anchor(self, card: str) -> Point:
        b = self.cards[card]
        return b.x + b.w / 2, b.y + b.h


def pyramid_layout(
    content: PyramidContent, width: float, metrics: Metrics, compact: bool = False
) -> PyramidLayout:
    """The pyramid `width` wide: one card size for all (as wide as the longest word needs,
    type grown for the back of a room never runs out of its card; as tall as the longest
    title), each level's cards in centred rows in its band, the bands narrowing towards the
    top (`compact`, the projector's: every band as wide as the pyramid, fewer rows)."""
    margin = 16 + metrics.type_px() * 0.6
    card_w = max([CARD_W, *(metrics.widest_word(c) + margin for c in content.cards)])
    card_h = max([CARD_H, *(metrics.needed_height(c, card_w) for c in content.cards)])
    width = max(width, card_w * 2 + 4 * GAP)
    band_title = max(BAND_TITLE, metrics.band_title_height())
    out = PyramidLayout(width, 0.0, card_w, card_h, title_h=band_title)
    y = GAP
    for level in (1, 2, 3):
        # Narrower towards the top, but the middle level keeps room for two cards.
        least = (2 * card_w + GAP if level == 2 else card_w) + 2 * BAND_PAD
        share = 1.0 if compact else LEVEL_SHARE[level]
        band_w = max(min(least, width - 2 * GAP), width * share - 2 * GAP)
        x0 = (width - band_w) / 2
        per_row = max(1, int((band_w - 2 * BAND_PAD + GAP) // (card_w + GAP)))
        ids = [c.id for c in content.cards if c.level == level]
        rows = max(1, -(-len(ids) // per_row))
        height = band_title + rows * (card_h + GAP + 8) + BAND_PAD
        out.bands[level] = Box(x0, y, band_w, height)
        for i, doc_id in enumerate(ids):
            row, column = divmod(i, per_row)
            in_row = min(per_row, len(ids) - row * per_row)
            left = x0 + (band_w - (in_row * card_w + (in_row - 1) * GAP)) / 2
            top = y + band_title + 8 + row * (card_h + GAP + 8)
            out.cards[doc_id] = Box(left + column * (card_w + GAP), top, card_w, card_h)
        y += height + GAP
    out.height = y
    return out


def pyramid_screens(layout: PyramidLayout, shown: float) -> list[tuple[float, float]]:
    """The pyramid in screens at most `shown` tall (in its own units), top to bottom: each
    screen from the top of a row of cards to the foot of a later one, so no card is cut
    between two screens; a level's first row starts at the level's top (its title shows
    with it), its last row ends at the level's foot, and a screen that starts inside a level
    keeps room above its first row for the level's title (said again there). A row taller
    than a screen is a screen of its own. One screen, the whole pyramid, when it is no
    taller than `shown`."""
    if layout.height <= shown or not layout.bands:
        return [(0.0, layout.height)]
    half_gap = GAP / 2
    # Each row of cards: where a screen starting with it starts (a level's title above
    # it), and the foot of the room that is its own.
    rows: list[tuple[float, float]] = []
    for level in sorted(layout.bands):
        band = layout.bands[level]
        foot = band.y + band.h
        tops = sorted({round(b.y, 3) for b in layout.cards.values() if band.y <= b.y < foot})
        # Between two rows, halfway; a level's first row from its top (its title), its last
        # to its foot; a level with no card yet is its band alone.
        edges = [max(0.0, band.y - half_gap)]
        edges += [(tops[i - 1] + layout.card_h + t) / 2 for i, t in enumerate(tops) if i]
        edges.append(min(layout.height, foot + half_gap))
        for i, (top, bottom) in enumerate(itertools.pairwise(edges)):
            rows.append((top if i == 0 else tops[i] - 8 - layout.title_h, bottom))
    screens: list[tuple[float, float]] = []
    for start, bottom in rows:
        if screens and bottom - screens[-1][0] <= shown:
            screens[-1] = (screens[-1][0], bottom)
        else:
            screens.append((start, bottom))
    return screens


# --- the links ---


def curve_point(start: Point, end: Point, t: float) -> Point:
    """The point `t` (0 … 1) along a link's curve: up from `start`, into `end` from below,
    turning halfway."""
    middle = (start[1] + end[1]) / 2
    c1, c2 = (start[0], middle), (end[0], middle)
    u = 1 - t
    x = u**3 * start[0] + 3 * u * u * t * c1[0] + 3 * u * t * t * c2[0] + t**3 * end[0]
    y = u**3 * start[1] + 3 * u * u * t * c1[1] + 3 * u * t * t * c2[1] + t**3 * end[1]
    return x, y


CURVE_STEPS = 16  # a curve as this many straight pieces, to test whether it crosses a card
DRAWN_STEPS = 24  # and to draw it (smooth at a picture's size)


def curve_points(start: Point, end: Point, steps: int = CURVE_STEPS) -> tuple[Point, ...]:
    return tuple(curve_point(start, end, i / steps) for i in range(steps + 1))


def _segment_hits(a: Point, b: Point, box: Box) -> bool:
    """Whether the segment from `a` to `b` touches `box` (Liang–Barsky)."""
    t0, t1 = 0.0, 1.0
    dx, dy = b[0] - a[0], b[1] - a[1]
    for p, q in (
        (-dx, a[0] - box.x),
        (dx, box.x + box.w - a[0]),
        (-dy, a[1] - box.y),
        (dy, box.y + box.h - a[1]),
    ):
        if p == 0:
            if q < 0:
                return False
            continue
        r = q / p
        if p < 0:
            t0 = max(t0, r)
        else:
            t1 = min(t1, r)
        if t0 > t1:
            return False
    return True


def crosses(points: Sequence[Point], boxes: Sequence[Box], reach: float = 1.0) -> bool:
    """Whether a line `2 * reach` wide drawn along `points` touches one of `boxes`."""
    return _touches(points, _grown(boxes, reach))


def _grown(boxes: Sequence[Box], reach: float) -> list[tuple[float, float, float, float]]:
    """`boxes` grown by `reach` on every side, as (left, top, right, bottom)."""
    return [(b.x - reach, b.y - reach, b.x + b.w + reach, b.y + b.h + reach) for b in boxes]


def _touches(points: Sequence[Point], edges: Sequence[tuple[float, float, float, float]]) -> bool:
    for a, b in itertools.pairwise(points):
        left, right = min(a[0], b[0]), max(a[0], b[0])
        top, bottom = min(a[1], b[1]), max(a[1], b[1])
        for x0, y0, x1, y1 in edges:
            if x0 > right or x1 < left or y0 > bottom or y1 < top:
                continue
            if _segment_hits(a, b, Box(x0, y0, x1 - x0, y1 - y0)):
                return True
    return False


def lanes_around(start: Point, end: Point, obstacles: Sequence[Box]) -> tuple[Point, ...] | None:
    """A path up from `start`, along a free vertical lane beside the cards in the way, and
    into `end` from below; None when no lane is free."""
    above, below = start[1] - CLEARANCE, end[1] + CLEARANCE
    low, high = min(above, below), max(above, below)
    blocking = [r for r in obstacles if r.y <= high and r.y + r.h >= low]
    middle = (start[0] + end[0]) / 2
    lanes = sorted(
        {x for r in blocking for x in (r.x - CLEARANCE, r.x + r.w + CLEARANCE)},
        key=lambda x: abs(x - middle),
    )
    edges = _grown(obstacles, 1.0)
    for x in lanes:
        path = (start, (start[0], above), (x, above), (x, below), (end[0], below), end)
        if not _touches(path, edges):
            return path
    return None


def route_link(start: Point, end: Point, obstacles: Sequence[Box]) -> tuple[Point, ...] | None:
    """A link from a document's top (`start`) to its source's foot (`end`): None for the
    smooth curve when nothing is in the way, else the lanes around the cards in between (a
    link never reads as deriving from a card it passes through)."""
    if not crosses(curve_points(start, end), obstacles):
        return None
    return lanes_around(start, end, obstacles)


BODY_MARGIN = 2.0  # how far round a card's body a link keeps off (the figure and the scene)


def card_bodies(layout: PyramidLayout) -> dict[str, Box]:
    """Each card's body, grown by BODY_MARGIN: what the links keep off."""
    g = BODY_MARGIN
    return {
        doc_id: Box(b.x - g, b.y - g, b.w + 2 * g, b.h + 2 * g)
        for doc_id, b in layout.cards.items()
    }


def link_obstacles_of(
    bodies: Mapping[str, Box], start: Point, end: Point, card_w: float, ends: tuple[str, str]
) -> list[Box]:
    """Of the cards' `bodies`, those a link from `start` to `end` keeps off: near the span
    between its ends (a card's width to either side), but its own two (`ends`)."""
    near = Box(
        min(start[0], end[0]) - card_w,
        min(start[1], end[1]),
        abs(start[0] - end[0]) + 2 * card_w,
        abs(start[1] - end[1]),
    )
    return [b for doc_id, b in bodies.items() if doc_id not in ends and b.overlaps(near)]


def arrow_wings(end: Point, before: Point, length: float = 9.0) -> tuple[Point, Point]:
    """The two strokes of a link's head at `end`, pointing along from `before`."""
    angle = math.atan2(end[1] - before[1], end[0] - before[0] + 1e-9)
    return tuple(  # type: ignore[return-value]
        (end[0] - length * math.cos(angle + side), end[1] - length * math.sin(angle + side))
        for side in (-0.45, 0.45)
    )


# --- the figure ---


class MeasuredMetrics:
    """`Metrics` from a figure's `measure`, its type `px` pixels."""

    def __init__(self, px: float, measure: Measure) -> None:
        self.px, self.words = px, unpadded(measure)

    def line(self, bold: bool) -> float:
        return self.words("Ag", self.px, bold)[1]

    def title_lines(self, card: Card, width: float) -> list[str]:
        return wrap(card.title, self.px, True, width - 2 * CARD_PAD, self.words)

    def needed_height(self, card: Card, width: float) -> float:
        title = len(self.title_lines(card, width)) * self.line(True)
        return max(CARD_H, 6 + title + 2 + self.line(False) + 4 + 12 + 6)

    def widest_word(self, card: Card) -> float:
        words = [(w, True) for w in card.title.split()]
        words += [(w, False) for w in card.subtitle.split()]
        return max((self.words(w, self.px, bold)[0] for w, bold in words), default=0.0)

    def band_title_height(self) -> float:
        return self.line(True) + 10

    def type_px(self) -> float:
        return self.px


def pyramid_drawing(
    content: PyramidContent, layout: PyramidLayout, px: float, measure: Measure
) -> Drawing:
    """The pyramid as `layout` places it (`pyramid_layout` with `MeasuredMetrics` for
    `px`-pixel type), for a reader (no handles, no selection): the bands, the links (routed,
    a flagged one red and dashed), the levels' titles over the links on their bands' tints,
    the cards over both. `Drawing.anchors` holds each card's top right corner (a note's
    callout goes there)."""
    metrics = MeasuredMetrics(px, measure)
    drawing = Drawing(layout.width, layout.height)
    parts = drawing.parts
    for level, band in layout.bands.items():
        parts.append(Rect(band, BAND_TINTS[level - 1], Stroke(BAND_LINE, 1.5), radius=12))
    bodies = card_bodies(layout)
    for link in content.links:
        if link.document not in layout.cards or link.source not in layout.cards:
            continue
        start, end = layout.top_anchor(link.document), layout.bottom_anchor(link.source)
        ends = (link.document, link.source)
        lanes = route_link(start, end, link_obstacles_of(bodies, start, end, layout.card_w, ends))
        points = lanes or curve_points(start, end, DRAWN_STEPS)
        stroke = Stroke(FLAGGED, 1.8, Dash.DASH) if link.flagged else Stroke(LINK_INK, 1.6)
        parts.append(Polyline(points, stroke))
        left, right = arrow_wings(end, _along(points, 0.97))
        parts.append(Polyline((left, end, right), Stroke(stroke.colour, stroke.width)))
    for level, band in layout.bands.items():  # over the links that rise past them
        title = content.titles.get(level, "")
        if title:
            w, h = measure(title, px, True)
            box = Box(band.x + 12 - PADDING, band.y + 6 - 1, w, h)
            tint = BAND_TINTS[level - 1]
            parts.append(
                Words(title, box, px, BAND_INK, True, fill=tint, role=Role.TEXT, align=Align.LEFT)
            )
    for card in content.cards:
        b = layout.cards[card.id]
        stroke = Stroke(FLAGGED, 2, Dash.DASH) if card.flagged else Stroke(CARD_LINE, 1)
        parts.append(Rect(b, KIND_COLOURS[card.kind], stroke, radius=8))
        lines = metrics.title_lines(card, b.w)
        title_h = len(lines) * metrics.line(True)
        inner = b.w - 2 * CARD_PAD
        x = b.x + CARD_PAD - PADDING
        name = Box(x, b.y + 6 - PADDING, inner + 2 * PADDING, title_h + 2 * PADDING)
        parts.append(
            Words("\n".join(lines), name, px, CARD_INK, True, role=Role.TEXT, align=Align.LEFT)
        )
        if card.subtitle:
            sub = wrap(card.subtitle, px, False, inner, metrics.words)
            top = b.y + 6 + title_h + 2
            sub_h = len(sub) * metrics.line(False)
            box = Box(x, top - PADDING, inner + 2 * PADDING, sub_h + 2 * PADDING)
            text = "\n".join(sub)
            parts.append(Words(text, box, px, CARD_MUTED, role=Role.TEXT, align=Align.LEFT))
        for i, branch in enumerate(card.branches):
            centre = (b.x + CARD_PAD + i * DOT_STEP + DOT / 2, b.y + b.h - 18 + DOT / 2)
            dot = Stroke(CARD_LINE, 0.8)
            parts.append(Ellipse(centre, DOT / 2, DOT / 2, BRANCH_COLOURS[branch], dot))
        drawing.anchors[card.id] = (b.x + b.w, b.y)
    return drawing


def _along(points: Sequence[Point], share: float) -> Point:
    """The point `share` of the way along a polyline, by its length."""
    lengths = [math.dist(a, b) for a, b in itertools.pairwise(points)]
    goal = sum(lengths) * share
    for (a, b), length in zip(itertools.pairwise(points), lengths, strict=True):
        if goal <= length and length > 0:
            t = goal / length
            return a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t
        goal -= length
    return points[-1]
