"""The capital matrix as a figure for its reader, from the workshop alone (no canvas, no
widget): what `figures.matrix` lays out, in the words of the UI's language, drawn by the one
painter, with the sticky notes' callouts."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ...analysis.groups import matrix_spread
from ...analysis.room import matrix_answered
from ...analysis.sides import matrix_sides
from ...figures.drawing import Reader, type_px
from ...figures.matrix import Mark, MatrixContent, Spot, Spread, matrix_drawing
from ...model import Language, Moment, Side, Step, Workshop
from ...model.deck import AXIS_WORDS, QUADRANT_CAPTIONS
from ...reference import ReferenceSet
from ...ui.change_words import previous_label
from ...ui.drawing_painter import measure
from ...ui.group_colours import (
    MOMENT_COLOURS,
    SIDE_COLOURS,
    group_initial,
)
from ...ui.side_by_side import moment_words
from ...ui.side_words import centre_label, group_mark_label, side_initial
from ..map_marks import group_mark, map_figure, mark_key, own_mark, previous_mark
from ..markers import PreviousMark, SideMark
from ..step_canvas import Figure, drawing_figure

REFERENCE_COLOUR = "#64748b"
# A figure for a picture file or a page: about the proportions the editor shows it in.
FIGURE_SIZE = (1500.0, 1100.0)
PAGE_SIZE = (1000.0, 730.0)


def _tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def previous_marks(workshop: Workshop) -> list[Mark]:
    """Where the previous workshop left the region (a follow-up's then beside its now):
    hollow, greyed, small, labelled "Förra workshoppen: i dag" and "…: ambition"."""
    previous = workshop.previous
    if previous is None:
        return []
    return [
        previous_mark(
            str(PreviousMark(moment)),
            (at.proactivity, at.capital_per_capita),
            previous_label(moment),
            moment,
        )
        for moment in Moment
        if (at := previous.workshop.financing.at(moment)) is not None
    ]


def matrix_content(
    workshop: Workshop, reference: ReferenceSet | None, language: Language
) -> MatrixContent:
    """What the matrix shows of `workshop`: its markers and the arrow, every group's markers
    (for today and the ambition) with their spread, the room's answers and the placed
    reference regions (of `reference`), in `language`'s words."""
    financing = workshop.financing
    region = workshop.region.name if workshop.region else _tr("FinancingCanvas", "The region")
    names = {
        Moment.TODAY: _tr("FinancingCanvas", "{region} today").format(region=region),
        Moment.AMBITION: _tr("FinancingCanvas", "Ambition"),
    }
    marks = [
        own_mark(moment, at.proactivity, at.capital_per_capita, names[moment])
        for moment in Moment
        if (at := financing.at(moment)) is not None
    ]
    spreads: list[Spread] = []
    room: list[Spot] = []
    centres: list[Spot] = []
    for moment in Moment:
        positions = []
        for answer in financing.groups:
            group = workshop.group(answer.group)
            if answer.moment is not moment or group is None:
                continue
            positions.append(answer.position)
            marks.append(
                group_mark(
                    mark_key(moment, group.id),
                    (answer.position.proactivity, answer.position.capital_per_capita),
                    group_mark_label(group, moment),
                    group.colour,
                    group_initial(group.name),
                )
            )
        spread = matrix_spread(positions) if len(positions) >= 2 else None
        if spread is not None:
            c = spread.centre
            spreads.append(Spread(c.proactivity, c.capital_per_capita, spread.spread))
        answers = [p for _, p in matrix_answered(workshop.room, moment)]
        colour = MOMENT_COLOURS[moment]
        filled = moment is Moment.TODAY
        room.extend(Spot(p.proactivity, p.capital_per_capita, colour, filled) for p in answers)
        room_spread = matrix_spread(answers)
        if room_spread is not None:
            c = room_spread.centre
            centres.append(Spot(c.proactivity, c.capital_per_capita, colour))
    # The elected members' and the officials' places, per moment both answered for: a side's
    # centre where it has several answers (one answer is its own place), the line between.
    links: list[tuple[tuple[float, float], tuple[float, float]]] = []
    for moment in Moment:
        sides = matrix_sides(workshop, moment)
        if sides is None:
            continue
        places = {Side.ELECTED: sides.elected, Side.OFFICIALS: sides.officials}
        a, b = sides.elected, sides.officials
        links.append(((a.proactivity, a.capital_per_capita), (b.proactivity, b.capital_per_capita)))
        for side, count in zip(Side, sides.counts, strict=True):
            if count >= 2:
                marks.append(
                    group_mark(
                        str(SideMark(side, moment)),
                        (places[side].proactivity, places[side].capital_per_capita),
                        centre_label(side, moment),
                        SIDE_COLOURS[side],
                        side_initial(side),
                    )
                )
    references = [
        Spot(
            r.matrix_position.value.proactivity,
            r.matrix_position.value.capital_per_capita,
            REFERENCE_COLOUR,
            name=r.name,
        )
        for r in (reference.regions if reference is not None else ())
        if r.matrix_position.value is not None
    ]
    marks += previous_marks(workshop)
    both = financing.today is not None and financing.ambition is not None
    return MatrixContent(
        axis=AXIS_WORDS[language],
        captions=QUADRANT_CAPTIONS[language],
        marks=marks,
        arrow=(mark_key(Moment.TODAY), mark_key(Moment.AMBITION)) if both else None,
        arrow_colour=MOMENT_COLOURS[Moment.AMBITION],
        spreads=spreads,
        room=room,
        room_centres=centres,
        links=links,
        references=references,
    )


def matrix_figure(
    workshop: Workshop,
    reference: ReferenceSet | None,
    language: Language,
    reader: Reader,
    size: tuple[float, float] | None = None,
) -> Figure:
    """The matrix laid out for `reader` at `size` (a page's or a picture's by default), with a
    numbered callout for each of the step's sticky notes."""
    width, height = size or (PAGE_SIZE if reader is Reader.PAGE else FIGURE_SIZE)
    px = type_px(reader, height)
    return map_figure(
        matrix_content(workshop, reference, language),
        workshop.notes_on(Step.FINANSIERING),
        # On a page, a legend too long for the figure is listed in the text under it.
        lambda c: matrix_drawing(c, width, height, px, measure, reader is Reader.PAGE),
    )


def comparison_content(
    a: Workshop, b: Workshop, name_a: str, name_b: str, language: Language
) -> MatrixContent:
    """Two states of a workshop on one capital matrix (a comparison): the first's markers
    grey and hollow, as the previous workshop's are drawn, the second's in their own colours,
    each named by its state and moment ("Före pausen: i dag"), a dashed line from where a
    marker was to where it is (the markers carried no names, and the reader could not tell
    the two states or the two moments apart)."""
    marks: list[Mark] = []
    links = []
    for moment in Moment:
        before, after = a.financing.at(moment), b.financing.at(moment)
        words = moment_words(moment)
        if before is not None:
            label = f"{name_a}: {words}"
            at = (before.proactivity, before.capital_per_capita)
            marks.append(previous_mark(f"a:{moment.value}", at, label, moment))
        if after is not None:
            label = f"{name_b}: {words}"
            marks.append(own_mark(moment, after.proactivity, after.capital_per_capita, label))
        if before is not None and after is not None and before != after:
            links.append(
                (
                    (before.proactivity, before.capital_per_capita),
                    (after.proactivity, after.capital_per_capita),
                )
            )
    return MatrixContent(
        axis=AXIS_WORDS[language],
        captions=QUADRANT_CAPTIONS[language],
        marks=marks,
        links=links,
    )


def comparison_figure(
    a: Workshop,
    b: Workshop,
    names: tuple[str, str],
    language: Language,
    width: float,
    height: float,
    px: float,
) -> Figure:
    """The two states on one matrix laid out `width`×`height` in `px`-pixel type."""
    content = comparison_content(a, b, *names, language)
    return drawing_figure(matrix_drawing(content, width, height, px, measure))
