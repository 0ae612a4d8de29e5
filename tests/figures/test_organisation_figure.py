"""The organisation laid out without a window (issue #34: one layout for the editor's scene,
the projector and the figure): every chip inside the box that holds it and over no other,
no box over another, the lanes side by side when there is room; held still while the room
edits; as the projector shows it otherwise; a note's callout at its body's foot, over no
name and no branch."""

from __future__ import annotations

import itertools

import pytest

from regionroll_desktop.analysis.matrix import Box
from regionroll_desktop.figures.drawing import Role
from regionroll_desktop.figures.organisation import (
    CHIP_H,
    PAD,
    OrganisationContent,
    OrganisationLayout,
    organisation_content,
    organisation_drawing,
    organisation_layout,
)
from regionroll_desktop.model import Branch, Lane, Workshop
from regionroll_desktop.model import edits as e

from .test_matrix_figure import measure

TEXTS = {
    "political_title": "Politisk organisation",
    "administrative_title": "Förvaltningsorganisation",
    "tray": "Ej placerade",
    "tray_sub": "dra in i en kropp",
    "board_sub": "finns alltid",
    "namnd_sub": "nämnd för regional utveckling",
    "shared_hsv_sub": "nämnd delad med HSV",
    "sector_namnd_sub": "en annan sektors nämnd",
    "general_sub": "allmän förvaltning",
    "forvaltning_sub": "förvaltning för regional utveckling",
    "sector_forvaltning_sub": "en annan sektors förvaltning",
    "outside": "Utanför regionens uppdrag",
    "outside_sub": "grenar regionen inte har",
}
NAMES = {b: b.value.capitalize() for b in Branch}
PX = 12.0


class Metrics:
    """The figure's metrics from the monospace stand-in."""

    def __init__(self, content: OrganisationContent) -> None:
        from regionroll_desktop.figures.organisation import MeasuredMetrics

        self.inner = MeasuredMetrics(content, PX, measure)

    def __getattr__(self, name: str) -> object:
        return getattr(self.inner, name)


def workshop(empty_bodies: int = 0) -> Workshop:
    w = Workshop()
    w = e.add_political_body(w, "Regionala utvecklingsnämnden", body_id="run")
    w = e.add_administrative_body(w, "Regional utveckling", body_id="ru")
    for branch in (Branch.BILDNING, Branch.KULTUR, Branch.PLAN, Branch.NARINGSLIV):
        w = e.place_branch(w, branch, Lane.POLITICAL, "run")
        w = e.place_branch(w, branch, Lane.ADMINISTRATIVE, "ru")
    w = e.place_branch(w, Branch.FOLKHALSA, Lane.POLITICAL, "rs")
    w = e.set_outside_remit(w, Branch.MILJO, True)
    for n in range(empty_bodies):
        w = e.add_political_body(w, f"Nämnd {n} för något annat", body_id=f"n{n}")
    return w


def content(w: Workshop, **more: object) -> OrganisationContent:
    from dataclasses import replace

    return replace(organisation_content(w.organisation, NAMES, TEXTS), **more)  # type: ignore[arg-type]


def check(layout: OrganisationLayout) -> None:
    """Chips inside the box that holds them, over no other chip; boxes over no other box;
    everything inside the layout's width and height."""
    bounds = Box(0, 0, layout.width, layout.height)
    for box in layout.boxes.values():
        assert box.inside(bounds)
    for a, b in itertools.combinations(layout.boxes.values(), 2):
        assert not a.overlaps(b), (a, b)
    for (_branch, area), chip in layout.chips.items():
        holders = [b for (a, _k), b in layout.boxes.items() if a == area and chip.inside(b)]
        assert len(holders) == 1, chip
    for a, b in itertools.combinations(layout.chips.values(), 2):
        assert not a.overlaps(b), (a, b)


@pytest.mark.parametrize("width", [400.0, 1000.0, 1600.0])
@pytest.mark.parametrize("steady", [True, False])
def test_chips_in_their_boxes_at_any_width(width: float, steady: bool) -> None:
    c = content(workshop(empty_bodies=5))
    layout = organisation_layout(c, width, Metrics(c), steady=steady)
    check(layout)
    (px, py), (ax, ay) = layout.titles["political"], layout.titles["administrative"]
    if width >= 1000:
        assert py == ay and ax > px  # side by side
    else:
        assert px == ax and ay > py  # one under the other


def test_held_still_while_the_room_edits() -> None:
    """Steady: the tray keeps a place for every branch within the remit (its holes where
    branches have gone), and a body holding nothing keeps room to drop into."""
    w = workshop(empty_bodies=1)
    c = content(w)
    layout = organisation_layout(c, 1000, Metrics(c), steady=True)
    tray = layout.boxes[("administrative", "tray")]
    left = [b for b in c.lanes[1].tray.held]
    assert left and all(layout.chips[(b, "administrative")].inside(tray) for b in left)
    moved = organisation_layout(
        content(e.place_branch(w, left[0], Lane.ADMINISTRATIVE, "ru")), 1000, Metrics(c), True
    )
    for branch in left[1:]:  # nothing else in the tray moved
        assert moved.chips[(branch, "administrative")] == layout.chips[(branch, "administrative")]
    empty = layout.boxes[("political", "n0")]
    assert empty.h >= CHIP_H + PAD


def test_as_the_projector_shows_it() -> None:
    """Not steady: an empty tray takes no room, the bodies holding nothing are their names
    in rows (or, aside, left to the text beside the canvas, their boxes not drawn)."""
    w = workshop(empty_bodies=6)
    for branch in Branch:
        if branch is not Branch.MILJO:
            w = e.place_branch(w, branch, Lane.ADMINISTRATIVE, "ru")
    c = content(w)
    layout = organisation_layout(c, 1400, Metrics(c))
    check(layout)
    assert ("administrative", "tray") not in layout.boxes
    names = [layout.boxes[("political", f"n{n}")] for n in range(6)]
    assert len({b.y for b in names}) < 6  # side by side in rows, not a column each
    aside = organisation_layout(c, 1400, Metrics(c), aside=True)
    assert aside.aside == {"political": [f"Nämnd {n} för något annat" for n in range(6)]}
    assert not any(("political", f"n{n}") in aside.boxes for n in range(6))


@pytest.mark.parametrize("empty_bodies", [0, 12])
def test_a_note_s_callout_at_its_body_s_foot_over_no_word(empty_bodies: int) -> None:
    """The notes pinned to a body are called out at its foot inside it, in room it keeps
    for them: over no name, no branch and no other callout (at the limits they hid the
    bodies' names)."""
    w = workshop(empty_bodies=empty_bodies)
    notes = {"rs": [1, 4], "run": [2], "ru": [3, 5, 6]}
    if empty_bodies:
        notes["n3"] = [7, 8]
    drawing = organisation_drawing(content(w, notes=notes), 1000, PX, measure)
    callouts = drawing.words(Role.CALLOUT)
    assert sorted(int(c.text) for c in callouts) == sorted(n for ns in notes.values() for n in ns)
    words = [w for w in drawing.words() if w.role is not Role.CALLOUT]
    for callout in callouts:
        for word in words:
            assert not callout.box.overlaps(word.box), (callout.text, word.text)
    for a, b in itertools.combinations(callouts, 2):
        assert not a.box.overlaps(b.box)
    for word in drawing.words():
        assert word.box.x >= -4 and word.box.x + word.box.w <= drawing.width + 4
        assert word.box.y >= -4 and word.box.y + word.box.h <= drawing.height + 4


def test_the_figure_draws_the_layout_s_every_box_and_chip() -> None:
    w = workshop()
    c = content(w)
    drawing = organisation_drawing(c, 1000, PX, measure)
    layout = organisation_layout(c, 1000, Metrics(c))
    texts = [word.text.replace("\n", " ") for word in drawing.words()]
    assert "Regionala utvecklingsnämnden" in texts and "Utanför regionens uppdrag" in texts
    assert texts.count("Bildning") == 2 and texts.count("Miljo") == 1
    assert (drawing.width, drawing.height) == (layout.width, layout.height)
