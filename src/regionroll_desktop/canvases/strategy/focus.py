"""The RUS's focus: priorities sorted into Kärna, Bredd and Spets (and not yet sorted), each
with the deck's two tests of a relevant RUS (a political priority; needs samhandling) shown
beside its words, and the chosen one's tests, branches and documents set below the board."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QMimeData, Qt, Signal
from PySide6.QtGui import QDrag, QDropEvent, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...model import Branch, FocusTier
from ...ui.widgets import WordsBeside, muted, named

MIME = "application/x-regionroll-focus"
HINT_BACKGROUND = "#fef3c7"
UNSORTED = "unsorted"
COLUMNS = (UNSORTED, FocusTier.KARNA.value, FocusTier.BREDD.value, FocusTier.SPETS.value)
TESTS_ROLE = Qt.ItemDataRole.UserRole + 1  # a priority's tests in words, shown beside it


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
        self.setItemDelegate(WordsBeside(self, TESTS_ROLE, "{text} – {beside}"))
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


class PriorityBox(QGroupBox):
    """The chosen priority's two tests, and the branches and documents that carry it."""

    testsChanged = Signal(str, bool)  # noqa: N815  "political" or "samhandling", on
    branchesChanged = Signal(tuple)  # noqa: N815  the branches ticked
    documentsChanged = Signal(tuple)  # noqa: N815  the documents' ids ticked

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("priorityBox")
        self.political = named(QCheckBox(), "priorityPolitical")
        self.samhandling = named(QCheckBox(), "prioritySamhandling")
        self.branches_label = QLabel()
        self.branch_boxes = {b: named(QCheckBox(), f"priorityBranch-{b.value}") for b in Branch}
        self.documents_label = QLabel()
        self.documents = named(QListWidget(), "priorityDocuments")
        self.documents.setMinimumHeight(90)
        self.documents_label.setBuddy(self.documents)
        self.none = QLabel()
        muted(self.none)
        tests = QVBoxLayout()
        tests.addWidget(self.political)
        tests.addWidget(self.samhandling)
        branches = QGridLayout()
        for i, box in enumerate(self.branch_boxes.values()):
            branches.addWidget(box, i, 0)
        column = QVBoxLayout(self)
        column.addWidget(self.none)
        column.addLayout(tests)
        column.addWidget(self.branches_label)
        column.addLayout(branches)
        column.addWidget(self.documents_label)
        column.addWidget(self.documents)
        self.political.clicked.connect(lambda on: self.testsChanged.emit("political", on))
        self.samhandling.clicked.connect(lambda on: self.testsChanged.emit("samhandling", on))
        for box in self.branch_boxes.values():
            box.clicked.connect(lambda _on: self.branchesChanged.emit(self.ticked_branches()))
        self.documents.itemChanged.connect(self._document_ticked)
        self._showing = False
        self._shown_documents: list[tuple[str, str, bool]] | None = None

    def ticked_branches(self) -> tuple[Branch, ...]:
        return tuple(b for b, box in self.branch_boxes.items() if box.isChecked())

    def _document_ticked(self, _item: QListWidgetItem) -> None:
        if self._showing:
            return
        ticked = []
        for row in range(self.documents.count()):
            item = self.documents.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                ticked.append(str(item.data(Qt.ItemDataRole.UserRole)))
        self.documentsChanged.emit(tuple(ticked))

    def show_priority(
        self,
        tests: tuple[bool, bool] | None,
        branches: tuple[Branch, ...],
        documents: list[tuple[str, str, bool]],  # id, title, ticked
    ) -> None:
        """`tests` None: no priority chosen (all disabled, and the hint says so)."""
        chosen = tests is not None
        self.none.setVisible(not chosen)
        for widget in (self.political, self.samhandling, *self.branch_boxes.values()):
            widget.setEnabled(chosen)
        self.documents.setEnabled(chosen)
        political, samhandling = tests or (False, False)
        self.political.setChecked(political)
        self.samhandling.setChecked(samhandling)
        for branch, box in self.branch_boxes.items():
            box.setChecked(branch in branches)
        if documents == self._shown_documents:
            return  # a change elsewhere: the list stays as it is (200 rows at the limits)
        self._shown_documents = list(documents)
        self._showing = True
        try:
            self.documents.clear()
            for doc_id, title, ticked in documents:
                item = QListWidgetItem(title)
                item.setData(Qt.ItemDataRole.UserRole, doc_id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
                self.documents.addItem(item)
        finally:
            self._showing = False


class FocusBoard(QWidget):
    areaChosen = Signal(object)  # noqa: N815  the chosen priority's id, or None

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
        self.priority = PriorityBox()
        self.observation = named(QLabel(), "focusObservation")  # the two tests, the app's
        self.observation.setWordWrap(True)
        self.observation.setTextFormat(Qt.TextFormat.PlainText)  # it names the priorities
        self.tests_source = named(QLabel(), "focusTestsSource")
        self.tests_source.setWordWrap(True)
        self.tests_source.setTextFormat(Qt.TextFormat.PlainText)
        muted(self.tests_source)
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
        board = QVBoxLayout()
        board.addLayout(add_row)
        board.addLayout(grid, 1)
        board.addWidget(self.observation)
        board.addWidget(self.warning)
        board.addWidget(self.rule)
        board.addWidget(self.source)
        # The chosen priority's tests beside the board, scrolling on a small screen (as the
        # pyramid's editor beside the pyramid).
        side = QWidget()
        side.setFixedWidth(250)
        beside = QVBoxLayout(side)
        beside.setContentsMargins(0, 0, 0, 0)
        beside.addWidget(self.priority)
        beside.addWidget(self.tests_source)
        beside.addStretch()
        scroll = named(QScrollArea(), "focusSide")
        scroll.setWidget(side)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFixedWidth(side.width() + 16)
        layout = QHBoxLayout(self)
        layout.addLayout(board, 1)
        layout.addWidget(scroll)
        for focus_list in self.lists.values():
            focus_list.currentItemChanged.connect(
                lambda item, _prev, chosen=focus_list: self._chosen(chosen, item)
            )

    def _chosen(self, focus_list: FocusList, item: QListWidgetItem | None) -> None:
        """One priority is chosen on the whole board: the other columns let go of theirs."""
        if item is None:
            if not any(f.currentItem() for f in self.lists.values()):
                self.areaChosen.emit(None)
            return
        for other in self.lists.values():
            if other is not focus_list and other.currentItem() is not None:
                other.blockSignals(True)
                other.setCurrentRow(-1)
                other.clearSelection()
                other.blockSignals(False)
        self.areaChosen.emit(str(item.data(Qt.ItemDataRole.UserRole)))

    def current_area(self) -> str | None:
        for focus_list in self.lists.values():
            item = focus_list.currentItem()
            if item is not None:
                return str(item.data(Qt.ItemDataRole.UserRole))
        return None

    def choose(self, area_id: str | None) -> bool:
        """Make `area_id` the chosen priority again (after the lists were filled anew)."""
        for focus_list in self.lists.values():
            for row in range(focus_list.count()):
                item = focus_list.item(row)
                if item.data(Qt.ItemDataRole.UserRole) == area_id:
                    focus_list.setCurrentItem(item)
                    return True
        return False
