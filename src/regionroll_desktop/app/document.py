"""One open workshop and its file life: the session (state and undo stack), the file it came
from, the lock on that file, the watch on it, and the autosave with its recovery id.

A document is opened, saved, restored and closed through the small API below; it asks the
user only through `ui.dialogs` (with `dialog_parent` as the dialogs' parent) and reports
through signals, so the window that shows it holds no file logic and the document can be
tested without a window.
"""

from __future__ import annotations

import contextlib
import weakref
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QWidget

from ..analysis.compare import what_changed
from ..model import RegionChoice, Workshop
from ..model.text import one_or_many
from ..storage import (
    SUFFIX,
    DiskState,
    SaveError,
    WorkshopFileError,
    is_read_only,
    load_workshop,
    save_workshop,
    shown_path,
)
from ..storage.jsonio import settle_heap
from ..storage.recovery import Found, Recovery, RecoveryStore
from ..ui import dialogs
from ..ui.autosave import Autosaver, orphaned
from ..ui.change_words import describe_change
from ..ui.file_lock import FileLock, LockProblem
from ..ui.file_watch import FileWatch
from ..ui.messages import describe_file_error, describe_holder
from ..ui.room_session import RoomSessionControl
from ..ui.session import Session


class WorkshopDocument(QObject):
    """One open workshop. Closing it (`close`) is the user's word that its unsaved changes may
    go: its recovery file is removed and its file's lock released."""

    titleChanged = Signal()  # noqa: N815  the name, read-only state, region or unsaved mark
    diskStateChanged = Signal(object)  # noqa: N815  DiskState of the file on disk
    message = Signal(str, int)  # a status line and how long to show it (ms)
    saved = Signal(object)  # the Path just saved to

    def __init__(
        self,
        session: Session,
        store: RecoveryStore,
        *,
        lock: FileLock | None = None,
        recovery_id: str | None = None,
        dialog_parent: QWidget | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        session.setParent(self)
        self.store = store
        self.dialog_parent = dialog_parent
        self._lock = lock
        self._region_and_name: tuple[RegionChoice | None, str | None] = (
            session.workshop.region,
            None if session.path is not None else _display_title(session.workshop),
        )
        self.autosaver = Autosaver(session, store, recovery_id, self)
        self.room = RoomSessionControl(session, self)  # the phones' answers (off until started)
        # Weakly: the control is the document's child, and a reference from it back to the
        # document would make a cycle through Qt's ownership that the collector may tear down
        # in the wrong order (a crash).
        keep = weakref.WeakMethod(self._keep_room)
        self.room.persist = lambda: (method := keep()) is not None and method()
        self.file_watch = FileWatch(session, self)
        self.file_watch.stateChanged.connect(self.diskStateChanged)
        session.modifiedChanged.connect(lambda _m: self.titleChanged.emit())
        session.pathChanged.connect(self.titleChanged)
        session.changed.connect(self._region_may_have_changed)
        # The heap settled as a document read from a file opens, not on a key typed later
        # (see settle_heap): the full collection that would fall due while its pages are
        # built is done now. A new, empty workshop (the window's first) loads nothing to
        # settle: its collection cost a third of a second of every start with a file.
        if session.path is not None:
            settle_heap()

    def _keep_room(self) -> bool:
        """What the room's phones said, kept on disk now (the recovery copy): True when it is,
        so that a phone is told its answer is safe only once a crash can no longer lose it."""
        self.autosaver.save_now()
        return self.autosaver.problem is None and self.autosaver.path.exists()

    # --- opening ---

    @classmethod
    def untitled(
        cls,
        workshop: Workshop,
        store: RecoveryStore,
        dialog_parent: QWidget | None = None,
        parent: QObject | None = None,
    ) -> WorkshopDocument:
        """A workshop not yet saved to any file (a new one, or the shipped example)."""
        return cls(Session(workshop), store, dialog_parent=dialog_parent, parent=parent)

    @classmethod
    def open(
        cls,
        path: Path,
        store: RecoveryStore,
        dialog_parent: QWidget | None = None,
        current: WorkshopDocument | None = None,
        parent: QObject | None = None,
    ) -> WorkshopDocument | None:
        """The workshop in `path`, locked for this window, or read-only when another holds it
        and the user agrees; None when the user would rather not open it. Raises
        WorkshopFileError (one sentence) when the file is refused. Reopening the file that
        `current` holds takes over its lock."""
        session = Session.open(path)
        lock = _lock_or_read_only(path, session, dialog_parent, current)
        if lock is False:
            return None
        return cls(
            session,
            store,
            lock=lock if isinstance(lock, FileLock) else None,
            dialog_parent=dialog_parent,
            parent=parent,
        )

    @classmethod
    def restore(
        cls,
        recovery: Recovery,
        recovery_id: str,
        store: RecoveryStore,
        dialog_parent: QWidget | None = None,
        current: WorkshopDocument | None = None,
        parent: QObject | None = None,
    ) -> WorkshopDocument:
        """The recovered state, unsaved, one undo step away from the file on disk (or from a
        new workshop when it was never saved, or its file cannot be read now)."""
        original = recovery.original_path
        base: Session | None = None
        if original is not None:
            try:
                base = Session.open(original)
            except WorkshopFileError:
                base = None
        session = base or Session()
        lock = (
            _lock_or_read_only(original, session, dialog_parent, current)
            if base is not None and original is not None
            else None
        )
        document = cls(
            session,
            store,
            lock=lock if isinstance(lock, FileLock) else None,
            recovery_id=recovery_id,
            dialog_parent=dialog_parent,
            parent=parent,
        )
        recovered = recovery.workshop
        # Translated in the class's own context (`document.tr` read as a context "document").
        text = QCoreApplication.translate("WorkshopDocument", "Restore the recovered workshop")
        session.apply(text, lambda _w: recovered)
        session.set_timing(recovered.timing)  # time is not an undo step, so not in the edit
        return document

    # --- what it is ---

    @property
    def path(self) -> Path | None:
        return self.session.path

    @property
    def read_only(self) -> bool:
        return self.session.read_only

    @property
    def modified(self) -> bool:
        return self.session.modified

    @property
    def lock(self) -> FileLock | None:
        return self._lock

    @property
    def lock_problem(self) -> LockProblem | None:
        """Why no lock could be put beside the file (a read-only folder, a full disk)."""
        return self.session.lock_problem

    @property
    def display_name(self) -> str:
        """The file's name; before a first save, the workshop's title (the save prompt of a
        new workshop named it "Namnlös workshop", issue #33)."""
        if self.path is not None:
            return shown_path(self.path.name)
        return _display_title(self.session.workshop) or self.tr("Untitled workshop")

    def suggested_name(self) -> str:
        """A file name from the title (or the region) for a first save."""
        workshop = self.session.workshop
        stem = workshop.details.title or (workshop.region.name if workshop.region else "")
        stem = "".join(c if c.isalnum() or c in " -_" else "_" for c in stem).strip()
        return (stem or self.tr("workshop")) + SUFFIX

    def disk_state(self) -> DiskState:
        return self.file_watch.state

    def _region_may_have_changed(self, workshop: Workshop) -> None:
        """The region, or (before a first save) the title that names the workshop."""
        named = (workshop.region, None if self.path is not None else _display_title(workshop))
        if named != self._region_and_name:
            self._region_and_name = named
            self.titleChanged.emit()

    # --- saving ---

    def save(self) -> bool:
        """Save to its file (a read-only or untitled workshop asks where)."""
        if self.path is None or self.read_only:
            return self.save_as()
        return self.save_to(self.path)

    def save_as(self) -> bool:
        base = self.path or Path.home() / self.suggested_name()
        path = dialogs.save_path(self.dialog_parent, base)
        return path is not None and self.save_to(path)

    def save_to(self, path: Path) -> bool:
        """Save to `path`; a failure leaves the file on disk untouched, says why and offers
        to save elsewhere. The saved file becomes the document's file, locked."""
        lock: FileLock | None = self._lock
        if self.path is None or path.resolve() != self.path or lock is None:
            lock = FileLock(path.resolve())
            if not lock.acquire():
                if lock.held_elsewhere():
                    dialogs.show_error(
                        self.dialog_parent,
                        self.tr("Could not save {name}").format(name=path.name),
                        describe_holder(path.name, lock.holder())
                        + " "
                        + self.tr("Save under another name."),
                    )
                    return False
                lock = None  # no lock can be made there: the save says why, or the banner
        if not self._may_replace_on_disk(path):
            return False
        try:
            self.session.save(path)
        except SaveError as exc:
            title = self.tr("Could not save {name}").format(name=path.name)
            if dialogs.ask_save_elsewhere(self.dialog_parent, title, describe_file_error(exc)):
                return self.save_as()
            return False
        self.session.lock_problem = None if lock is not None else FileLock(path).problem()
        if lock is not self._lock:
            self._set_lock(lock)
        self.session.read_only = False
        self.titleChanged.emit()
        self.message.emit(self.tr("Saved {path}").format(path=path), 5000)
        self.saved.emit(path.resolve())
        self.file_watch.check()
        return True

    def _may_replace_on_disk(self, path: Path) -> bool:
        """Saving over a file marked read-only, or one another program changed since we read
        it, asks first (an emptied or vanished file holds nothing to lose)."""
        if is_read_only(path):
            answer = dialogs.ask_replace_read_only(self.dialog_parent, path.name)
        elif path.resolve() != self.path or self.session.disk_state() is not DiskState.CHANGED:
            return True
        else:
            answer = dialogs.ask_replace_changed(self.dialog_parent, path.name)
        if answer is dialogs.ChangedOnDisk.SAVE_ELSEWHERE:
            self.save_as()
            return False
        return answer is dialogs.ChangedOnDisk.REPLACE

    # --- closing ---

    def may_close(self) -> bool:
        """True when the workshop may go: clean, saved now, or discarded on the user's word."""
        if not self.modified:
            return True
        answer = dialogs.ask_unsaved(self.dialog_parent, self.display_name)
        if answer is dialogs.Unsaved.SAVE:
            return self.save()
        return answer is dialogs.Unsaved.DISCARD

    def close(self) -> None:
        """The workshop goes (it was saved, or the user said its changes may go): its
        recovery file is removed, its lock released, its watch and room session stopped."""
        self.room.stop()
        self.autosaver.discard()
        self.file_watch.stop()
        self._set_lock(None)

    def release_lock_to(self, path: Path) -> FileLock | None:
        """Hand this document's lock on `path` to a document reopening the same file."""
        if self._lock is None or self._lock.path != path.resolve():
            return None
        held, self._lock = self._lock, None
        return held

    def _set_lock(self, lock: FileLock | None) -> None:
        if self._lock is not None and self._lock is not lock:
            self._lock.release()
        self._lock = lock
        self.titleChanged.emit()


def _lock_or_read_only(
    path: Path, session: Session, dialog_parent: QWidget | None, current: WorkshopDocument | None
) -> FileLock | bool | None:
    """The lock on `path`; None with the session read-only when another holds it and the user
    agrees (or unlocked when no lock can be made there: `lock_problem` says why); False when
    the user would rather not open it."""
    if current is not None:
        held = current.release_lock_to(path)
        if held is not None:
            return held
    lock = FileLock(path.resolve())
    if lock.acquire():
        return lock
    if not lock.held_elsewhere():
        session.lock_problem = lock.problem()
        return None
    holder = lock.holder()
    answer = dialogs.ask_locked(
        dialog_parent, describe_holder(path.name, holder), may_take_over=not holder.this_computer
    )
    if answer is dialogs.Locked.TAKE_OVER and lock.take_over():
        return lock
    if answer is dialogs.Locked.CANCEL:
        return False
    session.read_only = True
    return None


# --- recovery after a crash ---


DAMAGED_FOLDER = "damaged"  # in the recovery folder: unreadable recovery files, set aside


class RecoveryOffer(QObject):
    """Every workshop a crash, kill or power cut left behind, offered back one by one.
    A recovery file goes only on the user's word or a successful save."""

    restoreRequested = Signal(object, str)  # noqa: N815  Recovery, recovery id
    saved = Signal(object)  # a Path the recovered workshop was saved to

    def __init__(self, store: RecoveryStore, dialog_parent: QWidget | None = None) -> None:
        super().__init__(dialog_parent)
        self.store = store
        self.dialog_parent = dialog_parent

    def offer(self) -> int:
        """Ask about the orphaned recovery files one by one, newest first, until the user
        restores one or says "later" (which keeps the rest for the next start); unreadable
        ones are told about once, together, and set aside. Returns how many were offered."""
        found = orphaned(self.store)
        damaged = [f for f in found if f.recovery is None]
        if damaged:
            self._set_aside(damaged)
        readable = [f for f in found if f.recovery is not None]
        offered = 0
        for n, item in enumerate(readable):
            assert item.recovery is not None
            offered += 1
            recovery_id = self.store.id_of(item.path)
            text, detail = self.describe(item.recovery)
            left = len(readable) - n - 1
            if left:
                detail += "\n\n" + one_or_many(
                    left,
                    self.tr(
                        "{n} more workshop was not closed properly; “Later” keeps them all for "
                        "the next start."
                    ),
                    self.tr(
                        "{n} more workshops were not closed properly; “Later” keeps them all "
                        "for the next start."
                    ),
                ).format(n=left)
            answer = dialogs.ask_recovery(self.dialog_parent, text, detail)
            if answer is dialogs.RecoveryAnswer.RESTORE:
                self.restoreRequested.emit(item.recovery, recovery_id)
                break  # the window now holds it; the rest wait for the next start
            if answer is dialogs.RecoveryAnswer.SAVE_ELSEWHERE:
                self._save_elsewhere(item.recovery, recovery_id)
            elif answer is dialogs.RecoveryAnswer.DISCARD:
                self.store.discard(recovery_id)
            else:
                break
        return offered + len(damaged)

    def _set_aside(self, damaged: list[Found]) -> None:
        """Recovery files that cannot be read: moved into a folder of their own (kept for
        whoever wants to look, never reported again), or deleted on the user's word."""
        aside = self.store.folder / DAMAGED_FOLDER
        delete = dialogs.ask_damaged_recovery(
            self.dialog_parent,
            one_or_many(
                len(damaged),
                self.tr(
                    "{n} recovery file could not be read; it is probably from a crash while it "
                    "was written."
                ),
                self.tr(
                    "{n} recovery files could not be read; they are probably from a crash "
                    "while they were written."
                ),
            ).format(n=len(damaged)),
            "\n".join(f"{shown_path(f.path.name)}: {f.problem}" for f in damaged[:10]),
            str(aside),
        )
        for item in damaged:
            with contextlib.suppress(OSError):
                if delete:
                    item.path.unlink()
                else:
                    aside.mkdir(exist_ok=True)
                    item.path.replace(aside / item.path.name)

    def _save_elsewhere(self, recovery: Recovery, recovery_id: str) -> None:
        name = _display_title(recovery.workshop) or self.tr("workshop")
        safe = "".join(c if c.isalnum() or c in " -_" else "_" for c in name).strip()
        path = dialogs.save_path(self.dialog_parent, Path.home() / (safe + SUFFIX))
        if path is None:
            return
        try:
            save_workshop(recovery.workshop, path)
        except SaveError as exc:
            dialogs.show_file_error(
                self.dialog_parent, self.tr("Could not save {name}").format(name=path.name), exc
            )
            return
        self.store.discard(recovery_id)
        self.saved.emit(path)

    def describe(self, recovery: Recovery) -> tuple[str, str]:
        """What the recovery file holds and how it differs from its file on disk."""
        workshop = recovery.workshop
        name = _display_title(workshop) or self.tr("Untitled workshop")
        when = recovery.saved_at.astimezone().strftime("%Y-%m-%d %H:%M")
        text = self.tr("“{name}” was not closed properly. It was autosaved at {when}.").format(
            name=name, when=when
        )
        original = recovery.original_path
        if original is None:
            return text, self.tr("It had never been saved to a file.")
        try:
            on_disk = load_workshop(original)
        except WorkshopFileError:
            return text, self.tr("Its file {file} cannot be read now.").format(
                file=shown_path(original)
            )
        changes = what_changed(
            on_disk, workshop.model_copy(update={"snapshots": on_disk.snapshots})
        )
        lines = [describe_change(c) for c in changes[:6]]
        more = len(changes) - len(lines)
        detail = self.tr("Differences from {file}: {n}.").format(
            file=shown_path(original.name), n=len(changes)
        )
        if lines:
            detail += "\n• " + "\n• ".join(lines)
        if more > 0:
            detail += "\n" + self.tr("… and {n} more.").format(n=more)
        return text, detail


def _display_title(workshop: Workshop) -> str:
    return workshop.details.title or (workshop.region.name if workshop.region else "")
