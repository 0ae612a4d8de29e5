"""Reading and writing our JSON documents safely: bounded, strict, atomic.

Load: bytes -> JSON (no NaN, no duplicate keys, bounded size and depth) -> check the format
name and version -> migrate step by step -> hand the payload to the caller to validate.
Save: serialise fully first, write a temporary file beside the target, flush and fsync, keep
the previous file as `<name>.bak`, then replace the target in one rename.
"""

from __future__ import annotations

import contextlib
import errno
import gc
import glob
import hashlib
import json
import os
import shutil
import stat
import tempfile
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from enum import StrEnum
from pathlib import Path
from typing import Any, BinaryIO

from ..model.limits import MAX_FILE_BYTES
from .errors import (
    FileTooLargeError,
    FileUnreadableError,
    ForeignFileError,
    InvalidContentError,
    NewerVersionError,
    NotJsonError,
    SaveError,
    SaveProblem,
    TooDeepError,
    Unreadable,
)

MAX_DEPTH = 64

Migration = Callable[[dict[str, Any]], dict[str, Any]]


def shown_path(path: Path | str) -> str:
    """A path as text to show: where the system gives a name as bytes that are not UTF-8,
    those bytes show as \\xNN, the way a shell's tools show them (never a lone surrogate,
    which no screen or file can take)."""
    return os.fsencode(path).decode("utf-8", "backslashreplace")


def open_regular(path: Path) -> BinaryIO:
    """Open a regular file for reading, never waiting on a pipe, a device or a socket: the
    open does not block (O_NONBLOCK) and anything but a regular file is refused before a byte
    is read, even one swapped in for the file a moment before."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise NotARegularFileError(path.name)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


class NotARegularFileError(OSError):
    """A pipe, a device or a socket where a file was expected."""


def read_bytes(path: Path, limit: int = MAX_FILE_BYTES) -> bytes:
    name = shown_path(path.name)
    try:
        with open_regular(path) as fh:
            data = fh.read(limit + 1)
    except FileNotFoundError:
        raise FileUnreadableError(
            f"The file {name} does not exist.", reason=Unreadable.MISSING
        ) from None
    except IsADirectoryError:
        raise FileUnreadableError(
            f"{name} is a folder, not a file.", reason=Unreadable.FOLDER
        ) from None
    except NotARegularFileError:
        if path.is_dir():
            raise FileUnreadableError(
                f"{name} is a folder, not a file.", reason=Unreadable.FOLDER
            ) from None
        raise FileUnreadableError(
            f"{name} is not a file but a device, a pipe or a socket, so it was not read.",
            reason=Unreadable.NOT_A_FILE,
        ) from None
    except PermissionError:
        raise FileUnreadableError(
            f"You do not have permission to read {name}.", reason=Unreadable.PERMISSION
        ) from None
    except OSError as exc:
        raise FileUnreadableError(f"The file {name} could not be read.", detail=str(exc)) from None
    if len(data) > limit:
        raise FileTooLargeError(
            f"The file is larger than {limit // (1024 * 1024)} MB, far more than any workshop."
        )
    return data


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not allowed")


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)  # at C speed; the key is looked for only when one is doubled
    if len(result) != len(pairs):
        seen: set[str] = set()
        twice = next(key for key, _ in pairs if key in seen or seen.add(key))  # type: ignore[func-returns-value]
        raise ValueError(f"the key {twice!r} appears twice in one object")
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


_settled = False  # whether a document has been settled before in this process


def settle_heap() -> None:
    """As a document opens: collect what the last one left, then freeze what lives now. A
    full collection walks every object there is; at the limits that is a workshop's hundreds
    of thousands, 465 ms that fell on whichever key came next. Frozen, the open workshop's
    objects are not walked again; the next call unfreezes them first, so nothing that has
    become garbage is kept for good. The first document of a process has no last one: only
    the start's few leftovers would be collected, for the same half second at the limits, so
    it is frozen at once (they are collected with the next document's settling)."""
    global _settled
    gc.unfreeze()
    if _settled:
        gc.collect()
    _settled = True
    gc.freeze()


@contextlib.contextmanager
def gc_paused() -> Iterator[None]:
    """No cyclic garbage collection while a document's many small objects are made: they are
    not garbage, and collecting over and over as they appear doubles the time of a load."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def parse_json_quickly(data: bytes) -> Any:
    """The JSON value, or None when anything is amiss (the careful `parse_json` then says
    what): strict like it, without its depth walk, which only a broken file needs."""
    try:
        return json.loads(data, parse_constant=_reject_constant, object_pairs_hook=_no_duplicates)
    except (ValueError, RecursionError, UnicodeDecodeError):
        return None


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


# A save blocked by another program (on Windows a virus scanner or a sync client briefly holding
# the file) is retried after these pauses, about one and a half seconds in all.
REPLACE_RETRY_DELAYS = (0.05, 0.1, 0.2, 0.4, 0.8)
# A temporary file a killed save left behind is removed by a later save once it is this old.
STALE_TEMP_SECONDS = 3600.0


def save_problem(exc: OSError) -> SaveProblem:
    """What a failed write's OS error means, for the UI to say in its language."""
    return _problem(exc, replacing=False)[0]


def _problem(exc: OSError, *, replacing: bool) -> tuple[SaveProblem, str]:
    if isinstance(exc, PermissionError):
        # Windows refuses to replace a file another program has open (a sharing or lock
        # violation; plain "access denied" there too).
        if replacing and (os.name == "nt" or getattr(exc, "winerror", None) in (32, 33)):
            return SaveProblem.BLOCKED, "another program is holding the file"
        return SaveProblem.PERMISSION, "you do not have permission to write there"
    if exc.errno == errno.ENOSPC:
        return SaveProblem.DISK_FULL, "the disk is full"
    if exc.errno == errno.EROFS:
        return SaveProblem.READ_ONLY_DISK, "the disk is read-only"
    if exc.errno == errno.ENAMETOOLONG:
        return SaveProblem.NAME_TOO_LONG, "the file name is too long for the disk"
    if isinstance(exc, FileNotFoundError):
        return SaveProblem.FOLDER_GONE, "the folder does not exist (a network drive may have gone)"
    return SaveProblem.OTHER, exc.strerror or str(exc)


def content_digest(data: bytes | Sequence[bytes]) -> str:
    """What a file's content is (given whole or in parts), to notice another program
    changing it."""
    digest = hashlib.sha256()
    for part in [data] if isinstance(data, bytes) else data:
        digest.update(part)
    return digest.hexdigest()


class DiskState(StrEnum):
    SAME = "same"  # the file holds what we last read or wrote
    CHANGED = "changed"  # another program wrote something else
    EMPTY = "empty"  # the file was cut to nothing
    MISSING = "missing"  # the file (or its folder, or its drive) is gone


def disk_state(path: Path, digest: str) -> DiskState:
    """How the file at `path` compares with the content whose digest we hold."""
    try:
        with open_regular(path) as fh:
            data = fh.read(MAX_FILE_BYTES + 1)
    except OSError:
        return DiskState.MISSING
    if not data:
        return DiskState.EMPTY
    return DiskState.SAME if content_digest(data) == digest else DiskState.CHANGED


def replace_retrying(source: str | Path, target: Path) -> None:
    """os.replace, retried while another program holds the target (a Windows virus scanner)."""
    for delay in REPLACE_RETRY_DELAYS:
        try:
            os.replace(source, target)
            return
        except PermissionError:
            time.sleep(delay)
    os.replace(source, target)


# A file name may have up to this many bytes on the disks a workshop lives on.
NAME_MAX_BYTES = 255


def _temporary_prefix(path: Path) -> str:
    """The start of a temporary file's name beside `path`: its name, cut short enough that
    the temporary name fits the disk even when the file's own name is nearly at the limit."""
    name = path.name
    while len(os.fsencode(name)) > 100:
        name = name[:-1]
    return f".{name}."


def _fits(name: str) -> bool:
    return len(os.fsencode(name)) <= NAME_MAX_BYTES


def _remove_stale_temporaries(path: Path) -> None:
    """Temporary files a killed save left beside `path` (never one a live save is writing)."""
    limit = time.time() - STALE_TEMP_SECONDS
    for leftover in path.parent.glob(f"{glob.escape(_temporary_prefix(path))}*.tmp*"):
        with contextlib.suppress(OSError):
            if leftover.stat().st_mtime < limit:
                leftover.unlink()


def is_read_only(path: Path) -> bool:
    """True when the file exists and is marked read-only (no write permission bit at all;
    on Windows the read-only attribute)."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return False
    if os.name == "posix":
        return not mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH)
    return not os.access(path, os.W_OK)


_umask: int | None = None


def _current_umask() -> int:
    """The process's umask (read once: setting it to read it is not thread-safe)."""
    global _umask
    if _umask is None:
        _umask = os.umask(0o022)
        os.umask(_umask)
    return _umask


def _take_over_permissions(fd: int, existing: Path) -> None:
    """Give the new file the mode and group of the one it replaces (a shared file stays
    shared), or the umask's mode when it is new; a temporary file is private otherwise."""
    if os.name != "posix":
        return
    try:
        st = existing.stat()
    except FileNotFoundError:
        os.fchmod(fd, 0o666 & ~_current_umask())
        return
    with contextlib.suppress(PermissionError):  # a member of the group may give it; else not
        os.fchown(fd, -1, st.st_gid)
    os.fchmod(fd, stat.S_IMODE(st.st_mode))  # after chown, which may clear set-group-id bits


def atomic_write(path: Path, data: bytes | Sequence[bytes], *, backup: bool = True) -> str:
    """Write `data` (whole, or its parts one after the other) to `path` so that a crash or
    failure never leaves a half file behind.

    The new file keeps the mode and group of the one it replaces. The previous file becomes
    `<name>.bak` (an empty one does not replace an older backup). Returns the digest of what
    was written."""
    folder = path.parent
    tmp_name: str | None = None
    replacing = False
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=_temporary_prefix(path), suffix=".tmp", dir=folder)
        with os.fdopen(fd, "wb") as fh:
            for part in [data] if isinstance(data, bytes) else data:
                fh.write(part)
            fh.flush()
            os.fsync(fh.fileno())
            _take_over_permissions(fh.fileno(), path)
        backup = backup and _fits(path.name + ".bak")  # no backup when its name cannot be
        if backup and path.is_file() and path.stat().st_size > 0:
            backup_path = path.with_name(path.name + ".bak")
            shutil.copy2(path, tmp_name + ".bak")  # with its mode
            if os.name == "posix":
                with contextlib.suppress(PermissionError):
                    os.chown(tmp_name + ".bak", -1, path.stat().st_gid)
            replacing = True
            replace_retrying(tmp_name + ".bak", backup_path)
        replacing = True
        replace_retrying(tmp_name, path)
        tmp_name = None
        _fsync_dir(folder)
    except OSError as exc:
        problem, reason = _problem(exc, replacing=replacing)
        raise SaveError(
            f"The file {path.name} could not be saved because {reason}; "
            "the file on disk is unchanged.",
            problem=problem,
            name=path.name,
            detail=str(exc),
        ) from None
    finally:
        if tmp_name is not None:
            for leftover in (tmp_name, tmp_name + ".bak"):
                with contextlib.suppress(OSError):
                    os.unlink(leftover)
    _remove_stale_temporaries(path)
    return content_digest(data)
