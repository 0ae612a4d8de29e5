"""What the ambition means for us: the deck's points for the ambition's main role (and for
today's, when the region moves), and the room's own words for its organisation, financing and
strategy, one line per thing; a line becomes an action in one click (or Ctrl+Enter).

The same box stands on Genomförandepraktik (with the deck's points) and on the conclusions
page (with the heading sentence only): two views of one part of the workshop."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...analysis.consequences import consequences
from ...model import CONSEQUENCE_STEPS, Step, Workshop
from ...model import edits as e
from ...ui.consequence_words import consequence_rule, deck_points_html, heading_words
from ...ui.consequence_words import step_question as question_words
from ...ui.i18n import language
from ...ui.keys import native_keys
from ...ui.session import Session
from ...ui.widgets import Retranslating, muted, named, set_text_quietly, use_app_undo

TO_ACTION_KEYS = "Ctrl+Return"


class ConsequencesBox(Retranslating, QGroupBox):
    """`points`: the deck's points in full (Genomförandepraktik), else its one sentence."""

    def __init__(self, session: Session, points: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.points = points
        where = "Roles" if points else "Outcome"
        self.setObjectName(f"consequences{where}")
        self.deck = named(QLabel(), f"consequencesDeck{where}")
        self.deck.setWordWrap(True)
        self.deck.setTextFormat(Qt.TextFormat.RichText)
        self.rule = named(QLabel(), f"consequencesRule{where}")
        self.rule.setWordWrap(True)
        muted(self.rule)
        self.message = named(QLabel(), f"consequencesMessage{where}")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)  # it quotes the room's line
        muted(self.message)
        column = QVBoxLayout(self)
        column.addWidget(self.deck)
        column.addWidget(self.rule)
        self.rule.setVisible(points)  # its rule is about the points: where they are
        self.questions: dict[Step, QLabel] = {}
        self.texts: dict[Step, QPlainTextEdit] = {}
        self.to_action: dict[Step, QPushButton] = {}
        for step in CONSEQUENCE_STEPS:
            question = QLabel(wordWrap=True)
            text = named(QPlainTextEdit(), f"consequence-{step.value}-{where}")
            text.setTabChangesFocus(True)
            text.setMaximumHeight(76 if points else 56)
            use_app_undo(text)
            question.setBuddy(text)
            button = named(QPushButton(), f"consequenceToAction-{step.value}-{where}")
            text.textChanged.connect(partial(self._typed, step))
            text.cursorPositionChanged.connect(partial(self._update_button, step))
            button.clicked.connect(partial(self.line_to_action, step))
            shortcut = QShortcut(QKeySequence(TO_ACTION_KEYS), text)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(partial(self.line_to_action, step))
            column.addWidget(question)
            row = QHBoxLayout()
            if points:  # a narrow panel: the button under the text
                column.addWidget(text)
                row.addStretch()
            else:  # a wide page: beside it, as a conclusion's "agreed"
                row.addWidget(text, 1)
            row.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
            column.addLayout(row)
            self.questions[step], self.texts[step], self.to_action[step] = question, text, button
        column.addWidget(self.message)
        session.watch(
            lambda w: (w.outcome.consequences, w.implementation.today, w.implementation.ambition),
            self.show_workshop,
            self,
        )
        session.watch(lambda w: w.outcome.actions, lambda _a: self._update_buttons(), self)
        self.retranslate()

    # --- edits ---

    def _typed(self, step: Step) -> None:
        text = self.texts[step].toPlainText()
        if text == self.session.workshop.outcome.consequence(step).text:
            return
        self.session.apply(
            self.tr("Write what it means for us"),
            lambda w: e.set_consequence(w, step, text),
            merge_key=f"consequence.{step.value}",
        )
        self._update_button(step)

    def current_line(self, step: Step) -> str:
        """The line the cursor stands on, its spaces tidied ("" when blank)."""
        block = self.texts[step].textCursor().block().text()
        return " ".join(block.split())

    def _is_action(self, step: Step, line: str) -> bool:
        return any(a.what == line and a.step is step for a in self.session.workshop.outcome.actions)

    def line_to_action(self, step: Step) -> bool:
        """The cursor's line becomes an action tied to `step` (one undo step); False, with
        the reason said, when the line is blank or already an action."""
        line = self.current_line(step)
        if not line:
            self.message.setText(self.tr("Put the cursor on a line first: it becomes the action."))
            return False
        if self._is_action(step, line):
            self.message.setText(self.tr("“{line}” is an action already.").format(line=line))
            return False
        if not self.session.apply(
            self.tr("Make a line an action"), lambda w: e.add_action(w, line, step=step)
        ):
            return False
        self.message.setText(
            self.tr("“{line}” is an action now (Conclusions, the actions' table).").format(
                line=line
            )
        )
        return True

    # --- what shows ---

    def show_workshop(self, _changed: Workshop | None = None) -> None:
        """The deck's points and the room's words as the session holds them now."""
        workshop = self.session.workshop
        reading = consequences(workshop)
        if self.points:
            self.deck.setText(deck_points_html(reading, language()))
        else:
            self.deck.setText(f"<b>{heading_words(reading)}</b>")
        for step in CONSEQUENCE_STEPS:
            set_text_quietly(self.texts[step], workshop.outcome.consequence(step).text)
        self._update_buttons()

    def _update_buttons(self) -> None:
        for step in CONSEQUENCE_STEPS:
            self._update_button(step)

    def _update_button(self, step: Step) -> None:
        line = self.current_line(step)
        self.to_action[step].setEnabled(bool(line) and not self._is_action(step, line))

    def retranslate(self) -> None:
        self.setTitle(self.tr("What the ambition means for us"))
        self.rule.setText(consequence_rule())
        keys = native_keys(TO_ACTION_KEYS)
        for step in CONSEQUENCE_STEPS:
            self.questions[step].setText(question_words(step))
            self.texts[step].setPlaceholderText(
                self.tr("One thing per line: what it asks of us, what it costs, what changes")
            )
            self.to_action[step].setText(self.tr("Make the line an action"))
            self.to_action[step].setToolTip(
                self.tr(
                    "The line the cursor is on becomes an action for this step ({keys})"
                ).format(keys=keys)
            )
        self.show_workshop()
