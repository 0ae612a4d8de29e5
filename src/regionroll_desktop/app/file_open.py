"""Files handed to the running app by the system: on macOS a double-clicked workshop (or one
dropped on the Dock icon) arrives as a FileOpen event, not on the command line. The filter is
installed before the window exists (the event may come while the start screen shows); files
that arrive before then are opened as soon as the window is there."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QFileOpenEvent


class FileOpenFilter(QObject):
    """Installed on the application; opens each file the system asks the app to open, after
    the event has been handled (a question about unsaved work must not run inside it)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._open_file: Callable[[Path], object] | None = None
        self.pending: list[Path] = []

    def deliver_to(self, open_file: Callable[[Path], object]) -> None:
        """From now on files go to `open_file`; the last one that came early is opened."""
        self._open_file = open_file
        if self.pending:
            path = self.pending[-1]
            self.pending.clear()
            QTimer.singleShot(0, lambda: open_file(path))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.FileOpen and isinstance(event, QFileOpenEvent):
            name = event.file()
            if name:
                path = Path(name)
                open_file = self._open_file
                if open_file is None:
                    self.pending.append(path)
                else:
                    QTimer.singleShot(0, lambda: open_file(path))
                return True
        return super().eventFilter(watched, event)
