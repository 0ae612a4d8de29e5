"""Real touch events (a finger, or two) sent through a view's viewport."""

from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractScrollArea

_device = None


def device():  # type: ignore[no-untyped-def]
    global _device
    if _device is None:
        _device = QTest.createTouchDevice()
    return _device


def finger_drag(view: QAbstractScrollArea, start: QPoint, end: QPoint, steps: int = 12) -> None:
    viewport = view.viewport()
    QTest.touchEvent(viewport, device()).press(0, start, viewport).commit()
    for i in range(1, steps + 1):
        QTest.touchEvent(viewport, device()).move(
            0, start + (end - start) * (i / steps), viewport
        ).commit()
    QTest.touchEvent(viewport, device()).release(0, end, viewport).commit()


def pinch(view: QAbstractScrollArea, centre: QPoint, start: int, end: int, steps: int = 10) -> None:
    """Two fingers `start` pixels either side of `centre` move to `end` pixels apart."""
    viewport = view.viewport()
    QTest.touchEvent(viewport, device()).press(0, centre + QPoint(-start, 0), viewport).press(
        1, centre + QPoint(start, 0), viewport
    ).commit()
    for i in range(1, steps + 1):
        d = round(start + (end - start) * i / steps)
        QTest.touchEvent(viewport, device()).move(0, centre + QPoint(-d, 0), viewport).move(
            1, centre + QPoint(d, 0), viewport
        ).commit()
    QTest.touchEvent(viewport, device()).release(0, centre + QPoint(-end, 0), viewport).release(
        1, centre + QPoint(end, 0), viewport
    ).commit()
