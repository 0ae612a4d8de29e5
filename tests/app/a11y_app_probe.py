"""Run by a11y_session.py under Xvfb with the accessibility bus: opens the sample workshop in
the real window and shows each page in turn; prints "READY <page>" when a page is shown and
waits for a line on its input before the next (the accessible tree is read from outside,
by another process, while this one's event loop runs)."""

from __future__ import annotations

import sys
import threading
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, QTimer, Signal
from PySide6.QtWidgets import QApplication

from regionroll_desktop.app.main import create_window
from regionroll_desktop.app.navigation import (
    PAGE_COMPARE,
    PAGE_DETAILS,
    PAGE_KEYS,
    PAGE_LANDSCAPE,
    PAGE_NATIONAL,
    PAGE_OF_STEP,
    PAGE_OUTCOME,
)
from regionroll_desktop.model import Step
from regionroll_desktop.ui.settings import AppSettings

PAGES = {
    "workshoppen": PAGE_DETAILS,
    "landskapet": PAGE_LANDSCAPE,
    **{step.value: PAGE_OF_STEP[step] for step in Step},
    "nycklarna": PAGE_KEYS,
    "slutsatser": PAGE_OUTCOME,
    "jamfor": PAGE_COMPARE,
    "regionerna": PAGE_NATIONAL,
}


class Lines(QObject):
    """The lines the session writes, handed to the event loop's thread."""

    line = Signal(str)


QApplication.setApplicationName("RegionRoll Desktop")  # as the app calls itself on the bus
app = QApplication(sys.argv[:1])
folder = Path(sys.argv[1])
settings = AppSettings(QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat))
settings.recovery_dir = folder / "recovery"
window = create_window(settings=settings)
window.resize(1400, 900)
window.show()
assert window.open_sample()
pages = iter(PAGES.items())


def show_next(_line: str = "") -> None:
    item = next(pages, None)
    if item is None:
        window.document.session.undo_stack.setClean()
        app.quit()
        return
    name, page = item
    window.show_page(page)
    QTimer.singleShot(300, lambda: print(f"READY {name}", flush=True))


lines = Lines()
lines.line.connect(show_next)
threading.Thread(target=lambda: [lines.line.emit(line) for line in sys.stdin], daemon=True).start()
QTimer.singleShot(500, show_next)
app.exec()
