"""Shared by the canvases' tests: pyqtgraph sees every mouse move, and one way to put a canvas
on screen for a workshop."""

from collections.abc import Callable

import pytest
from PySide6.QtWidgets import QApplication, QWidget

from regionroll_desktop.model import Language, Workshop
from regionroll_desktop.storage import shipped_reference_set
from regionroll_desktop.ui.i18n import set_language
from regionroll_desktop.ui.reference_library import ReferenceLibrary
from regionroll_desktop.ui.session import Session


@pytest.fixture(autouse=True)
def _every_mouse_move(every_mouse_move: None) -> None:
    pass


@pytest.fixture
def shown(qtbot) -> Callable[..., QWidget]:  # type: ignore[no-untyped-def]
    """`shown(CanvasClass, workshop, (width, height))`: the canvas, in Swedish, on a new
    session with the shipped reference regions, shown and laid out."""

    def make(kind: type, workshop: Workshop, size: tuple[int, int] = (1200, 800)) -> QWidget:
        set_language(Language.SV)
        view = kind(Session(workshop), ReferenceLibrary(shipped_reference_set()))
        qtbot.addWidget(view)
        view.resize(*size)
        view.show()
        qtbot.waitExposed(view)
        plot = getattr(view, "plot", None)
        if plot is not None:
            plot.reset_view()  # the matrix whole, whatever the window's first size did
        QApplication.processEvents()
        return view

    return make
