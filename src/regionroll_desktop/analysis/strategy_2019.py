"""The strategy a region had in force in 2019 as a suggestion for a new workshop's pyramid:
the RUS card's title, which the room keeps or changes, with the page it comes from."""

from __future__ import annotations

import re

from ..model import StrategyKind, Workshop
from ..model import edits as e
from ..model.workshop import StrategyDocument
from ..reference import ReferenceSet, Source, StrategyInForce

SUGGESTED_RUS_ID = "rus-2019"


def strategy_in_force(
    workshop: Workshop, reference: ReferenceSet
) -> tuple[StrategyInForce, Source] | None:
    """The workshop's region's strategy in force in 2019 and its source, when one is known."""
    code = workshop.region.code if workshop.region else None
    if code is None:
        return None
    try:
        fact = reference.region(code).strategy_2019
        if fact.value is None or fact.source is None:
            return None
        return fact.value, reference.source(fact.source)
    except KeyError:
        return None


def with_suggested_rus(workshop: Workshop, reference: ReferenceSet) -> Workshop:
    """A new workshop for a reference region with its 2019 strategy as the RUS card (its
    year when the page gives one), if the pyramid is still empty."""
    known = strategy_in_force(workshop, reference)
    if known is None or workshop.strategy.documents:
        return workshop
    strategy, _source = known
    year = re.match(r"(\d{4})", strategy.decided)
    return e.add_document(
        workshop,
        strategy.name,
        StrategyKind.RUS,
        year=int(year.group(1)) if year else None,
        doc_id=SUGGESTED_RUS_ID,
    )


def suggestion_source(
    workshop: Workshop, doc: StrategyDocument, reference: ReferenceSet
) -> Source | None:
    """The source of a RUS card's title when the title is still the suggestion."""
    known = strategy_in_force(workshop, reference)
    if known is None or doc.kind is not StrategyKind.RUS or doc.title != known[0].name:
        return None
    return known[1]
