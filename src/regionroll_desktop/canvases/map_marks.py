"""The markers the two maps draw (the capital matrix and the role map), as the matrix layout
(`figures.matrix`) takes them: the key each goes by, the workshop's own, a group's or a
side's, and where the previous workshop left the region."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from ..figures.drawing import Drawing
from ..figures.matrix import Mark, MatrixContent
from ..model import ROOM_MARKER, Moment, NotePin, StickyNote
from ..ui.group_colours import MOMENT_COLOURS, PREVIOUS_COLOURS, ink_on, label_ink
from .step_canvas import Figure, drawing_figure
from .sticky_notes import with_callouts

Point = tuple[float, float]  # on the layout's axes: −1 … +1, up


def mark_key(moment: Moment, group: str | None = None) -> str:
    """The key a drawn marker goes by: "today", "ambition", "group:<id>:<moment>"."""
    return moment.value if group is None else f"group:{group}:{moment.value}"


def pin_key(pin: NotePin) -> str | None:
    """The marker a sticky note's pin holds on to, as `mark_key` names it."""
    if pin.moment is None:
        return None
    return mark_key(pin.moment, None if pin.item == ROOM_MARKER else pin.item)


def own_mark(moment: Moment, x: float, y: float, label: str) -> Mark:
    """The workshop's own marker for `moment` at (`x`, `y`): today filled, the ambition
    see-through, in their colours."""
    colour = MOMENT_COLOURS[moment]
    alpha = 200 if moment is Moment.TODAY else 40
    return Mark(
        mark_key(moment), x, y, label, colour, f"#{alpha:02x}{colour[1:]}", label_ink(colour).name()
    )


def group_mark(key: str, at: Point, label: str, colour: str, initial: str) -> Mark:
    """A group's marker (or a side's centre): small, filled with its colour, its initial
    inside."""
    return Mark(
        key,
        *at,
        label,
        colour,
        colour,
        label_ink(colour).name(),
        initial=initial,
        initial_ink=ink_on(colour).name(),
        small=True,
    )


def previous_mark(key: str, at: Point, label: str, moment: Moment) -> Mark:
    """Where the previous workshop left the region for `moment` (a follow-up's then beside its
    now): small, hollow and greyed."""
    colour = PREVIOUS_COLOURS[moment]
    return Mark(key, *at, label, colour, None, label_ink(colour).name(), small=True)


def map_figure(
    content: MatrixContent,
    notes: tuple[StickyNote, ...],
    lay_out: Callable[[MatrixContent], Drawing],
) -> Figure:
    """A map's figure, `content` laid out by `lay_out`: the notes pinned to its markers
    called out by the layout (clear of every word), numbered as the notes' list numbers them;
    the others (free, or on a marker not drawn) beside the figure."""
    keys = {mark.key for mark in content.marks}
    pinned: dict[str, list[int]] = {}
    for n, note in enumerate(notes, start=1):
        key = pin_key(note.pin) if note.pin is not None else None
        if key in keys:
            pinned.setdefault(key, []).append(n)
    drawing = lay_out(replace(content, notes=pinned))
    drawn = {n for numbers in pinned.values() for n in numbers}
    return with_callouts(drawing_figure(drawing), notes, lambda _pin: None, drawn=drawn)
