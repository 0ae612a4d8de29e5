"""The two maps projected on a small screen (a 1024×600 projector gives each about 700×470):
a number's disc on a group's marker never lies over the group's initial, as in the figures
(`figures.matrix.cores`: centred on a small marker's rim, a "3" hid the "B" it numbered);
the groups' initials and the roles' names keep the room's type (16 and 17.9 px were
drawn for 18)."""

from __future__ import annotations

import math
from pathlib import Path

from PySide6.QtCore import QRectF
from PySide6.QtTest import QTest

from regionroll_desktop.canvases.financing.canvas import FinancingCanvas
from regionroll_desktop.canvases.roles.canvas import RolesCanvas
from regionroll_desktop.canvases.roles.scene import SIDE
from regionroll_desktop.storage import load_workshop

SAMPLE = Path(__file__).parents[2] / "resources" / "samples" / "exempel.regionroll.json"


def letters(centre: tuple[float, float], initial: str, px: float) -> QRectF:
    """A bold capital's box at the marker's middle, as large as its initial is drawn
    (DejaVu Sans Bold: about 0.7 of the type's size wide, 0.73 tall)."""
    w, h = 0.7 * px * len(initial), 0.73 * px
    return QRectF(centre[0] - w / 2, centre[1] - h / 2, w, h)


def clear_of(disc: QRectF, box: QRectF) -> bool:
    """Whether the disc drawn in `disc` (a circle) leaves `box` uncovered."""
    cx, cy = disc.center().x(), disc.center().y()
    x = min(max(cx, box.left()), box.right())
    y = min(max(cy, box.top()), box.bottom())
    return math.dist((cx, cy), (x, y)) >= min(disc.width(), disc.height()) / 2 - 0.5


def test_the_matrix_s_discs_keep_off_the_groups_initials(shown) -> None:  # type: ignore[no-untyped-def]
    canvas = shown(FinancingCanvas, load_workshop(SAMPLE), (700, 470))
    canvas.present(1.0, 18.0)
    QTest.qWait(50)
    plot = canvas.plot
    markers = [m for m in plot._all_markers() if m.isVisible() and m.initial]
    discs = [e.rect for e in plot.numbers.entries()]
    assert discs and markers, "the case: the groups' markers numbered"
    for marker in markers:
        centre = (marker.scenePos().x(), marker.scenePos().y())
        box = letters(centre, marker.initial, max(8, round(marker.scale * 0.55)))  # as drawn
        assert all(clear_of(disc, box) for disc in discs), marker.initial


def test_the_role_map_s_badges_keep_off_the_groups_initials(shown) -> None:  # type: ignore[no-untyped-def]
    canvas = shown(RolesCanvas, load_workshop(SAMPLE), (700, 470))
    canvas.present(1.0, 18.0)
    QTest.qWait(50)
    scene = canvas.scene
    markers = [m for m in scene.group_markers.values() if m.isVisible()]
    badges = [m.badge.mapRectToScene(m.badge.rect()) for m in markers if m.badge.isVisible()]
    assert badges, "the case: the groups' markers numbered"
    for marker in markers:
        px = marker.initial.font().pixelSize() * marker.sceneTransform().m22()
        at = marker.scenePos()
        box = letters((at.x(), at.y()), marker.initial.text(), px)
        assert all(clear_of(badge, box) for badge in badges), marker.initial.text()


def test_the_matrix_s_initials_keep_the_room_s_type(shown) -> None:  # type: ignore[no-untyped-def]
    canvas = shown(FinancingCanvas, load_workshop(SAMPLE), (700, 470))
    canvas.present(0.8, 18.0)
    QTest.qWait(50)
    markers = [m for m in canvas.plot._all_markers() if m.isVisible() and m.initial]
    assert markers and all(m.initial_px >= 18 for m in markers)


def test_the_role_map_s_names_keep_the_room_s_type(shown) -> None:  # type: ignore[no-untyped-def]
    canvas = shown(RolesCanvas, load_workshop(SAMPLE), (700, 470))
    canvas.present(0.8, 18.0)
    QTest.qWait(50)
    scene = canvas.scene
    for name in scene.names.values():
        px = name.font().pointSizeF() * 96 / 72 * name.sceneTransform().m22()
        drawn = px * canvas.view.transform().m22()
        assert drawn >= 18 - 0.05, name.text()
        # Inside its quadrant still: the four names never run into each other.
        assert name.sceneBoundingRect().width() <= SIDE / 2, name.text()


def test_a_side_s_word_moved_in_past_the_ambition_never_runs_under_the_other(shown) -> None:  # type: ignore[no-untyped-def]
    """Today in a corner, the ambition on the middle line near the reactive edge, the arrow
    between them: "Mer reaktivt kapital" moves in past the ambition and "Mer proaktivt
    kapital" keeps off it (drawn over it, the room read "Mer reaktivt kapit" at 1280×720)."""
    from regionroll_desktop.model import Moment
    from regionroll_desktop.model import edits as e
    from regionroll_desktop.model.values import MatrixPosition

    w = load_workshop(SAMPLE)
    w = e.set_matrix_position(w, Moment.TODAY, MatrixPosition(capital_per_capita=1, proactivity=1))
    ambition = MatrixPosition(capital_per_capita=0, proactivity=-0.6)
    w = e.set_matrix_position(w, Moment.AMBITION, ambition)
    for size in ((880, 600), (1300, 880)):
        canvas = shown(FinancingCanvas, w, size)
        canvas.present(1.6, 18.0)
        QTest.qWait(50)
        axis = [x.rect for x in canvas.plot.texts.entries() if x.kind == "axis"]
        assert len(axis) == 4
        for i, a in enumerate(axis):
            assert not [b for b in axis[i + 1 :] if a.intersects(b)], size
