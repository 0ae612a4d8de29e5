"""Starting layouts for the organisation: the deck's three political and three administrative
models, drawn as the deck draws them. Which branches a nämnd or förvaltning holds "varies"
(the deck's word), so the split used for 2+ is an example to edit, and says so in its names.
"""

from __future__ import annotations

from .edits import GENERAL_ADMINISTRATION_ID, evolve
from .vocabulary import AdministrativeBodyKind, BodyModel, Branch, Lane, PoliticalBodyKind
from .workshop import (
    REGIONSTYRELSEN_ID,
    AdministrativeBody,
    BranchPlacement,
    PoliticalBody,
    Workshop,
)

# For 2+, the first body takes these branches and the second the rest (an example split).
_FIRST_OF_TWO = {
    Branch.NARINGSLIV,
    Branch.KOMPETENSFORSORJNING,
    Branch.PLAN,
    Branch.INFRASTRUKTUR,
    Branch.KOLLEKTIVTRAFIK,
    Branch.MILJO,
}


def _placed(workshop: Workshop, lane: Lane, home: dict[Branch, str]) -> tuple[BranchPlacement, ...]:
    key = f"{lane}_body"
    return tuple(
        p if p.outside_remit else evolve(p, **{key: home[p.branch]})
        for p in workshop.organisation.branches
    )


def political_preset(workshop: Workshop, model: BodyModel) -> Workshop:
    """Replace the nämnder with the model's layout; every branch in the remit is placed."""
    board = next(
        b
        for b in workshop.organisation.political_bodies
        if b.kind is PoliticalBodyKind.REGIONSTYRELSE
    )
    if model is BodyModel.ZERO:
        bodies: tuple[PoliticalBody, ...] = (board,)
        home = dict.fromkeys(Branch, REGIONSTYRELSEN_ID)
    elif model is BodyModel.ONE:
        bodies = (board, PoliticalBody(id="namnd-ru", name="Regionala utvecklingsnämnden"))
        home = dict.fromkeys(Branch, "namnd-ru")
    else:
        bodies = (
            board,
            PoliticalBody(id="namnd-a", name="Nämnd för regional utveckling A (exempel)"),
            PoliticalBody(id="namnd-b", name="Nämnd för regional utveckling B (exempel)"),
        )
        home = {b: "namnd-a" if b in _FIRST_OF_TWO else "namnd-b" for b in Branch}
    org = workshop.organisation
    kept = {b.id for b in bodies}
    # Rebuild in one validation: bodies and placements change together.
    new_org = type(org).model_validate(
        {
            **dict(org),
            "political_bodies": bodies,
            "branches": _placed(workshop, Lane.POLITICAL, home),
            "councils_tied_to": org.councils_tied_to if org.councils_tied_to in kept else None,
        }
    )
    return evolve(workshop, organisation=new_org)


def administrative_preset(workshop: Workshop, model: BodyModel) -> Workshop:
    bodies: tuple[AdministrativeBody, ...]
    if model is BodyModel.ZERO:
        bodies = (
            AdministrativeBody(
                id=GENERAL_ADMINISTRATION_ID,
                name="Regionstyrelsens förvaltning",
                kind=AdministrativeBodyKind.GENERAL,
            ),
        )
        home = dict.fromkeys(Branch, GENERAL_ADMINISTRATION_ID)
    elif model is BodyModel.ONE:
        bodies = (AdministrativeBody(id="forv-ru", name="Förvaltningen för regional utveckling"),)
        home = dict.fromkeys(Branch, "forv-ru")
    else:
        bodies = (
            AdministrativeBody(id="forv-a", name="Förvaltning för regional utveckling A (exempel)"),
            AdministrativeBody(id="forv-b", name="Förvaltning för regional utveckling B (exempel)"),
        )
        home = {b: "forv-a" if b in _FIRST_OF_TWO else "forv-b" for b in Branch}
    org = workshop.organisation
    new_org = type(org).model_validate(
        {
            **dict(org),
            "administrative_bodies": bodies,
            "branches": _placed(workshop, Lane.ADMINISTRATIVE, home),
        }
    )
    return evolve(workshop, organisation=new_org)
