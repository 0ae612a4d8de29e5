"""The organisation laid out: the political and the administrative lane side by side (one
under the other when there is no room), each with its tray on top and its bodies in
columns, the branches' chips flowing in rows in the box that holds them, and the box of
branches outside the remit under both. One layout for the editor's scene, the projector and
the figure (a page, a picture file): the scene places its items where it says, the figure
draws it (`organisation_drawing`)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Protocol

from ..analysis.matrix import Box
from ..model import AdministrativeBodyKind, Branch, Lane, Organisation, PoliticalBodyKind
from .drawing import (
    PADDING,
    Align,
    Dash,
    Drawing,
    Measure,
    Rect,
    Role,
    Stroke,
    Words,
    unpadded,
    wrap,
)
from .matrix import BOLD_SHARE, NOTE_INK, NOTE_PAPER

CHIP_H = 27.0
CHIP_GAP = 5.0
CHIP_MIN_W = 64.0
BOX_W = 196.0
PAD = 8.0
MARGIN = 16.0
LANE_GAP = 26.0
# Shown, not edited (the projector, a figure): no drop room to keep, the words as large as
# the screen's height lets them be (at 1024×768 the chips were 7 % under the room's type).
SHOWN_MARGIN = 8.0
SHOWN_LANE_GAP = 16.0
TITLE_TOP = 5.0  # a box's name starts this far below its top
TITLE_SHARE = 1.25  # a lane's title, of the body type

TRAY = "tray"  # a lane's box of the branches not yet placed
OUTSIDE = "outside"  # the box of branches outside the region's remit (and its area)

# One soft colour per branch, so a branch is recognised in both lanes at a glance.
BRANCH_COLOURS = {
    Branch.FOLKHALSA: "#fde2e4",
    Branch.BILDNING: "#e2ece9",
    Branch.NARINGSLIV: "#dbe7f6",
    Branch.KOMPETENSFORSORJNING: "#fff1c1",
    Branch.PLAN: "#e9e3f5",
    Branch.KOLLEKTIVTRAFIK: "#d7f0f4",
    Branch.MILJO: "#dcf2d8",
    Branch.INFRASTRUKTUR: "#ece4d9",
    Branch.KULTUR: "#f8e1f1",
}
INK, MUTED = "#0f172a", "#475569"  # names; the kind of body beneath
BOX_FILLS = {"board": "#e8eef6", "general": "#eef2f7", TRAY: "#fafafa", OUTSIDE: "#f4f4f5"}
BOX_LINE, CHIP_LINE = "#94a3b8", "#64748b"
BOX_ROUND, CHIP_ROUND = 10.0, 8.0


@dataclass(frozen=True, slots=True)
class Body:
    """A box: a body (a nämnd, a förvaltning, Regionstyrelsen), a lane's tray, or the box of
    branches outside the remit."""

    key: str  # the body's id, TRAY or OUTSIDE
    kind: str  # "body", "board", "general", TRAY or OUTSIDE
    title: str
    subtitle: str
    held: tuple[Branch, ...]  # the branches it holds, in order


@dataclass(frozen=True, slots=True)
class LaneContent:
    key: str  # the lane's value ("political", "administrative")
    title: str
    tray: Body
    bodies: tuple[Body, ...]


@dataclass(frozen=True, slots=True)
class OrganisationContent:
    lanes: tuple[LaneContent, ...]
    outside: Body
    names: Mapping[Branch, str]  # each branch's name on its chip
    movable: tuple[Branch, ...]  # the branches within the remit, in the deck's order
    # The sticky notes pinned to a body: its id to their numbers (as the notes' list numbers
    # them), called out at the body's foot, in room the body keeps for them.
    notes: Mapping[str, Sequence[int]] = field(default_factory=dict)


def organisation_content(
    org: Organisation, names: Mapping[Branch, str], texts: Mapping[str, str]
) -> OrganisationContent:
    """What the organisation shows of `org`: each lane's tray and bodies with the branches
    each holds, and the remit box; `names`: the branches' names; `texts`: the lanes' titles,
    the tray's and the remit box's captions and the subtitles for the kinds of body."""
    held: dict[tuple[str, str], list[Branch]] = {}
    for p in org.branches:
        if p.outside_remit:
            held.setdefault((OUTSIDE, OUTSIDE), []).append(p.branch)
            continue
        for lane in Lane:
            home = getattr(p, f"{lane.value}_body")
            held.setdefault((lane.value, home if home is not None else TRAY), []).append(p.branch)

    def body(area: str, key: str, kind: str, title: str, subtitle: str) -> Body:
        return Body(key, kind, title, subtitle, tuple(held.get((area, key), ())))

    political = []
    for pb in org.political_bodies:
        board = pb.kind is PoliticalBodyKind.REGIONSTYRELSE
        kind, subtitle = ("board", "board_sub") if board else ("body", f"{pb.kind.value}_sub")
        political.append(body(Lane.POLITICAL.value, pb.id, kind, pb.name, texts[subtitle]))
    subtitles = {
        AdministrativeBodyKind.GENERAL: texts["general_sub"],
        AdministrativeBodyKind.FORVALTNING: texts["forvaltning_sub"],
        AdministrativeBodyKind.SECTOR: texts["sector_forvaltning_sub"],
    }
    administrative = [
        body(
            Lane.ADMINISTRATIVE.value,
            ab.id,
            "general" if ab.kind is AdministrativeBodyKind.GENERAL else "body",
            ab.name,
            subtitles[ab.kind],
        )
        for ab in org.administrative_bodies
    ]
    lanes = tuple(
        LaneContent(
            lane.value,
            texts[f"{lane.value}_title"],
            body(lane.value, TRAY, TRAY, texts["tray"], texts["tray_sub"]),
            tuple(bodies),
        )
        for lane, bodies in ((Lane.POLITICAL, political), (Lane.ADMINISTRATIVE, administrative))
    )
    outside = body(OUTSIDE, OUTSIDE, OUTSIDE, texts["outside"], texts["outside_sub"])
    movable = tuple(p.branch for p in org.branches if not p.outside_remit)
    return OrganisationContent(lanes, outside, dict(names), movable)


class Metrics(Protocol):
    """How much room the words take, in the fonts they are drawn in."""

    def chip_width(self, branch: Branch) -> float:
        """A chip as wide as its branch's name (never cut)."""
        ...

    def title_height(self) -> float:
        """A lane's title and the room under it."""
        ...

    def header_height(self, body: Body, width: float, compact: bool) -> float:
        """A box's name (wrapped whole, never cut) and, unless `compact`, the line saying
        what kind of body it is, above its chips."""
        ...

    def natural_width(self, body: Body) -> float:
        """As wide as a box's name on one line needs."""
        ...


@dataclass
class OrganisationLayout:
    width: float
    height: float = 0.0
    titles: dict[str, tuple[float, float]] = field(default_factory=dict)  # lane: top left
    boxes: dict[tuple[str, str], Box] = field(default_factory=dict)  # (area, key): shown
    chips: dict[tuple[Branch, str], Box] = field(default_factory=dict)  # (branch, area)
    callouts: list[tuple[int, Box]] = field(default_factory=list)  # a note's number: where
    # The names of the bodies left to the text beside the canvas, by lane (`aside`).
    aside: dict[str, list[str]] = field(default_factory=dict)


def organisation_layout(
    content: OrganisationContent,
    width: float,
    metrics: Metrics,
    steady: bool = False,
    aside: bool = False,
    callout: float = 0.0,
) -> OrganisationLayout:
    """Where everything goes `width` wide. `steady` (the editor, while the room works): a
    tray keeps a place for every branch while any is left (holes where branches have gone)
    and a body keeps room to drop into, so a drop moves nothing under the pointer; else (the
    projector, a figure) a tray and the remit box take only what they hold, and the bodies
    that hold no branch follow the others as their names in rows, or with `aside` are left to
    the text beside the canvas. `callout`: the side of a note's callout, for the notes
    pinned to a body (`OrganisationContent.notes`): a row of them at its foot, right-aligned,
    in room the body keeps for them (over its name or its branches they hid what the body
    is)."""
    margin, lane_gap = (MARGIN, LANE_GAP) if steady else (SHOWN_MARGIN, SHOWN_LANE_GAP)
    width = max(width, BOX_W + 2 * margin)
    out = OrganisationLayout(width)
    gap = CHIP_GAP * 2
    widest = max((metrics.chip_width(b) for b in content.names), default=CHIP_MIN_W)
    least = max(BOX_W, widest + 2 * PAD)  # a box holds at least its widest chip
    inner = width - 2 * margin
    side_by_side = (inner - lane_gap) / 2 >= least
    lane_w = (inner - lane_gap) / 2 if side_by_side else inner

    def place(
        area: str, body: Body, x: float, y: float, w: float, places: Sequence[Branch]
    ) -> float:
        """The box at (x, y) with a place for each of `places`, its chips in theirs;
        returns its bottom."""
        compact = not steady
        if compact and not places and body.key in (TRAY, OUTSIDE):
            return y - gap  # an empty tray or remit box takes no room
        header = metrics.header_height(body, w, compact)
        where: dict[Branch, tuple[float, float]] = {}
        left, row = 0.0, 0
        for branch in places:
            chip_w = metrics.chip_width(branch)
            if left > 0 and left + chip_w > w - 2 * PAD:
                left, row = 0.0, row + 1
            where[branch] = (left, row * (CHIP_H + CHIP_GAP))
            left += chip_w + CHIP_GAP
        rows = row + 1 if places else 0
        height = header + (rows * (CHIP_H + CHIP_GAP) + PAD if rows else 0.0)
        if not rows and body.key != TRAY and steady:
            height = header + CHIP_H + PAD  # while editing, a body keeps room to drop into
        numbers = content.notes.get(body.key, ()) if callout > 0 else ()
        if numbers:
            each = max(1, int((w - 2 * PAD + CHIP_GAP) // (callout + CHIP_GAP)))
            for i, n in enumerate(numbers):
                row, column = divmod(i, each)
                left = x + w - PAD - (column + 1) * callout - column * CHIP_GAP
                top = y + height + row * (callout + CHIP_GAP)
                out.callouts.append((n, Box(left, top, callout, callout)))
            height += -(-len(numbers) // each) * (callout + CHIP_GAP) + CHIP_GAP
        out.boxes[(area, body.key)] = Box(x, y, w, height)
        for branch in body.held:
            dx, dy = where.get(branch, (0.0, 0.0))
            chip = Box(x + PAD + dx, y + header + dy, metrics.chip_width(branch), CHIP_H)
            out.chips[(branch, area)] = chip
        return y + height

    y = margin
    bottoms = []
    for n, lane in enumerate(content.lanes):
        x0 = margin + (n * (lane_w + lane_gap) if side_by_side else 0.0)
        top = margin if side_by_side else y
        out.titles[lane.key] = (x0, top)
        top += metrics.title_height()
        held = lane.tray.held
        places = (content.movable if steady else held) if held else ()
        top = place(lane.key, lane.tray, x0, top, lane_w, places) + gap
        empty = [] if steady else [b for b in lane.bodies if not b.held]
        bodies = [b for b in lane.bodies if b not in empty]
        # As many columns as fit, but no more than there are bodies: a body then takes the
        # width it has, and its branches sit side by side.
        columns = max(1, min(len(bodies), int((lane_w + gap) // (least + gap))))
        body_w = (lane_w - (columns - 1) * gap) / columns
        tops = [top] * columns
        for i, body in enumerate(bodies):
            column = i % columns
            x = x0 + column * (body_w + gap)
            tops[column] = place(lane.key, body, x, tops[column], body_w, body.held) + gap
        if empty and aside:
            out.aside[lane.key] = [b.title for b in empty]
        elif empty:  # their names side by side in rows (in columns, a region's dozen
            # nämnder took the height the type for the back of the room needed)
            x, row_top, row = x0, max(tops), 0.0
            for body in empty:
                w = min(lane_w, metrics.natural_width(body))
                if callout > 0 and body.key in content.notes:  # its callouts beside its name
                    w = min(lane_w, max(w, 2 * PAD + callout))
                if x > x0 and x + w > x0 + lane_w:
                    x, row_top, row = x0, row_top + row + gap, 0.0
                row = max(row, place(lane.key, body, x, row_top, w, ()) - row_top)
                x += w + gap
            tops = [row_top + row + gap]
        bottoms.append(max(tops))
        y = max(tops) + lane_gap - gap
    y = max(bottoms) + lane_gap - gap
    y = place(OUTSIDE, content.outside, margin, y, inner, content.outside.held)
    out.height = y + margin
    return out


class MeasuredMetrics:
    """`Metrics` from a figure's `measure`, its body type `px` pixels."""

    def __init__(self, content: OrganisationContent, px: float, measure: Measure) -> None:
        self.px, self.words = px, unpadded(measure)
        self._chips = {b: self.words(n, px, False)[0] + 18 for b, n in content.names.items()}

    def _line(self, px: float, bold: bool) -> float:
        return self.words("Ag", px, bold)[1]

    def chip_width(self, branch: Branch) -> float:
        return max(CHIP_MIN_W, self._chips[branch])

    def title_height(self) -> float:
        return self._line(self.px * TITLE_SHARE, True) + 8

    def title_lines(self, body: Body, width: float) -> list[str]:
        return wrap(body.title, self.px, True, width - 2 * PAD, self.words)

    def header_height(self, body: Body, width: float, compact: bool) -> float:
        lines = len(self.title_lines(body, width))
        sub = self._line(self.px, False) if body.subtitle and not compact else 0.0
        return TITLE_TOP + lines * self._line(self.px, True) + sub + 6

    def natural_width(self, body: Body) -> float:
        return self.words(body.title, self.px, True)[0] + 2 * PAD + 4


def organisation_drawing(
    content: OrganisationContent, width: float, px: float, measure: Measure
) -> Drawing:
    """The organisation `width` pixels wide in `px`-pixel type, as a projector shows it (the
    trays and the remit box only with what they hold, the bodies holding no branch as their
    names), the notes pinned to a body called out at its foot."""
    metrics = MeasuredMetrics(content, px, measure)
    callout_px = px * BOLD_SHARE
    layout = organisation_layout(content, width, metrics, callout=callout_px + 8)
    drawing = Drawing(layout.width, layout.height)
    parts = drawing.parts
    title_px = px * TITLE_SHARE
    for lane in content.lanes:
        x, y = layout.titles[lane.key]
        w, h = measure(lane.title, title_px, True)
        box = Box(x - PADDING, y - PADDING, w, h)
        parts.append(Words(lane.title, box, title_px, INK, True, role=Role.TEXT, align=Align.LEFT))
    bodies = {(lane.key, b.key): b for lane in content.lanes for b in (lane.tray, *lane.bodies)}
    bodies[(OUTSIDE, OUTSIDE)] = content.outside
    for (area, key), b in layout.boxes.items():
        body = bodies[(area, key)]
        dash = Dash.DASH if body.kind in (TRAY, OUTSIDE) else Dash.SOLID
        frame = Box(b.x + 1, b.y + 1, b.w - 2, b.h - 2)
        fill = BOX_FILLS.get(body.kind, "#ffffff")
        parts.append(Rect(frame, fill, Stroke(BOX_LINE, 1.5, dash), radius=BOX_ROUND))
        lines = metrics.title_lines(body, b.w)
        text = "\n".join(lines)
        tall = measure(text, px, True)[1]
        name = Box(b.x + PAD - PADDING, b.y + TITLE_TOP - PADDING, b.w - 2 * PAD, tall)
        parts.append(Words(text, name, px, INK, True, role=Role.TEXT, align=Align.LEFT))
    for (branch, _area), c in layout.chips.items():
        frame = Box(c.x + 1, c.y + 1, c.w - 2, c.h - 2)
        parts.append(Rect(frame, BRANCH_COLOURS[branch], Stroke(CHIP_LINE, 1.0), radius=CHIP_ROUND))
        name = Box(c.x + 8 - PADDING, c.y, c.w - 16 + 2 * PADDING, c.h)
        parts.append(Words(content.names[branch], name, px, INK, role=Role.TEXT, align=Align.LEFT))
    for n, box in layout.callouts:
        note = Words(str(n), box, callout_px, NOTE_INK, True, fill=NOTE_PAPER, disc=NOTE_INK)
        parts.append(replace(note, role=Role.CALLOUT))
    return drawing
