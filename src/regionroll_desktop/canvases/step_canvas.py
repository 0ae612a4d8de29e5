"""What the window, projector mode and export need from a step's canvas, and where canvases
come from.

Every canvas (the four steps' and the keys') answers `StepCanvas`: it shows a workshop, draws
the figure of its result for a report, shows itself for the projector and names its keys.
Nothing outside a canvas's own package reaches into its scenes, plots or panels. The canvases
themselves are made in `canvases/factory.py`, which imports them: this module is what they
import, and imports none of them.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol, runtime_checkable

from PySide6.QtCore import QObject, QRectF, QSize, Signal
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsScene,
    QScrollArea,
    QWidget,
)

from ..figures.drawing import Drawing
from ..model import Step, Workshop
from ..ui.drawing_painter import paint_drawing
from ..ui.widgets import SIDE_PANEL

KeyHelp = list[tuple[str, str]]  # (what the keys do, the keys), in the UI language


class Board(StrEnum):
    """The canvases: one per step, and the keys' board."""

    ORGANISATION = Step.ORGANISATION.value
    FINANSIERING = Step.FINANSIERING.value
    STRATEGI = Step.STRATEGI.value
    GENOMFORANDEPRAKTIK = Step.GENOMFORANDEPRAKTIK.value
    KEYS = "nycklar"

    @classmethod
    def of(cls, step: Step) -> Board:
        return cls(step.value)


@dataclass(frozen=True)
class Figure:
    """A canvas's result as a drawing, ready for any paint device (PNG, SVG, PDF)."""

    draw: Callable[[QPainter, QRectF], None]
    size: QSize  # its natural size; drawn into a target of the same proportions
    # Its smallest type, in its own units: how small a page may draw it (0: laid out for the
    # size it is drawn at, or not known).
    smallest_px: float = 0.0
    # Its legend's entries it leaves to the text beside it (too many to draw: `Drawing`).
    legend: tuple[str, ...] = ()
    # How many numbers its markers take: its notes' callouts are numbered after them.
    numbers: int = 0

    @property
    def first_note(self) -> int:
        """The number its first sticky note is called out by (`sticky_note_lines`)."""
        return self.numbers + 1

    def least_scale(self, px: float) -> float:
        """The smallest scale at which no word is under `px` pixels (0: any)."""
        return px / self.smallest_px if self.smallest_px > 0 else 0.0


class Aside(QObject):
    """The lines a projected canvas leaves to the text beside it: a legend longer than the
    screen's type lets it draw ("1 Grupp A (i dag)", …). The projector lists them with the
    step's result."""

    changed = Signal()

    def __init__(self, parent: QObject | None = None, names_numbers: bool = True) -> None:
        super().__init__(parent)
        self.lines: list[str] = []
        # A legend of the numbers drawn on the canvas comes before the step's result (the
        # numbers name nothing without it); other lines (what the canvas leaves out) after.
        self.names_numbers = names_numbers

    def set_lines(self, lines: list[str]) -> None:
        if lines != self.lines:
            self.lines = list(lines)
            self.changed.emit()


class Parts(QObject):
    """What a projected slide shows a screen at a time when it is more than the screen holds
    in the reader's type (a long outcome, a tall pyramid, the text beside a canvas): how
    many screens it takes and the one shown. The projector turns them with Page Down and
    Page Up and names them in its title ("(2 of 5)"); `changed` when either changed."""

    changed = Signal()
    LAST = 10**6  # shown from its last screen, whatever their count (paged back into it)

    def __init__(self, show: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._show = show  # draws the screen `shown`
        self.count = 1
        self._wanted = 0

    @property
    def shown(self) -> int:
        """The screen shown, from 0."""
        return min(self._wanted, self.count - 1)

    def set_count(self, count: int) -> None:
        """How many screens it takes now (laid out again); the one shown stays within them."""
        before = (self.count, self.shown)
        self.count = max(1, count)
        self._wanted = self.shown
        if (self.count, self.shown) != before:
            self.changed.emit()

    def show(self, screen: int) -> None:
        """Screen `screen` (from 0; LAST: the last, when they are laid out)."""
        before = self.shown
        self._wanted = max(0, screen)
        self._show()
        if self.shown != before:
            self.changed.emit()


@runtime_checkable
class StepCanvas(Protocol):
    def as_widget(self) -> QWidget:
        """The canvas itself, to put in a layout."""
        ...

    def show_workshop(self, workshop: Workshop) -> None:
        """Show this state (the canvas also follows its session's changes by itself)."""
        ...

    def figure(self) -> Figure:
        """The canvas's result drawn for a report or a picture file."""
        ...

    def present(self, zoom: float, least_px: float) -> None:
        """Become the projector's view: editing panels hidden, drawing `zoom` times larger,
        no word under `least_px` pixels where the canvas can make its words that large."""
        ...

    def key_help(self) -> KeyHelp:
        """The keys this canvas answers to."""
        ...

    def show_notes(self, shown: bool, show_again: Callable[[], None]) -> None:
        """The editor's sticky notes on this canvas shown or hidden (the View menu);
        `show_again` is called when a note is put up while they are hidden."""
        ...


# --- helpers the canvases draw their figures and projector views with ---


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


def drawing_figure(drawing: Drawing) -> Figure:
    """A drawing laid out in `figures/` as a figure any paint device takes."""

    def draw(painter: QPainter, target: QRectF) -> None:
        paint_drawing(painter, drawing, target)

    size = QSize(round(drawing.width), round(drawing.height))
    return Figure(draw, size, legend=tuple(drawing.legend), numbers=drawing.numbers)


PAGE_SHAPE = 0.75  # a figure's height, of its width, at most (a landscape page's shape)
WIDEST = 4000.0  # and the widest a figure is laid out for it


class WidthLaidOut(Protocol):
    """A scene laid out for a width (the pyramid, the organisation)."""

    def set_width(self, width: float) -> None: ...

    def sceneRect(self) -> QRectF: ...  # noqa: N802  (Qt's name)


def largest_zoom(
    scene: WidthLaidOut, width: float, height: float, largest: float, least: float
) -> float:
    """The largest zoom from `largest` down (in steps of 0.05, to `least`) at which `scene`
    laid out `width / zoom` wide is no taller than `height / zoom` (a view `width`×`height`
    shows it whole); the scene is left laid out at it."""
    zoom = largest
    while zoom > least:
        scene.set_width(width / zoom)
        if scene.sceneRect().height() * zoom <= height:
            break
        zoom -= 0.05
    return zoom


def page_width(height_at: Callable[[float], float], width: float) -> float:
    """`width`, or wider when what is laid out that wide (`height_at` lays it out and says
    how tall it is) would be taller than a page's shape (a pyramid at the limits was 12,000
    px tall: a picture no slide or page can show); what is laid out last is at the width
    returned."""
    height = height_at(width)
    while height > width * PAGE_SHAPE and width < WIDEST:
        area = width * height  # about the same at any width
        width = min(WIDEST, max(width * 1.15, math.sqrt(area / PAGE_SHAPE)))
        height = height_at(width)
    return width


def hide_side_panels(canvas: QWidget) -> None:
    """The editing controls of a canvas (its side panel) hidden, for the projector."""
    for panel in canvas.findChildren(QScrollArea, SIDE_PANEL):
        panel.hide()
