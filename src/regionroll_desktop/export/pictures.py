"""Each board's figure for a report and picture files, computed from the workshop for its
reader (`canvases/figures.py`): no canvas and no widget is built."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QPainter

from ..canvases.figures import LAID_OUT_AT_ANY_SIZE, board_figure
from ..canvases.step_canvas import Board, Figure
from ..figures.drawing import Reader
from ..model import Language, Step, Workshop
from ..reference import ReferenceSet
from ..ui.i18n import language
from ..ui.national import has_placed_regions, national_figure
from ..ui.reference_library import ReferenceLibrary

# File name stems, in the workshop's order: the steps' numbers and the deck's words.
FILE_STEMS = {
    Board.ORGANISATION: "1-organisation",
    Board.FINANSIERING: "2-finansiering",
    Board.STRATEGI: "3-strategi",
    Board.GENOMFORANDEPRAKTIK: "4-genomforandepraktik",
    Board.KEYS: "5-nycklar",
}
NATIONAL_STEM = "6-regionerna"  # every reference region beside the workshop, when placed


@dataclass
class Picture:
    """One canvas's figure, ready to draw into any paint device."""

    name: str  # file name stem, e.g. "2-finansiering"
    step: Step | None  # None for the keys and the regions
    draw: Callable[[QPainter, QRectF], None]
    size: QSize
    # The figure laid out afresh for a (width, height) in pixels, for a board whose figure
    # can be (a page gives it the room it has); None: it is drawn scaled.
    sized: Callable[[float, float], Figure] | None = None
    smallest_px: float = 0.0  # its smallest type in its own units (0: not known)
    numbers: int = 0  # how many numbers its markers take (`Figure.numbers`)

    @property
    def figure(self) -> Figure:
        """It as a figure, drawn scaled."""
        return Figure(self.draw, self.size, self.smallest_px, numbers=self.numbers)

    def least_height(self, px: float) -> float:
        """The least height it may be drawn at with no word under `px` pixels."""
        if self.smallest_px <= 0:
            return 0.0
        return self.size.height() * px / self.smallest_px


def build_pictures(
    workshop: Workshop,
    library: ReferenceLibrary,
    reader: Reader = Reader.PICTURE,
    reuse: list[Picture] | None = None,
) -> list[Picture]:
    """The four steps' figures and the keys', for `reader`, and the regions side by side
    when the reference set places any region but the workshop's. `reuse`: the same
    workshop's pictures for another reader, whose figures that are the same for every
    reader (all but those laid out at any size) are taken as they are."""
    lang = language()
    pictures = []
    kept = {p.name: p for p in reuse or () if p.sized is None}
    for board in Board:
        if FILE_STEMS[board] in kept:
            pictures.append(kept[FILE_STEMS[board]])
            continue
        figure = board_figure(board, workshop, library.merged, lang, reader)
        step = None if board is Board.KEYS else Step(board.value)
        sized = (
            partial(_sized, board, workshop, library.merged, lang, reader)
            if board in LAID_OUT_AT_ANY_SIZE
            else None
        )
        pictures.append(
            Picture(
                FILE_STEMS[board],
                step,
                figure.draw,
                figure.size,
                sized,
                figure.smallest_px,
                figure.numbers,
            )
        )
    if NATIONAL_STEM in kept:
        pictures.append(kept[NATIONAL_STEM])
    elif has_placed_regions(workshop, library.merged):
        drawing = national_figure(workshop, library.merged, lang)
        pictures.append(Picture(NATIONAL_STEM, None, drawing.draw, drawing.size))
    return pictures


def _sized(
    board: Board,
    workshop: Workshop,
    reference: ReferenceSet,
    language: Language,
    reader: Reader,
    width: float,
    height: float,
) -> Figure:
    return board_figure(board, workshop, reference, language, reader, (width, height))
