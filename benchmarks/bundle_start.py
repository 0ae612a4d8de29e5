"""Start-up of the installed bundle beside `uv run regionroll`, both timed from outside.

Each is started with the example workshop and REGIONROLL_REPORT_READY=1, and timed from the
moment it is spawned until it prints "ready" (its main window has painted and it takes
input). The bundle is the one packaging/build.sh left in dist/regionroll/; without it the
suite says so and adds no row.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

from common import Row, ratio_row

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "resources" / "samples" / "exempel.regionroll.json"
BUNDLE = ROOT / "dist" / "regionroll" / ("regionroll-cli.exe" if os.name == "nt" else "regionroll")


TIMEOUT_S = 60


def start_once(command: list[str]) -> float:
    """Milliseconds from spawning `command` until it says it takes input."""
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
        "REGIONROLL_REPORT_READY": "1",
    }
    t0 = time.perf_counter()
    child = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env, cwd=ROOT
    )
    watchdog = threading.Timer(TIMEOUT_S, child.kill)  # a program that never says it
    watchdog.start()  # (an older bundle) is stopped, and the line below ends
    assert child.stdout is not None
    ready = None
    try:
        for line in child.stdout:
            if line.strip() == "ready" and ready is None:
                ready = (time.perf_counter() - t0) * 1000
        child.wait()
    finally:
        watchdog.cancel()
    if ready is None:
        raise RuntimeError(f"{command[0]} did not say it was ready (an older bundle?)")
    return ready


def bundle_rows(runs: int = 5) -> list[Row]:
    if not BUNDLE.is_file():
        print(
            f"bundle start: no bundle at {BUNDLE} (packaging/build.sh builds it)", file=sys.stderr
        )
        return []
    uv = shutil.which("uv")
    if uv is None:
        print("bundle start: uv is not on the path", file=sys.stderr)
        return []
    bundle, uv_run = [], []
    for _ in range(runs):  # interleaved, so a busy moment on the machine hits both
        bundle.append(start_once([str(BUNDLE), str(SAMPLE)]))
        uv_run.append(start_once([uv, "run", "regionroll", str(SAMPLE)]))
    return [
        ratio_row(
            "start, bundle vs `uv run`: taking input",
            bundle,
            uv_run,
            1.2,
        )
    ]
