"""What the room's answers from its phones add up to, for the pages that show them: each
key's scores, the dots on each target. Counts and the median only: the room's words are its
own, and a tie or an even count is said as it is (a median of 2.5 is 2.5)."""

from __future__ import annotations

import statistics
from collections import Counter

from ..model import Key, MatrixPosition, Moment, RoleWeights
from ..model.room import (
    MATRIX_QUESTIONS,
    ROLES_QUESTIONS,
    Answer,
    DotsAnswer,
    KeysAnswer,
    MatrixAnswer,
    Participant,
    Question,
    RolesAnswer,
    RoomRecord,
)


def answered(room: RoomRecord, question: Question) -> list[tuple[Participant, Answer]]:
    """Each answer to `question` with the phone that sent it, in the order they came."""
    people = {p.id: p for p in room.participants}
    return [(people[a.participant], a.answer) for a in room.answers_to(question)]


def matrix_answered(room: RoomRecord, moment: Moment) -> list[tuple[Participant, MatrixPosition]]:
    """Each phone's position on the capital matrix for `moment`, with the phone."""
    return [
        (who, answer.position)
        for who, answer in answered(room, MATRIX_QUESTIONS[moment])
        if isinstance(answer, MatrixAnswer)
    ]


def roles_answered(room: RoomRecord, moment: Moment) -> list[tuple[Participant, RoleWeights]]:
    """Each phone's weights on the role map for `moment`, with the phone."""
    return [
        (who, answer.weights)
        for who, answer in answered(room, ROLES_QUESTIONS[moment])
        if isinstance(answer, RolesAnswer)
    ]


def matrix_answers(room: RoomRecord, moment: Moment) -> list[MatrixPosition]:
    """Each phone's position on the capital matrix for `moment`."""
    return [position for _, position in matrix_answered(room, moment)]


def roles_answers(room: RoomRecord, moment: Moment) -> list[RoleWeights]:
    """Each phone's weights on the role map for `moment`."""
    return [weights for _, weights in roles_answered(room, moment)]


def key_scores(room: RoomRecord, key: Key) -> list[int]:
    """Each phone's score for `key`, in the order they came."""
    return [
        a.answer.scores[key]
        for a in room.answers_to(Question.KEYS)
        if isinstance(a.answer, KeysAnswer) and key in a.answer.scores
    ]


def score_summary(scores: list[int]) -> tuple[float, dict[int, int]] | None:
    """The median and how many gave each score from 1 to 5; None without scores."""
    if not scores:
        return None
    counts = Counter(scores)
    return statistics.median(scores), {s: counts.get(s, 0) for s in range(1, 6)}


def room_dots(room: RoomRecord) -> Counter[str]:
    """The phones' dots on each target (an action's or a RUS priority's id)."""
    dots: Counter[str] = Counter()
    for answer in room.answers_to(Question.DOTS):
        if isinstance(answer.answer, DotsAnswer):
            dots.update(answer.answer.targets)
    return dots
