"""The strategy pyramid from the workshop: what its scene shows (the cards, their kinds and
years, the levels' titles, the flagged cards and links), for the editor's canvas, and the
figure for a reader (no handles, no selection) laid out by `figures.pyramid` with no scene
and no widget."""

from __future__ import annotations

from dataclasses import dataclass, replace

from PySide6.QtCore import QCoreApplication, QPointF, QRectF

from ...analysis.matrix import Box
from ...analysis.strategy import Diagnostic, Problem, diagnose
from ...figures.drawing import PAGE_PX, PAGE_WIDTH, Ellipse, ink_box, unpadded
from ...figures.pyramid import (
    Card,
    Link,
    MeasuredMetrics,
    PyramidContent,
    PyramidLayout,
    pyramid_drawing,
    pyramid_layout,
)
from ...model import NotePin, PinKind, Step, StrategyKind, Workshop
from ...ui.canvas_outline import strategy_kind_words
from ...ui.drawing_painter import measure
from ..step_canvas import Figure, drawing_figure, page_width
from ..sticky_notes import with_callouts
from .scene import StrategyScene

# The links flagged: those of a difference from the deck (a link past a level is the app's
# reading, listed but not flagged).
LINK_PROBLEMS = (Problem.DOWNWARD_LINK, Problem.CYCLE)


def level_titles() -> dict[int, str]:
    return {
        1: QCoreApplication.translate("StrategyCanvas", "1  RUS"),
        2: QCoreApplication.translate(
            "StrategyCanvas", "2  Plans (VP/RP/ÖP) and delområdesstrategier"
        ),
        3: QCoreApplication.translate("StrategyCanvas", "3  Handlingsplaner and understrategier"),
    }


@dataclass(frozen=True)
class Shown:
    """What the pyramid shows of a workshop beyond its documents: the diagnostics, the cards
    and links they flag, and each card's kind and year."""

    diagnostics: list[Diagnostic]
    flagged_docs: set[str]
    flagged_links: set[tuple[str, str]]
    subtitles: dict[str, str]


def shown(workshop: Workshop) -> Shown:
    strategy = workshop.strategy
    diagnostics = diagnose(strategy, workshop.organisation)
    flagged_links = {
        (lk.document, lk.source)
        for lk in strategy.links
        for diag in diagnostics
        if diag.problem in LINK_PROBLEMS
        and lk.document in diag.documents
        and lk.source in diag.documents
    }
    subtitles = {
        d.id: strategy_kind_words(d.kind) + (f" · {d.year}" if d.year else "")
        for d in strategy.documents
    }
    flagged_docs = {d for diag in diagnostics for d in diag.documents}
    return Shown(diagnostics, flagged_docs, flagged_links, subtitles)


def show_pyramid(scene: StrategyScene, workshop: Workshop) -> list[Diagnostic]:
    """Show `workshop`'s strategy in `scene`, the cards and links the diagnostics name
    flagged; returns the diagnostics."""
    s = shown(workshop)
    scene.show_strategy(
        workshop.strategy, s.subtitles, level_titles(), s.flagged_docs, s.flagged_links
    )
    return s.diagnostics


def pyramid_content(workshop: Workshop) -> PyramidContent:
    """What the pyramid shows of `workshop`, for the layout: the levels' titles, the cards
    (level by level, in the documents' order) and the links, the flagged ones marked."""
    s = shown(workshop)
    documents = workshop.strategy.documents
    cards = tuple(
        Card(
            d.id,
            StrategyKind(d.kind).level,
            d.title,
            s.subtitles[d.id],
            d.kind,
            d.branches,
            d.id in s.flagged_docs,
        )
        for level in (1, 2, 3)
        for d in documents
        if StrategyKind(d.kind).level == level
    )
    links = tuple(
        Link(lk.document, lk.source, (lk.document, lk.source) in s.flagged_links)
        for lk in workshop.strategy.links
    )
    return PyramidContent(level_titles(), cards, links)


def strategy_figure(workshop: Workshop, width: float = PAGE_WIDTH, px: float = PAGE_PX) -> Figure:
    """The pyramid `width` pixels wide (wider when it would be taller than a page's shape)
    in `px`-pixel type, laid out by `figures.pyramid` (the layout the editor's scene places
    its cards and routes its links by; no scene, no widget), with a numbered callout for
    each of the step's sticky notes."""
    content = pyramid_content(workshop)
    metrics = MeasuredMetrics(px, measure)
    layouts: list[PyramidLayout] = []

    def height_at(w: float) -> float:
        layouts.append(pyramid_layout(content, w, metrics))
        return layouts[-1].height

    page_width(height_at, width)  # wider rather than taller than a page (hundreds of cards)
    drawing = pyramid_drawing(content, layouts[-1], px, measure)  # its links routed once

    def pin_point(pin: NotePin) -> QPointF | None:
        corner = drawing.anchors.get(pin.item) if pin.kind is PinKind.CARD else None
        return QPointF(*corner) if corner is not None else None

    notes = workshop.notes_on(Step.STRATEGI)
    figure = replace(drawing_figure(drawing), smallest_px=px)
    # A callout keeps off the letters (not the room a level's title is laid in), the cards'
    # dots (the room's marks) and off the other cards and levels.
    inked = [ink_box(w, unpadded(measure)) for w in drawing.words()]
    inked += [
        Box(p.centre[0] - p.rx, p.centre[1] - p.ry, 2 * p.rx, 2 * p.ry)
        for p in drawing.parts
        if isinstance(p, Ellipse)
    ]
    holders = [*layouts[-1].cards.values(), *layouts[-1].bands.values()]
    words = [QRectF(b.x, b.y, b.w, b.h) for b in inked]
    grounds = [QRectF(b.x, b.y, b.w, b.h) for b in holders]
    return with_callouts(figure, notes, pin_point, words=words, grounds=grounds)
