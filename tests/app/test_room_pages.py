"""The room's other answers where the facilitator works with them: the keys' scores beside
each key (how many, the median, each score's count), the phones' dots beside each target,
and the phones' ideas under the parking lot, each made an action, parked, hidden or merged
with one undo step."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel, QListWidget

from regionroll_desktop.app.main_window import MainWindow
from regionroll_desktop.app.navigation import PAGE_KEYS, PAGE_OUTCOME
from regionroll_desktop.model import IdeaFate, Key, Step
from regionroll_desktop.model import edits as e
from regionroll_desktop.model.room import (
    DotsAnswer,
    Idea,
    IdeaKind,
    KeysAnswer,
    Participant,
    Question,
    RoomRecord,
    Upvote,
    record_answer,
    record_idea,
    record_upvote,
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
    asked = Idea(
        id="idea-q",
        participant="p-0",
        text="Vem äger kompetensfrågan?",
        kind=IdeaKind.QUESTION,
        step=Step.STRATEGI,
    )
    room = record_idea(room, Participant(id="p-0"), asked)
    for n in (1, 2):
        proposal = Idea(id=f"idea-{n}", participant=f"p-{n}", text=f"Ett årligt RUS-forum {n}")
        room = record_idea(room, Participant(id=f"p-{n}"), proposal)
    room = record_upvote(room, Participant(id="p-3"), Upvote(idea="idea-2"))
    session.record_room(room)


def test_the_keys_show_the_rooms_scores(window: MainWindow) -> None:
    the_room(window)
    window.show_page(PAGE_KEYS)
    findings = window.findChild(QLabel, "keyFindings-roll")
    assert findings is not None
    text = findings.text()
    assert "4 bedömningar" in text and "median 3" in text and "2: 1 · 3: 2 · 4: 1" in text


def test_the_phones_dots_and_ideas_on_the_conclusions_page(window: MainWindow) -> None:
    the_room(window)
    window.show_page(PAGE_OUTCOME)
    page = window.outcome_page
    targets = page.voting.targets
    assert targets.isVisible()  # no groups, but the phones voted
    assert "deltagarnas mobiler: 4" in targets.item(0).text()
    ideas = window.findChild(QListWidget, "roomIdeas")
    assert ideas is not None and ideas.count() == 3
    assert ideas.item(0).text().startswith("Ett årligt RUS-forum 2")  # the most upvoted first
    session = window.session
    steps = session.undo_stack.count()
    box = page.ideas
    rows = [box.list.item(n).data(Qt.ItemDataRole.UserRole) for n in range(box.list.count())]
    box.list.setCurrentRow(rows.index("idea-q"))
    QTest.mouseClick(box.to_parked, Qt.MouseButton.LeftButton)
    parked = session.workshop.outcome.parked
    assert [(q.text, q.step) for q in parked] == [("Vem äger kompetensfrågan?", Step.STRATEGI)]
    assert session.undo_stack.count() == steps + 1
    box.list.setCurrentRow(0)
    QTest.mouseClick(box.to_action, Qt.MouseButton.LeftButton)
    assert [a.what for a in session.workshop.outcome.actions][-1] == "Ett årligt RUS-forum 2"
    assert session.undo_stack.count() == steps + 2  # the action and its idea's fate: one step
    box.list.setCurrentRow(box.list.count() - 1)
    chosen = box.list.currentItem().data(Qt.ItemDataRole.UserRole)
    assert box.merge.isEnabled() is False  # no open idea left to merge into
    box.list.setFocus()
    QTest.keyClick(box.list, Qt.Key.Key_Delete)  # hides, on the list only
    fate = session.workshop.outcome.fate(chosen)
    assert fate is not None and fate.fate is IdeaFate.HIDDEN
    session.undo_stack.undo()
    session.undo_stack.undo()
    assert (
        session.workshop.outcome.fate("idea-2") is None
        and len(session.workshop.outcome.actions) == 1
    )


def test_the_room_screen_says_how_many_phones_answered_never_who() -> None:
    from regionroll_desktop.app.projector import result_lines
    from regionroll_desktop.model import Language, MatrixPosition
    from regionroll_desktop.model.room import MatrixAnswer
    from regionroll_desktop.ui.i18n import set_language

    set_language(Language.SV)  # (alone, it ran in whatever language the tests before left)
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


def test_the_facilitator_reviews_each_new_idea_before_the_room_sees_it(
    window: MainWindow,
) -> None:
    """ "Show each new idea to the room only when I let it through": the ideas the room saw
    stay shown; a new one waits, first in the list and marked so, out of the projector's
    results, the report and the answers' export, until Enter shows it (one undo step each)."""
    from regionroll_desktop.export.answers import answer_sheets
    from regionroll_desktop.export.room_section import room_sections
    from regionroll_desktop.ui.room_results import results_content

    the_room(window)
    window.show_page(PAGE_OUTCOME)
    box = window.outcome_page.ideas
    session = window.session
    steps = session.undo_stack.count()
    assert not box.show_idea.isVisible()
    box.review.click()
    assert session.workshop.outcome.review_ideas and session.undo_stack.count() == steps + 1
    assert box.show_idea.isVisible()
    joke = Idea(id="idea-joke", participant="p-3", text="Ett skämt om nämnden")
    session.record_room(record_idea(session.workshop.room, Participant(id="p-3"), joke))
    assert session.workshop.waiting_ideas() == {"idea-joke"}
    first = box.list.item(0)
    assert first.data(Qt.ItemDataRole.UserRole) == "idea-joke" and "väntar" in first.text()
    results = results_content(session.workshop, Question.IDEAS, "")
    assert "Ett skämt om nämnden" not in str(results)
    sheets = str(answer_sheets(session.workshop))
    assert "Ett skämt om nämnden" not in sheets and "Ett årligt RUS-forum 1" in sheets
    report = str(room_sections(session.workshop))
    assert "Ett skämt om nämnden" not in report
    assert "En idé som processledaren aldrig visade för rummet" in report
    box.list.setCurrentRow(0)
    assert box.show_idea.isEnabled()
    box.list.setFocus()
    QTest.keyClick(box.list, Qt.Key.Key_Return)
    assert session.workshop.waiting_ideas() == frozenset()
    assert "Ett skämt om nämnden" in str(results_content(session.workshop, Question.IDEAS, ""))
    assert session.undo_stack.count() == steps + 2
    session.undo_stack.undo()
    assert session.workshop.waiting_ideas() == {"idea-joke"}
