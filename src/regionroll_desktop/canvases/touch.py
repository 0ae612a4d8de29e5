"""Fingers and pens on the canvases.

One finger (or a pen) drags exactly as a mouse does: Qt turns touch that no item takes into
mouse events, so every drag in the app works by touch without code of its own. What touch
adds is the pinch, which zooms the views where zoom makes sense (the pyramid, the
organisation, the capital matrix) on a machine with a touch screen. Targets a finger must
hit are at least `TOUCH_TARGET` pixels across.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QPointF, Qt
from PySide6.QtGui import QInputDevice
from PySide6.QtWidgets import QAbstractScrollArea, QGestureEvent, QPinchGesture

TOUCH_TARGET = 44.0  # pixels: about a fingertip at 96 dpi


class _Pinch(QObject):
    def __init__(self, on_scale: Callable[[float, QPointF], None], parent: QObject) -> None:
        super().__init__(parent)
        self._on_scale = on_scale

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() != QEvent.Type.Gesture or not isinstance(event, QGestureEvent):
            return False
        pinch = event.gesture(Qt.GestureType.PinchGesture)
        if not isinstance(pinch, QPinchGesture):
            return False
        if pinch.changeFlags() & QPinchGesture.ChangeFlag.ScaleFactorChanged:
            factor = pinch.scaleFactor()
            if factor > 0:
                self._on_scale(factor, pinch.centerPoint())
        event.accept(pinch)
        return True


def touch_screen_present() -> bool:
    return any(
        device.type() == QInputDevice.DeviceType.TouchScreen for device in QInputDevice.devices()
    )


def pinch_to_zoom(view: QAbstractScrollArea, on_scale: Callable[[float, QPointF], None]) -> None:
    """Two fingers pinching on `view` call `on_scale(factor since the last call, centre)`.

    Only where there is a touch screen: watching for gestures costs every mouse move of a drag
    a little, which a machine without one should not pay."""
    if not touch_screen_present():
        return
    viewport = view.viewport()
    viewport.grabGesture(Qt.GestureType.PinchGesture)
    viewport.installEventFilter(_Pinch(on_scale, viewport))
