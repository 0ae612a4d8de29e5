"""A step's clock for the page header and, in large type, for the projector.

It counts down the facilitator's plan for the step (or counts up without one). When the plan
runs out it gives a gentle signal: the clock turns amber and pulses three times, with one
beep; the time over the plan then shows as +mm:ss.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QSpinBox, QToolButton, QWidget

from ..model import Step
from .keys import native_keys
from .step_timer import StepTimer, clock_text, display_seconds
from .widgets import Retranslating, named

CALM = "color: #1e293b; background: transparent;"
OVER = "color: #92400e; background: #fde68a; border-radius: 6px;"
PULSE = "color: #1e293b; background: #fef3c7; border-radius: 6px;"


class TimerWidget(Retranslating, QWidget):
    def __init__(
        self, timer: StepTimer, step: Step, big: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName(f"timer-{step.value}")
        self.timer = timer
        self.step = step
        self.big = big  # the projector's clock: it pulses, the editor's clock beeps
        self.clock = named(QLabel(), "timerClock")
        self.clock.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = self.clock.font()
        font.setPointSizeF(font.pointSizeF() * (4.0 if big else 1.6))
        font.setBold(True)
        font.setStyleHint(font.StyleHint.Monospace)
        self.clock.setFont(font)
        self.start = named(QToolButton(), "timerStart")
        self.reset = named(QToolButton(), "timerReset")
        self.plan = named(QSpinBox(), "timerPlan")
        self.plan.setRange(0, 600)
        self.plan.setKeyboardTracking(False)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.clock)
        row.addWidget(self.start)
        row.addWidget(self.reset)
        row.addWidget(self.plan)
        for control in (self.start, self.reset, self.plan):
            control.setVisible(not big)  # on the projector the clock alone
        self._pulses = 0
        self._pulse = QTimer(self, interval=400)
        self._pulse.timeout.connect(self._pulse_once)
        self.start.clicked.connect(lambda: timer.toggle(step))
        self.reset.clicked.connect(lambda: timer.reset(step))
        self.plan.valueChanged.connect(lambda minutes: timer.set_planned(step, minutes or None))
        timer.ticked.connect(self.refresh)
        timer.finished.connect(self._finished)
        self.retranslate()

    def refresh(self) -> None:
        seconds = display_seconds(self.timer, self.step)
        self.clock.setText(clock_text(seconds))
        if not self._pulse.isActive():
            style = OVER if self.timer.remaining(self.step) is not None and seconds < 0 else CALM
            if self.clock.styleSheet() != style:  # a new style sheet re-polishes: not each second
                self.clock.setStyleSheet(style)
        running = self.timer.running is self.step
        self.start.setText(self.tr("Pause") if running else self.tr("Start"))
        planned = self.timer.planned(self.step)
        blocked = self.plan.blockSignals(True)
        self.plan.setValue(planned // 60 if planned else 0)
        self.plan.blockSignals(blocked)

    def _finished(self, step: Step) -> None:
        if step is not self.step:
            return
        self._pulses = 6
        self._pulse.start()
        if self.isVisible() and not self.big:  # one beep, however many clocks show the step
            QApplication.beep()

    def _pulse_once(self) -> None:
        self._pulses -= 1
        self.clock.setStyleSheet(PULSE if self._pulses % 2 else OVER)
        if self._pulses <= 0:
            self._pulse.stop()
            self.refresh()

    def retranslate(self) -> None:
        self.plan.setAccessibleName(self.tr("Planned time for the step, in minutes"))
        self.clock.setToolTip(
            self.tr(
                "Time left of the plan for this step (+ when over); without a plan, the "
                "time the step has taken"
            )
        )
        self.start.setToolTip(
            self.tr("Start or pause this step's timer ({keys})").format(keys=native_keys("Ctrl+T"))
        )
        self.reset.setText(self.tr("Reset"))
        self.reset.setToolTip(self.tr("Set this step's time back to zero"))
        self.plan.setSpecialValueText(self.tr("no plan"))
        self.plan.setSuffix(self.tr(" min"))
        self.plan.setToolTip(self.tr("The minutes planned for this step"))
        self.refresh()
