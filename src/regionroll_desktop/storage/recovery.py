"""Recovery files: the open workshop, autosaved beside the app's data, never over the user's file.

A recovery file holds the workshop, the file it belongs to (None while untitled) and when it was
written. It is deleted only on the user's word or after the workshop was saved successfully.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any

from pydantic import AfterValidator, BaseModel, ConfigDict, StringConstraints

from ..model.limits import MAX_FILE_BYTES
from ..model.text import clean
from ..model.workshop import Workshop
from .document_format import DocumentFormat
from .errors import SaveError, WorkshopFileError
from .jsonio import atomic_write, save_problem

SUFFIX = ".recovery.json"


class Recovery(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    original: Annotated[str, AfterValidator(clean)] | None = None  # its file, as text to show
    # The same path's bytes in hex when the system gives its name as bytes that are not UTF-8
    # (a Linux disk from an old system): `original` shows it with U+FFFD, and this finds it.
    original_bytes: Annotated[str, StringConstraints(pattern="^(?:[0-9a-f]{2})+$")] | None = None
    saved_at: dt.datetime
    workshop: Workshop

    @property
    def original_path(self) -> Path | None:
        """The workshop's file, as the system names it."""
        if self.original_bytes is not None:
            return Path(os.fsdecode(bytes.fromhex(self.original_bytes)))
        return Path(self.original) if self.original else None


def _v1_to_v2(document: dict[str, Any]) -> dict[str, Any]:
    """Version 2 can name a file whose name is not UTF-8; a version 1 file names none."""
    return document


RECOVERY_FORMAT = DocumentFormat(
    name="regionroll-recovery",
    version=2,
    payload_key="recovery",
    what="recovery",
    model=Recovery,
    migrations={1: _v1_to_v2},
    # A workshop opened from a file whose snapshots pass their share of the limit (an older
    # version's) can grow past it: its save is refused in words, its recovery still read.
    max_bytes=2 * MAX_FILE_BYTES,
)


def path_as_text(path: Path) -> tuple[str, str | None]:
    """A path as text to show and save, and its bytes in hex when they are not UTF-8 (then
    the text has U+FFFD where the bytes were)."""
    raw = os.fsencode(path)
    try:
        return raw.decode("utf-8"), None
    except UnicodeDecodeError:
        return raw.decode("utf-8", "replace"), raw.hex()


@dataclass(frozen=True)
class Found:
    path: Path
    recovery: Recovery | None  # None: the file could not be read (kept, and reported)
    problem: str = ""


class RecoveryStore:
    def __init__(self, folder: Path) -> None:
        self.folder = folder

    @staticmethod
    def new_id() -> str:
        return uuid.uuid4().hex

    def path(self, recovery_id: str) -> Path:
        return self.folder / f"{recovery_id}{SUFFIX}"

    def prepare(self) -> None:
        """Make the folder if it is not there; raises SaveError saying why it cannot be."""
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise SaveError(
                f"The recovery folder {self.folder} could not be made.",
                problem=save_problem(exc),
                detail=str(exc),
            ) from None

    def write(self, recovery_id: str, workshop: Workshop, original: Path | None) -> Path:
        """Write atomically (a crash mid-write keeps the previous recovery); raises SaveError."""
        self.prepare()
        path = self.path(recovery_id)
        self.write_bytes(path, self.render(workshop, original))
        return path

    @staticmethod
    def render(workshop: Workshop, original: Path | None) -> list[bytes]:
        """The recovery file's text for `workshop` (from a file at `original`), as of now, in
        parts (DocumentFormat.dump_parts)."""
        text, raw = path_as_text(original) if original else (None, None)
        recovery = Recovery(
            original=text,
            original_bytes=raw,
            saved_at=dt.datetime.now(dt.UTC),
            workshop=workshop,
        )
        return RECOVERY_FORMAT.dump_parts(recovery)

    @staticmethod
    def write_bytes(path: Path, data: bytes | Sequence[bytes]) -> None:
        """Write a rendered recovery atomically; raises SaveError. Touches nothing but the
        file and its folder, so it may run on a thread of its own."""
        atomic_write(path, data, backup=False)

    def discard(self, recovery_id: str) -> None:
        """Remove the recovery file (nothing to do when it, or its folder, is not there)."""
        with contextlib.suppress(OSError):
            os.unlink(self.path(recovery_id))

    def all(self) -> list[Found]:
        """Every recovery file in the folder, newest first."""
        if not self.folder.is_dir():
            return []
        found = []
        for path in self.folder.glob(f"*{SUFFIX}"):
            try:
                found.append(Found(path, RECOVERY_FORMAT.load(path)))
            except WorkshopFileError as exc:
                found.append(Found(path, None, str(exc)))
        return sorted(found, key=lambda f: f.path.stat().st_mtime, reverse=True)

    @staticmethod
    def id_of(path: Path) -> str:
        return path.name.removesuffix(SUFFIX)
