"""High contrast: the window follows the system's wish for more contrast (Qt's accessibility
hints: Windows' contrast themes, macOS's "Increase contrast", the desktop portal's contrast
setting on Linux) until the user chooses in Visa ▸ Hög kontrast; the choice is kept.

In high contrast the window's palette is black on white with a black selection, secondary
text is as dark as the rest, and the step list is black and white. The canvases keep their
colours: every text on them already reads at 4.5 : 1 or more (tests/ui/test_contrast.py).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import (
    QAccessibilityHints,
    QAction,
    QColor,
    QGuiApplication,
    QPalette,
    QStyleHints,
)
from PySide6.QtWidgets import QApplication, QWidget

from .settings import AppSettings, ContrastChoice

MUTED_INK = "#4f5b66"  # secondary text: 5.9 : 1 on the window's grey, 7 : 1 on white
HIGH_INK, HIGH_PAPER, HIGH_MUTED = "#000000", "#ffffff", "#3d3d3d"
HIGH_LINK = "#0000cc"
STYLE_ATTRIBUTE = "contrast_style"  # a widget's style for normal or high contrast


def high_palette() -> QPalette:
    """Black on white, for every state; a black selection with white text."""
    palette = QPalette()
    roles = QPalette.ColorRole
    ink, paper = QColor(HIGH_INK), QColor(HIGH_PAPER)
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        for role in (roles.Window, roles.Base, roles.Button, roles.ToolTipBase, roles.Light):
            palette.setColor(group, role, paper)
        for role in (roles.WindowText, roles.Text, roles.ButtonText, roles.ToolTipText):
            palette.setColor(group, role, ink)
        palette.setColor(group, roles.AlternateBase, QColor("#f2f2f2"))
        palette.setColor(group, roles.Highlight, ink)
        palette.setColor(group, roles.HighlightedText, paper)
        palette.setColor(group, roles.PlaceholderText, QColor(HIGH_MUTED))
        palette.setColor(group, roles.Link, QColor(HIGH_LINK))
        for role in (roles.Mid, roles.Dark, roles.Shadow):
            palette.setColor(group, role, ink)
    disabled = QPalette.ColorGroup.Disabled
    for role in (roles.Window, roles.Base, roles.Button):
        palette.setColor(disabled, role, paper)
    for role in (roles.WindowText, roles.Text, roles.ButtonText):
        palette.setColor(disabled, role, QColor(HIGH_MUTED))
    return palette


_high = False
_normal: QPalette | None = None  # the system's palette, kept when high contrast first comes


def high_contrast() -> bool:
    """Whether the window is in high contrast now."""
    return _high


_hints: tuple[QStyleHints, QAccessibilityHints] | None = None


def accessibility_hints() -> QAccessibilityHints:
    """The system's accessibility hints, fetched once and held with the style hints that
    own them (PySide 6.11 deletes them with a dropped reference to the style hints)."""
    global _hints
    if _hints is None:
        style = QGuiApplication.styleHints()
        _hints = (style, style.accessibility())
    return _hints[1]


def system_wants_high_contrast() -> bool:
    return accessibility_hints().contrastPreference() == Qt.ContrastPreference.HighContrast


class Contrast(QObject):
    """The window's contrast: applies it to the whole application and offers the choice as
    a checkable action (for the View menu)."""

    changed = Signal(bool)  # high contrast on or off

    def __init__(self, settings: AppSettings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        choice = settings.contrast
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        self._app = app
        self.choice = choice
        self.action = QAction(parent, checkable=True)
        self.action.setObjectName("actHighContrast")
        self.action.triggered.connect(self._chosen)
        accessibility_hints().contrastPreferenceChanged.connect(lambda _preference: self.apply())
        self.retranslate()
        self.apply()

    def wanted(self) -> bool:
        if self.choice is ContrastChoice.SYSTEM:
            return system_wants_high_contrast()
        return self.choice is ContrastChoice.HIGH

    def _chosen(self, on: bool) -> None:
        self.choice = ContrastChoice.HIGH if on else ContrastChoice.NORMAL
        self.settings.contrast = self.choice  # kept for the next time
        self.apply()

    def apply(self) -> None:
        global _high, _normal
        high = self.wanted()
        self.action.setChecked(high)
        if high == _high:
            return
        if _normal is None:
            _normal = QPalette(self._app.palette())
        _high = high
        self._app.setPalette(high_palette() if high else _normal)
        for widget in self._app.allWidgets():
            style = getattr(widget, STYLE_ATTRIBUTE, None)
            if callable(style):
                widget.setStyleSheet(style(high))
        self.changed.emit(high)

    def retranslate(self) -> None:
        self.action.setText(QCoreApplication.translate("Contrast", "&High contrast"))
        self.action.setToolTip(
            QCoreApplication.translate(
                "Contrast",
                "Black on white throughout the window; follows the system's contrast setting "
                "until you choose here",
            )
        )


def styled(widget: QWidget, style: Callable[[bool], str]) -> None:
    """Give `widget` the style sheet `style(high contrast?)`, now and whenever the contrast
    changes."""
    setattr(widget, STYLE_ATTRIBUTE, style)
    widget.setStyleSheet(style(_high))


def muted_style(high: bool) -> str:
    """Secondary text: quieter than the content, or near black in high contrast."""
    return f"color: {HIGH_MUTED if high else MUTED_INK};"
