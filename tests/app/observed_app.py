"""The real app, started exactly as `regionroll` starts it, with an observer for the
end-to-end test.

The observer only reads: every 100 ms it writes to $REGIONROLL_PROBE (a JSON file) where the
window, the capital matrix and any open question are on screen, and what the workshop holds.
It never sends input: the test drives the app with real X events (xdotool).
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QPointF, QTimer
from PySide6.QtWidgets import QApplication, QPushButton, QWidget

from regionroll_desktop import cli
from regionroll_desktop.app import main

PROBE = Path(os.environ["REGIONROLL_PROBE"])


def centre(widget: QWidget) -> list[int]:
    point = widget.mapToGlobal(widget.rect().center())
    return [point.x(), point.y()]


def report(window: Any) -> dict[str, Any]:
    session = window.session
    today = session.workshop.financing.today
    found: dict[str, Any] = {
        "page": window.pages.currentIndex(),
        "path": str(session.path) if session.path else None,
        "modified": session.modified,
        "today": [today.proactivity, today.capital_per_capita] if today else None,
        "active": window.isActiveWindow(),
        "matrix": None,
        "modal": None,
    }
    plot = window.findChild(QWidget, "capitalMatrix")
    if plot is not None and plot.isVisible():
        # Screen points of the matrix's centre and of its (+1, +1) corner: a linear map.
        points = []
        for x, y in ((0.0, 0.0), (1.0, 1.0)):
            scene = plot.vb.mapViewToScene(QPointF(x, y))
            point = plot.mapToGlobal(plot.mapFromScene(scene))
            points.append([point.x(), point.y()])
        found["matrix"] = points
    modal = QApplication.activeModalWidget()
    if modal is not None:
        found["modal"] = {
            "title": modal.windowTitle(),
            "buttons": {b.text(): centre(b) for b in modal.findChildren(QPushButton)},
        }
    return found


def observe(window: Any) -> None:
    def write() -> None:
        tmp = PROBE.with_name(PROBE.name + ".tmp")
        tmp.write_text(json.dumps(report(window)), encoding="utf-8")
        os.replace(tmp, PROBE)

    timer = QTimer(window, interval=100)
    timer.timeout.connect(write)
    timer.start()


real_create_window = main.create_window


def create_window(*args: Any, **kwargs: Any) -> Any:
    window = real_create_window(*args, **kwargs)
    observe(window)
    return window


main.create_window = create_window  # type: ignore[assignment]
sys.argv[0] = "regionroll"
cli.entry()
