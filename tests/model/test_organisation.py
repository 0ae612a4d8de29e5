import pytest

from regionroll_desktop.model import (
    REGIONSTYRELSEN_ID,
    AdministrativeBodyKind,
    BodyModel,
    Branch,
    MunicipalInvolvement,
    Organisation,
    PoliticalBodyKind,
    Workshop,
)
from regionroll_desktop.model import edits as e
from regionroll_desktop.model.presets import political_preset


def test_new_workshop_has_regionstyrelsen_and_all_branches_in_the_tray() -> None:
    org = Workshop().organisation
    assert [b.id for b in org.political_bodies] == [REGIONSTYRELSEN_ID]
    assert [p.branch for p in org.branches] == list(Branch)
    assert org.political_model is None and org.administrative_model is None


def test_political_model_follows_the_namnder_that_hold_branches() -> None:
    w = Workshop()
    w = e.place_branch(w, Branch.KULTUR, "political", REGIONSTYRELSEN_ID)
    assert w.organisation.political_model is BodyModel.ZERO
    w = e.add_political_body(w, "Regionala utvecklingsnämnden", "ru")
    assert w.organisation.political_model is BodyModel.ZERO  # an empty nämnd does not count
    w = e.place_branch(w, Branch.NARINGSLIV, "political", "ru")
    assert w.organisation.political_model is BodyModel.ONE
    w = e.add_political_body(w, "Kulturnämnden", "kn")
    w = e.place_branch(w, Branch.KULTUR, "political", "kn")
    assert w.organisation.political_model is BodyModel.SEVERAL
    w = e.place_branch(w, Branch.KULTUR, "political", None)
    assert w.organisation.political_model is BodyModel.ONE


def test_administrative_model_distinguishes_the_general_administration() -> None:
    w = e.add_administrative_body(
        Workshop(), "Regionstyrelsens förvaltning", "rsf", AdministrativeBodyKind.GENERAL
    )
    w = e.add_administrative_body(w, "Regional utveckling", "ruf")
    w = e.place_branch(w, Branch.PLAN, "administrative", "rsf")
    assert w.organisation.administrative_model is BodyModel.ZERO
    w = e.place_branch(w, Branch.PLAN, "administrative", "ruf")
    assert w.organisation.administrative_model is BodyModel.ONE
    # The deck's model 1 is one samlad förvaltning for RU, "olika vad som ingår": other
    # branches in the general administration leave it model 1, as in the political lane.
    w = e.place_branch(w, Branch.MILJO, "administrative", "rsf")
    assert w.organisation.administrative_model is BodyModel.ONE
    w = e.add_administrative_body(w, "Kultur och bildning", "kbf")
    w = e.place_branch(w, Branch.KULTUR, "administrative", "kbf")
    assert w.organisation.administrative_model is BodyModel.SEVERAL


def test_the_models_are_derived_not_stored() -> None:
    dumped = Workshop().model_dump()
    assert "political_model" not in dumped["organisation"]
    assert "administrative_model" not in dumped["organisation"]


def test_removing_a_body_moves_its_branches_or_returns_them_to_the_tray() -> None:
    w = e.add_political_body(Workshop(), "A", "a")
    w = e.add_political_body(w, "B", "b")
    w = e.place_branch(w, Branch.BILDNING, "political", "a")
    w = e.place_branch(w, Branch.MILJO, "political", "a")
    moved = e.remove_body(w, "a", move_to="b")
    assert moved.organisation.branches_in("b") == (Branch.BILDNING, Branch.MILJO)
    tray = e.remove_body(w, "a")
    assert tray.organisation.placement(Branch.BILDNING).political_body is None
    assert [b.id for b in tray.organisation.political_bodies] == [REGIONSTYRELSEN_ID, "b"]


def test_regionstyrelsen_cannot_be_removed_and_lanes_do_not_mix() -> None:
    w = e.add_administrative_body(Workshop(), "F", "f")
    with pytest.raises(e.EditError, match="Regionstyrelsen"):
        e.remove_body(w, REGIONSTYRELSEN_ID)
    with pytest.raises(e.EditError):
        e.place_branch(w, Branch.PLAN, "political", "f")
    with pytest.raises(e.EditError):
        e.remove_body(e.add_political_body(w, "N", "n"), "n", move_to="f")
    with pytest.raises(e.EditError):
        e.rename_body(w, "nope", "x")


def test_rename_and_municipal_involvement() -> None:
    w = e.add_political_body(Workshop(), "RUN", "n")
    w = e.rename_body(w, "n", "Regionala utvecklingsnämnden")
    assert w.organisation.political_bodies[1].name == "Regionala utvecklingsnämnden"
    w = e.set_municipal_involvement(w, MunicipalInvolvement.IN_NAMND)
    assert w.organisation.municipal_involvement is MunicipalInvolvement.IN_NAMND


def test_outside_remit_takes_the_branch_out_of_its_bodies() -> None:
    w = e.place_branch(Workshop(), Branch.KOLLEKTIVTRAFIK, "political", REGIONSTYRELSEN_ID)
    w = e.set_outside_remit(w, Branch.KOLLEKTIVTRAFIK, True)
    placement = w.organisation.placement(Branch.KOLLEKTIVTRAFIK)
    assert placement.outside_remit and placement.political_body is None
    assert w.organisation.political_model is None


def test_edits_do_not_change_the_original() -> None:
    w = Workshop()
    e.add_political_body(w, "N")
    assert len(w.organisation.political_bodies) == 1


@pytest.mark.parametrize("model", list(BodyModel))
def test_presets_give_the_decks_models(model: BodyModel) -> None:
    from regionroll_desktop.model.presets import administrative_preset, political_preset

    w = e.set_outside_remit(Workshop(), Branch.KULTUR, True)
    w = political_preset(administrative_preset(w, model), model)
    assert w.organisation.political_model is model
    assert w.organisation.administrative_model is model
    assert w.organisation.placement(Branch.KULTUR).outside_remit  # a preset keeps the remit
    again = political_preset(w, BodyModel.ZERO)
    assert [b.id for b in again.organisation.political_bodies] == [REGIONSTYRELSEN_ID]


def test_only_namnder_for_regional_development_count() -> None:
    """The deck's models count nämnder "med specifikt regionalt utvecklingsansvar": a sector's
    nämnd holding kultur leaves Regionstyrelsen's model 0; one shared with HSV counts."""
    w = e.place_branch(Workshop(), Branch.NARINGSLIV, "political", REGIONSTYRELSEN_ID)
    w = e.add_political_body(w, "Kulturnämnden", "kn")
    w = e.place_branch(w, Branch.KULTUR, "political", "kn")
    assert w.organisation.political_model is BodyModel.ONE  # a new nämnd counts by default
    w = e.set_political_body_kind(w, "kn", PoliticalBodyKind.SECTOR)
    assert w.organisation.political_model is BodyModel.ZERO
    assert not w.organisation.shared_with_hsv
    w = e.add_political_body(w, "Hälso- och regionala utvecklingsnämnden", "hru")
    w = e.set_political_body_kind(w, "hru", PoliticalBodyKind.SHARED_HSV)
    assert not w.organisation.shared_with_hsv  # holds nothing yet
    w = e.place_branch(w, Branch.NARINGSLIV, "political", "hru")
    assert w.organisation.political_model is BodyModel.ONE and w.organisation.shared_with_hsv
    with pytest.raises(e.EditError):
        e.set_political_body_kind(w, REGIONSTYRELSEN_ID, PoliticalBodyKind.NAMND)
    with pytest.raises(e.EditError):
        e.set_political_body_kind(w, "kn", PoliticalBodyKind.REGIONSTYRELSE)


def test_the_councils_are_tied_to_a_political_body_while_there_are_councils() -> None:
    w = e.add_political_body(Workshop(), "Regionala utvecklingsnämnden", "ru")
    with pytest.raises(e.EditError, match="councils"):
        e.set_councils_tied_to(w, "ru")  # no councils chosen yet
    w = e.set_municipal_involvement(w, MunicipalInvolvement.COUNCILS)
    w = e.set_councils_tied_to(w, "ru")
    assert w.organisation.councils_tied_to == "ru"
    assert e.remove_body(w, "ru").organisation.councils_tied_to is None
    assert political_preset(w, BodyModel.ZERO).organisation.councils_tied_to is None
    w = e.set_municipal_involvement(w, MunicipalInvolvement.IN_NAMND)
    assert w.organisation.councils_tied_to is None
    with pytest.raises(ValueError):
        Organisation.model_validate({**dict(w.organisation), "councils_tied_to": "nobody"})


def test_the_councils_tie_is_in_the_summary() -> None:
    from regionroll_desktop.model import Language, Step
    from regionroll_desktop.ui.step_summary import summary_lines

    w = e.add_political_body(Workshop(), "Regionala utvecklingsnämnden", "ru")
    w = e.set_municipal_involvement(w, MunicipalInvolvement.COUNCILS)
    w = e.set_councils_tied_to(w, "ru")
    municipal = summary_lines(w, Step.ORGANISATION, Language.SV)[2]  # in either UI language
    assert municipal.endswith("Regionala utvecklingsnämnden"), municipal
    without = e.set_councils_tied_to(w, None)
    assert "Regionala" not in summary_lines(without, Step.ORGANISATION, Language.SV)[2]


def test_a_forvaltning_becomes_a_general_administration_and_back() -> None:
    from regionroll_desktop.model import AdministrativeBodyKind
    from regionroll_desktop.model.edits import EditError

    w = e.add_administrative_body(e.new_workshop(), "Regional utveckling", body_id="ru")
    w = e.set_administrative_body_kind(w, "ru", AdministrativeBodyKind.GENERAL)
    assert w.organisation.administrative_bodies[-1].kind is AdministrativeBodyKind.GENERAL
    w = e.set_administrative_body_kind(w, "ru", AdministrativeBodyKind.FORVALTNING)
    assert w.organisation.administrative_bodies[-1].kind is AdministrativeBodyKind.FORVALTNING
    with pytest.raises(EditError):
        e.set_administrative_body_kind(w, "rs", AdministrativeBodyKind.GENERAL)  # a nämnd's id


def test_a_plausible_organisation_for_each_of_the_decks_21_classifications() -> None:
    """Issue #36: for each region the deck classifies, the deck's model's preset, and the same
    with another sector's förvaltning (kultur, trafik) holding branches beside it, give the
    deck's model: another sector's förvaltning is never counted."""
    from regionroll_desktop.model import Lane, RegionChoice
    from regionroll_desktop.model.presets import administrative_preset
    from regionroll_desktop.storage import shipped_reference_set

    regions = shipped_reference_set().regions
    assert len(regions) == 21
    for region in regions:
        model = region.administrative_model.value
        assert model is not None, region.name
        w = e.new_workshop(RegionChoice(code=region.code, name=region.name))
        w = administrative_preset(w, model)
        assert w.organisation.administrative_model is model, region.name
        for n, branch in enumerate((Branch.KULTUR, Branch.KOLLEKTIVTRAFIK)):
            body = f"sector-{n}"
            w = e.add_administrative_body(
                w, f"Sektorsförvaltning {n}", body_id=body, kind=AdministrativeBodyKind.SECTOR
            )
            w = e.place_branch(w, branch, Lane.ADMINISTRATIVE, body)
        assert w.organisation.administrative_model is model, region.name
    # The presets name no sector as counted: the 2+ bodies are both for regional development.
    two = administrative_preset(e.new_workshop(None), BodyModel.SEVERAL)
    names = [b.name for b in two.organisation.administrative_bodies]
    assert all("regional utveckling" in name for name in names), names


def test_a_new_namnd_has_the_kind_it_was_added_with_and_never_a_second_board() -> None:
    w = e.add_political_body(Workshop(), "Kulturnämnden", "kn", kind=PoliticalBodyKind.SECTOR)
    w = e.place_branch(w, Branch.KULTUR, "political", "kn")
    assert w.organisation.political_bodies[-1].kind is PoliticalBodyKind.SECTOR
    assert w.organisation.political_model is BodyModel.ZERO  # another sector's: not counted
    with pytest.raises(e.EditError):
        e.add_political_body(w, "Styrelse", "rs2", kind=PoliticalBodyKind.REGIONSTYRELSE)
