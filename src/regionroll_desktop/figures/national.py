"""The national report's own figures laid out for a page (issue #40): the regions by their
organisation models, the keys' scores across the regions, and the series of workshops as a
timeline. Every word beside what it names, nothing drawn over anything, in the figure's own
pixels; the same painter draws them as every other figure (`ui/drawing_painter.py`)."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from ..analysis.matrix import Box
from .drawing import (
    Align,
    Drawing,
    Ellipse,
    Measure,
    Part,
    Polyline,
    Rect,
    Role,
    Stroke,
    Words,
    wrap,
)

INK, MUTED, RULE = "#1e293b", "#475569", "#cbd5e1"
CELL = "#f1f5f9"  # a model's column
DOT = "#1d4ed8"  # a region's workshop, a count's disc
GAP = 14.0


@dataclass(frozen=True)
class ModelPanel:
    """One classification of the regions: its title, and for each model (0, 1, 2+) the
    regions in it by name, or (`counted`) only how many."""

    title: str
    columns: Sequence[tuple[str, Sequence[str]]]  # the model's name, the regions
    foot: str = ""  # the regions not known, in words
    counted: Sequence[int] | None = None  # instead of names: how many in each model


def _line(measure: Measure, px: float) -> float:
    return measure("Åg", px, False)[1]


def models_drawing(
    panels: Sequence[ModelPanel],
    width: float,
    px: float,
    measure: Measure,
    counted: Callable[[int], str],
) -> Drawing:
    """The panels side by side, `width` wide, each a column per model listing its regions
    (`counted`: the words for a count, "12 regions"), the regions not known under it."""
    drawing = Drawing(width, 0.0)
    line = _line(measure, px)
    panel_w = (width - GAP * (len(panels) - 1)) / max(1, len(panels))
    bottom = 0.0
    for n, panel in enumerate(panels):
        left = n * (panel_w + GAP)
        y = 0.0
        for text in wrap(panel.title, px * 1.1, True, panel_w, measure):
            drawing.parts.append(
                Words(text, Box(left, y, panel_w, line * 1.1), px * 1.1, INK, True, role=Role.TEXT)
            )
            y += line * 1.1
        y += 4
        cols = max(1, len(panel.columns))
        col_w = (panel_w - 6 * (cols - 1)) / cols
        heads = y
        cells: list[list[str]] = []
        for m, (model, names) in enumerate(panel.columns):
            if panel.counted is not None:
                cells.append([counted(panel.counted[m])])
            else:
                # A name too long for its column goes on indented: never read as two.
                cells.append(
                    [
                        ("" if k == 0 else "\u2003") + ln
                        for name in names
                        for k, ln in enumerate(wrap(name, px, False, col_w - 20, measure))
                    ]
                )
            x = left + m * (col_w + 6)
            drawing.parts.append(
                Words(model, Box(x, heads, col_w, line), px, INK, True, role=Role.AXIS)
            )
        body = heads + line + 2
        rows = max((len(c) for c in cells), default=0)
        height = max(1, rows) * line + 8
        for m, lines in enumerate(cells):
            x = left + m * (col_w + 6)
            drawing.parts.append(Rect(Box(x, body, col_w, height), fill=CELL))
            for k, text in enumerate(lines):
                drawing.parts.append(
                    Words(
                        text,
                        Box(x + 2, body + 4 + k * line, col_w - 4, line),
                        px,
                        INK,
                        role=Role.LABEL,
                        align=Align.LEFT,
                    )
                )
        y = body + height + 4
        if panel.foot:
            for text in wrap(panel.foot, px, False, panel_w, measure):
                drawing.parts.append(
                    Words(
                        text,
                        Box(left, y, panel_w, line),
                        px,
                        MUTED,
                        role=Role.CAPTION,
                        align=Align.LEFT,
                    )
                )
                y += line
        bottom = max(bottom, y)
    drawing.height = bottom + 2
    return drawing


def distribution_drawing(
    rows: Sequence[tuple[str, Sequence[int]]],
    heads: Sequence[str],
    width: float,
    px: float,
    measure: Measure,
) -> Drawing:
    """A row per key, a column per score (and one for none): in each cell a disc whose area
    is the count's share of the largest, the count beside it (none where no region is)."""
    drawing = Drawing(width, 0.0)
    line = _line(measure, px)
    name_w = max((measure(name, px, True)[0] for name, _ in rows), default=0.0) + 8
    cols = max(1, len(heads))
    col_w = (width - name_w) / cols
    row_h = max(2.2 * line, 34.0)
    for m, head in enumerate(heads):
        x = name_w + m * col_w
        for k, text in enumerate(wrap(head, px, True, col_w - 4, measure)):
            drawing.parts.append(
                Words(text, Box(x + 2, k * line, col_w - 4, line), px, INK, True, role=Role.AXIS)
            )
    top = line * max((len(wrap(h, px, True, col_w - 4, measure)) for h in heads), default=1) + 4
    most = max((c for _, counts in rows for c in counts), default=0)
    radius = min(row_h / 2 - 3, col_w / 4)
    for r, (name, counts) in enumerate(rows):
        y = top + r * row_h
        if r % 2 == 0:
            drawing.parts.append(Rect(Box(0, y, width, row_h), fill=CELL))
        drawing.parts.append(
            Words(name, Box(0, y, name_w, row_h), px, INK, True, role=Role.AXIS, align=Align.LEFT)
        )
        for m, count in enumerate(counts):
            if count == 0:
                continue
            cx = name_w + m * col_w + col_w / 2 - radius / 2
            cy = y + row_h / 2
            size = radius * math.sqrt(count / most) if most else 0.0
            drawing.parts.append(Ellipse((cx, cy), max(2.0, size), max(2.0, size), fill=DOT))
            number = str(count)
            w, _h = measure(number, px, True)
            drawing.parts.append(
                Words(
                    number,
                    Box(cx + radius + 2, cy - line / 2, w, line),
                    px,
                    INK,
                    True,
                    role=Role.LABEL,
                )
            )
    drawing.height = top + len(rows) * row_h + 2
    return drawing


@dataclass(frozen=True)
class Lane:
    """A region's workshops on the timeline: their days, and whether each is its latest."""

    name: str
    days: Sequence[tuple[dt.date, bool]]


def timeline_drawing(lanes: Sequence[Lane], width: float, px: float, measure: Measure) -> Drawing:
    """A row per region, the years along the bottom, each workshop a dot on its day (its
    latest filled, the earlier ones rings, joined by a line)."""
    drawing = Drawing(width, 0.0)
    line = _line(measure, px)
    days = [d for lane in lanes for d, _ in lane.days]
    if not days:
        drawing.height = line
        return drawing
    name_w = max(measure(lane.name, px, False)[0] for lane in lanes) + 8
    first, last = dt.date(min(days).year, 1, 1), dt.date(max(days).year + 1, 1, 1)
    span = max(1, (last - first).days)
    left, right = name_w + 8, width - 8
    row_h = max(line + 4, 18.0)

    def x_of(day: dt.date) -> float:
        return left + (day - first).days / span * (right - left)

    axis = len(lanes) * row_h + 4
    grounds: list[Part] = []
    marks: list[Part] = []
    for r, lane in enumerate(lanes):
        y = r * row_h
        if r % 2 == 0:
            grounds.append(Rect(Box(0, y, width, row_h), fill=CELL))
        marks.append(
            Words(lane.name, Box(0, y, name_w, row_h), px, INK, role=Role.AXIS, align=Align.LEFT)
        )
        cy = y + row_h / 2
        points = sorted(lane.days)
        if len(points) > 1:
            marks.append(Polyline(tuple((x_of(d), cy) for d, _ in points), Stroke(MUTED, 1.2)))
        for day, latest in points:
            fill = DOT if latest else "#ffffff"
            marks.append(Ellipse((x_of(day), cy), 5.0, 5.0, fill=fill, stroke=Stroke(DOT, 1.6)))
    grid: list[Part] = [Polyline(((left, axis), (right, axis)), Stroke(MUTED, 1.0))]
    years = range(first.year, last.year + 1)
    step = max(1, math.ceil(len(years) * measure("2000", px, False)[0] * 1.6 / (right - left)))
    for year in years:
        x = x_of(dt.date(year, 1, 1))
        grid.append(Polyline(((x, 0), (x, axis + 4)), Stroke(RULE, 1.0)))
        if (year - first.year) % step == 0 and year < last.year:
            w = measure(str(year), px, False)[0]
            box = Box(x + 2, axis + 4, w, line)
            grid.append(Words(str(year), box, px, MUTED, role=Role.AXIS, align=Align.LEFT))
    drawing.parts += grounds + grid + marks
    drawing.height = axis + 6 + line
    return drawing
