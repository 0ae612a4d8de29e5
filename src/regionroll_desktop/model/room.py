"""What the room answers from its own phones in a room session (issue #20): each participant's
answer to a question the facilitator has opened. The same models validate what a phone sends
(room/) and what the file holds, so an answer the file would refuse never gets in.

A participant is known by a random id and, only when the room chose names, a nickname; the
token a phone proves itself with is never part of the model (it is not saved).
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Annotated, Literal

from pydantic import AfterValidator, Field, StringConstraints, model_validator

from .limits import MAX_DOTS
from .text import Name, clean, has_visible
from .values import Frozen, Id, MatrixPosition, RoleWeights
from .vocabulary import Key, Moment, Side, Step

MAX_NICKNAME = 40  # characters: a phone's nickname fits a marker's label
MAX_COMMENT = 140  # characters in a comment to the parking lot: a question, not a speech
# Phones in one room: far above a room of politicians (a regional council has at most 149
# members), and bounded so that a workshop at every limit, its room in each of its snapshots,
# stays well inside the largest file the app opens (storage/jsonio.py; tests/app/test_limits.py).
MAX_PARTICIPANTS = 200

# A comment passes the one rule for text (model/text.py) like every other text, and must keep
# something to read: a comment of only spaces, joiners or marks would show as an empty line.
Comment = Annotated[
    str,
    AfterValidator(clean),
    StringConstraints(strip_whitespace=True, min_length=1, max_length=MAX_COMMENT),
]
Score = Annotated[int, Field(ge=1, le=5)]


class AnsweredBy(StrEnum):
    """How the room answers from its phones: anonymously, each phone with a nickname, or
    each for its group."""

    ANONYMOUS = "anonymous"
    NICKNAME = "nickname"
    GROUP = "group"


class Question(StrEnum):
    """What the facilitator can open for the room to answer."""

    MATRIX_TODAY = "matrix.today"
    MATRIX_AMBITION = "matrix.ambition"
    ROLES_TODAY = "roles.today"
    ROLES_AMBITION = "roles.ambition"
    KEYS = "keys"
    DOTS = "dots"
    COMMENT = "comment"


# Which question asks for each moment on each map, and the moment each of them asks for.
MATRIX_QUESTIONS = {Moment.TODAY: Question.MATRIX_TODAY, Moment.AMBITION: Question.MATRIX_AMBITION}
ROLES_QUESTIONS = {Moment.TODAY: Question.ROLES_TODAY, Moment.AMBITION: Question.ROLES_AMBITION}
MOMENT_OF = {q: m for table in (MATRIX_QUESTIONS, ROLES_QUESTIONS) for m, q in table.items()}
# The step whose map a question is answered on (the others belong to no one step).
STEP_OF = {q: Step.FINANSIERING for q in MATRIX_QUESTIONS.values()} | {
    q: Step.GENOMFORANDEPRAKTIK for q in ROLES_QUESTIONS.values()
}


class MatrixAnswer(Frozen):
    """Where the participant puts the region on the capital matrix."""

    question: Literal[Question.MATRIX_TODAY, Question.MATRIX_AMBITION]
    position: MatrixPosition

    @property
    def moment(self) -> Moment:
        return MOMENT_OF[self.question]


class RolesAnswer(Frozen):
    """Where the participant puts the region on the role map (the weights of the roles)."""

    question: Literal[Question.ROLES_TODAY, Question.ROLES_AMBITION]
    weights: RoleWeights

    @property
    def moment(self) -> Moment:
        return MOMENT_OF[self.question]


class KeysAnswer(Frozen):
    """The participant's scores for the keys (one or more of the five)."""

    question: Literal[Question.KEYS]
    scores: Annotated[dict[Key, Score], Field(min_length=1, max_length=len(Key))]


class DotsAnswer(Frozen):
    """The participant's dots: each on one action or RUS priority (by its id), a target at
    most once; how many the room gives each is the facilitator's choice, at most MAX_DOTS."""

    question: Literal[Question.DOTS]
    targets: Annotated[tuple[Id, ...], Field(max_length=MAX_DOTS)]

    @model_validator(mode="after")
    def _each_once(self) -> DotsAnswer:
        if len(set(self.targets)) != len(self.targets):
            raise ValueError("a dot per target")
        return self


class CommentAnswer(Frozen):
    """A short comment for the parking lot, tied to the step it was sent during (if any)."""

    question: Literal[Question.COMMENT]
    text: Annotated[Comment, Field()]
    step: Step | None = None

    @model_validator(mode="after")
    def _visible(self) -> CommentAnswer:
        if not has_visible(self.text):
            raise ValueError("an empty comment")
        return self


Answer = Annotated[
    MatrixAnswer | RolesAnswer | KeysAnswer | DotsAnswer | CommentAnswer,
    Field(discriminator="question"),
]


class Participant(Frozen):
    """One phone in the room: a random id, and its nickname or group only when the room
    chose to answer by name or by group."""

    id: Id
    nickname: Name = ""
    group: Id | None = None
    side: Side | None = None  # elected member or official, when the room asked and it said


class ParticipantAnswer(Frozen):
    """A participant's latest answer to one question (a comment: each one sent), and when it
    arrived (format 8; unknown for answers recorded before)."""

    participant: Id
    answer: Answer
    at: dt.datetime | None = None


MAX_COMMENTS_EACH = 2  # comments one participant may send for the parking lot


MAX_ROOM_ANSWERS = MAX_PARTICIPANTS * (len(Question) - 1 + MAX_COMMENTS_EACH)


class RoomRecord(Frozen):
    """What the room has answered from its phones: who took part (by a random id; a name or
    group only as the room chose) and each one's latest answer to each question. Kept with
    the workshop and in its autosave; never an undo step (what the room said, it said)."""

    participants: tuple[Participant, ...] = Field(default=(), max_length=MAX_PARTICIPANTS)
    answers: tuple[ParticipantAnswer, ...] = Field(default=(), max_length=MAX_ROOM_ANSWERS)

    @model_validator(mode="after")
    def _consistent(self) -> RoomRecord:
        known = {p.id for p in self.participants}
        if len(known) != len(self.participants):
            raise ValueError("a participant is listed twice")
        seen: set[tuple[str, Question]] = set()
        comments: dict[str, int] = {}
        for record in self.answers:
            if record.participant not in known:
                raise ValueError(f"an answer from the unknown participant {record.participant!r}")
            question = record.answer.question
            if question is Question.COMMENT:
                comments[record.participant] = comments.get(record.participant, 0) + 1
                if comments[record.participant] > MAX_COMMENTS_EACH:
                    raise ValueError("a participant has left too many comments")
                continue
            if (record.participant, question) in seen:
                raise ValueError("two answers from one participant to one question")
            seen.add((record.participant, question))
        return self

    def answers_to(self, question: Question) -> list[ParticipantAnswer]:
        return [a for a in self.answers if a.answer.question is question]


def record_answer(
    room: RoomRecord,
    participant: Participant,
    answer: Answer,
    at: dt.datetime | None = None,
) -> RoomRecord:
    """`room` with `answer`, which arrived `at`: it takes the place of the participant's
    earlier answer to the same question (a comment is added, the oldest going past
    MAX_COMMENTS_EACH)."""
    participants = room.participants
    if all(p.id != participant.id for p in participants):
        participants = (*participants, participant)
    kept = [
        a
        for a in room.answers
        if a.participant != participant.id or a.answer.question is not answer.question
    ]
    if answer.question is Question.COMMENT:
        own = [
            a
            for a in room.answers
            if a.participant == participant.id and a.answer.question is Question.COMMENT
        ]
        drop = {id(a) for a in own[: max(0, len(own) - MAX_COMMENTS_EACH + 1)]}
        kept = [a for a in room.answers if id(a) not in drop]
    return RoomRecord(
        participants=participants,
        answers=(*kept, ParticipantAnswer(participant=participant.id, answer=answer, at=at)),
    )


def without_participant(room: RoomRecord, participant: str) -> RoomRecord:
    """`room` without `participant` and every answer it gave (a phone the facilitator takes
    out: one stuffing the ballot, or a test)."""
    return RoomRecord(
        participants=tuple(p for p in room.participants if p.id != participant),
        answers=tuple(a for a in room.answers if a.participant != participant),
    )


def without_question(room: RoomRecord, question: Question) -> RoomRecord:
    """`room` without any answer to `question` (the phones stay: they may answer again)."""
    return room.model_copy(
        update={"answers": tuple(a for a in room.answers if a.answer.question is not question)}
    )


def restored(room: RoomRecord, taken: RoomRecord) -> RoomRecord:
    """`room` with what was `taken` out of it put back (the undo of a removal): a phone's
    answer comes back where the phone has not answered that question again since, a comment
    where it has room."""
    participants = {p.id: p for p in room.participants}
    for p in taken.participants:
        participants.setdefault(p.id, p)
    answered = {(a.participant, a.answer.question) for a in room.answers}
    comments: dict[str, int] = {}
    for a in room.answers:
        if a.answer.question is Question.COMMENT:
            comments[a.participant] = comments.get(a.participant, 0) + 1
    back = []
    for a in taken.answers:
        if a.answer.question is Question.COMMENT:
            if comments.get(a.participant, 0) < MAX_COMMENTS_EACH:
                comments[a.participant] = comments.get(a.participant, 0) + 1
                back.append(a)
        elif (a.participant, a.answer.question) not in answered:
            back.append(a)
    return RoomRecord(participants=tuple(participants.values()), answers=(*room.answers, *back))


def taken_out(before: RoomRecord, after: RoomRecord) -> RoomRecord:
    """What a removal took out of `before` to leave `after`."""
    left_ids = {p.id for p in after.participants}
    left = {id(a) for a in after.answers}  # a removal keeps the answers it leaves
    answers = tuple(a for a in before.answers if id(a) not in left)
    return RoomRecord.model_construct(  # not a record of its own: what a removal took
        participants=tuple(p for p in before.participants if p.id not in left_ids),
        answers=answers,
    )
