"""The shipped example: an invented region, clearly labelled, with every canvas filled in;
it opens from the start page as an untitled workshop, so the shipped file is never written."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from regionroll_desktop.app.main_window import PAGE_OF_STEP, SAMPLE, MainWindow
from regionroll_desktop.model import Step
from regionroll_desktop.resources import resource
from regionroll_desktop.storage import load_workshop


def test_the_example_is_invented_labelled_and_complete() -> None:
    w = load_workshop(resource("samples", SAMPLE))
    assert w.region is not None and w.region.code is None  # not one of the 21 real regions
    assert "påhittad" in w.region.name and "påhittad" in w.details.title
    assert all("påhittad" in w.note(step) for step in Step)
    o = w.organisation
    assert o.political_model is not None and o.administrative_model is not None
    assert w.financing.today and w.financing.ambition and len(w.financing.groups) >= 3
    assert len(w.strategy.documents) >= 5 and w.strategy.links and w.strategy.focus_areas
    assert w.implementation.today and w.implementation.ambition and w.implementation.groups
    assert all(k.score for k in w.keys) and w.snapshots
    assert all(w.step_timing(step).spent_seconds for step in Step)
    assert all(w.outcome.conclusion(step).text for step in Step)
    actions = w.outcome.actions
    assert len(actions) >= 4 and all(a.who and a.due for a in actions)
    assert len(w.outcome.parked) >= 2
    assert {v.group for v in w.outcome.votes} == {"grupp-a", "grupp-b"}


def test_the_start_page_opens_it_untitled(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    shipped = resource("samples", SAMPLE)
    before = shipped.read_bytes()
    qtbot.mouseClick(window.start_page.sample_button, Qt.MouseButton.LeftButton)
    assert window.session.path is None and "påhittad" in window.session.workshop.details.title
    assert window.pages.currentIndex() == PAGE_OF_STEP[Step.ORGANISATION]
    for step in Step:  # every canvas builds from it
        window.show_page(PAGE_OF_STEP[step])
        assert window.step_pages[step].canvas is not None
    assert shipped.read_bytes() == before
    assert not Path(str(shipped) + ".bak").exists()
