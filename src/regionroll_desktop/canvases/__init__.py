"""The workshop's canvases, one package per step. Imported when a step is first shown."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QGraphicsView, QScrollArea, QWidget

from ..analysis.matrix import FINE_NUDGE, NUDGE
from ..ui.widgets import SIDE_PANEL


def arrow_nudge(event: QKeyEvent, y_up: bool) -> tuple[float, float] | None:
    """How far an arrow key moves a marker (Shift: a small step), as (dx, dy) on a map whose
    y runs up (`y_up`, the capital matrix) or down (the role map); None for other keys."""
    step = FINE_NUDGE if event.modifiers() & Qt.KeyboardModifier.ShiftModifier else NUDGE
    up = step if y_up else -step
    return {
        Qt.Key.Key_Left: (-step, 0.0),
        Qt.Key.Key_Right: (step, 0.0),
        Qt.Key.Key_Up: (0.0, up),
        Qt.Key.Key_Down: (0.0, -up),
    }.get(event.key())  # type: ignore[call-overload]


def present(canvas: QWidget, zoom: float) -> None:
    """A canvas for the projector: its side panel (the editing controls) hidden, and its
    drawing enlarged `zoom` times where the drawing does not grow with the window itself."""
    for panel in canvas.findChildren(QScrollArea, SIDE_PANEL):
        panel.hide()
    for view in canvas.findChildren(QGraphicsView):
        set_zoom = getattr(view, "set_zoom", None)
        if callable(set_zoom):
            set_zoom(zoom)
