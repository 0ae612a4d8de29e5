"""Run by test_window_place.py in its own process on one offscreen screen of a given size:
builds the main window with the settings in the folder given, shows it, prints its geometry
as JSON, and closes it (which remembers the geometry)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from regionroll_desktop.app.main import create_window
from regionroll_desktop.ui.settings import AppSettings

app = QApplication(sys.argv[:1])
folder = Path(sys.argv[1])
settings = AppSettings(QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat))
settings.recovery_dir = folder / "recovery"
window = create_window(settings=settings)
window.show()
QTest.qWaitForWindowExposed(window)
if len(sys.argv) > 2 and sys.argv[2] == "maximise":
    window.showMaximized()
    QTest.qWait(50)
geometry = window.frameGeometry()
available = window.screen().availableGeometry()
print(
    json.dumps(
        {
            "geometry": [geometry.x(), geometry.y(), geometry.width(), geometry.height()],
            "available": [available.x(), available.y(), available.width(), available.height()],
            "maximised": window.isMaximized(),
        }
    )
)
window.close()
