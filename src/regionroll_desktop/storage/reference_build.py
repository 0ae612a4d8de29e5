"""A reference set built from the regions' own workshop files: the national picture.

For each region (by county code; a region of its own by its name) it takes what its latest
workshop (by date) found: today's and the ambition's position on the capital matrix and the
role map, the political and administrative models, the RUS focus counts and the keys'
scores, each fact sourced to the workshop (its title, date, facilitator and file name).
Earlier workshops of the region are kept as its history. Participants, notes, conclusions
and actions are never copied: only the facts listed here are read out of a workshop.

A file that cannot be used (not a workshop, damaged, a copy of one already read, a workshop
with no region) is listed with one sentence and skipped; the build never stops on one bad
file, and holds only the small facts of each file it has read.
"""

from __future__ import annotations

import datetime as dt
import os
import stat
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from ..model.vocabulary import FocusTier
from ..model.workshop import Workshop
from ..reference.regions import (
    EarlierWorkshop,
    Fact,
    FocusCounts,
    KeyScores,
    ReferenceRegion,
    ReferenceSet,
    Source,
)
from .errors import WorkshopFileError
from .jsonio import content_digest, read_bytes, shown_path
from .recovery import SUFFIX as RECOVERY_SUFFIX
from .workshop_file import SUFFIX, load_workshop_versioned

MAX_FILES = 10_000  # more than all of Sweden's regions will hold workshops in years


class SkipReason(StrEnum):
    """Why a file or folder gave no facts, so the UI can say it in its language."""

    LOOP = "loop"  # a folder a link leads back to
    FOLDER_DENIED = "folder_denied"
    FOLDER_UNREADABLE = "folder_unreadable"
    DANGLING_LINK = "dangling_link"
    NOT_LOOKED_AT = "not_looked_at"  # `detail`: the system's words
    A_FOLDER = "a_folder"
    A_PIPE = "a_pipe"
    A_SOCKET = "a_socket"
    A_DEVICE = "a_device"
    TOO_MANY = "too_many"  # `detail`: the most files read
    REFUSED = "refused"  # the file itself was refused: `error` says why
    SAME_WORKSHOP = "same_workshop"  # `detail`: the file read before
    FUTURE_DATE = "future_date"  # `detail`: the date
    NO_REGION = "no_region"


_REASONS = {
    SkipReason.LOOP: "it leads back to a folder already read (a loop of links).",
    SkipReason.FOLDER_DENIED: "the folder was not read: you do not have permission to read it.",
    SkipReason.FOLDER_UNREADABLE: "the folder was not read: it could not be read.",
    SkipReason.DANGLING_LINK: "it is a link to a file that is not there.",
    SkipReason.NOT_LOOKED_AT: "it could not be looked at ({detail}).",
    SkipReason.A_FOLDER: "it is a folder, not a file (the workshop files in it are read).",
    SkipReason.A_PIPE: "it is a pipe, not a file, so it was not read.",
    SkipReason.A_SOCKET: "it is a socket, not a file, so it was not read.",
    SkipReason.A_DEVICE: "it is a device, not a file, so it was not read.",
    SkipReason.TOO_MANY: "more than {detail} files were given; this one was not read.",
    SkipReason.SAME_WORKSHOP: "it is the same workshop as {detail}.",
    SkipReason.FUTURE_DATE: "its date, {detail}, is in the future.",
    SkipReason.NO_REGION: "the workshop names no region.",
}


@dataclass(frozen=True)
class Skipped:
    path: Path
    why: SkipReason
    detail: str = ""  # what the reason names (a date, a file, the system's words)
    error: WorkshopFileError | None = None  # REFUSED: the file layer's error

    @property
    def reason(self) -> str:
        """In one English sentence (the command line's); the UI says it in its language."""
        if self.error is not None:
            return self.error.message
        return _REASONS[self.why].format(detail=self.detail)


@dataclass(frozen=True)
class BuildResult:
    reference_set: ReferenceSet
    used: int  # workshop files whose facts are in the set
    skipped: tuple[Skipped, ...] = ()


@dataclass
class _Read:
    """What one workshop file gives a reference set (and nothing more)."""

    key: str  # the region's county code, or a region of its own's name
    name: str
    date: dt.date | None
    file_name: str
    source: Source
    region: ReferenceRegion = field(repr=False)


def shown_name(path: Path) -> str:
    """A file's name as text to show (storage.jsonio.shown_path)."""
    return shown_path(path.name)


def _what_it_is(mode: int) -> SkipReason | None:
    """Why an entry that is not a regular file is not read (None: it is one)."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return SkipReason.A_FOLDER
    if stat.S_ISFIFO(mode):
        return SkipReason.A_PIPE
    if stat.S_ISSOCK(mode):
        return SkipReason.A_SOCKET
    return SkipReason.A_DEVICE


def _is_workshop_name(name: str) -> bool:
    return name.endswith(SUFFIX) and not name.endswith(RECOVERY_SUFFIX)


def workshop_files(paths: Iterable[Path]) -> tuple[list[Path], list[Skipped]]:
    """The files to read: each path given that is not a folder, and every workshop file in a
    folder and the folders below it (not recovery files), each once, in a stable order; and
    every entry named like a workshop file that is not read, with why (a folder, a pipe, a
    socket, a link to nothing, a link back into a folder already walked, an unreadable
    folder). Names are taken as the system gives them, whatever their bytes."""
    found: dict[Path, None] = {}
    skipped: list[Skipped] = []
    for path in paths:
        try:
            is_folder = path.is_dir()
        except OSError:
            is_folder = False
        if not is_folder:
            found.setdefault(Path(os.path.abspath(path)), None)
            continue
        walked: set[tuple[int, int]] = set()
        stack = [path]
        entries: list[tuple[Path, Skipped | None]] = []
        while stack:
            folder = stack.pop()
            try:
                here = os.stat(folder)
            except OSError:
                continue
            if (here.st_dev, here.st_ino) in walked:
                skipped.append(Skipped(folder, SkipReason.LOOP))
                continue
            walked.add((here.st_dev, here.st_ino))
            try:
                with os.scandir(folder) as listing:
                    items = sorted(listing, key=lambda item: os.fsencode(item.name))
            except OSError as exc:
                denied = isinstance(exc, PermissionError)
                why = SkipReason.FOLDER_DENIED if denied else SkipReason.FOLDER_UNREADABLE
                skipped.append(Skipped(folder, why))
                continue
            for item in reversed(items):
                entry = Path(item.path)
                try:
                    mode = os.stat(entry).st_mode  # through a link, to what it names
                except FileNotFoundError:
                    if _is_workshop_name(item.name):
                        entries.append((entry, Skipped(entry, SkipReason.DANGLING_LINK)))
                    continue
                except OSError as exc:
                    if _is_workshop_name(item.name):
                        looked = Skipped(entry, SkipReason.NOT_LOOKED_AT, str(exc.strerror))
                        entries.append((entry, looked))
                    continue
                if stat.S_ISDIR(mode):
                    stack.append(entry)
                if _is_workshop_name(item.name):
                    kind = _what_it_is(mode)
                    entries.append((entry, None if kind is None else Skipped(entry, kind)))
        for entry, refused in sorted(entries, key=lambda e: os.fsencode(e[0])):
            if refused is None:
                found.setdefault(Path(os.path.realpath(entry)), None)
            else:
                skipped.append(refused)
    return list(found), skipped


def build_reference_set(paths: Iterable[Path], name: str) -> BuildResult:
    """A reference set named `name` from the workshop files in `paths` (files or folders)."""
    files, skipped = workshop_files(paths)
    today = dt.date.today()
    if len(files) > MAX_FILES:
        skipped += [Skipped(p, SkipReason.TOO_MANY, str(MAX_FILES)) for p in files[MAX_FILES:]]
        files = files[:MAX_FILES]
    seen: dict[str, Path] = {}
    reads: list[_Read] = []
    for path in files:
        try:
            data = read_bytes(path)
        except WorkshopFileError as exc:
            skipped.append(Skipped(path, SkipReason.REFUSED, error=exc))
            continue
        digest = content_digest(data)
        if digest in seen:
            skipped.append(Skipped(path, SkipReason.SAME_WORKSHOP, shown_name(seen[digest])))
            continue
        seen[digest] = path
        try:
            workshop, version = load_workshop_versioned(data)
        except WorkshopFileError as exc:
            skipped.append(Skipped(path, SkipReason.REFUSED, error=exc))
            continue
        when = workshop.details.date
        if when is not None and when > today + dt.timedelta(days=1):  # a day for time zones
            skipped.append(Skipped(path, SkipReason.FUTURE_DATE, when.isoformat()))
            continue
        read = _read(workshop, path, digest, version)
        if isinstance(read, SkipReason):
            skipped.append(Skipped(path, read))
        else:
            reads.append(read)
    return BuildResult(_assemble(reads, name), len(reads), tuple(skipped))


def _read(workshop: Workshop, path: Path, digest: str, version: int) -> _Read | SkipReason:
    """The facts of one workshop, or why it gives none."""
    region = workshop.region
    if region is None:
        return SkipReason.NO_REGION
    details = workshop.details
    date = details.date
    source = Source(
        id=f"workshop-{digest[:16]}",
        title=details.title or shown_name(path),
        publisher=details.facilitator,
        year=date.year if date else None,
        date=date,
        detail=f"Workshopfilen {shown_name(path)}",  # data, in the shipped set's Swedish
        workshop_file=shown_name(path),
        format_version=version,
    )

    def fact(value: object) -> Fact[object]:
        return Fact[object](value=value, source=source.id if value is not None else None)

    financing, roles = workshop.financing, workshop.implementation
    tiers = [area.tier for area in workshop.strategy.focus_areas]
    focus = FocusCounts(
        spets=tiers.count(FocusTier.SPETS),
        bredd=tiers.count(FocusTier.BREDD),
        karna=tiers.count(FocusTier.KARNA),
        unsorted=tiers.count(None),
    )
    scores = {k.key: k.score for k in workshop.keys if k.score is not None}
    numbers = financing.numbers  # the region's own, never the room's names
    organisation = workshop.organisation
    entry = ReferenceRegion.model_validate(
        {
            "code": region.code,
            "name": region.name,
            "matrix_position": fact(financing.today),
            "matrix_ambition": fact(financing.ambition),
            "roles_today": fact(roles.today),
            "roles_ambition": fact(roles.ambition),
            "political_model": fact(organisation.political_model),
            "administrative_model": fact(organisation.administrative_model),
            "rus_focus": fact(focus if tiers else None),
            "key_scores": fact(KeyScores(scores=scores) if scores else None),
            "capital_numbers": fact(numbers if numbers and not numbers.is_empty else None),
            "workshop": source.id,
        }
    )
    return _Read(entry.key, region.name, date, shown_name(path), source, entry)


def _assemble(reads: list[_Read], name: str) -> ReferenceSet:
    """Each region's latest workshop gives its facts; the earlier ones are its history."""
    by_region: dict[str, list[_Read]] = {}
    for read in reads:
        by_region.setdefault(read.key, []).append(read)
    regions = []
    for group in by_region.values():
        group.sort(key=lambda r: (r.date or dt.date.min, r.file_name))
        *earlier, latest = group
        history = tuple(
            EarlierWorkshop(
                source=r.source.id,
                date=r.date,
                matrix_today=r.region.matrix_position.value,
                matrix_ambition=r.region.matrix_ambition.value,
                roles_today=r.region.roles_today.value,
                roles_ambition=r.region.roles_ambition.value,
                political_model=r.region.political_model.value,
                administrative_model=r.region.administrative_model.value,
                key_scores=r.region.key_scores.value,
            )
            for r in earlier
        )
        regions.append(latest.region.model_copy(update={"earlier": history}))
    dates = sorted(r.date for r in reads if r.date is not None)
    span = f", held {dates[0]}–{dates[-1]}" if dates else ""
    return ReferenceSet(
        name=name,
        description=f"Built from {len(reads)} workshop files of {len(regions)} regions{span}.",
        sources=tuple(r.source for r in reads),
        regions=tuple(sorted(regions, key=lambda r: r.name)),
    )
