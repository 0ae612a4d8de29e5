"""The workshop's smallest values, shared by the workshop and the room's answers: ids, the
frozen base of every model, a point on the capital matrix and the weights across the four
roles. A module of their own, so that the room's answers (model/room.py) and the workshop
(model/workshop.py) import them and not each other."""

from __future__ import annotations

import math
from typing import Annotated, Self

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

from .vocabulary import Role

Id = Annotated[str, StringConstraints(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9_.:-]+$")]
Unit = Annotated[float, Field(ge=-1.0, le=1.0, allow_inf_nan=False)]

WEIGHT_TOLERANCE = 1e-6
TIE = 0.005  # two roles within half a percent of each other weigh the same


class Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", allow_inf_nan=False)


class MatrixPosition(Frozen):
    """A point on the capital matrix, each axis from -1 to +1.

    capital_per_capita: -1 is "less capital per capita", +1 "more".
    proactivity: -1 is "more reactive capital", +1 "more proactive".
    """

    capital_per_capita: Unit
    proactivity: Unit


Weight = Annotated[float, Field(ge=0.0, le=1.0, allow_inf_nan=False)]


class RoleWeights(Frozen):
    """How the region's weight lies across the four roles; the weights add up to 1."""

    finansiaren: Weight
    utforaren: Weight
    natverkaren: Weight
    kapacitetsbyggaren: Weight

    @model_validator(mode="after")
    def _sum_to_one(self) -> Self:
        if not math.isclose(sum(self.as_dict().values()), 1.0, abs_tol=WEIGHT_TOLERANCE):
            raise ValueError("the four role weights must add up to 100 %")
        return self

    def as_dict(self) -> dict[Role, float]:
        return {r: float(getattr(self, r.value)) for r in Role}

    @classmethod
    def from_values(cls, values: dict[Role, float]) -> RoleWeights:
        """Normalise any non-negative values (e.g. typed percentages) to weights."""
        total = sum(values.get(r, 0.0) for r in Role)
        if not math.isfinite(total) or total <= 0 or any(values.get(r, 0.0) < 0 for r in Role):
            raise ValueError("role weights must be non-negative and not all zero")
        return cls(**{r.value: values.get(r, 0.0) / total for r in Role})

    @property
    def main_role(self) -> Role | None:
        """The role with the most weight (the deck's "huvudroll"); None when two or more
        roles weigh the same (within half a percent): a tie is a tie, never the deck's order."""
        leaders = self.leaders
        return leaders[0] if len(leaders) == 1 else None

    @property
    def leaders(self) -> tuple[Role, ...]:
        """The roles that weigh most: the main role alone, or those tied for it (in the
        deck's order, which ranks none of them)."""
        weights = self.as_dict()
        top = max(weights.values())
        return tuple(r for r in Role if top - weights[r] < TIE)

    def percentages(self) -> dict[Role, int]:
        """Whole percentages that always add up to 100 (largest remainder: the roles whose
        rounding lost the most get the points left over, in the deck's order on a tie)."""
        exact = {r: w * 100 for r, w in self.as_dict().items()}
        whole = {r: math.floor(v + 1e-9) for r, v in exact.items()}
        left = 100 - sum(whole.values())
        by_remainder = sorted(Role, key=lambda r: -(exact[r] - whole[r]))
        for role in by_remainder[: max(0, left)]:
            whole[role] += 1
        return whole
