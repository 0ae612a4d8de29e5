"""High contrast: the window follows the system's wish for more contrast until the user
chooses in Visa ▸ Hög kontrast (kept in the settings); black on white throughout, secondary
text near black, the step list black and white."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QWidget

from regionroll_desktop.analysis.colours import contrast_ratio
from regionroll_desktop.app.main_window import MainWindow
from regionroll_desktop.ui import contrast
from regionroll_desktop.ui.contrast import (
    HIGH_MUTED,
    MUTED_INK,
    STYLE_ATTRIBUTE,
    high_contrast,
    high_palette,
    muted_style,
)
from regionroll_desktop.ui.settings import ContrastChoice


@pytest.fixture
def normal_after(window: MainWindow) -> Iterator[MainWindow]:
    yield window
    window.contrast.choice = ContrastChoice.NORMAL
    window.contrast.apply()  # the next test starts as the system is


def muted_labels() -> list[QWidget]:
    return [
        w for w in QApplication.allWidgets() if getattr(w, STYLE_ATTRIBUTE, None) is muted_style
    ]


def test_the_user_turns_high_contrast_on_and_off(normal_after: MainWindow) -> None:
    window = normal_after
    before = QPalette(QApplication.palette())
    assert muted_labels() and not high_contrast()
    window.contrast.action.trigger()
    palette = QApplication.palette()
    assert high_contrast() and window.contrast.action.isChecked()
    assert palette.color(QPalette.ColorRole.WindowText).name() == "#000000"
    assert palette.color(QPalette.ColorRole.Window).name() == "#ffffff"
    assert all(HIGH_MUTED in w.styleSheet() for w in muted_labels())
    assert "background: #000000" in window.nav.styleSheet()
    assert window.settings.contrast is ContrastChoice.HIGH  # kept for next time
    window.contrast.action.trigger()
    assert not high_contrast() and window.settings.contrast is ContrastChoice.NORMAL
    assert QApplication.palette() == before
    assert all(MUTED_INK in w.styleSheet() for w in muted_labels())
    assert "background: #23384d" in window.nav.styleSheet()


def test_it_follows_the_system_until_the_user_chooses(
    normal_after: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = normal_after
    assert window.contrast.choice is ContrastChoice.SYSTEM
    monkeypatch.setattr(contrast, "system_wants_high_contrast", lambda: True)
    window.contrast.apply()  # as when the system's contrast preference changes
    assert high_contrast() and window.contrast.action.isChecked()
    window.contrast.action.trigger()  # the user's own choice: normal contrast
    window.contrast.apply()  # the system still wants high contrast
    assert not high_contrast()


def test_the_high_contrast_palette_reads_at_seven_to_one() -> None:
    palette = high_palette()
    roles = QPalette.ColorRole
    for ink, paper in (
        (roles.WindowText, roles.Window),
        (roles.Text, roles.Base),
        (roles.ButtonText, roles.Button),
        (roles.HighlightedText, roles.Highlight),
        (roles.ToolTipText, roles.ToolTipBase),
        (roles.PlaceholderText, roles.Base),
        (roles.Link, roles.Base),
    ):
        fg, bg = palette.color(ink).name(), palette.color(paper).name()
        assert contrast_ratio(fg, bg) >= 7.0, (ink, fg, bg)
    disabled = palette.color(QPalette.ColorGroup.Disabled, roles.Text).name()
    assert contrast_ratio(disabled, "#ffffff") >= 7.0
