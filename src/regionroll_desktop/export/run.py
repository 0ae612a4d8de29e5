"""Exporting a workshop's pictures and report into a folder (the command line and the app)."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

from ..model import Snapshot, Workshop
from ..ui.reference_library import ReferenceLibrary
from .answers import write_answers
from .onepage import write_onepage
from .pictures import Picture, build_pictures
from .report import REPORT_STEPS, Comparison, ExportCancelledError, write_report
from .writers import draw_png, save_png, write_actions_csv, write_svg

FORMATS = ("png", "svg", "pdf", "csv", "onepage", "answers")
DEFAULT_FORMATS = ("png", "svg", "pdf", "csv")


def export_all(
    workshop: Workshop,
    library: ReferenceLibrary,
    folder: Path,
    formats: tuple[str, ...] = DEFAULT_FORMATS,
    png_width: int = 1920,
    progress: Callable[[int, int], bool] | None = None,
    comparison: Comparison | None = None,
    snapshot: Snapshot | None = None,
) -> list[Path]:
    """One PNG and/or SVG per canvas, the report when "pdf" is asked, the actions as a
    spreadsheet when "csv" is, the workshop on one page (PDF and PNG) when "onepage" is and
    every phone's answer (a workbook and a CSV) when "answers" is;
    returns the files. `snapshot`: the snapshot whose state
    `workshop` is (export/as_taken.py); every file's name then carries the snapshot's name, so
    it never overwrites the current state's files, and the report's cover says so."""
    pictures = build_pictures(workshop, library) if {"png", "svg"} & set(formats) else []
    return _write(
        workshop, library, folder, formats, png_width, progress, pictures, comparison, snapshot
    )


# The longest start of a file name taken from a title: room for "-rapport.pdf" and a temporary
# prefix within the 255 bytes a disk allows, even when every letter is two bytes (å, ä, ö).
MAX_STEM = 80


# Names Windows keeps for devices: "CON.pdf" cannot be made there, whatever follows the dot.
WINDOWS_DEVICES = frozenset(
    {"CON", "PRN", "AUX", "NUL"}
    | {f"{port}{n}" for port in ("COM", "LPT") for n in (*"123456789", "¹", "²", "³")}
)


def file_stem(title: str) -> str:
    """A file name's start from a title: letters, digits, "-" and "_" only (no character any
    system forbids, no trailing dot or space), composed the same way whatever keyboard or
    system typed the title (macOS hands over "å" as "a" plus a ring), never a name Windows
    keeps for a device, at most MAX_STEM characters; "workshop" when nothing is left."""
    composed = unicodedata.normalize("NFC", title)
    stem = "".join(c if c.isalnum() or c in "-_" else "-" for c in composed)
    stem = stem[:MAX_STEM].strip("-") or "workshop"
    if stem.upper() in WINDOWS_DEVICES:
        stem = f"workshop-{stem}"
    return stem


def _write(
    workshop: Workshop,
    library: ReferenceLibrary,
    folder: Path,
    formats: tuple[str, ...],
    png_width: int,
    progress: Callable[[int, int], bool] | None,
    pictures: list[Picture],
    comparison: Comparison | None,
    snapshot: Snapshot | None = None,
) -> list[Path]:
    """Pictures first, then the report, with one progress over both; a cancel removes the
    files this export wrote."""
    picture_formats = [f for f in ("png", "svg") if f in formats]
    total = (
        len(pictures) * len(picture_formats)
        + (REPORT_STEPS if "pdf" in formats else 0)
        + ("csv" in formats)
        + ("onepage" in formats)
        + ("answers" in formats)
    )
    done = 0

    def tick() -> None:
        nonlocal done
        done += 1
        if progress is not None and progress(done, total) is False:
            raise ExportCancelledError

    prefix = f"{file_stem(snapshot.name)}-" if snapshot else ""
    # A PNG is drawn here and compressed on a thread of its own while the rest is made (the
    # compressing is most of a picture's time, and Qt lets go of Python meanwhile); the files
    # are returned in the order they were asked for.
    files: list[Path | Future[Path]] = []
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="png") as pool:
        try:
            for picture in pictures:
                for kind in picture_formats:
                    path = folder / f"{prefix}{picture.name}.{kind}"
                    if kind == "png":
                        files.append(pool.submit(save_png, draw_png(picture, png_width), path))
                    else:
                        files.append(write_svg(picture, path))
                    tick()
            stem = file_stem(workshop.details.title)
            if snapshot:
                stem = f"{stem[: MAX_STEM // 2]}-{file_stem(snapshot.name)[: MAX_STEM // 2]}"
            if "csv" in formats:
                files.append(write_actions_csv(workshop, folder / f"{stem}-atgarder.csv"))
                tick()
            if "answers" in formats:  # every phone's answer: a workbook and a CSV
                answers = folder / f"{stem}-svar"
                files += write_answers(
                    workshop, answers.with_suffix(".xlsx"), answers.with_suffix(".csv")
                )
                tick()
            if "onepage" in formats:  # the workshop on one page: a PDF and a picture
                one = folder / f"{stem}-en-sida"
                files += write_onepage(workshop, one.with_suffix(".pdf"), one.with_suffix(".png"))
                tick()
            if "pdf" in formats:
                offset = done

                def report_progress(step: int, _total: int) -> bool:
                    return progress is None or progress(offset + step, total)

                target = folder / f"{stem}-rapport.pdf"
                files.append(
                    write_report(
                        workshop, library, target, report_progress, comparison, snapshot, pictures
                    )
                )
            return [f.result() if isinstance(f, Future) else f for f in files]
        except ExportCancelledError:
            for f in files:
                if isinstance(f, Future):
                    if f.cancel() or f.exception() is not None:
                        continue
                    f = f.result()
                f.unlink(missing_ok=True)
            raise
