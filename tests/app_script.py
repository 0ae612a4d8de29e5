"""The start of a script that runs the app's main window in a process of its own (for the
tests that kill it, or crowd it): a new workshop titled by the script, its settings and
recovery files in the folder given as the first argument."""

from __future__ import annotations

WINDOW = """
import sys, time
from pathlib import Path
from PySide6.QtCore import QSettings, QTimer, Qt
from PySide6.QtWidgets import QApplication
app = QApplication([])
from regionroll_desktop.app.main import create_window
from regionroll_desktop.ui.settings import AppSettings
settings = AppSettings(QSettings(sys.argv[1] + "/s.ini", QSettings.Format.IniFormat))
settings.recovery_dir = Path(sys.argv[1]) / "recovery"
window = create_window(None, settings)
window.show()
"""


def window_script(title: str, rest: str, before: str = "") -> str:
    """A script: `before` (e.g. a limit set before Qt starts), the window with a new workshop
    named `title`, then `rest`."""
    return f"{before}\n{WINDOW}window.new_workshop(None, {title!r})\n{rest}"
