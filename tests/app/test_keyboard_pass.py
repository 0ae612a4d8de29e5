"""Every step of the example by keyboard alone (keyboard_pass.py), in the real window; the
same pass runs under Xvfb with the accessibility bus in test_accessibility.py."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QPlainTextEdit

from regionroll_desktop.app.main_window import MainWindow

from . import keyboard_pass


def test_no_text_box_traps_the_tab_key(window: MainWindow) -> None:
    """Tab leaves every multi-line text box (WCAG 2.1.2: no keyboard trap)."""
    assert window.open_sample()
    for page in range(window.nav.count()):
        window.show_page(page)  # canvases and their boxes are built when first shown
    boxes = window.findChildren(QPlainTextEdit)
    assert len(boxes) > 6
    assert [b.objectName() for b in boxes if not b.tabChangesFocus()] == []


@pytest.mark.keyboard_answers_dialogs
def test_one_pass_of_every_step_by_keyboard_alone(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    assert window.open_sample()
    window.activateWindow()
    QApplication.processEvents()
    results: list[dict[str, object]] = []
    keyboard_pass.run(window, results.append)
    qtbot.waitUntil(lambda: bool(results), timeout=60_000)
    assert results == [keyboard_pass.EXPECTED], results
