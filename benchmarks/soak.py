"""The soak: minutes of what a room does, as real mouse and keyboard events through the main
window (the hands of tests/app/test_ui_random_walk.py), with the event loop turning between
actions as it does in use. Memory is sampled every second; every autosave is timed from the
first change it had not yet saved.

    uv run python benchmarks/run.py --only soak [--soak-seconds 600]

Rows: the growth of resident memory over the second half (a leak keeps growing; a cache
levels off), and the longest any change waited to be autosaved."""

from __future__ import annotations

import random
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

from common import Row

ROOT = Path(__file__).resolve().parents[1]
GROWTH_MB = 10.0


def rss_mb() -> float:
    """Resident memory now (Linux: /proc; elsewhere the peak, which only grows)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024 if sys.platform == "darwin" else 1024)


def soak_rows(seconds: float = 600.0, seed: int = 2019) -> list[Row]:
    from PySide6.QtCore import QEventLoop, QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    sys.path.insert(0, str(ROOT))
    from tests.app.test_ui_random_walk import FIXTURE, Room

    from regionroll_desktop.app.main import create_window
    from regionroll_desktop.ui.autosave import MAX_WAIT_S
    from regionroll_desktop.ui.settings import AppSettings

    with tempfile.TemporaryDirectory() as folder:
        settings = AppSettings(QSettings(str(Path(folder) / "s.ini"), QSettings.Format.IniFormat))
        settings.recovery_dir = Path(folder) / "recovery"
        # A copy: the original may be open (and so locked) in the tests that run beside it.
        copy = Path(folder) / FIXTURE.name
        shutil.copyfile(FIXTURE, copy)
        window = create_window(copy, settings)
        window.resize(1400, 900)
        window.show()
        QApplication.processEvents()
        waits: list[float] = []
        pending: list[float | None] = [None]

        def attach() -> None:
            """Time the autosaves of the window's current document."""
            document = window.document
            store = document.autosaver.store
            write = store.write

            def timed_write(*args: object, **kwargs: object) -> Path:
                path = write(*args, **kwargs)  # type: ignore[arg-type]
                if pending[0] is not None:
                    waits.append(time.perf_counter() - pending[0])
                pending[0] = None
                return path

            store.write = timed_write  # type: ignore[method-assign]

            def changed(_workshop: object) -> None:
                if pending[0] is None:
                    pending[0] = time.perf_counter()

            document.session.changed.connect(changed)
            document.session.undo_stack.cleanChanged.connect(
                lambda clean: pending.__setitem__(0, None) if clean else None
            )

        attach()
        room = Room(window, random.Random(seed))
        samples: list[tuple[float, float]] = []
        start = time.perf_counter()
        state = {"next_sample": start, "actions": 0}
        loop = QEventLoop()

        def one_action() -> None:
            """One thing the room does; the event loop turns between actions, so timers
            (autosave) fire and replaced widgets are deleted, as in use."""
            now = time.perf_counter()
            if now - start >= seconds:
                ticker.stop()
                loop.quit()
                return
            room.walk(1)
            state["actions"] += 1
            if now >= state["next_sample"]:
                samples.append((now - start, rss_mb()))
                state["next_sample"] = now + 1.0

        ticker = QTimer()
        ticker.timeout.connect(one_action)
        ticker.start(0)
        loop.exec()
        actions = int(state["actions"])
        # Saved, so closing asks nothing (the room's answers mark it unsaved beside undo).
        window.session.save(Path(folder) / "soak.regionroll.json")
        window.close()
    half = seconds / 2
    first = [m for t, m in samples if half - 10 <= t <= half + 10] or [samples[0][1]]
    last = [m for t, m in samples if t >= seconds - 20] or [samples[-1][1]]
    at_half, at_end = statistics.median(first), statistics.median(last)
    growth = at_end - at_half
    longest = max(waits, default=0.0)
    return [
        Row(
            f"soak {seconds:g} s ({actions} actions): RSS growth, 2nd half",
            round(growth, 1),
            round(max(m for _, m in samples), 1),
            round(at_half, 1),
            round(at_end / at_half, 3),
            f"growth ≤ {GROWTH_MB:g} MB",
            growth <= GROWTH_MB,
            unit="MB",
            spread="peak",
        ),
        Row(
            f"soak {seconds:g} s: longest wait for an autosave",
            round(statistics.median(waits), 2) if waits else 0.0,
            round(longest, 2),
            MAX_WAIT_S,
            round(longest / MAX_WAIT_S, 2),
            f"longest ≤ {MAX_WAIT_S:g} s + one action",
            longest <= MAX_WAIT_S + 1.0,
            unit="s",
            spread="max",
        ),
    ]
