"""The strategy pyramid from the workshop: what its scene shows (the cards, their kinds and
years, the levels' titles, the flagged cards and links), for the editor's canvas and for a
figure drawn without any widget, for its reader (no handles, no selection)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QPointF

from ...analysis.strategy import Diagnostic, Problem, diagnose
from ...figures.drawing import PAGE_PX, PAGE_WIDTH
from ...model import NotePin, PinKind, Step, Workshop
from ...ui.canvas_outline import strategy_kind_words
from ..step_canvas import Figure, items_figure, lay_out_for_page
from ..sticky_notes import with_callouts
from .scene import StrategyScene

FIGURE_MARGIN = 10.0
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


def show_pyramid(scene: StrategyScene, workshop: Workshop) -> list[Diagnostic]:
    """Show `workshop`'s strategy in `scene`, the cards and links the diagnostics name
    flagged; returns the diagnostics."""
    strategy = workshop.strategy
    diagnostics = diagnose(strategy, workshop.organisation)
    flagged_docs = {d for diag in diagnostics for d in diag.documents}
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
    scene.show_strategy(strategy, subtitles, level_titles(), flagged_docs, flagged_links)
    return diagnostics


def strategy_figure(workshop: Workshop, width: float = PAGE_WIDTH, px: float = PAGE_PX) -> Figure:
    """The pyramid `width` pixels wide (wider when it would be taller than a page's shape)
    in `px`-pixel type, built in a scene of its own (no view, no widget), with a numbered
    callout for each of the step's sticky notes."""
    scene = StrategyScene()
    scene.for_reader = True
    scene.quick_entry = False
    scene.routes_as_laid_out = False
    font = scene.base_font
    font.setPixelSize(max(1, round(px)))
    scene.base_font = font
    show_pyramid(scene, workshop)
    lay_out_for_page(scene, width)
    scene.routes_as_laid_out = True
    scene.route_links(all_again=True)  # once, for the width it keeps
    origin = scene.itemsBoundingRect().topLeft() - QPointF(FIGURE_MARGIN, FIGURE_MARGIN)
    figure = items_figure(scene, FIGURE_MARGIN)  # its drawing keeps the scene alive

    def pin_point(pin: NotePin) -> QPointF | None:
        card = scene.cards.get(pin.item) if pin.kind is PinKind.CARD else None
        if card is None or not card.isVisible():
            return None
        return card.sceneBoundingRect().topRight() - origin

    notes = workshop.notes_on(Step.STRATEGI)
    return with_callouts(replace(figure, smallest_px=scene.type_px()), notes, pin_point)
