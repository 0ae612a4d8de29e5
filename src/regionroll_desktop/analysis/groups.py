"""Where the groups put the region: their centre, how far apart they are, and whether they
agree. Pure geometry on the capital matrix and the role map.

The rule for "agree" is stated, not hidden: every group's marker lies within an eighth of the
map's width of the groups' centre (0.25 on the matrix, whose axes run from -1 to +1; 0.125 on
the role map, whose axes run from 0 to 1), or, more loosely, all groups pick the same quadrant
(matrix) or main role (role map).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from ..model import MatrixPosition, Role, RoleWeights
from .matrix import Amount, Character, distance, quadrant
from .roles import position_of, weights_at

MATRIX_AGREEMENT_RADIUS = 0.25
ROLE_AGREEMENT_RADIUS = 0.125
START_RADIUS = 0.15  # a newly placed group marker stands this far from the middle


def starting_offset(group_ids: Sequence[str], group_id: str) -> tuple[float, float]:
    """Where, from the middle of a map, a group's new marker starts: the groups on a small
    ring in their order, so that markers placed one after another do not cover each other.
    (x rightwards, y in the map's own upward or downward sense.)"""
    n = group_ids.index(group_id) if group_id in group_ids else 0
    angle = 2 * math.pi * n / max(len(group_ids), 1)
    return START_RADIUS * math.cos(angle), START_RADIUS * math.sin(angle)


@dataclass(frozen=True, slots=True)
class MatrixSpread:
    centre: MatrixPosition
    spread: float  # the farthest group's distance from the centre
    agree: bool  # all within MATRIX_AGREEMENT_RADIUS of the centre
    # The one quadrant all groups chose, if so (none when a marker is in an axis's middle).
    quadrant: tuple[Amount, Character] | None
    count: int


def matrix_spread(positions: Sequence[MatrixPosition]) -> MatrixSpread | None:
    """None with no groups' markers; with one, it is its own centre."""
    if not positions:
        return None
    centre = MatrixPosition(
        capital_per_capita=sum(p.capital_per_capita for p in positions) / len(positions),
        proactivity=sum(p.proactivity for p in positions) / len(positions),
    )
    spread = max(distance(p, centre) for p in positions)
    quadrants = {quadrant(p) for p in positions}
    return MatrixSpread(
        centre=centre,
        spread=spread,
        agree=spread <= MATRIX_AGREEMENT_RADIUS,
        quadrant=next(iter(quadrants)) if len(quadrants) == 1 else None,
        count=len(positions),
    )


@dataclass(frozen=True, slots=True)
class RoleSpread:
    centre: RoleWeights  # the weights at the centre of the groups' markers
    centre_xy: tuple[float, float]
    spread: float  # on the role map, whose axes run from 0 to 1
    agree: bool
    main_role: Role | None  # the one main role all groups chose, if so
    count: int


def role_spread(weights: Sequence[RoleWeights]) -> RoleSpread | None:
    if not weights:
        return None
    points = [position_of(w) for w in weights]
    cx = sum(x for x, _ in points) / len(points)
    cy = sum(y for _, y in points) / len(points)
    spread = max(math.hypot(x - cx, y - cy) for x, y in points)
    mains = {w.main_role for w in weights}
    return RoleSpread(
        centre=weights_at(cx, cy),
        centre_xy=(cx, cy),
        spread=spread,
        agree=spread <= ROLE_AGREEMENT_RADIUS,
        main_role=next(iter(mains)) if len(mains) == 1 else None,
        count=len(weights),
    )
