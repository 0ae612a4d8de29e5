"""What an export writes (the report, the workshop on one page, the pictures as PNG and/or SVG,
the actions as CSV, the phones' answers as a workbook and a CSV), how
wide the PNG pictures are and into which folder: remembered in the settings, asked in the
export dialog."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

FORMATS = ("pdf", "onepage", "png", "svg", "csv", "answers")
MIN_WIDTH, MAX_WIDTH, DEFAULT_WIDTH = 640, 7680, 1920


@dataclass(frozen=True)
class ExportChoice:
    formats: tuple[str, ...]  # some of FORMATS, in that order
    png_width: int
    folder: Path

    def __post_init__(self) -> None:
        unknown = set(self.formats) - set(FORMATS)
        if unknown:
            raise ValueError(f"unknown export formats: {sorted(unknown)}")
