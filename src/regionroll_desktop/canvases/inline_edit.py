"""Editing a name where it is drawn: a line editor laid over an item on a canvas.

Enter (or leaving the field) commits, Esc cancels; the canvas turns a commit into one undo
step. Where the canvas says what comes next, Tab commits and opens the next item beside this
one, Insert the next one below it: a room's list is dictated without a key in between.

Used by the strategy pyramid's cards (double-click, F2, or just typing on a selected card), the
organisation's bodies, and the sticky notes (which lie on a view as widgets: the editor then
sits on that widget instead of in a scene)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QRectF, Qt
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QGraphicsItem,
    QGraphicsProxyWidget,
    QGraphicsScene,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

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
        if event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down) and self._editor.choose_next(
            1 if event.key() == Qt.Key.Key_Down else -1
        ):
            return
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


@dataclass(frozen=True, slots=True)
class Choices:
    """A question answered while the name is typed (which kind of body): shown under the
    field, chosen by a click or with ↑ ↓ in the field, neither of which takes the focus from
    the name being typed. `on_choose(key)` is called at once with each choice."""

    question: str
    options: tuple[tuple[str, str], ...]  # (key, words)
    current: str
    on_choose: Callable[[str], None]


class _ChoiceBox(QFrame):
    """The choices under the field: radio buttons that never take the focus."""

    def __init__(self, choices: Choices) -> None:
        super().__init__()
        self.setObjectName("inlineChoices")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.choices = choices
        self.group = QButtonGroup(self)
        column = QVBoxLayout(self)
        column.setContentsMargins(8, 4, 8, 6)
        column.setSpacing(2)
        question = QLabel(choices.question)
        question.setWordWrap(True)
        column.addWidget(question)
        self.buttons: dict[str, QRadioButton] = {}
        for key, words in choices.options:
            button = named(QRadioButton(words), f"inlineChoice-{key}")
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setChecked(key == choices.current)
            button.clicked.connect(lambda _=False, key=key: self.choose(key))
            self.group.addButton(button)
            column.addWidget(button)
            self.buttons[key] = button
        self.current = choices.current

    def choose(self, key: str) -> None:
        self.buttons[key].setChecked(True)
        if key != self.current:
            self.current = key
            self.choices.on_choose(key)

    def step(self, by: int) -> None:
        keys = [key for key, _words in self.choices.options]
        index = keys.index(self.current) if self.current in keys else -1
        self.choose(keys[(index + by) % len(keys)])


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
        self._choices: _ChoiceBox | None = None
        self._choices_proxy: QGraphicsProxyWidget | None = None

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

    @property
    def choice_box(self) -> QFrame | None:
        """The question under the field, while one is asked."""
        return self._choices

    @property
    def covers(self) -> QRectF:
        """Where the field and its question are (the host's coordinates), to scroll into view."""
        rect = QRectF()
        for proxy in (self._proxy, self._choices_proxy):
            if proxy is not None:
                rect = rect.united(proxy.sceneBoundingRect())
        return rect

    def choose_next(self, by: int) -> bool:
        """↑ or ↓ in the field: the previous or next choice (False when none is asked)."""
        if self._choices is None:
            return False
        self._choices.step(by)
        return True

    def open(
        self,
        rect: QRectF,
        text: str,
        on_commit: Callable[[str], None],
        typed: str | None = None,
        on_close: Callable[[], None] | None = None,
        on_next: Callable[[str], None] | None = None,
        choices: Choices | None = None,
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
        if choices is not None:
            self._ask(choices, geometry)
        field.setFocus(Qt.FocusReason.OtherFocusReason)
        return field

    def _ask(self, choices: Choices, under: QRectF) -> None:
        box = _ChoiceBox(choices)
        box.adjustSize()
        width = max(under.width(), float(box.sizeHint().width()))
        geometry = QRectF(under.x(), under.bottom() + 2, width, float(box.sizeHint().height()))
        self._choices = box
        if isinstance(self._host, QGraphicsScene):
            proxy = self._host.addWidget(box)
            proxy.setZValue(100)
            proxy.setGeometry(geometry)
            # A click on a choice leaves the focus (and the typing) in the name's field.
            proxy.setFlag(QGraphicsItem.GraphicsItemFlag.ItemStopsFocusHandling, True)
            self._choices_proxy = proxy
        else:
            box.setParent(self._host)
            box.setGeometry(geometry.toRect())
            box.show()
            box.raise_()

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
        choices, choices_proxy = self._choices, self._choices_proxy
        self._choices, self._choices_proxy = None, None
        if choices is not None:
            if choices_proxy is not None and isinstance(self._host, QGraphicsScene):
                choices_proxy.hide()
                self._host.removeItem(choices_proxy)
                choices_proxy.deleteLater()
            else:
                choices.hide()
                choices.deleteLater()
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
