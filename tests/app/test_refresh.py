"""Change-aware refresh: a view refreshes once per edit, and only when the part of the
workshop it shows changed."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from regionroll_desktop.app.details_page import DetailsPage
from regionroll_desktop.app.step_page import StepPage
from regionroll_desktop.canvases.financing.canvas import FinancingCanvas
from regionroll_desktop.canvases.keys import KeysCanvas
from regionroll_desktop.canvases.organisation.canvas import OrganisationCanvas
from regionroll_desktop.canvases.roles.canvas import RolesCanvas
from regionroll_desktop.canvases.strategy.canvas import StrategyCanvas
from regionroll_desktop.model import MatrixPosition, Step

from ..canvases.test_financing import at, drag
from .fixture_files import copied
from .test_main_window import FIXTURE

VIEWS: list[type] = [
    OrganisationCanvas,
    FinancingCanvas,
    StrategyCanvas,
    RolesCanvas,
    KeysCanvas,
    DetailsPage,
]


@pytest.fixture
def refreshes(monkeypatch: pytest.MonkeyPatch) -> Counter[str]:
    """Counts each view's refreshes (per class; step pages per step)."""
    counts: Counter[str] = Counter()

    def counting(cls: type) -> Callable[..., Any]:
        original = cls.show_workshop

        def show_workshop(self: Any, workshop: Any) -> Any:
            counts[cls.__name__ if cls is not StepPage else f"StepPage:{self.step}"] += 1
            return original(self, workshop)

        return show_workshop

    for cls in [*VIEWS, StepPage]:
        monkeypatch.setattr(cls, "show_workshop", counting(cls))
    return counts


def test_a_drag_release_on_the_matrix_refreshes_each_affected_view_once(
    refreshes: Counter[str],
    window,
    every_mouse_move,  # type: ignore[no-untyped-def]
    tmp_path,
) -> None:
    assert window.open_file(copied(FIXTURE, tmp_path))
    for step in Step:  # every step's canvas built, as after a walk through the workshop
        window.show_step(step)
        QApplication.processEvents()
    window.keys_page.ensure_content()
    window.show_step(Step.FINANSIERING)
    canvas = window.step_pages[Step.FINANSIERING].canvas
    assert isinstance(canvas, FinancingCanvas)
    canvas.plot.reset_view()
    QApplication.processEvents()
    today = window.session.workshop.financing.today
    assert isinstance(today, MatrixPosition)
    target = at(0.5, 0.5)
    refreshes.clear()

    drag(canvas.plot, today, target)

    assert window.session.workshop.financing.today != today  # the drag was one real edit
    assert window.session.undo_stack.count() == 1
    assert refreshes["FinancingCanvas"] == 1
    # The role map's questions hold the roles against the matrix, so it follows, once.
    assert refreshes["RolesCanvas"] == 1
    assert refreshes[f"StepPage:{Step.FINANSIERING}"] == 1  # its note lives in the same part
    assert refreshes["KeysCanvas"] == 1  # the Finansiering key shows what the matrix found
    for other in ("OrganisationCanvas", "StrategyCanvas", "DetailsPage"):
        assert refreshes[other] == 0, other
    for step in (Step.ORGANISATION, Step.STRATEGI, Step.GENOMFORANDEPRAKTIK):
        assert refreshes[f"StepPage:{step}"] == 0, step
