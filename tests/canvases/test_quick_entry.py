"""Sketching as fast as the room talks: the pyramid dictated from the keyboard alone, titles
typed in place (Enter keeps, Esc drops, one undo step), new cards beside and below."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from regionroll_desktop.canvases.strategy.canvas import StrategyCanvas
from regionroll_desktop.model import StrategyKind, Workshop
from regionroll_desktop.model import edits as e
from regionroll_desktop.storage import load_workshop

SAMPLE = Path(__file__).parents[2] / "resources" / "samples" / "exempel.regionroll.json"
MOUSE = {
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseButtonRelease,
    QEvent.Type.MouseButtonDblClick,
    QEvent.Type.MouseMove,
    QEvent.Type.GraphicsSceneMousePress,
    QEvent.Type.GraphicsSceneMouseMove,
}


class NoMouse(QObject):
    """Counts every mouse event the application sees."""

    def __init__(self) -> None:
        super().__init__()
        self.seen = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() in MOUSE:
            self.seen += 1
        return False


class Keyboard:
    """Presses keys where the keyboard's focus is, counting them; typed titles are counted
    apart (they are the room's words, not the tool's cost)."""

    def __init__(self, canvas: StrategyCanvas) -> None:
        self.canvas = canvas
        self.keys = 0
        self.letters = 0

    def target(self):  # type: ignore[no-untyped-def]
        return QApplication.focusWidget() or self.canvas.view.viewport()

    def press(
        self, key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
    ) -> None:
        QTest.keyClick(self.target(), key, modifiers)
        QApplication.processEvents()
        self.keys += 1

    def type(self, text: str) -> None:
        type_text(self.target(), text)
        self.letters += len(text)


def type_text(widget, text: str) -> None:  # type: ignore[no-untyped-def]
    """Each letter as a key press, å, ä and ö too (QTest's own typing takes ASCII only)."""
    for ch in text:
        if ch.isascii():
            QTest.keyClick(widget, ch)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch)
            QApplication.sendEvent(widget, event)


@pytest.fixture
def empty(shown) -> StrategyCanvas:  # type: ignore[no-untyped-def]
    canvas = shown(StrategyCanvas, Workshop())
    canvas.view.setFocus()
    return canvas


def _pyramid(w: Workshop) -> tuple[set[tuple[str, StrategyKind]], set[tuple[str, str]]]:
    titles = {d.id: d.title for d in w.strategy.documents}
    docs = {(d.title, d.kind) for d in w.strategy.documents}
    links = {(titles[lk.document], titles[lk.source]) for lk in w.strategy.links}
    return docs, links


def test_the_sample_pyramid_is_dictated_from_the_keyboard(empty: StrategyCanvas) -> None:
    watcher = NoMouse()
    app = QApplication.instance()
    assert app is not None
    app.installEventFilter(watcher)
    kb = Keyboard(empty)
    try:
        kb.press(Qt.Key.Key_Return)  # nothing chosen: the RUS, its title ready to type
        kb.type("Regional utvecklingsstrategi 2030")
        kb.press(Qt.Key.Key_Return)
        kb.press(Qt.Key.Key_Insert)  # on the level below, deriving from the RUS
        kb.type("Smart specialisering")
        kb.press(Qt.Key.Key_Return)
        kb.press(Qt.Key.Key_Insert)  # below that: an action plan deriving from it
        kb.type("Kompetensplan")
        kb.press(Qt.Key.Key_Return)
        kb.press(Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)  # beside, on its own
        kb.type("Besöksnäringens handlingsplan")
        kb.press(Qt.Key.Key_Return)
        kb.press(Qt.Key.Key_Up)  # up to Smart specialisering
        kb.press(Qt.Key.Key_Return)  # beside it, deriving from the RUS as it does
        kb.type("Kulturplan")
        kb.press(Qt.Key.Key_Return)
        kb.press(Qt.Key.Key_Return)
        kb.type("Regionplan")
        kb.press(Qt.Key.Key_Return)
        kb.press(Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)  # a plan, not a field strategy
    finally:
        app.removeEventFilter(watcher)
    assert _pyramid(empty.session.workshop) == _pyramid(load_workshop(SAMPLE))
    assert watcher.seen == 0  # no mouse
    assert kb.keys <= 60, kb.keys  # beside the titles' letters
    assert kb.keys == 14


def test_tab_and_insert_go_on_while_a_title_is_typed(empty: StrategyCanvas) -> None:
    """RUS, two field strategies under it and three action plans under the second: Tab
    keeps a title and opens the next card beside it, Insert one below it."""
    kb = Keyboard(empty)
    kb.press(Qt.Key.Key_Return)
    kb.type("RUS 2030")
    kb.press(Qt.Key.Key_Insert)
    kb.type("Smart specialisering")
    kb.press(Qt.Key.Key_Tab)
    kb.type("Kompetensförsörjning")
    kb.press(Qt.Key.Key_Insert)
    for title in ("Kompetensplan", "Vuxenutbildning"):
        kb.type(title)
        kb.press(Qt.Key.Key_Tab)
    kb.type("Validering")
    kb.press(Qt.Key.Key_Return)
    strategy = empty.session.workshop.strategy
    titles = {d.id: d.title for d in strategy.documents}
    kinds = {d.title: d.kind for d in strategy.documents}
    assert kinds == {
        "RUS 2030": StrategyKind.RUS,
        "Smart specialisering": kinds["Smart specialisering"],
        "Kompetensförsörjning": kinds["Smart specialisering"],
        "Kompetensplan": StrategyKind.HANDLINGSPLAN,
        "Vuxenutbildning": StrategyKind.HANDLINGSPLAN,
        "Validering": StrategyKind.HANDLINGSPLAN,
    }
    assert kinds["Smart specialisering"].level == 2
    links = {(titles[lk.document], titles[lk.source]) for lk in strategy.links}
    assert links == {
        ("Smart specialisering", "RUS 2030"),
        ("Kompetensförsörjning", "RUS 2030"),
        ("Kompetensplan", "Kompetensförsörjning"),
        ("Vuxenutbildning", "Kompetensförsörjning"),
        ("Validering", "Kompetensförsörjning"),
    }
    assert kb.keys == 7 and not empty.scene.editor.active


def test_a_title_typed_in_place_is_one_undo_step(empty: StrategyCanvas) -> None:
    kb = Keyboard(empty)
    kb.press(Qt.Key.Key_Return)
    kb.type("RUS 2030")
    kb.press(Qt.Key.Key_Return)
    (doc,) = empty.session.workshop.strategy.documents
    assert doc.title == "RUS 2030" and not empty.scene.editor.active
    empty.session.undo_stack.undo()
    assert empty.session.workshop.strategy.documents[0].title == "RUS"  # added, not yet named
    empty.session.undo_stack.undo()
    assert empty.session.workshop.strategy.documents == ()


def test_esc_drops_what_was_typed_and_f2_or_typing_starts_again(empty: StrategyCanvas) -> None:
    empty.session.apply(
        "x", lambda w: e.add_document(w, "Regionplan", StrategyKind.PLAN, doc_id="rp")
    )
    empty.scene.select_documents({"rp"})
    empty.scene.cards["rp"].setFocus()
    kb = Keyboard(empty)
    kb.press(Qt.Key.Key_F2)
    assert empty.scene.editor.active
    field = empty.scene.editor.field
    assert field is not None and field.selectedText() == "Regionplan"
    kb.type("Något annat")
    kb.press(Qt.Key.Key_Escape)
    assert not empty.scene.editor.active
    assert empty.session.workshop.strategy.document("rp").title == "Regionplan"
    steps = empty.session.undo_stack.count()
    kb.type("Regionplan 2040")  # typing on a chosen card starts its title afresh
    kb.press(Qt.Key.Key_Return)
    assert empty.session.workshop.strategy.document("rp").title == "Regionplan 2040"
    assert empty.session.undo_stack.count() == steps + 1


def test_a_double_click_edits_the_card_in_place(empty: StrategyCanvas, qtbot) -> None:  # type: ignore[no-untyped-def]
    empty.session.apply("x", lambda w: e.add_document(w, "RUS", StrategyKind.RUS, doc_id="r"))
    card = empty.scene.cards["r"]
    point = empty.view.mapFromScene(card.sceneBoundingRect().center())
    QTest.mouseDClick(empty.view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert empty.scene.editor.active
    type_text(QApplication.focusWidget(), "RUS Jämtland")
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert empty.session.workshop.strategy.document("r").title == "RUS Jämtland"


def test_nothing_goes_below_the_action_plans(empty: StrategyCanvas) -> None:
    empty.session.apply(
        "x", lambda w: e.add_document(w, "HP", StrategyKind.HANDLINGSPLAN, doc_id="h")
    )
    assert empty.quick_add("child", "h") is None
    assert len(empty.session.workshop.strategy.documents) == 1


def test_bodies_are_named_in_place_and_enter_adds_the_next(shown) -> None:  # type: ignore[no-untyped-def]
    from regionroll_desktop.canvases.organisation.canvas import OrganisationCanvas
    from regionroll_desktop.model import PoliticalBodyKind

    canvas = shown(OrganisationCanvas, e.new_workshop(None, "x"))
    before = len(canvas.session.workshop.organisation.political_bodies)
    canvas.panel.add_namnd.click()  # the keyboard's Space on the button does the same
    assert canvas.scene.editor.active
    assert canvas.scene.editor.choice_box is not None  # its kind is asked under the name
    target = canvas.view.viewport()
    type_text(target, "Kultur")
    added = canvas.session.undo_stack.count()
    QTest.keyClick(target, Qt.Key.Key_Down)  # shared with HSV
    QTest.keyClick(target, Qt.Key.Key_Down)  # another sector's: not counted
    assert canvas.session.undo_stack.count() == added + 1  # the kind is one step
    type_text(target, "nämnden")
    QTest.keyClick(target, Qt.Key.Key_Return)
    assert canvas.scene.editor.choice_box is None
    QTest.keyClick(target, Qt.Key.Key_Return)  # the next one, in the same lane, same kind
    type_text(target, "Trafiknämnden")
    QTest.keyClick(target, Qt.Key.Key_Return)
    bodies = canvas.session.workshop.organisation.political_bodies
    assert [(b.name, b.kind) for b in bodies[before:]] == [
        ("Kulturnämnden", PoliticalBodyKind.SECTOR),
        ("Trafiknämnden", PoliticalBodyKind.SECTOR),
    ]
    steps = canvas.session.undo_stack.count()
    QTest.keyClick(target, Qt.Key.Key_F2)  # the last named, again
    type_text(target, "Kollektivtrafiknämnden")
    QTest.keyClick(target, Qt.Key.Key_Escape)  # dropped
    assert canvas.session.workshop.organisation.political_bodies[-1].name == "Trafiknämnden"
    assert canvas.session.undo_stack.count() == steps
    canvas.session.undo_stack.undo()  # the name typed is one step, the body another
    assert canvas.session.workshop.organisation.political_bodies[-1].name != "Trafiknämnden"


def test_the_projector_takes_no_typing(empty: StrategyCanvas) -> None:
    """A clicker's stray key on the room's screen neither adds a card nor starts a title."""
    empty.session.apply("x", lambda w: e.add_document(w, "RUS", StrategyKind.RUS, doc_id="r"))
    empty.present(1.0, 18.0)
    empty.scene.select_documents({"r"})
    empty.scene.cards["r"].setFocus()
    for key in (Qt.Key.Key_B, Qt.Key.Key_Period, Qt.Key.Key_Return, Qt.Key.Key_Insert):
        QTest.keyClick(empty.view.viewport(), key)
    assert not empty.scene.editor.active
    assert [d.title for d in empty.session.workshop.strategy.documents] == ["RUS"]


def test_priorities_are_typed_in_place_and_enter_adds_the_next(empty: StrategyCanvas) -> None:
    from regionroll_desktop.model import FocusTier

    empty.session.apply("x", lambda w: e.add_focus_area(w, "Besöksnäring", FocusTier.KARNA, "b"))
    empty.tabs.setCurrentIndex(1)
    karna = empty.focus.lists["karna"]
    karna.setFocus()
    karna.setCurrentRow(0)
    QTest.keyClick(karna, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert editor is not karna
    editor.selectAll()  # type: ignore[union-attr]
    type_text(editor, "Hållbar besöksnäring")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()
    areas = empty.session.workshop.strategy.focus_areas
    assert [(a.text, a.tier) for a in areas] == [("Hållbar besöksnäring", FocusTier.KARNA)]
    steps = empty.session.undo_stack.count()
    karna.setFocus()
    karna.setCurrentRow(0)
    QTest.keyClick(karna, Qt.Key.Key_Return)  # the next priority in Kärna, ready to type
    editor = QApplication.focusWidget()
    editor.selectAll()  # type: ignore[union-attr]
    type_text(editor, "Kompetensförsörjning")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()
    areas = empty.session.workshop.strategy.focus_areas
    assert [(a.text, a.tier) for a in areas][-1] == ("Kompetensförsörjning", FocusTier.KARNA)
    assert empty.session.undo_stack.count() == steps + 2  # the priority, then its words


def test_links_are_made_and_undone_from_the_keyboard(
    empty: StrategyCanvas, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The chosen card's menu (Menu key) ticks what it derives from: the keyboard's way to
    link two cards that exist, and to unlink them."""
    w = e.add_document(Workshop(), "RUS 2030", StrategyKind.RUS, doc_id="rus")
    w = e.add_document(w, "Kulturplan", StrategyKind.DELOMRADESSTRATEGI, doc_id="kultur")
    empty.session.apply("docs", lambda _: w)
    empty.scene.select_documents({"kultur"})
    empty.view.setFocus()
    opened: list[str] = []
    monkeypatch.setattr(empty, "open_card_menu", lambda doc, where: opened.append(doc))
    QTest.keyClick(empty.view.viewport(), Qt.Key.Key_Menu)
    assert opened == ["kultur"]
    menu = empty.card_menu("kultur")
    sources = next(a.menu() for a in menu.actions() if a.text() == "Utgår från")
    (rus,) = sources.actions()
    assert rus.text() == "RUS 2030 (RUS)" and not rus.isChecked()
    rus.trigger()
    assert [(lk.document, lk.source) for lk in empty.session.workshop.strategy.links] == [
        ("kultur", "rus")
    ]
    again = next(a.menu() for a in empty.card_menu("kultur").actions() if a.text() == "Utgår från")
    assert again.actions()[0].isChecked()
    again.actions()[0].trigger()
    assert empty.session.workshop.strategy.links == ()
    empty.session.undo_stack.undo()
    assert len(empty.session.workshop.strategy.links) == 1


def test_forvaltningar_are_named_straight_after_the_click_and_tab(shown) -> None:  # type: ignore[no-untyped-def]
    """ "+ Förvaltning" opened a menu of kinds, and what was typed next went nowhere: now it
    adds one with its name ready and its kind asked under it, Tab names the next; the box's
    menu changes the kind later."""
    from regionroll_desktop.canvases.organisation.canvas import OrganisationCanvas
    from regionroll_desktop.model import AdministrativeBodyKind

    canvas = shown(OrganisationCanvas, e.new_workshop(None, "x"))
    before = len(canvas.session.workshop.organisation.administrative_bodies)
    QTest.mouseClick(canvas.panel.add_forvaltning, Qt.MouseButton.LeftButton)
    assert canvas.scene.editor.active
    type_text(QApplication.focusWidget(), "Regional utveckling")
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)  # named; the next opens
    type_text(QApplication.focusWidget(), "Kultur och")
    box = canvas.scene.editor.choice_box
    assert box is not None
    sector = box.findChild(QWidget, f"inlineChoice-{AdministrativeBodyKind.SECTOR.value}")
    QTest.mouseClick(sector, Qt.MouseButton.LeftButton)  # the typing keeps its focus
    type_text(QApplication.focusWidget(), " bildning")
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    bodies = canvas.session.workshop.organisation.administrative_bodies[before:]
    assert [(b.name, b.kind) for b in bodies] == [
        ("Regional utveckling", AdministrativeBodyKind.FORVALTNING),
        ("Kultur och bildning", AdministrativeBodyKind.SECTOR),
    ]
    canvas.set_forvaltning_kind(bodies[1].id, AdministrativeBodyKind.GENERAL)
    changed = canvas.session.workshop.organisation.administrative_bodies[-1]
    assert changed.kind is AdministrativeBodyKind.GENERAL
    canvas.session.undo_stack.undo()
    assert canvas.session.workshop.organisation.administrative_bodies[-1].kind is (
        AdministrativeBodyKind.SECTOR
    )
