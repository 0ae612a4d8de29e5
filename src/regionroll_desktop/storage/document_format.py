"""One JSON document format: its name, version, migrations and the model it holds.

Workshops and reference sets are both such formats; each loads and saves the same way.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any, Generic, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, ValidationError, create_model
from pydantic_core import to_json

from ..model.limits import MAX_FILE_BYTES
from ..model.workshop import Workshop, snapshot_json
from .errors import (
    FileTooLargeError,
    InvalidContentError,
    SaveError,
    SaveProblem,
    WorkshopFileError,
)
from .jsonio import (
    Migration,
    atomic_write,
    gc_paused,
    open_envelope,
    parse_json,
    parse_json_quickly,
    read_bytes,
)

M = TypeVar("M", bound=BaseModel)


def describe_validation_error(exc: ValidationError, what: str) -> InvalidContentError:
    errors = exc.errors()
    first = errors[0]
    # The location can hold the file's own keys: keep the sentence one short, printable line.
    where = ".".join(_printable(str(part)) for part in first["loc"]) or "top level"
    more = f" (and {len(errors) - 1} more problems)" if len(errors) > 1 else ""
    return InvalidContentError(
        f"The {what} file's content is not valid: {first['msg'].rstrip('.')} at {where}{more}.",
        detail=str(exc),
    )


def _printable(text: str, limit: int = 40) -> str:
    clean = "".join(c if c.isprintable() else "?" for c in text)
    return clean if len(clean) <= limit else clean[: limit - 1] + "…"


@dataclass
class DocumentFormat(Generic[M]):
    name: str  # the envelope's "format"
    version: int  # the current schema_version
    payload_key: str
    what: str  # how messages name the file: "workshop", "reference set"
    model: type[M]
    # migrations[n] turns a version-n envelope into version n + 1.
    migrations: dict[int, Migration] = field(default_factory=dict)
    extra: dict[str, Any] = field(default_factory=dict)  # written into the envelope, e.g. app
    # The largest file read (None: MAX_FILE_BYTES, the one limit of what the app opens, saves
    # and autosaves); a recovery file is read up to a larger one, so that it is offered back
    # even if it ever passed the limit.
    max_bytes: int | None = None

    @property
    def read_limit(self) -> int:
        return self.max_bytes or MAX_FILE_BYTES

    @cached_property
    def _envelope(self) -> type[BaseModel]:
        """The whole file of the current version, for validating straight from its bytes."""
        fields: dict[str, Any] = {
            "format": (Literal[self.name], ...),
            "schema_version": (Literal[self.version], ...),
            self.payload_key: (self.model, ...),
        }
        return create_model(
            f"{self.model.__name__}File", __config__=ConfigDict(extra="ignore"), **fields
        )

    def load_bytes(self, data: bytes) -> M:
        return self.load_bytes_versioned(data)[0]

    def load_bytes_versioned(self, data: bytes) -> tuple[M, int]:
        """The document, and the format version the file was written in (before migrating)."""
        if len(data) > self.read_limit:
            raise FileTooLargeError(
                f"The file is larger than {self.read_limit // (1024 * 1024)} MB, far more than "
                f"any {self.what}."
            )
        with gc_paused():
            quick = self._load_current(data)
        if quick is not None:
            return quick, self.version
        # Anything else (an older version, a damaged or foreign file) takes the careful path,
        # which names what is wrong.
        value = parse_json(data)
        payload = open_envelope(
            value,
            format_name=self.name,
            payload_key=self.payload_key,
            version=self.version,
            migrations=self.migrations,
            what=self.what,
        )
        try:
            return self.model.model_validate(payload), int(value["schema_version"])
        except ValidationError as exc:
            raise describe_validation_error(exc, self.what) from None
        except RecursionError:
            raise InvalidContentError(f"The {self.what} file is nested too deeply.") from None

    def _load_current(self, data: bytes) -> M | None:
        """A sound file of the current version, read at the speed of pydantic's own JSON
        validation; None for anything the careful path must look at.

        The standard library's parser first checks what pydantic's does not (duplicate keys,
        NaN, absurd nesting); the content is then validated straight from the bytes."""
        value = parse_json_quickly(data)
        if not (
            isinstance(value, dict)
            and value.get("format") == self.name
            and value.get("schema_version") == self.version
            and self.payload_key in value
            # Keys of its own in the envelope (which validation ignores) could nest without
            # bound: the careful path measures them.
            and value.keys() <= {"format", "schema_version", self.payload_key, *self.extra}
        ):
            return None
        try:
            envelope = self._envelope.model_validate_json(data)
        except (ValidationError, RecursionError):
            return None
        return getattr(envelope, self.payload_key)  # type: ignore[no-any-return]

    def load(self, path: Path) -> M:
        try:
            return self.load_bytes(read_bytes(Path(path), self.read_limit))
        except WorkshopFileError as exc:
            exc.what = self.what  # the UI words its message for the kind of file
            raise

    def _head(self) -> dict[str, Any]:
        """The envelope's keys before the document."""
        return {"format": self.name, "schema_version": self.version, **self.extra}

    def envelope(self, document: M) -> dict[str, Any]:
        """The whole file as JSON data (what `dump` writes, as a dict)."""
        return {**self._head(), self.payload_key: document.model_dump(mode="json")}

    def dump(self, document: M) -> bytes:
        """The file's text: the envelope's keys, then the document, laid out as
        `json.dumps(envelope(...), indent=2, ensure_ascii=False)` would (see `dump_parts`)."""
        return b"".join(self.dump_parts(document))

    def dump_parts(self, document: M) -> list[bytes]:
        """The file's text in parts, to be written one after the other, written by pydantic's
        own serialiser. A workshop's snapshots, the bulk of a file that never changes, are
        written once each (model.snapshot_json) and set between the parts of the live
        state's text, not copied into one: an autosave at the limits serialised 34 MB and
        froze the window for a third of a second mid-word (issue #33)."""
        workshop = _workshop_in(document)
        if workshop is None or not workshop.snapshots:
            return [to_json({**self._head(), self.payload_key: document}, indent=2), b"\n"]
        light = _with_workshop(document, workshop.without_snapshots())
        text = to_json({**self._head(), self.payload_key: light}, indent=2)
        at = text.find(_NO_SNAPSHOTS)
        if at < 0 or text.find(_NO_SNAPSHOTS, at + 1) >= 0:  # not where a workshop keeps them
            return [to_json({**self._head(), self.payload_key: document}, indent=2), b"\n"]
        depth = at - (text.rfind(b"\n", 0, at) + 1)
        parts = [text[:at], b'"snapshots": [\n']
        for n, snapshot in enumerate(workshop.snapshots):
            if n:
                parts.append(b",\n")
            parts.append(snapshot_json(snapshot, depth + 2))
        parts += [b"\n" + b" " * depth + b"]", text[at + len(_NO_SNAPSHOTS) :], b"\n"]
        return parts

    def save(self, document: M, path: Path) -> str:
        """Save atomically, keeping the previous file as `<name>.bak`; raises SaveError (and
        writes nothing) when the content is larger than a load accepts. Returns the digest of
        the content written."""
        data = self.dump(document)
        if len(data) > MAX_FILE_BYTES:
            raise SaveError(
                f"The {self.what} is larger than {MAX_FILE_BYTES // (1024 * 1024)} MB, more than "
                "the app opens; the file on disk is unchanged.",
                problem=SaveProblem.TOO_LARGE,
            )
        return atomic_write(Path(path), data)


_NO_SNAPSHOTS = b'"snapshots": []'  # a workshop's empty list as the serialiser writes it


def _workshop_in(document: BaseModel) -> Workshop | None:
    """The workshop a document is or holds (a recovery holds one), if any."""
    if isinstance(document, Workshop):
        return document
    held = getattr(document, "workshop", None)
    return held if isinstance(held, Workshop) else None


def _with_workshop(document: M, workshop: Workshop) -> M:
    if isinstance(document, Workshop):
        return workshop  # type: ignore[return-value]
    return document.model_copy(update={"workshop": workshop})
