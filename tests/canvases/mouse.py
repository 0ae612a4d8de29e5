"""Real mouse events sent through a QGraphicsView's viewport, as a user's mouse sends them."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QGraphicsView


def send(view: QGraphicsView, kind: QEvent.Type, point: QPoint, buttons: Qt.MouseButton) -> None:
    viewport = view.viewport()
    event = QMouseEvent(
        kind,
        QPointF(point),
        QPointF(viewport.mapToGlobal(point)),
        Qt.MouseButton.LeftButton,
        buttons,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(viewport, event)


def drag(view: QGraphicsView, start: QPoint, end: QPoint, steps: int = 10) -> None:
    """Press at `start`, move in `steps` to `end`, release: in viewport coordinates."""
    send(view, QEvent.Type.MouseButtonPress, start, Qt.MouseButton.LeftButton)
    for i in range(1, steps + 1):
        send(
            view,
            QEvent.Type.MouseMove,
            start + (end - start) * (i / steps),
            Qt.MouseButton.LeftButton,
        )
    send(view, QEvent.Type.MouseButtonRelease, end, Qt.MouseButton.NoButton)
