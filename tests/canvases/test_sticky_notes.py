"""Sticky notes on every canvas: put up and written in place (Enter keeps, Esc drops, one undo
step), coloured, dragged onto an item to pin them, following their items, on the projector,
and numbered in the figures."""

from __future__ import annotations

import itertools
import math
from collections.abc import Iterable
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QImage, QKeySequence, QPainter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QGraphicsItem, QGraphicsView, QScrollArea, QWidget

from regionroll_desktop.canvases.financing.canvas import FinancingCanvas
from regionroll_desktop.canvases.organisation.canvas import OrganisationCanvas
from regionroll_desktop.canvases.roles.canvas import RolesCanvas
from regionroll_desktop.canvases.step_canvas import Figure
from regionroll_desktop.canvases.sticky_notes import (
    GAP,
    PLACING_MS,
    Crowd,
    NoteCard,
    NoteLayer,
    view_crowd,
    with_callouts,
)
from regionroll_desktop.canvases.strategy.canvas import StrategyCanvas
from regionroll_desktop.model import (
    ROOM_MARKER,
    MatrixPosition,
    Moment,
    NotePin,
    PinKind,
    RoleWeights,
    Step,
    StickyNote,
    StrategyKind,
    Workshop,
)
from regionroll_desktop.model import edits as e
from regionroll_desktop.storage import load_workshop
from regionroll_desktop.ui.widgets import SIDE_PANEL

from .test_quick_entry import type_text

SAMPLE = Path(__file__).parents[2] / "resources" / "samples" / "exempel.regionroll.json"
TODAY = NotePin(kind=PinKind.MARKER, item=ROOM_MARKER, moment=Moment.TODAY)


def settle() -> None:
    """Long enough for the notes to follow a repaint (they are placed at most every
    PLACING_MS)."""
    for _ in range(3):
        QApplication.processEvents()
    QTest.qWait(3 * PLACING_MS)
    QApplication.processEvents()


def layer(canvas: QWidget) -> NoteLayer:
    notes = canvas.notes  # type: ignore[attr-defined]
    assert isinstance(notes, NoteLayer)
    return notes


def card_of(canvas: QWidget, note_id: str) -> NoteCard:
    return layer(canvas).cards[note_id]


def beside(canvas: QWidget, note_id: str, pin: NotePin) -> float:
    """How far a pinned note lies from its item (board pixels; 0 when they touch)."""
    item = layer(canvas).pin_rect(pin)
    assert item is not None, "the item is drawn"
    note = QRectF(card_of(canvas, note_id).geometry())
    dx = max(item.left() - note.right(), note.left() - item.right(), 0.0)
    dy = max(item.top() - note.bottom(), note.top() - item.bottom(), 0.0)
    return dx + dy


def drag(card: QWidget, to: QPoint) -> None:
    """Take the note by its top left, move it in steps so that point ends at `to` (the
    board's coordinates), release: the pointer ends at `to`."""
    start = QPoint(4, 4)
    QTest.mousePress(card, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    origin = card.pos()
    for k in range(1, 6):
        here = card.mapFromParent(origin + (to - origin) * k / 5) + start
        QTest.mouseMove(card, here)
        QApplication.processEvents()
    QTest.mouseRelease(
        card,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
        card.mapFromParent(to) + start,
    )
    settle()


@pytest.mark.parametrize("kind", [OrganisationCanvas, FinancingCanvas, StrategyCanvas, RolesCanvas])
def test_the_new_note_button_heads_the_side_panel_never_the_drawing(shown, kind) -> None:  # type: ignore[no-untyped-def]
    """On the canvas it hid what lay under it (a lane's title in a narrow window)."""
    canvas = shown(kind, e.new_workshop())
    button = layer(canvas).add_button
    panel = canvas.findChild(QScrollArea, SIDE_PANEL)
    assert panel is not None and panel.isAncestorOf(button) and button.isVisible()
    assert not layer(canvas).view.isAncestorOf(button)


# --- written in place ---


def test_a_note_is_put_up_by_typing_and_enter_as_one_undo_step(shown) -> None:  # type: ignore[no-untyped-def]
    canvas = shown(OrganisationCanvas, e.new_workshop())
    notes = layer(canvas)
    session = notes.session
    notes.add_button.click()
    field = notes.editor.field
    assert field is not None and field.hasFocus()
    type_text(field, "Vem äger frågan?")
    QTest.keyClick(field, Qt.Key.Key_Return)
    settle()
    (note,) = session.workshop.notes_on(Step.ORGANISATION)
    assert note.text == "Vem äger frågan?" and note.pin is None and note.group is None
    assert notes.cards[note.id].isVisible()
    assert session.undo_stack.count() == 1
    session.undo_stack.undo()
    settle()
    assert session.workshop.sticky_notes == () and notes.cards == {}


def test_esc_puts_up_nothing(shown) -> None:  # type: ignore[no-untyped-def]
    canvas = shown(StrategyCanvas, Workshop())
    notes = layer(canvas)
    canvas.setFocus()
    QTest.keyClick(
        canvas,
        Qt.Key.Key_N,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    field = notes.editor.field
    assert field is not None, "Ctrl+Shift+N opens a new note"
    type_text(field, "Bort")
    QTest.keyClick(field, Qt.Key.Key_Escape)
    settle()
    assert notes.session.workshop.sticky_notes == () and notes.session.undo_stack.count() == 0


def test_a_note_is_rewritten_in_place_and_undone(shown) -> None:  # type: ignore[no-untyped-def]
    w = e.add_sticky_note(Workshop(), Step.STRATEGI, "Gammal", note_id="n1")
    canvas = shown(StrategyCanvas, w)
    notes = layer(canvas)
    card = card_of(canvas, "n1")
    card.setFocus()
    QTest.keyClick(card, Qt.Key.Key_F2)
    field = notes.editor.field
    assert field is not None and field.text() == "Gammal" and field.selectedText() == "Gammal"
    type_text(field, "Ny text")
    QTest.keyClick(field, Qt.Key.Key_Escape)
    assert notes.session.workshop.sticky_note("n1").text == "Gammal"  # type: ignore[union-attr]
    QTest.mouseDClick(card, Qt.MouseButton.LeftButton)
    field = notes.editor.field
    assert field is not None
    type_text(field, "Ny text")
    QTest.keyClick(field, Qt.Key.Key_Return)
    settle()
    assert notes.session.workshop.sticky_note("n1").text == "Ny text"  # type: ignore[union-attr]
    assert notes.session.undo_stack.count() == 1
    notes.session.undo_stack.undo()
    settle()
    assert card.text == "Gammal"


def test_typing_on_a_chosen_note_starts_its_new_text(shown) -> None:  # type: ignore[no-untyped-def]
    w = e.add_sticky_note(Workshop(), Step.STRATEGI, "Gammal", note_id="n1")
    canvas = shown(StrategyCanvas, w)
    card = card_of(canvas, "n1")
    card.setFocus()
    type_text(card, "Ö")
    field = layer(canvas).editor.field
    assert field is not None and field.text() == "Ö"
    type_text(field, "ppen")
    QTest.keyClick(field, Qt.Key.Key_Enter)
    assert layer(canvas).session.workshop.sticky_note("n1").text == "Öppen"  # type: ignore[union-attr]


def test_delete_takes_a_note_down_and_the_menu_colours_and_pins_it(shown) -> None:  # type: ignore[no-untyped-def]
    w = e.add_group(e.new_workshop(), "Grupp A", group_id="a")
    w = e.add_sticky_note(w, Step.ORGANISATION, "x", note_id="n1")
    canvas = shown(OrganisationCanvas, w)
    notes = layer(canvas)
    menu = notes.build_menu("n1")
    titles = [a.text() for a in menu.actions() if a.text()]
    assert titles[:4] == ["Skriv…", "Färg", "Fäst vid", "Lossa"] and titles[-1] == "Ta ned"
    colours = next(a.menu() for a in menu.actions() if a.text() == "Färg")
    next(a for a in colours.actions() if a.text() == "Grupp A").trigger()
    pins = next(a.menu() for a in notes.build_menu("n1").actions() if a.text() == "Fäst vid")
    assert [a.text() for a in pins.actions()] == [
        "”Regionstyrelsen”",
        "”Regionstyrelsens förvaltning”",
    ]
    pins.actions()[0].trigger()
    settle()
    note = notes.session.workshop.sticky_note("n1")
    assert (
        note is not None and note.group == "a" and note.pin == NotePin(kind=PinKind.BODY, item="rs")
    )
    card = card_of(canvas, "n1")
    assert card.caption == "Grupp A", "a group's note names its group: colour is never alone"
    assert "Regionstyrelsen" in card.accessibleDescription()
    card.setFocus()
    QTest.keyClick(card, Qt.Key.Key_Delete)
    settle()
    assert notes.session.workshop.sticky_notes == ()
    notes.session.undo_stack.undo()
    assert notes.session.workshop.sticky_note("n1") == note


def test_arrows_move_a_free_note_and_merge_into_one_step(shown) -> None:  # type: ignore[no-untyped-def]
    w = e.add_sticky_note(Workshop(), Step.STRATEGI, "x", x=0.5, y=0.5, note_id="n1")
    canvas = shown(StrategyCanvas, w)
    card = card_of(canvas, "n1")
    before = card.pos()
    card.setFocus()
    for _ in range(3):
        QTest.keyClick(card, Qt.Key.Key_Right)
    settle()
    note = layer(canvas).session.workshop.sticky_note("n1")
    assert note is not None and note.x == pytest.approx(0.56) and note.y == 0.5
    assert card.pos().x() > before.x()
    assert layer(canvas).session.undo_stack.count() == 1


# --- pinned: dragged onto an item, following it ---


def test_a_note_dropped_on_a_body_is_pinned_and_follows_it(shown) -> None:  # type: ignore[no-untyped-def]
    from regionroll_desktop.model import Branch, Lane

    w = e.add_political_body(e.new_workshop(), "Regionala utvecklingsnämnden", "run")
    w = e.add_sticky_note(w, Step.ORGANISATION, "Delas med HSV?", x=1.0, y=1.0, note_id="n1")
    canvas = shown(OrganisationCanvas, w)
    settle()
    pin = NotePin(kind=PinKind.BODY, item="run")
    box = layer(canvas).pin_rect(pin)
    assert box is not None
    drag(card_of(canvas, "n1"), (box.topRight() - QPointF(60, -12)).toPoint())  # inside the box
    session = layer(canvas).session
    assert session.workshop.sticky_note("n1").pin == pin  # type: ignore[union-attr]
    assert session.undo_stack.count() == 1
    assert beside(canvas, "n1", pin) < 8
    first = QPointF(card_of(canvas, "n1").pos())
    # Every branch goes to the board above: the nämnd's box moves, and the note with it.
    for branch in Branch:
        session.apply("p", lambda w, b=branch: e.place_branch(w, b, Lane.POLITICAL, "rs"))
    settle()
    moved = layer(canvas).pin_rect(pin)
    assert moved is not None and abs(moved.top() - box.top()) > 20
    assert QPointF(card_of(canvas, "n1").pos()) != first
    assert beside(canvas, "n1", pin) < 8
    # Dragged away onto empty canvas, it lies by itself there.
    drag(card_of(canvas, "n1"), QPoint(20, layer(canvas).board.height() - 60))
    note = session.workshop.sticky_note("n1")
    assert note is not None and note.pin is None and note.x < 0.1 and note.y > 0.8


def test_a_note_pinned_to_a_card_follows_it_to_another_level(shown) -> None:  # type: ignore[no-untyped-def]
    w = e.add_document(Workshop(), "Plan", StrategyKind.PLAN, doc_id="d1")
    pin = NotePin(kind=PinKind.CARD, item="d1")
    w = e.add_sticky_note(w, Step.STRATEGI, "Revideras", pin=pin, note_id="n1")
    canvas = shown(StrategyCanvas, w)
    settle()
    assert beside(canvas, "n1", pin) < 8
    y = card_of(canvas, "n1").pos().y()
    layer(canvas).session.apply(
        "k", lambda w: e.update_document(w, "d1", kind=StrategyKind.HANDLINGSPLAN)
    )
    settle()
    assert card_of(canvas, "n1").pos().y() > y + 20, "the card went down a level, the note too"
    assert beside(canvas, "n1", pin) < 8


@pytest.mark.parametrize("kind", [FinancingCanvas, RolesCanvas])
def test_a_note_pinned_to_a_marker_follows_it(shown, kind: type) -> None:  # type: ignore[no-untyped-def]
    step = Step.FINANSIERING if kind is FinancingCanvas else Step.GENOMFORANDEPRAKTIK
    w = e.add_sticky_note(Workshop(), step, "Mest statliga medel", pin=TODAY, note_id="n1")
    if kind is FinancingCanvas:
        places = [
            MatrixPosition(capital_per_capita=c, proactivity=p)
            for c, p in ((-0.6, -0.6), (0.6, 0.6))
        ]
        edit = e.set_matrix_position
    else:
        places = [
            RoleWeights(finansiaren=0.7, utforaren=0.1, natverkaren=0.1, kapacitetsbyggaren=0.1),
            RoleWeights(finansiaren=0.1, utforaren=0.1, natverkaren=0.1, kapacitetsbyggaren=0.7),
        ]
        edit = e.set_role_weights
    canvas = shown(kind, edit(w, Moment.TODAY, places[0]))
    settle()
    assert beside(canvas, "n1", TODAY) < 8
    first = QPointF(card_of(canvas, "n1").pos())
    layer(canvas).session.apply("m", lambda w: edit(w, Moment.TODAY, places[1]))
    settle()
    assert (QPointF(card_of(canvas, "n1").pos()) - first).manhattanLength() > 60
    assert beside(canvas, "n1", TODAY) < 8
    # The marker taken away: the note stays, by itself where it was last put.
    layer(canvas).session.apply("m", lambda w: edit(w, Moment.TODAY, None))
    settle()
    assert card_of(canvas, "n1").isVisible()


# --- on the projector and in figures ---


def test_the_projector_shows_notes_larger_and_takes_no_editing(shown) -> None:  # type: ignore[no-untyped-def]
    w = load_workshop(SAMPLE)
    w = e.add_sticky_note(w, Step.STRATEGI, "Ska RUS:en styra mer?", note_id="n1")
    canvas = shown(StrategyCanvas, w)
    width = card_of(canvas, "n1").width()
    canvas.present(2.0, 18.0)
    settle()
    card = card_of(canvas, "n1")
    assert card.width() >= 2 * width - 1 and card.isVisible()
    assert not layer(canvas).add_button.isVisible() and not layer(canvas).add_note()
    assert card.focusPolicy() == Qt.FocusPolicy.NoFocus
    assert card.testAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)


def _painted(figure: Figure) -> QImage:
    image = QImage(figure.size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    figure.draw(painter, QRectF(0, 0, figure.size.width(), figure.size.height()))
    painter.end()
    return image


def test_callouts_sit_at_pinned_items_and_free_notes_beside_the_figure(qapp) -> None:  # type: ignore[no-untyped-def]
    def blank(painter: QPainter, target: QRectF) -> None:
        painter.fillRect(target, Qt.GlobalColor.white)

    figure = Figure(blank, QSize(400, 300))
    pin = NotePin(kind=PinKind.BODY, item="rs")
    notes = (
        StickyNote(id="a", step=Step.ORGANISATION, text="pinned", pin=pin),
        StickyNote(id="b", step=Step.ORGANISATION, text="free", y=0.0),
    )
    assert with_callouts(figure, (), lambda _: None) is figure
    drawn = with_callouts(figure, notes, lambda p: QPointF(200, 150) if p == pin else None)
    assert drawn.size.height() == 300 and drawn.size.width() > 400, "a margin for the free note"
    image = _painted(drawn)
    assert image.pixelColor(200, 140) != Qt.GlobalColor.white, "a callout at the item"
    assert image.pixelColor(drawn.size.width() - 14, 20) != Qt.GlobalColor.white, (
        "one in the margin"
    )


def test_many_callouts_on_a_card_keep_off_words_and_other_cards(qapp) -> None:  # type: ignore[no-untyped-def]
    """Ten notes on a card whose top right corner lies under its level's title, a card
    beside it: the callouts lie by the card, on its level, over neither the title's letters
    nor the card beside it (in a row leftwards they ran over the level's title, and one
    more row would have reached the next level)."""

    def blank(painter: QPainter, target: QRectF) -> None:
        painter.fillRect(target, Qt.GlobalColor.white)

    figure = Figure(blank, QSize(600, 320))
    pin = NotePin(kind=PinKind.CARD, item="plan")
    notes = tuple(
        StickyNote(id=f"n{k}", step=Step.STRATEGI, text=f"Lapp {k}", pin=pin) for k in range(10)
    )
    level, card, beside = (
        QRectF(40, 40, 520, 240),
        QRectF(100, 110, 200, 80),
        QRectF(312, 110, 190, 80),
    )
    title = QRectF(50, 88, 270, 18)  # the level's title's letters, reaching over the corner
    drawn = with_callouts(
        figure,
        notes,
        lambda p: card.topRight() if p == pin else None,
        words=[title],
        grounds=[level, card, beside],
    )
    assert drawn.size == figure.size, "no margin: every note is pinned"
    image = _painted(drawn)

    def marked(area: QRectF) -> int:
        return sum(
            image.pixelColor(x, y) != Qt.GlobalColor.white
            for x in range(round(area.left()), round(area.right()))
            for y in range(round(area.top()), round(area.bottom()))
        )

    assert marked(title) == 0, "the title's letters are whole"
    assert marked(beside.adjusted(8, 8, 0, 0)) == 0, "nothing on the card beside it"
    whole = QRectF(0, 0, 600, 320)
    outside = marked(whole) - marked(level)
    assert outside == 0, "every callout on the card's level"
    assert marked(card.adjusted(-40, -40, 40, 60)) == marked(whole), "all by the card"


def test_a_body_s_callouts_lie_inside_its_box(qapp) -> None:  # type: ignore[no-untyped-def]
    """A note on a body is called out inside the body's bottom right corner, never on the
    border between two bodies (issue #34: "1" lay across the gap)."""

    def blank(painter: QPainter, target: QRectF) -> None:
        painter.fillRect(target, Qt.GlobalColor.white)

    figure = Figure(blank, QSize(400, 300))
    pin = NotePin(kind=PinKind.BODY, item="rs")
    notes = (StickyNote(id="a", step=Step.ORGANISATION, text="on the body", pin=pin),)
    corner = QPointF(300, 100)  # the body's bottom right corner
    image = _painted(with_callouts(figure, notes, lambda p: corner, inside=True))
    assert image.pixelColor(300 - 16, 100 - 16) != Qt.GlobalColor.white, "inside the box"
    for x, y in ((300 - 16, 100 + 4), (300 + 4, 100 - 16)):
        assert image.pixelColor(x, y) == Qt.GlobalColor.white, "nothing above or beside it"


def test_many_free_notes_run_on_in_columns_beside_the_figure(qapp) -> None:  # type: ignore[no-untyped-def]
    """200 free notes (the limits) keep the figure its height: their callouts run on in
    columns of the margin, each apart from the others (issue #34: 3,000 px tall)."""

    def blank(painter: QPainter, target: QRectF) -> None:
        painter.fillRect(target, Qt.GlobalColor.white)

    figure = Figure(blank, QSize(400, 300))
    notes = tuple(
        StickyNote(id=f"n{k}", step=Step.ORGANISATION, text="fri", y=(k % 7) / 7)
        for k in range(200)
    )
    drawn = with_callouts(figure, notes, lambda _: None)
    assert drawn.size.height() == 300
    # Twenty columns of ten, each as wide as "200" with its note's paper round it.
    assert 400 + 20 * 26 < drawn.size.width() < 400 + 20 * 45
    few = with_callouts(figure, notes[:3], lambda _: None)
    assert few.size.height() == 300 and few.size.width() < drawn.size.width()
    # Numbered after a crowded map's 97 markers, "100" takes a wider note than "1" does.
    after = with_callouts(Figure(blank, QSize(400, 300), numbers=97), notes[:3], lambda _: None)
    assert after.size.width() > few.size.width() + 10


def test_free_callouts_in_several_columns_read_in_their_numbers_order() -> None:
    """One column: each callout at about the height its note was put. Several (the limits):
    down each column in the order of their numbers (by height, the columns read "104, 82 /
    98, 76" and a reader hunted for a number)."""
    from regionroll_desktop.canvases.sticky_notes import margin_stack

    few = margin_stack([(1, 200.0), (2, 20.0), (3, 120.0)], 300, 10)
    assert [n for n, _, _ in few] == [2, 3, 1] and {c for _, _, c in few} == {0}
    assert [round(y) for _, y, _ in few] == [20, 120, 200]  # where they were put
    many = margin_stack([(n, float((n * 37) % 280)) for n in range(63, 113)], 300, 10)
    count = 1 + max(c for _, _, c in many)
    assert count > 1
    columns = [[n for n, _, c in many if c == k] for k in range(count)]
    assert [n for column in columns for n in column] == list(range(63, 113))
    for k in range(count):
        ys = [y for _, y, c in many if c == k]
        assert ys == sorted(ys) and all(b - a >= 23 for a, b in itertools.pairwise(ys))
        assert ys[0] >= 10 and ys[-1] <= 300 - 10


def test_canvas_figures_carry_their_notes_callouts(shown) -> None:  # type: ignore[no-untyped-def]
    w = e.add_document(Workshop(), "RUS", StrategyKind.RUS, doc_id="d1")
    canvas = shown(StrategyCanvas, w)
    plain = canvas.figure()
    layer(canvas).session.apply(
        "n",
        lambda w: e.add_sticky_note(
            w, Step.STRATEGI, "x", pin=NotePin(kind=PinKind.CARD, item="d1")
        ),
    )
    pinned = canvas.figure()
    assert pinned.size == plain.size, "a pinned note's callout needs no margin"
    assert _painted(pinned) != _painted(plain)


def test_f1_lists_the_notes_keys_in_the_ui_language(shown) -> None:  # type: ignore[no-untyped-def]
    from regionroll_desktop.canvases.sticky_notes import note_key_help

    shown(StrategyCanvas, Workshop())  # Swedish
    rows = dict(note_key_help())
    native = QKeySequence("Ctrl+Shift+N").toString(QKeySequence.SequenceFormat.NativeText)
    assert rows["Lappar: en ny lapp på ytan"] == native  # "Ctrl+Skift+N" in Swedish
    assert rows["Lappar: flytta den valda lappen (när den inte är fäst)"] == "Piltangenter"


def test_a_note_on_a_marker_by_an_axis_title_keeps_off_the_title(shown) -> None:  # type: ignore[no-untyped-def]
    """The ambition on the right edge with a note pinned to it: the note lies inside the
    board and over none of the matrix's words (the axis title "Mer proaktivt kapital" was
    covered: the words are one item, and only its top band counted, issue #34)."""
    ambition = NotePin(kind=PinKind.MARKER, item=ROOM_MARKER, moment=Moment.AMBITION)
    w = e.add_sticky_note(Workshop(), Step.FINANSIERING, "Var finns kapitalet?", pin=ambition)
    w = e.set_matrix_position(
        w, Moment.AMBITION, MatrixPosition(capital_per_capita=0.0, proactivity=0.98)
    )
    for size in ((900, 600), (1400, 900)):
        canvas = shown(FinancingCanvas, w, size)
        settle()
        notes = layer(canvas)
        (card,) = notes.cards.values()
        spot = QRectF(card.geometry())
        assert QRectF(notes.board.rect()).contains(spot)
        plot = canvas.plot  # type: ignore[attr-defined]
        for entry in plot.texts.entries():
            if entry.kind not in ("axis", "caption"):
                continue
            words = plot.texts.mapRectToScene(entry.rect)
            on_board = QRectF(plot.mapFromScene(words).boundingRect())
            both = spot.intersected(on_board)
            assert both.width() * both.height() < 4, entry.text


def test_too_many_notes_on_the_projector_are_numbered_callouts(shown) -> None:  # type: ignore[no-untyped-def]
    """On the projector, notes that whole would cover more than CROWDED_SHARE of the canvas
    are callouts numbered 1, 2, … in the notes' order (as the report's figure numbers them),
    their texts kept for beside the canvas; a few notes stay whole; in the editor never."""
    from regionroll_desktop.canvases.sticky_notes import CROWDED_SHARE

    w = load_workshop(SAMPLE)
    first = w.strategy.documents[0].id
    for n in range(30):
        pin = NotePin(kind=PinKind.CARD, item=first) if n % 3 == 0 else None
        w = e.add_sticky_note(w, Step.STRATEGI, f"Lapp {n}", pin=pin, note_id=f"n{n}")
    canvas = shown(StrategyCanvas, w)
    notes = layer(canvas)
    assert notes.numbered == [] and all(c.number is None for c in notes.cards.values())
    canvas.present(2.0, 18.0)
    settle()
    board = notes.board.width() * notes.board.height()
    whole = sum(c.whole_size().width() * c.whole_size().height() for c in notes.cards.values())
    assert whole > CROWDED_SHARE * board  # the case
    ids = [n.id for n in notes.session.workshop.notes_on(Step.STRATEGI)]
    assert [notes.cards[i].number for i in ids] == list(range(1, 31))
    assert notes.numbered[:2] == ["1. Lapp 0", "2. Lapp 1"]
    callout = notes.cards["n0"]
    assert callout.width() == callout.height() < callout.whole_size().width() / 3
    assert QRectF(notes.board.rect()).contains(QRectF(callout.geometry()))
    # A pinned note's over its card's top right corner, as the report calls it out; the
    # card's others beside it, leftwards.
    # (The card as drawn: its link handle's room above it is the editor's.)
    item = canvas.scene.cards[first]
    card = QRectF(notes.view.mapFromScene(item.mapRectToScene(item.body())).boundingRect())
    assert notes.pin_rect(NotePin(kind=PinKind.CARD, item=first)) == card
    pinned = [QRectF(notes.cards[f"n{n}"].geometry()) for n in (0, 3, 6)]
    assert abs(pinned[0].center().x() - card.right()) <= 1
    assert abs(pinned[0].center().y() - card.top()) <= callout.height()
    assert pinned[0].left() > pinned[1].left() > pinned[2].left()
    assert not pinned[0].intersects(pinned[1]) and not pinned[1].intersects(pinned[2])
    # A free note's callout lies where it covers none of the cards and words (there is room).
    crowd = view_crowd(notes.view, 3 * callout.width() * callout.height())
    for n in (1, 2, 4, 5):
        spot = QRectF(notes.cards[f"n{n}"].geometry())
        assert not [r for r in crowd.read if r.intersects(spot)], n
    # Fewer notes: whole again, and the texts beside the canvas are gone.
    for n in range(3, 30):
        notes.session.apply("rm", lambda w, i=n: e.remove_sticky_note(w, f"n{i}"))
    settle()
    assert notes.numbered == [] and all(c.number is None for c in notes.cards.values())


@pytest.mark.parametrize("kind", [FinancingCanvas, RolesCanvas])
def test_projected_callouts_are_numbered_after_the_markers_numbers(shown, kind: type) -> None:  # type: ignore[no-untyped-def]
    """Thirty groups on one spot are numbered 1 … n on the projected map; the notes'
    callouts, and their texts beside it, go on from n + 1 (a callout "5" by a note and a
    disc "5" on a group read as one thing). A callout pinned to a marker lies over a corner
    of it where it hides nothing the room reads (over its top right corner it covered the
    axis's title "Mer proaktivt kapital")."""
    step = Step.FINANSIERING if kind is FinancingCanvas else Step.GENOMFORANDEPRAKTIK
    w = load_workshop(SAMPLE)
    for n in range(len(w.details.groups), 30):
        w = e.add_group(w, f"Grupp {n + 1}")
    for group in w.details.groups:
        if kind is FinancingCanvas:
            spot = MatrixPosition(capital_per_capita=-0.6, proactivity=-0.5)
            w = e.set_group_position(w, group.id, Moment.TODAY, spot)
        else:
            weights = RoleWeights(
                finansiaren=0.6, utforaren=0.2, natverkaren=0.1, kapacitetsbyggaren=0.1
            )
            w = e.set_group_roles(w, group.id, Moment.TODAY, weights)
    ambition = NotePin(kind=PinKind.MARKER, item=ROOM_MARKER, moment=Moment.AMBITION)
    for n in range(30):
        w = e.add_sticky_note(
            w, step, f"Lapp {n}", pin=ambition if n == 0 else None, note_id=f"n{n}"
        )
    canvas = shown(kind, w, (1280, 720))
    canvas.present(2.0, 18.0)
    settle()
    notes = layer(canvas)
    drawn = canvas.plot if kind is FinancingCanvas else canvas.scene
    k = drawn.marker_numbers
    assert k >= 30, "the crowd is numbered"
    ids = [n.id for n in notes.session.workshop.notes_on(step)]
    assert [notes.cards[i].number for i in ids] == list(range(k + 1, k + 31))
    assert notes.numbered[0] == f"{k + 1}. Lapp 0"
    # The ambition's callout hides none of what the room reads but its own marker.
    marker = notes.pin_rect(ambition)
    callout = QRectF(notes.cards["n0"].geometry())
    assert marker is not None and callout.intersects(marker.adjusted(-30, -30, 30, 30))
    crowd = view_crowd(notes.view, 3 * callout.width() * callout.height())
    hidden = [r for r in crowd.read if r.intersects(callout) and not r.intersects(marker)]
    assert not hidden, hidden


def test_a_projected_callout_holds_its_number_however_long(qtbot) -> None:  # type: ignore[no-untyped-def]
    """A callout is a little square; a number of three digits (after a crowded map's
    markers) widens it rather than run over its sides."""
    from PySide6.QtGui import QColor, QFontMetricsF

    board = QWidget()
    qtbot.addWidget(board)
    card = NoteCard("n1", board)
    card.show_note("Lapp", "", QColor("#fff1a6"), QColor("#8a6d00"), "", 2.0, 18.0)
    card.set_number(7)
    assert card.width() == card.height()
    for number in (105, 1105):
        card.set_number(number)
        advance = QFontMetricsF(card.fonts()[1]).horizontalAdvance(str(number))
        assert card.width() > advance + 4 and card.height() < card.width()


def test_a_strategy_card_is_read_whole_however_large_it_is_drawn(shown) -> None:  # type: ignore[no-untyped-def]
    """What notes keep off: a card's words fill it, so a card larger than the ground's size
    is still read whole, never a ground a note may lie on (on a 600-line projector a note lay
    over two cards' words); a level's band is a ground."""
    canvas = shown(StrategyCanvas, load_workshop(SAMPLE))
    settle()
    crowd = _read_whole(layer(canvas).view, canvas.scene.cards.values())
    assert crowd.grounds  # the levels' bands


def _read_whole(view: QGraphicsView, items: Iterable[QGraphicsItem]) -> Crowd:
    """The crowd of `view` with every item larger than a ground's least size, each of the
    visible `items` (at least one) in it as words read, never as a ground."""
    crowd = view_crowd(view, 1.0)
    rects = [
        QRectF(view.mapFromScene(item.sceneBoundingRect()).boundingRect())
        for item in items
        if item.isVisible()
    ]
    assert rects
    for rect in rects:
        assert rect in crowd.read and rect not in crowd.grounds
    return crowd


def test_a_markers_name_on_the_matrix_is_read_whole_however_long(shown) -> None:  # type: ignore[no-untyped-def]
    """A group's name beside its marker is words, never a ground a note may lie on (a
    projected callout lay over "Grupp C (i dag)")."""
    canvas = shown(FinancingCanvas, load_workshop(SAMPLE), (1280, 720))
    canvas.present(2.0, 18.0)
    settle()
    _read_whole(layer(canvas).view, [m.label() for m in canvas.plot.group_markers.values()])


def test_words_as_large_as_a_grounds_title_band_are_kept_clear() -> None:
    """Words whose box is the same as a ground's title band (a marker's name and the item
    that holds it): a callout keeps off the words, however like the band their box is (the
    band's were told apart by their place, and the words counted as the band)."""
    name = QRectF(303, 425, 198, 35)
    band = QRectF(name)
    crowd = Crowd(read=[band, QRectF(name)], grounds=[QRectF(name)], bands=[band])
    others, bands = crowd.near((250.0, 350.0, 295.0, 395.0), (0.0, 0.0, 1000.0, 1000.0))
    assert others.covered((324.0, 422.0, 355.0, 453.0)) > 0
    assert bands.covered((324.0, 422.0, 355.0, 453.0)) > 0


@pytest.mark.parametrize("kind", [FinancingCanvas, RolesCanvas])
def test_a_projected_note_pinned_in_a_corner_stays_by_its_marker(shown, kind: type) -> None:  # type: ignore[no-untyped-def]
    """Today and every group in a map's corner, a note pinned to today's marker and one to a
    group's: on the projector each lies by its marker, whole or as its numbered callout (no
    free spot beside the corner, they lay by the legend on the role map and across the
    matrix, where the room could not tell whose they were)."""
    step, w = _cornered(kind)
    group_pin = NotePin(kind=PinKind.MARKER, item=w.details.groups[0].id, moment=Moment.TODAY)
    w = e.add_sticky_note(w, step, "Hörnet: allt kapital proaktivt?", pin=TODAY, note_id="t")
    w = e.add_sticky_note(w, step, "Grupp A ser det så", pin=group_pin, note_id="g")
    canvas = shown(kind, w, (1280, 720))
    canvas.present(2.0, 18.0)
    settle()
    notes = layer(canvas)
    for note_id, pin in (("t", TODAY), ("g", group_pin)):
        marker = notes.pin_rect(pin)
        card = QRectF(card_of(canvas, note_id).geometry())
        assert marker is not None and card_of(canvas, note_id).isVisible()
        reach = card.height()
        assert card.intersects(marker.adjusted(-reach, -reach, reach, reach)), note_id


@pytest.mark.parametrize("kind", [FinancingCanvas, RolesCanvas])
def test_many_callouts_on_a_cornered_marker_keep_off_each_other_and_the_words(
    shown, kind: type
) -> None:  # type: ignore[no-untyped-def]
    """Ten notes pinned to today's marker in a map's corner, projected: their callouts lie
    by the marker, none over another, the marker's letter or the map's words (the board's
    edge pushed the sixth onto the fifth, "9" hid the marker's letter, and a row of them
    ran over the role's name "Finansiären" and the matrix's caption)."""
    step, w = _cornered(kind)
    for n in range(10):
        w = e.add_sticky_note(w, step, f"Om hörnet {n}", pin=TODAY, note_id=f"n{n}")
    canvas = shown(kind, w, (876, 595))  # the map's part of a 1280×720 projector
    canvas.present(2.0, 18.0)
    settle()
    notes = layer(canvas)
    marker = notes.pin_rect(TODAY)
    assert marker is not None
    letter = QRectF(
        marker.center() - QPointF(marker.width(), marker.height()) / 4, marker.size() / 2
    )
    if kind is FinancingCanvas:
        plot = canvas.plot
        words = [
            QRectF(plot.mapFromScene(plot.texts.mapRectToScene(entry.rect)).boundingRect())
            for entry in plot.texts.entries()
        ]
    else:
        words = [
            QRectF(notes.view.mapFromScene(name.sceneBoundingRect()).boundingRect())
            for name in canvas.scene.names.values()
        ]
    callouts = [QRectF(c.geometry()) for c in notes.cards.values() if c.isVisible()]
    assert len(callouts) == 10 and all(c.number is not None for c in notes.cards.values())
    for k, callout in enumerate(callouts):
        assert QRectF(notes.board.rect()).contains(callout)
        assert not callout.intersects(letter), k
        assert all(_area(callout.intersected(word)) < 1 for word in words), k
        assert all(_area(callout.intersected(other)) < 1 for other in callouts[k + 1 :]), k
        # By its marker: a few callouts' steps from it at most.
        gap_x = max(marker.left() - callout.right(), callout.left() - marker.right(), 0.0)
        gap_y = max(marker.top() - callout.bottom(), callout.top() - marker.bottom(), 0.0)
        assert max(gap_x, gap_y) < 5 * callout.height(), k


def _area(rect: QRectF) -> float:
    return max(0.0, rect.width()) * max(0.0, rect.height())


def _cornered(kind: type) -> tuple[Step, Workshop]:
    """The map's step of `kind` and the sample with today and every group in the matrix's
    top right corner and, on the role map, all Finansiären (its top left corner)."""
    step = Step.FINANSIERING if kind is FinancingCanvas else Step.GENOMFORANDEPRAKTIK
    w = load_workshop(SAMPLE)
    corner = MatrixPosition(capital_per_capita=1.0, proactivity=1.0)
    all_finance = RoleWeights(
        finansiaren=1.0, utforaren=0.0, natverkaren=0.0, kapacitetsbyggaren=0.0
    )
    w = e.set_matrix_position(w, Moment.TODAY, corner)
    w = e.set_role_weights(w, Moment.TODAY, all_finance)
    for group in w.details.groups:
        w = e.set_group_position(w, group.id, Moment.TODAY, corner)
        w = e.set_group_roles(w, group.id, Moment.TODAY, all_finance)
    return step, w


def test_a_note_away_from_its_marker_has_a_line_to_it(shown) -> None:  # type: ignore[no-untyped-def]
    """Thirty groups on one spot of the matrix and two notes pinned to markers in the
    crowd: with no room beside them, each note lies away from its marker with a line from
    its pin to the marker's rim (its pin's dot alone did not say which marker it held on
    to); a note beside its item has none, and hidden notes hide their lines."""
    w = load_workshop(SAMPLE)
    for n in range(len(w.details.groups), 12):
        w = e.add_group(w, f"Grupp {n + 1}")
    for n, one in enumerate(w.details.groups):  # round one spot, a marker's width apart
        dx, dy = 0.06 * math.cos(2.4 * n), 0.06 * math.sin(2.4 * n)
        spot = MatrixPosition(capital_per_capita=-0.4 + dy, proactivity=-0.4 + dx)
        w = e.set_group_position(w, one.id, Moment.TODAY, spot)
    w = e.set_matrix_position(
        w, Moment.TODAY, MatrixPosition(capital_per_capita=-0.4, proactivity=-0.4)
    )
    group = NotePin(kind=PinKind.MARKER, item=w.details.groups[1].id, moment=Moment.TODAY)
    ambition = NotePin(kind=PinKind.MARKER, item=ROOM_MARKER, moment=Moment.AMBITION)
    for note_id, pin in (("t", TODAY), ("g", group), ("a", ambition)):
        w = e.add_sticky_note(w, Step.FINANSIERING, f"Lapp {note_id}", pin=pin, note_id=note_id)
    canvas = shown(FinancingCanvas, w)
    settle()
    notes = layer(canvas)
    lines = notes.leaders.lines
    away = [i for i, p in (("t", TODAY), ("g", group)) if beside(canvas, i, p) > 2 * GAP]
    assert away, "the crowd leaves no room beside its markers"
    assert beside(canvas, "a", ambition) <= GAP  # the ambition stands alone: beside it
    assert len(lines) == len(away)
    for note_id, (start, end, _colour) in zip(away, lines, strict=True):
        pin = TODAY if note_id == "t" else group
        marker = notes.pin_rect(pin)
        assert marker is not None
        assert QRectF(card_of(canvas, note_id).geometry()).contains(start)
        centre = marker.center()
        rim = ((end.x() - centre.x()) ** 2 + (end.y() - centre.y()) ** 2) ** 0.5
        assert abs(rim - marker.width() / 2) < 1.5
    notes.set_shown(False)
    assert not notes.leaders.isVisible()
    notes.set_shown(True)
    settle()
    assert notes.leaders.isVisible() and len(notes.leaders.lines) == len(away)
