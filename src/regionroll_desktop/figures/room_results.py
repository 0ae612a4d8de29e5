"""What the room answered on its phones, as a page for the projector: a question's answers
drawn for the back of the room, with no editing control. A map (the capital matrix or the role
map: each phone's dot and their centre), bars (the keys' medians, the dots' and the ideas'
rankings, a choice's counts) or a word wall (each entry sized by how many gave it). Pure
layout: what is drawn where, from words and numbers; no Qt."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from ..analysis.matrix import Box
from .drawing import (
    Align,
    Drawing,
    Ellipse,
    Measure,
    Polyline,
    Rect,
    Role,
    Stroke,
    Words,
    fit,
    wrap,
)
from .matrix import SOFT_HYPHEN, caption_place

INK, MUTED, LINE = "#0f172a", "#334155", "#475569"
BAR, BAR_BACK = "#1d4ed8", "#e2e8f0"
NAME_GROUND = "#d9ffffff"  # behind a quadrant's name that the phones' dots leave no room
QUADRANT_TINTS = ("#f6f3ea", "#eef2f7", "#eef2f7", "#f6f3ea")


@dataclass(frozen=True, slots=True)
class MapPart:
    """A square map: its four quadrants' names (top left, top right, bottom left, bottom
    right), the words at its four edges (top, bottom, left, right; "" for none), each phone's
    dot (x right, y down, 0 … 1) and their centre."""

    quadrants: tuple[str, str, str, str]
    edges: tuple[str, str, str, str]
    dots: Sequence[tuple[float, float]]
    centre: tuple[float, float] | None
    colour: str
    filled: bool = True
    tints: tuple[str, str, str, str] = QUADRANT_TINTS  # the quadrants' fills, in that order


@dataclass(frozen=True, slots=True)
class Bar:
    label: str
    value: float  # drawn against `BarsPart.most`
    words: str  # what the bar says in words (its number, its count)


@dataclass(frozen=True, slots=True)
class BarsPart:
    """Bars in rows, the first first; a ranking's `more` says how many the page could not
    hold ("+ {n} …", of `total`: the ranking may hand over only its first)."""

    bars: Sequence[Bar]
    most: float  # the scale's end (5 for a key's score, the largest count for dots)
    more: str = ""
    total: int = 0  # how many there are in all (0: the bars)


@dataclass(frozen=True, slots=True)
class Cloud:
    """A word wall: each entry with how many gave it, most given first; `more` says how many
    the page could not hold ("+ {n} …")."""

    entries: Sequence[tuple[str, int]]
    more: str = ""


CLOUD_INKS = (BAR, INK, "#7c2d12", "#166534")  # dark on white: every one ≥ 7:1


@dataclass(frozen=True, slots=True)
class ResultsContent:
    title: str  # the question, in the UI's words
    count: str  # how many answered ("12 mobiler har svarat")
    rule: str = ""  # the app's rule where the result rests on one (a centre, a median)
    map: MapPart | None = None
    bars: BarsPart | None = None
    cloud: Cloud | None = None
    empty: str = ""  # said when no phone has answered


@dataclass
class _Page:
    width: float
    height: float
    measure: Measure
    drawing: Drawing = field(init=False)

    def __post_init__(self) -> None:
        self.drawing = Drawing(self.width, self.height)

    def words(
        self,
        lines: Sequence[str],
        x: float,
        y: float,
        w: float,
        px: float,
        ink: str = INK,
        bold: bool = False,
        align: Align = Align.LEFT,
    ) -> float:
        """`lines` from (x, y), each its own line; returns the height they take."""
        top = y
        for line in lines:
            lh = self.measure(line, px, bold)[1]
            self.drawing.parts.append(
                Words(line, Box(x, top, w, lh), px, ink, bold, role=Role.TEXT, align=align)
            )
            top += lh
        return top - y


def results_drawing(
    content: ResultsContent, width: float, height: float, px: float, measure: Measure
) -> Drawing:
    """The page `width`×`height`, its body type `px` (the reader's: a projector's at least
    18 px at 720 lines): the title and the count at the top, the result under them, the
    rule at the foot."""
    page = _Page(width, height, measure)
    margin = px
    inner = width - 2 * margin
    y = margin
    if content.title:  # none when the page round it says it (the projector's title)
        title = fit(content.title, px * 1.5, True, inner, 2, measure)[0]
        y += page.words(title, margin, y, inner, px * 1.5, INK, True)
    y += page.words([content.count], margin, y, inner, px, MUTED) + px * 0.5
    foot = wrap(content.rule, px, False, inner, measure) if content.rule else []
    foot_h = sum(measure(line, px, False)[1] for line in foot)
    if foot:
        page.words(foot, margin, height - margin - foot_h, inner, px, MUTED)
    area = Box(margin, y, inner, max(px * 4, height - margin - foot_h - px * 0.5 - y))
    if content.empty:
        page.words(wrap(content.empty, px, False, inner, measure), margin, y, inner, px, MUTED)
    elif content.map is not None:
        _map(page, content.map, area, px)
    elif content.bars is not None:
        _bars(page, content.bars, area, px)
    elif content.cloud is not None:
        _cloud(page, content.cloud, area, px)
    return page.drawing


def _map(page: _Page, part: MapPart, area: Box, px: float) -> None:
    """The square as large as the area holds, the edge words outside it."""
    m = page.measure
    edge_h = m("Ag", px, True)[1]
    side_w = max((m(w, px, True)[0] for w in part.edges[2:] if w), default=0.0)
    side = min(area.h - 2 * edge_h - 8, area.w - 2 * side_w - 16)
    side = max(side, px * 6)
    x0 = area.x + (area.w - side) / 2
    y0 = area.y + edge_h + 4
    half = side / 2
    parts = page.drawing.parts
    # The quadrants' names whole, at the body's type: a long word with a soft hyphen breaks
    # there when its quadrant is narrower ("Kapacitets-/byggaren"); only a word with none
    # wider still sets their type smaller (never a word cut).
    names = [
        name.replace(
            SOFT_HYPHEN, "-\n" if m(name.replace(SOFT_HYPHEN, ""), px, True)[0] > half - px else ""
        )
        for name in part.quadrants
    ]
    words = [w for name in names for w in name.split()]
    widest = max((m(w, px, True)[0] for w in words), default=0.0)
    name_px = px if widest <= half - px else max(px * 2 / 3, 0.9 * px * (half - px) / widest)
    r = max(4.0, px * 0.35)
    arm = px * 0.7
    # Where the phones' dots and their centre lie: a quadrant's name keeps off them (its
    # outer corner, else another, else where it covers fewest: thirty dots lay on a name).
    taken = [Box(x0 + x * side - r, y0 + y * side - r, 2 * r, 2 * r) for x, y in part.dots]
    if part.centre is not None:
        cx, cy = x0 + part.centre[0] * side, y0 + part.centre[1] * side
        taken.append(Box(cx - arm, cy - arm, 2 * arm, 2 * arm))
    square = Box(x0, y0, side, side)
    dots = len(taken)
    named: list[Words] = []
    for n, (tint, name) in enumerate(zip(part.tints, names, strict=True)):
        qx, qy = x0 + (n % 2) * half, y0 + (n // 2) * half
        parts.append(Rect(Box(qx, qy, half, half), fill=tint, stroke=Stroke(LINE, 1.5)))
        if name:
            lines = wrap(name, name_px, True, half - px, m)
            lh = m("Ag", name_px, True)[1]
            size = (max(m(line, name_px, True)[0] for line in lines), lh * len(lines))
            outer = (float(n % 2), float(n // 2))  # top left, top right, bottom left, …
            box = caption_place(size, Box(qx, qy, half, half), outer, px * 0.4, taken, square)
            # Where the dots leave it no free corner, it is drawn over them on a ground that
            # lets them show through (under them, its letters were lost).
            ground = NAME_GROUND if any(box.overlaps(t) for t in taken[:dots]) else None
            named.append(
                Words(
                    "\n".join(lines), box, name_px, MUTED, True, ground, Role.TEXT, None, Align.LEFT
                )
            )
            taken.append(box)
    above, bottom, left, right = part.edges
    if above:
        page.words([above], x0, y0 - edge_h - 2, side, px, INK, True, Align.CENTRE)
    if bottom:
        page.words([bottom], x0, y0 + side + 2, side, px, INK, True, Align.CENTRE)
    if left:
        lw = m(left, px, True)[0]
        page.words([left], x0 - lw - 8, y0 + half - edge_h / 2, lw, px, INK, True)
    if right:
        rw = m(right, px, True)[0]
        page.words([right], x0 + side + 8, y0 + half - edge_h / 2, rw, px, INK, True)
    fill = f"#a0{part.colour.lstrip('#')}" if part.filled else None
    for x, y in part.dots:
        cx, cy = x0 + x * side, y0 + y * side
        parts.append(Ellipse((cx, cy), r, r, fill=fill, stroke=Stroke(part.colour, 2)))
    if part.centre is not None:
        cx, cy = x0 + part.centre[0] * side, y0 + part.centre[1] * side
        parts.append(
            Polyline(
                (
                    (cx - arm, cy - arm),
                    (cx + arm, cy + arm),
                    (cx, cy),
                    (cx + arm, cy - arm),
                    (cx - arm, cy + arm),
                ),
                Stroke(INK, 4),
            )
        )
    parts.extend(named)


def _bars(page: _Page, part: BarsPart, area: Box, px: float) -> None:
    """A row per bar: its label, the bar against the scale, its words after it; the rows
    share the area's height, never smaller than their type."""
    m = page.measure
    bars = list(part.bars)
    if not bars:
        return
    label_w = min(area.w * 0.45, max(m(b.label, px, True)[0] for b in bars) + px)
    words_w = min(area.w * 0.3, max(m(b.words, px, False)[0] for b in bars) + px)
    bar_w = max(px * 4, area.w - label_w - words_w)
    lh = m("Ag", px, True)[1]
    # A label longer than its column takes two lines (its row grows), never cut short.
    labels = [wrap(b.label, px, True, label_w - px, m) for b in bars]
    lines = max(len(label) for label in labels)
    row_h = max(lh * min(lines, 2) + px * 0.4, min(area.h / len(bars), px * 3))
    total = max(part.total, len(bars))
    shown = min(len(bars), max(1, int(area.h // row_h)))
    if shown < total and part.more:  # the last row says how many more there are
        shown = min(shown, max(1, int((area.h - lh) // row_h)))
        more = part.more.format(n=total - shown)
        page.words([more], area.x, area.y + shown * row_h + px * 0.2, area.w, px, MUTED, True)
    for n, bar in enumerate(bars[:shown]):
        y = area.y + n * row_h
        label = fit(bar.label, px, True, label_w - px, 2, m)[0]
        top = y + (row_h - lh * len(label)) / 2
        page.words(label, area.x, top, label_w - px, px, INK, True)
        bx = area.x + label_w
        bh = min(row_h * 0.6, px * 1.4)
        by = y + (row_h - bh) / 2
        page.drawing.parts.append(Rect(Box(bx, by, bar_w, bh), fill=BAR_BACK))
        share = 0.0 if part.most <= 0 else max(0.0, min(1.0, bar.value / part.most))
        if share > 0:
            page.drawing.parts.append(Rect(Box(bx, by, bar_w * share, bh), fill=BAR))
        page.words([bar.words], bx + bar_w + px * 0.5, y + (row_h - lh) / 2, words_w - px * 0.5, px)


def _cloud(page: _Page, cloud: Cloud, area: Box, px: float) -> None:
    """The entries in rows, centred, the most given first and largest (from the body's type
    to 2.5 times it, by their share of the most given), as many as the area holds whole;
    `more` says how many are left out. No entry is cut or drawn over another."""
    m = page.measure
    entries = list(cloud.entries)
    if not entries:
        return
    top = max(n for _w, n in entries)
    more_h = m("Ag", px, True)[1] if cloud.more else 0.0
    bottom = area.y + area.h - more_h
    gap = px * 0.9
    rows: list[list[tuple[str, float, float, float, int]]] = []  # word, px, w, h, index
    row: list[tuple[str, float, float, float, int]] = []
    row_w = 0.0
    for n, (word, count) in enumerate(entries):
        size = px if top <= 1 else px * (1 + 1.5 * (count - 1) / (top - 1))
        w, h = m(word, size, True)
        if w > area.w:  # a long entry on a narrow page: its type as large as the width holds
            size, w = size * area.w / w, area.w
            h = m(word, size, True)[1]
        if row and row_w + gap + w > area.w:
            rows.append(row)
            row, row_w = [], 0.0
        row_w += (gap if row else 0.0) + w
        row.append((word, size, w, h, n))
    if row:
        rows.append(row)
    y = area.y
    placed = 0
    for line in rows:
        line_h = max(h for _w, _s, _ww, h, _n in line)
        if y + line_h > bottom:
            break
        width = sum(ww for _w, _s, ww, _h, _n in line) + gap * (len(line) - 1)
        x = area.x + (area.w - width) / 2
        for word, size, ww, h, n in line:
            ink = CLOUD_INKS[n % len(CLOUD_INKS)]
            page.drawing.parts.append(
                Words(word, Box(x, y + line_h - h, ww, h), size, ink, True, role=Role.TEXT)
            )
            x += ww + gap
            placed += 1
        y += line_h + px * 0.3
    left = len(entries) - placed
    if left and cloud.more:
        page.words([cloud.more.format(n=left)], area.x, bottom, area.w, px, MUTED, True)
