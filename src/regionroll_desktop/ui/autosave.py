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
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, QTimer, Signal

from ..model.workshop import Snapshot, snapshot_json, snapshot_json_kept
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
    """Autosaves `session`'s workshop into `store`. The text is made on the window's thread
    (the workshop is immutable, its snapshots' text is kept: milliseconds), the file is
    written and flushed to disk on a thread of its own, one write after the other, so a
    facilitator typing never waits for the disk (at the limits a write froze the window for a
    third of a second, issue #33). `save_now()` waits for its write; the timer's does not."""

    problemChanged = Signal(object)  # noqa: N815  AutosaveProblem, or None when it works
    _written = Signal(int, object)  # a background write's number, and its SaveError or None

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
        self._writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="autosave")
        self._writes = 0  # the number of the latest write handed to the writer
        self._pending: Future[None] | None = None
        self._written.connect(self._after_write)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(lambda: self.save_now(wait=False))
        # The snapshots' texts written ahead, one per turn of the event loop while the window
        # idles: the first autosave after opening a file at the limits wrote them all at once
        # (a quarter of a second, mid-word).
        self._warming = QTimer(self)
        self._warming.setInterval(0)
        self._warming.timeout.connect(self._warm_one)
        session.changed.connect(lambda _w: self._warm())
        self._warm()
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

    def _warm(self) -> None:
        if not self._warming.isActive() and self._unwritten() is not None:
            self._warming.start()

    def _unwritten(self) -> Snapshot | None:
        return next((s for s in self.session.workshop.snapshots if not snapshot_json_kept(s)), None)

    def _warm_one(self) -> None:
        snapshot = self._unwritten()
        if snapshot is None:
            self._warming.stop()
        else:
            snapshot_json(snapshot)

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

    def save_now(self, wait: bool = True) -> None:
        """Write the recovery file now (also called at every step change); with `wait`, the
        file is on disk when this returns."""
        self.timer.stop()
        if not self.session.modified:
            self._unsaved_since = None
            return
        try:
            self.store.prepare()
            self._take_lock()
            data = self.store.render(self.session.workshop, self.session.path)
        except SaveError as exc:
            self._failed(exc)
            return
        self._writes += 1
        number = self._writes
        future = self._writer.submit(self.store.write_bytes, self.path, data)
        self._pending = future
        self._unsaved_since = None
        if wait:
            error = future.exception()
            self._after_write(number, error if isinstance(error, SaveError) else None)
            if error is not None and not isinstance(error, SaveError):
                raise error
        else:
            future.add_done_callback(lambda done: self._report(number, done))

    def _report(self, number: int, done: Future[None]) -> None:
        """On the writer's thread: the window's thread hears how the write went."""
        error = done.exception()
        self._written.emit(number, error)

    def _after_write(self, number: int, error: BaseException | None) -> None:
        if number != self._writes:
            return  # a later write has the last word
        if isinstance(error, SaveError):
            self._failed(error)
        elif error is not None:
            raise error  # not the disk's doing: the crash guard's
        else:
            self._set_problem(None)

    def _failed(self, exc: SaveError) -> None:
        self._set_problem(AutosaveProblem(exc.problem, self.store.folder))
        self.timer.start(RETRY_MS)

    def wait(self) -> None:
        """Until the write handed to the writer last is done (whatever came of it)."""
        pending = self._pending
        if pending is not None:
            pending.exception()

    def _set_problem(self, problem: AutosaveProblem | None) -> None:
        if problem != self.problem:
            self.problem = problem
            self.problemChanged.emit(problem)

    def _clean_changed(self, clean: bool) -> None:
        # A successful save makes the stack clean: the recovery file has done its job.
        if clean and self.session.path is not None:
            self.timer.stop()
            self._unsaved_since = None
            self.wait()  # a write still under way would bring the file back
            self.store.discard(self.recovery_id)

    def discard(self) -> None:
        """The user's word: the workshop's changes may go (or were saved)."""
        self.timer.stop()
        self.wait()
        self.store.discard(self.recovery_id)
        self.release()

    def release(self) -> None:
        self.wait()
        if self.lock.isLocked():
            self.lock.unlock()
