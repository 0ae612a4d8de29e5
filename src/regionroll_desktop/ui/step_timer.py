"""The facilitator's timer: one step's clock runs at a time, and the time each step took is
kept in the workshop.

The clock is injected (`time.monotonic` by default) so tests can move time by hand. While a
step's timer runs, its spent time is written to the session every `COMMIT_SECONDS` and when
it pauses; the displays follow the `ticked` signal, once a second.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from ..model import Step
from ..model import edits as e
from .session import Session

COMMIT_SECONDS = 15


class StepTimer(QObject):
    ticked = Signal()  # a second passed, or the timer started, paused or was reset
    finished = Signal(object)  # Step: its planned time has just run out

    def __init__(
        self,
        session: Session,
        clock: Callable[[], float] = time.monotonic,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._clock = clock
        self.running: Step | None = None
        self._started_at = 0.0  # the clock when the running step's timer started
        self._base = 0  # the running step's spent seconds when it started
        self._announced: set[Step] = set()  # steps whose end was signalled
        self._last_commit = 0.0
        self._ticker = QTimer(self, interval=1000)
        self._ticker.timeout.connect(self.tick)

    # --- what the displays read ---

    def spent(self, step: Step) -> float:
        """Seconds the step's timer has run, the running interval included."""
        if step is self.running:
            return self._base + (self._clock() - self._started_at)
        return float(self._session.workshop.step_timing(step).spent_seconds)

    def planned(self, step: Step) -> int | None:
        minutes = self._session.workshop.step_timing(step).planned_minutes
        return minutes * 60 if minutes else None

    def remaining(self, step: Step) -> float | None:
        """Seconds left of the plan (negative once over), or None without a plan."""
        planned = self.planned(step)
        return None if planned is None else planned - self.spent(step)

    # --- what the facilitator does ---

    def start(self, step: Step) -> None:
        """Start (or resume) the step's timer; another step's timer pauses."""
        if self.running is step:
            return
        self.pause()
        self.running = step
        self._base = self._session.workshop.step_timing(step).spent_seconds
        self._started_at = self._last_commit = self._clock()
        self._ticker.start()
        self.ticked.emit()

    def pause(self) -> None:
        if self.running is None:
            return
        self._commit()
        self.running = None
        self._ticker.stop()
        self.ticked.emit()

    def toggle(self, step: Step) -> None:
        if self.running is step:
            self.pause()
        else:
            self.start(step)

    def reset(self, step: Step) -> None:
        """The step's time back to zero (its plan stays)."""
        if self.running is step:
            self.running = None
            self._ticker.stop()
        self._announced.discard(step)
        self._write(step, 0)
        self.ticked.emit()

    def set_planned(self, step: Step, minutes: int | None) -> None:
        timing = e.set_step_timing(self._session.workshop, step, planned_minutes=minutes).timing
        self._session.set_timing(timing)
        remaining = self.remaining(step)
        if remaining is None or remaining > 0:
            self._announced.discard(step)  # a longer plan can run out again
        self.ticked.emit()

    # --- the clock ---

    def tick(self) -> None:
        step = self.running
        if step is None:
            return
        if self._clock() - self._last_commit >= COMMIT_SECONDS:
            self._commit()
        remaining = self.remaining(step)
        if remaining is not None and remaining <= 0 and step not in self._announced:
            self._announced.add(step)
            self.finished.emit(step)
        self.ticked.emit()

    def _commit(self) -> None:
        if self.running is not None:
            self._write(self.running, int(self.spent(self.running)))
            self._last_commit = self._clock()

    def _write(self, step: Step, seconds: int) -> None:
        timing = e.set_step_timing(self._session.workshop, step, spent_seconds=seconds).timing
        self._session.set_timing(timing)


def clock_text(seconds: int) -> str:
    """12:05, or 1:02:05 beyond an hour; a leading + for time over the plan (negative)."""
    hours, rest = divmod(abs(seconds), 3600)
    minutes, secs = divmod(rest, 60)
    text = f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes:02d}:{secs:02d}"
    return ("+" if seconds < 0 else "") + text


def display_seconds(timer: StepTimer, step: Step) -> int:
    """What a step's clock shows: the whole seconds left of the plan (counting down, and
    negative once over), or the whole seconds spent when there is no plan."""
    remaining = timer.remaining(step)
    if remaining is None:
        return math.floor(timer.spent(step))
    return math.ceil(remaining) if remaining > 0 else math.floor(remaining)
