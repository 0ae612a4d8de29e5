"""Run by test_accessibility.py inside `dbus-run-session`: starts the app (a11y_app_probe.py)
under Xvfb with Qt's accessibility bridge on, reads the accessible tree of every page with
atspi_walk.py (the system's Python), and prints {page: nodes} as JSON, with what the
keyboard-only pass changed under "keyboard"."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).parent
folder = Path(sys.argv[1])
env = {
    **os.environ,
    "QT_QPA_PLATFORM": "xcb",
    "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1",
    "QT_ACCESSIBILITY": "1",
}
app = subprocess.Popen(
    [
        "xvfb-run",
        "-a",
        "-s",
        "-screen 0 1400x900x24",
        sys.executable,
        str(HERE / "a11y_app_probe.py"),
        str(folder),
    ],
    stdin=subprocess.PIPE,
    stdout=subprocess.PIPE,
    stderr=subprocess.DEVNULL,
    text=True,
    env=env,
)
assert app.stdin is not None and app.stdout is not None
seen: dict[str, object] = {}
try:
    for line in app.stdout:
        if line.startswith("KEYBOARD "):
            seen["keyboard"] = json.loads(line.split(maxsplit=1)[1])
            continue
        if not line.startswith("READY "):
            continue
        page = line.split(maxsplit=1)[1].strip()
        walked = subprocess.run(
            ["/usr/bin/python3", str(HERE / "atspi_walk.py")],
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        result = json.loads(walked.stdout or "{}")
        seen[page] = result.get("nodes", result.get("error", walked.stderr[-500:]))
        app.stdin.write("next\n")
        app.stdin.flush()
    app.wait(timeout=60)
finally:
    if app.poll() is None:
        app.kill()
print(json.dumps(seen))
