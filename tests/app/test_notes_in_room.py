"""Sticky notes where the eye is and clear of what the room reads, in the window at the sizes
of a facilitator's laptop (issue #33: a note pinned to a nämnd lay over Regionstyrelsen's chips
at 1366×768 and 1280×720, and a new note opened on the tray's header)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRectF
from PySide6.QtGui import QCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from regionroll_desktop.app.main_window import MainWindow
from regionroll_desktop.app.navigation import PAGE_OF_STEP
from regionroll_desktop.canvases.sticky_notes import CROWDED, PLACING_MS, NoteLayer, view_crowd
from regionroll_desktop.model import NotePin, PinKind, Step
from regionroll_desktop.model import edits as e
from regionroll_desktop.storage import load_workshop

SAMPLE = Path(__file__).parents[2] / "resources" / "samples" / "exempel.regionroll.json"


def _settle() -> None:
    for _ in range(3):
        QApplication.processEvents()
    QTest.qWait(3 * PLACING_MS)
    QApplication.processEvents()


def _covered(layer: NoteLayer, rect: QRectF, own: QRectF | None = None) -> list[QRectF]:
    crowd = view_crowd(layer.view, CROWDED * rect.width() * rect.height())
    return [
        r
        for r in crowd.read
        if r != own and r.intersected(rect).width() > 1 and r.intersected(rect).height() > 1
    ]


@pytest.mark.parametrize("size", [(1280, 720), (1366, 768), (1920, 1080)])
def test_notes_pinned_to_bodies_cover_nothing(window: MainWindow, size) -> None:  # type: ignore[no-untyped-def]
    w = load_workshop(SAMPLE)
    for body, text in (
        ("run", "Ska nämnden ha budgetansvar för tillväxtmedlen?"),
        ("rs", "Fråga RS om delegationen"),
    ):
        pin = NotePin(kind=PinKind.BODY, item=body)
        w = e.add_sticky_note(w, Step.ORGANISATION, text, pin=pin, note_id=f"note-{body}")
    window.session.apply("sample", lambda _w: w)
    window.resize(*size)
    window.show_page(PAGE_OF_STEP[Step.ORGANISATION])
    _settle()
    canvas = window.step_pages[Step.ORGANISATION].canvas
    layer = canvas.notes  # type: ignore[union-attr]
    cards = [layer.cards["note-run"], layer.cards["note-rs"]]
    for card in cards:
        spot = QRectF(card.geometry())
        assert QRectF(layer.board.rect()).contains(spot)
        assert _covered(layer, spot) == [], card.note_id
    assert not cards[0].geometry().intersects(cards[1].geometry())


def test_a_new_note_opens_at_the_pointer_beside_the_choice_or_in_free_space(
    window: MainWindow, qtbot
) -> None:  # type: ignore[no-untyped-def]
    window.session.apply("sample", lambda _w: load_workshop(SAMPLE))
    window.resize(1366, 768)
    window.show_page(PAGE_OF_STEP[Step.ORGANISATION])
    _settle()
    canvas = window.step_pages[Step.ORGANISATION].canvas
    layer: NoteLayer = canvas.notes  # type: ignore[union-attr]
    QCursor.setPos(window.mapToGlobal(QPoint(5, window.height() - 5)))  # off the board
    assert layer.add_note()
    field = layer.editor.field
    assert field is not None
    opened = QRectF(field.geometry())
    assert _covered(layer, opened) == []  # not on the tray's header (the corner it was)
    layer.editor.cancel()
    scene = layer.view.scene()
    chip = next(
        i
        for i in scene.items()
        if i.isVisible() and i.flags() & i.GraphicsItemFlag.ItemIsSelectable
    )
    chip.setSelected(True)
    QApplication.processEvents()
    assert layer.add_note()
    field = layer.editor.field
    assert field is not None
    item = QRectF(layer.view.mapFromScene(chip.sceneBoundingRect()).boundingRect())
    opened = QRectF(field.geometry())
    gap = max(
        opened.left() - item.right(),
        item.left() - opened.right(),
        opened.top() - item.bottom(),
        item.top() - opened.bottom(),
    )
    assert gap < 120 and _covered(layer, opened, item) == []  # the nearest free place
    layer.editor.cancel()
    point = QPoint(layer.board.width() // 2, layer.board.height() // 2)
    QCursor.setPos(layer.board.mapToGlobal(point))
    QApplication.processEvents()
    if layer.board.underMouse():  # a platform that moves the pointer: at it
        assert layer.add_note()
        assert layer.editor.field is not None
        assert layer.editor.field.geometry().topLeft() == point
        layer.editor.cancel()


def test_the_notes_are_hidden_and_shown_from_the_view_menu(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    """View ▸ Show sticky notes (Ctrl+Shift+H) hides the editor's notes on every canvas, to
    see the drawing under many (at the limits fifty covered the whole role map); the panel
    says how many are hidden and how to show them; a note being written is put up, not lost;
    a new note shows them all again; the projector shows its own."""
    w = load_workshop(SAMPLE)
    for step in (Step.GENOMFORANDEPRAKTIK, Step.STRATEGI):
        for n in range(3):
            w = e.add_sticky_note(w, step, f"Lapp {n}", note_id=f"{step.value}-{n}")
    window.session.apply("notes", lambda _w: w)
    window.show_page(PAGE_OF_STEP[Step.GENOMFORANDEPRAKTIK])
    _settle()
    roles = window.step_pages[Step.GENOMFORANDEPRAKTIK].canvas
    layer = roles.notes  # type: ignore[union-attr]
    assert not any(card.isHidden() for card in layer.cards.values())  # (its page not shown)
    assert layer.hidden_words.isHidden()
    layer.add_note()  # a note being written when they are hidden
    assert layer.editor.field is not None
    layer.editor.field.setText("Skriven just nu")
    assert window.act_notes.isChecked()
    QTest.keySequence(window, "Ctrl+Shift+H")
    _settle()
    assert not window.act_notes.isChecked()
    assert len(layer.cards) == 4  # the one being written was put up
    assert not any(card.isVisible() for card in layer.cards.values())
    assert layer.hidden_words.isVisible()
    assert layer.hidden_words.text().startswith("4 lappar dolda: Visa ▸ Visa lappar (")
    # A canvas built while they are hidden hides its notes too.
    window.show_page(PAGE_OF_STEP[Step.STRATEGI])
    _settle()
    strategy = window.step_pages[Step.STRATEGI].canvas.notes  # type: ignore[union-attr]
    assert strategy.cards and not any(card.isVisible() for card in strategy.cards.values())
    # The projector shows the room its notes whatever the editor hides.
    window.toggle_projector()
    projector = window.projector
    assert projector is not None
    qtbot.waitUntil(lambda: projector.canvases.get(Step.STRATEGI) is not None)
    _settle()
    projected = projector.canvases[Step.STRATEGI].notes  # type: ignore[attr-defined]
    assert any(card.isVisible() for card in projected.cards.values())
    window.toggle_projector()
    # A new note shows them all again, and the menu's check says so.
    assert strategy.add_note()
    _settle()
    assert window.act_notes.isChecked()
    assert all(card.isVisible() for card in strategy.cards.values())
    assert not any(card.isHidden() for card in layer.cards.values())  # (its page not shown)
    assert layer.hidden_words.isHidden()
