"""The capital matrix laid out for its reader, without a window: every label beside its own
marker inside the matrix and over nothing else, or a number and a line of the legend; the
crowded cases of issue #34 (every group on one spot, markers on the axes and in the
corners)."""

from __future__ import annotations

import itertools
import math
import re

import pytest

from regionroll_desktop.analysis.matrix import Box
from regionroll_desktop.figures.drawing import Drawing, Ellipse, Reader, Role, type_px
from regionroll_desktop.figures.matrix import Mark, MatrixContent, Spot, Spread, matrix_drawing

AXIS = {
    "more": "Mer kapital per capita",
    "less": "Mindre kapital per capita",
    "reactive": "Mer reaktivt kapital",
    "proactive": "Mer proaktivt kapital",
}
CAPTIONS = (
    "Mer kapital,\nmer proaktivt",
    "Mer kapital,\nmer reaktivt",
    "Mindre kapital,\nmer proaktivt",
    "Mindre kapital,\nmer reaktivt",
)


def measure(text: str, px: float, bold: bool) -> tuple[float, float]:
    """A monospace stand-in for a font: 0.6 em a letter (0.65 bold), 1.25 em a line."""
    lines = text.split("\n")
    return max(len(line) for line in lines) * px * (0.65 if bold else 0.6) + 6, len(
        lines
    ) * px * 1.25 + 6


def distance(box: Box, point: tuple[float, float]) -> float:
    """From `point` to the nearest point of `box`."""
    x = min(max(point[0], box.x), box.x + box.w)
    y = min(max(point[1], box.y), box.y + box.h)
    return math.dist(point, (x, y))


def today(x: float, y: float, label: str = "Region Jämtland Härjedalen i dag") -> Mark:
    return Mark("today", x, y, label, "#c2410c", "#c8c2410c", "#9a3412")


def ambition(x: float, y: float) -> Mark:
    return Mark("ambition", x, y, "Ambition", "#1d4ed8", "#281d4ed8", "#1e40af")


def group(n: int, x: float, y: float) -> Mark:
    return Mark(
        f"group:g{n}:today",
        x,
        y,
        f"Grupp {n} (i dag)",
        "#166534",
        "#166534",
        "#14532d",
        initial=str(n),
        small=True,
    )


def content(*marks: Mark, **more: object) -> MatrixContent:
    return MatrixContent(AXIS, CAPTIONS, marks, **more)  # type: ignore[arg-type]


def matrix_box(drawing: Drawing) -> Box:
    """The matrix's frame: the one rectangle with a stroke and no fill."""
    from regionroll_desktop.figures.drawing import Rect

    return next(p.box for p in drawing.parts if isinstance(p, Rect) and p.fill is None)


def markers(drawing: Drawing) -> list[Box]:
    return [
        Box(p.centre[0] - p.rx, p.centre[1] - p.ry, 2 * p.rx, 2 * p.ry)
        for p in drawing.parts
        if isinstance(p, Ellipse) and p.rx >= 7 and p.stroke is not None and p.stroke.width == 3
    ]


def numbers_in(text: str) -> list[int]:
    """The numbers a disc shows: "4", or a crowd's runs "3, 7–9"."""
    found: list[int] = []
    for run in text.split(", "):
        first, _, last = run.partition("\u2013")
        found += range(int(first), int(last or first) + 1)
    return found


def check(drawing: Drawing, marks: tuple[Mark, ...]) -> None:
    """Every mark named once, by a label or by a number and the legend; no label over
    another, a marker, an axis word or a caption; the labels inside the matrix, the legend
    under it."""
    labels = drawing.words(Role.LABEL)
    numbers = drawing.words(Role.NUMBER)
    legend = drawing.words(Role.LEGEND)
    entries = [
        entry.replace("\n", " ")
        for w in legend
        # Entries a line each, or side by side in one line under the matrix; a long one wraps.
        for entry in re.split(r"(?:\n|   )(?=\d+\u00a0)", w.text)
    ]
    named = [w.text for w in labels] + [entry.split("\u00a0", 1)[1] for entry in entries]
    # A label of two lines on the map is one line in the legend.
    assert sorted(" ".join(n.split()) for n in named) == sorted(
        " ".join(m.label.split()) for m in marks
    )
    drawn = [n for w in numbers for n in numbers_in(w.text)]  # a crowd's disc: "7–30"
    assert sorted(drawn) == sorted(int(e.split("\u00a0")[0]) for e in entries)
    frame = matrix_box(drawing)
    fixed = drawing.words(Role.AXIS) + drawing.words(Role.CAPTION)
    for words in legend:  # under the matrix, never in it: it read as a quadrant's label
        assert words.box.y >= frame.y + frame.h, words.text
    for words in labels + legend:
        assert words.role is Role.LEGEND or words.box.inside(frame), words.text
        for other in fixed:
            assert not words.box.overlaps(other.box), (words.text, other.text)
        for rim in markers(drawing):
            assert not words.box.overlaps(rim), words.text
    for a, b in itertools.combinations(labels + legend, 2):
        assert not a.box.overlaps(b.box), (a.text, b.text)
    for disc in numbers + drawing.words(Role.CALLOUT):  # a number or a note's callout
        for words in labels:
            assert not words.box.overlaps(disc.box), (words.text, disc.text)
    callouts = drawing.words(Role.CALLOUT)
    for callout in callouts:  # its number within its little note ("105" ran over its sides)
        assert measure(callout.text, callout.px, True)[0] <= callout.box.w + 0.01, callout.text
    for a, b in itertools.combinations(numbers + callouts, 2):
        assert not a.box.overlaps(b.box), (a.text, b.text)  # not even in a crowd
    for words in drawing.words():
        assert words.box.x >= 0 and words.box.x + words.box.w <= drawing.width + 0.01
        assert words.box.y >= 0 and words.box.y + words.box.h <= drawing.height + 0.01
    # No disc over a group's initial (centred on a small marker's rim, a "3" hid the "B"
    # it numbered): the letters' box, a bold capital's width and height, at its middle.
    for initial in drawing.words(Role.INITIAL):
        cx, cy = initial.box.x + initial.box.w / 2, initial.box.y + initial.box.h / 2
        w, h = (measure(initial.text, initial.px, True)[0] - 6, 0.73 * initial.px)
        letters = Box(cx - w / 2, cy - h / 2, w, h)
        for disc in numbers:  # a circle in its box
            centre = (disc.box.x + disc.box.w / 2, disc.box.y + disc.box.h / 2)
            assert distance(letters, centre) >= min(disc.box.w, disc.box.h) / 2 - 0.5, (
                initial.text,
                disc.text,
            )
        for callout in callouts:  # a square
            assert not callout.box.overlaps(letters), (initial.text, callout.text)


@pytest.mark.parametrize(
    ("reader", "size"),
    [
        (Reader.PROJECTOR, (1280.0, 720.0)),
        (Reader.PROJECTOR, (1920.0, 1080.0)),
        (Reader.PAGE, (1000.0, 680.0)),
        (Reader.PICTURE, (1500.0, 1100.0)),
    ],
)
def test_three_groups_low_left_and_both_markers(reader: Reader, size: tuple[float, float]) -> None:
    marks = (
        today(-0.45, -0.3),
        ambition(0.4, 0.2),
        group(1, -0.5, -0.35),
        group(2, -0.4, -0.25),
        group(3, -0.55, -0.3),
    )
    drawing = matrix_drawing(
        content(*marks, arrow=("today", "ambition"), spreads=[Spread(-0.48, -0.3, 0.1)]),
        *size,
        type_px(reader, size[1]),
        measure,
    )
    check(drawing, marks)
    smallest = min(w.px for w in drawing.words())
    if reader is Reader.PROJECTOR:
        assert smallest >= (18 if size[1] <= 720 else 24)
    assert "today" in drawing.anchors and "group:g3:today" in drawing.anchors


def test_the_notes_on_a_marker_are_called_out_clear_of_every_word() -> None:
    """A sticky note pinned to a marker is called out on the marker's rim by the layout, and
    every label, number and other callout keeps clear of it (issue #34)."""
    marks = (
        today(-0.45, -0.3),
        ambition(0.4, 0.2),
        group(1, -0.5, -0.35),
        group(2, -0.4, -0.25),
    )
    notes = {"today": [1, 3], "ambition": [2], "group:g1:today": [4]}
    drawing = matrix_drawing(content(*marks, notes=notes), 1000, 680, 12, measure)
    check(drawing, marks)
    assert sorted(w.text for w in drawing.words(Role.CALLOUT)) == ["1", "2", "3", "4"]


def test_the_notes_callouts_are_numbered_after_the_markers_numbers() -> None:
    """Where markers are numbered (every group on one spot), the notes' callouts take the
    numbers after theirs: a callout "1" beside a disc "1" read as one thing (the crowded
    matrix on the projector and in the report)."""
    marks = (today(-0.5, -0.5), *(group(n, -0.6, -0.5) for n in range(1, 13)))
    notes = {"today": [1], "group:g3:today": [2]}
    drawing = matrix_drawing(content(*marks, notes=notes), 1280, 720, 18, measure)
    check(drawing, marks)
    lines = [line for w in drawing.words(Role.LEGEND) for line in w.text.split("\n")]
    legend = sorted(int(m[1]) for line in lines if (m := re.match(r"(\d+)\s", line)))
    assert drawing.numbers >= 12 and legend == list(range(1, drawing.numbers + 1))
    callouts = sorted(int(w.text) for w in drawing.words(Role.CALLOUT))
    assert callouts == [drawing.numbers + 1, drawing.numbers + 2]
    # Nothing numbered: the notes are 1, 2, …
    few = matrix_drawing(content(today(-0.5, -0.5), notes={"today": [1]}), 1280, 720, 18, measure)
    assert few.numbers == 0 and [w.text for w in few.words(Role.CALLOUT)] == ["1"]


def test_every_group_on_one_spot_is_numbered_round_the_rim() -> None:
    marks = (today(0.0, 0.0), ambition(0.0, 0.0), *(group(n, 0.0, 0.0) for n in range(1, 7)))
    drawing = matrix_drawing(content(*marks), 1280, 720, 18, measure)
    check(drawing, marks)
    numbers = drawing.words(Role.NUMBER)
    assert numbers, "a crowd of markers on one spot is numbered"
    for a, b in itertools.combinations(numbers, 2):
        centre_a = (a.box.x + a.box.w / 2, a.box.y + a.box.h / 2)
        centre_b = (b.box.x + b.box.w / 2, b.box.y + b.box.h / 2)
        assert math.dist(centre_a, centre_b) > 1, "the discs fan out round the rim"


@pytest.mark.parametrize(
    "spot",
    [(-1.0, 1.0), (1.0, 1.0), (-1.0, -1.0), (1.0, -1.0), (0.0, 1.0), (-1.0, 0.0), (1.0, 0.0)],
)
def test_markers_on_the_edges_and_in_the_corners(spot: tuple[float, float]) -> None:
    x, y = spot
    marks = (today(x, y), ambition(x * 0.9, y * 0.9), group(1, x, y * 0.95))
    drawing = matrix_drawing(content(*marks), 1920, 1080, 27, measure)
    check(drawing, marks)


def test_reference_regions_are_named_only_where_there_is_room() -> None:
    regions = [Spot(-0.2 + i * 0.01, 0.1, "#64748b", name=f"Region {i}") for i in range(12)]
    marks = (today(-0.2, 0.1), ambition(0.5, 0.5))
    drawing = matrix_drawing(content(*marks, references=regions), 1500, 1100, 23, measure)
    check(drawing, marks)
    names = drawing.words(Role.REFERENCE)
    assert 0 < len(names) < len(regions)
    taken = [w.box for w in drawing.words() if w.role is not Role.REFERENCE]
    for name in names:
        assert not any(name.box.overlaps(t) for t in taken), name.text


def test_the_room_s_answers_and_their_centre_are_drawn_and_kept_clear() -> None:
    answers = [Spot(0.1 * i, -0.1 * i, "#c2410c") for i in range(5)]
    drawing = matrix_drawing(
        content(today(0.2, -0.2), room=answers, room_centres=[Spot(0.2, -0.2, "#c2410c")]),
        1280,
        720,
        18,
        measure,
    )
    dots = [p for p in drawing.parts if isinstance(p, Ellipse) and p.rx < 7]
    assert len(dots) == len(answers)
    check(drawing, (today(0.2, -0.2),))


def test_a_long_middle_word_takes_two_lines_in_a_narrow_matrix() -> None:
    drawing = matrix_drawing(content(today(0.5, 0.5)), 420, 420, 18, measure)
    middle = [w for w in drawing.words(Role.AXIS) if "reaktivt" in w.text or "proaktivt" in w.text]
    assert all("\n" in w.text for w in middle)
    check(drawing, (today(0.5, 0.5),))


def _crowd(count: int, axis: bool = True) -> MatrixContent:
    """`count` groups with long names round one spot: more names than the matrix holds."""
    marks = [
        Mark(
            f"group:g{n}:today",
            -0.5 + 0.01 * n,
            -0.5,
            f"Grupp {n} – kommunernas och regionens tjänstepersoner (i dag)",
            "#166534",
            "#166534",
            "#14532d",
            initial=str(n % 10),
            small=True,
        )
        for n in range(count)
    ]
    both = (today(-0.4, -0.4), ambition(0.5, 0.2), *marks)
    return content(*both) if axis else MatrixContent({}, CAPTIONS, both)


def test_a_legend_that_finds_no_free_place_goes_under_the_matrix_in_columns() -> None:
    # A small matrix (the one page's, no axes' words) and long names.
    drawing = matrix_drawing(_crowd(1, axis=False), 400, 260, 12, measure)
    assert drawing.height == 260
    legend = drawing.words(Role.LEGEND)
    frame = matrix_box(drawing)
    assert legend and all(w.box.y >= frame.y + frame.h for w in legend)
    assert all(w.box.inside(Box(0, 0, drawing.width, drawing.height)) for w in legend)
    for a, b in itertools.combinations(drawing.words(), 2):
        assert a.box.overlap(b.box) <= 1.0 or {a.role, b.role} & {Role.NUMBER, Role.INITIAL}


def test_a_legend_longer_than_the_figure_grows_a_picture_or_goes_to_the_page_s_text() -> None:
    grown = matrix_drawing(_crowd(60), 1000, 730, 12, measure)
    assert grown.height > 730 and not grown.legend
    assert all(w.box.inside(Box(0, 0, grown.width, grown.height)) for w in grown.words())
    apart = matrix_drawing(_crowd(60), 1000, 730, 12, measure, legend_apart=True)
    assert apart.height == 730 and not apart.words(Role.LEGEND)
    numbers = {w.text for w in apart.words(Role.NUMBER)}
    assert numbers and numbers == {entry.split("\u00a0")[0] for entry in apart.legend}


def previous(moment: str, x: float, y: float) -> Mark:
    """The last workshop's marker in a follow-up (issue #39): hollow, greyed, small."""
    label = "Förra: i dag" if moment == "today" else "Förra: ambition"
    return Mark(f"previous:{moment}", x, y, label, "#8c5a3c", None, "#8c5a3c", small=True)


@pytest.mark.parametrize(
    ("reader", "size"),
    [(Reader.PROJECTOR, (1280.0, 720.0)), (Reader.PAGE, (1000.0, 680.0))],
)
def test_the_last_workshops_markers_on_the_same_spots_as_todays(
    reader: Reader, size: tuple[float, float]
) -> None:
    """The crowded follow-up: the room placed the region where it stood last time, with its
    groups there too; every label still beside its own marker or numbered, nothing over
    anything."""
    marks = (
        today(-0.4, -0.3),
        ambition(0.4, 0.2),
        previous("today", -0.4, -0.3),
        previous("ambition", 0.4, 0.2),
        *(group(n, -0.4, -0.3) for n in range(1, 4)),
    )
    width, height = size
    drawing = matrix_drawing(
        content(*marks), width, height, type_px(reader, height), measure, reader is Reader.PAGE
    )
    check(drawing, marks)


@pytest.mark.parametrize(("x", "y"), [(-0.9, -0.9), (0.9, 0.9), (0.9, -0.9), (-0.9, 0.9)])
def test_a_caption_gives_way_to_a_marker_in_its_corner(x: float, y: float) -> None:
    """A marker in a quadrant's outer corner: that quadrant's caption goes to another corner
    of its quadrant, clear of the marker (it lay under it); the others keep their corners."""
    drawing = matrix_drawing(content(today(x, y, "I dag")), 900, 640, 14.0, measure)
    m = matrix_box(drawing)
    (rim,) = markers(drawing)
    captions = drawing.words(Role.CAPTION)
    assert len(captions) == 4
    assert not any(c.box.overlaps(rim) for c in captions)
    for caption in captions:  # each in its own quadrant
        mid_x, mid_y = m.x + m.w / 2, m.y + m.h / 2
        cx, cy = caption.box.x + caption.box.w / 2, caption.box.y + caption.box.h / 2
        right, lower = "proaktivt" in caption.text, "Mindre" in caption.text
        assert (cx > mid_x) == right and (cy > mid_y) == lower, caption.text
    moved = [
        c for c in captions if abs(c.box.y - m.y) > 20 and abs(c.box.y + c.box.h - m.y - m.h) > 20
    ]
    assert len(moved) <= 1


def test_a_crowd_on_one_spot_shares_one_disc_of_its_numbers() -> None:
    """Thirty groups on one spot: their numbers in one disc as runs ("5–30"), not thirty
    discs round one marker on one another; a few on one spot keep a disc each."""
    from regionroll_desktop.figures.matrix import number_runs

    assert number_runs([9, 7, 8, 12, 3]) == "3, 7\u20139, 12"
    crowd = tuple(group(n, -0.4, -0.4) for n in range(1, 31))
    drawing = matrix_drawing(content(today(0.5, 0.5), *crowd), 1000, 680, 12, measure)
    (disc,) = drawing.words(Role.NUMBER)  # the whole crowd numbered: no label round it
    assert numbers_in(disc.text) == list(range(1, 31)) and not drawing.words(Role.LABEL)[1:]
    # Beside the marker it numbers, over none of it (its corner lay over the marker's
    # initials).
    markers = [p for p in drawing.parts if isinstance(p, Ellipse) and p.rx >= 7]
    assert len(markers) >= 31
    assert all(distance(disc.box, m.centre) >= m.rx for m in markers)
    # Its legend in columns under the matrix, an entry never broken across two columns.
    columns = drawing.words(Role.LEGEND)
    assert len(columns) > 1
    assert all(w.text.split("\n")[0].split("\u00a0")[0].isdigit() for w in columns)
    lines = [ln for w in columns for ln in w.text.split("\n")]
    assert [int(ln.split("\u00a0")[0]) for ln in lines] == list(range(1, 31))
    spot = (-0.4, -0.4)
    few = (today(*spot), ambition(*spot), group(1, *spot), group(2, *spot))
    drawing = matrix_drawing(content(*few), 800, 560, 24, measure)
    check(drawing, few)
    assert [w.text for w in drawing.words(Role.NUMBER)] == ["1", "2"]


def test_two_crowds_of_alternating_markers_are_numbered_a_crowd_at_a_time() -> None:
    """Each group's two sides on two spots (the markers alternate between them): a crowd's
    numbers one after another, so its disc says "1–15", not "1, 3, 5, 7, …" (which ran off
    the projected map); the legend in the numbers' order."""
    spots = ((-0.4, -0.4), (0.4, 0.4))
    crowd = tuple(group(n, *spots[n % 2]) for n in range(1, 31))
    drawing = matrix_drawing(content(*crowd), 1000, 680, 12, measure)
    discs = sorted(numbers_in(w.text) for w in drawing.words(Role.NUMBER))
    assert discs == [list(range(1, 16)), list(range(16, 31))]
    assert all("," not in w.text for w in drawing.words(Role.NUMBER))
    lines = [ln for w in drawing.words(Role.LEGEND) for ln in re.split(r"\n|   ", w.text) if ln]
    assert [int(ln.split("\u00a0")[0]) for ln in lines] == list(range(1, 31))
    # The first marker's crowd first (groups 1, 3, 5 …), then the other (2, 4, 6 …).
    assert lines[:2] == ["1\u00a0Grupp 1 (i dag)", "2\u00a0Grupp 3 (i dag)"]
    assert lines[15] == "16\u00a0Grupp 2 (i dag)"


ROLES = ("Utföraren", "Finansiären", "Kapacitets\u00adbyggaren", "Nätverkaren")
# The one page's map: a quarter of an A4 landscape page in small type, small markers.
SMALL_MAP = (236.0, 155.0, 11.0, 7.0)

# Anywhere a quadrant's caption lay inside it: its middle, its corners, on the axes.
SMALL_SPOTS = [
    (x, y)
    for x in (-0.95, -0.5, -0.05, 0.0, 0.5, 0.95)
    for y in (-0.95, -0.5, 0.0, 0.05, 0.5, 0.95)
]


@pytest.mark.parametrize("words", ["axis", "captions"])
@pytest.mark.parametrize(("x", "y"), SMALL_SPOTS)
def test_a_small_map_keeps_its_words_round_it(words: str, x: float, y: float) -> None:
    """A quarter of a page's map (the one page's capital matrix and role map): its words
    round it, the sides' turned along them, so that no marker lies on one wherever it
    stands (today's marker lay on "Mindre kapital, mer reaktivt", the ambition's on
    "Kapacitetsbyggaren"); each caption over or under its own quadrant."""
    width, height, px, radius = SMALL_MAP
    marks = (today(x, y, "I dag"), ambition(-x * 0.5, -y))
    c = MatrixContent(
        AXIS if words == "axis" else {},
        ("",) * 4 if words == "axis" else ROLES,
        marks,
        arrow=("today", "ambition"),
        marker_radius=radius,
        words_outside=True,
    )
    drawing = matrix_drawing(c, width, height, px, measure)
    check(drawing, marks)
    frame = matrix_box(drawing)
    fixed = drawing.words(Role.AXIS) + drawing.words(Role.CAPTION)
    assert len(fixed) == 4
    for w in fixed:
        assert not w.box.overlaps(frame), w.text  # round the map, never in it
        for rim in markers(drawing):
            assert not w.box.overlaps(rim), w.text
    for a, b in itertools.combinations(fixed, 2):
        assert not a.box.overlaps(b.box), (a.text, b.text)
    middle = frame.x + frame.w / 2
    for text, quadrant in zip(ROLES, range(4), strict=True):
        if words == "axis":
            break
        (box,) = [w.box for w in fixed if w.text.replace("-\n", "") == text.replace("\u00ad", "")]
        upper, right = quadrant < 2, quadrant % 2 == 0
        assert (box.y + box.h <= frame.y) if upper else (box.y >= frame.y + frame.h)
        # Over its own half of the map (a long name may reach past the middle when the
        # row's other one leaves it room).
        assert (box.x + box.w / 2 >= middle) if right else (box.x + box.w / 2 <= middle), text
    turned = [w for w in fixed if w.turn]
    assert len(turned) == (2 if words == "axis" else 0)
    for w in turned:  # along its side, as tall as the map
        assert w.box.h == pytest.approx(frame.h)
        assert w.box.x + w.box.w <= frame.x or w.box.x >= frame.x + frame.w


def test_a_row_of_captions_round_a_map_keeps_a_long_name_whole_where_it_fits() -> None:
    """ "Kapacitetsbyggaren" beside "Nätverkaren" under a quarter of a page's map: in one line
    where the row holds both (it was broken for want of its half alone), broken at its soft
    hyphen where it does not."""
    _, height, px, radius = SMALL_MAP
    c = MatrixContent({}, ROLES, (), marker_radius=radius, words_outside=True)

    def kapacitet(width: float) -> str:
        drawing = matrix_drawing(c, width, height, px, measure)
        return next(w.text for w in drawing.words(Role.CAPTION) if w.text.startswith("Kapa"))

    one_line = measure("Kapacitetsbyggaren", px, False)[0]
    half = measure("Nätverkaren", px, False)[0]
    assert kapacitet(one_line + half + 20) == "Kapacitetsbyggaren"
    assert kapacitet(one_line + half - 20) == "Kapacitets-\nbyggaren"


@pytest.mark.parametrize("x", [-0.97, 0.97])
@pytest.mark.parametrize("y", [0.04, -0.04])
def test_a_sides_word_gives_way_to_a_marker_on_the_axis(x: float, y: float) -> None:
    """A marker on the middle line at the matrix's edge: the side's word ("Mer proaktivt
    kapital") goes to the line's other side, and a corner's caption to another corner; no
    word of the matrix under a marker (the projected matrix at the limits hid them)."""
    marks = (today(x, y, "I dag"), ambition(-x, 0.7))
    drawing = matrix_drawing(content(*marks, arrow=("today", "ambition")), 900, 640, 14, measure)
    check(drawing, marks)
    fixed = drawing.words(Role.AXIS) + drawing.words(Role.CAPTION)
    for rim in markers(drawing):
        assert not [w.text for w in fixed if w.box.overlaps(rim)]


def test_a_map_too_small_for_its_captions_lays_its_words_round_it() -> None:
    """A role map a third of a page wide with a marker in the middle of a quadrant: no corner
    keeps the name "Kapacitetsbyggaren" off it (it lay under the ambition in the journey),
    so every word lies round the map."""
    marks = (today(-0.5, 0.5, "I dag"), ambition(0.5, -0.5))
    c = MatrixContent({}, ROLES, marks, arrow=("today", "ambition"), strong_captions=True)
    drawing = matrix_drawing(c, 330, 200, 12, measure)
    frame = matrix_box(drawing)
    captions = drawing.words(Role.CAPTION)
    assert len(captions) == 4
    assert not [w.text for w in captions if w.box.overlaps(frame)]
    for rim in markers(drawing):
        assert not [
            w.text for w in drawing.words() if w.role is Role.CAPTION and w.box.overlaps(rim)
        ]
    # A roomy map keeps them in their quadrants.
    roomy = matrix_drawing(c, 900, 700, 12, measure)
    inside = matrix_box(roomy)
    assert all(w.box.inside(inside) for w in roomy.words(Role.CAPTION))


def test_a_marker_s_callouts_keep_off_the_markers_beside_it() -> None:
    """Eight notes on today with groups close round it (not on its spot): the callouts
    leave the groups' markers to be seen (at the limits a callout lay over a group's marker
    and hid it)."""
    marks = (
        today(-0.3, -0.3),
        ambition(0.5, 0.4),
        group(1, -0.38, -0.3),
        group(2, -0.22, -0.3),
        group(3, -0.3, -0.2),
        group(4, -0.3, -0.4),
    )
    notes = {"today": list(range(1, 9))}
    drawing = matrix_drawing(content(*marks, notes=notes), 1000, 680, 12, measure)
    check(drawing, marks)
    callouts = drawing.words(Role.CALLOUT)
    assert len(callouts) == 8
    frame = matrix_box(drawing)
    at = (frame.x + (-0.3 + 1) / 2 * frame.w, frame.y + (1 + 0.3) / 2 * frame.h)  # today's
    others = [b for b in markers(drawing) if not b.holds(*at)]
    assert len(others) == 5
    for callout in callouts:
        for rim in others:
            assert not callout.box.overlaps(rim), callout.text


def test_the_workshops_markers_are_drawn_over_the_groups() -> None:
    """Groups on the workshop's own spots: its today and ambition drawn after (over) every
    group's marker, as the canvases draw them (under a crowd, "I dag" named a marker the
    page did not show)."""
    marks = [group(n, -0.3 + 0.02 * n, 0.2) for n in range(1, 4)]
    drawing = matrix_drawing(
        content(*marks, today(-0.28, 0.2), ambition(0.4, -0.3), *(group(9, 0.4, -0.3),)),
        900,
        600,
        14,
        measure,
    )
    rings = [p for p in drawing.parts if isinstance(p, Ellipse) and p.stroke is not None]
    colours = [p.stroke.colour for p in rings if p.stroke is not None]
    own = [n for n, c in enumerate(colours) if c in ("#c2410c", "#1d4ed8")]
    groups = [n for n, c in enumerate(colours) if c == "#166534"]
    assert len(own) == 2 and len(groups) == 4
    assert min(own) > max(groups)
