"""The workshop file format: `{"format": "regionroll-workshop", "schema_version": N, ...}`.

Every released version keeps a fixture under tests/storage/fixtures that is loaded forever
after; a change of format raises the version and registers a migration from the one before.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from .. import __version__
from ..model.workshop import Workshop
from .document_format import DocumentFormat
from .jsonio import content_digest, read_bytes

FORMAT_NAME = "regionroll-workshop"
SCHEMA_VERSION = 1
SUFFIX = ".regionroll.json"

WORKSHOP_FORMAT = DocumentFormat(
    name=FORMAT_NAME,
    version=SCHEMA_VERSION,
    payload_key="workshop",
    what="workshop",
    model=Workshop,
    extra={"app_version": __version__},
)


def load_workshop_bytes(data: bytes) -> Workshop:
    return WORKSHOP_FORMAT.load_bytes(data)


def load_workshop(path: Path) -> Workshop:
    return WORKSHOP_FORMAT.load(path)


def dump_workshop(workshop: Workshop) -> bytes:
    return WORKSHOP_FORMAT.dump(workshop)


def save_workshop(workshop: Workshop, path: Path) -> str:
    """Save atomically, keeping the previous file as `<name>.bak`; raises SaveError.
    Returns the digest of the content written (see `disk_state`)."""
    return WORKSHOP_FORMAT.save(workshop, path)


def open_workshop(path: Path) -> tuple[Workshop, str]:
    """Load a workshop and the digest of the bytes it came from, read once."""
    data = read_bytes(Path(path))
    return WORKSHOP_FORMAT.load_bytes(data), content_digest(data)


def workshop_schema() -> dict[str, Any]:
    """The JSON Schema of the whole file, generated from the models."""
    schema = Workshop.model_json_schema()
    defs = schema.pop("$defs", {})
    defs["Workshop"] = schema
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "RegionRoll workshop file",
        "type": "object",
        "required": ["format", "schema_version", "workshop"],
        "properties": {
            "format": {"const": FORMAT_NAME},
            "schema_version": {"const": SCHEMA_VERSION},
            "app_version": {"type": "string"},
            "workshop": {"$ref": "#/$defs/Workshop"},
        },
        "$defs": defs,
    }
