"""Elected members and officials side by side (the deck's key Politik: "att göra regional
utveckling till en politisk – inte byråkratisk fråga"): where each side places the region on
the capital matrix and the role map, and how it scores the keys, from the groups marked as
one side and the phones that said which side they sit on.

The app's rules, said where the result shows: each group's marker and each phone's answer
counts once; a side's place is the centre of its answers; the two centres' distance is put in
words by fixed bands (`DistanceBand`); a key's score per side is the median of its phones'.
A side with no answer is unknown, and then there is no comparison."""

from __future__ import annotations

import math
import statistics
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import TypeVar

from ..model import Key, MatrixPosition, Moment, RoleWeights, Side, Workshop
from ..model.room import KeysAnswer, Participant, Question
from .matrix import distance
from .roles import position_of, weights_at
from .room import matrix_answered, roles_answered

# The bands of distance between the two centres, on the matrix (axes −1 … 1); the role map's
# axes run 0 … 1, so its bands are half as wide.
MATRIX_NEAR, MATRIX_APART = 0.25, 0.6
ROLE_SCALE = 0.5
V = TypeVar("V")


class DistanceBand(StrEnum):
    NEAR = "near"  # close together
    APART = "apart"  # some way apart
    FAR = "far"  # far apart


def band(distance_: float, scale: float = 1.0) -> DistanceBand:
    if distance_ < MATRIX_NEAR * scale:
        return DistanceBand.NEAR
    if distance_ < MATRIX_APART * scale:
        return DistanceBand.APART
    return DistanceBand.FAR


def _side_of(workshop: Workshop, phone: Participant) -> Side | None:
    """A phone's side: what it said, or its group's when it answered for a group."""
    if phone.side is not None:
        return phone.side
    group = workshop.group(phone.group) if phone.group else None
    return group.side if group is not None else None


def _phone_side(workshop: Workshop, participant: str) -> Side | None:
    phone = next((p for p in workshop.room.participants if p.id == participant), None)
    return _side_of(workshop, phone) if phone is not None else None


def _by_side(
    workshop: Workshop,
    marks: Iterable[tuple[str, V]],
    phones: Iterable[tuple[Participant, V]],
) -> dict[Side, list[V]]:
    """Each side's answers: its groups' markers (by group id) and its phones'."""
    found: dict[Side, list[V]] = {side: [] for side in Side}
    for group_id, value in marks:
        group = workshop.group(group_id)
        if group is not None and group.side is not None:
            found[group.side].append(value)
    for phone, value in phones:
        if (side := _side_of(workshop, phone)) is not None:
            found[side].append(value)
    return found


def matrix_by_side(workshop: Workshop, moment: Moment) -> dict[Side, list[MatrixPosition]]:
    """Each side's answers on the matrix for `moment`: its groups' markers and its phones'."""
    marks = ((m.group, m.position) for m in workshop.financing.groups if m.moment is moment)
    return _by_side(workshop, marks, matrix_answered(workshop.room, moment))


def roles_by_side(workshop: Workshop, moment: Moment) -> dict[Side, list[RoleWeights]]:
    """Each side's answers on the role map for `moment`: its groups' markers and its phones'."""
    marks = ((m.group, m.weights) for m in workshop.implementation.groups if m.moment is moment)
    return _by_side(workshop, marks, roles_answered(workshop.room, moment))


@dataclass(frozen=True, slots=True)
class MatrixSides:
    """Both sides' centres on the matrix for one moment, and how far apart they are."""

    moment: Moment
    elected: MatrixPosition
    officials: MatrixPosition
    counts: tuple[int, int]  # answers behind each centre (elected, officials)
    distance: float
    band: DistanceBand


@dataclass(frozen=True, slots=True)
class RoleSides:
    """Both sides' centres on the role map for one moment, and how far apart they are."""

    moment: Moment
    elected: RoleWeights
    officials: RoleWeights
    counts: tuple[int, int]
    distance: float
    band: DistanceBand


def _centre(positions: Sequence[MatrixPosition]) -> MatrixPosition:
    return MatrixPosition(
        capital_per_capita=sum(p.capital_per_capita for p in positions) / len(positions),
        proactivity=sum(p.proactivity for p in positions) / len(positions),
    )


def matrix_sides(workshop: Workshop, moment: Moment) -> MatrixSides | None:
    """None unless both sides answered for `moment`."""
    found = matrix_by_side(workshop, moment)
    elected, officials = found[Side.ELECTED], found[Side.OFFICIALS]
    if not elected or not officials:
        return None
    a, b = _centre(elected), _centre(officials)
    apart = distance(a, b)
    return MatrixSides(moment, a, b, (len(elected), len(officials)), apart, band(apart))


def _role_centre(weights: Sequence[RoleWeights]) -> tuple[float, float]:
    points = [position_of(w) for w in weights]
    return sum(x for x, _ in points) / len(points), sum(y for _, y in points) / len(points)


def role_sides(workshop: Workshop, moment: Moment) -> RoleSides | None:
    """None unless both sides answered for `moment`."""
    found = roles_by_side(workshop, moment)
    elected, officials = found[Side.ELECTED], found[Side.OFFICIALS]
    if not elected or not officials:
        return None
    (ax, ay), (bx, by) = _role_centre(elected), _role_centre(officials)
    apart = math.hypot(ax - bx, ay - by)
    return RoleSides(
        moment,
        weights_at(ax, ay),
        weights_at(bx, by),
        (len(elected), len(officials)),
        apart,
        band(apart, ROLE_SCALE),
    )


@dataclass(frozen=True, slots=True)
class KeySides:
    key: Key
    elected: float | None  # the median of the elected members' phones
    officials: float | None
    counts: tuple[int, int]


def key_sides(workshop: Workshop) -> list[KeySides]:
    """Each key's median score per side from the phones (empty unless both sides scored)."""
    scores: dict[Side, dict[Key, list[int]]] = {side: {k: [] for k in Key} for side in Side}
    for record in workshop.room.answers_to(Question.KEYS):
        side = _phone_side(workshop, record.participant)
        if side is not None and isinstance(record.answer, KeysAnswer):
            for key, score in record.answer.scores.items():
                scores[side][key].append(score)
    if not any(scores[Side.ELECTED].values()) or not any(scores[Side.OFFICIALS].values()):
        return []
    rows = []
    for key in Key:
        a, b = scores[Side.ELECTED][key], scores[Side.OFFICIALS][key]
        rows.append(
            KeySides(
                key,
                float(statistics.median(a)) if a else None,
                float(statistics.median(b)) if b else None,
                (len(a), len(b)),
            )
        )
    return rows
