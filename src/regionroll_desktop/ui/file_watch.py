"""Notices when another program changes, empties or removes the open workshop's file.

A sync client, a colleague on a shared folder or a vanished network drive can change the file
under an open workshop. The watch compares the file's content with what the session last read
or wrote (so our own saves are never reported) and says so once per change of state.
Network drives and moved folders do not always notify, so the file's size and time are also
polled, and the file is checked whenever the app is activated.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication

from ..storage import DiskState
from .session import Session

SETTLE_MS = 300  # a save by another program comes as several notifications
POLL_MS = 3000  # a look at the file's size and time (its content only when they change)


class FileWatch(QObject):
    stateChanged = Signal(object)  # noqa: N815 (Qt signal naming) — the new DiskState

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.state = DiskState.SAME
        self._watcher = QFileSystemWatcher(self)
        self._timer = QTimer(self, singleShot=True, interval=SETTLE_MS)
        self._timer.timeout.connect(self.check)
        self._watcher.fileChanged.connect(self._timer.start)
        self._watcher.directoryChanged.connect(self._timer.start)
        self._seen: tuple[int, int] | None = None
        self._stopped = False
        self._poll = QTimer(self, interval=POLL_MS)
        self._poll.timeout.connect(self._look)
        self._poll.start()
        session.pathChanged.connect(self._watch)
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.applicationStateChanged.connect(self._activated)
        self._watch()

    def _watch(self) -> None:
        if self._stopped:
            return
        watched = self._watcher.files() + self._watcher.directories()
        if watched:
            self._watcher.removePaths(watched)
        path = self._session.path
        if path is not None:
            # The folder too: a file replaced by a rename (as every careful save does) or
            # deleted and written again is no longer the file the watch was given. Not on
            # Windows, where a watched folder cannot be renamed and its USB stick not ejected;
            # the poll covers it there.
            watch = [path] if sys.platform == "win32" else [path, path.parent]
            self._watcher.addPaths([str(p) for p in watch if p.exists()])
        self.check()

    def stop(self) -> None:
        """No more looks at the file: its workshop is closing."""
        self._stopped = True
        self._poll.stop()
        self._timer.stop()
        watched = self._watcher.files() + self._watcher.directories()
        if watched:
            self._watcher.removePaths(watched)

    def _look(self) -> None:
        path = self._session.path
        if path is not None and _size_and_time(path) != self._seen:
            self.check()

    def _activated(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationActive:
            self.check()

    def check(self) -> DiskState:
        """Compare the file with the session's last read or write; signal a new state."""
        if self._stopped:
            return self.state
        path = self._session.path
        # Before the content, so a change in between is seen by the next poll.
        self._seen = _size_and_time(path) if path is not None else None
        state = self._session.disk_state()
        if path is not None and str(path) not in self._watcher.files() and path.exists():
            self._watcher.addPath(str(path))
        if state is not self.state:
            self.state = state
            self.stateChanged.emit(state)
        return state


def _size_and_time(path: Path) -> tuple[int, int] | None:
    try:
        info = path.stat()
    except OSError:
        return None
    return info.st_size, info.st_mtime_ns
