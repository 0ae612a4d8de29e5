"""Editing a name where it is drawn: a line editor laid over an item on a canvas.

Enter (or leaving the field) commits, Esc cancels; the canvas turns a commit into one undo
step. Where the canvas says what comes next, Tab commits and opens the next item beside this
one, Insert the next one below it: a room's list is dictated without a key in between.

Used by the strategy pyramid's cards (double-click, F2, or just typing on a selected card), the
organisation's bodies, and the sticky notes (which lie on a view as widgets: the editor then
sits on that widget instead of in a scene)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QRectF, Qt
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QGraphicsProxyWidget, QGraphicsScene, QLineEdit, QWidget

from ..model.limits import MAX_NAME
from ..ui.widgets import named


class _Field(QLineEdit):
    def __init__(self, editor: InlineEditor) -> None:
        super().__init__()
        self._editor = editor

    def event(self, event: QEvent) -> bool:
        """Tab and Insert before Qt makes Tab move the focus (and Insert nothing)."""
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            plain = not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            then = {Qt.Key.Key_Tab: NEXT_BESIDE, Qt.Key.Key_Insert: NEXT_BELOW}.get(
                Qt.Key(event.key())
            )
            if plain and then is not None and self._editor.goes_on:
                self._editor.commit(then)
                return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        if event.key() == Qt.Key.Key_Escape:
            self._editor.cancel()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._editor.commit()
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt's name)
        super().focusOutEvent(event)
        # Not the field's own menu; and only the open field commits: a closed one that kept
        # the focus (a window not active yet) closed the next note as it opened.
        if event.reason() != Qt.FocusReason.PopupFocusReason and self._editor.field is self:
            self._editor.commit()


NEXT_BESIDE = "beside"
NEXT_BELOW = "below"


class InlineEditor:
    """One line editor at a time over a scene (or on a widget); `on_commit(text)` is called
    once with the text when it is committed (not when it is unchanged or cancelled)."""

    def __init__(self, host: QGraphicsScene | QWidget) -> None:
        self._host = host
        self._proxy: QGraphicsProxyWidget | None = None
        self._field: _Field | None = None
        self._original = ""
        self._on_commit: Callable[[str], None] | None = None
        self._on_close: Callable[[], None] | None = None
        self._on_next: Callable[[str], None] | None = None

    @property
    def active(self) -> bool:
        return self._field is not None

    @property
    def goes_on(self) -> bool:
        """Whether Tab and Insert open a next item (the canvas said what comes next)."""
        return self._on_next is not None

    @property
    def field(self) -> QLineEdit | None:
        return self._field

    def open(
        self,
        rect: QRectF,
        text: str,
        on_commit: Callable[[str], None],
        typed: str | None = None,
        on_close: Callable[[], None] | None = None,
        on_next: Callable[[str], None] | None = None,
    ) -> QLineEdit:
        """Edit `text` over `rect` (the scene's or the widget's coordinates): all of it
        selected, or replaced by `typed` when the user started by typing on the item.
        `on_next(NEXT_BESIDE | NEXT_BELOW)` opens what Tab or Insert asks for, after the
        commit."""
        self.cancel()
        field = named(_Field(self), "inlineEditor")
        field.setMaxLength(MAX_NAME)
        field.setText(text if typed is None else typed)
        if typed is None:
            field.selectAll()
        field.setFrame(True)
        geometry = QRectF(rect.x(), rect.y(), rect.width(), max(28.0, rect.height()))
        self._field = field
        self._original = text
        self._on_commit, self._on_close = on_commit, on_close
        self._on_next = on_next
        if isinstance(self._host, QGraphicsScene):
            proxy = self._host.addWidget(field)
            proxy.setZValue(100)
            proxy.setGeometry(geometry)
            self._proxy = proxy
            proxy.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            field.setParent(self._host)
            field.setGeometry(geometry.toRect())
            field.show()
            field.raise_()
        field.setFocus(Qt.FocusReason.OtherFocusReason)
        return field

    def commit(self, then: str | None = None) -> None:
        """Keep what was typed; `then` (Tab, Insert) opens the next item after it."""
        field, on_commit, on_next = self._field, self._on_commit, self._on_next
        if field is None:
            return
        text = " ".join(field.text().split())
        self._close()
        if on_commit is not None and text and text != self._original:
            on_commit(text)
        if then is not None and on_next is not None:
            on_next(then)

    def cancel(self) -> None:
        self._close()

    def _close(self) -> None:
        proxy, field, on_close = self._proxy, self._field, self._on_close
        self._proxy = self._field = None
        self._on_commit = self._on_close = None
        self._on_next = None
        if field is None:
            return
        field.clearFocus()
        if proxy is not None and isinstance(self._host, QGraphicsScene):
            proxy.hide()
            self._host.removeItem(proxy)
            proxy.deleteLater()
        else:
            field.hide()
            field.deleteLater()
        if on_close is not None:
            on_close()
