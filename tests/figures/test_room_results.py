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
    MAX_IDEAS,
    MAX_PARTICIPANTS,
    MAX_UPVOTES_EACH,
    DotsAnswer,
    Idea,
    KeysAnswer,
    MatrixAnswer,
    OwnAnswer,
    OwnKind,
    OwnQuestion,
    Participant,
    Question,
    RolesAnswer,
    Upvote,
    record_answer,
    record_idea,
    record_upvote,
)
from regionroll_desktop.storage import load_workshop

SAMPLE = Path(__file__).parents[2] / "resources" / "samples" / "exempel.regionroll.json"
WIDTH, HEIGHT, PX = 1200.0, 640.0, 18.0
OWN = {
    OwnKind.CHOICE: OwnQuestion(
        id="own-choice",
        text="Vilken roll tar regionen främst i kompetensfrågan?",
        kind=OwnKind.CHOICE,
        options=("Finansiären", "Utföraren", "Nätverkaren", "Kapacitetsbyggaren", "Vet inte"),
    ),
    OwnKind.SCALE: OwnQuestion(id="own-scale", text="Hur nöjda är vi?", kind=OwnKind.SCALE),
    OwnKind.WORDS: OwnQuestion(
        id="own-words", text="Ett ord för regionen 2030?", kind=OwnKind.WORDS
    ),
}
WORDS = ("Mod", "Samverkan", "Grön omställning", "Kompetens", "Tillit", "Innovation")


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
        if n < MAX_IDEAS:
            text = f"Idé {n}: " + "vi behöver mer samverkan med kommunerna " * r.randint(1, 3)
            idea = Idea(id=f"idea-{n}", participant=p.id, text=text.strip()[:140].strip())
            room = record_idea(room, p, idea.model_copy(update={"step": Step.STRATEGI}))
        for target in r.sample(range(min(n, MAX_IDEAS)), min(n, MAX_UPVOTES_EACH, 3)):
            room = record_upvote(room, p, Upvote(idea=f"idea-{target}"))
        for kind, own in OWN.items():
            answer = OwnAnswer(
                question=Question.OWN,
                asks=own.id,
                choice=r.randrange(len(own.options)) if kind is OwnKind.CHOICE else None,
                score=r.randint(1, 5) if kind is OwnKind.SCALE else None,
                words=((WORDS[n % len(WORDS)], f"Ord {n}") if kind is OwnKind.WORDS else ()),
            )
            room = record_answer(room, p, answer)
    return e.evolve(w, room=room, own_questions=tuple(OWN.values()))


def _drawn(workshop: Workshop, question: Question, own: OwnQuestion | None = None) -> Drawing:
    from regionroll_desktop.ui.drawing_painter import measure
    from regionroll_desktop.ui.i18n import set_language
    from regionroll_desktop.ui.room_results import results_content

    set_language(Language.SV)
    content = results_content(workshop, question, own)
    return results_drawing(content, WIDTH, HEIGHT, PX, measure)


PAGES = [
    (Question.MATRIX_TODAY, None),
    (Question.ROLES_TODAY, None),
    (Question.KEYS, None),
    (Question.DOTS, None),
    (Question.IDEAS, None),
    *((Question.OWN, kind) for kind in OwnKind),
]


@pytest.mark.parametrize("phones", [1, 3, MAX_PARTICIPANTS])
@pytest.mark.parametrize(("question", "kind"), PAGES)
def test_a_results_page_is_drawn_for_the_back_of_the_room(
    qapp, question: Question, kind: OwnKind | None, phones: int
) -> None:  # type: ignore[no-untyped-def]
    drawing = _drawn(_answered(phones), question, OWN[kind] if kind else None)
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
    # A noun after one is singular ("1 idé", "1 mobil"), after any other number plural.
    if question is Question.IDEAS:
        ideas = min(phones, MAX_IDEAS)
        assert (f"{ideas} idéer" if ideas > 1 else "1 idé ") in text + " "
    else:
        assert (f"{phones} mobiler har" if phones > 1 else "1 mobil har") in text
    if question is not Question.IDEAS:  # only an idea too long for two lines is shortened
        assert ELLIPSIS not in text, text
    if question is Question.ROLES_TODAY:
        assert "Kapacitets-" in text and "byggaren" in text  # whole, broken at its hyphen
    assert all(w.role is Role.TEXT for w in words)


def test_a_crowded_word_wall_says_how_many_more(qapp) -> None:  # type: ignore[no-untyped-def]
    drawing = _drawn(_answered(MAX_PARTICIPANTS), Question.OWN, OWN[OwnKind.WORDS])
    words = [p for p in drawing.parts if isinstance(p, Words)]
    text = " ".join(w.text for w in words)
    assert "till i panelen och rapporten" in text
    sizes = {w.text: w.px for w in words}
    assert sizes["Mod"] > sizes["Ord 1"]  # the most given the largest


def test_hidden_and_merged_ideas_never_reach_the_projector(qapp) -> None:  # type: ignore[no-untyped-def]
    workshop = _answered(3)
    workshop = e.hide_idea(workshop, "idea-0")
    workshop = e.merge_idea(workshop, "idea-1", "idea-2")
    text = " ".join(p.text for p in _drawn(workshop, Question.IDEAS).parts if isinstance(p, Words))
    assert "Idé 0" not in text and "Idé 1" not in text and "Idé 2" in text


def test_no_answer_yet_is_said(qapp) -> None:  # type: ignore[no-untyped-def]
    drawing = _drawn(load_workshop(SAMPLE), Question.KEYS)
    text = " ".join(p.text for p in drawing.parts if isinstance(p, Words))
    assert "Ingen mobil har svarat ännu." in text and "0 mobiler har svarat" in text


def test_a_quadrants_name_keeps_off_the_phones_dots() -> None:
    """Thirty phones' dots where a quadrant's name lies (its outer corner): the name goes to
    a corner they leave free, as the figures' captions do (the dots lay over the name)."""
    from regionroll_desktop.figures.drawing import Ellipse
    from regionroll_desktop.figures.room_results import MapPart, ResultsContent

    def measure(text: str, px: float, bold: bool) -> tuple[float, float]:
        lines = text.split("\n")
        return max(len(line) for line in lines) * px * 0.6, len(lines) * px * 1.25

    corner = [(0.03 + 0.012 * (n % 15), 0.03 + 0.03 * (n // 15)) for n in range(30)]
    part = MapPart(
        ("Finansiären", "Utföraren", "Nätverkaren", "Kapacitetsbyggaren"),
        ("", "", "", ""),
        corner,
        (0.1, 0.06),
        "#1d4ed8",
    )
    drawing = results_drawing(ResultsContent("", "30 mobiler", map=part), 1280, 720, 20, measure)
    dots = [
        Box(p.centre[0] - p.rx, p.centre[1] - p.ry, 2 * p.rx, 2 * p.ry)
        for p in drawing.parts
        if isinstance(p, Ellipse)
    ]
    assert len(dots) == 30
    (name,) = [w for w in drawing.words() if w.text == "Finansiären"]
    assert not [d for d in dots if d.overlaps(name.box)]


def test_a_ranking_longer_than_the_page_says_how_many_more_there_are(qapp) -> None:  # type: ignore[no-untyped-def]
    """The room's ideas, more than the page holds: the first as many as fit, most upvoted
    first, and a line saying how many more there are and where (the rest were left out
    without a word); a ranking the page holds says nothing more."""
    from regionroll_desktop.figures.drawing import Rect
    from regionroll_desktop.figures.room_results import BAR_BACK

    drawing = _drawn(_answered(MAX_PARTICIPANTS), Question.IDEAS)
    words = [w.text for w in drawing.parts if isinstance(w, Words)]
    more = [t for t in words if t.endswith("till i panelen och rapporten")]
    assert len(more) == 1, words
    total = min(MAX_PARTICIPANTS, MAX_IDEAS)
    shown = len([p for p in drawing.parts if isinstance(p, Rect) and p.fill == BAR_BACK])
    assert more[0] == f"+ {total - shown} till i panelen och rapporten"
    few = _drawn(_answered(3), Question.IDEAS)
    assert not [w for w in few.parts if isinstance(w, Words) and "till i panelen" in w.text]
