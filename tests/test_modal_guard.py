"""The test run refuses modal dialogs, so a forgotten answer fails instead of hanging CI."""

import pytest
from PySide6.QtWidgets import QWidget

from regionroll_desktop.ui import dialogs


def test_a_modal_dialog_in_a_test_fails_loudly(qtbot) -> None:  # type: ignore[no-untyped-def]
    parent = QWidget()
    qtbot.addWidget(parent)
    with pytest.raises(AssertionError, match="modal dialog"):
        dialogs.show_error(parent, "title", "text")
    with pytest.raises(AssertionError, match="modal dialog"):
        dialogs.ask_unsaved(parent, "x")
