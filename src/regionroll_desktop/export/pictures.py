"""Each canvas of a workshop as a picture: built offscreen, drawn uncached as vectors."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from PySide6.QtCore import QPoint, QRectF, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QApplication, QGraphicsItem, QGraphicsScene, QGraphicsView, QWidget

from ..model import Step, Workshop
from ..ui.reference_library import ReferenceLibrary
from ..ui.session import Session

CANVAS_SIZE = QSize(1500, 950)


@dataclass
class Picture:
    """One canvas, ready to draw into any paint device."""

    name: str  # file name stem, e.g. "2-finansiering"
    step: Step | None
    draw: Callable[[QPainter, QRectF], None]
    size: QSize
    keep: QWidget  # the canvas the drawing comes from; kept alive with the picture


@contextmanager
def uncached(scene: QGraphicsScene) -> Iterator[None]:
    """Vector output needs every item to paint itself, not a cached pixmap."""
    saved = [(item, item.cacheMode()) for item in scene.items()]
    for item, _ in saved:
        item.setCacheMode(QGraphicsItem.CacheMode.NoCache)
    try:
        yield
    finally:
        for item, mode in saved:
            item.setCacheMode(mode)


def _scene_picture(
    name: str,
    step: Step | None,
    widget: QWidget,
    scene: QGraphicsScene,
    source: Callable[[], QRectF],
) -> Picture:
    def draw(painter: QPainter, target: QRectF) -> None:
        with uncached(scene):
            scene.render(painter, target, source())

    rect = source()
    size = QSize(int(rect.width()), int(rect.height()))
    return Picture(name, step, draw, size, widget)


def _view_picture(name: str, step: Step | None, widget: QWidget, view: QGraphicsView) -> Picture:
    def draw(painter: QPainter, target: QRectF) -> None:
        with uncached(view.scene()):
            view.render(painter, target)

    return Picture(name, step, draw, view.viewport().size(), widget)


def _widget_picture(name: str, widget: QWidget) -> Picture:
    def draw(painter: QPainter, target: QRectF) -> None:
        painter.save()
        painter.translate(target.topLeft())
        painter.scale(target.width() / widget.width(), target.height() / widget.height())
        widget.render(painter, QPoint(0, 0))
        painter.restore()

    return Picture(name, None, draw, widget.size(), widget)


def build_pictures(workshop: Workshop, library: ReferenceLibrary) -> list[Picture]:
    """The four step canvases and the keys, laid out offscreen at CANVAS_SIZE."""
    from ..canvases.financing.canvas import FinancingCanvas
    from ..canvases.keys import KeysCanvas
    from ..canvases.organisation.canvas import OrganisationCanvas
    from ..canvases.roles.canvas import RolesCanvas
    from ..canvases.strategy.canvas import StrategyCanvas

    session = Session(workshop)
    canvases: list[QWidget] = [
        OrganisationCanvas(session, library),
        FinancingCanvas(session, library),
        StrategyCanvas(session, library),
        RolesCanvas(session, library),
        KeysCanvas(session),
    ]
    for canvas in canvases:
        # Laid out and painted like a shown window, but never put on a screen.
        canvas.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
        canvas.resize(CANVAS_SIZE)
        canvas.show()
    QApplication.processEvents()
    organisation, financing, strategy, roles, keys = canvases
    strategy.view.fit()  # type: ignore[attr-defined]
    QApplication.processEvents()
    pictures = [
        _scene_picture(
            "1-organisation",
            Step.ORGANISATION,
            organisation,
            organisation.scene,  # type: ignore[attr-defined]
            lambda: organisation.scene.itemsBoundingRect().adjusted(-10, -10, 10, 10),
        ),  # type: ignore[attr-defined]
        _view_picture("2-finansiering", Step.FINANSIERING, financing, financing.plot),  # type: ignore[attr-defined]
        _scene_picture(
            "3-strategi",
            Step.STRATEGI,
            strategy,
            strategy.scene,  # type: ignore[attr-defined]
            lambda: strategy.scene.itemsBoundingRect().adjusted(-10, -10, 10, 10),
        ),  # type: ignore[attr-defined]
        _scene_picture(
            "4-genomforandepraktik",
            Step.GENOMFORANDE,
            roles,
            roles.scene,  # type: ignore[attr-defined]
            lambda: roles.scene.sceneRect(),
        ),  # type: ignore[attr-defined]
        _widget_picture("5-nycklar", keys),
    ]
    session.setParent(canvases[0])
    return pictures


def discard(pictures: list[Picture]) -> None:
    """Close and delete the canvases behind `pictures` once they have been written."""
    for picture in pictures:
        picture.keep.close()
        picture.keep.deleteLater()
