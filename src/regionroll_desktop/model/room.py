"""What the room answers from its own phones in a room session (issue #20): each participant's
answer to a question the facilitator has opened. The same models validate what a phone sends
(room/) and what the file holds, so an answer the file would refuse never gets in.

A participant is known by a random id and, only when the room chose names, a nickname; the
token a phone proves itself with is never part of the model (it is not saved).
"""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated, Literal

from pydantic import Field, StringConstraints, model_validator

from .limits import MAX_DOTS
from .text import visible
from .vocabulary import Key, Moment, Step
from .workshop import Frozen, Id, MatrixPosition, Name, RoleWeights

MAX_NICKNAME = 40  # characters: a phone's nickname fits a marker's label
MAX_COMMENT = 280  # characters in a comment to the parking lot
MAX_PARTICIPANTS = 300  # phones in one room session: far above a room of politicians

Nickname = Annotated[str, StringConstraints(strip_whitespace=True, max_length=MAX_NICKNAME)]
Comment = Annotated[
    str,
    StringConstraints(strip_whitespace=True, min_length=1, max_length=MAX_COMMENT),
]
Score = Annotated[int, Field(ge=1, le=5)]


class Question(StrEnum):
    """What the facilitator can open for the room to answer."""

    MATRIX_TODAY = "matrix.today"
    MATRIX_AMBITION = "matrix.ambition"
    ROLES_TODAY = "roles.today"
    ROLES_AMBITION = "roles.ambition"
    KEYS = "keys"
    DOTS = "dots"
    COMMENT = "comment"


class MatrixAnswer(Frozen):
    """Where the participant puts the region on the capital matrix."""

    question: Literal[Question.MATRIX_TODAY, Question.MATRIX_AMBITION]
    position: MatrixPosition

    @property
    def moment(self) -> Moment:
        return Moment.TODAY if self.question is Question.MATRIX_TODAY else Moment.AMBITION


class RolesAnswer(Frozen):
    """Where the participant puts the region on the role map (the weights of the roles)."""

    question: Literal[Question.ROLES_TODAY, Question.ROLES_AMBITION]
    weights: RoleWeights

    @property
    def moment(self) -> Moment:
        return Moment.TODAY if self.question is Question.ROLES_TODAY else Moment.AMBITION


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
        if not visible(self.text).strip():
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
