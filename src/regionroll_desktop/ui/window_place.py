"""Where the main window opens: where it was last time, on a screen that still exists, never
larger than that screen's free area (a 1366×768 laptop, a 1280×720 projector); the first time,
centred at a comfortable size that fits."""

from __future__ import annotations

from PySide6.QtCore import QMargins, QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from .settings import AppSettings

PREFERRED = QSize(1280, 800)
MINIMUM = QSize(800, 560)
# Room for the window manager's frame around the window (its title bar above all): the
# window's own geometry is fitted into a screen's free area less these.
FRAME = QMargins(8, 36, 8, 8)


def _overlap(a: QRect, b: QRect) -> int:
    inter = a.intersected(b)
    return inter.width() * inter.height() if inter.isValid() else 0


def fitted(remembered: QRect | None, areas: list[QRect], preferred: QSize = PREFERRED) -> QRect:
    """The window's geometry on one of the screens' free `areas`: `remembered` kept where it
    can be, moved onto the screen it overlaps most (the first screen when it overlaps none)
    and shrunk to fit; without a remembered place, `preferred` centred on the first screen."""
    if not areas:
        return QRect(0, 0, preferred.width(), preferred.height())
    if remembered is not None and remembered.isValid():
        area = max(areas, key=lambda a: _overlap(a, remembered))
        on_screen = _overlap(area, remembered) > 0
        size = remembered.size()
    else:
        area, on_screen, size = areas[0], False, preferred
    width = max(min(size.width(), area.width()), min(MINIMUM.width(), area.width()))
    height = max(min(size.height(), area.height()), min(MINIMUM.height(), area.height()))
    if on_screen and remembered is not None:
        x, y = remembered.x(), remembered.y()
    else:
        x = area.x() + (area.width() - width) // 2
        y = area.y() + (area.height() - height) // 2
    x = min(max(x, area.left()), area.left() + area.width() - width)
    y = min(max(y, area.top()), area.top() + area.height() - height)
    return QRect(x, y, width, height)


def place(window: QWidget, settings: AppSettings) -> None:
    """Put `window` where it was last closed (or centred the first time), maximised if it
    was; call before showing it."""
    areas = [screen.availableGeometry() - FRAME for screen in QGuiApplication.screens()]
    window.setGeometry(fitted(settings.window_geometry, areas))
    if settings.window_maximised:
        window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)


def remember(window: QWidget, settings: AppSettings) -> None:
    """Keep the window's normal (not maximised) geometry and whether it is maximised."""
    maximised = window.isMaximized()
    settings.window_geometry = window.normalGeometry() if maximised else window.geometry()
    settings.window_maximised = maximised
