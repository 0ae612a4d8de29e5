"""Which marker a drag, a drop or a menu is about, as one type from the plot to the canvas:
the workshop's own marker for a moment, a group's marker, or a reference region's handle.

On the way through a drag and drop (Qt's MIME data) a key travels as text ("today",
"group:<id>", "ref:<county code>"); `marker_key` reads it back, refusing anything else.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TypeVar

from ..model import ROOM_MARKER, Moment, NotePin, PinKind, Side


@dataclass(frozen=True)
class GroupMark:
    """A group's own marker (for the moment the groups answer for)."""

    group: str

    def __str__(self) -> str:
        return f"group:{self.group}"


@dataclass(frozen=True)
class ReferenceMark:
    """A reference region's handle, placed in reference mode."""

    code: str

    def __str__(self) -> str:
        return f"ref:{self.code}"


@dataclass(frozen=True)
class SideMark:
    """A side's centre (the elected members' or the officials') for a moment: drawn beside the
    groups', never dragged (it is where the answers are, not an answer)."""

    side: Side
    moment: Moment

    def __str__(self) -> str:
        return f"side:{self.side.value}:{self.moment.value}"


@dataclass(frozen=True)
class PreviousMark:
    """Where the previous workshop (that this one follows up) left the region for a moment:
    drawn faint beside the workshop's own, never dragged (it is then, not now)."""

    moment: Moment

    def __str__(self) -> str:
        return f"previous:{self.moment.value}"


MarkerKey = Moment | GroupMark | ReferenceMark | SideMark | PreviousMark
M = TypeVar("M")  # a map's marker item


def marker_key(text: str) -> MarkerKey | None:
    """The key a payload names; None for text that names no marker."""
    if text.startswith("group:") and len(text) > len("group:"):
        return GroupMark(text.removeprefix("group:"))
    if text.startswith("ref:") and len(text) > len("ref:"):
        return ReferenceMark(text.removeprefix("ref:"))
    try:
        return Moment(text)
    except ValueError:
        return None


def marker_pin(key: MarkerKey, groups_moment: Moment) -> NotePin | None:
    """The sticky-note pin for a marker on a map whose groups answer for `groups_moment`
    (None for a reference region's handle: a note is pinned to the workshop's own things)."""
    if isinstance(key, Moment):
        return NotePin(kind=PinKind.MARKER, item=ROOM_MARKER, moment=key)
    if isinstance(key, GroupMark):
        return NotePin(kind=PinKind.MARKER, item=key.group, moment=groups_moment)
    return None


def pinned_marker(
    pin: NotePin, groups_moment: Moment, own: Mapping[Moment, M], groups: Mapping[GroupMark, M]
) -> M | None:
    """The marker item a pin holds on to, of a map's `own` markers (the workshop's) and its
    `groups` markers (shown for `groups_moment`); None when it is not a marker's pin or the
    group's marker for that moment is not shown."""
    if pin.kind is not PinKind.MARKER or pin.moment is None:
        return None
    if pin.item == ROOM_MARKER:
        return own.get(pin.moment)
    return groups.get(GroupMark(pin.item)) if pin.moment is groups_moment else None
