"""The region's own numbers (issue #37): what the region controls per inhabitant with the
shipped population, a suggested place on the capital per capita axis only when at least three
other regions' numbers are known (the app's rule), the character axis from the share handed
out through utlysningar, and nothing guessed when a field is empty."""

from __future__ import annotations

import pytest

from regionroll_desktop.analysis.capital import (
    LEAST_COMPARED,
    capital_reading,
    proactivity_of,
)
from regionroll_desktop.model import CapitalNumbers, RegionChoice, Workshop
from regionroll_desktop.model import edits as e
from regionroll_desktop.reference import Fact, ReferenceSet, Source
from regionroll_desktop.storage import shipped_reference_set

HALLAND = RegionChoice(code="13", name="Halland")


def _halland(numbers: CapitalNumbers) -> Workshop:
    return e.set_capital_numbers(e.new_workshop(HALLAND), numbers)


def _with_numbers(reference: ReferenceSet, controlled: dict[str, float]) -> ReferenceSet:
    """The shipped set with other regions' own numbers (from their workshops)."""
    source = Source(id="workshop-x", title="Workshoppar")
    regions = tuple(
        r.model_copy(
            update={
                "capital_numbers": Fact[CapitalNumbers](
                    value=CapitalNumbers(anslag=controlled[r.code], own_funds=0.0),
                    source=source.id,
                )
            }
        )
        if r.code in controlled
        else r
        for r in reference.regions
    )
    return reference.model_copy(
        update={"regions": regions, "sources": (*reference.sources, source)}
    )


def test_per_inhabitant_is_what_the_region_controls_over_its_population() -> None:
    reference = shipped_reference_set()
    population = reference.region("13").population_2019.value
    assert population is not None
    reading = capital_reading(
        _halland(CapitalNumbers(year=2025, anslag=100.0, own_funds=50.0, external_funds=30.0)),
        reference,
    )
    assert reading is not None
    assert reading.per_inhabitant == pytest.approx(150e6 / population)
    assert reading.external_per_inhabitant == pytest.approx(30e6 / population)
    assert reading.population == population and reading.population_source == "scb-be0101n1"
    assert reading.suggested_capital is None  # no other region's numbers: no rank
    assert reading.suggested_proactivity is None and reading.suggested is None


def test_nothing_is_guessed_from_what_is_empty() -> None:
    reference = shipped_reference_set()
    assert capital_reading(_halland(CapitalNumbers()), reference) is None
    assert _halland(CapitalNumbers()).financing.numbers is None  # empty is none
    reading = capital_reading(_halland(CapitalNumbers(anslag=100.0)), reference)
    assert reading is not None and reading.numbers.controlled is None
    assert reading.per_inhabitant is None  # the own funds are not known
    invented = e.set_capital_numbers(
        e.new_workshop(RegionChoice(name="Påhittad")), CapitalNumbers(anslag=1.0, own_funds=1.0)
    )
    reading = capital_reading(invented, reference)
    assert reading is not None and reading.population is None and reading.per_inhabitant is None


def test_the_rank_among_other_regions_and_the_share_handed_out() -> None:
    reference = shipped_reference_set()
    others = {"01": 1.0, "03": 1.0, "04": 1.0}  # tiny amounts: Halland above all three
    too_few = _with_numbers(reference, dict(list(others.items())[: LEAST_COMPARED - 1]))
    numbers = CapitalNumbers(anslag=100.0, own_funds=50.0, distributed_share=75)
    assert capital_reading(_halland(numbers), too_few).suggested_capital is None  # type: ignore[union-attr]
    reading = capital_reading(_halland(numbers), _with_numbers(reference, others))
    assert reading is not None and reading.compared == 3
    assert reading.suggested_capital == 1.0  # above every other region
    assert reading.suggested_proactivity == pytest.approx(-0.5)
    assert reading.suggested is not None
    assert proactivity_of(0) == 1.0 and proactivity_of(100) == -1.0 and proactivity_of(50) == 0.0
