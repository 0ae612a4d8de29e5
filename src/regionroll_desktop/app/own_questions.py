"""The facilitator's own questions for the phones (issue #38): a warm-up or a quick poll
without leaving the room for Mentimeter. Written here (a choice, a 1–5 scale or a word wall),
kept with the workshop (one undo step each), asked one at a time on the phones, shown on the
projector like the app's own questions, and in the report's room page."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QSignalBlocker, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..model import Workshop
from ..model import edits as e
from ..model.limits import MAX_NAME
from ..model.room import MAX_OPTION, MAX_OPTIONS, OwnKind, OwnQuestion
from ..model.text import one_or_many
from ..ui.glyphs import shown
from ..ui.room_session import RoomSessionControl
from ..ui.widgets import muted, named

KINDS = tuple(OwnKind)  # in the order of the choice's items
OWN = Qt.ItemDataRole.UserRole


def own_kind_words(kind: OwnKind) -> str:
    """What an own question asks for, as the panel and the report say it."""
    return {
        OwnKind.CHOICE: QCoreApplication.translate("OwnQuestions", "Multiple choice"),
        OwnKind.SCALE: QCoreApplication.translate("OwnQuestions", "A scale from 1 to 5"),
        OwnKind.WORDS: QCoreApplication.translate("OwnQuestions", "Word wall"),
    }[kind]


class OwnQuestionsBox(QGroupBox):
    """Write a question, keep it with the workshop, ask it on the phones."""

    def __init__(
        self, control: Callable[[], RoomSessionControl], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._control = control
        self.text = named(QLineEdit(), "ownText")
        self.text.setMaxLength(MAX_NAME)
        self.kind = named(QComboBox(), "ownKind")
        for _kind in KINDS:
            self.kind.addItem("")
        self.options = named(QPlainTextEdit(), "ownOptions")
        self.options.setTabChangesFocus(True)  # Tab leaves the field, as in every other field
        self.options.setFixedHeight(self.fontMetrics().lineSpacing() * 5)
        self.options_label = QLabel()
        self.options_label.setBuddy(self.options)
        self.add = named(QPushButton(), "ownAdd")
        self.add.clicked.connect(self.add_question)
        self.text.returnPressed.connect(self.add_question)
        self.problem = named(QLabel(wordWrap=True), "ownProblem")
        self.problem.hide()
        self.list = named(QListWidget(), "ownList")
        self.list.setMinimumHeight(90)
        self.ask = named(QPushButton(), "ownAsk")
        self.ask.clicked.connect(self.ask_chosen)
        self.list.itemActivated.connect(lambda _item: self.ask_chosen())
        self.stop = named(QPushButton(), "ownStop")
        self.stop.clicked.connect(self.stop_asking)
        self.remove = named(QPushButton(), "ownRemove")
        self.remove.clicked.connect(self.remove_chosen)
        self.asked = named(QLabel(wordWrap=True), "ownAsked")
        muted(self.asked)
        self.kind.currentIndexChanged.connect(lambda _i: self._kind_changed())
        self.list.currentRowChanged.connect(lambda _r: self.refresh())
        self.labels = [QLabel(), QLabel()]
        self.labels[0].setBuddy(self.text)
        self.labels[1].setBuddy(self.kind)
        form = QFormLayout()
        form.addRow(self.labels[0], self.text)
        form.addRow(self.labels[1], self.kind)
        form.addRow(self.options_label, self.options)
        form.addRow("", self.add)
        form.addRow(self.problem)
        buttons = QHBoxLayout()
        for button in (self.ask, self.stop, self.remove):
            buttons.addWidget(button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.asked)
        self._watching: object | None = None
        self.retranslate()

    @property
    def control(self) -> RoomSessionControl:
        return self._control()

    def _kind_changed(self) -> None:
        choice = KINDS[max(0, self.kind.currentIndex())] is OwnKind.CHOICE
        self.options.setVisible(choice)
        self.options_label.setVisible(choice)

    def _chosen(self) -> OwnQuestion | None:
        item = self.list.currentItem()
        wanted = item.data(OWN) if item is not None else None
        workshop = self.control.session.workshop
        return next((q for q in workshop.own_questions if q.id == wanted), None)

    def add_question(self) -> bool:
        """The question written becomes the workshop's (one undo step); the form empties.
        Refused, with the reason beside it and nothing lost, when it does not hold."""
        kind = KINDS[max(0, self.kind.currentIndex())]
        text = " ".join(self.text.text().split())
        lines = self.options.toPlainText().splitlines()
        options = tuple(o for o in (" ".join(line.split()) for line in lines) if o)
        problem = ""
        if not text:
            problem = self.tr("Write the question first.")
        elif kind is OwnKind.CHOICE and len(options) < 2:
            problem = self.tr("A multiple choice needs at least two choices, one per line.")
        elif kind is OwnKind.CHOICE and len(options) > MAX_OPTIONS:
            problem = self.tr("At most {n} choices.").format(n=MAX_OPTIONS)
        elif kind is OwnKind.CHOICE and any(len(o) > MAX_OPTION for o in options):
            problem = self.tr("A choice is at most {n} characters.").format(n=MAX_OPTION)
        elif kind is OwnKind.CHOICE and len({o.casefold() for o in options}) < len(options):
            problem = self.tr("Each choice once.")
        self.problem.setText(problem)
        self.problem.setVisible(bool(problem))
        if problem:
            return False
        question_id = e.new_id("own")
        session = self.control.session
        if not session.apply(
            self.tr("Add a question of your own"),
            lambda w: e.add_own_question(
                w, text, kind, options if kind is OwnKind.CHOICE else (), question_id
            ),
        ):
            return False
        self.text.clear()
        self.options.clear()
        self.refresh()
        self._select(question_id)
        return True

    def _select(self, question_id: str) -> None:
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item is not None and item.data(OWN) == question_id:
                self.list.setCurrentRow(row)

    def ask_chosen(self) -> bool:
        """Ask the chosen question on the phones now (in place of the one asked before)."""
        question = self._chosen()
        if question is None or not self.control.running:
            return False
        self.control.ask_own(question)
        self.refresh()
        return True

    def stop_asking(self) -> None:
        """No own question is asked on the phones any longer (its answers stay)."""
        self.control.ask_own(None)
        self.refresh()

    def remove_chosen(self) -> bool:
        question = self._chosen()
        if question is None:
            return False
        done = self.control.session.apply(
            self.tr("Remove a question of your own"),
            lambda w: e.remove_own_question(w, question.id),
        )
        self.refresh()
        return done

    def refresh(self, _workshop: Workshop | None = None) -> None:
        control = self.control
        if self._watching is not control.session:  # another workshop: watch its questions
            self._watching = control.session
            control.session.watch(lambda w: (w.own_questions, w.room.answers), self.refresh, self)
        workshop = control.session.workshop
        chosen = self._chosen()
        asked = control.view.own if control.running else None
        with QSignalBlocker(self.list):
            self.list.clear()
            for question in workshop.own_questions:
                n = len(workshop.room.answers_to_own(question))
                words = one_or_many(
                    n, self.tr("{kind} · {n} answer"), self.tr("{kind} · {n} answers")
                ).format(kind=own_kind_words(question.kind), n=n)
                if question == asked:
                    words += " · " + self.tr("asked now")
                item = QListWidgetItem(f"{shown(question.text)}\n{words}")
                item.setData(OWN, question.id)
                self.list.addItem(item)
            if chosen is not None:
                self._select(chosen.id)
            elif workshop.own_questions:
                self.list.setCurrentRow(self.list.count() - 1)
        has = self._chosen() is not None
        self.list.setVisible(bool(workshop.own_questions))
        self.ask.setEnabled(has and control.running)
        self.stop.setEnabled(asked is not None)
        self.remove.setEnabled(has)
        self.asked.setText(
            self.tr("Asked on the phones now: “{text}”").format(text=shown(asked.text))
            if asked is not None
            else self.tr("Start the session to ask a question on the phones.")
            if not control.running
            else ""
        )

    def retranslate(self) -> None:
        self.setTitle(self.tr("Your own question (a warm-up, a quick poll)"))
        self.labels[0].setText(self.tr("&Question:"))
        self.labels[1].setText(self.tr("&Answered with:"))
        self.text.setPlaceholderText(self.tr("One word for the region in 2030?"))
        for n, kind in enumerate(KINDS):
            self.kind.setItemText(n, own_kind_words(kind))
        self.options_label.setText(self.tr("C&hoices:"))
        self.options.setPlaceholderText(self.tr("One choice per line (2 to 6)"))
        self.add.setText(self.tr("Add the question"))
        self.add.setToolTip(self.tr("Kept with the workshop (one undo step); ask it when ready"))
        self.ask.setText(self.tr("Ask now"))
        self.ask.setToolTip(
            self.tr(
                "The phones show the chosen question first, marked “Now”; its answers show "
                "with “Show results”"
            )
        )
        self.stop.setText(self.tr("Stop asking"))
        self.remove.setText(self.tr("Remove"))
        self.remove.setToolTip(
            self.tr("The question leaves the workshop (one undo step: undo brings its answers)")
        )
        self._kind_changed()
        self.refresh()
