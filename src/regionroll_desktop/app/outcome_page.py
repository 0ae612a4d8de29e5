"""Slutsatser: what the room concluded on each of the deck's four questions (and whether it is
agreed), and the actions it will take: what, who, by when, for which step, and their status."""

from __future__ import annotations

import datetime as dt
from functools import partial

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..canvases.roles.consequences import ConsequencesBox
from ..model import Action, ActionStatus, Key, ParkedQuestion, Step, Workshop
from ..model import edits as e
from ..model.deck import STEP_QUESTIONS
from ..ui.i18n import language
from ..ui.keys import native_keys
from ..ui.outcome_words import action_status_words, key_words, step_words
from ..ui.session import Session
from ..ui.typed_cells import TypedList, TypedTable
from ..ui.widgets import (
    Retranslating,
    WordsBeside,
    heading,
    muted,
    named,
    set_text_quietly,
    use_app_undo,
)
from .dot_voting import DotVotingBox
from .room_ideas import IdeasBox

WHAT, WHO, DUE, STEP, STATUS = range(5)


def _link_of(action: Action) -> str:
    """What an action is tied to, as its combo stores it: "key:…", "step:…" or ""."""
    if action.key:
        return f"key:{action.key.value}"
    return f"step:{action.step.value}" if action.step else ""


class ActionsTable(TypedTable):
    """The actions, one per row, typed in one go; a row dragged to another place asks to move
    there (the model moves it, one undo step) instead of Qt shuffling cells."""

    actionDropped = Signal(int, int)  # noqa: N815  a row dragged from, to

    def __init__(self) -> None:
        super().__init__(0, 5)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDropIndicatorShown(True)

    def drop_row(self, y: int) -> int:
        """The row a drop at height `y` goes to (below the last row: the end)."""
        row = self.rowAt(y)
        if row < 0:
            return self.rowCount() - 1
        return row

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        source = self.currentRow()
        if event.source() is not self or source < 0:
            event.ignore()
            return
        target = self.drop_row(event.position().toPoint().y())
        event.setDropAction(Qt.DropAction.IgnoreAction)  # the model moves it, not Qt
        event.accept()
        if target != source:
            self.actionDropped.emit(source, target)


class OutcomePage(Retranslating, QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("outcomePage")
        self.session = session
        self.title = QLabel()
        heading(self.title, 1.6)
        self.conclusions_box = QGroupBox()
        grid = QGridLayout(self.conclusions_box)
        self.questions: dict[Step, QLabel] = {}
        self.texts: dict[Step, QPlainTextEdit] = {}
        self.agreed: dict[Step, QCheckBox] = {}
        for row, step in enumerate(Step):
            question = QLabel(wordWrap=True)
            text = named(QPlainTextEdit(), f"conclusion-{step.value}")
            text.setTabChangesFocus(True)
            text.setMaximumHeight(84)
            use_app_undo(text)
            agreed = named(QCheckBox(), f"agreed-{step.value}")
            grid.addWidget(question, 2 * row, 0, 1, 2)
            grid.addWidget(text, 2 * row + 1, 0)
            grid.addWidget(agreed, 2 * row + 1, 1, Qt.AlignmentFlag.AlignTop)
            text.textChanged.connect(partial(self._conclusion_typed, step))
            agreed.toggled.connect(partial(self._agreed, step))
            self.questions[step], self.texts[step], self.agreed[step] = question, text, agreed
        grid.setColumnStretch(0, 1)

        self.actions_box = QGroupBox()
        self.table = named(ActionsTable(), "actionsTable")
        self.table.actionDropped.connect(self.move_row)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(WHAT, QHeaderView.ResizeMode.Stretch)
        for column in (STEP, STATUS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        for column in (WHO, DUE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        # Enter in the last row opens the next action; Esc in one just opened takes it back.
        self._fresh: tuple[str, int] | None = None  # the action "+" opened, the undo index after
        self.table.rowEntered.connect(self._row_entered)
        self.table.rowCancelled.connect(self._row_cancelled)
        self.table.setMinimumHeight(220)
        self.table.itemChanged.connect(self._cell_edited)
        self.add = named(QPushButton(), "addAction")
        self.remove = named(QPushButton(), "removeAction")
        self.up = named(QPushButton(), "actionUp")
        self.down = named(QPushButton(), "actionDown")
        self.message = named(QLabel(wordWrap=True), "actionMessage")
        muted(self.message)
        self.add.clicked.connect(self.add_action)
        self.remove.clicked.connect(self.remove_action)
        self.up.clicked.connect(lambda: self.move_action(-1))
        self.down.clicked.connect(lambda: self.move_action(+1))
        self.table.itemSelectionChanged.connect(self._update_buttons)
        buttons = QHBoxLayout()
        for button in (self.add, self.remove, self.up, self.down):
            buttons.addWidget(button)
        buttons.addStretch()
        actions = QVBoxLayout(self.actions_box)
        actions.addLayout(buttons)
        actions.addWidget(self.table, 1)
        actions.addWidget(self.message)

        self.parked_box = QGroupBox()
        self.parked = named(TypedList(), "parkedList")  # its words mended in place (F2, Enter)
        self.parked.itemChanged.connect(self._parked_edited)
        self.parked.setItemDelegate(WordsBeside(self.parked, Qt.ItemDataRole.UserRole))
        self.parked.setMinimumHeight(110)
        self.to_action = named(QPushButton(), "parkedToAction")
        self.close_parked = named(QPushButton(), "parkedClose")
        self.remove_parked = named(QPushButton(), "parkedRemove")
        self.parked_empty = named(QLabel(wordWrap=True), "parkedEmpty")
        muted(self.parked_empty)
        self.to_action.clicked.connect(self.parked_to_action)
        self.close_parked.clicked.connect(self.toggle_parked)
        self.remove_parked.clicked.connect(self.delete_parked)
        self.parked.currentRowChanged.connect(lambda _row: self._update_buttons())
        parked_buttons = QHBoxLayout()
        for button in (self.to_action, self.close_parked, self.remove_parked):
            parked_buttons.addWidget(button)
        parked_buttons.addStretch()
        parked = QVBoxLayout(self.parked_box)
        parked.addWidget(self.parked_empty)
        parked.addWidget(self.parked)
        parked.addLayout(parked_buttons)
        # What the room sent from its phones, to be made actions or parked (or hidden).
        self.ideas = IdeasBox(session, hide_when_empty=True)

        self.voting = DotVotingBox(session)

        content = QWidget()
        page = QVBoxLayout(content)
        page.addWidget(self.title)
        page.addWidget(self.conclusions_box)
        self.consequences = ConsequencesBox(session, points=False)
        page.addWidget(self.consequences)
        page.addWidget(self.actions_box, 1)
        page.addWidget(self.voting)
        page.addWidget(self.parked_box)
        page.addWidget(self.ideas)
        scroll = self.page_scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(content)
        QVBoxLayout(self).addWidget(scroll)
        # Each part follows only its own state: typing a conclusion rebuilds no table.
        session.watch(lambda w: w.outcome.conclusions, self._show_conclusions, self)
        session.watch(lambda w: w.outcome.actions, self._show_actions, self)
        session.watch(lambda w: w.outcome.parked, self._show_parked, self)
        session.watch(
            lambda w: (
                w.outcome.actions,
                w.outcome.votes,
                w.outcome.dots_per_group,
                w.details.groups,
                w.strategy.focus_areas,
                w.room,
            ),
            self.voting.show_workshop,
            self,
        )
        self.retranslate()

    # --- edits ---

    def _conclusion_typed(self, step: Step) -> None:
        text = self.texts[step].toPlainText()
        if text == self.session.workshop.outcome.conclusion(step).text:
            return
        self.session.apply(
            self.tr("Write a conclusion"),
            lambda w: e.set_conclusion(w, step, text=text),
            merge_key=f"conclusion.{step.value}",
        )

    def _agreed(self, step: Step, on: bool) -> None:
        if on == self.session.workshop.outcome.conclusion(step).agreed:
            return
        text = self.tr("Mark as agreed") if on else self.tr("Mark as not agreed")
        self.session.apply(text, lambda w: e.set_conclusion(w, step, agreed=on))

    def _row_action(self, row: int) -> Action | None:
        actions = self.session.workshop.outcome.actions
        return actions[row] if 0 <= row < len(actions) else None

    def add_action(self) -> None:
        action_id = e.new_id("action")
        what = self.tr("New action")
        if self.session.apply(self.tr("Add an action"), lambda w: e.add_action(w, what, action_id)):
            self._fresh = (action_id, self.session.undo_stack.index())
            row = len(self.session.workshop.outcome.actions) - 1
            self.table.setCurrentCell(row, WHAT)
            item = self.table.item(row, WHAT)
            if item is not None and self.isVisible():
                self.table.setFocus()
                self.table.editItem(item)

    def _row_entered(self, row: int) -> None:
        """Enter in the last row: the room dictates the next action."""
        if row == self.table.rowCount() - 1:
            self.add_action()

    def _row_cancelled(self, row: int) -> None:
        """Esc in an action just opened and not yet typed in takes it back (its undo step)."""
        action = self._row_action(row)
        stack = self.session.undo_stack
        if action is not None and self._fresh == (action.id, stack.index()) and stack.canUndo():
            self._fresh = None
            stack.undo()

    def remove_action(self) -> None:
        action = self._row_action(self.table.currentRow())
        if action is not None:
            self.session.apply(self.tr("Remove an action"), lambda w: e.remove_action(w, action.id))

    def move_row(self, source: int, target: int) -> None:
        """An action dragged from one row to another."""
        action = self._row_action(source)
        if action is None:
            return
        if self.session.apply(
            self.tr("Move an action"), lambda w: e.move_action(w, action.id, target)
        ):
            self.table.setCurrentCell(target, WHAT)

    def move_action(self, by: int) -> None:
        row = self.table.currentRow()
        action = self._row_action(row)
        if action is None or not 0 <= row + by < self.table.rowCount():
            return
        if self.session.apply(
            self.tr("Move an action"), lambda w: e.move_action(w, action.id, row + by)
        ):
            self.table.setCurrentCell(row + by, WHAT)

    def _cell_edited(self, item: QTableWidgetItem) -> None:
        action = self._row_action(item.row())
        if action is None:
            return
        text = item.text().strip()
        self.message.clear()
        if item.column() == WHAT:
            if not text:
                self.message.setText(self.tr("An action needs a what; it was left as it was."))
                self._show_actions(self.session.workshop)  # the cell shows the model again
                return
            changes: dict[str, object] = {"what": text}
        elif item.column() == WHO:
            changes = {"who": text}
        elif item.column() == DUE:
            try:
                changes = {"due": dt.date.fromisoformat(text) if text else None}
            except ValueError:
                self.message.setText(
                    self.tr(
                        "Write the date as YYYY-MM-DD (e.g. 2027-03-31); it was left as it was."
                    )
                )
                self._show_actions(self.session.workshop)  # the cell shows the model again
                return
        else:
            return
        self._update(action, changes)

    def _update(self, action: Action, changes: dict[str, object]) -> None:
        if all(getattr(action, k) == v for k, v in changes.items()):
            return
        self.session.apply(
            self.tr("Change an action"), lambda w: e.update_action(w, action.id, **changes)
        )

    def _combo_chosen(
        self, action_id: str, field: str, values: tuple[object, ...], index: int
    ) -> None:
        action = next((a for a in self.session.workshop.outcome.actions if a.id == action_id), None)
        if action is not None and 0 <= index < len(values):
            self._update(action, {field: values[index]})

    def _current_parked(self) -> ParkedQuestion | None:
        row = self.parked.currentRow()
        questions = self.session.workshop.outcome.parked
        return questions[row] if 0 <= row < len(questions) else None

    def parked_to_action(self) -> None:
        question = self._current_parked()
        if question is not None and not question.closed:
            self.session.apply(
                self.tr("Turn a parked question into an action"),
                lambda w: e.parked_to_action(w, question.id),
            )

    def _parked_edited(self, item: QListWidgetItem) -> None:
        row = self.parked.row(item)
        questions = self.session.workshop.outcome.parked
        if not 0 <= row < len(questions):
            return
        question = questions[row]
        text = item.text().strip()
        if not text:
            self.message.setText(self.tr("A parked question needs words; it was left as it was."))
            self._show_parked(self.session.workshop)
            return
        if text != question.text:
            self.session.apply(
                self.tr("Change a parked question"),
                lambda w: e.set_parked_text(w, question.id, text),
            )

    def toggle_parked(self) -> None:
        question = self._current_parked()
        if question is not None:
            text = self.tr("Reopen a question") if question.closed else self.tr("Close a question")
            self.session.apply(
                text, lambda w: e.set_parked_closed(w, question.id, not question.closed)
            )

    def delete_parked(self) -> None:
        question = self._current_parked()
        if question is not None:
            self.session.apply(
                self.tr("Remove a parked question"), lambda w: e.remove_parked(w, question.id)
            )

    # --- showing ---

    def show_workshop(self, workshop: Workshop) -> None:
        self._show_conclusions(workshop)
        self._show_actions(workshop)
        self._show_parked(workshop)

    def _show_conclusions(self, workshop: Workshop) -> None:
        outcome = workshop.outcome
        for step in Step:
            conclusion = outcome.conclusion(step)
            set_text_quietly(self.texts[step], conclusion.text)
            with QSignalBlocker(self.agreed[step]):
                self.agreed[step].setChecked(conclusion.agreed)

    def _show_actions(self, workshop: Workshop) -> None:
        """The table shows the actions. Only what differs is written, so the cell being typed
        in, the cell Tab moves to and the current cell stay as they are: rebuilding every item
        while Qt went from one cell's editor to the next sent the next editor back to the
        row's first cell, and "Vem" took the date (issue #33)."""
        outcome = workshop.outcome
        table = self.table
        with QSignalBlocker(table):
            if table.rowCount() != len(outcome.actions):
                table.setRowCount(len(outcome.actions))
            for row, action in enumerate(outcome.actions):
                due = action.due.isoformat() if action.due else ""
                for column, text in ((WHAT, action.what), (WHO, action.who), (DUE, due)):
                    item = table.item(row, column)
                    if item is None:
                        table.setItem(row, column, QTableWidgetItem(text))
                    elif item.text() != text:
                        item.setText(text)
                for column, name, value, make in (
                    (STEP, f"actionStep-{action.id}", _link_of(action), self._step_combo),
                    (STATUS, f"actionStatus-{action.id}", action.status, self._status_combo),
                ):
                    combo = table.cellWidget(row, column)
                    if not (
                        isinstance(combo, QComboBox)
                        and combo.objectName() == name
                        and combo.currentData() == value
                    ):
                        table.setCellWidget(row, column, make(action))
            current = table.currentRow()
            if outcome.actions and not 0 <= current < len(outcome.actions):
                table.setCurrentCell(min(max(current, 0), len(outcome.actions) - 1), WHAT)
        self._size_columns()
        self._update_buttons()

    def _size_columns(self) -> None:
        """ "Vem" has room for a name and a title, the date for a date, whatever the rows hold
        (an empty column was as narrow as its header, and a typed name was cut)."""
        metrics = self.table.fontMetrics()
        padding = 3 * metrics.horizontalAdvance("0")
        for column, room in ((WHO, "Regionutvecklingsdirektör"), (DUE, "2027-12-31")):
            width = max(
                self.table.sizeHintForColumn(column),
                self.table.horizontalHeader().sectionSizeHint(column),
                metrics.horizontalAdvance(room) + padding,
            )
            if self.table.columnWidth(column) != width:
                self.table.setColumnWidth(column, width)

    def _show_parked(self, workshop: Workshop) -> None:
        """Each question's words are the item's (typed in place); its step and whether it is
        closed are told beside them. Only what differs is written."""
        outcome = workshop.outcome
        row = self.parked.currentRow()
        with QSignalBlocker(self.parked):
            while self.parked.count() > len(outcome.parked):
                self.parked.takeItem(self.parked.count() - 1)
            for at, question in enumerate(outcome.parked):
                item = self.parked.item(at)
                if item is None:
                    item = QListWidgetItem()
                    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
                    self.parked.addItem(item)
                if item.text() != question.text:
                    item.setText(question.text)
                font = item.font()
                font.setStrikeOut(question.closed)
                item.setFont(font)
                where = step_words(question.step) if question.step else ""
                closed = self.tr("Closed") if question.closed else ""
                item.setToolTip(" · ".join(t for t in (where, closed) if t))
                item.setData(Qt.ItemDataRole.UserRole, where)
            if outcome.parked and not 0 <= row < len(outcome.parked):
                self.parked.setCurrentRow(min(max(row, 0), len(outcome.parked) - 1))
        self.parked.setVisible(bool(outcome.parked))
        self.parked_empty.setVisible(not outcome.parked)
        self._update_buttons()

    def _step_combo(self, action: Action) -> QComboBox:
        """A step or one of the keys (stored as "step:…" / "key:…"): one clears the other."""
        combo = named(QComboBox(), f"actionStep-{action.id}")
        combo.addItem(self.tr("not linked"), "")
        for step in Step:
            combo.addItem(step_words(step), f"step:{step.value}")
        for key in Key:
            combo.addItem(key_words(key), f"key:{key.value}")
        combo.setCurrentIndex(max(0, combo.findData(_link_of(action))))
        # The choices by index, not the combo itself: a slot that holds its own widget would
        # keep every replaced combo alive (the table makes new ones at each change).
        values = tuple(combo.itemData(i) for i in range(combo.count()))
        combo.activated.connect(partial(self._link_chosen, action.id, values))
        return combo

    def _link_chosen(self, action_id: str, values: tuple[str, ...], index: int) -> None:
        action = next((a for a in self.session.workshop.outcome.actions if a.id == action_id), None)
        chosen = values[index] if 0 <= index < len(values) else ""
        kind, _, value = str(chosen or "").partition(":")
        if action is not None:
            self._update(
                action,
                {
                    "step": Step(value) if kind == "step" else None,
                    "key": Key(value) if kind == "key" else None,
                },
            )

    def _status_combo(self, action: Action) -> QComboBox:
        combo = named(QComboBox(), f"actionStatus-{action.id}")
        for status in ActionStatus:
            combo.addItem(action_status_words(status), status)
        combo.setCurrentIndex(combo.findData(action.status))
        statuses = tuple(ActionStatus)
        combo.activated.connect(partial(self._combo_chosen, action.id, "status", statuses))
        return combo

    def _update_buttons(self) -> None:
        row = self.table.currentRow()
        has = self._row_action(row) is not None
        self.remove.setEnabled(has)
        self.up.setEnabled(has and row > 0)
        self.down.setEnabled(has and row < self.table.rowCount() - 1)
        question = self._current_parked()
        self.to_action.setEnabled(question is not None and not question.closed)
        self.close_parked.setEnabled(question is not None)
        self.remove_parked.setEnabled(question is not None)
        if question is not None and question.closed:
            self.close_parked.setText(self.tr("Reopen"))
        else:
            self.close_parked.setText(self.tr("Close"))

    def retranslate(self) -> None:
        self.page_scroll.setAccessibleName(self.tr("Conclusions and actions"))
        self.ideas.retranslate()
        lang = language()
        self.title.setText(self.tr("Conclusions and actions"))
        self.conclusions_box.setTitle(self.tr("What the room concluded"))
        for step in Step:
            self.questions[step].setText(
                f"<b>{step_words(step)}</b> – {STEP_QUESTIONS[step].text(lang)}"
            )
            self.texts[step].setPlaceholderText(self.tr("The room's conclusion, in its own words"))
            self.agreed[step].setText(self.tr("Agreed"))
            self.agreed[step].setToolTip(
                self.tr("The room agrees on this (a proposal: a workshop never decides)")
            )
        self.actions_box.setTitle(self.tr("Actions"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("What"),
                self.tr("Who"),
                self.tr("By (YYYY-MM-DD)"),
                self.tr("Linked to"),
                self.tr("Status"),
            ]
        )
        self.add.setText(self.tr("+ Action"))
        self.add.setToolTip(
            self.tr("Add an action (from any page: {keys})").format(
                keys=native_keys("Ctrl+Shift+A")
            )
        )
        self.remove.setText(self.tr("Remove"))
        self.up.setText(self.tr("Move up"))
        self.down.setText(self.tr("Move down"))
        self.parked_box.setTitle(self.tr("Parked questions"))
        self.parked_empty.setText(
            self.tr("No parked questions. Park one from any page with {keys}.").format(
                keys=native_keys("Ctrl+Shift+P")
            )
        )
        self.to_action.setText(self.tr("Make it an action"))
        self.voting.retranslate()
        self.remove_parked.setText(self.tr("Remove"))
        self.table.setRowCount(0)  # every row made anew, in the new language
        self.show_workshop(self.session.workshop)
