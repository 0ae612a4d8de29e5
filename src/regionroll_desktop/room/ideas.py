"""The phones' ideas as the session's server keeps them (issue #38): the board the window
publishes from the workshop (what the room sent, with what the facilitator made of it), and
what the server has taken since and the window has not yet recorded. A phone sees the open
ideas and those made an action or a parked question, never a hidden or merged one, and never
who sent any; its own are marked so that it does not upvote them. No Qt, no aiohttp."""

from __future__ import annotations

import json
from collections.abc import Collection
from dataclasses import dataclass, field
from typing import Any

from ..model.limits import MAX_IDEAS
from ..model.room import MAX_IDEAS_EACH, MAX_UPVOTES_EACH, Idea, RoomRecord
from ..model.vocabulary import IdeaFate
from ..model.workshop import HandledIdea, Workshop


@dataclass(frozen=True, slots=True)
class BoardIdea:
    """One idea as the phones may see it: merged ones' upvotes counted in."""

    id: str
    author: str  # the phone that sent it: never sent to any phone
    text: str
    kind: str
    voters: frozenset[str]  # its own upvotes and those of the ideas merged into it
    fate: IdeaFate | None  # ACTION or PARKED (shown with it), or None (open)


@dataclass(frozen=True, slots=True)
class IdeaBoard:
    """The ideas the phones see, most upvoted first; and every idea's author and upvoters
    (hidden and merged ones too: a phone's limits count them)."""

    shown: tuple[BoardIdea, ...] = ()
    authors: dict[str, str] = field(default_factory=dict)  # every idea's id → its phone
    votes: dict[str, frozenset[str]] = field(default_factory=dict)  # every idea's own upvoters
    # Those waiting for the facilitator to show them (under review): only their own phone's.
    waiting: tuple[BoardIdea, ...] = ()

    @property
    def ids(self) -> frozenset[str]:
        return frozenset(self.authors)


def idea_board(
    room: RoomRecord, handled: tuple[HandledIdea, ...], waiting: Collection[str] = ()
) -> IdeaBoard:
    """The board of `room`'s ideas, with what the facilitator made of them (`handled`) and
    those still `waiting` for the facilitator to show them (the workshop's `waiting_ideas`)."""
    fates = {h.idea: h for h in handled}
    ideas = {i.id: i for i in room.ideas}
    voters: dict[str, set[str]] = {i.id: set(i.votes) for i in room.ideas}
    for h in handled:  # a merged idea's upvotes count where it was merged
        if h.fate is IdeaFate.MERGED and h.into in voters:
            voters[h.into] |= voters.get(h.idea, set())
    shown: list[BoardIdea] = []
    held: list[BoardIdea] = []
    order: list[Idea] = list(room.ideas)
    for idea in order:
        fate = fates.get(idea.id)
        if fate is not None and fate.fate in (IdeaFate.HIDDEN, IdeaFate.MERGED):
            continue
        (held if idea.id in waiting else shown).append(
            BoardIdea(
                idea.id,
                idea.participant,
                idea.text,
                idea.kind.value,
                frozenset(voters[idea.id]),
                fate.fate if fate is not None else None,
            )
        )
    shown.sort(key=lambda b: -len(b.voters))  # stable: the earlier first on a tie
    return IdeaBoard(
        tuple(shown),
        {i.id: i.participant for i in ideas.values()},
        {i.id: frozenset(i.votes) for i in ideas.values()},
        tuple(held),
    )


def board_of(workshop: Workshop) -> IdeaBoard:
    """The board of `workshop`'s ideas as the room may see them (`idea_board`)."""
    outcome = workshop.outcome
    return idea_board(workshop.room, outcome.handled, workshop.waiting_ideas())


def board_parts(workshop: Workshop) -> tuple[object, ...]:
    """What the board of `workshop`'s ideas is made of: a view of it watches these."""
    outcome = workshop.outcome
    return (workshop.room.ideas, outcome.handled, outcome.review_ideas, outcome.shown_ideas)


@dataclass
class IdeaLedger:
    """What the server took that the board does not show yet (the window records it within
    moments), so that a phone's limits hold in between: ideas sent, upvotes given or taken
    back. Used from the server's thread only; `board` is replaced whole from the window's."""

    board: IdeaBoard = field(default_factory=IdeaBoard)
    sent: dict[str, str] = field(default_factory=dict)  # idea id → phone, not yet on the board
    voted: dict[tuple[str, str], bool] = field(default_factory=dict)  # (phone, idea) → up
    _shared: tuple[IdeaBoard, str] | None = None  # the board's words for every phone, once

    def settle(self) -> None:
        """Forget what the board now shows."""
        board = self.board
        self.sent = {i: p for i, p in self.sent.items() if i not in board.authors}
        self.voted = {
            (p, i): up
            for (p, i), up in self.voted.items()
            if i in board.votes and (p in board.votes[i]) != up
        }

    def ideas_of(self, phone: str) -> int:
        on_board = sum(1 for author in self.board.authors.values() if author == phone)
        return on_board + sum(1 for p in self.sent.values() if p == phone)

    def room_for_idea(self, phone: str) -> str:
        """Why `phone` may not send another idea ("" when it may)."""
        self.settle()
        if len(self.board.authors) + len(self.sent) >= MAX_IDEAS:
            return "ideas-full"
        if self.ideas_of(phone) >= MAX_IDEAS_EACH:
            return "enough"
        return ""

    def upvoted(self, phone: str, idea: str) -> bool:
        if (phone, idea) in self.voted:
            return self.voted[(phone, idea)]
        return phone in self.board.votes.get(idea, frozenset())

    def upvotes_of(self, phone: str) -> int:
        ideas = set(self.board.votes) | {i for _p, i in self.voted}
        return sum(1 for idea in ideas if self.upvoted(phone, idea))

    def may_upvote(self, phone: str, idea: str, up: bool) -> str:
        """Why `phone` may not upvote `idea` (or take it back) ("" when it may)."""
        self.settle()
        if idea not in self.board.authors or not any(b.id == idea for b in self.board.shown):
            return "no-idea"
        if self.board.authors[idea] == phone:
            return "own-idea"
        if up and not self.upvoted(phone, idea) and self.upvotes_of(phone) >= MAX_UPVOTES_EACH:
            return "upvotes"
        return ""

    def shared_json(self) -> str:
        """The board as every phone sees it, as JSON, made once per board (a room of phones
        looking at once is sent the same words): each shown idea's id, words, kind, upvotes
        and what became of it; never who sent it."""
        board = self.board
        if self._shared is None or self._shared[0] is not board:
            shown = [
                {
                    "id": idea.id,
                    "text": idea.text,
                    "kind": idea.kind,
                    "votes": len(idea.voters),
                    "fate": idea.fate.value if idea.fate is not None else None,
                }
                for idea in board.shown
            ]
            self._shared = (board, json.dumps(shown, ensure_ascii=False))
        return self._shared[1]

    def for_phone(self, phone: str) -> dict[str, list[Any]]:
        """What only `phone` sees of the board: which shown ideas are its own and which it
        has upvoted (its upvotes not on the board yet counted as given), and its own ideas
        that wait for the facilitator to show them to the room (their words and kind)."""
        mine, voted = [], []
        for idea in self.board.shown:
            if idea.author == phone:
                mine.append(idea.id)
            up = self.voted.get((phone, idea.id))
            if up or (up is None and phone in idea.voters):
                voted.append(idea.id)
        waiting = [
            {"id": idea.id, "text": idea.text, "kind": idea.kind}
            for idea in self.board.waiting
            if idea.author == phone
        ]
        return {"mine": mine, "voted": voted, "waiting": waiting}
