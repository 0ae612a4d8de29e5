"""The workshop file format: `{"format": "regionroll-workshop", "schema_version": N, ...}`.

Every released version keeps a fixture under tests/storage/fixtures that is loaded forever
after; a change of format adds a version and a migration from the one before.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from .. import __version__
from ..model.workshop import Workshop
from .errors import InvalidContentError
from .jsonio import Migration, atomic_write, open_envelope, parse_json, read_bytes

FORMAT_NAME = "regionroll-workshop"
SCHEMA_VERSION = 1
SUFFIX = ".regionroll.json"

# MIGRATIONS[n] turns a version-n document (the whole envelope) into version n + 1.
MIGRATIONS: dict[int, Migration] = {}


def describe_validation_error(exc: ValidationError, what: str) -> InvalidContentError:
    errors = exc.errors()
    first = errors[0]
    where = ".".join(str(part) for part in first["loc"]) or "top level"
    more = f" (and {len(errors) - 1} more problems)" if len(errors) > 1 else ""
    return InvalidContentError(
        f"The {what} file's content is not valid: {first['msg'].rstrip('.')} at {where}{more}.",
        detail=str(exc),
    )


def load_workshop_bytes(data: bytes) -> Workshop:
    payload = open_envelope(
        parse_json(data),
        format_name=FORMAT_NAME,
        payload_key="workshop",
        version=SCHEMA_VERSION,
        migrations=MIGRATIONS,
        what="workshop",
    )
    try:
        return Workshop.model_validate(payload)
    except ValidationError as exc:
        raise describe_validation_error(exc, "workshop") from None
    except RecursionError:
        raise InvalidContentError("The workshop file is nested too deeply.") from None


def load_workshop(path: Path) -> Workshop:
    return load_workshop_bytes(read_bytes(Path(path)))


def envelope(workshop: Workshop) -> dict[str, Any]:
    return {
        "format": FORMAT_NAME,
        "schema_version": SCHEMA_VERSION,
        "app_version": __version__,
        "workshop": workshop.model_dump(mode="json"),
    }


def dump_workshop(workshop: Workshop) -> bytes:
    text = json.dumps(envelope(workshop), ensure_ascii=False, indent=2, allow_nan=False)
    return (text + "\n").encode("utf-8")


def save_workshop(workshop: Workshop, path: Path) -> None:
    """Save atomically, keeping the previous file as `<name>.bak`; raises SaveError."""
    atomic_write(Path(path), dump_workshop(workshop))


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
