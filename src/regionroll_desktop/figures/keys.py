"""The five keys' scores as a bar chart, laid out for its reader without a window: each key's
name beside its bar on a whole-number axis from 0 to 5, the weakest in red and marked in
words too (not by colour alone), a key not scored said so. The report, the picture file and
the projector draw it with the one painter."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ..analysis.matrix import Box
from .drawing import Drawing, Measure, Polyline, Rect, Role, Stroke, Words

WEAK = "#dc2626"  # the weakest keys' bars and their word
NORMAL = "#64748b"  # the other bars
AXIS_INK = "#374151"  # the axis's numbers and a key's "not scored"
NAME_INK = "#111827"
GRID = "#cbd5e1"
BASE_PX = 14.0  # the chart's words at the size of its print (10.5 pt)
ROW_AT_MOST = 4.5  # a row's height given the room, in its words' height
SHORTEST_SPAN = 120.0  # the bars' full length, at least, however narrow the room
TOP_SCORE = 5


@dataclass(frozen=True, slots=True)
class KeyRow:
    name: str
    score: int | None  # 1 … 5, None while the room has not scored it
    weakest: bool


@dataclass(frozen=True, slots=True)
class KeysContent:
    rows: Sequence[KeyRow]
    weakest_word: str  # beside a weakest key's bar
    unscored_word: str  # beside a key not scored


def keys_drawing(
    content: KeysContent,
    px: float,
    measure: Measure,
    room: tuple[float, float] | None = None,
) -> Drawing:
    """The chart with its words `px` pixels high; the room round the bars grows with them
    and the bars keep their length (larger words on a screen of the same size). With
    `room` (a projector's screen, in the words' pixels), the chart takes that room: the bars
    as long as its width leaves, the rows as tall as its height gives them (at most
    ROW_AT_MOST times the words: on a 1080-line screen the chart filled half its height)."""
    grow = max(1.0, px / BASE_PX)
    span = 490.0  # the bars' full length
    row, top = 44.0 * grow, 8.0
    names_w = max((measure(r.name, px, True)[0] for r in content.rows), default=0.0)
    notes_w = max(measure(w, px, False)[0] for w in (content.weakest_word, content.unscored_word))
    left = max(150.0 * grow, names_w + 10)
    right = max(120.0 * grow, notes_w + 12)
    if room is not None and content.rows:
        span = max(SHORTEST_SPAN, room[0] - left - right)
        rows_h = room[1] - top - 34 * grow
        row = max(row, min(rows_h / len(content.rows), ROW_AT_MOST * px))
    width = left + span + right
    axis_top = top + row * len(content.rows)
    drawing = Drawing(width, axis_top + 34 * grow)
    parts = drawing.parts
    for tick in range(TOP_SCORE + 1):  # whole scores only
        x = left + span * tick / TOP_SCORE
        parts.append(Polyline(((x, top), (x, axis_top)), Stroke(GRID, 1)))
        w, h = measure(str(tick), px, False)
        box = Box(x - w / 2, axis_top + 4, w, h)
        parts.append(Words(str(tick), box, px, AXIS_INK, role=Role.AXIS))
    for n, key in enumerate(content.rows):
        y = top + row * n
        w, h = measure(key.name, px, True)
        name = Box(left - 10 - w, y + (row - h) / 2, w, h)
        parts.append(Words(key.name, name, px, NAME_INK, True, role=Role.CAPTION))
        length = span * (key.score or 0) / TOP_SCORE
        if length > 0:
            bar = Box(left, y + row * 0.2, length, row * 0.6)
            parts.append(Rect(bar, fill=WEAK if key.weakest else NORMAL))
        note = content.weakest_word if key.weakest else "" if key.score else content.unscored_word
        if note:
            w, h = measure(note, px, False)
            box = Box(left + length + 8, y + (row - h) / 2, w, h)
            parts.append(Words(note, box, px, WEAK if key.weakest else AXIS_INK, role=Role.LABEL))
    return drawing
