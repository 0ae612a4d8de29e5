"""Writing pictures as PNG and SVG files, and the actions as CSV."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRectF
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtSvg import QSvgGenerator

from ..model import Workshop
from ..storage.actions_csv import actions_csv
from ..storage.jsonio import atomic_write, replace_retrying
from ..ui.outcome_words import action_status_words, link_words
from .pictures import Picture


def write_actions_csv(workshop: Workshop, path: Path) -> Path:
    """The actions as a semicolon CSV with a BOM (Swedish Excel), headers in the UI's language."""
    headers = [
        QCoreApplication.translate("ActionsCsv", "No."),
        QCoreApplication.translate("ActionsCsv", "What"),
        QCoreApplication.translate("ActionsCsv", "Who"),
        QCoreApplication.translate("ActionsCsv", "By"),
        QCoreApplication.translate("ActionsCsv", "Linked to"),
        QCoreApplication.translate("ActionsCsv", "Status"),
    ]
    data = actions_csv(workshop.outcome.actions, headers, action_status_words, link_words)
    atomic_write(path, data, backup=False)
    return path


def _part(path: Path) -> Path:
    """Where a file is written before it takes its name: a kill or a failure never leaves a
    truncated file under the final name."""
    return path.with_name(f".{path.stem}.part{path.suffix}")  # the suffix names the format


def _finish(part: Path, path: Path) -> Path:
    try:
        if not part.is_file() or part.stat().st_size == 0:
            raise OSError(f"could not write {path}")
        replace_retrying(part, path)  # a viewer or a virus scanner may hold it a moment
    except BaseException:
        part.unlink(missing_ok=True)
        raise
    return path


PNG_QUALITY = 80  # zlib's lighter compression: about a third faster, 4 % larger


def write_png(picture: Picture, path: Path, width: int = 1920) -> Path:
    """A PNG `width` pixels wide, in the picture's proportions (written whole or not at all)."""
    return save_png(draw_png(picture, width), path)


def draw_png(picture: Picture, width: int = 1920) -> QImage:
    """The picture drawn `width` pixels wide, in its proportions, ready for save_png (which
    may run on another thread: the image is the painter's no more)."""
    height = max(1, round(width * picture.size.height() / max(1, picture.size.width())))
    # No alpha (a figure is drawn on white): smaller files, written faster.
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    picture.draw(painter, QRectF(0, 0, width, height))
    painter.end()
    return image


def save_png(image: QImage, path: Path) -> Path:
    """`image` as a PNG file at `path`, written whole or not at all (Qt lets go of Python
    while it compresses: another thread's work goes on meanwhile)."""
    part = _part(path)
    if not image.save(str(part), quality=PNG_QUALITY):  # PNG, by the name
        part.unlink(missing_ok=True)
        raise OSError(f"could not write {path}")
    return _finish(part, path)


def write_svg(picture: Picture, path: Path, title: str = "") -> Path:
    """A vector SVG (Qt's own generator; pyqtgraph's SVG exporter is broken on Qt ≥ 6.11),
    written whole or not at all."""
    size = picture.size
    part = _part(path)
    generator = QSvgGenerator()
    generator.setFileName(str(part))
    generator.setSize(size)
    generator.setViewBox(QRectF(0, 0, size.width(), size.height()))
    generator.setTitle(title or picture.name)
    generator.setDescription("RegionRoll Desktop")
    painter = QPainter(generator)
    painter.fillRect(QRectF(0, 0, size.width(), size.height()), QColor("white"))
    picture.draw(painter, QRectF(0, 0, size.width(), size.height()))
    painter.end()
    return _finish(part, path)
