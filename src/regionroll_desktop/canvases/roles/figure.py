"""The role map as a figure, from the workshop alone: its own scene (no view, no widget) with
the workshop's markers and the arrow, every group's markers (today and the ambition) and
their spread, the room's answers, the deck's reminder under the map and the legend where the
figure's shape has room for it."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QPointF

from ...analysis.groups import role_spread
from ...analysis.roles import position_of
from ...analysis.room import roles_answered
from ...analysis.sides import role_sides
from ...model import ROOM_MARKER, Language, Moment, NotePin, PinKind, Role, Side, Step, Workshop
from ...model.deck import ROLE_NAMES, ROLES_NOT_A_CLASSIFICATION
from ...ui.change_words import previous_label, previous_tip
from ...ui.group_colours import SIDE_COLOURS, group_initial
from ...ui.side_words import centre_label, group_mark_label, side_initial
from ..group_markers import ShownMark
from ..markers import GroupMark, PreviousMark, SideMark
from ..step_canvas import Figure, scene_figure
from ..sticky_notes import with_callouts
from .scene import RoleMapScene, RoleMarker

FIGURE_SIZE = (900.0, 700.0)  # the shape the legend's place is chosen for


def reminder(language: Language) -> str:
    """The deck's "not a classification", broken where the map's width reads it best."""
    return ROLES_NOT_A_CLASSIFICATION.text(language).replace(": ", ":\n", 1).replace(" – ", "\n– ")


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


def roles_figure(workshop: Workshop, language: Language) -> Figure:
    scene = RoleMapScene()
    scene.set_texts({r: ROLE_NAMES[r].text(Language.SV) for r in Role}, reminder(language))
    roles = workshop.implementation
    names = {
        Moment.TODAY: QCoreApplication.translate("RolesCanvas", "Today"),
        Moment.AMBITION: QCoreApplication.translate("RolesCanvas", "Ambition"),
    }
    for moment in Moment:
        weights = roles.at(moment)
        scene.show_marker(moment, position_of(weights) if weights else None, names[moment])
    marks: list[ShownMark[tuple[float, float]]] = []
    spreads = []
    for moment in Moment:
        placed = [
            (group, answer.weights)
            for answer in roles.groups
            if answer.moment is moment and (group := workshop.group(answer.group)) is not None
        ]
        marks.extend(
            ShownMark(
                f"{group.id}:{moment.value}",
                group_mark_label(group, moment),
                group_initial(group.name),
                group.colour,
                position_of(weights),
            )
            for group, weights in placed
        )
        spread = role_spread([w for _, w in placed]) if len(placed) >= 2 else None
        if spread is not None:
            spreads.append((*spread.centre_xy, spread.spread))
    scene.show_groups(marks, spreads)
    scene.show_sides(*side_marks(workshop, tuple(Moment)))
    scene.show_previous(previous_marks(workshop))
    values, centres = {}, {}
    for moment in Moment:
        answers = [w for _, w in roles_answered(workshop.room, moment)]
        values[moment] = [position_of(w) for w in answers]
        room = role_spread(answers)
        if room is not None:
            centres[moment] = position_of(room.centre)
    scene.show_room(values, centres)
    scene.place_legend(*FIGURE_SIZE)
    figure = scene_figure(scene, scene.sceneRect)  # its drawing keeps the scene alive
    origin = scene.sceneRect().topLeft()

    def pin_point(pin: NotePin) -> QPointF | None:
        marker = _pinned(scene, pin)
        if marker is None or not marker.isVisible():
            return None
        return marker.sceneBoundingRect().topRight() - origin

    notes = workshop.notes_on(Step.GENOMFORANDEPRAKTIK)
    return with_callouts(replace(figure, smallest_px=scene.smallest_px()), notes, pin_point)


def _pinned(scene: RoleMapScene, pin: NotePin) -> RoleMarker | None:
    if pin.kind is not PinKind.MARKER or pin.moment is None:
        return None
    if pin.item == ROOM_MARKER:
        return scene.markers.get(pin.moment)
    return scene.group_markers.get(GroupMark(f"{pin.item}:{pin.moment.value}"))
