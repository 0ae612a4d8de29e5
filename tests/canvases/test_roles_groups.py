"""Groups' own markers on the role map: placed, dragged with real mouse events, their spread
told in roles, and one group's weights or their centre adopted in one undo step."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtTest import QTest

from regionroll_desktop.analysis.roles import weights_at
from regionroll_desktop.canvases.markers import GroupMark
from regionroll_desktop.canvases.roles.canvas import RolesCanvas
from regionroll_desktop.canvases.roles.scene import SIDE
from regionroll_desktop.model import RegionChoice, Role
from regionroll_desktop.model import edits as e

from .mouse import drag


@pytest.fixture
def canvas(shown) -> RolesCanvas:  # type: ignore[no-untyped-def]
    w = e.new_workshop(RegionChoice(code="04", name="Sörmland"))
    for gid, name in (("a", "Grupp A"), ("b", "Grupp B")):
        w = e.add_group(w, name, group_id=gid)
    return shown(RolesCanvas, w, (1100, 760))  # type: ignore[no-any-return]


def at_map(canvas: RolesCanvas, x: float, y: float):  # type: ignore[no-untyped-def]
    return canvas.view.mapFromScene(QPointF(x * SIDE, y * SIDE))


def test_a_group_drags_its_own_role_marker(canvas: RolesCanvas) -> None:
    session = canvas.session
    QTest.mouseClick(canvas.groups_box.rows["a"][1], Qt.MouseButton.LeftButton)
    marker = canvas.scene.group_markers[GroupMark("a")]
    start = canvas.view.mapFromScene(marker.scenePos())
    drag(canvas.view, start, at_map(canvas, 0.1, 0.9))
    weights = session.workshop.implementation.group_weights("a", "today")
    assert weights is not None and weights.main_role is Role.NATVERKAREN
    assert session.workshop.implementation.today is None  # the workshop's answer is untouched
    assert session.undo_stack.count() == 2  # placed, moved


def test_the_groups_centre_is_adopted_in_one_step(canvas: RolesCanvas) -> None:
    session = canvas.session
    session.apply("g", lambda w: e.set_group_roles(w, "a", "today", weights_at(0.9, 0.1)))
    session.apply("g", lambda w: e.set_group_roles(w, "b", "today", weights_at(0.8, 0.2)))
    summary = canvas.groups_box.summary.text()
    assert "överens" in summary and "Utföraren" in summary
    assert canvas.scene.group_centre.isVisible()
    QTest.mouseClick(canvas.groups_box.adopt_centre, Qt.MouseButton.LeftButton)
    today = session.workshop.implementation.today
    assert today is not None
    assert today.as_dict() == pytest.approx(weights_at(0.85, 0.15).as_dict())
    session.undo_stack.undo()
    assert session.workshop.implementation.today is None
    QTest.mouseClick(canvas.groups_box.rows["b"][2], Qt.MouseButton.LeftButton)
    assert session.workshop.implementation.today == weights_at(0.8, 0.2)
