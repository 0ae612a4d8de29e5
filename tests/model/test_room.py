"""What the room answers from its phones, kept with the workshop: the latest answer per
participant and question, the ideas with their upvotes (a bounded number each), the answers
to the facilitator's own questions; refused when it does not add up; version 5 files hold it
(their comments are ideas since version 9) and older ones load with none."""

from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import TypeAdapter, ValidationError

from regionroll_desktop.model import Key, Moment, Workshop
from regionroll_desktop.model import edits as e
from regionroll_desktop.model.room import (
    MAX_IDEAS_EACH,
    MAX_UPVOTES_EACH,
    Answer,
    Idea,
    IdeaKind,
    MatrixAnswer,
    OwnAnswer,
    OwnKind,
    OwnQuestion,
    Participant,
    ParticipantAnswer,
    Question,
    RoomRecord,
    Upvote,
    record_answer,
    record_idea,
    record_upvote,
    restored,
    taken_out,
    without_participant,
)
from regionroll_desktop.storage import load_workshop

FIXTURES = Path(__file__).parents[1] / "storage" / "fixtures"
ANSWER = TypeAdapter(Answer)
ANNA = Participant(id="p-anna", nickname="Anna")


def at(capital: float) -> MatrixAnswer:
    return MatrixAnswer.model_validate(
        {"question": "matrix.today", "position": {"capital_per_capita": capital, "proactivity": 0}}
    )


def test_a_new_answer_takes_the_place_of_the_earlier_one() -> None:
    room = record_answer(RoomRecord(), ANNA, at(0.1))
    room = record_answer(room, ANNA, at(0.4))
    assert room.participants == (ANNA,)
    (only,) = room.answers_to(Question.MATRIX_TODAY)
    assert isinstance(only.answer, MatrixAnswer) and only.answer.position.capital_per_capita == 0.4
    assert only.answer.moment is Moment.TODAY


BERIT = Participant(id="p-berit")


def idea(n: int, who: Participant = ANNA) -> Idea:
    return Idea(id=f"idea-{n}", participant=who.id, text=f"Idé {n}")


def test_ideas_are_bounded_per_phone_and_upvoted_once_by_others() -> None:
    room = RoomRecord()
    for n in range(MAX_IDEAS_EACH):
        room = record_idea(room, ANNA, idea(n))
    with pytest.raises(ValidationError, match="too many ideas"):
        record_idea(room, ANNA, idea(99))
    room = record_upvote(room, BERIT, Upvote(idea="idea-0"))
    room = record_upvote(room, BERIT, Upvote(idea="idea-0"))  # once, however often sent
    assert room.ideas[0].votes == ("p-berit",)
    with pytest.raises(ValidationError, match="its own phone"):
        record_upvote(room, ANNA, Upvote(idea="idea-0"))
    room = record_upvote(room, BERIT, Upvote(idea="idea-0", up=False))
    assert room.ideas[0].votes == ()


def test_a_phone_upvotes_at_most_its_share() -> None:
    people = [Participant(id=f"p-{n}") for n in range(MAX_UPVOTES_EACH + 1)]
    room = RoomRecord()
    for n, who in enumerate(people):
        room = record_idea(room, who, idea(n, who))
    for n in range(MAX_UPVOTES_EACH):
        room = record_upvote(room, BERIT, Upvote(idea=f"idea-{n}"))
    with pytest.raises(ValidationError, match="upvoted too many"):
        record_upvote(room, BERIT, Upvote(idea=f"idea-{MAX_UPVOTES_EACH}"))


def test_a_phone_taken_out_takes_its_ideas_and_upvotes_and_undo_brings_them_back() -> None:
    room = record_idea(RoomRecord(), ANNA, idea(1))
    room = record_idea(room, BERIT, idea(2, BERIT))
    room = record_upvote(room, BERIT, Upvote(idea="idea-1"))
    after = without_participant(room, BERIT.id)
    assert [i.id for i in after.ideas] == ["idea-1"] and after.ideas[0].votes == ()
    back = restored(after, taken_out(room, after))
    assert {i.id: i.votes for i in back.ideas} == {"idea-1": ("p-berit",), "idea-2": ()}


def test_the_facilitators_own_question_is_answered_once_per_phone_as_its_kind_asks() -> None:
    poll = OwnQuestion(id="own-1", text="Vilken?", kind=OwnKind.CHOICE, options=("A", "B"))
    wall = OwnQuestion(id="own-2", text="Ett ord?", kind=OwnKind.WORDS)
    room = record_answer(
        RoomRecord(), ANNA, OwnAnswer(question=Question.OWN, asks="own-1", choice=0)
    )
    room = record_answer(room, ANNA, OwnAnswer(question=Question.OWN, asks="own-1", choice=1))
    room = record_answer(room, ANNA, OwnAnswer(question=Question.OWN, asks="own-2", words=("Mod",)))
    assert [a.choice for a in room.answers_to_own(poll)] == [1]  # the latest, once
    assert [a.words for a in room.answers_to_own(wall)] == [("Mod",)]
    out_of_range = OwnAnswer(question=Question.OWN, asks="own-1", choice=5)
    assert not poll.fits(out_of_range)  # a choice the question does not have counts nowhere
    with pytest.raises(ValidationError):
        OwnQuestion(id="own-3", text="Vilken?", kind=OwnKind.CHOICE, options=("A",))
    with pytest.raises(ValidationError):
        OwnQuestion(id="own-3", text="Vilken?", kind=OwnKind.CHOICE, options=("A", "a"))
    with pytest.raises(ValidationError):
        OwnAnswer(question=Question.OWN, asks="own-1", choice=0, score=3)


@pytest.mark.parametrize(
    "raw",
    [
        {"question": "own", "asks": "own-1"},
        {"question": "own", "asks": "own-1", "words": ["\u200b\u200b"]},
        {"question": "own", "asks": "own-1", "words": ["x" * 31]},
        {"question": "own", "asks": "own-1", "score": 6},
        {"question": "keys", "scores": {}},
        {"question": "keys", "scores": {"politik": 0}},
        {"question": "dots", "targets": ["a", "a"]},
        {"question": "roles.today", "weights": {"finansiaren": 1}},
    ],
)
def test_answers_that_do_not_add_up_are_refused(raw: dict[str, object]) -> None:
    with pytest.raises(ValidationError):
        ANSWER.validate_python(raw)


def test_a_record_that_does_not_add_up_is_refused() -> None:
    answer = ParticipantAnswer(participant="p-x", answer=at(0.1))
    with pytest.raises(ValidationError, match="unknown participant"):
        RoomRecord(answers=(answer,))
    with pytest.raises(ValidationError, match="two answers"):
        RoomRecord(participants=(Participant(id="p-x"),), answers=(answer, answer))
    with pytest.raises(ValidationError, match="twice"):
        RoomRecord(participants=(ANNA, ANNA))


def test_version_5_holds_the_rooms_answers() -> None:
    w = load_workshop(FIXTURES / "workshop-v5.regionroll.json")
    room = w.room
    assert {p.id: (p.nickname, p.group) for p in room.participants} == {
        "p-anna": ("Anna", None),
        "p-0001": ("", None),
        "p-grupp": ("", "a"),
    }
    (keys,) = room.answers_to(Question.KEYS)
    assert keys.answer.scores == {Key.POLITIK: 4, Key.ROLL: 2}  # type: ignore[union-attr]
    # Its two comments for the parking lot are ideas since version 9: questions, unvoted.
    assert [(i.kind, i.votes) for i in room.ideas] == [(IdeaKind.QUESTION, ())] * 2


@pytest.mark.parametrize("version", [1, 2, 3, 4])
def test_older_files_load_with_no_answers(version: int) -> None:
    w = load_workshop(FIXTURES / f"workshop-v{version}.regionroll.json")
    assert w.room == RoomRecord()


def test_a_snapshot_keeps_the_answers_it_was_taken_with() -> None:
    w = e.new_workshop().model_copy(update={"room": record_answer(RoomRecord(), ANNA, at(0.2))})
    w = e.take_snapshot(w, "Före pausen")
    again = Workshop.model_validate_json(w.model_dump_json())
    assert again.snapshots[0].workshop.room == w.room and again.room == w.room


def test_under_review_a_new_idea_waits_until_the_facilitator_shows_it() -> None:
    """With the review on, an idea the phones send waits (only its own phone sees it) until
    the facilitator shows it; the ideas the room had seen stay shown; hidden, made an action
    or turned off, nothing waits ("Show again" shows it); an idea merges only into one the
    room sees."""
    w = e.new_workshop()
    w = e.evolve(w, room=record_idea(RoomRecord(), ANNA, idea(1)))
    w = e.set_review_ideas(w, True)
    assert w.outcome.shown_ideas == ("idea-1",) and not w.outcome.waiting("idea-1")
    room = record_idea(record_idea(w.room, BERIT, idea(2, BERIT)), BERIT, idea(3, BERIT))
    w = e.evolve(w, room=room)
    assert w.outcome.waiting("idea-2") and w.outcome.waiting("idea-3")
    with pytest.raises(e.EditError):
        e.merge_idea(w, "idea-1", "idea-2")  # into one the room has not seen
    w = e.show_idea(w, "idea-2")
    assert not w.outcome.waiting("idea-2")
    with pytest.raises(e.EditError):
        e.show_idea(w, "idea-2")  # shown already
    assert not e.hide_idea(w, "idea-3").outcome.waiting("idea-3")
    # "Show again" on an idea hidden before the room saw it: the facilitator shows it.
    again = e.reopen_idea(e.hide_idea(w, "idea-3"), "idea-3")
    assert not again.outcome.waiting("idea-3") and "idea-3" in again.outcome.shown_ideas
    seen = e.reopen_idea(e.hide_idea(w, "idea-2"), "idea-2")  # shown before: shown once
    assert seen.outcome.shown_ideas.count("idea-2") == 1
    assert not e.idea_to_action(w, "idea-3").outcome.waiting("idea-3")
    off = e.set_review_ideas(w, False)
    assert not off.outcome.waiting("idea-3") and off.outcome.shown_ideas == ()
    assert e.set_review_ideas(w, True) is w
