"""The real app in a real X window (Xvfb): it starts, opens a file and stays up.

The pytest-qt tests run offscreen; this one proves the xcb platform and its libraries work, as
a facilitator's machine needs. .ci/run installs Xvfb; without it the test is skipped.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

FIXTURE = Path(__file__).parents[1] / "storage" / "fixtures" / "workshop-v1.regionroll.json"


@pytest.fixture
def display(tmp_path: Path):  # type: ignore[no-untyped-def]
    xvfb = shutil.which("Xvfb")
    if xvfb is None:
        pytest.skip("Xvfb is not installed")
    read, write = os.pipe()
    server = subprocess.Popen(
        [xvfb, "-displayfd", str(write), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    with os.fdopen(read) as fh:
        number = fh.readline().strip()
    try:
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(10)


def test_the_app_runs_in_a_real_window(display: str, tmp_path: Path) -> None:
    env = {
        **os.environ,
        "DISPLAY": display,
        "QT_QPA_PLATFORM": "xcb",
        "XDG_CONFIG_HOME": str(tmp_path),  # the app's settings stay out of the user's
        "HOME": str(tmp_path),
    }
    app = subprocess.Popen(
        [sys.executable, "-m", "regionroll_desktop", str(FIXTURE)],
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
