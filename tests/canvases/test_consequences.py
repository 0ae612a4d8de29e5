"""What the ambition means for us, on Genomförandepraktik and the conclusions page (issue
#37): the deck's points for the ambition's main role, the room's lines per step, and a line
made an action in one click (or Ctrl+Enter), once."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest

from regionroll_desktop.canvases.roles.canvas import RolesCanvas
from regionroll_desktop.model import Step
from regionroll_desktop.model import edits as e
from regionroll_desktop.storage import load_workshop

from .test_quick_entry import type_text

SAMPLE = Path(__file__).parents[2] / "resources" / "samples" / "exempel.regionroll.json"


def _on_line(box, step: Step, n: int) -> None:  # type: ignore[no-untyped-def]
    editor = box.texts[step]
    cursor = editor.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.Start)
    cursor.movePosition(QTextCursor.MoveOperation.NextBlock, n=n)
    editor.setTextCursor(cursor)


def test_the_deck_on_the_ambition_and_a_line_made_an_action(shown) -> None:  # type: ignore[no-untyped-def]
    sample = e.set_consequence(load_workshop(SAMPLE), Step.FINANSIERING, "")
    canvas = shown(RolesCanvas, sample)
    box = canvas.consequences
    deck = box.deck.text()
    assert "Ambitionens huvudroll: Kapacitetsbyggaren. I dag: Finansiären." in deck
    assert "bilden ”Kapacitetsbyggaren”" in deck and "Styrningen är långsiktig" in deck
    assert "Det regionen lämnar" in deck and "bilden ”Finansiären”" in deck
    assert box.rule.text().startswith("Appens regel:")

    session = canvas.session
    before = len(session.workshop.outcome.actions)
    editor = box.texts[Step.FINANSIERING]
    editor.setFocus()
    type_text(editor, "Större egna medel")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    type_text(editor, "En plan för kapitalet")
    assert session.workshop.outcome.consequence(Step.FINANSIERING).text == (
        "Större egna medel\nEn plan för kapitalet"
    )
    _on_line(box, Step.FINANSIERING, 1)
    assert box.to_action[Step.FINANSIERING].isEnabled()
    QTest.mouseClick(box.to_action[Step.FINANSIERING], Qt.MouseButton.LeftButton)
    actions = session.workshop.outcome.actions
    assert len(actions) == before + 1
    assert (actions[-1].what, actions[-1].step) == ("En plan för kapitalet", Step.FINANSIERING)
    assert not box.to_action[Step.FINANSIERING].isEnabled()  # it is an action already
    assert not box.line_to_action(Step.FINANSIERING)
    assert "redan en åtgärd" in box.message.text()
    _on_line(box, Step.FINANSIERING, 0)
    editor.setFocus()
    QTest.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert session.workshop.outcome.actions[-1].what == "Större egna medel"
    session.undo_stack.undo()
    assert session.workshop.outcome.actions[-1].what == "En plan för kapitalet"
