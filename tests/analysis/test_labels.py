"""Labels stay with what they name: beside their own marker, inside their bounds, over
nothing; where there is no room, a number for the legend (issue #34)."""

from __future__ import annotations

from regionroll_desktop.analysis.matrix import Box, place_or_number

SIZE = (60.0, 14.0)


def test_a_label_goes_beside_its_marker_and_stays_in_its_bounds() -> None:
    quadrant = Box(0, 0, 100, 100)
    # A marker near its quadrant's right edge: the label goes to its left, not across.
    (placed,) = place_or_number([(95.0, 50.0)], [SIZE], [quadrant], gap=8)
    assert isinstance(placed, Box) and placed.inside(quadrant)
    assert placed.x + placed.w <= 95.0 - 8 + 1e-9


def test_crowded_markers_get_numbers_and_nothing_is_drawn_over_anything() -> None:
    bounds = Box(0, 0, 200, 200)
    caption = Box(0, 0, 200, 20)
    points = [(100.0, 100.0)] * 12  # every group on one spot
    placed = place_or_number(points, [SIZE] * 12, bounds, gap=8, obstacles=[caption])
    boxes = [p for p in placed if isinstance(p, Box)]
    numbers = [p for p in placed if isinstance(p, int)]
    assert boxes and numbers
    assert numbers == list(range(1, len(numbers) + 1))  # 1, 2, … in the markers' order
    for i, a in enumerate(boxes):
        assert a.inside(bounds) and not a.overlaps(caption)
        assert not any(a.overlaps(b) for b in boxes[i + 1 :])


def test_a_marker_in_a_corner_or_on_an_axis_keeps_its_label_inside() -> None:
    bounds = Box(0, 0, 300, 300)
    axis_title = Box(100, 140, 100, 20)  # a word across the middle
    points = [(2.0, 2.0), (298.0, 298.0), (150.0, 150.0), (298.0, 2.0)]
    placed = place_or_number(points, [SIZE] * 4, bounds, gap=8, obstacles=[axis_title])
    for p in placed:
        assert isinstance(p, Box) and p.inside(bounds) and not p.overlaps(axis_title)


def test_the_legend_goes_where_it_covers_least_nearest_the_bottom_left() -> None:
    from regionroll_desktop.analysis.matrix import legend_spot

    bounds = Box(0, 0, 400, 300)
    free = legend_spot((100, 40), bounds, [])
    assert (free.x, free.y + free.h) == (0, 300)  # the bottom left corner
    crowd = [Box(0, 200, 200, 100)]  # the bottom left is taken
    spot = legend_spot((100, 40), bounds, crowd)
    assert spot.inside(bounds) and not any(spot.overlaps(c) for c in crowd)
