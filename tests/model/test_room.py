"""What the room answers from its phones, kept with the workshop: the latest answer per
participant and question, comments added (a bounded number each), refused when it does not
add up; version 5 files hold it and older ones load with none."""

from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import TypeAdapter, ValidationError

from regionroll_desktop.model import Key, Moment, Workshop
from regionroll_desktop.model import edits as e
from regionroll_desktop.model.room import (
    MAX_COMMENTS_EACH,
    Answer,
    CommentAnswer,
    MatrixAnswer,
    Participant,
    ParticipantAnswer,
    Question,
    RoomRecord,
    record_answer,
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


def test_comments_are_added_and_the_oldest_go_past_the_limit() -> None:
    room = RoomRecord()
    for n in range(MAX_COMMENTS_EACH + 3):
        room = record_answer(room, ANNA, CommentAnswer(question=Question.COMMENT, text=f"c{n}"))
    texts = [a.answer.text for a in room.answers_to(Question.COMMENT)]  # type: ignore[union-attr]
    assert texts == [f"c{n}" for n in range(3, MAX_COMMENTS_EACH + 3)]


@pytest.mark.parametrize(
    "raw",
    [
        {"question": "comment", "text": "   "},
        {"question": "comment", "text": "\u200b\u200b"},
        {"question": "comment", "text": "x" * 281},
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
    assert len(room.answers_to(Question.COMMENT)) == 2


@pytest.mark.parametrize("version", [1, 2, 3, 4])
def test_older_files_load_with_no_answers(version: int) -> None:
    w = load_workshop(FIXTURES / f"workshop-v{version}.regionroll.json")
    assert w.room == RoomRecord()


def test_a_snapshot_keeps_the_answers_it_was_taken_with() -> None:
    w = e.new_workshop().model_copy(update={"room": record_answer(RoomRecord(), ANNA, at(0.2))})
    w = e.take_snapshot(w, "Före pausen")
    again = Workshop.model_validate_json(w.model_dump_json())
    assert again.snapshots[0].workshop.room == w.room and again.room == w.room
