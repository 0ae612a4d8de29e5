"""How the reference regions spread over the deck's organisation models."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..model import BodyModel
from ..reference import ReferenceSet


@dataclass(frozen=True)
class ModelSpread:
    """Reference regions per model; `unknown` are those no source places in a model."""

    by_model: dict[BodyModel, list[str]] = field(default_factory=dict)
    unknown: list[str] = field(default_factory=list)

    def count(self, model: BodyModel) -> int:
        return len(self.by_model.get(model, []))


def spread(reference: ReferenceSet, attribute: str) -> ModelSpread:
    """`attribute` is "administrative_model" or "political_model"."""
    by_model: dict[BodyModel, list[str]] = {m: [] for m in BodyModel}
    unknown: list[str] = []
    for region in sorted(reference.regions, key=lambda r: r.name):
        value = getattr(region, attribute).value
        if value is None:
            unknown.append(region.name)
        else:
            by_model[BodyModel(value)].append(region.name)
    return ModelSpread(by_model, unknown)
