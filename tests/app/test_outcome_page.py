"""Slutsatser: the room's conclusions per question, and its actions, all undoable."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from regionroll_desktop.app.outcome_page import DUE, STEP, WHAT, WHO, OutcomePage
from regionroll_desktop.model import ActionStatus, Key, Language, RegionChoice, Step
from regionroll_desktop.model import edits as e
from regionroll_desktop.ui.i18n import set_language
from regionroll_desktop.ui.session import Session


@pytest.fixture
def page(qtbot) -> OutcomePage:  # type: ignore[no-untyped-def]
    set_language(Language.SV)
    view = OutcomePage(Session(e.new_workshop(RegionChoice(code="04", name="Sörmland"))))
    qtbot.addWidget(view)
    view.resize(1100, 800)
    view.show()
    return view


def test_conclusions_are_written_and_decided_per_question(page: OutcomePage, qtbot) -> None:  # type: ignore[no-untyped-def]
    assert "2. Finansiering" in page.questions[Step.FINANSIERING].text()
    text = page.texts[Step.FINANSIERING]
    text.setFocus()
    qtbot.keyClicks(text, "Mer proaktivt")
    outcome = page.session.workshop.outcome
    assert outcome.conclusion(Step.FINANSIERING).text == "Mer proaktivt"
    assert page.session.undo_stack.count() == 1  # typing merges into one step
    page.decided[Step.FINANSIERING].click()
    assert page.session.workshop.outcome.conclusion(Step.FINANSIERING).decided
    page.session.undo_stack.undo()
    assert not page.decided[Step.FINANSIERING].isChecked()
    page.session.undo_stack.undo()
    assert text.toPlainText() == ""


def test_actions_are_added_edited_reordered_and_removed(page: OutcomePage, qtbot) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(page.add, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.add, Qt.MouseButton.LeftButton)
    assert page.table.rowCount() == 2
    page.table.item(0, WHAT).setText("Ta fram en kapitalplan")
    page.table.item(0, WHO).setText("Regiondirektören")
    page.table.item(0, DUE).setText("2027-03-31")
    first = page.session.workshop.outcome.actions[0]
    assert (first.what, first.who, first.due) == (
        "Ta fram en kapitalplan",
        "Regiondirektören",
        dt.date(2027, 3, 31),
    )
    # A date that is no date: a clear message, and nothing changes.
    page.table.item(0, DUE).setText("31/3")
    assert "ÅÅÅÅ-MM-DD" in page.message.text()
    assert page.session.workshop.outcome.actions[0].due == dt.date(2027, 3, 31)
    assert page.table.item(0, DUE).text() == "2027-03-31"
    page.table.item(0, WHAT).setText("  ")  # an action needs a what
    assert page.session.workshop.outcome.actions[0].what == "Ta fram en kapitalplan"
    combo = page.table.cellWidget(0, STEP)
    combo.setCurrentIndex(combo.findData("step:finansiering"))
    combo.activated.emit(combo.currentIndex())
    assert page.session.workshop.outcome.actions[0].step is Step.FINANSIERING
    combo = page.table.cellWidget(0, STEP)  # a key instead: the step link goes
    combo.setCurrentIndex(combo.findData("key:roll"))
    combo.activated.emit(combo.currentIndex())
    linked = page.session.workshop.outcome.actions[0]
    assert (linked.step, linked.key) == (None, Key.ROLL)
    combo = page.table.cellWidget(0, STEP)
    combo.setCurrentIndex(combo.findData("step:finansiering"))
    combo.activated.emit(combo.currentIndex())
    status = page.table.cellWidget(0, 4)
    status.setCurrentIndex(status.findData(ActionStatus.DECIDED))
    status.activated.emit(status.currentIndex())
    assert page.session.workshop.outcome.actions[0].status is ActionStatus.DECIDED
    page.table.setCurrentCell(0, WHAT)
    qtbot.mouseClick(page.down, Qt.MouseButton.LeftButton)
    assert page.session.workshop.outcome.actions[1].what == "Ta fram en kapitalplan"
    assert page.table.currentRow() == 1
    qtbot.mouseClick(page.remove, Qt.MouseButton.LeftButton)
    assert [a.what for a in page.session.workshop.outcome.actions] == ["Ny åtgärd"]
    page.session.undo_stack.undo()
    page.session.undo_stack.undo()
    assert page.session.workshop.outcome.actions[0].what == "Ta fram en kapitalplan"


def test_parked_questions_are_reviewed_here(page: OutcomePage, qtbot) -> None:  # type: ignore[no-untyped-def]
    assert page.parked_empty.isVisible() and "Ctrl+Skift+P" in page.parked_empty.text()
    page.session.apply("p", lambda w: e.park_question(w, "Hur gör grannarna?", Step.STRATEGI))
    assert page.parked.count() == 1 and "3. Strategi" in page.parked.item(0).text()
    qtbot.mouseClick(page.to_action, Qt.MouseButton.LeftButton)
    outcome = page.session.workshop.outcome
    assert outcome.actions[0].what == "Hur gör grannarna?" and outcome.parked[0].closed
    assert page.parked.item(0).font().strikeOut() and not page.to_action.isEnabled()
    assert page.close_parked.text() == "Öppna igen"
    qtbot.mouseClick(page.close_parked, Qt.MouseButton.LeftButton)
    assert not page.session.workshop.outcome.parked[0].closed
    qtbot.mouseClick(page.remove_parked, Qt.MouseButton.LeftButton)
    assert page.session.workshop.outcome.parked == () and page.parked_empty.isVisible()
    page.session.undo_stack.undo()
    assert page.parked.count() == 1


def test_an_action_or_a_question_from_any_page(window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Redigera ▸ Ny åtgärd… and Parkera en fråga… take the step that is open."""
    from regionroll_desktop.ui import dialogs

    window.show_step(Step.FINANSIERING)
    monkeypatch.setattr(dialogs, "ask_text", lambda *args: " Ta fram en kapitalplan ")
    window.quick.add_action.trigger()
    monkeypatch.setattr(dialogs, "ask_text", lambda *args: "Vad säger revisorerna?")
    window.quick.park.trigger()
    outcome = window.session.workshop.outcome
    assert [(a.what, a.step) for a in outcome.actions] == [
        ("Ta fram en kapitalplan", Step.FINANSIERING)
    ]
    assert [(q.text, q.step) for q in outcome.parked] == [
        ("Vad säger revisorerna?", Step.FINANSIERING)
    ]
    monkeypatch.setattr(dialogs, "ask_text", lambda *args: None)  # cancelled: nothing added
    window.quick.park.trigger()
    assert len(window.session.workshop.outcome.parked) == 1
    assert window.quick.add_action.shortcut().toString() == "Ctrl+Shift+A"


def test_groups_vote_with_dots_and_the_list_follows(page: OutcomePage, qtbot) -> None:  # type: ignore[no-untyped-def]
    voting = page.voting
    assert voting.empty.isVisible()  # no groups yet: it says how to add them
    session = page.session
    session.apply("g", lambda w: e.add_group(e.add_group(w, "Grupp A", group_id="ga"), "Grupp B"))
    session.apply("a", lambda w: e.add_action(e.add_action(w, "Först", "a1"), "Sedan", "a2"))
    assert not voting.empty.isVisible() and voting.targets.count() == 2
    assert voting.group.currentData() == "ga" and voting.left.text() == "3 av 3 prickar kvar"
    voting.targets.setCurrentRow(1)
    qtbot.mouseClick(voting.add, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(voting.add, Qt.MouseButton.LeftButton)
    assert session.workshop.outcome.dots_on("a2") == 2
    assert "●● 2" in voting.targets.item(1).text() and "Grupp A 2" in voting.targets.item(1).text()
    assert voting.left.text() == "1 av 3 prickar kvar"
    qtbot.mouseClick(voting.order, Qt.MouseButton.LeftButton)
    assert [a.id for a in session.workshop.outcome.actions] == ["a2", "a1"]
    assert page.table.item(0, 0).text() == "Sedan"
    voting.targets.setCurrentRow(0)
    qtbot.mouseClick(voting.take, Qt.MouseButton.LeftButton)
    assert session.workshop.outcome.dots_on("a2") == 1
    session.undo_stack.undo()
    assert session.workshop.outcome.dots_on("a2") == 2


def test_a_dragged_row_moves_its_action(page: OutcomePage, qtbot) -> None:  # type: ignore[no-untyped-def]
    for what in ("Ett", "Två", "Tre"):
        page.session.apply("a", lambda w, what=what: e.add_action(w, what))
    table = page.table
    last = table.visualRect(table.model().index(2, 0))
    assert table.drop_row(last.center().y()) == 2
    assert table.drop_row(table.viewport().height() - 2) == 2  # below the rows: the end
    table.setCurrentCell(0, WHAT)
    table.actionDropped.emit(0, 2)  # what the drop sends
    assert [a.what for a in page.session.workshop.outcome.actions] == ["Två", "Tre", "Ett"]
    assert table.currentRow() == 2
    page.session.undo_stack.undo()
    assert [a.what for a in page.session.workshop.outcome.actions] == ["Ett", "Två", "Tre"]


def test_a_row_is_typed_in_one_go_with_tab(page: OutcomePage, qtbot) -> None:  # type: ignore[no-untyped-def]
    """The room dictates an action: "+ Åtgärd", what, Tab, who, Tab, when, Enter. Each value
    lands in its own cell (the second Tab opened "Vem" again, and the date went there)."""
    from PySide6.QtWidgets import QApplication

    page.activateWindow()
    qtbot.mouseClick(page.add, Qt.MouseButton.LeftButton)

    def key(which: Qt.Key) -> None:
        """A key as the keyboard gives it: the event loop turns before the next one."""
        qtbot.keyClick(QApplication.focusWidget(), which)
        QApplication.processEvents()

    def typed(text: str) -> None:
        editor = QApplication.focusWidget()
        assert editor is not None and editor is not page.table
        qtbot.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(editor, text)

    typed("Ta fram en kapitalplan")
    key(Qt.Key.Key_Tab)
    typed("Strateg Karin")
    key(Qt.Key.Key_Tab)
    typed("2027-06-30")
    key(Qt.Key.Key_Return)
    (action,) = page.session.workshop.outcome.actions
    assert (action.what, action.who, action.due) == (
        "Ta fram en kapitalplan",
        "Strateg Karin",
        dt.date(2027, 6, 30),
    )
    assert [page.table.item(0, c).text() for c in (WHAT, WHO, DUE)] == [
        "Ta fram en kapitalplan",
        "Strateg Karin",
        "2027-06-30",
    ]
