"""The reference regions the app shows: the shipped set, and a facilitator's set laid over it.

A facilitator's set is edited in the financing canvas's reference mode (matrix positions, each
credited to the source they name) and saved as its own file; it has its own undo stack, active
while reference mode is on. The last loaded file is remembered and loaded again at start.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from ..model import MatrixPosition
from ..reference import ReferenceRegion, ReferenceSet, Source, with_matrix_position
from ..storage import load_reference_set, save_reference_set

OWN_SOURCE_ID = "own-placements"


class _OverlayCommand(QUndoCommand):
    def __init__(
        self, library: ReferenceLibrary, text: str, before: ReferenceSet, after: ReferenceSet
    ) -> None:
        super().__init__(text)
        self._library, self.before, self.after = library, before, after

    def redo(self) -> None:
        self._library._set_overlay(self.after)

    def undo(self) -> None:
        self._library._set_overlay(self.before)


class ReferenceLibrary(QObject):
    changed = Signal()
    editingChanged = Signal(bool)  # noqa: N815  reference mode: the placements are edited

    def __init__(self, base: ReferenceSet, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.base = base
        self.overlay: ReferenceSet | None = None
        self.path: Path | None = None
        self.undo_stack = QUndoStack(self)
        self._merged = base
        self._editing = False

    @property
    def editing(self) -> bool:
        """Reference mode: the facilitator is placing reference regions (undo and redo act
        on the placements then)."""
        return self._editing

    def set_editing(self, on: bool) -> None:
        if on != self._editing:
            self._editing = on
            self.editingChanged.emit(on)

    @property
    def merged(self) -> ReferenceSet:
        return self._merged

    @property
    def modified(self) -> bool:
        return not self.undo_stack.isClean()

    def load(self, path: Path) -> None:
        """Lay a reference-set file over the shipped set; raises WorkshopFileError."""
        overlay = load_reference_set(path)
        self.base.merged_with(overlay)  # refuses conflicting sources before anything changes
        self.undo_stack.clear()
        self.path = path.resolve()
        self._set_overlay(overlay)

    def use(self, overlay: ReferenceSet) -> None:
        """Lay a set made in the app (from workshop files) over the shipped one, unsaved;
        raises ReferenceSetError (changing nothing) when the two do not fit together."""
        self.base.merged_with(overlay)
        self.undo_stack.clear()
        self.path = None
        self._set_overlay(overlay)

    def clear(self) -> None:
        self.undo_stack.clear()
        self.path = None
        self._set_overlay(None)

    def save(self, path: Path) -> None:
        """Save the facilitator's set; raises SaveError and changes nothing then."""
        if self.overlay is None:
            raise ValueError("there is no reference set of your own to save")
        save_reference_set(self.overlay, path)
        self.path = path.resolve()
        self.undo_stack.setClean()

    def own_source(self) -> Source | None:
        if self.overlay is None:
            return None
        for source in self.overlay.sources:
            if source.id == OWN_SOURCE_ID:
                return source
        return None

    def start_own_set(self, name: str, source_note: str, author: str) -> None:
        """Begin (or re-credit) the facilitator's own placements with a note of their source."""
        source = Source(id=OWN_SOURCE_ID, title=source_note, publisher=author, detail="")
        overlay = self.overlay or ReferenceSet(name=name, description=source_note)
        sources = (*(s for s in overlay.sources if s.id != OWN_SOURCE_ID), source)
        self._push(self.tr("Credit source"), overlay.model_copy(update={"sources": sources}))

    def set_position(self, region: ReferenceRegion, position: MatrixPosition | None) -> None:
        source = self.own_source()
        if self.overlay is None or source is None:
            raise ValueError("start your own reference set (with its source) first")
        after = with_matrix_position(self.overlay, region, position, source)
        text = (
            self.tr("Place {name}") if position is not None else self.tr("Unplace {name}")
        ).format(name=region.name)
        self._push(text, after)

    def _push(self, text: str, after: ReferenceSet) -> None:
        before = self.overlay
        if before == after:
            return
        if before is None:
            self._set_overlay(after)  # a new set starts unmodified until something is placed
            return
        self.undo_stack.push(_OverlayCommand(self, text, before, after))

    def _set_overlay(self, overlay: ReferenceSet | None) -> None:
        self.overlay = overlay
        self._merged = self.base if overlay is None else self.base.merged_with(overlay)
        self.changed.emit()
