"""Each canvas's figure for a report and picture files, drawn through the canvases' common
interface (`canvases.step_canvas.StepCanvas`), never from their insides."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QPainter

from ..canvases.factory import offscreen_canvases
from ..canvases.step_canvas import Board, StepCanvas
from ..model import Step, Workshop
from ..ui.i18n import language
from ..ui.national import has_placed_regions, national_figure
from ..ui.reference_library import ReferenceLibrary
from ..ui.session import Session

CANVAS_SIZE = QSize(1500, 950)
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
    keep: StepCanvas | None  # the canvas the drawing comes from, kept alive with the picture


def build_pictures(workshop: Workshop, library: ReferenceLibrary) -> list[Picture]:
    """The four steps' figures and the keys', from canvases laid out offscreen, and the
    regions side by side when the reference set places any region but the workshop's."""
    session = Session(workshop)
    canvases = offscreen_canvases(session, library, CANVAS_SIZE)
    pictures = []
    for board, canvas in canvases.items():
        figure = canvas.figure()
        step = None if board is Board.KEYS else Step(board.value)
        pictures.append(Picture(FILE_STEMS[board], step, figure.draw, figure.size, canvas))
    session.setParent(canvases[Board.ORGANISATION].as_widget())
    if has_placed_regions(workshop, library.merged):
        drawing = national_figure(workshop, library.merged, language())
        pictures.append(Picture(NATIONAL_STEM, None, drawing.draw, drawing.size, None))
    return pictures


def discard(pictures: list[Picture]) -> None:
    """Close and delete the canvases behind `pictures` once they have been written."""
    for picture in pictures:
        if picture.keep is None:
            continue
        widget = picture.keep.as_widget()
        widget.close()
        widget.deleteLater()
