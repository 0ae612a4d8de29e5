"""The room's results for the projector (issue #38): each question's answers laid out for the
back of the room, every word at the body's type or larger (the quadrants' names whole, a long
label on two lines rather than cut), nothing over anything, all inside the page; never who
answered what."""

from __future__ import annotations

import itertools
import random
from pathlib import Path

import pytest

from regionroll_desktop.analysis.matrix import Box
from regionroll_desktop.analysis.roles import weights_at
from regionroll_desktop.figures.drawing import ELLIPSIS, Drawing, Role, Words
from regionroll_desktop.figures.room_results import results_drawing
from regionroll_desktop.model import Key, Language, MatrixPosition, Step, Workshop
from regionroll_desktop.model import edits as e
from regionroll_desktop.model.room import (
    MAX_PARTICIPANTS,
    CommentAnswer,
    DotsAnswer,
    KeysAnswer,
    MatrixAnswer,
    Participant,
    Question,
    RolesAnswer,
    record_answer,
)
from regionroll_desktop.storage import load_workshop

SAMPLE = Path(__file__).parents[2] / "resources" / "samples" / "exempel.regionroll.json"
WIDTH, HEIGHT, PX = 1200.0, 640.0, 18.0


def _answered(phones: int) -> Workshop:
    w = load_workshop(SAMPLE)
    r = random.Random(7)
    room = w.room
    targets = list(w.dot_targets())
    for n in range(phones):
        p = Participant(id=f"p{n}", nickname=f"Namn {n}")
        position = MatrixPosition(
            capital_per_capita=round(r.uniform(-1, 1), 2), proactivity=round(r.uniform(-1, 1), 2)
        )
        room = record_answer(
            room, p, MatrixAnswer(question=Question.MATRIX_TODAY, position=position)
        )
        weights = weights_at(r.random(), r.random())
        room = record_answer(room, p, RolesAnswer(question=Question.ROLES_TODAY, weights=weights))
        scores = {k: r.randint(1, 5) for k in Key}
        room = record_answer(room, p, KeysAnswer(question=Question.KEYS, scores=scores))
        room = record_answer(
            room, p, DotsAnswer(question=Question.DOTS, targets=tuple(r.sample(targets, 3)))
        )
        text = f"Kommentar {n}: " + "vi behöver mer samverkan med kommunerna " * r.randint(1, 3)
        comment = CommentAnswer(question=Question.COMMENT, text=text.strip(), step=Step.STRATEGI)
        room = record_answer(room, p, comment)
    return e.evolve(w, room=room)


def _drawn(workshop: Workshop, question: Question) -> Drawing:
    from regionroll_desktop.ui.drawing_painter import measure
    from regionroll_desktop.ui.i18n import set_language
    from regionroll_desktop.ui.room_results import results_content

    set_language(Language.SV)
    return results_drawing(results_content(workshop, question), WIDTH, HEIGHT, PX, measure)


@pytest.mark.parametrize("phones", [3, MAX_PARTICIPANTS])
@pytest.mark.parametrize(
    "question",
    [Question.MATRIX_TODAY, Question.ROLES_TODAY, Question.KEYS, Question.DOTS, Question.COMMENT],
)
def test_a_results_page_is_drawn_for_the_back_of_the_room(
    qapp, question: Question, phones: int
) -> None:  # type: ignore[no-untyped-def]
    drawing = _drawn(_answered(phones), question)
    words = [p for p in drawing.parts if isinstance(p, Words)]
    assert words and all(w.px >= PX for w in words), sorted({w.px for w in words})[:3]
    bounds = Box(-0.5, -0.5, WIDTH + 1, HEIGHT + 1)
    assert all(w.box.inside(bounds) for w in words)
    crossing = [
        (a.text[:20], b.text[:20])
        for a, b in itertools.combinations(words, 2)
        if a.box.overlap(b.box) > 1.0
    ]
    assert not crossing, crossing
    text = " ".join(w.text for w in words)
    assert "Namn " not in text  # never who answered what
    assert f"{phones} mobiler har svarat" in text
    if question is not Question.COMMENT:  # only a comment too long for its note is shortened
        assert ELLIPSIS not in text, text
    if question is Question.ROLES_TODAY:
        assert "Kapacitets-" in text and "byggaren" in text  # whole, broken at its hyphen
    assert all(w.role is Role.TEXT for w in words)


def test_a_crowded_wall_says_how_many_more(qapp) -> None:  # type: ignore[no-untyped-def]
    drawing = _drawn(_answered(MAX_PARTICIPANTS), Question.COMMENT)
    text = " ".join(p.text for p in drawing.parts if isinstance(p, Words))
    assert "till i panelen och rapporten" in text


def test_no_answer_yet_is_said(qapp) -> None:  # type: ignore[no-untyped-def]
    drawing = _drawn(load_workshop(SAMPLE), Question.KEYS)
    text = " ".join(p.text for p in drawing.parts if isinstance(p, Words))
    assert "Ingen mobil har svarat ännu." in text and "0 mobiler har svarat" in text
