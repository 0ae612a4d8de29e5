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


def test_a_label_a_ring_out_stays_in_its_markers_quadrant() -> None:
    """A label beside its marker may reach across an axis; one a ring farther out keeps its
    middle in the marker's quadrant (above the axis, "Grupp A" read as the quadrant above),
    else its marker is numbered. The quadrant of a marker on an axis is both halves."""
    from regionroll_desktop.figures.matrix import own_quadrant

    matrix = Box(0, 0, 400, 400)
    below = own_quadrant(matrix, (100.0, 220.0), 10)
    assert (below.y, below.h, below.x, below.w) == (200, 200, 0, 200)
    on_axis = own_quadrant(matrix, (100.0, 205.0), 10)
    assert (on_axis.y, on_axis.h) == (0, 400)
    # Everything from just above the marker down is taken: its label can only go a ring out
    # above, across the axis.
    point = (100.0, 230.0)
    ring = [Box(0, 205, 400, 195)]
    (free,) = place_or_number([point], [SIZE], matrix, gap=8, obstacles=ring)
    assert isinstance(free, Box) and free.y + free.h / 2 < 200  # no rule: above the axis
    (kept,) = place_or_number(
        [point], [SIZE], matrix, gap=8, obstacles=ring, centred=[own_quadrant(matrix, point, 10)]
    )
    assert kept == 1  # numbered rather than read as the quadrant above


def test_a_tall_label_a_ring_out_is_a_line_farther_not_its_height() -> None:
    """A label of three lines whose slots beside its marker are taken goes one line of type
    farther out with `step` (by its own height it lay 50 px off and read as nobody's)."""
    point, tall = (200.0, 200.0), (60.0, 42.0)
    beside = [Box(180, 175, 40, 50)]  # every slot touching the marker's gap
    (far,) = place_or_number([point], [tall], Box(0, 0, 400, 400), 8, beside)
    (near,) = place_or_number([point], [tall], Box(0, 0, 400, 400), 8, beside, step=14.0)
    assert isinstance(far, Box) and isinstance(near, Box)

    def off(b: Box) -> float:  # from the point to the label's nearest edge
        return max(b.x - point[0], point[0] - b.x - b.w, b.y - point[1], point[1] - b.y - b.h)

    assert off(near) == 8 + 14 + 4 < off(far) == 8 + 42 + 4
