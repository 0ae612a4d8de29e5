"""The five keys: which are the weakest.

Appens regel: a key is the weakest when it is scored lower than another scored key. While
fewer than two keys are scored there is nothing to compare, and when every scored key has
the same score none is weaker than another (a tie of all is no finding)."""

from __future__ import annotations

from collections.abc import Mapping

from ..model import Key, Workshop


def scored_keys(workshop: Workshop) -> dict[Key, int]:
    """The scored keys' scores, in the keys' order."""
    return {k.key: k.score for k in workshop.keys if k.score is not None}


def lowest(scores: Mapping[Key, int]) -> list[Key]:
    """The keys with the lowest score (all of them when tied), in the keys' order; none when
    fewer than two are scored or every scored key has the same score."""
    if len(set(scores.values())) < 2:
        return []
    low = min(scores.values())
    return [key for key in Key if scores.get(key) == low]


def even_score(scores: Mapping[Key, int]) -> int | None:
    """The score every scored key shares when two or more are scored and none differs."""
    values = set(scores.values())
    return next(iter(values)) if len(scores) >= 2 and len(values) == 1 else None


def weakest(workshop: Workshop) -> list[Key]:
    """`workshop`'s weakest keys (see `lowest`)."""
    return lowest(scored_keys(workshop))
