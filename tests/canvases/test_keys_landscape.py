from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from regionroll_desktop.analysis.keys import weakest
from regionroll_desktop.app.landscape_page import LandscapePage
from regionroll_desktop.canvases.keys import KeysCanvas
from regionroll_desktop.model import Key, Language, Workshop
from regionroll_desktop.model import edits as e
from regionroll_desktop.ui.i18n import set_language
from regionroll_desktop.ui.session import Session

from ..app.keys import type_text


def test_weakest_keys() -> None:
    w = Workshop()
    assert weakest(w) == []
    w = e.set_key(e.set_key(w, Key.ROLL, score=2), Key.POLITIK, score=4)
    assert weakest(w) == [Key.ROLL]
    w = e.set_key(w, Key.STRATEGI, score=2)
    assert weakest(w) == [Key.STRATEGI, Key.ROLL]


def test_scores_and_notes_are_undoable_and_the_chart_marks_the_weakest(qtbot) -> None:  # type: ignore[no-untyped-def]
    set_language(Language.SV)
    session = Session()
    canvas = KeysCanvas(session)
    qtbot.addWidget(canvas)
    canvas.show()
    spin = canvas.scores[Key.FORVALTNING]
    spin.setFocus()
    QTest.keyClick(spin, Qt.Key.Key_Up)
    QTest.keyClick(spin, Qt.Key.Key_Up)
    assert session.workshop.key(Key.FORVALTNING).score == 2
    canvas.scores[Key.POLITIK].setValue(4)
    assert "Svagast: Förvaltning" in canvas.weakest_label.text()
    widths = list(canvas.bars.opts["width"])
    assert widths[:2] == [4, 2]
    type_text(canvas.notes[Key.ROLL], "Vi investerar lite")
    assert session.workshop.key(Key.ROLL).note == "Vi investerar lite"
    steps = session.undo_stack.count()
    session.undo_stack.undo()  # the typed note is one step
    assert session.workshop.key(Key.ROLL).note == "" and session.undo_stack.index() == steps - 1
    canvas.scores[Key.FORVALTNING].setValue(0)  # "–": not scored
    assert session.workshop.key(Key.FORVALTNING).score is None


def test_the_landscape_in_both_languages(qtbot) -> None:  # type: ignore[no-untyped-def]
    set_language(Language.SV)
    page = LandscapePage()
    qtbot.addWidget(page)
    assert page.cells[0][0].text() == "Statens förlängda arm"
    assert page.cells[2][2].text() == "Människors livsval"
    set_language(Language.EN)
    page.retranslate()
    assert page.cells[1][1].text() == "Growth in every region"
    assert page.rows[0].text() == "Ansvar"
    set_language(Language.SV)
