"""A figure as plain data: boxes, ellipses, lines and words at their places, in the figure's
own pixels (y down), each word with its size. A painter draws it; a test reads it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from enum import StrEnum

from ..analysis.matrix import Box

Point = tuple[float, float]
# The size `text` (which may hold several lines) takes at `px` pixels, bold or not, with
# the padding a label keeps round its words (PADDING on each side): (width, height).
Measure = Callable[[str, float, bool], tuple[float, float]]
PADDING = 3.0  # round a label's words, so a label's ground never touches its letters


def unpadded(measure: Measure) -> Measure:
    """`measure` without the padding round the words: what the words themselves take (a
    text that wraps in a box, a chip's name)."""

    def words(text: str, px: float, bold: bool) -> tuple[float, float]:
        w, h = measure(text, px, bold)
        return w - 2 * PADDING, h - 2 * PADDING

    return words


class Align(StrEnum):
    """Where a run of words sits in its box."""

    CENTRE = "centre"
    LEFT = "left"  # a paragraph, a table's cell


class Dash(StrEnum):
    SOLID = "solid"
    DASH = "dash"
    DOT = "dot"


class Reader(StrEnum):
    """Who reads the figure, which sets its type."""

    PROJECTOR = "projector"  # the back of the room: 18 px at 720 lines, 24 px at 1080
    PAGE = "page"  # a report's page: nothing under 8 pt printed
    PICTURE = "picture"  # a picture file, put on a slide or in a document


# The smallest type of each reader, as a share of the figure's height (a projector, a
# picture) or in pixels at the page's 1000 px to 26.9 cm (a report; 8 pt = 10.5 px there).
PROJECTOR_SHARE = 1 / 40  # 18 px at 720 lines, 27 at 1080
PICTURE_SHARE = 1 / 48
PAGE_PX = 12.0
PAGE_WIDTH = 1000.0  # a figure for a page is laid out this wide (the page's text width)


def type_px(reader: Reader, height: float) -> float:
    """The body type's size in the figure's pixels, for a figure `height` tall."""
    if reader is Reader.PAGE:
        return PAGE_PX
    if reader is Reader.PROJECTOR:
        return max(18.0, height * PROJECTOR_SHARE)
    return max(12.0, height * PICTURE_SHARE)


@dataclass(frozen=True, slots=True)
class Stroke:
    colour: str  # "#rrggbb", or "#aarrggbb" with its opacity
    width: float = 1.0
    dash: Dash = Dash.SOLID


@dataclass(frozen=True, slots=True)
class Rect:
    box: Box
    fill: str | None = None
    stroke: Stroke | None = None
    radius: float = 0.0  # its corners rounded this much


@dataclass(frozen=True, slots=True)
class Ellipse:
    centre: Point
    rx: float
    ry: float
    fill: str | None = None
    stroke: Stroke | None = None


@dataclass(frozen=True, slots=True)
class Polyline:
    points: tuple[Point, ...]
    stroke: Stroke | None = None
    fill: str | None = None  # a closed shape (an arrow's head) when filled


class Role(StrEnum):
    """What a figure's words are, so tests and the legend can tell them apart."""

    LABEL = "label"  # a marker's name beside it
    NUMBER = "number"  # a marker's number in a disc, named by the legend
    LEGEND = "legend"
    AXIS = "axis"
    CAPTION = "caption"
    REFERENCE = "reference"  # a reference region's name
    INITIAL = "initial"  # a group's initial inside its marker
    CALLOUT = "callout"  # a sticky note's number, on the thing it is pinned to
    TEXT = "text"  # a heading, a paragraph or a table's cell round the figures


@dataclass(frozen=True, slots=True)
class Words:
    text: str  # one or more lines, centred in `box`
    box: Box
    px: float
    ink: str
    bold: bool = False
    fill: str | None = None  # a ground behind the words
    role: Role = Role.LABEL
    disc: str | None = None  # drawn in a disc ringed in this colour (a marker's number)
    align: Align = Align.CENTRE
    # Turned this many degrees (90: reading downwards, -90: upwards), along a side of a map;
    # `box` is the room the turned words take.
    turn: int = 0


Part = Rect | Ellipse | Polyline | Words


@dataclass
class Drawing:
    width: float
    height: float
    parts: list[Part] = field(default_factory=list)
    # Where a sticky note pinned to a thing is called out: the thing's key (e.g. "today",
    # "group:g1") to its top right corner.
    anchors: dict[str, Point] = field(default_factory=dict)
    shortened: bool = False  # a text in it was shortened to fit (`fit`)
    # Entries of its legend it does not draw (too many for it): the reader's text lists them.
    legend: list[str] = field(default_factory=list)
    # How many numbers its markers take (1 … n, named by its legend): the sticky notes'
    # callouts are numbered after them, so that one number names one thing on it.
    numbers: int = 0

    def words(self, role: Role | None = None) -> list[Words]:
        return [p for p in self.parts if isinstance(p, Words) and (role is None or p.role == role)]


def ink_box(words: Words, measure: Measure) -> Box:
    """The part of `words`' box its letters take (with a label's padding): a level's title is
    laid in a box as wide as its level, and only its start holds words. (Turned words: their
    box.)"""
    box = words.box
    if words.turn:
        return box
    w, h = measure(words.text, words.px, words.bold)
    w, h = min(w, box.w), min(h, box.h)
    x = box.x if words.align is Align.LEFT else box.x + (box.w - w) / 2
    return Box(x, box.y + (box.h - h) / 2, w, h)


ELLIPSIS = "\u2026"


def wrap(text: str, px: float, bold: bool, width: float, measure: Measure) -> list[str]:
    """`text`'s lines broken at spaces to be at most `width` wide (a word longer than the
    width keeps its own line: a word is never broken)."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        words = paragraph.split(" ")
        line = words[0]
        for word in words[1:]:
            longer = f"{line} {word}"
            if measure(longer, px, bold)[0] <= width:
                line = longer
            else:
                lines.append(line)
                line = word
        lines.append(line)
    return lines


def fit(
    text: str, px: float, bold: bool, width: float, most: int, measure: Measure
) -> tuple[list[str], bool]:
    """`text` wrapped to `width` in at most `most` lines, and whether it was shortened: the
    last line kept then ends at a whole word with an ellipsis (the caller says where the
    whole text is)."""
    lines = wrap(text, px, bold, width, measure)
    cut = len(lines) > most
    kept = lines[: max(1, most)]
    if cut:
        last = kept[-1].split(" ")
        while len(last) > 1 and measure(" ".join(last) + ELLIPSIS, px, bold)[0] > width:
            last.pop()
        kept[-1] = " ".join(last).rstrip(",;:.–-") + ELLIPSIS
    for n, line in enumerate(kept):  # a word wider than the width alone: cut in the word
        if measure(line, px, bold)[0] > width:
            body = line.removesuffix(ELLIPSIS)
            while len(body) > 1 and measure(body + ELLIPSIS, px, bold)[0] > width:
                body = body[:-1]
            kept[n] = body + ELLIPSIS
            cut = True
    return kept, cut


def moved(part: Part, dx: float, dy: float) -> Part:
    """`part` moved by (`dx`, `dy`): a figure laid out on its own, placed in a larger one."""
    if isinstance(part, Rect | Words):
        b = part.box
        return replace(part, box=Box(b.x + dx, b.y + dy, b.w, b.h))
    if isinstance(part, Ellipse):
        return replace(part, centre=(part.centre[0] + dx, part.centre[1] + dy))
    return replace(part, points=tuple((x + dx, y + dy) for x, y in part.points))
