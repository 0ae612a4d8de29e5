"""Reference-set files: the shipped one and those a facilitator makes, validated like workshops."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

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
    # 4: a region's own numbers for its development capital, from its workshop (3 reads as is);
    # 5: a workshop source's file name and format version, an earlier workshop's models and
    # keys (4's workshop sources name their file in their detail, read out of it)
    version=5,
    payload_key="reference_set",
    what="reference set",
    model=ReferenceSet,
    migrations={
        1: lambda document: document,
        2: lambda document: document,
        3: lambda document: document,
        4: lambda document: _workshop_files(document),
    },
)


WORKSHOP_DETAIL = "Workshopfilen "  # how a built set's source named its file before format 5


def _workshop_files(document: dict[str, Any]) -> dict[str, Any]:
    """Format 4 to 5: a source a built set made from a workshop file ("Workshopfilen x")
    says so in its own field."""
    payload = dict(document["reference_set"])
    sources = []
    for source in payload.get("sources", ()):
        detail = source.get("detail", "") if isinstance(source, dict) else ""
        if isinstance(detail, str) and detail.startswith(WORKSHOP_DETAIL):
            source = {**source, "workshop_file": detail.removeprefix(WORKSHOP_DETAIL)}
        sources.append(source)
    payload["sources"] = sources
    return {**document, "reference_set": payload}


def load_reference_set(path: Path) -> ReferenceSet:
    return REFERENCE_FORMAT.load(path)


def save_reference_set(reference_set: ReferenceSet, path: Path) -> None:
    REFERENCE_FORMAT.save(reference_set, path)


@cache
def shipped_reference_set() -> ReferenceSet:
    """The 21 regions as the deck and SCB give them (cached: it never changes while running)."""
    return load_reference_set(resource(*SHIPPED))
