"""The reference regions and where each fact about them comes from. Imports no Qt."""

from .regions import (
    EarlierWorkshop,
    Fact,
    FocusCounts,
    KeyScores,
    ReferenceRegion,
    ReferenceSet,
    ReferenceSetError,
    Source,
    StrategyInForce,
    choice_key,
    normalise_name,
    own_key,
    with_matrix_position,
)

__all__ = [
    "EarlierWorkshop",
    "Fact",
    "FocusCounts",
    "KeyScores",
    "ReferenceRegion",
    "ReferenceSet",
    "ReferenceSetError",
    "Source",
    "StrategyInForce",
    "choice_key",
    "normalise_name",
    "own_key",
    "with_matrix_position",
]
