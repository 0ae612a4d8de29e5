"""Which marker a drag, a drop or a menu is about, as one type from the plot to the canvas:
the workshop's own marker for a moment, a group's marker, or a reference region's handle.

On the way through a drag and drop (Qt's MIME data) a key travels as text ("today",
"group:<id>", "ref:<county code>"); `marker_key` reads it back, refusing anything else.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..model import Moment


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


MarkerKey = Moment | GroupMark | ReferenceMark


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
