"""The workshop's canvases, one package per step. Imported when a step is first shown."""

from __future__ import annotations

from PySide6.QtWidgets import QGraphicsView, QScrollArea, QWidget

from ..ui.widgets import SIDE_PANEL


def present(canvas: QWidget, zoom: float) -> None:
    """A canvas for the projector: its side panel (the editing controls) hidden, and its
    drawing enlarged `zoom` times where the drawing does not grow with the window itself."""
    for panel in canvas.findChildren(QScrollArea, SIDE_PANEL):
        panel.hide()
    for view in canvas.findChildren(QGraphicsView):
        set_zoom = getattr(view, "set_zoom", None)
        if callable(set_zoom):
            set_zoom(zoom)
