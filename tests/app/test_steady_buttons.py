"""Nothing moves under the pointer: a panel or a dialog whose words change keeps its buttons
where they were, so the next click lands where the eye aimed (issue #33)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QWidget

from regionroll_desktop.app.main_window import MainWindow
from regionroll_desktop.app.navigation import PAGE_OF_STEP
from regionroll_desktop.model import Step
from regionroll_desktop.model import edits as e
from regionroll_desktop.ui.export_choice import ExportChoice
from regionroll_desktop.ui.export_dialog import ExportDialog


def _where(widget: QWidget) -> QPoint:
    QApplication.processEvents()
    return widget.mapToGlobal(widget.rect().center())


@pytest.mark.parametrize("size", [(1280, 720), (1366, 768), (1920, 1080)])
def test_placing_today_leaves_the_ambitions_button_in_place(
    window: MainWindow, qtbot, size
) -> None:  # type: ignore[no-untyped-def]
    window.session.apply("new", lambda w: e.new_workshop(None, "Workshop"))
    window.resize(*size)
    window.show_page(PAGE_OF_STEP[Step.GENOMFORANDEPRAKTIK])
    canvas = window.step_pages[Step.GENOMFORANDEPRAKTIK].canvas
    assert canvas is not None
    today, ambition = (canvas.boxes[m].toggle for m in ("today", "ambition"))  # type: ignore[attr-defined]
    before = _where(ambition)
    qtbot.mouseClick(today, Qt.MouseButton.LeftButton)
    assert window.session.workshop.implementation.today is not None
    assert _where(ambition) == before
    qtbot.mouseClick(ambition, Qt.MouseButton.LeftButton)
    assert window.session.workshop.implementation.ambition is not None
    assert _where(ambition) == before


def test_ticking_a_format_leaves_export_in_place(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = ExportDialog(ExportChoice(("pdf",), 1920, tmp_path), lambda _p, _s: None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    before, size = _where(dialog.ok), dialog.size()
    for box in (dialog.svg, dialog.csv, dialog.report, dialog.svg, dialog.csv):
        # on its box (the row is wider than what takes the click); the last says what is missing
        qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
        assert (_where(dialog.ok), dialog.size()) == (before, size), box.objectName()
    assert not dialog.ok.isEnabled() and dialog.problem.text()
