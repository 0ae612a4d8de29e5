"""The region's own numbers on Finansiering (issue #37): typed into the panel (one undo step
per field), read per inhabitant, and today's marker moved to the suggestion only when asked."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from regionroll_desktop.canvases.financing.canvas import FinancingCanvas
from regionroll_desktop.model import MatrixPosition, RegionChoice
from regionroll_desktop.model import edits as e
from regionroll_desktop.storage import load_workshop

SAMPLE = Path(__file__).parents[2] / "resources" / "samples" / "exempel.regionroll.json"


def test_the_numbers_are_typed_read_and_suggest_without_moving(shown) -> None:  # type: ignore[no-untyped-def]
    workshop = e.set_capital_numbers(load_workshop(SAMPLE), None)
    workshop = e.set_region(workshop, RegionChoice(code="13", name="Halland"))
    canvas = shown(FinancingCanvas, workshop)
    box = canvas.numbers
    session = canvas.session
    assert not box.reading.isVisibleTo(box)  # nothing given, nothing read
    assert box.amounts["anslag"].text() == "okänt"
    box.amounts["anslag"].setValue(100.0)
    box.amounts["own_funds"].setValue(50.0)
    box.share.setValue(75)
    numbers = session.workshop.financing.numbers
    assert numbers is not None
    assert (numbers.anslag, numbers.own_funds, numbers.distributed_share) == (100.0, 50.0, 75)
    assert "kronor per invånare" in box.reading.text()
    assert "Per invånare: folkmängden 2019" in box.reading.text()
    assert "karaktär −0,50" in box.suggestion.text()
    assert "kapital per capita okänd (färre än 3" in box.suggestion.text()
    assert box.rule.text().startswith("Appens regel:")
    today = session.workshop.financing.today
    assert today is not None  # the room's marker did not move by itself
    assert box.take.isEnabled()
    QTest.mouseClick(box.take, Qt.MouseButton.LeftButton)
    moved = session.workshop.financing.today
    assert moved == MatrixPosition(capital_per_capita=today.capital_per_capita, proactivity=-0.5)
    session.undo_stack.undo()
    assert session.workshop.financing.today == today
    for _ in range(3):  # each field was its own step
        session.undo_stack.undo()
    assert session.workshop.financing.numbers is None
