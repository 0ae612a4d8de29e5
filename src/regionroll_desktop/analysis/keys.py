"""The five keys: which are the weakest."""

from __future__ import annotations

from ..model import Key, Workshop


def weakest(workshop: Workshop) -> list[Key]:
    """The keys with the lowest score (all of them when tied); none while nothing is scored."""
    scored = [(k.score, k.key) for k in workshop.keys if k.score is not None]
    if not scored:
        return []
    low = min(s for s, _ in scored)
    return [key for s, key in scored if s == low]
