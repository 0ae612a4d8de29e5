"""The main window and its event loop; launch.py sets the application up and shows the start
screen first."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget

from ..storage import shipped_reference_set
from ..ui.i18n import set_language
from ..ui.settings import AppSettings
from .crash_guard import CrashGuard
from .file_open import FileOpenFilter
from .main_window import MainWindow


def create_window(path: Path | None = None, settings: AppSettings | None = None) -> MainWindow:
    """Build the main window (needs a QApplication); open `path` if given."""
    settings = settings or AppSettings()
    set_language(settings.language)
    window = MainWindow(shipped_reference_set(), settings)
    if path is not None:
        window.open_file(path)
    return window


def run(app: QApplication, path: Path | None, start_screen: QWidget, opener: FileOpenFilter) -> int:
    """Build the window and run the app, which launch.run has set up; the start screen
    closes once the window is up."""
    window = create_window(path)
    guard = CrashGuard(window, window.store.folder.parent / "errors.log")
    guard.install()
    opener.deliver_to(window.open_file)
    window.show()
    start_screen.close()
    QTimer.singleShot(0, window.offer_recovery)  # after the first paint
    try:
        return app.exec()
    finally:
        guard.uninstall()
