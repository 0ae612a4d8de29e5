"""What the ambition means for us on the conclusions page (issue #37): the same words as on
Genomförandepraktik, the heading sentence without the deck's points."""

from __future__ import annotations

from pathlib import Path

from regionroll_desktop.model import Step
from regionroll_desktop.model import edits as e

SAMPLE = Path(__file__).parents[2] / "resources" / "samples" / "exempel.regionroll.json"


def test_the_conclusions_page_shows_the_same_words(window) -> None:  # type: ignore[no-untyped-def]
    assert window.open_file(SAMPLE)
    page = window.outcome_page
    box = page.consequences
    assert not box.rule.isVisibleTo(page)  # the points, and their rule, are on the step
    assert (
        box.deck.text() == "<b>Ambitionens huvudroll: Kapacitetsbyggaren. I dag: Finansiären.</b>"
    )
    window.session.apply("x", lambda w: e.set_consequence(w, Step.STRATEGI, "RUS:en först"))
    assert box.texts[Step.STRATEGI].toPlainText() == "RUS:en först"
    window.session.undo_stack.setClean()
