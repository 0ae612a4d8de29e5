"""Exporting a workshop's pictures and report into a folder (the command line and the app)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from ..model import Workshop
from ..ui.reference_library import ReferenceLibrary
from .pictures import Picture, build_pictures, discard
from .report import Comparison, write_report
from .writers import write_png, write_svg

FORMATS = ("png", "svg", "pdf")


def export_all(
    workshop: Workshop,
    library: ReferenceLibrary,
    folder: Path,
    formats: tuple[str, ...] = FORMATS,
    png_width: int = 1920,
    progress: Callable[[int, int], bool] | None = None,
    comparison: Comparison | None = None,
) -> list[Path]:
    """One PNG and/or SVG per canvas, and the report when "pdf" is asked; returns the files."""
    pictures = build_pictures(workshop, library)
    try:
        return _write(workshop, library, folder, formats, png_width, progress, pictures, comparison)
    finally:
        discard(pictures)


def _write(
    workshop: Workshop,
    library: ReferenceLibrary,
    folder: Path,
    formats: tuple[str, ...],
    png_width: int,
    progress: Callable[[int, int], bool] | None,
    pictures: list[Picture],
    comparison: Comparison | None,
) -> list[Path]:
    written: list[Path] = []
    for picture in pictures:
        if "png" in formats:
            written.append(write_png(picture, folder / f"{picture.name}.png", png_width))
        if "svg" in formats:
            written.append(write_svg(picture, folder / f"{picture.name}.svg"))
    if "pdf" in formats:
        stem = (
            "".join(
                c if c.isalnum() or c in "-_" else "-"
                for c in (workshop.details.title or "workshop")
            ).strip("-")
            or "workshop"
        )
        written.append(
            write_report(
                workshop, library, folder / f"{stem}-rapport.pdf", progress, pictures, comparison
            )
        )
    return written
