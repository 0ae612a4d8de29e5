"""The real app in a real X window (Xvfb): it starts, opens a file and stays up.

The pytest-qt tests run offscreen; this one proves the xcb platform and its libraries work, as
a facilitator's machine needs. .ci/run installs Xvfb; elsewhere the test is skipped without it.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from .fixture_files import copied

FIXTURE = Path(__file__).parents[1] / "storage" / "fixtures" / "workshop-v1.regionroll.json"


def test_the_app_runs_in_a_real_window(display: str, tmp_path: Path) -> None:
    env = {
        **os.environ,
        "DISPLAY": display,
        "QT_QPA_PLATFORM": "xcb",
        "XDG_CONFIG_HOME": str(tmp_path),  # the app's settings stay out of the user's
        "HOME": str(tmp_path),
    }
    app = subprocess.Popen(
        [sys.executable, "-m", "regionroll_desktop", str(copied(FIXTURE, tmp_path))],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        time.sleep(4)
        alive = app.poll() is None
    finally:
        app.terminate()
        _, err = app.communicate(timeout=10)
    assert alive, f"the app exited under X: {err}"
    assert "could not load the Qt platform plugin" not in err.lower(), err
