"""Detaljer: the groups are named as the room calls them out, one after the other."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from regionroll_desktop.app.main_window import MainWindow
from regionroll_desktop.app.navigation import PAGE_DETAILS


def test_groups_are_named_in_one_go(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    """ "+ Grupp", a name, Enter: the next group opens for its name; Esc in a group just opened
    takes it back; Tab and Shift+Tab go between the groups' names, the names staying put."""
    page = window.details_page
    window.show()
    window.show_page(PAGE_DETAILS)
    assert page.isVisible()
    page.activateWindow()

    def key(which: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
        qtbot.keyClick(QApplication.focusWidget(), which, modifier)
        QApplication.processEvents()

    def typed(text: str) -> None:
        editor = QApplication.focusWidget()
        assert editor is not None and editor is not page.groups  # a name is open for typing
        qtbot.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(editor, text)

    qtbot.mouseClick(page.add_group, Qt.MouseButton.LeftButton)
    typed("Norra")
    key(Qt.Key.Key_Return)
    typed("Sodra")
    key(Qt.Key.Key_Return)
    key(Qt.Key.Key_Escape)  # the third, opened by Enter and not named, goes
    groups = window.session.workshop.details.groups
    assert [g.name for g in groups] == ["Norra", "Sodra"]
    assert page.groups.count() == 2
    page.groups.setFocus()
    page.groups.setCurrentRow(0)
    key(Qt.Key.Key_Return)  # Enter opens the current name
    typed("Norr")
    key(Qt.Key.Key_Tab)
    typed("Syd")
    key(Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    typed("Nord")
    key(Qt.Key.Key_Tab)
    key(Qt.Key.Key_Escape)
    assert [g.name for g in window.session.workshop.details.groups] == ["Nord", "Syd"]
    assert [page.groups.item(i).text() for i in range(2)] == ["Nord", "Syd"]
    assert [g.id for g in window.session.workshop.details.groups] == [g.id for g in groups]


def test_a_groups_side_is_chosen_and_shown_after_its_name(window: MainWindow) -> None:
    """Elected members or officials (issue #37): chosen for the group in the list, one undo
    step, shown after its name; the choice is off while no group is chosen."""
    from regionroll_desktop.app.details_page import SIDE_ROLE
    from regionroll_desktop.model import Side

    assert window.open_sample()
    page = window.details_page
    page.groups.setCurrentRow(-1)
    assert not page.group_side.isEnabled()
    page.groups.setCurrentRow(2)  # Grupp C, mixed
    assert (
        page.group_side.isEnabled()
        and page.group_side.currentText() == "Blandad eller inte angiven"
    )
    index = page.group_side.findData(Side.OFFICIALS.value)
    page.group_side.setCurrentIndex(index)
    page.group_side.activated.emit(index)
    assert window.session.workshop.details.groups[2].side is Side.OFFICIALS
    assert page.groups.item(2).data(SIDE_ROLE) == "tjänstepersoner"
    assert page.groups.item(0).data(SIDE_ROLE) == "förtroendevalda"
    assert page.groups.currentRow() == 2  # still chosen
    window.session.undo_stack.undo()
    assert window.session.workshop.details.groups[2].side is None
    assert page.group_side.currentText() == "Blandad eller inte angiven"
    window.session.undo_stack.setClean()
