"""Slutsatser: the room's conclusions per question, and its actions, all undoable."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from regionroll_desktop.app.outcome_page import DUE, STATUS, STEP, WHAT, WHO, OutcomePage
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


def test_conclusions_are_written_and_agreed_per_question(page: OutcomePage, qtbot) -> None:  # type: ignore[no-untyped-def]
    assert "2. Finansiering" in page.questions[Step.FINANSIERING].text()
    text = page.texts[Step.FINANSIERING]
    text.setFocus()
    qtbot.keyClicks(text, "Mer proaktivt")
    outcome = page.session.workshop.outcome
    assert outcome.conclusion(Step.FINANSIERING).text == "Mer proaktivt"
    assert page.session.undo_stack.count() == 1  # typing merges into one step
    page.agreed[Step.FINANSIERING].click()
    assert page.session.workshop.outcome.conclusion(Step.FINANSIERING).agreed
    page.session.undo_stack.undo()
    assert not page.agreed[Step.FINANSIERING].isChecked()
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
    status.setCurrentIndex(status.findData(ActionStatus.AGREED))
    status.activated.emit(status.currentIndex())
    assert page.session.workshop.outcome.actions[0].status is ActionStatus.AGREED
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
    assert page.parked.count() == 1
    assert "3. Strategi" in page.parked.item(0).data(Qt.ItemDataRole.UserRole)
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


def test_a_parked_question_is_mended_where_it_is_parked(page: OutcomePage, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Enter opens the question's words (its step stays beside them, not in them); Tab goes to
    the next question; Esc leaves one as it was; empty words are refused in a sentence."""
    key, typed = _keys(qtbot, page.parked)
    page.session.apply("p", lambda w: e.park_question(w, "Vem bar kostnaden?", Step.FINANSIERING))
    page.session.apply("p", lambda w: e.park_question(w, "Hur gor grannarna?"))
    page.activateWindow()
    page.parked.setFocus()
    page.parked.setCurrentRow(0)
    key(Qt.Key.Key_Return)
    typed("Vem bar kostnaden for tagen?")
    key(Qt.Key.Key_Tab)
    typed("Hur gor grannarna i norr?")
    key(Qt.Key.Key_Return)
    parked = page.session.workshop.outcome.parked
    assert [q.text for q in parked] == ["Vem bar kostnaden for tagen?", "Hur gor grannarna i norr?"]
    assert parked[0].step is Step.FINANSIERING  # the step was not typed over
    assert page.parked.count() == 2  # Enter on the last question opens no new one
    key(Qt.Key.Key_Return)
    typed("Borttappad")
    key(Qt.Key.Key_Escape)
    assert page.session.workshop.outcome.parked[1].text == "Hur gor grannarna i norr?"
    page.parked.item(0).setText("  ")
    assert page.session.workshop.outcome.parked[0].text == "Vem bar kostnaden for tagen?"
    assert "ord" in page.message.text()
    page.session.undo_stack.undo()
    assert page.session.workshop.outcome.parked[1].text == "Hur gor grannarna?"


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
    line = voting.targets.item(1).text()
    assert "●● 2" in line and "(Grupp A: 2)" in line
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


def _keys(qtbot, view):  # type: ignore[no-untyped-def]
    """Keys as the keyboard gives them to whatever has the focus, the event loop turning
    between them; and text typed into the open editor (replacing what it holds)."""
    from PySide6.QtWidgets import QApplication

    def key(which: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
        qtbot.keyClick(QApplication.focusWidget(), which, modifier)
        QApplication.processEvents()

    def typed(text: str) -> None:
        editor = QApplication.focusWidget()
        assert editor is not None and editor is not view  # an editor is open
        qtbot.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(editor, text)
        QApplication.processEvents()

    return key, typed


def test_a_row_is_typed_in_one_go_with_tab(page: OutcomePage, qtbot) -> None:  # type: ignore[no-untyped-def]
    """The room dictates actions: "+ Åtgärd", what, Tab, who, Tab, when, Tab to the step and
    the status (typed to choose), Enter, and the next action opens. Each value lands in its own
    cell (the second Tab opened "Vem" again, and the date went there)."""
    from PySide6.QtWidgets import QApplication, QComboBox

    key, typed = _keys(qtbot, page.table)
    page.activateWindow()
    qtbot.mouseClick(page.add, Qt.MouseButton.LeftButton)
    typed("Ta fram en kapitalplan")
    key(Qt.Key.Key_Tab)
    typed("Strateg Karin")
    key(Qt.Key.Key_Tab)
    typed("2027-06-30")
    key(Qt.Key.Key_Tab)
    combo = QApplication.focusWidget()
    assert isinstance(combo, QComboBox) and combo is page.table.cellWidget(0, STEP)
    key(Qt.Key.Key_Down)  # the first step after "not linked"
    key(Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is page.table.cellWidget(0, STATUS)
    key(Qt.Key.Key_Down)
    key(Qt.Key.Key_Return)
    first, _opened = page.session.workshop.outcome.actions
    assert (first.what, first.who, first.due, first.step) == (
        "Ta fram en kapitalplan",
        "Strateg Karin",
        dt.date(2027, 6, 30),
        Step.ORGANISATION,
    )
    assert first.status == list(ActionStatus)[1]
    assert [page.table.item(0, c).text() for c in (WHAT, WHO, DUE)] == [
        "Ta fram en kapitalplan",
        "Strateg Karin",
        "2027-06-30",
    ]
    # Enter in the last row opened the next action, its "what" ready for typing.
    assert page.table.state() == page.table.State.EditingState
    assert page.table.currentRow() == 1
    typed("Bjud in kommunerna")
    key(Qt.Key.Key_Tab)
    typed("Karin")
    key(Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)  # back to "what" to mend it
    typed("Bjud in alla kommuner")
    key(Qt.Key.Key_Return)
    assert [(a.what, a.who) for a in page.session.workshop.outcome.actions] == [
        ("Ta fram en kapitalplan", "Strateg Karin"),
        ("Bjud in alla kommuner", "Karin"),
        (page.tr("New action"), ""),
    ]
    # Esc in the action Enter opened, before a word is typed, takes it back.
    key(Qt.Key.Key_Escape)
    assert len(page.session.workshop.outcome.actions) == 2
    assert page.table.rowCount() == 2
    assert page.session.undo_stack.undoText() == page.tr("Change an action")


def test_tab_past_the_last_cell_leaves_the_table_esc_keeps_a_cell(page: OutcomePage, qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication

    key, typed = _keys(qtbot, page.table)
    page.session.apply("a", lambda w: e.add_action(w, "Kartlägg", "a1", who="Anna"))
    page.activateWindow()
    page.table.setFocus()
    page.table.setCurrentCell(0, WHO)
    key(Qt.Key.Key_Return)  # Enter opens the current cell
    typed("Bertil")
    key(Qt.Key.Key_Escape)  # and Esc leaves it as it was
    assert page.session.workshop.outcome.actions[0].who == "Anna"
    assert page.table.item(0, WHO).text() == "Anna"
    page.table.setCurrentCell(0, STATUS)
    page.table.cellWidget(0, STATUS).setFocus()
    key(Qt.Key.Key_Tab)
    focus = QApplication.focusWidget()
    assert focus is not None and not page.table.isAncestorOf(focus) and focus is not page.table
    key(Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is page.table.cellWidget(0, STATUS)


def test_who_has_room_for_a_name_and_a_title(page: OutcomePage) -> None:
    page.session.apply("a", lambda w: e.add_action(w, "Kartlägg", "a1"))
    metrics = page.table.fontMetrics()
    assert page.table.columnWidth(WHO) > metrics.horizontalAdvance("Regionutvecklingsdirektör")
    assert page.table.columnWidth(DUE) > metrics.horizontalAdvance("2027-06-30")


def test_conclusions_are_typed_one_after_the_other(page: OutcomePage, qtbot) -> None:  # type: ignore[no-untyped-def]
    """A conclusion, Tab to "Beslutad", Space, Tab to the next question's conclusion."""
    from PySide6.QtWidgets import QApplication

    key, _typed = _keys(qtbot, page.table)
    page.activateWindow()
    first = page.texts[Step.ORGANISATION]
    first.setFocus()
    qtbot.keyClicks(first, "En namnd for RU")
    key(Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is page.agreed[Step.ORGANISATION]
    key(Qt.Key.Key_Space)
    key(Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is page.texts[Step.FINANSIERING]
    qtbot.keyClicks(QApplication.focusWidget(), "Mer proaktivt")
    key(Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is page.agreed[Step.ORGANISATION]
    outcome = page.session.workshop.outcome
    assert outcome.conclusion(Step.ORGANISATION).text == "En namnd for RU"
    assert outcome.conclusion(Step.ORGANISATION).agreed
    assert outcome.conclusion(Step.FINANSIERING).text == "Mer proaktivt"


def test_the_projected_slide_keeps_the_rooms_type_in_parts_and_leaves_nothing_out(qapp) -> None:  # type: ignore[no-untyped-def]
    """The conclusions and actions projected on 1280×720: all of it, as large as the screen
    allows, when that is at least the room's smallest type; else in parts of a screen each,
    in that type, with every action and every conclusion whole across them and no line split
    between two parts (at the limits the slide was drawn in type a pixel high; later cut
    with "…" and its actions counted)."""
    from PySide6.QtCore import QRectF, QSize
    from PySide6.QtGui import QFont, QImage, QPainter

    from regionroll_desktop.app import outcome_figure as slide

    set_language(Language.SV)
    font = QFont()
    base = font.pixelSize() if font.pixelSize() > 0 else font.pointSizeF() * 96 / 72
    screen, least = QSize(1230, 590), 18.0

    def shown_px(size: QSize) -> float:
        return base * min(screen.width() / size.width(), screen.height() / size.height())

    w = e.new_workshop(RegionChoice(code="04", name="Sörmland"))
    w = e.add_action(w, "Ta fram en plan", "a0", who="Regiondirektören")
    (whole,) = slide.outcome_parts(w, screen, least)  # all of it on one screen
    assert shown_px(whole.size) >= least
    for n in range(1, 60):
        w = e.add_action(w, f"Åtgärd {n}: ta fram ett underlag", f"a{n}", who="Kansliet")
    said = " ".join("Rummet diskuterade länge hur ansvaret ska delas." for _ in range(200))
    for step in Step:
        w = e.set_conclusion(w, step, text=said)
    parts = slide.outcome_parts(w, screen, least)
    assert len(parts) > 3
    assert all(shown_px(part.size) >= least - 0.5 for part in parts)
    assert len({(p.size.width(), p.size.height()) for p in parts}) == 1  # one type on all
    # Nothing left out or cut: the conclusions' lines each on one screen, never across two,
    # then every action once, in a whole row on one screen under its heads.
    words = slide.outcome_markup(w)
    assert "…" not in words and words.count(said) == 4
    width, room = parts[0].size.width(), parts[0].size.height()
    screens = slide.outcome_screens(w, width, room)
    assert len(screens) == len(parts)
    conclusions = screens[0][0].document
    layout = conclusions.documentLayout()
    block, lines = conclusions.begin(), 0
    while block.isValid():
        top = layout.blockBoundingRect(block).top()
        for i in range(block.layout().lineCount()):
            line = block.layout().lineAt(i)
            y0 = top + line.y()
            assert int(y0 // room) == int((y0 + line.height() - 0.01) // room), block.text()
            lines += 1
        block = block.next()
    assert lines > 4 * 10
    rows: list[str] = []
    for screen in screens:
        for piece in screen:
            if piece.page is None:  # the actions' rows: whole within the screen
                assert piece.top + piece.document.size().height() <= room + 0.5
                text = piece.document.toPlainText()
                cells = [c for c in text.split("\n") if c.strip()]
                assert cells[0 if cells[0] != "Åtgärder" else 1] == "Åtgärd"  # the heads
                rows += [r for r in text.split("\n") if r.startswith(("Ta fram", "Åtgärd "))]
    assert rows == ["Ta fram en plan"] + [f"Åtgärd {n}: ta fram ett underlag" for n in range(1, 60)]
    # Each part draws something of its own (a part past the words would be blank).
    for part in parts:
        image = QImage(part.size, QImage.Format.Format_RGB32)
        image.fill(0xFFFFFF)
        painter = QPainter(image)
        part.draw(painter, QRectF(0, 0, part.size.width(), part.size.height()))
        painter.end()
        assert any(
            image.pixel(x, y) != 0xFFFFFFFF
            for y in range(0, image.height(), 3)
            for x in range(0, image.width(), 3)
        )
