"""A question's window is wide enough for its whole title and a sentence (issue #33: the title
bar cut "Parkera en fråga" to "Parker… fråga")."""

from __future__ import annotations

from PySide6.QtGui import QFontMetrics

from regionroll_desktop.ui.dialogs import FIELD_CHARACTERS, TITLE_BAR_ROOM, input_dialog


def test_a_question_is_as_wide_as_its_title(qtbot) -> None:  # type: ignore[no-untyped-def]
    for title in ("Parkera en fråga", "Ta en ögonblicksbild", "Källa till positionerna"):
        dialog = input_dialog(None, title, "Frågan att komma tillbaka till:")
        qtbot.addWidget(dialog)
        bold = dialog.font()
        bold.setBold(True)
        assert dialog.minimumWidth() >= QFontMetrics(bold).horizontalAdvance(title) + TITLE_BAR_ROOM
        assert dialog.minimumWidth() >= dialog.fontMetrics().averageCharWidth() * FIELD_CHARACTERS
        dialog.show()
        assert dialog.width() >= dialog.minimumWidth()
