"""The role map as a figure for its reader, from the workshop alone (no scene, no widget):
laid out by the matrix layout (`figures.matrix`) as the capital matrix is, its quadrants the
deck's four roles, with the workshop's markers and the arrow, every group's markers (today
and the ambition) and their spread, the sides' centres, the room's answers, every label
beside its own marker (or numbered, with a legend) and the deck's reminder under the map;
drawn by the one painter."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from ...analysis.groups import role_spread
from ...analysis.roles import position_of
from ...analysis.room import roles_answered
from ...analysis.sides import role_sides
from ...figures.drawing import Reader, type_px
from ...figures.matrix import MatrixContent, Spot, Spread, matrix_with_footnote
from ...model import Language, Moment, Role, Side, Step, Workshop
from ...model.deck import ROLE_NAMES, ROLES_NOT_A_CLASSIFICATION
from ...ui.change_words import previous_label, previous_tip
from ...ui.drawing_painter import measure
from ...ui.group_colours import MOMENT_COLOURS, ROLE_TINTS, SIDE_COLOURS, group_initial
from ...ui.side_words import centre_label, group_mark_label, side_initial
from ..group_markers import ShownMark
from ..map_marks import group_mark, map_figure, mark_key, own_mark, previous_mark
from ..markers import PreviousMark, SideMark
from ..step_canvas import Figure

# A figure for a picture file or a page: the map about square, the reminder under it.
FIGURE_SIZE = (1200.0, 1150.0)
PAGE_SIZE = (1000.0, 880.0)


Point = tuple[float, float]


def side_marks(
    workshop: Workshop, moments: Sequence[Moment]
) -> tuple[list[ShownMark[Point]], list[SideMark], list[tuple[Point, Point]]]:
    """The sides' centres on the role map for `moments` (a side of several answers; one
    answer is its own place), and the line between each moment's two places."""
    marks: list[ShownMark[Point]] = []
    keys: list[SideMark] = []
    links: list[tuple[Point, Point]] = []
    for moment in moments:
        sides = role_sides(workshop, moment)
        if sides is None:
            continue
        places = {
            Side.ELECTED: position_of(sides.elected),
            Side.OFFICIALS: position_of(sides.officials),
        }
        links.append((places[Side.ELECTED], places[Side.OFFICIALS]))
        for side, count in zip(Side, sides.counts, strict=True):
            if count >= 2:
                keys.append(SideMark(side, moment))
                marks.append(
                    ShownMark(
                        str(SideMark(side, moment)),
                        centre_label(side, moment),
                        side_initial(side),
                        SIDE_COLOURS[side],
                        places[side],
                    )
                )
    return marks, keys, links


def previous_marks(workshop: Workshop) -> list[tuple[PreviousMark, Point, str, str]]:
    """Where the previous workshop left the region on the role map (a follow-up)."""
    previous = workshop.previous
    if previous is None:
        return []
    return [
        (
            PreviousMark(moment),
            position_of(weights),
            previous_label(moment),
            previous_tip(previous, moment),
        )
        for moment in Moment
        if (weights := previous.workshop.implementation.at(moment)) is not None
    ]


def _on_map(point: Point) -> Point:
    """A place on the role map (0 … 1 across and down) in the matrix layout's units (−1 … +1,
    up)."""
    x, y = point
    return 2 * x - 1, 1 - 2 * y


def role_captions() -> tuple[str, str, str, str]:
    """The four roles' names (the deck's, in Swedish in either language) in the layout's
    quadrant order: upper right, upper left, lower right, lower left (the deck's places:
    Finansiären upper left, Utföraren upper right, Nätverkaren lower left,
    Kapacitetsbyggaren lower right). The longest may be broken where its two words meet."""
    names = {r: ROLE_NAMES[r].text(Language.SV) for r in Role}
    names[Role.KAPACITETSBYGGAREN] = names[Role.KAPACITETSBYGGAREN].replace(
        "Kapacitets", "Kapacitets\u00ad", 1
    )
    return (
        names[Role.UTFORAREN],
        names[Role.FINANSIAREN],
        names[Role.KAPACITETSBYGGAREN],
        names[Role.NATVERKAREN],
    )


ROLE_QUADRANT_TINTS = tuple(
    ROLE_TINTS[r]
    for r in (Role.UTFORAREN, Role.FINANSIAREN, Role.KAPACITETSBYGGAREN, Role.NATVERKAREN)
)


def roles_content(workshop: Workshop) -> MatrixContent:
    """What the role map shows of `workshop`, for the matrix layout: the four roles'
    quadrants, the workshop's today and ambition with the arrow, every group's markers (for
    both moments) with their spread, the two sides' centres and the line between them, where
    the previous workshop left the region, and the room's answers with their centres."""
    roles = workshop.implementation
    names = {
        Moment.TODAY: QCoreApplication.translate("RolesCanvas", "Today"),
        Moment.AMBITION: QCoreApplication.translate("RolesCanvas", "Ambition"),
    }
    marks = [
        own_mark(moment, *_on_map(position_of(weights)), names[moment])
        for moment in Moment
        if (weights := roles.at(moment)) is not None
    ]
    spreads: list[Spread] = []
    room: list[Spot] = []
    centres: list[Spot] = []
    for moment in Moment:
        placed = [
            (group, answer.weights)
            for answer in roles.groups
            if answer.moment is moment and (group := workshop.group(answer.group)) is not None
        ]
        for group, weights in placed:
            marks.append(
                group_mark(
                    mark_key(moment, group.id),
                    _on_map(position_of(weights)),
                    group_mark_label(group, moment),
                    group.colour,
                    group_initial(group.name),
                )
            )
        spread = role_spread([w for _, w in placed]) if len(placed) >= 2 else None
        if spread is not None:  # its radius in the map's units: half the layout's
            spreads.append(Spread(*_on_map(spread.centre_xy), 2 * spread.spread))
        answers = [w for _, w in roles_answered(workshop.room, moment)]
        colour = MOMENT_COLOURS[moment]
        filled = moment is Moment.TODAY
        room.extend(Spot(*_on_map(position_of(w)), colour, filled) for w in answers)
        room_spread = role_spread(answers)
        if room_spread is not None:
            centres.append(Spot(*_on_map(room_spread.centre_xy), colour))
    shown, _keys, links = side_marks(workshop, tuple(Moment))
    marks += [group_mark(s.group, _on_map(s.value), s.label, s.colour, s.initial) for s in shown]
    marks += [
        previous_mark(str(key), _on_map(xy), label, key.moment)
        for key, xy, label, _tip in previous_marks(workshop)
    ]
    both = roles.today is not None and roles.ambition is not None
    return MatrixContent(
        axis={},
        captions=role_captions(),
        marks=marks,
        arrow=(mark_key(Moment.TODAY), mark_key(Moment.AMBITION)) if both else None,
        arrow_colour=MOMENT_COLOURS[Moment.AMBITION],
        spreads=spreads,
        room=room,
        room_centres=centres,
        links=[(_on_map(a), _on_map(b)) for a, b in links],
        tints=ROLE_QUADRANT_TINTS,
        strong_captions=True,
    )


def roles_figure(
    workshop: Workshop,
    language: Language,
    reader: Reader = Reader.PICTURE,
    size: tuple[float, float] | None = None,
) -> Figure:
    """The role map laid out for `reader` at `size` (a page's or a picture's by default) by
    the matrix layout, with the deck's reminder under it and a numbered callout for each of
    the step's sticky notes."""
    width, height = size or (PAGE_SIZE if reader is Reader.PAGE else FIGURE_SIZE)
    px = type_px(reader, height)
    footnote = ROLES_NOT_A_CLASSIFICATION.text(language)
    return map_figure(
        roles_content(workshop),
        workshop.notes_on(Step.GENOMFORANDEPRAKTIK),
        lambda c: matrix_with_footnote(
            c, footnote, width, height, px, measure, reader is Reader.PAGE
        ),
    )
