"""F6: the keyboard from area to area, and into a drawing in one key; a ring shows the drawing
that has it. The room's pyramid dictated from Ctrl+3 (issue #33: 22–23 keys, 9–10 of them to get
to the canvas)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QGraphicsView

from regionroll_desktop.app.main_window import MainWindow
from regionroll_desktop.model import Step, StrategyKind
from regionroll_desktop.ui.focus_ring import FocusRing

from ..canvases.test_quick_entry import type_text
from .test_main_window import start


def _press(window: MainWindow, qtbot, key: Qt.Key, mods=Qt.KeyboardModifier.NoModifier) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(QApplication.focusWidget() or window, key, mods)
    QApplication.processEvents()


def test_the_pyramid_is_dictated_from_ctrl_3(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    start(window, qtbot)
    window.session.apply("empty", lambda w: w.model_copy(update={"strategy": type(w.strategy)()}))
    window.activateWindow()
    keys = 0

    def press(key: Qt.Key, mods: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
        nonlocal keys
        _press(window, qtbot, key, mods)
        keys += 1

    def title(text: str) -> None:
        type_text(QApplication.focusWidget(), text)

    press(Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    press(Qt.Key.Key_F6)
    page = window.step_pages[Step.STRATEGI]
    view = QApplication.focusWidget()
    assert isinstance(view, QGraphicsView) and page.isAncestorOf(view)
    ring = view.findChild(FocusRing)
    assert ring is not None and ring.isVisible() and ring.geometry() == view.rect()
    press(Qt.Key.Key_Return)  # nothing chosen: the RUS
    title("RUS 2030")
    press(Qt.Key.Key_Insert)
    title("Infrastruktur")
    press(Qt.Key.Key_Tab)
    title("Kompetens")
    press(Qt.Key.Key_Insert)
    title("Plan A")
    press(Qt.Key.Key_Tab)
    title("Plan B")
    press(Qt.Key.Key_Tab)
    title("Plan C")
    press(Qt.Key.Key_Return)
    documents = window.session.workshop.strategy.documents
    levels = sorted(StrategyKind(d.kind).level for d in documents)
    assert levels == [1, 2, 2, 3, 3, 3]
    assert keys <= 12, keys
    assert ring.isVisible()  # the drawing still has the keyboard


def test_f6_goes_round_the_areas_and_back(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    start(window, qtbot)
    window.activateWindow()
    _press(window, qtbot, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    page = window.step_pages[Step.STRATEGI]
    seen = []
    for _ in range(4):
        _press(window, qtbot, Qt.Key.Key_F6)
        seen.append(QApplication.focusWidget())
    drawing, panel_field, note, navigation = seen
    assert isinstance(drawing, QGraphicsView)
    assert panel_field is not None and page.isAncestorOf(panel_field)
    assert note is page.note
    assert navigation is window.nav
    _press(window, qtbot, Qt.Key.Key_F6, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is page.note
    ring = drawing.findChild(FocusRing)
    assert ring is not None and not ring.isVisible()  # the drawing let go: no ring
