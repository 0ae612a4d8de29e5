"""Run by test_projector.py in its own process, on two offscreen screens (a laptop and a
projector): opens a workshop, goes to a step, presses F5, and prints what it sees as JSON."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QFont
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from regionroll_desktop.app.main import create_window
from regionroll_desktop.app.main_window import PAGE_OF_STEP
from regionroll_desktop.model import Step
from regionroll_desktop.ui.settings import AppSettings

app = QApplication(sys.argv[:1])
folder = Path(sys.argv[2])
settings = AppSettings(QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat))
settings.recovery_dir = folder / "recovery"
window = create_window(Path(sys.argv[1]), settings)
window.show()
window.activateWindow()
assert QTest.qWaitForWindowActive(window)
window.show_page(PAGE_OF_STEP[Step.GENOMFORANDEPRAKTIK])
QTest.keyClick(window, Qt.Key.Key_F5)
projector = window.projector
assert projector is not None, "F5 did not open the projector"
for _ in range(50):
    if projector.isFullScreen():
        break
    QTest.qWait(20)


def px(font: QFont) -> float:
    return font.pointSizeF() * 96 / 72 if font.pointSizeF() > 0 else float(font.pixelSize())


role_map = projector.canvases[Step.GENOMFORANDEPRAKTIK]
role_labels = [m.label.font() for m in role_map.scene.group_markers.values()]  # type: ignore[attr-defined]
role_view_scale = role_map.view.transform().m11()  # type: ignore[attr-defined]
projector.activateWindow()  # the room's clicker talks to the presentation
assert QTest.qWaitForWindowActive(projector)
QTest.keyClick(projector, Qt.Key.Key_PageUp)  # the clicker's "back": step 3
QTest.keyClick(projector, Qt.Key.Key_PageUp)  # step 2, Finansiering
matrix = projector.canvases[Step.FINANSIERING].plot  # type: ignore[attr-defined]
QTest.qWait(50)
matrix_labels = [m.label().textItem.font() for m in matrix.group_markers.values()]
report = {
    "window_screen": window.screen().name(),
    "projector_screen": projector.screen().name(),
    "projector_geometry": list(projector.geometry().getRect()),
    "projector_full_screen": projector.isFullScreen(),
    "window_visible": window.isVisible(),
    "title": projector.title.text(),
    "title_px": projector.title.fontInfo().pixelSize(),
    "question_px": projector.question.fontInfo().pixelSize(),
    "role_group_label_px": min(px(f) * role_view_scale for f in role_labels),
    "matrix_group_label_px": min(px(f) for f in matrix_labels),
    "step_after_page_up": window.current_step().value if window.current_step() else None,
}
window.session.undo_stack.setClean()
projector.close()
window.close()
print(json.dumps(report))
