"""Start-up: the first paint, the moment the app takes input with a workshop open, and the
peak memory, each beside a floor started in the same run (see start_probe.py)."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from common import Row, ratio_row

PROBE = Path(__file__).with_name("start_probe.py")
SAMPLE = Path(__file__).resolve().parents[1] / "resources" / "samples" / "exempel.regionroll.json"


def start_once(*args: str) -> tuple[float, float, float]:
    """(ms to the first paint, ms until the main window takes input, peak MiB)."""
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    t0 = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, str(PROBE), *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
    )
    painted = ready = memory = None
    assert child.stdout is not None
    for line in child.stdout:
        if line.startswith("painted") and painted is None:
            painted = (time.perf_counter() - t0) * 1000
        elif line.startswith("ready"):
            ready = (time.perf_counter() - t0) * 1000
            memory = int(line.split()[1]) / 1024
    child.wait(60)
    if painted is None or ready is None or memory is None:
        raise RuntimeError(f"the start-up probe ({' '.join(args)}) did not report")
    return painted, ready, memory


def startup_rows(runs: int = 5) -> list[Row]:
    bare, floor, app = [], [], []
    for _ in range(runs):  # interleaved, so a busy moment on the machine hits all three
        bare.append(start_once("bare"))
        floor.append(start_once("floor"))
        app.append(start_once("app", str(SAMPLE)))
    return [
        ratio_row(
            "start: first window painted",
            [a[0] for a in app],
            [b[0] for b in bare],
            2.0,
        ),
        ratio_row(
            "start: workshop open, taking input",
            [a[1] for a in app],
            [f[1] for f in floor],
            1.2,
        ),
        ratio_row(
            "start: peak memory",
            [a[2] for a in app],
            [f[2] for f in floor],
            1.25,
            unit="MiB",
        ),
    ]
