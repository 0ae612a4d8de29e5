"""The groups' own markers on a map (the capital matrix, the role map): one copy of the flow
that places, moves and removes a group's marker, shows how far apart the groups are, and
adopts one group's answer or the groups' centre as the workshop's (one undo step each).

What differs between the maps (what a marker's value is, how the spread is worked out, the
edits, the words and the drawing) comes from the canvas, which answers `GroupMap`.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from enum import Enum, auto
from typing import Any, Generic, Protocol, TypeVar

from PySide6.QtWidgets import QAbstractButton, QButtonGroup

from ..analysis.groups import starting_offset
from ..model import Moment, Workshop
from ..ui.group_colours import group_initial
from ..ui.session import Session
from ..ui.side_words import group_mark_label
from .groups_panel import CENTRE, GroupsBox

V = TypeVar("V")  # a marker's value: a position on the matrix, or weights on the role map
V_co = TypeVar("V_co", covariant=True)
Edit = Callable[[Workshop], Workshop]


class GroupVerb(Enum):
    PLACE = auto()
    MOVE = auto()
    REMOVE = auto()
    ADOPT = auto()  # one group's answer becomes the workshop's
    ADOPT_CENTRE = auto()  # the groups' centre becomes the workshop's


@dataclass(frozen=True)
class ShownMark(Generic[V_co]):
    """One group's marker as a map draws it."""

    group: str  # the group's id
    label: str  # its name and the moment it answers for, e.g. "Grupp A (i dag)"
    initial: str  # drawn inside the marker, so colour is never the only cue
    colour: str
    value: V_co


class Spread(Protocol[V_co]):
    @property
    def count(self) -> int: ...

    @property
    def centre(self) -> V_co: ...


SP = TypeVar("SP", bound="Spread[Any]")  # the groups' spread on that map


class GroupMap(Protocol[V, SP]):
    """What a canvas tells the groups' markers about its map."""

    def group_values(self, workshop: Workshop) -> Sequence[tuple[str, Moment, V]]:
        """Every group marker in the workshop: (group id, moment, value)."""
        ...

    def group_spread(self, values: Sequence[V]) -> SP | None: ...

    def set_group_edit(self, group: str, moment: Moment, value: V | None) -> Edit: ...

    def adopt_edit(self, moment: Moment, value: V) -> Edit:
        """The workshop's own marker for `moment` becomes `value`."""
        ...

    def start_value(self, dx: float, dy: float) -> V:
        """Where a group's new marker starts: this far from the map's middle."""
        ...

    def nudged_value(self, value: V, dx: float, dy: float) -> V:
        """`value` moved by an arrow key's step (as `arrow_nudge` gives it for this map)."""
        ...

    def group_text(self, verb: GroupVerb) -> str:
        """The undo text for `verb` (may name the {group})."""
        ...

    def draw_groups(self, marks: Sequence[ShownMark[V]], spread: SP | None) -> None:
        """Draw the groups' markers and their spread on the map."""
        ...

    def describe_spread(self, spread: SP) -> str:
        """How far apart two or more groups are, in words."""
        ...

    def agreement_rule(self) -> str:
        """The app's own rule for "the groups agree", as shown beside the result."""
        ...


class GroupMarkers(Generic[V, SP]):
    """The groups' markers on one map, for the moment the groups answer for (chosen in the
    groups' box).

    `arrows` holds the radio buttons that choose which marker the arrow keys move: the
    canvas's own (today, the ambition; the first is the fallback) and one per group, which
    this class adds as the groups' rows are built."""

    def __init__(
        self, session: Session, box: GroupsBox, map_: GroupMap[V, SP], arrows: QButtonGroup
    ) -> None:
        self.session = session
        self.box = box
        self.map = map_
        self.moment = Moment.TODAY
        self.arrows = arrows
        box.rowAdded.connect(lambda _gid, button: arrows.addButton(button))
        box.placeRequested.connect(self.place)
        box.removeRequested.connect(lambda gid: self.set(gid, None, GroupVerb.REMOVE))
        box.adoptRequested.connect(self.adopt)
        box.momentChanged.connect(self.set_moment)
        box.set_moment(self.moment)

    def set_moment(self, moment: Moment) -> None:
        """The groups now answer for `moment` (their markers for it are shown)."""
        if moment != self.moment:
            self.moment = moment
            self.box.set_moment(moment)
            self.show(self.session.workshop)

    def _name(self, gid: str) -> str:
        group = self.session.workshop.group(gid)
        return group.name if group else "?"

    def place(self, gid: str) -> bool:
        """A new marker starts near the middle, a little apart from the other groups'."""
        dx, dy = starting_offset([g.id for g in self.session.workshop.details.groups], gid)
        return self.set(gid, self.map.start_value(dx, dy), GroupVerb.PLACE)

    def set(self, gid: str, value: V | None, verb: GroupVerb, merge_key: str | None = None) -> bool:
        """Place, move or remove (None) a group's marker: one undo step; False when it
        changed nothing."""
        return self.session.apply(
            self.map.group_text(verb).format(group=self._name(gid)),
            self.map.set_group_edit(gid, self.moment, value),
            merge_key=merge_key,
        )

    # --- the arrow keys ---

    @property
    def arrow_target(self) -> str | None:
        """The group whose marker the arrow keys move, or None for the canvas's own."""
        button = self.arrows.checkedButton()
        gid = button.property("group") if button is not None else None
        return gid if isinstance(gid, str) else None

    def choose(self, gid: str) -> None:
        """The arrow keys move this group's marker from now on (as after a drag)."""
        button = self.box.arrow_button(gid)
        if button is not None and button.isEnabled():
            button.setChecked(True)

    def nudge(self, dx: float, dy: float) -> bool:
        """Move the chosen group's marker by an arrow key's step; a run of nudges is one
        undo step."""
        gid = self.arrow_target
        if gid is None:
            return False
        values = self._values(self.session.workshop, self.moment)
        current = next((v for g, v in values if g == gid), None)
        if current is None:
            return False
        return self.set(
            gid,
            self.map.nudged_value(current, dx, dy),
            GroupVerb.MOVE,
            merge_key=f"groups.{gid}.{self.moment}.nudge",
        )

    def _fall_back(self, placed: Collection[str]) -> None:
        """A group whose marker is gone (or shows another moment) no longer takes the keys."""
        gid = self.arrow_target
        if self.arrows.checkedButton() is None or (gid is not None and gid not in placed):
            first: QAbstractButton | None = next(iter(self.arrows.buttons()), None)
            if first is not None:
                first.setChecked(True)

    def _values(self, workshop: Workshop, moment: Moment) -> list[tuple[str, V]]:
        return [(gid, v) for gid, m, v in self.map.group_values(workshop) if m == moment]

    def adopt(self, gid: str) -> bool:
        """A group's marker (or, for CENTRE, the groups' centre) becomes the workshop's."""
        values = self._values(self.session.workshop, self.moment)
        if gid == CENTRE:
            spread = self.map.group_spread([v for _, v in values])
            if spread is None:
                return False
            value, text = spread.centre, self.map.group_text(GroupVerb.ADOPT_CENTRE)
        else:
            found = next((v for g, v in values if g == gid), None)
            if found is None:
                return False
            value = found
            text = self.map.group_text(GroupVerb.ADOPT).format(group=self._name(gid))
        return self.session.apply(text, self.map.adopt_edit(self.moment, value))

    def show(self, workshop: Workshop) -> None:
        """The markers on the map, and the box's rows, agreement and rule."""
        marks = [
            ShownMark(gid, group_mark_label(g, self.moment), group_initial(g.name), g.colour, value)
            for gid, value in self._values(workshop, self.moment)
            if (g := workshop.group(gid)) is not None
        ]
        spread = self.map.group_spread([m.value for m in marks])
        self.map.draw_groups(marks, spread)
        other = Moment.AMBITION if self.moment is Moment.TODAY else Moment.TODAY
        elsewhere = len(self._values(workshop, other))
        few = self.box.count_sentence(len(marks), self.moment, elsewhere)
        summary = few if few is not None or spread is None else self.map.describe_spread(spread)
        placed = {m.group for m in marks}
        rule = self.map.agreement_rule()
        self.box.show_groups_state(workshop.details.groups, placed, summary or "", rule)
        self._fall_back(placed)
