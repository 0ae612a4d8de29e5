"""The keys' chart laid out for its reader, without a window: each key's name beside its
bar, the bars as long as their scores, the weakest marked in words and red, a key not scored
said so, nothing over anything, and the room round the bars growing with the words."""

from __future__ import annotations

import itertools

import pytest

from regionroll_desktop.figures.drawing import Rect, Role
from regionroll_desktop.figures.keys import (
    NORMAL,
    ROW_AT_MOST,
    WEAK,
    KeyRow,
    KeysContent,
    keys_drawing,
)


def measure(text: str, px: float, bold: bool) -> tuple[float, float]:
    """A monospace stand-in for a font: 0.6 em a letter (0.65 bold), 1.25 em a line."""
    lines = text.split("\n")
    width = max(len(line) for line in lines) * px * (0.65 if bold else 0.6)
    return width, len(lines) * px * 1.25


CONTENT = KeysContent(
    (
        KeyRow("Politik", 4, False),
        KeyRow("Förvaltning", 3, False),
        KeyRow("Finansiering", 2, True),
        KeyRow("Strategi", None, False),
        KeyRow("Roll", 3, False),
    ),
    "svagast",
    "ej bedömd",
)


@pytest.mark.parametrize("px", [14.0, 18.0, 27.0])
def test_each_key_is_named_beside_its_bar_and_nothing_is_over_anything(px: float) -> None:
    drawing = keys_drawing(CONTENT, px, measure)
    words = drawing.words()
    for a, b in itertools.combinations(words, 2):
        assert a.box.overlap(b.box) == 0, (a.text, b.text)
    for w in words:
        assert w.box.x >= 0 and w.box.x + w.box.w <= drawing.width, w.text
        assert w.box.y >= 0 and w.box.y + w.box.h <= drawing.height, w.text
        assert w.px == px
    bars = [p for p in drawing.parts if isinstance(p, Rect)]
    assert len(bars) == 4  # a key not scored has no bar
    names = drawing.words(Role.CAPTION)
    assert [n.text for n in names] == [r.name for r in CONTENT.rows]
    left = bars[0].box.x
    for name in names:  # right-aligned just left of the bars
        assert left - 12 <= name.box.x + name.box.w <= left
    full = bars[0].box.w / 4  # Politik's 4
    assert [round(b.box.w / full, 3) for b in bars] == [4, 3, 2, 3]
    assert [b.fill for b in bars] == [NORMAL, NORMAL, WEAK, NORMAL]
    notes = {w.text: w for w in drawing.words(Role.LABEL)}
    assert set(notes) == {"svagast", "ej bedömd"}
    assert notes["svagast"].ink == WEAK and notes["svagast"].box.x > bars[2].box.x + bars[2].box.w
    ticks = [w.text for w in drawing.words(Role.AXIS)]
    assert ticks == ["0", "1", "2", "3", "4", "5"]


def test_larger_words_make_room_round_the_same_bars() -> None:
    small, large = keys_drawing(CONTENT, 14.0, measure), keys_drawing(CONTENT, 28.0, measure)
    bar = next(p for p in small.parts if isinstance(p, Rect))
    big = next(p for p in large.parts if isinstance(p, Rect))
    assert big.box.w == bar.box.w  # the bars keep their length
    assert large.width > small.width and large.height > small.height


@pytest.mark.parametrize(("room", "px"), [((1300.0, 640.0), 26.0), ((860.0, 590.0), 18.0)])
def test_on_a_screen_the_chart_takes_the_room_it_is_given(
    room: tuple[float, float], px: float
) -> None:
    """Projected, the chart fills the screen's room (at 1080 lines it filled half its
    height): as wide as the room and as tall (or its rows as tall as they may be), its words
    the size asked, the bars' rows grown, nothing over anything; a room no taller than the
    words need leaves the rows at their least."""
    drawing = keys_drawing(CONTENT, px, measure, room)
    bars = [p for p in drawing.parts if isinstance(p, Rect)]
    row = bars[1].box.y - bars[0].box.y
    assert drawing.width == pytest.approx(room[0]) and drawing.height <= room[1] + 1e-6
    # As tall as the room, or its rows as tall as they may be (bars no fatter than that).
    assert drawing.height == pytest.approx(room[1]) or row == pytest.approx(ROW_AT_MOST * px)
    assert all(w.px == px for w in drawing.words())
    words = drawing.words()
    for a, b in itertools.combinations(words, 2):
        assert a.box.overlap(b.box) == 0, (a.text, b.text)
    natural = keys_drawing(CONTENT, px, measure)
    assert bars[0].box.h > next(p for p in natural.parts if isinstance(p, Rect)).box.h
    low = keys_drawing(CONTENT, px, measure, (room[0], 100.0))
    assert low.height == pytest.approx(natural.height)  # the rows at their least
