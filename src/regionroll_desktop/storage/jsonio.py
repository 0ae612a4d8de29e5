"""Reading and writing our JSON documents safely: bounded, strict, atomic.

Load: bytes -> JSON (no NaN, no duplicate keys, bounded size and depth) -> check the format
name and version -> migrate step by step -> hand the payload to the caller to validate.
Save: serialise fully first, write a temporary file beside the target, flush and fsync, keep
the previous file as `<name>.bak`, then replace the target in one rename.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import shutil
import tempfile
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from .errors import (
    FileTooLargeError,
    FileUnreadableError,
    ForeignFileError,
    InvalidContentError,
    NewerVersionError,
    NotJsonError,
    SaveError,
    TooDeepError,
)

MAX_FILE_BYTES = 64 * 1024 * 1024
MAX_DEPTH = 64

Migration = Callable[[dict[str, Any]], dict[str, Any]]


def read_bytes(path: Path, limit: int = MAX_FILE_BYTES) -> bytes:
    try:
        with path.open("rb") as fh:
            data = fh.read(limit + 1)
    except FileNotFoundError:
        raise FileUnreadableError(f"The file {path.name} does not exist.") from None
    except IsADirectoryError:
        raise FileUnreadableError(f"{path.name} is a folder, not a file.") from None
    except PermissionError:
        raise FileUnreadableError(f"You do not have permission to read {path.name}.") from None
    except OSError as exc:
        raise FileUnreadableError(
            f"The file {path.name} could not be read.", detail=str(exc)
        ) from None
    if len(data) > limit:
        raise FileTooLargeError(
            f"The file is larger than {limit // (1024 * 1024)} MB, far more than any workshop."
        )
    return data


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not allowed")


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise ValueError(f"the key {key!r} appears twice in one object")
        result[key] = value
    return result


def _depth(value: Any) -> int:
    """Nesting depth, iteratively (a recursive walk could itself overflow)."""
    deepest = 0
    stack: list[tuple[Any, int]] = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, dict):
            deepest = max(deepest, depth)
            stack.extend((v, depth + 1) for v in item.values())
        elif isinstance(item, list):
            deepest = max(deepest, depth)
            stack.extend((v, depth + 1) for v in item)
    return deepest


def parse_json(data: bytes) -> Any:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise NotJsonError("The file is not a text file, so it cannot be a workshop.") from None
    try:
        value = json.loads(text, parse_constant=_reject_constant, object_pairs_hook=_no_duplicates)
    except RecursionError:
        raise TooDeepError("The file is nested far too deeply to be a workshop.") from None
    except (json.JSONDecodeError, ValueError) as exc:
        raise NotJsonError("The file is damaged or is not a JSON file.", detail=str(exc)) from None
    if _depth(value) > MAX_DEPTH:
        raise TooDeepError("The file is nested far too deeply to be a workshop.")
    return value


def open_envelope(
    value: Any,
    *,
    format_name: str,
    payload_key: str,
    version: int,
    migrations: Mapping[int, Migration],
    what: str,
) -> Any:
    """Check the format name and version, migrate to `version`, return the payload."""
    if not isinstance(value, dict) or value.get("format") != format_name:
        raise ForeignFileError(f"The file is not a {what} file.")
    found = value.get("schema_version")
    if type(found) is not int or found < 1:
        raise InvalidContentError(f"The {what} file does not say which version it is.")
    if found > version:
        raise NewerVersionError(
            f"The {what} file was made by a newer version of RegionRoll (format version "
            f"{found}); update the app to open it.",
            version=found,
            supported=version,
        )
    document = dict(value)
    while (current := document["schema_version"]) < version:
        try:
            document = migrations[current](document)
            document["schema_version"] = current + 1
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise InvalidContentError(
                f"The {what} file is damaged: it could not be brought up to date.",
                detail=str(exc),
            ) from None
    if payload_key not in document:
        raise InvalidContentError(f"The {what} file has no content.")
    return document[payload_key]


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _reason(exc: OSError) -> str:
    if isinstance(exc, PermissionError):
        return "you do not have permission to write there"
    if exc.errno == errno.ENOSPC:
        return "the disk is full"
    if exc.errno == errno.EROFS:
        return "the disk is read-only"
    if isinstance(exc, FileNotFoundError):
        return "the folder does not exist (a network drive may have gone)"
    return exc.strerror or str(exc)


def atomic_write(path: Path, data: bytes, *, backup: bool = True) -> None:
    """Write `data` to `path` so that a crash or failure never leaves a half file behind."""
    folder = path.parent
    tmp_name: str | None = None
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        if backup and path.is_file():
            backup_path = path.with_name(path.name + ".bak")
            shutil.copy2(path, tmp_name + ".bak")
            os.replace(tmp_name + ".bak", backup_path)
        os.replace(tmp_name, path)
        tmp_name = None
        _fsync_dir(folder)
    except OSError as exc:
        raise SaveError(
            f"The file {path.name} could not be saved because {_reason(exc)}; "
            "the file on disk is unchanged.",
            detail=str(exc),
        ) from None
    finally:
        if tmp_name is not None:
            for leftover in (tmp_name, tmp_name + ".bak"):
                with contextlib.suppress(OSError):
                    os.unlink(leftover)
