"""A long random walk of what a room does with mouse and keyboard, sent as real events
through the main window: drags on every canvas, nudges, new and deleted cards, links, typed
notes; actions, conclusions and dots on the conclusions page; page changes, undo and redo;
and meanwhile the room's phones answer (as the room session hands their answers over), the
room's centre or one phone's answer is adopted, a phone's idea made an action, parked or hidden.
Afterwards, undoing everything gives back the first state and redoing everything the last,
with every answer the phones sent kept (what the room said is never undone).
(The edit-level walk is test_random_walk.py.)"""

from __future__ import annotations

import os
import random
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QGraphicsView, QWidget

from regionroll_desktop.analysis.roles import weights_at
from regionroll_desktop.app.main_window import MainWindow
from regionroll_desktop.canvases.room_answers import RoomAnswersBox
from regionroll_desktop.model import Key, MatrixPosition, Step, StrategyKind
from regionroll_desktop.model.room import (
    ANSWERED_ONCE,
    MAX_IDEAS_EACH,
    Idea,
    KeysAnswer,
    MatrixAnswer,
    Participant,
    Question,
    RolesAnswer,
    RoomRecord,
    record_answer,
    record_idea,
)
from regionroll_desktop.room.server import Received
from regionroll_desktop.ui.session import UNDO_LIMIT, StateCommand

from ..canvases.mouse import drag
from .fixture_files import copied

FIXTURE = Path(__file__).parents[1] / "storage" / "fixtures" / "workshop-v1.regionroll.json"
ACTIONS = int(os.environ.get("WALK", "3000"))  # WALK=n for a longer or shorter walk
CTRL = Qt.KeyboardModifier.ControlModifier
OUTCOME = "outcome"  # the conclusions page (Ctrl+6)


class Room:
    """The hands of the room: each method is one thing a participant might do."""

    def __init__(self, window: MainWindow, rng: random.Random) -> None:
        self.window = window
        self.rng = rng
        self.here: Step | str = OUTCOME
        self.phones = [Participant(id=f"phone-{n}") for n in range(12)]
        self.sent = RoomRecord()  # what the phones have sent, as the workshop should keep it
        self.adopted = self.parked = 0  # answers adopted and ideas handled (undo steps)

    def visit(self, page: Step | str) -> None:
        self.here = page
        if page == OUTCOME:
            QTest.keyClick(self.window, Qt.Key.Key_6, CTRL)
        else:
            QTest.keyClick(self.window, Qt.Key(Qt.Key.Key_1 + list(Step).index(page)), CTRL)

    def canvas(self, step: Step) -> QWidget:
        canvas = self.window.step_pages[step].canvas
        assert canvas is not None and self.window.pages.currentWidget().isVisible()
        return canvas

    def view_point(self, view: QGraphicsView, scene_point: QPointF) -> QPoint:
        view.ensureVisible(scene_point.x(), scene_point.y(), 1, 1, 0, 0)
        return view.mapFromScene(scene_point)

    def random_point(self, view: QGraphicsView) -> QPoint:
        area = view.viewport().rect().adjusted(10, 10, -10, -10)
        return QPoint(
            self.rng.randint(area.left(), area.right()), self.rng.randint(area.top(), area.bottom())
        )

    # --- Organisation ---

    def move_a_branch(self) -> None:
        canvas = self.canvas(Step.ORGANISATION)
        chip_key = self.rng.choice(list(canvas.scene.chips))
        lane = chip_key[1]
        boxes = [box for key, box in canvas.scene.boxes.items() if key[0] == lane]
        box = self.rng.choice(boxes)
        chip = canvas.scene.chips[chip_key]
        start = self.view_point(canvas.view, chip.sceneBoundingRect().center())
        end = canvas.view.mapFromScene(box.sceneBoundingRect().center())
        drag(canvas.view, start, end)

    def nudge_a_branch(self) -> None:
        canvas = self.canvas(Step.ORGANISATION)
        chip = canvas.scene.chips[self.rng.choice(list(canvas.scene.chips))]
        canvas.scene.clearSelection()
        chip.setSelected(True)
        chip.setFocus()
        canvas.view.setFocus()
        key = self.rng.choice([Qt.Key.Key_Left, Qt.Key.Key_Right])
        QTest.keyClick(canvas.view.viewport(), key)

    # --- Finansiering ---

    def drag_on_the_matrix(self) -> None:
        canvas = self.canvas(Step.FINANSIERING)
        plot = canvas.plot
        moment = self.rng.choice(["today", "ambition"])
        marker = plot.markers[moment]
        if not marker.isVisible():
            QTest.mouseClick(canvas.panel.rows[moment].toggle, Qt.MouseButton.LeftButton)
            return
        start = plot.mapFromScene(marker.scenePos())
        x, y = self.rng.uniform(-1, 1), self.rng.uniform(-1, 1)
        end = plot.mapFromScene(plot.vb.mapViewToScene(QPointF(x, y)))
        drag(plot, start, end)

    def nudge_on_the_matrix(self) -> None:
        canvas = self.canvas(Step.FINANSIERING)
        canvas.plot.setFocus()
        key = self.rng.choice([Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down])
        QTest.keyClick(canvas.plot, key)

    # --- Strategi ---

    def add_a_card(self) -> None:
        canvas = self.canvas(Step.STRATEGI)
        if len(canvas.scene.cards) >= 30:  # a room's pyramid, not an archive
            self.delete_a_card()
            return
        kind = self.rng.choice(list(StrategyKind))
        QTest.mouseClick(canvas.add_buttons[kind], Qt.MouseButton.LeftButton)

    def move_a_card(self) -> None:
        canvas = self.canvas(Step.STRATEGI)
        if not canvas.scene.cards:
            return
        card = canvas.scene.cards[self.rng.choice(list(canvas.scene.cards))]
        band = canvas.scene.bands[self.rng.choice(list(canvas.scene.bands))].rect
        start = self.view_point(canvas.view, card.sceneBoundingRect().center())
        target = QPointF(self.rng.uniform(band.left() + 20, band.right() - 20), band.center().y())
        drag(canvas.view, start, canvas.view.mapFromScene(target))

    def link_two_cards(self) -> None:
        canvas = self.canvas(Step.STRATEGI)
        if len(canvas.scene.cards) < 2:
            return
        a, b = self.rng.sample(list(canvas.scene.cards), 2)
        card, other = canvas.scene.cards[a], canvas.scene.cards[b]
        handle = card.mapToScene(card.handle_rect().center())
        start = self.view_point(canvas.view, handle)
        drag(canvas.view, start, canvas.view.mapFromScene(other.sceneBoundingRect().center()))

    def dictate_a_card(self) -> None:
        """Quick entry: a card beside, below or loose, its title typed in place, or a title
        retyped (F2) and kept or dropped."""
        canvas = self.canvas(Step.STRATEGI)
        canvas.view.setFocus()
        if canvas.scene.cards:
            canvas.scene.select_documents({self.rng.choice(list(canvas.scene.cards))})
        key, mods = self.rng.choice(
            [
                (Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier),
                (Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier),
                (Qt.Key.Key_Insert, Qt.KeyboardModifier.NoModifier),
                (Qt.Key.Key_F2, Qt.KeyboardModifier.NoModifier),
                (Qt.Key.Key_K, CTRL),
            ]
        )
        QTest.keyClick(canvas.view.viewport(), key, mods)
        if canvas.scene.editor.active:
            QTest.keyClicks(canvas.view.viewport(), self.rng.choice(["Plan", "RUS", "Program"]))
            end = self.rng.choice([Qt.Key.Key_Return, Qt.Key.Key_Return, Qt.Key.Key_Escape])
            QTest.keyClick(canvas.view.viewport(), end)

    def name_a_body(self) -> None:
        """A body named in place: a new nämnd, or the last one renamed; Enter keeps, Esc drops."""
        canvas = self.canvas(Step.ORGANISATION)
        if len(canvas.session.workshop.organisation.political_bodies) < 6:
            QTest.mouseClick(canvas.panel.add_namnd, Qt.MouseButton.LeftButton)
        else:
            canvas.view.setFocus()
            QTest.keyClick(canvas.view.viewport(), Qt.Key.Key_F2)
        if canvas.scene.editor.active:
            QTest.keyClicks(
                canvas.view.viewport(), self.rng.choice(["namnden", "Kultur", "Trafik"])
            )
            end = self.rng.choice([Qt.Key.Key_Return, Qt.Key.Key_Escape])
            QTest.keyClick(canvas.view.viewport(), end)

    def delete_a_card(self) -> None:
        canvas = self.canvas(Step.STRATEGI)
        if len(canvas.scene.cards) < 4:  # keep the pyramid worth walking on
            return
        canvas.scene.select_documents({self.rng.choice(list(canvas.scene.cards))})
        canvas.view.setFocus()
        QTest.keyClick(canvas.view.viewport(), Qt.Key.Key_Delete)

    # --- sticky notes, on every canvas ---

    def stick_a_note(self) -> None:
        """A note put up (Ctrl+Shift+N, typed, Enter or Esc), dragged (onto an item or away),
        rewritten, moved with the arrows or taken down."""
        assert isinstance(self.here, Step)
        canvas = self.canvas(self.here)
        notes = canvas.notes
        cards = list(notes.cards.values())
        what = self.rng.choice(["new", "new", "drag", "write", "nudge", "delete"])
        if what == "new" or not cards:
            canvas.setFocus()
            QTest.keyClick(canvas, Qt.Key.Key_N, CTRL | Qt.KeyboardModifier.ShiftModifier)
            field = notes.editor.field
            if field is not None:
                QTest.keyClicks(field, self.rng.choice(["Fråga", "Vem?", "Mer pengar"]))
                QTest.keyClick(field, self.rng.choice([Qt.Key.Key_Return, Qt.Key.Key_Escape]))
            return
        card = self.rng.choice(cards)
        card.setFocus()
        if what == "drag":
            board = notes.board
            to = QPoint(self.rng.randrange(board.width()), self.rng.randrange(board.height()))
            QTest.mousePress(card, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
            for k in (1, 2, 3):
                QTest.mouseMove(card, card.mapFromParent(card.pos() + (to - card.pos()) * k / 3))
            QTest.mouseRelease(card, Qt.MouseButton.LeftButton, pos=card.mapFromParent(to))
        elif what == "write":
            QTest.keyClick(card, Qt.Key.Key_F2)
            if notes.editor.field is not None:
                QTest.keyClicks(notes.editor.field, "!")
                QTest.keyClick(notes.editor.field, Qt.Key.Key_Return)
        elif what == "nudge":
            QTest.keyClick(card, self.rng.choice([Qt.Key.Key_Left, Qt.Key.Key_Down]))
        else:
            QTest.keyClick(card, Qt.Key.Key_Delete)

    # --- Genomförandepraktik ---

    def drag_on_the_role_map(self) -> None:
        canvas = self.canvas(Step.GENOMFORANDEPRAKTIK)
        moment = self.rng.choice(["today", "ambition"])
        marker = canvas.scene.markers[moment]
        if not marker.isVisible():
            QTest.mouseClick(canvas.boxes[moment].toggle, Qt.MouseButton.LeftButton)
            return
        start = self.view_point(canvas.view, marker.sceneBoundingRect().center())
        drag(canvas.view, start, self.random_point(canvas.view))

    # --- Slutsatser ---

    def add_an_action(self) -> None:
        page = self.window.outcome_page
        if page.table.rowCount() >= 15:
            page.table.setCurrentCell(self.rng.randrange(page.table.rowCount()), 0)
            QTest.mouseClick(page.remove, Qt.MouseButton.LeftButton)
            return
        QTest.mouseClick(page.add, Qt.MouseButton.LeftButton)
        editor = page.table.focusWidget()  # the new row's "what" is open for typing
        if editor is not None and editor is not page.table:
            QTest.keyClicks(editor, self.rng.choice(["Utred", "Ta fram", "Återkoppla"]))
            QTest.keyClick(editor, Qt.Key.Key_Return)

    def move_an_action(self) -> None:
        page = self.window.outcome_page
        if page.table.rowCount() < 2:
            return
        page.table.setCurrentCell(self.rng.randrange(page.table.rowCount()), 0)
        button = self.rng.choice([page.up, page.down])
        QTest.mouseClick(button, Qt.MouseButton.LeftButton)

    def write_a_conclusion(self) -> None:
        text = self.window.outcome_page.texts[self.rng.choice(list(Step))]
        text.setFocus()
        QTest.keyClicks(text, self.rng.choice(["ja ", "beslut ", "RUS "]))

    def place_a_dot(self) -> None:
        voting = self.window.outcome_page.voting
        if not voting.targets.count() or not voting.group.count():
            return
        voting.group.setCurrentIndex(self.rng.randrange(voting.group.count()))
        voting.group.activated.emit(voting.group.currentIndex())
        voting.targets.setCurrentRow(self.rng.randrange(voting.targets.count()))
        button = voting.add if self.rng.random() < 0.7 else voting.take
        QTest.mouseClick(button, Qt.MouseButton.LeftButton)

    # --- the room's phones ---

    def a_phone_answers(self) -> None:
        """A phone sends an answer, handed over as the room session's server does."""
        phone = self.rng.choice(self.phones)
        question = self.rng.choice(
            [
                q for q in (*ANSWERED_ONCE, Question.IDEAS) if q is not Question.DOTS
            ]  # dots: the targets come and go
        )
        u, v = self.rng.uniform(-1, 1), self.rng.uniform(-1, 1)
        if question in (Question.MATRIX_TODAY, Question.MATRIX_AMBITION):
            position = MatrixPosition(capital_per_capita=round(u, 3), proactivity=round(v, 3))
            answer: object = MatrixAnswer(question=question, position=position)
        elif question in (Question.ROLES_TODAY, Question.ROLES_AMBITION):
            answer = RolesAnswer(question=question, weights=weights_at((u + 1) / 2, (v + 1) / 2))
        elif question is Question.KEYS:
            answer = KeysAnswer(question=question, scores={self.rng.choice(list(Key)): 3})
        else:
            if sum(1 for i in self.sent.ideas if i.participant == phone.id) >= MAX_IDEAS_EACH:
                return
            text = self.rng.choice(["Vem?", "När?", "Ett RUS-forum"])
            answer = Idea(id=f"idea-{len(self.sent.ideas)}", participant=phone.id, text=text)
        if isinstance(answer, Idea):
            self.sent = record_idea(self.sent, phone, answer)
        else:
            self.sent = record_answer(self.sent, phone, answer)  # type: ignore[arg-type]
        received = Received(phone, answer, time.time())  # type: ignore[arg-type]
        control = self.window.document.room
        control._mailbox.received.emit(received)  # as from the server's thread
        control.flush()  # recorded before the next action, as the window's loop would

    def adopt_from_the_room(self) -> None:
        """The room's centre, or one phone's answer, becomes the workshop's on this map."""
        QApplication.processEvents()  # the map has shown what the phones sent
        page = self.window.step_pages[self.here]  # type: ignore[index]
        box = page.findChild(RoomAnswersBox)
        if box is None or not box.isVisibleTo(page):
            return
        if self.rng.random() < 0.5:
            button = box.adopt[self.rng.choice(list(box.adopt))]
        else:
            box.one.setCurrentIndex(self.rng.randrange(box.one.count()))
            button = box.adopt_one
        if button.isEnabled():
            before = self.window.session.undo_stack.index()
            button.click()
            self.adopted += self.window.session.undo_stack.index() != before

    def handle_an_idea(self) -> None:
        """A phone's idea is made an action or a parked question, or hidden (one click)."""
        box = self.window.outcome_page.ideas
        if box.list.count():
            box.list.setCurrentRow(self.rng.randrange(box.list.count()))
            before = self.window.session.undo_stack.index()
            button = self.rng.choice([box.to_action, box.to_parked, box.hide_idea])
            QTest.mouseClick(button, Qt.MouseButton.LeftButton)
            self.parked += self.window.session.undo_stack.index() != before

    # --- every page ---

    def write_a_note(self) -> None:
        step = next(s for s, page in self.window.step_pages.items() if page.isVisible())
        note = self.window.step_pages[step].note
        note.setFocus()
        QTest.keyClicks(note, self.rng.choice(["ja ", "nej ", "kanske ", "RUS "]))

    def undo(self) -> None:
        QTest.keyClick(self.window, Qt.Key.Key_Z, CTRL)

    def redo(self) -> None:
        QTest.keyClick(self.window, Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)

    def actions(self) -> dict[Step | str, list[tuple[Callable[[], None], int]]]:
        """What can be done on each step's page, and how often, beside notes, undo and redo."""
        anywhere = [
            (self.write_a_note, 1),
            (self.stick_a_note, 1),
            (self.a_phone_answers, 2),
            (self.undo, 2),
            (self.redo, 1),
        ]
        return {
            Step.ORGANISATION: [
                (self.move_a_branch, 6),
                (self.nudge_a_branch, 3),
                (self.name_a_body, 1),
                *anywhere,
            ],
            Step.FINANSIERING: [
                (self.drag_on_the_matrix, 6),
                (self.nudge_on_the_matrix, 3),
                (self.adopt_from_the_room, 1),
                *anywhere,
            ],
            Step.STRATEGI: [
                (self.add_a_card, 3),
                (self.dictate_a_card, 3),
                (self.move_a_card, 4),
                (self.link_two_cards, 3),
                (self.delete_a_card, 2),
                *anywhere,
            ],
            Step.GENOMFORANDEPRAKTIK: [
                (self.drag_on_the_role_map, 6),
                (self.adopt_from_the_room, 1),
                *anywhere,
            ],
            OUTCOME: [
                (self.add_an_action, 3),
                (self.move_an_action, 2),
                (self.write_a_conclusion, 2),
                (self.place_a_dot, 3),
                (self.handle_an_idea, 1),
                (self.a_phone_answers, 2),
                (self.undo, 2),
                (self.redo, 1),
            ],
        }

    def walk(self, steps: int) -> dict[str, int]:
        """`steps` actions, in visits of a few actions to one page at a time."""
        done: dict[str, int] = {}
        by_step = self.actions()
        while steps > 0:
            page = self.rng.choice([*Step, OUTCOME])
            self.visit(page)
            actions, weights = zip(*by_step[page], strict=True)
            visit = min(steps, self.rng.randint(1, 20))
            for action in self.rng.choices(actions, weights, k=visit):
                action()
                done[action.__name__] = done.get(action.__name__, 0) + 1
            steps -= visit
        return done


@pytest.mark.usefixtures("every_mouse_move")
def test_a_long_walk_of_real_input_undoes_and_redoes_exactly(
    window: MainWindow, qtbot, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    assert window.open_file(copied(FIXTURE, tmp_path))
    window.resize(1400, 900)
    QApplication.processEvents()
    room = Room(window, random.Random(2019))
    first = window.session.workshop
    stack = window.session.undo_stack
    # Whether the stack ever held its limit of steps (and so dropped its oldest): a step
    # that undid itself leaves it a step under the limit afterwards (seed 7 did).
    peak = [stack.count()]

    def note_peak(_index: int) -> None:
        peak[0] = max(peak[0], stack.count())

    stack.indexChanged.connect(note_peak)
    done = room.walk(ACTIONS)
    stack.indexChanged.disconnect(note_peak)
    QApplication.processEvents()  # the last answers the phones sent are recorded
    while stack.canRedo():  # the walk may end on an undo: "last" is the stack's top
        window.act_redo.trigger()
    last = window.session.workshop
    # Every answer kept, none twice, each with the time it arrived (the walk's own record has
    # no times: it did not receive them).
    assert last.room.participants == room.sent.participants and room.sent.answers
    assert [(a.participant, a.answer) for a in last.room.answers] == [
        (a.participant, a.answer) for a in room.sent.answers
    ]
    assert all(a.at is not None for a in last.room.answers)
    assert [(i.id, i.text) for i in last.room.ideas] == [(i.id, i.text) for i in room.sent.ideas]
    assert room.adopted and room.parked, (room.adopted, room.parked)
    assert stack.count() > ACTIONS // 4, (stack.count(), done)
    # Every canvas took real input: none of these is as it was.
    assert last.organisation.model_copy(update={"note": ""}) != first.organisation.model_copy(
        update={"note": ""}
    )
    assert last.financing.today != first.financing.today
    assert last.strategy.documents != first.strategy.documents
    assert last.strategy.links != first.strategy.links
    assert last.implementation.today != first.implementation.today
    assert any(last.note(step) != first.note(step) for step in Step)
    assert last.outcome.actions and last.outcome.votes and last.outcome != first.outcome

    # Undo goes back as far as the stack keeps steps: to the first state, or (past the limit,
    # where the oldest steps were dropped) to the state before the oldest kept step.
    oldest = stack.command(0)
    assert isinstance(oldest, StateCommand)
    back_to = first if peak[0] < UNDO_LIMIT else oldest.before
    back_to = back_to.model_copy(update={"room": last.room})  # what the room said stays
    while stack.canUndo():
        window.act_undo.trigger()
    assert window.session.workshop == back_to
    while stack.canRedo():
        window.act_redo.trigger()
    assert window.session.workshop == last
    window.session.undo_stack.setClean()
