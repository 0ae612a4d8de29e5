"""Start the app: one QApplication, the language, the reference data, the main window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

from .. import __version__
from ..storage import shipped_reference_set
from ..ui.i18n import set_language
from ..ui.settings import AppSettings
from .crash_guard import CrashGuard
from .main_window import MainWindow


def create_window(path: Path | None = None, settings: AppSettings | None = None) -> MainWindow:
    """Build the main window (needs a QApplication); open `path` if given."""
    settings = settings or AppSettings()
    set_language(settings.language)
    window = MainWindow(shipped_reference_set(), settings)
    if path is not None:
        window.open_file(path)
    return window


def run(path: Path | None = None, start_screen: QWidget | None = None) -> int:
    """Build the window and run the app; `start_screen` (see launch.py) closes once the
    window is up."""
    QCoreApplication.setOrganizationName("RegionRoll")
    QCoreApplication.setApplicationName("RegionRoll Desktop")
    QCoreApplication.setApplicationVersion(__version__)
    if QApplication.instance() is None:
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
            Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
        )
    app = QApplication.instance() or QApplication(sys.argv[:1])
    window = create_window(path)
    guard = CrashGuard(window, window.store.folder.parent / "errors.log")
    guard.install()
    window.show()
    if start_screen is not None:
        start_screen.close()
    QTimer.singleShot(0, window.offer_recovery)  # after the first paint
    try:
        return app.exec()
    finally:
        guard.uninstall()
