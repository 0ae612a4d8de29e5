"""Run with the system's Python and its pyatspi (Debian's python3-pyatspi), never the app's:
reads RegionRoll's accessible tree from the accessibility bus, as Orca does, and prints the
objects that are showing as JSON: role, name, whether focusable, depth."""

import json
import sys
import time

import pyatspi  # type: ignore[import-not-found]

APP = "RegionRoll Desktop"


def find_app():  # type: ignore[no-untyped-def]
    for _ in range(60):
        for app in pyatspi.Registry.getDesktop(0):
            if app is not None and app.name == APP:
                return app
        time.sleep(0.25)
    return None


def walk(acc, depth, out):  # type: ignore[no-untyped-def]
    try:
        states = acc.getState()
        if not states.contains(pyatspi.STATE_SHOWING) and depth > 1:
            return
        out.append(
            {
                "role": acc.getRoleName(),
                "name": acc.name or "",
                "focusable": states.contains(pyatspi.STATE_FOCUSABLE),
                "depth": depth,
            }
        )
        for i in range(acc.childCount):
            walk(acc.getChildAtIndex(i), depth + 1, out)
    except Exception as exc:  # an object gone while walked: say so, go on
        out.append({"role": "error", "name": str(exc), "focusable": False, "depth": depth})


app = find_app()
if app is None:
    print(json.dumps({"error": f"{APP} is not on the accessibility bus"}))
    sys.exit(1)
nodes: list = []
walk(app, 0, nodes)
print(json.dumps({"nodes": nodes}))
