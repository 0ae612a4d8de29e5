"""The last workshop's actions, reviewed first in a follow-up (issue #39): each with who and
when, what became of it (klar, pågår, inte påbörjad, stryks) and a note, and the unfinished
ones carried over as this workshop's actions in one click. Each an undo step (a note's typing
one step per action). Shown on the workshop's page, before the steps, only in a follow-up."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QSignalBlocker
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..model import Action, ReviewVerdict, Workshop
from ..model import edits as e
from ..model.limits import MAX_TEXT
from ..ui.glyphs import shown
from ..ui.outcome_words import action_status_words
from ..ui.review_words import VERDICTS, review_summary, verdict_words
from ..ui.session import Session
from ..ui.widgets import muted, named, use_app_undo

FINISHED = (ReviewVerdict.DONE, ReviewVerdict.STRUCK)  # nothing of these to carry over


class ActionReviewBox(QGroupBox):
    """The previous workshop's actions, to be reviewed by the room."""

    COLUMNS = 6

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("actionReview")
        self.session = session
        self.intro = QLabel(wordWrap=True)
        muted(self.intro)
        self.table = named(QTableWidget(0, self.COLUMNS), "reviewTable")
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3, 5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.summary = named(QLabel(wordWrap=True), "reviewSummary")
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table)
        layout.addWidget(self.summary)
        session.watch(
            lambda w: (w.outcome.reviews, w.outcome.actions, w.snapshots), self._show, self
        )
        self.retranslate()

    def _previous_actions(self, workshop: Workshop) -> tuple[Action, ...]:
        previous = workshop.previous
        return previous.workshop.outcome.actions if previous is not None else ()

    def _show(self, workshop: Workshop) -> None:
        actions = self._previous_actions(workshop)
        self.setVisible(workshop.previous is not None)
        if self.table.rowCount() != len(actions):
            self.table.setRowCount(len(actions))
        here = {a.id for a in workshop.outcome.actions}
        for row, action in enumerate(actions):
            review = workshop.outcome.review(action.id)
            what = QTableWidgetItem(shown(action.what))
            what.setToolTip(
                self.tr("In the last workshop: {status}").format(
                    status=action_status_words(action.status)
                )
            )
            self.table.setItem(row, 0, what)
            self.table.setItem(row, 1, QTableWidgetItem(shown(action.who) or "–"))
            due = action.due.isoformat() if action.due else "–"
            self.table.setItem(row, 2, QTableWidgetItem(due))
            verdict = self.table.cellWidget(row, 3)
            if not isinstance(verdict, QComboBox):
                verdict = named(QComboBox(), f"reviewVerdict-{action.id}")
                for choice in VERDICTS:
                    verdict.addItem(verdict_words(choice))
                verdict.activated.connect(partial(self._verdict_chosen, action.id))
                self.table.setCellWidget(row, 3, verdict)
            with QSignalBlocker(verdict):
                verdict.setCurrentIndex(VERDICTS.index(review.verdict if review else None))
            note = self.table.cellWidget(row, 4)
            if not isinstance(note, QLineEdit):
                note = named(QLineEdit(), f"reviewNote-{action.id}")
                note.setMaxLength(MAX_TEXT)
                use_app_undo(note)
                note.textEdited.connect(partial(self._note_typed, action.id))
                self.table.setCellWidget(row, 4, note)
            text = review.note if review else ""
            if note.text() != text:
                with QSignalBlocker(note):
                    note.setText(text)
            carry = self.table.cellWidget(row, 5)
            if not isinstance(carry, QPushButton):
                carry = named(QPushButton(), f"reviewCarry-{action.id}")
                carry.clicked.connect(partial(self.carry, action.id))
                self.table.setCellWidget(row, 5, carry)
            carried = review is not None and review.carried in here
            finished = review is not None and review.verdict in FINISHED
            carry.setEnabled(not carried and not finished)
            carry.setText(self.tr("Carried over ✓") if carried else self.tr("Carry over"))
            carry.setToolTip(
                self.tr("Already one of this workshop's actions")
                if carried
                else self.tr("Done or struck: nothing to carry over")
                if finished
                else self.tr("Propose it again as one of this workshop's actions (one undo step)")
            )
        # As tall as its rows (a few actions leave no empty box), at most a third of a screen.
        rows = sum(self.table.rowHeight(r) for r in range(self.table.rowCount()))
        frame = self.table.horizontalHeader().height() + 2 * self.table.frameWidth() + 2
        self.table.setFixedHeight(min(300, rows + frame))
        self.summary.setText(review_summary(workshop))

    def _verdict_chosen(self, action_id: str, index: int) -> None:
        verdict = VERDICTS[index] if 0 <= index < len(VERDICTS) else None
        self.session.apply(
            self.tr("Review an action of the last workshop"),
            lambda w: e.review_action(w, action_id, verdict=verdict),
        )

    def _note_typed(self, action_id: str, text: str) -> None:
        self.session.apply(
            self.tr("A note on an action of the last workshop"),
            lambda w: e.review_action(w, action_id, note=text),
            merge_key=f"review-note-{action_id}",
        )

    def carry(self, action_id: str) -> bool:
        return self.session.apply(
            self.tr("Carry an action over"), lambda w: e.carry_action(w, action_id)
        )

    def retranslate(self) -> None:
        self.setTitle(self.tr("The last workshop's actions: what became of them?"))
        self.intro.setText(
            self.tr(
                "Review them first: done, ongoing, not started or struck, with a note; an "
                "unfinished one can carry over as one of this workshop's actions."
            )
        )
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Action"),
                self.tr("Who"),
                self.tr("Due"),
                self.tr("Now"),
                self.tr("Note"),
                "",
            ]
        )
        for row in range(self.table.rowCount()):
            combo = self.table.cellWidget(row, 3)
            if isinstance(combo, QComboBox):
                for n, choice in enumerate(VERDICTS):
                    combo.setItemText(n, verdict_words(choice))
        self._show(self.session.workshop)
