import csv
from pathlib import Path

import pytest

from regionroll_desktop.model import BodyModel, Language, MatrixPosition
from regionroll_desktop.reference import Fact, ReferenceRegion, ReferenceSet, ReferenceSetError
from regionroll_desktop.storage import (
    NotJsonError,
    load_reference_set,
    save_reference_set,
    shipped_reference_set,
)

# The deck's slide "Olika modeller för förvaltningsorganisationen", verbatim.
DECK = {
    BodyModel.ZERO: "Gotland, Gävleborg, Halland, Norrbotten, Uppsala, Västmanland, Östergötland",
    BodyModel.ONE: "Jämtland-Härjedalen, Västernorrland, Västerbotten, Västra Götaland, "
    "Örebro län, Skåne, Stockholm",
    BodyModel.SEVERAL: "Blekinge, Dalarna, Jönköping, Kalmar, Kronoberg, Sörmland, Värmland",
}
SHARED = Path(__file__).resolve().parents[3] / "shared" / "data" / "regions_2019.csv"


def test_twenty_one_regions_with_the_decks_administrative_models() -> None:
    ref = shipped_reference_set()
    assert len(ref.regions) == 21
    for model, names in DECK.items():
        for name in names.split(", "):
            region = ref.resolve(name)
            assert region is not None, name
            assert region.administrative_model == Fact(value=model, source="deck-2019")
    assert sum(1 for r in ref.regions if r.administrative_model.known) == 21


def test_nothing_is_guessed() -> None:
    for region in shipped_reference_set().regions:
        assert not region.political_model.known
        assert not region.matrix_position.known


def test_every_known_fact_names_a_listed_source() -> None:
    ref = shipped_reference_set()
    for region in ref.regions:
        for fact in region.facts().values():
            if fact.known:
                assert ref.source(fact.source or "")


@pytest.mark.skipif(not SHARED.exists(), reason="the shared SCB file is not beside the project")
def test_population_codes_and_names_match_scb() -> None:
    ref = shipped_reference_set()
    with SHARED.open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == 21
    for row in rows:
        region = ref.region(row["lanskod"])
        assert region.county.value == row["lan"]
        assert region.official_name.value == row["region_official_name"]
        assert region.population_2018.value == int(row["pop_2018_12_31"])
        assert region.population_2019.value == int(row["pop_2019_12_31"])
    assert sum(r.population_2019.value or 0 for r in ref.regions) == 10_327_589


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Jämtland", "23"),
        ("Jämtland-Härjedalen", "23"),
        ("Örebro", "18"),
        ("örebro län", "18"),
        ("Region Sörmland", "04"),
        ("Västra Götalandsregionen", "14"),
        ("Stockholms län", "01"),
    ],
)
def test_short_and_official_names_resolve(name: str, code: str) -> None:
    region = shipped_reference_set().resolve(name)
    assert region is not None and region.code == code


def test_unknown_name_resolves_to_nothing() -> None:
    assert shipped_reference_set().resolve("Atlantis") is None


def test_a_facilitators_set_adds_positions_with_their_source(tmp_path: Path) -> None:
    overlay = ReferenceSet(
        name="Mina placeringar",
        sources=({"id": "own", "title": "Läst ur rapportens figur", "publisher": "Facilitator"},),
        regions=(
            ReferenceRegion(
                code="04",
                name="Sörmland",
                matrix_position=Fact[MatrixPosition](
                    value=MatrixPosition(capital_per_capita=-0.2, proactivity=0.1), source="own"
                ),
            ),
        ),
    )
    path = tmp_path / "mine.regionroll-ref.json"
    save_reference_set(overlay, path)
    loaded = load_reference_set(path)
    assert loaded == overlay
    merged = shipped_reference_set().merged_with(loaded)
    sormland = merged.region("04")
    assert sormland.matrix_position.source == "own"
    assert sormland.population_2019.known  # the shipped facts stay
    assert len(merged.regions) == 21


def test_conflicting_sources_and_unsourced_facts_are_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="source"):
        Fact[int](value=3)
    clash = ReferenceSet(name="x", sources=({"id": "deck-2019", "title": "Other"},))
    with pytest.raises(ReferenceSetError):
        shipped_reference_set().merged_with(clash)
    bad = tmp_path / "bad.json"
    bad.write_text("{", encoding="utf-8")
    with pytest.raises(NotJsonError):
        load_reference_set(bad)


def test_the_strategies_in_force_in_2019_are_the_csvs_with_their_pages() -> None:
    """Each region's strategy in 2019 as the shipped CSV gives it, sourced to the page it was
    read from; a row that names no strategy stays unknown."""
    import csv

    from regionroll_desktop.reference import StrategyInForce
    from regionroll_desktop.resources import resource
    from regionroll_desktop.storage import shipped_reference_set

    shipped = shipped_reference_set()
    with resource("reference", "regions_rus_2019.csv").open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == 21
    for row in rows:
        fact = shipped.region(row["lanskod"]).strategy_2019
        if not row["strategy_in_force_2019"]:
            assert not fact.known, row["region"]
            continue
        value = fact.value
        assert isinstance(value, StrategyInForce)
        # The CSV's facts; its English note kept for the English UI, the Swedish shown in
        # Swedish; a name is the strategy's name alone (issue #36: Halland's carried a note).
        assert (value.period, value.decided, value.note_en) == (
            row["period"],
            row["decided"],
            row["note"],
        )
        assert value.name == row["strategy_in_force_2019"].split(" (under the vision")[0]
        assert "(under" not in value.name and "vision" not in value.name
        assert bool(value.note) == bool(row["note"])
        assert value.note_in(Language.SV) == value.note
        assert value.note_in(Language.EN) == (row["note"] or value.note)
        assert fact.source is not None
        assert shipped.source(fact.source).url == row["source_url"]
    halland = shipped.region("13").strategy_2019.value
    assert halland is not None and halland.name == "Tillväxtstrategi för Halland 2014–2020"
    assert halland.note.startswith("under visionen Halland – bästa livsplatsen")
