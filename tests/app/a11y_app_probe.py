"""Run by a11y_session.py under Xvfb with the accessibility bus: opens the sample workshop in
the real window and shows each page in turn; prints "READY <page>" when a page is shown and
waits for a line on its input before the next (the accessible tree is read from outside,
by another process, while this one's event loop runs). Then it plays the keyboard-only pass
(keyboard_pass.py), prints "KEYBOARD <what it changed, as JSON>" and shows the strategy page
once more ("READY efter-tangentbordet") to be read with what the keyboard added."""

from __future__ import annotations

import json
import sys
import threading
from pathlib import Path

import keyboard_pass  # beside this file
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


AFTER_KEYBOARD = "efter-tangentbordet"
stage = "pages"


def keyboard_done(result: dict[str, object]) -> None:
    global stage
    print(f"KEYBOARD {json.dumps(result, ensure_ascii=False)}", flush=True)
    stage = "after"
    window.show_page(PAGE_OF_STEP[Step.STRATEGI])
    QTimer.singleShot(300, lambda: print(f"READY {AFTER_KEYBOARD}", flush=True))


def show_next(_line: str = "") -> None:
    global stage
    if stage == "after":
        window.document.session.undo_stack.setClean()
        app.quit()
        return
    item = next(pages, None)
    if item is None:
        stage = "keyboard"
        window.show_page(PAGE_DETAILS)
        window.raise_()
        window.activateWindow()
        keyboard_pass.run(window, keyboard_done)
        return
    name, page = item
    window.show_page(page)
    QTimer.singleShot(300, lambda: print(f"READY {name}", flush=True))


lines = Lines()
lines.line.connect(show_next)
threading.Thread(target=lambda: [lines.line.emit(line) for line in sys.stdin], daemon=True).start()
QTimer.singleShot(500, show_next)
app.exec()
