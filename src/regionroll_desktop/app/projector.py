"""Projector mode: the current step as a presentation, full screen, in large type.

The presentation holds its own view of each step's canvas on the same session, so a drag on
the projector (a touch screen, a pen) and one on the laptop change the same workshop. With one
screen the presentation covers it (Esc returns); with two, it goes to the other screen and the
laptop keeps the full editor and the step controls, as classroom whiteboards split control
and display. Page Down / Page Up (what a presentation clicker sends) change the step.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence, QScreen
from PySide6.QtWidgets import QHBoxLayout, QLabel, QStackedWidget, QVBoxLayout, QWidget

from ..canvases.step_canvas import StepCanvas
from ..model import Step
from ..model.deck import STEP_QUESTIONS, STEP_TITLES
from ..ui.i18n import language
from ..ui.step_timer import StepTimer
from ..ui.timer_widget import TimerWidget
from ..ui.widgets import Retranslating, enlarge, heading, named
from .landscape_page import LandscapePage
from .step_page import STEP_NUMBERS

ZOOM = 1.6  # how much larger the scene canvases draw on the projector
STYLE = "ProjectorWindow { background: white; }"


class ProjectorWindow(Retranslating, QWidget):
    stepRequested = Signal(int)  # noqa: N815  -1 or +1: the previous or next page
    closed = Signal()

    def __init__(
        self,
        timer: StepTimer,
        make_canvas: Callable[[Step], StepCanvas],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("projector")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setStyleSheet(STYLE)
        self._make_canvas = make_canvas
        self._timer = timer
        self.step: Step | None = None
        self.title = named(QLabel(), "projectorTitle")
        heading(self.title, 3.2)
        self.question = named(QLabel(wordWrap=True), "projectorQuestion")
        heading(self.question, 2.6, bold=False)
        self.timers = QStackedWidget()
        self.timer_widgets = {step: TimerWidget(timer, step, big=True) for step in Step}
        for widget in self.timer_widgets.values():
            self.timers.addWidget(widget)
        self.pages = named(QStackedWidget(), "projectorPages")
        self.landscape = LandscapePage()
        enlarge(self.landscape, ZOOM)
        self.pages.addWidget(self.landscape)
        self.canvases: dict[Step, StepCanvas] = {}

        texts = QVBoxLayout()
        texts.addWidget(self.title)
        texts.addWidget(self.question)
        header = QHBoxLayout()
        header.addLayout(texts, 1)
        header.addWidget(self.timers, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 24, 40, 24)
        layout.addLayout(header)
        layout.addWidget(self.pages, 1)

        def key(shortcut: str | QKeySequence.StandardKey, slot: Callable[[], object]) -> None:
            act = QAction(self)
            act.setShortcut(shortcut)
            act.triggered.connect(slot)
            self.addAction(act)

        key("Esc", self.close)
        key("F5", self.close)
        key("PgDown", lambda: self.stepRequested.emit(1))
        key("PgUp", lambda: self.stepRequested.emit(-1))
        key("Ctrl+T", self._toggle_timer)
        self.retranslate()

    def _toggle_timer(self) -> None:
        if self.step is not None:
            self._timer.toggle(self.step)

    def show_step(self, step: Step | None) -> None:
        """A step's canvas, or (for any other page) the landscape that opens the workshop."""
        self.step = step
        if step is None:
            self.pages.setCurrentWidget(self.landscape)
        else:
            canvas = self.canvases.get(step)
            if canvas is None:
                canvas = self.canvases[step] = self._make_canvas(step)
                canvas.present(ZOOM)
                self.pages.addWidget(canvas.as_widget())
            self.pages.setCurrentWidget(canvas.as_widget())
        self.timers.setVisible(step is not None)
        if step is not None:
            self.timers.setCurrentWidget(self.timer_widgets[step])
        self.retranslate()

    def show_beside(self, editor: QScreen) -> QScreen | None:
        """Full screen on a screen other than the editor's when there is one (returned), else
        over the editor's own."""
        others = [s for s in QGuiApplication.screens() if s is not editor]
        self.show_on(others[0] if others else editor)
        return others[0] if others else None

    def show_on(self, screen: QScreen) -> None:
        self.setScreen(screen)
        self.setGeometry(screen.geometry())
        self.showFullScreen()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.closed.emit()
        super().closeEvent(event)

    def retranslate(self) -> None:
        lang = language()
        if self.step is None:
            self.title.setText(self.tr("The region's role in regional development"))
            self.question.setText("")
            self.question.hide()
            return
        self.title.setText(f"{STEP_NUMBERS[self.step]}. {STEP_TITLES[self.step].text(lang)}")
        self.question.setText(STEP_QUESTIONS[self.step].text(lang))
        self.question.show()
