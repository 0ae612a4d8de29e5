"""The room's other answers where the facilitator works with them: the keys' scores beside
each key (how many, the median, each score's count), the phones' dots beside each target,
and the comments under the parking lot, each parked with one undo step."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QListWidget

from regionroll_desktop.app.main_window import MainWindow
from regionroll_desktop.app.navigation import PAGE_KEYS, PAGE_OUTCOME
from regionroll_desktop.model import Key, Step
from regionroll_desktop.model import edits as e
from regionroll_desktop.model.room import (
    CommentAnswer,
    DotsAnswer,
    KeysAnswer,
    Participant,
    Question,
    RoomRecord,
    record_answer,
)


def the_room(window: MainWindow) -> None:
    session = window.session
    session.apply("a", lambda w: e.add_action(w, "En finansieringsplan", action_id="a1"))
    room = RoomRecord()
    for n, score in enumerate((2, 3, 3, 4)):
        phone = Participant(id=f"p-{n}")
        scores = KeysAnswer(question=Question.KEYS, scores={Key.ROLL: score})
        room = record_answer(room, phone, scores)
        room = record_answer(room, phone, DotsAnswer(question=Question.DOTS, targets=("a1",)))
    room = record_answer(
        room,
        Participant(id="p-0"),
        CommentAnswer(
            question=Question.COMMENT, text="Vem äger kompetensfrågan?", step=Step.STRATEGI
        ),
    )
    session.record_room(room)


def test_the_keys_show_the_rooms_scores(window: MainWindow) -> None:
    the_room(window)
    window.show_page(PAGE_KEYS)
    findings = window.findChild(QLabel, "keyFindings-roll")
    assert findings is not None
    text = findings.text()
    assert "4 bedömningar" in text and "median 3" in text and "2: 1 · 3: 2 · 4: 1" in text


def test_the_phones_dots_and_comments_on_the_conclusions_page(window: MainWindow) -> None:
    the_room(window)
    window.show_page(PAGE_OUTCOME)
    page = window.outcome_page
    targets = page.voting.targets
    assert targets.isVisible()  # no groups, but the phones voted
    assert "deltagarnas mobiler: 4" in targets.item(0).text()
    comments = window.findChild(QListWidget, "roomComments")
    assert comments is not None and comments.count() == 1
    assert comments.item(0).text().startswith("Vem äger kompetensfrågan?")
    steps = window.session.undo_stack.count()
    assert page.park_room_comment()
    parked = window.session.workshop.outcome.parked
    assert [(q.text, q.step) for q in parked] == [("Vem äger kompetensfrågan?", Step.STRATEGI)]
    assert window.session.undo_stack.count() == steps + 1


def test_the_room_screen_says_how_many_phones_answered_never_who() -> None:
    from regionroll_desktop.app.projector import result_lines
    from regionroll_desktop.model import MatrixPosition
    from regionroll_desktop.model.room import MatrixAnswer

    w = e.new_workshop()
    assert result_lines(w, Step.FINANSIERING) == []
    room = RoomRecord()
    for n in range(3):
        answer = MatrixAnswer(
            question=Question.MATRIX_AMBITION,
            position=MatrixPosition(capital_per_capita=0.1 * n, proactivity=0.2),
        )
        room = record_answer(room, Participant(id=f"p-{n}", nickname=f"Namn{n}"), answer)
    w = w.model_copy(update={"room": room})
    (line,) = result_lines(w, Step.FINANSIERING)
    assert line == "Deltagarnas mobiler har svarat: 0 för i dag, 3 för ambitionen"
    assert "Namn" not in " ".join(result_lines(w, Step.GENOMFORANDEPRAKTIK))
