"""What the ambition means for us (issue #37): the deck's points quoted for the ambition's main
role and for the role today's region leaves, word for word as the deck has them; a tie names
no main role; the room's lines per step."""

from __future__ import annotations

from pathlib import Path

from regionroll_desktop.analysis.consequences import consequences, lines
from regionroll_desktop.model import Moment, Role, RoleWeights, Step, Workshop
from regionroll_desktop.model import edits as e
from regionroll_desktop.model.deck import ROLE_DESCRIPTIONS
from regionroll_desktop.storage import load_workshop

SAMPLE = Path(__file__).parents[2] / "resources" / "samples" / "exempel.regionroll.json"

# The deck's own sentences on the roles' consequences, as its role slides print them (the
# issue quotes them): each must be among the points the app quotes for its role.
DECK_SAYS = {
    Role.KAPACITETSBYGGAREN: (
        "är ofta beredd att sätta av en större mängd egna resurser",
        "Styrningen är långsiktig och strategisk",
    ),
    Role.UTFORAREN: ("blir ofta långvarigt", "riskerar sårbarhet i den egna organisationen"),
    Role.NATVERKAREN: ("Blir lätt beroende av kompetens och kapacitet hos andra aktörer",),
    Role.FINANSIAREN: ("har svårt att öka mängden strategiskt utvecklingskapital",),
}


def _weights(**values: float) -> RoleWeights:
    return RoleWeights.from_values({Role(k): v for k, v in values.items()})


def test_the_example_moves_from_the_financier_to_the_capacity_builder() -> None:
    reading = consequences(load_workshop(SAMPLE))
    assert reading.ambition == (Role.KAPACITETSBYGGAREN,)
    assert reading.today == (Role.FINANSIAREN,) and reading.moves
    assert [p.role for p in reading.towards] == [Role.KAPACITETSBYGGAREN]
    assert [p.role for p in reading.leaving] == [Role.FINANSIAREN]
    assert reading.towards[0].points == ROLE_DESCRIPTIONS[Role.KAPACITETSBYGGAREN]
    assert {p.slide for p in reading.towards[0].points} == {"Kapacitetsbyggaren"}


def test_the_quotes_are_the_decks_own_words() -> None:
    for role, sentences in DECK_SAYS.items():
        w = e.set_role_weights(Workshop(), Moment.AMBITION, _weights(**{role.value: 1.0}))
        quoted = " ".join(p.sv for p in consequences(w).towards[0].points)
        for sentence in sentences:
            assert sentence in quoted, (role, sentence)


def test_a_tie_has_no_main_role_and_quotes_each() -> None:
    w = e.set_role_weights(
        Workshop(), Moment.AMBITION, _weights(natverkaren=0.5, kapacitetsbyggaren=0.5)
    )
    w = e.set_role_weights(w, Moment.TODAY, _weights(natverkaren=1.0))
    reading = consequences(w)
    assert reading.ambition == (Role.NATVERKAREN, Role.KAPACITETSBYGGAREN)
    assert [p.role for p in reading.towards] == list(reading.ambition)
    assert reading.leaving == ()  # today's role is one the ambition keeps


def test_nothing_is_quoted_before_the_ambition_is_placed() -> None:
    w = e.set_role_weights(Workshop(), Moment.TODAY, _weights(utforaren=1.0))
    reading = consequences(w)
    assert reading.ambition == () and reading.towards == () and reading.leaving == ()
    assert reading.is_empty


def test_the_rooms_lines_per_step() -> None:
    w = e.set_consequence(Workshop(), Step.FINANSIERING, "Mer egna medel\n\n  en   plan ")
    assert consequences(w).written == ((Step.FINANSIERING, "Mer egna medel\n\n  en   plan"),)
    assert lines(w.outcome.consequence(Step.FINANSIERING).text) == ["Mer egna medel", "en plan"]
