"""A snapshot as it was when it was taken, for export.

A snapshot as taken is the workshop in the snapshot's state, with the snapshots that had been
taken before it (its history up to then); its report compares it with the snapshot before
it. The command line (`regionroll export FILE --snapshot NAME`) and the Compare page's export
both take it from here.
"""

from __future__ import annotations

from ..model import Snapshot, Workshop
from ..model.edits import evolve
from .report import Comparison


class SnapshotNotFoundError(LookupError):
    """No snapshot answers to the name, or more than one does; the message says which exist."""


def find_snapshot(workshop: Workshop, wanted: str) -> Snapshot:
    """The snapshot named `wanted` (its id also answers; case and surrounding spaces do not
    matter when the name alone is unique)."""
    snapshots = workshop.snapshots
    for snapshot in snapshots:
        if snapshot.id == wanted:
            return snapshot
    matches = [s for s in snapshots if s.name == wanted]
    if not matches:
        folded = wanted.strip().casefold()
        matches = [s for s in snapshots if s.name.strip().casefold() == folded]
    if len(matches) == 1:
        return matches[0]
    names = ", ".join(f"“{s.name}”" for s in snapshots) or "none"
    if matches:
        raise SnapshotNotFoundError(
            f"{len(matches)} snapshots are named “{wanted}”; give one's id "
            f"({', '.join(s.id for s in matches)})"
        )
    raise SnapshotNotFoundError(f"no snapshot is named “{wanted}” (the workshop has: {names})")


def as_taken(workshop: Workshop, snapshot: Snapshot) -> tuple[Workshop, Comparison | None]:
    """The workshop as it was when `snapshot` was taken, and the comparison its report shows:
    with the snapshot before it, or none for the first."""
    index = next(i for i, s in enumerate(workshop.snapshots) if s.id == snapshot.id)
    earlier = workshop.snapshots[:index]
    state = evolve(snapshot.workshop, snapshots=earlier)
    if not earlier:
        return state, None
    before = earlier[-1]
    return state, (before.workshop, snapshot.workshop, before.name, snapshot.name)
