"""The role map, driven by real mouse and key events through the view."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtTest import QTest

from regionroll_desktop.analysis.roles import weights_at
from regionroll_desktop.canvases.roles.canvas import RolesCanvas
from regionroll_desktop.canvases.roles.scene import SIDE
from regionroll_desktop.model import MatrixPosition, Moment, RegionChoice, Role
from regionroll_desktop.model import edits as e

from .mouse import drag


@pytest.fixture
def canvas(shown) -> RolesCanvas:  # type: ignore[no-untyped-def]
    w = e.new_workshop(RegionChoice(code="04", name="Sörmland"))
    w = e.set_role_weights(w, "today", weights_at(0.2, 0.2))
    return shown(RolesCanvas, w, (1100, 700))  # type: ignore[no-any-return]


def at_map(canvas: RolesCanvas, x: float, y: float):  # type: ignore[no-untyped-def]
    return canvas.view.mapFromScene(QPointF(x * SIDE, y * SIDE))


def test_dragging_the_today_marker_sets_the_weights(canvas: RolesCanvas) -> None:
    drag(canvas.view, at_map(canvas, 0.2, 0.2), at_map(canvas, 0.9, 0.8))
    today = canvas.session.workshop.implementation.today
    assert today is not None and today.main_role is Role.KAPACITETSBYGGAREN
    assert abs(today.kapacitetsbyggaren - 0.72) < 0.05
    assert canvas.session.undo_stack.count() == 1
    assert "Kapacitetsbyggaren" in canvas.boxes["today"].main.text()
    assert canvas.boxes["today"].spins[Role.KAPACITETSBYGGAREN].value() > 60
    canvas.session.undo_stack.undo()
    assert canvas.session.workshop.implementation.today == weights_at(0.2, 0.2)
    canvas.session.undo_stack.redo()
    assert canvas.session.workshop.implementation.today == today


def test_ambition_is_placed_typed_and_nudged(canvas: RolesCanvas, qtbot) -> None:  # type: ignore[no-untyped-def]
    box = canvas.boxes["ambition"]
    qtbot.mouseClick(box.toggle, Qt.MouseButton.LeftButton)
    ambition = canvas.session.workshop.implementation.ambition
    assert ambition is not None and abs(ambition.finansiaren - 0.25) < 1e-9
    assert canvas.scene.arrow.isVisible()
    box.spins[Role.NATVERKAREN].setValue(70)  # typed weights are normalised to 100 %
    ambition = canvas.session.workshop.implementation.ambition
    assert ambition is not None and ambition.main_role is Role.NATVERKAREN
    box.active.setChecked(True)
    canvas.view.setFocus()
    QTest.keyClick(canvas.view.viewport(), Qt.Key.Key_Right)
    QTest.keyClick(canvas.view.viewport(), Qt.Key.Key_Right)
    steps = canvas.session.undo_stack.count()
    assert steps == 3  # place, typed, one merged run of nudges
    qtbot.mouseClick(box.toggle, Qt.MouseButton.LeftButton)
    assert canvas.session.workshop.implementation.ambition is None
    assert not canvas.scene.arrow.isVisible()


def test_prompts_appear_and_name_the_deck(canvas: RolesCanvas) -> None:
    assert "Inga frågor" in canvas.prompts.text()
    canvas.session.apply("a", lambda w: e.set_role_weights(w, "ambition", weights_at(1, 1)))
    canvas.session.apply(
        "m",
        lambda w: e.set_matrix_position(
            w, "today", MatrixPosition(capital_per_capita=-0.5, proactivity=0.2)
        ),
    )
    text = canvas.prompts.text()
    assert "var ska kapitalet komma ifrån" in text.lower()
    assert "investerar eget kapital" in text
    canvas.session.undo_stack.undo()
    assert "Inga frågor" in canvas.prompts.text()


def test_a_click_on_a_role_shows_its_description(canvas: RolesCanvas, qtbot) -> None:  # type: ignore[no-untyped-def]
    point = at_map(canvas, 0.75, 0.25)
    qtbot.mouseClick(canvas.view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert canvas.description_box.title() == "Utföraren"
    assert "sårbarhet" in canvas.description.text()
    assert "klassificera" in canvas.scene.note.toPlainText()


def test_the_room_names_and_weighs_another_role(canvas: RolesCanvas, qtbot) -> None:  # type: ignore[no-untyped-def]
    """The deck: "det finns sannolikt fler roller"; the room may name one and weigh it."""
    box = canvas.other_role
    assert "sannolikt fler roller" in box.deck.text() and "Appens regel" in box.rule.text()
    assert not box.shares["today"].isEnabled()  # nothing to weigh before a role is named
    box.name.setFocus()
    qtbot.keyClicks(box.name, "  Kunskapsnoden ")
    qtbot.keyClick(box.name, Qt.Key.Key_Return)
    other = canvas.session.workshop.implementation.other_role
    assert other is not None and other.name == "Kunskapsnoden" and other.today is None
    assert box.shares["today"].isEnabled() and box.shares["today"].text() == "inte angivet"
    box.shares["today"].setValue(20)
    box.shares["ambition"].setValue(35)
    other = canvas.session.workshop.implementation.other_role
    assert other is not None and (other.today, other.ambition) == (20, 35)
    # The main role stays among the deck's four: the weights on the map are untouched.
    assert canvas.session.workshop.implementation.today == weights_at(0.2, 0.2)
    box.name.clear()
    box.name.editingFinished.emit()
    assert canvas.session.workshop.implementation.other_role is None
    assert box.name.text() == "" and not box.shares["ambition"].isEnabled()
    canvas.session.undo_stack.undo()
    assert box.name.text() == "Kunskapsnoden" and box.shares["ambition"].value() == 35


@pytest.mark.parametrize("role", list(Role))
def test_a_roles_name_gives_way_to_a_marker_on_it(shown, role: Role) -> None:  # type: ignore[no-untyped-def]
    """A marker standing on a role's name (at the map's outer edge) moves the name to its
    quadrant's inner edge, as the figures do: the room reads the role it stands in (the
    name lay under the marker, on the editor and the projector)."""
    from regionroll_desktop.canvases.roles.scene import CORNERS

    col, row = CORNERS[role]
    x, y = 0.25 + 0.5 * col, 0.04 if row == 0 else 0.96  # on the name's usual place
    w = e.set_role_weights(
        e.new_workshop(RegionChoice(code="04", name="Sörmland")), "today", weights_at(x, y)
    )
    canvas = shown(RolesCanvas, w, (1100, 700))
    scene = canvas.scene
    marker = scene.markers[Moment.TODAY]
    rim = marker.mapRectToScene(marker.rect())
    name = scene.names[role].sceneBoundingRect()
    assert not name.intersects(rim), (name, rim)
    quadrant = QRectF(col * SIDE / 2, row * SIDE / 2, SIDE / 2, SIDE / 2)
    assert quadrant.contains(name)  # still in its own role
    for other in set(Role) - {role}:  # the others where they always are: at the outer edge
        _, r = CORNERS[other]
        box = scene.names[other].sceneBoundingRect()
        assert (box.top() < SIDE / 4) if r == 0 else (box.bottom() > SIDE * 3 / 4), other
