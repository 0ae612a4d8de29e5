"""The role map laid out for its reader by the matrix layout, without a window: its quadrants
the deck's four roles in the deck's places, every label beside its own marker in its
marker's role (issue #34: "Ambition" lay across Nätverkaren while its marker stood in
Kapacitetsbyggaren), or a number and a line of the legend, and the deck's reminder under the
map, inside the figure."""

from __future__ import annotations

import re

import pytest

from regionroll_desktop.analysis.matrix import Box
from regionroll_desktop.analysis.roles import weights_at
from regionroll_desktop.canvases.roles.figure import (
    ROLE_QUADRANT_TINTS,
    role_captions,
    roles_content,
    roles_figure,
)
from regionroll_desktop.figures.drawing import Drawing, Reader, Rect, Role, type_px
from regionroll_desktop.figures.matrix import Mark, matrix_with_footnote, own_quadrant
from regionroll_desktop.model import (
    ROOM_MARKER,
    Language,
    Moment,
    NotePin,
    PinKind,
    Step,
    Workshop,
)
from regionroll_desktop.model import edits as e
from regionroll_desktop.model.deck import ROLES_NOT_A_CLASSIFICATION

from .test_matrix_figure import ambition, check, group, matrix_box, measure, today

REMINDER = ROLES_NOT_A_CLASSIFICATION.text(Language.SV)


def role_map(*marks: Mark, **more: object) -> Drawing:
    from regionroll_desktop.figures.matrix import MatrixContent

    size = more.pop("size", (1000.0, 880.0))
    reader = more.pop("reader", Reader.PAGE)
    assert isinstance(size, tuple) and isinstance(reader, Reader)
    content = MatrixContent(
        {}, role_captions(), marks, tints=ROLE_QUADRANT_TINTS, strong_captions=True, **more
    )  # type: ignore[arg-type]
    return matrix_with_footnote(content, REMINDER, *size, type_px(reader, size[1]), measure)


def in_own_quadrant(drawing: Drawing, marks: tuple[Mark, ...]) -> None:
    """Each label touching its own marker, or its middle in the quadrant (the role) of its
    marker (both halves for a marker on a middle line: within a marker's reach of it)."""
    frame = matrix_box(drawing)
    reach = max(9.0, drawing.words(Role.CAPTION)[0].px * 1.05) + 2
    by_label = {m.label: m for m in marks}
    for words in drawing.words(Role.LABEL):
        mark = by_label[words.text]
        centre = (frame.x + (mark.x + 1) / 2 * frame.w, frame.y + (1 - mark.y) / 2 * frame.h)
        quadrant = own_quadrant(frame, centre, reach)
        middle = (words.box.x + words.box.w / 2, words.box.y + words.box.h / 2)
        b = words.box  # one touching its marker reads as its own wherever it reaches
        touching = Box(b.x - reach - 4, b.y - reach - 4, b.w + 2 * reach + 8, b.h + 2 * reach + 8)
        if touching.holds(*centre):
            continue
        assert quadrant.x <= middle[0] <= quadrant.x + quadrant.w, words.text
        assert quadrant.y <= middle[1] <= quadrant.y + quadrant.h, words.text


@pytest.mark.parametrize(
    ("reader", "size"),
    [
        (Reader.PROJECTOR, (1280.0, 720.0)),
        (Reader.PROJECTOR, (1920.0, 1080.0)),
        (Reader.PAGE, (1000.0, 880.0)),
        (Reader.PICTURE, (1200.0, 1150.0)),
    ],
)
def test_the_ambition_in_kapacitetsbyggaren_is_named_there(
    reader: Reader, size: tuple[float, float]
) -> None:
    """The issue's case: today in Finansiären with the groups about it, the ambition in
    Kapacitetsbyggaren near Nätverkaren's edge; each label in its own marker's role, over
    nothing; the roles' names in their quadrants, strong; the reminder under the map."""
    marks = (
        today(-0.55, 0.45, "I dag"),
        ambition(0.1, -0.5),
        group(1, -0.6, 0.5),
        group(2, -0.45, 0.35),
        group(3, -0.5, 0.55),
    )
    drawing = role_map(*marks, arrow=("today", "ambition"), size=size, reader=reader)
    check(drawing, marks)
    in_own_quadrant(drawing, marks)
    frame = matrix_box(drawing)
    captions = drawing.words(Role.CAPTION)
    assert [w.text for w in captions] == [
        "Utföraren",
        "Finansiären",
        "Kapacitetsbyggaren",
        "Nätverkaren",
    ]
    assert all(w.bold and w.box.inside(frame) for w in captions)
    # Centred at the map's outer edge, as the editor and the projector draw the roles' names
    # (the markers lie elsewhere).
    for words, (qx, top) in zip(
        captions, ((1, True), (0, True), (1, False), (0, False)), strict=True
    ):
        middle = frame.x + frame.w * (0.25 + 0.5 * qx)
        assert abs(words.box.x + words.box.w / 2 - middle) < 1, words.text
        edge = words.box.y - frame.y if top else frame.y + frame.h - words.box.y - words.box.h
        assert edge < frame.h / 8, words.text
    tints = [p.fill for p in drawing.parts if isinstance(p, Rect) and p.fill]
    assert tints == list(ROLE_QUADRANT_TINTS)
    (note,) = drawing.words(Role.TEXT)
    assert note.text.replace("\n", " ") == REMINDER
    assert note.box.y >= frame.y + frame.h and note.box.y + note.box.h <= drawing.height
    assert note.box.x + note.box.w <= drawing.width
    if reader is Reader.PROJECTOR:
        assert min(w.px for w in drawing.words()) >= (18 if size[1] <= 720 else 24)


@pytest.mark.parametrize("spot", [(-1.0, 1.0), (1.0, -1.0), (0.0, 0.0), (-1.0, 0.0), (1.0, 1.0)])
def test_crowded_spots_corners_and_the_middle(spot: tuple[float, float]) -> None:
    """Every group, today and the ambition on one spot (a corner, an edge, the middle where
    the four roles meet): each named once, by a label in its role or by a number."""
    marks = (today(*spot, "I dag"), ambition(*spot), *(group(n, *spot) for n in range(1, 9)))
    drawing = role_map(*marks, arrow=("today", "ambition"))
    check(drawing, marks)
    in_own_quadrant(drawing, marks)


def _placed(workshop: Workshop, moment: Moment, x: float, y: float) -> Workshop:
    return e.set_role_weights(workshop, moment, weights_at(x, y))


def test_the_workshop_s_role_map_content_and_its_notes(qapp) -> None:  # type: ignore[no-untyped-def]
    """From a workshop: today in Finansiären (upper left), the ambition in Kapacitetsbyggaren
    (lower right), a group's marker for each moment with its key, the arrow between the
    workshop's two; a note pinned to the ambition called out on it by the layout (not in the
    margin), the figure laid out at the size a page gives it."""
    w = Workshop()
    w = _placed(w, Moment.TODAY, 0.1, 0.1)
    w = _placed(w, Moment.AMBITION, 0.85, 0.8)
    w = e.add_group(w, "Grupp A", group_id="ga")
    w = e.set_group_roles(w, "ga", Moment.TODAY, weights_at(0.2, 0.15))
    w = e.set_group_roles(w, "ga", Moment.AMBITION, weights_at(0.7, 0.9))
    w = e.add_sticky_note(
        w,
        Step.GENOMFORANDEPRAKTIK,
        "Varför så långt?",
        pin=NotePin(kind=PinKind.MARKER, item=ROOM_MARKER, moment=Moment.AMBITION),
    )
    content = roles_content(w)
    places = {m.key: (m.x, m.y) for m in content.marks}
    assert places["today"][0] < 0 < places["today"][1]
    assert places["ambition"][1] < 0 < places["ambition"][0]
    assert {"group:ga:today", "group:ga:ambition"} <= set(places)
    assert content.arrow == ("today", "ambition")
    figure = roles_figure(w, Language.SV, Reader.PAGE, (725.0, 500.0))
    assert (figure.size.width(), figure.size.height()) == (725, 500)
    assert figure.legend == ()


def test_thirty_groups_on_one_spot_a_legend_entry_a_line() -> None:
    """Thirty groups (each with its side's word, a label of two lines) on one spot: their
    numbers' legend has an entry a line, within the figure and over nothing it must not
    cover (joined in one line, each entry's second line ran into the next entry, and the
    legend past its band, over the reminder and the page's foot)."""
    marks = tuple(
        Mark(
            f"group:g{n}:today",
            -0.4,
            0.4,
            f"Grupp {n:02} (i dag)\nförtroendevalda",
            "#166534",
            "#166534",
            "#14532d",
            initial=str(n),
            small=True,
        )
        for n in range(1, 31)
    )
    drawing = role_map(*marks)
    check(drawing, marks)
    lines = [ln for w in drawing.words(Role.LEGEND) for ln in w.text.split("\n")]
    assert lines and all(re.match(r"\d+\u00a0Grupp \d\d", ln) for ln in lines), lines
    (note,) = drawing.words(Role.TEXT)
    for legend in drawing.words(Role.LEGEND):
        assert legend.box.y + legend.box.h <= drawing.height
        assert not legend.box.overlaps(note.box)


@pytest.mark.parametrize("spot", [(-1.0, 1.0), (1.0, 1.0)])
def test_many_notes_on_a_cornered_crowd_keep_off_the_words_and_its_disc(
    spot: tuple[float, float],
) -> None:
    """Today and three groups in a corner, ten notes on today, the arrow leaving it: the
    callouts keep off the roles' names, the arrow where the rim has room, and one another,
    and the crowd's disc keeps off them (in Finansiären's corner "9" and "11" hid the name
    and "6" lay over the crowd's "1–4")."""
    marks = (
        today(*spot, "I dag"),
        ambition(0.4, -0.4),
        *(group(n, *spot) for n in range(1, 4)),
    )
    notes = {"today": list(range(1, 11))}
    drawing = role_map(*marks, arrow=("today", "ambition"), notes=notes)
    check(drawing, marks)
    callouts = drawing.words(Role.CALLOUT)
    assert len(callouts) == 10
    for callout in callouts:
        for name in drawing.words(Role.CAPTION):
            assert not callout.box.overlaps(name.box), (callout.text, name.text)
