from hypothesis import given
from hypothesis import strategies as st

from regionroll_desktop.analysis.matrix import (
    Amount,
    Box,
    Character,
    distance,
    nearest,
    nudged,
    place_labels,
    quadrant,
)
from regionroll_desktop.model import MatrixPosition
from regionroll_desktop.reference import Fact, ReferenceRegion, ReferenceSet


def at(capital: float, character: float) -> MatrixPosition:
    return MatrixPosition(capital_per_capita=capital, proactivity=character)


def reference(*placed: tuple[str, str, float, float]) -> ReferenceSet:
    return ReferenceSet(
        name="test",
        sources=({"id": "s", "title": "Test"},),
        regions=(
            *(
                ReferenceRegion(
                    code=code,
                    name=name,
                    matrix_position=Fact[MatrixPosition](value=at(c, p), source="s"),
                )
                for code, name, c, p in placed
            ),
            ReferenceRegion(code="25", name="Unplaced"),
        ),
    )


def test_nudges_stay_inside_the_matrix() -> None:
    assert nudged(at(0.98, 0), 0, 0.05) == at(1.0, 0)
    assert nudged(at(0, -0.99), -0.05, 0) == at(0, -1.0)
    assert nudged(at(0.1, 0.2), 0.05, -0.05).proactivity == 0.25


def test_quadrants_and_distance() -> None:
    assert quadrant(at(0.5, -0.5)) == (Amount.MORE, Character.REACTIVE)
    assert quadrant(at(-0.3, 0.2)) == (Amount.LESS, Character.PROACTIVE)
    # In the middle of an axis, a position belongs to no quadrant: neither more nor less.
    assert quadrant(at(-0.3, 0.0)) is None and quadrant(at(0.05, 0.8)) is None
    assert distance(at(0, 0), at(0.3, 0.4)) == 0.5


def test_nearest_skips_unplaced_and_the_region_itself() -> None:
    ref = reference(("01", "A", 0.0, 0.1), ("04", "B", 0.5, 0.5), ("03", "C", 0.0, 0.0))
    found = nearest(at(0, 0), ref, count=2, exclude="03")
    assert [(n.region.name, round(n.distance, 3)) for n in found] == [("A", 0.1), ("B", 0.707)]


@given(st.lists(st.tuples(st.floats(0, 500), st.floats(0, 400)), max_size=60))
def test_placed_labels_never_overlap(points: list[tuple[float, float]]) -> None:
    sizes = [(70.0, 16.0)] * len(points)
    bounds = Box(0, 0, 500, 400)
    boxes = [b for b in place_labels(points, sizes, bounds) if b is not None]
    for i, a in enumerate(boxes):
        assert a.inside(bounds)
        for b in boxes[i + 1 :]:
            assert not a.overlaps(b)


def test_a_lone_label_sits_right_of_its_point() -> None:
    (box,) = place_labels([(100, 100)], [(50, 10)], Box(0, 0, 400, 400))
    assert box is not None and box.x > 100 and box.y < 100 < box.y + box.h


def test_model_spread_of_the_shipped_regions() -> None:
    from regionroll_desktop.analysis.organisation import spread
    from regionroll_desktop.model import BodyModel
    from regionroll_desktop.storage import shipped_reference_set

    adm = spread(shipped_reference_set(), "administrative_model")
    assert [adm.count(m) for m in BodyModel] == [7, 7, 7]
    assert "Gotland" in adm.by_model[BodyModel.ZERO] and not adm.unknown
    pol = spread(shipped_reference_set(), "political_model")
    assert len(pol.unknown) == 21 and all(pol.count(m) == 0 for m in BodyModel)


def test_a_label_that_must_show_takes_the_least_crowded_place() -> None:
    from regionroll_desktop.analysis.matrix import Box, place_labels

    bounds = Box(0, 0, 400, 400)
    # Every slot around (200, 200) is blocked; those reaching above y = 200 doubly so.
    walls = [Box(0, 0, 400, 400), Box(0, 0, 400, 200)]
    assert place_labels([(200, 200)], [(60, 10)], bounds, obstacles=walls) == [None]
    (placed,) = place_labels([(200, 200)], [(60, 10)], bounds, obstacles=walls, always=True)
    assert placed == Box(170, 206, 60, 10)  # straight below: the least overlap, first in order


def test_a_label_that_must_show_looks_farther_out_before_it_overlaps() -> None:
    """A crowd of markers (the groups on one spot): every near slot is taken, so the label
    sits one ring out, beside its point and over nothing, rather than over another marker."""
    bounds = Box(0, 0, 400, 400)
    crowd = [Box(165, 180, 70, 40)]  # the other markers and their labels, all around
    (placed,) = place_labels([(200, 200)], [(40, 10)], bounds, gap=8, obstacles=crowd, always=True)
    assert placed is not None and not placed.overlaps(crowd[0])
    assert abs(placed.x - 200) < 40 + 8 + 2 * 14 and abs(placed.y - 200) < 10 + 8 + 2 * 14
    # Without `always` nothing changes: the label is hidden when its near slots are taken.
    assert place_labels([(200, 200)], [(40, 10)], bounds, gap=8, obstacles=crowd) == [None]
