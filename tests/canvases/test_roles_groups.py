"""Groups' own markers on the role map: placed, dragged with real mouse events, their spread
told in roles, and one group's weights or their centre adopted in one undo step."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from regionroll_desktop.analysis.matrix import Box, segment_boxes
from regionroll_desktop.analysis.roles import weights_at
from regionroll_desktop.canvases.markers import GroupMark
from regionroll_desktop.canvases.roles.canvas import RolesCanvas
from regionroll_desktop.canvases.roles.scene import SIDE
from regionroll_desktop.model import RegionChoice, Role
from regionroll_desktop.model import edits as e

from ..figures.test_matrix_figure import distance, numbers_in
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


def test_a_groups_role_marker_moves_by_keyboard_alone(canvas: RolesCanvas) -> None:
    session, box = canvas.session, canvas.groups_box
    QTest.keyClick(box.rows["a"][1], Qt.Key.Key_Space)  # place
    start = session.workshop.implementation.group_weights("a", "today")
    arrows = box.arrow_button("a")
    assert start is not None and arrows is not None
    QTest.keyClick(arrows, Qt.Key.Key_Space)
    assert not canvas.boxes["today"].active.isChecked()
    steps = session.undo_stack.count()
    canvas.view.setFocus()
    for _ in range(2):
        QTest.keyClick(canvas.view.viewport(), Qt.Key.Key_Left)
    moved = session.workshop.implementation.group_weights("a", "today")
    assert moved is not None and moved != start
    assert session.undo_stack.count() == steps + 1
    assert session.workshop.implementation.today is None
    canvas.boxes["ambition"].active.click()  # the workshop's own marker takes the keys back
    assert canvas.groups.arrow_target is None and not arrows.isChecked()


def _names_stay_with_their_markers(canvas: RolesCanvas) -> list[str]:
    """Every marker's name beside it inside the map, touching its marker or its middle in its
    own role's quadrant (the figures' rule), over no other name, marker or role's name; or,
    where there is no room, a number on the marker that the legend names. Returns the
    legend's lines."""
    from regionroll_desktop.analysis.matrix import Box
    from regionroll_desktop.canvases.roles.scene import SIDE
    from regionroll_desktop.figures.matrix import own_quadrant

    scene = canvas.scene
    markers = [m for m in (*scene.markers.values(), *scene.group_markers.values()) if m.isVisible()]
    names = [m.label.sceneBoundingRect() for m in markers if m.label.isVisible()]
    rims = [m.mapRectToScene(m.rect()) for m in markers]
    roles = [n.sceneBoundingRect() for n in scene.names.values()]
    # The legend under the map, or beside it (the editor's panel, the projector's side).
    text = scene.legend.toPlainText() if scene.legend.isVisible() else ""
    text = "\n".join([text, *canvas.aside.lines]).replace("\u00a0", " ")
    legend = [line for line in text.splitlines() if line]
    for marker in markers:
        if marker.label.isVisible():
            name = marker.label.sceneBoundingRect()
            at = (marker.pos().x(), marker.pos().y())
            q = own_quadrant(Box(0, 0, SIDE, SIDE), at, marker.rect().width() / 2)
            middle = name.center()
            own = marker.mapRectToScene(marker.rect())
            touching = name.adjusted(-4, -4, 4, 4).intersects(own)
            assert touching or q.x <= middle.x() <= q.x + q.w, marker.label.text()
            assert touching or q.y <= middle.y() <= q.y + q.h, marker.label.text()
            assert name.left() >= 0 and name.right() <= SIDE, marker.label.text()
            assert name.top() >= 0 and name.bottom() <= SIDE, marker.label.text()
            others = [r for r in (*names, *rims, *roles) if r != name]
            own = marker.mapRectToScene(marker.rect())
            assert not [r for r in others if r != own and r.intersects(name)], marker.label.text()
        else:
            # Its number in its own disc, or in a crowd's disc of runs ("1–30").
            assert marker.number is not None
            badges = [numbers_in(m.badge_text.text()) for m in markers if m.badge.isVisible()]
            assert any(marker.number in shown for shown in badges)
            assert f"{marker.number} {' '.join(marker.label.text().split())}" in legend
    return legend


def test_names_beside_the_markers_never_run_into_each_other(shown) -> None:  # type: ignore[no-untyped-def]
    """Crowded markers in a small map: every name beside its marker over nothing, or a
    number and a line in the legend (a name is never drawn across another role's quadrant
    or over another name, issue #34)."""
    w = e.new_workshop(RegionChoice(code="04", name="Sörmland"))
    for gid, name in (("a", "Grupp A"), ("b", "Grupp B"), ("c", "Grupp C"), ("d", "Grupp D")):
        w = e.add_group(w, name, group_id=gid)
    w = e.set_role_weights(w, "today", weights_at(0.3, 0.3))
    w = e.set_role_weights(w, "ambition", weights_at(0.36, 0.3))
    for n, gid in enumerate("abcd"):
        w = e.set_group_roles(w, gid, "today", weights_at(0.28 + 0.03 * n, 0.33))
    canvas: RolesCanvas = shown(RolesCanvas, w, (700, 500))
    assert all(m.isVisible() for m in canvas.scene.group_markers.values())
    legend = _names_stay_with_their_markers(canvas)
    assert legend and canvas.scene.legend.isVisible()


@pytest.mark.parametrize(
    "spots",
    [
        [(0.5, 0.5)] * 6,  # every marker on one spot, on both axes
        [(0.0, 0.0), (1.0, 1.0), (1.0, 0.0), (0.0, 1.0), (0.5, 0.02), (0.02, 0.5)],  # corners
        [(0.49, 0.3), (0.51, 0.3), (0.49, 0.7), (0.51, 0.7), (0.3, 0.5), (0.7, 0.5)],  # axes
    ],
)
def test_crowded_and_edge_markers_keep_their_names(shown, spots) -> None:  # type: ignore[no-untyped-def]
    w = e.new_workshop(RegionChoice(code="04", name="Sörmland"))
    for gid in "abcd":
        w = e.add_group(w, f"Grupp {gid.upper()}", group_id=gid)
    (tx, ty), (ax, ay), *groups = spots
    w = e.set_role_weights(w, "today", weights_at(tx, ty))
    w = e.set_role_weights(w, "ambition", weights_at(ax, ay))
    for gid, (x, y) in zip("abcd", groups, strict=True):
        w = e.set_group_roles(w, gid, "today", weights_at(x, y))
    for size in ((700, 500), (1100, 760)):
        canvas: RolesCanvas = shown(RolesCanvas, w, size)
        _names_stay_with_their_markers(canvas)


def test_a_legend_longer_than_a_column_goes_beside_the_map(shown) -> None:  # type: ignore[no-untyped-def]
    """Thirty groups on one spot: their names are numbered and the legend's lines go beside
    the map, in the editor's panel ("Markörer med nummer") and projected to the text beside
    it (`aside`), and the map keeps the view (in columns under the map its type was a third
    of the room's smallest, and the map shrank to a third of the editor's view, issue
    #34)."""
    w = e.new_workshop(RegionChoice(code="04", name="Sörmland"))
    for n in range(30):
        w = e.add_group(w, f"Grupp {n}", group_id=f"g{n}")
        w = e.set_group_roles(w, f"g{n}", "today", weights_at(0.3, 0.3))
    canvas: RolesCanvas = shown(RolesCanvas, w, (1100, 760))
    assert not canvas.scene.legend.isVisible() and canvas.scene.sceneRect().height() < SIDE * 1.2
    assert canvas.legend_box.isVisible() and canvas.legend_box.title() == "Markörer med nummer"
    assert canvas.legend.text().splitlines() == canvas.aside.lines
    assert canvas.legend.textFormat() == Qt.TextFormat.PlainText
    canvas.present(2.0, 24.0)
    QTest.qWait(50)
    assert not canvas.scene.legend.isVisible()
    lines = canvas.aside.lines
    assert len(lines) > 14 and lines[0].startswith("1\u00a0")
    numbered = [m for m in canvas.scene.group_markers.values() if m.number is not None]
    # (A number and its name, and each part in parentheses, kept on one line: "(i dag)".)
    assert {
        f"{m.number}\u00a0{m.label.text()}".replace("(i dag)", "(i\u00a0dag)") for m in numbered
    } <= set(lines)
    # The map alone in the scene: it fills the view's height.
    rect = canvas.scene.sceneRect()
    assert rect.height() < SIDE * 1.2


def test_a_crowd_on_one_spot_shares_one_badge(shown) -> None:  # type: ignore[no-untyped-def]
    """Thirty groups on one spot of the editor's map: numbered whole, their numbers in one
    badge as runs ("1–30"), as the figures draw them (thirty badges lay on one rim spot)."""
    w = e.new_workshop(RegionChoice(code="04", name="Sörmland"))
    for n in range(1, 31):
        w = e.add_group(w, f"Grupp {n:02}", group_id=f"g{n}")
        w = e.set_group_roles(w, f"g{n}", "today", weights_at(0.3, 0.3))
    canvas: RolesCanvas = shown(RolesCanvas, w, (1000, 700))
    badges = [m for m in canvas.scene.group_markers.values() if m.badge.isVisible()]
    assert len(badges) == 1
    assert numbers_in(badges[0].badge_text.text()) == list(range(1, 31))
    assert not any(m.label.isVisible() for m in canvas.scene.group_markers.values())
    # Beside the marker, over none of it (reaching in from the rim, it lay over the
    # marker's initials).
    marker = badges[0]
    badge = marker.badge.mapRectToScene(marker.badge.rect())
    centre, r = marker.scenePos(), marker.mapRectToScene(marker.rect()).width() / 2
    assert distance(Box(*badge.getRect()), (centre.x(), centre.y())) >= r
    _names_stay_with_their_markers(canvas)


def test_a_crowds_badge_keeps_off_the_rooms_arrow(shown) -> None:  # type: ignore[no-untyped-def]
    """Thirty groups on one spot and the room's arrow passing where the crowd's badge would
    be (up and to the right of its marker): the badge goes round the rim, over neither the
    arrow nor the marker, as the figures place it (it lay over the arrow)."""
    from regionroll_desktop.model import Moment

    w = e.new_workshop(RegionChoice(code="04", name="Sörmland"))
    for n in range(1, 31):
        w = e.add_group(w, f"Grupp {n:02}", group_id=f"g{n}")
        w = e.set_group_roles(w, f"g{n}", "today", weights_at(0.3, 0.3))
    canvas: RolesCanvas = shown(RolesCanvas, w, (1000, 700))
    (marker,) = [m for m in canvas.scene.group_markers.values() if m.badge.isVisible()]
    badge = marker.badge.mapRectToScene(marker.badge.rect())
    y = badge.center().y() / SIDE  # the arrow across the map through where the badge was
    arrow = (weights_at(0.02, y), weights_at(0.98, y))
    canvas.session.apply(
        "arrow",
        lambda w: e.set_role_weights(
            e.set_role_weights(w, Moment.TODAY, arrow[0]), Moment.AMBITION, arrow[1]
        ),
    )
    QApplication.processEvents()
    assert canvas.scene.arrow.isVisible()
    (marker,) = [m for m in canvas.scene.group_markers.values() if m.badge.isVisible()]
    badge = marker.badge.mapRectToScene(marker.badge.rect())
    box = Box(badge.x(), badge.y(), badge.width(), badge.height())
    line = (canvas.scene.markers[Moment.TODAY].pos(), canvas.scene.markers[Moment.AMBITION].pos())
    assert abs(line[0].y() - line[1].y()) < 1 and not (box.y < line[0].y() < box.y + box.h)
    centre, r = marker.scenePos(), marker.rect().width() / 2
    assert distance(box, (centre.x(), centre.y())) >= r


def test_a_crowd_in_a_corner_never_numbered_over_a_role_s_name(shown) -> None:  # type: ignore[no-untyped-def]
    """Today and four groups in Finansiären's corner, the arrow leaving it towards the
    ambition: the crowd's badge hides neither the role's name ("1–4" lay over
    "Finansiären") nor the arrow, beside the corner on the scene round the map (kept to
    the map, the arrow's way in was its only room, and the badge lay on the arrow)."""
    from regionroll_desktop.model import Moment

    w = e.new_workshop(RegionChoice(code="04", name="Sörmland"))
    corner = weights_at(0.0, 0.0)
    w = e.set_role_weights(w, Moment.TODAY, corner)
    w = e.set_role_weights(w, Moment.AMBITION, weights_at(0.7, 0.8))
    for n in range(1, 4):
        w = e.add_group(w, f"Grupp {n:02}", group_id=f"g{n}")
        w = e.set_group_roles(w, f"g{n}", "today", corner)
    canvas: RolesCanvas = shown(RolesCanvas, w, (880, 600))
    canvas.present(1.6, 18.0)
    QTest.qWait(50)
    scene = canvas.scene
    markers = [*scene.markers.values(), *scene.group_markers.values()]
    badges = [m.badge.mapRectToScene(m.badge.rect()) for m in markers if m.badge.isVisible()]
    assert badges, "the case: the crowd numbered"
    for name in scene.names.values():
        assert not [b for b in badges if b.intersects(name.sceneBoundingRect())], name.text()
    today, ambition = scene.markers[Moment.TODAY].pos(), scene.markers[Moment.AMBITION].pos()
    arrow = segment_boxes((today.x(), today.y()), (ambition.x(), ambition.y()))
    for badge in badges:
        box = Box(*badge.getRect())
        assert not [a for a in arrow if a.overlaps(box)]
        assert scene.sceneRect().contains(badge)
        assert distance(box, (today.x(), today.y())) < badge.height() + 30  # beside it


def test_two_crowds_of_alternating_groups_keep_short_badges(shown) -> None:  # type: ignore[no-untyped-def]
    """Groups alternating between two spots: each crowd numbered one after another, its
    badge one run ("1–15"), and the legend in the numbers' order ("2, 4, 6, 8, …" ran off
    the projected map at the limits)."""
    w = e.new_workshop(RegionChoice(code="04", name="Sörmland"))
    for n in range(1, 31):
        w = e.add_group(w, f"Grupp {n:02}", group_id=f"g{n}")
        w = e.set_group_roles(w, f"g{n}", "today", weights_at(0.3 + 0.4 * (n % 2), 0.3))
    canvas: RolesCanvas = shown(RolesCanvas, w, (1000, 700))
    badges = [m for m in canvas.scene.group_markers.values() if m.badge.isVisible()]
    runs = sorted(numbers_in(m.badge_text.text()) for m in badges)
    assert runs == [list(range(1, 16)), list(range(16, 31))]
    legend = re.findall(r"(\d+)\s+Grupp", "\n".join(canvas.aside.lines))
    assert [int(n) for n in legend] == list(range(1, 31))  # beside the map, in order


def test_a_narrow_legend_breaks_its_lines_between_words(shown) -> None:  # type: ignore[no-untyped-def]
    """Seven groups named by a long word round one spot, the legend by a map in a small
    view: its lines break between words only, a word longer than the legend's column would
    be whole (it widens the column: "förtroendevald" and "a" stood on two lines), and never
    inside "(i dag)"."""
    w = e.new_workshop(RegionChoice(code="04", name="Sörmland"))
    for n in range(7):
        w = e.add_group(w, f"{n} Regionutvecklingsförvaltningen", group_id=f"g{n}")
        near = weights_at(0.3 + 0.05 * (n % 3), 0.3 + 0.05 * (n // 3))  # a marker apart
        w = e.set_group_roles(w, f"g{n}", "today", near)
    canvas: RolesCanvas = shown(RolesCanvas, w, (1000, 420))
    legend = canvas.scene.legend
    assert legend.isVisible()
    document = legend.document()
    text = legend.toPlainText()
    assert "Regionutvecklingsförvaltningen (i dag)" in text
    block = document.begin()
    breaks = 0
    while block.isValid():
        layout, words = block.layout(), block.text()
        for n in range(layout.lineCount() - 1):
            line = layout.lineAt(n)
            end = line.textStart() + line.textLength()
            breaks += 1
            assert words[end - 1] == " " or words[end] == " ", (words[:end], words[end:])
        block = block.next()
    assert breaks, "the legend's lines break"
