"""Headless export of a realistic workshop (PNG, SVG, PDF), beside drawing the same pictures
straight into QImage, QSvgGenerator and QPdfWriter."""

from __future__ import annotations

import statistics
import time
from pathlib import Path

from common import Row


def export_rows(repeats: int = 3) -> list[Row]:
    """Headless export of a realistic workshop beside the floor of drawing the same scenes
    straight into QImage, QSvgGenerator and QPdfWriter."""
    import tempfile

    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QImage, QPainter, QPdfWriter
    from PySide6.QtSvg import QSvgGenerator

    from regionroll_desktop.export.pictures import build_pictures
    from regionroll_desktop.export.run import export_all
    from regionroll_desktop.storage import load_workshop, shipped_reference_set
    from regionroll_desktop.ui.reference_library import ReferenceLibrary

    fixture = Path(__file__).resolve().parents[1] / "tests" / "storage" / "fixtures"
    workshop = load_workshop(fixture / "workshop-v1.regionroll.json")
    library = ReferenceLibrary(shipped_reference_set())
    app_times, floor_times = [], []
    for _ in range(repeats):
        with tempfile.TemporaryDirectory() as folder:
            t0 = time.perf_counter()
            export_all(workshop, library, Path(folder))
            app_times.append((time.perf_counter() - t0) * 1000)
            pictures = build_pictures(workshop, library)
            t0 = time.perf_counter()
            pdf = QPdfWriter(str(Path(folder) / "floor.pdf"))
            pdf_painter = QPainter(pdf)
            for i, picture in enumerate(pictures):
                w, h = picture.size.width(), picture.size.height()
                image = QImage(1920, int(1920 * h / max(1, w)), QImage.Format.Format_ARGB32)
                painter = QPainter(image)
                picture.draw(painter, QRectF(image.rect()))
                painter.end()
                image.save(str(Path(folder) / f"{i}.png"))
                svg = QSvgGenerator()
                svg.setFileName(str(Path(folder) / f"{i}.svg"))
                painter = QPainter(svg)
                picture.draw(painter, QRectF(0, 0, w, h))
                painter.end()
                if i:
                    pdf.newPage()
                picture.draw(pdf_painter, QRectF(0, 0, 900, 600))
            pdf_painter.end()
            floor_times.append((time.perf_counter() - t0) * 1000)
    median, floor = statistics.median(app_times), statistics.median(floor_times)
    return [
        Row(
            "headless export PNG+SVG+PDF",
            round(median, 1),
            round(max(app_times), 1),
            round(floor, 1),
            round(median / floor, 2),
            "≤ 1000 ms",
            median <= 1000,
            spread=f"max of {repeats}",
        )
    ]
