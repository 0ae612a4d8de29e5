"""The step timer with a fake clock: it runs one step at a time, counts down the plan, gives
one signal at the end, and keeps each step's time in the workshop without undo steps."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from regionroll_desktop.app.main_window import PAGE_OF_STEP, MainWindow
from regionroll_desktop.model import Language, Step
from regionroll_desktop.model import edits as e
from regionroll_desktop.storage import load_workshop
from regionroll_desktop.ui.i18n import set_language
from regionroll_desktop.ui.session import Session
from regionroll_desktop.ui.step_timer import StepTimer, clock_text, display_seconds
from regionroll_desktop.ui.timer_widget import OVER, TimerWidget


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float, timer: StepTimer) -> None:
        self.now += seconds
        timer.tick()


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def timer(qtbot, clock: FakeClock) -> StepTimer:  # type: ignore[no-untyped-def]
    return StepTimer(Session(e.new_workshop(title="t")), clock=clock)


def spent(timer: StepTimer, step: Step) -> int:
    return timer._session.workshop.step_timing(step).spent_seconds


def test_time_runs_for_one_step_at_a_time(timer: StepTimer, clock: FakeClock) -> None:
    timer.start(Step.ORGANISATION)
    clock.advance(40, timer)
    assert timer.spent(Step.ORGANISATION) == 40
    assert spent(timer, Step.ORGANISATION) == 40  # written to the workshop as it runs
    timer.start(Step.FINANSIERING)  # the next step: the first one pauses
    clock.advance(10, timer)
    assert timer.spent(Step.ORGANISATION) == 40 and timer.spent(Step.FINANSIERING) == 10
    timer.pause()
    clock.advance(100, timer)
    assert spent(timer, Step.FINANSIERING) == 10
    timer.start(Step.ORGANISATION)  # resumes where it stopped
    clock.advance(5, timer)
    assert timer.spent(Step.ORGANISATION) == 45
    timer.reset(Step.ORGANISATION)
    assert timer.running is None and spent(timer, Step.ORGANISATION) == 0


def test_the_plan_counts_down_and_signals_once(timer: StepTimer, clock: FakeClock, qtbot) -> None:  # type: ignore[no-untyped-def]
    ended: list[Step] = []
    timer.finished.connect(ended.append)
    timer.set_planned(Step.STRATEGI, 1)
    timer.start(Step.STRATEGI)
    clock.advance(59.5, timer)
    assert display_seconds(timer, Step.STRATEGI) == 1 and ended == []
    clock.advance(1, timer)
    assert ended == [Step.STRATEGI]
    clock.advance(62, timer)
    assert ended == [Step.STRATEGI]  # a gentle signal, not a siren
    assert clock_text(display_seconds(timer, Step.STRATEGI)) == "+01:03"
    timer.set_planned(Step.STRATEGI, 5)  # more time: it can run out again
    clock.advance(240, timer)
    assert ended == [Step.STRATEGI, Step.STRATEGI]


def test_the_clock_reads_as_a_facilitator_expects() -> None:
    assert clock_text(0) == "00:00"
    assert clock_text(65) == "01:05"
    assert clock_text(3725) == "1:02:05"
    assert clock_text(-5) == "+00:05"


def test_time_is_not_undone_and_marks_the_workshop_unsaved(
    timer: StepTimer, clock: FakeClock
) -> None:
    session = timer._session
    session.apply("Note", lambda w: e.set_note(w, Step.ORGANISATION, "x"))
    session.undo_stack.setClean()
    timer.start(Step.ORGANISATION)
    clock.advance(20, timer)
    timer.pause()
    assert session.modified and session.undo_stack.isClean()
    session.undo_stack.undo()
    assert session.workshop.note(Step.ORGANISATION) == ""
    assert spent(timer, Step.ORGANISATION) == 20  # time that passed stays passed
    session.undo_stack.redo()
    assert spent(timer, Step.ORGANISATION) == 20


def test_the_widget_shows_the_time_over_in_amber(timer: StepTimer, clock: FakeClock, qtbot) -> None:  # type: ignore[no-untyped-def]
    set_language(Language.SV)
    widget = TimerWidget(timer, Step.GENOMFORANDEPRAKTIK)
    qtbot.addWidget(widget)
    widget.plan.setValue(1)
    assert widget.clock.text() == "01:00"
    qtbot.mouseClick(widget.start, Qt.MouseButton.LeftButton)
    assert timer.running is Step.GENOMFORANDEPRAKTIK and widget.start.text() == "Pausa"
    clock.advance(75, timer)
    assert widget.clock.text() == "+00:15"
    widget._pulse.stop()
    widget.refresh()
    assert widget.clock.styleSheet() == OVER


def test_ctrl_t_times_the_current_step_and_the_time_is_saved(
    window: MainWindow, qtbot, answers, tmp_path: Path, clock: FakeClock
) -> None:  # type: ignore[no-untyped-def]
    assert window.step_timer is not None
    window.step_timer._clock = clock
    window.show_page(PAGE_OF_STEP[Step.STRATEGI])
    qtbot.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert window.step_timer.running is Step.STRATEGI
    clock.advance(90, window.step_timer)
    qtbot.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert window.step_timer.running is None
    assert window.isWindowModified()
    answers.save_path = tmp_path / "timed.regionroll.json"
    assert window.save()
    assert load_workshop(answers.save_path).step_timing(Step.STRATEGI).spent_seconds == 90
    assert not window.isWindowModified()


def test_the_time_taken_is_in_the_step_summary() -> None:
    from regionroll_desktop.ui.step_summary import summary_lines

    set_language(Language.SV)
    w = e.new_workshop(title="t")
    assert not any("Tidsåtgång" in line for line in summary_lines(w, Step.STRATEGI, Language.SV))
    w = e.set_step_timing(w, Step.STRATEGI, planned_minutes=20, spent_seconds=21 * 60 + 10)
    assert summary_lines(w, Step.STRATEGI, Language.SV)[-1] == (
        "Tidsåtgång: 21 min av planerade 20"
    )
