"""A ring around a drawing that has the keyboard: a canvas's view takes keys (Enter, Insert,
the arrows, typing), and without a ring nothing showed that it had them (issue #33).

The ring is a transparent widget over the view, drawn only while the view or a widget inside
it (a title being typed) has the focus; it takes no clicks and moves nothing: the view keeps its
size and place whether the ring shows or not."""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QApplication, QGraphicsView, QWidget

WIDTH = 3  # px: seen from the facilitator's chair, thin enough to cover nothing of the drawing


class FocusRing(QWidget):
    def __init__(self, target: QWidget) -> None:
        super().__init__(target)
        self.setObjectName("focusRing")
        self._target = target
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        target.installEventFilter(self)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)
        self.hide()

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        try:
            inside = new is not None and (new is self._target or self._target.isAncestorOf(new))
        except RuntimeError:  # the drawing is going away
            return
        if inside != self.isVisible():
            self.setVisible(inside)
            if inside:
                self.setGeometry(self._target.rect())
                self.raise_()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self._target and event.type() == QEvent.Type.Resize:
            with contextlib.suppress(RuntimeError):  # the drawing may be going away
                self.setGeometry(self._target.rect())
        return False

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        painter = QPainter(self)
        colour = self.palette().color(QPalette.ColorRole.Highlight)
        painter.setPen(QPen(QColor(colour), WIDTH))
        half = WIDTH / 2
        painter.drawRect(self.rect().toRectF().adjusted(half, half, -half, -half))


def ring_drawings(canvas: QWidget) -> None:
    """A ring on each of the canvas's drawings (once)."""
    for view in canvas.findChildren(QGraphicsView):
        if (
            view.findChild(FocusRing, "focusRing", Qt.FindChildOption.FindDirectChildrenOnly)
            is None
        ):
            FocusRing(view)
