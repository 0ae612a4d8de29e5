"""The RUS's two tests (issue #37): each priority tagged a political priority and/or needing
samhandling, linked to the branches and documents that carry it; the board names the Spets
and Kärna priorities that pass neither, as the app's observation beside the deck's words."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from regionroll_desktop.analysis.strategy import untested_priorities
from regionroll_desktop.canvases.strategy.canvas import StrategyCanvas
from regionroll_desktop.canvases.strategy.focus import TESTS_ROLE
from regionroll_desktop.model import Branch, FocusTier, Workshop
from regionroll_desktop.model import edits as e
from regionroll_desktop.storage import load_workshop

SAMPLE = Path(__file__).parents[2] / "resources" / "samples" / "exempel.regionroll.json"


def test_the_spets_and_karna_priorities_that_pass_neither_test() -> None:
    w = load_workshop(SAMPLE)
    assert [a.text for a in untested_priorities(w.strategy)] == ["Livsmedel och förädling"]
    w = e.add_focus_area(Workshop(), "Bredd utan test", FocusTier.BREDD, "b")
    assert untested_priorities(w.strategy) == []  # the deck tests what the RUS focuses on


def test_a_priority_names_only_documents_that_exist_and_branches_in_order() -> None:
    w = e.add_document(Workshop(), "RUS", "rus", None, (), "rus")
    w = e.add_focus_area(w, "Kompetens", FocusTier.KARNA, "k")
    w = e.update_focus_area(
        w, "k", branches=(Branch.KOMPETENSFORSORJNING, Branch.BILDNING), documents=("rus", "rus")
    )
    area = w.strategy.focus_areas[0]
    assert area.branches == (Branch.BILDNING, Branch.KOMPETENSFORSORJNING)  # the deck's order
    assert area.documents == ("rus",)
    with pytest.raises(e.EditError):
        e.update_focus_area(w, "k", documents=("gone",))
    gone = e.remove_document(w, "rus")
    assert gone.strategy.focus_areas[0].documents == ()  # a removed document lets go


def test_the_board_sets_a_priority_s_tests_and_keeps_it_chosen(shown) -> None:  # type: ignore[no-untyped-def]
    canvas = shown(StrategyCanvas, load_workshop(SAMPLE))
    canvas.tabs.setCurrentIndex(1)
    board = canvas.focus
    assert "Livsmedel och förädling" in board.observation.text()
    assert board.observation.text().startswith("Appens iakttagelse: 1 av 3")
    assert "kräver samhandling" in board.tests_source.text()
    spets = board.lists[FocusTier.SPETS.value]
    assert spets.item(0).data(TESTS_ROLE) == "⚠ inget av de två testen"
    assert not board.priority.political.isEnabled()  # nothing chosen yet
    assert board.choose("focus-livsmedel")
    box = board.priority
    QTest.mouseClick(box.political, Qt.MouseButton.LeftButton)
    area = canvas.session.workshop.strategy.focus_areas[-1]
    assert area.political and not area.samhandling
    assert board.current_area() == "focus-livsmedel"  # still chosen after the board refilled
    assert spets.item(0).data(TESTS_ROLE) == "politisk prioritering"
    assert board.observation.text().startswith("Appens iakttagelse: varje prioritering")
    QTest.mouseClick(box.branch_boxes[Branch.NARINGSLIV], Qt.MouseButton.LeftButton)
    box.documents.item(0).setCheckState(Qt.CheckState.Checked)  # the RUS
    area = canvas.session.workshop.strategy.focus_areas[-1]
    assert area.branches == (Branch.NARINGSLIV,) and area.documents[0] == "rus"
    assert "Smart specialisering" in spets.item(0).toolTip()  # its documents, in words
    for _ in range(3):
        canvas.session.undo_stack.undo()
    area = canvas.session.workshop.strategy.focus_areas[-1]
    assert not area.political and area.branches == ()


def test_the_board_is_filled_when_it_shows_not_while_the_pyramid_is_typed(shown) -> None:  # type: ignore[no-untyped-def]
    """A card's title typed at the limits rebuilt 150 priorities nobody saw: the board waits
    until its tab shows, then shows the workshop as it is."""
    canvas = shown(StrategyCanvas, load_workshop(SAMPLE))
    board = canvas.focus
    karna = board.lists[FocusTier.KARNA.value]
    assert canvas.tabs.currentIndex() == 0 and karna.count() == 0  # not filled unseen
    canvas.session.apply(
        "x", lambda w: e.update_focus_area(w, "focus-transporter", tier=FocusTier.SPETS)
    )
    canvas.tabs.setCurrentIndex(1)
    assert [karna.item(i).text() for i in range(karna.count())] == ["Kompetensförsörjning"]
    assert board.lists[FocusTier.SPETS.value].count() == 2
