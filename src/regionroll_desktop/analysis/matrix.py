"""The capital matrix as plain geometry: nudges, quadrants, nearest regions, label placement."""

from __future__ import annotations

import heapq
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from ..model import MatrixPosition
from ..reference import ReferenceRegion, ReferenceSet

NUDGE = 0.05
FINE_NUDGE = 0.01


def clamp_unit(value: float) -> float:
    return min(1.0, max(-1.0, value))


def position(capital_per_capita: float, proactivity: float) -> MatrixPosition:
    """A position from any two numbers, kept inside the matrix."""
    return MatrixPosition(
        capital_per_capita=clamp_unit(capital_per_capita), proactivity=clamp_unit(proactivity)
    )


def nudged(at: MatrixPosition, d_proactivity: float, d_capital: float) -> MatrixPosition:
    return position(at.capital_per_capita + d_capital, at.proactivity + d_proactivity)


def distance(a: MatrixPosition, b: MatrixPosition) -> float:
    """Straight-line distance on the matrix, where each axis runs from -1 to +1."""
    return math.hypot(a.capital_per_capita - b.capital_per_capita, a.proactivity - b.proactivity)


class Amount(StrEnum):
    MORE = "more"
    LESS = "less"


class Character(StrEnum):
    PROACTIVE = "proactive"
    REACTIVE = "reactive"


# The app's rule: closer than this to an axis's middle (the matrix runs from -1 to +1), a
# position is "in the middle" of that axis, neither more nor less.
MIDDLE_BAND = 0.1


def in_the_middle(value: float) -> bool:
    return abs(value) < MIDDLE_BAND


def quadrant(at: MatrixPosition) -> tuple[Amount, Character] | None:
    """The quadrant; None for a position in the middle of either axis (it belongs to none)."""
    if in_the_middle(at.capital_per_capita) or in_the_middle(at.proactivity):
        return None
    amount = Amount.MORE if at.capital_per_capita > 0 else Amount.LESS
    character = Character.PROACTIVE if at.proactivity > 0 else Character.REACTIVE
    return amount, character


@dataclass(frozen=True, slots=True)
class Neighbour:
    region: ReferenceRegion
    distance: float


class PlacedIndex:
    """The placed reference regions as plain numbers, built once and searched every frame."""

    def __init__(self, reference: ReferenceSet) -> None:
        self._points = [
            (r, r.matrix_position.value.capital_per_capita, r.matrix_position.value.proactivity)
            for r in reference.regions
            if r.matrix_position.value is not None
        ]

    def __len__(self) -> int:
        return len(self._points)

    def nearest(
        self, at: MatrixPosition, count: int = 3, exclude: str | None = None
    ) -> list[Neighbour]:
        """The `count` placed regions closest to `at`, nearest first (ties by name)."""
        y, x = at.capital_per_capita, at.proactivity
        best = heapq.nsmallest(
            count,
            (
                (math.hypot(cap - y, pro - x), r.name, r)
                for r, cap, pro in self._points
                if r.key != exclude
            ),
            key=lambda item: (item[0], item[1]),
        )
        return [Neighbour(r, d) for d, _, r in best]


def nearest(
    at: MatrixPosition, reference: ReferenceSet, count: int = 3, exclude: str | None = None
) -> list[Neighbour]:
    """The `count` placed reference regions closest to `at`, nearest first."""
    return PlacedIndex(reference).nearest(at, count, exclude)


# --- Labels that never pile up -----------------------------------------------------------------

# Candidate places for a label relative to its point, in order of preference:
# right, left, above, below, and the four diagonals.
_SLOTS = ((1, 0), (-1, 0), (0, -1), (0, 1), (1, -1), (-1, -1), (1, 1), (-1, 1))
RINGS = 3  # how far out a label that must show looks for a free place, in label heights


def _slot(x: float, y: float, w: float, h: float, dx: int, dy: int, reach: float) -> Box:
    """The `w`×`h` box on side (dx, dy) of the point (x, y), `reach` away from it."""
    bx = x + reach if dx > 0 else x - reach - w if dx < 0 else x - w / 2
    by = y + reach if dy > 0 else y - reach - h if dy < 0 else y - h / 2
    return Box(bx, by, w, h)


def _free_slot(
    x: float,
    y: float,
    w: float,
    h: float,
    gap: float,
    rings: int,
    bounds: Box,
    taken: _Taken,
    centred: Box | None = None,
    step: float | None = None,
) -> Box | None:
    """The first slot around (x, y), ring by ring out, inside `bounds` and clear of `taken`;
    with `centred`, a slot past the first ring has its centre inside that too (one that
    touches its point reads as its own wherever it reaches). A ring is `step` farther out
    (the label's height when not given)."""
    for ring in range(rings):
        reach = gap + ring * ((h if step is None else step) + 4)
        for dx, dy in _SLOTS:
            box = _slot(x, y, w, h, dx, dy, reach)
            held = centred is None or ring == 0 or centred.holds(box.x + w / 2, box.y + h / 2)
            if not held:
                continue
            if box.inside(bounds) and not taken.hits(box):
                return box
    return None


class _Taken:
    """The boxes already drawn, kept in a grid of cells so that a label's few neighbours are
    found without testing every box of a crowded figure (the placement stays the same)."""

    CELL = 64.0

    def __init__(self, boxes: Sequence[Box] = ()) -> None:
        self.boxes: list[Box] = []
        self._cells: dict[tuple[int, int], list[int]] = {}
        for box in boxes:
            self.add(box)

    def _span(self, box: Box) -> tuple[range, range]:
        c = self.CELL
        return (
            range(math.floor(box.x / c), math.floor((box.x + box.w) / c) + 1),
            range(math.floor(box.y / c), math.floor((box.y + box.h) / c) + 1),
        )

    def add(self, box: Box) -> None:
        index = len(self.boxes)
        self.boxes.append(box)
        columns, rows = self._span(box)
        if len(columns) * len(rows) > 4096:  # a huge box (a whole plot): every query sees it
            self._cells.setdefault((-(2**31), 0), []).append(index)
            return
        for cx in columns:
            for cy in rows:
                self._cells.setdefault((cx, cy), []).append(index)

    def hits(self, area: Box) -> bool:
        """Whether any box overlaps `area` (only the boxes in its cells are tested: in a
        crowded figure, a slot's few neighbours rather than everything near its point)."""
        boxes = self.boxes
        if any(area.overlaps(boxes[i]) for i in self._cells.get((-(2**31), 0), ())):
            return True
        columns, rows = self._span(area)
        cells = self._cells
        for cx in columns:
            for cy in rows:
                for i in cells.get((cx, cy), ()):
                    if area.overlaps(boxes[i]):
                        return True
        return False

    def near(self, area: Box) -> list[Box]:
        """The boxes that overlap `area`, in the order they were added."""
        found: set[int] = set(self._cells.get((-(2**31), 0), ()))
        columns, rows = self._span(area)
        if len(columns) * len(rows) > len(self._cells):
            candidates: Iterable[int] = range(len(self.boxes))
        else:
            for cx in columns:
                for cy in rows:
                    found.update(self._cells.get((cx, cy), ()))
            candidates = found
        return [self.boxes[i] for i in sorted(candidates) if area.overlaps(self.boxes[i])]


@dataclass(frozen=True, slots=True)
class Box:
    x: float
    y: float
    w: float
    h: float

    def overlaps(self, other: Box) -> bool:
        return not (
            self.x + self.w <= other.x
            or other.x + other.w <= self.x
            or self.y + self.h <= other.y
            or other.y + other.h <= self.y
        )

    def overlap(self, other: Box) -> float:
        """The area this box shares with `other`."""
        w = min(self.x + self.w, other.x + other.w) - max(self.x, other.x)
        h = min(self.y + self.h, other.y + other.h) - max(self.y, other.y)
        return max(w, 0.0) * max(h, 0.0)

    def inside(self, bounds: Box) -> bool:
        return (
            self.x >= bounds.x
            and self.y >= bounds.y
            and self.x + self.w <= bounds.x + bounds.w
            and self.y + self.h <= bounds.y + bounds.h
        )

    def holds(self, x: float, y: float) -> bool:
        """Whether the point (x, y) lies in the box (its edges too)."""
        return self.x <= x <= self.x + self.w and self.y <= y <= self.y + self.h


def segment_boxes(a: tuple[float, float], b: tuple[float, float], step: float = 12.0) -> list[Box]:
    """A line from `a` to `b` as a string of small boxes, for labels to keep off."""
    steps = max(2, int(math.hypot(b[0] - a[0], b[1] - a[1]) / step))
    return [
        Box(a[0] + (b[0] - a[0]) * i / steps - 4, a[1] + (b[1] - a[1]) * i / steps - 4, 8, 8)
        for i in range(steps + 1)
    ]


def place_labels(
    points: Sequence[tuple[float, float]],
    sizes: Sequence[tuple[float, float]],
    bounds: Box,
    gap: float = 6.0,
    obstacles: Sequence[Box] = (),
    always: bool | Sequence[bool] = False,
) -> list[Box | None]:
    """Greedy placement in pixels: each label takes the first free slot around its point.

    A label that fits nowhere gets None (the UI shows it on hover instead), so labels never
    overlap each other, the points, or the `obstacles` (such as the big markers). A label
    that must show (`always`, for all or label by label) first looks up to RINGS label
    heights farther out, and only then takes the nearest slot inside `bounds` where it
    overlaps least.
    """
    taken = _Taken([*obstacles, *(Box(x - 3, y - 3, 6, 6) for x, y in points)])
    result: list[Box | None] = []
    musts = [always] * len(points) if isinstance(always, bool) else list(always)
    for (x, y), (w, h), must in zip(points, sizes, musts, strict=True):
        # A label that must show tries farther rings of slots (still beside its point, in its
        # marker's colour) before it overlaps anything.
        chosen = _free_slot(x, y, w, h, gap, RINGS if must else 1, bounds, taken)
        if chosen is None and must:
            candidates = [_slot(x, y, w, h, dx, dy, gap) for dx, dy in _SLOTS]
            inside = [b for b in candidates if b.inside(bounds)] or candidates
            chosen = min(inside, key=lambda b: sum(b.overlap(t) for t in taken.near(b)))
        if chosen is not None:
            taken.add(chosen)
        result.append(chosen)
    return result


def place_or_number(
    points: Sequence[tuple[float, float]],
    sizes: Sequence[tuple[float, float]],
    bounds: Box | Sequence[Box],
    gap: float = 6.0,
    obstacles: Sequence[Box] = (),
    rings: int = 2,
    centred: Sequence[Box] | None = None,
    step: float | None = None,
) -> list[Box | int]:
    """Each marker's label beside its own marker, or a number for the figure's legend.

    A label takes the first free slot around its point, at most `rings` slots out (farther,
    it would read as nobody's), inside
    its `bounds` (one for all, or one per label: on the role map, the marker's own quadrant,
    so that a label never reads as the next role), clear of the `obstacles` (axis titles,
    captions, notes, the markers' rims, the arrow), the points and the labels placed before
    it; with `centred` (one per label), a label a ring out has its centre inside that (the
    marker's own quadrant: one beside its marker may reach across an axis, one farther out
    would read as the next quadrant's); `step`: how much farther a ring is (a label's
    height when not given: a label of two lines a ring out read as nobody's). A label that
    fits nowhere is never drawn over anything: it gets the next number (1, 2, …), which its
    marker carries in a disc, and the legend beside the figure names it.
    """
    taken = _Taken([*obstacles, *(Box(x - 3, y - 3, 6, 6) for x, y in points)])
    limits = [bounds] * len(points) if isinstance(bounds, Box) else list(bounds)
    result: list[Box | int] = []
    numbered = 0
    centres = list(centred) if centred is not None else [None] * len(points)
    for (x, y), (w, h), limit, centre in zip(points, sizes, limits, centres, strict=True):
        chosen = _free_slot(x, y, w, h, gap, rings, limit, taken, centre, step)
        if chosen is None:
            numbered += 1
            result.append(numbered)
        else:
            taken.add(chosen)
            result.append(chosen)
    return result
