"""One start-up, measured from inside a fresh process (run by benchmarks/startup.py).

    python start_probe.py bare | floor | app FILE

Prints "painted" when the first window's first paint begins, and "ready MAXRSS_KIB" when the
main window has painted and the event loop is next idle (the app takes input), then quits.
`bare` is an empty QMainWindow; `floor` is Python + PySide6 + pyqtgraph + pydantic doing
nothing else (a plot of 21 validated points); `app` is RegionRoll as `regionroll FILE` starts
it (its start screen is its first window).
"""

from __future__ import annotations

import resource
import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

mode = sys.argv[1]


class Probe(QObject):
    """Watches every paint in the application."""

    def __init__(self) -> None:
        super().__init__()
        self.painted = False
        self.ready = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() != QEvent.Type.Paint or not isinstance(watched, QWidget):
            return False
        if not self.painted:
            # Said as the paint begins: a start screen's paint takes a moment, and the app may
            # go on to import before the event loop would run a timer.
            self.painted = True
            print("painted", flush=True)
        if not self.ready and isinstance(watched.window(), QMainWindow):
            self.ready = True  # the main window paints (not a start screen)
            QTimer.singleShot(0, ready)  # after this paint, when the loop is idle again
        return False


def ready() -> None:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux
    print(f"ready {peak}", flush=True)
    QApplication.instance().quit()  # type: ignore[union-attr]


probe = Probe()


class ProbedApplication(QApplication):
    def __init__(self, *args: object) -> None:
        super().__init__(*args)
        self.installEventFilter(probe)


if mode == "bare":
    app = ProbedApplication(sys.argv[:1])
    window = QMainWindow()
    window.resize(1280, 800)
    window.show()
    app.exec()
elif mode == "floor":
    import pydantic
    import pyqtgraph as pg

    class Point(pydantic.BaseModel):
        x: float
        y: float

    app = ProbedApplication(sys.argv[:1])
    points = [Point.model_validate({"x": i / 21, "y": -i / 21}) for i in range(21)]
    window = QMainWindow()
    plot = pg.PlotWidget()
    plot.addItem(pg.ScatterPlotItem(x=[p.x for p in points], y=[p.y for p in points]))
    window.setCentralWidget(plot)
    window.resize(1280, 800)
    window.show()
    app.exec()
else:
    from regionroll_desktop import cli
    from regionroll_desktop.app import launch  # light: Qt only, as the app imports it

    launch.QApplication = ProbedApplication  # type: ignore[misc]
    sys.argv = ["regionroll", *sys.argv[2:]]
    cli.entry()
