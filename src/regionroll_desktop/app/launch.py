"""Start-up in two moves: a light first window at once, then the app.

Qt alone paints a window in a tenth of a second; the app's models, reference data and pages
take several times that to import and build. So the first thing on screen is a start screen
(Qt only, nothing else imported) that says what is opening, and the main window replaces it
as soon as it is built. See benchmarks/startup.py for the measurements.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtGui import QFont, QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget

from .. import __version__
from ..resources import resource
from ..room.open_files import raise_open_file_limit
from .file_open import FileOpenFilter
from .ready_report import install_if_asked

BACKGROUND = "#23384d"  # the step list's colour: the window that follows starts the same way
INK = "#e8eef4"


class StartScreen(QWidget):
    def __init__(self, path: Path | None, swedish: bool) -> None:
        super().__init__(None, Qt.WindowType.SplashScreen | Qt.WindowType.FramelessWindowHint)
        self.setObjectName("startScreen")
        self.setStyleSheet(
            f"QWidget#startScreen {{ background: {BACKGROUND}; }}QLabel {{ color: {INK}; }}"
        )
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        name = QLabel("RegionRoll Desktop")
        font = QFont(name.font())
        font.setPointSizeF(font.pointSizeF() * 2.2)
        font.setBold(True)
        name.setFont(font)
        what = QLabel(
            "Regionens roll i det regionala utvecklingsarbetet"
            if swedish
            else "The region's role in regional development"
        )
        opening = path.name if path else ("Ny workshop" if swedish else "New workshop")
        status = QLabel(("Öppnar " if swedish else "Opening ") + opening + " …")
        status.setTextFormat(Qt.TextFormat.PlainText)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 36, 40, 36)
        for label in (name, what, status):
            layout.addWidget(label)
        self.resize(560, 220)


def run(path: Path | None = None) -> int:
    QCoreApplication.setOrganizationName("RegionRoll")
    QCoreApplication.setApplicationName("RegionRoll Desktop")
    QCoreApplication.setApplicationVersion(__version__)
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
        Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
    )
    QGuiApplication.setDesktopFileName("regionroll")  # the menu entry's icon on Wayland
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setWindowIcon(QIcon(str(resource("icons", "regionroll.svg"))))
    opener = FileOpenFilter(app)
    if sys.platform == "darwin":  # only macOS hands files over as events; elsewhere the
        app.installEventFilter(opener)  # filter would see every event for nothing
    install_if_asked(app)
    raise_open_file_limit()  # a room session full of phones stays far from it
    language = QSettings("RegionRoll", "RegionRoll Desktop").value("language", "sv")
    screen = StartScreen(path, swedish=language != "en")
    screen.show()
    app.processEvents()  # painted now, before the heavy imports

    from .main import run as run_app

    return run_app(app, path, screen, opener)
