"""A lock beside an open workshop file, so a second window or computer is told, not silent.

The lock file (".<name>.lock", beside the workshop, so it works on a shared folder too) is Qt's
QLockFile: it names the holder's process, app and computer, and Qt takes it over only when its
holder is a process on this computer that has died. A lock made on another computer (as a
sync folder or a share delivers it) is never taken over without the user's word: the user is
told who holds it, where and since when, from a small note beside the lock
(".<name>.lock.who.json": the person and the time).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import getpass
import hashlib
import json
import os
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import QLockFile, QSysInfo

from ..storage.jsonio import atomic_write, open_regular

MAX_NOTE_BYTES = 4096


@dataclass(frozen=True)
class LockHolder:
    """Who holds a file: a person (when known), a computer and since when."""

    user: str
    host: str
    since: dt.datetime | None
    this_computer: bool


class LockProblem(StrEnum):
    """Why a lock could not be made when nobody holds the file."""

    PERMISSION = "permission"  # the folder cannot be written (read-only folder or share)
    READ_ONLY_DISK = "read_only_disk"
    DISK_FULL = "disk_full"
    NAME_TOO_LONG = "name_too_long"
    OTHER = "other"


def user_display_name() -> str:
    """The person at this computer, as their system names them ("Anna Lindqvist")."""
    with contextlib.suppress(Exception):
        if os.name == "posix":
            import pwd

            full = pwd.getpwuid(os.getuid()).pw_gecos.split(",")[0].strip()
            if full:
                return full
        elif os.name == "nt":
            import ctypes

            size = ctypes.c_ulong(256)
            buffer = ctypes.create_unicode_buffer(size.value)
            name_display = 3
            secur32 = ctypes.windll.secur32  # type: ignore[attr-defined]
            if secur32.GetUserNameExW(name_display, buffer, ctypes.byref(size)) and buffer.value:
                return str(buffer.value)
    with contextlib.suppress(Exception):
        return getpass.getuser()
    return ""


def lock_stem(path: Path) -> str:
    """The start of the lock's name beside `path`: ".<name>". Qt reads file names as UTF-8,
    so a name the system gives as other bytes (U+FFFD to Qt) gets the digest of its bytes too,
    and two such files never share a lock."""
    raw = os.fsencode(path.name)
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError:
        shown = raw.decode("utf-8", "replace")
        return f".{shown}.{hashlib.sha256(raw).hexdigest()[:12]}"
    return f".{path.name}"


class FileLock:
    def __init__(self, path: Path) -> None:
        self.path = path
        stem = lock_stem(path)
        self._lock = QLockFile(str(path.with_name(f"{stem}.lock")))
        self._lock.setStaleLockTime(0)  # stale only when its holder, on this computer, is gone
        self._note = path.with_name(f"{stem}.lock.who.json")

    def acquire(self) -> bool:
        """True when this window now holds the file (a dead holder's lock on this computer is
        taken over by Qt; another computer's never)."""
        if not self._lock.tryLock(0):
            return False
        self._write_note()
        return True

    def take_over(self) -> bool:
        """Take the lock from its holder on the user's word (a computer that crashed with the
        file open); True when this window now holds it."""
        self._lock.removeStaleLockFile()
        return self.acquire()

    def held_elsewhere(self) -> bool:
        """True when another window or computer holds the file (not: the folder is gone or
        cannot be written)."""
        return (
            not self._lock.isLocked()
            and self._lock.error() == QLockFile.LockError.LockFailedError
            and Path(self._lock.fileName()).exists()
        )

    def holder(self) -> LockHolder:
        """Who holds the lock: the person and time from the note when it belongs to the same
        computer as the lock, else what the lock itself says."""
        info = self._lock.getLockInfo()  # PySide6: (ok, pid, host, app) or (pid, host, app)
        host = ""
        if isinstance(info, tuple) and len(info) >= 3:
            host = str(info[-2])
        note = self._read_note()
        user, since = "", None
        if note is not None and note.get("host") == host:
            user = str(note.get("user", ""))[:200]
            with contextlib.suppress(TypeError, ValueError):
                since = dt.datetime.fromisoformat(str(note.get("since")))
        if since is None:
            with contextlib.suppress(OSError):
                mtime = os.stat(self._lock.fileName()).st_mtime
                since = dt.datetime.fromtimestamp(mtime, dt.UTC)
        here = QSysInfo.machineHostName()
        return LockHolder(user=user, host=host[:200], since=since, this_computer=host == here)

    def problem(self) -> LockProblem | None:
        """Why the lock could not be made when it is not held by anyone (None: it is held, or
        nothing went wrong)."""
        if self._lock.isLocked() or self.held_elsewhere():
            return None
        if self._lock.error() == QLockFile.LockError.NoError:
            return None
        name = self._lock.fileName()
        try:  # Qt does not say why; trying the same thing ourselves does
            fd = os.open(name, os.O_CREAT | os.O_EXCL | os.O_WRONLY)
        except FileExistsError:
            return LockProblem.OTHER
        except OSError as exc:
            return {
                errno.EACCES: LockProblem.PERMISSION,
                errno.EPERM: LockProblem.PERMISSION,
                errno.EROFS: LockProblem.READ_ONLY_DISK,
                errno.ENOSPC: LockProblem.DISK_FULL,
                errno.ENAMETOOLONG: LockProblem.NAME_TOO_LONG,
            }.get(exc.errno or 0, LockProblem.OTHER)
        os.close(fd)
        with contextlib.suppress(OSError):
            os.unlink(name)
        return LockProblem.OTHER

    def release(self) -> None:
        if self._lock.isLocked():
            with contextlib.suppress(OSError):
                self._note.unlink()
            self._lock.unlock()

    def _write_note(self) -> None:
        note = {
            "user": user_display_name(),
            "host": QSysInfo.machineHostName(),
            "since": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        }
        with contextlib.suppress(Exception):  # a note is a courtesy; the lock is what counts
            atomic_write(self._note, json.dumps(note).encode(), backup=False)

    def _read_note(self) -> dict[str, object] | None:
        try:
            with open_regular(self._note) as fh:  # never a pipe or a device
                data = fh.read(MAX_NOTE_BYTES + 1)
            value = json.loads(data) if len(data) <= MAX_NOTE_BYTES else None
        except (OSError, ValueError):
            return None
        return value if isinstance(value, dict) else None
