"""Killed (a real SIGKILL) while someone types without a pause: the recovery file is never
more than autosave's maximum wait behind what was typed."""

from __future__ import annotations

import datetime as dt
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from regionroll_desktop.model import Step
from regionroll_desktop.storage.recovery import RECOVERY_FORMAT
from regionroll_desktop.ui.autosave import MAX_WAIT_S

from ..app_script import window_script

# The app's window, typing a letter into the Strategi note every 60 ms (the pause autosave
# waits for never comes), saying after each how many letters the note holds and when.
TYPIST = window_script(
    "typing",
    """
from PySide6.QtTest import QTest
from regionroll_desktop.model import Step
window.show_step(Step.STRATEGI)
note = window.step_pages[Step.STRATEGI].note
note.setFocus()
def key():
    QTest.keyClick(note, Qt.Key.Key_A)
    print(len(note.toPlainText()), time.monotonic(), flush=True)
timer = QTimer()
timer.timeout.connect(key)
timer.start(60)
app.exec()
""",
)


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_the_recovery_is_never_older_than_the_maximum_wait(tmp_path: Path) -> None:
    rng = random.Random(5)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    for run in range(3):
        folder = tmp_path / f"run{run}"
        folder.mkdir()
        typist = subprocess.Popen(
            [sys.executable, "-c", TYPIST, str(folder)],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
            env=env,
        )
        typed: list[tuple[int, float]] = []
        with typist:
            assert typist.stdout is not None
            kill_at = None
            for line in typist.stdout:
                count, when = line.split()
                typed.append((int(count), float(when)))
                if kill_at is None:
                    kill_at = float(when) + MAX_WAIT_S + rng.uniform(1.5, 6.0)
                if float(when) >= kill_at:
                    break
            typist.send_signal(signal.SIGKILL)
            killed, killed_wall = time.monotonic(), dt.datetime.now(dt.UTC)
            typist.wait(10)
        (recovery_path,) = (folder / "recovery").glob("*.recovery.json")
        recovery = RECOVERY_FORMAT.load(recovery_path)
        kept = len(recovery.workshop.note(Step.STRATEGI))
        slack = 0.5  # the write itself, and the timer's own lateness on a busy machine
        due = [count for count, when in typed if when <= killed - MAX_WAIT_S - slack]
        assert due and kept >= due[-1], (kept, due[-1], run)
        assert (killed_wall - recovery.saved_at).total_seconds() <= MAX_WAIT_S + slack
