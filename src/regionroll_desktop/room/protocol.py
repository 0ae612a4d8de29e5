"""What the room session's server and the window say to each other: what the phones may see,
and an answer as it arrived. Plain data, so the window imports none of the server (aiohttp is
loaded only when a session starts)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..model.room import Answer, AnsweredBy, Idea, OwnQuestion, Participant, Question, Upvote


@dataclass(frozen=True)
class RoomView:
    """What the phones may see: which questions are open, and the words they need."""

    open: frozenset[Question] = frozenset()
    title: str = ""
    language: str = "sv"
    by: AnsweredBy = AnsweredBy.ANONYMOUS
    groups: tuple[tuple[str, str], ...] = ()  # (id, name), when the room answers by group
    targets: tuple[tuple[str, str], ...] = ()  # (id, words): what dots may go on
    dots: int = 3  # dots a participant may spend
    # The keys as the deck puts them: (id, name, the deck's point), and what the scores mean.
    keys: tuple[tuple[str, str, str], ...] = ()
    scale: str = ""
    glossary: str = ""  # the abbreviations the deck's points use (RU, HSV)
    ask_side: bool = False  # a phone joining says whether it is an elected member or official
    now: Question | None = None  # the question the facilitator has the room on (open)
    ready_round: int = 0  # "Klar?" asked (1, 2, …: each asking a new count); 0: not asked
    own: OwnQuestion | None = None  # the facilitator's own question asked (open: Question.OWN)

    def as_json(self) -> dict[str, Any]:
        return {
            "open": sorted(q.value for q in self.open),
            "title": self.title,
            "language": self.language,
            "by": self.by.value,
            "groups": [{"id": i, "name": n} for i, n in self.groups],
            "targets": [{"id": i, "text": t} for i, t in self.targets],
            "dots": self.dots,
            "keys": [{"id": i, "name": n, "point": p} for i, n, p in self.keys],
            "scale": self.scale,
            "glossary": self.glossary,
            "ask_side": self.ask_side,
            "now": self.now.value if self.now in self.open else None,
            "ready_round": self.ready_round,
            "own": (
                {
                    "id": self.own.id,
                    "text": self.own.text,
                    "kind": self.own.kind.value,
                    "options": list(self.own.options),
                }
                if self.own is not None and Question.OWN in self.open
                else None
            ),
        }


@dataclass(frozen=True)
class Received:
    """What a phone sent as it arrived (an answer, an idea, an upvote): from whom (a
    participant's id, never its token) and when."""

    participant: Participant
    answer: Answer | Idea | Upvote
    at: float
    seq: int = 0  # the answer's place in the order the server took them (1, 2, …)
