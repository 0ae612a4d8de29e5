"""For measuring start-up from outside the process (benchmarks/bundle_start.py): with
REGIONROLL_REPORT_READY=1 in the environment, the app prints "ready" once its main window has
painted and the event loop is next idle (it takes input), then quits. The installed bundle
can be timed so, like `uv run regionroll`, with nothing added to either."""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QMainWindow, QWidget

VARIABLE = "REGIONROLL_REPORT_READY"


class ReadyReport(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._seen = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if (
            not self._seen
            and event.type() == QEvent.Type.Paint
            and isinstance(watched, QWidget)
            and isinstance(watched.window(), QMainWindow)
        ):
            self._seen = True
            QTimer.singleShot(0, self._report)  # after this paint, when the loop is idle
        return False

    def _report(self) -> None:
        print("ready", flush=True)
        QCoreApplication.quit()


def install_if_asked(app: QCoreApplication) -> None:
    if os.environ.get(VARIABLE) == "1":
        app.installEventFilter(ReadyReport(app))
