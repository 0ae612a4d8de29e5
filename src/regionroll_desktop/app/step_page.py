"""One step of the workshop: the deck's question, what the deck says around it, and the note.

The step's canvas is built when the page is first shown and sits above the note; the step's
timer sits beside its title.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..canvases.step_canvas import StepCanvas
from ..model import Step, Workshop
from ..model import edits as e
from ..model.deck import DECK_SOURCE, STEP_CONTEXT, STEP_QUESTIONS, STEP_TITLES
from ..model.room import STEP_OF
from ..ui.change_words import since_words
from ..ui.focus_ring import ring_drawings
from ..ui.i18n import language
from ..ui.session import Session
from ..ui.step_summary import position_rule, summary_lines
from ..ui.step_timer import StepTimer
from ..ui.timer_widget import TimerWidget
from ..ui.widgets import Retranslating, heading, muted, named, set_text_quietly, use_app_undo

STEP_NUMBERS = {s: i for i, s in enumerate(Step, start=1)}
# The deck's context on the step pages: open until the room folds it; folded from the start
# on a short screen (under SHORT_SCREEN px), where it took the canvas's room (at 1280×720 the
# organisation's drawing had 260 px and the notes found no free place beside their bodies).
_context_shown: bool | None = None
SHORT_SCREEN = 900


ROOM_STEPS = tuple(dict.fromkeys(STEP_OF.values()))  # their maps take the phones' answers


class StepPage(Retranslating, QWidget):
    def __init__(
        self,
        session: Session,
        step: Step,
        canvas_factory: Callable[[], StepCanvas] | None = None,
        timer: StepTimer | None = None,
        room: QAction | None = None,  # the room session's command (Rummet svarar…)
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self.step = step
        self._canvas_factory = canvas_factory
        self.canvas: StepCanvas | None = None
        self.setObjectName(f"step-{step.value}")

        self.title = QLabel()
        heading(self.title, 1.6)
        self.question = named(QLabel(), "stepQuestion")
        self.question.setWordWrap(True)
        heading(self.question, 1.35, bold=False)
        # A follow-up: what changed on this step since the last workshop, in words.
        self.since = named(QLabel(), f"sinceLast-{step.value}")
        self.since.setWordWrap(True)
        self.since.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.since.hide()
        self._since_timer = QTimer(self)
        self._since_timer.setSingleShot(True)
        self._since_timer.setInterval(300)  # worked out once typing pauses, not per key
        self._since_timer.timeout.connect(self._show_since)
        self.context_box = named(QGroupBox(), f"deckContextBox-{step.value}")
        self.context_box.setFlat(True)
        self.context_toggle = named(QToolButton(), f"deckContext-{step.value}")
        self.context_toggle.setCheckable(True)
        self.context_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.context_toggle.setAutoRaise(True)
        self.context_toggle.toggled.connect(self._show_context)
        self.context = named(QLabel(), f"deckContextText-{step.value}")
        self.context.setWordWrap(True)
        self.source = QLabel()
        self.source.setWordWrap(True)
        muted(self.source)
        box_layout = QVBoxLayout(self.context_box)
        box_layout.addWidget(self.context_toggle)
        box_layout.addWidget(self.context)
        box_layout.addWidget(self.source)

        self.summary_box = QGroupBox()
        self.summary = named(QLabel(), "stepSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        QVBoxLayout(self.summary_box).addWidget(self.summary)

        self.note_label = QLabel()
        self.note = named(QPlainTextEdit(), f"note-{step.value}")
        self.note_label.setBuddy(self.note)
        self.note.setTabChangesFocus(True)  # Tab leaves the note (no keyboard trap)
        use_app_undo(self.note)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)

        self.timer = TimerWidget(timer, step) if timer is not None else None
        title_row = QHBoxLayout()
        title_row.addWidget(self.title, 1)
        # The steps whose canvas takes the room's answers from its phones offer the session.
        self.room_button: QToolButton | None = None
        if room is not None and step in ROOM_STEPS:
            self.room_button = named(QToolButton(), f"roomButton-{step.value}")
            self.room_button.setDefaultAction(room)
            self.room_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            title_row.addWidget(self.room_button)
        if self.timer is not None:
            title_row.addWidget(self.timer)

        self._layout = layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.addLayout(title_row)
        layout.addWidget(self.question)
        layout.addWidget(self.since)
        layout.addSpacing(8)
        layout.addWidget(self.context_box)
        layout.addWidget(self.summary_box)
        layout.addWidget(line)
        layout.addWidget(self.note_label)
        layout.addWidget(self.note, 1)

        self.note.textChanged.connect(self._note_edited)
        # The note lives in the step's part. The summary stands in for a page without a
        # canvas and is only worked out while it shows.
        session.watch(lambda w: w.part(step), self.show_workshop, self)
        session.watch(
            lambda w: (w.part(step), w.snapshots), lambda _w: self._since_timer.start(), self
        )
        self.retranslate()
        self.show_workshop(session.workshop)

    def ensure_canvas(self) -> StepCanvas | None:
        """Build the step's canvas on first use (it may import pyqtgraph, which is slow)."""
        if self.canvas is None and self._canvas_factory is not None:
            self.canvas = self._canvas_factory()
            self.summary_box.hide()
            self._layout.insertWidget(4, self.canvas.as_widget(), 1)  # under the context
            ring_drawings(self.canvas.as_widget())
            self._layout.setStretchFactor(self.note, 0)
            lines = self.note.fontMetrics().lineSpacing()
            self.note.setMaximumHeight(4 * lines + 16)  # four lines; more scroll
            self.note.setMinimumHeight(2 * lines + 16)  # two lines: the canvas gets the room
        return self.canvas

    def _show_since(self) -> None:
        """What changed on this step since the previous workshop, when this one follows one
        up (only while the page shows: worked out again when it shows next)."""
        workshop = self._session.workshop
        previous = workshop.previous
        if previous is None or not self.isVisible():
            self.since.setVisible(previous is not None and bool(self.since.text()))
            return
        self.since.setText(since_words(previous, workshop, self.step))
        self.since.show()

    def _show_context(self, shown: bool) -> None:
        """What the deck says about the step: open or folded to its one-line heading. The
        choice holds on every step page (one click folds them all)."""
        global _context_shown
        _context_shown = shown
        self.context.setVisible(shown)
        self.source.setVisible(shown)
        self.context_toggle.setArrowType(
            Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow
        )

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        global _context_shown
        if _context_shown is None:
            screen = self.screen()
            _context_shown = screen is None or screen.availableGeometry().height() >= SHORT_SCREEN
        if self.context_toggle.isChecked() != _context_shown:
            self.context_toggle.setChecked(_context_shown)
        self._show_context(_context_shown)
        if self._canvas_factory is not None and self.canvas is None:
            self.ensure_canvas()
        super().showEvent(event)
        self._show_since()
        if self.canvas is None:
            self.show_workshop(self._session.workshop)  # the summary, worked out now

    def _note_edited(self) -> None:
        text = self.note.toPlainText()
        self._session.apply(
            self.tr("Edit note"),
            lambda w: e.set_note(w, self.step, text),
            merge_key=f"note.{self.step.value}",
        )

    def show_workshop(self, workshop: Workshop) -> None:
        set_text_quietly(self.note, workshop.note(self.step))
        if self.canvas is None and self.summary_box.isVisible():
            self.summary.setText(self.summary_text())

    def summary_text(self) -> str:
        """What the workshop has answered in this step, in words (worked out when asked)."""
        lines = summary_lines(self._session.workshop, self.step, language())
        text = "\n".join(f"•  {line}" for line in lines)
        if self.step is Step.FINANSIERING and lines:  # the words' rule, where they show
            text += "\n" + position_rule()
        return text

    def retranslate(self) -> None:
        lang = language()
        number = STEP_NUMBERS[self.step]
        self.title.setText(f"{number}. {STEP_TITLES[self.step].text(lang)}")
        question = STEP_QUESTIONS[self.step]
        self.question.setText(question.text(lang))
        self.question.setToolTip(self.tr("Source: {source}").format(source=question.source))
        self.context_toggle.setText(self.tr("What the deck says"))
        self.context_toggle.setToolTip(self.tr("Show or fold what the deck says about this step"))
        points = STEP_CONTEXT[self.step]
        self.context.setText("\n".join(f"•  {p.text(lang)}" for p in points))
        slides = list(dict.fromkeys(p.slide for p in points))
        self.source.setText(
            self.tr("Source: {deck}; slides: {slides}.").format(
                deck=DECK_SOURCE, slides="; ".join(f"”{s}”" for s in slides)
            )
        )
        self.summary_box.setTitle(self.tr("The workshop so far"))
        self.show_workshop(self._session.workshop)
        self.note_label.setText(self.tr("The room's &note for this step:"))
        self.note.setPlaceholderText(
            self.tr("What the room says, agrees on or wants to come back to…")
        )


class LazyPage(QWidget):
    """A page whose content is built when first shown (it may import pyqtgraph)."""

    def __init__(self, factory: Callable[[], StepCanvas], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._factory: Callable[[], StepCanvas] | None = factory
        self.content: StepCanvas | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(32, 24, 32, 24)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        self.ensure_content()
        super().showEvent(event)

    def ensure_content(self) -> StepCanvas | None:
        if self.content is None and self._factory is not None:
            self.content = self._factory()
            self._layout.addWidget(self.content.as_widget())
            ring_drawings(self.content.as_widget())
        return self.content
