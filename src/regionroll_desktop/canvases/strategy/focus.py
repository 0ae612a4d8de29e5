"""The RUS's focus: priorities sorted into Kärna, Bredd and Spets (and not yet sorted)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QMimeData, Qt, Signal
from PySide6.QtGui import QDrag, QDropEvent, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...model import FocusTier
from ...ui.widgets import muted, named

MIME = "application/x-regionroll-focus"
HINT_BACKGROUND = "#fef3c7"
UNSORTED = "unsorted"
COLUMNS = (UNSORTED, FocusTier.KARNA.value, FocusTier.BREDD.value, FocusTier.SPETS.value)


class FocusList(QListWidget):
    """One column; its items can be dragged to another column (or moved with the menu)."""

    areaDropped = Signal(str, str)  # noqa: N815  area id, column
    # Quick entry: Enter on a priority (not while typing one) adds the next in its column.
    addRequested = Signal(str)  # noqa: N815  column

    def __init__(self, column: str) -> None:
        super().__init__()
        self.column = column
        self.setObjectName(f"focus-{column}")
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setWordWrap(True)
        self.setMinimumHeight(160)
        font = self.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.setFont(font)
        self.setSpacing(3)
        # A priority's words are edited where they are: double-click, F2 or just typing.
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        editing = self.state() == QAbstractItemView.State.EditingState
        if not editing and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.addRequested.emit(self.column)
            event.accept()
            return
        super().keyPressEvent(event)

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [MIME]

    def mimeData(self, items: Sequence[QListWidgetItem]) -> QMimeData:  # noqa: N802
        mime = QMimeData()
        if items:
            mime.setData(MIME, str(items[0].data(Qt.ItemDataRole.UserRole)).encode("utf-8"))
        return mime

    def startDrag(self, actions: Qt.DropAction) -> None:  # noqa: N802
        item = self.currentItem()
        if item is None:
            return
        drag = QDrag(self)
        drag.setMimeData(self.mimeData([item]))
        drag.exec(Qt.DropAction.MoveAction)

    def dragEnterEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        if event.mimeData().hasFormat(MIME):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        if event.mimeData().hasFormat(MIME):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        if not event.mimeData().hasFormat(MIME):
            event.ignore()
            return
        area = bytes(event.mimeData().data(MIME).data()).decode("utf-8")
        event.setDropAction(Qt.DropAction.CopyAction)  # the document moves it, not the list
        event.accept()
        self.areaDropped.emit(area, self.column)


class FocusBoard(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.lists = {column: FocusList(column) for column in COLUMNS}
        self.headers = {column: QLabel() for column in COLUMNS}
        self.new_text = named(QLineEdit(), "focusNewText")
        self.add = named(QPushButton(), "focusAdd")
        self.remove = named(QPushButton(), "focusRemove")
        self.warning = named(QLabel(), "focusWarning")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(
            f"QLabel {{ background: {HINT_BACKGROUND}; border: 1px solid #f59e0b; padding: 8px; }}"
        )
        self.rule = named(QLabel(), "focusRule")
        self.rule.setWordWrap(True)
        self.source = QLabel()
        self.source.setWordWrap(True)
        muted(self.source)
        grid = QGridLayout()
        for i, column in enumerate(COLUMNS):
            font = self.headers[column].font()
            font.setBold(True)
            font.setPointSizeF(font.pointSizeF() * 1.2)
            self.headers[column].setFont(font)
            grid.addWidget(self.headers[column], 0, i)
            grid.addWidget(self.lists[column], 1, i)
        add_row = QHBoxLayout()
        add_row.addWidget(self.new_text, 1)
        add_row.addWidget(self.add)
        add_row.addWidget(self.remove)
        layout = QVBoxLayout(self)
        layout.addLayout(add_row)
        layout.addLayout(grid, 1)
        layout.addWidget(self.warning)
        layout.addWidget(self.rule)
        layout.addWidget(self.source)
