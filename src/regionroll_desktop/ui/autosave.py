"""Autosave: the open workshop goes to a recovery file shortly after each change.

Each window's workshop has a recovery id and holds a QLockFile beside its recovery file while it
lives. At start-up, a recovery file whose lock nobody holds was left by a crash, a kill or a
power cut, and is offered back.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, QTimer, Signal

from ..storage import SaveError
from ..storage.recovery import RecoveryStore
from .messages import describe_file_error
from .session import Session

DELAY_MS = 1500


def lock_for(store: RecoveryStore, recovery_id: str) -> QLockFile:
    lock = QLockFile(str(store.path(recovery_id)) + ".lock")
    lock.setStaleLockTime(0)  # only a dead holder's lock is stale
    return lock


def orphaned(store: RecoveryStore) -> list:  # type: ignore[type-arg]
    """Recovery files that no running RegionRoll holds: the ones to offer back."""
    found = []
    for item in store.all():
        lock = lock_for(store, store.id_of(item.path))
        if lock.tryLock(0):
            lock.unlock()
            found.append(item)
    return found


class Autosaver(QObject):
    failed = Signal(str)

    def __init__(
        self,
        session: Session,
        store: RecoveryStore,
        recovery_id: str | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.store = store
        self.recovery_id = recovery_id or store.new_id()
        self.lock = lock_for(store, self.recovery_id)
        store.folder.mkdir(parents=True, exist_ok=True)
        self.lock.tryLock(100)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DELAY_MS)
        self.timer.timeout.connect(self.save_now)
        session.changed.connect(lambda _w: self.timer.start())
        # A running step timer changes the timing every few seconds: saved within the delay,
        # not postponed by each tick.
        session.timingChanged.connect(lambda: self.timer.isActive() or self.timer.start())
        session.undo_stack.cleanChanged.connect(self._clean_changed)

    @property
    def path(self) -> Path:
        return self.store.path(self.recovery_id)

    def save_now(self) -> None:
        """Write the recovery file now (also called at every step change)."""
        self.timer.stop()
        if not self.session.modified:
            return
        try:
            self.store.write(self.recovery_id, self.session.workshop, self.session.path)
        except SaveError as exc:
            self.failed.emit(describe_file_error(exc))

    def _clean_changed(self, clean: bool) -> None:
        # A successful save makes the stack clean: the recovery file has done its job.
        if clean and self.session.path is not None:
            self.timer.stop()
            self.store.discard(self.recovery_id)

    def discard(self) -> None:
        """The user's word: the workshop's changes may go (or were saved)."""
        self.timer.stop()
        self.store.discard(self.recovery_id)
        self.release()

    def release(self) -> None:
        if self.lock.isLocked():
            self.lock.unlock()
