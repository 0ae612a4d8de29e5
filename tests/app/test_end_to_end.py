"""End to end in a real X window: the app as a facilitator runs it, driven by real input.

Drag today's marker on the capital matrix, save with Ctrl+S, drag again, get killed before
saving, start again, accept the recovery by clicking its button, and find the second drag
there; save, and find it in the file. xdotool sends the X events; the app under test is the
real one (`observed_app.py` adds an observer that only reports what is on screen).
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from regionroll_desktop.storage import load_workshop

from .conftest import need_program

FIXTURE = Path(__file__).parents[1] / "storage" / "fixtures" / "workshop-v1.regionroll.json"
OBSERVED_APP = Path(__file__).with_name("observed_app.py")
NEAR = 0.06  # a pixel or two of the matrix, in its units


class RealApp:
    def __init__(self, display: str, home: Path, *args: str) -> None:
        self.probe = home / "probe.json"
        self.probe.unlink(missing_ok=True)
        self.env = {
            **os.environ,
            "DISPLAY": display,
            "QT_QPA_PLATFORM": "xcb",
            "HOME": str(home),
            "XDG_CONFIG_HOME": str(home / "config"),
            "XDG_DATA_HOME": str(home / "data"),
            "REGIONROLL_PROBE": str(self.probe),
        }
        self.process = subprocess.Popen(
            [sys.executable, str(OBSERVED_APP), *args],
            env=self.env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )

    def state(self) -> dict[str, Any]:
        try:
            return json.loads(self.probe.read_text(encoding="utf-8"))  # type: ignore[no-any-return]
        except (OSError, ValueError):
            return {}

    def wait_for(
        self, what: str, test: Callable[[dict[str, Any]], bool], timeout: float = 20
    ) -> dict[str, Any]:
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            if self.process.poll() is not None:
                raise AssertionError(f"the app exited while waiting for {what}: {self.errors()}")
            state = self.state()
            if state and test(state):
                return state
            time.sleep(0.1)
        raise AssertionError(f"timed out waiting for {what}; last state {self.state()}")

    def xdo(self, *args: str) -> None:
        subprocess.run(["xdotool", *args], env=self.env, check=True, timeout=20)

    def focus(self) -> None:
        """Give the main window the keyboard (Xvfb has no window manager to do it)."""
        found = subprocess.run(
            ["xdotool", "search", "--onlyvisible", "--pid", str(self.process.pid)],
            env=self.env,
            capture_output=True,
            text=True,
            timeout=20,
        ).stdout.split()
        assert found, "the app has no visible window"
        self.xdo("windowfocus", "--sync", found[-1])

    def key(self, keys: str) -> None:
        self.xdo("key", "--clearmodifiers", keys)

    def click(self, point: list[int]) -> None:
        self.xdo("mousemove", str(point[0]), str(point[1]), "click", "1")

    def drag(self, start: list[float], end: list[float], steps: int = 12) -> None:
        # (No --sync: xdotool waits for ever when the pointer is already at the spot.)
        self.xdo("mousemove", str(round(start[0])), str(round(start[1])))
        time.sleep(0.05)
        self.xdo("mousedown", "1")
        for i in range(1, steps + 1):
            x = start[0] + (end[0] - start[0]) * i / steps
            y = start[1] + (end[1] - start[1]) * i / steps
            time.sleep(0.03)  # pyqtgraph takes at most 100 moves a second
            self.xdo("mousemove", str(round(x)), str(round(y)))
        time.sleep(0.1)
        self.xdo("mouseup", "1")

    def kill(self) -> None:
        self.process.send_signal(signal.SIGKILL)
        self.process.wait(10)

    def errors(self) -> str:
        if self.process.poll() is None:
            return ""
        assert self.process.stderr is not None
        return self.process.stderr.read()

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.kill()
        if self.process.stderr is not None:
            self.process.stderr.close()


@pytest.fixture
def apps() -> Iterator[list[RealApp]]:
    started: list[RealApp] = []
    yield started
    for app in started:
        app.stop()


def on_screen(state: dict[str, Any], proactivity: float, capital: float) -> list[float]:
    """Where a matrix position is on the screen, from the matrix's centre and corner."""
    (x0, y0), (x1, y1) = state["matrix"]
    return [x0 + (x1 - x0) * proactivity, y0 + (y1 - y0) * capital]


def near(found: list[float] | None, proactivity: float, capital: float) -> bool:
    return (
        found is not None and abs(found[0] - proactivity) < NEAR and abs(found[1] - capital) < NEAR
    )


def today_in(path: Path) -> tuple[float, float]:
    today = load_workshop(path).financing.today
    assert today is not None
    return today.proactivity, today.capital_per_capita


def test_drag_save_kill_and_recover_in_a_real_window(
    display: str, tmp_path: Path, apps: list[RealApp]
) -> None:
    need_program("xdotool")
    workshop = tmp_path / "Sörmland workshop.regionroll.json"
    shutil.copy(FIXTURE, workshop)

    first = RealApp(display, tmp_path, str(workshop))
    apps.append(first)
    state = first.wait_for("the workshop to open", lambda s: s["path"] == str(workshop.resolve()))
    assert near(state["today"], -0.4, -0.3)  # the fixture's position
    first.focus()
    first.key("ctrl+2")  # step 2, Finansiering
    state = first.wait_for("the capital matrix", lambda s: s["matrix"] is not None)

    # A real drag of today's marker, then Ctrl+S.
    first.drag(on_screen(state, -0.4, -0.3), on_screen(state, 0.5, 0.6))
    first.wait_for("the first drag", lambda s: near(s["today"], 0.5, 0.6) and s["modified"])
    first.key("ctrl+s")
    first.wait_for("the save", lambda s: not s["modified"])
    assert near(list(today_in(workshop)), 0.5, 0.6)

    # A second drag, autosaved but never saved: then the process is killed.
    first.drag(on_screen(state, 0.5, 0.6), on_screen(state, -0.6, 0.3))
    first.wait_for("the second drag", lambda s: near(s["today"], -0.6, 0.3) and s["modified"])
    recovery = tmp_path / "data"
    deadline = time.monotonic() + 10
    while not list(recovery.rglob("*.recovery.json")) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert list(recovery.rglob("*.recovery.json")), "no recovery file was written"
    first.kill()
    assert near(list(today_in(workshop)), 0.5, 0.6)  # the saved file is whole and unchanged

    # Start again: the recovery is offered; click "Återställ" (Restore).
    second = RealApp(display, tmp_path)
    apps.append(second)
    state = second.wait_for("the recovery question", lambda s: s["modal"] is not None)
    assert state["modal"]["title"] == "Återställ en workshop"
    second.click(state["modal"]["buttons"]["Återställ"])
    state = second.wait_for(
        "the recovered workshop",
        lambda s: s["modal"] is None and s["path"] == str(workshop.resolve()),
    )
    assert near(state["today"], -0.6, 0.3) and state["modified"]
    second.focus()
    second.key("ctrl+s")
    second.wait_for("the save", lambda s: not s["modified"])
    assert near(list(today_in(workshop)), -0.6, 0.3)
    assert not list(recovery.rglob("*.recovery.json"))  # its job is done

    second.key("ctrl+q")  # nothing unsaved: the app closes at once
    assert second.process.wait(15) == 0, second.errors()
