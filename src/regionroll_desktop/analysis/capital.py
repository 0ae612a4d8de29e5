"""The region's own numbers for its development capital, read beside the capital matrix: what
the region controls itself (the deck's "statliga 1:1-anslaget och egna regionala medel") and
what comes from outside, per inhabitant, and where they would put the region on the matrix's
two axes. Each suggestion is the app's rule, said where it shows; none moves a marker by
itself, and what is not given stays unknown."""

from __future__ import annotations

from dataclasses import dataclass

from ..model import CapitalNumbers, MatrixPosition, Workshop
from ..reference import ReferenceSet, own_key

MSEK = 1_000_000.0
# The fewest other regions whose numbers must be known before a place on the capital per
# capita axis is suggested: fewer, and a rank says more about who held a workshop.
LEAST_COMPARED = 3


@dataclass(frozen=True, slots=True)
class CapitalReading:
    numbers: CapitalNumbers
    population: int | None  # the region's, as the reference set gives it
    population_year: int  # which year's population that is
    population_source: str | None  # its source's id
    per_inhabitant: float | None  # kronor the region controls, per inhabitant
    external_per_inhabitant: float | None  # kronor from outside, per inhabitant
    compared: int  # how many other regions' own numbers are known
    suggested_capital: float | None  # a place on the capital per capita axis (−1 … 1)
    suggested_proactivity: float | None  # a place on the capital's character axis (−1 … 1)

    @property
    def suggested(self) -> MatrixPosition | None:
        """The suggestion as a position (both axes known), else None."""
        if self.suggested_capital is None or self.suggested_proactivity is None:
            return None
        return MatrixPosition(
            capital_per_capita=self.suggested_capital, proactivity=self.suggested_proactivity
        )


def _per_inhabitant(msek: float | None, population: int | None) -> float | None:
    if msek is None or not population:
        return None
    return msek * MSEK / population


def _rank(own: float, others: list[float]) -> float:
    """Where `own` ranks among `others`, from −1 (below all) to 1 (above all), 0 the middle;
    a tie counts half."""
    below = sum(1 for x in others if x < own)
    equal = sum(1 for x in others if x == own)
    return 2 * (below + equal / 2) / len(others) - 1


def proactivity_of(share_distributed: int) -> float:
    """The app's rule: what is handed out through utlysningar is reactive capital, the rest is
    invested strategically (proactive); all of it handed out is −1, none of it 1."""
    return 1 - 2 * share_distributed / 100


def capital_reading(workshop: Workshop, reference: ReferenceSet) -> CapitalReading | None:
    """The reading of the workshop's own numbers (None when it gives none)."""
    numbers = workshop.financing.numbers
    if numbers is None or numbers.is_empty:
        return None
    key = own_key(workshop.region)
    own = next((r for r in reference.regions if r.key == key), None)
    population = own.population_2019.value if own is not None else None
    source = own.population_2019.source if own is not None else None
    per_inhabitant = _per_inhabitant(numbers.controlled, population)
    others = []
    for region in reference.regions:
        theirs = region.capital_numbers.value
        if region.key == key or theirs is None:
            continue
        value = _per_inhabitant(theirs.controlled, region.population_2019.value)
        if value is not None:
            others.append(value)
    capital = (
        _rank(per_inhabitant, others)
        if per_inhabitant is not None and len(others) >= LEAST_COMPARED
        else None
    )
    share = numbers.distributed_share
    return CapitalReading(
        numbers=numbers,
        population=population,
        population_year=2019,
        population_source=source,
        per_inhabitant=per_inhabitant,
        external_per_inhabitant=_per_inhabitant(numbers.external_funds, population),
        compared=len(others),
        suggested_capital=capital,
        suggested_proactivity=proactivity_of(share) if share is not None else None,
    )
