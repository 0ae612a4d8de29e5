"""A workshop the system hands to the app (macOS: double-click, drop on the Dock icon) opens,
also when it arrives before the window is built; a path with å, ä, ö and spaces included."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication

from regionroll_desktop.app.file_open import FileOpenFilter
from regionroll_desktop.app.main_window import MainWindow

FIXTURE = (
    Path(__file__).resolve().parents[1] / "storage" / "fixtures" / "workshop-v3.regionroll.json"
)


def _placed(tmp_path: Path) -> Path:
    folder = tmp_path / "Region Västra Götaland" / "Möte i höst"
    folder.mkdir(parents=True)
    path = folder / "Vår workshop – år 2.regionroll.json"
    shutil.copyfile(FIXTURE, path)
    return path


def test_a_file_the_system_hands_over_opens(window: MainWindow, qtbot, tmp_path, answers) -> None:  # type: ignore[no-untyped-def]
    path = _placed(tmp_path)
    opener = FileOpenFilter(window)
    app = QApplication.instance()
    assert app is not None
    app.installEventFilter(opener)
    try:
        opener.deliver_to(window.open_file)
        QCoreApplication.sendEvent(app, QFileOpenEvent(str(path)))
        qtbot.waitUntil(lambda: window.session.path == path.resolve())
        assert window.windowTitle().startswith("Vår workshop – år 2")
    finally:
        app.removeEventFilter(opener)


def test_a_file_handed_over_before_the_window_waits_for_it(
    window: MainWindow, qtbot, tmp_path, answers
) -> None:  # type: ignore[no-untyped-def]
    path = _placed(tmp_path)
    opener = FileOpenFilter(window)
    app = QApplication.instance()
    assert app is not None
    app.installEventFilter(opener)
    try:
        QCoreApplication.sendEvent(app, QFileOpenEvent(str(path)))
        assert opener.pending == [path]
        assert window.session.path is None
        opener.deliver_to(window.open_file)
        qtbot.waitUntil(lambda: window.session.path == path.resolve())
        assert opener.pending == []
    finally:
        app.removeEventFilter(opener)
