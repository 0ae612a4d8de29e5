"""Tables and lists typed in one go, as a room dictates: Tab and Shift+Tab go to the next or
previous cell and open it for typing (a cell holding a widget, a combo, gets the keyboard), Enter
commits the cell and says so (the owner may open a new row from the last one), Esc cancels the
cell. Past the first or the last cell the keyboard leaves the view: no trap.

A commit never reopens an editor or writes into another cell only if the owner's view writes
what differs and leaves its items in place; rebuilding the items while Qt went from one editor to
the next sent the next editor back to the row's first cell (issue #33)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QComboBox,
    QListWidget,
    QTableWidget,
    QWidget,
)

Hint = QAbstractItemDelegate.EndEditHint
Index = QModelIndex | QPersistentModelIndex
ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
TABS = (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)


def _tab_direction(event: QKeyEvent) -> int:
    """+1 for Tab, -1 for Shift+Tab, 0 for anything else (Ctrl+Tab belongs to the window)."""
    if event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier & ~Qt.KeyboardModifier.KeypadModifier:
        return 0
    if event.key() == Qt.Key.Key_Backtab or (
        event.key() == Qt.Key.Key_Tab and event.modifiers() & Qt.KeyboardModifier.ShiftModifier
    ):
        return -1
    return 1 if event.key() == Qt.Key.Key_Tab else 0


def _leave(view: QAbstractItemView, forward: bool) -> None:
    """The keyboard goes to the widget after (or before) the view in the window's focus
    chain, past the view's own cell widgets."""
    widget = view.nextInFocusChain() if forward else view.previousInFocusChain()
    while widget is not None and widget is not view:
        inside = view.isAncestorOf(widget)
        takes_tab = bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
        if not inside and takes_tab and widget.isVisible() and widget.isEnabled():
            widget.setFocus(
                Qt.FocusReason.TabFocusReason if forward else Qt.FocusReason.BacktabFocusReason
            )
            return
        widget = widget.nextInFocusChain() if forward else widget.previousInFocusChain()


class _Cells:
    """What a typed view does with the keys; the view supplies its cells in reading order."""

    def __init__(self, view: QAbstractItemView) -> None:
        self.view = view
        self.editing = QPersistentModelIndex()
        # Qt closes an open editor "as submitted" when the current row changes under it (a click
        # elsewhere, a program's setCurrentCell): that is not the user's Enter.
        self.moving = False

    def indexes(self) -> list[QModelIndex]:
        view, root = self.view, QModelIndex()
        columns = view.columnCount() if isinstance(view, QTableWidget) else 1
        return [
            view.model().index(row, column, root)
            for row in range(view.model().rowCount(root))
            for column in range(columns)
            if not self._hidden(column)
        ]

    def _hidden(self, column: int) -> bool:
        return isinstance(self.view, QTableWidget) and self.view.isColumnHidden(column)

    def open(self, index: QModelIndex) -> bool:
        """Open the cell for typing (or give its widget the keyboard); False if it takes none."""
        view = self.view
        widget = view.indexWidget(index)
        if widget is not None:
            if not widget.isEnabled():
                return False
            view.setCurrentIndex(index)
            widget.setFocus(Qt.FocusReason.TabFocusReason)
            return True
        if not index.flags() & Qt.ItemFlag.ItemIsEditable:
            return False
        view.setCurrentIndex(index)
        view.scrollTo(index)
        view.edit(index)
        return True

    def step(self, index: Index, by: int) -> None:
        """The next (or previous) cell that takes typing after `index` opens; past the end,
        the keyboard leaves the view."""
        cells = self.indexes()
        here = (index.row(), index.column())
        at = next(
            (i for i, c in enumerate(cells) if (c.row(), c.column()) == here),
            -1 if by > 0 else len(cells),
        )
        at += by
        while 0 <= at < len(cells):
            if self.open(cells[at]):
                return
            at += by
        _leave(self.view, by > 0)

    def cell_of(self, widget: QObject) -> QModelIndex:
        for index in self.indexes():
            if self.view.indexWidget(index) is widget:
                return index
        return QModelIndex()


class _TypedEditing:
    """What a table and a list typed in one go share: which cell is being typed in, that a
    current cell changed by Qt is no Enter, and where the keyboard goes as an editor closes.
    Put it before the Qt base class."""

    cells: _Cells

    def edit(self, index, trigger=None, event=None):  # type: ignore[no-untyped-def]
        """Remember which cell is being typed in (Qt does not tell which editor closes)."""
        base: Any = super()  # the Qt view this is mixed into
        started = base.edit(index) if trigger is None else base.edit(index, trigger, event)
        if started:
            self.cells.editing = QPersistentModelIndex(index)
        return started

    def currentChanged(self, current: Index, previous: Index) -> None:  # noqa: N802
        self.cells.moving = True
        try:
            super().currentChanged(current, previous)  # type: ignore[misc]
        finally:
            self.cells.moving = False

    def closeEditor(self, editor: QWidget, hint: Hint) -> None:  # noqa: N802
        _close(self, self.cells, editor, hint, super().closeEditor)  # type: ignore[arg-type, misc]


class TypedTable(_TypedEditing, QTableWidget):
    """A table typed in one go (see the module)."""

    rowEntered = Signal(int)  # noqa: N815  Enter committed a cell of this row
    rowCancelled = Signal(int)  # noqa: N815  Esc left a cell of this row as it was

    def __init__(self, rows: int, columns: int) -> None:
        super().__init__(rows, columns)
        self.cells = _Cells(self)

    def setCellWidget(self, row: int, column: int, widget: QWidget) -> None:  # noqa: N802
        widget.installEventFilter(self)
        super().setCellWidget(row, column, widget)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return super().eventFilter(watched, event)
        try:
            return self._cell_key(watched, event)
        except RuntimeError:  # a cell's widget or the table going away as the key arrives
            return False

    def _cell_key(self, watched: QObject, event: QKeyEvent) -> bool:
        """Tab, Shift+Tab and Enter in a cell's widget (a combo)."""
        popup = isinstance(watched, QComboBox) and watched.view().isVisible()
        index = self.cells.cell_of(watched)
        if index.isValid() and not popup:
            if direction := _tab_direction(event):
                self.cells.step(index, direction)
                return True
            if event.key() in ENTER:
                self.rowEntered.emit(index.row())
                return True
        return False

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        """Not typing in a cell: Tab opens the next cell, Enter the current one."""
        if self.state() != QAbstractItemView.State.EditingState:
            if direction := _tab_direction(event):
                self.cells.step(self.currentIndex(), direction)
                return
            if event.key() in ENTER and self.currentIndex().isValid():
                self.cells.open(self.currentIndex())
                return
        super().keyPressEvent(event)


class TypedList(_TypedEditing, QListWidget):
    """A list typed in one go (see the module): one cell per row."""

    rowEntered = Signal(int)  # noqa: N815
    rowCancelled = Signal(int)  # noqa: N815

    def __init__(self) -> None:
        super().__init__()
        self.cells = _Cells(self)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.setTabKeyNavigation(False)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        """Not typing: Enter opens the current row (Tab leaves the list, as in a form)."""
        editing = self.state() == QAbstractItemView.State.EditingState
        if not editing and event.key() in ENTER and self.currentIndex().isValid():
            self.cells.open(self.currentIndex())
            return
        super().keyPressEvent(event)


def _close(
    view: TypedTable | TypedList,
    cells: _Cells,
    editor: QWidget,
    hint: Hint,
    close: Callable[[QWidget, Hint], None],
) -> None:
    """The delegate committed (Tab, Enter) or not (Esc); the editor closes and the view goes
    where the key says — from the cell that was typed in, wherever the current cell is now."""
    index: Index = cells.editing if cells.editing.isValid() else view.currentIndex()
    row = index.row()
    cells.editing = QPersistentModelIndex()
    if cells.moving:
        close(editor, hint)
    elif hint in (Hint.EditNextItem, Hint.EditPreviousItem):
        close(editor, Hint.NoHint)
        cells.step(index, 1 if hint == Hint.EditNextItem else -1)
    elif hint == Hint.SubmitModelCache:
        close(editor, Hint.NoHint)
        view.setFocus(Qt.FocusReason.OtherFocusReason)
        view.rowEntered.emit(row)
    elif hint == Hint.RevertModelCache:
        close(editor, hint)
        view.rowCancelled.emit(row)
    else:
        close(editor, hint)
