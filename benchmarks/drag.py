"""Dragging on the canvases: milliseconds per frame (one real mouse move and a synchronous
repaint), beside a bare pyqtgraph plot or QGraphicsScene with as many items. The positions
drawn are synthetic benchmark data, never shipped and never shown to a user."""

from __future__ import annotations

import math
import random
import statistics
import time
from collections.abc import Callable

from common import Row, measured_row, p95
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QGraphicsView

from regionroll_desktop.model.limits import MAX_DOCUMENTS, MAX_LINKS, MAX_STICKY_NOTES

# Targets from the issues, per frame of a drag.
TARGET_MEDIAN_MS = 2.0
TARGET_P95_MS = 8.0


def _send(view: QGraphicsView, kind: QEvent.Type, point: QPoint, buttons: Qt.MouseButton) -> None:
    event = QMouseEvent(
        kind,
        QPointF(point),
        QPointF(view.viewport().mapToGlobal(point)),
        Qt.MouseButton.LeftButton,
        buttons,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(view.viewport(), event)


def drag_frames(view: QGraphicsView, start: QPoint, radius: float, frames: int) -> list[float]:
    """Press on `start`, move in a circle for `frames` moves, release; ms per move + paint."""
    _send(view, QEvent.Type.MouseButtonPress, start, Qt.MouseButton.LeftButton)
    times = []
    for i in range(frames):
        angle = 2 * math.pi * i / 60
        point = start + QPoint(int(radius * (1 - math.cos(angle))), int(radius * math.sin(angle)))
        t0 = time.perf_counter()
        _send(view, QEvent.Type.MouseMove, point, Qt.MouseButton.LeftButton)
        view.viewport().repaint()
        times.append((time.perf_counter() - t0) * 1000)
    _send(view, QEvent.Type.MouseButtonRelease, start, Qt.MouseButton.NoButton)
    return times[5:]  # the first moves start the drag


def synthetic_positions(count: int, seed: int = 7) -> list[tuple[float, float]]:
    rng = random.Random(seed)
    return [(rng.uniform(-0.95, 0.95), rng.uniform(-0.95, 0.95)) for _ in range(count)]


def floor_plot(points: list[tuple[float, float]]) -> tuple[QGraphicsView, QPoint]:
    """A bare pyqtgraph plot with the same number of points and one draggable TargetItem."""
    import pyqtgraph as pg

    plot = pg.PlotWidget(background="w")
    plot.addItem(pg.ScatterPlotItem(pos=points, size=11))
    target = pg.TargetItem(pos=(-0.3, -0.4), size=30)
    plot.addItem(target)
    plot.setRange(xRange=(-1.2, 1.2), yRange=(-1.2, 1.2), padding=0)
    plot.resize(900, 700)
    plot.show()
    QApplication.processEvents()
    scene = plot.getViewBox().mapViewToScene(QPointF(-0.3, -0.4))
    return plot, plot.mapFromScene(scene)


def app_canvas(points: list[tuple[float, float]]) -> tuple[QGraphicsView, QPoint, object]:
    """The real Finansiering canvas with `points` placed reference regions."""
    from regionroll_desktop.canvases.financing.canvas import FinancingCanvas
    from regionroll_desktop.model import MatrixPosition, RegionChoice
    from regionroll_desktop.model import edits as e
    from regionroll_desktop.reference import Fact, ReferenceRegion, ReferenceSet, Source
    from regionroll_desktop.ui.reference_library import ReferenceLibrary
    from regionroll_desktop.ui.session import Session

    # County codes have two digits, so 200 regions cannot be validated as a real set:
    # the synthetic set is constructed without validation, for measurement only.
    source = Source(id="bench", title="synthetic benchmark positions")
    regions = tuple(
        ReferenceRegion.model_construct(
            code=f"b{i}",
            name=f"Region {i}",
            aliases=(),
            matrix_position=Fact[MatrixPosition](
                value=MatrixPosition(capital_per_capita=y, proactivity=x), source="bench"
            ),
            **{f: Fact() for f in ReferenceRegion.FACT_FIELDS if f != "matrix_position"},
        )
        for i, (x, y) in enumerate(points)
    )
    library = ReferenceLibrary(
        ReferenceSet.model_construct(
            name="bench", description="", sources=(source,), regions=regions
        )
    )
    workshop = e.set_matrix_position(
        e.new_workshop(RegionChoice(code="04", name="Sörmland")),
        "today",
        MatrixPosition(capital_per_capita=-0.4, proactivity=-0.3),
    )
    canvas = FinancingCanvas(Session(workshop), library)
    canvas.resize(1280, 700)
    canvas.show()
    QApplication.processEvents()
    plot = canvas.plot
    scene = plot.vb.mapViewToScene(QPointF(-0.3, -0.4))
    return plot, plot.mapFromScene(scene), canvas


def strategy_canvas(cards: int, links: int, notes: int = 0) -> tuple[QGraphicsView, QPoint, object]:
    """The real Strategi canvas with `cards` documents and `links` links (synthetic), and
    `notes` sticky notes: every other one pinned, one of those to the card dragged."""
    from regionroll_desktop.canvases.strategy.canvas import StrategyCanvas
    from regionroll_desktop.model import NotePin, PinKind, Step, StrategyKind, Workshop
    from regionroll_desktop.model import edits as e
    from regionroll_desktop.storage import shipped_reference_set
    from regionroll_desktop.ui.reference_library import ReferenceLibrary
    from regionroll_desktop.ui.session import Session

    rng = random.Random(3)
    middle = cards // 5
    kinds = (
        [StrategyKind.RUS]
        + [StrategyKind.DELOMRADESSTRATEGI] * (middle - 1)
        + [StrategyKind.HANDLINGSPLAN] * (cards - middle)
    )
    w = Workshop()
    for i, kind in enumerate(kinds):
        w = e.add_document(w, f"Dokument {i}", kind, doc_id=f"d{i}")
    pairs: set[tuple[int, int]] = set()
    while len(pairs) < links:
        a, b = rng.randrange(1, cards), rng.randrange(0, cards)
        if a != b:
            pairs.add((a, b))
    for a, b in sorted(pairs):
        w = e.add_link(w, f"d{a}", f"d{b}")
    dragged = f"d{cards * 3 // 4}"
    for n in range(notes):
        card = dragged if n == 0 else f"d{rng.randrange(cards)}"
        pin = NotePin(kind=PinKind.CARD, item=card) if n % 2 == 0 else None
        x, y = rng.random(), rng.random()
        w = e.add_sticky_note(w, Step.STRATEGI, f"Lapp {n}: vem?", x=x, y=y, pin=pin)
    canvas = StrategyCanvas(Session(w), ReferenceLibrary(shipped_reference_set()))
    canvas.resize(1600, 1000)
    canvas.show()
    QApplication.processEvents()
    view = canvas.view
    card = canvas.scene.cards[dragged]
    view.centerOn(card)
    QApplication.processEvents()
    return view, view.mapFromScene(card.sceneBoundingRect().center()), canvas


def scene_floor(cards: int, links: int) -> tuple[QGraphicsView, QPoint]:
    """A bare QGraphicsScene with the same number of movable cards and lines."""
    from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene

    rng = random.Random(3)
    scene = QGraphicsScene()
    items = []
    for i in range(cards):
        rect = scene.addRect(0, 0, 190, 70)
        rect.setPos((i % 8) * 204, (i // 8) * 86)
        rect.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsMovable)
        items.append(rect)
    for _ in range(links):
        a, b = rng.sample(items, 2)
        scene.addLine(a.x() + 95, a.y(), b.x() + 95, b.y() + 70)
    view = QGraphicsView(scene)
    view.resize(1300, 1000)
    view.show()
    view.centerOn(items[150])
    QApplication.processEvents()
    return view, view.mapFromScene(items[150].sceneBoundingRect().center())


def measure(
    name: str, make_app: Callable[[], tuple], make_floor: Callable[[], tuple], frames: int
) -> Row:
    floor_view, floor_start = make_floor()[:2]
    floor = drag_frames(floor_view, floor_start, 80, frames)
    app_view, app_start, _keep_alive = make_app()  # the canvas owns the plot
    app = drag_frames(app_view, app_start, 80, frames)
    met = statistics.median(app) <= TARGET_MEDIAN_MS and p95(app) <= TARGET_P95_MS
    target = f"median ≤ {TARGET_MEDIAN_MS} ms, p95 ≤ {TARGET_P95_MS} ms"
    return measured_row(name, app, floor, target, met, digits=3, worst=False)


def drag_rows(frames: int) -> list[Row]:
    import pyqtgraph as pg

    pg.setConfigOptions(mouseRateLimit=-1)  # measure every move, as a fast mouse sends them
    rows = []
    for count in (21, 200):
        points = synthetic_positions(count)
        rows.append(
            measure(
                f"matrix drag, {count} reference points",
                lambda points=points: app_canvas(points),
                lambda points=points: floor_plot(points),
                frames,
            )
        )
    rows.append(
        measure(
            "pyramid drag, 200 cards, 400 links (the limits)",
            lambda: strategy_canvas(MAX_DOCUMENTS, MAX_LINKS),
            lambda: scene_floor(MAX_DOCUMENTS, MAX_LINKS),
            frames,
        )
    )
    notes = MAX_STICKY_NOTES // 4  # the limit, shared by four canvases
    rows.append(
        measure(
            f"… and {notes} sticky notes, one on the card",
            lambda: strategy_canvas(MAX_DOCUMENTS, MAX_LINKS, notes),
            lambda: scene_floor(MAX_DOCUMENTS, MAX_LINKS),
            frames,
        )
    )
    return rows
