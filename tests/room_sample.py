"""A room that answered every question from its phones, for the tests of the pages that tell
what it said (the report, "what changed", the comparison). Run as a script, it writes the
example workshop with this room to a file: `python -m tests.room_sample OUT [--by-name]`."""

from __future__ import annotations

import sys
from pathlib import Path

from regionroll_desktop.model import Key, MatrixPosition, Moment, RoleWeights, Step, Workshop
from regionroll_desktop.model.room import (
    MATRIX_QUESTIONS,
    ROLES_QUESTIONS,
    DotsAnswer,
    Idea,
    IdeaKind,
    KeysAnswer,
    MatrixAnswer,
    Participant,
    Question,
    RolesAnswer,
    RoomRecord,
    Upvote,
    record_answer,
    record_idea,
    record_upvote,
)

SAMPLE = Path(__file__).parents[1] / "resources" / "samples" / "exempel.regionroll.json"
NICKNAMES = ("Anna", "Bo", "Cecilia", "David", "Elif", "Fredrik")


def phones(by_name: bool = False, count: int = 6) -> list[Participant]:
    return [
        Participant(id=f"phone-{n}", nickname=NICKNAMES[n % len(NICKNAMES)] if by_name else "")
        for n in range(count)
    ]


def full_room(workshop: Workshop, by_name: bool = False) -> RoomRecord:
    """Six phones: each places both markers on both maps, scores the keys, gives two dots (on
    the workshop's first action and its first RUS priority, when it has them); the first two
    send an idea (a question for the parking lot, a proposed action) and the other four upvote
    the first."""
    room = RoomRecord()
    targets = tuple(
        x
        for x in (
            workshop.outcome.actions[0].id if workshop.outcome.actions else None,
            workshop.strategy.focus_areas[0].id if workshop.strategy.focus_areas else None,
        )
        if x is not None
    )
    for n, phone in enumerate(phones(by_name)):
        for moment, shift in ((Moment.TODAY, 0.0), (Moment.AMBITION, 0.4)):
            position = MatrixPosition(
                capital_per_capita=round(-0.5 + 0.1 * n + shift, 3),
                proactivity=round(-0.2 + 0.05 * n + shift, 3),
            )
            room = record_answer(
                room, phone, MatrixAnswer(question=MATRIX_QUESTIONS[moment], position=position)
            )
            network = 0.1 + 0.05 * n + shift / 2
            weights = RoleWeights(
                finansiaren=0.4 - 0.05 * n,
                utforaren=0.2,
                natverkaren=round(network, 6),
                kapacitetsbyggaren=round(1 - (0.4 - 0.05 * n) - 0.2 - round(network, 6), 6),
            )
            room = record_answer(
                room, phone, RolesAnswer(question=ROLES_QUESTIONS[moment], weights=weights)
            )
        scores = {key: 1 + (n + k) % 5 for k, key in enumerate(Key)}
        room = record_answer(room, phone, KeysAnswer(question=Question.KEYS, scores=scores))
        if targets:
            room = record_answer(room, phone, DotsAnswer(question=Question.DOTS, targets=targets))
        if n < 2:
            text = ("Vem äger kompetensfrågan?", "Följ upp RUS:en varje år")[n]
            kind = (IdeaKind.QUESTION, IdeaKind.ACTION)[n]
            idea = Idea(
                id=f"idea-{n}", participant=phone.id, text=text, kind=kind, step=Step.STRATEGI
            )
            room = record_idea(room, phone, idea)
        else:
            room = record_upvote(room, phone, Upvote(idea="idea-0"))
    return room


def main(argv: list[str]) -> None:
    from regionroll_desktop.storage.workshop_file import load_workshop, save_workshop

    workshop = load_workshop(SAMPLE)
    workshop = workshop.model_copy(update={"room": full_room(workshop, "--by-name" in argv)})
    save_workshop(workshop, Path(argv[0]))


if __name__ == "__main__":
    main(sys.argv[1:])
