"""Reference-set files: the shipped one and those a facilitator makes, validated like workshops."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from ..reference.regions import ReferenceSet
from ..resources import resource
from .jsonio import Migration, atomic_write, open_envelope, parse_json, read_bytes
from .workshop_file import describe_validation_error

FORMAT_NAME = "regionroll-reference-set"
SCHEMA_VERSION = 1
SUFFIX = ".regionroll-ref.json"
MIGRATIONS: dict[int, Migration] = {}

SHIPPED = ("reference", "regions-2019.json")


def load_reference_set_bytes(data: bytes) -> ReferenceSet:
    payload = open_envelope(
        parse_json(data),
        format_name=FORMAT_NAME,
        payload_key="reference_set",
        version=SCHEMA_VERSION,
        migrations=MIGRATIONS,
        what="reference set",
    )
    try:
        return ReferenceSet.model_validate(payload)
    except ValidationError as exc:
        raise describe_validation_error(exc, "reference set") from None


def load_reference_set(path: Path) -> ReferenceSet:
    return load_reference_set_bytes(read_bytes(Path(path)))


def dump_reference_set(reference_set: ReferenceSet) -> bytes:
    document: dict[str, Any] = {
        "format": FORMAT_NAME,
        "schema_version": SCHEMA_VERSION,
        "reference_set": reference_set.model_dump(mode="json"),
    }
    return (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def save_reference_set(reference_set: ReferenceSet, path: Path) -> None:
    atomic_write(Path(path), dump_reference_set(reference_set))


@cache
def shipped_reference_set() -> ReferenceSet:
    """The 21 regions as the deck and SCB give them (cached: it never changes while running)."""
    return load_reference_set(resource(*SHIPPED))
