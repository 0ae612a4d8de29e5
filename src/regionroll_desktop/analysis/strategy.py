"""Diagnostics of a strategy structure, held against the deck's desired pyramid.

The desired pyramid: one RUS on top, plans and field strategies derived from it, action plans
derived from those. Each diagnostic names the documents it concerns so the UI can select them.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from ..model import Branch, FocusArea, FocusTier, Organisation, Strategy, StrategyKind


class Problem(StrEnum):
    NO_RUS = "no_rus"
    SEVERAL_RUS = "several_rus"
    ORPHAN = "orphan"  # derives from nothing
    UNREACHABLE = "unreachable"  # an action plan whose links never reach the RUS
    EMPTY_LEVEL = "empty_level"
    DOWNWARD_LINK = "downward_link"  # derives from a document on a lower level
    SKIPS_LEVEL = "skips_level"  # derives from a document two levels up, past the middle one
    CYCLE = "cycle"
    UNCOVERED = "uncovered"  # branches in the remit that no strategy covers


@dataclass(frozen=True)
class Diagnostic:
    problem: Problem
    documents: tuple[str, ...] = ()
    level: int | None = None
    branches: tuple[Branch, ...] = ()


def _level(kind: StrategyKind) -> int:
    return StrategyKind(kind).level


def _cycles(links: dict[str, list[str]]) -> list[tuple[str, ...]]:
    """Each cycle in the "derives from" graph once, as the documents on it (iterative DFS)."""
    found: list[tuple[str, ...]] = []
    seen_sets: set[frozenset[str]] = set()
    state: dict[str, int] = {}  # 1 on the stack, 2 done
    for root in links:
        if state.get(root):
            continue
        stack: list[tuple[str, Iterable[str]]] = [(root, iter(links.get(root, [])))]
        path = [root]
        state[root] = 1
        while stack:
            node, children = stack[-1]
            child = next(children, None)  # type: ignore[call-overload]
            if child is None:
                state[node] = 2
                stack.pop()
                path.pop()
                continue
            if state.get(child) == 1:
                cycle = tuple(path[path.index(child) :])
                if frozenset(cycle) not in seen_sets:
                    seen_sets.add(frozenset(cycle))
                    found.append(cycle)
            elif not state.get(child):
                state[child] = 1
                stack.append((child, iter(links.get(child, []))))
                path.append(child)
    return found


# What the app observes or reads into the deck's lost picture, not what the deck's text says:
# branches no strategy covers, and a link past the level between (the deck's text says the
# action plans derive from the field strategies and plans; not that a link may not skip).
APP_READINGS = frozenset({Problem.UNCOVERED, Problem.SKIPS_LEVEL})


def differences(
    strategy: Strategy,
    organisation: Organisation | None = None,
    found: list[Diagnostic] | None = None,
) -> list[Diagnostic]:
    """The pyramid's differences from the deck's desired one: every diagnostic but the app's
    own observations and readings (`APP_READINGS`). The one source of the count and the list
    wherever the app or the report states them (issue #35: the summary said none, the
    comparison's table 1). `found`: the diagnostics when the caller has them."""
    found = diagnose(strategy, organisation) if found is None else found
    return [d for d in found if d.problem not in APP_READINGS]


def diagnose(strategy: Strategy, organisation: Organisation | None = None) -> list[Diagnostic]:
    docs = {d.id: d for d in strategy.documents}
    parents: dict[str, list[str]] = {d: [] for d in docs}
    for link in strategy.links:
        parents[link.document].append(link.source)
    result: list[Diagnostic] = []

    rus = [d.id for d in strategy.documents if d.kind is StrategyKind.RUS]
    if strategy.documents and not rus:
        result.append(Diagnostic(Problem.NO_RUS))
    if len(rus) > 1:
        result.append(Diagnostic(Problem.SEVERAL_RUS, tuple(rus)))

    if strategy.documents:
        for level in (1, 2, 3):
            if not any(_level(d.kind) == level for d in strategy.documents):
                result.append(Diagnostic(Problem.EMPTY_LEVEL, level=level))

    orphans = tuple(
        d.id for d in strategy.documents if d.kind is not StrategyKind.RUS and not parents[d.id]
    )
    if orphans:
        result.append(Diagnostic(Problem.ORPHAN, orphans))

    # Which documents reach a RUS by following "derives from" upwards.
    reaches: set[str] = set(rus)
    changed = True
    while changed:
        changed = False
        for doc, sources in parents.items():
            if doc not in reaches and any(s in reaches for s in sources):
                reaches.add(doc)
                changed = True
    unreachable = tuple(
        d.id
        for d in strategy.documents
        if d.kind is StrategyKind.HANDLINGSPLAN and d.id not in reaches and parents[d.id]
    )
    if rus and unreachable:
        result.append(Diagnostic(Problem.UNREACHABLE, unreachable))

    downward = tuple(
        dict.fromkeys(
            part
            for link in strategy.links
            if _level(docs[link.source].kind) > _level(docs[link.document].kind)
            for part in (link.document, link.source)
        )
    )
    if downward:
        result.append(Diagnostic(Problem.DOWNWARD_LINK, downward))

    skipping = tuple(
        dict.fromkeys(
            part
            for link in strategy.links
            if _level(docs[link.document].kind) - _level(docs[link.source].kind) >= 2
            for part in (link.document, link.source)
        )
    )
    if skipping:
        result.append(Diagnostic(Problem.SKIPS_LEVEL, skipping))

    for cycle in _cycles(parents):
        result.append(Diagnostic(Problem.CYCLE, cycle))

    if strategy.documents:
        covered = {b for d in strategy.documents for b in d.branches}
        outside = (
            {p.branch for p in organisation.branches if p.outside_remit} if organisation else set()
        )
        missing = tuple(b for b in Branch if b not in covered and b not in outside)
        if missing:
            result.append(Diagnostic(Problem.UNCOVERED, branches=missing))
    return result


# --- The RUS's focus ----------------------------------------------------------------------------

BREADTH_RULE = "bredd > kärna + spets"


def untested_priorities(strategy: Strategy) -> list[FocusArea]:
    """The Spets and Kärna priorities that pass neither of the deck's two tests of a relevant
    RUS ("återspegla de politiska prioriteringarna … fokusera områden som kräver
    samhandling"): the app's observation, in the board's order. Bredd is left out: the deck
    tests what the RUS focuses on."""
    focused = (FocusTier.SPETS, FocusTier.KARNA)
    return [a for a in strategy.focus_areas if a.tier in focused and not a.tested]


def breadth_dominates(strategy: Strategy) -> bool:
    """The deck warns that a broad RUS risks having little relevance. The rule used here: more
    sorted priorities in Bredd than in Kärna and Spets together."""
    counts = {t: sum(1 for a in strategy.focus_areas if a.tier is t) for t in FocusTier}
    return counts[FocusTier.BREDD] > counts[FocusTier.KARNA] + counts[FocusTier.SPETS]
