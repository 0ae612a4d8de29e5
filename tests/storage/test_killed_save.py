"""A process killed during a save (a real SIGKILL, as a crash or a power cut would stop it)
leaves the file on disk whole: the old version or the new one, never half of either."""

from __future__ import annotations

import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from regionroll_desktop.storage import load_workshop

# Saves two large workshops in turn, for ever. With SLOW_DISK it says "in-save" and dawdles
# in fsync, after the new content is written to the temporary file and before the rename: the
# moment a kill would do the most harm.
WRITER = """
import os, stat, sys, time
from regionroll_desktop.model import StrategyKind, edits as e
from regionroll_desktop.storage import save_workshop

path, slow = sys.argv[1], sys.argv[2] == "1"
versions = []
for title in ("A", "B"):
    w = e.new_workshop(title=title)
    for n in range(200):
        name = f"{title} strategy {n} " + "text " * 40
        w = e.add_document(w, name, StrategyKind.DELOMRADESSTRATEGI)
    versions.append(w)
real_fsync = os.fsync
def slow_fsync(fd):
    if stat.S_ISREG(os.fstat(fd).st_mode):  # the temporary file, not the folder
        print("in-save", flush=True)
        time.sleep(0.5)
    real_fsync(fd)
if slow:
    os.fsync = slow_fsync
save_workshop(versions[0], path)
print("ready", flush=True)
n = 0
while True:
    n += 1
    save_workshop(versions[n % 2], path)
"""


def run_and_kill(path: Path, *, slow: bool, delay: float) -> None:
    writer = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(path), "1" if slow else "0"],
        stdout=subprocess.PIPE,
        text=True,
    )
    with writer:
        assert writer.stdout is not None
        wanted = "in-save" if slow else "ready"
        for line in writer.stdout:
            if line.strip() == wanted and (not slow or path.exists()):
                break
        time.sleep(delay)
        writer.send_signal(signal.SIGKILL)
        writer.wait(10)


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_a_save_killed_half_way_leaves_a_whole_file(tmp_path: Path) -> None:
    path = tmp_path / "ws.regionroll.json"
    rng = random.Random(8)
    for _ in range(3):  # killed while the new content waits in the temporary file
        run_and_kill(path, slow=True, delay=0.1)
        assert load_workshop(path).details.title in {"A", "B"}
        assert list(tmp_path.glob(f".{path.name}.*.tmp")), "the kill should land mid-save"
    for _ in range(5):  # killed at any moment of back-to-back saves
        run_and_kill(path, slow=False, delay=rng.uniform(0, 0.3))
        workshop = load_workshop(path)
        assert workshop.details.title in {"A", "B"}
        assert len(workshop.strategy.documents) == 200
