"""The reference regions and where each fact about them comes from. Imports no Qt."""

from .regions import (
    Fact,
    ReferenceRegion,
    ReferenceSet,
    ReferenceSetError,
    Source,
    normalise_name,
    with_matrix_position,
)

__all__ = [
    "Fact",
    "ReferenceRegion",
    "ReferenceSet",
    "ReferenceSetError",
    "Source",
    "normalise_name",
    "with_matrix_position",
]
