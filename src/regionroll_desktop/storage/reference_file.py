"""Reference-set files: the shipped one and those a facilitator makes, validated like workshops."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from ..reference.regions import ReferenceSet
from ..resources import resource
from .document_format import DocumentFormat

SUFFIX = ".regionroll-ref.json"
SHIPPED = ("reference", "regions-2019.json")

REFERENCE_FORMAT = DocumentFormat(
    name="regionroll-reference-set",
    # 2: the ambition's position, the roles, the RUS focus, the keys, the strategy in force in
    # 2019, earlier workshops, and a source's date and page (all optional: 1 reads as is);
    # 3: a strategy's note in Swedish with the English beside it (2 reads as is);
    # 4: a region's own numbers for its development capital, from its workshop (3 reads as is)
    version=4,
    payload_key="reference_set",
    what="reference set",
    model=ReferenceSet,
    migrations={
        1: lambda document: document,
        2: lambda document: document,
        3: lambda document: document,
    },
)


def load_reference_set(path: Path) -> ReferenceSet:
    return REFERENCE_FORMAT.load(path)


def save_reference_set(reference_set: ReferenceSet, path: Path) -> None:
    REFERENCE_FORMAT.save(reference_set, path)


@cache
def shipped_reference_set() -> ReferenceSet:
    """The 21 regions as the deck and SCB give them (cached: it never changes while running)."""
    return load_reference_set(resource(*SHIPPED))
