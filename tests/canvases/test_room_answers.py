"""The room's answers from its phones on the capital matrix and the role map: a dot each,
their centre, counted in words (never who), and the centre adopted as the workshop's answer
in one undo step; new answers show as they arrive."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtTest import QTest

from regionroll_desktop.analysis.roles import position_of, weights_at
from regionroll_desktop.canvases.financing.canvas import FinancingCanvas
from regionroll_desktop.canvases.roles.canvas import RolesCanvas
from regionroll_desktop.model import MatrixPosition, Moment, RegionChoice, Workshop
from regionroll_desktop.model import edits as e
from regionroll_desktop.model.room import (
    MatrixAnswer,
    Participant,
    Question,
    RolesAnswer,
    RoomRecord,
    record_answer,
)


def answered(positions: list[tuple[float, float]], roles: list[tuple[float, float]]) -> Workshop:
    room = RoomRecord()
    for n, (capital, proactivity) in enumerate(positions):
        answer = MatrixAnswer(
            question=Question.MATRIX_TODAY,
            position=MatrixPosition(capital_per_capita=capital, proactivity=proactivity),
        )
        room = record_answer(room, Participant(id=f"p-{n}"), answer)
    for n, (x, y) in enumerate(roles):
        answer = RolesAnswer(question=Question.ROLES_AMBITION, weights=weights_at(x, y))
        room = record_answer(room, Participant(id=f"q-{n}"), answer)
    w = e.new_workshop(RegionChoice(code="04", name="Sörmland"))
    return w.model_copy(update={"room": room})


def test_the_matrix_shows_the_rooms_answers_and_adopts_their_centre(shown) -> None:  # type: ignore[no-untyped-def]
    canvas: FinancingCanvas = shown(FinancingCanvas, answered([(0.2, 0.4), (0.4, 0.6)], []))
    box = canvas.panel.room
    assert box.isVisible()
    assert box.lines[Moment.TODAY].text().startswith("I dag: 2 svar")
    assert "inga svar" in box.lines[Moment.AMBITION].text()
    assert not box.adopt[Moment.AMBITION].isEnabled()
    assert len(canvas.plot.room_points.data) == 2 and len(canvas.plot.room_centres.data) == 1
    session = canvas.session
    box.adopt[Moment.TODAY].click()
    today = session.workshop.financing.today
    assert today is not None
    assert (today.capital_per_capita, today.proactivity) == pytest.approx((0.3, 0.5))
    assert session.undo_stack.count() == 1
    # A new answer arrives (kept apart from undo): drawn at once.
    more = MatrixAnswer(
        question=Question.MATRIX_TODAY,
        position=MatrixPosition(capital_per_capita=-0.5, proactivity=-0.5),
    )
    session.record_room(record_answer(session.workshop.room, Participant(id="p-9"), more))
    assert len(canvas.plot.room_points.data) == 3
    assert box.lines[Moment.TODAY].text().startswith("I dag: 3 svar")


def test_the_role_map_shows_the_rooms_answers_and_adopts_their_centre(shown) -> None:  # type: ignore[no-untyped-def]
    canvas: RolesCanvas = shown(RolesCanvas, answered([], [(0.8, 0.8), (0.6, 0.8)]))
    box = canvas.room_box
    assert box.isVisible() and box.lines[Moment.AMBITION].text().startswith("Ambition: 2 svar")
    assert "Kapacitetsbyggaren" in box.lines[Moment.AMBITION].text()
    points, centre = canvas.scene.room_items[Moment.AMBITION]
    assert not points.path().isEmpty() and not centre.path().isEmpty()
    box.adopt[Moment.AMBITION].click()
    ambition = canvas.session.workshop.implementation.ambition
    assert ambition is not None and position_of(ambition) == pytest.approx((0.7, 0.8))


def test_no_answers_no_box(shown) -> None:  # type: ignore[no-untyped-def]
    canvas: FinancingCanvas = shown(FinancingCanvas, answered([], []))
    assert not canvas.panel.room.isVisible()


def test_one_phones_answer_is_adopted_in_one_undo_step(shown) -> None:  # type: ignore[no-untyped-def]
    """Each answer is listed to choose from: by its place in the order they came when the
    room answered anonymously, by nickname when it chose names; the chosen one becomes the
    workshop's answer for its moment in one undo step, and stays chosen as more arrive."""
    canvas: FinancingCanvas = shown(FinancingCanvas, answered([(0.2, 0.4), (-0.6, 0.8)], []))
    box = canvas.panel.room
    assert [box.one.itemText(n) for n in range(box.one.count())] == [
        "I dag, svar 1",
        "I dag, svar 2",
    ]
    box.one.setCurrentIndex(1)
    assert box.chosen.text().startswith("mycket mer proaktivt kapital, mindre kapital per")
    box.adopt_one.click()
    session = canvas.session
    today = session.workshop.financing.today
    assert today is not None
    assert (today.capital_per_capita, today.proactivity) == pytest.approx((-0.6, 0.8))
    assert session.undo_stack.count() == 1
    assert session.undo_stack.undoText() == "Välj en mobils svar för i dag"
    session.undo_stack.undo()
    assert session.workshop.financing.today is None
    # Anna joins by name and answers for the ambition: listed by her nickname; the choice
    # (answer 2 for today) is kept.
    anna = Participant(id="anna", nickname="Anna")
    ambition = MatrixAnswer(
        question=Question.MATRIX_AMBITION,
        position=MatrixPosition(capital_per_capita=0.5, proactivity=0.5),
    )
    session.record_room(record_answer(session.workshop.room, anna, ambition))
    assert box.one.count() == 3 and box.one.itemText(2) == "Ambition, Anna"
    assert box.one.currentIndex() == 1
    assert box.note.text().endswith(
        "Appens regel: × är medelvärdet av var mobilerna satte sina markörer; en mobils "
        "senaste svar ersätter dess tidigare."
    )


def test_a_click_on_a_phones_dot_chooses_that_answer(shown) -> None:  # type: ignore[no-untyped-def]
    """On the matrix and on the role map, clicking a phone's dot makes it the chosen answer
    in the list; the button then adopts it (one undo step)."""
    canvas: FinancingCanvas = shown(
        FinancingCanvas, answered([(0.5, -0.5), (-0.5, 0.5)], [(0.2, 0.2), (0.8, 0.7)]), (1100, 700)
    )
    plot, box = canvas.plot, canvas.panel.room
    assert box.one.currentIndex() == 0
    second = plot.mapFromScene(plot.vb.mapViewToScene(QPointF(0.5, -0.5)))  # (x, y) = (pro, cap)
    QTest.mouseClick(plot.viewport(), Qt.MouseButton.LeftButton, pos=second)
    assert box.one.currentIndex() == 1
    box.adopt_one.click()
    today = canvas.session.workshop.financing.today
    assert today is not None and (today.capital_per_capita, today.proactivity) == (-0.5, 0.5)

    roles: RolesCanvas = shown(RolesCanvas, answered([], [(0.2, 0.2), (0.8, 0.7)]), (1100, 700))
    dot = roles.scene.room_points[Moment.AMBITION][1]
    roles.view.ensureVisible(dot.x(), dot.y(), 1, 1)
    QTest.mouseClick(
        roles.view.viewport(), Qt.MouseButton.LeftButton, pos=roles.view.mapFromScene(dot)
    )
    assert roles.room_box.one.currentIndex() == 1
    assert roles.session.undo_stack.count() == 0  # a click on a dot only chooses it
