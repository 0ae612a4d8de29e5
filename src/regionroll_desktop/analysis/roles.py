"""The role map as geometry, and the questions the roles raise against the other steps.

The map is the deck's 2×2: Finansiären (top left), Utföraren (top right), Nätverkaren (bottom
left), Kapacitetsbyggaren (bottom right). A marker at (x, y), each from 0 to 1 (x rightwards,
y downwards), weighs each role by how near its corner it is (bilinear): a marker in a corner
is all one role, one in the middle is a quarter of each.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from ..model import Role, RoleWeights, Workshop
from ..model.deck import ROLE_DESCRIPTIONS, DeckText
from ..reference import ReferenceRegion, ReferenceSet
from .matrix import MIDDLE_BAND


def weights_at(x: float, y: float) -> RoleWeights:
    x, y = min(1.0, max(0.0, x)), min(1.0, max(0.0, y))
    return RoleWeights.from_values(
        {
            Role.FINANSIAREN: (1 - x) * (1 - y),
            Role.UTFORAREN: x * (1 - y),
            Role.NATVERKAREN: (1 - x) * y,
            Role.KAPACITETSBYGGAREN: x * y,
        }
    )


def position_of(weights: RoleWeights) -> tuple[float, float]:
    """Where a marker shows `weights`: exact for weights the map can give, and the nearest
    balance point for typed weights it cannot (the weights themselves are kept as typed)."""
    return (
        weights.utforaren + weights.kapacitetsbyggaren,
        weights.natverkaren + weights.kapacitetsbyggaren,
    )


class PromptRule(StrEnum):
    CAPACITY_WITHOUT_CAPITAL = "capacity_without_capital"
    FINANCIER_REACTIVE = "financier_reactive"
    CAPACITY_REACTIVE_AMBITION = "capacity_reactive_ambition"
    NETWORKER_AMBITION = "networker_ambition"
    DOER_TEMPORARY = "doer_temporary"  # Utföraren: roles meant for a first phase that stay
    DOER_VULNERABLE = "doer_vulnerable"  # Utföraren: own capital and project money
    NETWORKER_WITH_CAPITAL = "networker_with_capital"  # Nätverkaren, yet more capital


@dataclass(frozen=True)
class Prompt:
    """A question for the room, never a verdict; `basis` is the deck's sentence it rests on."""

    rule: PromptRule
    basis: DeckText


def _basis(role: Role, index: int) -> DeckText:
    return ROLE_DESCRIPTIONS[role][index]


def prompts(workshop: Workshop) -> list[Prompt]:
    roles, money = workshop.implementation, workshop.financing
    found: list[Prompt] = []
    ambition = roles.ambition.main_role if roles.ambition else None
    today = roles.today.main_role if roles.today else None
    if (
        ambition is Role.KAPACITETSBYGGAREN
        and money.today
        and money.today.capital_per_capita <= -MIDDLE_BAND
    ):
        found.append(
            Prompt(PromptRule.CAPACITY_WITHOUT_CAPITAL, _basis(Role.KAPACITETSBYGGAREN, 5))
        )
    if today is Role.FINANSIAREN and money.today and money.today.proactivity <= -MIDDLE_BAND:
        found.append(Prompt(PromptRule.FINANCIER_REACTIVE, _basis(Role.FINANSIAREN, 1)))
    if (
        ambition is Role.KAPACITETSBYGGAREN
        and money.ambition is not None
        and money.ambition.proactivity <= -MIDDLE_BAND
    ):
        found.append(
            Prompt(PromptRule.CAPACITY_REACTIVE_AMBITION, _basis(Role.KAPACITETSBYGGAREN, 3))
        )
    if ambition is Role.NATVERKAREN:
        found.append(Prompt(PromptRule.NETWORKER_AMBITION, _basis(Role.NATVERKAREN, 3)))
    if Role.UTFORAREN in (today, ambition):
        found.append(Prompt(PromptRule.DOER_TEMPORARY, _basis(Role.UTFORAREN, 1)))
        found.append(Prompt(PromptRule.DOER_VULNERABLE, _basis(Role.UTFORAREN, 3)))
    networker_today = today is Role.NATVERKAREN and money.today is not None
    networker_ambition = ambition is Role.NATVERKAREN and money.ambition is not None
    if (networker_today and money.today and money.today.capital_per_capita >= MIDDLE_BAND) or (
        networker_ambition and money.ambition and money.ambition.capital_per_capita >= MIDDLE_BAND
    ):
        found.append(Prompt(PromptRule.NETWORKER_WITH_CAPITAL, _basis(Role.NATVERKAREN, 0)))
    return found


def role_distance(a: RoleWeights, b: RoleWeights) -> float:
    """How far apart two weightings are: half the sum of the weights' differences, from 0
    (the same) to 1 (no role in common)."""
    x, y = a.as_dict(), b.as_dict()
    return sum(abs(x[role] - y[role]) for role in x) / 2


def nearest_by_roles(
    weights: RoleWeights, reference: ReferenceSet, count: int = 3, exclude: str | None = None
) -> list[tuple[ReferenceRegion, float]]:
    """The `count` reference regions whose roles today lie closest to `weights` (ties by
    name), but the one whose `key` is `exclude`; regions whose roles are not known are not
    counted."""
    found = [
        (region, role_distance(weights, region.roles_today.value))
        for region in reference.regions
        if region.key != exclude and region.roles_today.value is not None
    ]
    found.sort(key=lambda pair: (pair[1], pair[0].name))
    return found[:count]
