"""Each board's figure from the workshop alone, for its reader: no canvas and no widget is
built (a report, a picture file, the journey). A step's own package lays its figure out;
this module imports each when its figure is first asked for (the two maps' and the keys'
are pure layouts drawn by the one painter; the organisation's and the pyramid's draw a scene
of their own)."""

from __future__ import annotations

from ..figures.drawing import Drawing, Reader
from ..model import Language, Step, Workshop
from ..reference import ReferenceSet
from .step_canvas import Board, Figure

# The boards whose figure is laid out for the size it is drawn at (the others are scaled).
LAID_OUT_AT_ANY_SIZE = frozenset({Board.FINANSIERING, Board.GENOMFORANDEPRAKTIK})


def board_figure(
    board: Board,
    workshop: Workshop,
    reference: ReferenceSet | None,
    language: Language,
    reader: Reader = Reader.PICTURE,
    size: tuple[float, float] | None = None,
) -> Figure:
    """`board`'s figure of `workshop` for `reader`, in `language`'s words (the reference
    regions of `reference` on the capital matrix), laid out at `size` where the board's
    figure can be (`LAID_OUT_AT_ANY_SIZE`), else at its own."""
    if board is Board.ORGANISATION:
        from .organisation.figure import organisation_figure

        return organisation_figure(workshop)
    if board is Board.FINANSIERING:
        from .financing.figure import matrix_figure

        return matrix_figure(workshop, reference, language, reader, size)
    if board is Board.STRATEGI:
        from .strategy.figure import strategy_figure

        return strategy_figure(workshop)
    if board is Board.GENOMFORANDEPRAKTIK:
        from .roles.figure import roles_figure

        return roles_figure(workshop, language, reader, size)
    from .keys import keys_chart

    return keys_chart(workshop)


def small_figure(
    step: Step, workshop: Workshop, language: Language, width: float, height: float
) -> Drawing:
    """`step`'s figure of `workshop` in small (the workshop on one page), laid out for
    `width`×`height`."""
    from .small_figures import step_in_small

    return step_in_small(step, workshop, language, width, height)


def comparison_figure(
    a: Workshop,
    b: Workshop,
    names: tuple[str, str],
    language: Language,
    width: float,
    height: float,
    px: float,
) -> Figure:
    """Two states of a workshop on one capital matrix, laid out `width`×`height` in
    `px`-pixel type (the comparison: its markers named by state and moment)."""
    from .financing import figure

    return figure.comparison_figure(a, b, names, language, width, height, px)
