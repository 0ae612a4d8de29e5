"""The capital matrix laid out for its reader: the quadrants and the deck's words, the
workshop's markers and the arrow between them, the groups' markers and their spread, the
room's answers and the reference regions, every marker's label beside its own marker (or a
number in a disc and a legend inside the matrix), in the figure's own pixels."""

from __future__ import annotations

import math
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace

from ..analysis.matrix import Box, place_labels, place_or_number, segment_boxes
from .drawing import (
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
    wrap,
)

# The quadrants' tints: upper right, upper left, lower right, lower left.
QUADRANT_TINTS = ("#eef2f7", "#f6f3ea", "#f6f3ea", "#eef2f7")
FRAME, AXES = "#94a3b8", "#475569"
AXIS_INK, CAPTION_INK, NUMBER_INK = "#1e293b", "#475569", "#1e293b"
REFERENCE_DOT, REFERENCE_INK = "#64748b", "#3f4a59"
CENTRE_INK = "#334155"
NOTE_PAPER, NOTE_INK = "#fff1a6", "#1a1a1a"  # a sticky note's callout, as the notes are drawn
WORD_GROUND = "#d9ffffff"  # behind an axis word on the middle line: the line shows through
SOFT_HYPHEN = "\u00ad"
BOLD_SHARE = 1.1  # the axes' words and the markers' labels, of the body type
# Behind a marker's label: a line under it (the groups' dotted ring, the middle lines) does
# not cut its letters (at 70 % the ring's dots still ran through "(i dag)").
LABEL_GROUND = "#e6ffffff"
MARK_STROKE = 3.0  # a marker's ring
SIDES = ((-2.0, 1.0), (2.0, 0.0))  # a side's word over the middle line, then under it
CAPTION_GAP = 8.0  # between two captions in a row round a matrix


@dataclass(frozen=True, slots=True)
class Mark:
    """A marker: the workshop's today or ambition, or a group's."""

    key: str  # what a sticky note pins to: "today", "ambition", "group:<id>"
    x: float  # proactivity, -1 … +1
    y: float  # capital per capita, -1 … +1 (up)
    label: str
    colour: str  # its ring
    fill: str | None  # its inside ("#aarrggbb" for a see-through one)
    ink: str  # its label's colour (dark enough to read on the quadrants' tints)
    initial: str = ""  # a group's letter inside its marker
    initial_ink: str = "#ffffff"
    small: bool = False  # a group's marker is drawn smaller than the workshop's


@dataclass(frozen=True, slots=True)
class Spot:
    """A small thing on the matrix: a phone's answer, or a reference region."""

    x: float
    y: float
    colour: str
    filled: bool = True
    name: str = ""  # a reference region's name, beside its dot where there is room


@dataclass(frozen=True, slots=True)
class Spread:
    """The groups' centre and how far the farthest lies from it (matrix units)."""

    x: float
    y: float
    radius: float


@dataclass(frozen=True, slots=True)
class MatrixContent:
    axis: Mapping[str, str]  # "more", "less", "reactive", "proactive"
    captions: Sequence[str]  # upper right, upper left, lower right, lower left
    marks: Sequence[Mark]  # today and the ambition first
    arrow: tuple[str, str] | None = None  # from one mark's key to another's, in its colour
    arrow_colour: str = "#1d4ed8"
    spreads: Sequence[Spread] = ()
    room: Sequence[Spot] = ()  # the phones' answers
    room_centres: Sequence[Spot] = ()
    # The dashed lines between the elected members' and the officials' places, one per
    # moment both answered for ((x, y) to (x, y), in the matrix's units).
    links: Sequence[tuple[tuple[float, float], tuple[float, float]]] = ()
    references: Sequence[Spot] = ()
    # The sticky notes pinned to a marker: its key to their numbers (as the notes' list
    # numbers them); drawn by the marker, kept clear by every word.
    notes: Mapping[str, Sequence[int]] = field(default_factory=dict)
    tints: Sequence[str] = QUADRANT_TINTS  # the quadrants' grounds, in the captions' order
    # The captions are what the quadrants are (the role map's four roles), drawn as large
    # and strong as the axes' words; else they describe a corner (the capital matrix's).
    strong_captions: bool = False
    # The workshop's markers' radius in pixels (a group's a little smaller); 0: sized by the
    # type. A quarter of a page's map draws them smaller, or no corner of a quadrant is
    # free for its caption (today's marker lay on "Mindre kapital, mer reaktivt").
    marker_radius: float = 0.0
    # Every word outside the matrix, round it, whatever lies in the quadrants: the captions
    # over and under their quadrants, the sides' words turned along the sides (a quarter of
    # a page's map has no corner a marker may not fall on, as the regions' small maps).
    words_outside: bool = False


def two_lines(text: str) -> str:
    """`text` broken at the space nearest its middle (unchanged when it has none)."""
    spaces = [i for i, ch in enumerate(text) if ch == " "]
    if not spaces:
        return text
    at = min(spaces, key=lambda i: abs(i - len(text) / 2))
    return text[:at] + "\n" + text[at + 1 :]


def _with_alpha(colour: str, alpha: int) -> str:
    return f"#{alpha:02x}{colour.lstrip('#')[-6:]}"


class _Frame:
    """Where the matrix (±1 on both axes) lies in the figure."""

    def __init__(self, box: Box) -> None:
        self.box = box

    def at(self, x: float, y: float) -> Point:
        b = self.box
        return b.x + (x + 1) / 2 * b.w, b.y + (1 - y) / 2 * b.h


def matrix_drawing(
    content: MatrixContent,
    width: float,
    height: float,
    px: float,
    measure: Measure,
    legend_apart: bool = False,
) -> Drawing:
    """The matrix `width`×`height` pixels, its body type `px` pixels (the reader's). The
    legend (of the markers whose labels find no room) lies in columns in a band under the
    matrix while the matrix keeps half the height, never inside it (a legend of one entry in
    a quadrant read as a label of that quadrant: "1 Ambition" in Nätverkaren); a longer one
    (a crowded workshop's many groups) makes the drawing grow by its band, or with
    `legend_apart` is left to the reader's text (`Drawing.legend`: a report's page)."""
    drawing, naming = _matrix(content, width, height, px, measure, 0.0)
    band = 0.0
    for _ in range(4):  # a smaller matrix may number more markers: a taller band
        if not naming.legend:
            break
        inner = naming.width  # the matrix's, which the band spans
        need = legend_columns(naming.legend, px * BOLD_SHARE, inner, measure)[1] + 2
        if need <= band:
            break
        band = need
        if band < height / 2:
            drawing, naming = _matrix(content, width, height, px, measure, band)
        elif legend_apart:
            drawing, naming = _matrix(content, width, height, px, measure, 0.0, apart=True)
            drawing.legend = list(naming.legend)
            break
        else:
            return _matrix(content, width, height + band, px, measure, band)[0]
    return drawing


def matrix_with_footnote(
    content: MatrixContent,
    footnote: str,
    width: float,
    height: float,
    px: float,
    measure: Measure,
    legend_apart: bool = False,
) -> Drawing:
    """The matrix (`matrix_drawing`) with `footnote` under it, wrapped to the matrix's
    width in the body type: the role map with the deck's reminder that it is no
    classification, which belongs with the map wherever it is shown."""
    reach = _reach(content, px)
    lines = wrap(footnote, px, False, width - 2 * reach, measure) if footnote else []
    if not lines:
        return matrix_drawing(content, width, height, px, measure, legend_apart)
    text = "\n".join(lines)
    tall = measure(text, px, False)[1]
    gap = px * 0.5
    drawing = matrix_drawing(content, width, height - tall - gap, px, measure, legend_apart)
    top = drawing.height + gap
    box = Box(reach, top, width - 2 * reach, tall)
    drawing.parts.append(Words(text, box, px, CAPTION_INK, role=Role.TEXT, align=Align.LEFT))
    drawing.height = top + tall
    return drawing


def _radii(content: MatrixContent, px: float) -> dict[bool, float]:
    """A marker's radius: the workshop's (False) and a group's (True, `Mark.small`)."""
    if content.marker_radius:
        return {False: content.marker_radius, True: content.marker_radius * 0.9}
    return {False: max(9.0, px * 1.05), True: max(8.0, px * 0.95)}


def _reach(content: MatrixContent, px: float) -> float:
    """How far round the matrix a marker on its edge reaches (a workshop's marker's radius)."""
    return _radii(content, px)[False] + 2


def legend_columns(
    entries: Sequence[str], px: float, width: float, measure: Measure
) -> tuple[list[tuple[str, float, float]], float]:
    """The legend's entries in as many columns as `width` holds, in order down each column,
    an entry never broken across two columns: each column's text and its left and width;
    and the columns' height. (The widest entry was wrapped to less than its own width, and
    a column began with the end of the entry before it: "dag)".)"""
    if not entries:
        return [], 0.0
    gap = px
    column_w = min(width, max(measure(e, px, True)[0] for e in entries))
    wrapped = [wrap(e, px, True, column_w, measure) for e in entries]
    count = max(1, min(len(entries), int((width + gap) // (column_w + gap))))
    per = math.ceil(sum(len(lines) for lines in wrapped) / count)
    texts: list[list[str]] = [[]]
    for lines in wrapped:
        if texts[-1] and len(texts[-1]) + len(lines) > per and len(texts) < count:
            texts.append([])
        texts[-1].extend(lines)
    columns = [("\n".join(lines), i * (column_w + gap), column_w) for i, lines in enumerate(texts)]
    return columns, max(measure(text, px, True)[1] for text, _, _ in columns)


def _matrix(
    content: MatrixContent,
    width: float,
    height: float,
    px: float,
    measure: Measure,
    legend_band: float,
    apart: bool = False,
) -> tuple[Drawing, Naming]:
    """The matrix with `legend_band` pixels at its foot for the legend's columns (`apart`:
    the legend not drawn)."""
    drawing = Drawing(width, height)
    parts = drawing.parts
    bold_px = px * BOLD_SHARE
    axis_h = measure("Ag", *((px, False) if content.words_outside else (bold_px, True)))[1]
    # Room round the matrix for a marker on its edge, and above and under it for the axes'
    # words beyond a marker's reach.
    radius = _radii(content, px)
    reach = _reach(content, px)
    # (A matrix with no words above and under it, the role map's, needs no band there.)
    band = axis_h + reach + 2 if content.axis.get("more") or content.axis.get("less") else reach
    above = below = side = 0.0  # the bands of the words laid round it
    if content.words_outside:
        tall = height - 2 * band - legend_band
        span = width - 2 * sides_thickness(content.axis, px, tall, measure)
        above, below = captions_band(content.captions, px, content.strong_captions, span, measure)
        # The sides' words wrapped to the frame's height, as `words_round` wraps them.
        side = sides_thickness(content.axis, px, tall - above - below, measure)
    frame = _Frame(
        Box(
            reach + side,
            band + above,
            width - 2 * (reach + side),
            height - 2 * band - legend_band - above - below,
        )
    )
    m = frame.box

    # The quadrants, the frame and the middle lines.
    for (qx, qy), tint in zip(((0, 1), (-1, 1), (0, 0), (-1, 0)), content.tints, strict=True):
        left, top = frame.at(qx, qy)
        parts.append(Rect(Box(left, top, m.w / 2, m.h / 2), fill=tint))
    parts.append(Rect(m, stroke=Stroke(FRAME, 1.5)))
    middle_x, middle_y = frame.at(0, 0)
    parts.append(Polyline(((m.x, middle_y), (m.x + m.w, middle_y)), Stroke(AXES, 2)))
    parts.append(Polyline(((middle_x, m.y), (middle_x, m.y + m.h)), Stroke(AXES, 2)))

    # Where the markers, the arrow and the dashed lines are: the quadrants' captions keep off
    # them.
    step = max(8.0, px * 0.6)  # the small boxes a line is kept clear by
    lines = [(frame.at(*a), frame.at(*b)) for a, b in content.links]
    line_boxes = [box for one, other in lines for box in segment_boxes(one, other, step=step)]
    centres = {mark.key: frame.at(mark.x, mark.y) for mark in content.marks}
    rims = []
    for mark in content.marks:
        cx, cy = centres[mark.key]
        r = radius[mark.small] + MARK_STROKE / 2  # as far as its ring is drawn
        rims.append(Box(cx - r, cy - r, 2 * r, 2 * r))
    ends = [centres.get(k) for k in content.arrow] if content.arrow is not None else []
    arrow_boxes = (
        segment_boxes(ends[0], ends[1], step=step)
        if len(ends) == 2 and ends[0] is not None and ends[1] is not None
        else []
    )
    fixed = fixed_words(
        content.axis,
        content.captions,
        m,
        px,
        measure,
        1.0 + axis_h,
        height - legend_band - 1.0 - axis_h,
        [*rims, *arrow_boxes, *line_boxes],
        content.strong_captions,
        reach if content.words_outside else None,
    )
    if not content.words_outside and any(w.box.overlaps(r) for w in fixed for r in rims):
        # No place inside the matrix keeps a caption or a side's word off a marker (a small
        # map's quadrants: the journey's, three to a row): every word round it instead.
        again = replace(content, words_outside=True)
        return _matrix(again, width, height, px, measure, legend_band, apart)
    parts.extend(fixed)
    obstacles = [w.box for w in fixed]

    # The reference regions' dots, the groups' spread and the room's answers: under the
    # markers, and kept clear by every label.
    dot = max(3.0, px * 0.3)
    for spot in content.references:
        cx, cy = frame.at(spot.x, spot.y)
        parts.append(Ellipse((cx, cy), dot, dot, fill=spot.colour, stroke=Stroke("#ffffff", 1)))
    for spread in content.spreads:
        cx, cy = frame.at(spread.x, spread.y)
        rx = max(spread.radius * m.w / 2, 4.0)
        ry = max(spread.radius * m.h / 2, 4.0)
        parts.append(Ellipse((cx, cy), rx, ry, stroke=Stroke(CENTRE_INK, 2, Dash.DOT)))
        arm = px * 0.5
        parts.append(_cross(cx, cy, arm, CENTRE_INK, 3))
        obstacles.append(Box(cx - arm, cy - arm, 2 * arm, 2 * arm))
    for spot in content.room:
        cx, cy = frame.at(spot.x, spot.y)
        fill = _with_alpha(spot.colour, 140) if spot.filled else None
        parts.append(Ellipse((cx, cy), dot, dot, fill=fill, stroke=Stroke(spot.colour, 1.5)))
        obstacles.append(Box(cx - dot, cy - dot, 2 * dot, 2 * dot))
    for spot in content.room_centres:
        cx, cy = frame.at(spot.x, spot.y)
        parts.append(_cross(cx, cy, px * 0.45, spot.colour, 2.5))
        obstacles.append(Box(cx - px * 0.45, cy - px * 0.45, px * 0.9, px * 0.9))
    for one, other in lines:
        parts.append(Polyline((one, other), Stroke(CENTRE_INK, 2, Dash.DASH)))
    obstacles.extend(line_boxes)

    # The markers, and the arrow from today to the ambition.
    for mark in content.marks:
        cx, cy = centres[mark.key]
        r = radius[mark.small]
        drawing.anchors[mark.key] = (cx + r * 0.7, cy - r * 0.7)
    if content.arrow is not None:
        start, end = (centres.get(k) for k in content.arrow)
        target = next((mk for mk in content.marks if mk.key == content.arrow[1]), None)
        if start is not None and end is not None and target is not None:
            arrow = _arrow(start, end, radius[target.small] + 2, px, content.arrow_colour)
            parts.extend(arrow)
            obstacles.extend(arrow_boxes)
    # The workshop's own markers over the groups' and the sides', as the canvases draw them
    # (under a crowd of groups, "I dag" named a marker the page did not show).
    for mark in sorted(content.marks, key=lambda m: not m.small):
        cx, cy = centres[mark.key]
        r = radius[mark.small]
        parts.append(
            Ellipse((cx, cy), r, r, fill=mark.fill, stroke=Stroke(mark.colour, MARK_STROKE))
        )
        if mark.initial:
            box = Box(cx - r, cy - r, 2 * r, 2 * r)
            parts.append(Words(mark.initial, box, px, mark.initial_ink, True, role=Role.INITIAL))

    # The notes' callouts on their markers' rims, then each marker's label beside it, or a
    # number and a line in the legend, clear of them.
    held = dict(
        zip(
            [mark.key for mark in content.marks],
            cores(
                [centres[mark.key] for mark in content.marks],
                [radius[mark.small] for mark in content.marks],
                [initial_reach(mark.initial, px) for mark in content.marks],
            ),
            strict=True,
        )
    )
    callouts = note_callouts(
        content,
        centres,
        radius,
        bold_px,
        Box(0, 0, width, height),
        held,
        measure,
        [w.box for w in fixed],
        [*arrow_boxes, *line_boxes],
    )
    obstacles.extend(c.box for c in callouts)
    naming = name_markers(
        [
            Named(mark.label, mark.ink, centres[mark.key], radius[mark.small], held[mark.key])
            for mark in content.marks
        ],
        m,
        Box(0, 0, width, height),
        [*obstacles, *rims],
        bold_px,
        measure,
        [c.box for c in callouts],
        [w.box for w in fixed],
        Box(m.x, m.y + m.h + below + band, m.w, legend_band) if legend_band else None,
    )
    naming.width = m.w
    parts.extend(w for w in naming.words if not (apart and w.role is Role.LEGEND))
    # The notes numbered after the markers' numbers (a callout "5" by a note and a disc "5"
    # on a group's marker read as one thing); their boxes are as large whatever the number.
    drawing.numbers = len(naming.legend)
    parts.extend(replace(c, text=str(drawing.numbers + int(c.text))) for c in callouts)
    taken = [*obstacles, *rims, *(w.box for w in naming.words)]

    # The reference regions' names where they find room (their dots are kept either way).
    named = [s for s in content.references if s.name]
    if named:
        boxes = place_labels(
            [frame.at(s.x, s.y) for s in named],
            [measure(s.name, px, False) for s in named],
            m,
            obstacles=taken,
        )
        parts.extend(
            Words(s.name, b, px, REFERENCE_INK, role=Role.REFERENCE)
            for s, b in zip(named, boxes, strict=True)
            if b is not None
        )
    return drawing, naming


@dataclass(frozen=True, slots=True)
class Named:
    """A marker to name: its label, the label's colour, where it is drawn and how large, and
    how far from its centre what it holds reaches (a group's initial, `initial_reach`): its
    number's disc keeps off that."""

    label: str
    ink: str
    centre: Point
    radius: float
    core: float = 0.0


@dataclass
class Naming:
    places: list[Box | int]  # each marker's label's box, or its number in the legend
    words: list[Words]  # the labels, the numbers' discs and the legend
    legend: list[str] = field(default_factory=list)  # its entries: "1 Grupp A (i dag)" …
    width: float = 0.0  # the matrix's width (a legend under it spans it)


def own_quadrant(m: Box, centre: Point, radius: float) -> Box:
    """The quadrant of the matrix `m` that a marker at `centre` lies in; a marker on an axis
    (within its `radius`) has the halves on both sides of it."""
    mid_x, mid_y = m.x + m.w / 2, m.y + m.h / 2
    x, y = centre
    left = m.x if x - radius <= mid_x else mid_x
    right = m.x + m.w if x + radius >= mid_x else mid_x
    top = m.y if y - radius <= mid_y else mid_y
    bottom = m.y + m.h if y + radius >= mid_y else mid_y
    return Box(left, top, right - left, bottom - top)


def name_markers(
    markers: Sequence[Named],
    m: Box,
    bounds: Box,
    obstacles: Sequence[Box],
    px: float,
    measure: Measure,
    discs: Sequence[Box] = (),
    words_kept_off: Sequence[Box] = (),
    legend_area: Box | None = None,
) -> Naming:
    """Each marker's label beside it inside the matrix `m`, its middle in its marker's
    quadrant (beyond an axis a label reads as the next quadrant's), clear of the
    `obstacles` (the matrix's words, the markers, the arrow), of the other labels and of
    the points; where a label finds no room, a number in a disc on its marker's rim
    (inside `bounds`) and a line of the legend (`Naming.legend`), laid in `legend_area`
    when given, never inside the matrix (one line in a quadrant read as that quadrant's
    label; a long one covered the markers it named): the caller lists it beside. The first
    markers choose first (the workshop's own before the groups'). A number's disc keeps off
    the `discs` already on the markers' rims (the notes' callouts) and the
    `words_kept_off` (the axes' words and the captions)."""
    points = [n.centre for n in markers]
    sizes = [measure(n.label, px, True) for n in markers]
    gap = max((n.radius for n in markers), default=0.0) + 2
    kept_off = [*obstacles, *discs]
    # A label's middle in its marker's quadrant: beyond an axis it reads as the next one's.
    quadrants = [own_quadrant(m, n.centre, n.radius) for n in markers]
    line = measure("Ag", px, True)[1]  # a ring out is a line of type farther, not a label
    for _ in range(3):  # again while a number's disc lies under a label placed before it
        places = place_or_number(points, sizes, m, gap, kept_off, centred=quadrants, step=line)
        places = crowds_numbered(places, points, [n.radius for n in markers])
        words: list[Words] = []
        numbered: list[Numbered] = []
        for named, centre, where in zip(markers, points, places, strict=True):
            if isinstance(where, Box):
                words.append(
                    Words(
                        named.label, where, px, named.ink, True, fill=LABEL_GROUND, role=Role.LABEL
                    )
                )
                continue
            numbered.append(Numbered(where, centre, named.radius, named.ink, named.core))
        # An entry a line, by its number (a crowd's are numbered together): a label of two
        # lines on the map (a group and its side's word) is one in the legend (joined in one
        # line with the others, its second line ran into the next entry and the legend past
        # its band).
        legend = [
            f"{where}\u00a0{' '.join(named.label.split())}"
            for where, named in sorted(
                ((w, n) for w, n in zip(places, markers, strict=True) if isinstance(w, int)),
                key=lambda pair: pair[0],
            )
        ]
        avoid = [*discs, *words_kept_off, *(w.box for w in words)]
        numbers = number_discs(numbered, px, bounds, avoid, measure)
        under = [n.box for n in numbers if any(n.box.overlaps(w.box) for w in words)]
        if not under:
            break
        kept_off.extend(under)
    if legend and legend_area is not None:  # under the matrix, in columns
        one_line = "   ".join(legend)
        if measure(one_line, px, True)[0] <= legend_area.w:
            columns = [(one_line, 0.0, measure(one_line, px, True)[0])]
        else:
            columns = legend_columns(legend, px, legend_area.w, measure)[0]
        for text, left, w in columns:
            box = Box(legend_area.x + left, legend_area.y, w, measure(text, px, True)[1])
            words.append(Words(text, box, px, NUMBER_INK, True, role=Role.LEGEND, align=Align.LEFT))
    return Naming(places, words + numbers, legend)


def fixed_words(
    axis: Mapping[str, str],
    captions: Sequence[str],
    m: Box,
    px: float,
    measure: Measure,
    more_bottom: float,
    less_top: float,
    avoid: Sequence[Box] = (),
    strong: bool = False,
    outside: float | None = None,
) -> list[Words]:
    """The axes' words and the quadrants' captions round the matrix `m`: "more" with its
    foot at `more_bottom`, "less" with its head at `less_top`, the two sides' words on the
    middle line (each in two lines when they would meet), a caption in each corner: its
    outer one, else the first of its quadrant's other corners where it covers nothing in
    `avoid` (the markers and the arrow: a small matrix's caption lay under today's marker),
    else the one where it covers least. `strong`: the captions as large and bold as the
    axes' words (they name the quadrants: the role map's roles). With `outside`, the words
    lie round the matrix instead, `outside` pixels off its frame (`words_round`)."""
    bold_px = px * BOLD_SHARE
    caption_px, caption_ink = (bold_px, AXIS_INK) if strong else (px, CAPTION_INK)
    words: list[Words] = []

    def put(text: str, x: float, y: float, ax: float, ay: float, size: float, bold: bool) -> Box:
        w, h = measure(text, size, bold)
        return Box(x - ax * w, y - ay * h, w, h)

    more, less = axis.get("more", ""), axis.get("less", "")
    # Round a small matrix, its words in the body type (as the regions' small maps).
    axis_px, bold = (px, False) if outside is not None else (bold_px, True)
    if more:
        box = put(more, m.x + m.w / 2, more_bottom, 0.5, 1.0, axis_px, bold)
        words.append(Words(more, box, axis_px, AXIS_INK, bold, role=Role.AXIS))
    if less:
        box = put(less, m.x + m.w / 2, less_top, 0.5, 0.0, axis_px, bold)
        words.append(Words(less, box, axis_px, AXIS_INK, bold, role=Role.AXIS))
    if outside is not None:
        return words + words_round(axis, captions, m, px, measure, strong, outside)
    reactive, proactive = axis.get("reactive", ""), axis.get("proactive", "")
    half = m.w / 2
    if max(measure(reactive, bold_px, True)[0], measure(proactive, bold_px, True)[0]) > half - 6:
        reactive, proactive = two_lines(reactive), two_lines(proactive)
    middle = m.y + m.h / 2
    for text, x, ax in ((reactive, m.x + 2, 0.0), (proactive, m.x + m.w - 2, 1.0)):
        if text:
            # Over the middle line at the edge, else under it, else moved in past what lies
            # there, where a marker or the arrow lies over it (a marker on the axis at the
            # matrix's edge hid "Mer proaktivt kapital").
            spots = [put(text, x, middle + dy, ax, ay, bold_px, True) for dy, ay in SIDES]
            for first in spots[:2]:
                hit = [t for t in avoid if t.overlaps(first)]
                if hit:
                    inward = (
                        max(t.x + t.w for t in hit) + 2 if ax == 0 else min(t.x for t in hit) - 2
                    )
                    spots.append(put(text, inward, first.y, ax, 0.0, bold_px, True))
            # Never over the other side's word (moved in past the ambition on the axis,
            # "Mer reaktivt kapital" ran under "Mer proaktivt kapital"), then covering least.
            box = min(
                spots,
                key=lambda b: (
                    sum(b.overlap(w.box) for w in words),
                    sum(b.overlap(t) for t in avoid),
                ),
            )
            words.append(
                Words(text, box, bold_px, AXIS_INK, True, fill=WORD_GROUND, role=Role.AXIS)
            )
    inset = max(4.0, px * 0.4)
    # Each quadrant (upper right, upper left, lower right, lower left) and its outer corner.
    quadrants = (
        (Box(m.x + half, m.y, half, m.h / 2), 1.0, 0.0),
        (Box(m.x, m.y, half, m.h / 2), 0.0, 0.0),
        (Box(m.x + half, m.y + m.h / 2, half, m.h / 2), 1.0, 1.0),
        (Box(m.x, m.y + m.h / 2, half, m.h / 2), 0.0, 1.0),
    )
    for text, (quadrant, ax, ay) in zip(captions, quadrants, strict=True):
        text = _caption_text(text, caption_px, strong, half - 2 * inset, measure)
        if not text:
            continue
        taken = [*avoid, *(w.box for w in words)]
        size = measure(text, caption_px, strong)
        box = caption_place(size, quadrant, (ax, ay), inset, taken, m, strong)
        words.append(Words(text, box, caption_px, caption_ink, strong, role=Role.CAPTION))
    return words


def caption_place(
    size: tuple[float, float],
    quadrant: Box,
    outer: tuple[float, float],
    inset: float,
    taken: Sequence[Box],
    m: Box,
    strong: bool = False,
) -> Box:
    """Where a quadrant's caption of `size` goes, `inset` inside its `quadrant` of the
    matrix `m`: its `outer` corner ((0, 0) upper left … (1, 1) lower right), else the first of
    the quadrant's other corners where it covers nothing `taken` (the markers, the arrow, the
    lines), else the one where it covers least (the first of those), never reaching out of
    the matrix. `strong` (a quadrant's name: the role map's roles): centred at the map's
    outer edge first, then at the inner edge, then in a corner. The figures and the role
    map's live scene place their captions by it."""
    w, h = size
    q = Box(quadrant.x + inset, quadrant.y + inset, quadrant.w - 2 * inset, quadrant.h - 2 * inset)
    ax, ay = outer
    corners = [(ax, ay), (ax, 1 - ay), (1 - ax, ay), (1 - ax, 1 - ay)]
    places = [(0.5, ay), (0.5, 1 - ay), *corners] if strong else corners
    spots = [Box(q.x + sx * (q.w - w), q.y + sy * (q.h - h), w, h) for sx, sy in places]
    inside = [b for b in spots if b.x >= m.x and b.x + b.w <= m.x + m.w] or spots[:1]
    return min(inside, key=lambda b: sum(b.overlap(t) for t in taken))


def _caption_text(text: str, px: float, strong: bool, room: float, measure: Measure) -> str:
    """A caption as drawn: a long word with a soft hyphen broken there when its quadrant's
    `room` is narrower, the hyphen dropped otherwise."""
    if SOFT_HYPHEN in text:
        wide = measure(text.replace(SOFT_HYPHEN, ""), px, strong)[0] > room
        text = text.replace(SOFT_HYPHEN, "-\n" if wide else "")
    return text


def words_round(
    axis: Mapping[str, str],
    captions: Sequence[str],
    m: Box,
    px: float,
    measure: Measure,
    strong: bool,
    outside: float,
) -> list[Words]:
    """The sides' words turned along the matrix `m`'s sides and each quadrant's caption
    over or under it, `outside` pixels off the frame (where a marker on the edge reaches):
    no word inside the matrix, where a marker may fall on it. A caption is centred on its
    quadrant, moved aside where its row's other caption needs the room."""
    words = []
    for key, turn in (("reactive", -90), ("proactive", 90)):
        text = "\n".join(wrap(axis.get(key, ""), px, False, m.h, measure))
        if text:
            thick = measure(text, px, False)[1]
            x = m.x - outside - thick if turn < 0 else m.x + m.w + outside
            box = Box(x, m.y, thick, m.h)
            words.append(Words(text, box, px, AXIS_INK, role=Role.AXIS, turn=turn))
    size, ink = (px * BOLD_SHARE, AXIS_INK) if strong else (px, CAPTION_INK)
    left, right = m.x - outside, m.x + m.w + outside
    texts = _caption_rows(captions, size, strong, right - left, measure)
    # Each row (upper, lower) from left to right: its quadrants' middles.
    for (one, other), upper in (((1, 0), True), ((3, 2), False)):
        sizes = [measure(texts[i], size, strong) if texts[i] else (0.0, 0.0) for i in (one, other)]
        (w1, h1), (w2, h2) = sizes
        x1 = min(max(m.x + m.w / 4 - w1 / 2, left), right - w1)
        x2 = min(max(m.x + m.w * 3 / 4 - w2 / 2, left), right - w2)
        over = x1 + w1 + CAPTION_GAP - x2 if w1 and w2 else 0.0
        if over > 0:  # apart, each as little as it can
            x1 = max(left, x1 - over / 2)
            x2 = min(right - w2, x1 + w1 + CAPTION_GAP)
            x1 = min(x1, x2 - CAPTION_GAP - w1)
        for i, x, w, h in ((one, x1, w1, h1), (other, x2, w2, h2)):
            if texts[i]:
                y = m.y - outside - h if upper else m.y + m.h + outside
                box = Box(x, y, w, h)
                words.append(Words(texts[i], box, size, ink, strong, role=Role.CAPTION))
    return words


def _caption_rows(
    captions: Sequence[str], size: float, strong: bool, span: float, measure: Measure
) -> list[str]:
    """The captions as laid round a matrix `span` pixels wide (its margins too): a row's two
    in one line each where both fit side by side, else each long word broken at its soft
    hyphen when wider than its half."""
    whole = [c.replace(SOFT_HYPHEN, "") for c in captions]
    texts = list(whole)
    for one, other in ((1, 0), (3, 2)):
        widths = [measure(whole[i], size, strong)[0] if whole[i] else 0.0 for i in (one, other)]
        if sum(widths) + CAPTION_GAP > span:
            for i in (one, other):
                texts[i] = _caption_text(
                    captions[i], size, strong, (span - CAPTION_GAP) / 2, measure
                )
    return texts


def sides_thickness(axis: Mapping[str, str], px: float, tall: float, measure: Measure) -> float:
    """How thick the sides' words turned along a matrix `tall` pixels high are (`words_round`)."""
    texts = (axis.get(key, "") for key in ("reactive", "proactive"))
    return max(
        (measure("\n".join(wrap(t, px, False, tall, measure)), px, False)[1] for t in texts if t),
        default=0.0,
    )


def captions_band(
    captions: Sequence[str], px: float, strong: bool, span: float, measure: Measure
) -> tuple[float, float]:
    """How tall the captions laid round a matrix `span` pixels wide (its margins too) are:
    the upper quadrants' and the lower ones' (`words_round`)."""
    size = px * BOLD_SHARE if strong else px
    texts = _caption_rows(captions, size, strong, span, measure)
    heights = [measure(t, size, strong)[1] if t else 0.0 for t in texts]
    return max(heights[:2], default=0.0), max(heights[2:], default=0.0)


def _cross(x: float, y: float, arm: float, colour: str, width: float) -> Polyline:
    """An × (the groups' or the room's centre): one stroke, there and back."""
    return Polyline(
        ((x - arm, y - arm), (x + arm, y + arm), (x, y), (x + arm, y - arm), (x - arm, y + arm)),
        Stroke(colour, width),
    )


def _arrow(start: Point, end: Point, stop: float, px: float, colour: str) -> list[Polyline]:
    """A dashed line from `start` that stops `stop` short of `end`, with a head there."""
    dx, dy = end[0] - start[0], end[1] - start[1]
    length = math.hypot(dx, dy)
    if length <= stop + 1:
        return []
    ux, uy = dx / length, dy / length
    tip = (end[0] - ux * stop, end[1] - uy * stop)
    head = max(10.0, px * 1.1)
    base = (tip[0] - ux * head, tip[1] - uy * head)
    wing = head * 0.4
    left = (base[0] - uy * wing, base[1] + ux * wing)
    right = (base[0] + uy * wing, base[1] - ux * wing)
    return [
        Polyline((start, base), Stroke(colour, 3, Dash.DASH)),
        Polyline((tip, left, right), Stroke(colour, 1), fill=colour),
    ]


RIM_RINGS = 4  # rings of discs round a crowded spot: its rim, then farther out
RIM_GAP = 2.0  # between a marker's rim and a box set against it


def rim_spot(
    centre: Point,
    r: float,
    side: float,
    turn: int,
    bounds: Box,
    avoid: Sequence[Box] = (),
    core: float = 0.0,
    words: Sequence[Box] = (),
) -> Box:
    """A disc `side` across on a marker's rim: up and to the right (up and to the left, or
    below, where `bounds` end there); the `turn`-th on the same spot a disc's width further
    round, and further still past the discs in `avoid`; when the rim is full (a crowd on one
    spot), on a ring a disc farther out; where every spot meets something in `avoid`, the
    first over none of the `words`. Never over what the marker holds within `core` of its
    centre (a group's initial, `initial_reach`): on a small marker the disc moves out until
    it only overlaps the ring (centred on the rim, a "3" hid the "B" it numbered)."""
    cx, cy = centre
    near = max(r, core + side / 2)

    def spots() -> Iterator[Box]:
        for ring in range(RIM_RINGS):
            radius = near + ring * (side + 2)
            step = 2 * math.asin(min(1.0, (side + 2) / max(2 * radius, side + 2)))
            for more in range(8 + 4 * ring):
                for start, way in ((45, -1), (135, 1), (-45, 1), (-135, -1)):
                    angle = math.radians(start) + way * (turn + more) * step
                    x, y = cx + radius * math.cos(angle), cy - radius * math.sin(angle)
                    yield Box(x - side / 2, y - side / 2, side, side)

    fallback = Box(cx + near - side / 2, cy - near - side / 2, side, side)
    return _first_free(spots(), bounds, avoid, fallback, words)


INITIAL_ADVANCE, CAP_HEIGHT = 0.72, 0.73  # of the type's size: a bold capital's box


def core_at(centre: Point, r: float, centres: Sequence[Point], reaches: Sequence[float]) -> float:
    """How far from `centre` (a marker of radius `r`) the initials drawn there reach: of the
    markers at `centres` (each initial reaching `reaches` from its own, `initial_reach`), its
    own or one on the same spot (within `r`; a disc for today's marker lay over the initial
    of a group's on it)."""
    return max(
        (
            math.dist(centre, other) + reach
            for other, reach in zip(centres, reaches, strict=True)
            if reach > 0 and math.dist(centre, other) < r
        ),
        default=0.0,
    )


def cores(
    centres: Sequence[Point], radii: Sequence[float], reaches: Sequence[float]
) -> list[float]:
    """`core_at` of each marker."""
    return [core_at(c, r, centres, reaches) for c, r in zip(centres, radii, strict=True)]


def initial_reach(initial: str, px: float) -> float:
    """How far from a marker's centre its `initial` drawn at `px` reaches (the half diagonal
    of its letters' box): a disc on the rim keeps off it."""
    if not initial:
        return 0.0
    return 0.5 * math.hypot(INITIAL_ADVANCE * px * len(initial), CAP_HEIGHT * px)


def _first_free(
    spots: Iterable[Box],
    bounds: Box,
    avoid: Sequence[Box],
    fallback: Box,
    words: Sequence[Box] = (),
    least: bool = False,
) -> Box:
    """The first of `spots` inside `bounds` that overlaps nothing in `avoid`; else the first
    inside `bounds` over none of the `words` (a line crossed rather than a word hidden);
    else, with `least`, the one inside `bounds` that covers least of `avoid` (the first
    inside hid half a note's callout by a crowd in the role map's corner), without, the
    first inside; else `fallback`."""
    fewest: tuple[float, Box] | None = None
    readable: Box | None = None
    seen: set[tuple[int, int]] = set()  # (round a crowded rim, spots come round again)
    for box in spots:
        at = (round(box.x), round(box.y))
        if at in seen or not box.inside(bounds):
            continue
        seen.add(at)
        if not any(box.overlaps(a) for a in avoid):
            return box
        if readable is None and not any(box.overlaps(a) for a in words):
            readable = box
        if readable is None and (fewest is None or least):
            covered = sum(box.overlap(a) for a in avoid) if least else 0.0
            if fewest is None or covered < fewest[0]:
                fewest = (covered, box)
    return readable or (fewest[1] if fewest is not None else fallback)


@dataclass(frozen=True, slots=True)
class Numbered:
    """A marker named by a number (its label found no room): the number, where the marker
    is drawn, how large, and its label's colour."""

    number: int
    centre: Point
    radius: float
    ink: str
    core: float = 0.0  # what the marker holds inside it reaches this far (`Named.core`)


CROWD = 4  # numbered markers on one spot from which their numbers share one disc


def number_runs(numbers: Sequence[int]) -> str:
    """`numbers` as runs: "7–30", "3, 8–11, 14"."""
    runs: list[list[int]] = []
    for n in sorted(numbers):
        if runs and n == runs[-1][-1] + 1:
            runs[-1].append(n)
        else:
            runs.append([n])
    return ", ".join(f"{r[0]}\u2013{r[-1]}" if len(r) > 1 else str(r[0]) for r in runs)


def spots(centres: Sequence[Point], radii: Sequence[float]) -> list[list[int]]:
    """The markers by spot: each marker (its index) with the first of a spot it lies within
    the radius of, in the markers' order."""
    found: list[list[int]] = []
    for i, centre in enumerate(centres):
        here = next((s for s in found if math.dist(centres[s[0]], centre) < radii[s[0]]), None)
        if here is None:
            found.append([i])
        else:
            here.append(i)
    return found


def crowds_numbered(
    places: Sequence[Box | int], centres: Sequence[Point], radii: Sequence[float]
) -> list[Box | int]:
    """`places` with every marker of a crowd numbered (a spot with CROWD or more numbered
    markers: the labels of the few named round it pushed its numbers' disc a ring of labels
    away, where it read as one label's), the numbers again in the markers' order, a crowd's
    one after another from its first marker's (two crowds of alternating markers, a group's
    two sides, shared their numbers: "2, 4, 6, 8, …" ran off the projected map)."""
    crowd: dict[int, list[int]] = {}
    for spot in spots(centres, radii):
        if sum(isinstance(places[j], int) for j in spot) >= CROWD:
            crowd.update((i, spot) for i in spot)
    if not crowd:
        return list(places)
    out = list(places)
    n = 0
    for i, place in enumerate(places):
        if i in crowd:
            if crowd[i][0] == i:  # the crowd's first: the whole crowd, in its order
                for j in crowd[i]:
                    n += 1
                    out[j] = n
        elif isinstance(place, int):
            n += 1
            out[i] = n
    return out


def number_discs(
    numbered: Sequence[Numbered],
    px: float,
    bounds: Box,
    avoid: Sequence[Box],
    measure: Measure,
) -> list[Words]:
    """Each numbered marker's number in a disc on its rim, clear of `avoid` and of the
    discs placed before it; a crowd of CROWD or more on one spot (within a marker's radius
    of its first) one disc of all their numbers as runs ("7–30"): thirty groups' discs round
    one marker lay on one another."""
    by_spot = spots([item.centre for item in numbered], [item.radius for item in numbered])
    discs: list[Words] = []
    numbered_at: list[Point] = []
    for crowd in ([numbered[i] for i in spot] for spot in by_spot):
        if len(crowd) >= CROWD:
            first = crowd[0]
            text = number_runs([item.number for item in crowd])
            w, h = measure(text, px, True)
            side = max(h, px + 6.0)
            taken = [*avoid, *(d.box for d in discs)]
            # Wider than its words: they stay clear of its rounded ends.
            # All it keeps off are words: farther out than a disc goes (ten notes' callouts
            # round a crowd in a corner), else the spot covering least.
            box = rim_box(
                first.centre,
                first.radius,
                w + side * 0.5,
                side,
                bounds,
                taken,
                taken,
                2 * RIM_RINGS,
                least=True,
            )
            discs.append(
                Words(
                    text,
                    box,
                    px,
                    NUMBER_INK,
                    True,
                    fill="#ffffff",
                    role=Role.NUMBER,
                    disc=NUMBER_INK,
                )
            )
            continue
        for item in crowd:
            near = [q for q in numbered_at if math.dist(q, item.centre) < 2 * item.radius]
            numbered_at.append(item.centre)
            taken = [*avoid, *(d.box for d in discs)]
            disc = number_disc(
                item.number,
                item.centre,
                item.radius,
                len(near),
                px,
                item.ink,
                bounds,
                taken,
                item.core,
            )
            discs.append(disc)
    return discs


def rim_box(
    centre: Point,
    r: float,
    w: float,
    h: float,
    bounds: Box,
    avoid: Sequence[Box] = (),
    words: Sequence[Box] = (),
    rings: int = RIM_RINGS,
    least: bool = False,
) -> Box:
    """A box `w`×`h` against a marker's rim, over none of it: up and to the right first
    (its corner on the rim), then round the marker, farther out when the rim is taken (at
    most `rings` out); the first inside `bounds` over none of the `words` when none is free
    (a crowd in a corner, the arrow leaving it: "1–4" lay over "Finansiären"), else the
    first inside (with `least`, the one inside covering least of `avoid`). (Centred a
    radius out, a wide box's corner lay over the marker: a crowd's "1–30" over the
    initials of the marker it names.)"""
    cx, cy = centre

    def spots() -> Iterator[Box]:
        for ring in range(rings):
            reach = r + RIM_GAP + ring * (h + 2)
            for degrees in (45, 135, -45, -135, 0, 180, 90, -90):
                dx, dy = math.cos(math.radians(degrees)), -math.sin(math.radians(degrees))
                x, y = cx + reach * dx, cy + reach * dy  # the point its near side touches
                left = x if dx > 0.01 else x - w if dx < -0.01 else x - w / 2
                top = y if dy > 0.01 else y - h if dy < -0.01 else y - h / 2
                yield Box(left, top, w, h)

    return _first_free(spots(), bounds, avoid, Box(cx + r, cy - r - h, w, h), words, least)


def number_disc(
    n: int,
    centre: Point,
    r: float,
    turn: int,
    px: float,
    ink: str,
    bounds: Box,
    avoid: Sequence[Box] = (),
    core: float = 0.0,
) -> Words:
    """A disc with a marker's number for the legend on its rim (`rim_spot`), off what the
    marker holds (`core`: its initial)."""
    box = rim_spot(centre, r, px + 6.0, turn, bounds, avoid, core)
    return Words(str(n), box, px, NUMBER_INK, True, fill="#ffffff", role=Role.NUMBER, disc=ink)


def note_callouts(
    content: MatrixContent,
    centres: Mapping[str, Point],
    radius: Mapping[bool, float],
    px: float,
    bounds: Box,
    held: Mapping[str, float] | None = None,
    measure: Measure | None = None,
    words: Sequence[Box] = (),
    lines: Sequence[Box] = (),
) -> list[Words]:
    """Each sticky note's number (its place in the notes' list) on a little note of its
    colour on its marker's rim (a square: the legend's numbers are in discs), the notes on
    one marker side by side round it, off the initials within `held` of a marker's centre
    (`cores`), off the figure's `words` and `lines` where the rim has room (a line crossed
    rather than a word hidden; ten on a marker in the role map's corner hid "Finansiären"),
    never on another callout; as large as the longest number they may take (after every
    marker's number: "105" ran over a square's sides), when `measure` is given."""
    side = px + 8.0
    if measure is not None:
        last = max((n for numbers in content.notes.values() for n in numbers), default=0)
        side = max(side, measure(str(len(content.marks) + last), px, True)[0])
    discs: list[Words] = []
    for mark in content.marks:
        core = (held or {}).get(mark.key, 0.0)
        if core:  # (a square's corner reaches past a disc's rim, towards the middle)
            core += 0.21 * side
        if not content.notes.get(mark.key):
            continue
        # Only what lies within the rings a callout may take round it matters.
        cx, cy = centres[mark.key]
        reach = max(radius[mark.small], core + side / 2) + RIM_RINGS * (side + 2) + side
        near = Box(cx - reach, cy - reach, 2 * reach, 2 * reach)
        near_words = [b for b in words if b.overlaps(near)]
        near_lines = [b for b in lines if b.overlaps(near)]
        # The other markers near it, as its words (not those on its own spot, a crowd's).
        for other in content.marks:
            (ox, oy), o = centres[other.key], radius[other.small]
            rim = Box(ox - o, oy - o, 2 * o, 2 * o)
            if math.dist((ox, oy), (cx, cy)) > radius[mark.small] and rim.overlaps(near):
                near_words.append(rim)
        full = False  # no spot left round it that hides no word, marker or callout
        for turn, n in enumerate(content.notes.get(mark.key, ())):
            taken = [d.box for d in discs]  # never on another callout, while there is room
            readable = [] if full else [*taken, *near_words]
            box = rim_spot(
                centres[mark.key],
                radius[mark.small],
                side,
                turn,
                bounds,
                [] if full else [*readable, *near_lines],
                core,
                readable,
            )
            # (None for this one: none for the next, which look no further.)
            full = full or any(box.overlaps(b) for b in readable)
            discs.append(
                Words(
                    str(n),
                    box,
                    px,
                    NOTE_INK,
                    True,
                    fill=NOTE_PAPER,
                    role=Role.CALLOUT,
                    disc=NOTE_INK,
                )
            )
    return discs
