"""Autosave: the open workshop goes to a recovery file shortly after each change.

It waits for a pause in the work (`DELAY_MS`) but never longer than `MAX_WAIT_S` after the
first change it has not yet saved, so a facilitator typing without a pause is autosaved too.

Each window's workshop has a recovery id and holds a QLockFile beside its recovery file while it
lives. At start-up, a recovery file whose lock nobody holds was left by a crash, a kill or a
power cut, and is offered back.

When the recovery folder cannot be made or written, the app works on without autosave and says
so (`problem`) until a later attempt succeeds; it tries again every `RETRY_MS` while unsaved.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, QTimer, Signal

from ..storage import SaveError, SaveProblem
from ..storage.recovery import RecoveryStore
from .session import Session

DELAY_MS = 1500  # a pause this long in the work is autosaved
MAX_WAIT_S = 5.0  # and no change waits longer than this to be autosaved
RETRY_MS = 30_000  # a failed autosave is tried again this often while there is unsaved work


@dataclass(frozen=True)
class AutosaveProblem:
    """Why autosave is not working now (the UI words it in its language)."""

    problem: SaveProblem
    folder: Path


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
    problemChanged = Signal(object)  # noqa: N815  AutosaveProblem, or None when it works

    def __init__(
        self,
        session: Session,
        store: RecoveryStore,
        recovery_id: str | None = None,
        parent: QObject | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.store = store
        self.recovery_id = recovery_id or store.new_id()
        self.problem: AutosaveProblem | None = None
        self._clock = clock
        self._unsaved_since: float | None = None  # the first change not yet autosaved
        self.lock = lock_for(store, self.recovery_id)
        try:
            store.prepare()
        except SaveError as exc:
            self._set_problem(AutosaveProblem(exc.problem, store.folder))
        else:
            self._take_lock()
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.save_now)
        session.changed.connect(lambda _w: self.schedule())
        # A running step timer changes the timing every few seconds: saved within the delay,
        # not postponed by each tick.
        session.timingChanged.connect(self._timing_changed)
        session.undo_stack.cleanChanged.connect(self._clean_changed)

    def schedule(self) -> None:
        """A change: autosave after a pause, or sooner when changes have waited too long."""
        if self.problem is not None and self.timer.isActive():
            return  # failing: tried again on the retry timer, not at every keystroke
        now = self._clock()
        if self._unsaved_since is None:
            self._unsaved_since = now
        left_ms = int((self._unsaved_since + MAX_WAIT_S - now) * 1000)
        self.timer.start(max(0, min(DELAY_MS, left_ms)))

    def _timing_changed(self) -> None:
        if not self.timer.isActive():
            self.schedule()

    def _take_lock(self) -> None:
        """Hold the recovery file's lock (its folder made), so no other start offers it."""
        if not self.lock.isLocked():
            self.lock.tryLock(100)

    @property
    def path(self) -> Path:
        return self.store.path(self.recovery_id)

    def save_now(self) -> None:
        """Write the recovery file now (also called at every step change)."""
        self.timer.stop()
        if not self.session.modified:
            self._unsaved_since = None
            return
        try:
            self.store.prepare()
            self._take_lock()
            self.store.write(self.recovery_id, self.session.workshop, self.session.path)
        except SaveError as exc:
            self._set_problem(AutosaveProblem(exc.problem, self.store.folder))
            self.timer.start(RETRY_MS)
            return
        self._unsaved_since = None
        self._set_problem(None)

    def _set_problem(self, problem: AutosaveProblem | None) -> None:
        if problem != self.problem:
            self.problem = problem
            self.problemChanged.emit(problem)

    def _clean_changed(self, clean: bool) -> None:
        # A successful save makes the stack clean: the recovery file has done its job.
        if clean and self.session.path is not None:
            self.timer.stop()
            self._unsaved_since = None
            self.store.discard(self.recovery_id)

    def discard(self) -> None:
        """The user's word: the workshop's changes may go (or were saved)."""
        self.timer.stop()
        self.store.discard(self.recovery_id)
        self.release()

    def release(self) -> None:
        if self.lock.isLocked():
            self.lock.unlock()
