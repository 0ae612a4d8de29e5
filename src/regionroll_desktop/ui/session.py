"""The open workshop: the current state, its file, and the undo stack that changes it.

Views never change the state themselves: they call `apply` with an edit from `model.edits`,
which becomes one undo command holding the state before and after. A run of small edits to
the same thing (typing in a field, nudging a marker) passes a `merge_key` and folds into one
step. "Unsaved changes" is simply the stack not being clean.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from ..model import StepTiming, Workshop
from ..model.edits import EditError
from ..model.room import RoomRecord, restored, taken_out
from ..storage import DiskState, disk_state, open_workshop, save_workshop
from .file_lock import LockProblem
from .messages import describe_edit_error

Edit = Callable[[Workshop], Workshop]
Part = Callable[[Workshop], object]  # the part of the workshop a view shows
RoomChange = Callable[[RoomRecord], RoomRecord]  # answers taken out of what the room said

# The oldest steps beyond this many are dropped (the state and the file are not touched): a
# whole day's workshop is a few hundred steps, and each step keeps two states alive.
UNDO_LIMIT = 1000

_merge_ids: dict[str, int] = {}


def _merge_id(key: str | None) -> int:
    if key is None:
        return -1
    return _merge_ids.setdefault(key, len(_merge_ids) + 1)


class StateCommand(QUndoCommand):
    """One undo step: the state before and after. A run of edits with one merge key is folded
    into the step on top by `Session.apply` itself, not by Qt's `mergeWith`: PySide keeps the
    Python side of every command Qt deletes after a merge alive, so typing would leak one
    command per keystroke.

    A command knows its session only weakly: the session owns the stack that owns the
    commands, and a command holding its session would make a reference cycle through Qt's
    ownership that Python's collector may tear down in the wrong order (a crash)."""

    def __init__(
        self, session: Session, text: str, before: Workshop, after: Workshop, merge_key: str | None
    ) -> None:
        super().__init__(text)
        self._session = weakref.ref(session)
        self.before = before
        self.after = after
        self.merge_id = _merge_id(merge_key)

    def redo(self) -> None:
        session = self._session()
        if session is not None:
            session._set_state(self.after)

    def undo(self) -> None:
        session = self._session()
        if session is not None:
            session._set_state(self.before)


class RoomCommand(QUndoCommand):
    """One undo step that takes answers out of what the room said (a phone's, a question's).
    What the room says is otherwise kept apart from undo, and answers go on arriving: redo
    takes out of the room as it is then, undo puts back what was taken where the phone has
    not answered again since (model/room.py `restored`)."""

    def __init__(self, session: Session, text: str, change: RoomChange) -> None:
        super().__init__(text)
        self._session = weakref.ref(session)
        self._change = change
        self._taken: RoomRecord | None = None

    def redo(self) -> None:
        session = self._session()
        if session is not None:
            before = session.workshop.room
            after = self._change(before)
            self._taken = taken_out(before, after)
            session.record_room(after)

    def undo(self) -> None:
        session = self._session()
        if session is not None and self._taken is not None:
            session.record_room(restored(session.workshop.room, self._taken))


class PartWatch(QObject):
    """Calls `slot(workshop)` after a change only when `part(workshop)` changed: the models
    are frozen and an edit keeps every part it does not touch, so most views skip most edits
    on an identity check. Lives (and stays connected) as long as its owner."""

    def __init__(
        self,
        session: Session,
        part: Part,
        slot: Callable[[Workshop], None],
        owner: QObject,
    ) -> None:
        super().__init__(owner)
        self._part = part
        self._slot = slot
        self._last = part(session.workshop)
        session.changed.connect(self._changed)

    def _changed(self, workshop: Workshop) -> None:
        part = self._part(workshop)
        if part is self._last or part == self._last:
            self._last = part
            return
        self._last = part
        self._slot(workshop)


class Session(QObject):
    """The open workshop. Its steps' timing and what the room answered from its phones are
    kept apart from undo: time that has passed is not undone, nor is what the room said, so
    an undo or redo keeps the current timing and answers, and a change to them marks the
    workshop unsaved without an undo step."""

    changed = Signal(object)  # the new Workshop
    pathChanged = Signal()  # noqa: N815 (Qt signal naming)
    editFailed = Signal(str)  # noqa: N815
    timingChanged = Signal()  # noqa: N815
    modifiedChanged = Signal(bool)  # noqa: N815

    def __init__(
        self,
        workshop: Workshop | None = None,
        path: Path | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._workshop = workshop or Workshop()
        self._path = path
        self.read_only = False  # the file is open elsewhere: saving goes to another file
        self.lock_problem: LockProblem | None = None  # why no lock could be put beside the file
        self.disk_digest: str | None = None  # what the file held when we last read or wrote it
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setUndoLimit(UNDO_LIMIT)
        self._kept_dirty = False
        self.undo_stack.cleanChanged.connect(self._clean_changed)

    @classmethod
    def open(cls, path: Path, parent: QObject | None = None) -> Session:
        """Raises WorkshopFileError with a one-sentence message when the file is refused."""
        workshop, digest = open_workshop(path)
        session = cls(workshop, path.resolve(), parent)
        session.disk_digest = digest
        return session

    @property
    def workshop(self) -> Workshop:
        return self._workshop

    @property
    def path(self) -> Path | None:
        return self._path

    @property
    def modified(self) -> bool:
        return not self.undo_stack.isClean() or self._kept_dirty

    def apply(self, text: str, edit: Edit, merge_key: str | None = None) -> bool:
        """Apply an edit as one undo step; False (and `editFailed`) when the rules refuse it."""
        try:
            after = edit(self._workshop)
        except EditError as exc:
            self.editFailed.emit(describe_edit_error(exc))
            return False
        if after == self._workshop:
            return False
        if merge_key is not None and self._merge_into_top(after, _merge_id(merge_key)):
            return True
        self.undo_stack.push(StateCommand(self, text, self._workshop, after, merge_key))
        return True

    def _merge_into_top(self, after: Workshop, merge_id: int) -> bool:
        """Fold `after` into the step on top when it has the same merge key, as Qt would (not
        across the saved state, nor under a step undone); True when it did."""
        stack = self.undo_stack
        index = stack.index()
        if index == 0 or index != stack.count() or index == stack.cleanIndex():
            return False
        top = stack.command(index - 1)
        if not isinstance(top, StateCommand) or top.merge_id != merge_id:
            return False
        top.after = after
        self._set_state(after)
        if after == top.before:  # typed and deleted again: the step is gone
            top.setObsolete(True)
            stack.undo()  # an obsolete step is dropped, not undone
        return True

    def watch(self, part: Part, slot: Callable[[Workshop], None], owner: QObject) -> PartWatch:
        """Call `slot` once after each change in which `part(workshop)` changed (a tuple of
        parts for a view that shows several); the watch goes with `owner`."""
        return PartWatch(self, part, slot, owner)

    def save(self, path: Path | None = None) -> None:
        """Save to `path` (or the current file); raises SaveError and changes nothing then."""
        target = path or self._path
        if target is None:
            raise ValueError("an untitled workshop needs a path to be saved")
        self.disk_digest = save_workshop(self._workshop, target)
        self.undo_stack.setClean()
        self._set_kept_dirty(False)
        if target.resolve() != self._path:
            self._path = target.resolve()
            self.pathChanged.emit()

    def disk_state(self) -> DiskState:
        """Whether the file still holds what this session last read or wrote."""
        if self._path is None or self.disk_digest is None:
            return DiskState.SAME
        return disk_state(self._path, self.disk_digest)

    def set_timing(self, timing: tuple[StepTiming, ...]) -> None:
        """The steps' planned and spent time: saved with the workshop, never an undo step."""
        if timing == self._workshop.timing:
            return
        self._workshop = self._workshop.model_copy(update={"timing": timing})
        self._set_kept_dirty(True)
        self.timingChanged.emit()

    def change_room(self, text: str, change: RoomChange) -> bool:
        """Take answers out of what the room said, as one undo step (False when there was
        nothing to take)."""
        room = self._workshop.room
        if change(room) == room:
            return False
        self.undo_stack.push(RoomCommand(self, text, change))
        return True

    def record_room(self, room: RoomRecord) -> None:
        """What the room has answered (model/room.py): saved with the workshop and in its
        autosave, never an undo step; the views that show it follow."""
        if room == self._workshop.room:
            return
        self._workshop = self._workshop.model_copy(update={"room": room})
        self._set_kept_dirty(True)
        self.changed.emit(self._workshop)

    def _clean_changed(self, clean: bool) -> None:
        # From the signal's own argument: the stack may be going away with the session.
        self.modifiedChanged.emit(not clean or self._kept_dirty)

    def _set_kept_dirty(self, dirty: bool) -> None:
        was = self.modified
        self._kept_dirty = dirty
        if self.modified != was:
            self.modifiedChanged.emit(self.modified)

    def _set_state(self, workshop: Workshop) -> None:
        kept = {"timing": self._workshop.timing, "room": self._workshop.room}
        if any(getattr(workshop, part) is not now for part, now in kept.items()):
            workshop = workshop.model_copy(update=kept)
        self._workshop = workshop
        self.changed.emit(workshop)
