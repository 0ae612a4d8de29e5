"""A lock beside an open workshop file, so a second window or computer is told, not silent.

The lock file (".<name>.lock", beside the workshop, so it works on a shared folder too) names
the holder's host, process and app. A lock whose process has died on this host is taken over.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLockFile


class FileLock:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = QLockFile(str(path.with_name(f".{path.name}.lock")))
        self._lock.setStaleLockTime(0)  # stale only when the holder is gone

    def acquire(self) -> bool:
        """True when this window now holds the file (a dead holder's lock is taken over)."""
        if self._lock.tryLock(0):
            return True
        self._lock.removeStaleLockFile()
        return self._lock.tryLock(0)

    def held_elsewhere(self) -> bool:
        """True when another window or computer holds the file (not: the folder is gone)."""
        return not self._lock.isLocked() and Path(self._lock.fileName()).exists()

    def holder(self) -> str:
        """Who holds the lock, in words a facilitator can act on."""
        info = self._lock.getLockInfo()  # PySide6: (pid, host, app), or a bool when unknown
        if not isinstance(info, tuple) or len(info) != 3:
            return "RegionRoll"
        pid, host, app = info
        return f"{app or 'RegionRoll'} ({host}, process {pid})"

    def release(self) -> None:
        if self._lock.isLocked():
            self._lock.unlock()
