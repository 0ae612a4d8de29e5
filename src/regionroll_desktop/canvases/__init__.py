"""The workshop's canvases, one package per step. Imported when a step is first shown."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent

from ..analysis.matrix import FINE_NUDGE, NUDGE


def arrow_nudge(event: QKeyEvent, y_up: bool) -> tuple[float, float] | None:
    """How far an arrow key moves a marker (Shift: a small step), as (dx, dy) on a map whose
    y runs up (`y_up`, the capital matrix) or down (the role map); None for other keys."""
    step = FINE_NUDGE if event.modifiers() & Qt.KeyboardModifier.ShiftModifier else NUDGE
    up = step if y_up else -step
    moves: dict[int, tuple[float, float]] = {
        Qt.Key.Key_Left.value: (-step, 0.0),
        Qt.Key.Key_Right.value: (step, 0.0),
        Qt.Key.Key_Up.value: (0.0, up),
        Qt.Key.Key_Down.value: (0.0, -up),
    }
    return moves.get(event.key())
