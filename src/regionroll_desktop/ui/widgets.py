"""Small pieces shared by the pages."""

from __future__ import annotations

import html
import sys
from typing import TypeVar

from PySide6 import QtGui
from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
    QTimer,
)
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QResizeEvent, QUndoGroup
from PySide6.QtWidgets import (
    QBoxLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from .contrast import muted_style, styled


def plain_tip(text: str) -> str:
    """A tooltip that shows `text` as written: Qt renders a tooltip that looks like markup as
    markup, so one that does is escaped inside a paragraph that keeps its line breaks."""
    if not QtGui.Qt.mightBeRichText(text):
        return text
    return "<p style='white-space:pre-wrap'>" + html.escape(text) + "</p>"


def redo_shortcuts() -> list[QKeySequence]:
    """Redo's keys: the platform's own, Ctrl+Shift+Z (Cmd+Shift+Z on macOS) and, off macOS,
    Ctrl+Y, each once: a key listed twice is ambiguous, and Qt then drops it."""
    keys = [*QKeySequence.keyBindings(QKeySequence.StandardKey.Redo), QKeySequence("Ctrl+Shift+Z")]
    if sys.platform != "darwin":
        keys.append(QKeySequence("Ctrl+Y"))
    unique: list[QKeySequence] = []
    for key in keys:
        if not key.isEmpty() and key not in unique:
            unique.append(key)
    return unique


def _is_undo_or_redo(event: QKeyEvent) -> bool:
    if event.matches(QKeySequence.StandardKey.Undo):
        return True
    pressed = QKeySequence(event.keyCombination())
    return any(
        pressed.matches(key) == QKeySequence.SequenceMatch.ExactMatch for key in redo_shortcuts()
    )


class _AppUndoFilter(QObject):
    """Lets Ctrl+Z / Ctrl+Y in a text field reach the app's undo stack.

    A text field would otherwise claim the keys for its own, private undo; here every edit is
    already a step on the workshop's stack, so one undo history serves the whole window.
    """

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and _is_undo_or_redo(event)
        ):
            event.ignore()
            return True
        return False


_filter: _AppUndoFilter | None = None


def use_app_undo(widget: QLineEdit | QPlainTextEdit) -> None:
    global _filter
    if _filter is None:
        _filter = _AppUndoFilter()
    if isinstance(widget, QPlainTextEdit):
        widget.setUndoRedoEnabled(False)
    widget.installEventFilter(_filter)


def set_text_quietly(widget: QLineEdit | QPlainTextEdit, text: str) -> None:
    """Show the model's text without echoing it back as an edit, keeping the cursor if equal."""
    current = widget.text() if isinstance(widget, QLineEdit) else widget.toPlainText()
    if current == text:
        return
    blocked = widget.blockSignals(True)
    if isinstance(widget, QLineEdit):
        widget.setText(text)
    else:
        widget.setPlainText(text)
    widget.blockSignals(blocked)


def heading(widget: QWidget, point_size_factor: float, bold: bool = True) -> None:
    font = widget.font()
    font.setPointSizeF(font.pointSizeF() * point_size_factor)
    font.setBold(bold)
    widget.setFont(font)


def muted(label: QWidget) -> None:
    """Secondary text (sources, hints): quieter than the content, still readable on a
    projector (and near black in high contrast, which restyles it)."""
    styled(label, muted_style)


ObjectT = TypeVar("ObjectT", bound=QObject)


def named(obj: ObjectT, name: str) -> ObjectT:
    """`obj` with its object name (style sheets, tests and accessibility find it by that)."""
    obj.setObjectName(name)
    return obj


SIDE_PANEL = "sidePanel"  # the object name projector mode hides


def legend_box(name: str) -> tuple[QGroupBox, QLabel]:
    """A side panel's box listing a map's numbered markers by name (`name`: its list's
    object name), hidden until it has lines: the room's names as plain text, selectable."""
    box = QGroupBox()
    legend = named(QLabel(), name)
    legend.setTextFormat(Qt.TextFormat.PlainText)  # the room's names, never markup
    legend.setWordWrap(True)
    legend.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    QVBoxLayout(box).addWidget(legend)
    box.hide()
    return box, legend


def name_side_panels(canvas: QWidget, name: str) -> None:
    """Name a canvas's side panel for assistive technology (it holds the step's tools)."""
    for panel in canvas.findChildren(QScrollArea, SIDE_PANEL):
        panel.setAccessibleName(name)


def side_panel(panel: QWidget) -> QScrollArea:
    """A canvas's side panel, scrolling vertically so the step's note below stays visible."""
    scroll = named(QScrollArea(), SIDE_PANEL)
    scroll.setWidget(panel)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    scroll.setMinimumWidth(panel.minimumWidth() + 16)
    scroll.setMaximumWidth(panel.maximumWidth() + 16)
    return scroll


def add_to_side_panel(canvas: QWidget, widget: QWidget, first: bool = False) -> bool:
    """Put `widget` in `canvas`'s side panel: at its top (`first`) or at its end, above the
    stretch that keeps the tools together. False when the canvas has no side panel."""
    scroll = canvas.findChild(QScrollArea, SIDE_PANEL)
    panel = scroll.widget() if scroll is not None else None
    layout = panel.layout() if panel is not None else None
    if not isinstance(layout, QBoxLayout):
        return False
    last = layout.count() - 1
    end = layout.itemAt(last) if last >= 0 else None
    at = 0 if first else last if end is not None and end.spacerItem() is not None else last + 1
    layout.insertWidget(at, widget)
    return True


class Retranslating:
    """Mixin for widgets whose texts follow the UI language: Qt sends every widget a
    LanguageChange event when a translator is installed or removed, and `retranslate` re-reads
    the texts. Put it before the Qt base class: `class Page(Retranslating, QWidget)`."""

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802  (Qt's name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)  # type: ignore[misc]

    def retranslate(self) -> None:
        raise NotImplementedError


def enlarge(widget: QWidget, factor: float) -> None:
    """Every label in `widget` `factor` times larger (a page shown on a projector)."""
    for label in [widget, *widget.findChildren(QLabel)]:
        font = label.font()
        font.setPointSizeF(font.pointSizeF() * factor)
        label.setFont(font)


def name_undo_actions(group: QUndoGroup, undo: QAction, redo: QAction) -> None:
    """ "Undo Move today's position": the commands say what they would undo or redo."""
    undo_text, redo_text = group.undoText(), group.redoText()
    if undo_text:
        undo.setText(
            QCoreApplication.translate("MainWindow", "&Undo {action}").format(action=undo_text)
        )
    else:
        undo.setText(QCoreApplication.translate("MainWindow", "&Undo"))
    if redo_text:
        redo.setText(
            QCoreApplication.translate("MainWindow", "&Redo {action}").format(action=redo_text)
        )
    else:
        redo.setText(QCoreApplication.translate("MainWindow", "&Redo"))
    undo.setEnabled(group.canUndo())
    redo.setEnabled(group.canRedo())


class VerticalScroll(QScrollArea):
    """A scroll area that scrolls up and down only and is never narrower than what it holds
    needs (its words would be cut): the page around it makes room, or scrolls."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__()
        self.setWidget(widget)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        widget.installEventFilter(self)

    def minimumSizeHint(self) -> QSize:  # noqa: N802  (Qt's name)
        hint = super().minimumSizeHint()
        inner = self.widget()
        if inner is None:
            return hint
        bar = self.verticalScrollBar().sizeHint().width()
        return QSize(max(hint.width(), inner.minimumSizeHint().width() + bar), hint.height())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()  # what it holds changed its needs: so may this area's
        return super().eventFilter(watched, event)


class FitOrScroll(QScrollArea):
    """Holds a page: the page fills the area when the area is at least the page's least size
    (its words wrap, its canvas shrinks, as without a scroll area), and scrolls when the area
    is smaller (a small window, large text), so nothing is cut off. Unlike Qt's resizable
    scroll area it never grows a page past the area to the height its wrapped words would
    like."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__()
        self.setObjectName("pageScroll")
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        # Not a stop for Tab: the keyboard goes to what it holds, and it scrolls to show that.
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setWidget(widget)
        self.setWidgetResizable(False)
        self._refit = QTimer(self)  # the area's own: it goes with the area
        self._refit.setSingleShot(True)
        self._refit.setInterval(0)
        self._refit.timeout.connect(self.fit)
        widget.installEventFilter(self)

    def fit(self) -> None:
        inner = self.widget()
        if inner is None:
            return
        least = inner.minimumSizeHint().expandedTo(inner.minimumSize())
        inner.resize(self.viewport().size().expandedTo(least))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802  (Qt's name)
        super().resizeEvent(event)
        self.fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            # Another page shown, or what it needs changed: fitted once its layout has
            # taken the request in (the filter sees the event first).
            self._refit.start()
        return super().eventFilter(watched, event)


def scrolling(widget: QWidget) -> QScrollArea:
    """`widget` filling the area it is given, and scrolling when the area is smaller than it
    can be (a small window, large text): nothing is cut off."""
    return FitOrScroll(widget)


class PageStack(QStackedWidget):
    """A stack of pages in which only the page shown counts for the least size (a plain
    stacked widget takes the largest of all its pages), so a window fits any screen it is on
    and a tall page elsewhere in the stack never forces it to grow."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.currentChanged.connect(self._only_current_counts)
        self.widgetRemoved.connect(lambda _i: self._only_current_counts())

    def addWidget(self, widget: QWidget) -> int:  # noqa: N802 (Qt's name)
        index = super().addWidget(widget)
        self._only_current_counts()
        return index

    def _only_current_counts(self, _index: int = -1) -> None:
        shown = self.currentWidget()
        for n in range(self.count()):
            page = self.widget(n)
            if page is not None:
                policy = (
                    QSizePolicy.Policy.Preferred if page is shown else QSizePolicy.Policy.Ignored
                )
                page.setSizePolicy(policy, policy)
        self.updateGeometry()


class SteadyLabel(QLabel):
    """A wrapped label that keeps room for `lines` lines whatever it says, so the buttons
    below it stay where the pointer is when its text gets shorter ("Not placed: drag or press
    Place." → "Main role: …"): a panel that reflowed moved the next button ~13 px (issue #33)."""

    def __init__(self, lines: int = 2) -> None:
        super().__init__()
        self.setWordWrap(True)
        self._lines = lines

    def _room(self) -> int:
        margins = self.contentsMargins()
        return self._lines * self.fontMetrics().lineSpacing() + margins.top() + margins.bottom()

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt's name)
        return max(super().heightForWidth(width), self._room())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        hint = super().minimumSizeHint()
        return QSize(hint.width(), max(hint.height(), self._room()))


class WordsBeside(QStyledItemDelegate):
    """An item shows more words after its own, from its data under `role`, as `shape` puts
    them ("{text} ({beside})": a parked question's step, a group's side, a priority's tests);
    only its own words are typed when it is edited."""

    def __init__(self, parent: QObject, role: int, shape: str = "{text} ({beside})") -> None:
        super().__init__(parent)
        self._role = role
        self._shape = shape

    def initStyleOption(  # noqa: N802
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        beside = index.data(self._role)
        if beside:
            option.text = self._shape.format(text=option.text, beside=beside)
