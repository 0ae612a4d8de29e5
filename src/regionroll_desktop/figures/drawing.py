"""A figure as plain data: boxes, ellipses, lines and words at their places, in the figure's
own pixels (y down), each word with its size. A painter draws it; a test reads it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum

from ..analysis.matrix import Box

Point = tuple[float, float]
# The size `text` (which may hold several lines) takes at `px` pixels, bold or not, with
# the padding a label keeps round its words: (width, height).
Measure = Callable[[str, float, bool], tuple[float, float]]


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


Part = Rect | Ellipse | Polyline | Words


@dataclass
class Drawing:
    width: float
    height: float
    parts: list[Part] = field(default_factory=list)
    # Where a sticky note pinned to a thing is called out: the thing's key (e.g. "today",
    # "group:g1") to its top right corner.
    anchors: dict[str, Point] = field(default_factory=dict)

    def words(self, role: Role | None = None) -> list[Words]:
        return [p for p in self.parts if isinstance(p, Words) and (role is None or p.role == role)]
