"""The workshop's journey: one report with every snapshot in time order and the state now,
each step's figure per moment side by side, and what changed between one moment and the
next in words (`regionroll export --journey`, or Jämför ▸ Exportera resan…)."""

from __future__ import annotations

import datetime as dt
import itertools
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen

from ..analysis.compare import Change, what_changed
from ..canvases.step_canvas import Board, Figure
from ..figures.drawing import Reader
from ..model import Language, Step, Workshop
from ..model.deck import STEP_TITLES
from ..ui.change_words import describe_change, sticky_note_lines
from ..ui.reference_library import ReferenceLibrary
from ..ui.review_words import date_words
from .pages import Pages, escape, snapshot_time, via_part, workshop_date
from .pictures import FILE_STEMS, Picture, build_pictures
from .report import Steps
from .words import report_words

COLUMNS = 3  # figures side by side on one row of a page
WIDE = 1.5  # a figure this many times wider than tall gets a row of its own
LABEL = 34.0  # room above each figure for its moment's name


@dataclass(frozen=True)
class Stop:
    """One stop on the journey: a snapshot, or the state now."""

    name: str
    when: str  # said in words, for the cover and the labels
    workshop: Workshop


def journey_stops(workshop: Workshop, now_name: str) -> list[Stop]:
    """The snapshots in the order they were taken, then the state now (when it differs from
    the last snapshot)."""
    ordered = sorted(workshop.snapshots, key=lambda s: s.taken_at)
    stops = [Stop(s.name, snapshot_time(s), s.workshop) for s in ordered]
    now = workshop.without_snapshots()
    if not ordered or ordered[-1].workshop != now:
        stops.append(Stop(now_name, "", now))  # the cover says "as it is now"
    return stops


class MixedRegionsError(ValueError):
    """Workshop files of different regions given for one region's journey."""


def workshop_stops(files: Sequence[tuple[Path, Workshop]]) -> list[Stop]:
    """A region's workshops as the stops of its journey (issue #39): each as its file left it
    (its own snapshots aside), in the order they were held (their date; a file without one by
    when it was last written), each named by its day, its file said beside. Raises MixedRegionsError
    when the files hold more than one region (a region of its own counts by its name)."""
    regions = {w.region.name if w.region else "" for _path, w in files}
    if len(regions) > 1:
        raise MixedRegionsError(", ".join(sorted(r or "–" for r in regions)))

    def held(item: tuple[Path, Workshop]) -> dt.datetime:
        path, w = item
        if w.details.date is not None:
            return dt.datetime.combine(w.details.date, dt.time(12, 0)).astimezone()
        return dt.datetime.fromtimestamp(path.stat().st_mtime).astimezone()

    ordered = sorted(files, key=held)
    # Named by its day on the figures; its file, the source, beside it on the cover.
    return [
        Stop(date_words(held((path, w))), path.name, w.without_snapshots()) for path, w in ordered
    ]


def _journey_texts() -> dict[str, str]:
    return {
        "journey": QCoreApplication.translate("Journey", "The workshop's journey"),
        "now": QCoreApplication.translate("Journey", "Now"),
        "intro": QCoreApplication.translate(
            "Journey",
            "Each step as it stood at every snapshot, in the order they were taken, and what "
            "changed from one to the next.",
        ),
        "moments": QCoreApplication.translate("Journey", "The moments"),
        "from_to": QCoreApplication.translate("Journey", "From “{a}” to “{b}”"),
        "nothing": QCoreApplication.translate("Journey", "Nothing changed in this step."),
        "elsewhere": QCoreApplication.translate("Journey", "The keys and the conclusions"),
        "as_now": QCoreApplication.translate("Journey", "as the workshop is now"),
        "only_one": QCoreApplication.translate(
            "Journey", "The workshop has no snapshot yet: the journey is the state now alone."
        ),
        "region_journey": QCoreApplication.translate("Journey", "The region's journey"),
        "workshops": QCoreApplication.translate("Journey", "The workshops"),
        "region_intro": QCoreApplication.translate(
            "Journey",
            "Each step as each of the region's workshops left it, in the order they were "
            "held, and what changed from one to the next. Each workshop is named by its day "
            "and its file, the source of all it shows.",
        ),
    }


def write_journey(
    workshop: Workshop,
    library: ReferenceLibrary,
    path: Path,
    progress: Callable[[int, int], bool] | None = None,
    stops: list[Stop] | None = None,
) -> Path:
    """Write the journey report to `path` (via a temporary file, as the report is): of the
    workshop's snapshots and its state now, or of the `stops` given (a region's workshops,
    `workshop` the latest of them)."""
    texts, words = report_words(), _journey_texts()
    if stops is not None:  # across workshops: the region's journey, in its own words
        words = words | {
            "journey": words["region_journey"],
            "intro": words["region_intro"],
            "moments": words["workshops"],
        }
    else:
        stops = journey_stops(workshop, words["now"])
    tick = Steps(progress, len(stops) + len(Step) + 2).tick

    pictures: list[list[Picture]] = []
    with via_part(path) as tmp:
        for m in stops:
            pictures.append(build_pictures(m.workshop, library, Reader.PAGE))
            tick()
        title = workshop.details.title or texts["report"]
        region = workshop.region.name if workshop.region else ""
        pages = Pages(tmp, f"{title}: {words['journey']}", workshop.details.facilitator, title)
        _cover(pages, workshop, stops, texts, words)
        tick()
        pairs = list(itertools.pairwise(stops))
        changes = [what_changed(a.workshop, b.workshop) for a, b in pairs]
        for n, step in enumerate(Step, start=1):
            pages.new()
            pages.text(f"<h2>{n}. {escape(STEP_TITLES[step].text(Language.SV))}</h2>")
            figures = [_picture_of(p, step) for p in pictures]
            firsts = _side_by_side(pages, [m.name for m in stops], figures, texts["numbers"])
            _notes(pages, stops, step, texts, firsts)
            _changes(pages, pairs, [[c for c in cs if c.step is step] for cs in changes], words)
            tick()
        pages.new()
        pages.text(f"<h2>{escape(words['elsewhere'])}</h2>")
        keys = [next(p for p in ps if p.name == FILE_STEMS[Board.KEYS]) for ps in pictures]
        _side_by_side(pages, [m.name for m in stops], keys, texts["numbers"])
        _changes(pages, pairs, [[c for c in cs if c.step is None] for cs in changes], words)
        tick()
        footer = " · ".join(x for x in (region, workshop_date(workshop), words["journey"]) if x)
        pages.write(footer, texts["page"])
    return path


def _notes(
    pages: Pages, stops: list[Stop], step: Step, texts: dict[str, str], firsts: list[int]
) -> None:
    """Each moment's sticky notes on `step`, numbered as the callouts on its figure (from
    `firsts`, each figure's first note's number)."""
    rows = [
        f"<b>{escape(m.name)}</b>: " + " · ".join(escape(line) for line in lines)
        for m, first in zip(stops, firsts, strict=True)
        if (lines := sticky_note_lines(m.workshop, step, first))
    ]
    if rows:
        pages.text(f"<p><b>{escape(texts['sticky_notes'])}</b><br>{'<br>'.join(rows)}</p>")


def _picture_of(pictures: list[Picture], step: Step) -> Picture:
    return next(p for p in pictures if p.step is step)


def _cover(
    pages: Pages,
    workshop: Workshop,
    stops: list[Stop],
    texts: dict[str, str],
    words: dict[str, str],
) -> None:
    d = workshop.details
    rows = "".join(
        f"<tr><td><b>{escape(m.name)}</b>&nbsp;&nbsp;</td>"
        f"<td>{escape(m.when or words['as_now'])}</td></tr>"
        for m in stops
    )
    only = f"<p>{escape(words['only_one'])}</p>" if len(stops) == 1 else ""
    pages.new()
    pages.top = 40
    pages.text(
        f"<h1>{escape(d.title or texts['report'])}</h1>"
        f"<p class='q'>{escape(words['journey'])}</p>"
        f"<p>{escape(words['intro'])}</p>{only}"
        f"<h3>{escape(words['moments'])}</h3><table cellpadding='4'>{rows}</table>"
    )


def _side_by_side(
    pages: Pages, names: list[str], figures: list[Picture], numbers_title: str
) -> list[int]:
    """The figures in rows of up to COLUMNS, each under its moment's name, in proportion. A
    wide figure (the organisation, the pyramid, the keys) is drawn one to a row, as wide as
    the page, so its words stay as large as in the report; the square ones sit side by side.
    A map whose legend is too long to draw (`Figure.legend`) has it listed under the row,
    under its moment's name (its numbers stood unexplained). Returns the number each
    figure calls its first sticky note by (after its markers' numbers)."""
    firsts: list[int] = []
    wide = max(p.size.width() / max(1.0, p.size.height()) for p in figures) >= WIDE
    columns = 1 if wide else min(COLUMNS, len(figures))
    gap = 16.0
    cell = (pages.width - gap * (columns - 1)) / columns
    rows = math.ceil(len(figures) / columns)
    for row in range(rows):
        chunk = list(zip(names, figures, strict=True))[row * columns : (row + 1) * columns]
        ratio = max(p.size.width() / max(1.0, p.size.height()) for _, p in chunk)
        limit = pages.height * (0.62 if rows == 1 or wide else 0.44)
        height = min(cell / ratio, limit)
        # A figure laid out at any size (the two maps) is laid out for its cell, in the
        # page's type (drawn scaled to a third of the page, its words were 4 pt).
        laid: list[tuple[str, Picture | Figure]] = [
            (name, picture.sized(cell, height) if picture.sized is not None else picture)
            for name, picture in chunk
        ]

        def draw(
            painter: QPainter,
            chunk: list[tuple[str, Picture | Figure]] = laid,
            height: float = height,
        ) -> None:
            for i, (name, picture) in enumerate(chunk):
                left = i * (cell + gap)
                _label(painter, QRectF(left, 0, cell, LABEL - 6), name)
                own = picture.size.width() / max(1.0, picture.size.height())
                width = min(cell, height * own)
                target = QRectF(left + (cell - width) / 2, LABEL, width, width / own)
                picture.draw(painter, target)
                painter.setPen(QPen(QColor("#cbd5e1"), 1))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRect(QRectF(left, LABEL - 2, cell, height + 4))

        pages.draw(draw, LABEL + height + 12)
        firsts += [p.first_note if isinstance(p, Figure) else p.figure.first_note for _, p in laid]
        # The same legend under several moments' maps (the crowd did not move) said once.
        legends: dict[tuple[str, ...], list[str]] = {}
        for name, picture in laid:
            if isinstance(picture, Figure) and picture.legend:
                legends.setdefault(tuple(picture.legend), []).append(name)
        for legend, owners in legends.items():
            pages.text(_legend_html(", ".join(owners), numbers_title, legend))
    return firsts


def _legend_html(owners: str, title: str, lines: tuple[str, ...]) -> str:
    """A map's legend listed under its row: its moments and what it is, then its lines
    down COLUMNS columns."""
    per = math.ceil(len(lines) / COLUMNS)
    cells = "".join(
        "<td valign='top' width='33%'>"
        + "<br>".join(escape(line) for line in lines[n : n + per])
        + "</td>"
        for n in range(0, len(lines), per)
    )
    return (
        f"<p><b>{escape(owners)}: {escape(title)}</b></p>"
        f"<table width='100%' cellpadding='2'><tr>{cells}</tr></table>"
    )


def _label(painter: QPainter, rect: QRectF, text: str) -> None:
    font = QFont(painter.font())
    font.setPointSizeF(11)
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(QColor("#1e293b"))
    flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom | Qt.TextFlag.TextWordWrap
    painter.drawText(rect, int(flags), text)


def _changes(
    pages: Pages,
    pairs: list[tuple[Stop, Stop]],
    changes: list[list[Change]],
    words: dict[str, str],
) -> None:
    parts = []
    for (a, b), found in zip(pairs, changes, strict=True):
        heading = words["from_to"].format(a=a.name, b=b.name)
        items = "".join(f"<li>{escape(describe_change(c))}</li>" for c in found)
        body = f"<ul>{items}</ul>" if items else f"<p>{escape(words['nothing'])}</p>"
        parts.append(f"<h3>{escape(heading)}</h3>{body}")
    if parts:
        pages.text("".join(parts), space_before=6)
