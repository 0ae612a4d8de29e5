"""What the room answers from its own phones in a room session (issue #20): each participant's
answer to a question the facilitator has opened, the ideas the phones send (a proposed action
or a question for the parking lot) with the others' upvotes, and the answers to the
facilitator's own questions (issue #38). The same models validate what a phone sends (room/)
and what the file holds, so an answer the file would refuse never gets in.

A participant is known by a random id and, only when the room chose names, a nickname; the
token a phone proves itself with is never part of the model (it is not saved).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable
from enum import StrEnum
from typing import Annotated, Literal

from pydantic import AfterValidator, Field, StringConstraints, model_validator

from .limits import MAX_DOTS, MAX_IDEAS, MAX_NAME, MAX_OWN_QUESTIONS
from .text import Name, clean, has_visible
from .values import Frozen, Id, MatrixPosition, RoleWeights
from .vocabulary import Key, Moment, Side, Step

MAX_NICKNAME = 40  # characters: a phone's nickname fits a marker's label
MAX_IDEA = 140  # characters in an idea: a proposal or a question, not a speech
MAX_IDEAS_EACH = 3  # ideas one phone may send
MAX_UPVOTES_EACH = 10  # ideas one phone may upvote (each once, never its own)
MAX_OPTIONS = 6  # choices in one of the facilitator's own questions
MAX_OPTION = 80  # characters in a choice
MAX_WORD = 30  # characters in one entry on the word wall (a word or a few)
MAX_WORDS_EACH = 3  # entries one phone may put on the word wall of one question
# Phones in one room: far above a room of politicians (a regional council has at most 149
# members), and bounded so that a workshop at every limit, its room in each of its snapshots,
# stays well inside the largest file the app opens (storage/jsonio.py; tests/app/test_limits.py).
MAX_PARTICIPANTS = 200


def _visible(text: str) -> str:
    """A text a phone or the facilitator writes must keep something to read: a line of only
    spaces, joiners or marks would show as nothing."""
    if not has_visible(text):
        raise ValueError("nothing to read")
    return text


# Each passes the one rule for text (model/text.py) like every other text.
IdeaText = Annotated[
    str,
    AfterValidator(clean),
    StringConstraints(strip_whitespace=True, min_length=1, max_length=MAX_IDEA),
    AfterValidator(_visible),
]
OptionText = Annotated[
    str,
    AfterValidator(clean),
    StringConstraints(strip_whitespace=True, min_length=1, max_length=MAX_OPTION),
    AfterValidator(_visible),
]
WordText = Annotated[
    str,
    AfterValidator(clean),
    StringConstraints(strip_whitespace=True, min_length=1, max_length=MAX_WORD),
    AfterValidator(_visible),
]
OwnQuestionText = Annotated[
    str,
    AfterValidator(clean),
    StringConstraints(strip_whitespace=True, min_length=1, max_length=MAX_NAME),
    AfterValidator(_visible),
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
    IDEAS = "ideas"  # send an idea, upvote the others' (model: RoomRecord.ideas)
    OWN = "own"  # the facilitator's own question asked now (model: OwnQuestion)


# The questions each phone answers once (its latest answer kept); the ideas are sent and
# upvoted, and the facilitator's own question is answered once per question asked.
ANSWERED_ONCE = tuple(q for q in Question if q not in (Question.IDEAS, Question.OWN))


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


class OwnKind(StrEnum):
    """What the facilitator's own question asks for."""

    CHOICE = "choice"  # one of its choices
    SCALE = "scale"  # a score from 1 to 5
    WORDS = "words"  # a word or a few, for the word wall


class OwnQuestion(Frozen):
    """A question of the facilitator's own (a warm-up, a quick poll), asked on the phones.
    Never changed once written (its answers keep meaning what they meant): a new wording is
    a new question."""

    id: Id
    text: OwnQuestionText
    kind: OwnKind
    options: tuple[OptionText, ...] = Field(default=(), max_length=MAX_OPTIONS)

    @model_validator(mode="after")
    def _options_fit(self) -> OwnQuestion:
        if self.kind is OwnKind.CHOICE:
            if len(self.options) < 2:
                raise ValueError("a choice needs at least two options")
            if len({o.casefold() for o in self.options}) != len(self.options):
                raise ValueError("an option is listed twice")
        elif self.options:
            raise ValueError("only a choice has options")
        return self

    def fits(self, answer: OwnAnswer) -> bool:
        """Whether `answer` answers this question as its kind asks."""
        if answer.asks != self.id:
            return False
        if self.kind is OwnKind.CHOICE:
            return answer.choice is not None and 0 <= answer.choice < len(self.options)
        if self.kind is OwnKind.SCALE:
            return answer.score is not None
        return bool(answer.words)


class OwnAnswer(Frozen):
    """A phone's answer to one of the facilitator's own questions: a choice (its index), a
    score or a few words; exactly one of them."""

    question: Literal[Question.OWN]
    asks: Id  # the OwnQuestion's id
    choice: Annotated[int, Field(ge=0, lt=MAX_OPTIONS)] | None = None
    score: Score | None = None
    words: tuple[WordText, ...] = Field(default=(), max_length=MAX_WORDS_EACH)

    @model_validator(mode="after")
    def _one(self) -> OwnAnswer:
        given = (self.choice is not None) + (self.score is not None) + bool(self.words)
        if given != 1:
            raise ValueError("an answer is a choice, a score or words")
        return self


Answer = Annotated[
    MatrixAnswer | RolesAnswer | KeysAnswer | DotsAnswer | OwnAnswer,
    Field(discriminator="question"),
]


def slot(answer: Answer) -> str:
    """What one phone answers once: a question, or one of the facilitator's own questions."""
    return f"own:{answer.asks}" if isinstance(answer, OwnAnswer) else answer.question.value


def _once(participant: str, answer: Answer) -> tuple[str, Question, str]:
    """The key of what one phone answers once (as `slot`, cheaper: checked for thousands)."""
    return (participant, answer.question, answer.asks if type(answer) is OwnAnswer else "")


class IdeaKind(StrEnum):
    """What a phone's idea is: a proposed action, or a question for the parking lot."""

    ACTION = "action"
    QUESTION = "question"


class IdeaSent(Frozen):
    """An idea as a phone sends it."""

    question: Literal[Question.IDEAS]
    text: IdeaText
    kind: IdeaKind = IdeaKind.ACTION


class Upvote(Frozen):
    """A phone's upvote of another's idea (or, `up` false, taking it back)."""

    idea: Id
    up: bool = True


class Idea(Frozen):
    """An idea a phone sent (never who, outside this record), the step the room was on, when
    it arrived, and the phones that upvoted it. What the facilitator made of it (hidden,
    merged, an action, a parked question) is the workshop's, not the room's
    (workshop.Outcome.handled): an undo step, where what the room said is not."""

    id: Id
    participant: Id
    text: IdeaText
    kind: IdeaKind = IdeaKind.ACTION
    step: Step | None = None
    at: dt.datetime | None = None
    votes: tuple[Id, ...] = Field(default=(), max_length=MAX_PARTICIPANTS)


class Participant(Frozen):
    """One phone in the room: a random id, and its nickname or group only when the room
    chose to answer by name or by group."""

    id: Id
    nickname: Name = ""
    group: Id | None = None
    side: Side | None = None  # elected member or official, when the room asked and it said


class ParticipantAnswer(Frozen):
    """A participant's latest answer to one question, and when it arrived (format 8; unknown
    for answers recorded before)."""

    participant: Id
    answer: Answer
    at: dt.datetime | None = None


MAX_ROOM_ANSWERS = MAX_PARTICIPANTS * (len(ANSWERED_ONCE) + MAX_OWN_QUESTIONS)


class RoomRecord(Frozen):
    """What the room has answered from its phones: who took part (by a random id; a name or
    group only as the room chose), each one's latest answer to each question, and the ideas
    sent with their upvotes. Kept with the workshop and in its autosave; never an undo step
    (what the room said, it said)."""

    participants: tuple[Participant, ...] = Field(default=(), max_length=MAX_PARTICIPANTS)
    answers: tuple[ParticipantAnswer, ...] = Field(default=(), max_length=MAX_ROOM_ANSWERS)
    ideas: tuple[Idea, ...] = Field(default=(), max_length=MAX_IDEAS)

    @model_validator(mode="after")
    def _consistent(self) -> RoomRecord:
        known = {p.id for p in self.participants}
        if len(known) != len(self.participants):
            raise ValueError("a participant is listed twice")
        keys = {_once(record.participant, record.answer) for record in self.answers}
        if len(keys) != len(self.answers):
            raise ValueError("two answers from one participant to one question")
        if not {record.participant for record in self.answers} <= known:
            unknown = next(r.participant for r in self.answers if r.participant not in known)
            raise ValueError(f"an answer from the unknown participant {unknown!r}")
        if len({i.id for i in self.ideas}) != len(self.ideas):
            raise ValueError("an idea is listed twice")
        sent: Counter[str] = Counter()
        upvoted: Counter[str] = Counter()
        for idea in self.ideas:
            if idea.participant not in known or not set(idea.votes) <= known:
                raise ValueError("an idea from or upvoted by an unknown participant")
            if idea.participant in idea.votes or len(set(idea.votes)) != len(idea.votes):
                raise ValueError("an idea is upvoted by its own phone, or twice by one")
            sent[idea.participant] += 1
            upvoted.update(idea.votes)
        if any(n > MAX_IDEAS_EACH for n in sent.values()):
            raise ValueError("a participant has sent too many ideas")
        if any(n > MAX_UPVOTES_EACH for n in upvoted.values()):
            raise ValueError("a participant has upvoted too many ideas")
        return self

    def answers_to(self, question: Question) -> list[ParticipantAnswer]:
        return [a for a in self.answers if a.answer.question is question]

    def count(self, question: Question) -> int:
        """How many answers `question` has: the ideas sent, for the ideas."""
        return len(self.ideas) if question is Question.IDEAS else len(self.answers_to(question))

    def answers_to_own(self, asked: OwnQuestion) -> list[OwnAnswer]:
        """The phones' answers to one of the facilitator's own questions, in the order they
        came (only those that answer it as its kind asks)."""
        return [
            a.answer
            for a in self.answers
            if isinstance(a.answer, OwnAnswer) and asked.fits(a.answer)
        ]


Sent = Answer | Idea | Upvote  # what a phone sends: an answer, an idea, an upvote


def record_all(
    room: RoomRecord, arrived: Iterable[tuple[Participant, Sent, dt.datetime | None]]
) -> RoomRecord:
    """`room` with what `arrived` (each from its phone, when it arrived), in order: an answer
    takes the place of the phone's earlier answer to the same question, an idea is added, an
    upvote given or taken back (on an idea no longer there: nothing). The record is checked
    once for them all (a room answering at once is one change); ValidationError past its
    limits."""
    participants = {p.id: p for p in room.participants}
    answers = {_once(a.participant, a.answer): a for a in room.answers}
    ideas = {i.id: i for i in room.ideas}
    for participant, sent, at in arrived:
        participants.setdefault(participant.id, participant)
        if isinstance(sent, Idea):
            ideas[sent.id] = sent
        elif isinstance(sent, Upvote):
            idea = ideas.get(sent.idea)
            if idea is not None:
                votes = tuple(v for v in idea.votes if v != participant.id)
                if sent.up:
                    votes = (*votes, participant.id)
                ideas[idea.id] = idea.model_copy(update={"votes": votes})
        else:
            key = _once(participant.id, sent)
            answers.pop(key, None)  # the latest answer last, as it came
            answers[key] = ParticipantAnswer(participant=participant.id, answer=sent, at=at)
    return RoomRecord(
        participants=tuple(participants.values()),
        answers=tuple(answers.values()),
        ideas=tuple(ideas.values()),
    )


def record_answer(
    room: RoomRecord,
    participant: Participant,
    answer: Answer,
    at: dt.datetime | None = None,
) -> RoomRecord:
    """`room` with `answer`, which arrived `at`: it takes the place of the participant's
    earlier answer to the same question."""
    return record_all(room, [(participant, answer, at)])


def record_idea(room: RoomRecord, participant: Participant, idea: Idea) -> RoomRecord:
    """`room` with `idea` sent by `participant` (refused past the limits: ValidationError)."""
    return record_all(room, [(participant, idea, idea.at)])


def record_upvote(room: RoomRecord, participant: Participant, upvote: Upvote) -> RoomRecord:
    """`room` with `participant`'s upvote of an idea given (or taken back); an idea no longer
    there is left alone (ValidationError past the limits)."""
    return record_all(room, [(participant, upvote, None)])


def without_participant(room: RoomRecord, participant: str) -> RoomRecord:
    """`room` without `participant`, every answer it gave, the ideas it sent and its
    upvotes (a phone the facilitator takes out: one stuffing the ballot, or a test)."""
    return RoomRecord(
        participants=tuple(p for p in room.participants if p.id != participant),
        answers=tuple(a for a in room.answers if a.participant != participant),
        ideas=tuple(
            i.model_copy(update={"votes": tuple(v for v in i.votes if v != participant)})
            for i in room.ideas
            if i.participant != participant
        ),
    )


def without_question(room: RoomRecord, question: Question) -> RoomRecord:
    """`room` without any answer to `question` (the ideas: every idea) — the phones stay:
    they may answer again."""
    if question is Question.IDEAS:
        return room.model_copy(update={"ideas": ()})
    return room.model_copy(
        update={"answers": tuple(a for a in room.answers if a.answer.question is not question)}
    )


def without_own_answers(room: RoomRecord, asked: str) -> RoomRecord:
    """`room` without the answers to the facilitator's own question `asked` (its id)."""
    return room.model_copy(
        update={
            "answers": tuple(
                a
                for a in room.answers
                if not (isinstance(a.answer, OwnAnswer) and a.answer.asks == asked)
            )
        }
    )


def restored(room: RoomRecord, taken: RoomRecord) -> RoomRecord:
    """`room` with what was `taken` out of it put back (the undo of a removal): a phone's
    answer comes back where the phone has not answered that question again since; an idea
    comes back where there is room for it; an upvote taken back where its idea and its
    phone still are and the phone has upvotes left."""
    participants = {p.id: p for p in room.participants}
    for p in taken.participants:
        participants.setdefault(p.id, p)
    answered = {(a.participant, slot(a.answer)) for a in room.answers}
    back = [a for a in taken.answers if (a.participant, slot(a.answer)) not in answered]
    ideas = {i.id: i for i in room.ideas}
    sent = Counter(i.participant for i in room.ideas)
    upvoted = Counter(v for i in room.ideas for v in i.votes)
    for idea in taken.ideas:
        if idea.id in ideas:  # still here: only its votes were taken
            have = ideas[idea.id]
            votes = list(have.votes)
            for voter in idea.votes:
                if voter not in votes and upvoted[voter] < MAX_UPVOTES_EACH:
                    votes.append(voter)
                    upvoted[voter] += 1
            ideas[idea.id] = have.model_copy(update={"votes": tuple(votes)})
        elif len(ideas) < MAX_IDEAS and sent[idea.participant] < MAX_IDEAS_EACH:
            votes = [v for v in idea.votes if upvoted[v] < MAX_UPVOTES_EACH]
            upvoted.update(votes)
            sent[idea.participant] += 1
            ideas[idea.id] = idea.model_copy(update={"votes": tuple(votes)})
    return RoomRecord(
        participants=tuple(participants.values()),
        answers=(*room.answers, *back),
        ideas=tuple(ideas.values()),
    )


def taken_out(before: RoomRecord, after: RoomRecord) -> RoomRecord:
    """What a removal took out of `before` to leave `after` (an idea whose upvotes only were
    taken is listed with those upvotes)."""
    left_ids = {p.id for p in after.participants}
    left = {id(a) for a in after.answers}  # a removal keeps the answers it leaves
    answers = tuple(a for a in before.answers if id(a) not in left)
    now = {i.id: i for i in after.ideas}
    ideas = []
    for idea in before.ideas:
        if idea.id not in now:
            ideas.append(idea)
        elif gone := tuple(v for v in idea.votes if v not in now[idea.id].votes):
            ideas.append(idea.model_copy(update={"votes": gone}))
    return RoomRecord.model_construct(  # not a record of its own: what a removal took
        participants=tuple(p for p in before.participants if p.id not in left_ids),
        answers=answers,
        ideas=tuple(ideas),
    )
